"""The forty-fifth session's lead: rows for behaviour the lead's own changes read or guard."""

from __future__ import annotations

import pytest

from tests.support.judging import boxed, page
from tests.test_review26 import SAVED
from tests.test_review38 import _judged_whole
from tests.test_review43 import DAY
from verify.kinds.date.judge import _the_verbs_own_dates
from verify.kinds.quantity.measured import numbers_of
from verify.models import Verdict


# A page's figure written in words with a scale from verify/lexicons/numbers.toml ('three hundred branches', 'two
# dozen offices') is that figure wherever the quantity judge looks for the page's tokens of the claim's value (what
# the figure measures, where it is set), not the number word alone.
@pytest.mark.parametrize(
    ("value", "found"),
    [
        pytest.param(300, ["three"], id="three-hundred"),
        pytest.param(24, ["two"], id="two-dozen"),
        pytest.param(3, [], id="not-the-word-alone"),
    ],
)
def test_a_page_figure_in_words_is_read_with_its_scale(value: float, found: list[str]) -> None:
    text = "Korvik Bank has three hundred branches and two dozen offices."
    assert [t.text for t in numbers_of(text, value)] == found


# A person's infobox listing their offices with terms and no deputy post refutes a claimed deputy post only when the
# page's text does not tell it held ('had served as Deputy Minister of Foreign Affairs and a Minister of State'): an
# early junior post is often left out of the box (the csg-2025 pair's fifteen false 'contradicted' on tuning at the
# session's start, which came with s44's narrower office window).
RUIZ_MINISTER = boxed(
    "Ana Ruiz",
    "Ana Ruiz (born 1963) is a Norbian politician who has been Minister for Foreign Affairs of Norby since 2021. "
    "Previously, she was a Member of Parliament for Halden from 2009 to 2021 and had served as Deputy Minister of "
    "Foreign Affairs and a Minister of State under President Karl Moen.",
    [("office", "Minister for Foreign Affairs of Norby"), ("term_start", "7 January 2021"),
     ("office1", "Member of Parliament for Halden"), ("term_start1", "7 January 2009"),
     ("term_end1", "6 January 2021"), ("birth_date", "8 February 1963")],
    SAVED,
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "refuted"),
    [
        pytest.param(None, False, id="told-in-the-text"),
        pytest.param("Previously, she was a Member of Parliament for Halden from 2009 to 2021.", True, id="untold"),
    ],
)
def test_a_deputy_post_the_text_tells_is_not_refuted_by_the_box(text: str | None, refuted: bool) -> None:
    told = RUIZ_MINISTER.text.split("Previously")[0]
    doc = RUIZ_MINISTER if text is None else RUIZ_MINISTER.model_copy(update={"text": told + text})
    body = (
        "Ana Ruiz was born in Halden. She was appointed Norby's foreign minister in 2021, succeeding Ivo Stam, and had "
        "earlier served as a deputy minister of foreign affairs under President Karl Moen."
    )
    found = _judged_whole(body, [doc], "role", "deputy minister", DAY)
    assert found and (Verdict.CONTRADICTED in found) is refuted, found


# A post 'of' one capitalised body word ('President of the Senate') is that body's, not a state's: with no country in
# the lexicon, only names without a body's noun read as a state (review45 B4's neighbour).
@pytest.mark.parametrize("post", ["President of the Senate"])
def test_a_bodys_presidency_is_no_states(post: str) -> None:
    lead = page("Ana Ruiz", f"Ana Ruiz (born 1960) is a Norbian politician who has been {post} since 2020.", SAVED)
    found = _judged_whole("President Ana Ruiz visited Tarsa on Monday.", [lead], "role", "President", DAY)
    assert Verdict.SUPPORTED not in found, found


# An acting spell or a seat on the board, told as a step of the article's month or the one before, often precedes the
# appointment the article reports: it refutes nothing (review45 B5; the month rule alone lets these through).
@pytest.mark.parametrize(
    ("told", "body"),
    [
        pytest.param(
            "In May 2024 he was appointed acting director of the Korvik Museum.",
            "The Korvik Museum has appointed Jon Dahl as its director.",
            id="acting-in-may",
        ),
        pytest.param(
            "In May 2024 he was appointed to the board of Korvik Bank.",
            "Korvik Bank has named Jon Dahl as its chairman.",
            id="a-board-seat-in-may",
        ),
    ],
)
def test_a_seat_or_a_stopgap_step_does_not_refute_the_appointment(told: str, body: str) -> None:
    doc = page("Jon Dahl", f"Jon Dahl (born 1970) is a Norbian manager. {told}", SAVED)
    found = _judged_whole(body, [doc], "role", "Jon Dahl", DAY)
    assert found and Verdict.CONTRADICTED not in found, found


# Where every date of a page sentence is its verb's own ('He was arrested on 3 May 2021'), the sentence restricts
# nothing: no dates are given as the verb's against others, which would let that sentence refute a claim of another
# day as if it told the one event (fixd43 R14: a person's deed told of many days; fixb45's reading kept so).
@pytest.mark.parametrize(
    ("text", "restricted"),
    [
        pytest.param("He was arrested on 3 May 2021.", False, id="every-date-the-verbs"),
        pytest.param(
            "He won the prize in 1988 and was shortlisted for it again in 1995.", True, id="another-verbs-date"
        ),
    ],
)
def test_a_verbs_own_dates_restrict_only_beside_another_verbs(text: str, restricted: bool) -> None:
    stem = "arrest" if "arrest" in text else "won"
    assert (_the_verbs_own_dates(stem, text) is not None) is restricted
