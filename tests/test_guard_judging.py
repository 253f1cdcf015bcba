"""Judging behaviours first pinned by a mutation that survived the suite (scripts/mutation_check.py):
each test here fails under the named mutation and passes on the code as it is."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import clause_claim as clause
from tests.support.judging import page, verdict
from verify.models import Claim, Verdict


def role(text: str, subject: str, office: str, **fields) -> Claim:
    return clause(text, subject, "holds office", kind="role", relation="holds office", value=office, **fields)


@pytest.mark.parametrize(
    "post",
    [
        "NATO's fleet commander",
        "the NATO fleet commander",  # no possessive: the body's bare name alone must not make her its head
    ],
)
def test_a_later_post_in_the_same_body_is_no_rival_for_its_head(pages, post: str):
    """Mutation rival-by-body-name-alone. 'leads NATO' is asked as 'head of NATO' and as the body's
    bare name; someone else's page saying they have held a post of that body since a later day
    ('NATO's fleet commander since ...') says nothing of who heads it: the holder stays supported."""
    # an invented admiral, worded as biographies often are: the body's name right before the post
    admiral = page(
        "Livia Moreno",
        f"Livia Moreno (born 9 June 1963) is a Spanish admiral who has been {post} since 3 March 2025.",
    )
    claim = role("Mark Rutte leads NATO", "Mark Rutte", "head of NATO")
    result = verdict(claim, [*pages("Mark Rutte"), admiral], dt.date(2025, 4, 1))
    assert result.verdict == Verdict.SUPPORTED
    assert "Livia Moreno" not in result.rationale


def test_a_later_head_of_the_same_body_is_a_rival():
    """The twin of the rows above: someone else's page saying they have headed NATO since a later day than the
    claimed holder's own page does makes the claimed holder's term stale: not supported."""
    rutte = page(
        "Mark Rutte", "Mark Rutte is a Dutch politician who has served as the head of NATO since 1 October 2024."
    )
    rival = page(
        "Livia Moreno",
        "Livia Moreno (born 9 June 1963) is a Spanish diplomat who has been the head of NATO since 3 March 2025.",
    )
    claim = role("Mark Rutte leads NATO", "Mark Rutte", "head of NATO")
    result = verdict(claim, [rutte, rival], dt.date(2025, 4, 1))
    assert result.verdict != Verdict.SUPPORTED
    assert "Livia Moreno" in result.rationale


def share(text: str, owner: str, sentence: str, number: float) -> Claim:
    return clause(text, owner, "share", sentence, kind="quantity", number=number, unit="percent", context=owner,
                  value=f"{number:g}%", with_predicate=False)  # fmt: skip


def test_a_bounded_share_of_the_vote_is_not_refuted_by_the_partys_exact_row(pages):
    """Mutation share-hedge-ignored. 'more than 33 per cent of the vote' is true of the party's 33.7%:
    the bound before the figure is read, so the row's other figure refutes nothing."""
    docs = pages("2024 United Kingdom general election")  # party1 Labour, percentage1 33.7%
    claim = share("33 per cent", "Labour", "Labour took more than 33 per cent of the vote.", 33)
    assert verdict(claim, docs, dt.date(2024, 7, 6)).verdict != Verdict.CONTRADICTED


def test_the_event_page_of_the_articles_year_refutes_a_mistyped_year(pages):
    """Mutation event-page-of-any-year. A July 2024 article dating 'the general election' to 2023 is
    read against the 2024 election's page (the title's year is the article's): its date row refutes
    the wrong year, as it refutes a wrong day of the right year."""
    docs = pages("2024 United Kingdom general election")  # Election date: 4 July 2024
    sentence = "Labour won the general election held on 4 July 2023."
    claim = clause("held on 4 July 2023", "Labour won the general election", "held", sentence, kind="date",
                   value="2023-07-04")  # fmt: skip
    result = verdict(claim, docs, dt.date(2024, 7, 6))
    assert result.verdict == Verdict.CONTRADICTED
    assert "4 July 2024" in result.rationale


def test_a_year_before_the_birth_verb_in_another_clause_is_no_birth_year():
    """Mutation audit-year-of-any-verb. 'The family settled in Tromsø in 1962, and Berg was born there
    two years later': 1962 dates the move, in the clause before; it refutes no birth in 1964."""
    sentence = "The family settled in Tromsø in 1962, and Berg was born there two years later."
    born = clause("Berg was born in 1964", "Ines Berg", "born in", time="1964")
    assert verdict(born, [page("Ines Berg", sentence)], dt.date(2025, 1, 10)).verdict != Verdict.CONTRADICTED
