"""A length in decades or centuries is judged in its own unit (verify/kinds/duration/judge.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from verify.kinds.base import Stance
from verify.kinds.duration.judge import duration_findings
from verify.models import Claim, Document


def page(text: str) -> Document:
    return Document(
        url="https://example.org/dispute",
        title="Harbour dispute",
        source="wikipedia",
        retrieved_at=dt.datetime(2024, 6, 1, tzinfo=dt.UTC),
        text=text,
    )


def length(value: str, number: float, unit: str) -> Claim:
    words = f"the dispute has lasted {value}"
    return Claim(
        id="d1", kind="duration", text=words, sentence=words + ".", span=(0, len(words)), subject="dispute",
        relation="lasts", value=value, number=number, unit=unit, context="Harbour dispute",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("value", "number", "unit", "stance"),
    [
        ("two decades", 2, "decades", Stance.SUPPORTS),
        ("four decades", 4, "decades", Stance.CONTRADICTS),
        ("23 years", 23, "years", Stance.SUPPORTS),
    ],
    ids=["decades that fit", "decades that do not", "the same length in years"],
)
def test_a_length_is_read_in_its_own_unit(value, number, unit, stance):
    found = duration_findings(
        length(value, number, unit), [page("The dispute began on 1 March 2001.")], dt.date(2024, 6, 1)
    )
    assert [f.stance for f in found] == [stance], [f.detail for f in found]
