"""The thirty-eighth session's lead: whose words a page's sentence quotes, read off its parse
(verify/kinds/quote/attribution.py). A person's own page quotes critics, nicknames the press gave her,
questions put to her and words she would not say; only the words she said support a quote of hers."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, judged_body, page
from tests.support.ruiz import RUIZ
from tests.test_review26 import SAVED
from tests.test_review27 import STAM
from tests.test_review31 import _ruiz_said
from verify.app import article_from_text
from verify.extract import extract_claims
from verify.kinds.base import Stance
from verify.kinds.quote.judge import quote_findings
from verify.models import Document, Verdict

AS_OF = dt.date(2024, 6, 1)


def _quote_verdicts(body: str, said: str) -> set[Verdict]:
    """The verdicts on the quote claims of `body` against Ana Ruiz's page quoting `said`."""
    return {v for c, v in judged_body(body, [_ruiz_said(said)], AS_OF) if c.kind == "quote"}


@pytest.mark.parametrize(
    ("body", "said"),
    [
        pytest.param(
            'Ana Ruiz said the deal was "dead in the water".',
            'In 2023 she was quoted as saying the deal was "dead in the water".',
            id="quoted-as-saying",
        ),
        pytest.param(
            'Ana Ruiz said the deal was "dead in the water".',
            'In 2023 Ruiz told reporters the deal was "dead in the water".',
            id="told-reporters",
        ),
        pytest.param(
            'Ana Ruiz said the deal was "dead in the water".',
            '"The deal is dead in the water," Ruiz said in 2023.',
            id="said-after",
        ),
        pytest.param(
            'Ana Ruiz called the budget "a disaster".',
            'In 2023 she was criticised for calling the budget "a disaster".',
            id="criticised-for-calling",
        ),
        pytest.param(
            'Ana Ruiz said the reform was "a mistake".',
            'In 2019 she said the critics were wrong and that the reform was "a mistake".',
            id="said-with-critics-named",
        ),
    ],
)
def test_her_own_words_quoted_on_her_page_are_supported(body: str, said: str) -> None:
    assert _quote_verdicts(body, said) == {Verdict.SUPPORTED}


@pytest.mark.parametrize(
    ("body", "said"),
    [
        pytest.param(
            'Ana Ruiz said the deal was "dead in the water".',
            'In 2023 she thanked Ivo Stam for calling the deal "dead in the water".',
            id="object-of-thanked-calls",
        ),
        pytest.param(
            'Ana Ruiz said the deal was "dead in the water".',
            '"The deal is dead in the water," opposition leaders said in 2023.',
            id="many-after",
        ),
        pytest.param(
            'Ana Ruiz said the deal was "dead in the water".',
            'Ivo Stam spoke next. "The deal is dead in the water," Stam continued.',
            id="a-verb-the-parse-does-not-list",  # the patterns after the quotation name him
        ),
        pytest.param(
            'Ana Ruiz called the plan "reckless".',
            'In 2023 the plan was described as "reckless" by Ivo Stam.',
            id="passive-with-a-named-agent",
        ),
    ],
)
def test_words_the_parse_gives_to_another_are_not_hers(body: str, said: str) -> None:
    assert Verdict.SUPPORTED not in _quote_verdicts(body, said)


def test_words_she_would_not_say_are_explained_as_such() -> None:
    claims = extract_claims(article_from_text('Norby news\n\nAna Ruiz said the reform was "a mistake".\n', as_of=AS_OF))
    quote = next(c for c in claims if c.kind == "quote")
    page = _ruiz_said('In 2019 she declined to say whether the reform was "a mistake".')
    (finding,) = quote_findings(quote, [page])
    assert finding.stance is Stance.NEUTRAL
    assert finding.detail == "quotes the phrase as words its sentence's subject would not say"


# A company's head count in its infobox ('num_employees', review36 R14): it supports a workforce the row rounds to,
# and nothing else: people the company carried, another company's staff, a figure it does not round to.
def _boeing(rows: list[tuple[str, str]]) -> Document:
    return boxed("Boeing", "The Boeing Company is an American aerospace company.", rows, SAVED)


def _quantity_verdicts(body: str) -> set[Verdict]:
    doc = _boeing([("num_employees", "170,688 (2023)")])
    return {v for c, v in judged_body(body, [doc], dt.date(2024, 8, 8)) if c.kind == "quantity"}


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Boeing has a workforce of about 170,000 staff.", id="staff"),
        pytest.param("Boeing has about 170,000 employees.", id="employees"),
    ],
)
def test_an_infobox_head_count_supports_the_staff_it_rounds_to(body: str) -> None:
    assert _quantity_verdicts(body) == {Verdict.SUPPORTED}


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Boeing flew about 170,000 people to the show.", id="people-not-employed"),
        pytest.param("Boeing employs about 200,000 people.", id="another-figure"),
        pytest.param("Airbus employs about 170,000 people.", id="another-company"),
    ],
)
def test_an_infobox_head_count_supports_no_other_figure(body: str) -> None:
    assert Verdict.SUPPORTED not in _quantity_verdicts(body)


