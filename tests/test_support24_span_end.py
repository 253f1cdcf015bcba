"""'he was governor of the Bank of Norland from 2008 to 2013' with the clause's time read as its last year (2013):
the spell the claim's own words write is read whole, both of its years checked against the office's term rows."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, clause_claim, verdict

AS_OF = dt.date(2025, 3, 10)
VALE = boxed(
    "Rin Vale",
    "Rin Vale (born 16 March 1965) is a Norlish economist and politician.",
    [("office", "Prime Minister of Norland"), ("term_start", "March 14, 2025"),
     ("office2", "Governor of the Bank of Norland"), ("term_start2", "February 1, 2008"),
     ("term_end2", "June 3, 2013"), ("predecessor2", "Ola Dodd"), ("successor2", "Per Polz")],
)  # fmt: skip


def _spell(start: str, end: str, time: str):
    text = f"he was governor of the Bank of Norland from {start} to {end}"
    claim = clause_claim(text, "Rin Vale", "was", f"Born in Norby, {text}.", object="governor of the Bank of Norland",
                         value="governor of the Bank of Norland", time=time)  # fmt: skip
    return verdict(claim, [VALE], AS_OF)


@pytest.mark.parametrize("time", ["2008", "2013"])
def test_the_spell_the_claim_writes_is_read_whichever_year_is_its_time(time: str) -> None:
    assert _spell("2008", "2013", time).verdict.value == "supported"


@pytest.mark.parametrize(("start", "end"), [("2008", "2014"), ("2007", "2013")])
def test_a_spell_with_one_year_changed_is_not_supported(start: str, end: str) -> None:
    assert _spell(start, end, end).verdict.value != "supported"
