"""Session 20: a description set off by a comma before the name it describes ("a six-wheeled rover, Pragyan",
"His publicist, Arnold Robinson") states what the named one is, one claim per name it lists. One row per
shape; invented people, craft and places."""

from __future__ import annotations

import pytest

from tests.test_clauses import article
from verify.extract import extract_claims


def _about(body: str, name: str) -> list[str]:
    """The words of every claim the article's extraction makes about `name`."""
    return [c.text for c in extract_claims(article(body)) if c.subject == name or c.context == name]


@pytest.mark.parametrize(
    ("body", "name", "words"),
    [
        (  # a thing named after its description, the name a word with a dash
            "The mission carried a small Tarvish satellite, ICUBE-R, to lunar orbit.",
            "ICUBE-R",
            "a small Tarvish satellite, ICUBE-R",
        ),
        (  # a person after the office an owner gives them
            "His publicist, Arnold Robbins, said the singer died at home.",
            "Arnold Robbins",
            "His publicist, Arnold Robbins",
        ),
        (  # kin, in a passive's agent
            "The party was founded by her father, Jean-Marie Le Pin, in 1972.",
            "Jean-Marie Le Pin",
            "her father, Jean-Marie Le Pin",
        ),
        (  # the second of a list the parser read as conjuncts of the plural noun
            "The crew included two Norvik engineers, Sarah Gillam and Anna Menard.",
            "Anna Menard",
            "two Norvik engineers, Sarah Gillam and Anna Menard",
        ),
        (  # the third of a list the parser chained as an apposition and its conjunct
            "Prosecutors charged the senator and three Halden businessmen, Wael Hanna, Fred Daiber and Jose Uriba.",
            "Jose Uriba",
            "three Halden businessmen, Wael Hanna, Fred Daiber and Jose Uriba",
        ),
    ],
)
def test_a_description_before_a_name_is_a_claim_about_the_name(body: str, name: str, words: str) -> None:
    assert words in _about(body, name)


@pytest.mark.parametrize(
    ("body", "name"),
    [
        # a list whose members are not all names: no description of the name in it
        ("The senator met two ministers, Sarah Gillam and three officials.", "Sarah Gillam"),
        # a count beside a count: the second is no name described by the first
        ("The plane carried 169 Tarvish nationals, 53 Britons and seven Morlanders.", "Britons"),
        # a number of things, then a name: a margin, no description
        ("Hale won the Tarvik Classic by eight shots, the Halden Open by five.", "Halden Open"),
    ],
)
def test_a_list_or_a_count_is_no_description(body: str, name: str) -> None:
    claims = extract_claims(article(body))
    assert not [c for c in claims if c.kind == "clause" and c.predicate == "is" and name in c.subject]


def test_a_description_owned_by_a_pronoun_keeps_its_owner() -> None:
    """'His publicist, Arnold Robbins': whose publicist is part of the fact, not a bare 'His'."""
    body = "The producer Karl Moen died on Sunday. His publicist, Arnold Robbins, said he died at home."
    said = [c for c in extract_claims(article(body)) if c.text == "His publicist, Arnold Robbins"]
    assert [(c.subject, c.context) for c in said] == [("Arnold Robbins", "Karl Moen")]
