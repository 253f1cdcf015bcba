"""Truthful rewordings of a claim keep the support the claim had (issue 15, rew40). A spell in a post told with the
body's possessive before the post ("He was the bank's deputy governor from 2012", for "He served as deputy governor
from 2012") names the same post: the described owner ('the bank's', 'the central bank's') points back at the body
named before, as 'her' would, and is no word of the post the page's spell must name. Another year stays refuted."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, judged_body

DAY = dt.date(2023, 7, 17)
PAGE = (
    "Lena Vos (born 3 March 1966) is a Norbian economist who has been Governor of the Norby Central Bank since 2020. "
    "She had been deputy governor under Ivo Stam since 2016."
)
ROWS = [
    ("office", "Governor of the Norby Central Bank"),
    ("term_start", "18 September 2020"),
    ("predecessor", "Ivo Stam"),
]
SAVED = dt.datetime(2023, 3, 1, tzinfo=dt.UTC)
VOS = boxed("Lena Vos", PAGE, ROWS, SAVED)  # the deputy's spell in a sentence only
DEPUTY = [("office2", "Deputy Governor of the Norby Central Bank"), ("term_start2", "2016"), ("term_end2", "2020")]
VOS_LISTED = boxed("Lena Vos", PAGE, ROWS + DEPUTY, SAVED)  # and in the infobox's rows
LEAD = "Lena Vos became governor of the Norby Central Bank in 2020. "


@pytest.mark.parametrize(
    ("sentence", "listed", "expected"),
    [
        ("She was the bank's deputy governor from 2016 before taking the top job.", False, "supported"),
        ("She was the central bank's deputy governor from 2016 before taking the top job.", False, "supported"),
        # the one-fact-false twin: another year, which the page's sentence does not give; its rows refute it
        ("She was the bank's deputy governor from 2014 before taking the top job.", False, "unverified"),
        ("She was the bank's deputy governor from 2014 before taking the top job.", True, "contradicted"),
    ],
    ids=["the-banks", "the-central-banks", "twin-another-year", "twin-another-year-listed"],
)
def test_a_spell_in_a_described_bodys_post(sentence: str, listed: bool, expected: str) -> None:
    page = VOS_LISTED if listed else VOS
    found = [v.value for c, v in judged_body(LEAD + sentence, [page], DAY) if c.kind == "clause" and "from" in c.text]
    assert found == [expected]
