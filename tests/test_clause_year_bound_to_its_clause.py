"""A clause's year supports it only where the page gives that year to the clause's own office or verb, not to
another person's spell or another fact of the sentence: each test below was a false "supported" (found in session
19 with invented pages). Invented people and pages."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import clause_claim, page, verdict
from verify.models import Verdict

AS_OF = dt.date(2024, 4, 1)
LEAD = "Tove Brandt (born 3 May 1966) is a Vestrian politician. "
LEADER = clause_claim(
    "Tove Brandt has been leader of the Green League since 2019", "Tove Brandt", "been",
    object="leader of the Green League", value="leader of the Green League", time="2019",
)  # fmt: skip
SEATS = clause_claim("Tove Brandt has won 12 seats since 2019", "Tove Brandt", "won", value="2019", time="2019")


def judged(claim, text: str) -> Verdict:
    return verdict(claim, [page("Tove Brandt", LEAD + text)], AS_OF).verdict


def test_a_spell_in_a_relative_clause_after_the_office_is_anothers() -> None:
    text = "She became leader of the Green League in 2021, succeeding Tom Berg, who had been leader since 2019."
    assert judged(LEADER, text) != Verdict.SUPPORTED


def test_the_office_with_its_spell_after_an_aside_supports_it() -> None:
    text = "She has been leader of the Green League, the country's third party, since 2019."
    assert judged(LEADER, text) == Verdict.SUPPORTED


def test_a_clause_without_an_object_takes_the_year_of_its_verbs_clause() -> None:
    assert judged(SEATS, "Her party won 12 seats in 2015, and has held 9 seats since 2019.") != Verdict.SUPPORTED


def test_a_clause_after_a_semicolon_keeps_its_year() -> None:
    """The same two clauses parted by a semicolon, where no 'and' opens the second: the verb alone binds the year."""
    assert judged(SEATS, "Her party won 12 seats in 2015; it has held 9 seats since 2019.") != Verdict.SUPPORTED


def test_the_verb_with_the_year_in_its_clause_supports_it() -> None:
    assert judged(SEATS, "She has won 12 seats since 2019.") == Verdict.SUPPORTED


MAYOR = clause_claim(
    "Tove Brandt was mayor of Norby from 2000",
    "Tove Brandt",
    "was",
    "Tove Brandt was mayor of Norby from 2000 to 2008.",
    object="mayor of Norby",
    value="mayor of Norby",
    time="2000",
)


@pytest.mark.parametrize(
    "text",
    [
        "Her father, Tom Berg, was mayor of Norby from 2000 to 2008.",
        "Tom Berg was mayor of Norby from 2000 to 2008; she succeeded him in 2009.",
    ],
    ids=["a-relatives-spell", "another-persons-spell"],
)
def test_a_spell_sentence_about_another_person_does_not_support_it(text: str) -> None:
    assert judged(MAYOR, text) != Verdict.SUPPORTED


def test_a_spell_sentence_with_her_pronoun_supports_it() -> None:
    assert judged(MAYOR, "After her studies, she was mayor of Norby from 2000 to 2008.") == Verdict.SUPPORTED


def test_a_relatives_sentence_with_the_words_and_year_does_not_support_it() -> None:
    assert judged(LEADER, "Her husband has been leader of the Green League since 2019.") != Verdict.SUPPORTED


def test_of_two_later_years_in_other_clauses_neither_is_borrowed() -> None:
    became = clause_claim(
        "Tove Brandt became leader of the Green League in 2019", "Tove Brandt", "became",
        object="leader of the Green League", value="leader of the Green League", time="2019",
    )  # fmt: skip
    assert judged(became, "She became leader of the Green League, founded in 2019, in 2021.") != Verdict.SUPPORTED


ELECTED = clause_claim(
    "Tove Brandt was elected to parliament in 2019", "Tove Brandt", "elected", value="2019", time="2019"
)


def test_a_clause_without_an_object_is_dated_only_where_its_verb_takes_its_words() -> None:
    text = "She was elected to the Norby council in 2019 and to parliament in 2023."
    assert judged(ELECTED, text) != Verdict.SUPPORTED


def test_the_verb_with_its_words_and_year_supports_a_clause_without_an_object() -> None:
    assert judged(ELECTED, "She was elected to parliament in 2019.") == Verdict.SUPPORTED


def test_an_object_worded_otherwise_takes_the_year_of_its_verbs_clause() -> None:
    became = clause_claim(
        "Tove Brandt became leader of the Green League in 2019", "Tove Brandt", "became",
        object="leader of the Green League", value="leader of the Green League", time="2019",
    )  # fmt: skip
    assert judged(became, "The Green League was founded in 2019; she became its leader in 2021.") != Verdict.SUPPORTED


def test_a_year_of_the_next_clause_does_not_date_a_deed_the_parse_gives_no_year() -> None:
    """'won 12 seats at her first election; in 2019 she held 9': the parse dates the win to no year, so only the
    verb's own clause of the text can say its 2019 is another deed's (session 31: the semicolon clause above is
    also refused by the deed-of-another-year reading, so this row is the one the verb binding alone decides)."""
    assert judged(SEATS, "She won 12 seats at her first election; in 2019 she held 9 seats.") == Verdict.UNVERIFIED
