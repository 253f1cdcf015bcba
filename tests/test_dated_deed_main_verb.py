"""A clause claim takes the verdict of the date claim in its words only when that date is of its main verb
(`verify.judge._dated_deed_of`, review38 R21): the date of a relative clause dates the relative clause's deed, not
the clause's. Judged through the article's whole judging (`verify.judge.judge`), where the dated deed is read,
against Ana Ruiz's and Ivo Stam's invented pages (she took office on 14 February 2023)."""

from __future__ import annotations

from tests.support.ruiz import RUIZ
from tests.test_review26 import AS_OF
from tests.test_review27 import STAM
from verify.app import article_from_text
from verify.extract import extract_claims
from verify.judge import judge
from verify.models import Verdict
from verify.retrieve import EvidencePool


def _whole_clause(body: str) -> Verdict:
    """The verdict on the clause claim of `body` that holds its first word (the sentence's main clause)."""
    claims = extract_claims(article_from_text(f"Norby news\n\n{body}\n", as_of=AS_OF))
    docs = [RUIZ, STAM]
    results = judge(claims, EvidencePool(documents=docs, by_claim={c.id: docs for c in claims}), AS_OF)
    found = [r.verdict for c, r in zip(claims, results, strict=True) if c.kind == "clause" and c.text.startswith("Ana")]
    assert len(found) == 1, found
    return found[0]


def test_a_relative_clauses_date_does_not_date_the_main_deed() -> None:
    assert _whole_clause("Ana Ruiz, who took office on 14 February, was arrested on Monday.") != Verdict.SUPPORTED


def test_the_main_deeds_date_dates_the_clause_beside_a_relative_clause() -> None:
    body = "Ana Ruiz, who was arrested on Monday, took office on 14 February."
    assert _whole_clause(body) == Verdict.SUPPORTED
