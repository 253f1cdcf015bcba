"""review21 B9: a reviewer's corrected quote is the speaker's words, not a page title: checked, never refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from verify.cli import app


# B9 (s21-user21 79fce4e, verify/claimfile.py _check_corrections): every claim's `corrected_value` must read as a page
# title (no '[', ']', '<', '>', '|', at most 255 bytes), but a value is a page title only for some kinds: a reviewer's
# corrected QUOTE ('just, credible [and] durable peace', or a quote longer than 255 bytes) now makes the whole check
# fail with a usage error and no report (main: checked, the report written).
@pytest.mark.parametrize(
    "value",
    ["just, credible [and] durable peace", "a just and lasting peace, " * 12],
    ids=["bracketed-quote", "long-quote"],
)
def test_a_reviewers_corrected_quote_is_checked_not_refused(tmp_path: Path, value: str) -> None:
    reviewed = json.loads(Path("claims/nato-defense-chiefs.json").read_text())
    quote = next(c for c in reviewed["claims"] if c["kind"] == "quote")
    quote["corrected_value"] = value
    (tmp_path / "nato-defense-chiefs.json").write_text(json.dumps(reviewed))
    args = ["check", "seeds/nato-defense-chiefs.txt", "--claims", str(tmp_path), "--out", str(tmp_path / "r")]
    result = CliRunner().invoke(app, args)
    assert "corrected_value" not in result.stderr
    assert (tmp_path / "r" / "nato-defense-chiefs.json").exists()
