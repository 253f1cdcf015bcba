"""A rank attached to an office is not another office: 'the youngest vice president' and 'the country's
fourth prime minister this year' name the post the person's infobox gives. The post itself agrees, so the
person's own row never refutes them; the rank is a value of its own, settled only by a page that states it.
An ordinal with no period ('the ninth president') stays the office's number in its whole history.
Invented people, country and pages."""

from __future__ import annotations

import datetime as dt

from tests.support.judging import boxed, verdict
from tests.support.judging import clause_claim as claim
from verify.models import Verdict

DAY = dt.date(2031, 10, 20)
VP_ROWS = [("office", "Vice President of Velmara"), ("term_start", "20 October 2031"), ("office2", "Mayor of Ostra"),
           ("term_start2", "28 February 2026"), ("term_end2", "16 July 2029")]  # fmt: skip
PM_ROWS = [("office", "Prime Minister of Velmara"), ("term_start", "13 October 2031"), ("office2", "Mayor of Ostra"),
           ("term_start2", "4 April 2014"), ("office3", "President of the Centre Movement"),
           ("term_start3", "1 December 2007")]  # fmt: skip


def _role(text: str, sentence: str, who: str, value: str, lead: str, rows: list[tuple[str, str]]) -> Verdict:
    c = claim(text, who, "holds office", sentence, kind="role", relation="holds office", value=value)
    return verdict(c, [boxed(who, lead, rows)], DAY).verdict


def _youngest(lead: str = "Ilo Marr (born 1 October 1994) is a Velmaran politician.", rows=VP_ROWS) -> Verdict:
    said = "Ilo Marr, 37, is the youngest vice president in the country's history."
    return _role("Ilo Marr, 37, is the youngest vice president", said, "Ilo Marr", "youngest vice president", lead,
                 rows)  # fmt: skip


def _fourth(value: str, after: str, rows=PM_ROWS) -> Verdict:
    said = f"Tem Arro, 73, becomes the country's {value}{after}."
    return _role(f"Tem Arro, 73, becomes the country's {value}", said, "Tem Arro", f"{value} of the country",
                 "Tem Arro (born 25 May 1958) is a Velmaran politician.", rows)  # fmt: skip


def test_a_superlative_before_the_office_held_is_no_other_office():
    assert _youngest() == Verdict.UNVERIFIED


def test_a_page_stating_the_superlative_in_the_office_supports_it():
    lead = "Ilo Marr (born 1 October 1994) is a Velmaran politician, the youngest vice president of Velmara."
    assert _youngest(lead) == Verdict.SUPPORTED


def test_a_superlative_of_an_office_not_held_is_still_refuted_by_the_office_held():
    said = "Ilo Marr, 37, is the youngest finance minister in the country's history."
    rows = [("office", "Minister of Defence of Velmara"), ("term_start", "20 October 2031")]
    lead = "Ilo Marr (born 1 October 1994) is a Velmaran politician."
    verdict_ = _role("Ilo Marr, 37, is the youngest finance minister", said, "Ilo Marr", "youngest finance minister",
                     lead, rows)  # fmt: skip
    assert verdict_ == Verdict.CONTRADICTED


def test_an_ordinal_bounded_by_this_year_is_no_other_office():
    assert _fourth("fourth prime minister", " this year") != Verdict.CONTRADICTED


def test_an_ordinal_bounded_by_a_since_year_is_no_other_office():
    assert _fourth("fourth prime minister", " since 2029") != Verdict.CONTRADICTED


def test_an_unbounded_ordinal_is_still_the_offices_number():
    rows = [("office", "9th Prime Minister of Velmara"), ("term_start", "13 October 2031")]
    assert _fourth("fourth prime minister", "", rows) == Verdict.CONTRADICTED


# desk19 X6: a record ('the youngest prime minister in the country's history') stays true once the spell ends
ENDED_ROWS = [("office", "Vice President of Velmara"), ("term_start", "20 October 2031"),
              ("term_end", "1 March 2033")]  # fmt: skip


def test_a_superlative_of_an_ended_spell_stated_by_the_page_is_supported_after_it():
    lead = "Ilo Marr (born 1 October 1994) is a Velmaran politician who was the youngest vice president of Velmara."
    said = "Ilo Marr is the youngest vice president in the country's history."
    c = claim("Ilo Marr is the youngest vice president", "Ilo Marr", "holds office", said, kind="role",
              relation="holds office", value="youngest vice president")  # fmt: skip
    assert verdict(c, [boxed("Ilo Marr", lead, ENDED_ROWS)], dt.date(2034, 5, 1)).verdict == Verdict.SUPPORTED


def test_the_superlative_of_another_noun_beside_the_office_does_not_state_it():
    lead = ("Ilo Marr (born 1 October 1994) is a Velmaran politician, the youngest child of Edo Marr (vice president "
            "from 1990 to 1994).")  # fmt: skip
    assert _youngest(lead) == Verdict.UNVERIFIED


def test_a_rank_of_something_named_before_the_office_does_not_state_it():
    lead = ("Ilo Marr (born 1 October 1994) is a Velmaran politician, the youngest member of the Ostra Youth Council "
            "before she became vice president of Velmara.")  # fmt: skip
    assert _youngest(lead) == Verdict.UNVERIFIED
