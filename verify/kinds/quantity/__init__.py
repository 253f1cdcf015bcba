"""Quantity claims: counts, shares, amounts and measures ("all 32 allied military leaders")."""

from __future__ import annotations

import datetime as dt

from verify.kinds.base import ArticleView, BaseKind, Finding, Retrieved, Wants
from verify.kinds.quantity.judge import count_findings, number_findings, share_findings
from verify.models import Claim


class QuantityKind(BaseKind):
    name = "quantity"

    def find(self, view: ArticleView) -> list[Claim]:
        from verify.extract import engine_claims  # the shared reader imports this kind's rules: import it late

        return engine_claims(view, self.name)

    def wants(self, claim: Claim) -> Wants:
        return Wants(titles=(claim.context,) if claim.context else ())

    def judge(self, claim: Claim, evidence: Retrieved, as_of: dt.date | None) -> list[Finding]:
        # a head count of an organisation has its own rule; any other count is read where the page
        # ties the same subject to the same counted noun
        docs = evidence.everything
        return count_findings(claim, docs) or number_findings(claim, docs) or share_findings(claim, docs, as_of)


KIND = QuantityKind()
