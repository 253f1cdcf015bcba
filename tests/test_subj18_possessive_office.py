"""An office with a country's possessive as a clause's subject ("Velmara's seventh president has held the
office since ...") is the person the article called by that office, not the country; said in the past
tense ("Norland's first chancellor signed the treaty in 1950") it may be any holder, so it is not given to
the one the article named. Invented people and countries."""

from __future__ import annotations

import datetime as dt

import pytest

from verify.extract import extract_claims
from verify.models import Article


def _subjects(body: str, words: str) -> set[str]:
    text = f"A headline\n\n{body}\n"
    day = dt.date(2024, 3, 21)
    claims = extract_claims(Article(path="a.txt", stem="a", sha256="0", title="a", text=text, as_of=day))
    return {c.subject for c in claims if c.kind == "clause" and c.text.startswith(words)}


@pytest.mark.parametrize(
    ("body", "words", "holder"),
    [
        (
            "Outgoing President Tomas Varga, 62, is barred from a third term. Velmara's seventh president has "
            "held the office since October 20, 2014, when he succeeded Ana Lund.",
            "Velmara's seventh president",
            "Tomas Varga",
        ),
        (
            "Chancellor Ilse Brandt, 58, will leave in May. Norland's chancellor has led the government since 2019.",
            "Norland's chancellor",
            "Ilse Brandt",
        ),
    ],
)
def test_an_office_said_now_is_the_person_called_by_it(body: str, words: str, holder: str) -> None:
    assert _subjects(body, words) == {holder}


def test_an_office_said_in_the_past_is_not_given_to_the_one_named() -> None:
    body = "Chancellor Ilse Brandt, 58, will leave in May. Norland's first chancellor signed the treaty in 1950."
    found = _subjects(body, "Norland's first chancellor")
    assert found and "Ilse Brandt" not in found
