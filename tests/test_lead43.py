"""The forty-third session's lead: rows for behaviour the lead's own changes read or guard."""

from __future__ import annotations

import pytest

from tests.support.judging import page
from tests.test_review26 import SAVED, _judged
from verify.models import Verdict

# A currency named without a figure ('repaid its loan in euros') is the deed's own: the clause judge reads every
# currency word a claim names, not only those beside a sum, so 'in dollars' is not stated by 'in euros'. Kills
# sums-currency-unread-by-the-clause, whose review36 R16 row the sums check now decides as well.
LOAN = page(
    "Korvik Bank",
    "Korvik Bank is a Norbian bank founded in 1995. In 2023 it repaid its Halden loan in euros.",
    SAVED,
)


@pytest.mark.parametrize(
    ("body", "verdict"),
    [
        pytest.param("Korvik Bank repaid its Halden loan in euros in 2023.", Verdict.SUPPORTED, id="its-currency"),
        pytest.param("Korvik Bank repaid its Halden loan in dollars in 2023.", Verdict.UNVERIFIED, id="another"),
    ],
)
def test_a_currency_without_a_figure_is_the_deeds_own(body: str, verdict: Verdict) -> None:
    assert set(_judged(body, [LOAN], ("clause",)).values()) == {verdict}
