"""A page's count is read with its scale word: '30.1 million votes' is thirty million, not 30.1."""

import datetime as dt
from pathlib import Path

from tests.support.checked import results

ARTICLE = Path(__file__).parent / "data" / "verdicts_general" / "mx-2024-06-04-v13-country.txt"


def test_a_count_in_millions_on_the_page_is_the_same_count_as_the_claims():
    # the article's body (its title line dropped: `results` gives its own)
    body = ARTICLE.read_text(encoding="utf-8").split("\n\n", 1)[1]
    claim = results(body, dt.date(2024, 6, 4))["30.1 million votes"]
    assert claim.verdict.value != "contradicted", claim.rationale
