"""'Lea Holm, the new Green leader': 'new' says the office was taken up lately, not which office it is, so
the judge compares the office without it; a capitalised 'New' names the office ('New Democratic leader')."""

from __future__ import annotations

import datetime as dt

from tests.support.judging import boxed, verdict
from tests.support.judging import clause_claim as claim
from verify.models import Claim, Document, Verdict

SPRING_2030 = dt.date(2030, 4, 1)


def _green_leader(party: str = "Green Party") -> Document:
    return boxed(
        "Lea Holm",
        f"Lea Holm (born 1 June 1980) is a Canadian politician who has led the {party} since March 2030.",
        [("office", f"Leader of the {party}"), ("term_start", "2 March 2030")],
    )


def _holm(text: str, value: str) -> Claim:
    return claim(text, "Lea Holm", "holds office", kind="role", relation="holds office", value=value)


def test_the_new_leader_after_the_name_is_the_leader_in_office():
    found = verdict(_holm("Lea Holm, the new Green leader", "new Green leader"), [_green_leader()], SPRING_2030)
    assert found.verdict == Verdict.SUPPORTED


def test_the_new_leader_of_another_party_is_not_supported():
    found = verdict(_holm("Lea Holm, the new Labour leader", "new Labour leader"), [_green_leader()], SPRING_2030)
    assert found.verdict != Verdict.SUPPORTED


def test_a_capitalised_new_is_part_of_the_name_of_the_office():
    # the New Democratic Party is not the Democratic Party
    leader = _holm("New Democratic leader Lea Holm", "New Democratic leader")
    found = verdict(leader, [_green_leader("Democratic Party")], SPRING_2030)
    assert found.verdict != Verdict.SUPPORTED
