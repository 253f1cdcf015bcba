"""Date claims in shapes news writes often and the readers missed (verify/kinds/date/parsed.py): a
month opening a sentence, a weekday with its time of day, an event a pronoun 'it' is the subject of,
a press release's dateline after its standfirst. One row per shape, invented sentences."""

from __future__ import annotations

import pytest

from verify.app import article_from_text
from verify.extract import extract_claims

DATELINE = "VARNA, 24 February 2024 (wire) — The agency reported the news on Thursday.\n\n"


def dated(body: str) -> list[tuple[str, str | None]]:
    """The (subject, value) of each date claim in `body`, after a dated dateline."""
    article = article_from_text(f"Story\n\n{DATELINE}{body}\n")
    start = article.text.index(body)
    return [(c.subject, c.value) for c in extract_claims(article) if c.kind == "date" and c.span[0] >= start]


SHAPES = {
    "a month opening the sentence": (
        "In April, still only 19, Tom Vik won the regional chess title.",
        [("Tom Vik", "2024-04")],  # the year that puts it within a season of the dateline
    ),
    "a weekday with its time of day": (
        "Ana Ruiz resigned on Saturday night after the vote in the council.",
        [("Ana Ruiz", "2024-02-24")],
    ),
    "'it' for the thing named as the subject before": (
        "Kvasir, a small lander about two metres tall, touched down near a crater on 22 February. It was"
        " launched on 15 February from Florida.",
        [("Kvasir", "2024-02-22"), ("Kvasir", "2024-02-15")],
    ),
}


@pytest.mark.parametrize(("body", "expected"), SHAPES.values(), ids=SHAPES.keys())
def test_a_date_in_a_common_shape_is_claimed_for_its_event(body: str, expected: list[tuple[str, str]]):
    assert dated(body) == expected


def test_a_press_release_dateline_after_its_standfirst_dates_the_announcement():
    """A release's deck line stands between headline and dateline; 'today announced' is the dateline's day."""
    text = (
        "Nordbank to buy Vestbank\n\n"
        "Deal creates the largest lender in the region\n\n"
        "OSLO, Norway, March 3, 2025 — Nordbank ASA (OSE: NORD) today announced an agreement to acquire Vestbank.\n"
    )
    claims = [(c.subject, c.value) for c in extract_claims(article_from_text(text)) if c.kind == "date"]
    assert claims == [("Nordbank ASA", "2025-03-03")]


LENGTH_LEDES = {
    "a span the lede opens with": "For a decade Tomas Berg came to the club each April needing one title.",
    "a span with a qualifier": "For almost two months the ferry sat under a tangle of steel in the harbour.",
    "a length after another event": "Ten days after the river burst its banks, at least 120 people are dead.",
}


@pytest.mark.parametrize("lede", LENGTH_LEDES.values(), ids=LENGTH_LEDES.keys())
def test_a_dateline_dates_no_event_of_a_lede_that_opens_with_a_length_of_time(lede: str):
    """The dateline's day is where the lede's span ends ("For a decade X came ..."), the day of none of its
    events; a lede with no such opening ("X has won ...") is the dateline's day's event."""
    claims = extract_claims(article_from_text(f"Story\n\nOSLO, 14 April 2025 — {lede}\n"))
    assert [c.value for c in claims if c.kind == "date"] == []
    won = "OSLO, 14 April 2025 — Tomas Berg has won the Nordic Prize for his novel about a lighthouse.\n"
    assert [c.value for c in extract_claims(article_from_text(f"Story\n\n{won}")) if c.kind == "date"] == ["2025-04-14"]
