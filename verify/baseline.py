"""Baselines: the findings a desk has seen and lives with, so that CI fails only on new ones.

`verify baseline ARTICLE...` writes every claim that is contradicted, unverified or not checked
(article stem, claim id, outcome) to a JSON file; `verify check --baseline FILE` leaves those out of
the `--fail-on` gate. Claim ids come from the normalised claim, so they survive re-extraction.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from pydantic import BaseModel, ValidationError

from verify.errors import InputError
from verify.inputs import json_file_kind, load_json, read_capped
from verify.models import ClaimResult, Outcome, Report

DEFAULT_BASELINE = Path("verify-baseline.json")
MAX_BASELINE_BYTES = 20 * 1024 * 1024  # a finding is about 200 bytes: room for 100,000 of them


class Finding(BaseModel):
    """One known finding: the same claim of the same article with the same outcome."""

    article: str  # the article's stem, the name its cassette and claim file share
    claim: str
    outcome: Outcome
    text: str = ""  # the claim's words, for a reader of the file


class Baseline(BaseModel):
    schema_version: int = 1
    findings: list[Finding] = []

    @classmethod
    def of(cls, reports: Iterable[Report]) -> Baseline:
        return cls(
            findings=[
                Finding(article=Path(r.article.path).stem, claim=c.id, outcome=c.outcome, text=c.text)
                for r in reports
                for c in r.claims
                if c.needs_attention
            ]
        )

    def knows(self, report: Report, claim: ClaimResult) -> bool:
        return (Path(report.article.path).stem, claim.id, claim.outcome) in {
            (f.article, f.claim, f.outcome) for f in self.findings
        }


def load_baseline(path: Path) -> Baseline:
    """The baseline at `path`, read like a claim file (a regular file, capped, JSON never too deep):
    a pull request can commit it as a symlink to /dev/zero, or as 100,000 `[`. A JSON file with no
    findings (the article's report, its claim file) is refused: it was read as a baseline that knew
    nothing, and the gate failed on every known finding without a word why."""
    try:
        data = read_capped(path, MAX_BASELINE_BYTES, "baseline")
    except InputError as exc:
        if not path.exists() and not path.is_symlink():
            raise InputError(f"{path}: no such baseline file (write one with verify baseline)") from None
        raise exc from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(f"{path}: cannot read baseline (UnicodeDecodeError)") from None
    loaded = load_json(text, str(path))
    if (what := json_file_kind(loaded)) != "a baseline":  # the article's report was read as no finding known
        raise InputError(f"{path}: is {what}, not a baseline; write one with verify baseline")
    try:
        return Baseline.model_validate(loaded)
    except ValidationError as exc:
        err = exc.errors()[0]
        raise InputError(f"{path}: field '{'.'.join(map(str, err['loc']))}': {err['msg']}") from None
