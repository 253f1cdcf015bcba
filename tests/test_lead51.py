"""The lead's rows of session 51: a clause is supported only when the words that support it name every country it
names (`_countries_unsaid`), and a place listed with others is all of them (`places_listed`). Found by the fifty-third
verdict subject's first score, before any change was made for it: two false "supported" of its wrong-country
variants (the parents' country of origin; the second of two places a person grew up in)."""

from __future__ import annotations

import pytest

from tests.support.judging import boxed, judged_body, page
from tests.test_review26 import AS_OF, SAVED
from tests.test_review49 import _verdicts
from verify.models import Verdict

_RUIZ = "Ana Ruiz is a Norby theatre director."


def _ruiz(sentence: str):
    return page("Ana Ruiz", f"{_RUIZ} {sentence}")


@pytest.mark.parametrize(
    ("claimed", "given", "expected"),
    [
        pytest.param("from India", "from Sri Lanka", False, id="another-country-of-the-parents"),
        pytest.param("from Sri Lanka", "from Sri Lanka", True, id="the-same-country"),
        pytest.param("from Scotland", "from the United Kingdom", True, id="a-nation-within-the-state-given"),
        pytest.param("from the United Kingdom", "from Britain", True, id="the-country-in-another-form"),
    ],
)
def test_a_country_the_clause_names_must_be_the_pages(claimed: str, given: str, expected: bool) -> None:
    doc = _ruiz(f"Born in Sheffield to Tamil parents {given} in 1970, Ruiz studied drama at Hull University.")
    body = f"Ana Ruiz was born in Sheffield to Tamil parents {claimed} in 1970."
    found = _verdicts(body, [doc], "clause", "born in Sheffield")
    assert found and (Verdict.SUPPORTED in found) == expected, found


@pytest.mark.parametrize(
    ("claimed", "expected"),
    [
        pytest.param("Kenya and Indonesia", False, id="the-second-place-another"),
        pytest.param("Kenya and Malaysia", True, id="both-places-given"),
    ],
)
def test_every_place_listed_is_the_clauses(claimed: str, expected: bool) -> None:
    doc = _ruiz("Ruiz grew up in Kenya and Malaysia, attended a school in Nairobi and trained as an actor.")
    found = _verdicts(f"Ana Ruiz grew up in {claimed}.", [doc], "clause", "grew up in")
    assert found and (Verdict.SUPPORTED in found) == expected, found


# several-countries-before-a-plural-title-unknown-paired (stale in the session's whole-list pass: 'Norbian prime
# minister' is now supported by 'Prime Minister of Norby', the row it had): two words the lexicon knows no country for
# before a plural title are no countries, so neither is given to the first name ('Norbian ... Ana Ruiz' is not read
# against her other country's post).
@pytest.mark.parametrize("office", ["Prime Minister of Korvia", "Prime Minister of Norby"])
def test_unknown_countries_words_before_a_plural_title_are_read_as_none(office: str) -> None:
    doc = boxed(
        "Ana Ruiz",
        f"Ana Ruiz (born 1 January 1975) is a politician serving as {office} since 14 February 2023.",
        [("office", office), ("term_start", "14 February 2023")],
        SAVED,
    )
    body = "Norbian and Korvian prime ministers Ana Ruiz and Jon Dahl met."
    found = {c.text: v for c, v in judged_body(body, [doc], AS_OF) if c.kind == "role" and c.subject == "Ana Ruiz"}
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# The final tuning run's three losses, mended: a country written as an owner after a preposition ('in Ghana's
# parliament'), a page of rows with no lead whose offices name the country ('France's foreign minister'), and a
# country told earlier in the same stretch between commas ('went abroad to the United Kingdom for studies at ...').
def test_a_possessive_country_after_a_preposition_is_an_owner() -> None:
    doc = page(
        "Eva Lund",
        "Eva Lund is a Ghanaian politician. Previously, she was a Member of Parliament for Anyaa-Sowutuom from 2013 to "
        "2021 and had served as Deputy Minister of Foreign Affairs.",
    )
    body = "She represented Anyaa-Sowutuom in Ghana's parliament from 2013 to 2021."
    found = _verdicts(f"Eva Lund is a minister. {body}", [doc], "clause", "represented")
    assert found == [Verdict.SUPPORTED], found


def test_the_countries_of_the_offices_listed_are_the_persons() -> None:
    doc = boxed(
        "Eva Lund",
        "",
        [("office", "Prime Minister of France"), ("term_start", "5 September 2024"),
         ("office2", "Minister of Foreign Affairs"), ("term_start2", "31 March 2004"), ("term_end2", "31 May 2005")],
        SAVED,
    )  # fmt: skip
    found = _verdicts("Eva Lund was France's foreign minister from 2004 to 2005.", [doc], "clause", "from 2004")
    assert found == [Verdict.SUPPORTED], found


def test_a_country_told_between_the_same_commas_is_said() -> None:
    doc = page(
        "Ivo Stam",
        "Ivo Stam is a Norby police officer. Stam attended a school in Korvik, then went abroad to the United Kingdom "
        "for studies at the Halden Police College, from which he graduated in 1960.",
    )
    body = "Ivo Stam graduated from Halden Police College in the United Kingdom in 1960."
    found = _verdicts(body, [doc], "clause", "graduated")
    assert found == [Verdict.SUPPORTED], found
