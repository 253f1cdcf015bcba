"""A statement the article denies ('has not been charged', 'never served as', 'failed to win') is a claim
an editor checks, but never as the fact it denies: the claim carries `negated`, its words take in the
denying word, and the judge leaves it unverified even when a page states the denied fact. Invented
sentences and an invented page."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import page, verdict
from tests.test_clause_shapes import article
from verify.extract import extract_claims
from verify.models import Claim, Reason, Verdict


def claims_of(body: str) -> list[Claim]:
    return [c for c in extract_claims(article(body)) if c.kind != "quote"]


# (the sentence, the words the denied claim is read from, the denying word they must take in)
DENIED = [
    ("Karl Moen, the mayor of Bergen, has not been charged.", "charged", "not"),
    ("Lena Brandt has never held a government post.", "held a government post", "never"),
    ("Lena Brandt was not re-elected as mayor of Bergen in 2021.", "elected as mayor of Bergen", "not"),
    ("Karl Moen did not win the 2019 election.", "win the 2019 election", "not"),
    ("Karl Moen no longer heads the Bergen Port Authority.", "heads the Bergen Port Authority", "longer"),
    ("Karl Moen never served as finance minister.", "served as finance minister", "never"),
    ("Karl Moen failed to win a seat in 2019.", "win a seat", "failed"),
    ("Lena Brandt did not resign in 2020.", "resign in 2020", "not"),
    ("Lena Brandt has not yet named a successor.", "named a successor", "not"),
    ("Lena Brandt did not attend the summit in Oslo on 4 May 2023.", "4 May 2023", "not"),
    ("Karl Moen was denied re-election as mayor of Bergen in 2018.", "re-election", "denied"),
]


@pytest.mark.parametrize(("body", "words", "denier"), DENIED, ids=[d[0][:32] for d in DENIED])
def test_a_denied_statement_gives_a_negated_claim_with_its_denying_word(body: str, words: str, denier: str) -> None:
    about = [c for c in claims_of(body) if words in c.text]
    assert about, [c.text for c in claims_of(body)]
    assert all(c.negated for c in about), [(c.kind, c.text, c.negated) for c in about]
    assert all(denier in c.text.split() for c in about), [c.text for c in about]


AFFIRMED = [
    # an aside on the subject (the mayor's office, a role) is not denied by the verb after it
    ("Karl Moen, the mayor of Bergen, has not been charged.", "Karl Moen, the mayor of Bergen", "role"),
    # a relative clause's denial is not the main clause's
    ("Karl Moen, who was not charged, resigned as mayor of Bergen in 2020.", "resigned as mayor of Bergen", "clause"),
    # "not only", "not ... until" affirm the verb
    ("Karl Moen did not only win the seat but also the vote.", "win the seat", "clause"),
    ("Lena Brandt did not give up skiing until she was 13.", "she was 13", "clause"),
    # a verb that is no denial over its infinitive
    ("Lena Brandt agreed to sign the treaty in 2019.", "sign the treaty", "clause"),
    # denying a charge is a deed, not a denied fact
    ("Karl Moen denied the charges in a statement in 2019.", "denied the charges", "clause"),
]


@pytest.mark.parametrize(("body", "words", "kind"), AFFIRMED, ids=[a[1] for a in AFFIRMED])
def test_a_claim_the_article_does_not_deny_is_not_negated(body: str, words: str, kind: str) -> None:
    about = [c for c in claims_of(body) if words in c.text and c.kind == kind]
    assert about, [c.text for c in claims_of(body)]
    assert not any(c.negated for c in about), [(c.kind, c.text) for c in about if c.negated]


def test_a_negated_claims_words_stand_in_the_article() -> None:
    body = "Karl Moen, the mayor of Bergen, has not been charged."
    text = article(body).text
    for claim in claims_of(body):
        assert text[claim.span[0] : claim.span[1]] == claim.text


def test_a_page_stating_the_denied_fact_never_supports_the_denial() -> None:
    """End to end: the article denies what the page affirms. Read without its 'not' the claim is the
    page's fact and would be supported; as extracted, it stays unverified with the page shown."""
    body = "Lena Brandt did not resign as mayor of Bergen in 2020."
    bergen = page("Lena Brandt", "Lena Brandt is a Norwegian politician. She resigned as mayor of Bergen in 2020.")
    as_of = dt.date(2024, 5, 1)
    denied = [c for c in claims_of(body) if "resign" in c.text]
    assert denied and all(c.negated for c in denied)
    affirmed = [verdict(c.model_copy(update={"negated": False}), [bergen], as_of) for c in denied]
    assert any(r.verdict == Verdict.SUPPORTED for r in affirmed)  # the page does state the fact
    for claim in denied:
        result = verdict(claim, [bergen], as_of)
        assert result.verdict == Verdict.UNVERIFIED
        assert result.reason == Reason.NEGATED
        assert "denies" in result.rationale
