"""Judging one claim against pages read whole, as the desk would on the article's day: the helpers
the judging tests share (their `pages` fixture is in tests/conftest.py)."""

from __future__ import annotations

import datetime as dt

from verify.judge import decide, findings_for
from verify.models import Claim, ClaimResult, Document


def verdict(claim: Claim, docs: list[Document], as_of: dt.date) -> ClaimResult:
    """The verdict on `claim` with `docs` as both its own pages and the article's pool."""
    return decide(claim, findings_for(claim, docs, docs, as_of), [], as_of, docs)
