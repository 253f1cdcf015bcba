"""fixb38's mends of review38's B-items (regressions of branches merged into main, session 38): the twins that keep
each mend to its ground. The rows of the findings themselves are in tests/test_review38.py."""

from __future__ import annotations

import pytest

from tests.test_review26 import _judged, _never
from tests.test_review27 import PARTY
from tests.test_review38 import AMERICAN_BANKER, NOMINATED_AND_LOST, _on_words
from verify.models import Verdict


# B4's twin: a national chamber's name counts as the parliament only written as a name; lower-case, 'national
# council' is a body's own organ (a party's council), another contest, and the general election's seats do not
# support it.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("The Norby Party won 61 seats on its national council in 2023.", id="its-national-council"),
    ],
)
def test_a_national_council_written_lower_case_is_another_contest(body: str) -> None:
    _never(Verdict.SUPPORTED, body, [PARTY], ("quantity",))


def test_the_national_council_named_is_the_parliament() -> None:
    found = _judged("The Norby Party won 61 seats in the National Council in 2023.", [PARTY], ("quantity",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# B2's twin: the body a country's possessive owns is a state body by the head of its name, not by any word of it: a
# department store's chief is not the country's (the state-body noun 'department' in the store's description aside),
# and the House of Commons' Speaker is (tests/test_possessive_country_body.py).
def test_a_state_bodys_noun_that_is_not_the_head_makes_no_state_body() -> None:
    body = "Tom Berg, chief executive of Britain's biggest department store, said on Monday."
    _never(Verdict.CONTRADICTED, body, [AMERICAN_BANKER], ("role",))


# B7's twin: the candidacy is set aside only against another verb of the naming step; a claim that tells the
# nomination itself ('was nominated for leader') is dated by the page's own words of it.
def test_a_nomination_for_a_post_is_dated_by_the_pages_nomination() -> None:
    body = "Ana Ruiz was nominated for leader of the Norby Party on 3 March 2015."
    assert set(_on_words(body, [NOMINATED_AND_LOST], "date", "nominated")) == {Verdict.SUPPORTED}
