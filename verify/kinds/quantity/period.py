"""The time a figure is of, narrower than a year: a page's figure of a whole year supports no figure the claim gives
to part of it.

'Korvik Bank made a net profit of 200 million euros in the first half of 2023' is not what 'In 2023 it had a net
profit of 200 million euros' says: a half-year result equal to the full year's is business copy's commonest slip. A
claim's sentence naming a part of a year (`judging.toml` [quantity] `year_parts`) or, for a flow (`flows`: output,
profit, sales), a month of a year ('produced 1.8 million tonnes of steel in March 2022') is supported only by a page
text naming the same part or month. A month dates a one-off event ('killed 312 people in March 2023', 'won 61 seats
in March 2023'): such a count is not OF the month. Support is withheld, never turned: the page may give the part
elsewhere.

Nor does a page's figure of today ('It employs about 4,200 people', told in the present, with no year) support the
same figure told in the past of a time long gone ('employed about 4,200 people in 1990', 'once employed', 'at its
peak'): a shrunken employer's old workforce is not its workforce now.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from verify import aliases, lexicons

if TYPE_CHECKING:  # pragma: no cover - typing only
    from spacy.tokens import Token

    from verify.kinds.quantity.measured import Measure

_Q = lexicons.load("judging")["quantity"]
_PARTS = tuple(_Q["year_parts"])
_FLOWS = frozenset(_Q["flows"])
_LONG_PAST = tuple(_Q["long_past"])
_LONG_PAST_YEARS = int(_Q["long_past_years"])
_A_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_MONTHS = tuple(lexicons.load("dates")["months"])
# a month dating a figure to itself: 'in March 2022', 'during March 2022' (not 'on 5 March 2022', a day's event, nor
# 'the March 2022 election', which names the event)
_IN_A_MONTH = re.compile(rf"\b(?:in|during)\s+({'|'.join(_MONTHS)})\s+(?:19|20)\d\d\b", re.IGNORECASE)


def _plain(text: str) -> str:
    """`text` lowercased with its hyphens read as spaces ('first-half' is 'first half')."""
    return re.sub(r"[-\u2010-\u2013]", " ", text.lower())


def a_flow(claimed: Measure) -> bool:
    """Whether a figure that measures `claimed` is a flow, a sum over a time (`judging.toml` [quantity] `flows`: 'a net
    profit of', 'produced', 'steel output of'), not a one-off deed's count ('killed', 'won')."""
    verb = claimed.verb.split()[0] if claimed.verb else None
    return bool(claimed.noun & _FLOWS) or verb in _FLOWS


def part_of_year(sentence: str, flow: Callable[[], bool]) -> str | None:
    """The part of a year the claim's `sentence` gives its figure to: a `year_parts` phrase, or the month of 'in
    March 2022' when the figure is a flow (`flow()`, asked only then); None when it names none."""
    plain = _plain(sentence)
    part = next((p for p in _PARTS if re.search(rf"\b{re.escape(p)}\b", plain)), None)
    if part is not None:
        return part
    month = _IN_A_MONTH.search(sentence)
    return month.group(1).lower() if month and flow() else None


def of_another_part(sentence: str, text: str, flow: Callable[[], bool], value: float | None = None) -> bool:
    """Whether the claim's `sentence` gives its figure to a part of a year that the page's `text` (the sentence or
    row holding the same figure) does not name, or names only for another figure than the claim's `value` ('In 2023
    it made a net profit of 200 million euros, after a first-half loss of 50 million euros': the half is the loss's,
    review36 R4): no support. `flow()` tells whether the figure is a flow, which alone a month is the part of."""
    part = part_of_year(sentence, flow)
    if part is None:
        return False
    found = list(re.finditer(rf"\b{re.escape(part)}\b", _plain(text)))
    return not found or (value is not None and all(_another_figures(text, m.end(), value) for m in found))


def _another_figures(text: str, end: int, value: float) -> bool:
    """Whether the part of a year whose words end at `end` in a page's `text` dates the noun of another figure than
    `value`: the noun phrase it modifies ('first-half loss of 50 million euros') holds a figure, none of it `value`."""
    from verify.kinds.quantity.measured import numbers_of
    from verify.nlp import parse

    doc = parse(text).doc
    word = next((t for t in doc if t.idx < end <= t.idx + len(t)), None)
    if word is None:
        return False
    while word.dep_ in {"amod", "compound", "nmod"} and word.head.pos_ in {"NOUN", "PROPN"}:
        word = word.head  # 'half' of 'first-half loss' -> 'loss'
    held = {t.i for t in word.subtree}
    figures = [t for t in doc if t.i in held and t.pos_ == "NUM" and not _A_YEAR.fullmatch(t.text)]
    ours = {t.i for t in numbers_of(text, value)}
    return bool(figures) and not any(t.i in ours for t in figures)


def since_a_year(sentence: str, as_of: dt.date | None) -> int | None:
    """The year a claim's `sentence` counts its figure from ('since 2022', 'since the start of 2022'; judging.toml
    [quantity] since_words) when that year is before the article's: the figure is then a total run on to the article's
    day, no one year's."""
    m = _SINCE.search(sentence)
    return int(m["year"]) if m and as_of is not None and int(m["year"]) < as_of.year else None


def counted_since(text: str, year: int) -> bool:
    """Whether a page's `text` counts its figure from the same `year` ('since 2022'): a total of the same span."""
    return any(int(m["year"]) == year for m in _SINCE.finditer(text))


_SINCE = re.compile(rf"\b(?i:{'|'.join(map(re.escape, _Q['since_words']))})\s+(?P<year>(?:1[89]|20)\d\d)\b")


def a_target(claimed: list[Token], as_of: dt.date | None) -> bool:
    """Whether the claim's figure (its number tokens `claimed`) is one its subject aims at, not has: its verb is what an
    aim verb takes ('aims to employ 4,200 people'; judging.toml aim_verbs), or carries a deadline in a year after the
    article's ('will employ 4,200 people by 2030'; deadline_words)."""
    if not claimed:
        return False
    verb = _verb_of(claimed[0])
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _AIMS:
        return True
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in _DEADLINES):
        years = [int(t.text) for t in prep.subtree if _A_YEAR.fullmatch(t.text)]
        if as_of is not None and any(y > as_of.year for y in years):
            return True
    return False


