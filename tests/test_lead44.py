"""The forty-fourth session's lead: rows for behaviour the lead's own changes read or guard."""

from __future__ import annotations

import pytest

from tests.support.judging import page
from tests.test_review26 import SAVED
from tests.test_review38 import _judged_whole
from tests.test_review43 import DAY
from verify.app import article_from_text
from verify.extract import extract_claims
from verify.models import Verdict

# A day written as its ordinal ('the 13th of June 2023', 'June 13th, 2023') is the day, never the month alone
# (review44 R1): the page's 'opened on 3 June 2023' does not state the 13th, and it states the 3rd.
BRIDGE = page("Korvik Bridge", "Korvik Bridge is a bridge in Korvik, Norby. It opened on 3 June 2023.", SAVED)


@pytest.mark.parametrize(
    ("body", "supported"),
    [
        pytest.param("Korvik Bridge opened on the 13th of June 2023.", False, id="the-13th-of"),
        pytest.param("Korvik Bridge opened on June 13th, 2023.", False, id="june-13th"),
        pytest.param("Korvik Bridge opened on the 3rd of June 2023.", True, id="the-3rd-of"),
        pytest.param("Korvik Bridge opened on June 3rd, 2023.", True, id="june-3rd"),
    ],
)
def test_an_ordinal_day_is_the_day_not_its_month(body: str, supported: bool) -> None:
    found = _judged_whole(body, [BRIDGE], "date", "opened", DAY)
    assert (found == [Verdict.SUPPORTED]) is supported, found


# A scale word after a number word multiplies it ('three hundred branches' are 300, review44 R2), and a scale
# with no number of its own ('a few dozen', 'several hundred') is no count at all (review44 R3).
@pytest.mark.parametrize(
    ("body", "count", "supported"),
    [
        pytest.param("Korvik Bank has three hundred branches.", "300", True, id="three-hundred-is-300"),
        pytest.param("Korvik Bank has three hundred branches.", "3", False, id="three-hundred-is-not-3"),
        pytest.param("Korvik Bank has two hundred thousand customers.", "200,000", True, id="hundred-thousand"),
    ],
)
def test_a_scale_word_multiplies_the_number_before_it(body: str, count: str, supported: bool) -> None:
    noun = body.split()[-1].rstrip(".")
    doc = page("Korvik Bank", f"Korvik Bank is a Norbian bank founded in 1995. It has {count} {noun}.", SAVED)
    found = _judged_whole(body, [doc], "quantity", "hundred", DAY)
    assert (found == [Verdict.SUPPORTED]) is supported, found


@pytest.mark.parametrize("body", ["Korvik Bank has a few dozen branches.", "Korvik Bank has several hundred branches."])
def test_a_scale_without_a_number_is_no_count(body: str) -> None:
    claims = extract_claims(article_from_text(f"Norby news\n\n{body}\n", as_of=DAY))
    assert [c.text for c in claims if c.kind == "quantity"] == []


# A nomination named after the prize ('received the Korvik Prize nomination') is no prize received: the whole
# sentence's nomination word keeps it apart even where the prize stands as the verb's object (fixm43, kept by the
# object reading s44-fixd44 added).
NOMINEE = page(
    "Nina Moe",
    "Nina Moe (born 1960) is a Norbian novelist. In 2020 she received the Korvik Prize nomination for her novel.",
    SAVED,
)


def test_a_nomination_named_after_the_prize_is_not_the_prize() -> None:
    found = _judged_whole("Nina Moe won the Korvik Prize in 2020.", [NOMINEE], "clause", "Korvik Prize", DAY)
    assert Verdict.SUPPORTED not in found, found
