"""Session 48's fixa48 rows beside review47's (tests/test_review47.py): the same findings in other wordings, each with
its true twin, judged through the article's whole judging against invented pages (`tests/support/judging.py`)."""

from __future__ import annotations

import pytest

from tests.support.judging import page
from tests.test_review47 import SAVED, _results, _told, _verdicts
from verify.models import Verdict

# S1: a rank among the holders of the post the page names after 'of' ranks that post's holders only.
LUND_NAMED_POST = page(
    "Eva Lund",
    "Eva Lund (born 9 September 1970) is a Norbian politician. In 2021 she became the fourth woman to hold the post of "
    "Minister of Foreign Affairs.",
    SAVED,
)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param("Eva Lund is the fourth woman to hold the post of health minister.", None, id="another-post"),
        pytest.param(
            "Eva Lund is the fourth woman to hold the post of foreign minister.", Verdict.SUPPORTED, id="the-post"
        ),
    ],
)
def test_s1_the_post_named_after_of_is_the_ranked_post(body: str, expected: Verdict | None) -> None:
    found = _verdicts(body, [LUND_NAMED_POST], "clause", "fourth woman")
    if expected is None:
        assert found and Verdict.SUPPORTED not in found, found
    else:
        assert found == [expected], found


# S4, R2: one part of a breakdown the page gives by its own words is no count of the whole, nor refutes it.
SENATE = page(
    "2024 Norby Senate election",
    "A Senate election was held in Norby on 8 September 2024. The Centre Party won 52 directly elected seats and 18 "
    "appointed seats, a majority of the chamber.",
    SAVED,
)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param("The Centre Party won 52 seats in the 2024 Norby Senate election.", None, id="the-first-part"),
        pytest.param("The Centre Party won 18 seats in the 2024 Norby Senate election.", None, id="the-second-part"),
        pytest.param("The Centre Party won 70 seats in the 2024 Norby Senate election.", None, id="the-whole"),
        pytest.param(
            "The Centre Party won 52 directly elected seats in the 2024 Norby Senate election.",
            Verdict.SUPPORTED,
            id="the-part-named",
        ),
        pytest.param(
            "The Centre Party won 40 directly elected seats in the 2024 Norby Senate election.",
            Verdict.CONTRADICTED,
            id="the-part-named-wrong",
        ),
    ],
)
def test_s4_a_breakdowns_part_counts_only_the_part_it_names(body: str, expected: Verdict | None) -> None:
    found = _verdicts(body, [SENATE], "quantity")
    if expected is None:
        assert found and not {Verdict.SUPPORTED, Verdict.CONTRADICTED} & set(found), found
    else:
        assert found == [expected], found


# S3: the terms of another post, told in a sentence of their own, are not the claimed post's.
@pytest.mark.parametrize(
    ("told", "body", "expected"),
    [
        pytest.param(
            "He served two terms as mayor of Halden.",
            "Karl Moen served two terms as speaker of parliament.",
            None,
            id="another-post",
        ),
        pytest.param(
            "He served two terms as mayor of Halden.", "Karl Moen served two terms as mayor of Halden.",
            Verdict.SUPPORTED, id="the-post",
        ),
        pytest.param(
            "He served two terms as Speaker of the Parliament of Norby.", "Karl Moen served two terms as speaker.",
            Verdict.SUPPORTED, id="the-post-in-full",
        ),
        pytest.param(
            "He served two terms as Speaker of the Parliament of Norby.", "Karl Moen served three terms as speaker.",
            Verdict.CONTRADICTED, id="the-post-another-count",
        ),
    ],
)  # fmt: skip
def test_s3_a_count_of_terms_as_another_post(told: str, body: str, expected: Verdict | None) -> None:
    doc = page("Karl Moen", f"Karl Moen (born 3 March 1960) is a Norbian politician. {told}", SAVED)
    found = _verdicts(body, [doc], "quantity", "terms")
    if expected is None:
        assert found and Verdict.SUPPORTED not in found, found
    else:
        assert found == [expected], found


# S8: a day told from another clause's day ('a week later') is not that day; 'later that day' is.
@pytest.mark.parametrize(
    ("told", "expected"),
    [
        pytest.param("She was appointed Minister of Finance on 4 April 2019 and was sworn in a week later.", None,
                     id="a-week-later"),
        pytest.param("She was appointed Minister of Finance on 4 April 2019 and was sworn in later that day.",
                     Verdict.SUPPORTED, id="later-that-day"),
    ],
)  # fmt: skip
def test_s8_a_day_told_from_another_days(told: str, expected: Verdict | None) -> None:
    found = [r.verdict for c, r in _results("Eva Lund was sworn in on 4 April 2019.", [_told(told)])]
    if expected is None:
        assert found and Verdict.SUPPORTED not in found, found
    else:
        assert found and set(found) == {expected}, found


# R6: the year a change is counted from ('down 9 from 2019') is not the year of the sentence's count.
CENTRE_DOWN = page(
    "2024 Norby general election",
    "A general election was held in Norby on 8 September 2024. The Centre Party won 21 seats, down 9 from 2019.",
    SAVED,
)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param("The Centre Party won 30 seats in the 2019 election.", Verdict.UNVERIFIED, id="the-base-year"),
        pytest.param("The Centre Party won 21 seats in the 2024 election.", Verdict.SUPPORTED, id="the-pages-year"),
        pytest.param("The Centre Party won 25 seats in the 2024 election.", Verdict.CONTRADICTED, id="another-count"),
    ],
)
def test_r6_a_changes_base_year_is_not_the_counts(body: str, expected: Verdict) -> None:
    assert _verdicts(body, [CENTRE_DOWN], "quantity") == [expected]
