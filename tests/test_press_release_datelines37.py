"""A press release's dateline in its other shapes: a double hyphen for the dash ("NEW YORK, March 4, 2024 --") and
a place in mixed case ("Oslo, Norway --"). The dateline is where the release was filed: its place is no claim's
subject, and the lede's own subject dates the release's event (verify.nlp.paragraphs.dateline). Invented text."""

from __future__ import annotations

import pytest

from verify.app import article_from_text
from verify.extract import extract_claims
from verify.nlp.paragraphs import dateline

HEADLINE = "Korvik to acquire Stennor\n\n"
LEDE = (
    "{place} Korvik Inc. today announced that it will acquire Stennor Ltd. for $2.1 billion in cash."
    " The deal is expected to close in the second quarter.\n"
)
DATELINES = {
    "capitals, a double hyphen": ("NEW YORK, March 4, 2024 --", "NEW YORK"),
    "two towns, a double hyphen": ("SPRINGFIELD, Ill. and DENVER, March 4, 2024 --", "SPRINGFIELD"),
    "mixed case, a country": ("Oslo, Norway --", "Oslo"),
    "mixed case, a country and a date": ("Oslo, Norway, March 4, 2024 —", "Oslo"),
    "a Scottish prefix, two towns": ("McLEAN, Va., and CHICAGO, March 4, 2024 —", "McLEAN"),
}


@pytest.mark.parametrize(("place", "town"), DATELINES.values(), ids=DATELINES.keys())
def test_the_dateline_is_found(place: str, town: str):
    text = HEADLINE + LEDE.format(place=place)
    where = dateline(text)
    assert where is not None and text[where[0] : where[1]] == place, where


@pytest.mark.parametrize(("place", "town"), DATELINES.values(), ids=DATELINES.keys())
def test_the_datelines_place_is_no_subject(place: str, town: str):
    claims = extract_claims(article_from_text(HEADLINE + LEDE.format(place=place)))
    assert [(c.kind, c.subject) for c in claims if c.kind == "quantity"] == [("quantity", "Korvik Inc.")]
    assert not [c for c in claims if town in c.subject], [(c.kind, c.subject, c.text) for c in claims]


@pytest.mark.parametrize(
    "opening",
    [
        "Lena Vos, the chief executive -- who joined in 2019 --",  # a name and a description set off by dashes
        "Korvik Inc. -- the maker of ferries --",  # a company and an apposition
        "Lena Vos, 61 --",  # a name and an age
    ],
)
def test_a_lede_that_opens_with_a_name_and_dashes_has_no_dateline(opening: str):
    assert dateline(HEADLINE + opening + " said on Monday that Korvik would buy Stennor.\n") is None
