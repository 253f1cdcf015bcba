"""Truthful rewordings of a claim keep the support the claim had (issue 15, rew40). A spell in a post told with the
body's possessive before the post ("He was the bank's deputy governor from 2012", for "He served as deputy governor
from 2012") names the same post: the described owner ('the bank's', 'the central bank's') points back at the body
named before, as 'her' would, and is no word of the post the page's spell must name. Another year stays refuted."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, judged_body
from verify.models import Document

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


# A number among the people who led a body ("Vos is the 32nd person to lead the bank", for "the bank's 32nd
# governor") is the number of the body's head's post, whatever the post is called: the neighbouring holder's
# numbered office named after the body ('31st Governor of the Norby Central Bank', 'Successor: Lena Vos') gives it. A
# deputy's numbered post leads nothing, and another number stays refuted.
NUMBERED_DAY = dt.date(2023, 4, 10)


def _before_vos(office: str) -> Document:
    return boxed(
        "Ivo Stam",
        "Ivo Stam (born 2 May 1950) is a Norbian economist who was governor of the Norby Central Bank from 2013 "
        "to 2023.",
        [
            ("order", "31st"),
            ("office", office),
            ("term_start", "20 March 2013"),
            ("term_end", "8 April 2023"),
            ("successor", "Lena Vos"),
        ],
        dt.datetime(2023, 5, 1, tzinfo=dt.UTC),
    )


@pytest.mark.parametrize(
    ("number", "office", "expected"),
    [
        pytest.param("32nd", "Governor of the Norby Central Bank", "supported", id="the-heads-number"),
        pytest.param("33rd", "Governor of the Norby Central Bank", "contradicted", id="twin-another-number"),
        pytest.param("32nd", "Deputy Governor of the Norby Central Bank", "unverified", id="a-deputys-number"),
    ],
)
def test_a_number_among_those_who_led_a_body_is_its_heads_number(number: str, office: str, expected: str) -> None:
    body = (
        "Lena Vos took office as governor of the Norby Central Bank on Sunday. "
        f"Vos, 71, is the {number} person to lead the bank and its first academic."
    )
    found = [v.value for c, v in judged_body(body, [_before_vos(office)], NUMBERED_DAY) if number in c.text]
    assert found == [expected]
