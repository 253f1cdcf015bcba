"""Judging: from a claim and its documents to a verdict, a confidence and a plain-English rationale.

Each rule is a small function that returns `Finding`s (a unit of evidence with its stance on one
aspect of the claim). `decide` turns findings into the verdict:
- supported: the claim's main aspect is supported and nothing unresolved contradicts it;
- contradicted: something contradicts it and nothing supports the main aspect;
- unverified: both (sources disagree), or neither, with the reason.
A contradiction from a page that is older than the supporting evidence (an incumbent "since 2022"
against a holder "since 2025") is set aside as stale, and so is one dated after the article.

Confidence = (best deciding score / 100) x (0.7 + 0.1 x number of distinct documents that agree,
at most 3). One strong sentence from one page gives 0.8; three agreeing pages give 1.0.
Unverified claims have confidence 0.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from verify import aliases
from verify.link import find_person, name_score, office_phrases, office_titles
from verify.match import (
    Unit,
    country_in,
    counts_in,
    field_text,
    incumbent_fields,
    is_person_doc,
    parse_date,
    person_mentions,
    phrase_position,
    rank_before,
    start_dates,
    tense,
    units,
)
from verify.models import (
    NOT_CHECKED_REASONS,
    Claim,
    ClaimResult,
    Document,
    Evidence,
    Outcome,
    Reason,
    Stance,
    Verdict,
    outcome_of,
)
from verify.names import same_person
from verify.retrieve import EvidencePool
from verify.wikitext import numbered_groups


@dataclass(frozen=True)
class Finding:
    unit: Unit
    stance: Stance
    score: float
    aspect: str  # "main", "nationality" or "rank"
    detail: str  # how the rationale describes it
    dated: dt.date | None = None
    past: bool = False  # the page says the subject held it once: supports "held", contradicts "holds"


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
            out.append(Finding(finding.unit, Stance.CONTRADICTS, finding.score * 0.9, "main", detail, finding.dated))
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
            out.append(Finding(unit, Stance.CONTRADICTS, 90.0, "main", detail, past=True))
        elif start is not None and (as_of is None or start <= as_of):
            # a term still open, or one that ended after the article's date, covers the article's day
            held = f"holds it since {start}" if end is None else f"held it from {start} to {end}"
            out.append(Finding(unit, Stance.SUPPORTS, 95.0, "main", f"says {subject} {held}", start))
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
            out.append(Finding(unit, Stance.SUPPORTS, hit[0], "main", f"names {hit[1]} as the holder", since))
            continue
        others = [m for m in person_mentions(text) if not re.search(r"Command|Committee|Council|Staff|NATO", m)]
        same = next((m for m in others if same_person(subject, m)), None)
        if same:  # the claimed person written another way ("GenAlexus G. Grynkewich"), never another holder
            out.append(Finding(unit, Stance.SUPPORTS, 90.0, "main", f"names {same} as the holder", since))
            continue
        if others and unit.field is not None:
            out.append(Finding(unit, Stance.CONTRADICTS, 90.0, "main", f"names {others[0]} as the holder", since))
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
            out.append(Finding(unit, Stance.SUPPORTS, pos[0], "main", f"says {subject} holds it", since))
        elif when == "past":
            out.append(
                Finding(
                    unit,
                    Stance.CONTRADICTS,
                    pos[0] * 0.9,
                    "main",
                    f"says {subject} held it only in the past",
                    past=True,
                )
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
                        "nationality",
                        f"gives {claim.effective_subject}'s country as {have}",
                    )
                )
            elif have:
                out.append(
                    Finding(
                        unit,
                        Stance.CONTRADICTS,
                        90.0,
                        "nationality",
                        f"gives {claim.effective_subject}'s country as {have}",
                    )
                )
    return out


def rank_findings(claim: Claim, docs: list[Document]) -> list[Finding]:
    want = aliases.canonical_rank(claim.rank or (claim.value if claim.relation == "rank" else None))
    if not want:
        return []
    aspect = "main" if claim.relation == "rank" else "rank"
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
                    out.append(Finding(unit, Stance.SUPPORTS, 100.0, "main", f"counts {count.phrase}"))
                else:
                    out.append(
                        Finding(unit, Stance.CONTRADICTS, 90.0, "main", f"gives a different count, {count.phrase}")
                    )
    return out


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
                    out.append(Finding(unit, Stance.SUPPORTS, 100.0, "main", detail, start))
                else:
                    out.append(Finding(unit, Stance.CONTRADICTS, 85.0, "main", detail, start))
    if any(f.stance == Stance.SUPPORTS for f in out):
        # the article's war is the reading that fits; other start dates are other readings, not conflicts
        out = [
            f if f.stance == Stance.SUPPORTS else Finding(f.unit, Stance.NEUTRAL, f.score, f.aspect, f.detail)
            for f in out
        ]
    return out


def quote_findings(claim: Claim, docs: list[Document]) -> list[Finding]:
    phrase = aliases.fold(claim.value or "")
    out = []
    for doc in docs:
        for unit in units(doc):
            score = fuzz.partial_ratio(phrase, aliases.fold(unit.text)) if len(phrase) > 8 else 0
            if score >= 95:
                out.append(Finding(unit, Stance.SUPPORTS, score, "main", "quotes the phrase"))
    return out


def meeting_findings(claim: Claim, docs: list[Document]) -> list[Finding]:
    other = re.sub(r"\s+in\s+.*$", "", claim.value or "")
    out = []
    for doc in docs:
        for unit in units(doc):
            if re.search(r"\b(met|meeting|summit|talks|hosted)\b", unit.text, re.I):
                a, b = find_person(claim.effective_subject, unit.text), find_person(other, unit.text)
                if a and b:
                    out.append(Finding(unit, Stance.SUPPORTS, min(a[0], b[0]), "main", "reports the meeting"))
    return out


def _as_past(f: Finding) -> Finding:
    """For a claim that someone *held* an office, a past term supports it, and another holder now
    says nothing against it."""
    if f.stance != Stance.CONTRADICTS:
        return f
    if f.past:
        return Finding(f.unit, Stance.SUPPORTS, f.score, f.aspect, f.detail.replace(" only in the past", ""), past=True)
    return Finding(f.unit, Stance.NEUTRAL, f.score, f.aspect, f.detail)


def findings_for(claim: Claim, own: list[Document], pool: list[Document], as_of: dt.date | None) -> list[Finding]:
    """Every rule that applies to the claim's kind, over its own documents and then the run's pool."""
    seen = {d.url for d in own}
    everything = own + [d for d in pool if d.url not in seen]
    match claim.kind, claim.relation:
        case "role", "held office":
            return (
                [_as_past(f) for f in office_findings(claim, everything, as_of)]
                + nationality_findings(claim, everything)
                + rank_findings(claim, everything)
            )
        case "role", "holds office":
            return (
                office_findings(claim, everything, as_of)
                + nationality_findings(claim, everything)
                + rank_findings(claim, everything)
            )
        case "role", "rank":
            return rank_findings(claim, everything) + nationality_findings(claim, everything)
        case "quantity", _:
            return count_findings(claim, everything)
        case "duration", _:
            return duration_findings(claim, own, as_of)
        case "quote", _:
            return quote_findings(claim, everything)
        case "relation", _:
            return meeting_findings(claim, everything)
    return []


def _set_aside_stale(findings: list[Finding], as_of: dt.date | None) -> list[Finding]:
    """Dated evidence decides between dated evidence: the side whose date is older is stale (an
    incumbent "since 2022" against a holder "since 2025"), and anything dated after the article is
    not evidence about the article's day. Undated findings always stay."""

    def current(f: Finding) -> bool:
        return f.dated is not None and (as_of is None or f.dated <= as_of)

    newest = {
        stance: max((f.dated for f in findings if f.stance == stance and current(f)), default=None)
        for stance in (Stance.SUPPORTS, Stance.CONTRADICTS)
    }
    kept = []
    for f in findings:
        other = newest[Stance.CONTRADICTS if f.stance == Stance.SUPPORTS else Stance.SUPPORTS]
        after_article = f.stance == Stance.CONTRADICTS and f.dated is not None and as_of is not None and f.dated > as_of
        older = f.stance != Stance.NEUTRAL and current(f) and other is not None and f.dated < other
        if after_article or older:
            why = "dated after the article" if after_article else "older than other dated evidence"
            f = Finding(f.unit, Stance.NEUTRAL, f.score, f.aspect, f"{f.detail} (set aside: {why})", f.dated)
        kept.append(f)
    return kept


