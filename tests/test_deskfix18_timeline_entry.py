"""A timeline entry's head ('January 9 — Attal replaces Borne') dates a day gone by, whatever tense the entry is
told in: in an article of 14 December it is that year's January, not the next."""

from __future__ import annotations

import datetime as dt

from tests.support.judging import boxed, clause_claim
from verify.judge import judge
from verify.kinds.date.parsed import entry_day, year_of_day
from verify.models import ClaimResult, Verdict
from verify.retrieve import EvidencePool

ON = dt.date(2024, 12, 14)


def _year(entry: str) -> int | None:
    return year_of_day(entry, 0, len("January 9"), 1, 9, ON)


def test_a_yearless_entry_head_told_in_the_present_is_the_last_such_day():
    assert _year("January 9 — Gabriel Attal replaces Élisabeth Borne.") == 2024


def test_an_entry_whose_own_words_put_it_to_come_is_the_next_such_day():
    assert _year("January 9 — the new cabinet will meet for the first time.") == 2025


def test_an_entry_to_come_gives_its_claims_no_day_of_their_own():
    assert entry_day("December 20 — the new cabinet will meet for the first time.", ON) is None


# A dated entry's age and office are of the entry's day, not of the article's (invented person and country).

DARO = boxed(
    "Tomas Daro",
    "Tomas Daro (born 1 October 1950) is a Vestrian politician.",
    [("office", "Prime Minister of Vestria"), ("term_start", "5 September 2024"), ("term_end", "13 December 2024"),
     ("birth_date", "1 October 1950")],
)  # fmt: skip
ENTRY = "September 5 — Tomas Daro, 73, is named prime minister, the oldest person to take the office."


def _judged(text: str, sentence: str, **fields) -> ClaimResult:
    claim = clause_claim(text, "Tomas Daro", fields.pop("predicate", "aged"), sentence, **fields)
    (result,) = judge([claim], EvidencePool(documents=[DARO], by_claim={claim.id: [DARO]}), ON)
    return result


def test_an_age_in_a_dated_entry_is_the_age_on_the_entrys_day():
    result = _judged("Tomas Daro, 73", ENTRY, relation="aged", value="73")
    assert result.verdict == Verdict.SUPPORTED  # 73 on 5 September; 74 on the article's day
    assert result.reading is not None and result.reading.as_of == dt.date(2024, 9, 5)


def test_an_office_taken_in_a_dated_entry_is_held_on_the_entrys_day_though_not_on_the_articles():
    result = _judged("Tomas Daro, 73, is named prime minister", ENTRY, predicate="holds office", kind="role",
                     relation="holds office", value="prime minister", nationality="Vestrian")  # fmt: skip
    assert result.verdict == Verdict.SUPPORTED


def test_the_same_words_without_an_entry_head_are_of_the_articles_day():
    result = _judged("Tomas Daro, 73, is named prime minister", ENTRY.split("— ", 1)[1], predicate="holds office",
                     kind="role", relation="holds office", value="prime minister", nationality="Vestrian")  # fmt: skip
    assert result.verdict == Verdict.CONTRADICTED


IVO = boxed(
    "Ivo Brand",
    "Ivo Brand is a Vestrian politician. At 34, Brand became the youngest prime minister of Vestria.",
    [("office", "Prime Minister of Vestria"), ("term_start", "9 January 2024"), ("term_end", "5 September 2024")],
)  # fmt: skip


def test_the_field_a_superlative_ranks_in_is_no_part_of_the_office():
    text = "becomes the youngest prime minister in the history of the Fifth Republic"
    claim = clause_claim(text, "Ivo Brand", "holds office", f"January 9 — Ivo Brand {text}.", kind="role",
                         relation="holds office", value="youngest prime minister in the history of the Fifth Republic",
                         nationality="Vestrian")  # fmt: skip
    (result,) = judge([claim], EvidencePool(documents=[IVO], by_claim={claim.id: [IVO]}), ON)
    assert result.verdict == Verdict.SUPPORTED
