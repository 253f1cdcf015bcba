"""Clause claims: every other checkable statement about a named entity, read off the parse.

`find` parses the article once (verify.nlp) and makes a claim of every clause, apposition or
timeline line that states a date, number, place, other entity, ordinal or event about a named
entity and that the specialised kinds leave uncovered; it also gives their counts an owner and their
quotes a speaker where the parse knows them. `judge.py` checks each against the subject's own pages
(and the other person's, for a succession); what it cannot settle stays unverified with the reason.
"""

from __future__ import annotations

import datetime as dt
import re

from verify import aliases, lexicons
from verify.kinds.base import ArticleView, BaseKind, Finding, Reason, Retrieved, Wants
from verify.kinds.clause.judge import clause_findings, states_an_age
from verify.models import Claim

NAME = "clause"


class ClauseKind(BaseKind):
    name = NAME

    def find(self, view: ArticleView) -> list[Claim]:
        from verify.extract import engine_claims
        from verify.kinds.clause.claims import clause_claims

        specialised = [c for kind in ("role", "quantity", "duration", "date", "quote", "relation")
                       for c in engine_claims(view, kind)]  # fmt: skip
        return clause_claims(view, specialised)

    def wants(self, claim: Claim) -> Wants:
        # the pages of the subject and of the names the clause's value holds, asked after the article's
        # first batch (which the other claims' titles make, and recorded evidence replays), as they stood
        # on the article's date: a clause's predecessor, office or place is true of a time
        subject = claim.effective_subject
        named = [subject] if _is_named(subject) else []
        values = []
        for text in dict.fromkeys(t for t in (claim.effective_value, claim.object, claim.context) if t):
            values += names_in(text)
        # a place's own page does not say who was born or based there: the subject's page does
        places = set(names_in(claim.place)) if claim.place else set()
        asked = [n for n in values if n not in places]
        # a whole page is worth its request only for a clause with something a passage can state: a name,
        # a time, a place or a number ('NATO hosted the meeting' has none)
        checkable = bool(values or claim.time or claim.place or claim.quantity or re.search(r"\d", claim.value or ""))
        return Wants(later=tuple(dict.fromkeys(named + asked)), at_date=True, reread=checkable)

    def judge(self, claim: Claim, evidence: Retrieved, as_of: dt.date | None) -> list[Finding]:
        return clause_findings(claim, evidence.everything, as_of)

    def needs_date(self, claim: Claim) -> bool:
        # an age that is the clause's own fact ('Falk, 61,') is an age on the article's day; an age
        # describing the subject of another fact ('the 61-year-old Falk returned') is only a veto there
        return states_an_age(claim)

    def undecided(self, claim: Claim) -> tuple[str, Reason] | None:
        what = f"'{claim.subject} {claim.predicate or claim.relation} …'"
        if not _is_named(claim.subject):
            return f"The clause's subject names no page to check {what} against.", Reason.NO_PAGE
        return (
            f"None of the pages read for this article states or contradicts {what} about {claim.subject}.",
            Reason.NO_PASSAGE,
        )


def _is_named(text: str) -> bool:
    """A proper name a page may be titled by ('Kirsty Coventry', 'NATO'), not 'the fund' or 'it'; a disease's
    name ends in its lower-case head nouns ('Korvik fever', 'Ebola virus disease': review42 R7)."""
    words = text.split()
    while len(words) > 1 and words[-1].lower() in _LOWER_CASE_HEADS and words[-2].lower() not in _NAME_PARTICLES:
        words = words[:-1]
    return bool(words) and all(w[:1].isupper() or w.lower() in _NAME_PARTICLES for w in words)


_NAME_PARTICLES = frozenset({"of", "the", "and", "de", "da", "dos", "von", "van", "der"})
_LOWER_CASE_HEADS = frozenset(lexicons.load("names")["lower_case_heads"])
_NAME_RUN = re.compile(r"[A-Z][\w.’'-]*(?:\s+(?:(?:of|the|and|de|da|dos|von|van|der)\s+)?[A-Z][\w.’'-]*)*")


def names_in(text: str) -> list[str]:
    """The proper names a clause's value holds ('to Fernando Medina' -> 'Fernando Medina'): runs of
    capitalised words (particles inside a name kept), a possessive's owner without its 's; a
    capitalised determiner alone ('The meeting', 'His office') is no name. One capitalised word inside
    a longer phrase is more often a modifier than a name ('Conservative leader', 'the 2024 Games'):
    it counts only when it is the whole value but for function words ('in Bergen'). A year just before
    a name is part of it ('the 1976 Summer Olympics')."""
    names = []
    for run in _NAME_RUN.finditer(text):
        words = re.sub(r"[’']s$", "", run.group(0)).split()
        while words and words[0].lower() in _OPENERS and (words[0] != "The" or len(words) == 1):
            words = words[1:]  # 'His' opens no name; 'The' opens some ('The Hague')
        start = run.start()
        year = re.search(r"\b(\d{4})\s+$", text[:start])
        if year and len(words) > 1 and words == run.group(0).split():  # an event titled by its year
            words, start = [year.group(1), *words], year.start(1)
        rest = re.findall(r"[\w’'-]+", text[:start] + " " + text[run.end() :])
        if len(words) == 1 and any(w.lower() not in _FUNCTION_WORDS for w in rest):
            continue
        name = " ".join(words)
        # a country or a month is a name, but its page is about everything: it would only crowd the pool
        if name and name.lower() not in _NOT_PAGES and not aliases.country_of(name):
            names.append(name)
    return names


_OPENERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "this", "that", "these", "those"})
_FUNCTION_WORDS = _OPENERS | {"to", "in", "at", "of", "for", "from", "by", "with", "on", "as", "and", "into", "near"}
_NOT_PAGES = frozenset([*aliases.FULL_MONTHS, *lexicons.load("dates")["weekdays"]])


KIND = ClauseKind()
