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


# The formal title of a post for the claim's 'finance minister' (review47 B4's kin, clause judge `_written_formally`):
# a ministry, an aide to the minister or the minister's own aide is no minister; the title itself, bare or after 'the
# post of', is (twins).
@pytest.mark.parametrize(
    "told",
    [
        pytest.param("In 2015 she was appointed to a post at the Ministry of Finance.", id="at-the-ministry"),
        pytest.param("She was appointed adviser to the Minister of Finance in 2015.", id="adviser-to-the-minister"),
        pytest.param("She was appointed chief of staff to the Minister of Finance in 2015.", id="chief-of-staff-to"),
        pytest.param("She was appointed head of the office of the Minister of Finance in 2015.", id="office-of-the"),
        pytest.param("She was appointed Minister of Finance's press secretary in 2015.", id="the-ministers-own-aide"),
    ],
)
def test_a_post_beside_the_ministers_title_is_not_the_minister(told: str) -> None:
    doc = page("Eva Lund", f"Eva Lund (born 9 September 1970) is a Norbian politician. {told}", SAVED)
    found = _verdicts("Eva Lund was appointed finance minister in 2015.", [doc], "clause")
    assert found and Verdict.SUPPORTED not in found, found


@pytest.mark.parametrize(
    "told",
    [
        pytest.param("She was appointed Minister of Finance in 2015.", id="bare"),
        pytest.param("She was appointed to the post of Minister of Finance in 2015.", id="the-post-of"),
    ],
)
def test_twin_the_ministers_formal_title_states_it(told: str) -> None:
    doc = page("Eva Lund", f"Eva Lund (born 9 September 1970) is a Norbian politician. {told}", SAVED)
    assert _verdicts("Eva Lund was appointed finance minister in 2015.", [doc], "clause") == [Verdict.SUPPORTED]
