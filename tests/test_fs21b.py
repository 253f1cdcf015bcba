"""Session 21, fs21b: a value of another party, place or person is no evidence for the claimed one. Invented
people, countries and pages (`tests/support/judging.py`); each claim has the fields extraction gives its words."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, clause_claim, verdict
from verify.models import Verdict
from verify.offices import same_office

AS_OF = dt.date(2024, 4, 1)
BRANDT = "Tove Brandt (born 3 May 1966) is a Vestrian politician."


# desk20: a party's name is compared by its words, not their first five letters: 'Socialist' is not 'Social'
# (main: 'Socialist leader' supported by the leadership of the Social Democratic Party).
@pytest.mark.parametrize(
    ("value", "office"),
    [
        ("Socialist leader", "Leader of the Social Democratic Party"),
        ("Liberal leader", "Leader of the Liberation Front"),
        ("Communist leader", "Leader of the Community Party"),
        ("Social Democratic leader", "Leader of the Socialist Party"),
    ],
    ids=["socialist-social", "liberal-liberation", "communist-community", "social-socialist"],
)
def test_another_partys_leadership_sharing_a_stem_does_not_support(value: str, office: str) -> None:
    text = f"Tove Brandt, the {value}"
    claim = clause_claim(text, "Tove Brandt", "holds office", f"{text}, spoke on Monday.", kind="role", value=value,
                         nationality="Vestrian")  # fmt: skip
    doc = boxed("Tove Brandt", BRANDT, [("office", office), ("term_start", "1 March 2019")])
    assert verdict(claim, [doc], AS_OF).verdict != Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("claimed", "held"),
    [
        ("Socialist leader", "Leader of the Socialist Party"),
        ("finance minister", "Minister of Finance"),
        ("financial secretary", "Financial Secretary"),
        ("defense minister", "Minister of Defence"),
        ("sports minister", "Minister of Sport"),
        ("Social Democratic leader", "Leader of the Social Democrats"),
    ],
    ids=["same-party", "finance", "financial", "defense-defence", "sports-sport", "democratic-democrats"],
)
def test_a_word_with_another_ending_of_the_same_sense_is_the_same_office(claimed: str, held: str) -> None:
    assert same_office(claimed, None, held)
