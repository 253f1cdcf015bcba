"""Rows that catch mutations of scripts/mutation_check.py gone stale (session 51, killers51b): each is a claim
extracted from an invented article and judged against invented pages, whose verdict the named mutation flips."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, judged_body, page, verdict
from tests.support.ruiz import RUIZ
from tests.test_judge_bare_posts import SPRING_2031, _chilean_president_roth
from tests.test_review26 import _judged, _never
from tests.test_review27 import STAM
from tests.test_sib25_offices import _minister
from verify.app import article_from_text
from verify.extract import extract_claims
from verify.models import Verdict

SAVED = dt.datetime(2024, 5, 1, tzinfo=dt.UTC)


# start-before-until-unread: the start year written before 'until last year' is read in a clause too ('was prime
# minister from 2013 until last year'): his term began in 2015, so its end last year supports nothing.
def test_a_wrong_start_before_until_in_a_clause_is_not_supported() -> None:
    _never(Verdict.SUPPORTED, "Ivo Stam was prime minister from 2013 until last year.", [RUIZ, STAM], ("role",))


def test_twin_the_right_start_before_until_is_supported() -> None:
    found = _judged("Ivo Stam was prime minister from 2015 until last year.", [RUIZ, STAM], ("role",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# until-after-a-start-unread: an end written after the start ('from 2015 until last month') is read as the end's days:
# his term ended in February of last year, so a right start with a wrong end is supported by nothing. (Without the
# reading no end is read, and the term from 2015 supports it.)
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Ivo Stam, prime minister from 2015 until last month, spoke.", id="last-month"),
        pytest.param("Ivo Stam, prime minister from 2015 until March, spoke.", id="month"),
    ],
)
def test_a_wrong_end_after_a_right_start_is_not_supported(body: str) -> None:
    _never(Verdict.SUPPORTED, body, [RUIZ, STAM], ("role",))


# year-after-the-post-unread: the years written right after the post are the holding's: a span or a year that none of
# the person's terms covers is refuted (his term ran 2015-2023; she led the opposition 2020-2022). Unread, the first is
# SUPPORTED by his term and the second unverified.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Ivo Stam was prime minister from 2009 to 2012.", id="span-in-a-clause"),
        pytest.param("Ana Ruiz, opposition leader in 2012, spoke.", id="year-in-an-apposition"),
    ],
)
def test_a_holding_in_years_no_term_covers_is_refuted(body: str) -> None:
    found = _judged(body, [RUIZ, STAM], ("role",))
    assert set(found.values()) == {Verdict.CONTRADICTED}, found


# Ana Ruiz's invented page telling two elections, an appointment by one person to replace another, and where she was
# born and where she grew up, each in one sentence.
DEEDS = page(
    "Ana Ruiz",
    "Ana Ruiz (born 1 January 1975) is a Norbian politician. She was elected mayor of Korvik in 2015 with 52% of the "
    "vote and re-elected in 2019 with 61%. In 2021 she was appointed by Ivo Stam to replace Jon Dahl as party chair. "
    "Born in Tarsa, she grew up in Halden.",
    SAVED,
)


# values-of-other-deeds-never: a place the page sentence gives another deed ('Born in Tarsa, she grew up in Halden':
# Tarsa is the birth's) is no place of the claim's deed. Unread, 'grew up in Tarsa' is SUPPORTED.
def test_a_place_of_another_deed_in_the_sentence_does_not_support() -> None:
    _never(Verdict.SUPPORTED, "Ana Ruiz grew up in Tarsa.", [DEEDS], ("clause",))


# Open on the branch (found writing the row above): the one her appointment replaced is read as the one who appointed
# her: 'Ana Ruiz was appointed party chair by Jon Dahl in 2021.' is SUPPORTED by 'In 2021 she was appointed by Ivo Stam
# to replace Jon Dahl as party chair.'
@pytest.mark.xfail(strict=True, reason="the one an appointment replaced is read as its doer (killers51b)")
def test_the_one_replaced_is_not_who_appointed() -> None:
    _never(Verdict.SUPPORTED, "Ana Ruiz was appointed party chair by Jon Dahl in 2021.", [DEEDS], ("clause",))


# figure-said-of-another-owner-ignored: a figure the page sentence gives another noun than the claim's, the claim's
# noun worded too ('a fine of 90 million euros and compensation of 40 million euros'), supports not: nouns the lexicon
# does not know apart as measures. Unread, 'a fine of 40 million euros' is SUPPORTED.
def test_a_figure_of_another_noun_not_known_apart_does_not_support() -> None:
    bank = page(
        "Korvik Bank",
        "Korvik Bank is a Norbian bank founded in 1901. In 2021 Korvik Bank paid a fine of 90 million euros and "
        "compensation of 40 million euros.",
        SAVED,
    )
    _never(Verdict.SUPPORTED, "Korvik Bank paid a fine of 40 million euros in 2021.", [bank], ("clause",))


# place-kind-word-mentions-the-place: a place-kind word of the claimed place ('County') is no name of it the page may
# mention: 'born in Tarsa County' is refuted by a page born in Korvik that speaks of 'the county council' of Halden.
# Unread, the page's 'county' mentions the claimed place and it stands unverified.
def test_a_kind_word_the_page_uses_does_not_mention_the_claimed_place() -> None:
    born = boxed(
        "Ana Ruiz",
        "Ana Ruiz (born 1 January 1975) is a Norbian politician. She was born in Korvik and sat on the county council "
        "of Halden from 2005.",
        [("birth_date", "1 January 1975"), ("birth_place", "Korvik, Norby")],
        SAVED,
    )
    found = _judged("Ana Ruiz was born in Tarsa County.", [born], ("clause",))
    assert set(found.values()) == {Verdict.CONTRADICTED}, found


def _running(post: str, row: str, kind: str) -> dict[str, Verdict]:
    """'Tom Berg has been <post> since 2023.' in an article of 10 January 2024, its claims of `kind` judged against
    Tom Berg's page listing the one ministry `row` since 15 September 2023 (review25 B8's page)."""
    as_of = dt.date(2024, 1, 10)
    claims = extract_claims(article_from_text(f"Norby news\n\nTom Berg has been {post} since 2023.\n", as_of=as_of))
    return {c.text: verdict(c, [_minister(row)], as_of).verdict for c in claims if c.kind == kind}


# running-spell-refuted-by-the-same-ministry-named-otherwise: a running spell is refuted by the post listed that day
# only when it is KNOWN to be another portfolio; 'labor' and 'Labour', 'trade' and 'Commerce' may be the same
# ministry. Unread, the clause is CONTRADICTED by the row.
@pytest.mark.parametrize(
    ("row", "post"),
    [
        pytest.param("Minister of Labour", "labor minister", id="labour-labor"),
        pytest.param("Minister of Commerce", "trade minister", id="commerce-trade"),
    ],
)
def test_a_running_spell_is_not_refuted_by_the_same_ministry_named_otherwise(row: str, post: str) -> None:
    found = _running(post, row, "clause")
    assert found, "no claim extracted"
    assert Verdict.CONTRADICTED not in found.values(), found


# Open on the branch (found writing the row above): the role kind refutes 'Tom Berg has been labor minister' by his
# row 'Minister of Labour' held since 15 September 2023: one ministry, spelt two ways.
@pytest.mark.xfail(strict=True, reason="role kind: 'labor minister' read as another post than 'Labour'")
def test_the_role_kind_reads_labor_as_labour() -> None:
    found = _running("labor minister", "Minister of Labour", "role")
    assert found, "no claim extracted"
    assert Verdict.CONTRADICTED not in found.values(), found


# office-begun-on-the-day-any-day: the day another office of hers began ('took office on 14 April 2021', her party
# leadership's first day) may be the step the sentence tells, whatever its participle ('succeeding Jon Dahl', her
# predecessor in the ministry begun in 2019): no office's start refutes the day. Read as any day, the ministry's start
# is the claim's and the date CONTRADICTED.
def test_the_day_another_office_began_is_not_refuted_by_the_predecessors_office() -> None:
    career = boxed(
        "Ana Ruiz",
        "Ana Ruiz (born 1 January 1975) is a Norbian politician.",
        [
            ("office", "Minister of Finance"),
            ("term_start", "1 March 2019"),
            ("term_end", "2 May 2022"),
            ("predecessor", "Jon Dahl"),
            ("office2", "Leader of the Norby Party"),
            ("term_start2", "14 April 2021"),
            ("term_end2", "3 June 2023"),
            ("predecessor2", "Eva Lund"),
        ],
        SAVED,
    )
    body = "Ana Ruiz took office on 14 April 2021, succeeding Jon Dahl."
    found = [v for c, v in judged_body(body, [career], dt.date(2024, 1, 10)) if c.kind == "date"]
    assert found, "no claim extracted"
    assert Verdict.CONTRADICTED not in found, found


# listed-office-of-any-body: a row naming no body ('Secretary General' on a Norbian civil servant's page) is a post of
# her own government, never an international body's: it shows no past term as NATO's secretary general. Read as any
# body's, both claims are SUPPORTED by it.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Ana Ruiz, who previously served as NATO secretary general, spoke.", id="apposition"),
        pytest.param("Ana Ruiz was NATO secretary general from 2015 to 2019.", id="spell"),
    ],
)
def test_a_bare_secretary_general_row_is_no_international_bodys_post(body: str) -> None:
    servant = boxed(
        "Ana Ruiz",
        "Ana Ruiz (born 1 January 1975) is a Norbian civil servant.",
        [("office", "Secretary General"), ("term_start", "1 March 2015"), ("term_end", "2 May 2019")],
        SAVED,
    )
    found = [v for c, v in judged_body(body, [servant], dt.date(2024, 1, 10)) if c.kind == "role"]
    assert found, "no claim extracted"
    assert Verdict.SUPPORTED not in found, found


# Open on the branch (found probing bare-post-matches-any-post-of-its-country, still stale): a step into a country's
# presidency is dated by the start of another post of that country: 'Ana Roth became president of Norby on 11 March
# 2022.' is SUPPORTED by her one row, 'Minister of Finance of Norby' from 11 March 2022.
@pytest.mark.xfail(strict=True, reason="a presidency's day supported by a ministry's start (killers51b)")
def test_a_ministrys_start_does_not_date_a_presidency() -> None:
    minister = boxed(
        "Ana Roth",
        "Ana Roth (born 4 April 1970) is a Norbian politician.",
        [("office", "Minister of Finance of Norby"), ("term_start", "11 March 2022"), ("birth_date", "4 April 1970")],
        SAVED,
    )
    body = "Ana Roth became president of Norby on 11 March 2022."
    found = [v for c, v in judged_body(body, [minister], dt.date(2024, 1, 10)) if c.kind == "date"]
    assert found, "no claim extracted"
    assert Verdict.SUPPORTED not in found, found


# bare-post-matches-any-post-of-its-country: a bare 'President' tied to a country by its adjective alone is that
# country's presidency, not any post of it: 'Chilean President Ana Roth' of a page whose one row, on the article's
# day, is the country's premiership is the wrong post (the country must be one the lexicon places, as in
# tests/test_judge_bare_posts.py; the person is invented). Read as any post of the country, it is SUPPORTED.
def test_a_bare_president_of_a_country_is_not_its_premiership() -> None:
    premier = boxed(
        "Ana Roth",
        "Ana Roth (born 4 April 1970) is a Chilean politician.",
        [("office", "Prime Minister of Chile"), ("term_start", "11 March 2030"), ("birth_date", "4 April 1970")],
    )
    assert verdict(_chilean_president_roth(), [premier], SPRING_2031).verdict == Verdict.CONTRADICTED


# stress-bare-date-of-another-post: a date whose own words name no post belongs to the post its clause names before
# it ('Deputy leader Ana Ruiz was sworn in on ...'), never to another office's start: her one row, a seat in
# parliament from 2 March 2019, neither supports the day it began nor refutes another. Unread, the seat's start
# decides: SUPPORTED on 2 March, CONTRADICTED on 5 March.
@pytest.mark.parametrize(
    ("day", "never"),
    [
        pytest.param("2 March 2019", Verdict.SUPPORTED, id="the-seats-day"),
        pytest.param("5 March 2019", Verdict.CONTRADICTED, id="another-day"),
    ],
)
def test_a_bare_date_of_the_post_named_before_it_is_not_another_offices(day: str, never: Verdict) -> None:
    member = boxed(
        "Ana Ruiz",
        "Ana Ruiz (born 1 January 1975) is a Norbian politician.",
        [("office", "Member of Parliament for Halden"), ("term_start", "2 March 2019")],
        SAVED,
    )
    body = f"Deputy leader Ana Ruiz was sworn in on {day}."
    found = [v for c, v in judged_body(body, [member], dt.date(2024, 1, 10)) if c.kind == "date"]
    assert found, "no claim extracted"
    assert never not in found, found
