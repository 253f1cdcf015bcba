"""'has led the party since August 2020': the one office begun by the article's day whose title holds the
body the verb governs (the party) dates it, whatever other offices the person held then. Every spell of it
begun after the claimed month contradicts; a spell covering that month leaves it open. Invented people."""

from __future__ import annotations

import datetime as dt

from tests.support.judging import boxed, clause_claim, verdict
from verify.models import ClaimResult, Verdict

AS_OF = dt.date(2025, 4, 7)
LEADER = [("office", "Leader of the Unity Party"), ("term_start", "28 August 2022")]
SEAT = [
    ("office2", "Member of the National Diet"), ("term_start2", "2 June 2022"),
    ("office3", "Governor of Ostra Province"), ("term_start3", "1 July 2018"), ("term_end3", "25 October 2021"),
]  # fmt: skip


def led_since(month: str, rows: list[tuple[str, str]]) -> ClaimResult:
    page = boxed("Ana Roth", "Ana Roth (born 1963) is a Vestrian politician.", rows)
    text = f"led the party since {month}"
    claim = clause_claim(text, "Ana Roth", "has led", f"Roth, 61, has {text}.", kind="date", value=month, time=month)
    return verdict(claim.model_copy(update={"span": (13, 13 + len(text))}), [page], AS_OF)


def test_a_start_before_every_spell_of_the_party_office_is_contradicted_quoting_its_start():
    got = led_since("August 2020", LEADER + SEAT)
    assert got.verdict == Verdict.CONTRADICTED
    assert got.evidence[0].snippet == "Term began: 28 August 2022"


def test_the_month_the_party_office_began_is_supported():
    assert led_since("August 2022", LEADER + SEAT).verdict == Verdict.SUPPORTED


def test_a_month_an_earlier_spell_of_the_office_covers_is_left_open():
    earlier = [("office4", "Leader of the Unity Party"), ("term_start4", "1 May 2019"), ("term_end4", "1 March 2021")]
    assert led_since("August 2020", LEADER + SEAT + earlier).verdict != Verdict.CONTRADICTED
