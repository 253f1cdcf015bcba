"""fixq42 (session 42): review41's figures, scores and owners read clause by clause. A figure belongs to the clause
(verb, time) and to the owner it is written with; each row is a sentence the desk would meet, judged through the
article's whole judging (`_judged_whole` of tests/test_review38.py) against an invented page, with a true twin
wherever a reading could overreach (a true claim keeps its support)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import page
from tests.test_review26 import SAVED
from tests.test_review38 import _judged_whole
from verify.models import Document, Verdict

DAY = dt.date(2024, 6, 1)


def _club(told: str) -> Document:
    """Korvik FC's invented page, with `told` after its lead."""
    return page("Korvik FC", f"Korvik FC is a Norbian football club founded in 1901. {told}", SAVED)


# R4: an en dash between two figures is a score or a span ('2–0', as Wikipedia writes it), not a clause break: the
# year after it stays the deed's (`verify.kinds.binding._BREAK`).
@pytest.mark.parametrize(
    ("told", "verdict"),
    [
        pytest.param("It beat Tarsa FC 2–0 in the 2021 final.", Verdict.SUPPORTED, id="score-then-its-year"),
        pytest.param("It beat Tarsa FC 2–0 in the 2020 final.", Verdict.UNVERIFIED, id="score-then-another-year"),
    ],
)
def test_a_score_with_an_en_dash_keeps_the_deeds_year(told: str, verdict: Verdict) -> None:
    found = _judged_whole("Korvik FC beat Tarsa FC 2-0 in the 2021 final.", [_club(told)], "clause", "Tarsa FC", DAY)
    assert found == [verdict]
