"""Judging: from a claim and its documents to a verdict, a confidence and a plain-English rationale.

Each claim kind judges its own claims (`verify/kinds/<kind>/judge.py`), returning `Finding`s (a
unit of evidence with its stance on one aspect of the claim). `decide` turns findings into the verdict:
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
import os
import re
from typing import Any

from verify import aliases, holder, lexicons
from verify.kinds import kind_of
from verify.kinds.base import Aspect, Finding, Mode, Relation, Retrieved
from verify.kinds.clause.judge import timeless_clause
from verify.kinds.date.parsed import entry_day
from verify.kinds.role.judge import held_on_the_day_told, stated_years
from verify.kinds.role.judge import ordinal_of as _ordinal_of
from verify.match import a_juniors, is_person_doc, names_tied_to_a_junior, of_the_generation_told, pages_about
from verify.models import (
    NOT_CHECKED_REASONS,
    Claim,
    ClaimResult,
    Document,
    Evidence,
    Outcome,
    Reading,
    Reason,
    Stance,
    Verdict,
    outcome_of,
)
from verify.next_steps import with_next_step
from verify.nlp import agency
from verify.offices import Term, same_office, terms
from verify.retrieve import EvidencePool, given_name_of
from verify.sources.wikipedia import page_label


def findings_for(claim: Claim, own: list[Document], pool: list[Document], as_of: dt.date | None) -> list[Finding]:
    """What the claim's kind finds in its own documents and the run's pool (none for an unknown kind)."""
    kind = kind_of(claim.kind)
    return [] if kind is None else kind.judge(claim, Retrieved(own, pool), as_of)


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


def _phrase(claim: Claim, finding: Finding) -> str:
    """The claim kind's words for a finding."""
    kind = kind_of(claim.kind)
    return finding.detail if kind is None else kind.phrase(finding)


def _quoted(claim: Claim, finding: Finding) -> str:
    """A deciding finding said and quoted: the quote right after the words it proves, then what the page
    says beside it that did not decide (`Finding.aside`)."""
    said = f"{_label(finding.unit.doc)} {_phrase(claim, finding)}: “{_short(finding.unit.text)}”"
    return f"{said}. The page {finding.aside}" if finding.aside else said


def _phrase_and_aside(claim: Claim, finding: Finding) -> str:
    """A finding said without its quote, with what the page says beside it."""
    return f"{_phrase(claim, finding)}; it {finding.aside}" if finding.aside else _phrase(claim, finding)


def _label(doc: Document) -> str:
    if doc.source == "wikipedia":
        # the revision link is made from the wiki asked; a page's own `fullurl` may name another
        return page_label(doc.title, doc.revision_url or doc.url, doc.revision_id)
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
    path: str | None = None,
) -> ClaimResult:
    """The verdict, with the reviewer's decision and note attached (see `_decide`). `reasons` are the
    codes of `notes`; `unconsulted` says why no source at all could be consulted in this run, if so;
    `path` is the article's (a reason that asks for its date says how to give it one)."""
    return _reviewed(claim, _decide(claim, findings, notes, as_of, docs, reasons or [], unconsulted, path), path)


def _reviewed(claim: Claim, result: ClaimResult, path: str | None = None) -> ClaimResult:
    """The result with the claim file's review and note, the outcome the summary counts, and the rationale
    ending with its reason's next step (`verify.next_steps`)."""
    review = claim.review
    outcome = outcome_of(result.verdict, review.status if review else None)
    reason = Reason.ACCEPTED_BY_REVIEWER if outcome == Outcome.ACCEPTED else result.reason
    rationale = with_next_step(result.rationale, reason, path)
    return result.model_copy(
        update={"review": review, "note": claim.note, "outcome": outcome, "reason": reason, "rationale": rationale}
    )


def _decide(
    claim: Claim,
    findings: list[Finding],
    notes: list[str],
    as_of: dt.date | None,
    docs: list[Document],
    reasons: list[Reason],
    unconsulted: Reason | None,
    path: str | None = None,
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
    if claim.negated:
        return _denied(claim, base, support.get(Aspect.MAIN, []))
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
            rationale=_quoted(claim, best).replace(".”.", ".”"),
        )
    if disputed:
        a = disputed[0]
        return ClaimResult(
            **base,
            verdict=Verdict.UNVERIFIED,
            confidence=0.0,
            evidence=[_evidence(f) for f in _distinct(support[a][:2] + contra[a][:2])],
            rationale=f"Sources disagree: {_label(support[a][0].unit.doc)} {_phrase_and_aside(claim, support[a][0])}, "
            f"but {_label(contra[a][0].unit.doc)} {_phrase_and_aside(claim, contra[a][0])}.",
            reason=Reason.SOURCES_DISAGREE,
        )
    main = support.get(Aspect.MAIN, [])
    if main:
        best = main[0]
        side = [f for a in aspects if a != Aspect.MAIN for f in support[a]]
        extra = f" {_label(side[0].unit.doc)} also {_phrase(claim, side[0])}." if side else ""
        rationale = f"{_quoted(claim, best)}.{extra}"
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
    rationale, reason = _unverified_reason(claim, notes, docs, reasons, as_of, path)
    return ClaimResult(
        **base,
        verdict=Verdict.UNVERIFIED,
        confidence=0.0,
        evidence=[_evidence(f) for f in _distinct(by_score)[:2]],
        rationale=rationale,
        reason=reason,
    )