_AIMS = frozenset(_Q["aim_verbs"])
_DEADLINES = frozenset(_Q["deadline_words"])


def _verb_of(token: Token) -> Token:
    """The verb `token` hangs on, the nearest up its heads (else the root): 'employed' of '4,200' and of '1990' in
    'employed about 4,200 people in 1990', 'founded' of '1921' in 'Norby Steelworks, founded in 1921, said ...'."""
    verb = token
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    return verb


def _tense(number: Token) -> str | None:
    """'past' or 'present': the tense of the verb a figure's number hangs on (its first auxiliary's, if it has one:
    'has employed' is the present's), else None (a participle, a modal, no verb)."""
    verb = _verb_of(number)
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    tag = next((c.tag_ for c in verb.children if c.dep_ in {"aux", "auxpass"}), verb.tag_)
    return {"VBD": "past", "VBZ": "present", "VBP": "present"}.get(tag)


def long_past(sentence: str, as_of: dt.date | None, claimed: list[Token]) -> bool:
    """Whether the claim's `sentence` dates its figure (its number tokens `claimed` in the sentence's parse) to a time
    long gone: a `long_past` phrase ('once', 'when it was founded'), a length 'ago' of more than `long_past_years`, or
    years (a decade's last: 'in the 1990s') all more than `long_past_years` before the article's, those on the figure's
    own verb when the figure is found ('employed ... in 1990'; not the 1921 of 'Norby Steelworks, founded in 1921, said
    it employed ...', another deed's)."""
    plain = sentence.lower()
    if any(re.search(rf"\b{re.escape(p)}\b", plain) for p in _LONG_PAST):
        return True
    told = False
    if claimed:
        verb = _verb_of(claimed[0])
        doc = claimed[0].doc
        timed = _of_one_time(verb)
        agos = [doc[t.left_edge.i : t.i + 1].text.lower() for t in doc if t.lower_ == "ago" and _verb_of(t).i in timed]
        on_it = [t.text for t in doc if _verb_of(t).i in timed]
        years = [int(y) for y in on_it if _A_YEAR.fullmatch(y)]
        years += [int(d[:4]) + 9 for d in on_it if _A_DECADE.fullmatch(d)]  # 'in the 1990s': up to 1999
        own = " ".join(t.lower_ for t in doc if _verb_of(t).i == verb.i)
        told = any(re.search(rf"\b{re.escape(p)}\b", own) for p in _TOLD_TIME)  # 'then employed', 'at the time'
    else:
        agos = [plain]
        years = [int(y) for y in _A_YEAR.findall(sentence)]
        years += [int(d[:4]) + 9 for d in _A_DECADE.findall(sentence)]
    if any((ago := _years_ago(text)) is not None and ago > _LONG_PAST_YEARS for text in agos):
        return True  # 'Two decades ago, ... employed' (review36 R5), not 'founded two decades ago, said it employed'
    return years_long_past(years, as_of) or (told and not years)


