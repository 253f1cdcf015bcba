"""A value the article writes as a possessive ('Vestria's cabinet') is the page's 'of' phrase ('the Cabinet of
Vestria'), and the other way round: one value in two forms, both checked as strictly as either."""

from __future__ import annotations

import datetime as dt

from tests.support.judging import clause_claim, page, verdict

AS_OF = dt.date(2024, 5, 2)
ALDER = page(
    "Mara Alder",
    "Mara Alder (born 4 May 1979) is a Vestrian politician and former swimmer. "
    "Alder served in the Cabinet of Vestria from March 2019 to April 2024 as the Minister of Sport. "
    "She chaired the athletes' commission of the Vestrian Olympic Committee.",
)


def _served(body: str, since: str):
    text = f"She has served in {body} since {since}"
    claim = clause_claim(text, "Mara Alder", "served as", f"{text} and chaired the commission.", relation="served as",
                         value=body, place=body, time=since)  # fmt: skip
    return verdict(claim, [ALDER], AS_OF)


def test_a_possessive_value_is_the_pages_of_phrase() -> None:
    assert _served("Vestria's cabinet", "March 2019").verdict.value == "supported"


def test_another_countrys_cabinet_is_not_supported() -> None:
    assert _served("Norland's cabinet", "March 2019").verdict.value != "supported"


def test_another_start_is_not_supported() -> None:
    assert _served("Vestria's cabinet", "March 2017").verdict.value != "supported"


def test_the_of_phrase_itself_still_holds() -> None:
    assert _served("the Cabinet of Vestria", "March 2019").verdict.value == "supported"
