"""Twins of the review38 rows mended by fsb39 (R14, R17, R22, R1): the true sentences beside the false ones that the
mends must leave supported, judged as the desk would (`tests/support/judging.py`) against invented pages."""

from __future__ import annotations

import pytest

from tests.support.judging import page
from tests.test_review26 import SAVED, _judged
from verify.models import Verdict


def _ruiz_saying(said: str):
    return page("Ana Ruiz", f"Ana Ruiz (born 1 January 1975) is a Norbian politician. {said}", SAVED)


# R22's twins: a verb of arguing against ('rejected', 'warned against') is no refusal of words said beside it in a
# participle of her own; a negation or a group's saying elsewhere in the sentence takes nothing from her own words.
@pytest.mark.parametrize(
    "said",
    [
        pytest.param('In 2023 she rejected the plan, calling it "a disaster".', id="rejected-calling-it"),
        pytest.param('In 2023 she warned against the plan, calling it "a disaster".', id="warned-calling-it"),
        pytest.param('In 2023 she did not hesitate to call the plan "a disaster".', id="a-negation-of-another-verb"),
    ],
)
def test_her_own_words_beside_a_rejection_are_hers(said: str) -> None:
    found = _judged('Ana Ruiz called the plan "a disaster".', [_ruiz_saying(said)], ("quote",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# R1's twins: a sentence naming the side by fewer of its words ('Labour'), or by its name with more words ('Korvik Bank
# Group'), still names it; only a namesake (neither within nor over the claim's name) does not.
@pytest.mark.parametrize(
    ("body", "title", "said"),
    [
        pytest.param(
            "Korvik Bank employs about 3,000 people.",
            "Korvik",
            "Korvik is a city in southern Norby. Its largest employer, Korvik Bank Group, employs about 3,000 people "
            "in the city.",
            id="the-name-with-more-words",
        ),
        pytest.param(
            "The Labour Party won 44 seats in 2023.",
            "2023 Norbian general election",
            "The 2023 Norbian general election was held on 5 February 2023. The Norby Party won 61 of the 150 seats. "
            "Labour won 44 seats.",
            id="the-name-by-its-own-word",
        ),
    ],
)
def test_a_name_within_or_over_the_sides_names_it(body: str, title: str, said: str) -> None:
    found = _judged(body, [page(title, said, SAVED)], ("quantity",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found
