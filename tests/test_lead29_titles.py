"""Titles read from the blind Ghanaian subject (gh-2025, tuning): a listed title that ends in another head
('Attorney General' ends in 'General') is kept whole, and a lower-case title such as 'president-elect' that the
tagger marks a proper noun names no one: the name in apposition to it is the clause's subject."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, claim_subjects, judged_body
from verify.extract.common import office_phrase
from verify.models import Document, Verdict


@pytest.mark.parametrize("title", ["Attorney General", "Inspector General", "Prosecutor General", "Secretary General"])
def test_a_listed_title_ending_in_another_head_is_kept_whole(title: str) -> None:
    assert office_phrase(title) == title


def test_an_organisation_before_a_head_still_reads_as_its_head() -> None:
    assert office_phrase("Joint Chiefs of Staff Chairman") == "Chairman of the Joint Chiefs of Staff"


@pytest.mark.parametrize(
    "text",
    [
        "The president-elect, John Mahama, won the 2024 election against Mahamudu Bawumia.",
        "The prime minister-designate, John Mahama, won the 2024 election against Mahamudu Bawumia.",
    ],
)
def test_a_lower_case_title_in_apposition_leaves_the_subject_to_the_name(text: str) -> None:
    assert set(claim_subjects(text, text.split(",")[0])) == {"John Mahama"}


def _twice_numbered() -> list[Document]:
    return [
        boxed(
            "John Mahama",
            "John Mahama (born 29 November 1958) is a Ghanaian politician who has been the president of Ghana since "
            "January 2025.",
            [("order", "12th & 14th"), ("office", "President of Ghana"), ("term_start", "7 January 2025")],
        )
    ]


def _numbered(ordinal: str) -> set[Verdict]:
    body = f"John Mahama is Ghana's {ordinal} president."
    return {v for c, v in judged_body(body, _twice_numbered(), dt.date(2025, 1, 9)) if ordinal in c.text}


@pytest.mark.parametrize("ordinal", ["12th", "14th"])
def test_a_post_numbered_twice_supports_either_number(ordinal: str) -> None:
    """An order row 'order: 12th & 14th' (Grover Cleveland's and John Mahama's pages): each spell's number."""
    assert _numbered(ordinal) == {Verdict.SUPPORTED}


def test_a_post_numbered_twice_still_refutes_another_number() -> None:
    assert _numbered("13th") == {Verdict.CONTRADICTED}


@pytest.mark.parametrize(
    ("ordinal", "expected"), [("12th", Verdict.SUPPORTED), ("14th", Verdict.SUPPORTED), ("13th", Verdict.CONTRADICTED)]
)
def test_a_role_numbered_by_a_twice_numbered_order_row(ordinal: str, expected: Verdict) -> None:
    body = f"John Mahama serves as the {ordinal} President of Ghana."
    found = {v for c, v in judged_body(body, _twice_numbered(), dt.date(2025, 1, 9)) if c.kind == "role"}
    assert found == {expected}


@pytest.mark.parametrize("title", ["Deputy Governor", "Vice Chairman", "Acting Director"])
def test_a_rank_before_a_head_is_no_body(title: str) -> None:
    """'Vice President' is a listed title itself; a rank before any other head ('Vice Chairman') is read the same."""
    assert office_phrase(title) == title
