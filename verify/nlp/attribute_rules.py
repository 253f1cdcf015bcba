"""The attribute ruler's matches found through an index instead of spaCy's Matcher: the same matches.

en_core_web_sm's `attribute_ruler` (the tag -> part-of-speech map and its exceptions) holds about
180 one- and two-token patterns, and spaCy's Matcher tries every one at every token: about 50 ms of
CPU on a 2,000-word article, an eighth of the whole parse. Nearly all of them ask for exact values
("TAG": "NN"; "LOWER": "gets" and "TAG": "VBZ"), so each token need only be checked against the few
patterns its own tag, lower-case form or dependency can start: a few milliseconds.

`index_attribute_ruler` gives a loaded pipeline's ruler a `match` that does this and returns what
spaCy's does (the same (rule, key, start, end) list, without duplicates, in the same order), so the
ruler's own `set_annotations` writes the same attributes. A pattern the index cannot read (an
operator, a comparison, an attribute other than plain token attributes) keeps the whole ruler on
spaCy's Matcher: nothing is ever guessed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover - typing only
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["index_attribute_ruler", "indexed_matches"]

# token attributes a rule may test, in the order a rule is filed under one of them (most selective first)
INDEXED = ("LOWER", "ORTH", "NORM", "LEMMA", "DEP", "TAG", "ENT_TYPE", "IS_SPACE")  # string-valued, and one flag
FLAGS = frozenset({"IS_SPACE"})  # boolean attributes: the pattern says True or False


@dataclass(frozen=True)
class _Test:
    """One token's condition on one attribute."""

    attr: str
    equals: int | None = None
    among: frozenset[int] | None = None
    not_among: frozenset[int] | None = None
    regex: re.Pattern[str] | None = None
    searched: dict[int, bool] = field(default_factory=dict, compare=False, repr=False)  # a regex's answers by value

    def holds(self, value: int, text: Callable[[int], str]) -> bool:
        if self.equals is not None:
            return value == self.equals
        if self.among is not None:
            return value in self.among
        if self.not_among is not None:
            return value not in self.not_among
        assert self.regex is not None
        if value not in self.searched:
            self.searched[value] = bool(self.regex.search(text(value)))
        return self.searched[value]


@dataclass(frozen=True)
class _Rule:
    """One pattern of one ruler entry: `tokens[k]` are the tests on the k-th token of a match."""

    order: int  # the entry's number: later entries win where two set the same attribute
    key: int  # the match id spaCy reports (the hash of the entry's key)
    tokens: tuple[tuple[_Test, ...], ...]


def _value_id(attr: str, value: Any) -> int:
    from spacy.strings import get_string_id

    if attr in FLAGS:
        if not isinstance(value, bool):
            raise _Unreadable
        return int(value)
    if not isinstance(value, str):
        raise _Unreadable
    return get_string_id(value)


class _Unreadable(Exception):
    """A pattern the index does not read; the ruler keeps spaCy's Matcher."""


def _test(attr: str, value: Any) -> _Test:
    if attr not in INDEXED:
        raise _Unreadable
    if not isinstance(value, dict):
        return _Test(attr, equals=_value_id(attr, value))
    if len(value) != 1:
        raise _Unreadable
    ((predicate, argument),) = value.items()
    if predicate == "IN" and isinstance(argument, list):
        return _Test(attr, among=frozenset(_value_id(attr, v) for v in argument))
    if predicate == "NOT_IN" and isinstance(argument, list):
        return _Test(attr, not_among=frozenset(_value_id(attr, v) for v in argument))
    if predicate == "REGEX" and isinstance(argument, str) and attr not in FLAGS:
        return _Test(attr, regex=re.compile(argument))
    raise _Unreadable


def _rules(ruler: Any) -> list[_Rule]:
    """The ruler's entries as rules, in the ruler's own order; _Unreadable if any pattern is not plain.
    Entry n is the Matcher's key "n" (AttributeRuler.add), and its match id that key's hash."""
    numbered = []
    for order, entry in enumerate(ruler.patterns):
        match_key = ruler.vocab.strings.add(str(order))
        for pattern in entry["patterns"]:
            if not pattern or any(not isinstance(spec, dict) or not spec for spec in pattern):
                raise _Unreadable
            tokens = tuple(tuple(_test(attr, value) for attr, value in spec.items()) for spec in pattern)
            numbered.append(_Rule(order, match_key, tokens))
    return numbered


_Check = tuple[int, int, _Test]  # (token offset within the match, column, test)


class IndexedMatcher:
    """What `AttributeRuler.match` returns, found rule by rule from where its first token can stand:
    the document's tokens are grouped by each attribute's value once (numpy), a rule's first test
    picks the groups it accepts (one for "TAG": "NN", a few for an IN list), and only the tokens of
    those groups are checked against the rule's other tests."""

    def __init__(self, rules: list[_Rule]) -> None:
        self.attrs = sorted({t.attr for r in rules for spec in r.tokens for t in spec}, key=INDEXED.index)
        column = {attr: n for n, attr in enumerate(self.attrs)}
        self.rules: list[tuple[_Rule, int, _Test, tuple[_Check, ...]]] = []
        for rule in rules:
            first = rule.tokens[0]
            lead = min(first, key=lambda t: (t.equals is None, t.among is None, INDEXED.index(t.attr)))
            left = tuple((k, column[t.attr], t) for k, spec in enumerate(rule.tokens) for t in spec if t is not lead)
            self.rules.append((rule, column[lead.attr], lead, left))

    def __call__(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        size = len(doc)
        if not size:
            return []
        array = doc.to_array(self.attrs).reshape(size, len(self.attrs))
        columns = array.T.tolist()
        groups = [_positions_by_value(array[:, c]) for c in range(len(self.attrs))]
        text = doc.vocab.strings.__getitem__
        found: set[tuple[int, int, int, int]] = set()
        for rule, c, lead, left in self.rules:
            if lead.equals is not None:
                accepted = [lead.equals]
            elif lead.among is not None:
                accepted = list(lead.among)
            else:
                accepted = [value for value in groups[c] if lead.holds(value, text)]
            width = len(rule.tokens)
            for value in accepted:
                for i in groups[c].get(value, ()):
                    if i + width <= size and all(t.holds(columns[col][i + k], text) for k, col, t in left):
                        found.add((rule.order, rule.key, i, i + width))
        return sorted(found)


def _positions_by_value(values: Any) -> dict[int, list[int]]:
    """Each distinct value of a column and the token positions holding it."""
    import numpy

    distinct, inverse = numpy.unique(values, return_inverse=True)
    order = numpy.argsort(inverse.ravel(), kind="stable").tolist()
    ends = numpy.cumsum(numpy.bincount(inverse.ravel(), minlength=len(distinct))).tolist()
    return {value: order[(ends[n - 1] if n else 0) : ends[n]] for n, value in enumerate(distinct.tolist())}


def indexed_matches(nlp: Language) -> Callable[[Doc], list[tuple[int, int, int, int]]] | None:
    """The indexed `match` for the pipeline's attribute ruler, or None (no ruler, or a pattern the
    index does not read)."""
    if "attribute_ruler" not in nlp.pipe_names:
        return None
    ruler = nlp.get_pipe("attribute_ruler")
    try:
        return IndexedMatcher(_rules(ruler))
    except _Unreadable:
        return None


def index_attribute_ruler(nlp: Language) -> bool:
    """Give the pipeline's attribute ruler the indexed `match`; True if it now has it."""
    matcher = indexed_matches(nlp)
    if matcher is None:
        return False
    nlp.get_pipe("attribute_ruler").match = matcher
    return True
