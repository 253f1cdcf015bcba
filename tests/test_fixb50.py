"""Session 50's fixes of lost support and false "contradicted" on offices and successions (branch s50-fixb50), as
rows an article would hold, judged whole against invented pages (`tests/test_review49.py`'s `_verdicts`), each
beside its twin: the reading that still refutes or supports."""

from __future__ import annotations

import pytest

from tests.support.judging import boxed
from tests.test_review26 import _open
from tests.test_review48 import _lund
from tests.test_review48 import _verdicts as _lund_verdicts
from tests.test_review49 import _DISMISSED, ONE_OFFICE, SUMMER_2024, _verdicts
from verify.models import Document, Verdict

# ---------------------------------------------------------------------------------------------------------------
# review49 R1: a succession told in a post or at a body the page's office begun that month is not (the page's
# directorship after Ivo Stam) refutes nothing; told in that office, or naming no other, it still does.


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        pytest.param(
            "She became chair of the Norby Data Council in March 2021, succeeding Tom Berg.",
            Verdict.UNVERIFIED,
            id="chair-of-another-body",
        ),
        pytest.param(
            "She became chair of the Norby Statistics Office in March 2021, succeeding Tom Berg.",
            Verdict.UNVERIFIED,
            id="another-post-of-the-same-body",
        ),
        pytest.param(
            "In March 2021 she took over from Tom Berg at the Norby Data Council.",
            Verdict.UNVERIFIED,
            id="at-another-body",
        ),
        pytest.param(
            "She became director of the Norby Statistics Office in March 2021, succeeding Tom Berg.",
            Verdict.CONTRADICTED,
            id="twin-the-page's-post",
        ),
        pytest.param(
            "She became director in March 2021, succeeding Tom Berg.", Verdict.CONTRADICTED, id="twin-the-post-word"
        ),
        pytest.param(
            "In March 2021 she took over from Tom Berg at the Norby Statistics Office.",
            Verdict.CONTRADICTED,
            id="twin-at-the-page's-body",
        ),
    ],
)
def test_a_succession_in_another_post_is_not_the_office_begun_then(said: str, expected: Verdict) -> None:
    found = _verdicts(f"{_DISMISSED} {said}", [ONE_OFFICE], "clause", "Tom Berg", SUMMER_2024)
    assert found == [expected], found


# ---------------------------------------------------------------------------------------------------------------
# review48 R1 and R9: a title written post last before the name ('Finance Minister Eva Lund', 'Halden Mayor Eva Lund')
# is looked for post first, as pages title it ('Minister of Finance', 'Mayor of Halden'); a page's title going on
# past the portfolio or the place (review49 B7 'Minister for Defence Personnel', B9 'Mayor of Halden Heights') is
# another post, in a sentence or an infobox row alike.
# s50-fixb50's post-first reading of a title before the name was taken back: it supported posts the page makes another's
_TAKEN_BACK = "the post-first reading was taken back (review50 B6, B7, B10, B11)"


def _lund_boxed(office: str) -> Document:
    """Eva Lund's page whose only word of her post is an infobox row of `office` held since 3 May 2023."""
    lead = "Eva Lund (born 9 September 1970) is a Norbian politician."
    return boxed("Eva Lund", lead, [("office", office), ("term_start", "3 May 2023")])


@pytest.mark.parametrize(
    ("told", "body", "expected"),
    [
        pytest.param(
            "She has been Minister for Health since 2021.",
            "Health Minister",
            Verdict.SUPPORTED,
            id="for",
            marks=_open(f"R1 open again: {_TAKEN_BACK}"),
        ),
        pytest.param(
            "She has been Minister of the Interior since 2021.",
            "Interior Minister",
            Verdict.SUPPORTED,
            id="the",
            marks=_open(f"R1 open again: {_TAKEN_BACK}"),
        ),
        pytest.param("She has been Minister of Labour since 2021.", "Labour Minister", Verdict.SUPPORTED, id="of"),
        pytest.param(
            "She has been Mayor of Halden, Norby, since 2024.",
            "Halden Mayor",
            Verdict.SUPPORTED,
            id="place-and-country",
            marks=_open(f"R9 open again: {_TAKEN_BACK}"),
        ),
        pytest.param(
            "She has been Minister for Finance Policy since 2021.", "Finance Minister", Verdict.UNVERIFIED, id="policy"
        ),
        pytest.param(
            "Since 2023 she has been Minister of Defence Personnel.",
            "Defence Minister",
            Verdict.UNVERIFIED,
            id="personnel-of",
        ),
        pytest.param(
            "She has been Mayor of Halden Heights since 2024.", "Halden Mayor", Verdict.UNVERIFIED, id="longer-place"
        ),
        pytest.param(
            "She has been Mayor of Korvik since 2024.", "Halden Mayor", Verdict.UNVERIFIED, id="another-place"
        ),
        pytest.param(
            "She has been Minister of Finance since 2021.", "Justice Minister", Verdict.UNVERIFIED, id="other"
        ),
        pytest.param("She has been Minister of Finance since 2021.", "Prime Minister", Verdict.UNVERIFIED, id="prime"),
        pytest.param(
            "Since 2021 she has been Minister of Defence, Norby's first woman in the post.",
            "Defence Minister",
            Verdict.SUPPORTED,
            id="a-comma-after-the-title",
        ),
    ],
)
def test_a_title_before_the_name_read_post_first_where_the_pages_title_ends(
    told: str, body: str, expected: Verdict
) -> None:
    assert _lund_verdicts(f"{body} Eva Lund spoke.", [_lund(told)], "role") == [expected]


