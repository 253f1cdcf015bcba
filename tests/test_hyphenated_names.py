"""A name written with hyphens is one word for the parse, whole even where the recogniser stopped inside it, so
the clause that names it as subject or object keeps the whole name. Invented people and places."""

from __future__ import annotations

import pytest

from tests.test_clauses import article
from verify.extract import extract_claims
from verify.nlp import parse


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Dara Phanit succeeded Somchai Chan-o-wat as governor in March.", "Somchai Chan-o-wat"),
        ("Prime Minister Somchai Chan-o-wat met reporters on Monday.", "Somchai Chan-o-wat"),  # cut at "Chan-o-"
        ("Mette Lund-Hansen, 52, was elected mayor.", "Mette Lund-Hansen"),
        ("The court in Guinea-Bissau ruled on Friday.", "Guinea-Bissau"),  # cut at "Guinea"
    ],
)
def test_a_hyphenated_name_is_one_name_of_whole_words(sentence: str, name: str) -> None:
    doc = parse(sentence).doc
    found = next(e for e in doc.ents if name.startswith(e.text.split("-")[0]) or e.text == name)
    assert found.text == name
    assert [t.text for t in found] == name.split()


@pytest.mark.parametrize(
    "sentence",
    ["US-led forces crossed the river.", "The Israel-Hamas war began in October.", "Pro-Russian groups met."],
)
def test_a_name_joined_to_a_word_or_another_name_is_left_apart(sentence: str) -> None:
    doc = parse(sentence).doc
    assert "-" in [t.text for t in doc]


def test_the_object_of_a_succession_keeps_the_whole_hyphenated_name() -> None:
    body = "Prime Minister Dara Phanit succeeded Somchai Chan-o-wat in March."
    objects = [c.object for c in extract_claims(article(body)) if c.kind == "clause" and c.predicate == "succeeded"]
    assert objects == ["Somchai Chan-o-wat"]