def _denied(claim: Claim, base: dict[str, Any], affirmed: list[Finding]) -> ClaimResult:
    """A claim the article denies ('has not been charged') is never supported by a page stating the fact
    its fields name: the kinds' rules read the affirmed fact, so their support is evidence AGAINST the
    denial, and their contradiction is no proof of it. It stays unverified, with any page that states
    the affirmed fact shown for the editor to weigh."""
    said = (
        f" {_label(affirmed[0].unit.doc)} states the fact it denies: “{_short(affirmed[0].unit.text)}”."
        if affirmed
        else ""
    )
    return ClaimResult(
        **base,
        verdict=Verdict.UNVERIFIED,
        confidence=0.0,
        evidence=[_evidence(f) for f in _distinct(affirmed)[:2]],
        rationale=f"The article denies this ('{claim.text}'); a denial is not checked against the fact it "
        f"denies.{said}",
        reason=Reason.NEGATED,
    )


def _short(text: str, limit: int = 220) -> str:
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def _unverified_reason(
    claim: Claim,
    notes: list[str],
    docs: list[Document],
    reasons: list[Reason],
    as_of: dt.date | None = None,
    path: str | None = None,
) -> tuple[str, Reason]:
    kind = kind_of(claim.kind)
    own_reason = getattr(kind, "undecided", None)
    said = "; ".join(notes)
    if as_of is None and getattr(kind, "needs_date", lambda c: False)(claim):
        also = f" Also: {said}." if said else ""
        return (
            f"'{claim.text}' is counted to the day the article was written, and the article has no date.{also}",
            Reason.NO_ARTICLE_DATE,
        )
    if own_reason is not None and (decided := own_reason(claim)) is not None:
        rationale, reason = decided
        return (f"{rationale} Also: {said}." if said else rationale), reason
    if docs:
        looked = ", ".join(f"'{d.title}'" for d in docs[:4])
        also = f" Also: {said}." if said else ""
        return f"Read {looked} but found no sentence that settles this.{also}", Reason.NO_PASSAGE
    if said:
        return f"No evidence found: {said}.", reasons[0] if reasons else Reason.NO_PAGE
    return "No source was consulted for this claim.", Reason.NO_RULE_FOR_KIND


def _not_judged(claim: Claim, exc: Exception) -> ClaimResult:
    """A bug met while judging one claim: that claim is not checked, said in one line, and the report
    keeps every other verdict (the article's report used to be lost whole)."""
    return ClaimResult(
        id=claim.id,
        kind=claim.kind,
        text=claim.text,
        sentence=claim.sentence,
        span=claim.span,
        verdict=Verdict.NOT_CHECKED,
        confidence=0.0,
        rationale=with_next_step(
            f"Not checked: internal error while judging this claim ({type(exc).__name__}: {exc}).",
            Reason.INTERNAL_ERROR,
        ),
        reason=Reason.INTERNAL_ERROR,
    )


def _succession_unread(result: ClaimResult, exc: Exception) -> ClaimResult:
    """A bug met reading the succession beside a claim: the verdict stands on the claim's own evidence, and
    its rationale says the refinement was skipped, so the bug is seen and reported, never silent."""
    said = f" (A succession read beside this claim was skipped: internal error, {type(exc).__name__}: {exc}; "
    return result.model_copy(
        update={"rationale": result.rationale + said + "please report it, VERIFY_DEBUG=1 shows the traceback.)"}
    )


def named_in_full(claim: Claim, entities: list[Document]) -> Claim:
    """The claim about the person its one-word subject opens the name of, when retrieval took that word
    for the full name the article gives ('Gibran' for 'Gibran Rakabuming Raka', see
    `retrieve.given_name_of`) and found exactly that person's page: the pages are then read as about
    the subject. Any other claim is judged as extracted."""
    if claim.corrected_subject:
        return claim
    people = list(dict.fromkeys(d.title for d in entities if is_person_doc(d)))
    full = given_name_of(claim.effective_subject, people) or _cut_from(claim.effective_subject, people)
    return claim.model_copy(update={"subject": full}) if full else claim


def _cut_from(subject: str, people: list[str]) -> str | None:
    """The one person page found for a claim whose title a subject of two words or more opens, when none is titled
    the subject itself: 'Yoon Suk', a name the article never writes alone (`retrieve.read_whole`), read as the
    'Yoon Suk Yeol' retrieval found for it."""
    subject = subject.strip()
    if " " not in subject or subject in people:
        return None
    longer = [p for p in people if p.startswith(subject + " ")]
    return longer[0] if len(longer) == 1 else None


_COURTESY = frozenset(lexicons.load("names")["courtesy"] + lexicons.load("judging")["subject_title"]["not_offices"])
# a member's word before a name ('Senator', 'Deputy', 'TD', 'MP'): a seat in a body the subject's page gives as a
# constituency, rarely as an office row, so it is no title to judge (the seat words and post-nominal offices)
_MEMBER_WORDS = frozenset(
    [w for w in lexicons.load("judging")["role"]["seat_words"] if " " not in w]
    + [w.lower() for w in lexicons.load("names")["post_nominals"]["offices"]]
)
_POSSESSIVE = re.compile(r"['’]s?$")


