"""Whom a "he" or "she" stands for when the parse tells more than the order of the names (issue 15: a pronoun
read as the wrong person sends its claim to the wrong page, so a false claim stays unverified and a true
one loses its support). Each row names whom the resolver (verify/nlp/reference.py `person_before`) picks;
every row that mends a wrong pick has a twin where the earlier reading was and stays right."""

from __future__ import annotations

import pytest

from verify.nlp import parse
from verify.nlp.reference import References


def meant(title: str, body: str, pronoun_at: str) -> str | None:
    """Whom the pronoun opening the words `pronoun_at` of the body stands for."""
    text = f"{title}\n\n{body}\n"
    refs = References(parse(text), len(title))
    return refs.person_at(text.index(pronoun_at))


# (shape, headline, body, the words the pronoun opens, whom it stands for)
APPOSED = [
    (
        "a described subject set beside its name: the named one, not the story's first person",
        "Air chief Karl Moen to lead the armed forces",
        "Air Marshal Karl Moen will take over as chief of the defence staff in May, succeeding Admiral Jon Varga. "
        "Moen has led the air force since 2021.\n\n"
        "The current chief of the defence staff, Admiral Jon Varga, has held the post since 2019, "
        "when he succeeded General Ivo Stam.",
        "he succeeded General",
        "Jon Varga",
    ),
    (
        "twin: a described subject with no name beside it still stands for the one named before",
        "Air chief Karl Moen to lead the armed forces",
        "Air Marshal Karl Moen will take over as chief of the defence staff in May, succeeding Admiral Jon Varga. "
        "Moen has led the air force since 2021.\n\n"
        "The 52-year-old airman has held that post since 2021, when he succeeded General Ivo Stam.",
        "he succeeded General",
        "Karl Moen",
    ),
    (
        "twin: a description set beside the subject names no one, so the one named before is still meant",
        "Air chief Karl Moen to lead the armed forces",
        "Air Marshal Karl Moen will take over as chief of the defence staff in May, succeeding Admiral Jon Varga. "
        "Moen has led the air force since 2021.\n\n"
        "The 52-year-old chief, a former test pilot, has held that post since 2021, "
        "when he succeeded General Ivo Stam.",
        "he succeeded General",
        "Karl Moen",
    ),
]


@pytest.mark.parametrize(("title", "body", "at", "who"), [r[1:] for r in APPOSED], ids=[r[0] for r in APPOSED])
def test_a_described_subject_s_apposition_names_whom_its_pronoun_means(title, body, at, who):
    assert meant(title, body, at) == who

