"""Judging durations: the event's start date, as its own pages give it, against the article's day."""

from __future__ import annotations

import datetime as dt
import math

from verify.kinds.base import Aspect, Finding, Stance
from verify.match import start_dates, units
from verify.models import Claim, Document


def _years_between(start: dt.date, end: dt.date) -> float:
    return (end - start).days / 365.2425


def duration_findings(claim: Claim, docs: list[Document], as_of: dt.date | None) -> list[Finding]:
    """'has lasted N years': supported if some start date of the event gives N whole years by `as_of`."""
    if as_of is None or claim.number is None:
        return []
    per_year = {"years": 1.0, "months": 12.0, "weeks": 52.18, "days": 365.2425}.get(claim.unit or "years", 1.0)
    out = []
    for doc in docs:
        for unit in units(doc):
            for start, written in start_dates(unit):
                elapsed = _years_between(start, as_of) * per_year
                if elapsed < 0:
                    continue
                detail = f"dates its start to {written}, {elapsed:.1f} {claim.unit} before {as_of}"
                if math.floor(elapsed) == int(claim.number):
                    out.append(Finding(unit, Stance.SUPPORTS, 100.0, Aspect.MAIN, detail, start))
                else:
                    out.append(Finding(unit, Stance.CONTRADICTS, 85.0, Aspect.MAIN, detail, start))
    if any(f.stance == Stance.SUPPORTS for f in out):
        # the article's war is the reading that fits; other start dates are other readings, not conflicts
        out = [
            f if f.stance == Stance.SUPPORTS else Finding(f.unit, Stance.NEUTRAL, f.score, f.aspect, f.detail)
            for f in out
        ]
    return out