def title_in_subject(claim: Claim, entities: list[Document]) -> tuple[Claim, Claim] | None:
    """'Taoiseach Simon Harris took over as leader of Fine Gael': a subject the reader left a title in, where
    the words before the name of a person page the run found ('Taoiseach') are a title no lexicon knew. The
    claim's words state that title too, so it is a role claim of its own on the article's day: the claim with
    the person's name as subject, and that role claim. None when the subject is the page's name, or what
    stands before it is only a courtesy title ('Dr', 'Sir') or words in lower case."""
    if claim.corrected_subject or (claim.kind == "role" and claim.relation not in {"holds office", "held office"}):
        return None
    subject = claim.effective_subject.strip()
    if subject not in claim.text:
        return None  # the claim's words do not carry the title: an editor reads no title in them
    for title in dict.fromkeys(d.title for d in entities if is_person_doc(d)):
        if not subject.endswith(" " + title):
            continue
        words = subject[: -len(title)].split()
        if not words or not all(w[:1].isupper() for w in words):
            return None
        # "Labour's Aine Corr": the words up to a possessive say whose the person is (a party), not an office
        words = words[max((i + 1 for i, w in enumerate(words) if _POSSESSIVE.search(w)), default=0) :]
        if all(aliases.fold(w).strip(".") in _COURTESY | _MEMBER_WORDS for w in words):
            return None  # (none left, or only courtesy and member words: 'Dr', 'Senator', 'TD')
        named = claim.model_copy(update={"subject": title})
        role = named.model_copy(
            update={"kind": "role", "relation": "holds office", "value": " ".join(words), "corrected_value": None,
                    "predicate": None, "object": None, "time": None, "place": None, "quantity": None,
                    "number": None, "unit": None, "rank": None, "context": None, "negated": False}
        )  # fmt: skip
        return named, role
    return None


def with_the_title(findings: list[Finding], title: list[Finding], name: str) -> list[Finding]:
    """The claim's findings once the title its subject carries is judged too: supported only when the title
    is also supported on the article's day, and refuted when the title is (a successor named with his title
    before taking office). A title no page settles leaves the claim at most unverified: a title a lexicon
    does not know must never lend the claim a support it does not have, nor take one away by contradiction."""
    title = [f for f in title if f.aspect == Aspect.MAIN]
    if any(f.stance == Stance.SUPPORTS for f in title):
        return findings  # the title holds: the claim stands or falls on its own findings, never on the title's
    refuted = any(f.stance == Stance.CONTRADICTS for f in title)
    why = "the title before the name is contradicted" if refuted else "no page settles the title before the name"
    kept = [
        f.but(stance=Stance.NEUTRAL, detail=f"{f.detail} (set aside: {why})") if f.stance == Stance.SUPPORTS else f
        for f in findings
    ]
    role = kind_of("role")
    said = [
        f.but(  # the role's own words, once: the claim's kind will not phrase a role's finding again
            detail=f"{role.phrase(f) if role else f.detail}, against the title '{name}' written before the name",
            mode=Mode.UNKNOWN,
        )
        for f in title
        if f.stance == Stance.CONTRADICTS
    ]
    return kept + said


_SUCCESSION = tuple(lexicons.load("judging")["clause"]["succession"])  # "succeeded X": X the predecessor
_SUCCESSION_FORMS = tuple(lexicons.load("judging")["clause"]["succession_forms"])  # "succeeding X"


def _of_the_pronouns_person(claim: Claim, findings: list[Finding]) -> list[Finding]:
    """A subject read from 'she' is no one whose own page calls its person 'he' (nor the other way round): the
    resolver gave the pronoun to the wrong person ('... Srettha Thavisin had been prime minister since 2023. She
    was born in Bangkok and has two children' read as Srettha's), so that page's findings settle nothing."""
    said = holder.pronoun_read(claim.subject, claim.text, claim.sentence)
    if said is None:
        return findings
    out = []
    for f in findings:
        page = f.unit.doc
        called = holder.pronoun_of(page.text) if is_person_doc(page) and pages_about(claim.subject, [page]) else None
        if f.stance != Stance.NEUTRAL and called is not None and called != said:
            why = f"the article's '{said}' is not the '{called}' of this page"
            f = f.but(stance=Stance.NEUTRAL, detail=f"{f.detail} (set aside: {why})")
        out.append(f)
    return out


def _succession_of(claim: Claim, claims: list[Claim]) -> Claim | None:
    """The succession clause a role claim was read from ('Roe succeeded Lim': 'succeeded Lim' says Lim held
    the office Roe holds; 'became mayor, succeeding Lim' too), when the role's words are that clause's verb (in any
    of its forms) and object. Such a role states the
    succession, not only that the predecessor once held some post: it stands or falls with the clause."""
    if claim.kind != "role" or not claim.text.lower().startswith(_SUCCESSION + _SUCCESSION_FORMS):
        return None
    for other in claims:
        if (
            other.kind == "clause"
            and other.sentence == claim.sentence
            and (other.predicate or "").lower() in _SUCCESSION
            and other.object is not None
            and other.object == claim.effective_subject
            and other.span[0] <= claim.span[0]
            and claim.span[1] <= other.span[1]
        ):
            return other
    return None


def _as_succession(result: ClaimResult, succession: ClaimResult) -> ClaimResult:
    """A succession-read role's verdict: the succession clause's when it settled it (a wrong predecessor
    who did hold the office is no support; a successor's wrong title given to the predecessor is no
    contradiction), its own otherwise."""
    if succession.verdict not in (Verdict.SUPPORTED, Verdict.CONTRADICTED) or succession.verdict == result.verdict:
        return result
    outcome = outcome_of(succession.verdict, result.review.status if result.review else None)
    taken = ("verdict", "confidence", "evidence", "rationale", "reason")
    return result.model_copy(update={**{k: getattr(succession, k) for k in taken}, "outcome": outcome})


def _a_date_within(claim: Claim, other: Claim) -> bool:
    """Whether `other` is a date claim on words inside the clause's, about the same person, in its sentence: the
    candidates for the day of the clause's deed (`_dated_deed_of`, `_its_days_row`)."""
    return other.kind == "date" and _within(claim, other)


def _within(claim: Claim, other: Claim) -> bool:
    """Whether `other` is a claim on words inside the clause's (or the same words), about the same person, in its
    sentence: a value the clause's words state too."""
    return (
        other.sentence == claim.sentence
        and other.effective_subject == claim.effective_subject
        and claim.span[0] <= other.span[0]
        and other.span[1] <= claim.span[1]
    )


