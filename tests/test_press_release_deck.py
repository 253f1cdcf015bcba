"""A press release often sets a one-line standfirst (deck) between its headline and its dateline ("Deal closes
after regulators' clearance; ..."). The dateline after it is still the dateline: its towns are where the release
was filed, no claim's subject and no claim of their own (verify.nlp.paragraphs.dateline). Invented text."""

from __future__ import annotations

import pytest

from verify.app import article_from_text
from verify.extract import extract_claims
from verify.nlp.paragraphs import dateline

HEADLINE = "Nordbank completes acquisition of Vestbank\n\n"
DECK = "Deal closes after regulators' clearance; Vestbank joins Nordbank's retail business\n\n"
LEDE = (
    "{place}, Nov. 22, 2023 — Nordbank ASA, a lender to small firms, today announced that it has completed its"
    " acquisition of Vestbank ASA. The deal valued Vestbank at approximately $6 billion.\n"
)
PLACES = {
    "two towns, one state": ("OSLO and BERGEN, Norway", "OSLO"),
    "one town": ("OSLO, Norway", "OSLO"),
}


@pytest.mark.parametrize(("place", "town"), PLACES.values(), ids=PLACES.keys())
def test_a_dateline_after_a_deck_is_the_dateline(place: str, town: str):
    text = HEADLINE + DECK + LEDE.format(place=place)
    where = dateline(text)
    assert where is not None and text[where[0] : where[1]].startswith(place), where


@pytest.mark.parametrize(("place", "town"), PLACES.values(), ids=PLACES.keys())
def test_the_towns_of_a_dateline_after_a_deck_are_no_subject(place: str, town: str):
    claims = extract_claims(article_from_text(HEADLINE + DECK + LEDE.format(place=place)))
    assert not [c for c in claims if town in c.subject or c.text.startswith(place)], [
        (c.kind, c.subject, c.text) for c in claims
    ]


def test_a_deck_that_is_a_sentence_is_no_deck():
    """A first paragraph that ends with a full stop is the lede: a dateline after it is no body dateline."""
    text = HEADLINE + "Nordbank said it had bought Vestbank.\n\n" + LEDE.format(place="OSLO, Norway")
    assert dateline(text) is None


def test_a_ticker_in_brackets_is_one_listing_claim_not_also_an_apposition():
    """'Nordbank Corporation (NYSE: NORD)': the listing is one fact; the ticker is no name set beside the company
    ('Nordbank Corporation is NORD')."""
    text = (
        "Nordbank completes Vestbank deal\n\nOSLO, July 18, 2025 — Nordbank Corporation (NYSE: NORD) today announced"
        " that it has completed its acquisition of Vestbank Corporation (NYSE: VEST), following the arbitration.\n"
    )
    claims = [c for c in extract_claims(article_from_text(text)) if "NORD" in c.text and c.kind == "clause"]
    assert [(c.relation, c.text) for c in claims] == [("listed on", "Nordbank Corporation (NYSE: NORD)")]
