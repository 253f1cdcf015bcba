"""Session 17's review: each finding shown by an example of use, marked xfail(strict) until the lead merges
it with its fix; beside each, the reading that must stay."""

from __future__ import annotations

import json

import pytest

from tests.conftest import ROOT
from tests.support.cli import check, in_project  # noqa: F401  (in_project: an autouse fixture)

SEED = "seeds/nato-defense-chiefs.txt"


# --- 1. desk17: a claim file's count of 1e999 (JSON reads it as infinity) ends the run with an internal error ----
# The reading's number is written as an editor writes it (`verify/report/common.py` `_number`: `n == int(n)`),
# which raises on infinity and NaN; before the reading, the same file gave a whole report (the count
# contradicted). Now no report is written at all.


def _seed_count_as(tmp_path, number: str):
    text = (ROOT / "claims/nato-defense-chiefs.json").read_text().replace('"number": 32.0', f'"number": {number}')
    (tmp_path / "nato-defense-chiefs.json").write_text(text)
    return check(SEED, "--offline", "--claims", tmp_path, "--out", tmp_path / "out")


@pytest.mark.xfail(strict=True, reason="review17: Reading's number rendered with int(n): OverflowError on inf")
@pytest.mark.parametrize("number", ["1e999", "NaN"])
def test_a_claim_files_count_too_large_for_a_float_is_no_internal_error(tmp_path, number):
    result = _seed_count_as(tmp_path, number)
    assert "internal error" not in result.stderr
    assert result.exit_code in (0, 1, 2)


def test_a_claim_files_ordinary_count_still_gives_a_report(tmp_path):
    result = _seed_count_as(tmp_path, "32.0")
    assert result.exit_code == 0, result.output
    assert json.loads((tmp_path / "out" / "nato-defense-chiefs.json").read_text())["summary"]["supported"] == 9
