"""Session 48's fix of review47's S15 (a succession year inside the predecessor's term), as examples of use through the
article's whole judging against invented pages (`tests/support/judging.py`): each a false sentence not supported and
its true twin kept (S13 was left on its branch: review48 B8)."""

from __future__ import annotations

import pytest

from tests.support.judging import boxed
from tests.test_review47 import DAHL_TERMS, SAVED, _results
from verify.models import Verdict


def _dahls_term(body: str) -> list[Verdict]:
    """The verdicts on the role claim of the one succeeded ('Jon Dahl as ...': his terms in the infobox, prime
    minister from 2 February 2006 to 4 April 2014, mayor of Halden from 1 January 1992 to 31 December 1999)."""
    return [r.verdict for c, r in _results(body, [DAHL_TERMS]) if c.kind == "role" and c.text.startswith("Jon Dahl")]


# S15: the year of a succession is the year the one succeeded left the post (or the days before it); a year inside
# his term years before its end is refuted, the year before its end (an election's year) or a term the page still
# runs takes no side
@pytest.mark.parametrize(
    ("body", "want"),
    [
        pytest.param("Eva Lund succeeded Jon Dahl as prime minister in 2012.", [Verdict.CONTRADICTED], id="inside"),
        pytest.param("Eva Lund succeeded Jon Dahl as prime minister in 2013.", [Verdict.UNVERIFIED], id="year-before"),
        pytest.param("Eva Lund succeeded Jon Dahl as prime minister in 2016.", [Verdict.CONTRADICTED], id="after"),
        pytest.param("Eva Lund succeeded Jon Dahl as prime minister in 2014.", [Verdict.SUPPORTED], id="twin-the-end"),
        pytest.param(
            "Karl Moen succeeded Jon Dahl as mayor of Halden in 1999.", [Verdict.SUPPORTED], id="twin-mayor-end"
        ),
    ],
)
def test_s15_a_succession_year_is_the_end_of_the_predecessors_term(body: str, want: list[Verdict]) -> None:
    assert _dahls_term(body) == want


def test_s15_a_term_still_running_takes_no_side() -> None:
    running = boxed(
        "Jon Dahl",
        "Jon Dahl (born 1950) is a Norbian politician who has been Prime Minister of Norby since 2006.",
        [("office", "Prime Minister of Norby"), ("term_start", "2 February 2006")],
        SAVED,
    )
    found = [r.verdict for c, r in _results("Eva Lund succeeded Jon Dahl as prime minister in 2012.", [running])]
    assert Verdict.SUPPORTED not in found and Verdict.CONTRADICTED not in found, found
