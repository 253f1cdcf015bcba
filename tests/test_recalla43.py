"""Contradiction recall on the office ways, read in the forty-third session (issue 15). Invented people and pages.

- A post held 'until' a day of the news ('also served as foreign minister until April') against the person's own
  infobox, which lists no term of the claimed post and one other post of the same kind and government whose term
  ended in those days ('Minister of Finance', ended 26 April): the article gave the end to the wrong post,
  contradicted. The claimed post listed, no other post ended then, or a head's post ended then (a premier may keep a
  portfolio the infobox leaves out) decide nothing.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, clause_claim, verdict
from verify.models import Verdict

_MAY_2022 = dt.date(2022, 5, 16)
_BERG = boxed(
    "Tomas Berg",
    "Tomas Berg (born 2 May 1966) is a Vestrian businessman and politician.",
    [
        ("office", "Prime Minister of Vestria"),
        ("term_start", "2 February 2021"),
        ("term_end", "9 March 2022"),
        ("office2", "Minister of Finance"),
        ("term_start2", "1 October 2021"),
        ("term_end2", "26 April 2022"),
        ("office3", "Minister of Justice"),
        ("term_start3", "3 March 2017"),
        ("term_end3", "2 June 2019"),
        ("birth_date", "2 May 1966"),
    ],
)


def _held_until(office: str, until: str) -> Verdict:
    text = f"He also served as {office}"
    claim = clause_claim(
        text, "Tomas Berg", "held office", f"{text} {until}.", kind="role", relation="held office", value=office
    )
    return verdict(claim, [_BERG], _MAY_2022).verdict


@pytest.mark.parametrize(
    ("office", "until", "expected"),
    [
        pytest.param("foreign minister", "until April", Verdict.CONTRADICTED, id="another-ministry-ended-then"),
        pytest.param("foreign minister", "until last month", Verdict.CONTRADICTED, id="last-month"),
        pytest.param("finance minister", "until April", Verdict.SUPPORTED, id="control-the-listed-ministry"),
        pytest.param("foreign minister", "until February", Verdict.UNVERIFIED, id="control-none-ended-then"),
        pytest.param("foreign minister", "until March", Verdict.UNVERIFIED, id="control-a-premiership-ended-then"),
    ],
)
def test_a_post_held_until_a_month_another_ministry_ended_in_is_contradicted(
    office: str, until: str, expected: Verdict
) -> None:
    assert _held_until(office, until) == expected
