"""An article dated only by the day it is judged on (`--as-of`, or a sidecar's "as_of") leaves a day written
without its year yearless, for the judge to read by that day, and never gives it the year of another event
written before it: 'Corr became party leader on 24 March' in a story of 10 April 2024 that recounts a term
'since December 2022' is 24 March 2024, and the party leader's term begun then supports it. Invented people
and party."""

from __future__ import annotations

import datetime as dt

from tests.support.judging import boxed, verdict
from verify.app import article_from_text
from verify.extract import extract_claims
from verify.models import Claim, Verdict

AS_OF = dt.date(2024, 4, 10)
BODY = (
    "Story\n\nAine Corr succeeds Tomas Wiro, who had led the government since December 2022. "
    "Corr became party leader on 24 March.\n"
)
PAGE = boxed("Aine Corr", "Aine Corr (born 1986) is a Velmaran politician.",
             [("office", "Leader of the Velmaran Union"), ("term_start", "24 March 2024")])  # fmt: skip


def _became_leader() -> Claim:
    claims = extract_claims(article_from_text(BODY, as_of=AS_OF))
    (claim,) = [c for c in claims if c.kind == "date" and "24 March" in c.text]
    return claim


def test_a_yearless_day_takes_no_year_from_another_events_date():
    assert _became_leader().value == "24 March"


def test_a_yearless_day_is_judged_in_the_year_of_the_article_day():
    assert verdict(_became_leader(), [PAGE], AS_OF).verdict == Verdict.SUPPORTED
