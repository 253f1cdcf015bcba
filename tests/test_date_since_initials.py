"""'has led the VUP since August 2022': a body named by its initials is the office whose name spells it out
('Leader of the Vestrian Unity Party'), among the several held that day; an office writing the initials inside
a longer name ('Leader of the VUP/VSP group in the Assembly') is another post. Invented people."""

from __future__ import annotations

import datetime as dt

from tests.support.judging import boxed, clause_claim, verdict
from verify.models import ClaimResult, Verdict

AS_OF = dt.date(2025, 4, 7)
LEADER = [("office", "Leader of the Vestrian Unity Party"), ("term_start", "28 August 2022"),
          ("predecessor", "Karl Weiss")]  # fmt: skip
SEAT = [("office2", "Member of the National Assembly"), ("term_start2", "2 June 2021")]
GROUP = [("office3", "Leader of the VUP/VSP group in the Assembly"), ("term_start3", "15 February 2023")]


def led_since(month: str, rows: list[tuple[str, str]]) -> ClaimResult:
    page = boxed("Ana Roth", "Ana Roth (born 1963) is a Vestrian politician.", rows)
    text = f"has led the VUP since {month}"
    claim = clause_claim(text, "Ana Roth", "has led", f"Roth, 61, {text}.", kind="date", value=month, time=month)
    return verdict(claim.model_copy(update={"span": (10, 10 + len(text))}), [page], AS_OF)


def test_the_party_named_by_its_initials_dates_the_lead_among_other_offices():
    assert led_since("August 2022", LEADER + SEAT).verdict == Verdict.SUPPORTED


def test_another_month_for_the_party_named_by_its_initials_is_not_supported():
    assert led_since("August 2020", LEADER + SEAT).verdict == Verdict.CONTRADICTED


def test_an_office_writing_the_initials_inside_a_longer_name_is_not_the_party_lead():
    # the group leadership began in February 2023: no conflict with the party lead's August 2022
    assert led_since("August 2022", LEADER + SEAT + GROUP).verdict == Verdict.SUPPORTED
