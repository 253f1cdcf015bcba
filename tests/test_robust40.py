"""A long article's work grows with its length, not with its length squared (review39's attacker: a 239 KB article
took 438 s offline only to report every claim 'not checked'). Each row counts the steps of one part that once
compared every claim, title or sentence with every other; none is timed (the timings are in benchmarks/run.py)."""

from __future__ import annotations

import pytest

from verify.models import Report
from verify.report import common


def _report(claims: list[dict]) -> Report:
    return Report.model_validate(
        {
            "article": {"path": "a.txt", "sha256": "0" * 64, "title": "T", "as_of": "2024-04-03"},
            "claims": [{"sentence": "x" * 10, "confidence": 0, "rationale": "R.", **c} for c in claims],
            "summary": {},
        }
    )


def _deeds_with_their_days(count: int) -> list[dict]:
    """`count` deeds told with their day (a date claim and a clause claim on the same words) and a role claim
    beside each, on words of their own."""
    claims = []
    for i in range(count):
        words = {"text": "x" * 10, "span": [3 + 20 * i, 13 + 20 * i], "verdict": "not_checked"}
        claims += [
            {"id": f"d{i}", "kind": "date", **words},
            {"id": f"r{i}", "kind": "role", **words, "text": "x" * 5, "span": [3 + 20 * i, 8 + 20 * i]},
            {"id": f"c{i}", "kind": "clause", **words},
        ]
    return claims


@pytest.mark.parametrize("count", [10, 400])
def test_a_reports_rows_compare_each_claim_only_with_the_claims_on_its_own_words(count, monkeypatch):
    compared = []
    shares = common._shares_a_row
    monkeypatch.setattr(common, "_shares_a_row", lambda a, b: compared.append(1) or shares(a, b))
    rows = common.rows(_report(_deeds_with_their_days(count)).claims)
    assert [[c.id for c in row.claims] for row in rows[:2]] == [["d0", "c0"], ["r0"]]
    assert len(rows) == 2 * count and all(len(row.claims) == 2 for row in rows[::2])
    assert len(compared) <= count  # each clause claim with its date claim: was 1.5 x count squared
