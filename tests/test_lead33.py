"""A spell in a post told with 'from' ('served as Minister of Justice from 1 July 2009 to 15 July 2010', 'led the
party from April 2013'): its first date is the term's start and its last the term's end, read off the person's
infobox as 'since' and 'his term ended on' are. Invented people and pages."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, judged_body, page
from verify.models import Verdict

AS_OF = dt.date(2024, 7, 2)
ROWS = [
    ("office", "President of Norby"), ("term_start", "1 July 2024"),
    ("office2", "Minister of Government and Justice"), ("term_start2", "1 July 2009"), ("term_end2", "15 July 2010"),
    ("office3", "Leader of the Harbour Party"), ("term_start3", "14 April 2013"), ("term_end3", "9 March 2024"),
]  # fmt: skip
PAGE = boxed("Ivo Stam", "Ivo Stam (born 1959) is a Norbian politician, President of Norby since 2024.", ROWS)


def _date_verdict(sentence: str, words: str) -> Verdict:
    """The verdict on the date claim whose words end with `words` (a spell gives one claim a date)."""
    found = [v for c, v in judged_body(sentence, [PAGE], AS_OF) if c.kind == "date" and c.text.endswith(words)]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "words", "expected"),
    [
        (
            "Stam served as minister of government and justice from 1 July 2009 to 15 July 2010.",
            "from 1 July 2009",
            Verdict.SUPPORTED,
        ),
        (
            "Stam served as minister of government and justice from 1 July 2008 to 15 July 2010.",
            "from 1 July 2008",
            Verdict.CONTRADICTED,
        ),
        ("Stam led the party from April 2013 until March.", "from April 2013", Verdict.SUPPORTED),
        ("Stam led the party from April 2012 until March.", "from April 2012", Verdict.CONTRADICTED),
    ],
    ids=["start-supported", "start-a-year-early", "party-start-supported", "party-start-a-year-early"],
)
def test_a_spells_first_date_is_the_terms_start(sentence: str, words: str, expected: Verdict) -> None:
    assert _date_verdict(sentence, words) == expected


def test_a_spells_last_date_is_the_terms_end() -> None:
    sentence = "Stam served as minister of government and justice from 1 July 2009 to 15 July 2010."
    assert _date_verdict(sentence, "to 15 July 2010") == Verdict.SUPPORTED


def test_a_spells_last_date_otherwise_is_contradicted() -> None:
    sentence = "Stam served as minister of government and justice from 1 July 2009 to 15 July 2011."
    assert _date_verdict(sentence, "to 15 July 2011") == Verdict.CONTRADICTED


def test_a_spell_of_no_post_is_no_term() -> None:
    """'held talks from May 2013': a verb of holding whose object is no post dates nothing of the infobox."""
    leader = [("office", "Leader of the Harbour Party"), ("term_start", "14 April 2013")]
    one_office = boxed("Ivo Stam", "Ivo Stam (born 1959) is a Norbian politician.", leader)
    sentence = "Stam held talks with the unions from April 2012."
    found = [v for c, v in judged_body(sentence, [one_office], AS_OF) if c.kind == "date"]
    assert found == [Verdict.UNVERIFIED]


def test_a_spells_post_value_stops_before_its_dates() -> None:
    """The role claim of 'served as president from 24 July 2012 to 7 January 2017' names the post alone."""
    found = [c for c, _ in judged_body("Stam served as president from 24 July 2012 to 7 January 2017.", [PAGE], AS_OF)]
    assert [c.value for c in found if c.kind == "role"] == ["president"]


# A length naming no post of its own is measured by the one post its sentence names only when the words before it
# hold, leave or name a post: a length of anything else is no term's (review33 R6).
PREMIER = boxed(
    "Ivo Stam",
    "Ivo Stam (born 1950) is a Norbian politician who was Prime Minister of Norby from 2015 to 2023.",
    [("office", "Prime Minister of Norby"), ("term_start", "1 June 2015"), ("term_end", "1 June 2023")],
)
LATER = dt.date(2024, 1, 10)


@pytest.mark.parametrize(
    "body",
    [
        "Former prime minister Ivo Stam was jailed for eight years.",
        "Ivo Stam, the former prime minister, lived in Paris for eight years.",
    ],
    ids=["jailed", "lived-in"],
)
def test_a_length_of_another_thing_is_not_the_posts(body: str) -> None:
    found = [v for c, v in judged_body(body, [PREMIER], LATER) if c.kind == "duration"]
    assert found and Verdict.SUPPORTED not in found


@pytest.mark.parametrize(
    "body",
    [
        "Former prime minister Ivo Stam led the country for eight years.",
        "Ivo Stam, the former prime minister, left office after eight years.",
    ],
    ids=["led-the-country", "left-office"],
)
def test_a_length_of_holding_the_post_its_sentence_names_is_supported(body: str) -> None:
    found = [v for c, v in judged_body(body, [PREMIER], LATER) if c.kind == "duration"]
    assert found == [Verdict.SUPPORTED]


# A figure opening its sentence is the subject of its deed and is asked what it counts: the page's 312 killed are no
# 312 injured (review33 R2); after a determiner ('all 32 allied military leaders') it counts the phrase's noun.
QUAKE = page(
    "2023 Korvik earthquake",
    "The 2023 Korvik earthquake struck northern Norby on 6 March 2023, killing 312 people and injuring more than "
    "2,000.",
    dt.datetime(2023, 3, 8, tzinfo=dt.UTC),
)
QUAKE_WEEK = dt.date(2023, 3, 9)


def test_a_toll_told_figure_first_is_asked_what_it_counts() -> None:
    found = [v for c, v in judged_body("312 people were injured in the Korvik earthquake.", [QUAKE], QUAKE_WEEK)
             if c.kind == "quantity"]  # fmt: skip
    assert found and Verdict.SUPPORTED not in found


def test_a_toll_told_figure_first_of_the_same_deed_is_supported() -> None:
    found = [v for c, v in judged_body("312 people were killed in the Korvik earthquake.", [QUAKE], QUAKE_WEEK)
             if c.kind == "quantity"]  # fmt: skip
    assert found == [Verdict.SUPPORTED]


# A country named inside another body's name, or as a place, names no post of the country: the premiership's length
# does not measure a party leadership's (review33 R8).
KIM = boxed(
    "Kim Lee",
    "Kim Lee (born 1960) is a Korvian politician who has been Prime Minister of Korvia since 2022. She has led the "
    "Korvia Democratic Party since 2012.",
    [("office", "Prime Minister of Korvia"), ("term_start", "1 May 2022")],
)


@pytest.mark.parametrize(
    "body",
    ["Kim Lee has led the Korvia Democratic Party for 11 years.", "Kim Lee has lived in Korvia for 11 years."],
    ids=["inside-a-party", "a-place"],
)
def test_a_country_inside_a_bodys_name_is_not_the_premiership(body: str) -> None:
    found = [v for c, v in judged_body(body, [KIM], LATER) if c.kind == "duration"]
    assert found and Verdict.CONTRADICTED not in found


def test_a_wrong_length_as_the_countrys_prime_minister_is_refuted() -> None:
    found = [v for c, v in judged_body("Kim Lee has been prime minister of Korvia for 11 years.", [KIM], LATER)
             if c.kind == "duration"]  # fmt: skip
    assert found == [Verdict.CONTRADICTED]


@pytest.mark.parametrize(
    ("years", "expected"), [("two", Verdict.SUPPORTED), ("six", Verdict.CONTRADICTED)], ids=["two", "six"]
)
def test_a_country_after_the_government_it_names_is_the_premiership(years: str, expected: Verdict) -> None:
    """'led the government in Korvia': a place after a noun of governing is the post's country (review33 B8)."""
    body = f"Kim Lee has led the government in Korvia for {years} years."
    found = [v for c, v in judged_body(body, [KIM], dt.date(2024, 6, 1)) if c.kind == "duration"]
    assert found == [expected]


