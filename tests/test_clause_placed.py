"""A name and the prepositional phrase hanging right on it ('Joan Doe of the World Bank', 'the Harbor
Arena in Glasgow', 'Karin Holm in 2001') states a fact about the named one (those shapes are rows of
tests/test_clause_shapes.py); here, one row per phrase that is no such fact, with invented sentences."""

from __future__ import annotations

import pytest

from tests.test_clause_shapes import clauses, fields

# (shape, body, whom no such fact may be about)
NOT_PLACED = [
    ("a phrase inside the name itself", "The University of Toronto hired Maria Lindqvist in May.", "University"),
    ("a person in a city is where they were, not where they belong", "Maria Lindqvist in Paris met the press.", ""),
    ("a place in a place is the dateline's business", "Flooding hit Lyon in France on Monday.", "Lyon"),
    ("a description from no named place", "The prize went to Ana Holm, a poet from the north.", "Ana Holm"),
    ("an abbreviation in brackets", "The Northern Fisheries Board (NFB) closed the bay in May.", ""),
    ("a person of a country or state, a legislator's home", "Maria Lindqvist of Sweden chaired the panel.", ""),
]


@pytest.mark.parametrize(("body", "who"), [pytest.param(*row[1:], id=row[0]) for row in NOT_PLACED])
def test_a_phrase_that_is_no_fact_about_a_name_makes_no_claim(body, who):
    found = [c for c in clauses(body) if c.predicate in {"member of", "based in", "listed on", "from", "at"}]
    assert not any(who in c.subject for c in found), [(c.subject, fields(c)) for c in found]
