"""Session 21: sentence shapes of tuning articles whose fact the clause reader lost, one row per shape.
Invented names."""

from __future__ import annotations

import pytest

from tests.test_clauses import article
from verify.extract import extract_claims
from verify.models import Claim


def _claims(body: str) -> list[Claim]:
    return extract_claims(article(body))


# A coordinated subject shares its clause's fact ("Al Varna, Al Tirra and Soussel were also flooded"), even when a
# second clause with a subject of its own is joined to the verb ("..., and 3,000 people have been displaced"):
# that clause is no second value paired with each name ('A and B finished first and second').
@pytest.mark.parametrize("name", ["Al Varna", "Al Tirra", "Soussel"])
def test_each_coordinated_name_has_the_fact_beside_a_joined_clause(name: str) -> None:
    body = (
        "Al Varna, Al Tirra and Soussel were also flooded, and at least 3,000 people in Dernby have been displaced, "
        "the agency said."
    )
    flooded = [c for c in _claims(body) if c.kind == "clause" and c.predicate == "flooded"]
    assert name in {c.subject for c in flooded}


def test_names_paired_with_values_stay_apart() -> None:
    """'Ana Lund and Eva Berg finished first and second': each name has its own place, no shared fact."""
    said = [c for c in _claims("Ana Lund and Eva Berg finished first and second in the final.") if c.kind == "clause"]
    assert not any(c.subject == "Eva Berg" and c.text.startswith("Ana Lund") for c in said)
