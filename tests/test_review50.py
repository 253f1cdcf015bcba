"""Findings of review50 (session 50), as rows the desk would meet: a sentence of an invented article judged through the
article's whole judging (`verify.judge.judge`) against invented pages (`tests/support/judging.py`), each beside its
twin (the true case still right). A B-item is a regression found in this session's changes: a plain test where it
passes on main (it fails once its branch is merged), an `_open` strict xfail where the change is on main already.
S-items (false "supported") and R-items (false "contradicted" or lost support) are open at a804007a and on main both.
The list with its status is /work/briefs50/review50-findings.md."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, page
from tests.test_review26 import _open
from verify.app import article_from_text
from verify.extract import extract_claims
from verify.judge import judge
from verify.models import Document, Verdict
from verify.retrieve import EvidencePool

DAY = dt.date(2025, 6, 1)  # Sunday 1 June 2025, after the pages' revision
SAVED = dt.datetime(2025, 4, 1, tzinfo=dt.UTC)
WINTER_2025 = dt.date(2025, 1, 8)
SAVED_2024 = dt.datetime(2024, 12, 1, tzinfo=dt.UTC)


def _verdicts(body: str, docs: list[Document], kind: str, words: str, day: dt.date = DAY) -> list[Verdict]:
    """The verdicts on the claims of `kind` whose words hold `words`, of an article of `body` dated `day`, judged whole
    against `docs` alone."""
    claims = extract_claims(article_from_text(f"Norby news\n\n{body}\n", as_of=day))
    results = judge(claims, EvidencePool(documents=docs, by_claim={c.id: docs for c in claims}), day)
    return [r.verdict for c, r in zip(claims, results, strict=True) if c.kind == kind and words in c.text]


# ---------------------------------------------------------------------------------------------------------------
# B1 (false "contradicted"; branch s50-recall50a b2bd0e9e, verify/kinds/role/judge.py `_title_of` and `_its_page_read`
# in `neighbour_rows` / `_owner_known`): a bare 'current chairman' whose owner the sentence gives in a fronted phrase
# ('At Acme Bank, the current chairman is Ivo Stam') is read as the chairman of the Norby Space Agency, whose own page
# the run read because the article's first sentence names the agency; the agency head's predecessor row (Ivo Stam)
# refutes it. `_owner_beside` sees only 'Governor X of the Y' and "Y's governor, X". At a804007a: unverified.
def _agency_head(rows: list[tuple[str, str]]) -> Document:
    return boxed(
        "Ana Ruiz",
        "Ana Ruiz (born 1964) is a Norbian engineer serving as the chairman of the Norby Space Agency.",
        [("office", "10th Chairman of the Norby Space Agency"), ("term_start", "15 January 2022"), *rows],
        SAVED_2024,
    )


AGENCY_HEAD = _agency_head([("predecessor", "Ivo Stam")])
CHAIR_PAGE = page(
    "Chairman of the Norby Space Agency",
    "The chairman of the Norby Space Agency is the head of the agency. The post dates from 1969.",
    SAVED_2024,
)
_LAUNCH = "The Norby Space Agency launched a satellite on Friday."


def test_b1_a_bare_title_of_another_body_named_before_it() -> None:
    body = f"{_LAUNCH} At Acme Bank, the current chairman is Ivo Stam."
    found = _verdicts(body, [AGENCY_HEAD, CHAIR_PAGE], "role", "Ivo Stam", WINTER_2025)
    assert found and Verdict.CONTRADICTED not in found, found


def test_b1_twin_the_agencys_own_chairman_is_never_the_past_holder() -> None:
    # the article's own body: the agency's past chairman called current is never supported (recall50a refutes it)
    body = f"{_LAUNCH} The current chairman is Ivo Stam."
    found = _verdicts(body, [AGENCY_HEAD, CHAIR_PAGE], "role", "Ivo Stam", WINTER_2025)
    assert found and Verdict.SUPPORTED not in found, found


@_open("R1 open: 'The bank said its current chairman, Ivo Stam' read as the agency's chairman and refuted")
def test_r1_its_chairman_is_the_banks() -> None:
    # R1 (false "contradicted", at a804007a and on recall50a): 'its' after 'The bank said' is the bank's
    body = (
        "Acme Bank funded the Norby Space Agency's launch on Friday. The bank said its current chairman, Ivo Stam, had "
        "approved it."
    )
    found = _verdicts(body, [AGENCY_HEAD, CHAIR_PAGE], "role", "Ivo Stam", WINTER_2025)
    assert found and Verdict.CONTRADICTED not in found, found


# ---------------------------------------------------------------------------------------------------------------
# B2 (false "contradicted"; branch s50-recall50c 2cc4f7ca, verify/kinds/quantity/judge.py `children_findings` with
# `_NAMING_SOME`, judging.toml quantity.children_row_naming): a children row 'N, including X' is now read as the whole
# count, and it refutes a claim counting only some of them ('two children together', 'two children from his first
# marriage'): the claim's part is taken for the whole (R2 below is the same with a bare row, open at a804007a). At
# a804007a: unverified.
def _children(row: str) -> Document:
    return boxed("Ivo Stam", "Ivo Stam (born 1950) is a Norbian businessman.", [("children", row)])


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Ivo Stam and Ana Ruiz have two children together.", id="together"),
        pytest.param("Ivo Stam has two children from his first marriage.", id="first-marriage"),
        pytest.param("Ivo Stam has two children with Ana Ruiz.", id="with-her"),
    ],
)
def test_b2_a_part_of_the_children_is_not_the_whole(body: str) -> None:
    found = _verdicts(body, [_children("5, including Sharaf")], "quantity", "two")
    assert found and Verdict.CONTRADICTED not in found, found


def test_b2_twin_the_whole_count_against_the_row() -> None:
    # a count of all his children against a bare row's whole (recall50c reads 'N, including X' so too)
    assert _verdicts("Ivo Stam has six children.", [_children("5")], "quantity", "six") == [Verdict.CONTRADICTED]


# R2 (false "contradicted", at a804007a and on recall50c; `children_findings`): a bare row '5' refutes 'two children
# from his first marriage' (a part of them).
@_open("R2 open: a bare children row '5' refutes 'two children from his first marriage'")
def test_r2_a_part_against_a_bare_row() -> None:
    found = _verdicts("Ivo Stam has two children from his first marriage.", [_children("5")], "quantity", "two")
    assert found and Verdict.CONTRADICTED not in found, found
