"""'Akufo-Addo, 80, leaves after twelve years in office' names no post: the length is read in the post the page's
infobox leads with, an inference that may support but not refute (tests/test_lead32.py). When that post's term ends
about the article's day (the presidency ending 7 January, the article of 9 January), the leaving the article tells is
of that term, and a length it does not fit is refuted; the right length is still supported, and a term ending months
away leaves a wrong length open. Invented pages (the lost contradictions were gh-2025-01-09's and pl-2025-08-08's
term variants)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, verdict_on_words
from verify.models import Verdict

PRESIDENT = boxed(
    "Ana Ruiz",
    "Ana Ruiz (born 1944) is a Norbian politician who was president of Norby from 2017 to 2025.",
    [
        ("office", "President of Norby"),
        ("term_start", "7 January 2017"),
        ("term_end", "7 January 2025"),
        ("office2", "Chair of the Korvik Regional Council"),
        ("term_start2", "2 June 2020"),
        ("term_end2", "3 July 2022"),
    ],
)


@pytest.mark.parametrize(
    ("body", "as_of", "expected"),
    [
        ("Ana Ruiz, 80, leaves after twelve years in office.", dt.date(2025, 1, 9), Verdict.CONTRADICTED),
        ("Ana Ruiz, 80, leaves after eight years in office.", dt.date(2025, 1, 9), Verdict.SUPPORTED),
        ("Ana Ruiz, 80, leaves after twelve years in office.", dt.date(2025, 1, 2), Verdict.CONTRADICTED),
        # the term ended half a year before: the leaving told may be of another post
        ("Ana Ruiz, 80, leaves after twelve years in office.", dt.date(2025, 7, 9), Verdict.UNVERIFIED),
    ],
)
def test_a_leaving_on_the_lead_posts_last_day_is_of_that_term(body: str, as_of: dt.date, expected: Verdict) -> None:
    assert verdict_on_words(body, [PRESIDENT], as_of, "duration", "years") == expected
