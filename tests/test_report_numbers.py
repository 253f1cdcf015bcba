"""How a report writes a count: as an editor does, and never crashing on a number no article states (a hand-edited
claim file or an old JSON report read back may hold Infinity or NaN, which Python's JSON reader accepts)."""

from __future__ import annotations

import pytest

from verify.report.common import _number


@pytest.mark.parametrize(
    ("n", "written"),
    [(32.0, "32"), (1.5, "1.5"), (1200000.0, "1,200,000"), (float("inf"), "inf"), (float("nan"), "nan")],
    ids=["whole", "fraction", "thousands", "infinite", "not-a-number"],
)
def test_a_count_is_written_as_an_editor_writes_it(n: float, written: str) -> None:
    assert _number(n) == written
