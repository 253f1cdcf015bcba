"""open29's rows: review28's false "contradicted" on true news shapes, each read the general way (a former head's
minister written as a possessive, an apposition dated by its year or its spell, a count of past terms, the post left
to become another, a relative time after 'sworn in as', a nation within a state), beside a one-fact-false twin that
must stay refuted where one exists. The invented pages are review26-28's; the strict xfails in tests/test_review28.py
are the same rows, left for the lead to unmark at the merge."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, page
from tests.support.ruiz import RUIZ
from tests.test_review26 import SAVED, _judged
from tests.test_review27 import STAM
from tests.test_review28 import SWORN, TWICE, _lead
from verify.models import Verdict


# R4: "Ivo Stam's finance minister" writes the head her post was held under as its owner; Stam's page ends his
# terms before the article's day, so the post is dated to his time, as 'finance minister under Ivo Stam' is. No
# finance row names him, but her finance term (2022-2023) lies in his premiership (2015-2023), which his page gives:
# supported (s38-fsa38 `served_under`; unverified before).
def test_r4_a_former_heads_minister_is_not_refuted() -> None:
    found = _judged("Ivo Stam's finance minister, Ana Ruiz, spoke.", [RUIZ, STAM], ("role",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


def test_r4_twin_a_countrys_post_no_longer_held_stays_refuted() -> None:
    # the owner is a country, no holder with terms: the post is asked of the article's day and has ended
    found = _judged("Norby's finance minister, Ana Ruiz, spoke.", [RUIZ, STAM], ("role",))
    assert set(found.values()) == {Verdict.CONTRADICTED}, found


# Ana Ruiz's invented page whose lead names neither her office nor its year: only the row, begun 14 February 2023.
ROW_ONLY = boxed(
    "Ana Ruiz",
    "Ana Ruiz (born 1 January 1975) is a politician.",
    [("office", "Prime Minister of Norby"), ("term_start", "14 February 2023")],
    SAVED,
)


def test_r4_a_countrys_page_makes_no_head_of_its_owner() -> None:
    # the country's own page is read too, and lists no terms: its post is the country's, no head her office row (which
    # names no prime minister) would have to name
    norby = page("Norby", "Norby is a country in northern Europe. Its capital is Korvik.", SAVED)
    found = _judged("Norby's prime minister, Ana Ruiz, spoke.", [ROW_ONLY, norby], ("role",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# R5: a year after the apposition's post dates the holding to that year; a term running through it supports.
def test_r5_an_apposition_dated_by_its_year_is_supported() -> None:
    found = _judged("Ana Ruiz, opposition leader in 2021, spoke.", [RUIZ], ("role",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


def test_r5_a_term_still_running_holds_the_year_it_began_in() -> None:
    # prime minister since 14 February 2023, in office on the article's day (10 January 2024)
    found = _judged("Ana Ruiz, prime minister in 2023, spoke.", [ROW_ONLY], ("role",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Ana Ruiz, finance minister in 2021, spoke.", id="before-the-term"),
        pytest.param("Ana Ruiz, opposition leader in 2023, spoke.", id="after-the-term"),
    ],
)
def test_r5_twin_a_post_not_held_that_year_stays_refuted(body: str) -> None:
    found = _judged(body, [RUIZ], ("role",))
    assert set(found.values()) == {Verdict.CONTRADICTED}, found


def test_r5_a_year_after_a_step_is_the_steps_not_a_span_of_the_holding() -> None:
    # 'became prime minister in 2019' dates the step: his term from 2015, running through 2019, does not support it
    found = _judged("Ivo Stam became prime minister in 2019.", [STAM], ("role",))
    assert found and Verdict.SUPPORTED not in found.values(), found


# R8: a count of terms tells holdings that may all be over; the page's two finance terms support 'two-time'.
def test_r8_a_two_time_holder_is_supported() -> None:
    found = _judged("Ana Ruiz, a two-time finance minister, spoke.", [TWICE], ("role",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


def test_r8_twin_a_count_the_page_does_not_list_is_not_supported() -> None:
    found = _judged("Ana Ruiz, a three-time finance minister, spoke.", [TWICE], ("role",))
    assert set(found.values()) == {Verdict.UNVERIFIED}, found


# R6: the post left to become another is a past holding; the record ('the first ... to become') no row checks, so
# her finance term supports nothing either.
def test_r6_the_post_left_to_become_another_is_not_refuted() -> None:
    found = _judged("Ana Ruiz, the first finance minister to become prime minister, spoke.", [RUIZ, STAM], ("role",))
    assert set(found.values()) == {Verdict.UNVERIFIED}, found


# R14: an apposition's spell ended by a relative or written time, or written as a hyphened span after 'in'.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Ivo Stam, prime minister from 2015 until last year, spoke.", id="from-until-last-year"),
        pytest.param("Ivo Stam, prime minister in 2015-2023, spoke.", id="hyphen"),
        pytest.param("Ivo Stam, prime minister from 2015 until February, spoke.", id="until-month"),
    ],
)
def test_r14_an_apposition_spell_that_ended_is_supported(body: str) -> None:
    found = _judged(body, [RUIZ, STAM], ("role",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


def test_r14_twin_a_hyphened_spell_never_held_stays_refuted() -> None:
    found = _judged("Ana Ruiz, finance minister in 2020-2023, spoke.", [RUIZ, STAM], ("role",))
    assert set(found.values()) == {Verdict.CONTRADICTED}, found


def test_r14_twin_an_end_after_the_terms_supports_nothing() -> None:
    # his term ended in February 2023; 'until last month' (December 2023) is not when
    found = _judged("Ivo Stam, prime minister from 2015 until last month, spoke.", [RUIZ, STAM], ("role",))
    assert Verdict.SUPPORTED not in found.values(), found


# R19: a relative time after 'sworn in as <title>' dates the step, no word of the office.
@pytest.mark.parametrize(
    ("body", "day"),
    [
        pytest.param("Ana Ruiz was sworn in as prime minister yesterday.", dt.date(2023, 2, 15), id="yesterday"),
        pytest.param("Ana Ruiz was sworn in as prime minister last week.", dt.date(2023, 2, 21), id="last-week"),
        pytest.param(
            "Ana Ruiz was sworn in as prime minister earlier this month.", dt.date(2023, 2, 25), id="earlier-this-month"
        ),
    ],
)
def test_r19_a_relative_time_is_no_part_of_the_office(body: str, day: dt.date) -> None:
    found = _judged(body, [SWORN, STAM], ("role",), day)
    assert set(found.values()) == {Verdict.SUPPORTED}, found


def test_r19_twin_another_office_sworn_into_yesterday_stays_refuted() -> None:
    found = _judged(
        "Ana Ruiz was sworn in as foreign minister yesterday.", [SWORN, STAM], ("role",), dt.date(2023, 2, 15)
    )
    assert set(found.values()) == {Verdict.CONTRADICTED}, found


# R18: a nation within a state (countries.toml `within`) is of the state: neither demonym refutes the other.
@pytest.mark.parametrize(
    ("body", "description"),
    [
        pytest.param("British diplomat Eva Holm spoke.", "Scottish diplomat", id="british-for-scottish"),
        pytest.param("Eva Holm, a British diplomat, spoke.", "Welsh diplomat", id="british-for-welsh"),
        pytest.param("Scottish diplomat Eva Holm spoke.", "British diplomat", id="scottish-for-british"),
    ],
)
def test_r18_a_nation_within_the_state_does_not_refute_it(body: str, description: str) -> None:
    found = _judged(body, [_lead(description)], ("role",))
    assert found and Verdict.CONTRADICTED not in found.values(), found


def test_r18_twin_another_nation_of_the_same_state_stays_refuted() -> None:
    found = _judged("Scottish diplomat Eva Holm spoke.", [_lead("Welsh diplomat")], ("role",))
    assert set(found.values()) == {Verdict.CONTRADICTED}, found


# R9: a length in parliament with no seat named is not one constituency's: her seat for Halden runs from 2014, but
# the lead has her first elected in 2010 for Tarsa; the seat's row may not refute the whole time.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Ana Ruiz has been in parliament for 13 years.", id="has-been"),
        pytest.param("Ana Ruiz, who has sat in parliament for nearly 14 years, spoke.", id="nearly"),
    ],
)
def test_r9_years_in_parliament_are_not_one_seats(body: str) -> None:
    found = _judged(body, [RUIZ], ("duration",))
    assert found and Verdict.CONTRADICTED not in found.values(), found


def test_r9_twin_years_for_the_seat_named_stay_refuted() -> None:
    found = _judged("Ana Ruiz has been MP for Halden for 13 years.", [RUIZ], ("duration",))
    assert set(found.values()) == {Verdict.CONTRADICTED}, found
