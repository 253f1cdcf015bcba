"""Rows of helper fixa47 (session 47): a fact of one part of a page sentence is not lent to another part that tells
its own (a verb's day, an ordinal's day, a listed post's years), judged through the article's whole judging
(`verify.judge.judge`) against invented pages (`tests/support/judging.py`)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, page
from verify.app import article_from_text
from verify.extract import extract_claims
from verify.judge import judge
from verify.models import Document, Verdict
from verify.retrieve import EvidencePool

DAY = dt.date(2025, 6, 1)
SAVED = dt.datetime(2025, 4, 1, tzinfo=dt.UTC)


def _verdicts(body: str, docs: list[Document], kinds: tuple[str, ...] = ("clause", "date")) -> list[Verdict]:
    """The verdicts on the claims of `kinds` of an article of `body`, judged whole against `docs` alone."""
    claims = extract_claims(article_from_text(f"Norby news\n\n{body}\n", as_of=DAY))
    results = judge(claims, EvidencePool(documents=docs, by_claim={c.id: docs for c in claims}), DAY)
    return [r.verdict for c, r in zip(claims, results, strict=True) if c.kind in kinds]


# A verb's own day (review46 S5's kin): the appointment's day is not the day she took office, which the sentence
# tells in its own clause (date judge `_dates_given_to` -> `_the_verbs_own_dates`).
APPOINTED = page(
    "Eva Lund",
    "Eva Lund (born 1970) is a Norbian judge. She was appointed to the Supreme Court on 3 January 2020 and took "
    "office on 1 March 2020.",
    SAVED,
)


def test_the_appointments_day_is_not_the_day_she_took_office() -> None:
    found = _verdicts("Eva Lund took office on 3 January 2020.", [APPOINTED])
    assert found and Verdict.SUPPORTED not in found, found


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Eva Lund took office on 1 March 2020.", id="took-office"),
        pytest.param("Eva Lund was appointed to the Supreme Court on 3 January 2020.", id="appointed"),
    ],
)
def test_twin_each_verb_its_own_day(body: str) -> None:
    found = _verdicts(body, [APPOINTED])
    assert found and set(found) == {Verdict.SUPPORTED}, found


# An ordinal's own day (review46 S9's kin): the second term is the one of the part of the sentence that tells it, not
# the day the sentence names first (clause judge `_ordinal_dated_otherwise`; date judge: 'her second term' is worded
# 'a second term').
TWO_ELECTIONS = page(
    "Eva Lund",
    "Eva Lund (born 1970) is a Norbian politician who has been Mayor of Korvik since 2016. She was elected on 4 May "
    "2016, and again on 6 May 2021 for a second term.",
    SAVED,
)


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Eva Lund was elected for a second term on 4 May 2016.", id="clause"),
        pytest.param("Eva Lund, who was elected for her second term on 4 May 2016, spoke on Monday.", id="relative"),
    ],
)
def test_the_first_elections_day_is_not_the_second_terms(body: str) -> None:
    found = _verdicts(body, [TWO_ELECTIONS])
    assert found and Verdict.SUPPORTED not in found, found


def test_twin_the_second_terms_own_day() -> None:
    assert _verdicts("Eva Lund was elected for a second term on 6 May 2021.", [TWO_ELECTIONS], ("clause",)) == [
        Verdict.SUPPORTED
    ]


# Each post of a list keeps its own years (review46 S6 and R3's kin): 'as ambassador to Tarsa from 2006 to 2012' after
# 'Norby's ambassador to Korvik from 2001 to 2006' is Norby's envoy to Tarsa for 2006-2012 only (clause judge
# `_time_bound` on the post in full, `_owner_listed_before`; `_PORTFOLIO` reads 'to Tarsa' as the post's).
ENVOY = page(
    "Eva Lund",
    "Eva Lund (born 1960) is a Norbian diplomat. Lund served as Norby's ambassador to Korvik from 2001 to 2006 and as "
    "ambassador to Tarsa from 2006 to 2012.",
    SAVED,
)


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Eva Lund served as ambassador to Tarsa from 2001 to 2006.", id="served-as"),
        pytest.param("Eva Lund was Norby's ambassador to Tarsa from 2001 to 2006.", id="possessive"),
    ],
)
def test_the_first_posts_years_are_not_the_seconds(body: str) -> None:
    found = _verdicts(body, [ENVOY], ("clause",))
    assert found and Verdict.SUPPORTED not in found, found


def test_twin_the_second_post_of_a_list_with_its_owner_keeps_its_years() -> None:
    assert _verdicts("Eva Lund was Norby's ambassador to Tarsa from 2006 to 2012.", [ENVOY], ("clause",)) == [
        Verdict.SUPPORTED
    ]


def test_twin_the_second_post_of_a_list_served_as() -> None:
    assert _verdicts("Eva Lund served as ambassador to Tarsa from 2006 to 2012.", [ENVOY], ("clause",)) == [
        Verdict.SUPPORTED
    ]


@pytest.mark.parametrize(
    "clause",
    [
        pytest.param("She grew up in Norby", id="the-country"),
        # the owner as a possessive, as a list's first post writes it (mutation an-owner-taken-from-any-clause-...)
        pytest.param("She studied at Norby's oldest university", id="a-possessive"),
    ],
)
def test_an_owner_named_in_another_clause_is_not_the_posts(clause: str) -> None:
    """Only a later post of a list ('and as ...') takes its owner from the words before it: a semicolon's other clause
    naming the country does not make the post that country's."""
    told = page(
        "Eva Lund",
        f"Eva Lund (born 1960) is a diplomat. {clause}; she was ambassador to Tarsa from 2006 to 2012.",
        SAVED,
    )
    found = _verdicts("Eva Lund was Norby's ambassador to Tarsa from 2006 to 2012.", [told], ("clause",))
    assert found and Verdict.SUPPORTED not in found, found


