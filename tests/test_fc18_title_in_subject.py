"""A title the reader did not know stays in a claim's subject ('Premier-Steward Aine Corr took over as leader of
the Velmaran Union on Sunday'): the claim's words state the title too, so the judge checks it as a role on the
article's day beside the claim. A title held then lets the claim stand on its own findings; a title taken up
only after the article refutes it; a title no page settles leaves it unverified, never supported. A courtesy
title ('Dr') is no office. Also the office page's incumbent sentence: the first person it names is the holder,
and a later revision's holder 'who took office on' a day after the article's supports nothing. Invented
people, country and offices."""

from __future__ import annotations

import datetime as dt

from tests.support.judging import boxed, clause_claim, page
from verify.judge import judge
from verify.models import Claim, Document, Verdict
from verify.retrieve import EvidencePool

AS_OF = dt.date(2024, 3, 25)
LEADER_ROWS = [("office", "Leader of the Velmaran Union"), ("term_start", "24 March 2024")]
PREMIER_LATER = [("office2", "Premier-Steward"), ("term_start2", "9 April 2024"), ("term_end2", "23 January 2025")]
PREMIER_EARLIER = [("office2", "Premier-Steward"), ("term_start2", "9 April 2021")]
PERSON_TEXT = "Aine Corr (born 17 October 1986) is a Velmaran politician."


def _person(rows: list[tuple[str, str]]) -> Document:
    return boxed("Aine Corr", PERSON_TEXT, [*rows, ("birth_date", "17 October 1986")])


def _took_over(title: str, rows: list[tuple[str, str]], more: tuple[Document, ...] = ()) -> Verdict:
    text = f"{title} Aine Corr took over as leader of the Velmaran Union on Sunday"
    claim = clause_claim(text, f"{title} Aine Corr", "holds office", f"{text}.", kind="role",
                         relation="holds office", value="leader of the Velmaran Union on Sunday")  # fmt: skip
    person = _person(rows)
    pool = EvidencePool(documents=[person, *more], by_claim={claim.id: [person, *more]},
                        entities={claim.id: {person.url}})  # fmt: skip
    (result,) = judge([claim], pool, AS_OF)
    return result.verdict


def test_a_title_held_on_the_article_day_lets_the_claim_stand_on_its_own_findings():
    assert _took_over("Premier-Steward", [*LEADER_ROWS, *PREMIER_EARLIER]) == Verdict.SUPPORTED


def test_a_title_taken_up_only_after_the_article_refutes_the_claim_that_carries_it():
    assert _took_over("Premier-Steward", [*LEADER_ROWS, *PREMIER_LATER]) == Verdict.CONTRADICTED


def test_a_title_no_page_settles_leaves_the_claim_unverified_never_supported():
    assert _took_over("Grand-Warden", LEADER_ROWS) == Verdict.UNVERIFIED


def test_a_courtesy_title_is_no_office_to_check():
    assert _took_over("Dr", LEADER_ROWS) == Verdict.SUPPORTED


def _office_page(took_office: str, saved: dt.date) -> Document:
    text = (
        "The Premier-Steward is the head of government of Velmara. The incumbent Premier-Steward is Aine Corr, "
        f"who took office on {took_office} following the resignation of Tomas Wiro."
    )
    return page("Premier-Steward", text, saved=dt.datetime(saved.year, saved.month, saved.day, tzinfo=dt.UTC))


def _holds(name: str, took_office: str = "9 April 2024", saved: dt.date = dt.date(2024, 4, 9)) -> Verdict:
    claim: Claim = clause_claim(f"Premier-Steward {name}", name, "holds office", kind="role",
                                relation="holds office", value="Premier-Steward")  # fmt: skip
    office = _office_page(took_office, saved)
    pool = EvidencePool(documents=[office], by_claim={claim.id: [office]})
    (result,) = judge([claim], pool, AS_OF)
    return result.verdict


def test_a_predecessor_named_after_the_incumbent_is_not_read_as_the_holder():
    assert _holds("Tomas Wiro", "9 April 2021", dt.date(2024, 3, 1)) != Verdict.SUPPORTED


def test_the_incumbent_a_revision_of_the_article_day_names_first_is_the_holder():
    assert _holds("Aine Corr", "9 April 2021", dt.date(2024, 3, 1)) == Verdict.SUPPORTED


def test_a_later_revisions_holder_from_a_day_after_the_article_is_no_holder_of_its_day():
    assert _holds("Aine Corr") != Verdict.SUPPORTED
