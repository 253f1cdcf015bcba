"""Relation claims: two people met (hosted, spoke with) one another."""

from __future__ import annotations

import datetime as dt

from verify.kinds.base import ArticleView, BaseKind, Finding, Retrieved, Wants
from verify.kinds.relation.judge import meeting_findings, other_party
from verify.models import Claim


class RelationKind(BaseKind):
    name = "relation"

    def find(self, view: ArticleView) -> list[Claim]:
        from verify.extract import engine_claims  # the shared reader imports this kind's rules: import it late

        return engine_claims(view, self.name)

    def wants(self, claim: Claim) -> Wants:
        subject = claim.effective_subject
        titles = (subject, other_party(claim)) if claim.value else (subject,)
        return Wants(titles=titles, people=(subject,), at_date=True)  # who met or succeeded whom is true of a time

    def judge(self, claim: Claim, evidence: Retrieved, as_of: dt.date | None) -> list[Finding]:
        return meeting_findings(claim, evidence.everything)


KIND = RelationKind()
