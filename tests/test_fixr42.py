"""Rows of fixr42 (session 42) beside review42's own R1 and R5 rows (tests/test_review42.py, which kill most of its
mutations): a name's plural things stay the name's ('Korvik Bank shares', not a thing named 'Korvik Bank shares'),
and a second verb with a subject of its own keeps a fronted year apart."""

from __future__ import annotations

from tests.test_review38 import _judged_whole
from tests.test_review42 import DAY, _banker, _results, _town
from verify.models import Verdict
from verify.report.common import checked_line


def test_r1_twin_the_towns_own_head_count_is_its_own() -> None:
    found = _judged_whole("Korvik has 4,300 people.", [_town("4,300")], "quantity", "4,300", DAY)
    assert found == [Verdict.SUPPORTED]


def test_r1_twin_plural_things_are_the_names_own() -> None:
    (result,) = [r for c, r in _results("Korvik Bank shares fell 15 percent.", []) if c.kind == "quantity"]
    assert checked_line(result).startswith("Checked: Korvik Bank —"), checked_line(result)


def test_r5_twin_a_second_verb_with_its_own_subject_keeps_its_own_year() -> None:
    told = "In 2019 Ivo Stam was arrested and Jon Dahl was charged with fraud."
    body = "Jon Dahl was charged with fraud in 2019."
    assert _judged_whole(body, [_banker(told)], "clause", "Jon Dahl was charged", DAY) == [Verdict.UNVERIFIED]