def _dated_deed_of(claim: Claim, claims: list[Claim]) -> Claim | None:
    """The date claim a deed's clause holds ('He had taken office on 1 July 2019': the clause says he took office,
    the date claim on its words when): a clause claim stating nothing beside its deed (no object, place or
    count), about the same person, whose words hold the date claim's as its main deed's. What the editor reads there
    is the dated deed, which the day decides. A date of a relative clause in its words ('Ana Ruiz, who took office on
    14 February, was arrested on Monday') dates another deed than the clause's."""
    if claim.kind != "clause" or claim.object or claim.place or claim.quantity:
        return None
    for other in claims:
        if (
            _a_date_within(claim, other)
            and (claim.text.find(other.text) < 0 or agency.of_the_main_deed(claim.text, claim.text.find(other.text)))
        ):
            return other
    return None


def _as_dated_deed(result: ClaimResult, dated: ClaimResult) -> ClaimResult:
    """A dated deed's verdict: the day's when it is refuted (the deed was done, on another day), or when it is
    supported and the clause alone settled nothing (the page dates that very deed); its own otherwise."""
    takes = dated.verdict == Verdict.CONTRADICTED or (
        dated.verdict == Verdict.SUPPORTED and result.verdict == Verdict.UNVERIFIED
    )
    return _as_succession(result, dated) if takes else result


_HELD_POST_VERBS = frozenset(lexicons.load("judging")["clause"]["held_post_verbs"])
_BEFORE_A_HELD_POST = _HELD_POST_VERBS | frozenset(lexicons.load("judging")["clause"]["not_office"])


def _held_post_of(claim: Claim, claims: list[Claim]) -> Claim | None:
    """The role claim on the post a clause's deed is holding ('He served as commerce minister until April': the
    clause says he served, the role claim on its words which post): a post held or holding, about the same person,
    in the clause's sentence, whose post the clause's words give right after a verb of holding it (`_gives_post`). A
    post he did not hold then makes the clause untrue (`_as_held_post`)."""
    if claim.kind != "clause":
        return None
    posts = (Relation.HOLDS_OFFICE, Relation.HELD_OFFICE)
    return next((o for o in claims if o.kind == "role" and o.relation in posts and _gives_post(claim, o)), None)


def _gives_post(claim: Claim, role: Claim) -> bool:
    """Whether a clause's deed is holding the role claim's post: the role about the same person, in its sentence, its
    words overlapping the clause's, and the clause's words before the post only its subject's name and a verb of
    holding with its auxiliaries ('Berg has served as foreign minister since 2019', 'was the 12th governor'). A post
    apposed to the subject ('Lena Vos, president of the Red Cross, visited Korvik') or named after another deed
    ('visited Korvik as foreign minister') is no holding the clause tells."""
    post = (role.effective_value or "").lower()
    at = claim.text.lower().find(post) if post else -1
    if (
        at < 0
        or role.sentence != claim.sentence
        or role.effective_subject != claim.effective_subject
        or not (role.span[0] < claim.span[1] and claim.span[0] < role.span[1])
    ):
        return False
    names = set(re.findall(r"[\w'-]+", (claim.effective_subject or "").lower()))
    before = re.findall(r"[\w'-]+", claim.text[:at].lower())
    leads = [w for w in before if w not in names and not re.fullmatch(r"\d+(?:st|nd|rd|th)", w)]
    return any(w in _HELD_POST_VERBS for w in leads) and all(w in _BEFORE_A_HELD_POST for w in leads)


def _as_held_post(result: ClaimResult, post: ClaimResult) -> ClaimResult:
    """A clause's verdict beside the post its deed holds (`_held_post_of`): the post's when the post is refuted and
    the clause alone settled nothing; its own otherwise (a post held is no proof of the rest of the clause)."""
    takes = post.verdict == Verdict.CONTRADICTED and result.verdict == Verdict.UNVERIFIED
    return _as_succession(result, post) if takes else result


_TIMELESS = frozenset(lexicons.load("judging")["clause"]["timeless"])
_BIRTHPLACES = "|".join(map(re.escape, lexicons.load("judging")["clause"]["birthplace_descriptions"]))
_BIRTHPLACE_DESCRIPTION = re.compile(rf"^(?:(?:a|an|the)\s+)?(?:{_BIRTHPLACES})\s", re.I)  # 'a native of Brilon'


def _with_current(claim: Claim, docs: list[Document], pool: EvidencePool) -> list[Document]:
    """A claim of a fact no revision changes ('Barnier, 73,', 'born in La Tronche', 'a native of La Tronche')
    reads each page also as it is now: the revision of the article's day may not give the birth date or
    place the current one gives."""
    timeless = (claim.predicate or claim.relation or "").lower() in _TIMELESS
    timeless = timeless or (claim.kind == "clause" and timeless_clause(claim))  # a degree's year, a seat's
    if not timeless and not _BIRTHPLACE_DESCRIPTION.match((claim.object or "").strip()):
        return docs
    return [*docs, *(pool.current[d.url] for d in docs if d.url in pool.current)]


_UNDATED_COUNTS = frozenset({"quantity"})  # kinds whose values no term of office dates: counts, amounts


def _with_the_days_revision(claim: Claim, docs: list[Document], pool: EvidencePool) -> list[Document]:
    """A count ('He has six children') is of the article's day: where the current revision was kept for its
    dated terms (a change it dates after the revision of that day was saved), the revision of the day is
    read too. The terms that decide offices say nothing of a count, so a current revision giving another
    count no longer contradicts alone; the two revisions disagreeing make at most 'sources disagree'. A degree's
    year ('graduating in 2010') or a seat's ('elected to Norby County Council in 2007') is the same in every
    revision, and the one of the day may be the one that gives it."""
    degree = claim.kind == "clause" and timeless_clause(claim)
    if claim.kind not in _UNDATED_COUNTS and not degree:
        return docs
    return [*docs, *(pool.of_the_day[d.url] for d in docs if d.url in pool.of_the_day)]


