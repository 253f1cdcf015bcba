"""A part of a whole written without "the" ("won 61 of 150 seats", "61 out of 150 seats") is a count of the part, as
"61 of the 150 seats" is (verify/extract/patterns.py `PART_OF`): before, only the whole ("150 seats") was claimed, as
the party's count, and a page giving the 61 refuted the true sentence (review33 R3). Invented article and page."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import page
from tests.test_review26 import _judged
from verify.app import article_from_text
from verify.extract import extract_claims
from verify.models import Verdict

SAVED = dt.datetime(2024, 5, 1, tzinfo=dt.UTC)
ELECTION = page(
    "2023 Norby general election",
    "The Norby Party won 61 of the 150 seats, up from 52, and 38.2% of the vote. Turnout was 71%.",
    SAVED,
)
DAY = dt.date(2023, 3, 9)
PARTS = {
    "of": "The Norby Party won 61 of 150 seats.",
    "out of": "The Norby Party won 61 out of 150 seats.",
}


@pytest.mark.parametrize("body", PARTS.values(), ids=PARTS.keys())
def test_a_part_of_a_whole_without_the_is_a_count_of_the_part(body: str) -> None:
    claims = extract_claims(article_from_text(f"Story\n\n{body}\n"))
    parts = [(c.value, c.unit) for c in claims if c.kind == "quantity" and c.text.startswith("61 ")]
    assert parts == [("61", "seats")], [(c.text, c.value) for c in claims]


@pytest.mark.parametrize("body", PARTS.values(), ids=PARTS.keys())
def test_a_true_part_of_a_whole_without_the_is_not_refuted(body: str) -> None:
    found = _judged(body, [ELECTION], ("quantity",), DAY)
    assert found and Verdict.CONTRADICTED not in found.values(), found


def test_a_wrong_part_of_a_whole_without_the_is_refuted() -> None:
    found = _judged("The Norby Party won 71 of 150 seats.", [ELECTION], ("quantity",), DAY)
    assert Verdict.CONTRADICTED in found.values(), found
