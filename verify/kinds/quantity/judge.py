"""Judging counts: another number for the same counted thing of the same organisation contradicts."""

from __future__ import annotations

import math
import re

from verify import aliases
from verify.kinds.base import Aspect, Finding, Stance
from verify.match import counts_in, units
from verify.models import Claim, Document


def count_findings(claim: Claim, docs: list[Document]) -> list[Finding]:
    """Another number for the same counted thing of the same organisation contradicts."""
    concept = aliases.counted_concept(claim.unit or "") if claim.unit != "percent" else None
    if not concept or claim.number is None or claim.relation != "count":
        return []  # "the 31st member" or "5%" is not a head count
    org_forms = aliases.ORGANISATION_ALIASES.get(claim.context or "", [aliases.fold(claim.context or "")])
    out = []
    for doc in docs:
        about_org = aliases.fold(doc.title) in org_forms or any(f in aliases.fold(doc.title) for f in org_forms)
        for unit in units(doc):
            if unit.field is not None:
                continue
            mentions_org = about_org or any(
                re.search(rf"\b{re.escape(f)}\b", aliases.fold(unit.text)) for f in org_forms
            )
            if not mentions_org:
                continue
            for count in counts_in(unit.text):
                if count.concept != concept:
                    continue
                if math.isclose(count.number, claim.number):
                    out.append(Finding(unit, Stance.SUPPORTS, 100.0, Aspect.MAIN, f"counts {count.phrase}"))
                else:
                    out.append(
                        Finding(unit, Stance.CONTRADICTS, 90.0, Aspect.MAIN, f"gives a different count, {count.phrase}")
                    )
    return out
