"""Found by mut18 in session 18: a 'since MONTH YEAR' claim was supported by a sentence that gives the office another
month of that year, when the claimed month stood elsewhere in the sentence (another post, another person): the
worst outcome, a false "supported". The month is now bound to the office's own words, as the year was."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import clause_claim, page, verdict
from verify.models import Verdict

TEXT = "been leader of the Green League since March 2019"
SAID = clause_claim(
    TEXT, "Tove Brandt", "been", f"Tove Brandt, who has {TEXT}, spoke.",
    object="leader of the Green League", time="March 2019",
)  # fmt: skip
LEAD = "Tove Brandt (born 3 May 1966) is a Vestrian politician. She has been leader of the Green League since June 2019"


@pytest.mark.parametrize(
    "rest",
    [", having been acting leader since March 2019.", "; her deputy took office in March 2019."],
    ids=["acting-spell", "another-person"],
)
def test_a_since_month_is_not_supported_by_the_office_since_another_month(rest: str) -> None:
    result = verdict(SAID, [page("Tove Brandt", LEAD + rest)], dt.date(2024, 4, 1))
    assert result.verdict != Verdict.SUPPORTED


def test_the_office_since_another_month_alone_does_not_support_it() -> None:
    assert verdict(SAID, [page("Tove Brandt", LEAD + ".")], dt.date(2024, 4, 1)).verdict != Verdict.SUPPORTED
