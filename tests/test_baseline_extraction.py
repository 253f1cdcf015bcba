"""The naive clause-per-verb baseline (scripts/baseline_extraction.py) that the rule set is compared with."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_verdict_set import load_script
from verify.article import load_article

ARTICLE = (
    "Harbour town elects a mayor\n\n"
    "Lena Voss won the mayoral vote in Port Alder on 4 May with 5,210 votes. "
    "She could resign next year. "
    "Will the council approve the budget?\n"
)


@pytest.fixture(scope="module")
def baseline():
    load_script("eval_extraction_general")  # the baseline scores with it, and imports it by name
    return load_script("baseline_extraction")


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "mayor.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_every_baseline_claim_stands_on_the_articles_own_words(baseline, article):
    text = load_article(article).text
    claims = baseline.baseline_claims(article)
    assert claims
    assert all(text[c.span[0] : c.span[1]] == c.text for c in claims)


def test_a_plain_clause_about_a_named_person_gives_a_clause_and_its_values(baseline, article):
    claims = baseline.baseline_claims(article)
    clause = next(c for c in claims if c.kind == "clause")
    assert (clause.subject, clause.relation) == ("Lena Voss", "win")
    assert {c.text for c in claims if c.kind == "date"} == {"4 May"}
    assert {c.text for c in claims if c.kind == "quantity"} == {"5,210"}


def test_modal_and_question_clauses_give_no_claim(baseline, article):
    words = " ".join(c.text for c in baseline.baseline_claims(article))
    assert "resign" not in words
    assert "budget" not in words
