"""A bug met while judging one claim costs that claim its verdict, never the article its report: a desk
editor's article on France's prime ministers ("He is the 5th.") used to end in an internal error with
no report at all (session 17)."""

from __future__ import annotations

import datetime as dt

from tests.support.checked import results
from tests.support.judging import boxed, clause_claim, verdict
from verify import judge
from verify.models import Reason, Verdict

ARTICLE = "Gabriel Attal became prime minister in January. He is the 5th."


def test_an_ordinal_with_no_post_after_it_is_left_unverified() -> None:
    claim = clause_claim("He is the 5th", "Gabriel Attal", "be", sentence="He is the 5th.")
    page = boxed(
        "Gabriel Attal",
        "Gabriel Attal is a French politician.",
        [("office", "Prime Minister of France"), ("term_start", "9 January 2024")],
    )
    assert verdict(claim, [page], dt.date(2024, 2, 1)).verdict == Verdict.UNVERIFIED


def test_a_bug_judging_one_claim_leaves_the_other_claims_their_verdicts(monkeypatch) -> None:
    healthy = results(ARTICLE, dt.date(2024, 2, 1))
    real = judge.findings_for

    def broken_for_ordinals(claim, own, pool, as_of):
        if "5th" in claim.text:
            raise IndexError("list index out of range")
        return real(claim, own, pool, as_of)

    monkeypatch.setattr(judge, "findings_for", broken_for_ordinals)
    monkeypatch.delenv("VERIFY_DEBUG", raising=False)
    got = results(ARTICLE, dt.date(2024, 2, 1))
    broken = [c for text, c in got.items() if "5th" in text]
    others = {text: c.verdict for text, c in got.items() if "5th" not in text}
    assert broken and all(c.verdict == Verdict.NOT_CHECKED and c.reason == Reason.INTERNAL_ERROR for c in broken)
    assert "internal error while judging this claim (IndexError" in broken[0].rationale
    assert others and others == {text: c.verdict for text, c in healthy.items() if "5th" not in text}


def test_a_bug_reading_a_succession_keeps_the_claims_verdict_and_says_so(monkeypatch) -> None:
    healthy = results(ARTICLE, dt.date(2024, 2, 1))

    def broken(claim, claims):
        raise KeyError("successor")

    monkeypatch.setattr(judge, "_succession_of", broken)
    monkeypatch.delenv("VERIFY_DEBUG", raising=False)
    got = results(ARTICLE, dt.date(2024, 2, 1))
    assert {text: c.verdict for text, c in got.items()} == {text: c.verdict for text, c in healthy.items()}
    judged = [c for c in got.values() if c.verdict != Verdict.NOT_CHECKED]
    assert judged and all("succession read beside this claim was skipped" in c.rationale for c in judged)


def test_a_claim_a_bug_left_unjudged_gets_no_note_of_a_skipped_succession(monkeypatch) -> None:
    real = judge.findings_for

    def broken_for_ordinals(claim, own, pool, as_of):
        if "5th" in claim.text:
            raise IndexError("list index out of range")
        return real(claim, own, pool, as_of)

    def broken(claim, claims):
        raise KeyError("successor")

    monkeypatch.setattr(judge, "findings_for", broken_for_ordinals)
    monkeypatch.setattr(judge, "_succession_of", broken)
    monkeypatch.delenv("VERIFY_DEBUG", raising=False)
    unjudged = [c for text, c in results(ARTICLE, dt.date(2024, 2, 1)).items() if "5th" in text]
    assert unjudged and all(c.reason == Reason.INTERNAL_ERROR for c in unjudged)
    assert not any("succession read beside" in c.rationale for c in unjudged)
