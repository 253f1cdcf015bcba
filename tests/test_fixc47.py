"""fixc47 (session 47): false "supported" verdicts of review47 mended (S11 ...), with the true rows beside them."""

from __future__ import annotations

import pytest

from tests.support.judging import boxed, page
from tests.test_review47 import DAHL_MAYOR, SAVED, _verdicts
from verify.models import Verdict


def _lund(rows: list[tuple[str, str]]) -> object:
    lead = "Eva Lund (born 9 September 1970) is a Norbian politician who has been Minister of Finance since 2019."
    return boxed("Eva Lund", lead, [("office", "Minister of Finance"), ("term_start", "4 April 2019"), *rows], SAVED)


# S11: a successor row of a running term (no 'term_end') names no handover done, marked or not
def test_s11_successor_row_of_a_running_term_is_no_handover() -> None:
    doc = _lund([("successor", "Jon Dahl")])
    found = _verdicts("Jon Dahl succeeded Eva Lund as finance minister.", [doc, DAHL_MAYOR], "clause")
    assert found and Verdict.SUPPORTED not in found, found


# S11's twin: the handover told as to come ('will succeed') is what a '(designate)' row says
@pytest.mark.parametrize("mark", ["designate", "elect"])
def test_s11_twin_designate_row_supports_a_succession_to_come(mark: str) -> None:
    doc = _lund([("successor", f"Jon Dahl ({mark})")])
    found = _verdicts("Jon Dahl will succeed Eva Lund as finance minister.", [doc, DAHL_MAYOR], "clause")
    assert found == [Verdict.SUPPORTED], found


# S11: an infobox giving no term at all ('office' and 'successor' rows alone): the row's own mark tells the handover
# is to come; unmarked, the row is read as before (a handover done)
@pytest.mark.parametrize(("successor", "supported"), [("Jon Dahl (designate)", False), ("Jon Dahl", True)])
def test_s11_a_marked_successor_row_without_a_term(successor: str, supported: bool) -> None:
    lead = "Eva Lund (born 9 September 1970) is a Norbian politician."
    doc = boxed("Eva Lund", lead, [("office", "Minister of Finance"), ("successor", successor)], SAVED)
    found = _verdicts("Jon Dahl succeeded Eva Lund as finance minister.", [doc, DAHL_MAYOR], "clause")
    assert found and (Verdict.SUPPORTED in found) == supported, found


def _born_in(place: str) -> object:
    """A page whose infobox alone gives the birthplace `place` (no sentence of the page tells it)."""
    return boxed("Karl Moen", "Karl Moen is a Norbian businessman.", [("birth_place", place)], SAVED)


# S16: the area after the town's comma ('Halden, Norby') is read against the infobox's place ('Halden, Tarsa')
@pytest.mark.parametrize(
    ("place", "supported"), [("Halden, Tarsa", False), ("Halden, Norby", True), ("Halden, Vest, Norby", True)]
)
def test_s16_the_area_after_the_towns_comma_against_the_infobox(place: str, supported: bool) -> None:
    found = _verdicts("Karl Moen was born in Halden, Norby.", [_born_in(place)], "clause", "born")
    assert found and (Verdict.SUPPORTED in found) == supported, found


# S16's twin: a name after the comma that is the sentence's subject ('Born in Halden, Karl Moen ...') is no area
def test_s16_twin_a_fronted_birthplace_before_the_subject() -> None:
    body = "Born in Halden, Karl Moen, a fisherman's son, studied law."
    found = _verdicts(body, [_born_in("Halden, Tarsa")], "clause", "orn")
    assert Verdict.SUPPORTED in found, found


def _moen(told: str) -> object:
    return page("Karl Moen", f"Karl Moen (born 3 March 1960) is a Norbian politician. {told}", SAVED)


# S2's twins: the post held by the subject beside another's title ('succeeding President Ivo Stam'), or as the title
# before the subject's own name, is stated
@pytest.mark.parametrize(
    "told",
    [
        "Since 2019 he has been president, succeeding President Ivo Stam.",
        "Since 2019 he has been known as President Karl Moen.",
    ],
)
def test_s2_twin_the_subjects_own_post_beside_or_before_his_name(told: str) -> None:
    found = _verdicts("Karl Moen has been president since 2019.", [_moen(told)], "clause", "since")
    assert found == [Verdict.SUPPORTED], found


# S2's twin: a post ending in its place ('mayor of Halden') before a capitalised word is no title before a name
def test_s2_twin_a_post_ending_in_its_place() -> None:
    doc = _moen("Since 2019 he has been mayor of Halden Municipality.")
    found = _verdicts("Karl Moen has been mayor of Halden since 2019.", [doc], "clause", "since")
    assert found == [Verdict.SUPPORTED], found
