"""A hyphenated name the recogniser stops right before its hyphen ("Han Duck" of "Han Duck-soo") is the whole name:
its lower-case end is joined to it, so a claim about the person names "Han Duck-soo", not "Han Duck" or "soo". A
participle after the hyphen ("Scholz-backed") or a piece that modifies the noun after it ("Scholz-era rules") is no
part of the name. Invented sentences (session 30, ext30; verify/nlp/joined_names.py `_goes_on`)."""

from __future__ import annotations

import datetime as dt

import pytest

from verify.app import article_from_text
from verify.extract import extract_claims
from verify.nlp import parse


def _hyphenated_tokens(text: str) -> list[str]:
    return [t.text for t in parse(f"Seoul news\n\n{text}\n").doc if "-" in t.text and len(t) > 1]


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        ("Prime Minister Han Duck-soo is serving as acting president.", ["Duck-soo"]),
        ("The court removed Han Duck-soo on Friday.", ["Duck-soo"]),
        ("Olaf Scholz-backed plans failed.", []),
        ("Olaf Scholz-era rules stayed.", []),
    ],
    ids=["after-a-title", "an-object", "a-participle-after-the-name", "a-modifier-of-the-noun-after"],
)
def test_a_name_cut_before_its_hyphen_is_joined_only_when_the_rest_is_its_own(text: str, joined: list[str]) -> None:
    assert _hyphenated_tokens(text) == joined


def test_the_claim_names_the_whole_hyphenated_name() -> None:
    article = article_from_text(
        "Seoul news\n\nPrime Minister Han Duck-soo is serving as acting president.\n", as_of=dt.date(2025, 1, 1)
    )
    assert {c.subject for c in extract_claims(article) if c.kind == "role"} == {"Han Duck-soo"}