@pytest.mark.parametrize(
    ("office", "body", "expected"),
    [
        pytest.param("Minister for Defence", "Defence Minister", Verdict.SUPPORTED, id="defence"),
        pytest.param("Mayor of Halden", "Halden Mayor", Verdict.SUPPORTED, id="halden"),
        pytest.param("Minister for Defence Personnel", "Defence Minister", Verdict.UNVERIFIED, id="personnel"),
        pytest.param("Minister for Finance Policy", "Finance Minister", Verdict.UNVERIFIED, id="policy"),
        pytest.param("Mayor of Halden Heights", "Halden Mayor", Verdict.UNVERIFIED, id="longer-place"),
    ],
)
def test_an_infobox_office_going_on_past_the_portfolio_or_place(office: str, body: str, expected: Verdict) -> None:
    assert _lund_verdicts(f"{body} Eva Lund spoke.", [_lund_boxed(office)], "role") == [expected]


# ---------------------------------------------------------------------------------------------------------------
# review48 R6: a relative aside set between commas after the predecessor ('Jon Dahl, who had resigned,') tells of him,
# not of the succession, whose year the words after the aside give; a year inside the aside is the aside's own.
@pytest.mark.parametrize(
    ("told", "year", "expected"),
    [
        pytest.param(
            "She succeeded Jon Dahl, who had resigned, as defence minister in 2021.",
            "2021",
            Verdict.SUPPORTED,
            id="aside-without-a-year",
        ),
        pytest.param(
            "She succeeded Jon Dahl, who had resigned in 2021, as defence minister in 2023.",
            "2023",
            Verdict.SUPPORTED,
            id="the-deed's-year-after-the-aside",
        ),
        pytest.param(
            "She succeeded Jon Dahl, who had resigned in 2021, as defence minister in 2023.",
            "2021",
            Verdict.UNVERIFIED,
            id="twin-the-aside's-year",
        ),
    ],
)
def test_a_relative_aside_after_the_predecessor(told: str, year: str, expected: Verdict) -> None:
    body = f"Eva Lund succeeded Jon Dahl as defence minister in {year}."
    assert _lund_verdicts(body, [_lund(told)], "clause") == [expected]


# ---------------------------------------------------------------------------------------------------------------
# review48 R5: a participle after a comma ('became defence minister, succeeding Jon Dahl') does not lengthen the post
# into another thing of its kind ('minister succeeding'); a longer phrase with no stop still does ('the gold medal
# winner' is no gold medal of hers).
@pytest.mark.parametrize(
    ("told", "body", "expected"),
    [
        pytest.param(
            "In 2021 she became defence minister, succeeding Jon Dahl.",
            "Eva Lund became defence minister in 2021.",
            Verdict.SUPPORTED,
            id="a-comma-ends-the-post",
        ),
        pytest.param(
            "In 2021 she became deputy defence minister, succeeding Jon Dahl.",
            "Eva Lund became defence minister in 2021.",
            Verdict.UNVERIFIED,
            id="twin-the-deputy",
        ),
        pytest.param(
            "In 2021 she won the silver medal, behind the gold medal winner Jon Dahl.",
            "Eva Lund won the gold medal in 2021.",
            Verdict.UNVERIFIED,
            id="twin-a-longer-phrase",
        ),
    ],
)
def test_a_stop_ends_the_things_phrase(told: str, body: str, expected: Verdict) -> None:
    assert _lund_verdicts(body, [_lund(told)], "clause") == [expected]
