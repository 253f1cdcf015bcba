"""'became Velmara's central bank in 1961': a body whose own page says in its first sentence that it is that
now, and whose infobox dates its founding to the claimed year, has been so since it was founded. Support only:
another founding year or another description decides nothing. Invented bank and country."""

from __future__ import annotations

import datetime as dt

from tests.support.judging import boxed, clause_claim, verdict
from verify.models import Verdict

LEAD = "The Bank of Velmara is Velmara's central bank and banknote issuing authority. It is based in Ostra."


def _became(year: str, lead: str = LEAD, founded: str = "1 March 1961") -> Verdict:
    text = f"became Velmara's central bank in {year}"
    page = boxed("Bank of Velmara", lead, [("established", founded), ("headquarters", "Ostra")])
    sentence = f"The bank, which {text}, is based in Ostra."
    claim = clause_claim(text, "Bank of Velmara", "became", sentence, object="Velmara's central bank", time=year,
                         value="Velmara's central bank")  # fmt: skip
    return verdict(claim, [page], dt.date(2023, 9, 18)).verdict


def test_the_founding_year_of_a_body_that_is_so_now_supports_it():
    assert _became("1961") == Verdict.SUPPORTED


def test_another_year_than_the_founding_is_left_open():
    assert _became("1975") == Verdict.UNVERIFIED


def test_a_body_its_page_describes_otherwise_is_left_open():
    lead = "The Bank of Velmara is Velmara's largest lender. It is based in Ostra."
    assert _became("1961", lead) == Verdict.UNVERIFIED
