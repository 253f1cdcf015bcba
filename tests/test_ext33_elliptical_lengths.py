"""Lengths whose unit was said before (verify/kinds/duration/ellipsis.py): news gives a term's unit once and then
bare numbers for the other terms sought, given or carried ("Prosecutors had sought 15", "and Daibes seven",
"Augusto Heleno, once head of the cabinet, 21"). Each is a length of that unit, about the person its gapped
clause names, else whom the length before it was about. Invented sentences."""

import pytest

from verify.app import article_from_text
from verify.extract import extract_claims


def lengths(body: str) -> list[tuple[str, str | None]]:
    article = article_from_text(f"Story\n\n{body}\n")
    return [(c.subject, c.value) for c in extract_claims(article) if c.kind == "duration"]


# (sentence, the length's subject and value)
REPEATED = {
    "a bare number a verb takes, the sentence after a term": (
        "A court in Tarvik sentenced Ivo Stam to 12 years in prison on Monday. Prosecutors had sought 15.",
        ("Ivo Stam", "15 years"),
    ),
    "a number after a name, the verb left out": (
        "Ana Ruiz received nine years and Lena Park six.",
        ("Lena Park", "six years"),
    ),
    "a bare number a named person's verb takes": (
        "Ana Ruiz received nine years in prison. Lena Park got six.",
        ("Lena Park", "six years"),
    ),
    "a number after a name and its aside, the verb left out": (
        "Ivo Stam was given 20 years; Tomas Brel, a former finance minister, 14.",
        ("Tomas Brel", "14 years"),
    ),
}


@pytest.mark.parametrize(("sentence", "expected"), REPEATED.values(), ids=REPEATED.keys())
def test_a_bare_number_after_a_length_is_a_length_of_its_unit(sentence: str, expected: tuple[str, str]):
    found = lengths(sentence)
    assert expected in found, found


# (sentence, the number no length may be claimed on)
NOT_REPEATED = {
    "the figure before it is a count, not a length": (
        "A court in Tarvik fined 12 people on Monday. Prosecutors had sought 15.",
        "15",
    ),
    "a verb that takes no length": (
        "A court in Tarvik sentenced Ivo Stam to 12 years in prison. His party later won 39.",
        "39",
    ),
    "an age set beside a name, in a clause that goes on": (
        "Ivo Stam was given 20 years; Tomas Brel, 54, got six.",
        "54",
    ),
    "a term two sentences back": (
        "A court in Tarvik sentenced Ivo Stam to 12 years in prison. He was taken to Norby. His lawyers sought 15.",
        "15",
    ),
    "a number in a hedged clause": (
        "A court in Tarvik sentenced Ivo Stam to 12 years in prison. Prosecutors may seek 15.",
        "15",
    ),
}


@pytest.mark.parametrize(("sentence", "number"), NOT_REPEATED.values(), ids=NOT_REPEATED.keys())
def test_a_number_that_repeats_no_length_is_no_length(sentence: str, number: str):
    found = lengths(sentence)
    assert not [v for _, v in found if (v or "").split()[0] == number], found