def _ordinal_of_the_day(
    claim: Claim, findings: list[Finding], own: list[Document], pool: EvidencePool, as_of: dt.date | None
) -> list[Finding]:
    """'Velmara's 118th prime minister': an ordinal, like a count, is of the article's day. Where the current
    revision was kept for the terms it dates and its office row numbers the office otherwise ('119th'), the
    revision of the day is read for the number: its row giving the claimed number is added as support, so
    the revisions disagree (at most 'sources disagree'); a number neither gives stays contradicted. The row
    carries its term's start: a term the current revision dates as ended later still sets it aside as stale."""
    claimed = _ordinal_of(claim.effective_value or "") if claim.kind == "role" else None
    days = [pool.of_the_day[d.url] for d in own if d.url in pool.of_the_day]
    if claimed is None or not days:
        return findings

    def numbers(f: Finding) -> int | None:
        return _ordinal_of(f.unit.field.value) if f.stance == Stance.SUPPORTS and f.unit.field is not None else None

    then = findings_for(claim, days, days, as_of)
    return findings + [f.but(detail=f"{f.detail} (its revision of the day)") for f in then
                       if numbers(f) == claimed]  # fmt: skip


# words saying the title is still to come: the article itself announces the later start
_TO_COME = re.compile(rf"\b(?:{'|'.join(map(re.escape, lexicons.load('judging')['role']['title_to_come']))})\b")


def _taken_up_later(
    claim: Claim, findings: list[Finding], own: list[Document], pool: EvidencePool, as_of: dt.date | None
) -> list[Finding]:
    """'President Lee' in an article of April 2025, Lee taking office in June: the revision of the article's
    day lists the person's offices without this one and settles nothing; the current revision, set aside for
    it, dates the term in the claimed office from a day after the article's. That later start is read as a
    finding of its own: the title was not yet held. Only the current revision's refutations by a term that
    starts after the article's day are kept; the current revision is judged whole, so a spell it lists that
    covers the day keeps the later start from refuting (`_one_term_decides`). A sentence that says the title
    is still to come ('the new prime minister, will take office in June') agrees with the later start."""
    if claim.kind != "role" or as_of is None or (claim.relation or "") != "holds office":
        return findings
    if _TO_COME.search(aliases.fold(f"{claim.sentence} {claim.value or ''}")):  # 'will take office in June'
        return findings
    now = [pool.current[d.url] for d in own if d.url in pool.current]
    if not now:
        return findings

    def starts_later(f: Finding) -> bool:
        """The row's term starts after the day, and no spell of that office the revision lists started by then
        (a spell held before, ended or not, leaves the later one saying nothing of the day)."""
        field, held = f.unit.field, terms(f.unit.doc.infobox)
        if field is None or not any(t.office == field and t.start is not None and t.start > as_of for t in held):
            return False
        same = [t for t in held if _bare_office(t.office.value) == _bare_office(field.value)]
        return all(t.start is not None and t.start > as_of for t in same)

    later = [f for f in findings_for(claim, now, now, as_of) if f.stance == Stance.CONTRADICTS and starts_later(f)]
    return findings + [f.but(detail=f"{f.detail} (its current revision)") for f in later]


def _bare_office(office: str) -> str:
    """An office row's words without its number ('14th President of South Korea' -> 'president of south korea')."""
    return " ".join(w for w in aliases.fold(office).split() if _ordinal_of(w) is None)


