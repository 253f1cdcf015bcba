"""'had led the bank since 2015', 'had been president since 2012': a spell's start against the dated term of
the office the clause names. The bank led is the one office whose title holds it; a bare 'president' is the
person's one presidency of a country. A start in another year contradicts, quoting the term's start; the
year the term began supports. Invented people, bank and country."""

from __future__ import annotations

import datetime as dt

from tests.support.judging import boxed, clause_claim, verdict
from verify.models import ClaimResult, Verdict

GOVERNOR = [("office", "Governor of the Reserve Bank of Velmara"), ("term_start", "18 September 2016"),
            ("term_end", "17 September 2023")]  # fmt: skip
PRESIDENT = [("order", "7th"), ("office", "President of Velmara"), ("term_start", "20 October 2014"),
             ("term_end", "20 October 2024"), ("office2", "Governor of Ostra"), ("term_start2", "15 October 2012"),
             ("term_end2", "16 October 2014")]  # fmt: skip


def _led(year: str, thing: str = "the bank", rows: list[tuple[str, str]] = GOVERNOR) -> ClaimResult:
    text = f"Penn had led {thing} since {year}"
    page = boxed("Aldo Penn", "Aldo Penn (born 1961) is a Velmaran economist.", rows)
    claim = clause_claim(text, "Aldo Penn", "led", f"{text} and oversaw 12 rate rises.", object=thing, time=year,
                         value=thing)  # fmt: skip
    return verdict(claim, [page], dt.date(2023, 9, 15))  # still in office


def _president(year: str, rows: list[tuple[str, str]] = PRESIDENT) -> ClaimResult:
    text = f"He had been president since {year}"
    page = boxed("Tomas Wiro", "Tomas Wiro (born 1961) is a Velmaran politician.", rows)
    sentence = f"Tomas Wiro, 63, leaves office. {text}, after rising from governor of Ostra."
    claim = clause_claim(text, "Tomas Wiro", "been", sentence, time=year, value=year)
    return verdict(claim, [page], dt.date(2024, 10, 20))


def test_leading_the_bank_since_a_year_before_the_governorship_is_contradicted_quoting_its_start():
    got = _led("2015")
    assert got.verdict == Verdict.CONTRADICTED
    assert "18 September 2016" in got.evidence[0].snippet


def test_leading_the_bank_since_the_year_the_governorship_began_is_supported():
    assert _led("2016").verdict == Verdict.SUPPORTED


def test_leading_something_no_office_names_is_not_read_off_the_governorship():
    assert _led("2015", "the protests").verdict != Verdict.CONTRADICTED


def test_a_deputys_post_in_the_bank_is_no_spell_leading_it():
    deputy = [("office2", "Deputy Governor of the Reserve Bank of Velmara"), ("term_start2", "1 March 2012"),
              ("term_end2", "17 September 2016")]  # fmt: skip
    assert _led("2012", rows=GOVERNOR + deputy).verdict == Verdict.CONTRADICTED


def test_leading_the_bank_of_a_person_heading_two_banks_is_left_open():
    chair = [("office2", "Chair of the Velmara Development Bank"), ("term_start2", "1 March 2012")]
    assert _led("2012", rows=GOVERNOR + chair).verdict == Verdict.UNVERIFIED


def test_a_bare_presidency_since_a_year_before_the_term_is_contradicted_quoting_its_start():
    got = _president("2012")
    assert got.verdict == Verdict.CONTRADICTED
    assert "20 October 2014" in got.evidence[0].snippet


def test_a_bare_presidency_since_the_year_the_term_began_is_supported():
    assert _president("2014").verdict == Verdict.SUPPORTED


def test_a_bare_president_of_a_person_with_two_presidencies_is_left_open():
    rows = [*PRESIDENT, ("office3", "President of Ostra"), ("term_start3", "1 May 2010"), ("term_end3", "1 May 2012")]
    assert _president("2012", rows).verdict != Verdict.CONTRADICTED
