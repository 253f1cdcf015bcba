"""A page that dates a thing twice, its own start and a later phase's (verify/kinds/duration/judge.py):
the start the page ties to the claim's noun decides, and the other is named, never counted as support."""

from __future__ import annotations

import datetime as dt

from verify.judge import decide
from verify.kinds.base import Stance
from verify.kinds.duration.judge import duration_findings
from verify.models import Claim, Document, InfoboxField, Verdict

DAY = dt.date(2024, 9, 1)
# the blockade began in 2010 (14.5 years before DAY); its naval phase, named otherwise, in 2020 (4.5 years)
LAKE = Document(
    url="https://example.org/lake-blockade",
    title="Lake Veran blockade",
    source="wikipedia",
    retrieved_at=dt.datetime(2024, 9, 1, tzinfo=dt.UTC),
    text="The Lake Veran blockade began in March 2010 when river barges were turned back at the locks. "
    "In March 2020, the coastal states launched a naval patrol across the whole lake.",
    infobox=(InfoboxField(label="date", value="2 March 2010 – present"),),
)


def lasted(subject: str, number: int) -> Claim:
    words = f"the {subject} has lasted {number} years"
    return Claim(
        id="p1", kind="duration", text=words, sentence=words + ".", span=(0, len(words)), subject=f"the {subject}",
        relation="has lasted", value=f"{number} years", number=number, unit="years", context="Lake Veran blockade",
    )  # fmt: skip


def test_a_length_that_fits_the_nouns_own_start_is_supported_and_names_the_other_phase():
    claim = lasted("blockade", 14)
    found = duration_findings(claim, [LAKE], DAY)
    result = decide(claim, found, [], DAY, [LAKE])
    assert result.verdict == Verdict.SUPPORTED
    assert "March 2020" in result.rationale and "4.5 years" in result.rationale


def test_a_snippet_that_gives_the_nouns_start_never_supports_by_the_other_phase():
    page = LAKE.model_copy(
        update={
            "text": "In March 2021 the coastal states launched a naval patrol, widening the blockade, "
            "which began in 2010."
        }
    )
    found = duration_findings(lasted("blockade", 3), [page], DAY)
    assert Stance.SUPPORTS not in {f.stance for f in found if "2010" in f.unit.text}, [f.detail for f in found]


def test_a_length_that_fits_only_the_later_phase_names_both_starts():
    claim = lasted("blockade", 4)
    result = decide(claim, duration_findings(claim, [LAKE], DAY), [], DAY, [LAKE])
    assert result.verdict != Verdict.CONTRADICTED
    assert "2 March 2010" in result.rationale and "March 2020" in result.rationale


def test_a_whole_unit_fit_says_how_far_the_pages_figure_is():
    claim = lasted("patrol", 4)
    result = decide(claim, duration_findings(claim, [LAKE], DAY), [], DAY, [LAKE])
    assert "0.5 years more than the 4 claimed" in result.rationale


def test_a_length_the_page_ties_to_the_later_phases_noun_is_supported_by_it():
    claim = lasted("patrol", 4)
    result = decide(claim, duration_findings(claim, [LAKE], DAY), [], DAY, [LAKE])
    assert result.verdict == Verdict.SUPPORTED
    assert "March 2020" in result.rationale and "2010" in result.rationale


def test_a_length_that_fits_neither_start_is_contradicted():
    claim = lasted("blockade", 8)
    assert decide(claim, duration_findings(claim, [LAKE], DAY), [], DAY, [LAKE]).verdict == Verdict.CONTRADICTED
