"""A body whose name is 'the X of Y' (a central bank, a court) is the subject of its own page's sentences: 'The
Bank of Norland issued its banknotes in 1891' says it of the bank, not of something belonging to 'Norland'."""

from __future__ import annotations

import datetime as dt

from tests.support.judging import clause_claim, page, verdict

AS_OF = dt.date(2024, 5, 2)
BANK = page(
    "Bank of Norland",
    "The Bank of Norland is the central bank of Norland. It was chartered by the Norland parliament. "
    "The Bank of Norland issued its banknotes in 1891 (the reform year). Its governor is appointed for five years.",
)


def _issued(year: str):
    text = f"issued its banknotes in {year}"
    sentence = f"The bank opened in 1880 and {text}."
    claim = clause_claim(text, "Bank of Norland", "issued", sentence, time=year, value=year)
    return verdict(claim, [BANK], AS_OF)


def test_a_body_named_x_of_y_is_the_subject_of_its_own_sentence() -> None:
    assert _issued("1891").verdict.value == "supported"


def test_the_same_sentence_with_another_year_does_not_support() -> None:
    assert _issued("1892").verdict.value != "supported"


def test_the_brother_of_the_subject_is_still_someone_else() -> None:
    """The guard the shape must keep: 'the brother of Tove Brandt' is not Tove Brandt."""
    from verify import holder

    sentence = "The brother of Tove Brandt issued a statement in 1891."
    assert holder.another_holder(("Tove Brandt",), sentence, sentence.find("1891")) is not None
