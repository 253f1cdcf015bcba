"""Rows of helper fixd43 (session 43): the guards around the mends of review42's date and first-deed items (R14, R15,
R7, B9) and test_open32's count read with a meeting's place, each an invented article judged whole against invented
pages. The mended rows themselves are in tests/test_review42.py and tests/test_open32.py."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import page
from tests.test_review26 import SAVED
from tests.test_review38 import _judged_whole
from verify.models import Document, Verdict

DAY = dt.date(2024, 6, 1)


def _bank(told: str) -> Document:
    """Korvik Bank's invented page, with `told` after its lead."""
    return page("Korvik Bank", f"Korvik Bank is a Norbian bank founded in 1990. {told}", SAVED)


# R14: a body's own page telling a step with 'It' dates the body's step; a verb that takes nothing is a step the
# body takes once, so another day refutes it. A person's deed ('was arrested') may be told of many days, and a
# verb taking something the page words otherwise ('acquired Norby Bank') is another deed: neither is refuted.
@pytest.mark.parametrize(
    ("doc", "body", "words"),
    [
        pytest.param(
            page("Jon Dahl", "Jon Dahl (born 1965) is a Norbian former banker. He was arrested on 3 May 2021.", SAVED),
            "Jon Dahl was arrested on 5 May 2021.",
            "arrested",
            id="a-persons-arrest",
        ),
        pytest.param(
            _bank("It acquired Norby Bank on 3 May 2015."),
            "Korvik Bank acquired Tarsa Bank on 5 May 2015.",
            "acquired",
            id="another-thing-taken",
        ),
        pytest.param(
            page("Korvik Bridge", "Korvik Bridge is in Norby. The bridge was closed to lorries on 3 May 2020.", SAVED),
            "Korvik Bridge was closed to traffic on 5 May 2020.",
            "closed",
            id="closed-to-another",
        ),
    ],
)
def test_r14_another_day_of_a_deed_told_more_than_once_is_not_refuted(doc: Document, body: str, words: str) -> None:
    assert Verdict.CONTRADICTED not in _judged_whole(body, [doc], "date", words, DAY)


def test_r14_it_on_a_persons_page_is_not_the_person() -> None:
    doc = page(
        "Nina Moe",
        "Nina Moe (born 1970) is a Norbian film director. Her film The Long Winter premiered in 2018. "
        "It won the Korvik Prize on 3 May 2019.",
        SAVED,
    )
    body = "Nina Moe won the Korvik Prize on 3 May 2019."
    assert Verdict.SUPPORTED not in _judged_whole(body, [doc], "date", "won", DAY)


# R15: an aside of the subject is a claim of its own: its participle of any verb, or a founding verb of more than one
# word ('set up'), is set aside from the main deed the page tells, as a relative clause is.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Korvik Bank, listed in 2001, acquired Tarsa Bank in 2015.", id="another-participle"),
        pytest.param("Korvik Bank, set up in 1990, acquired Tarsa Bank in 2015.", id="set-up"),
    ],
)
def test_r15_a_dated_aside_of_the_subject_is_set_aside(body: str) -> None:
    doc = _bank("In 2015 it acquired Tarsa Bank.")
    assert _judged_whole(body, [doc], "clause", "acquired", DAY) == [Verdict.SUPPORTED]


def _fever(told: str) -> Document:
    """The invented disease's page, named after the town of Korvik."""
    return page("Korvik fever", f"Korvik fever is a viral disease. {told}", SAVED)


# R7: a deed told as a first ('first identified') is one the subject has once: the page's first of it in another year
# refutes it; a deed not told as a first, or a page's deed not told as the first, may be one of several.
@pytest.mark.parametrize(
    ("told", "body"),
    [
        pytest.param(
            "Korvik fever was first identified in Norby in 2011.",
            "Korvik fever was identified in 2001.",
            id="claim-no-first",
        ),
        pytest.param(
            "Korvik fever was identified in Tarsa in 2015.",
            "Korvik fever was first identified in 2001.",
            id="page-no-first",
        ),
    ],
)
def test_r7_a_deed_not_told_as_a_first_on_either_side_is_not_refuted(told: str, body: str) -> None:
    assert Verdict.CONTRADICTED not in _judged_whole(body, [_fever(told)], "clause", "identified", DAY)


# B9: one deed in other words ('to climb' is 'to reach the summit of', judging.toml clause.one_deed) ranks the same
# first; another deed on the same mountain does not.
def test_b9_a_first_of_another_deed_on_the_mountain_does_not_support() -> None:
    doc = page(
        "Nina Moe",
        "Nina Moe (born 1970) is a Norbian mountaineer. In 1995 she became the first woman to climb Mount Korvik.",
        SAVED,
    )
    found = _judged_whole("Nina Moe was the first woman to ski down Mount Korvik.", [doc], "clause", "first", DAY)
    assert Verdict.SUPPORTED not in found, found
