"""Rows only one reading decides (issue 15: every mutation caught). Session 32's killers run found two older
readings whose remembered rows the merged code now decides a second way (fs32's owned subject and measured
figure), so their mutations survived; these are rows the newer readings do not reach. Invented people and pages."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import clause_claim, page, verdict
from tests.test_clause_year_bound_to_its_clause import LEADER, judged
from verify.models import Verdict


def _leader(text: str) -> Verdict:
    """The verdict on 'Tove Brandt has been leader of the Green League since 2019' from her page with `text`."""
    return judged(LEADER, text)


# the clause judge's `_said_of_the_subject` (mutation relative-opens-sentence-read): a sentence of her page with the
# office and the year, said of another person named in it; no possessive stands before the verb, so the reading of
# a deed of someone she owns ('Her husband has been ...') does not decide these
@pytest.mark.parametrize(
    "text",
    [
        "Per Olsen has been leader of the Green League since 2019.",
        "Per Olsen, her husband, has been leader of the Green League since 2019.",
    ],
    ids=["another-named", "named-with-an-apposition"],
)
def test_another_named_persons_spell_on_her_page_does_not_support_hers(text: str) -> None:
    assert _leader(text) != Verdict.SUPPORTED


def test_twin_her_own_name_with_the_office_and_year_supports_it() -> None:
    assert _leader("Tove Brandt has been leader of the Green League since 2019.") == Verdict.SUPPORTED


SEATS_SENTENCE = "The Green League won 42 seats in the 2023 election."
SEATS = clause_claim(
    "42 seats", "seats", "count", SEATS_SENTENCE, kind="quantity", value="42", number=42.0, unit="seats"
).model_copy(update={"span": (21, 29)})


def _seats(said: str) -> Verdict:
    doc = page("2023 Vestrian general election", f"The 2023 Vestrian general election was held on 3 March 2023. {said}")
    return verdict(SEATS, [doc], dt.date(2023, 3, 10)).verdict


# the quantity judge's `_sentence_findings` asks `holder.said_of` of each figure (mutation
# quantity-count-said-of-anyone): a count the page denies is not affirmed, though the verb taking it is the claim's
# own ('win'), so the measured-figure reading (which withheld 'needed 42 seats') does not decide it
def test_a_count_the_page_denies_does_not_support_the_seats_won() -> None:
    assert _seats("The Green League did not win 42 seats.") != Verdict.SUPPORTED


def test_twin_the_count_affirmed_supports_the_seats_won() -> None:
    assert _seats("The Green League won 42 seats.") == Verdict.SUPPORTED
