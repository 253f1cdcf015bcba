"""The lead's rows of session 42: a holder's number in the post's line, told by the person's own lead when the
office row gives none ('served as the 6th president of Norby'), and apposed after the name with the country's
possessive ("Ivo Stam, Norby's sixth president, stepped down"): a place in the line, true after the spell."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, page
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


# A sum is read in its own currency however it is written: a symbol or code before the figure, or the word after it
# (review42 R8: a sum with a currency symbol was never judged, '$240 million' against the page's own '$240 million').
def _bank(told: str) -> Document:
    """Korvik Bank's invented page, with `told` after its lead."""
    return page("Korvik Bank", f"Korvik Bank is a Norbian bank founded in 1990. {told}", SAVED)


BANK_DAY = dt.date(2024, 6, 1)  # after the pages' revision


@pytest.mark.parametrize(
    ("told", "body", "words", "expected"),
    [
        pytest.param(
            "It made a net profit of 240 million dollars in 2023.",
            "made a net profit of $240 million in 2023",
            "$240",
            Verdict.SUPPORTED,
            id="word-on-the-page",
        ),
        pytest.param(
            "It made a net profit of $240m in 2023.",
            "made a net profit of 240 million dollars in 2023",
            "240 million",
            Verdict.SUPPORTED,
            id="short-scale-on-the-page",
        ),
        pytest.param(
            "It made a net profit of US$240 million in 2023.",
            "made a net profit of $250 million in 2023",
            "$250",
            Verdict.CONTRADICTED,
            id="other-figure",
        ),
        pytest.param(
            "It made a net profit of €240 million in 2023.",
            "made a net profit of $240 million in 2023",
            "$240",
            Verdict.UNVERIFIED,
            id="other-currency",
        ),
    ],
)
def test_a_sum_is_read_in_its_own_currency(told: str, body: str, words: str, expected: Verdict) -> None:
    assert _judged_whole(f"Korvik Bank {body}.", [_bank(told)], "quantity", words, BANK_DAY) == [expected]


# The page's own subject told by a pronoun before a figure (review42 R9): 'She won', 'He scored' on a person's page;
# a possessive only for what the claim itself gives the subject's possessive ("Korvik Bank's net profit": 'Its net
# profit'), never another thing owned ('Its parent company employs', 'His son scored').
def _moen(told: str) -> Document:
    """Karl Moen's invented page: a Norbian footballer, with `told` after his lead."""
    return page("Karl Moen", f"Karl Moen (born 3 March 1990) is a Norbian footballer. {told}", SAVED)


@pytest.mark.parametrize(
    ("doc", "body", "words", "expected"),
    [
        pytest.param(
            _moen("He scored 20 goals in 2019."),
            "Karl Moen scored 25 goals in 2019.",
            "25",
            Verdict.CONTRADICTED,
            id="he-other-figure",
        ),
        pytest.param(
            _bank("Its parent company employs 50,000 people."),
            "Korvik Bank employs 50,000 people.",
            "50,000",
            Verdict.UNVERIFIED,
            id="its-parent-company",
        ),
        pytest.param(
            _moen("His son scored 20 goals in 2019."),
            "Karl Moen scored 20 goals in 2019.",
            "20",
            Verdict.UNVERIFIED,
            id="his-son",
        ),
        pytest.param(
            _moen("Her father scored 20 goals in 2019."),
            "Karl Moen scored 20 goals in 2019.",
            "20",
            Verdict.UNVERIFIED,
            id="her-father",
        ),
    ],
)
def test_a_pronoun_stands_for_the_pages_subject_only(doc: Document, body: str, words: str, expected: Verdict) -> None:
    assert _judged_whole(body, [doc], "quantity", words, BANK_DAY) == [expected]
