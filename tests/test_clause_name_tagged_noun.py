"""A name the tagger reads as a common noun where it opens a sentence ("Ingenuity reached Mars ..."), which the
recogniser therefore leaves out of every entity there, is still the name the article gives the thing elsewhere:
the clause is a fact about it. A capitalised word no entity is called by, or one the article also writes in
lower case, stays a common noun and names no one. Invented sentences (session 30, ext30)."""

from __future__ import annotations

import pytest

from tests.test_clause_shapes import clauses


def test_a_name_tagged_as_a_noun_is_the_subject_the_article_names_elsewhere() -> None:
    body = "NASA flew the helicopter Ingenuity 72 times. Ingenuity reached Mars on 18 February 2021."
    found = [(c.subject, c.predicate) for c in clauses(body)]
    assert ("Ingenuity", "reached") in found, found


@pytest.mark.parametrize(
    "body",
    [
        # written in lower case too: the capitalised word may be the common noun opening its sentence
        "NASA flew the helicopter Ingenuity 72 times. The ingenuity of its team helped. "
        "Ingenuity reached Mars on 18 February 2021.",
        # no entity is called by the word: a common noun opening a sentence ("Residents")
        "NASA flew a helicopter 72 times. Residents reached the crater on 18 February 2021.",
    ],
    ids=["written-lower-case-too", "named-nowhere"],
)
def test_a_capitalised_common_noun_names_no_one(body: str) -> None:
    found = [(c.subject, c.predicate, c.text) for c in clauses(body)]
    assert not [f for f in found if f[1] == "reached"], found