def _label(doc: Document) -> str:
    if doc.source == "wikipedia":
        return f"Wikipedia's '{doc.title}'" + (f" (rev {doc.revision_id})" if doc.revision_id else "")
    return f"'{doc.title}' ({doc.url})"


def _confidence(findings: list[Finding]) -> float:
    if not findings:
        return 0.0
    docs = {f.unit.doc.url for f in findings}
    return round(min(1.0, max(f.score for f in findings) / 100 * (0.7 + 0.1 * min(3, len(docs)))), 2)


def _distinct(findings: list[Finding]) -> list[Finding]:
    """One evidence item per page sentence: the same unit found by two rules is shown once."""
    seen, out = set(), []
    for f in findings:
        key = (f.unit.doc.url, f.unit.text)
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out


def _evidence(f: Finding) -> Evidence:
    doc = f.unit.doc
    return Evidence(
        url=doc.url,
        title=doc.title,
        revision_id=doc.revision_id,
        revision_url=doc.revision_url,
        retrieved_at=doc.retrieved_at,
        snippet=f.unit.text,
        score=round(f.score, 1),
        stance=f.stance,
        link_reason=doc.link_reason,
    )


def decide(
    claim: Claim,
    findings: list[Finding],
    notes: list[str],
    as_of: dt.date | None,
    docs: list[Document],
    reasons: list[Reason] | None = None,
    unconsulted: Reason | None = None,
) -> ClaimResult:
    """The verdict, with the reviewer's decision and note attached (see `_decide`). `reasons` are the
    codes of `notes`; `unconsulted` says why no source at all could be consulted in this run, if so."""
    result = _decide(claim, findings, notes, as_of, docs, reasons or [], unconsulted)
    review = claim.review
    outcome = outcome_of(result.verdict, review.status if review else None)
    reason = Reason.ACCEPTED_BY_REVIEWER if outcome == Outcome.ACCEPTED else result.reason
    return result.model_copy(update={"review": review, "note": claim.note, "outcome": outcome, "reason": reason})


