"""A timeline line written like a headline ("June 6 - The capsule docks with the station"): the tagger
reads the present-tense verb after a common noun as a plural noun, so the line had no verb and no date,
clause or owner was read off it (verify/nlp/headline_verbs.py). Invented lines, one row per shape."""

import pytest

from verify.app import article_from_text
from verify.extract import extract_claims
from verify.nlp import parse

HEADLINE = "Kestrel mission: a timeline"


def dated_lines(body: str) -> list[str]:
    article = article_from_text(f"{HEADLINE}\n\n{body}\n")
    return [c.text for c in extract_claims(article) if c.kind == "date"]


# (shape, timeline line, the word that is its verb)
LINES = {
    "a described subject, a preposition after the verb": (
        "June 6 - The capsule docks with the orbital station.",
        "docks",
    ),
    "a subject with a name and a number before its noun, a particle after the verb": (
        "10 September, 5:23 a.m. EDT - A Vega 7 rocket lifts off from the Kourou pad.",
        "lifts",
    ),
    "a later clause with its own verb": (
        "June 9 - The lander docks with the relay station, but two of its thrusters fail on the approach.",
        "docks",
    ),
}


@pytest.mark.parametrize(("line", "verb"), LINES.values(), ids=LINES.keys())
def test_the_verb_of_a_headline_line_is_read_as_a_verb(line: str, verb: str):
    doc = parse(f"{HEADLINE}\n\n{line}\n").doc
    word = next(t for t in doc if t.text == verb)
    assert (word.pos_, word.tag_) == ("VERB", "VBZ")
    assert any(c.dep_ == "nsubj" for c in word.children)


@pytest.mark.parametrize(("line", "verb"), LINES.values(), ids=LINES.keys())
def test_a_headline_line_gets_its_date(line: str, verb: str):
    assert dated_lines(line)


NOUNS = {
    "a plural noun some verb takes": "The harbour docks in Lund were flooded on Monday.",
    "a plural noun after a possessive, the verb later": "The city's docks closed in May.",
}


@pytest.mark.parametrize("sentence", NOUNS.values(), ids=NOUNS.keys())
def test_a_plural_noun_that_is_one_stays_a_noun(sentence: str):
    doc = parse(f"{HEADLINE}\n\n{sentence}\n").doc
    assert next(t for t in doc if t.text == "docks").pos_ == "NOUN"


def claims_of(body: str) -> list[tuple[str, str, str]]:
    article = article_from_text(f"{HEADLINE}\n\n{body}\n")
    return [(c.kind, c.subject, c.text) for c in extract_claims(article)]


# (shape, timeline line, a kind and subject among its claims)
NAMED = {
    "a name after a described noun: its date": (
        "March 18, 1:05 a.m. ET - The Kestrel capsule Aurora undocks with Ruiz, Berg, Lund and Holm.",
        ("date", "Aurora"),
    ),
    "a name after a described noun: its clause": (
        "March 18, 1:05 a.m. ET - The Kestrel capsule Aurora undocks with Ruiz, Berg, Lund and Holm.",
        ("clause", "Aurora"),
    ),
    "a name glued onto its verb, another clause after it: still the first's date": (
        "July 8 - Berg hands in his resignation; Ruiz asks him to stay on.",
        ("date", "Berg"),
    ),
}


@pytest.mark.parametrize(("line", "expected"), NAMED.values(), ids=NAMED.keys())
def test_a_named_subject_of_a_headline_line_is_read(line: str, expected: tuple[str, str]):
    assert expected in [(kind, subject) for kind, subject, _ in claims_of(line)]


def test_a_number_before_a_plural_is_no_name_glued_onto_a_verb():
    """'Two sets down against X, Y did not look ...': the dateline's day is no date of a 'Two'."""
    body = "LUND, 3 May 2024 — Two sets down against Tomas Berg, Ana Ruiz did not look like a winner."
    assert not [c for c in claims_of(body) if c[0] == "date" and c[1] == "Two"]
