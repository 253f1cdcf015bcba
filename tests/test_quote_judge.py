"""A quote is supported only by a passage that ties its words to the claimed speaker."""

from __future__ import annotations

import pytest

from tests.support.judging import page
from verify.judge import decide
from verify.kinds.base import Stance
from verify.kinds.quote.judge import quote_findings
from verify.models import Claim, Document, Verdict

WORDS = "We are reviewing the proposal carefully"


def quote_by(speaker: str) -> Claim:
    sentence = f"“{WORDS},” the spokesman said."
    return Claim(
        id="q1", kind="quote", text=sentence, sentence=sentence, span=(0, len(sentence)), subject=speaker,
        relation="said", value=WORDS,
    )  # fmt: skip


def verdict(claim: Claim, docs: list[Document]) -> Verdict:
    return decide(claim, quote_findings(claim, docs), [], None, docs).verdict


# (pages, claimed speaker, verdict)
TIED = {
    "a passage naming the speaker": (
        [page("Moscow talks", f"Dmitry Peskov told reporters: “{WORDS}.” The talks went on.")],
        "Dmitry Peskov",
        Verdict.SUPPORTED,
    ),
    "the sentence before the quote naming the speaker": (
        [page("Moscow talks", f"Peskov spoke after the meeting. “{WORDS},” he added.")],
        "Dmitry Peskov",
        Verdict.SUPPORTED,
    ),
    "the speaker's own page": (
        [page("Dmitry Peskov", f"The press secretary has often said: “{WORDS}.”")],
        "Dmitry Peskov",
        Verdict.SUPPORTED,
    ),
    "a passage giving the words to someone else": (
        [page("Moscow talks", f"Yuri Ushakov told reporters: “{WORDS}.”")],
        "Vladimir Putin",
        Verdict.UNVERIFIED,
    ),
    "another person's page": (
        [page("Yuri Ushakov", f"The aide said: “{WORDS}.”")],
        "Vladimir Putin",
        Verdict.UNVERIFIED,
    ),
    "an unattributed quote, its words found": (
        [page("Moscow talks", f"An aide said: “{WORDS}.”")],
        "unattributed",
        Verdict.SUPPORTED,
    ),
}


@pytest.mark.parametrize(("docs", "speaker", "expected"), TIED.values(), ids=TIED.keys())
def test_a_quote_is_supported_only_where_its_words_are_tied_to_its_speaker(docs, speaker, expected):
    assert verdict(quote_by(speaker), docs) == expected


def test_words_said_by_someone_else_are_shown_as_neutral_evidence_with_the_reason():
    claim = quote_by("Vladimir Putin")
    elsewhere = [page("Moscow talks", f"Yuri Ushakov said: “{WORDS}.”")]
    result = decide(claim, quote_findings(claim, elsewhere), [], None, elsewhere)
    assert result.verdict == Verdict.UNVERIFIED
    assert [e.stance for e in result.evidence] == [Stance.NEUTRAL]
    assert "from Vladimir Putin" in result.rationale
