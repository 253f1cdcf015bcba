"""Whose deed a claim tells when its subject is someone the person owns (review32 R8's mend,
`agency.someone_of_theirs`): 'whose husband was arrested' is the husband's, and the claim is his ("Ana Ruiz's
husband"); but 'his cousin Tammam Salam led the government', which the parse reads with two subjects, is the named
cousin's own deed, and extraction already gives it to him."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import article_from_text
from verify.extract import extract_claims

DAY = dt.date(2024, 6, 1)


def _subjects(body: str, words: str) -> list[str]:
    """The subjects of the clause and date claims whose words end with `words`, extracted from `body`."""
    claims = extract_claims(article_from_text(f"Norby news\n\n{body}\n", as_of=DAY))
    return [c.subject or "" for c in claims if c.kind in {"clause", "date"} and c.text.endswith(words)]


@pytest.mark.parametrize(
    ("body", "words", "subject"),
    [
        pytest.param(
            "Ana Ruiz, whose husband was arrested in 2019, spoke.", "in 2019", "Ana Ruiz's husband", id="whose"
        ),
        pytest.param("Ana Ruiz's father founded Korvik Bank in 1995.", "in 1995", "Ana Ruiz's father", id="hers"),
    ],
)
def test_a_deed_of_someone_she_owns_is_theirs(body: str, words: str, subject: str) -> None:
    assert _subjects(body, words) == [subject]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Salam's family is prominent in Lebanese politics: his cousin Tammam Salam led the government from 2014 "
            "to 2016.",
            id="after-a-colon",
        ),
        pytest.param("His cousin Tammam Salam led the government from 2014 to 2016.", id="opening"),
    ],
)
def test_a_deed_of_the_named_relative_is_his_own(body: str) -> None:
    found = _subjects(body, "from 2014")
    assert found and set(found) == {"Tammam Salam"}, found
