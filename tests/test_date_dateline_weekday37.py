"""A lede's weekday that is its dateline's own day ("LONDON, 16 July 2023 — Lena Berg beat Ana Ruiz ... on Sunday")
is claimed on the words that write that day: the dateline's date up to the subject's name, as 'today' is. The
weekday alone shows a reader only which day of a week the text does not say (verify.kinds.date.parsed,
`_Article.today_written`). Invented text."""

from __future__ import annotations

import pytest

from verify.app import article_from_text
from verify.extract import extract_claims

HEADLINE = "Berg wins the Halden Open\n\n"

ROWS = {
    "a win on the dateline's Sunday": (
        "LONDON, 16 July 2023 — Lena Berg beat Ana Ruiz 6-4, 6-3 on Sunday to win the Halden Open.",
        ("Lena Berg", "2023-07-16", "16 July 2023 — Lena Berg"),
    ),
    "an oath on the dateline's Wednesday": (
        "HALDEN, 10 January 2024 — Ana Ruiz was sworn in as mayor of Halden on Wednesday, a week after the vote.",
        ("Ana Ruiz", "2024-01-10", "10 January 2024 — Ana Ruiz"),
    ),
    "the day before the dateline's": (
        "HALDEN, 12 January 2024 — Ana Ruiz said on Thursday that she would step down as mayor of Halden.",
        ("Ana Ruiz", "2024-01-11", "said on Thursday"),
    ),
}


@pytest.mark.parametrize(("lede", "expected"), ROWS.values(), ids=ROWS.keys())
def test_a_weekday_of_the_datelines_day_is_claimed_on_the_datelines_words(lede: str, expected: tuple[str, str, str]):
    claims = extract_claims(article_from_text(HEADLINE + lede + "\n"))
    dates = [(c.subject, c.value, c.text) for c in claims if c.kind == "date"]
    assert expected in dates, dates
