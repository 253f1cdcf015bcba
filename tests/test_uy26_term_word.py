"""A term's length ('for a four-year term') names no office by its word 'term': the length is of the post the
sentence names, not of any spell a page calls a 'term' ('a second term from 2021 to 2024' as mayor of another
town). Found on the Uruguayan subject (session 26): a president's new five-year term was supported by his span as
a department's intendant. Invented people, an office page of our own."""

from __future__ import annotations

import datetime as dt

from tests.support.judging import boxed, clause_claim, page, verdict
from verify.models import Verdict

AS_OF = dt.date(2030, 3, 3)
SWORN = "Ana Lund was sworn in on Saturday as Norby's president, succeeding Ivo Stam for a {} term."
# her page: her spells as mayor of Korvik, the second called 'a second term', three years long
LUND = page(
    "Ana Lund",
    "Ana Lund (born 1970) is a Norbian politician who has been President of Norby since 1 March 2030. "
    "She served as mayor of Korvik from 2015 to 2020, and a second term from 2021 to 2024.",
)
OFFICE = boxed("President of Norby", "The president of Norby is the head of state.", [("termlength", "Five years")])


def _length(text: str, number: float, sentence: str, docs: list) -> Verdict:
    claim = clause_claim(text, "Ana Lund", "lasts", sentence, kind="duration", value=f"{number:g} years",
                         number=number, unit="years")  # fmt: skip
    return verdict(claim, docs, AS_OF).verdict


def test_a_spell_of_another_post_called_a_term_does_not_support_a_new_terms_length():
    assert _length("three-year term", 3.0, SWORN.format("three-year"), [LUND]) != Verdict.SUPPORTED


def test_the_office_pages_term_length_still_settles_the_new_term():
    assert _length("three-year term", 3.0, SWORN.format("three-year"), [LUND, OFFICE]) == Verdict.CONTRADICTED


def test_the_office_pages_own_length_supports_the_new_term():
    assert _length("five-year term", 5.0, SWORN.format("five-year"), [LUND, OFFICE]) == Verdict.SUPPORTED


def test_a_length_held_as_the_named_post_is_still_measured_by_its_span():
    said = "Ana Lund served as mayor of Korvik for five years."
    assert _length("served as mayor of Korvik for five years", 5.0, said, [LUND]) == Verdict.SUPPORTED
