"""A president-elect after the oath, on a page saved before it whose lead still says 'is the president-elect ...
since 1 June 2025': that present-tense lead dates the -elect spell's start, not a later spell, so the row's oath
day (which ends the spell) is the newer dated evidence and refutes the title two days after the oath. A past term
that ended before the holding now began (a second spell) still takes no side (tests/test_fc17_earlier_spell.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, judged_body
from verify.models import Verdict

OATH = dt.date(2025, 8, 6)
SAVED = dt.datetime(2025, 6, 1, tzinfo=dt.UTC)
OFFICE = boxed(
    "President of Norby",
    "The President of Norby is the head of state of Norby.",
    [("incumbent", "Ivo Stam"), ("incumbentsince", "6 August 2015")],
    SAVED,
)
ELECT = boxed(
    "Lena Vos",
    "Lena Vos (born 3 March 1983) is a Norbian historian who is the president-elect of Norby since 1 June "
    "2025. She will be inaugurated as the President of Norby on 6 August 2025.",
    [("office", "President-elect of Norby"), ("term_start", "6 August 2025"), ("succeeding", "Ivo Stam")],
    SAVED,
)


def _roles(body: str, day: dt.date) -> set[Verdict]:
    return {v for c, v in judged_body(body, [OFFICE, ELECT], day) if c.kind == "role"}


def test_a_stale_lead_does_not_keep_the_president_elect_after_the_oath() -> None:
    assert _roles("President-elect Lena Vos met the cabinet on Friday.", OATH + dt.timedelta(days=2)) == {
        Verdict.CONTRADICTED
    }


def test_the_same_lead_supports_the_president_elect_before_the_oath() -> None:
    assert _roles("President-elect Lena Vos met Ivo Stam on Monday.", OATH - dt.timedelta(days=2)) == {
        Verdict.SUPPORTED
    }


RUIZ = boxed(
    "Ana Ruiz",
    "Ana Ruiz (born 1 January 1975) is a Norbian politician.",
    [("office", "Prime Minister of Norby"), ("term_start", "14 February 2023")],
)


@pytest.mark.parametrize(
    "title", ["prime minister-in-waiting", "prime minister in waiting", "prime minister-designate"]
)
def test_a_post_still_to_come_is_supported_before_the_oath(title: str) -> None:
    """review29 R5: 'in waiting' says what '-elect' and '-designate' say (judging.toml `not_yet`)."""
    found = {
        v for c, v in judged_body(f"Ana Ruiz, the {title}, spoke.", [RUIZ], dt.date(2023, 2, 10)) if c.kind == "role"
    }
    assert found == {Verdict.SUPPORTED}


def test_a_post_in_waiting_after_the_oath_is_refuted() -> None:
    body = "Ana Ruiz, the prime minister-in-waiting, spoke."
    assert {v for c, v in judged_body(body, [RUIZ], dt.date(2023, 3, 10)) if c.kind == "role"} == {Verdict.CONTRADICTED}
