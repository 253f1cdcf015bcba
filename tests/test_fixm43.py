"""Rows of fixm43 (session 43): twins and guards of the mends of review42's R6, R10, R11, R13 and N1 (the rows the
mends answer are review42's own, tests/test_review42.py); invented people, bodies and pages."""

from __future__ import annotations

import datetime as dt

from tests.support.judging import page
from tests.test_review26 import SAVED
from verify.kinds.clause.judge import clause_findings
from verify.models import Claim

# R10's guard: a dying clause's bare figure is an age only where its words say so ('died at 82', 'died aged 84');
# 'died with 84 others' counts the others, and the novelist's 82 years at death must not refute it.
NOVELIST = page(
    "Ivo Stam", "Ivo Stam (12 June 1941 – 3 May 2024) was a Norbian novelist and playwright.", SAVED
)


def test_a_figure_a_death_carries_without_an_age_word_is_no_age() -> None:
    claim = Claim(
        id="c0000001",
        kind="clause",
        span=(0, 31),
        subject="Ivo Stam",
        relation="died",
        predicate="died",
        value="84",
        quantity="84",
        text="Ivo Stam has died with 84 others",
        sentence="Ivo Stam has died with 84 others.",
    )
    assert clause_findings(claim, [NOVELIST], dt.date(2024, 5, 6)) == []
