"""A title the recogniser reads into a person's name ("Tánaiste Micheál Martin welcomed the choice",
"Treasurer Jim Chalmers nominated her") is no part of whom the sentence is about: the clause's subject
is the name alone, a role claim states the title, and a later surname ("Varadkar") stands for the name,
not the titled mention."""

from __future__ import annotations

import datetime as dt

import pytest

from verify.extract import extract_claims
from verify.models import Article

CASES = [
    # (sentence, the person, the title)
    ("The coalition backs him, and Tánaiste Micheál Martin welcomed the choice.", "Micheál Martin", "Tánaiste"),
    ("Treasurer Jim Chalmers nominated her on Friday.", "Jim Chalmers", "Treasurer"),
    ("No one came forward to succeed Taoiseach Leo Varadkar. Varadkar, 45, stepped down.", "Leo Varadkar", "Taoiseach"),
]


def _claims(sentence: str) -> list:
    text = f"A headline\n\nDUBLIN - {sentence}\n"
    day = dt.date(2024, 3, 25)
    return extract_claims(Article(path="a.txt", stem="a", sha256="0", title="a", text=text, as_of=day))


@pytest.mark.parametrize(("sentence", "person", "title"), CASES)
def test_the_title_is_a_role_claim_of_the_name(sentence: str, person: str, title: str) -> None:
    roles = [(c.subject, c.value) for c in _claims(sentence) if c.kind == "role"]
    assert (person, title) in roles


@pytest.mark.parametrize(("sentence", "person", "title"), CASES[1:])
def test_no_claim_is_about_the_titled_name(sentence: str, person: str, title: str) -> None:
    others = [c.subject for c in _claims(sentence) if c.kind != "role"]
    assert others, "the sentence's other facts are claims too"
    assert all(title not in subject for subject in others)


def test_an_office_a_later_clause_states_is_the_name_s() -> None:
    claims = _claims(
        "No one came forward to succeed Taoiseach Leo Varadkar. Varadkar stepped down as Fine Gael leader."
    )
    assert ("Leo Varadkar", "Fine Gael leader") in [(c.subject, c.value) for c in claims if c.kind == "role"]
