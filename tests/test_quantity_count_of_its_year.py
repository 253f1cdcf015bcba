"""A count is read against a page's count of the same time, and a verdict quotes the count it rests on. A sentence
naming no year is of its page's year: on '2024 ... election', 'having received over 96 million votes' is not the
count of 'the 85.6 million votes Berg received in 2019', whoever the reader takes that count to be (found in
session 18 on an explainer: a false "contradicted" once the article's figure was right). Invented pages."""

from __future__ import annotations

import datetime as dt

from tests.support.judging import clause_claim, page, verdict
from verify.models import Verdict

AS_OF = dt.date(2024, 10, 21)
ELECTION = page(
    "2024 Vestrian presidential election",
    "The 2024 Vestrian presidential election was held on 14 February 2024. On 20 March, the Election Commission "
    "announced Brandt's victory, having received over 96 million votes.",
)


def votes(sentence: str, subject: str = "Tove Brandt") -> object:
    """The count claim '85.6 million votes' of the sentence, given to `subject` as the reader may give it."""
    text = "85.6 million votes"
    at = sentence.index(text)
    claim = clause_claim(
        text, subject, "count", sentence, kind="quantity", value="85600000", number=85600000.0, unit="votes",
        context=subject,
    )  # fmt: skip
    return claim.model_copy(update={"span": (at, at + len(text))})


def test_a_yearless_count_of_the_pages_year_does_not_refute_a_count_of_another_year() -> None:
    claim = votes("Tove Brandt's tally was the highest ever, beating the 85.6 million votes Tom Berg received in 2019.")
    assert verdict(claim, [ELECTION], AS_OF).verdict != Verdict.CONTRADICTED


def test_a_count_of_the_pages_year_is_still_refuted_by_it() -> None:
    claim = votes("Tove Brandt won 85.6 million votes in 2024.")
    assert verdict(claim, [ELECTION], AS_OF).verdict == Verdict.CONTRADICTED


def test_a_supported_count_quotes_the_count_that_fits_not_the_sentences_first() -> None:
    berg = page("Tom Berg", "Tom Berg (born 1950) is a Vestrian politician. Tom Berg, against 96 million votes for "
                "Brandt, took 85.6 million votes.")  # fmt: skip
    result = verdict(votes("Tom Berg won 85.6 million votes.", "Tom Berg"), [berg], AS_OF)
    assert result.verdict == Verdict.SUPPORTED
    assert "counts 85.6 million votes" in result.rationale