def judge(claims: list[Claim], pool: EvidencePool, as_of: dt.date | None, path: str | None = None) -> list[ClaimResult]:
    """Verdicts for every claim, in claim order; `path` is the article's (see `decide`)."""
    results = []
    # a run that could not consult any source leaves claims with nothing of their own to look up not checked too
    unconsulted = pool.failures[0] if pool.failures and not pool.documents else None
    kept: dict[str, _Judged] = {}  # what each claim was decided on, for `_on_its_other_values`
    own_verdicts: dict[str, ClaimResult] = {}  # each claim's result on its own findings
    for claim in claims:
        with names_tied_to_a_junior([claim.subject] if _tied_to_the_junior(claim, claims, pool.documents) else []):
            try:
                # a timeline entry's sentence ('January 9 — Attal, 34, replaces Borne') is judged on its entry's day
                entry = entry_day(claim.sentence, as_of)
                when = entry or as_of
                # 'The younger Moen': the son's page, not his father's, though both answer to the surname
                own = of_the_generation_told(claim.subject, claim.sentence, pool.by_claim.get(claim.id, []))
                named = named_in_full(claim, pool.entity_pages(claim.id))
                everyone = of_the_generation_told(claim.subject, claim.sentence, pool.documents)
                docs = _with_the_days_revision(claim, _with_current(claim, everyone, pool), pool)
                own_docs = _with_the_days_revision(claim, _with_current(claim, own, pool), pool)
                titled = title_in_subject(named, pool.entity_pages(claim.id))
                if claim.skipped:
                    findings = []
                elif titled is not None:  # 'Taoiseach Simon Harris ...': the title is judged beside the claim
                    named, role = titled
                    title = findings_for(role, own_docs, docs, when)
                    findings = with_the_title(findings_for(named, own_docs, docs, when), title, role.value or "")
                else:
                    findings = findings_for(named, own_docs, docs, when)
                notes, reasons = pool.notes.get(claim.id, []), pool.reasons.get(claim.id, [])
                on_the_day = None if claim.skipped or entry else held_on_the_day_told(named, as_of)
                if on_the_day is not None:  # 'Last Friday, Ivo Stam was still prime minister': held on that day
                    named, when, last = on_the_day
                    findings = _of_the_day(named, own_docs, docs, own, pool, when)
                    # a month ('In June, ... was already mayor') is held throughout or not at all: its first day and
                    # its last agree; a day told may be a handover day, whose end row the judge reads as the
                    # successor's first day ('Last Monday, Ivo Stam was still mayor', his term ending that Monday):
                    # the day before too
                    other = last if last != when else when - dt.timedelta(days=1)
                    also = _of_the_day(named, own_docs, docs, own, pool, other)
                    verdicts = {
                        decide(claim, found, notes, day, own, reasons, unconsulted, path).verdict
                        for found, day in ((findings, when), (also, other))
                    }
                    findings = findings if len(verdicts) == 1 else []
                else:
                    findings = _of_the_pronouns_person(named, findings)
                    findings = _ordinal_of_the_day(named, findings, own, pool, when)
                    findings = _taken_up_later(named, findings, own, pool, when)
                decided = decide(claim, findings, notes, when, own, reasons, unconsulted, path)
                kept[claim.id] = (findings, notes, when, own, reasons)
                decided = with_unread_sources(decided, pool.unread_sources.get(claim.id, []))
                looked_up = named.subject if named.subject != claim.subject else None
                reading = Reading.of(claim, when, looked_up)
                reading = reading.model_copy(update={"time_from": "claim"}) if entry or on_the_day else reading
                results.append(decided.model_copy(update={"reading": reading}))
                own_verdicts[claim.id] = results[-1]
            except Exception as exc:  # one claim's bug must not cost the article its other verdicts
                if os.environ.get("VERIFY_DEBUG"):
                    raise
                results.append(_reviewed(claim, _not_judged(claim, exc)))
    by_id = {c.id: r for c, r in zip(claims, results, strict=True)}
    # a claim's succession clause and dated deed are of its own sentence: a long article's claims are not each
    # read beside every other
    of_its_sentence: dict[str, list[Claim]] = {}
    for claim in claims:
        of_its_sentence.setdefault(claim.sentence, []).append(claim)
    for i, claim in enumerate(claims):
        if claim.skipped or results[i].reason == Reason.INTERNAL_ERROR:
            continue  # an editor's skip, or a claim a bug already left unjudged: nothing to refine
        try:
            succession = _succession_of(claim, of_its_sentence[claim.sentence])
            if succession is not None:
                results[i] = _as_succession(results[i], by_id[succession.id])
            dated = _dated_deed_of(claim, of_its_sentence[claim.sentence])
            if dated is not None:
                results[i] = _as_dated_deed(results[i], by_id[dated.id])
            post = _held_post_of(claim, of_its_sentence[claim.sentence])
            if post is not None:
                results[i] = _as_held_post(results[i], by_id[post.id])
        except Exception as exc:  # the claim keeps its own verdict: a succession read beside it is a refinement
            if os.environ.get("VERIFY_DEBUG"):
                raise
            results[i] = _succession_unread(results[i], exc)
    for i, claim in enumerate(claims):
        # a verdict the succession or the day gave it is not its findings'
        if results[i] is own_verdicts.get(claim.id) and results[i].verdict == Verdict.CONTRADICTED:
            try:
                results[i] = _on_its_other_values(claim, results[i], claims, results, kept, unconsulted, path)
                results[i] = _held_beside_its_spell(claim, results[i], claims, results, kept, unconsulted, path)
            except Exception:  # the claim keeps its own verdict: the narrower rows' reading is a refinement
                if os.environ.get("VERIFY_DEBUG"):
                    raise
    return _told_apart(claims, results)



_KIN_OF_A_NAME = "|".join(map(re.escape, lexicons.load("predicates")["people"]["kin"]))


def _tied_to_the_junior(claim: Claim, claims: list[Claim], docs: list[Document]) -> bool:
    """Whether the article ties the claim's plain name ('Karl Moen') to the junior bearer whose page ('Karl Moen Jr.')
    is in the pool beside the plain name's (review45 B1): the article names him with his suffix and never names the
    plain name as a relative or with 'Sr.' ('Karl Moen Jr., 43, took over ... Karl Moen was born in Korvik'), or a
    title the sentence gives the name (its role claim) is worded on the junior's page and not on the other ('Moen
    Yards chief executive Karl Moen'). Wire copy drops 'Jr.' after the first mention."""
    name = claim.subject or ""
    juniors = [d for d in docs if a_juniors(name, d) and pages_about(name, [d])]
    if not name or not juniors:
        return False
    said = " ".join(dict.fromkeys(c.sentence for c in claims))
    written = re.escape(name)
    with_suffix = re.search(rf"\b{written},?\s+(?:Jr\b|Junior\b|I[IV]+\b)", said)
    apart = re.search(rf"\b(?:{_KIN_OF_A_NAME}),?\s+{written}\b|\b{written},?\s+Sr\b", said, re.I)
    if with_suffix is not None and apart is None:
        return True
    others = [d for d in docs if aliases.fold(d.title) == aliases.fold(name)]
    own_words = set(re.findall(r"[a-z]+", aliases.fold(name)))
    for role in (c for c in claims if c.kind == "role" and c.sentence == claim.sentence and c.subject == name):
        words = set(re.findall(r"[a-z]{3,}", aliases.fold(role.value or ""))) - own_words
        on = [set(re.findall(r"[a-z]+", aliases.fold(d.text))) for d in juniors]
        off = [set(re.findall(r"[a-z]+", aliases.fold(d.text))) for d in others]
        if words and any(words <= w for w in on) and not any(words <= w for w in off):
            return True
    return False


