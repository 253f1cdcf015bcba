"""Rows that catch mutations of scripts/mutation_check.py gone stale (session 51, killers51b): each is a claim
extracted from an invented article and judged against invented pages, whose verdict the named mutation flips."""

from __future__ import annotations

from tests.support.ruiz import RUIZ
from tests.test_review26 import _judged, _never
from tests.test_review27 import STAM
from verify.models import Verdict


# start-before-until-unread: the start year written before 'until last year' is read in a clause too ('was prime
# minister from 2013 until last year'): his term began in 2015, so its end last year supports nothing.
def test_a_wrong_start_before_until_in_a_clause_is_not_supported() -> None:
    _never(Verdict.SUPPORTED, "Ivo Stam was prime minister from 2013 until last year.", [RUIZ, STAM], ("role",))


def test_twin_the_right_start_before_until_is_supported() -> None:
    found = _judged("Ivo Stam was prime minister from 2015 until last year.", [RUIZ, STAM], ("role",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found
