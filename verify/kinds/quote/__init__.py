"""Quote claims: words the article puts in quotation marks."""

from __future__ import annotations

import datetime as dt

from verify.kinds.base import ArticleView, BaseKind, Finding, Retrieved, Wants
from verify.kinds.quote.judge import UNATTRIBUTED, quote_findings
from verify.models import Claim, Reason


class QuoteKind(BaseKind):
    name = "quote"

    def find(self, view: ArticleView) -> list[Claim]:
        from verify.extract import engine_claims  # the shared reader imports this kind's rules: import it late
        from verify.kinds.quote.speakers import with_parsed_speakers

        return with_parsed_speakers(view, engine_claims(view, self.name))

    def wants(self, claim: Claim) -> Wants:
        return Wants(reread=False)  # a quote from a meeting is no more likely in a whole page than its intro

    def judge(self, claim: Claim, evidence: Retrieved, as_of: dt.date | None) -> list[Finding]:
        return quote_findings(claim, evidence.everything)

    def undecided(self, claim: Claim) -> tuple[str, Reason]:
        who = "" if claim.subject == UNATTRIBUTED else f" from {claim.subject}"
        return (
            f"No retrieved source quotes this phrase{who}; quotes from meetings are rarely on reference pages.",
            Reason.QUOTE_NOT_ON_REFERENCE_PAGES,
        )


KIND = QuoteKind()
