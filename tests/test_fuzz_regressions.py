"""Inputs `benchmarks/fuzz_extract.py` found crashing or hanging the linguistic code, each cut to the
smallest text that showed it (rewritten in our own words): extraction must give claims whose spans
index the text, and judging must give one verdict per claim, never a traceback."""

from __future__ import annotations

import datetime as dt

from verify.extract import extract_claims
from verify.models import Article


def article(text: str) -> Article:
    return Article(
        path="a.txt",
        stem="a",
        sha256="0" * 64,
        title=text.splitlines()[0],
        text=text,
        as_of=dt.date(2025, 8, 20),
    )


def spans_index_the_text(text: str) -> bool:
    return all(text[c.span[0] : c.span[1]] == c.text for c in extract_claims(article(text)))


def test_a_pronoun_resolved_through_another_that_leads_back_to_it_is_no_endless_recursion():
    # One word a line (a pasted column), no full stop: "He" walks back to the sentence's subject, whose
    # "him" walks back to "He" again (was a RecursionError in References.person_before).
    assert spans_index_the_text("Tomas\nBerger\nthen\nHe\npraised\nhim")
    assert spans_index_the_text("Maria\nLindqvist\nlater\nShe\nthanked\nher")


def test_an_age_written_in_circled_or_superscript_digits_is_no_error():
    # str.isdigit() takes "⑤⑨" and "⁵⁹" but int() refuses them (was a ValueError in the clause kind's ages_aside)
    assert spans_index_the_text("Town news\n\nMaria Lindqvist, ⑤⑨, leads the board.")
    assert spans_index_the_text("Town news\n\nMaria Lindqvist, ⁵⁹, leads the board.")


def test_an_age_in_arabic_indic_digits_is_still_read_as_an_age():
    claims = extract_claims(article("Town news\n\nMaria Lindqvist, ٥٩, leads the board."))
    assert any(c.text.startswith("Maria Lindqvist, ٥٩") for c in claims)


def test_an_acronym_in_brackets_after_two_spaces_is_no_error():
    # The character before " (NFA)" is the space after "Agency", inside no token: its span was empty
    # (was an IndexError in References.short_forms, reached when a count's owner is the acronym)
    assert spans_index_the_text(
        "Town news\n\nThe Northern Forest Agency  (NFA) has 400 staff. The NFA planted trees in 2020."
    )


def test_a_retry_after_of_superscript_digits_is_no_wait_and_no_error():
    # A Retry-After header is read as Latin-1, so a server can send "²": isdigit() took it, float() did not
    from verify.sources.http import parse_retry_after

    assert parse_retry_after("²") is None
    assert parse_retry_after("12") == 12.0
