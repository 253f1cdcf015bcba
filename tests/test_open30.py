"""open30: true news shapes review29 found called false, read as they are meant. Each row is an invented sentence
judged against the invented pages of tests/test_review29.py (Ana Ruiz prime minister since 14 February 2023, finance
minister before; Ivo Stam and Lena Vos former prime ministers), with its one-fact-false twin where one exists."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import judged_body
from tests.test_review26 import AS_OF
from tests.test_review29 import PARTY, RUIZ, STAM, VOS
from verify.models import Document, Verdict

PAGES = [RUIZ, STAM, VOS]


def _roles_by_holder(body: str, docs: list[Document] = PAGES, day: dt.date = AS_OF) -> dict[str, Verdict]:
    """The role claims extraction gives `body`, keyed by their holder (two holders may share one title's words)."""
    return {c.subject: v for c, v in judged_body(body, docs, day) if c.kind == "role"}


# review29 R13: a plural title before two names is each one's, with its "Former".
def test_each_name_after_a_plural_former_title_held_it() -> None:
    found = _roles_by_holder("Former prime ministers Ivo Stam and Lena Vos attended the ceremony.")
    assert found == {"Ivo Stam": Verdict.SUPPORTED, "Lena Vos": Verdict.SUPPORTED}


def test_a_listed_holder_of_the_post_today_is_no_former_one() -> None:
    found = _roles_by_holder("Former prime ministers Lena Vos and Ana Ruiz attended the ceremony.")
    assert found == {"Lena Vos": Verdict.SUPPORTED, "Ana Ruiz": Verdict.CONTRADICTED}


# review29 R14: "X and Y, both former <title>s" asks the title of both.
def test_both_names_before_a_shared_plural_title_are_asked() -> None:
    found = _roles_by_holder("Ana Ruiz and Ivo Stam, both former prime ministers, attended.")
    assert found == {"Ana Ruiz": Verdict.CONTRADICTED, "Ivo Stam": Verdict.SUPPORTED}


def test_two_former_holders_sharing_a_plural_title_are_supported() -> None:
    found = _roles_by_holder("Ivo Stam and Lena Vos, both former prime ministers, attended.")
    assert found == {"Ivo Stam": Verdict.SUPPORTED, "Lena Vos": Verdict.SUPPORTED}


# review29 R16: a timeline line's step in the historic present is a step at the line's date, not a post held today.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("1 March 2022 - Ana Ruiz becomes finance minister.", id="day-dash"),
        pytest.param("2022: Ana Ruiz becomes finance minister.", id="year-colon"),
        pytest.param("2015 - Ivo Stam becomes prime minister.", id="his"),
    ],
)
def test_a_timeline_step_in_the_present_is_a_step_at_its_date(body: str) -> None:
    assert set(_roles_by_holder(body).values()) == {Verdict.SUPPORTED}


def test_a_timeline_step_under_another_year_is_not_supported() -> None:
    assert _roles_by_holder("2010 - Ivo Stam becomes prime minister.") == {"Ivo Stam": Verdict.UNVERIFIED}


def test_a_step_in_the_present_outside_a_timeline_is_the_news_of_the_day() -> None:
    assert _roles_by_holder("Ana Ruiz becomes finance minister.") == {"Ana Ruiz": Verdict.CONTRADICTED}


def _dates(body: str, day: dt.date = AS_OF) -> dict[str, Verdict]:
    """The date claims extraction gives `body` in an article of `day`, keyed by their words."""
    return {c.text: v for c, v in judged_body(body, PAGES, day) if c.kind == "date"}


# review29 R18: a yearless day after 'since' is the last such day on or before the article's (10 January 2024).
def test_a_yearless_since_ahead_of_the_articles_day_is_last_years() -> None:
    found = _dates("Ana Ruiz, who has been prime minister since 14 February, spoke.")
    assert found == {"been prime minister since 14 February": Verdict.SUPPORTED}


def test_a_yearless_since_of_another_day_is_refuted() -> None:
    found = _dates("Ana Ruiz, who has been prime minister since 14 March, spoke.")
    assert found == {"been prime minister since 14 March": Verdict.CONTRADICTED}


def _quantities(body: str) -> dict[str, Verdict]:
    """The quantity claims extraction gives `body`, judged against the Norby Party's page, keyed by their words."""
    return {c.text: v for c, v in judged_body(body, [PARTY], AS_OF) if c.kind == "quantity"}


# review29 R6: 'the 150-seat parliament' gives the parliament's size, no count of the party's seats.
def test_the_size_of_the_body_is_no_count_of_the_party() -> None:
    found = _quantities("The Norby Party won 52 seats in the 150-seat parliament in 2019.")
    assert found == {"52 seats": Verdict.SUPPORTED, "150-seat": Verdict.UNVERIFIED}


def test_another_count_of_seats_won_beside_the_bodys_size_is_refuted() -> None:
    found = _quantities("The Norby Party won 60 seats in the 150-seat parliament in 2019.")
    assert found == {"60 seats": Verdict.CONTRADICTED, "150-seat": Verdict.UNVERIFIED}
