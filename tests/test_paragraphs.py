"""Blank lines and datelines are sentence boundaries in the parse (verify.nlp.paragraphs)."""

from verify.nlp import parse
from verify.nlp.paragraphs import dateline


def _sentence_with(text: str, word: str) -> str:
    parsed = parse(text)
    return next(s.text for s in parsed.sentences if any(t.text == word for t in s))


def _subject_of(text: str, verb: str) -> str:
    token = next(t for t in parse(text).doc if t.text == verb)
    return next(c.text for c in token.children if c.dep_ == "nsubj")


def test_a_headline_without_a_full_stop_is_its_own_sentence():
    text = "Riverside library reopens after flood repairs\n\nThe library reopened on Monday after a year of work."
    assert _sentence_with(text, "reopened").startswith("The library reopened")


def test_a_datelines_place_is_not_the_subject_of_the_lede():
    text = (
        "Dock workers end their strike\n\n"
        "GLASGOW, 4 March 2025 — Dock workers voted on Tuesday to end a strike that had lasted six weeks."
    )
    assert _sentence_with(text, "voted").startswith("Dock workers voted")
    assert _subject_of(text, "voted") == "workers"


def test_a_dateline_may_end_with_a_hyphen_between_spaces():
    text = "Ferry line opens\n\nBERGEN, Jan 5 (Wire) - A new ferry line opened on Friday."
    start, end = dateline(text)
    assert text[start:end] == "BERGEN, Jan 5 (Wire) -"


def test_the_first_word_of_a_paragraph_stays_with_its_sentence():
    text = (
        'About Brightwell\n\nBrightwell (Nasdaq "BRWL") builds software for small shipping firms. It is based in Leeds.'
    )
    assert _sentence_with(text, "builds").startswith("Brightwell (Nasdaq")