def _decide(
    claim: Claim,
    findings: list[Finding],
    notes: list[str],
    as_of: dt.date | None,
    docs: list[Document],
    reasons: list[Reason],
    unconsulted: Reason | None,
) -> ClaimResult:
    """The verdict from the findings, aspect by aspect (main, nationality, rank): an aspect only
    contradicted refutes the claim; one both supported and contradicted means the sources disagree."""
    findings = _set_aside_stale(findings, as_of)
    by_score = sorted(findings, key=lambda f: -f.score)
    aspects = sorted({f.aspect for f in findings if f.stance != Stance.NEUTRAL})
    support = {a: [f for f in by_score if f.aspect == a and f.stance == Stance.SUPPORTS] for a in aspects}
    contra = {a: [f for f in by_score if f.aspect == a and f.stance == Stance.CONTRADICTS] for a in aspects}
    base = dict(id=claim.id, kind=claim.kind, text=claim.text, sentence=claim.sentence, span=claim.span)
    if claim.skipped:
        return ClaimResult(
            **base,
            verdict=Verdict.NOT_CHECKED,
            confidence=0.0,
            rationale=f"Skipped by the reviewer: {claim.skip_reason or claim.why or 'no reason given'}.",
            reason=Reason.SKIPPED_BY_REVIEWER,
        )
    refuted = [a for a in aspects if contra[a] and not support[a]]
    disputed = [a for a in aspects if contra[a] and support[a]]
    if refuted:
        against = sorted((f for a in refuted for f in contra[a]), key=lambda f: -f.score)
        best = against[0]
        return ClaimResult(
            **base,
            verdict=Verdict.CONTRADICTED,
            confidence=_confidence(against),
            evidence=[_evidence(f) for f in _distinct(against)[:3]],
            rationale=f"{_label(best.unit.doc)} {best.detail}: “{_short(best.unit.text)}”",
        )
    if disputed:
        a = disputed[0]
        return ClaimResult(
            **base,
            verdict=Verdict.UNVERIFIED,
            confidence=0.0,
            evidence=[_evidence(f) for f in _distinct(support[a][:2] + contra[a][:2])],
            rationale=f"Sources disagree: {_label(support[a][0].unit.doc)} {support[a][0].detail}, but "
            f"{_label(contra[a][0].unit.doc)} {contra[a][0].detail}.",
            reason=Reason.SOURCES_DISAGREE,
        )
    main = support.get("main", [])
    if main:
        best = main[0]
        side = [f for a in aspects if a != "main" for f in support[a]]
        extra = f" {_label(side[0].unit.doc)} also {side[0].detail}." if side else ""
        rationale = f"{_label(best.unit.doc)} {best.detail}: “{_short(best.unit.text)}”.{extra}"
        return ClaimResult(
            **base,
            verdict=Verdict.SUPPORTED,
            confidence=_confidence(main),
            evidence=[_evidence(f) for f in _distinct(main + side)[:4]],
            rationale=rationale.replace(".”.", ".”"),
        )
    failures = [r for r in reasons if r in NOT_CHECKED_REASONS]
    if failures or (not docs and unconsulted):
        # what would settle it could not be asked for: not checked, never passed off as unverified
        said = "; ".join(notes) or "no source could be consulted in this run"
        return ClaimResult(
            **base,
            verdict=Verdict.NOT_CHECKED,
            confidence=0.0,
            evidence=[_evidence(f) for f in _distinct(by_score)[:2]],
            rationale=f"Not checked: {said}.",
            reason=failures[0] if failures else unconsulted,
        )
    rationale, reason = _unverified_reason(claim, notes, docs, reasons)
    return ClaimResult(
        **base,
        verdict=Verdict.UNVERIFIED,
        confidence=0.0,
        evidence=[_evidence(f) for f in _distinct(by_score)[:2]],
        rationale=rationale,
        reason=reason,
    )


