"""Claims given the wrong subject by a name read in pieces (session 42).

A run ending in a title noun ("Chief Development Officer") names no one (role.extract `title_run_as_name`); a title
whose field runs on in capitals ("Minister of Foreign Affairs") is left misread, since 'Secretary of State Stam' must
keep its holder (review42 B7). A thing named by the name before its noun
is the whole name's, not its last word's: the parser hangs a name's first words on its last ("a Norby Air jet",
"the Korvik-B lander"), and the subject is "Norby Air jet", not "Air jet" (clause.extract `_compound_start`).
"""

from __future__ import annotations

import pytest

from verify.extract import extract_claims
from verify.models import Article


def claims(body: str, headline: str = "Norby news of the day"):
    text = f"{headline}\n\n{body}\n"
    return extract_claims(Article(path="s.txt", stem="s", sha256="0", title=headline, text=text))


# (shape, body, a word no role claim may have as its holder, the holder the title's words name)
TITLE_RUNS = [
    (
        "a run ending in a title noun",
        "Karl Moen, Korvik's Chief Development Officer for Oncology and Rare Disease, said the deal would help.",
        "Development",
        "Karl Moen",
    ),
]


@pytest.mark.parametrize(("shape", "body", "word", "holder"), TITLE_RUNS, ids=[r[0] for r in TITLE_RUNS])
def test_a_title_run_on_in_capitals_holds_no_word_of_its_own(shape, body, word, holder):
    roles = [c for c in claims(body) if c.kind == "role"]
    assert word not in {c.subject for c in roles}
    if holder:
        assert holder in {c.subject for c in roles}


# (shape, body, the holder a title before a name still names)
TITLED_NAMES = [
    ("a title of a country before a full name", "President of Norby Ana Ruiz arrived in Korvik on Monday.", "Ana Ruiz"),
]


@pytest.mark.parametrize(("shape", "body", "holder"), TITLED_NAMES, ids=[r[0] for r in TITLED_NAMES])
def test_a_title_before_a_name_still_names_its_holder(shape, body, holder):
    assert holder in {c.subject for c in claims(body) if c.kind == "role"}


# (shape, body, the claim's words, its subject)
NAMED_THINGS = [
    (
        "a name of two words hung on its last",
        "A Norby Air jet crashed on Guam in 1997.",
        "A Norby Air jet crashed on Guam in 1997",
        "Norby Air jet",
    ),
    (
        "a hyphened name",
        "The Korvik-B lander, which crashed in April 2023, was built by Moen Space.",
        "The Korvik-B lander",
        "Korvik-B lander",
    ),
    (
        "a name opening with a capitalised adjective",
        "Its smaller New Korvik rocket flies only short suborbital hops.",
        "New Korvik rocket flies",
        "New Korvik rocket",
    ),
]


@pytest.mark.parametrize(("shape", "body", "words", "subject"), NAMED_THINGS, ids=[r[0] for r in NAMED_THINGS])
def test_a_thing_named_before_its_noun_is_the_whole_names(shape, body, words, subject):
    found = [c for c in claims(body) if c.kind == "clause" and words in c.text]
    assert found and all(c.subject == subject for c in found)


def test_a_spaced_dash_parts_two_names_before_a_noun():
    """'the Korvik - Norby pipeline' runs between two places: no one name 'Korvik - Norby' is the thing's."""
    body = "The vote went 5 - 4 and the Korvik - Norby pipeline opened in 2020."
    found = [c for c in claims(body) if c.kind == "clause"]
    assert found and all(" - " not in c.subject for c in found)
