"""'Velmara's 118th prime minister' in an article of 2024: an ordinal, like a count, is of the article's day.
Where the current revision was kept for the terms it dates and numbers the office otherwise ('119th', after
a renumbering), while the revision of the day gives the claimed number, the revisions disagree: at most
'sources disagree', never contradicted. A number neither revision gives is still contradicted. Invented
person and country."""

from __future__ import annotations

import datetime as dt

from tests.support.judging import boxed, clause_claim
from verify.judge import judge
from verify.models import Claim, ClaimResult, Document, Reason, Verdict
from verify.retrieve import EvidencePool

AS_OF = dt.date(2024, 12, 23)
TEXT = "Aine Corr (born 1971) is a Velmaran politician."
OLD = boxed("Aine Corr", f"{TEXT} Corr is the prime minister of Velmara.",
            [("office", "118th Prime Minister of Velmara"), ("term_start", "1 October 2024")],
            dt.datetime(2024, 10, 5, tzinfo=dt.UTC))  # fmt: skip
NOW = boxed("Aine Corr", TEXT, [("office", "119th Prime Minister of Velmara"), ("term_start", "1 October 2024")],
            dt.datetime(2025, 9, 9, tzinfo=dt.UTC))  # fmt: skip


ENDED = boxed("Aine Corr", TEXT, [("office", "118th Prime Minister of Velmara"), ("term_start", "1 October 2024"),
              ("term_end", "1 November 2024")], dt.datetime(2025, 9, 9, tzinfo=dt.UTC))  # fmt: skip


def _prime_minister(ordinal: str, now: Document = NOW) -> ClaimResult:
    text = f"Velmara's {ordinal} prime minister Aine Corr"
    claim: Claim = clause_claim(text, "Aine Corr", "holds office", f"{text} spoke.", kind="role",
                                relation="holds office", value=f"{ordinal} prime minister",
                                nationality="Velmaran")  # fmt: skip
    pool = EvidencePool(documents=[now], by_claim={claim.id: [now]}, of_the_day={now.url: OLD})
    (result,) = judge([claim], pool, AS_OF)
    return result


def test_an_ordinal_the_revision_of_the_day_gives_is_not_contradicted_by_a_later_renumbering():
    result = _prime_minister("118th")
    assert result.verdict == Verdict.UNVERIFIED and result.reason == Reason.SOURCES_DISAGREE


def test_an_ordinal_neither_revision_gives_is_still_contradicted():
    assert _prime_minister("117th").verdict == Verdict.CONTRADICTED


def test_the_day_revisions_number_does_not_overrule_the_current_revisions_end_of_the_term():
    assert _prime_minister("118th", ENDED).verdict == Verdict.CONTRADICTED
