"""Real copy about a space agency's change of head (isro39's mends of the isro-2025 tuning subject), judged on
invented pages: each row one way the copy says something the rules did not read."""

from __future__ import annotations

import datetime as dt

from tests.support.judging import boxed, judged_body
from verify.models import Verdict

DAY = dt.date(2025, 1, 8)

STAM = boxed(
    "Ivo Stam",
    "Ivo Stam (born 1 July 1963) is a Norbian engineer who was chairman of the Norby Space Agency from 2022 to 2025.",
    [
        ("office", "Chairman of the Norby Space Agency"),
        ("term_start", "14 January 2022"),
        ("term_end", "13 January 2025"),
        ("successor", "Ana Ruiz"),
        ("office2", "Director of the Norby Rocket Centre"),
        ("term_start2", "1 January 2015"),
        ("term_end2", "23 January 2018"),
    ],
    dt.datetime(2025, 1, 2, tzinfo=dt.UTC),
)


def _verdicts(body: str, words: str) -> list[Verdict]:
    return [v for c, v in judged_body(body, [STAM], DAY) if c.kind == "role" and words in c.text]


def test_a_vice_post_carried_into_a_succession_refutes_the_post_not_the_succession():
    # the wrong qualifier is the naming clause's; 'succeeding Ivo Stam' says only that Stam held the post before
    carried = (
        "The government has named Ana Ruiz as the next vice-chairman of the Norby Space Agency, succeeding Ivo Stam."
    )
    assert _verdicts(carried, "succeeding Ivo Stam") == [Verdict.UNVERIFIED]
    # said in the claim's own words, the vice post Stam never held is refuted
    own = "Ivo Stam, a former vice-chairman of the Norby Space Agency, spoke on Monday."
    assert _verdicts(own, "vice-chairman") == [Verdict.CONTRADICTED]


# a partial copy of a page: its lead opens on another sentence, and the birth sentence tells the place first
RUIZ_PARTIAL = boxed(
    "Ana Ruiz",
    "She is set to lead the agency through its next missions.\n\n"
    "Ruiz was born in the Ara village near Korvik in the state of Tarsa, on 14 May 1964, to a coconut trader.",
    [],
    dt.datetime(2025, 1, 7, tzinfo=dt.UTC),
)


def test_a_birth_day_told_after_the_birth_place_in_a_later_sentence_settles_an_age():
    def told(body: str) -> list[Verdict]:
        return [v for c, v in judged_body(body, [RUIZ_PARTIAL], DAY) if c.relation == "aged"]

    assert told("Ana Ruiz, 60, heads the Korvik rocket centre.") == [Verdict.SUPPORTED]
    assert told("Ana Ruiz, 56, heads the Korvik rocket centre.") == [Verdict.CONTRADICTED]


def test_a_birth_day_told_after_the_birth_place_in_a_later_sentence_settles_a_birth_date():
    def told(body: str) -> list[Verdict]:
        return [v for c, v in judged_body(body, [RUIZ_PARTIAL], DAY) if c.kind == "date"]

    assert told("Ana Ruiz was born on 14 May 1964.") == [Verdict.SUPPORTED]
    assert told("Ana Ruiz was born on 4 May 1964.") == [Verdict.CONTRADICTED]


def test_a_term_whose_days_a_relative_clause_tells_is_the_antecedents():
    # 'whose term there ran from A to B': Stam's term, not that of the sentence's subject; its end is his listed
    # term's end, and a start changed to another day refutes it
    def told(body: str) -> list[tuple[str, Verdict]]:
        return [(c.subject, v) for c, v in judged_body(body, [STAM], DAY) if c.kind == "date" and " to " in c.text]

    said = "Ana Ruiz took over from Ivo Stam, whose term there ran from {} to 23 January 2018."
    assert told(said.format("1 January 2015")) == [("Ivo Stam", Verdict.SUPPORTED)]
    assert told(said.format("1 January 2012")) == [("Ivo Stam", Verdict.CONTRADICTED)]
