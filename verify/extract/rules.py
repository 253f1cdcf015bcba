"""Extraction rules as objects: a rule is its pattern, the cheap trigger that must wake it on a
sentence, a substring it cannot match without, and for a role rule the reader that turns its matches
into claims and its place in the reading order. Each kind defines its rules in its own folder
(`verify/kinds/<kind>/extract.py`); a `RuleBook` gathers them and plans, per sentence, which rules run.

Most sentences hold no title, no "who", no number, so most rules are skipped without scanning. A
trigger is a set of words (one of which must occur), literal substrings, a small regular expression
(with the substrings it cannot match without), a pair of word sets (a word of each), or "written with
a number". A rule without a trigger cannot be made, and scanning a pattern no rule holds raises: no
rule is skipped or run by an entry missing from some other table.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from verify.extract.lazy_re import LazyPattern


class Capitalised(frozenset):
    """A trigger of words that must appear with a capital letter (a title, not the common noun)."""


class Substrings(tuple):
    """A trigger of literal substrings, one of which must occur: no regular expression needed."""


class LowerCase(frozenset):
    """A trigger of words that must appear in lower case (a common noun such as 'host', not a title)."""


@dataclass(frozen=True)
class Searched:
    """A trigger regular expression, tried only where one of its `needles` (literal substrings) occurs."""

    regex: re.Pattern
    needles: tuple[str, ...] = ()


class Numbered:
    """The trigger of a rule that needs a digit or a number word in the sentence."""


WRITTEN_WITH_A_NUMBER = Numbered()
Trigger = frozenset | tuple | Searched | re.Pattern | LazyPattern | Numbered  # patterns.py's are lazy


@dataclass(frozen=True, eq=False)
class Rule:
    """One extraction rule. `needs`: a substring (or small pattern) the pattern cannot match without,
    tested after the trigger; `numeric`: a share, an amount or a part of a whole, written with a number;
    `reader` (role rules): called as reader(extractor, sentence, pattern), in `priority` order."""

    pattern: re.Pattern
    trigger: Trigger
    needs: str | re.Pattern | None = None
    numeric: bool = False
    reader: Callable[..., None] | None = None
    priority: int = 0

    def __post_init__(self) -> None:
        if not isinstance(self.trigger, Trigger):  # type: ignore[arg-type]
            raise TypeError(f"rule {self.pattern.pattern[:40]!r} has no trigger")


_WORD_RE = re.compile(r"[A-Za-z]+")
_DIGIT_RE = re.compile(r"\d")
# Besides pattern ids, a plan holds marks (negative, so never an id) for what its words say about
# the sentence: a number word, a capitalised word that is no sentence opener, a word that describes
# a person ("the minister"), each half of a two-word trigger.
MARK_NUMBER_WORD, MARK_NAME_LIKE, MARK_DESCRIBED, MARK_NUMBERED = -1, -2, -3, -4
_WORD_INDEX_LIMIT = 200_000


def _wakes(trigger: frozenset[str], word: str, written_lower: bool) -> bool:
    """Whether a word (lower-cased, and how it was written) is one of a trigger's words."""
    if isinstance(trigger, Capitalised):
        return not written_lower and word in trigger
    if isinstance(trigger, LowerCase):
        return written_lower and word in trigger
    return word in trigger


def _has(text: str, need: str | re.Pattern) -> bool:
    return need in text if isinstance(need, str) else bool(need.search(text))


