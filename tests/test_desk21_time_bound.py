"""desk21: a desk editor's findings on time-bound roles and dates, each with invented people, bodies and pages
(tests/support/judging.py). W1: a month written without its year ('in March') is the article's own month of that
name (the last one by the article's day for a step told in the past), never the year of another date the article
wrote before it."""

from __future__ import annotations

import datetime as dt

from tests.support.judging import boxed, clause_claim, verdict
from verify.app import article_from_text
from verify.extract import extract_claims
from verify.models import Claim, Verdict

AS_OF = dt.date(2024, 4, 10)
LEADER = boxed("Aine Corr", "Aine Corr (born 1986) is a Velmaran politician.",
               [("office", "Leader of the Velmaran Union"), ("term_start", "24 March 2024")])  # fmt: skip


def _dated(body: str, words: str) -> Claim:
    claims = extract_claims(article_from_text(f"Story\n\n{body}\n", as_of=AS_OF))
    (claim,) = [c for c in claims if c.kind == "date" and words in c.text]
    return claim


# W1: 'in March' read as March 2000 (the parser's stand-in year) contradicted the term begun in March 2024.
def test_a_bare_month_is_judged_in_the_articles_year():
    text = "Corr became party leader in March"
    claim = clause_claim(text, "Aine Corr", "became", f"{text}.", kind="date", value="March", time="March")
    assert verdict(claim, [LEADER], AS_OF).verdict == Verdict.SUPPORTED


def test_a_bare_month_after_the_articles_told_in_the_past_is_the_year_before():
    rows = [("office", "Leader of the Velmaran Union"), ("term_start", "4 December 2023")]
    page = boxed("Aine Corr", "Aine Corr (born 1986) is a Velmaran politician.", rows)
    text = "Corr became party leader in December"  # in an April story: December 2023
    claim = clause_claim(text, "Aine Corr", "became", f"{text}.", kind="date", value="December", time="December")
    assert verdict(claim, [page], AS_OF).verdict == Verdict.SUPPORTED


# W1: a dateline without its year ('NORBY, April 10 (Reuters) -') let a day without one borrow the year of the
# last full date written before it ('since December 2022').
def test_a_yearless_datelines_day_takes_the_articles_year_not_an_earlier_dates():
    body = ("NORBY, April 10 (Reuters) - Aine Corr succeeds Tomas Wiro, who had led the government since "
            "December 2022. Corr became party leader on 24 March.")  # fmt: skip
    claim = _dated(body, "24 March")
    assert "2022" not in (claim.value or "")
    assert verdict(claim, [LEADER], AS_OF).verdict == Verdict.SUPPORTED
