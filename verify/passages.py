"""Passages of a page and their ranking for a claim: the evidence beyond the lead.

A page's text (the intro, or the whole article TextExtracts gives without `exintro`, whose section
headings come as `== Heading ==` lines) is cut into passages, one paragraph each, carrying its
section heading. Passages are ranked for a claim by Okapi BM25 over the claim's entities, numbers
and dates: a few hundred short passages per run, for which a dozen lines here do what `rank-bm25`
or `bm25s` would, without bringing numpy into the install. The best sentence of a passage is found
with rapidfuzz's alignment.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

from rapidfuzz import fuzz

from verify.aliases import fold
from verify.text import split_sentences

_HEADING = re.compile(r"^\s*(=+)\s*(.+?)\s*\1\s*$")
_STOP = frozenset(
    [
        *("a", "an", "and", "as", "at", "by", "for", "from", "in", "is", "it", "its", "of", "on", "or", "the"),
        *("to", "was", "were", "with", "has", "had", "have"),
    ]
)
K1, B = 1.5, 0.75  # the usual Okapi BM25 constants


@dataclass(frozen=True)
class Passage:
    section: str  # "" for the lead
    text: str

    def sentences(self) -> list[str]:
        return [s.text for s in split_sentences(self.text)]


def passages(text: str) -> list[Passage]:
    """Paragraphs with the heading of the section they stand in."""
    section, out = "", []
    for line in text.split("\n"):
        heading = _HEADING.match(line)
        if heading:
            section = heading.group(2)
        elif line.strip():
            out.append(Passage(section, line.strip()))
    return out


def terms(text: str) -> list[str]:
    """Words (folded, stop words dropped) and numbers, as BM25 counts them."""
    return [w for w in re.findall(r"[a-z0-9][a-z0-9.%]*", fold(text).replace(",", "")) if w not in _STOP]


def rank(query: str, candidates: list[Passage]) -> list[tuple[float, Passage]]:
    """The candidates by Okapi BM25 score for the query's terms, best first (ties keep page order)."""
    docs = [terms(f"{p.section} {p.text}") for p in candidates]
    if not docs:
        return []
    average = sum(len(d) for d in docs) / len(docs)
    frequency = Counter(t for d in docs for t in set(d))
    scored = []
    for index, (passage, words) in enumerate(zip(candidates, docs, strict=True)):
        counts, score = Counter(words), 0.0
        for term in set(terms(query)):
            if term not in counts:
                continue
            idf = math.log(1 + (len(docs) - frequency[term] + 0.5) / (frequency[term] + 0.5))
            tf = counts[term]
            score += idf * tf * (K1 + 1) / (tf + K1 * (1 - B + B * len(words) / average))
        scored.append((score, -index, passage))
    scored.sort(key=lambda s: (-s[0], -s[1]))
    return [(score, passage) for score, _, passage in scored if score > 0]


def best_sentence(claim_text: str, passage: Passage) -> tuple[float, str]:
    """The passage's sentence that best aligns with the claim's words (rapidfuzz), and its score."""
    scored = [(fuzz.partial_token_set_ratio(claim_text, s), s) for s in passage.sentences()]
    return max(scored, default=(0.0, passage.text))
