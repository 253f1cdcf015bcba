"""A report says why a claim is unverified once: the reason's words lead only when the judge's own
rationale does not already say them (an editor reading "The article denies it; a denial is not
checked. The article denies this (...); a denial is not checked ..." reads the same thing twice)."""

import datetime as dt

from verify.judge import judge
from verify.models import Claim, Reason
from verify.report.common import why
from verify.retrieve import EvidencePool

DAY = dt.date(2023, 9, 18)


def denied_claim() -> Claim:
    return Claim(
        id="c1",
        kind="relation",
        text="not offered a second term",
        sentence="Lowe was not offered a second term.",
        span=(4, 29),
        subject="Philip Lowe",
        relation="was offered",
        value="a second term",
        negated=True,
    )


def test_a_denied_claim_says_that_a_denial_is_not_checked_once():
    [result] = judge([denied_claim()], EvidencePool(), DAY)
    assert result.reason == Reason.NEGATED
    said = why(result)
    assert said.lower().count("denial is not checked") == 1, said
    assert said.lower().count("the article denies") == 1, said
    assert "not offered a second term" in said


def test_a_reason_the_rationale_does_not_say_still_leads():
    claim = denied_claim().model_copy(update={"negated": False})
    [result] = judge([claim], EvidencePool(), DAY)
    said = why(result)
    assert result.reason is not None and said.startswith(said[:1].upper())
    assert said.lower().startswith(("no page found", "no passage settles it", "nothing to look up")), said
