"""fixe48's examples beside review48's rows (tests/test_review48.py): the true twins its fixes must keep."""

from __future__ import annotations

import pytest

from tests.test_review48 import _moen, _verdicts
from verify.models import Verdict


# S12: a kin noun inside a hyphened kin noun is another relative; the compound itself, claimed, is still stated
# ('Karl Moen is the father-in-law of Eva Lund' is extracted as 'Karl Moen is the father' on main: no row here)
@pytest.mark.parametrize(
    ("told", "body"),
    [
        pytest.param("He is the step-father of Eva Lund.", "Karl Moen is the step-father of Eva Lund.", id="step"),
        pytest.param("He is the foster-son of Jon Dahl.", "Karl Moen is the foster-son of Jon Dahl.", id="foster"),
    ],
)
def test_a_claimed_step_kin_is_stated_by_the_step_kin(told: str, body: str) -> None:
    assert _verdicts(body, [_moen(told)], "clause") == [Verdict.SUPPORTED]
