"""'His term ended on 30 September' (said of a head of state in an article of early October): the person's own
infobox dates the end of the office held ('term_end: 30 September 2031'), which supports the day and refutes
another. A term's stated length ('his five-year term ends on 17 September') is a value too: an office whose
term runs seven years by its rows refutes it. Invented people, country and pages."""

from __future__ import annotations

import datetime as dt

from tests.support.judging import boxed, clause_claim, verdict
from verify.models import Verdict

AS_OF = dt.date(2031, 10, 2)
ROWS = [("office", "President of Velmara"), ("term_start", "1 October 2025"), ("term_end", "30 September 2031"),
        ("office2", "Mayor of Ostra"), ("term_start2", "5 December 2014"), ("term_end2", "16 June 2019")]  # fmt: skip
PAGE = boxed("Tem Arro", "Tem Arro (born 1953) is a Velmaran politician.", ROWS)


def _ended(sentence: str, text: str, relation: str, day: str, as_of: dt.date = AS_OF) -> Verdict:
    claim = clause_claim(text, "Tem Arro", relation, sentence, kind="date", value=day, time=day)
    return verdict(claim, [PAGE], as_of).verdict


def test_the_term_end_row_supports_the_day() -> None:
    said = "Arro, 78, had governed since 1 October 2025, and his term ended on 30 September."
    assert _ended(said, "ended on 30 September", "ended", "30 September") == Verdict.SUPPORTED


def test_another_day_is_refuted_by_the_term_end_row() -> None:
    said = "Arro, 78, had governed since 1 October 2025, and his term ended on 30 November."
    assert _ended(said, "ended on 30 November", "ended", "30 November") == Verdict.CONTRADICTED


def test_a_stated_length_the_rows_do_not_give_is_refuted() -> None:
    said = "Arro succeeded Ilo Marr on 1 October 2025, and his five-year term ends on 30 September."
    as_of = dt.date(2031, 7, 17)
    assert _ended(said, "ends on 30 September", "ends", "30 September", as_of) == Verdict.CONTRADICTED


def test_an_end_that_is_no_terms_end_is_not_judged_by_the_rows() -> None:
    said = "Arro's visit to Ostra ended on 30 November."
    assert _ended(said, "ended on 30 November", "ended", "30 November") != Verdict.CONTRADICTED


def test_a_day_far_from_every_terms_end_is_left_unverified() -> None:
    # a term the infobox does not list (a board seat, a post abroad) may be the one meant
    said = "Arro's term ended on 30 November 2003."
    assert _ended(said, "ended on 30 November 2003", "ended", "30 November 2003") == Verdict.UNVERIFIED
