"""Extraction rules are objects: a pattern with its trigger (and, for role rules, its reader and
place in the reading order), defined once in its kind's folder. A rule missing a part fails loudly."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from verify.extract import BOOK
from verify.extract import patterns as p
from verify.extract.rules import Rule

KINDS = Path(__file__).resolve().parents[1] / "verify" / "kinds"


def test_a_rule_without_a_trigger_cannot_be_made():
    with pytest.raises(TypeError, match="has no trigger"):
        Rule(re.compile("x"), trigger=None)  # type: ignore[arg-type]


def test_every_pattern_a_kind_scans_has_its_rule_in_the_book():
    scanned = {
        name
        for path in KINDS.glob("*/extract.py")
        for name in re.findall(r"(?:scan\(|wakes\(self\.plan, )p\.([A-Z_]+)\)", path.read_text())
    }
    assert len(scanned) > 20
    in_book = {id(rule.pattern) for rule in BOOK.rules}
    assert [name for name in sorted(scanned) if id(getattr(p, name)) not in in_book] == []


def test_every_role_rule_has_a_reader_and_its_own_place_in_the_order():
    readers = BOOK.readers
    assert len(readers) >= 30
    assert all(callable(rule.reader) for rule in readers)
    assert len({rule.priority for rule in readers}) == len(readers)
    assert readers[0].pattern is p.PRENOMINAL_OF  # the specific shapes read first, the general ones later
    assert readers.index(next(r for r in readers if r.pattern is p.GENERAL_COPULA)) > 20


def test_scanning_a_pattern_no_rule_holds_is_an_error_not_a_silent_run():
    text = "Defence Minister Anna Berg said so."
    scan = BOOK.scanner(text, BOOK.plan(text))
    with pytest.raises(KeyError, match="no rule holds"):
        scan(re.compile("Anna"))


def test_a_sentence_wakes_only_the_rules_its_words_can_satisfy():
    plan = BOOK.plan("Defence Minister Anna Berg said so.")
    assert id(p.PRENOMINAL) in plan
    assert id(p.PERCENT) not in plan and id(p.QUANTITY) not in plan
    assert BOOK.holds_a_number(BOOK.plan("Some 32 allies met."))
