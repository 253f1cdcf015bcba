"""Clause claims: every other checkable statement about a named entity, read off the parse.

`find` parses the article once (verify.nlp) and makes a claim of every clause, apposition or
timeline line that states a date, number, place, other entity, ordinal or event about a named
entity and that the specialised kinds leave uncovered; it also gives their counts an owner and their
quotes a speaker where the parse knows them. There is no judging rule for a general clause yet, so
its claims come out unverified with reason `no_rule_for_kind` and a sentence that says so.
"""

from __future__ import annotations

import datetime as dt

from verify.kinds.base import ArticleView, BaseKind, Finding, Reason, Retrieved
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

    def judge(self, claim: Claim, evidence: Retrieved, as_of: dt.date | None) -> list[Finding]:
        return []  # no rule yet reads a page for a general clause (`undecided` says so)

    def undecided(self, claim: Claim) -> tuple[str, Reason]:
        return (
            f"No rule checks a general clause ('{claim.subject} {claim.predicate or claim.relation} …') against "
            "sources yet; an editor should check it.",
            Reason.NO_RULE_FOR_KIND,
        )


KIND = ClauseKind()
