"""fixd42 (session 42): review41's open findings on times, parties and posts, read through the article's whole
judging (`_judged_whole` of tests/test_review38.py) against invented pages, each false reading beside its true twin."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import page
from tests.test_review26 import SAVED
from tests.test_review38 import _judged_whole
from verify.kinds.date.parsed import year_told
from verify.models import Document, Verdict

# The day of the invented articles: after the pages' revision (saved 1 May 2024), as the desk reads them.
DAY = dt.date(2024, 6, 1)


def _bank(told: str) -> Document:
    """Korvik Bank's invented page, with `told` after its lead."""
    return page("Korvik Bank", f"Korvik Bank is a Norbian bank founded in 1872. {told}", SAVED)


# A deed dated by the article's own year (review41 R8): the words name one year, read as the date kind reads them
# after a month (dates.toml `years_told_after`); a stretch ('over the last year') names none.
@pytest.mark.parametrize(
    ("words", "year"),
    [
        pytest.param("last year", 2023, id="last-year"),
        pytest.param("Last year", 2023, id="fronted"),
        pytest.param("this year", 2024, id="this-year"),
        pytest.param("earlier this year", 2024, id="earlier-this-year"),
        pytest.param("late last year", 2023, id="late-last-year"),
        pytest.param("next year", 2025, id="next-year"),
        pytest.param("the last year", None, id="a-stretch"),
        pytest.param("the past year", None, id="a-stretch-past"),
        pytest.param("last season", None, id="a-season"),
    ],
)
def test_the_year_words_name_from_the_articles(words: str, year: int | None) -> None:
    assert year_told(words, 2024) == year


@pytest.mark.parametrize(
    ("told", "body", "verdict"),
    [
        pytest.param("In 2023 it acquired Tarsa Bank.", "Korvik Bank acquired Tarsa Bank last year.", True, id="last"),
        pytest.param("In 2022 it acquired Tarsa Bank.", "Korvik Bank acquired Tarsa Bank last year.", False, id="two"),
        pytest.param(
            "In 2024 it acquired Tarsa Bank.", "Korvik Bank acquired Tarsa Bank earlier this year.", True, id="earlier"
        ),
        pytest.param(
            "In 2015 it acquired Tarsa Bank.", "Korvik Bank acquired Tarsa Bank earlier this year.", False, id="2015"
        ),
    ],
)
def test_a_deed_of_the_articles_year_is_supported_by_that_years_deed_only(told: str, body: str, verdict: bool) -> None:
    found = _judged_whole(body, [_bank(told)], "clause", "Korvik Bank", DAY)
    assert (found == [Verdict.SUPPORTED]) is verdict, found
