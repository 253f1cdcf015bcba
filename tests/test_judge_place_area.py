"""Session 17 (judge17): a birthplace written with a larger area around it ('born in Varo in the Alps'): the
place is the named town, the area only has to be named by the page. Invented person, pages of our own."""

from __future__ import annotations

import datetime as dt

from tests.support.judging import boxed, clause_claim, verdict
from verify.models import Verdict

AUTUMN_2031 = dt.date(2031, 9, 6)


def _born(town: str, area: str, said: str = "Ana Roth (born 4 April 1970) is a French politician.") -> Verdict:
    text = f"Roth was born in {town} in {area}"
    claim = clause_claim(text, "Ana Roth", "born in", f"{text}.", value=town, place=area)
    roth = boxed("Ana Roth", said, [("birth_place", "Varo, France"), ("birth_date", "4 April 1970")])
    return verdict(claim, [roth], AUTUMN_2031).verdict


def test_a_town_the_page_gives_is_not_contradicted_by_an_area_around_it_the_page_does_not_name() -> None:
    assert _born("Varo", "the Alps") == Verdict.UNVERIFIED


def test_a_town_the_page_gives_with_the_area_the_page_names_too_is_supported() -> None:
    assert _born("Varo", "France") == Verdict.SUPPORTED


def test_an_area_the_page_names_elsewhere_supports_the_town_it_gives() -> None:
    said = "Ana Roth (born 4 April 1970) is a French politician who grew up in the Alps."
    assert _born("Varo", "the Alps", said) == Verdict.SUPPORTED


def test_another_town_in_the_same_area_is_still_contradicted() -> None:
    assert _born("Lemo", "the Alps") == Verdict.CONTRADICTED