class RuleBook:
    """The rules of every kind, indexed once: which rules a sentence's words can wake, and the role
    readers in their order. Plans are sets of pattern ids (and marks), derived here from the rules."""

    def __init__(
        self,
        rules: list[Rule],
        number_words: frozenset[str],
        openers: frozenset[str],
        described_words: frozenset[str],
    ) -> None:
        self.rules = tuple(rules)
        by_id = {id(r.pattern): r for r in self.rules}
        if len(by_id) != len(self.rules):
            raise ValueError("a pattern has two rules")
        self._by_id = by_id
        self._number_words, self._openers, self._described = number_words, openers, described_words
        self._words: list[tuple[int, frozenset[str]]] = []
        self._regexes: list[tuple[int, re.Pattern | None, tuple[str, ...]]] = []
        self._combined: list[tuple[int, tuple]] = []
        self._numbered: list[int] = []
        for rule in self.rules:
            pid, trigger = id(rule.pattern), rule.trigger
            if isinstance(trigger, Numbered):
                self._numbered.append(pid)
            elif isinstance(trigger, Substrings):
                self._regexes.append((pid, None, tuple(trigger)))  # the substring alone decides
            elif isinstance(trigger, tuple):
                self._combined.append((pid, trigger))
            elif isinstance(trigger, frozenset):
                self._words.append((pid, trigger))
            elif isinstance(trigger, Searched):
                self._regexes.append((pid, trigger.regex, trigger.needles))
            else:
                needles = (", ",) if ", " in trigger.pattern else ("",)
                self._regexes.append((pid, trigger, needles))  # a substring of the text first: the cheap test
        self._combined_marks = [(-100 - 2 * k, -101 - 2 * k) for k in range(len(self._combined))]
        self._needs = {id(r.pattern): r.needs for r in self.rules if r.needs is not None}
        self._needs_keys = frozenset(self._needs)
        self._numeric = frozenset(id(r.pattern) for r in self.rules if r.numeric)
        self.readers = sorted((r for r in self.rules if r.reader is not None), key=lambda r: r.priority)
        if len({r.priority for r in self.readers}) != len(self.readers):
            raise ValueError("two role rules share a priority: their reading order would be undefined")
        self._reader_position = {id(r.pattern): i for i, r in enumerate(self.readers)}
        self.word_index: dict[str, frozenset[int]] = {}  # a word as written -> what it wakes
        self.word_index_limit = _WORD_INDEX_LIMIT

    def _index_word(self, form: str) -> frozenset[int]:
        """What one word, as written, wakes: the rules its word triggers name, and the marks. Each
        distinct word is indexed once per process, so testing every trigger here costs little."""
        word, written_lower = form.lower(), form.islower()
        woken = {pid for pid, trigger in self._words if _wakes(trigger, word, written_lower)}
        for (_, pair), marks in zip(self._combined, self._combined_marks, strict=True):
            woken.update(
                mark for trigger, mark in zip(pair, marks, strict=True) if _wakes(trigger, word, written_lower)
            )
        if word in self._number_words:
            woken.add(MARK_NUMBER_WORD)
        if not written_lower and word not in self._openers:
            woken.add(MARK_NAME_LIKE)
        if word in self._described:
            woken.add(MARK_DESCRIBED)
        return frozenset(woken)

    def plan(self, text: str) -> frozenset[int]:
        """The ids of the patterns worth running on `text`, with the marks its words set: every
        trigger is tested once per sentence, and each distinct word is looked up once per process."""
        runnable: set[int] = set()
        index, limit = self.word_index, self.word_index_limit
        for form in set(_WORD_RE.findall(text)):
            woken = index.get(form)
            if woken is None:
                if len(index) >= limit:
                    index.clear()  # random or endless text: memory stays bounded
                woken = index[form] = self._index_word(form)
            runnable |= woken
        numbered = MARK_NUMBER_WORD in runnable or bool(_DIGIT_RE.search(text))
        numeric = self._numeric
        for pid, trigger, needles in self._regexes:
            if not numbered and pid in numeric:
                continue  # a share, an amount or a part of a whole is written with a number
            for needle in needles:
                if needle in text:
                    if trigger is None or trigger.search(text):
                        runnable.add(pid)
                    break
        for (pid, _), (needed_mark, also_mark) in zip(self._combined, self._combined_marks, strict=True):
            if needed_mark in runnable and also_mark in runnable:
                runnable.add(pid)
        if numbered:
            runnable.add(MARK_NUMBERED)
            runnable.update(self._numbered)
        needs = self._needs
        runnable.difference_update([pid for pid in self._needs_keys & runnable if not _has(text, needs[pid])])
        return frozenset(runnable)

    def scanner(self, text: str, plan: frozenset[int]) -> Callable[[re.Pattern], Iterator[re.Match] | tuple[()]]:
        """A function that runs a rule's pattern on `text` when the sentence's plan wakes it, else
        returns nothing; a pattern no rule holds is an error, never silently run or skipped."""
        known = self._by_id

        def scan_text(pattern: re.Pattern) -> Iterator[re.Match] | tuple[()]:
            pid = id(pattern)
            if pid in plan:
                return pattern.finditer(text)
            if pid not in known:
                raise KeyError(f"no rule holds the pattern {pattern.pattern[:60]!r}")
            return ()

        return scan_text

    def wakes(self, plan: frozenset[int], pattern: re.Pattern) -> bool:
        """Whether the sentence with this plan holds `pattern`'s trigger (for a pattern run on part of it)."""
        if id(pattern) not in self._by_id:
            raise KeyError(f"no rule holds the pattern {pattern.pattern[:60]!r}")
        return id(pattern) in plan

    def woken_readers(self, plan: frozenset[int]) -> list[Rule]:
        """The role rules the plan wakes, in reading order (a sentence wakes about four of thirty)."""
        position = self._reader_position
        return [self.readers[i] for i in sorted(position[pid] for pid in position.keys() & plan)]

    @staticmethod
    def holds_a_number(plan: frozenset[int]) -> bool:
        """A digit or a number word: what every count, amount, share and duration needs."""
        return MARK_NUMBERED in plan

    @staticmethod
    def may_name_a_person(plan: frozenset[int]) -> bool:
        """False when no word but a common sentence opener is capitalised, and no 'the minister' or
        'he' stands for someone named before: then no role pattern can match."""
        return MARK_NAME_LIKE in plan or MARK_DESCRIBED in plan
