"""'Aine Corr, the bank's eighth governor': an office's number written out is its rank in the line of holders,
checked against the number the page gives ('9th Governor of ...'), not a word that says which post it is. Read
as such a word, 'eighth' kept the office from matching the page's row at all, so the wrong number was never
compared and the right one ('ninth') never supported. Invented person and bank."""

from __future__ import annotations

import datetime as dt

from tests.support.judging import boxed, clause_claim, verdict
from verify.models import ClaimResult, Verdict
from verify.offices import specific_words

AS_OF = dt.date(2024, 5, 2)
PAGE = boxed(
    "Aine Corr",
    "Aine Corr (born 1968) is a Velmaran economist.",
    [("office", "9th Governor of the Central Bank of Velmara"), ("term_start", "18 September 2023")],
)


def _governor(ordinal: str) -> ClaimResult:
    text = f"Aine Corr, the bank's {ordinal} governor"
    claim = clause_claim(text, "Aine Corr", "holds office", f"{text}, spoke.", kind="role",
                         relation="holds office", value=f"{ordinal} governor of the bank")  # fmt: skip
    return verdict(claim, [PAGE], AS_OF)


def test_a_wrong_number_written_out_is_contradicted_by_the_pages_number() -> None:
    result = _governor("eighth")
    assert result.verdict == Verdict.CONTRADICTED
    assert "9th" in result.rationale


def test_the_right_number_written_out_is_supported() -> None:
    assert _governor("ninth").verdict == Verdict.SUPPORTED


def test_first_and_second_still_say_which_post_it_is() -> None:
    # 'First Vice President' and 'Second Secretary' are posts of their own, not numbers in a line of holders
    assert {"first", "secon"} <= specific_words("first vice president") | specific_words("second secretary")
