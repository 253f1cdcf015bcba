"""Tokens the pipeline's tokenizer cut where a word does not end, and sentence starts after abbreviations.

The tokenizer splits at every hyphen between letters, so "co-chaired" was read as "co", "-", "chaired":
the tagger took the prefix for a word of its own (a verb, a subject) and the clause fell apart. A word
that starts with a general English prefix (abbreviations.toml `prefixes`) is kept whole.

Abbreviations that spaCy's own exceptions do not know ("No.", "Lt.", "Col.", "Maj.") were cut before
their full stop, which the parser then took for a sentence's end ("No. | 6 Iowa beat ..."); they are
special cases here. Known or not, the parser could still start a sentence after one, so the word after a
title ("Gen. Ana Ruiz") or a number after "No." or a month ("on Jan. 7") is marked as no sentence start
before the parser runs, and so is a closing quote after a full stop (see verify.nlp.paragraphs, which
calls `mark_continuations`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from verify import aliases, lexicons

if TYPE_CHECKING:  # pragma: no cover - typing only
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["LEMMAS", "PREFIXES", "add_to", "mark_continuations"]

LEMMAS = "verify_prefixed_lemmas"

_LEXICON = lexicons.load("abbreviations")
PREFIXES = frozenset(_LEXICON["prefixes"])
_HYPHENS = frozenset("-‐‑")  # the hyphen and its Unicode forms; dashes (– —) join no prefix
_BEFORE_NAME = frozenset(_LEXICON["before_name"])
_BEFORE_NUMBER = frozenset(_LEXICON["before_number"]) | frozenset(m[:3] for m in aliases.MONTHS if m != "may")
_BEFORE_NUMBER |= frozenset(aliases.MONTH_ABBREVIATIONS)
_STOPS = (".", "?", "!")
_CLOSING = frozenset({'"', "”", "’", "'", ")", "]"})


def _keep_prefixes(finditer: Callable[[str], Iterator[re.Match[str]]]) -> Callable[[str], list[re.Match[str]]]:
    """The tokenizer's infix finder without the hyphens that follow a prefix and precede a lower-case
    letter: 're-elected' stays one token, 're-Election' and 'well-known' are cut as before."""

    def find(text: str) -> list[re.Match[str]]:
        kept, left = [], 0
        for m in finditer(text):
            joined = (
                m.group() in _HYPHENS
                and text[left : m.start()].lower() in PREFIXES
                and m.end() < len(text)
                and text[m.end()].islower()
            )
            if not joined:
                kept.append(m)
                left = m.end()
        return kept

    return find


def _special_cases() -> dict[str, list[dict[str, str]]]:
    """'No.', 'Lt.', 'Approx.' as one token each: the capitalised form of every abbreviation in the
    lexicon without a stop inside it, and the lower-case form of those written before a number but 'no'
    (which more often ends a sentence: 'she said no.')."""
    words = [w.capitalize() for w in _LEXICON["words"] if "." not in w]
    words += [w for w in _LEXICON["before_number"] if len(w) > 2]  # 'approx. 300', never 'no. 6'
    return {f"{w}.": [{"ORTH": f"{w}."}] for w in words}


def add_to(nlp: Language) -> None:
    """Teach the pipeline's tokenizer the prefixes and abbreviations (once per pipeline)."""
    tokenizer = nlp.tokenizer
    if getattr(tokenizer.infix_finditer, "keeps_prefixes", False):
        return
    for orth, pieces in _special_cases().items():
        if orth not in tokenizer.rules:
            tokenizer.add_special_case(orth, pieces)
    find = _keep_prefixes(tokenizer.infix_finditer)
    find.keeps_prefixes = True  # type: ignore[attr-defined]
    tokenizer.infix_finditer = find
    if "lemmatizer" in nlp.pipe_names and LEMMAS not in nlp.pipe_names:
        _register()
        nlp.add_pipe(LEMMAS, after="lemmatizer")


@functools.cache
def _register() -> None:
    from spacy.language import Language

    Language.factory(LEMMAS, func=lambda nlp, name: _PrefixedLemmas(nlp.get_pipe("lemmatizer")))


class _PrefixedLemmas:
    """A prefixed word's lemma from its stem's: the rule lemmatizer, which knows no 'co-chaired',
    gave 'co-chaire'. A verb takes the stem's lemma alone ('co-chaired', 're-elected': 'chair',
    'elect'), so the readers of predicates know it; another word keeps its prefix ('co-founders':
    'co-founder')."""

    def __init__(self, lemmatizer: Any) -> None:
        self.lemmatizer = lemmatizer
        self.stem_lemma = functools.lru_cache(maxsize=4096)(self._stem_lemma)

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            if "-" not in token.text:
                continue
            prefix, _, stem = token.text.partition("-")
            if prefix.lower() in PREFIXES and stem[:1].islower() and stem.isalpha():
                lemma = self.stem_lemma(doc.vocab, stem, token.tag_, token.pos_)
                token.lemma_ = lemma if token.pos_ in {"VERB", "AUX"} else f"{prefix.lower()}-{lemma}"
        return doc

    def _stem_lemma(self, vocab: Any, stem: str, tag: str, pos: str) -> str:
        from spacy.tokens import Doc

        alone = Doc(vocab, words=[stem])
        alone[0].tag_, alone[0].pos_ = tag, pos
        return self.lemmatizer.rule_lemmatize(alone[0])[0]


@functools.cache
def _word(text: str) -> str:
    return text.lower().rstrip(".")


def mark_continuations(doc: Doc) -> None:
    """Words that continue the sentence before them, marked so: the word after an abbreviation that
    cannot end a sentence (a capitalised word after a title, 'Sen. Ana Ruiz', 'St. Paul'; a number after
    'No.', 'approx.' or a month, 'Jan. 7'), whether the tokenizer kept the stop on the word or cut it
    off; and a closing quote or bracket glued to the stop before it ('... our future."' at a paragraph's
    end), which the parser made a sentence of its own and so cut the quotation's end off."""
    last = len(doc) - 1
    for token in doc[:-1]:
        if not token.text.endswith(_STOPS) or "\n" in token.whitespace_:
            continue
        after = doc[token.i + 1]
        if (
            after.text in _CLOSING
            and not token.whitespace_
            and (after.i == last or after.whitespace_ or doc[after.i + 1].is_space)
        ):
            after.is_sent_start = False
            continue
        word = _word(token.text)
        if not word and token.i and not doc[token.i - 1].whitespace_:  # 'approx' '.': the stop cut off
            word = _word(doc[token.i - 1].text)
        if (word in _BEFORE_NAME and after.text[:1].isupper()) or (word in _BEFORE_NUMBER and after.text[:1].isdigit()):
            after.is_sent_start = False
