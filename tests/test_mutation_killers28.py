"""Killers for mutations whose remembered test went stale under the twenty-eighth session's changes: the row it
used is now also decided by another reading, so a row where only the mutated line decides is kept here."""

from __future__ import annotations

from tests.test_clause_year_bound_to_its_clause import ELECTED, judged
from verify.models import Verdict


def test_a_year_told_of_the_verb_before_its_other_words_dates_those_words_only() -> None:
    """clause-verb-clause-words-unasked: 'elected in 2019 to the Norby council' puts the year between the verb and
    the other body's words, so fs28's reading of other words in the value's place does not see it; only asking the
    claim's words after its verb ('to parliament') keeps 2019 from dating the election to parliament."""
    text = "She was elected in 2019 to the Norby council and in 2023 to parliament."
    assert judged(ELECTED, text) != Verdict.SUPPORTED
