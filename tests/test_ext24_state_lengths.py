"""A length of a state set beside a name ("Mount Orla, dormant for 600 years, erupted"; "Ana Ruiz, in
office for eight years, ..."): the length is the named thing's, though the parser hangs the adjective or
the prepositional phrase on the clause's verb, or on an apposition, instead of on the name
(verify/kinds/duration/lengths.py `_state_aside`). Invented sentences, one row per shape."""

import pytest

from tests.test_duration_shapes import durations

# (shape, sentence, the length's subject and value)
STATES = {
    "an adjective set off after a name": (
        "The village was evacuated as Mount Orla, dormant for around 600 years, came back to life.",
        ("Mount Orla", "600 years"),
    ),
    "an adjective joined to an apposition of a name": (
        "Kestrafell, a few kilometres to the north and dormant for 4,000 years, erupted in May 2022.",
        ("Kestrafell", "4,000 years"),
    ),
    "an adjective after a thing whose phrase holds its name": (
        "The harbour closed as the Velmor volcanic field, silent for two centuries, began to stir.",
        ("Velmor", "two centuries"),
    ),
    "a prepositional state set off after a person": (
        "In the 80th minute Tomas Berg, on the pitch for only four minutes, scored the winner.",
        ("Tomas Berg", "four minutes"),
    ),
}


@pytest.mark.parametrize(("sentence", "expected"), STATES.values(), ids=STATES.keys())
def test_a_length_of_a_state_beside_a_name_is_the_names(sentence: str, expected: tuple[str, str]):
    assert expected in durations(sentence)


def test_a_state_length_on_no_name_is_not_claimed_for_another():
    """'for two years' of a state not set beside anything named ("was eligible for two years") is no
    length of the clause's object."""
    found = durations("Voters backed the plan, which remained popular for two years, said Ana Ruiz.")
    assert ("Ana Ruiz", "two years") not in found
