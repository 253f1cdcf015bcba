"""The forty-fourth session's lead: rows for behaviour the lead's own changes read or guard."""

from __future__ import annotations

import pytest

from tests.test_review38 import _judged_whole
from tests.test_review43 import DAY, MINISTER, PAST_MINISTER
from verify.models import Verdict

# A clause supported on one value whose words hold a narrower claim of the same person that is refuted shows the
# refutation (fuzz43 F3): 'took office on 4 May 2020, succeeding Vos' names the right predecessor and the wrong day;
# Ivo Stam's infobox: Minister of Finance from 4 May 2021, predecessor Lena Vos.


@pytest.mark.parametrize(
    ("body", "verdict"),
    [
        pytest.param("Ivo Stam took office on 4 May 2020, succeeding Vos.", Verdict.CONTRADICTED, id="wrong-day"),
        pytest.param("Ivo Stam took office on 4 May 2021, succeeding Vos.", Verdict.SUPPORTED, id="right-day"),
        pytest.param(
            "Ivo Stam, who took office on 4 May 2020, succeeded Lena Vos.", Verdict.CONTRADICTED, id="relative-clause"
        ),
    ],
)
def test_a_claim_holding_a_refuted_part_of_the_same_person_is_not_supported(body: str, verdict: Verdict) -> None:
    found = _judged_whole(body, [MINISTER, PAST_MINISTER], "clause", "Vos", DAY)
    assert found == [verdict]
