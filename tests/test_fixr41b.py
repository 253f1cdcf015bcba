"""fixr41b (session 41): who did what to whom, read off the parse where the claim's subject stands. A page verb
acting on another person ('police arrested his son') or done by another ('Ivo Stam founded the Norby Party') does
not support the claim's subject's deed; the subject told by a pronoun, a coordination, 'with it', or a name its
page gives it still does (review41 R13, R16)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import page
from tests.test_review26 import SAVED
from tests.test_review38 import _judged_whole
from verify.models import Document, Verdict

DAY = dt.date(2024, 6, 1)


def _dahl(told: str) -> Document:
    return page("Jon Dahl", f"Jon Dahl (born 1960) is a Norbian businessman. {told}", SAVED)


def _lund(told: str) -> Document:
    return page("Eva Lund", f"Eva Lund (born 1968) is a Norbian politician. {told}", SAVED)


def _norby(told: str, lead: str = "Norby is a country in northern Europe.") -> Document:
    return page("Norby", f"{lead} {told}", SAVED)


@pytest.mark.parametrize(
    ("doc", "body"),
    [
        pytest.param(_dahl("In 2019 police arrested his wife."), "Jon Dahl was arrested in 2019.", id="his-wife"),
        pytest.param(_dahl("In 2019 police arrested Ivo Stam."), "Jon Dahl was arrested in 2019.", id="a-name"),
        pytest.param(
            _lund("In 2019 Ivo Stam founded the Norby Party."),
            "Eva Lund founded the Norby Party in 2019.",
            id="another-founder",
        ),
    ],
)
def test_another_person_in_the_subjects_place_does_not_support(doc: Document, body: str) -> None:
    assert Verdict.SUPPORTED not in _judged_whole(body, [doc], "clause", "2019", DAY)


@pytest.mark.parametrize(
    ("doc", "body"),
    [
        pytest.param(
            _dahl("In 2019 police arrested his son and him."), "Jon Dahl was arrested in 2019.", id="his-son-and-him"
        ),
        pytest.param(_dahl("In 2019 police arrested Dahl."), "Jon Dahl was arrested in 2019.", id="his-surname"),
        pytest.param(
            _norby("In 2019 Tarsa signed a trade agreement with it."),
            "Norby signed a trade agreement in 2019.",
            id="with-it",
        ),
        pytest.param(
            _norby("In 2019 Tarsa signed a trade agreement with Norby."),
            "Norby signed a trade agreement in 2019.",
            id="with-its-name",
        ),
        pytest.param(
            _norby("In 2019 Norbia joined NATO.", lead="Norby (Norbian: Norbia) is a country in northern Europe."),
            "Norby joined NATO in 2019.",
            id="a-name-of-its-lead",
        ),
    ],
)
def test_the_subject_in_its_place_is_supported(doc: Document, body: str) -> None:
    assert _judged_whole(body, [doc], "clause", "2019", DAY) == [Verdict.SUPPORTED]