@pytest.mark.parametrize(
    ("body", "verdicts"),
    [
        pytest.param("Boeing employed about 170,000 people in 2023.", {Verdict.SUPPORTED}, id="the-rows-year"),
        pytest.param("Boeing employed about 170,000 people in 2015.", {Verdict.UNVERIFIED}, id="another-year"),
    ],
)
def test_an_infobox_head_count_is_of_the_year_it_gives(body: str, verdicts: set[Verdict]) -> None:
    assert _quantity_verdicts(body) == verdicts


# 'who turned N' with a time that is no year in digits (review38 B9): an age then, not the age on the article's day.
IVO_STAM = page("Ivo Stam", "Ivo Stam (born 3 March 1950) is a Norbian politician.", SAVED)


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Ivo Stam, who turned 73 last year, spoke on Monday.", id="last-year"),
        pytest.param("Ivo Stam, who turned 72 two years ago, spoke on Monday.", id="two-years-ago"),
    ],
)
def test_a_birthday_of_another_year_is_no_age_today(body: str) -> None:
    found = {v for c, v in judged_body(body, [IVO_STAM], dt.date(2024, 6, 1)) if "turned" in c.text}
    assert Verdict.CONTRADICTED not in found, found


def test_a_birthday_this_year_is_the_age_today() -> None:
    body = "Ivo Stam, who turned 73 in March, spoke on Monday."  # he turned 74 in March 2024
    found = {v for c, v in judged_body(body, [IVO_STAM], dt.date(2024, 6, 1)) if "turned" in c.text}
    assert Verdict.CONTRADICTED in found, found


# A post told in a 'when' clause is dated by the year of the clause it hangs from, and by no other year of the
# sentence (review38 B5): Ana Ruiz was finance minister from 2022 to 2023 (tests/support/ruiz.py).
@pytest.mark.parametrize(
    ("body", "verdicts"),
    [
        pytest.param(
            "Ana Ruiz, who was born in 1975, said the deal was signed when she was finance minister.",
            {Verdict.SUPPORTED},
            id="a-birth-year",
        ),
        pytest.param(
            "The law, passed in 2019, was repealed when Ana Ruiz was finance minister.",
            {Verdict.SUPPORTED},
            id="a-participles-year",
        ),
        pytest.param(
            "The 2008 crisis was still felt when Ana Ruiz was finance minister.", {Verdict.SUPPORTED}, id="a-names-year"
        ),
        pytest.param(
            "Ana Ruiz signed the deal in January 2019, when she was finance minister.",
            {Verdict.UNVERIFIED},
            id="the-clauses-own-year",
        ),
    ],
)
def test_a_when_clauses_post_is_dated_by_its_own_clauses_year(body: str, verdicts: set[Verdict]) -> None:
    found = {v for c, v in judged_body(body, [RUIZ], AS_OF) if c.kind == "role" and "finance minister" in c.text}
    assert found == verdicts


# A minister's term that ends the day the next head takes office was served under the outgoing head, not the
# newcomer (review38 B3): Lena Sand, finance minister 1 June 2019 to 14 February 2023, the day Ana Ruiz succeeded
# Ivo Stam (prime minister 1 June 2015 to 14 February 2023).
SAND = boxed(
    "Lena Sand",
    "Lena Sand (born 1965) is a Norbian politician who served as Minister of Finance from 2019 to 2023.",
    [("office", "Minister of Finance"), ("term_start", "1 June 2019"), ("term_end", "14 February 2023")],
    SAVED,
)


@pytest.mark.parametrize(
    ("head", "verdicts"),
    [
        pytest.param("Ivo Stam", {Verdict.SUPPORTED}, id="the-outgoing-head"),
        pytest.param("Ana Ruiz", {Verdict.UNVERIFIED}, id="the-head-from-the-last-day"),
    ],
)
def test_a_term_ending_at_a_handover_was_served_under_the_outgoing_head(head: str, verdicts: set[Verdict]) -> None:
    body = f"Lena Sand, a former finance minister under Prime Minister {head}, spoke."
    found = {v for c, v in judged_body(body, [SAND, RUIZ, STAM], AS_OF) if c.kind == "role" and "finance" in c.text}
    assert found == verdicts
