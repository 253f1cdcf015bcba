"""Whom a "he" or "she" stands for when the parse tells more than the order of the names (issue 15: a pronoun
read as the wrong person sends its claim to the wrong page, so a false claim stays unverified and a true
one loses its support). Each row names whom the resolver (verify/nlp/reference.py `person_before`) picks;
every row that mends a wrong pick has a twin where the earlier reading was and stays right."""

from __future__ import annotations

import pytest

from verify.nlp import parse
from verify.nlp.reference import References, _owner_of_its_description


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


# A description of the pronoun's person set before it in its clause, owned by another person: the owner is
# whose kin or officer the person is, never the person ("Ortiz's eldest son, he was born in ...").
SWORN = (
    "Vice President Tomas Reyes took the oath alongside President Lena Ortiz on Sunday. Reyes, 37, succeeds Ivo Stam. "
)
OWNED = [
    (
        "the owner of the kin noun set before he: not he, so the one the sentence before was about",
        "Ortiz sworn in as president",
        SWORN + "Ortiz's eldest son, he was born in Valdora and was mayor of the city until July.",
        "he was born",
        "Tomas Reyes",
    ),
    (
        "twin: an object her after the owned noun is still its owner",
        "Ortiz sworn in as president",
        SWORN + "Ortiz's eldest son thanked her in his speech.",
        "her in his",
        "Lena Ortiz",
    ),
]


@pytest.mark.parametrize(("title", "body", "at", "who"), [r[1:] for r in OWNED], ids=[r[0] for r in OWNED])
def test_the_owner_of_a_description_before_the_pronoun_is_someone_else(title, body, at, who):
    assert meant(title, body, at) == who


def test_a_thing_owned_before_the_pronoun_does_not_rule_its_owner_out():
    """'Moen's book in hand, he spoke': a book is not a description of him, so its owner may well be he."""
    text = "Moen's book in hand, he spoke for an hour."
    doc = parse(text).doc
    owner, pronoun = doc[0], next(t for t in doc if t.lower_ == "he")
    assert not _owner_of_its_description(owner, pronoun)
