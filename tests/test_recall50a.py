"""Contradiction recall (session 50, recall50a): a past holder called the current one, read off the holder of the
article's day. Each row is a sentence of an invented article judged whole (`verify.judge.judge`) against invented pages
(`tests/support/judging.py`), beside its twin (the true case still right, or a guard left alone).

- A title followed by words saying it is held now ('Ivo Stam, the attorney general now in office'; judging.toml
  role.status_now_after) is the title held on the article's day, as 'the current attorney general' is: the words name
  no other office.
- A bare title with no word of its own ('the current chairman', 'the current director general') is the listed office
  of that title when the run read that office's own page ('Chairman of the Norby Space Agency'): the page of the
  holder of the article's day naming the subject as predecessor refutes it. Without that page read, the bare title
  may be any body's and stays unverified; a vice or an acting title is another post."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, page
from verify.app import article_from_text
from verify.extract import extract_claims
from verify.judge import judge
from verify.models import Document, Verdict
from verify.retrieve import EvidencePool

DAY = dt.date(2025, 1, 8)
SAVED = dt.datetime(2024, 12, 1, tzinfo=dt.UTC)


def _verdicts(body: str, docs: list[Document], words: str, day: dt.date = DAY) -> list[Verdict]:
    """The verdicts on the role claims whose words hold `words`, of an article of `body` dated `day`, judged whole
    against `docs` alone."""
    claims = extract_claims(article_from_text(f"Norby news\n\n{body}\n", as_of=day))
    results = judge(claims, EvidencePool(documents=docs, by_claim={c.id: docs for c in claims}), day)
    return [r.verdict for c, r in zip(claims, results, strict=True) if c.kind == "role" and words in c.text]


# the attorney general of the article's day, whose page names Ivo Stam her predecessor
RUIZ_AG = boxed(
    "Ana Ruiz",
    "Ana Ruiz (born 1970) is a Norbian lawyer who has served as Attorney General for Norby since 2024.",
    [
        ("office", "Attorney General for Norby"),
        ("term_start", "5 July 2024"),
        ("predecessor", "Ivo Stam"),
    ],
    SAVED,
)


@pytest.mark.parametrize(
    ("body", "words", "expected"),
    [
        # the past holder called the holder now: refuted by the holder of the day's predecessor row
        ("Ivo Stam, the attorney general now in office, lost his seat.", "Ivo Stam", Verdict.CONTRADICTED),
        ("The attorney general currently in office, Ivo Stam, spoke.", "Ivo Stam", Verdict.CONTRADICTED),
        # twin: the holder of the day so called is supported by her own term
        ("Ana Ruiz, the attorney general now in office, spoke on Monday.", "Ana Ruiz", Verdict.SUPPORTED),
    ],
)
def test_a_title_said_held_now_after_it(body: str, words: str, expected: Verdict) -> None:
    assert _verdicts(body, [RUIZ_AG], words) == [expected]


def _agency_head(rows: list[tuple[str, str]]) -> Document:
    return boxed(
        "Ana Ruiz",
        "Ana Ruiz (born 1964) is a Norbian engineer serving as the chairman of the Norby Space Agency.",
        [("office", "10th Chairman of the Norby Space Agency"), ("term_start", "15 January 2022"), *rows],
        SAVED,
    )


HEAD = _agency_head([("predecessor", "Ivo Stam")])
# the office's own page, which a run reads when the article names the office
CHAIR_PAGE = page(
    "Chairman of the Norby Space Agency",
    "The chairman of the Norby Space Agency is the head of the agency. The post dates from 1969.",
    SAVED,
)
BODY = "The agency's chairman is its statutory head. The current chairman is Ivo Stam."


def test_a_bare_title_of_the_office_read_refutes_its_past_holder() -> None:
    assert _verdicts(BODY, [HEAD, CHAIR_PAGE], "Ivo Stam") == [Verdict.CONTRADICTED]


def test_twin_without_the_office_page_a_bare_title_is_any_bodys() -> None:
    # 'chairman' alone may be of another body: without the office's page read nothing ties it to this one
    assert Verdict.CONTRADICTED not in _verdicts(BODY, [HEAD], "Ivo Stam")


@pytest.mark.parametrize(
    "body",
    [
        "The agency's chairman is its statutory head. The current vice chairman is Ivo Stam.",  # vice: another post
        "The agency's chairman is its statutory head. The current acting chairman is Ivo Stam.",  # acting: another
    ],
)
def test_twin_a_qualified_title_is_another_post(body: str) -> None:
    assert Verdict.CONTRADICTED not in _verdicts(body, [HEAD, CHAIR_PAGE], "Ivo Stam")


def test_twin_a_holder_who_came_back_is_not_refuted() -> None:
    # the holder of the day's term ended days before, handed back to the one she had followed: he holds it again
    back = _agency_head([("term_end", "2 January 2025"), ("predecessor", "Ivo Stam"), ("successor", "Ivo Stam")])
    assert Verdict.CONTRADICTED not in _verdicts(BODY, [back, CHAIR_PAGE], "Ivo Stam")


def test_twin_the_holder_of_two_posts_at_once_is_not_refuted_for_either() -> None:
    # the holder of the day, chairman and minister at once: the chairmanship called hers now is never refuted
    both = _agency_head([("predecessor", "Ivo Stam"), ("office2", "Minister of Space"), ("term_start2", "1 May 2023")])
    body = "The agency's chairman is its statutory head. The current chairman is Ana Ruiz."
    assert Verdict.CONTRADICTED not in _verdicts(body, [both, CHAIR_PAGE], "Ana Ruiz")


# a country's presidency: a listed office whose owner is known without any page read (`_owner_known`)
PRESIDENT = boxed(
    "Ana Ruiz",
    "Ana Ruiz (born 1964) is a Portuguese politician.",
    [("office", "President of Portugal"), ("term_start", "9 March 2016"), ("predecessor", "Ivo Stam")],
    SAVED,
)
PRESIDENCY_PAGE = page("President of Portugal", "The President of Portugal is the head of state.", SAVED)


@pytest.mark.parametrize(
    ("docs", "expected"),
    [
        ([PRESIDENT, PRESIDENCY_PAGE], [Verdict.CONTRADICTED]),  # the presidency's page read: that office
        # twin: a bare 'president' may be of any body (a party, a club): a country's office is no reason to read it so
        ([PRESIDENT], [Verdict.UNVERIFIED]),
    ],
)
def test_a_bare_title_is_the_listed_office_only_where_its_page_is_read(
    docs: list[Document], expected: list[Verdict]
) -> None:
    assert _verdicts("The news came on Monday. The current president is Ivo Stam.", docs, "Ivo Stam") == expected
