"""Killers for mutations whose remembered test went stale under the twenty-eighth session's changes: the row it
used is now also decided by another reading, so a row where only the mutated line decides is kept here."""

from __future__ import annotations

from tests.support.judging import clause_claim, page, verdict
from tests.test_clause_year_bound_to_its_clause import ELECTED, judged
from tests.test_desk21_time_bound import AS_OF
from tests.test_review26 import _judged
from tests.test_review27 import BERG_FINANCE
from verify.models import Verdict


def test_a_year_told_of_the_verb_before_its_other_words_dates_those_words_only() -> None:
    """clause-verb-clause-words-unasked: 'elected in 2019 to the Norby council' puts the year between the verb and
    the other body's words, so fs28's reading of other words in the value's place does not see it; only asking the
    claim's words after its verb ('to parliament') keeps 2019 from dating the election to parliament."""
    text = "She was elected in 2019 to the Norby council and in 2023 to parliament."
    assert judged(ELECTED, text) != Verdict.SUPPORTED


def test_a_qualified_post_written_after_its_year_does_not_support_the_bare_post() -> None:
    """post-after-the-verb-unread: 'Since 2022 she has been vice-president of Velmara' puts the year before the verb,
    so fs28's reading of other words between the verb and the value does not see 'vice-'; only the post read after
    the claim's verb ('been president') keeps the vice-presidency from supporting the presidency."""
    text = "been president since 2022"
    claim = clause_claim(
        text, "Aine Corr", "been", f"Aine Corr, who has {text}, visited Norby.", value="2022", time="2022",
        with_predicate=True,
    )  # fmt: skip
    said = "Aine Corr (born 1986) is a Velmaran politician. Since 2022 she has been vice-president of Velmara."
    assert verdict(claim, [page("Aine Corr", said)], AS_OF).verdict != Verdict.SUPPORTED


def test_a_post_under_a_head_its_row_does_not_name_is_not_supported() -> None:
    """head-after-the-office-unread: the R11 rows are now also decided by open28's reading of a head who has left
    office; with no page of the head named ('under Eva Holm'), only the head asked of the support (his finance row
    names Ana Ruiz as its prime minister) keeps the finance term from supporting it."""
    found = _judged("Tom Berg, finance minister under Eva Holm, spoke.", [BERG_FINANCE], ("role",))
    assert Verdict.SUPPORTED not in set(found.values()), found
