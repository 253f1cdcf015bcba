"""Contradiction recall on wrong dates (session 51, recall51). Invented people and pages, judged through extraction
(`tests/support/judging.py`), each row beside its twin (the true date still supported) and the guards left alone.

- A date claim whose words are only its date ('Tuesday, 25 March' of 'Ana Ruiz took office as the seventh
  secretary-general of the Norby League on Tuesday, 25 March'), its relation's verb standing before it in its own
  clause, is read with its words from that verb on (`with_its_verb`): the verb took 'office', so the term's start row
  dates it, as it does a claim whose words hold the verb. Not widened over another date, a clause break or a comma
  other than a weekday's."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, clause_claim, verdict_on_words
from verify.kinds.date.judge import with_its_verb
from verify.models import Verdict

DAY = dt.date(2025, 4, 3)

RUIZ = boxed(
    "Ana Ruiz",
    "Ana Ruiz (born 1961) is a Norbian diplomat.",
    [
        ("office", "7th Secretary-General of the Norby League"),
        ("term_start", "1 April 2025"),
        ("predecessor", "Ivo Stam"),
        ("office2", "Minister for Foreign Affairs of Norby"),
        ("term_start2", "28 January 2017"),
        ("term_end2", "7 January 2025"),
    ],
)


@pytest.mark.parametrize(
    ("body", "words", "expected"),
    [
        # the date alone is the claim's words: the verb before it took office, and the term's start row dates it
        (
            "HALDEN, April 3 - Ana Ruiz took office as the seventh Secretary-General of the Norby League on Tuesday, "
            "25 March, succeeding Ivo Stam.",
            "25 March",
            Verdict.CONTRADICTED,
        ),
        (  # twin: the row's day
            "HALDEN, April 3 - Ana Ruiz took office as the seventh Secretary-General of the Norby League on Tuesday, "
            "1 April, succeeding Ivo Stam.",
            "1 April",
            Verdict.SUPPORTED,
        ),
        (  # no dateline, the weekday's comma between
            "Ana Ruiz took office as the seventh Secretary-General of the Norby League on Tuesday, 25 March, "
            "succeeding Ivo Stam.",
            "25 March",
            Verdict.CONTRADICTED,
        ),
    ],
)
def test_a_date_alone_is_read_with_its_verb(body: str, words: str, expected: Verdict) -> None:
    assert verdict_on_words(body, [RUIZ], DAY, "date", words) == expected


def _date_claim(sentence: str, written: str, relation: str = "took"):
    return clause_claim(written, "Ana Ruiz", relation, sentence=sentence, kind="date", value=written, time=written)


@pytest.mark.parametrize(
    ("sentence", "written", "widened"),
    [
        ("Ana Ruiz took office as secretary-general on Tuesday, 25 March.", "25 March", "took office as"),
        ("Ana Ruiz took office as secretary-general on 25 March.", "25 March", "took office as"),
        # guards: a comma of another clause, another date, a clause break between the verb and the date
        ("Ana Ruiz took office, the league said on 25 March.", "25 March", None),
        ("Ana Ruiz took office in 2024 as chair of the league formed on 25 March.", "25 March", None),
        ("Ana Ruiz took office in 2024 and spoke on 25 March.", "25 March", None),
        (  # more than `_VERB_REACH` characters between
            "Ana Ruiz took office as the chair of the board of the fund that the league of the towns of the Norby "
            "coast set up for the harbour of Halden on 25 March.",
            "25 March",
            None,
        ),
        ("Ana Ruiz took office while Ivo Stam spoke on 25 March.", "25 March", None),
    ],
)
def test_the_words_widened_to_the_verb(sentence: str, written: str, widened: str | None) -> None:
    claim = _date_claim(sentence, written)
    got = with_its_verb(claim)
    if widened is None:
        assert got.text == written
    else:
        assert got.text.startswith(widened) and got.text.endswith(written)


def test_words_holding_the_verb_stay() -> None:
    sentence = "Ana Ruiz took office as secretary-general on 25 March."
    claim = _date_claim(sentence, "took office as secretary-general on 25 March")
    assert with_its_verb(claim).text == claim.text


def test_a_date_alone_widened_is_still_dated_by_the_predecessor_named_after_it() -> None:
    """The predecessor a participle after the date names (`_handed_over_by`) still dates a date claim widened to a verb
    that names no one ('took office in October 1995, succeeding Otto Lind'): the killer row of that guard had been
    one `with_its_verb` now widens to name the predecessor in the claim's own words."""
    from tests.support.judging import verdict

    sola = boxed(
        "Rui Sola",
        "Rui Sola (born 4 May 1950) is a Vestrian diplomat who has led the Harbour Union since 2027.",
        [("office", "Secretary-General of the Harbour Union"), ("term_start", "1 January 2027"),
         ("predecessor", "Ida Berg"), ("office2", "Prime Minister of Vestria"), ("term_start2", "28 October 1995"),
         ("term_end2", "6 April 2002"), ("predecessor2", "Otto Lind"), ("successor2", "Eva Moss")],
    )  # fmt: skip
    sentence = "He took office in October 1995, succeeding Otto Lind."
    date = clause_claim("October 1995", "Rui Sola", "took office", sentence=sentence, kind="date", value="1995-10",
                        time="October 1995")  # fmt: skip
    result = verdict(date, [sola], dt.date(2030, 10, 15))
    assert result.verdict == Verdict.SUPPORTED
    assert "28 October 1995" in result.rationale
