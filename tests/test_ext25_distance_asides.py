"""A distance set off by commas right after a name ("Velmora, more than 100 kilometres away, where ...") is how far
that place is, though the parser hangs "away" on the clause's verb (verify/kinds/quantity/owner.py
`_distance_aside`); a distance in the clause itself ("walked 12 kilometres away") is no name's. Invented sentences."""

import pytest

from tests.test_quantity_owner_shapes import claim_on

# (shape, sentence, words of the count, the entity it is about)
ASIDES = {
    "after a place a clause names": (
        "Oskar Brandt said the shaking was felt in Velmora, more than 100 kilometres away, where two buildings fell.",
        "100 kilometres",
        "Velmora",
    ),
    "after the object of a verb": (
        "A second slide buried much of Ostrava, six kilometres away, where a school was swamped.",
        "six kilometres",
        "Ostrava",
    ),
    "after a place inside a person's apposition": (
        "Marta Lindqvist, a nurse in Velmora, some 40 miles away, said the windows shook.",
        "40 miles",
        "Velmora",
    ),
}


@pytest.mark.parametrize(("sentence", "words", "owner"), ASIDES.values(), ids=ASIDES.keys())
def test_a_distance_set_off_after_a_name_is_the_names(sentence: str, words: str, owner: str):
    count = claim_on(sentence, words)
    assert count.context == owner, (count.subject, count.context)


def test_a_distance_in_the_clause_itself_is_no_names():
    count = claim_on("The hikers walked 12 kilometres away from Ostrava before dawn.", "12 kilometres")
    assert count.context != "Ostrava", (count.subject, count.context)
