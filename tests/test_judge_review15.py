"""Session 15's review of the role and date judges: shapes of wrong verdicts met in review, each reproduced
with pages and sentences of our own; beside each, the reading that must stay."""

from __future__ import annotations

import datetime as dt

from tests.support.judging import clause_claim as claim
from tests.support.judging import page, verdict
from verify.models import Document, InfoboxField, Verdict

SPRING_2030 = dt.date(2030, 4, 1)


def boxed(title: str, text: str, rows: list[tuple[str, str]]) -> Document:
    """A page with an infobox of the given rows."""
    fields = tuple(InfoboxField(label=label, value=value) for label, value in rows)
    return page(title, text).model_copy(update={"infobox": fields})


# --- 1. a 'first woman president' of a body whose name holds the country is no first in the country's office --
# Counterexample it must not misread: 'Vestria's first woman president' against 'the first woman president of
# the Vestria Senate' (or 'of the Argentine Senate' for 'Argentina's first woman president'): the post is the
# chamber's, though its name carries the country's.


def _kole(said: str, country: str = "Vestria") -> Document:
    return boxed(
        "Eva Kole",
        f"Eva Kole (born 4 April 1966) is a politician, president of {country} since 2029. {said}",
        [("office", f"President of {country}"), ("term_start", "1 June 2029"), ("predecessor", "Ivo Sand")],
    )


def _first(said: str, country: str = "Vestria", whose: str = "Vestria's") -> Verdict:
    value = f"{whose} first woman president"
    first = claim(f"{value} Eva Kole", "Eva Kole", "holds office", kind="role", relation="holds office", value=value)
    return verdict(first, [_kole(said, country)], SPRING_2030).verdict


def test_a_first_woman_president_of_a_senate_named_after_the_country_is_not_the_countrys_first():
    assert _first("In 2016 she became the first woman president of the Vestria Senate.") == Verdict.UNVERIFIED


def test_a_first_woman_president_of_the_senate_of_the_country_is_not_the_countrys_first():
    assert _first("She was the first woman president of the Senate of Vestria, from 2014 to 2018.") == (
        Verdict.UNVERIFIED
    )


def test_a_first_woman_president_of_a_known_countrys_senate_is_not_that_countrys_first():
    said = "In 2016 she became the first woman president of the Argentine Senate."
    assert _first(said, "Argentina", "Argentina's") == Verdict.UNVERIFIED


def test_a_first_woman_president_of_a_bank_named_after_a_known_country_is_not_its_first():
    said = "Earlier she had been the first female president of the Central Bank of Argentina."
    assert _first(said, "Argentina", "Argentina's") == Verdict.UNVERIFIED


def test_a_first_woman_president_of_the_known_country_still_supports_it():
    said = "In 2029 she became the first woman president of Argentina."
    assert _first(said, "Argentina", "Argentina's") == Verdict.SUPPORTED


def test_a_first_woman_president_of_the_republic_still_supports_the_countrys_first():
    said = "In 2029 she became the first woman President of the Republic of Vestria."
    assert _first(said) == Verdict.SUPPORTED


# --- 2. a true first set aside for want of a 'first' sentence must not let another post's spell refute it ------
# Counterexample it must not misread: a president now who once presided over the senate; the sentence that
# calls her the first woman president names the senate too: the senate's ended spell is no evidence against
# her being president now, so the claim is at worst unverified, never contradicted.


def _ore(said: str) -> Document:
    return boxed(
        "Lina Ore",
        f"Lina Ore (born 2 May 1968) is a Argentine politician. {said}",
        [("office", "President of Argentina"), ("term_start", "1 June 2029"), ("predecessor", "Ivo Sand"),
         ("office2", "President of the Senate of Argentina"), ("term_start2", "3 March 2014"),
         ("term_end2", "2 March 2018")],
    )  # fmt: skip


def _bare_first(said: str, value: str = "the first woman president") -> Verdict:
    first = claim(f"Lina Ore, {value}", "Lina Ore", "holds office", kind="role", relation="holds office", value=value)
    return verdict(first, [_ore(said)], SPRING_2030).verdict


def test_a_true_first_is_not_contradicted_by_an_ended_spell_in_another_post():
    said = "Ore, formerly president of the Senate, became the country's first woman president in 2029."
    assert _bare_first(said) != Verdict.CONTRADICTED


def test_a_true_first_with_the_senate_named_after_it_is_not_contradicted():
    said = "In 2029 she became the first woman president, having chaired the Senate from 2014 to 2018."
    assert _bare_first(said) != Verdict.CONTRADICTED


def test_a_true_first_stated_of_the_country_alone_is_still_supported():
    assert _bare_first("In 2029 she became the first woman president of Argentina.") == Verdict.SUPPORTED


def test_a_first_of_a_kind_held_by_nobody_on_the_day_is_still_contradicted():
    # the same pages, a claim of a post she held only before the article's day: the ended spell refutes it
    former = boxed(
        "Lina Ore",
        "Lina Ore (born 2 May 1968) is a politician. She was the first woman president of the Senate of Vestria.",
        [
            ("office", "President of the Senate of Vestria"),
            ("term_start", "3 March 2014"),
            ("term_end", "2 March 2018"),
        ],
    )
    value = "the first woman president of the Senate of Vestria"
    first = claim(f"Lina Ore, {value}", "Lina Ore", "holds office", kind="role", relation="holds office", value=value)
    assert verdict(first, [former], SPRING_2030).verdict == Verdict.CONTRADICTED
