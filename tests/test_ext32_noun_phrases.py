"""Facts told by a noun phrase, not a clause (issue 14): 'the 55-year-old ran for president' gives the person named
before an age, although the small model tags 'ran' a noun and makes the age its modifier. Invented sentences."""

from __future__ import annotations

import pytest

from tests.test_clause_described_ages import ages
from verify.nlp.verb_forms import past_verb_form


@pytest.mark.parametrize(
    ("body", "who", "age"),
    [
        (
            "Ivo Stam was elected mayor of Orvik in 2020. Re-elected in 2024, the 55-year-old ran for president.",
            "Ivo Stam",
            "55-year-old",
        ),
        (
            "Lena Brandt won the Tarvik marathon in October. The 23-year-old finished in 2:01:53.",
            "Lena Brandt",
            "23-year-old",
        ),
        (
            'Ana Ruiz took the prize for best film. "This will help me," the 45-year-old joked from the stage.',
            "Ana Ruiz",
            "45-year-old",
        ),
        (
            "Karl Moen led the Harbor Bank for a decade. The Orvik-based chain named the 50-year-old on 13 August.",
            "Karl Moen",
            "50-year-old",
        ),
    ],
    ids=["irregular-past-tagged-noun", "regular-past-tagged-noun", "after-a-quote", "object-before-a-preposition"],
)
def test_an_age_standing_alone_before_a_verb_calls_the_person_named_before(body: str, who: str, age: str) -> None:
    assert ages(body).get(who) == age


def test_an_age_before_a_noun_that_is_no_verb_form_is_not_read_as_standing_alone() -> None:
    # 'the 150-year-old tree': the age is the tree's, not Ivo Stam's, however the clause goes on
    body = "Ivo Stam planted a garden in Orvik. The 150-year-old tree fell in the storm."
    assert "Ivo Stam" not in ages(body)


@pytest.mark.parametrize(
    "body",
    [
        "Eva Holm spoke to Jon Dahl's mother. The 70-year-old cried.",
        "Eva Holm visited a farmer in Tarsa. The 80-year-old joked about the rain.",
        "Eva Holm comforted a widow in Tarsa. The 80-year-old wept.",
        "Eva Holm beat Jon Dahl in the final. The 43-year-old smiled.",
    ],
    ids=["his-mother", "a-farmer", "a-widow", "another-named"],
)
def test_an_age_read_off_the_surface_after_someone_else_is_not_the_named_persons(body: str) -> None:
    # review32 B4: the person brought in last may be the one the age describes
    assert "Eva Holm" not in ages(body)


def test_an_indefinite_age_before_a_verb_is_someone_new() -> None:
    body = "Ana Ruiz crossed the line first in Tarvik. A 45-year-old ran onto the track after her."
    assert "Ana Ruiz" not in ages(body)


def test_an_age_before_a_calling_of_scholarship_calls_the_person_named_before() -> None:
    # 'sociologist' is a calling as 'economist' is (titles.toml `people`): the age is Ivo Stam's
    body = "Ivo Stam won the runoff in Orvik in August. The 65-year-old sociologist took the oath on 14 January."
    assert ages(body).get("Ivo Stam") == "65-year-old"


@pytest.mark.parametrize(
    ("word", "verb"),
    [("ran", True), ("won", True), ("finished", True), ("joked", True), ("lawyer", False), ("votes", False),
     ("tree", False), ("hundred", False)],
)  # fmt: skip
def test_a_past_verb_form_is_read_off_the_lemmatiser_tables(word: str, verb: bool) -> None:
    assert past_verb_form(word) is verb
