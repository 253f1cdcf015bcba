"""Session 17 (judge17): a magnitude ('a 6.9-magnitude earthquake') supported by the page of the event it rates,
when that page gives this magnitude and no other; no figure refutes one. Invented quakes, pages of our own."""

from __future__ import annotations

import datetime as dt

from tests.support.judging import boxed, clause_claim, page, verdict
from verify.models import Verdict

SPRING_2031 = dt.date(2031, 4, 1)
_EVENT = "2031 Varo earthquake"


def _magnitude(number: str, doc: object) -> Verdict:
    text = f"a {number}-magnitude earthquake"
    claim = clause_claim(
        text, _EVENT, "magnitude", f"Officials said {text} struck Varo.", kind="quantity", value=f"magnitude {number}",
        number=float(number), unit="magnitude", context=_EVENT, with_predicate=False,
    )  # fmt: skip
    return verdict(claim, [doc], SPRING_2031).verdict


def test_a_magnitude_the_events_page_gives_is_supported() -> None:
    quake = page(_EVENT, "On 3 March 2031, a magnitude 6.9 earthquake struck the town of Varo.")
    assert _magnitude("6.9", quake) == Verdict.SUPPORTED


def test_a_magnitude_in_the_events_magnitude_row_is_supported() -> None:
    quake = boxed(_EVENT, "On 3 March 2031, an earthquake struck the town of Varo.", [("magnitude", "6.9 Mw")])
    assert _magnitude("6.9", quake) == Verdict.SUPPORTED


def test_a_page_on_two_shocks_of_different_magnitudes_supports_neither() -> None:
    # the second shock's 6.9 is no proof that the first one was 6.9
    quake = page(_EVENT, "A magnitude 7.1 earthquake struck Varo on 3 March 2031, followed by a Mw 6.9 aftershock.")
    assert _magnitude("6.9", quake) == Verdict.UNVERIFIED


def test_another_magnitude_is_not_a_contradiction() -> None:
    quake = page(_EVENT, "On 3 March 2031, a magnitude 7.1 earthquake struck the town of Varo.")
    assert _magnitude("6.9", quake) == Verdict.UNVERIFIED


def test_the_same_magnitude_on_another_events_page_supports_nothing() -> None:
    other = page("2029 Lemo earthquake", "On 9 May 2029, a magnitude 6.9 earthquake struck Lemo.")
    assert _magnitude("6.9", other) == Verdict.UNVERIFIED
