"""Contradiction recall on the value ways (session 44, issue 15), and the guards that keep it from refuting true
claims. Invented articles judged against invented pages (`tests/support/judging.py`) with the fields extraction
gives their words; each false row has its true twin where the mend refutes."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, judged_body
from verify.models import Document, Verdict

AS_OF = dt.date(2025, 4, 3)
SAVED = dt.datetime(2025, 4, 1, tzinfo=dt.UTC)


def _lengths(body: str, docs: list[Document]) -> list[tuple[str, Verdict]]:
    """The words and verdicts of the duration claims extraction gives `body`."""
    found = [(c.text, v) for c, v in judged_body(body, docs, AS_OF) if c.kind == "duration"]
    assert found, "no duration claim extracted"
    return found


# Karl Moen's invented page: two spells as chief justice of Norby, the first of three years, the second of one.
MOEN_TWO_SPELLS = boxed(
    "Karl Moen",
    "Karl Moen (born 1960) is a Norbian judge who served as Chief Justice of Norby from 2015 to 2018 and from 2022 "
    "to 2024.",
    [
        ("office", "Chief Justice of Norby"),
        ("term_start", "9 November 2022"),
        ("term_end", "3 March 2024"),
        ("office1", "Chief Justice of Norby"),
        ("term_start1", "3 March 2015"),
        ("term_end1", "4 May 2018"),
    ],
    SAVED,
)


def test_a_sentence_of_two_spells_dates_neither_for_a_length() -> None:
    """'two spells, from 2015 to 2018 and again from November 2022': the month the second spell starts does not make
    the first spell's length (its own bounds, 2015 to 2018) a length of the second one."""
    body = (
        "Moen served two spells as chief justice, from 2015 to 2018 and again from November 2022 until March 2024."
    )
    assert Verdict.CONTRADICTED not in {v for _, v in _lengths(body, [MOEN_TWO_SPELLS])}


# Karl Moen's invented page: he joined a department a country's name qualifies ('the Dutch Department of ...'), and
# another place's department ('the Halden Department of Roads') in another year.
MOEN_JOINED = boxed(
    "Karl Moen",
    "Karl Moen (born 2 June 1953) is a Norbian civil servant. He lectured at the University of Tarsa, before joining "
    "the Dutch Department of Roads and Rivers in 1980. He joined the Halden Department of Ports in 1990.",
    [],
    SAVED,
)


def _joined(body: str) -> set[Verdict]:
    """The verdicts on the 'joined' clauses extraction gives `body`, judged against Moen's page."""
    found = {v for c, v in judged_body(body, [MOEN_JOINED], AS_OF) if c.kind == "clause" and c.relation == "joined"}
    assert found, "no 'joined' clause extracted"
    return found


# 'before joining the ... Department ... in 1980' words the deed 'joined' (its participle), and the country's name
# before the department says only whose it is: the same year supports, another refutes.
@pytest.mark.parametrize(
    ("year", "verdict"),
    [pytest.param("1980", Verdict.SUPPORTED, id="true"), pytest.param("1984", Verdict.CONTRADICTED, id="false")],
)
def test_a_deed_worded_by_its_participle_is_dated_by_the_page(year: str, verdict: Verdict) -> None:
    body = f"Moen lectured at the University of Tarsa before joining the Department of Roads and Rivers in {year}."
    assert _joined(body) == {verdict}


def test_another_places_department_dates_no_joining() -> None:
    """'the Halden Department of Ports' may be another department than the one claimed: its year refutes nothing."""
    assert Verdict.CONTRADICTED not in _joined("Moen joined the Department of Ports in 1994.")
