"""A person's page counts that person's things: its rows without a number ('Children: 5') belong to the page's
subject, never to another side a row names ('Predecessor: Anne Roux'). Invented people and pages."""

from __future__ import annotations

import datetime as dt

from tests.support.judging import boxed, clause_claim, verdict
from verify.models import Verdict

AS_OF = dt.date(2024, 12, 5)
SENTENCE = "Anne Roux, the prime minister, has three children."
MARTEL = boxed(
    "Paul Martel", "Paul Martel is a Vestrian politician.", [("predecessor", "Anne Roux"), ("children", "5")]
)
ROUX = boxed("Anne Roux", "Anne Roux is a Vestrian politician.", [("successor", "Paul Martel"), ("children", "4")])


def three_children() -> object:
    fields = {"kind": "quantity", "relation": "count", "value": "3", "number": 3.0, "unit": "children"}
    return clause_claim("three children", "Anne Roux", "count", SENTENCE, context="Anne Roux", **fields)


def test_a_successors_children_row_does_not_count_the_predecessors_children():
    assert verdict(three_children(), [MARTEL], AS_OF).verdict == Verdict.UNVERIFIED


def test_the_subjects_own_children_row_still_counts_them():
    got = verdict(three_children(), [ROUX, MARTEL], AS_OF)
    assert got.verdict == Verdict.CONTRADICTED and got.evidence[0].snippet == "Children: 4"
