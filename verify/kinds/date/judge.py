"""Reading an event's date off pages about its subject."""

from __future__ import annotations

import datetime as dt
import re

from verify.kinds.base import Aspect, Finding, Stance
from verify.link import find_person, name_score
from verify.match import DATE_TEXT, Unit, parse_date, units
from verify.models import Claim, Document
from verify.names import same_person

# What an event's verb may be written as on a page, and the infobox rows that date it.
_AUXILIARIES = frozenset({"was", "were", "has", "had", "have", "been", "is", "will", "be"})


def precision(written: str) -> str:
    """How precisely a date is written: 'day', 'month' or 'year'."""
    if re.search(r"\b\d{1,2}\b(?!\d)", re.sub(r"\d{4}", "", written)):
        return "day"
    return "month" if re.search(r"[A-Za-z]{3,}", written) else "year"


_RANK = {"year": 0, "month": 1, "day": 2}


def same_date(a: dt.date, b: dt.date, at: str) -> bool:
    if at == "day":
        return a == b
    if at == "month":
        return (a.year, a.month) == (b.year, b.month)
    return a.year == b.year


def _verb_stems(relation: str) -> list[str]:
    words = [w for w in re.findall(r"[a-z]+", relation.lower()) if w not in _AUXILIARIES]
    return [w[:4] for w in words[:1]]


def _about_subject(doc: Document, unit: Unit, subject: str) -> bool:
    own = name_score(subject, doc.title) >= 85 or same_person(subject, doc.title)
    return own or bool(find_person(subject, unit.text))


def date_findings(claim: Claim, docs: list[Document]) -> list[Finding]:
    """Sentences about the subject that give the claim's date with its event's verb."""
    written = claim.effective_value or ""
    want = parse_date(written)
    stems = _verb_stems(claim.relation)
    if want is None or not stems:
        return []
    at = precision(written)
    out = []
    for doc in docs:
        for unit in units(doc):
            if unit.field is not None or not _about_subject(doc, unit, claim.effective_subject):
                continue
            if not any(re.search(rf"\b{stem}", unit.text, re.I) for stem in stems):
                continue
            for m in DATE_TEXT.finditer(unit.text):
                have = parse_date(m.group(0))
                # a page less precise than the article ("2025" for "17 January 2025") cannot confirm it
                if have is None or _RANK[precision(m.group(0))] < _RANK[at] or not same_date(have, want, at):
                    continue
                out.append(Finding(unit, Stance.SUPPORTS, 95.0, Aspect.MAIN, f"dates it to {m.group(0)}", have))
                break
    return out
