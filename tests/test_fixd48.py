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


def _lund(office: str) -> Document:
    """A minister's page whose sentence alone (no infobox) names her office, held since 2021."""
    lead = f"Eva Lund (born 9 September 1970) is a Norbian politician who has served as {office} since 2021."
    return page("Eva Lund", lead, SAVED)


# R3 on the clause side (fixb48's role rows): a spell the page's sentence gives the foreign ministry under another of
# its names is the foreign minister's spell.
@pytest.mark.parametrize(
    "office",
    [
        pytest.param("Minister of External Relations", id="external-relations"),
        pytest.param("Minister of Foreign Relations", id="foreign-relations"),
        pytest.param("Minister of External Affairs", id="external-affairs"),
    ],
)
def test_the_foreign_ministrys_other_names_date_the_spell(office: str) -> None:
    found = _verdicts("Eva Lund has been foreign minister since 2021.", [_lund(office)], "clause")
    assert found == [Verdict.SUPPORTED], found


# The twin: a longer form naming another portfolio is not widened ('foreign economic relations', 'foreign trade'),
# and the foreign ministry's other name still dates the spell (another year is not supported).
@pytest.mark.parametrize(
    ("office", "since"),
    [
        pytest.param("Minister of Foreign Economic Relations", 2021, id="foreign-economic-relations"),
        pytest.param("Minister of External Economic Relations", 2021, id="external-economic-relations"),
        pytest.param("Minister of Foreign Trade", 2021, id="foreign-trade"),
        pytest.param("Minister of External Relations", 2019, id="another-year"),
    ],
)
def test_another_portfolio_or_year_is_no_foreign_ministers_spell(office: str, since: int) -> None:
    found = _verdicts(f"Eva Lund has been foreign minister since {since}.", [_lund(office)], "clause")
    assert found and Verdict.SUPPORTED not in found, found
