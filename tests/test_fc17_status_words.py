"""'Outgoing president Tomas Wiro', 'Then-president Tomas Wiro': words that say when an office is held, not
which office it is. The office named without them is judged: a page row naming that office agrees, and
another office still contradicts. Invented person and country."""

from __future__ import annotations

import datetime as dt

from tests.support.judging import boxed, clause_claim, verdict
from verify.kinds.base import Relation
from verify.models import ClaimResult, Verdict

ROWS = [("order", "7th"), ("office", "President of Velmara"), ("term_start", "20 October 2014"),
        ("term_end", "20 October 2024"), ("office2", "Governor of Ostra"), ("term_start2", "15 October 2012"),
        ("term_end2", "16 October 2014")]  # fmt: skip


def _role(words: str, as_of: dt.date = dt.date(2024, 9, 1)) -> ClaimResult:
    text = f"{words} Tomas Wiro"
    page = boxed("Tomas Wiro", "Tomas Wiro (born 1961) is a Velmaran politician.", ROWS)
    claim = clause_claim(text, "Tomas Wiro", "", f"{text} attended the ceremony.", kind="role",
                         relation=Relation.HOLDS_OFFICE, value=words)  # fmt: skip
    return verdict(claim, [page], as_of)


def test_an_outgoing_president_is_the_president_the_row_names():
    assert _role("Outgoing president").verdict == Verdict.SUPPORTED


def test_a_sitting_president_is_the_president_the_row_names():
    assert _role("Sitting president").verdict == Verdict.SUPPORTED


def test_an_outgoing_holder_of_another_office_is_still_contradicted():
    assert _role("Outgoing governor").verdict == Verdict.CONTRADICTED


def test_a_then_president_is_judged_as_held_at_some_time_not_on_the_articles_day():
    """Years after the term: 'then-president' says he held it at the time told of, so a term that ended agrees."""
    assert _role("Then-president", dt.date(2026, 3, 1)).verdict == Verdict.SUPPORTED


def test_a_then_chancellor_of_an_office_never_held_is_not_supported():
    assert _role("Then-chancellor", dt.date(2026, 3, 1)).verdict != Verdict.SUPPORTED
