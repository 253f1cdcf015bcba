"""rel24: every claim neither supported nor contradicted ends with one next step, the same for the same reason."""

import datetime as dt
import re

import pytest

from tests.conftest import ROOT
from verify.judge import decide
from verify.models import NOT_CHECKED_REASONS, Claim, Reason, Verdict
from verify.next_steps import NEXT_STEPS, next_step

DAY = dt.date(2025, 8, 20)
REVIEWER = {Reason.SKIPPED_BY_REVIEWER, Reason.ACCEPTED_BY_REVIEWER}


def _claim(kind: str = "role", text: str = "the mayor Ana Ruiz", **fields) -> Claim:
    values = {"subject": "Ana Ruiz", "relation": "holds office", "value": "mayor", **fields}
    return Claim(id="c1", kind=kind, text=text, sentence=text + ".", span=(0, len(text)), **values)


def test_every_reason_the_code_gives_has_one_next_step():
    """Grep for the reasons verify's code gives: each has its step in the one table (a reviewer's decision
    leaves nothing to do), and the table names no other."""
    given = set()
    for path in (ROOT / "verify").rglob("*.py"):
        given |= set(re.findall(r"\bReason\.([A-Z_]+)\b", path.read_text(encoding="utf-8")))
    assert given == {r.name for r in Reason}
    assert set(NEXT_STEPS) == set(Reason)
    assert all(NEXT_STEPS[r] for r in Reason if r not in REVIEWER)


@pytest.mark.parametrize("reason", [r for r in Reason if r not in REVIEWER], ids=str)
def test_a_rationale_ends_with_its_reasons_next_step_whatever_gave_the_reason(reason):
    result = decide(_claim(), [], ["what retrieval said"], DAY, [], [reason], path="story.txt")
    assert result.reason == reason
    assert result.verdict == (Verdict.NOT_CHECKED if reason in NOT_CHECKED_REASONS else Verdict.UNVERIFIED)
    assert result.rationale.endswith(next_step(reason, "story.txt")), result.rationale
    assert result.rationale.count("Next step:") == 1


@pytest.mark.parametrize(
    ("claim", "reason"),
    [
        (_claim("clause", "the fund paid out", subject="the fund", predicate="paid out"), Reason.NO_PAGE),
        (_claim("clause", "Ana Ruiz opened the port", predicate="opened", object="the port"), Reason.NO_PASSAGE),
        (_claim("duration", "Ana Ruiz has led for six years", number=6, unit="years"), Reason.NO_PASSAGE),
        (_claim("duration", "six weeks later", relation="later", number=6, unit="weeks"), Reason.NO_RULE_FOR_KIND),
        (_claim("date", "on 3 May 2021", relation="date"), Reason.NO_PASSAGE),
        (_claim("quote", "‘a fair deal’", relation="said"), Reason.QUOTE_NOT_ON_REFERENCE_PAGES),
        (_claim("role", "Ana Ruiz has not been charged", negated=True), Reason.NEGATED),
    ],
    ids=["clause-no-page", "clause-no-passage", "duration", "interval", "date", "quote", "negated"],
)
def test_the_kinds_own_reasons_end_with_the_same_step_and_no_other(claim, reason):
    """The kinds ended some rationales with 'an editor should check it' (or 'the dates of both events'),
    and the judge's common 'Read X but found no sentence that settles this.' with nothing at all."""
    result = decide(claim, [], [], DAY, [], [])
    assert result.reason == reason, result.rationale
    assert result.rationale.endswith(next_step(reason)), result.rationale
    assert "an editor should" not in result.rationale


def test_an_undated_claim_names_how_to_date_this_article_once():
    claim = _claim("duration", "the war has lasted for three years", subject="war", relation="has lasted", number=3,
                   unit="years")  # fmt: skip
    result = decide(claim, [], [], None, [], [], path="news/story.txt")
    assert result.reason == Reason.NO_ARTICLE_DATE
    assert result.rationale.endswith('give the article its date with --as-of YYYY-MM-DD or "published" in '
                                     "story.meta.json and check again.")  # fmt: skip
    assert result.rationale.count("--as-of") == 1
