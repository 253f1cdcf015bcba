"""A figure told with the one it moved from or is set beside, in one sentence: 'won 61 seats in 2023, up from 52',
'produced 2.1 million tonnes in 2023, compared with 1.8 million tonnes in 2022', 'rose to 5.2%, from 4.1% in 2022',
'2.1 million tonnes in 2023 and 1.8 million tonnes in 2022'. Each figure is of its own time: the earlier one is not
the count now, and neither lends its year to the other. One reading of the pair, for the article's sentence (the
quantity judge) and for the page's (the clause judge)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from verify import aliases, lexicons

_Q = lexicons.load("judging")["quantity"]  # verify/lexicons/judging.toml


def _phrases(words: list[str]) -> str:
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))


_A_FIGURE = rf"(?:[$€£]\s*)?(?:\d|\b{aliases.NUMBER_WORD_PATTERN}\b)"
_HEDGE = rf"(?:(?:{_phrases([*_Q['approximate'], *_Q['lower_bounds'], *_Q['upper_bounds']])})\s+)?"
_TO_THE_END = r"[^,;]*?(?=[,;]|\.?\s*$)"
# the words that open the other figure's part, up to the next comma, semicolon or the sentence's end
_EARLIER = re.compile(
    rf"(?:,\s*|\s+)(?:{_phrases(_Q['earlier_figure'])})\s+(?={_HEDGE}{_A_FIGURE}){_TO_THE_END}"
    rf"|,\s*(?:{_phrases(_Q['earlier_figure_after_comma'])})\s+(?={_HEDGE}{_A_FIGURE}){_TO_THE_END}"
    # no comma: 'rose to €4.2 billion in 2023 from €2.0 billion' (only after the figure reached: `_a_change_told`)
    rf"|\s+from\s+(?={_HEDGE}{_A_FIGURE}){_TO_THE_END}"
    # a difference, its figure first: ', nine more than in 2019' (the year after 'than' is the other count's)
    rf"|,\s*(?={_HEDGE}{_A_FIGURE}[^,;]*?\b(?:{_phrases(_Q['difference_comparatives'])})\s+(?:\w+\s+)?than\b)"
    rf"{_TO_THE_END}",
    re.I,
)
# a difference's year after 'than' ('nine more than in 2019'): the time of the count compared with
_COMPARED_YEAR = re.compile(
    rf"\b(?:{_phrases(_Q['difference_comparatives'])})\s+(?:\w+\s+)?than\s+(?:in\s+)?(?:the\s+)?((?:19|20)\d\d)\b",
    re.I,
)
_COMMA_LEAD = re.compile(rf",\s*(?:{_phrases(_Q['earlier_figure_after_comma'])})\s", re.I)
_BARE_FROM = re.compile(r"\s+from\s", re.I)  # 'rose to €4.2 billion from €2.0 billion': the start, no comma before it
# the figure a change reached, before the one it started from: 'rose to 5.2%, from 4.1%'
_REACHED = re.compile(rf"\bto\s+{_HEDGE}{_A_FIGURE}[^,;]*$", re.I)
# a change told from its first figure to its last: 'fell from 5.2% in 2022 to 4.1% in 2023'
_FROM_TO = re.compile(rf"\bfrom\s+{_HEDGE}{_A_FIGURE}[^,;]*?\bto\s+{_HEDGE}{_A_FIGURE}", re.I)
# a figure set beside the first, right after 'and' or later in its words: 'and 1.8 million tonnes in 2022', 'and in
# 2022 a net profit of 150 million euros', 'and a net profit of 150 million euros in 2022' (a year is no figure here)
_BESIDE = re.compile(rf"\s+and\s+(?=(?:[^,;]*?\s)?{_HEDGE}(?!(?:19|20)\d\d\b){_A_FIGURE}){_TO_THE_END}", re.I)
# a clause of its own past a semicolon that gives a figure: 'In 2019 it won 44 seats; in 2023 it won 61 seats'
_OWN_CLAUSE = re.compile(rf";\s*(?=[^;]*?\b{_HEDGE}(?!(?:19|20)\d\d\b){_A_FIGURE})[^;]*?(?=;|\.?\s*$)", re.I)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# a year with the word that ties it to its figure ('in 2023', 'of 2022'), cut with it
_DATED = re.compile(r"(?:\s*,)?(?:\s+(?:in|of|during|for)\s+(?:the\s+)?)?\s*\b(?:19|20)\d\d\b", re.I)


@dataclass(frozen=True)
class Part:
    """The words of the other figure of a pair in a sentence: `earlier` when a change started from it."""

    start: int
    end: int
    earlier: bool


def other_parts(sentence: str) -> list[Part]:
    """The parts of `sentence` that tell a figure of another time than its first: after 'up from', 'compared with'
    or ', from' (the earlier figure), or after 'and' or a semicolon when that part and the rest each give a year of
    their own ('In 2019 it won 44 seats; in 2023 it won 61 seats': each clause's figure is of its clause's year)."""
    parts = [Part(m.start(), m.end(), True) for m in _EARLIER.finditer(sentence) if _a_change_told(sentence, m)]
    for m in [*_BESIDE.finditer(sentence), *_OWN_CLAUSE.finditer(sentence)]:
        rest = sentence[: m.start()] + sentence[m.end() :]
        if _YEAR.search(m.group(0)) and _YEAR.search(rest) and not any(p.start <= m.start() < p.end for p in parts):
            parts.append(Part(m.start(), m.end(), False))
    return sorted(parts, key=lambda p: p.start)


def of_its_own_time(sentence: str, at: int) -> str | None:
    """`sentence` as the figure whose words start at `at` reads it for its time: without the other figure's part
    (its year is not this one's); for the figure inside such a part, without the years outside it. None for an
    earlier figure whose time the sentence does not give ('up from 52'): not the count now, nor of a known year."""
    parts = other_parts(sentence)
    inside = next((p for p in parts if p.start <= at < p.end), None)
    if inside is None:
        for p in reversed(parts):
            sentence = sentence[: p.start] + sentence[p.end :]
        return sentence
    if inside.earlier and not _YEAR.search(sentence[inside.start : inside.end]):
        return None
    before, after = sentence[: inside.start], sentence[inside.end :]
    return _DATED.sub("", before) + sentence[inside.start : inside.end] + _DATED.sub("", after)


def year_compared_with(sentence: str, at: int) -> int | None:
    """The year of the count a difference compares the figure at `at` with ('won 70 seats, nine more than in 2019':
    2019) when the rest of `sentence` gives the figure no year of its own: that figure is of a later time than it (the
    page's next contest after it, read by the quantity judge); None otherwise."""
    parts = other_parts(sentence)
    if any(p.start <= at < p.end for p in parts):
        return None
    rest = sentence
    for p in reversed(parts):
        rest = rest[: p.start] + rest[p.end :]
    if _YEAR.search(rest):
        return None
    years = [int(m[1]) for p in parts if (m := _COMPARED_YEAR.search(sentence, p.start, p.end))]
    return years[0] if len(years) == 1 else None


def without_earlier(sentence: str) -> str:
    """`sentence` without the figures a change started from ('rose to 5.2%, from 4.1% in 2022' -> 'rose to 5.2%'):
    what a page sentence says of the figure now, which a claim telling one figure is matched against."""
    for p in reversed([p for p in other_parts(sentence) if p.earlier]):
        sentence = sentence[: p.start] + sentence[p.end :]
    return sentence


def readings(sentence: str) -> list[str]:
    """`sentence` read at each time its figures are of, for a claim telling one figure: its first figure's, without
    every other figure's part; and each figure set beside it ('..., and in 2022 a net profit of 150 million euros')
    with the rest of the sentence giving it its words but not its years. A figure a change started
    from gives no reading: it is not the count now ('rose to 5.2%, from 4.1% in 2022')."""
    parts = other_parts(sentence)
    first = sentence
    for p in reversed(parts):
        first = first[: p.start] + first[p.end :]
    rest = _DATED.sub("", first)
    return [first, *(rest + sentence[p.start : p.end] for p in parts if not p.earlier)]


def _a_change_told(sentence: str, m: re.Match[str]) -> bool:
    """Whether the part `m` found is a figure a change started from: after 'up from' or 'compared with' always; after
    a bare ', from' or ', against' only when the figure the change reached stands before it ('rose to 5.2%, from
    4.1%'), not in 'arrived after the earthquake, from 20 countries'."""
    if _BARE_FROM.match(m.group(0)):
        return _REACHED.search(sentence[: m.start()]) is not None  # not 'flew from 20 airports'
    if not _COMMA_LEAD.match(m.group(0)) or _REACHED.search(sentence[: m.start()]) is not None:
        return True
    # a figure set against the first with a year of its own, the rest giving another ('made a net profit of 200
    # million euros in 2023, against 150 million euros in 2022')
    rest = sentence[: m.start()] + sentence[m.end() :]
    return bool(_YEAR.search(m.group(0))) and bool(set(_YEAR.findall(rest)) - set(_YEAR.findall(m.group(0))))


def tells_a_change(text: str) -> bool:
    """Whether a claim's words tell a figure a change started from as well as the one it reached ('rose to 5.2%,
    from 4.1%', 'fell from 5.2% in 2022 to 4.1% in 2023'): such a claim is matched against the page's whole change."""
    return any(p.earlier for p in other_parts(text)) or _FROM_TO.search(text) is not None
