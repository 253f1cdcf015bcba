"""Rows of fixr42 (session 42): review42's R1 and R5, each with its true twin, extracted from an invented article
and judged against invented pages through the article's whole judging (`_judged_whole` of tests/test_review38.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import page
from tests.test_review26 import SAVED
from tests.test_review38 import _judged_whole
from verify.app import article_from_text
from verify.extract import extract_claims
from verify.judge import judge
from verify.models import Claim, ClaimResult, Document, Verdict
from verify.report.common import checked_line
from verify.retrieve import EvidencePool

# The day of the invented articles: after the pages' revision (saved 1 May 2024), as the desk reads them.
DAY = dt.date(2024, 6, 1)


def _results(body: str, docs: list[Document]) -> list[tuple[Claim, ClaimResult]]:
    """Each claim of an article of `body` with its result, judged whole against `docs` alone."""
    claims = extract_claims(article_from_text(f"Norby news\n\n{body}\n", as_of=DAY))
    results = judge(claims, EvidencePool(documents=docs, by_claim={c.id: docs for c in claims}), DAY)
    return list(zip(claims, results, strict=True))


# R1: a proper noun compounded with a common head noun names that head ('Korvik fever', a disease named after the
# town), so the outbreak's toll is the disease's, neither supported nor refuted by the town's head count.
def _fever(told: str = "") -> Document:
    """The invented disease's page: named after the town of Korvik, with `told` after its lead."""
    return page("Korvik fever", f"Korvik fever is a viral disease first identified in Norby in 2011. {told}", SAVED)


def _town(people: str) -> Document:
    """The invented town of Korvik's page, of `people` inhabitants."""
    return page("Korvik", f"Korvik is a town in southern Norby with {people} people.", SAVED)


OUTBREAK = "The 2022 outbreak of Korvik fever infected 4,300 people."


def test_r1_the_towns_head_count_does_not_support_the_outbreaks_toll() -> None:
    found = _judged_whole(OUTBREAK, [_fever(), _town("4,300")], "quantity", "4,300", DAY)
    assert Verdict.SUPPORTED not in found, found


def test_r1_the_towns_head_count_does_not_refute_the_outbreaks_toll() -> None:
    docs = [_fever("The 2022 outbreak infected 4,300 people."), _town("9,000")]
    assert Verdict.CONTRADICTED not in _judged_whole(OUTBREAK, docs, "quantity", "4,300", DAY)


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(OUTBREAK, id="outbreak-of"),
        pytest.param("Korvik fever has a case fatality rate of about 3%.", id="disease-subject"),
    ],
)
def test_r1_the_report_does_not_read_the_disease_as_the_town(body: str) -> None:
    (result,) = [r for c, r in _results(body, [_fever()]) if c.kind == "quantity"]
    assert not checked_line(result).startswith("Checked: Korvik —"), checked_line(result)


def test_r1_twin_the_towns_own_head_count_is_its_own() -> None:
    found = _judged_whole("Korvik has 4,300 people.", [_town("4,300")], "quantity", "4,300", DAY)
    assert found == [Verdict.SUPPORTED]


def test_r1_twin_plural_things_are_the_names_own() -> None:
    (result,) = [r for c, r in _results("Korvik Bank shares fell 15 percent.", []) if c.kind == "quantity"]
    assert checked_line(result).startswith("Checked: Korvik Bank —"), checked_line(result)


# R5: a fronted year is lent to the second verb of a predicate joined by 'and' with no subject of its own ('In 2021 he
# was arrested and charged with fraud.'); a clause with its own subject or its own year keeps it apart.
def _banker(told: str) -> Document:
    """Jon Dahl's invented page: a Norbian former banker, with `told` after his lead."""
    return page("Jon Dahl", f"Jon Dahl (born 1965) is a Norbian former banker. {told}", SAVED)


@pytest.mark.parametrize(
    ("told", "body", "words"),
    [
        pytest.param(
            "In 2021 he was arrested and charged with fraud.",
            "Jon Dahl was charged with fraud in 2021.",
            "charged",
            id="arrested-and-charged",
        ),
        pytest.param(
            "In 2021 he was convicted of fraud and sentenced to six years in prison.",
            "Jon Dahl was sentenced to six years in prison in 2021.",
            "Jon Dahl was sentenced",
            id="convicted-and-sentenced",
        ),
    ],
)
def test_r5_a_fronted_year_dates_the_second_verb(told: str, body: str, words: str) -> None:
    assert _judged_whole(body, [_banker(told)], "clause", words, DAY) == [Verdict.SUPPORTED]


@pytest.mark.parametrize(
    ("told", "body", "verdict"),
    [
        pytest.param(
            "He was arrested and charged with fraud in 2021.",
            "Jon Dahl was charged with fraud in 2021.",
            Verdict.SUPPORTED,
            id="year-at-the-end",
        ),
        pytest.param(
            "In 2021 he was arrested and charged with fraud.",
            "Jon Dahl was charged with fraud in 2019.",
            Verdict.UNVERIFIED,
            id="another-year",
        ),
        pytest.param(
            "In 2019 he was elected mayor of Korvik and in 2023 he resigned.",
            "Jon Dahl resigned in 2019.",
            Verdict.UNVERIFIED,
            id="a-clause-with-its-own-year",
        ),
        pytest.param(
            "In 2019 Ivo Stam was arrested and Jon Dahl was charged with fraud.",
            "Jon Dahl was charged with fraud in 2019.",
            Verdict.UNVERIFIED,
            id="a-clause-with-its-own-subject",
        ),
    ],
)
def test_r5_twin_each_verb_keeps_its_own_year(told: str, body: str, verdict: Verdict) -> None:
    words = body.split(" in ")[0]
    assert _judged_whole(body, [_banker(told)], "clause", words, DAY) == [verdict]
