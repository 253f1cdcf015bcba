"""Prefixed words stay one token and abbreviations end no sentence (verify.nlp.tokens), so the parse of the
clause around them holds together and its claim is found. Invented sentences."""

from __future__ import annotations

import pytest

from tests.test_clauses import article
from verify.extract import extract_claims
from verify.nlp import parse


def _tokens(text: str) -> list[str]:
    return [t.text for t in parse(text).doc]


def _sentences(text: str) -> list[str]:
    return [s.text for s in parse(text).sentences]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Mira Holt co-chaired the harbour review in 2021.", "co-chaired"),
        ("The council re-elected its speaker on Monday.", "re-elected"),
        ("She worked for a non-profit in the valley.", "non-profit"),
        ("Olav Dahl co-founded the bakery with his sister.", "co-founded"),
        ("The pre-trial hearing lasted two days.", "pre-trial"),
        ("It was a self-funded campaign.", "self-funded"),
    ],
)
def test_a_word_with_a_general_prefix_is_one_token(text: str, word: str) -> None:
    assert word in _tokens(text)


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        ("The rally was pro-Western in tone.", ["pro", "-", "Western"]),  # a name after the hyphen stays apart
        ("It was a well-known bakery.", ["well", "-", "known"]),  # no prefix
        ("The ex-mayor spoke first.", ["ex", "-", "mayor"]),  # "ex" is read as "former" by the title readers
    ],
)
def test_other_hyphenated_words_are_cut_as_before(text: str, pieces: list[str]) -> None:
    tokens = _tokens(text)
    at = tokens.index(pieces[0])
    assert tokens[at : at + len(pieces)] == pieces


def test_a_prefixed_verb_has_its_stems_lemma() -> None:
    token = next(t for t in parse("The board was co-chaired by Mira Holt.").doc if t.text == "co-chaired")
    assert token.lemma_ == "chair"


@pytest.mark.parametrize(
    "text",
    [
        "Ranked No. 4 before the final, the Lakeside team beat No. 1 Eastport by three goals on Sunday.",
        "The ferry sank on Feb. 9 during a gale that closed every harbour on the coast for a week.",
        "Lt. Col. Ana Moreno and Maj. Peter Lund met the mayor in the town hall to plan the parade.",
        "The new wing cost approx. 40 million crowns and opened before the winter term began in the city.",
        "Voters in St. Helens and Mt. Pleasant chose Gov. Ruth Hale over her rival by a narrow margin.",
    ],
)
def test_an_abbreviation_before_a_number_or_a_name_ends_no_sentence(text: str) -> None:
    assert _sentences(text) == [text]


def test_a_full_stop_after_a_word_that_is_no_abbreviation_still_ends_a_sentence() -> None:
    assert _sentences("The vote was held in May. Turnout was low.") == ["The vote was held in May.", "Turnout was low."]


@pytest.mark.parametrize(
    "text",
    [
        "Harbour plan approved\n\nThe council approved the harbour plan on Monday after a long debate. For the town, "
        'the mayor said, the new pier was "not only a promise kept, but a gift to every family that stayed."'
        "\n\nWork on the pier starts in June.",
        'Harbour plan approved\n\nHale, 58, spoke briefly at the town hall. The plan, she said, "is the one that '
        'the people of this valley asked for in the last two years."\n\nCritics said the cost was too high.',
    ],
)
def test_a_closing_quote_at_a_paragraphs_end_stays_with_its_sentence(text: str) -> None:
    quoted = next(s for s in _sentences(text) if "she said" in s or "mayor said" in s)
    assert quoted.rstrip().endswith('."')


def test_a_post_held_through_a_prefixed_verb_is_claimed() -> None:
    body = "Mira Holt is a lawyer from Bergen. In 2019 she co-chaired the Harbour Renewal Commission."
    roles = [c for c in extract_claims(article(body)) if c.kind == "role"]
    assert any("co-chaired" in c.text and c.subject == "Mira Holt" for c in roles)


def test_an_election_on_a_prefixed_verb_is_claimed() -> None:
    body = "The Coastal Party re-elected Mira Holt as its leader on Monday."
    claims = extract_claims(article(body))
    assert any(c.kind == "role" and c.subject == "Mira Holt" for c in claims)


def test_a_name_after_abbreviated_ranks_is_the_clauses_whole_subject() -> None:
    body = "Lt. Col. Ana Moreno commanded the northern brigade from 2018 to 2021."
    clauses = [c for c in extract_claims(article(body)) if c.kind == "clause"]
    assert any("commanded" in c.text and c.subject == "Ana Moreno" for c in clauses)
