"""Relation claims: two people met (hosted, spoke with) one another."""

from __future__ import annotations

import datetime as dt
import re

from verify.kinds.base import ArticleView, BaseKind, Finding, Retrieved, Wants
from verify.models import Claim


def other_party(claim: Claim) -> str:
    """The person met, without where ("Vladimir Putin in Alaska" -> "Vladimir Putin")."""
    return re.sub(r"\s+in\s+.*$", "", claim.value or "")


class RelationKind(BaseKind):
    name = "relation"

    def find(self, view: ArticleView) -> list[Claim]:
        from verify.extract import engine_claims

        return engine_claims(view, self.name)

    def wants(self, claim: Claim) -> Wants:
        subject = claim.effective_subject
        titles = (subject, other_party(claim)) if claim.value else (subject,)
        return Wants(titles=titles, people=(subject,))

    def judge(self, claim: Claim, evidence: Retrieved, as_of: dt.date | None) -> list[Finding]:
        from verify import judge as rules

        return rules.meeting_findings(claim, evidence.everything)


KIND = RelationKind()
