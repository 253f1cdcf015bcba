"""Clause claims: every other checkable statement about a named entity, read off the parse.

`find` parses the article once (verify.nlp) and makes a claim of every clause, apposition or
timeline line that states a date, number, place, other entity, ordinal or event about a named
entity and that the specialised kinds leave uncovered; it also gives their counts an owner and their
quotes a speaker where the parse knows them. `judge.py` checks each against the subject's own pages
(and the other person's, for a succession); what it cannot settle stays unverified with the reason.
"""

from __future__ import annotations

import datetime as dt

from verify.kinds.base import ArticleView, BaseKind, Finding, Reason, Retrieved, Wants
from verify.kinds.clause.judge import clause_findings
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
        # the subject's pages come with the article's other claims (its roles, dates, counts): asking for
        # more titles would change every batch an article's recorded evidence replays
        return Wants()

    def judge(self, claim: Claim, evidence: Retrieved, as_of: dt.date | None) -> list[Finding]:
        return clause_findings(claim, evidence.everything, as_of)

    def undecided(self, claim: Claim) -> tuple[str, Reason] | None:
        what = f"'{claim.subject} {claim.predicate or claim.relation} …'"
        if not _is_named(claim.subject):
            return f"The clause's subject names no page to check {what} against; an editor should check it.", (
                Reason.NO_PAGE
            )
        return (
            f"None of the pages read for this article states or contradicts {what} about {claim.subject}; "
            "an editor should check it.",
            Reason.NO_PASSAGE,
        )


def _is_named(text: str) -> bool:
    """A proper name a page may be titled by ('Kirsty Coventry', 'NATO'), not 'the fund' or 'it'."""
    words = text.split()
    return bool(words) and all(w[:1].isupper() or w.lower() in _NAME_PARTICLES for w in words)


_NAME_PARTICLES = frozenset({"of", "the", "and", "de", "da", "dos", "von", "van", "der"})


KIND = ClauseKind()
