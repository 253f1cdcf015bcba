"""Which of a sentence's dates belong to which of its phrases: a sentence that lists several facts
('Assistant Governor (Economic) in 2009, eventually becoming Deputy Governor in 2012') gives each its own
date, and a claim about one of them is settled only by the date given to it, not by any date the
sentence holds. The judges of clauses and dates share it."""

from __future__ import annotations

import re

from verify import aliases, lexicons

# where a sentence's clauses part: a comma (not the one inside a date written month first, 'born May 31, 1969'), a
# semicolon, a dash (not the en dash of a score or a span between two figures, 'beat Halden FC 3–1 in the 2019
# final'), a word opening another clause
_BREAK = re.compile(
    rf"(?<![0-9]),|,(?!\s*[0-9]{{4}}\b)|[;—]|–(?![0-9])|(?<![0-9])–"
    rf"|\b(?:{'|'.join(map(re.escape, lexicons.load('judging')['clause']['clause_breaks']))})\b"
)
_SMALL = frozenset(lexicons.load("judging")["clause"]["stop_words"])
# what a borrowed date may not stand past: another clause's opening word, a relative's, a semicolon
_CLAUSE = lexicons.load("judging")["clause"]
_RELATIVE = re.compile(rf";|\b(?:{'|'.join(map(re.escape, _CLAUSE['relative_words']))})\b", re.I)
_OPENERS = [*_CLAUSE["clause_breaks"], *_CLAUSE["relative_words"]]
_APART = re.compile(rf";|\b(?:{'|'.join(map(re.escape, _OPENERS))})\b", re.I)
_EVENT_OPENER = re.compile(rf"\b(?:{'|'.join(map(re.escape, _CLAUSE['event_openers']))})\b", re.I)
# a clause hung on the time written right before it ('until 1990, when he joined the party'): the words between that
# time and a phrase of the clause
_HUNG_ON_THE_TIME = re.compile(rf"\s*,\s*(?:{'|'.join(map(re.escape, _CLAUSE['time_relatives']))})\s+[^,;:()]*", re.I)
_EVENT_ASIDE = re.compile(rf",\s*{_EVENT_OPENER.pattern}[^,;]*,", re.I)  # ', after her election on 2 April 2019,'
# an 'and' right before the phrase: a second verb of the same subject ('In 2021 he was arrested and charged'), whose
# clause is the first verb's, fronted time and all; 'and Jon Dahl was charged' has a subject of its own
_JOINED_VERB = re.compile(r"\s+and\s*$", re.I)

Span = tuple[int, int]


def anchors(phrase: str, text: str) -> list[Span]:
    """Where the phrase's words stand in the lower-cased text, in order, with at most a bracket and small words
    between them ('Assistant Governor (Economic)' for 'assistant governor', 'leader of the Green League' as
    written); none for a phrase of small words."""
    words = [w for w in re.findall(r"[a-z]{3,}", aliases.fold(phrase)) if w not in _SMALL]
    if not words:
        return []
    small = "|".join(sorted(map(re.escape, _SMALL)))
    between = rf"[^a-z0-9]+(?:\([^)]*\)\s*)?(?:(?:{small})[^a-z0-9]+)*" if small else r"[^a-z0-9]+(?:\([^)]*\)\s*)?"
    pattern = between.join(rf"{re.escape(w[:5])}[a-z]*" for w in words)
    return [(m.start(), m.end()) for m in re.finditer(rf"\b{pattern}\b", text)]


def one_clause(between: str) -> bool:
    """Whether words standing between a phrase and a value keep them in one clause: no comma, semicolon, dash,
    clause's or relative's opening word ('deputy governor under Tom Berg from 2019', not 'deputy governor under
    Tom Berg, who was governor from 2019')."""
    return not _BREAK.search(between) and not _APART.search(between)


def last_clause(text: str) -> str:
    """The words after the last relative's opening word or semicolon of the text ('... succeeding Tom Berg, who had
    been leader since' -> ' had been leader since'): what a value right after it is said of. An 'and' may stand
    inside an office's name ('Minister for Further and Higher Education'), so it parts nothing here."""
    breaks = list(_RELATIVE.finditer(text))
    return text[breaks[-1].end() :] if breaks else text


def after_the_last_break(text: str) -> str:
    """The words after the text's last comma, semicolon, dash, or clause's or relative's opening word ('became
    prime minister on 24 March after serving as finance minister since' -> ' serving as finance minister since')."""
    breaks = [m.end() for m in _BREAK.finditer(text)] + [m.end() for m in _APART.finditer(text)]
    return text[max(breaks) :] if breaks else text


def clause_of(anchor: Span, text: str) -> Span:
    """Where the clause the phrase at `anchor` stands in begins and ends (`bound` reads its values there)."""
    cuts = [0, *(m.start() for m in _BREAK.finditer(text)), len(text)]
    return max(c for c in cuts if c <= anchor[0]), min(c for c in cuts if c >= anchor[1])


def bound(anchor: Span, text: str, values: re.Pattern[str]) -> list[re.Match[str]]:
    """The values (years, dates) the text, as written, gives the phrase at `anchor` (found in the text
    lower-cased, of the same length): those of the clause it stands in; when that clause has none, the
    nearest one of the sentence ('In 2012, he became deputy governor'; a later one only when it is the sentence's
    only one), unless a clause's or a relative's opening word or a semicolon stands between ('deputy governor after
    Tom Berg retired in 2019', 'succeeding Tom Berg, who had served since 2019': those dates are another event's)."""
    start, end = clause_of(anchor, text)
    found = list(values.finditer(text))
    # a date begun in the clause is its own, its year past a comma too ('confirmed on June 9, 2016, and ...')
    own = [m for m in found if start <= m.start() < end]
    if own or not found:
        return own
    hung = [m for m in found if m.end() <= anchor[0] and _HUNG_ON_THE_TIME.fullmatch(text, m.end(), anchor[0])]
    if hung:
        return hung  # 'until 1990, when he joined the party': the time the relative 'when' hangs on is the deed's
    borrowable = [m for m in found if not _of_another_event(m, text)]
    if not borrowable:
        return []
    near = min(borrowable, key=lambda m: m.start() - anchor[1] if m.start() >= anchor[1] else anchor[0] - m.end())
    if len(found) > 1 and near.start() >= anchor[1]:
        return []  # 'leader of the League, founded in 2019, in 2021': of two later dates, which is its own is not said
    between = (
        text[anchor[1] : near.start()]
        if near.start() >= anchor[1]
        else _JOINED_VERB.sub("", text[near.end() : anchor[0]])
    )
    return [] if _APART.search(_EVENT_ASIDE.sub(",", between)) else [near]


def _of_another_event(value: re.Match[str], text: str) -> bool:
    """Whether a value stands in a clause opened by a word telling another event ('after her election as president
    of the bar on 2 April 2019'): that event's, not one to lend a phrase outside the clause (review25 R5)."""
    start, _ = clause_of(value.span(), text)
    return _EVENT_OPENER.match(text, start) is not None
