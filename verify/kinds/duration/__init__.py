"""Duration claims: how long something has lasted ("the war has lasted for three years"), how long
someone held an office ("led the alliance for ten years"), an office's term ("a five-year term") and ages."""

from __future__ import annotations

import datetime as dt
import re

from verify.kinds.base import ArticleView, BaseKind, Finding, Reason, Retrieved, Wants
from verify.kinds.duration.judge import (
    TERM_WORD,
    age_findings,
    bounded_by_a_year,
    duration_findings,
    is_age,
    is_interval,
    tenure_findings,
    term_length_findings,
)
from verify.models import Claim

# the words of a length counted up to the article's day: a present perfect, 'now', 'in its fifth year', 'since'
UP_TO_NOW = re.compile(
    r"\b(?:has|have|now|since|ongoing|so far|to date)\b|\bin (?:its|their|his|her) \w+ (?:year|decade|month|week)\b"
    r"|-(?:year|month|week|day)-old\b",
    re.I,
)


class DurationKind(BaseKind):
    name = "duration"

    def find(self, view: ArticleView) -> list[Claim]:
        from verify.extract import engine_claims  # the shared reader imports this kind's rules: import it late

        return engine_claims(view, self.name)

    def wants(self, claim: Claim) -> Wants:
        # only the event's own pages date its start: another page's start date is another event's. A
        # person's term or age and an office's term length are read on the pages the article's other
        # claims bring (asking for more titles would change every batch recorded evidence replays)
        return Wants(events=(claim.context,), shared=False) if claim.context else Wants()

    def judge(self, claim: Claim, evidence: Retrieved, as_of: dt.date | None) -> list[Finding]:
        if claim.context:
            return duration_findings(claim, list(evidence.own), as_of)
        if is_interval(claim):
            return []  # a distance between two events: no term or start date measures it (see `undecided`)
        pages = evidence.everything
        if is_age(claim):
            return age_findings(claim, pages, as_of)
        found = bounded_by_a_year(claim, tenure_findings(claim, pages, as_of), as_of)  # 'for eight years until 2020'
        return found or term_length_findings(claim, pages)

    def needs_date(self, claim: Claim) -> bool:
        # a length up to now ('has lasted', 'has led for', 'now in its fifth year', an age); one that ended
        # ('lasted 12 days', 'took four years'), an interval or a term's length is settled by dates alone
        if is_interval(claim) or TERM_WORD.search(claim.text):
            return False
        return is_age(claim) or UP_TO_NOW.search(claim.text) is not None

    def undecided(self, claim: Claim) -> tuple[str, Reason] | None:
        if claim.context:
            return None  # the event's own pages were asked for: the common reason names them
        if is_interval(claim):
            return (
                f"'{claim.text}' is a distance between two events, not a length anything lasted: no term or start "
                f"date on a page measures it: the dates of both events do.",
                Reason.NO_RULE_FOR_KIND,
            )
        return (
            f"None of the pages read for this article gives a birth date, a term or a term length that settles "
            f"'{claim.text}' for {claim.subject}.",
            Reason.NO_PASSAGE,
        )


KIND = DurationKind()
