"""Contradiction recall on the office ways, read in the forty-fourth session (issue 15). Invented people and pages.

- A clause whose deed is holding a post ('Tomas Berg also served as foreign minister until April') takes the
  refutation of the role claim on that post, when the clause alone settled nothing: a post he did not hold then makes
  the clause untrue. Only a clause whose words before the post are its subject and a verb of holding (with its
  auxiliaries) is read so: a post apposed to the subject ('Tomas Berg, the foreign minister until April, visited
  Korvik') says nothing of the visit (review43 B1). A post supported is no proof of the rest of the clause ('until
  April'): the clause keeps its own verdict.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed
from verify.app import article_from_text
from verify.extract import extract_claims
from verify.judge import judge
from verify.models import Verdict
from verify.retrieve import EvidencePool

_MAY_2022 = dt.date(2022, 5, 16)
_BERG = boxed(
    "Tomas Berg",
    "Tomas Berg (born 2 May 1966) is a Vestrian businessman and politician.",
    [
        ("office", "Prime Minister of Vestria"),
        ("term_start", "2 February 2021"),
        ("term_end", "9 March 2022"),
        ("office2", "Minister of Finance"),
        ("term_start2", "1 October 2021"),
        ("term_end2", "26 April 2022"),
        ("birth_date", "2 May 1966"),
    ],
)


def _whole_article(body: str) -> dict[str, Verdict]:
    """Each claim of `body` (an article of 16 May 2022) by kind and words, judged through the article's whole
    judging (`verify.judge.judge`), where a clause is read beside the post its deed holds, against Tomas Berg's page."""
    claims = extract_claims(article_from_text(f"Norby news\n\n{body}\n", as_of=_MAY_2022))
    docs = [_BERG]
    results = judge(claims, EvidencePool(documents=docs, by_claim={c.id: docs for c in claims}), _MAY_2022)
    return {f"{c.kind}: {c.text}": r.verdict for c, r in zip(claims, results, strict=True)}


@pytest.mark.parametrize(
    ("body", "words", "expected"),
    [
        pytest.param(
            "Tomas Berg also served as foreign minister until April.",
            "served as foreign minister until April",
            Verdict.CONTRADICTED,
            id="served-as-the-refuted-post",
        ),
        pytest.param(
            "Tomas Berg, the foreign minister until April, visited Korvik.",
            "visited Korvik",
            Verdict.UNVERIFIED,
            id="control-apposed-post-another-deed",
        ),
        pytest.param(
            "Tomas Berg was foreign minister until April and visited Korvik twice.",
            "was foreign minister until April",
            Verdict.CONTRADICTED,
            id="was-the-refuted-post",
        ),
        pytest.param(
            "Tomas Berg served as finance minister until April and cut taxes twice.",
            "served as finance minister until April",
            Verdict.UNVERIFIED,
            id="control-a-post-supported-lends-no-support",
        ),
    ],
)
def test_a_clause_holding_a_refuted_post_is_contradicted(body: str, words: str, expected: Verdict) -> None:
    found = _whole_article(body)
    clauses = {k: v for k, v in found.items() if k.startswith("clause: ") and words in k}
    assert clauses and set(clauses.values()) == {expected}, found
