"""Ordinal words and numbers ('ninth', '24th'), read by the role and the clause judges alike. They live apart from
both so that neither judge has to import the other for them: the clause judge imports the role judge (for offices),
and the role judge read these from the clause judge inside its functions to break that cycle."""

from __future__ import annotations

import re

from verify import lexicons

ORDINAL_WORDS: list[str] = list(lexicons.load("judging")["clause"]["ordinals"])  # in order from 'first'
ORDINALS = {word: n for n, word in enumerate(ORDINAL_WORDS, start=1)}
_ANY_ORDINAL = re.compile(rf"\b(\d{{1,3}}(?:st|nd|rd|th)|{'|'.join(map(re.escape, ORDINALS))})\b", re.I)


def ordinal_value(word: str) -> int | None:
    """'ninth' -> 9, '24th' -> 24."""
    word = word.lower()
    if word in ORDINALS:
        return ORDINALS[word]
    m = re.fullmatch(r"(\d{1,3})(?:st|nd|rd|th)", word)
    return int(m.group(1)) if m else None


def ordinals_in(text: str) -> list[int]:
    """Every ordinal the words give, as numbers, in their order ('the first woman and the sixth president': 1, 6)."""
    found = (ordinal_value(m.group(1)) for m in _ANY_ORDINAL.finditer(text))
    return [n for n in found if n is not None]


def nth(n: int) -> str:
    """21 -> '21st', 32 -> '32nd', 13 -> '13th'."""
    last = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{last}"
