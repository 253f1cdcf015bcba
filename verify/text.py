"""Sentence splitting with exact offsets, shared by the extractor (articles) and the matcher (pages).

News prose is full of full stops that end nothing ("U.S. Gen. Dan Caine", "Alexus G. Grynkewich",
"No. 2", "3.5 million"), so a full stop ends a sentence only when what precedes it is not a known
abbreviation or an initial and what follows starts like a sentence.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from verify import aliases, lexicons

ABBREVIATIONS = frozenset(
    lexicons.load("abbreviations")["words"]
    # month abbreviations ("Jan.", "Sept."); "May." ends a sentence
    + [m[:3] for m in aliases.MONTHS if m != "may"]
    + list(aliases.MONTH_ABBREVIATIONS)
)

# A candidate end: terminal punctuation, optional closing quotes/brackets, then whitespace.
_END = re.compile(r"""[.!?]+["'”’)\]]*(?=\s)""")
_NEXT_VISIBLE = re.compile(r"\s*(\S)")
_TOKEN_STOPS = frozenset("(\"'“‘")  # besides white space, these open the token before a full stop
_DOTTED = re.compile(r"(?:[a-z]\.)+[a-z]")


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str


def _word_before(text: str, pos: int) -> str:
    """The token that ends at `pos` (the terminal full stop excluded, at most 40 characters), lower-cased."""
    start, floor = pos, max(0, pos - 40)
    while start > floor and not text[start - 1].isspace() and text[start - 1] not in _TOKEN_STOPS:
        start -= 1
    return text[start:pos].lower()


def _is_boundary(text: str, dot: int, after: int) -> bool:
    if text[dot] != ".":
        return True
    word = _word_before(text, dot)
    if word in ABBREVIATIONS or word.rstrip(".") in ABBREVIATIONS:
        return False
    if len(word) == 1 and word.isalpha():  # an initial: "Alexus G. Grynkewich"
        return False
    if _DOTTED.fullmatch(word):  # "u.s", "e.g"
        return False
    following = _NEXT_VISIBLE.match(text, after)
    if following is None:
        return True
    first = following.group(1)
    return first.isupper() or first.isdigit() or first in "\"'“‘(["


def _split_block(text: str, start: int, end: int, out: list[Sentence]) -> None:
    cursor = start
    for m in _END.finditer(text, start, end):
        if m.end() > end:
            break
        if _is_boundary(text, m.start(), m.end()):
            _emit(text, cursor, m.end(), out)
            cursor = m.end()
    _emit(text, cursor, end, out)


def _emit(text: str, start: int, end: int, out: list[Sentence]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, text[start:end]))


def split_sentences(text: str) -> list[Sentence]:
    """Split `text` into sentences; every `Sentence.text == text[start:end]`. Line breaks always end one.
    A new list each call (the sentences themselves are frozen), split once per text: the kinds split the
    same article nine times."""
    return list(_split(text))


@functools.lru_cache(maxsize=16)
def _split(text: str) -> tuple[Sentence, ...]:
    out: list[Sentence] = []
    cursor = 0
    for start, end in _newline_runs(text):
        _split_block(text, cursor, start, out)
        cursor = end
    _split_block(text, cursor, len(text), out)
    return tuple(out)


def _newline_runs(text: str) -> Iterator[tuple[int, int]]:
    """Each run of white space that holds a line break, as (start, end): found from the line
    breaks outwards, which is faster than a regular expression tried at every space."""
    end = 0
    while (newline := text.find("\n", end)) != -1:
        start = newline
        while start > end and text[start - 1].isspace():
            start -= 1
        end = newline + 1
        while end < len(text) and text[end].isspace():
            end += 1
        yield start, end