def _short(text: str, limit: int = 220) -> str:
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def _unverified_reason(
    claim: Claim, notes: list[str], docs: list[Document], reasons: list[Reason]
) -> tuple[str, Reason]:
    if claim.kind == "quote":
        return (
            "No retrieved source quotes this phrase; quotes from meetings are rarely on reference pages.",
            Reason.QUOTE_NOT_ON_REFERENCE_PAGES,
        )
    said = "; ".join(notes)
    if docs:
        looked = ", ".join(f"'{d.title}'" for d in docs[:4])
        also = f" Also: {said}." if said else ""
        return f"Read {looked} but found no sentence that settles this.{also}", Reason.NO_PASSAGE
    if said:
        return f"No evidence found: {said}.", reasons[0] if reasons else Reason.NO_PAGE
    return "No source was consulted for this claim.", Reason.NO_RULE_FOR_KIND


def judge(claims: list[Claim], pool: EvidencePool, as_of: dt.date | None) -> list[ClaimResult]:
    """Verdicts for every claim, in claim order."""
    results = []
    # a run that could not consult any source leaves claims with nothing of their own to look up not checked too
    unconsulted = pool.failures[0] if pool.failures and not pool.documents else None
    for claim in claims:
        own = pool.by_claim.get(claim.id, [])
        findings = [] if claim.skipped else findings_for(claim, own, pool.documents, as_of)
        notes, reasons = pool.notes.get(claim.id, []), pool.reasons.get(claim.id, [])
        results.append(decide(claim, findings, notes, as_of, own, reasons, unconsulted))
    return results
