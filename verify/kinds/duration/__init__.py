"""Duration claims: how long something has lasted ("the war has lasted for three years")."""

from __future__ import annotations

import datetime as dt

from verify.kinds.base import ArticleView, BaseKind, Finding, Retrieved, Wants
from verify.kinds.duration.judge import duration_findings
from verify.models import Claim


class DurationKind(BaseKind):
    name = "duration"

    def find(self, view: ArticleView) -> list[Claim]:
        from verify.extract import engine_claims  # the shared reader imports this kind's rules: import it late

        return engine_claims(view, self.name)

    def wants(self, claim: Claim) -> Wants:
        # only the event's own pages date its start: another page's start date is another event's
        return Wants(events=(claim.context,) if claim.context else (), shared=False)

    def judge(self, claim: Claim, evidence: Retrieved, as_of: dt.date | None) -> list[Finding]:
        return duration_findings(claim, list(evidence.own), as_of)


KIND = DurationKind()
