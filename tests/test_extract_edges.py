"""Extraction never fails on odd text: whatever the characters, every kind's claims come back."""

from __future__ import annotations

from verify.extract import extract_claims
from verify.models import Article


def test_a_title_opening_on_a_line_break_before_its_sentence_is_claimed_from_that_sentence() -> None:
    text = "\r\nGen. 01\x8a\rForeign Minister "  # found by tests/test_properties.py: a StopIteration
    article = Article(path="a.txt", stem="a", sha256="0" * 64, title="", text=text)
    for claim in extract_claims(article):
        assert text[claim.span[0] : claim.span[1]] == claim.text
