"""A dated claim whose own words name a post ('became deputy governor in April 2022') is dated by that post's
term in the infobox, never by another office the person held then (the governorship begun later)."""

from __future__ import annotations

import datetime as dt

from tests.support.judging import boxed, clause_claim, verdict

DAY = dt.date(2031, 9, 18)

MARA = boxed(
    "Mara Quell",
    "Mara Quell is a Vestrian economist.",
    [("office", "Governor of the Central Bank of Vestria"), ("term_start", "18 September 2031"),
     ("office2", "Deputy Governor of the Central Bank of Vestria"), ("term_start2", "2 April 2030"),
     ("term_end2", "17 September 2031")],
)  # fmt: skip

ODO = boxed(
    "Odo Brand",
    "Odo Brand is a Vestrian economist.",
    [("office", "Governor of the Central Bank of Vestria"), ("term_start", "18 September 2024"),
     ("term_end", "17 September 2031")],
)  # fmt: skip


def _dated(subject: str, text: str, when: str, relation: str, sentence: str | None = None):
    return clause_claim(text, subject, relation, sentence=sentence, kind="date", value=when, time=when)


def test_the_named_posts_own_row_dates_the_claim_not_the_office_held_on_the_day():
    claim = _dated("Mara Quell", "became deputy governor in April 2030", "April 2030", "became")
    result = verdict(claim, [MARA], DAY)
    assert result.verdict.value == "supported"
    assert "Deputy Governor" in result.rationale


def test_another_posts_term_is_no_conflict_when_the_named_post_has_no_row():
    sentence = "Brand, who had been deputy governor since February 2020, was not offered a second term."
    claim = _dated("Odo Brand", "been deputy governor since February 2020", "February 2020", "been", sentence)
    assert verdict(claim, [ODO], DAY).verdict.value == "unverified"


def test_the_named_posts_own_row_still_refutes_a_wrong_month():
    claim = _dated("Mara Quell", "became deputy governor in May 2029", "May 2029", "became")
    assert verdict(claim, [MARA], DAY).verdict.value == "contradicted"


ODO_LEAD = ODO.model_copy(update={"text": "Odo Brand is a Vestrian economist. He was deputy governor under Ivo Lund "
                                          "from February 2020 to September 2024."})  # fmt: skip


def test_a_sentence_giving_the_named_post_its_start_supports_the_claim():
    sentence = "Brand, who had been deputy governor since February 2020, was not offered a second term."
    claim = _dated("Odo Brand", "been deputy governor since February 2020", "February 2020", "been", sentence)
    result = verdict(claim, [ODO_LEAD], DAY)
    assert result.verdict.value == "supported"
    assert "deputy governor under Ivo Lund" in result.evidence[0].snippet


def test_a_sentence_giving_the_deputys_start_does_not_date_the_post_without_the_qualifier():
    sentence = "Brand, who had been governor since February 2020, was not offered a second term."
    claim = _dated("Odo Brand", "been governor since February 2020", "February 2020", "been", sentence)
    lead_only = ODO_LEAD.model_copy(update={"infobox": ()})
    assert verdict(claim, [lead_only], DAY).verdict.value == "unverified"
