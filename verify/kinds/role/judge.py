"""Judging role claims: who holds an office (its page's incumbent, the person's own page and
infobox terms, other people who say they hold it now), and the person's rank and nationality."""

from __future__ import annotations

import datetime as dt
import re

from verify import aliases
from verify.kinds.base import Aspect, Finding, Mode, Relation, Stance
from verify.link import find_person, name_score, office_phrases, office_titles
from verify.match import (
    Unit,
    country_in,
    field_text,
    incumbent_fields,
    is_person_doc,
    parse_date,
    person_mentions,
    phrase_position,
    rank_before,
    tense,
    units,
)
from verify.models import Claim, Document
from verify.names import same_person
from verify.wikitext import numbered_groups


def _is_person_page(doc: Document, name: str) -> bool:
    return name_score(name, doc.title) >= 85 or same_person(name, doc.title)


def office_findings(claim: Claim, docs: list[Document], as_of: dt.date | None) -> list[Finding]:
    """Who holds the office: the office page's incumbent, the person's own page (its words and its
    infobox terms of office), and other people's pages that say they hold it now."""
    subject, out = claim.effective_subject, []
    titles = {t.lower() for t in office_titles(claim)}
    phrases = office_phrases(claim)
    country = aliases.country_of(claim.nationality)
    specific = [p for p in phrases if " of " in p or len(p.split()) > 2 or p.isupper()]
    if country and specific:
        phrases = specific
    for doc in docs:
        if doc.title.lower() in titles:
            out += _incumbent_findings(subject, doc)
        elif _is_person_page(doc, subject):
            out += _person_office_findings(subject, doc, phrases, as_of)
            out += _term_findings(subject, doc, phrases, as_of)
        elif is_person_doc(doc):
            out += _rival_findings(doc, phrases, as_of)
    return out


def _rival_findings(doc: Document, phrases: list[str], as_of: dt.date | None) -> list[Finding]:
    """Someone else's page saying they hold the office now, since a known date: a later holder
    than the claimed one means the claimed one no longer holds it (see `_set_aside_stale`)."""
    out = []
    for finding in _person_office_findings(doc.title, doc, phrases, as_of):
        if finding.stance == Stance.SUPPORTS and finding.dated is not None:
            detail = f"says {doc.title} holds it, since {finding.dated.year}"
            out.append(finding.but(stance=Stance.CONTRADICTS, score=finding.score * 0.9, detail=detail))
    return out


def _term_findings(subject: str, doc: Document, phrases: list[str], as_of: dt.date | None) -> list[Finding]:
    """Officeholder infoboxes: each office with its own term (office / term_start / term_end, and
    the numbered office2 / term_start2 / term_end2 ... grouped per number)."""
    out = []
    for group in numbered_groups(doc.infobox).values():
        field = group.get("office")
        if field is None or not phrase_position(phrases, field.value):
            continue
        written_start, written_end = _term(group)
        start = parse_date(written_start) if written_start else None
        end = parse_date(written_end) if written_end else None
        shown = field_text(doc, field) + (f" (term ended {written_end})" if end else "")
        unit = Unit(doc, shown, field)
        if end is not None and (as_of is None or end < as_of):
            detail = f"says {subject}'s term ended on {end}"
            out.append(Finding(unit, Stance.CONTRADICTS, 90.0, Aspect.MAIN, detail, mode=Mode.PAST))
        elif start is not None and (as_of is None or start <= as_of):
            # a term still open, or one that ended after the article's date, covers the article's day
            held = f"holds it since {start}" if end is None else f"held it from {start} to {end}"
            out.append(Finding(unit, Stance.SUPPORTS, 95.0, Aspect.MAIN, f"says {subject} {held}", start))
    return out


def _term(group: dict) -> tuple[str | None, str | None]:
    """The written start and end of one office's term: `term_start`/`term_end`, or a whole `term`
    ("9 March 2004 – present")."""
    start = group["term_start"].value if "term_start" in group else None
    end = group["term_end"].value if "term_end" in group else None
    if start is None and "term" in group:
        parts = re.split(r"\s+[–-]\s+|–", group["term"].value, maxsplit=1)
        start = parts[0]
        end = parts[1] if len(parts) > 1 and not re.search(r"present|incumbent", parts[1], re.I) else None
    return start, end


def _names_a_body(mention: str) -> bool:
    """'European Command', 'NATO Military Committee': a capitalised run that names a body, not a holder."""
    return any(body in mention for body in (*aliases.BODY_WORDS, *aliases.ORGANISATION_ALIASES))


