"""A press release's safe-harbour paragraph ("Forward-looking statements ... undertakes no obligation to update
them") states what the company expects and disclaims; no claim an editor marks stands in it
(verify/lexicons/nonfactual.toml `boilerplate`). Invented text."""

from __future__ import annotations

import datetime as dt

import pytest

from verify.app import article_from_text
from verify.extract import extract_claims

RELEASE = (
    "Nordbank completes Vestbank deal\n\n"
    "OSLO, July 18, 2025 — Nordbank ASA today announced that it has completed its acquisition of Vestbank ASA.\n\n"
    "About Nordbank\nNordbank ASA is headquartered in Oslo and employs 4,000 people.\n\n"
    "{boilerplate}\n"
)
SAFE_HARBOURS = [
    "Forward-looking statements\nThis release contains forward-looking statements about the combined bank, which"
    " Nordbank anticipates by the end of 2025. Nordbank undertakes no obligation to update them.",
    "Nordbank undertakes no obligation to update these statements, which speak only as of 18 July 2025.",
]


def test_a_safe_harbour_paragraph_states_no_claim():
    for boilerplate in SAFE_HARBOURS:
        text = RELEASE.format(boilerplate=boilerplate)
        start = text.index(boilerplate)
        claims = [(c.kind, c.text) for c in extract_claims(article_from_text(text)) if c.span[0] >= start]
        assert claims == [], claims


def test_the_release_around_it_keeps_its_claims():
    text = RELEASE.format(boilerplate=SAFE_HARBOURS[0])
    words = [c.text for c in extract_claims(article_from_text(text))]
    assert any("4,000 people" in w for w in words), words
    assert any("completed its acquisition of Vestbank ASA" in w for w in words), words


# review21 B6: one of the disclaimer's words in a story ('a safe harbour for refugees', an election's 'safe harbor
# deadline') is no disclaimer paragraph; the reviewer's test (tests/test_review21.py on s21-review21), copied.
@pytest.mark.parametrize(
    "text",
    [
        "Vestria declared the island of Holm a safe harbour for refugees in 2019, President Tove Brandt said on"
        " Monday. Brandt, 58, has led Vestria since 2017.",
        "Vestria must certify its results by the safe harbor deadline on 11 December, said Tove Brandt, who has been"
        " Vestria's chief electoral officer since 2017.",
    ],
    ids=["a-refuge", "an-election-deadline"],
)
def test_a_story_paragraph_naming_a_safe_harbour_keeps_its_claims(text: str) -> None:
    claims = extract_claims(article_from_text(f"Story\n\n{text}\n", as_of=dt.date(2024, 6, 1)))
    assert any("2017" in c.text for c in claims)
