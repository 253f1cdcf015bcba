"""An intendant (the head of a department's government, in Uruguay and elsewhere) is a post like a mayor or a
governor: a clause dating a spell of it ('was intendant of the Korvik Department from 9 July 2020') is read
against the page's spells of that office. Found on the Uruguayan subject (session 26), where Orsi's spells as
intendant of Canelones were left unverified: the word was no title head. Invented person and rows."""

from __future__ import annotations

import datetime as dt

from tests.support.judging import boxed, clause_claim, verdict
from verify.models import Verdict

AS_OF = dt.date(2030, 3, 3)
LUND = boxed(
    "Ana Lund",
    "Ana Lund (born 1970) is a Norbian politician.",
    [
        ("office", "President of Norby"),
        ("term_start", "1 March 2030"),
        ("office1", "22nd and 24th Intendant of the Korvik Department"),
        ("term_start1", "26 November 2025"),
        ("term_end1", "1 March 2029"),
        ("term_start2", "9 July 2020"),
        ("term_end2", "6 February 2025"),
    ],
)


def _spell(start: str) -> Verdict:
    said = f"She was intendant of the Korvik Department from {start} to 6 February 2025."
    claim = clause_claim(f"She was intendant of the Korvik Department from {start}", "Ana Lund", "was", said,
                         value="intendant of the Korvik Department", time=start)  # fmt: skip
    return verdict(claim, [LUND], AS_OF).verdict


def test_a_spell_as_intendant_is_supported_by_the_pages_spell():
    assert _spell("9 July 2020") == Verdict.SUPPORTED


def test_a_spell_as_intendant_from_another_year_is_contradicted():
    assert _spell("9 July 2012") == Verdict.CONTRADICTED