def test_a_spell_ending_on_the_terms_day_but_starting_otherwise_is_contradicted() -> None:
    sentence = "Stam served as minister of government and justice from 1 June 2009 to 15 July 2010."
    assert _date_verdict(sentence, "to 15 July 2010") == Verdict.CONTRADICTED


def test_a_spell_in_another_portfolio_is_not_dated_by_this_ones_end() -> None:
    sentence = "Stam served as minister of economy and finance from 1 July 2009 to 15 July 2010."
    assert _date_verdict(sentence, "to 15 July 2010") != Verdict.SUPPORTED


def test_a_from_of_the_next_clause_is_not_the_spells_start() -> None:
    """'... from 2009 to 2010 and, from October 2016, led the talks': October 2016 starts the talks, not the post."""
    sentence = (
        "Stam served as minister of government and justice from 2009 to 2010 and, from October 2016, led the talks."
    )
    assert _date_verdict(sentence, "from October 2016") != Verdict.CONTRADICTED


def test_a_spell_in_another_portfolio_is_not_dated_by_this_ones_start() -> None:
    """The start of the same sibling spell: the justice ministry's first day does not date the finance ministry's."""
    sentence = "Stam served as minister of economy and finance from 1 July 2009 to 15 July 2010."
    assert _date_verdict(sentence, "from 1 July 2009") != Verdict.SUPPORTED


def test_a_length_whose_post_is_inferred_from_its_sentence_is_never_refuted() -> None:
    """'Ivo Stam, the former prime minister, left after four years': 'left' may end any spell (a career, a party), so
    the premiership its sentence names may support the length but never refute it (the word before the length
    leaves a post, so `_of_a_post` lets the inferred post measure it)."""
    body = "Ivo Stam, the former prime minister, left after four years."
    found = [v for c, v in judged_body(body, [PREMIER], LATER) if c.kind == "duration"]
    assert found == [Verdict.UNVERIFIED]
