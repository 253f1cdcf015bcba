"""A description's nationality is supported only by a sentence that gives the same nationality, not by one
that holds the country's name in another role ('a German diplomat' is not 'a diplomat who served as the
French ambassador to Germany'). Invented subject and pages."""

from __future__ import annotations

import datetime as dt

from tests.support.judging import clause_claim, page, verdict
from verify.models import Verdict

SPRING_2025 = dt.date(2025, 3, 1)


def german_diplomat(page_text: str) -> Verdict:
    said = clause_claim("Alder, a German diplomat", "Mara Alder", "is", "Alder, a German diplomat, spoke.",
                        object="a German diplomat")  # fmt: skip
    return verdict(said, [page("Mara Alder", page_text)], SPRING_2025).verdict


def test_a_country_named_as_a_post_s_place_is_no_nationality():
    assert german_diplomat("Mara Alder is a diplomat who served as the French ambassador to Germany.") != (
        Verdict.SUPPORTED
    )


def test_the_same_nationality_still_supports():
    assert german_diplomat("Mara Alder is a German diplomat who served as ambassador to Vestria.") == (
        Verdict.SUPPORTED
    )
