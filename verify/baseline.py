"""Baselines: the findings a desk has seen and lives with, so that CI fails only on new ones.

`verify baseline ARTICLE...` writes every claim that is contradicted, unverified or not checked
(article stem, claim id, outcome) to a JSON file; `verify check --baseline FILE` leaves those out of
the `--fail-on` gate. Claim ids come from the normalised claim, so they survive re-extraction.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from pydantic import BaseModel, ValidationError

from verify.errors import InputError
from verify.models import ClaimResult, Outcome, Report

DEFAULT_BASELINE = Path("verify-baseline.json")


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
    try:
        return Baseline.model_validate(json.loads(path.read_text(encoding="utf-8")))
    except FileNotFoundError:
        raise InputError(f"{path}: no such baseline file (write one with verify baseline)") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read baseline ({type(exc).__name__})") from None
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}: line {exc.lineno}: not valid JSON ({exc.msg})") from None
    except ValidationError as exc:
        err = exc.errors()[0]
        raise InputError(f"{path}: field '{'.'.join(map(str, err['loc']))}': {err['msg']}") from None