def _of_the_day(
    claim: Claim, own_docs: list[Document], docs: list[Document], own: list[Document], pool: EvidencePool, day: dt.date
) -> list[Finding]:
    """The findings on a role claim held on `day` (`held_on_the_day_told`), read as on the article's day."""
    findings = _of_the_pronouns_person(claim, findings_for(claim, own_docs, docs, day))
    return _taken_up_later(claim, _ordinal_of_the_day(claim, findings, own, pool, day), own, pool, day)


_Judged = tuple[list[Finding], list[str], dt.date | None, list[Document], list[Reason]]


def _on_its_other_values(
    claim: Claim,
    result: ClaimResult,
    claims: list[Claim],
    results: list[ClaimResult],
    kept: dict[str, _Judged],
    unconsulted: Reason | None,
    path: str | None,
) -> ClaimResult:
    """A wider clause refuted only by what a narrower claim of its sentence is refuted by on the same page words
    ('sworn in on Tuesday, 1 October, as Mexico's 65th president' beside "Mexico's 65th president"; 'Varadkar, 47,
    stepped down as leader on 20 March' beside 'Varadkar, 47'): the value is judged, and shown refuted, on the
    narrower row; the wider clause is judged on its other values. Only a clause whose words outside the narrower
    rows hold a value of their own (a number, a name, an ordinal): 'Chandrachud took office on 9 November 2021'
    beside 'took office on 9 November 2021' says nothing else, and stays refuted; so does one whose other values
    no page settles ('Botchwey was born on 8 February 1965 in Accra', the birthplace unstated): the refutation is
    then all an editor learns of it, and the label the clause's words cover is the false date's. What the refuted
    day set aside comes back once no refutation is left ('he took office on 22 September 2023, succeeding Prayut
    Chan-o-cha' beside 'took office on 22 September 2023': the page's predecessor row supports it again)."""
    findings, notes, when, own, reasons = kept[claim.id]
    narrower = [
        (other, kept[other.id][0])
        for other, theirs in zip(claims, results, strict=True)
        if other.id != claim.id
        and other.id in kept
        and other.sentence == claim.sentence
        and claim.span[0] <= other.span[0]
        and other.span[1] <= claim.span[1]
        and other.span != claim.span
        and theirs.verdict == Verdict.CONTRADICTED
    ]

    def refuting(fs: list[Finding]) -> set[tuple[str, str]]:
        return {(f.unit.doc.url, f.unit.text) for f in fs if f.stance == Stance.CONTRADICTS}

    mine = refuting(findings)
    rows = [other for other, theirs in narrower if refuting(theirs) & mine]
    if not rows or not _holds_another_value(claim, rows):  # nothing else to judge it on (unsettled, it would stay)
        return result
    shown = set().union(*(refuting(kept[o.id][0]) for o in rows))
    why = f"judged on its own row '{rows[0].text}'"
    aside = [
        f.but(stance=Stance.NEUTRAL, detail=f"{f.detail} (set aside: {why})")
        if f.stance == Stance.CONTRADICTS and (f.unit.doc.url, f.unit.text) in shown
        else f
        for f in findings
    ]
    if not any(f.stance == Stance.CONTRADICTS for f in aside):  # the day refuted only on its row: what it set aside
        aside = [f.was if f.was is not None else f for f in aside]  # ('succeeding X' beside it) is judged again
    decided = decide(claim, aside, notes, when, own, reasons, unconsulted, path)
    if decided.verdict != Verdict.SUPPORTED:
        day = _its_days_row(claim, rows, claims, results)
        if day is None:
            return result  # nothing else it states is settled: the refuted value is all an editor learns of it
        # the page dates that very deed, so it is not refuted; but its words state the value refuted on its row, so
        # the day does not support them: judged on its other words (review40 B5)
        decided = decided.model_copy(
            update={"rationale": f"its deed's day is supported on its own row; {decided.rationale}"}
        )
    said = f"On its words besides '{rows[0].text}' (refuted on its own row): {decided.rationale}"
    return decided.model_copy(update={"rationale": said, "reading": result.reading})


def _held_beside_its_spell(
    claim: Claim,
    result: ClaimResult,
    claims: list[Claim],
    results: list[ClaimResult],
    kept: dict[str, _Judged],
    unconsulted: Reason | None,
    path: str | None,
) -> ClaimResult:
    """A post held, refuted only on its own office's infobox rows by the spell the sentence writes after the claim's
    words ('Ana Ruiz was dean of the law faculty' before 'from 15 August 2016 to 30 June 2023', the rows' term begun in
    2018), when a wider claim of its sentence holds those words too and is refuted on the same office rows: what is
    wrong is in the words beyond the post's, shown refuted there; the holding, which those rows give, is judged on
    them as held (the label the post's words carry is true, the one the dates' carry is not)."""
    if result.verdict != Verdict.CONTRADICTED or claim.relation != Relation.HELD_OFFICE:
        return result
    findings, notes, when, own, reasons = kept[claim.id]

    def office_row(f: Finding) -> tuple[str, str, str] | None:
        """The office row a finding reads, when it is the claim's own office (not another post of the same kind)."""
        field = f.unit.field
        if field is None or not same_office(claim.value or "", claim.nationality, field.value):
            return None
        return f.unit.doc.url, field.label, field.value

    years = stated_years(claim)

    def held_by_the_day(f: Finding) -> bool:
        """Whether the row's term had begun by the article's day (a post taken up later was not yet held) and
        overlaps the years written (a spell wholly apart is another holding: 'deputy governor from 2008 to 2013' of
        a deputy governor of 2003-2004 and a governor of 2008-2013)."""
        held = [t for t in terms(f.unit.doc.infobox) if t.office == f.unit.field and t.start is not None]
        begun = bool(held) and when is not None and min(t.start for t in held if t.start) <= when
        return begun and years is not None and any(_overlaps(t, years, when) for t in held)

    wider = [
        other
        for other, theirs in zip(claims, results, strict=True)
        if other.id != claim.id
        and other.id in kept
        and other.sentence == claim.sentence
        and other.span[0] <= claim.span[0]
        and claim.span[1] < other.span[1]
        and theirs.verdict == Verdict.CONTRADICTED
    ]
    rows = {office_row(f) for other in wider for f in kept[other.id][0] if f.stance == Stance.CONTRADICTS}
    refuting = [f for f in findings if f.stance == Stance.CONTRADICTS]
    set_aside = [f for f in refuting if office_row(f) is not None and office_row(f) in rows and held_by_the_day(f)]
    if not refuting or len(set_aside) < len(refuting):
        return result
    why = f"its spell is judged on '{wider[0].text}'"
    held = [
        f.but(stance=Stance.SUPPORTS, detail=f"{f.detail} ({why})") if f.stance == Stance.CONTRADICTS else f
        for f in findings
    ]
    decided = decide(claim, held, notes, when, own, reasons, unconsulted, path)
    return decided.model_copy(update={"reading": result.reading})


