"""Findings of review37 (session 37), as rows the desk would meet: a true sentence and, where it helps, its
one-fact-false twin, extracted from an invented article and judged against invented pages
(`tests/support/judging.py`) with the fields extraction gives its words. R-items are strict xfails for what is
open on main; a B-item (a regression found on a branch) is a plain test that passes on main, or a strict xfail naming
the branch. The list with its status is /work/briefs37/review37-findings.md."""

from __future__ import annotations

import pytest

from tests.support.judging import page
from tests.test_review26 import SAVED, _judged, _never, _open  # the same reading of rows as review26's
from tests.test_review27 import PARTY, WORKS
from tests.test_review31 import BANK_RESULTS
from verify.models import Document, Verdict

# The Green Party's invented page: 12 seats in the 2023 election, the Norby Party's 61 on its own page.
GREENS = page(
    "Green Party (Norby)",
    "The Green Party is a green political party in Norby. It was founded in 1984. In the 2023 election it won 12 "
    "seats.",
    SAVED,
)


# R1 (main 2ffa3272, the quantity judge's `_the_page_itself` through `_names_most`): a page whose title shares ONE
# word of a two-word name ('Party', 'Bank', 'Steel' of 'Steelworks') is taken as that body's own page, and its 'it'
# as the body: 'The Labour Party won 61 seats in 2023.' is SUPPORTED by the Norby Party's 'In the 2023 election it
# won 61 seats', 'Korvik Steel employs about 4,200 people.' by Norby Steelworks' 'It employs about 4,200 people',
# 'Norby Bank made a net profit of 200 million euros in 2023.' by Korvik Bank's. Half the words of a name is enough
# for `_names_most` ('Green Party' / 'Norby Party': one of two), which is meant for a clause naming sides, not for a
# page's title standing for 'it'. An election story's pool holds each party's page, so the same reading refutes
# a true count (R1 false contradicted, below) and leaves each party's own count torn between pages (support lost).
@_open("R1 open: a page whose title shares one word of the subject's name counts for it")
@pytest.mark.parametrize(
    ("body", "doc"),
    [
        pytest.param("The Labour Party won 61 seats in 2023.", PARTY, id="another-party"),
        pytest.param("Korvik Steel employs about 4,200 people.", WORKS, id="another-steelmaker"),
        pytest.param("Norby Bank made a net profit of 200 million euros in 2023.", BANK_RESULTS, id="another-bank"),
    ],
)
def test_r1_a_page_sharing_one_word_of_the_name_is_not_the_bodys(body: str, doc: Document) -> None:
    _never(Verdict.SUPPORTED, body, [doc], ("quantity",))


@_open("R1 open (false contradicted): another party's page refutes a party's count by its 'it'")
@pytest.mark.parametrize(
    ("body", "doc"),
    [
        pytest.param("The Green Party won 12 seats in 2023.", PARTY, id="another-partys-seats"),
        pytest.param("Korvik Steel employs about 3,000 people.", WORKS, id="another-steelmakers-staff"),
    ],
)
def test_r1_a_page_sharing_one_word_of_the_name_does_not_refute(body: str, doc: Document) -> None:
    _never(Verdict.CONTRADICTED, body, [doc], ("quantity",))


@_open("R1 open (support lost): with both parties' pages read, each page's 'it' counts for the other party too")
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("The Norby Party won 61 seats in 2023.", id="norby-party"),
        pytest.param("The Green Party won 12 seats in 2023.", id="green-party"),
    ],
)
def test_r1_each_partys_count_is_supported_beside_the_others_page(body: str) -> None:
    found = _judged(body, [PARTY, GREENS], ("quantity",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


def test_r1_twin_the_bodys_own_page_supports_its_count() -> None:
    found = _judged("The Green Party won 12 seats in 2023.", [GREENS], ("quantity",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found
