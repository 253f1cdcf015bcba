"""'took 208 of the 598 seats in the Bundestag': the whole a count is out of is a fact of the claim too; an
election page's row giving every seat of that body ('All 630 seats in the Bundestag') refutes another total
(issue 15, wrong count)."""

from __future__ import annotations

import datetime as dt

from tests.support.judging import boxed, verdict
from tests.support.judging import clause_claim as claim
from verify.models import Verdict

ELECTION = boxed(
    "2029 Vestrian general election",
    "General elections were held in Vestria on 4 March 2029.",
    [("election_date", "4 March 2029"), ("seats_for_election", "All 420 seats in the National Assembly")],
)
EARLIER = boxed(  # a snap election the year before: a page the article's election may be (see revfix18)
    "2028 Vestrian general election",
    "Snap general elections were held in Vestria on 9 May 2028.",
    [("election_date", "9 May 2028"), ("seats_for_election", "All 400 seats in the National Assembly")],
)
SPRING = dt.date(2029, 3, 6)


def _seats(total: int):
    sentence = f"The Harbour Party took 208 of the {total} seats in the National Assembly, short of a majority."
    return claim(f"208 of the {total} seats", "Harbour Party", "count", sentence, kind="quantity", number=208.0,
                 unit="seats", value="208", context="Harbour Party")  # fmt: skip


def test_a_count_out_of_another_total_than_the_bodys_is_contradicted():
    result = verdict(_seats(398), [ELECTION], SPRING)
    assert result.verdict == Verdict.CONTRADICTED
    assert "All 420 seats" in result.evidence[0].snippet


def test_a_count_out_of_the_bodys_own_total_is_not_refuted_by_it():
    assert verdict(_seats(420), [ELECTION], SPRING).verdict != Verdict.CONTRADICTED


def test_pages_giving_the_body_two_totals_refute_neither():
    assert verdict(_seats(398), [ELECTION, EARLIER], SPRING).verdict != Verdict.CONTRADICTED  # it changed size
