"""Whom a count belongs to, by grammatical shape (verify/kinds/quantity/owner.py): one row per
shape, invented sentences."""

from __future__ import annotations

import pytest

from verify.article import Article
from verify.extract import extract_claims
from verify.models import Claim


def claim_on(body: str, words: str) -> Claim:
    """The count whose text holds `words`, in a one-paragraph article after an unrelated opening."""
    text = f"Headline\n\nThe agency reported the news.\n\n{body}\n"
    article = Article(path="story.txt", stem="story", sha256="0", title="Headline", text=text)
    found = [c for c in extract_claims(article) if c.kind == "quantity" and words in c.text]
    assert found, [(c.kind, c.text) for c in extract_claims(article)]
    return found[0]


# (shape, sentence, words of the count, the entity it is about)
OWNERS = {
    "an apposition to a named place": (
        "The storm passed north of Velmora, a port of some 310,000 people, on its way inland.",
        "310,000 people",
        "Velmora",
    ),
    "an apposition to a named object": (
        "Rosa Ekdahl joined the World Bank, an institution of 189 member countries, in June.",
        "189 member countries",
        "World Bank",
    ),
}


@pytest.mark.parametrize(("sentence", "words", "owner"), OWNERS.values(), ids=OWNERS.keys())
def test_a_count_belongs_to_the_entity_its_grammar_ties_it_to(sentence: str, words: str, owner: str):
    count = claim_on(sentence, words)
    assert count.context == owner, (count.subject, count.context)
