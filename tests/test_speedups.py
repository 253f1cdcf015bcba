"""Work remembered for speed gives what doing it again would: a page's units."""

from __future__ import annotations

import datetime as dt

from verify.match import units
from verify.models import Document, InfoboxField

NOW = dt.datetime(2025, 8, 20, tzinfo=dt.UTC)


def page(text: str, rows: tuple[InfoboxField, ...] = ()) -> Document:
    return Document(
        url="https://en.wikipedia.org/wiki/NATO",
        title="NATO",
        source="wikipedia",
        retrieved_at=NOW,
        text=text,
        infobox=rows,
    )


def test_a_pages_units_are_its_rows_then_its_sentences_each_time_they_are_asked_for() -> None:
    doc = page("NATO has 32 members. Its headquarters are in Brussels.", (InfoboxField(label="members", value="32"),))
    first = units(doc)
    first.clear()  # a caller's list is its own
    again = units(doc)
    assert [u.text for u in again] == ["Members: 32", "NATO has 32 members.", "Its headquarters are in Brussels."]
    assert all(u.doc is doc for u in again)


def test_another_page_with_the_same_fields_but_other_text_has_its_own_units() -> None:
    units(page("NATO has 32 members."))
    assert [u.text for u in units(page("NATO has 31 members."))] == ["NATO has 31 members."]


def test_a_lazy_pattern_compiles_on_its_first_use_and_matches_as_the_compiled_one() -> None:
    from verify.extract import lazy_re

    pattern = lazy_re.compile(r"(?P<n>\d+) ships", lazy_re.IGNORECASE)
    assert "_compiled" not in vars(pattern)  # nothing compiled until asked
    assert pattern.search("It sent 12 SHIPS north.")["n"] == "12"
    assert "_compiled" in vars(pattern)
    assert pattern.pattern == r"(?P<n>\d+) ships" and pattern.groupindex == {"n": 1}


def test_starting_the_tool_compiles_none_of_the_extraction_patterns() -> None:
    import subprocess
    import sys

    script = (
        "import verify.cli\n"
        "from verify.extract import patterns as p\n"
        "from verify.extract.lazy_re import LazyPattern\n"
        "lazy = [v for v in vars(p).values() if isinstance(v, LazyPattern)]\n"
        "print(len(lazy), sum('_compiled' in vars(v) for v in lazy))\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout.split()
    assert int(out[0]) > 30 and out[1] == "0"  # a replay of reviewed claims needs none of them


def test_a_rule_may_be_woken_by_a_lazy_pattern() -> None:
    from verify.extract import lazy_re
    from verify.extract.rules import Rule

    pattern = lazy_re.compile(r"admiral \w+")
    assert Rule(pattern=pattern, trigger=lazy_re.compile("admiral")).trigger is not None


def test_a_docs_text_is_joined_once_and_is_the_docs_text() -> None:
    import spacy

    from verify.nlp import doc_text

    doc = spacy.blank("en")("The fleet left port.\n\nIt returned in May.")
    first = doc_text(doc)
    assert first == doc.text
    assert doc_text(doc) is first  # kept with the doc, not joined again


def test_a_cassette_is_read_with_the_values_of_a_safe_yaml_load() -> None:
    from pathlib import Path

    import yaml

    from verify.provenance import load_yaml

    text = (Path(__file__).resolve().parents[1] / "fixtures/cassettes/nato-defense-chiefs.yaml").read_text()
    assert load_yaml(text) == yaml.safe_load(text)


def test_a_cassette_cannot_build_python_objects() -> None:
    import pytest
    import yaml

    from verify.provenance import load_yaml

    with pytest.raises(yaml.YAMLError):
        load_yaml("provenance: !!python/object/apply:os.getcwd []\n")


def test_a_parsed_sentence_gives_the_same_tokens_on_every_walk_and_is_the_sentence() -> None:
    from verify import nlp

    parsed = nlp.parse("The ferry left the harbour at dawn. Its crew of nine returned by noon.")
    first, second = parsed.sentences
    assert [t.text for t in second] == ["Its", "crew", "of", "nine", "returned", "by", "noon", "."]
    assert next(iter(second)) is next(iter(second))  # made once, not anew on each walk
    assert list(parsed.doc.sents) == [first, second]  # equal to spaCy's own sentence spans
    assert second.root.lemma_ == "return" and second.start == len(first)


def test_a_tokens_and_a_spans_sentence_is_spacys_own_and_the_parsed_sentence() -> None:
    from verify import nlp

    text = "The ferry left at dawn.\n\nIts crew of nine, all from Bergen, returned by noon. Nobody was hurt."
    parsed = nlp.parse(text)
    plain = nlp.load_model()(text)  # spaCy's own Doc, no hooks: its `sent` walks to the sentence's ends
    assert "sent" not in plain.user_token_hooks and len(plain) == len(parsed.doc)
    sentences = list(parsed.sentences)
    for token in parsed.doc:
        theirs = plain[token.i].sent
        assert (token.sent.start, token.sent.end) == (theirs.start, theirs.end), token.text
        assert any(token.sent is s for s in sentences)  # the sentence made once, its tokens held
    for start in range(len(plain)):  # a span's sentence is its first token's, also across a sentence's end
        for end in (start + 1, min(start + 6, len(plain))):
            theirs = plain[start:end].sent
            assert (parsed.doc[start:end].sent.start, parsed.doc[start:end].sent.end) == (theirs.start, theirs.end)


def test_a_parsed_texts_tokens_are_made_once_and_are_the_docs_tokens() -> None:
    from verify import nlp

    parsed = nlp.parse("A small boat sank off the coast. Two fishermen swam ashore.")
    assert [(t.i, t.text, t.dep_) for t in parsed.tokens()] == [(t.i, t.text, t.dep_) for t in parsed.doc]
    assert next(parsed.tokens()) is next(parsed.tokens())


ENTITIES_TEXT = (
    "Mira Holt of the Harbour Trust met officials in Oslo on Monday.\n\n"
    "The Harbour Trust later paid 3 million kroner to the city of Bergen."
)  # invented


def test_a_parsed_texts_entities_are_spacys_and_keep_their_text_label_and_tokens() -> None:
    from verify import nlp

    parsed = nlp.parse(ENTITIES_TEXT)
    spacy_ents = parsed.doc.ents
    assert len(spacy_ents) >= 4
    assert list(parsed.entities) == list(spacy_ents)  # equal spans, hashed alike
    assert [(e.text, e.label_) for e in parsed.entities] == [(e.text, e.label_) for e in spacy_ents]
    first = parsed.entities[0]
    assert next(iter(first)) is next(iter(first))  # its tokens made once
    assert first.text is first.text and first.label_ is first.label_  # joined and looked up once


def test_the_entity_a_token_is_in_and_the_entities_within_a_span_are_spacys() -> None:
    from verify import nlp

    parsed = nlp.parse(ENTITIES_TEXT)
    doc = parsed.doc
    for token in doc:
        spacy_said = next((e for e in doc.ents if e.start <= token.i < e.end), None)
        assert nlp.entity_at(token) == spacy_said, token.text
    for start in range(len(doc)):  # every span: one that cuts an entity ("3 million") leaves it out
        for end in range(start + 1, len(doc) + 1):
            assert list(nlp.entities_in(doc[start:end])) == list(doc[start:end].ents), (start, end)