def _incumbent_findings(subject: str, doc: Document) -> list[Finding]:
    out = []
    candidates = [(Unit(doc, field_text(doc, f), f), since) for f, since in incumbent_fields(doc)]
    candidates += [
        (u, None) for u in units(doc) if u.field is None and re.search(r"\b(current|incumbent)\b", u.text, re.I)
    ]
    for unit, since in candidates:
        text = unit.field.value if unit.field else unit.text
        hit = find_person(subject, text)
        if hit:
            out.append(Finding(unit, Stance.SUPPORTS, hit[0], Aspect.MAIN, f"names {hit[1]} as the holder", since))
            continue
        others = [m for m in person_mentions(text) if not _names_a_body(m)]
        same = next((m for m in others if same_person(subject, m)), None)
        if same:  # the claimed person written another way ("GenAlexus G. Grynkewich"), never another holder
            out.append(Finding(unit, Stance.SUPPORTS, 90.0, Aspect.MAIN, f"names {same} as the holder", since))
            continue
        if others and unit.field is not None:
            out.append(Finding(unit, Stance.CONTRADICTS, 90.0, Aspect.MAIN, f"names {others[0]} as the holder", since))
    return out


def _person_office_findings(subject: str, doc: Document, phrases: list[str], as_of: dt.date | None) -> list[Finding]:
    out = []
    for unit in units(doc):
        if unit.field is not None:
            continue
        pos = phrase_position(phrases, unit.text)
        if not pos:
            continue
        folded = aliases.fold(unit.text)
        window = folded[max(0, pos[1] - 70) : pos[2] + 45]
        when, since = tense(window, as_of)
        if when == "current" and (since is None or as_of is None or since <= as_of):
            out.append(Finding(unit, Stance.SUPPORTS, pos[0], Aspect.MAIN, f"says {subject} holds it", since))
        elif when == "past":
            out.append(
                Finding(unit, Stance.CONTRADICTS, pos[0] * 0.9, Aspect.MAIN, f"says {subject} held it", mode=Mode.PAST)
            )
    return out


def nationality_findings(claim: Claim, docs: list[Document]) -> list[Finding]:
    """A different nationality on the person's own page (or beside their name) contradicts."""
    want = aliases.country_of(claim.nationality)
    if not want:
        return []
    out = []
    for doc in docs:
        if _is_person_page(doc, claim.effective_subject):
            # on the person's own page, the allegiance field and the first sentence speak
            candidates = [u for u in units(doc) if u.field and u.field.label.lower() in {"allegiance", "nationality"}]
            candidates += [u for u in units(doc) if u.field is None][:1]
        else:
            candidates = [u for u in units(doc) if u.field and find_person(claim.effective_subject, u.text)]
        for unit in candidates:
            have = country_in(unit.text) or (aliases.country_of(unit.field.value) if unit.field else None)
            if have == want:
                out.append(
                    Finding(
                        unit,
                        Stance.SUPPORTS,
                        95.0,
                        Aspect.NATIONALITY,
                        f"gives {claim.effective_subject}'s country as {have}",
                    )
                )
            elif have:
                out.append(
                    Finding(
                        unit,
                        Stance.CONTRADICTS,
                        90.0,
                        Aspect.NATIONALITY,
                        f"gives {claim.effective_subject}'s country as {have}",
                    )
                )
    return out


def rank_findings(claim: Claim, docs: list[Document]) -> list[Finding]:
    want = aliases.canonical_rank(claim.rank or (claim.value if claim.relation == Relation.RANK else None))
    if not want:
        return []
    aspect = Aspect.MAIN if claim.relation == Relation.RANK else Aspect.RANK
    out = []
    for doc in docs:
        own_page = _is_person_page(doc, claim.effective_subject)
        for unit in units(doc):
            if unit.field is not None and own_page and unit.field.label.lower() == "rank":
                have = aliases.canonical_rank(re.sub(r"^\d+px\s+|\s*\(.*\)$", "", unit.field.value))
            elif unit.field is not None:
                hit = find_person(claim.effective_subject, unit.field.value)
                have = rank_before(unit.field.value, hit[1]) if hit else None
            else:
                continue
            if have == want:
                out.append(
                    Finding(unit, Stance.SUPPORTS, 95.0, aspect, f"gives {claim.effective_subject}'s rank as {have}")
                )
            elif have:
                out.append(
                    Finding(unit, Stance.CONTRADICTS, 90.0, aspect, f"gives {claim.effective_subject}'s rank as {have}")
                )
    return out


def as_past(f: Finding) -> Finding:
    """For a claim that someone *held* an office, a past term supports it, and another holder now
    says nothing against it."""
    if f.stance != Stance.CONTRADICTS:
        return f
    if f.mode == Mode.PAST:
        return f.but(stance=Stance.SUPPORTS)
    return Finding(f.unit, Stance.NEUTRAL, f.score, f.aspect, f.detail)
