"""Session 48's fixd48 rows: 'interim' and 'acting' read as one stopgap post by the role judge, and the foreign
ministry's other names read by the clause judge, each with its twin (the true case still right); judged through the
article's whole judging against invented pages (review46's `_verdicts`)."""

from __future__ import annotations

import pytest

from tests.support.judging import page
from tests.test_review46 import SAVED, _verdicts
from verify.models import Document, Verdict


def _stopgap(told: str) -> Document:
    """A banker's page telling `told` of his post."""
    return page("Ola Berg", f"Ola Berg (born 1965) is a Norbian banker who {told}", SAVED)


# R4 (review46): news writes 'interim' and 'acting' for one stopgap post; a page writing either supports the other.
@pytest.mark.parametrize(
    ("told", "claimed"),
    [
        pytest.param("has been acting governor of the Bank of Norby since March 2025.", "interim", id="acting-page"),
        pytest.param("has been interim governor of the Bank of Norby since March 2025.", "acting", id="interim-page"),
        pytest.param("has been interim governor of the Bank of Norby since March 2025.", "interim", id="own-word"),
    ],
)
def test_interim_and_acting_name_one_stopgap_post(told: str, claimed: str) -> None:
    body = f"Ola Berg, the {claimed} governor of the Bank of Norby, spoke on Monday."
    assert _verdicts(body, [_stopgap(told)], "role") == [Verdict.SUPPORTED]


# The twin: the swapped word stands only for the other stopgap word: a page's bare or deputy post still tells the
# posts apart (no support), and a stopgap claim is not met by a post held in full.
@pytest.mark.parametrize(
    ("told", "claimed"),
    [
        pytest.param("has been governor of the Bank of Norby since March 2025.", "interim", id="bare-page-interim"),
        pytest.param("has been governor of the Bank of Norby since March 2025.", "acting", id="bare-page-acting"),
        pytest.param(
            "has been acting deputy governor of the Bank of Norby since March 2025.", "interim", id="acting-deputy"
        ),
    ],
)
def test_a_stopgap_claim_is_not_a_post_held_otherwise(told: str, claimed: str) -> None:
    body = f"Ola Berg, the {claimed} governor of the Bank of Norby, spoke on Monday."
    found = _verdicts(body, [_stopgap(told)], "role")
    assert found and Verdict.SUPPORTED not in found, found
