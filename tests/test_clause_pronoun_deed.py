"""A deed told of a pronoun the walk has resolved ('He admits stealing the paintings', after the man is named) is
as much a fact about the person as the same deed told of the name: an editor checks it against the person. A
pronoun the article names no one for gives no claim. Invented sentences."""

from __future__ import annotations

import pytest

from tests.test_clause_shapes import clauses


@pytest.mark.parametrize(
    ("body", "predicate"),
    [
        ("Karl Moen was arrested in Bergen in 2020. He admits stealing the paintings.", "admit"),
        ("Lena Brandt lost the appeal in March. She stays in custody.", "stay"),
        ("Karl Moen opened his first shop in 1990. He quit politics for good.", "resigned"),
    ],
    ids=["admits", "stays", "quit"],
)
def test_a_resolved_pronouns_deed_is_a_claim_about_the_person(body: str, predicate: str) -> None:
    found = [(c.subject, c.predicate, c.text) for c in clauses(body)]
    named = body.split(" was ")[0].split(" lost ")[0].split(" opened ")[0]
    assert any(s == named and p == predicate for s, p, _ in found), found


def test_a_pronoun_nobody_was_named_for_gives_no_claim() -> None:
    assert clauses("He admits stealing the paintings.") == []
