"""The lead's rows of session 42: a holder's number in the post's line, told by the person's own lead when the
office row gives none ('served as the 6th president of Norby'), and apposed after the name with the country's
possessive ("Ivo Stam, Norby's sixth president, stepped down"): a place in the line, true after the spell."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed
from tests.test_review26 import SAVED
from tests.test_review38 import _judged_whole
from verify.app import article_from_text
from verify.extract import extract_claims
from verify.judge import judge
from verify.models import Document, Verdict
from verify.retrieve import EvidencePool

DAY = dt.date(2025, 8, 8)  # two days after Ivo Stam's term ended (Wednesday 6 August 2025)


def _stam(lead: str) -> list[Document]:
    """Ivo Stam's invented page: president of Norby 2015-2025, the office row unnumbered; `lead` its lead."""
    return [
        boxed(
            "Ivo Stam",
            lead,
            [("office", "President of Norby"), ("term_start", "6 August 2015"), ("term_end", "6 August 2025")],
            SAVED,
        )
    ]


NUMBERED = _stam(
    "Ivo Stam (born 16 May 1972) is a Norbian lawyer and politician who served as the 6th president of Norby from "
    "2015 to 2025."
)
# the lead numbers only his predecessor ('Ana Ruiz, the 5th president'): no number of his
PREDECESSOR_NUMBERED = _stam(
    "Ivo Stam (born 16 May 1972) is a Norbian lawyer who was president of Norby from 2015 to 2025. He succeeded Ana "
    "Ruiz, the 5th president of Norby, in 2015."
)


@pytest.mark.parametrize(
    ("body", "words", "expected"),
    [
        pytest.param(
            "Ivo Stam stepped down on Wednesday. He was Norby's sixth president.",
            "sixth",
            Verdict.SUPPORTED,
            id="was-sixth",
        ),
        pytest.param(
            "Ivo Stam stepped down on Wednesday. He was Norby's fifth president.",
            "fifth",
            Verdict.CONTRADICTED,
            id="was-fifth",
        ),
        pytest.param(
            "Ivo Stam, Norby's sixth president, stepped down on Wednesday.",
            "sixth",
            Verdict.SUPPORTED,
            id="apposed-sixth",
        ),
        pytest.param(
            "Ivo Stam, Norby's fifth president, stepped down on Wednesday.",
            "fifth",
            Verdict.CONTRADICTED,
            id="apposed-fifth",
        ),
    ],
)
def test_the_lead_numbers_the_office_its_row_leaves_unnumbered(body: str, words: str, expected: Verdict) -> None:
    assert _judged_whole(body, NUMBERED, "role", words, day=DAY) == [expected]


def test_the_lead_number_is_quoted_as_the_evidence() -> None:
    body = "Ivo Stam stepped down on Wednesday. He was Norby's fifth president."
    claims = extract_claims(article_from_text(f"Norby news\n\n{body}\n", as_of=DAY))
    results = judge(claims, EvidencePool(documents=NUMBERED, by_claim={c.id: NUMBERED for c in claims}), DAY)
    [role] = [r for c, r in zip(claims, results, strict=True) if c.kind == "role"]
    assert "served as the 6th president of Norby" in role.rationale
    assert "numbers the office the 6th" in role.rationale


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Ivo Stam stepped down on Wednesday. He was Norby's sixth president.", id="sixth"),
        pytest.param("Ivo Stam stepped down on Wednesday. He was Norby's fifth president.", id="fifth"),
    ],
)
def test_a_number_apposed_to_another_holder_in_the_lead_is_not_his(body: str) -> None:
    assert _judged_whole(body, PREDECESSOR_NUMBERED, "role", "president", day=DAY) == [Verdict.UNVERIFIED]
