"""Reading an event's date off pages about its subject."""

from __future__ import annotations

import datetime as dt
import re

from verify.aliases import fold
from verify.kinds.base import Aspect, Finding, Stance
from verify.link import find_person, name_score
from verify.match import DATE_TEXT, Unit, field_text, parse_date, units
from verify.models import Claim, Document, InfoboxField
from verify.names import same_person
from verify.offices import qualifiers
from verify.wikitext import numbered_groups

# What an event's verb may be written as on a page, and the infobox rows that date it.
_AUXILIARIES = frozenset({"was", "were", "has", "had", "have", "been", "is", "will", "be"})


_ISO = re.compile(r"\d{4}(?P<month>-\d{2})?(?P<day>-\d{2})?")


def precision(written: str) -> str:
    """How precisely a date is written: 'day', 'month' or 'year' ('2024-07-05', '2017-01' and '2019' too)."""
    iso = _ISO.fullmatch(written.strip())
    if iso:
        return "day" if iso["day"] else "month" if iso["month"] else "year"
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


def _named_words(claim: Claim) -> set[str]:
    """The claim's other checkable words: what its capitalised words name besides the subject and the
    date ('Chancellor of the Exchequer' in 'became Chancellor of the Exchequer on 5 July 2024')."""
    text = DATE_TEXT.sub(" ", claim.text)
    subject = set(fold(claim.effective_subject).split())
    named = {w.lower() for w in re.findall(r"\b[A-Z][a-z]+\b", text)}
    return {w for w in named - subject if len(w) > 2}


def _states_every_value(claim: Claim, doc: Document, unit: Unit) -> bool:
    """A passage (with its page's title) that names every other thing the claim names."""
    said = set(fold(f"{doc.title} {unit.text}").split())
    return all(any(s.startswith(w[:5]) for s in said) for w in _named_words(claim))


def date_findings(claim: Claim, docs: list[Document], as_of: dt.date | None = None) -> list[Finding]:
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
            if not _states_every_value(claim, doc, unit):
                continue  # the right day for another event: 'became prime minister' for 'became chancellor'

            for m in DATE_TEXT.finditer(unit.text):
                have = parse_date(m.group(0))
                # a page less precise than the article ("2025" for "17 January 2025") cannot confirm it
                if have is None or _RANK[precision(m.group(0))] < _RANK[at] or not same_date(have, want, at):
                    continue
                out.append(Finding(unit, Stance.SUPPORTS, 95.0, Aspect.MAIN, f"dates it to {m.group(0)}", have))
                break
    return out + term_date_findings(claim, docs, as_of)


# Verbs that date the start of an office's term, and the infobox rows that hold an event's own date.
_TAKES_OFFICE = re.compile(r"\b(took office|takes office|took over|take office|became|sworn|assumed|succeeded)\b", re.I)
_SINCE = re.compile(r"\bsince\b", re.I)
_FUTURE = re.compile(r"\b(takes|will take|is to take|will become)\b", re.I)
_EVENT_DATE = re.compile(r"^(date|election_date|event_date)$")


def term_date_findings(claim: Claim, docs: list[Document], as_of: dt.date | None = None) -> list[Finding]:
    """The infobox settles a start or an event's day: on the subject's own page, an office whose
    words (with its predecessor) name every other thing the claim names dates 'took office',
    'became', 'was sworn in'; an event page's `date` row dates 'was held'. The same day (to the
    claim's precision) supports; another day contradicts, quoting the row."""
    written = claim.effective_value or ""
    want = parse_date(written)
    if want is None:
        return []
    at = precision(written)
    named = _named_words(claim)
    starts = bool(_TAKES_OFFICE.search(f"{claim.relation} {claim.text}") or _SINCE.search(claim.text))
    out = []
    for doc in docs:
        own = name_score(claim.effective_subject, doc.title) >= 85 or same_person(claim.effective_subject, doc.title)
        if not own:
            continue
        rows: list[tuple[InfoboxField, str]] = []
        if starts:
            rows += _term_starts(claim, doc, named, as_of)
        if not starts:
            rows += [(f, doc.title) for f in doc.infobox if _EVENT_DATE.match(f.label.lower())]
        for row, what in rows:
            have = parse_date(row.value)
            if have is None or _RANK[precision(row.value)] < _RANK[at]:
                continue
            unit = Unit(doc, field_text(doc, row), row)
            if same_date(have, want, at):
                out.append(Finding(unit, Stance.SUPPORTS, 95.0, Aspect.MAIN, f"dates {what} to {row.value}", have))
            else:
                out.append(Finding(unit, Stance.CONTRADICTS, 90.0, Aspect.MAIN, f"dates {what} to {row.value}"))
    return out


def _term_starts(claim: Claim, doc: Document, named: set[str], as_of: dt.date | None) -> list[tuple[InfoboxField, str]]:
    """The term starts a start claim is about: the offices naming every other thing the claim names;
    a claim naming nothing else ('takes office on ...', 'has led it since ...') is about the one
    office whose term is then to come, or the one then held, if there is exactly one."""
    offices = []
    for group in numbered_groups(doc.infobox).values():
        office, start = group.get("office"), group.get("term_start")
        if office is None or start is None:
            continue
        if named and qualifiers(office.value) == qualifiers(claim.text):
            about = " ".join(f.value for k, f in group.items() if k in {"office", "predecessor"})
            if _names_all(about, named):
                offices.append((start, office.value))
        elif not named and as_of is not None:
            begins, ends = parse_date(start.value), group.get("term_end")
            end = parse_date(ends.value) if ends else None
            future = _FUTURE.search(claim.text) and begins is not None and begins > as_of
            current = not _FUTURE.search(claim.text) and begins is not None and begins <= as_of
            if future or (current and (end is None or end >= as_of)):
                offices.append((start, office.value))
    return offices if named or len(offices) == 1 else []


def _names_all(text: str, named: set[str]) -> bool:
    said = set(fold(text).split())
    return all(any(s.startswith(w[:5]) for s in said) for w in named)
