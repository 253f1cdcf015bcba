"""A president-elect and a swearing-in still to come, judged on the days around the oath: an '-elect' row
('President-elect of Portugal', 'Assuming office 6 August 2025') gives the day the office itself is taken up,
which ends the -elect spell. Found on the blind Polish subject (pl-2025, tuning): 'The president-elect, Karol
Nawrocki,' and 'will be sworn in as Poland's president on Wednesday, 6 August' were both contradicted two days
before the oath."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, judged_body
from verify.models import Document, Verdict

OATH = dt.date(2025, 8, 6)
SAVED = dt.datetime(2025, 6, 1, tzinfo=dt.UTC)
OFFICE = boxed(
    "President of Portugal",
    "The President of Portugal is the head of state of Portugal.",
    [("incumbent", "Ivo Stam"), ("incumbentsince", "6 August 2015")],
    SAVED,
)
ELECT = boxed(
    "Lena Vos",
    "Lena Vos (born 3 March 1983) is a Portuguese historian and politician.",
    [("office", "President-elect of Portugal"), ("term_start", "6 August 2025"), ("succeeding", "Ivo Stam")],
    SAVED,
)


def _roles(body: str, day: dt.date, docs: list[Document] | None = None) -> set[Verdict]:
    return {v for c, v in judged_body(body, docs or [OFFICE, ELECT], day) if c.kind == "role"}


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("The president-elect, Lena Vos, met Ivo Stam on Monday.", id="apposition"),
        pytest.param("President-elect Lena Vos met Ivo Stam on Monday.", id="before-the-name"),
        pytest.param("Lena Vos will be sworn in as Portugal's president on Wednesday.", id="sworn-in-possessive"),
    ],
)
def test_the_president_elect_before_the_oath_is_supported(body: str) -> None:
    assert _roles(body, OATH - dt.timedelta(days=2)) == {Verdict.SUPPORTED}


def test_the_day_of_the_oath_still_has_a_president_elect() -> None:
    assert _roles("President-elect Lena Vos will take the oath at noon.", OATH) == {Verdict.SUPPORTED}


def test_the_president_elect_after_the_oath_is_refuted() -> None:
    assert _roles("President-elect Lena Vos met the cabinet on Friday.", OATH + dt.timedelta(days=2)) == {
        Verdict.CONTRADICTED
    }


def test_a_president_elect_a_year_before_the_oath_is_not_supported() -> None:
    """The row says when the office is taken up, not when the election was: a year before, it settles nothing."""
    assert Verdict.SUPPORTED not in _roles("President-elect Lena Vos met Ivo Stam.", OATH - dt.timedelta(days=365))


def test_a_swearing_in_to_another_countrys_presidency_stays_refuted() -> None:
    assert _roles("Lena Vos will be sworn in as Sweden's president on Wednesday.", OATH - dt.timedelta(days=2)) != {
        Verdict.SUPPORTED
    }
