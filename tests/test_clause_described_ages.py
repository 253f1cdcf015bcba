"""An age told by a description of someone named before: 'the 53-year-old mayor', 'The 64-year-old used his
speech ...', 'voted to convict the 70-year-old'. A news story names a person once and then calls them by age;
the age is a fact an editor checks about that person (an `aged` clause claim). Invented sentences."""

from __future__ import annotations

import pytest

from tests.test_clause_shapes import clauses
from verify.kinds.clause.extract import _Finder, find_clauses
from verify.nlp import parse


def ages(body: str) -> dict[str, str]:
    """Whom each `aged` clause claim is about, and the age it says."""
    return {c.subject: c.object or "" for c in clauses(body) if c.predicate == "aged"}


@pytest.mark.parametrize(
    ("body", "who", "age"),
    [
        (
            "Lena Brandt won the vote in March. The 58-year-old used her first speech to thank the volunteers.",
            "Lena Brandt",
            "58-year-old",
        ),
        (
            "Karl Moen was arrested in May. Three of the five judges voted to convict the 61-year-old on two counts.",
            "Karl Moen",
            "61-year-old",
        ),
        (
            "Tomas Lund, the mayor of Orvik, ran again this year. A poll had put the 47-year-old mayor slightly ahead.",
            "Tomas Lund",
            "47-year-old",
        ),
        (
            "Ana Ruiz crossed the line first in Tarvik. The 24-year-old driver now leads the standings by 40 points.",
            "Ana Ruiz",
            "24-year-old",
        ),
    ],
    ids=["age-as-subject", "age-as-object", "age-and-office", "age-and-calling"],
)
def test_an_age_that_calls_a_person_named_before_is_their_age(body: str, who: str, age: str) -> None:
    assert ages(body).get(who) == age


def test_an_age_is_not_given_to_a_person_the_clause_names_after_it() -> None:
    # the only person named before the description is none: the one named after it is someone else
    body = "The race ended on Sunday. The 25-year-old became the first rider since Ola Berg to win both races."
    assert "Ola Berg" not in ages(body)


def test_an_age_is_not_given_to_someone_of_the_other_sex() -> None:
    # "her speech": the resolver's nearest person, Karl Moen, cannot be the 58-year-old
    body = "Lena Brandt won the prize in Orvik. Karl Moen handed it over. The 58-year-old used her speech to thank him."
    assert "Karl Moen" not in ages(body)


def test_an_age_of_someone_new_is_no_fact_about_anyone_named() -> None:
    body = "Ana Ruiz crossed the line first in Tarvik. A 45-year-old driver was hurt in a crash on the first lap."
    assert "Ana Ruiz" not in ages(body)


def test_a_description_calls_only_someone_named_before_it() -> None:
    # the resolver may offer a person the sentence names only after the description; the age is not theirs
    text = "The race ended on Sunday. The 25-year-old became the first rider since Marco Pantani to win both races."
    finder = _Finder(parse(text))
    at = text.index("25-year-old")
    assert not finder.met_before("Marco Pantani", at)
    assert finder.met_before("Marco Pantani", len(text))


@pytest.mark.parametrize(
    ("body", "who", "age"),
    [
        ("At 44, Lena Brandt will be the youngest president of Norland.", "Lena Brandt", "44"),
        ("Karl Moen grew up in Orvik. At 39, he is the club's youngest chairman.", "Karl Moen", "39"),
    ],
    ids=["named", "pronoun"],
)
def test_an_age_put_before_the_clause_is_its_subjects_age(body: str, who: str, age: str) -> None:
    assert ages(body).get(who) == age


def walk_ages(text: str) -> dict[str, str]:
    """The clause walk's own `aged` facts, before other claims on the same words take their place."""
    return {f.subject: f.object or "" for f in find_clauses(parse(text)) if f.predicate == "aged"}


@pytest.mark.parametrize(
    "text",
    [
        "At 11 a.m. on Monday, Lena Brandt opened the session in Orvik.",
        "At 19, Lena Brandt was lonely in Tarvik.",
        "Lena Brandt stands at 72, two shots behind the leader.",
    ],
    ids=["a-time", "her-age-then", "a-score-in-the-clause"],
)
def test_a_number_after_at_that_is_no_age_now_is_no_age(text: str) -> None:
    assert "Lena Brandt" not in walk_ages(text)


def test_the_walk_reads_a_fronted_age_in_the_present() -> None:
    assert walk_ages("At 44, Lena Brandt is the youngest member of the court.") == {"Lena Brandt": "44"}
