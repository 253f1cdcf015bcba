"""'Finance Minister Ilo Marr' when Marr's infobox gives 'Treasurer of Velmara' on the article's day: a treasurer is
a post of the government (a cabinet post in Australia and elsewhere), so the finance ministry is another post of
that government, and the title is refuted by the one held. Invented people, country and pages."""

from __future__ import annotations

import datetime as dt

from tests.support.judging import boxed, clause_claim
from verify.judge import judge
from verify.models import Verdict
from verify.retrieve import EvidencePool

AS_OF = dt.date(2023, 7, 17)
ROWS = [("office", "Treasurer of Velmara"), ("term_start", "1 June 2022")]
MARR = boxed("Ilo Marr", "Ilo Marr (born 2 March 1978) is a Velmaran politician.", ROWS)


def _role(title: str) -> Verdict:
    text = f"{title} Ilo Marr"
    claim = clause_claim(text, "Ilo Marr", "holds office", f"{text} spoke.", kind="role", relation="holds office",
                         value=title)  # fmt: skip
    pool = EvidencePool(documents=[MARR], by_claim={claim.id: [MARR]}, entities={claim.id: {MARR.url}})
    (result,) = judge([claim], pool, AS_OF)
    return result.verdict


def test_finance_minister_is_another_post_than_the_treasurer_held() -> None:
    assert _role("Finance Minister") == Verdict.CONTRADICTED


def test_the_treasurer_held_is_supported() -> None:
    assert _role("Treasurer") == Verdict.SUPPORTED
