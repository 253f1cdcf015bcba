"""A wrong predecessor (the forty-ninth session's recall49b brief). Invented people and pages.

- 'She took over from Tom Berg in March 2021': the month and year the clause's own words give pick the office whose
  term began then, as a 'when' clause's time does; its predecessor row naming another refutes it. An acting holder
  in the row, another spell of the office, or a page with two offices whose date picks none leave it as it was.
- '..., succeeding Tom Berg': the role read from the participle ('Tom Berg held the post') stands or falls with the
  succession clause, as 'succeeded Tom Berg' does.
- 'Ana Ruiz was sworn in on 2 May, succeeding Tom Berg', of a subject without a page: another holder's page whose
  term ended that month with 'Successor: Ana Ruiz' names the one she succeeded; the date picks that handover.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, verdict_on_words
from verify import judge
from verify.app import article_from_text
from verify.extract import extract_claims
from verify.models import Verdict

SUMMER_2024 = dt.date(2024, 6, 10)
_LEAD = "Ana Ruiz (born 1970) is a Norby economist who led the Norby Statistics Office from 2021 to 2024."
_DIRECTOR = [
    ("office", "Director of the Norby Statistics Office"),
    ("term_start", "March 4, 2021"),
    ("term_end", "May 2, 2024"),
    ("predecessor", "Ivo Stam"),
    ("successor", "Per Olsen"),
]
ONE_OFFICE = boxed("Ana Ruiz", _LEAD, _DIRECTOR)
# a second office, begun in June 2019 after Tom Berg
TWO_OFFICES = boxed(
    "Ana Ruiz",
    _LEAD,
    [
        *_DIRECTOR,
        ("office2", "Chair of the Norby Data Council"),
        ("term_start2", "June 1, 2019"),
        ("term_end2", "March 3, 2021"),
        ("predecessor2", "Tom Berg"),
    ],
)
# an acting holder between Ivo Stam and her: the row names only the stopgap
ACTING = boxed("Ana Ruiz", _LEAD, [(k, "Lena Vos (acting)" if k == "predecessor" else v) for k, v in _DIRECTOR])
# the directorship held twice: after Tom Berg in 2015, after Ivo Stam in 2021
TWO_SPELLS = boxed(
    "Ana Ruiz",
    _LEAD,
    [
        *_DIRECTOR,
        ("office2", "Director of the Norby Statistics Office"),
        ("term_start2", "March 2, 2015"),
        ("term_end2", "April 1, 2018"),
        ("predecessor2", "Tom Berg"),
        ("successor2", "Ivo Stam"),
    ],
)
_OPENING = "Ana Ruiz, a Norby economist, was dismissed on Friday."


def _clause(sentence: str, page, words: str) -> Verdict:
    return verdict_on_words(f"{_OPENING} {sentence}", [page], SUMMER_2024, "clause", words)


@pytest.mark.parametrize(
    ("sentence", "page", "expected"),
    [
        # the clause's month and year pick the term begun then: its predecessor row settles the succession
        ("She took over from Tom Berg in March 2021.", ONE_OFFICE, Verdict.CONTRADICTED),
        ("She took over from Ivo Stam in March 2021.", ONE_OFFICE, Verdict.SUPPORTED),
        # of two offices, the one begun in the month told; a person she did succeed in her other office leaves it
        # open (the month may be the wrong word, not the person)
        ("She took over from Per Olsen in June 2019.", TWO_OFFICES, Verdict.CONTRADICTED),
        ("She took over from Tom Berg in June 2019.", TWO_OFFICES, Verdict.SUPPORTED),
        ("She took over from Ivo Stam in June 2019.", TWO_OFFICES, Verdict.UNVERIFIED),
        # a year alone picks no term: another post begun that year may be the one meant
        ("She took over from Tom Berg in 2021.", TWO_OFFICES, Verdict.UNVERIFIED),
        # an acting holder in the row: the one before the stopgap is not named, so nothing refutes
        ("She took over from Ivo Stam in March 2021.", ACTING, Verdict.UNVERIFIED),
        # two spells of one office: each spell's month gives its own predecessor, and neither true claim is refuted
        ("She took over from Tom Berg in March 2015.", TWO_SPELLS, Verdict.SUPPORTED),
        ("She took over from Ivo Stam in March 2021.", TWO_SPELLS, Verdict.SUPPORTED),
    ],
)
def test_the_clauses_own_month_picks_the_term_whose_predecessor_it_names(sentence: str, page, expected) -> None:
    assert _clause(sentence, page, "took over from") == expected


@pytest.mark.parametrize(
    ("sentence", "words", "read_from"),
    [
        # the participle's role ('Tom Berg held the post') is the succession clause's object: it takes its verdict
        ("She became director in March 2021, succeeding Tom Berg.", "succeeding Tom Berg", "succeeded"),
        # a role told in its own words ('Tom Berg, who had been director') is no succession's: judged on its own
        ("She succeeded Tom Berg, who had been director since 2015.", "Tom Berg, who had been", None),
    ],
)
def test_a_role_read_from_a_participle_of_succession_stands_with_the_clause(
    sentence: str, words: str, read_from: str | None
) -> None:
    claims = extract_claims(article_from_text(f"Norby news\n\n{_OPENING} {sentence}\n", as_of=SUMMER_2024))
    role = next(c for c in claims if c.kind == "role" and c.text.startswith(words))
    clause = judge._succession_of(role, claims)
    assert (clause.predicate if clause is not None else None) == read_from


# the holder before her, whose page names her as his successor; she has no page of her own
STAM = boxed(
    "Ivo Stam",
    "Ivo Stam (born 1960) is a Norby civil servant who led the Norby Statistics Office from 2019 to 2024.",
    [
        ("office", "Director of the Norby Statistics Office"),
        ("term_start", "March 4, 2019"),
        ("term_end", "May 2, 2024"),
        ("predecessor", "Tom Berg"),
        ("successor", "Ana Ruiz"),
    ],
)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the day told is the month his term ended, handing the office to her: not after Tom Berg
        ("Ana Ruiz was sworn in on 2 May, succeeding Tom Berg.", Verdict.CONTRADICTED),
        ("Ana Ruiz was sworn in on 2 May, succeeding Ivo Stam.", Verdict.SUPPORTED),
        # no day, or another month: which post she took from Tom Berg, nothing says
        ("Ana Ruiz succeeded Tom Berg.", Verdict.UNVERIFIED),
        ("Ana Ruiz was sworn in on 2 March, succeeding Tom Berg.", Verdict.UNVERIFIED),
    ],
)
def test_a_day_told_picks_the_handover_another_holders_page_names(sentence: str, expected: Verdict) -> None:
    body = f"The Norby Statistics Office has a new head. {sentence}"
    words = "succeeded" if "succeeded" in sentence else "succeeding"
    assert verdict_on_words(body, [STAM], SUMMER_2024, "clause", words) == expected
