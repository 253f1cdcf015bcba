"""A name and the prepositional phrase hanging right on it ('Joan Doe of the World Bank', 'the Harbor
Arena in Glasgow', 'Karin Holm in 2001'): the phrase states a fact about the named one, whatever the clause
around it says. One row per shape, with invented sentences."""

from __future__ import annotations

import pytest

from tests.test_clause_shapes import clauses, fields

# (shape, body, whom the clause is about, words its fields carry)
PLACED = [
    (
        "a person from an organisation",
        "The panel was chaired by Maria Lindqvist from the International Red Cross, who opened the hearing.",
        "Maria Lindqvist",
        "Red Cross",
    ),
    (
        "a person of an organisation",
        "The award went to Daniel Okafor of the World Bank after a long debate.",
        "Daniel Okafor",
        "World Bank",
    ),
    (
        "a venue in a city",
        "The ceremony took place at the Royal Albert Hall in London before a full house.",
        "Royal Albert Hall",
        "London",
    ),
    (
        "a name with the year it is tied to",
        "The earlier Swedish winners were Anna Berg, in 1994, and Karin Holm in 2001.",
        "Karin Holm",
        "2001",
    ),
    (
        "a description of a named person saying where they come from",
        "The prize went to Ana Holm, a poet from Norway.",
        "Ana Holm",
        "Norway",
    ),
    (
        "a company's exchange and ticker in brackets",
        "Harbor Holdings Inc. (NYSE: HBR) today said it had sold its shipping arm.",
        "Harbor Holdings Inc.",
        "NYSE: HBR",
    ),
]


@pytest.mark.parametrize(("body", "who", "words"), [pytest.param(*row[1:], id=row[0]) for row in PLACED])
def test_a_phrase_on_a_name_is_a_fact_about_the_named_one(body, who, words):
    found = clauses(body)
    assert any(c.subject == who and words in fields(c) for c in found), [(c.subject, fields(c)) for c in found]


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
