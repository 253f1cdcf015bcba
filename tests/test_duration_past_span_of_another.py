"""A past length ('was finance minister for five years') is not supported by another person's span on her page ('Her
father was finance minister from 1979 to 1984'): the killer of duration-span-said-of-anyone, which a present length
no longer reaches (an ended span is no length held now). Invented people and pages."""

from __future__ import annotations

import datetime as dt

from tests.support.judging import clause_claim, page, verdict
from verify.models import Verdict

LEAD = "Tove Brandt (born 3 May 1966) is a Vestrian politician."
FIVE_YEARS_ONCE = clause_claim(
    "was finance minister for five years", "Tove Brandt", "for",
    "Tove Brandt was finance minister for five years.", kind="duration", value="5 years", number=5.0, unit="years",
)  # fmt: skip


def test_another_persons_span_does_not_support_her_past_length() -> None:
    doc = page("Tove Brandt", f"{LEAD} Her father was finance minister from 1979 to 1984.")
    assert verdict(FIVE_YEARS_ONCE, [doc], dt.date(2024, 4, 1)).verdict != Verdict.SUPPORTED


def test_her_own_span_supports_her_past_length() -> None:
    doc = page("Tove Brandt", f"{LEAD} She was finance minister from 2015 to 2020.")
    assert verdict(FIVE_YEARS_ONCE, [doc], dt.date(2024, 4, 1)).verdict == Verdict.SUPPORTED