# A post apposed to ANOTHER person's name is that person's, however long the apposition runs before its spell (review46
# S7's kin; clause judge `_post_said_of_another`); the subject's own post with the same apposition stays his (twin).
RANK_DAY = dt.date(2024, 1, 10)


def _curator(told: str) -> Document:
    lead = "Karl Moen (born 1960) is a Norbian art historian. He studied in Halden."
    return page("Karl Moen", f"{lead} {told}", dt.datetime(2023, 12, 1, tzinfo=dt.UTC))


def _clause_verdicts_on(body: str, doc: Document) -> list[Verdict]:
    claims = extract_claims(article_from_text(f"Norby news\n\n{body}\n", as_of=RANK_DAY))
    results = judge(claims, EvidencePool(documents=[doc], by_claim={c.id: [doc] for c in claims}), RANK_DAY)
    return [r.verdict for c, r in zip(claims, results, strict=True) if c.kind == "clause" and "curator" in c.text]


def test_a_long_apposition_to_another_person_is_not_the_subjects_post() -> None:
    told = "From 2016 he was an assistant to Ivo Stam, the first woman chief curator of the Halden Museum since 1990."
    body = "Moen was the first woman chief curator of the Halden Museum since 1990."
    found = _clause_verdicts_on(body, _curator(told))
    assert found and Verdict.SUPPORTED not in found, found


def test_twin_the_subjects_own_post_apposed() -> None:
    told = "From 2016 to 2023 he was the director of the Halden Museum, its first chief curator since 1990."
    found = _clause_verdicts_on("Moen was the first chief curator of the Halden Museum since 1990.", _curator(told))
    assert found == [Verdict.SUPPORTED], found


# The one succeeded held the post up to the handover (review46 R1's kin): 'took over from Ivo Stam as governor of Tarsa
# in 2010' against his term ended on 31 December 2009 is no holding refuted (role judge `_the_one_succeeded`); a
# handover years after his term ended still is (twin).
STAM_GOVERNOR = boxed(
    "Ivo Stam",
    "Ivo Stam (born 1950) is a Norbian politician who was Governor of Tarsa from 2002 to 2009.",
    [("office", "Governor of Tarsa"), ("term_start", "1 January 2002"), ("term_end", "31 December 2009"),
     ("successor", "Eva Lund"), ("birth_date", "5 May 1950")],
    SAVED,
)  # fmt: skip


def _predecessors_role(body: str) -> list[Verdict]:
    claims = extract_claims(article_from_text(f"Norby news\n\n{body}\n", as_of=DAY))
    docs = [STAM_GOVERNOR]
    results = judge(claims, EvidencePool(documents=docs, by_claim={c.id: docs for c in claims}), DAY)
    return [r.verdict for c, r in zip(claims, results, strict=True) if c.kind == "role" and c.text.startswith("Ivo")]


def test_the_one_succeeded_held_the_post_until_the_handover() -> None:
    found = _predecessors_role("Eva Lund took over from Ivo Stam as governor of Tarsa in 2010.")
    assert found and Verdict.CONTRADICTED not in found, found


def test_twin_a_handover_years_after_his_term_is_refuted() -> None:
    found = _predecessors_role("Eva Lund took over from Ivo Stam as governor of Tarsa in 2014.")
    assert found == [Verdict.CONTRADICTED], found


# An age told at a step into a post is the age on the step's day, not on the article's (review46 R11's kin; clause
# judge: duration `age_told_at_a_step` leaves it to `age_taking_up_findings`).
LUND_MAYOR = boxed(
    "Eva Lund",
    "Eva Lund (born 5 May 1970) is a Norbian politician who has been Mayor of Korvik since 2010.",
    [("office", "Mayor of Korvik"), ("term_start", "1 June 2010"), ("birth_date", "5 May 1970")],
    SAVED,
)  # fmt: skip


def test_an_age_at_a_step_is_of_the_steps_day() -> None:
    found = _verdicts("Eva Lund became mayor of Korvik aged 40.", [LUND_MAYOR], ("clause",))
    assert found == [Verdict.SUPPORTED], found


def test_twin_a_wrong_age_at_the_step_is_refuted() -> None:
    found = _verdicts("Eva Lund became mayor of Korvik aged 46.", [LUND_MAYOR], ("clause",))
    assert found == [Verdict.CONTRADICTED], found
