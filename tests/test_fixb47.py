"""Rows for helper fixb47 (session 47): the review47 B-items mended, read as examples of use."""

from __future__ import annotations

import pytest

from tests.support.judging import page
from tests.test_review47 import SAVED, _verdicts
from verify.models import Verdict

# An age told at a step into a post, on a page with no infobox term (review47 B6's kin, clause judge
# `_age_in_the_steps_year`): with the step's year told ('in 2000, aged 45') the age is measured in that year; with no
# year told the article's day is not the step's, and a right age is not refuted by the age he has now.
MOEN_UNBOXED = page(
    "Karl Moen",
    "Karl Moen (born 3 March 1960) is a Norbian politician. He became Mayor of Halden in 2000, aged 39.",
    SAVED,
)


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Karl Moen became mayor of Halden aged 39.", id="no-year"),
        pytest.param("Karl Moen became mayor of Halden in 2000, aged 39.", id="in-2000"),
    ],
)
def test_a_right_age_at_a_step_without_a_term_is_not_refuted(body: str) -> None:
    found = _verdicts(body, [MOEN_UNBOXED], "clause", "aged")
    assert found and Verdict.CONTRADICTED not in found, found


def test_a_wrong_age_at_a_step_in_a_year_told_is_refuted() -> None:
    found = _verdicts("Karl Moen became mayor of Halden in 2001, aged 45.", [MOEN_UNBOXED], "clause", "aged")
    assert found == [Verdict.CONTRADICTED], found
