"""Findings of review23 (session 23). B-items: plain tests that pass on main and fail on the branch named (merging it
without a fix turns them red). R-items are strict xfails for what is open, to merge with their fix. Invented people,
countries and pages (`tests/support/judging.py`), or generic wording for extraction; each claim judged has the fields
extraction gives its words."""

from __future__ import annotations

import pytest

from tests.test_clauses import article
from verify.extract import extract_claims


def _subjects(body: str, kind: str) -> set[str]:
    """The subjects extraction gives the claims of `kind` in a one-paragraph article."""
    return {c.subject or "" for c in extract_claims(article(body)) if c.kind == kind}


# B1 (s23-ext23 2cfeab3, verify/extract/__init__.py `_capitals_as_states`): a capital named only as an actor is read as
# its state. News names sports sides by their city ("Madrid beat Barcelona", "Dublin beat Kerry" in Gaelic games,
# "Wellington beat Auckland" in cricket) and host cities host ("Paris hosted the Summer Olympics"): none of them is the
# state, and none is written "in Madrid". The city stays the subject (on main it does).
@pytest.mark.parametrize(
    ("body", "city", "state"),
    [
        pytest.param("Madrid beat Barcelona 3-1 at the stadium on Sunday.", "Madrid", "Spain", id="club"),
        pytest.param("Dublin beat Kerry by four points in the final at the park.", "Dublin", "Ireland", id="county"),
        pytest.param("Wellington beat Auckland by 12 runs on Friday.", "Wellington", "New Zealand", id="cricket"),
        pytest.param("Paris hosted the Summer Olympics in 2024.", "Paris", "France", id="host-city"),
    ],
)
def test_b1_a_city_side_or_host_is_not_its_state(body: str, city: str, state: str) -> None:
    subjects = _subjects(body, "clause")
    assert city in subjects
    assert state not in subjects
