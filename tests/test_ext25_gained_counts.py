"""Things counted under a name that says which things they are ("six Oscar nominations", "four MVP awards"),
gained by the clause's subject ("received", "has won"), are the subject's, not the name's; a name before things
no one gains ("crashed 8.5 million Windows devices") stays whose they are (verify/kinds/quantity/owner.py
`_gained`, counted.toml `gaining_verbs`). Invented sentences."""

import pytest

from tests.test_quantity_owner_shapes import claim_on

# (shape, sentence, words of the count, the entity it is about)
GAINED = {
    "received, a name before the counted noun": (
        "Marta Lindqvist received six Oscar nominations over her career.",
        "six Oscar",
        "Marta Lindqvist",
    ),
    "has won, a longer name before it": (
        "Oskar Brandt has won four Most Valuable Player awards.",
        "four Most",
        "Oskar Brandt",
    ),
    "a conjunct of the object": (
        "Oskar Brandt won four championships and four MVP awards.",
        "four MVP",
        "Oskar Brandt",
    ),
    "no one gains them: the name's": (
        "The faulty update crashed 8.5 million Windows devices on Friday.",
        "8.5 million",
        "Windows",
    ),
}


@pytest.mark.parametrize(("sentence", "words", "owner"), GAINED.values(), ids=GAINED.keys())
def test_things_gained_under_a_name_are_the_gainers(sentence: str, words: str, owner: str):
    count = claim_on(sentence, words)
    assert count.context == owner, (count.subject, count.context)
