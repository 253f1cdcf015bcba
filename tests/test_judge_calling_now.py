"""A definite calling an article gives a named person ('Ding Wei, the world champion') is held on the
article's day: a page's sentence supports it only when it gives the calling in its own present. Invented
person and pages; the article is of February 2030."""

from __future__ import annotations

import datetime as dt

from tests.support.judging import clause_claim, page, verdict
from verify.models import Verdict

WINTER_2030 = dt.date(2030, 2, 24)


def _wei_is(calling: str, said: str) -> Verdict:
    claim = clause_claim(
        f"Lin Wei, {calling}", "Lin Wei", "is", f"Lin Wei, {calling}, resigned in the endgame.",
        value=calling, object=calling,
    )  # fmt: skip
    return verdict(claim, [page("Lin Wei", f"Lin Wei (born 1994) is a chess player. {said}")], WINTER_2030).verdict


def test_a_calling_the_page_gives_in_the_past_tense_is_not_supported() -> None:
    assert _wei_is("the world champion", "He was the world champion.") != Verdict.SUPPORTED


def test_a_calling_tied_to_another_year_is_not_supported_even_in_the_present_tense() -> None:
    assert _wei_is("the defending champion", "He is the defending champion of the 2027 Varna Open.") != (
        Verdict.SUPPORTED
    )


def test_a_calling_held_since_an_earlier_year_is_supported() -> None:
    assert _wei_is("the world champion", "He has been the world champion since 2027.") == Verdict.SUPPORTED


def test_a_calling_tied_to_the_articles_year_is_supported() -> None:
    assert _wei_is("the defending champion", "He is the defending champion of the 2030 Varna Open.") == (
        Verdict.SUPPORTED
    )


def test_a_calling_the_article_itself_sets_in_the_past_is_supported_by_a_former_one() -> None:
    assert _wei_is("the former world champion", "He is a former world champion.") == Verdict.SUPPORTED
