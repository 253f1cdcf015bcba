"""'President Aldo Penn' while his page dates his holding the presidency now and tells of an earlier term: the
past term ended does not dispute the current one. A page telling only of the past term still contradicts.
Invented person and country."""

from __future__ import annotations

import datetime as dt

from tests.support.judging import clause_claim, page, verdict
from verify.kinds.base import Relation
from verify.models import ClaimResult, Verdict

NOW = (
    "Aldo Penn (born 1950) is a Velmaran politician who has served as the 9th president of Velmara"
    " since 20 January 2025."
)
BEFORE = "He previously served as the 7th president of Velmara from 2017 to 2021."


def _president(text: str) -> ClaimResult:
    claim = clause_claim("President Aldo Penn", "Aldo Penn", "", "It was signed by President Aldo Penn.",
                         kind="role", relation=Relation.HOLDS_OFFICE, value="President of Velmara")  # fmt: skip
    return verdict(claim, [page("Aldo Penn", text)], dt.date(2025, 8, 20))


def test_an_earlier_term_on_the_page_that_dates_the_current_one_does_not_dispute_it():
    assert _president(f"{NOW} {BEFORE}").verdict == Verdict.SUPPORTED


def test_a_page_telling_only_of_a_past_term_still_contradicts():
    only_past = "Aldo Penn (born 1950) is a Velmaran politician. " + BEFORE
    assert _president(only_past).verdict == Verdict.CONTRADICTED
