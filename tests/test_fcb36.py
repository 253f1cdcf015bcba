"""fcb36's mends of review36's items (tests/test_review36.py holds the rows found wrong): the false twins that keep
each mend from reading too much."""

from __future__ import annotations

import pytest

from tests.test_review26 import _judged, _never
from tests.test_review27 import PARTY, STAM
from tests.test_review29 import VOS
from tests.test_review31 import BANK_RESULTS
from tests.test_review36 import CALLED_THE_DEAL
from verify.models import Verdict


# R7's mend: an apposition telling the time a title was held dates the holding by the years it names; a term that
# does not meet them supports nothing (Lena Vos's page: prime minister from 2005 to 2015).
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Lena Vos, prime minister during the 2020 pandemic, spoke.", id="during-a-later-event"),
        pytest.param("Lena Vos, prime minister in the late 1980s and early 1990s, spoke.", id="earlier-decades"),
        pytest.param("Lena Vos, prime minister for a decade until 1995, spoke.", id="earlier-end"),
    ],
)
def test_a_post_apposed_with_other_past_times_is_not_supported(body: str) -> None:
    _never(Verdict.SUPPORTED, body, [VOS], ("role",))


def test_a_post_apposed_with_its_own_times_is_supported() -> None:
    found = _judged("Lena Vos, prime minister during the 2008 financial crisis, spoke.", [VOS], ("role",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# R1's mend: an apposition between the clause's subject and its verb is no word of the post, so the spell is judged:
# another start year or another post is refuted (Ivo Stam's page: Prime Minister of Norby, 2015 to 2023).
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Ivo Stam, a veteran politician, was prime minister from 2012 to 2023.", id="another-start"),
        pytest.param("Ivo Stam, a veteran politician, was finance minister from 2015 to 2023.", id="another-post"),
    ],
)
def test_an_apposed_description_leaves_a_wrong_spell_refuted(body: str) -> None:
    found = _judged(body, [STAM], ("clause",))
    assert set(found.values()) == {Verdict.CONTRADICTED}, found


# R8's mend: the age after 'turns' is no count, and the sentence's own count is still judged: 61 seats in 2023 on the
# Norby Party's page, so 70 is refuted.
def test_the_count_beside_an_age_turned_is_still_judged() -> None:
    found = _judged("The Norby Party, which turns 78 this year, won 70 seats in 2023.", [PARTY], ("quantity",))
    assert list(found) == ["quantity: 70 seats"], found
    assert set(found.values()) == {Verdict.CONTRADICTED}, found


# R16's mend: the clause judge holds a sum's currency, however written: the sign, the code or the word of the page's
# own currency still states it ('In 2023 it had revenue of 1.2 billion euros').
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Korvik Bank had revenue of \u20ac1.2 billion in 2023.", id="sign"),
        pytest.param("Korvik Bank had revenue of 1.2 billion euros in 2023.", id="word"),
    ],
)
def test_a_sum_in_the_pages_currency_is_stated(body: str) -> None:
    found = _judged(body, [BANK_RESULTS], ("clause",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# R9's mend: what the quoted words were said of, and when, are asked only where both sentences tell it; the same
# thing in other words, a pronoun, another naming verb, or a year only in an aside keep the page's support ('In 2023
# she called the deal "a disaster".').
@pytest.mark.parametrize(
    "body",
    [
        pytest.param('Ana Ruiz called the deal "a disaster".', id="same-thing"),
        pytest.param('Ana Ruiz called it "a disaster".', id="pronoun"),
        pytest.param('Ana Ruiz described the trade deal as "a disaster".', id="described-as"),
        pytest.param('Ana Ruiz called the deal "a disaster" in 2023.', id="same-year"),
        pytest.param('Ana Ruiz, elected in 2019, called the deal "a disaster".', id="year-in-an-aside"),
    ],
)
def test_words_said_of_the_same_thing_are_supported(body: str) -> None:
    found = _judged(body, [CALLED_THE_DEAL], ("quote",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


def test_words_said_in_a_year_the_sentence_opens_with_are_dated() -> None:
    _never(Verdict.SUPPORTED, 'In 2019, Ana Ruiz called the deal "a disaster".', [CALLED_THE_DEAL], ("quote",))
