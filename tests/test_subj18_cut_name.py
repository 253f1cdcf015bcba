"""A person's name the recogniser cuts before its last word ("Park Min" of "Park Min Jae", the last word
left as the clause's head) is the whole name as the clause's subject, not its first two words. Invented
people."""

from __future__ import annotations

import datetime as dt

import pytest

from verify.extract import extract_claims
from verify.models import Article


def _clause_subjects(body: str) -> list[str]:
    text = f"A headline\n\n{body}\n"
    day = dt.date(2024, 4, 7)
    claims = extract_claims(Article(path="a.txt", stem="a", sha256="0", title="a", text=text, as_of=day))
    return [c.subject for c in claims if c.kind == "clause"]


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Former president Park Min Jae was removed from office on Friday.", "Park Min Jae"),
        (
            "Former president Park Min Jae was removed from office on Friday. Park Min Jae, 64, had resigned.",
            "Park Min Jae",
        ),
    ],
)
def test_the_clause_is_about_the_whole_name(body: str, name: str) -> None:
    subjects = _clause_subjects(body)
    assert subjects and all(s == name for s in subjects)
