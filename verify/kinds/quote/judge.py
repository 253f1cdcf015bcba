"""Judging quotes: a retrieved page that quotes the phrase supports it."""

from __future__ import annotations

from rapidfuzz import fuzz

from verify import aliases
from verify.kinds.base import Aspect, Finding, Stance
from verify.match import units
from verify.models import Claim, Document


def quote_findings(claim: Claim, docs: list[Document]) -> list[Finding]:
    phrase = aliases.fold(claim.value or "")
    out = []
    for doc in docs:
        for unit in units(doc):
            score = fuzz.partial_ratio(phrase, aliases.fold(unit.text)) if len(phrase) > 8 else 0
            if score >= 95:
                out.append(Finding(unit, Stance.SUPPORTS, score, Aspect.MAIN, "quotes the phrase"))
    return out