_SAME_TIME = frozenset(_Q["same_time_marks"])
_TOLD_TIME = tuple(_Q["told_time"])


def _of_one_time(verb: Token) -> set[int]:
    """The indexes of `verb` and of the verbs of its own time, whose years and lengths 'ago' date its figure too: the
    clause it opens with 'when' hangs on ('In 1990, when it employed ..., the plant was sold': 'when' on the year, or
    'sold'), and its own 'when'-clauses ('When the plant was sold in 1990, it employed ...'; judging.toml
    same_time_marks)."""

    def marked(clause: Token) -> bool:
        return any(c.dep_ in {"advmod", "mark"} and c.lower_ in _SAME_TIME for c in clause.children)

    timed = {verb.i}
    if verb.dep_ in {"advcl", "relcl"} and marked(verb):
        timed.add(_verb_of(verb.head).i)
    timed |= {c.i for c in verb.children if c.dep_ == "advcl" and marked(c)}
    return timed


def years_long_past(years: list[int], as_of: dt.date | None) -> bool:
    """Whether `years` are all more than `long_past_years` before the article's (one test for `long_past` and the
    head-count judge's dated clause: 'employed about 4,200 people in 2023' in 2024 is today's figure)."""
    return bool(years) and as_of is not None and max(years) < as_of.year - _LONG_PAST_YEARS


_A_DECADE = re.compile(r"\b(?:1[89]|20)\d0s\b")
# a length before 'ago': 'two decades ago', '20 years ago', 'a century ago'
_AGO = re.compile(r"\b(?P<n>[\w-]+)\s+(?P<unit>years?|decades?|centur(?:y|ies))\s+ago\b")
_UNIT_YEARS = {"year": 1, "decade": 10, "century": 100, "centurie": 100}


def _years_ago(plain: str) -> float | None:
    """How many years back the lowercased sentence `plain` sets a time by a length 'ago' ('two decades ago': 20);
    None when it sets none, or its number is not read."""
    m = _AGO.search(plain)
    if m is None:
        return None
    n = 1.0 if m["n"] in {"a", "an", "one"} else aliases.parse_number(m["n"])
    return None if n is None else n * _UNIT_YEARS[m["unit"].rstrip("s")]


def of_today_only(claimed: list[Token], given: list[Token], text: str) -> bool:
    """Whether the page's figure (its number tokens `given` in its sentence `text`) is of the page's day, told in the
    present with no year, while the claim's (`claimed`) is told in the past: read with `long_past` of the claim."""
    if not claimed or not given or _A_YEAR.search(text) or _tense(claimed[0]) != "past":
        return False
    return all(_tense(t) == "present" for t in given)
