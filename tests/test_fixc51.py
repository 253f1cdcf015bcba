"""Session 51's counts and quantities (fixc51): a sentence of an invented article judged through the article's whole
judging (`tests/test_review49.py` `_verdicts`) against invented pages, each beside its twin (the true case still
right).

1. A figure the claim's sentence dates to another time than the article's day is not supported by a page's figure
   told in the present with no year ('It employs about 4,200 people'): the year of the clause a 'when'-clause hangs on
   ('In 1990, when Norby Steelworks employed about 4,200 people, the plant was sold.', found by killers50 on main as
   "supported"), or a time the story told before ('then employed', 'at the time'). `verify/kinds/quantity/period.py`
   `long_past` with judging.toml quantity.same_time_marks and quantity.told_time.
2. review50 B13: 'three children from two marriages' counts all of them (refuted by a children row '4'), while 'two
   children from his first marriage' counts a part (`verify/kinds/quantity/judge.py` `_all_sources` with judging.toml
   quantity.children_all_sources).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import page
from tests.test_quantity_owner_shapes import claim_on  # the count of a one-paragraph article
from tests.test_review27 import WORKS  # 'It employs about 4,200 people at three plants.', no year; saved 2024
from tests.test_review49 import _verdicts  # the article judged whole against invented pages
from tests.test_review50 import _children  # Ivo Stam's page with a children row
from verify.models import Verdict

SPRING_2024 = dt.date(2024, 3, 5)


# ---------------------------------------------------------------------------------------------------------------
# 1. A figure of another time than the article's: a 'when'-clause's year, a told time. A told time's year in another
# sentence is not read ('In 2023 the plant was sold. It then employed ...' loses its support too: withheld, not turned).
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("In 1990, when Norby Steelworks employed about 4,200 people, the plant was sold.", id="fronted"),
        pytest.param("The plant was sold in 1990, when Norby Steelworks employed about 4,200 people.", id="when-after"),
        pytest.param("When the plant was sold in 1990, Norby Steelworks employed about 4,200 people.", id="clause"),
        pytest.param("In 1990, while Norby Steelworks employed about 4,200 people, the plant was sold.", id="while"),
        pytest.param("The plant was sold in 1990. Norby Steelworks then employed about 4,200 people.", id="then"),
        pytest.param("It was sold in 1990. At the time, Norby Steelworks employed about 4,200 people.", id="time"),
        pytest.param("Norby Steelworks employed about 4,200 people at that time.", id="at-that-time"),
        pytest.param("Back then, Norby Steelworks employed about 4,200 people.", id="back-then"),
    ],
)
def test_a_figure_of_another_time_is_not_supported_by_todays(body: str) -> None:
    found = _verdicts(body, [WORKS], "quantity", "4,200", SPRING_2024)
    assert found and Verdict.SUPPORTED not in found, found


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Norby Steelworks employs about 4,200 people.", id="present"),
        pytest.param("As of 2024, Norby Steelworks employs about 4,200 people.", id="as-of-the-year"),
        pytest.param("As of 2024, Norby Steelworks employed about 4,200 people.", id="as-of-the-year-past"),
        pytest.param("In 2024, when Norby Steelworks employed about 4,200 people, the plant was sold.", id="when-now"),
        pytest.param("When the plant was sold in 2023, Norby Steelworks employed about 4,200 people.", id="recent"),
        pytest.param(
            "Ana Ruiz, then a minister, said Norby Steelworks employed about 4,200 people last year.", id="then-of-her"
        ),
        pytest.param("In 2023, at the time of the sale, Norby Steelworks employed about 4,200 people.", id="dated"),
        pytest.param(
            "Although it was founded in 1921, Norby Steelworks employed about 4,200 people last year.", id="although"
        ),
    ],
)
def test_twin_todays_figure_is_supported(body: str) -> None:
    assert _verdicts(body, [WORKS], "quantity", "4,200", SPRING_2024) == [Verdict.SUPPORTED]


def test_twin_a_page_dating_its_figure_to_another_time_supports_no_figure_of_today() -> None:
    # the page's side, right before this change: the page's 'when'-clause figure of 1990 is not today's
    doc = page("Norby Steelworks", "In 1990, when Norby Steelworks employed about 4,200 people, the plant was sold.")
    found = _verdicts("Norby Steelworks employs about 4,200 people.", [doc], "quantity", "4,200", SPRING_2024)
    assert found and Verdict.SUPPORTED not in found, found


# ---------------------------------------------------------------------------------------------------------------
# 2. (review50 B13) Children 'from two marriages' are all of them; 'from his first marriage' some.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Ivo Stam has three children from two marriages.", id="two-marriages"),
        pytest.param("Ivo Stam has three children from his two marriages.", id="his-two-marriages"),
        pytest.param("Ivo Stam has three children from both marriages.", id="both"),
        pytest.param("Ivo Stam has three children by two wives.", id="by-two-wives"),
        pytest.param("Ivo Stam has three children from several relationships.", id="several"),
    ],
)
def test_children_from_several_sources_are_all_of_them(body: str) -> None:
    assert _verdicts(body, [_children("4")], "quantity", "three") == [Verdict.CONTRADICTED]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Ivo Stam has three children from his first marriage.", id="first-marriage"),
        pytest.param("Ivo Stam has three children from a previous marriage.", id="a-previous-marriage"),
        pytest.param("Ivo Stam has three children with two of his wives.", id="two-of-his-wives"),
        pytest.param("Ivo Stam has three children from his first two marriages.", id="first-two"),
        pytest.param("Ivo Stam has three children from one marriage.", id="one-marriage"),
    ],
)
def test_twin_children_from_one_source_are_a_part(body: str) -> None:
    found = _verdicts(body, [_children("4")], "quantity", "three")
    assert found and Verdict.CONTRADICTED not in found, found


def test_twin_all_the_children_from_two_marriages_supported() -> None:
    assert _verdicts("Ivo Stam has four children from two marriages.", [_children("4")], "quantity", "four") == [
        Verdict.SUPPORTED
    ]


# ---------------------------------------------------------------------------------------------------------------
# 3. A poll's share 'for' a name is that name's: 'The poll showed 35 percent for Ana Ruiz' had no owner (the parser
# hangs 'for' on the verb, and the recogniser misses the name), so the claim stayed unjudged. `verify/kinds/quantity/
# owner.py` `_share_for` with counted.toml share_for_verbs and share_nouns.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("The poll showed 35 percent for Ana Ruiz.", id="showed"),
        pytest.param("A poll on Monday gave 35 percent for Ana Ruiz.", id="gave"),
        pytest.param("The poll showed 35% for Ana Ruiz.", id="sign"),
        pytest.param("The poll showed 35 percent for Ana Ruiz and 30 percent for Ivo Stam.", id="first-of-two"),
    ],
)
def test_a_polls_share_for_a_name_is_the_names(body: str) -> None:
    claim = claim_on(body, "35")
    assert (claim.subject, claim.context) == ("Ana Ruiz", "Ana Ruiz"), claim


@pytest.mark.parametrize(
    ("body", "owner"),
    [
        pytest.param("The fund paid 35 percent for Korvik Bank.", None, id="paid-for"),
        pytest.param("Ivo Stam paid 35 percent for Korvik Bank.", "Ivo Stam", id="the-buyer"),
        pytest.param("The poll showed 35 percent for the plan.", None, id="for-a-thing"),
        pytest.param("The poll showed 35 percent for March.", None, id="for-a-time"),
    ],
)
def test_twin_a_price_or_a_things_share_is_not_the_names(body: str, owner: str | None) -> None:
    assert claim_on(body, "35").context == owner
