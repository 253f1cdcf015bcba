"""'Prime Minister Aine Corr' in an article of April 2025, when Corr took the office only in June 2025: the
page as it stood on the article's day lists her offices and not this one, so it neither states nor refutes
the title; the current revision dates her term in it from a day after the article's. That later start is
what refutes the title on the article's day (a successor named before taking office, a deputy named by
the post they take up later). Invented person and country."""

from __future__ import annotations

import datetime as dt

from tests.support.judging import boxed, clause_claim
from verify.judge import judge
from verify.models import ClaimResult, Document, Verdict
from verify.retrieve import EvidencePool

AS_OF = dt.date(2025, 4, 7)
LEAD = "Aine Corr (born 1971) is a Velmaran politician."
PARTY = [("office", "Leader of the Velmaran Labour Party"), ("term_start", "28 August 2022")]
OF_THE_DAY = boxed("Aine Corr", LEAD, PARTY, dt.datetime(2024, 11, 2, tzinfo=dt.UTC))
LATER = [("office2", "Prime Minister of Velmara"), ("term_start2", "4 June 2025")]
NOW = boxed("Aine Corr", LEAD, [*PARTY, *LATER], dt.datetime(2025, 9, 9, tzinfo=dt.UTC))


def _prime_minister(day: Document, current: Document | None) -> ClaimResult:
    text = "Velmaran Prime Minister Aine Corr"
    claim = clause_claim(text, "Aine Corr", "holds office", f"{text} spoke on Monday.", kind="role",
                         relation="holds office", value="Prime Minister", nationality="Velmaran")  # fmt: skip
    pool = EvidencePool(documents=[day], by_claim={claim.id: [day]})
    if current is not None:
        pool.current[day.url] = current
    (result,) = judge([claim], pool, AS_OF)
    return result


def test_a_term_the_current_revision_starts_after_the_article_refutes_the_title() -> None:
    result = _prime_minister(OF_THE_DAY, NOW)
    assert result.verdict == Verdict.CONTRADICTED
    assert result.evidence[0].snippet == "Office: Prime Minister of Velmara"
    assert "2025-06-04" in result.rationale


def test_without_the_current_revision_the_page_of_the_day_settles_nothing() -> None:
    assert _prime_minister(OF_THE_DAY, None).verdict == Verdict.UNVERIFIED


def test_an_earlier_spell_the_current_revision_lists_keeps_the_later_start_from_refuting() -> None:
    earlier = [("office3", "Prime Minister of Velmara"), ("term_start3", "1 May 2019"), ("term_end3", "30 May 2025")]
    now = boxed("Aine Corr", LEAD, [*PARTY, *LATER, *earlier], dt.datetime(2025, 9, 9, tzinfo=dt.UTC))
    assert _prime_minister(OF_THE_DAY, now).verdict != Verdict.CONTRADICTED


def test_a_day_revision_holding_the_office_is_not_overruled_by_a_later_new_term() -> None:
    held = [("office2", "Prime Minister of Velmara"), ("term_start2", "1 May 2019")]
    day = boxed("Aine Corr", LEAD, [*PARTY, *held], dt.datetime(2024, 11, 2, tzinfo=dt.UTC))
    assert _prime_minister(day, NOW).verdict != Verdict.CONTRADICTED


def test_the_current_revision_is_read_for_a_later_start_only() -> None:
    # the revision of the day numbers the office as the claim does; the current one renumbers it ('10th'): a
    # number is of the article's day, and the current revision is not read for it
    day = boxed("Aine Corr", LEAD, [("office", "9th Prime Minister of Velmara"), ("term_start", "1 May 2019")],
                dt.datetime(2024, 11, 2, tzinfo=dt.UTC))  # fmt: skip
    now = boxed("Aine Corr", LEAD, [("office", "10th Prime Minister of Velmara"), ("term_start", "1 May 2019")],
                dt.datetime(2025, 9, 9, tzinfo=dt.UTC))  # fmt: skip
    text = "Velmara's 9th prime minister Aine Corr"
    claim = clause_claim(text, "Aine Corr", "holds office", f"{text} spoke on Monday.", kind="role",
                         relation="holds office", value="9th prime minister", nationality="Velmaran")  # fmt: skip
    pool = EvidencePool(documents=[day], by_claim={claim.id: [day]})
    pool.current[day.url] = now
    (result,) = judge([claim], pool, AS_OF)
    assert result.verdict == Verdict.SUPPORTED


def test_a_spell_of_the_office_held_before_the_day_keeps_a_later_one_from_refuting() -> None:
    # the current revision lists a spell that ended before the day and a new one after it: the day's own
    # revision (here silent) decides; the later spell says nothing of the day
    earlier = [("office3", "Prime Minister of Velmara"), ("term_start3", "1 May 2019"), ("term_end3", "1 March 2025")]
    now = boxed("Aine Corr", LEAD, [*PARTY, *LATER, *earlier], dt.datetime(2025, 9, 9, tzinfo=dt.UTC))
    assert _prime_minister(OF_THE_DAY, now).verdict != Verdict.CONTRADICTED
