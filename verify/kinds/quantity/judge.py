"""Judging counts: another number for the same counted thing of the same organisation contradicts."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from verify import aliases
from verify.extract.patterns import HYPHEN_COUNT, QUANTITY
from verify.kinds.base import Aspect, Finding, Stance
from verify.match import units
from verify.models import Claim, Document


@dataclass(frozen=True)
class Count:
    number: float
    concept: str
    phrase: str


_QUALIFIERS = re.compile(
    r"\b(founding|new|additional|other|partner|aspiring|non-member|former|original|another)\b", re.I
)


def counts_in(text: str) -> list[Count]:
    """Unqualified counts in a sentence: '32 member states', 'the 32-nation alliance'."""
    out = []
    for m in QUANTITY.finditer(text):
        before = text[max(0, m.start() - 12) : m.start()]
        if _QUALIFIERS.search(m["noun"]) or _QUALIFIERS.search(before) or re.fullmatch(r"(1[89]|20)\d\d", m["num"]):
            continue
        number = aliases.parse_number(m["num"] + (f" {m['scale']}" if m["scale"] else ""))
        concept = aliases.counted_concept(m["noun"])
        if number is not None and concept:
            out.append(Count(number, concept, m.group(0).strip()))
    for m in HYPHEN_COUNT.finditer(text):
        number = aliases.parse_number(m["num"])
        if number is not None:
            out.append(Count(number, "member states", m.group(0)))
    return out


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
