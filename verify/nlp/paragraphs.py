"""Paragraph and dateline boundaries, set before the parser runs.

spaCy's parser decides sentence starts itself, and a headline (no full stop, then a blank line) ran
into the lede: "X wins Y" and "LONDON — X, 27, won ..." became one sentence whose subject was lost.
A blank line is a sentence boundary in any article, and a dateline ("LONDON, 12 November 2024 —")
is no part of the lede's grammar: it is kept whole as a fragment of its own, so the place is never
read as the subject of the first verb.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from verify.nlp.components import add_component
from verify.nlp.tokens import mark_continuations

if TYPE_CHECKING:  # pragma: no cover - typing only
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["COMPONENT", "DATELINE", "LINE_DATELINE", "add_to", "body_start", "dateline", "mark_starts"]

COMPONENT = "verify_paragraph_starts"
# a place and a date at the start of any line: "BENGALURU, Aug 23 (wire) — "
LINE_DATELINE = re.compile(r"(?m)^[A-Z][A-Z .'’-]+,[^\n]{1,40}?\s[—–-]\s")
# the body's first words: "LONDON, 12 November 2024 —", "OSLO, Jan 5 (wire) -", "REDMOND, Wash. — Oct. 13, 2023 —",
# "NEW YORK, March 4, 2024 --" (a press release's double hyphen)
_DASH = r"(?:[—–]|\s--?(?=\s))"  # a dash, or one or two hyphens standing between spaces
_CAPITALS = r"(?:Ma?c)?[A-Z][A-Z .'-]+"  # a place in capitals: "OSLO", "McLEAN"
# a place in capitals ("OSLO", "McLEAN, Va., and CHICAGO"), or in mixed case when only capitalised words and
# numbers follow it to the dash, the first after a comma a word ("Oslo, Norway --", "Oslo, Norway, March 4,
# 2024 —"; never "Lena Vos, the mayor --" nor "Lena Vos, 61 --")
_MIXED_PLACE = (
    r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}"  # the town
    r"(?:,\s+[A-Z][\w.]*(?:\s+[A-Z0-9][\w.]*){0,2})"  # its country or state, or a month
    r"(?:,\s+[A-Z0-9][\w.]*(?:\s+[A-Z0-9][\w.]*){0,2}){0,2}"  # a date's pieces
    r"(?=\s*(?:\([A-Za-z]+\)\s*)?[—–-])"
)
DATELINE = re.compile(
    rf"(?:{_CAPITALS}(?:,\s*[A-Z][\w.]*\.?)?|{_MIXED_PLACE})[^\n—–]{{0,40}}?{_DASH}(?:[^\n—–]{{0,20}}?{_DASH})?"
)

# a timeline's line: a date or time, then a dash ("Oct. 5 - Gavin withdraws", "8:11 p.m. - ..."): a sentence of its
# own even where a colon announced the list ("The key dates:")
TIMELINE_LINE = re.compile(r"(?m)^[^\n]{2,40}?\s[-–—]\s")



def dated_head_at(text: str, at: int) -> tuple[int, int] | None:
    """The span of the timeline line's dated head ("March 26 — ") that character `at` stands in: a fragment of its
    own, whose line's sentence a claim starting on it runs on to; None anywhere else."""
    head = TIMELINE_LINE.match(text, text.rfind("\n", 0, at) + 1)
    return head.span() if head and head.start() <= at < head.end() and _dated_head(head[0]) else None


def _dated_head(head: str) -> bool:
    """A timeline line's head that is a date ("29 September 2024 - ", "Oct. 5 - "): a fragment of its own, so its
    month is never read as the subject of the line's verb ("September ... wins")."""
    from verify import aliases  # the parse's components load before the lexicons' readers

    words = head.split()
    return any(aliases.month_word(w) for w in words) and any(w.strip(".,").isdigit() for w in words)


# Texts whose headline and dateline are kept: the readers ask them of one article a few hundred times
# (once per entity, per claim, per date), and each answer split the whole article into lines again.
_KEPT_TEXTS = 16


@functools.lru_cache(maxsize=_KEPT_TEXTS)
def body_start(text: str) -> int:
    """Where the first line (the headline) ends; 0 when nothing follows it: a paragraph pasted alone, with no title
    line, is body, and its sentences are read as such (a headline's title case makes names unreliable there)."""
    stripped = text.lstrip()
    first = stripped.splitlines()[0] if stripped else ""
    return len(text) - len(stripped) + len(first) if stripped[len(first) :].strip() else 0


MAX_DECK = 240  # characters of a press release's standfirst line between its headline and dateline


@functools.lru_cache(maxsize=_KEPT_TEXTS)
def dateline(text: str) -> tuple[int, int] | None:
    """Where the body's dateline stands ('LONDON, 12 November 2024 —'), if it has one: at the body's first
    words, or after a press release's standfirst, a deck of one line with no full stop between headline and
    dateline ("Deal creates the largest lender\n\nOSLO, March 3, 2025 — ...")."""
    body = body_start(text)
    start = body + len(text[body:]) - len(text[body:].lstrip())
    m = DATELINE.match(text, start)
    if m:
        return m.start(), m.end()
    deck_end = text.find("\n\n", start)
    deck = text[start:deck_end] if deck_end > 0 else ""
    if not deck or "\n" in deck or deck.rstrip().endswith((".", "!", "?")) or len(deck) > MAX_DECK:
        return None
    after = deck_end + len(text[deck_end:]) - len(text[deck_end:].lstrip())
    m = DATELINE.match(text, after)
    return (m.start(), m.end()) if m else None


def mark_starts(doc: Doc) -> Doc:
    """The word after a blank line starts a sentence (unless a colon announced it), and the word
    after it does not (told where a paragraph starts, the parser otherwise cut its first word off:
    "Microsoft | (Nasdaq ...) enables"); a dateline is one fragment, and the lede starts after it. No
    sentence starts after an abbreviation that cannot end one, nor at a closing quote (verify.nlp.tokens). A colon's
    list keeps its first line in the colon's sentence unless the line is a timeline's ("The key dates:\n\nOct. 5 -
    Gavin withdraws": 'Oct.' would be the subject of 'withdraws')."""
    mark_continuations(doc)
    listed = {m.start() for m in TIMELINE_LINE.finditer(doc.text)}
    for token in doc[:-2]:
        announced = token.i and doc[token.i - 1].text == ":" and doc[token.i + 1].idx not in listed
        if token.is_space and token.text.count("\n") >= 2 and not announced:
            doc[token.i + 1].is_sent_start = True
            doc[token.i + 2].is_sent_start = False
    first = dateline(doc.text)
    found = [m.span() for m in LINE_DATELINE.finditer(doc.text)] + ([first] if first else [])
    found += [m.span() for m in TIMELINE_LINE.finditer(doc.text) if _dated_head(m[0])]
    for where in found:
        line = doc.char_span(*where, alignment_mode="expand")
        if line is None or line.end >= len(doc):
            continue
        for token in line[1:]:
            token.is_sent_start = False
        after = line.end + (1 if doc[line.end].is_space and line.end + 1 < len(doc) else 0)
        doc[after].is_sent_start = True
        if after + 1 < len(doc):  # nor its second word: 'OTTAWA, Oct 5 - Greg | Fergus is now Speaker' was cut so
            doc[after + 1].is_sent_start = False
    return doc


def add_to(nlp: Language) -> None:
    """Put the component before the parser (once), which then keeps the starts it finds set."""
    add_component(nlp, COMPONENT, mark_starts, "parser", before="parser")
