"""A press release's safe-harbour paragraph ("Forward-looking statements ... undertakes no obligation to update
them") states what the company expects and disclaims; no claim an editor marks stands in it
(verify/lexicons/nonfactual.toml `boilerplate`). Invented text."""

from __future__ import annotations

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