def _overlaps(term: Term, years: tuple[int, int], when: dt.date | None) -> bool:
    """Whether a term's years meet a span of years written (a running term runs to the article's day)."""
    end = term.end or when
    return term.start is not None and end is not None and term.start.year <= years[1] and years[0] <= end.year


def _its_days_row(
    claim: Claim, rows: list[Claim], claims: list[Claim], results: list[ClaimResult]
) -> ClaimResult | None:
    """The supported date claim of the clause's main deed, when it and the rows refuted on their own words leave
    the clause no other value ("Claudia Sheinbaum was sworn in on Tuesday, 1 October, as Mexico's 65th president"
    beside '1 October', dated by the office's page, and "Mexico's 65th president", refuted by hers): the day settles
    the deed (as `_as_dated_deed` reads a clause with nothing beside its deed). A day of another clause in its words,
    or one no page supports ('Ivo Stam, 74, stepped down on 14 February 2021' beside 'Ivo Stam, 74', refuted by his
    birth), leaves the clause refuted by its row's value: nothing else it states is settled. A value a narrower claim
    of its words is supported on is settled ('Varadkar, 47, stepped down as Fine Gael leader on 20 March' beside the
    supported post 'Fine Gael leader' and day '20 March')."""
    settled = [
        other
        for other, theirs in zip(claims, results, strict=True)
        if theirs.verdict == Verdict.SUPPORTED and other.kind != "date" and _within(claim, other) and other != claim
    ]
    for other, theirs in zip(claims, results, strict=True):
        if (
            theirs.verdict == Verdict.SUPPORTED
            and _a_date_within(claim, other)
            and agency.of_the_main_deed(claim.text, other.span[0] - claim.span[0])
            and not _holds_another_value(claim, [*rows, *settled, other], aliases.WEEKDAYS)  # 'Tuesday, 1 October'
        ):
            return theirs
    return None


def _holds_another_value(claim: Claim, rows: list[Claim], besides: tuple[str, ...] = ()) -> bool:
    """Whether a clause's words outside the narrower rows hold a value besides its subject: a number, a name
    (a capitalised word) or an ordinal ('Varadkar, 47, stepped down as Fine Gael leader on 20 March' beside
    'Varadkar, 47' holds 'Fine Gael' and '20 March'; 'he took office on 22 September 2023' beside
    'took office on 22 September 2023' only its subject's pronoun)."""
    start = claim.span[0]
    rest = list(claim.text)
    for row in rows:
        rest[row.span[0] - start : row.span[1] - start] = " " * (row.span[1] - row.span[0])
    subject = set(aliases.fold(f"{claim.subject or ''} {claim.effective_subject or ''}").split())
    for word in re.findall(r"[\w'’.-]+", "".join(rest)):
        folded = aliases.fold(word).strip(".'")
        if not folded or folded in subject or folded in besides:
            continue
        if word[0].isupper() or any(ch.isdigit() for ch in word) or _ordinal_of(folded) is not None:
            return True
    return False


_STATED = ("effective_value", "number", "unit", "object", "time", "place", "quantity", "context", "predicate")


def with_unread_sources(result: ClaimResult, unread: list[str]) -> ClaimResult:
    """A claim decided on other pages names the reviewer's sources that could not be read, its verdict
    unchanged: said nowhere, an editor read "supported" as the reviewer's page agreeing. A claim left
    undecided already gives them as its reason."""
    if not unread or result.verdict not in (Verdict.SUPPORTED, Verdict.CONTRADICTED):
        return result
    said = "; ".join(f"The reviewer's source {u}" if i == 0 else u for i, u in enumerate(unread))
    rationale = f"{result.rationale} {said}; this verdict rests on the other pages read."
    return result.model_copy(update={"rationale": rationale})


def _told_apart(claims: list[Claim], results: list[ClaimResult]) -> list[ClaimResult]:
    """Claims on the same words that state different facts ('X became A and B': two offices) read as one
    row twice in every report, under one text: each rationale then opens with the value it is about."""
    twins: dict[tuple[object, ...], list[int]] = {}
    for i, claim in enumerate(claims):
        twins.setdefault((claim.span, claim.kind, claim.text), []).append(i)
    results = list(results)
    for group in (g for g in twins.values() if len(g) > 1):
        field = next((f for f in _STATED if len({str(getattr(claims[i], f)) for i in group}) == len(group)), None)
        if field is None:
            continue
        for i in group:
            said = results[i].rationale
            results[i] = results[i].model_copy(update={"rationale": f"On '{getattr(claims[i], field)}': {said}"})
    return results
