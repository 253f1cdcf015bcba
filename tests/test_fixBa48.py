"""Session 48's fixBa48 rows beside review48's B1, B3, B4 (tests/test_review48.py): the regressions fixa48's rules
brought, in other wordings, each with its twin, judged through the article's whole judging against invented pages
(`tests/support/judging.py`)."""

from __future__ import annotations

import pytest

from tests.test_review48 import _lund, _moen, _verdicts
from verify.models import Verdict


# B1: the post the clause before a ranked 'to hold the post' names, in lower case as in capitals, is the ranked post.
@pytest.mark.parametrize(
    ("told", "body", "expected"),
    [
        pytest.param(
            "In 2019 she was elected as party leader, the first woman to hold the post.",
            "Eva Lund is the first woman to hold the post of party leader.",
            Verdict.SUPPORTED,
            id="lower-case-after-as",
        ),
        pytest.param(
            "In 2015 she became health minister, the fourth woman to hold the post.",
            "Eva Lund is the fourth woman to hold the post of foreign minister.",
            None,
            id="lower-case-another-post",
        ),
        pytest.param(
            "In 2015 she became health minister, the fourth woman to hold the post.",
            "Eva Lund is the fifth woman to hold the post of foreign minister.",
            None,
            id="lower-case-another-post-another-rank",
        ),
        pytest.param(
            "In 2015 she became health minister, the fourth woman to hold the post.",
            "Eva Lund is the fifth woman to hold the post of health minister.",
            Verdict.CONTRADICTED,
            id="lower-case-the-post-another-rank",
        ),
    ],
)
def test_b1_the_lower_case_post_before_the_rank(told: str, body: str, expected: Verdict | None) -> None:
    found = _verdicts(body, [_lund(told)], "clause", "woman")
    if expected is None:
        assert found and not {Verdict.SUPPORTED, Verdict.CONTRADICTED} & set(found), found
    else:
        assert found == [expected], found


# B3: the whole a page gives before its breakdown (after a colon, or with the parts in brackets) is the whole: it states
# the claim's whole and refutes another (the part alone, 'three grandchildren', is another whole: he has four).
@pytest.mark.parametrize(
    ("told", "body", "expected"),
    [
        pytest.param(
            "He has four grandchildren (three with his son and one with his daughter).",
            "Karl Moen has four grandchildren.",
            Verdict.SUPPORTED,
            id="bracket-the-whole",
        ),
        pytest.param(
            "He has four grandchildren (three with his son and one with his daughter).",
            "Karl Moen has three grandchildren.",
            Verdict.CONTRADICTED,
            id="bracket-a-parts-count",
        ),
        pytest.param(
            "He has four grandchildren: three with his son and one with his daughter.",
            "Karl Moen has four grandchildren.",
            Verdict.SUPPORTED,
            id="colon-the-whole",
        ),
        pytest.param(
            "He has four grandchildren: three with his son and one with his daughter.",
            "Karl Moen has six grandchildren.",
            Verdict.CONTRADICTED,
            id="colon-another-whole",
        ),
    ],
)
def test_b3_the_whole_before_its_breakdown(told: str, body: str, expected: Verdict) -> None:
    assert _verdicts(body, [_moen(told)], "quantity") == [expected]


# B4: a count of terms as the claim's post told as news tell it (a bare head, 'the country's', 'MP', a place before
# the post) keeps the page's count; a post of another body or place is still another post.
@pytest.mark.parametrize(
    ("told", "body", "expected"),
    [
        pytest.param(
            "He served two terms as Prime Minister of Norby.",
            "Karl Moen served two terms as the country's prime minister.",
            Verdict.SUPPORTED,
            id="the-countrys-prime-minister",
        ),
        pytest.param(
            "He served two terms as a member of parliament for Halden.",
            "Karl Moen served three terms as an MP.",
            Verdict.CONTRADICTED,
            id="an-mp-another-count",
        ),
        pytest.param(
            "He served two terms as President of the Senate.",
            "Karl Moen served two terms as the country's president.",
            None,
            id="president-of-a-body",
        ),
        pytest.param(
            "He served three terms as a city councillor in Halden.",
            "Karl Moen served three terms as a Korvik councillor.",
            None,
            id="a-councillor-of-another-place",
        ),
        pytest.param(
            "He served two terms as a senator for Halden.",
            "Karl Moen served two terms as an MP.",
            None,
            id="another-seat",
        ),
    ],
)
def test_b4_the_post_in_news_words(told: str, body: str, expected: Verdict | None) -> None:
    found = _verdicts(body, [_moen(told)], "quantity")
    if expected is None:
        assert found and Verdict.SUPPORTED not in found, found
    else:
        assert found == [expected], found
