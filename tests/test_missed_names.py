"""A name the recogniser missed and the parser took apart is read whole as the clause's subject (desk19 W5:
the three-word name of a real vice president, whose first word the parser made the sentence's root and whose
second a verb)."""

from __future__ import annotations

import datetime as dt

from verify.app import article_from_text
from verify.extract import extract_claims


def _clause_subjects(body: str) -> list[str]:
    article = article_from_text(f"Test\n\n{body}", as_of=dt.date(2024, 10, 21))
    return [c.subject for c in extract_claims(article) if c.kind == "clause"]


def test_a_missed_name_keeps_its_first_words() -> None:
    assert _clause_subjects("Gibran Rakabuming Raka is the eldest child of Joko Widodo.") == ["Gibran Rakabuming Raka"]


def test_a_word_opening_the_sentence_is_no_part_of_the_name() -> None:
    assert _clause_subjects("Then Raka was named the eldest child of the family.") == ["Raka"]
