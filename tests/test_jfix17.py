"""Session 17 (jfix17): a bare 'President X' is read as the post of the article's one country only when the
person's page makes them that country's and gives them no presidency of another. Invented people, pages of our
own."""

from __future__ import annotations

import datetime as dt

from tests.support.judging import boxed, clause_claim, verdict
from verify.models import Verdict

_CHILE_POST = boxed(
    "President of Chile",
    "The president of Chile is the head of state and head of government of Chile.",
    [("post", "President"), ("body", "Chile"), ("incumbent", "Luis Pardo"), ("incumbentsince", "11 March 2030")],
)


def _president_hale(lead: str) -> Verdict:
    hale = boxed(
        "Tom Hale",
        lead,
        [("office", "President of the United States"), ("term_start", "20 January 2029"), ("birth_date", "2 May 1968")],
    )
    claim = clause_claim(
        "President Tom Hale", "Tom Hale", "holds office", kind="role", relation="holds office", value="President"
    )
    return verdict(claim, [hale, _CHILE_POST], dt.date(2031, 4, 1)).verdict


def test_a_president_born_in_the_articles_country_who_leads_another_is_not_its_president() -> None:
    # the lead names Chile (his birthplace), but his infobox gives him the presidency of the United States
    lead = "Tom Hale (born 2 May 1968 in Valparaiso, Chile) is an American politician, president of the United States."
    assert _president_hale(lead) == Verdict.SUPPORTED


def test_a_president_whose_page_only_mentions_a_visit_to_the_articles_country_is_not_its_president() -> None:
    # no infobox row gives his presidency; only the lead says whose he is, and a visit makes him no Chilean
    hale = boxed(
        "Tom Hale",
        "Tom Hale (born 2 May 1968) is an American politician. In 2030 he visited Chile and Peru.",
        [("birth_date", "2 May 1968")],
    )
    claim = clause_claim(
        "President Tom Hale", "Tom Hale", "holds office", kind="role", relation="holds office", value="President"
    )
    assert verdict(claim, [hale, _CHILE_POST], dt.date(2031, 4, 1)).verdict != Verdict.CONTRADICTED
