"""An age told of being elected or named to a post: the election or the appointment may come weeks before the term
its row starts, on a day the person was a year younger. Found on the tuning set at the merge of s29-way29: 'Beasley
was elected to the state House of Representatives at 20' (born February 1957, the term from 9 January 1979) was
refuted by his age on the term's first day, 21. Invented pages (tests/test_way29_judge.py)."""

from __future__ import annotations

import pytest

from tests.test_way29_judge import _HUDEC, _verdict_on
from verify.models import Verdict


@pytest.mark.parametrize("verb", ["was elected", "was named", "was appointed"])
def test_an_age_at_an_election_a_year_short_of_the_terms_first_day_is_not_refuted(verb: str) -> None:
    body = f"Prime Minister Tomáš Hudec spoke on Monday. Hudec {verb} prime minister at 55."
    assert _verdict_on(body, [_HUDEC], "clause", "at 55") != Verdict.CONTRADICTED


def test_an_age_at_becoming_a_year_short_of_the_terms_first_day_is_refuted() -> None:
    body = "Prime Minister Tomáš Hudec spoke on Monday. Hudec became prime minister at 55."
    assert _verdict_on(body, [_HUDEC], "clause", "at 55") == Verdict.CONTRADICTED


def test_an_age_at_an_election_two_years_short_is_refuted() -> None:
    body = "Prime Minister Tomáš Hudec spoke on Monday. Hudec was elected prime minister at 54."
    assert _verdict_on(body, [_HUDEC], "clause", "at 54") == Verdict.CONTRADICTED
