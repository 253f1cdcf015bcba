"""Readings of an article worked out once and handed out again (issue 14's speed work): the sentences of a
text, its headline's end and dateline, a parsed sentence's text. Each must give what working it out afresh
gives, and a caller that changes what it was handed must not change what the next caller gets.
Invented text."""

from __future__ import annotations

from spacy.tokens import Span

from verify.nlp import parse
from verify.nlp.paragraphs import body_start, dateline
from verify.text import split_sentences

ARTICLE = (
    "Harbour reopens after storm\n\n"
    "KORVIK, 3 May 2024 — The harbour of Korvik reopened on Friday. Gen. Ana Ruiz said the piers held.\n\n"
    "Repairs will take two weeks."
)
OTHER = "Council meets\n\nDALBY — The council met on Monday."


def test_a_caller_that_empties_its_sentences_leaves_the_next_callers_whole():
    first = split_sentences(ARTICLE)
    whole = list(first)
    first.clear()
    assert split_sentences(ARTICLE) == whole
    assert [s.text for s in whole] == [
        "Harbour reopens after storm",
        "KORVIK, 3 May 2024 — The harbour of Korvik reopened on Friday.",
        "Gen. Ana Ruiz said the piers held.",
        "Repairs will take two weeks.",
    ]


def test_each_text_has_its_own_headline_end_and_dateline():
    assert (body_start(ARTICLE), dateline(ARTICLE)) == (27, (29, 49))
    assert (body_start(OTHER), dateline(OTHER)) == (13, (15, 22))
    assert ARTICLE[29:49] == "KORVIK, 3 May 2024 —" and OTHER[15:22] == "DALBY —"
    assert body_start(ARTICLE) == 27  # asked again after another text


def test_a_parsed_sentence_gives_the_text_spacy_gives_it():
    parsed = parse(ARTICLE)
    sentences = list(parsed.sentences)
    assert len(sentences) >= 3
    for sentence in sentences:
        spacy_text = Span(parsed.doc, sentence.start, sentence.end).text
        assert sentence.text == spacy_text == ARTICLE[sentence.start_char : sentence.end_char]
        assert sentence.text == spacy_text  # asked again: the kept text
