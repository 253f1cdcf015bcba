"""Session 17 (judge17): a participle opening an apposition ('Roth, elected secretary-general of NATO in 2020,')
takes an office up in the past; it does not say the office is held on the article's day. Invented person."""

from __future__ import annotations

import datetime as dt

from tests.support.judging import boxed, clause_claim, verdict
from verify.models import Verdict

SPRING_2031 = dt.date(2031, 4, 1)
_ROTH = boxed(
    "Ana Roth",
    "Ana Roth (born 4 April 1970) is a Chilean politician who served as secretary general of NATO from 2020 to 2030.",
    [
        ("office", "Secretary General of NATO"),
        ("term_start", "1 October 2020"),
        ("term_end", "1 October 2030"),
        ("birth_date", "4 April 1970"),
    ],
)


def _elected(sentence: str) -> Verdict:
    text = "Ana Roth, elected secretary-general of NATO"
    claim = clause_claim(
        text, "Ana Roth", "holds office", sentence, kind="role", relation="holds office",
        value="elected secretary-general of NATO",
    )  # fmt: skip
    return verdict(claim, [_ROTH], SPRING_2031).verdict


def test_an_office_taken_up_in_an_earlier_year_is_not_read_as_held_now() -> None:
    sentence = "Ana Roth, elected secretary-general of NATO in 2020, returned to Chilean politics on Tuesday."
    assert _elected(sentence) == Verdict.SUPPORTED


def test_an_office_taken_up_on_the_news_day_is_still_read_as_held_now() -> None:
    # 'elected ... on Tuesday' is the news that she holds it: her page ends the term, so that is refuted
    sentence = "Ana Roth, elected secretary-general of NATO on Tuesday, will take up the post in the autumn."
    assert _elected(sentence) == Verdict.CONTRADICTED


def test_an_office_taken_up_by_a_vote_of_an_earlier_year_is_not_read_as_held_now() -> None:
    # the year not right after the post ('in the 2020 vote'): only the participle tells the step is past
    sentence = "Ana Roth, elected secretary-general of NATO in the 2020 vote, returned to Chilean politics on Tuesday."
    assert _elected(sentence) == Verdict.SUPPORTED


def test_an_office_taken_up_on_no_day_the_sentence_tells_is_not_read_as_held_now() -> None:
    # Mutation took-up-participle-ignored (session 49): no year and no news day, so no span of years reads the step
    # past; only the participle does ('in the 2020 vote' above is a year after the post, which reads it so too)
    sentence = "Ana Roth, elected secretary-general of NATO, has returned to Chilean politics."
    assert _elected(sentence) == Verdict.SUPPORTED
