"""'Deputy Prime Minister Ilo Marr', with no page of Marr's own: the head's infobox names the deputy beside the
head's own term ('Prime Minister of Velmara ... Deputy: Ilo Marr'). That row makes Marr the deputy of that
office while the head's term covers the article's day: 'deputy' beside the prime ministership is the deputy
prime minister, beside the party's leadership the deputy leader. Invented people, country and party."""

from __future__ import annotations

import datetime as dt

from tests.support.judging import boxed, clause_claim, verdict
from verify.models import Verdict

DAY = dt.date(2031, 7, 6)
HEAD = [("office", "Prime Minister of Velmara"), ("term_start", "5 July 2031"), ("deputy", "Ilo Marr"),
        ("office2", "Leader of the Centre Party"), ("term_start2", "4 April 2026"), ("deputy2", "Tem Arro"),
        ]  # fmt: skip
LEAD = "Sara Vell (born 1962) is a Velmaran politician who has been prime minister of Velmara since 2031."


def _deputy(who: str, value: str, rows: list[tuple[str, str]] = HEAD) -> Verdict:
    text = f"{value} {who}"
    claim = clause_claim(text, who, "holds office", f"{text} spoke.", kind="role", relation="holds office",
                         value=value)  # fmt: skip
    return verdict(claim, [boxed("Sara Vell", LEAD, rows)], DAY).verdict


def test_the_deputy_named_beside_the_heads_term_is_supported() -> None:
    assert _deputy("Ilo Marr", "Deputy Prime Minister") == Verdict.SUPPORTED


def test_the_deputy_of_another_office_of_the_head_is_not_the_deputy_prime_minister() -> None:
    assert _deputy("Tem Arro", "Deputy Prime Minister") != Verdict.SUPPORTED


def test_a_deputy_row_beside_a_term_that_ended_says_nothing_of_the_day() -> None:
    ended = [("office", "Prime Minister of Velmara"), ("term_start", "5 July 2024"), ("term_end", "1 May 2031"),
             ("deputy", "Ilo Marr")]  # fmt: skip
    assert _deputy("Ilo Marr", "Deputy Prime Minister", ended) != Verdict.SUPPORTED


def test_a_deputy_row_is_no_support_for_the_heads_own_post() -> None:
    assert _deputy("Ilo Marr", "Prime Minister") != Verdict.SUPPORTED
