"""Lengths whose clause's subject is a description with a name set beside it (verify/kinds/duration/lengths.py):
"The first, David Bennett, 57, was operated on in January 2022 and died two months later" is a length about
Bennett, the name beside the description, as the count owners read "Her closest rival, Tomas Brel, took 26
percent". Invented sentences."""

import pytest

from verify.app import article_from_text
from verify.extract import extract_claims


def lengths(body: str) -> list[tuple[str, str | None, str]]:
    article = article_from_text(f"Story\n\n{body}\n")
    return [(c.subject, c.value, c.relation) for c in extract_claims(article) if c.kind == "duration"]


# (shape, sentence, the length's subject, value and relation)
APPOSED = {
    "an ordinal with a name beside it, a distance after a coordinated verb": (
        "Two living men had received pig hearts at Norby Hospital. The first, John Carter, 57, was operated on in"
        " January 2022 and died two months later.",
        ("John Carter", "two months", "later"),
    ),
}


@pytest.mark.parametrize(("sentence", "expected"), APPOSED.values(), ids=APPOSED.keys())
def test_a_length_is_about_the_name_set_beside_its_subject(sentence: str, expected: tuple[str, str, str]):
    found = lengths(sentence)
    assert expected in found, found


def test_a_description_with_no_name_beside_it_gives_no_subject():
    """'The first ... died two months later' with no one named: no one the length could be checked for."""
    assert lengths("The first was operated on in May 2021 and died two months later.") == []
