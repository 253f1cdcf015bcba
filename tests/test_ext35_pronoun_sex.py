"""Whom 'she' or 'he' stands for when the shared resolver finds no one and the readers fall back on the person the
text was about (session 35, ext35; review34 R11): that person only if nothing tells they are of the other sex, and
only a noun, an honorific or a given name tells it (not a 'his' in a clause about someone else, nor a surname that
is also a word for a man)."""

from __future__ import annotations

import datetime as dt

from verify.app import article_from_text
from verify.extract import extract_claims


def _claims(body: str) -> list:
    return extract_claims(article_from_text(f"Court news\n\n{body}\n", as_of=dt.date(2024, 4, 3)))


def test_a_his_about_someone_else_does_not_make_her_a_man() -> None:
    body = "Charlaine Olmedo, 61, praised his lawyers on Monday. She became a judge in 2015."
    subjects = [c.subject for c in _claims(body) if c.kind == "role" and c.text.startswith("She")]
    assert subjects == ["Charlaine Olmedo"], subjects


def test_a_surname_that_is_a_word_for_a_man_leaves_her_a_woman() -> None:
    body = (
        "Amy Pope won the vote on Monday.\n\nPope was hardly an outsider. She had joined the Geneva-based agency "
        "in September 2021."
    )
    subjects = {c.subject for c in _claims(body) if "Geneva-based agency in" in c.text}
    assert subjects == {"Amy Pope"}, subjects
