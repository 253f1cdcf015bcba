"""Judging meetings: a page sentence about a meeting that names both people supports it."""

from __future__ import annotations

import re

from verify.kinds.base import Aspect, Finding, Stance
from verify.link import find_person
from verify.match import units
from verify.models import Claim, Document


def other_party(claim: Claim) -> str:
    """The person met, without where ("Vladimir Putin in Alaska" -> "Vladimir Putin")."""
    return re.sub(r"\s+in\s+.*$", "", claim.value or "")


def meeting_findings(claim: Claim, docs: list[Document]) -> list[Finding]:
    other = other_party(claim)
    out = []
    for doc in docs:
        for unit in units(doc):
            if re.search(r"\b(met|meeting|summit|talks|hosted)\b", unit.text, re.I):
                a, b = find_person(claim.effective_subject, unit.text), find_person(other, unit.text)
                if a and b:
                    out.append(Finding(unit, Stance.SUPPORTS, min(a[0], b[0]), Aspect.MAIN, "reports the meeting"))
    return out
