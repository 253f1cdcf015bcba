"""Fixes of session 18's review findings: lengths over several spells, lengths of a post named after them, round
lengths, seat totals of another year's election, ranks in appositions, words before a name that are no office.
Invented people, places and pages."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, verdict
from tests.support.judging import clause_claim as claim
from tests.test_fc18_title_in_subject import LEADER_ROWS, _took_over
from verify.models import Verdict

ORVEN = boxed(
    "Tomas Orven",
    "Tomas Orven (born 3 May 1961) is a Vestrian politician who was prime minister of Vestria.",
    [("office", "Prime Minister of Vestria"), ("term_start", "1 March 2013"), ("term_end", "1 June 2024"),
     ("birth_date", "3 May 1961")],
)  # fmt: skip  # 11.3 years
TWICE = boxed(
    "Tomas Orven",
    "Tomas Orven (born 3 May 1961) is a Vestrian politician who was prime minister of Vestria twice.",
    [("office", "Prime Minister of Vestria"), ("term_start", "1 March 2016"), ("term_end", "1 March 2020"),
     ("term_start1", "1 March 2010"), ("term_end1", "1 March 2014")],
)  # fmt: skip  # two spells of four years
AFTER = dt.date(2024, 12, 16)


def _length(text: str, sentence: str, number: float, unit: str = "years"):
    return claim(text, "Tomas Orven", "lasts", sentence, kind="duration", number=number, unit=unit,
                 value=f"{number:g} {unit}")  # fmt: skip


def test_a_decade_is_a_round_figure_that_a_term_of_eleven_years_fits() -> None:
    said = _length("after a decade", "Prime Minister Tomas Orven left office after a decade.", 1.0, "decades")
    assert verdict(said, [ORVEN], AFTER).verdict == Verdict.SUPPORTED


def test_two_decades_are_refuted_by_a_term_of_eleven_years() -> None:
    said = _length("after two decades", "Prime Minister Tomas Orven left office after two decades.", 2.0, "decades")
    result = verdict(said, [ORVEN], AFTER)
    assert result.verdict == Verdict.CONTRADICTED
    assert "11.3 years" in result.rationale


def test_a_length_over_two_spells_is_supported_by_their_sum() -> None:
    said = _length("served for eight years", "Former Prime Minister Tomas Orven served for eight years.", 8.0)
    result = verdict(said, [TWICE], AFTER)
    assert result.verdict == Verdict.SUPPORTED
    assert "8.0 years in all" in result.rationale


def test_a_length_neither_one_spell_nor_the_sum_fits_is_refuted() -> None:
    said = _length("for 15 years as prime minister", "Tomas Orven served for 15 years as prime minister.", 15.0)
    result = verdict(said, [TWICE], AFTER)
    assert result.verdict == Verdict.CONTRADICTED
    assert "2 spells" in result.rationale


def test_a_length_in_office_is_still_a_length_of_the_sentences_post() -> None:
    said = _length("served for 11 years", "Prime Minister Tomas Orven served for 11 years in office.", 11.0)
    assert verdict(said, [ORVEN], AFTER).verdict == Verdict.SUPPORTED
    wrong = _length("served for five years", "Prime Minister Tomas Orven served for five years in office.", 5.0)
    assert verdict(wrong, [ORVEN], AFTER).verdict == Verdict.CONTRADICTED


@pytest.mark.parametrize("after", ["in June 2024", "in 2024", "at the helm", "in all"])
def test_a_time_or_holding_the_post_after_a_length_names_no_other_post(after: str) -> None:
    sentence = f"Prime Minister Tomas Orven left office after five years {after}."
    assert verdict(_length("after five years", sentence, 5.0), [ORVEN], AFTER).verdict == Verdict.CONTRADICTED


SEATS_2029 = boxed(
    "2029 Vestrian general election",
    "General elections were held in Vestria on 4 March 2029.",
    [("election_date", "4 March 2029"), ("seats_for_election", "All 420 seats in the National Assembly")],
)
SEATS_2024 = boxed(
    "2024 Vestrian general election",
    "General elections were held in Vestria on 9 May 2024.",
    [("election_date", "9 May 2024"), ("seats_for_election", "All 400 seats in the National Assembly")],
)


def _seats(total: int):
    sentence = f"The Harbour Party took 208 of the {total} seats in the National Assembly, short of a majority."
    return claim(f"208 of the {total} seats", "Harbour Party", "count", sentence, kind="quantity", number=208.0,
                 unit="seats", value="208", context="Harbour Party")  # fmt: skip


def test_a_seat_total_is_refuted_by_its_own_years_election_though_another_years_page_was_read() -> None:
    result = verdict(_seats(400), [SEATS_2029, SEATS_2024], dt.date(2029, 3, 6))
    assert result.verdict == Verdict.CONTRADICTED
    assert "All 420 seats" in result.evidence[0].snippet


@pytest.mark.parametrize("before", ["Harbour Party's", "TD", "Senator", "Deputy"])
def test_a_party_possessive_or_a_members_word_before_the_name_is_no_office_to_check(before: str) -> None:
    assert _took_over(before, LEADER_ROWS) == Verdict.SUPPORTED


def test_an_office_after_a_party_possessive_is_still_checked() -> None:
    assert _took_over("Harbour Party's Grand-Warden", LEADER_ROWS) == Verdict.UNVERIFIED
