"""'It' agrees in number (issue 14): a plural common noun the recogniser took for a name ('its antennas turned away'
read as an organisation) is never what a later 'It' means, so 'It is the first spacecraft ...' was claimed of
'antennas' (the general set's Parker Solar Probe). The walk back now passes over such a noun, in the clause walk's
memory of the last thing and in the reference reader's look back. Invented sentences."""

from __future__ import annotations

import pytest

from tests.test_clause_shapes import clauses

BODY = (
    "Probe news\n\n"
    "The Varn probe swept past the Sun on 24 December, and it did so out of contact, its antennas turned away. "
    "It was also moving faster than anything people have built. "
    "It is the first spacecraft named after a living person."
)


@pytest.mark.parametrize(
    ("words", "meant"),
    [pytest.param("It is the first spacecraft", "Varn probe", id="it-after-a-plural-read-as-a-name")],
)
def test_it_never_means_a_plural_noun(words: str, meant: str) -> None:
    assert [c.subject for c in clauses(BODY) if c.text == words] == [meant], [
        (c.subject, c.text) for c in clauses(BODY)
    ]
