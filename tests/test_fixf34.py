"""fixf34: review34's B1 and B3, regressions of s34-fs34's merged code mended.

B1 (fs34 4d69248: a figure that is a full verb's subject is counted by its own deed): the subject's deed is the other
side of the page's deed in true counts, '312 people lost their lives' of '..., killing 312 people' and '4,200 people
work at' of 'It employs about 4,200 people'; judging.toml [quantity] `taken_alike` holds them together, the verb with
its object ('lose life') where the two name the deed together (`measured._deed_words`), so 'lost their homes' is still
no toll of the dead.

B3 (fs34 9fc5b65: a place's adjective the lexicon does not know says whose post, not which): the adjective is left
out of the words the held office must have ('Norbian foreign minister') except before a noun of judging.toml offices
`place_portfolio_nouns`: there it names the post ('European affairs minister' is no Minister of Foreign Affairs).
"""

from __future__ import annotations

import pytest

from tests.support.judging import boxed
from tests.test_review26 import AS_OF, SAVED, _judged, _never
from tests.test_review27 import WORKS
from tests.test_review32 import QUAKE_TOLL, QUAKE_WEEK
from verify.models import Document, Verdict

# Ana Ruiz's invented page as foreign minister, succeeding Ivo Stam (review34's B3 page)
FOREIGN = boxed(
    "Ana Ruiz",
    "Ana Ruiz (born 1 January 1975) is a Norbian politician serving as Minister of Foreign Affairs since 14 February "
    "2023.",
    [("office", "Minister of Foreign Affairs"), ("term_start", "14 February 2023"), ("predecessor", "Ivo Stam")],
    SAVED,
)


@pytest.mark.parametrize(
    ("body", "doc"),
    [
        pytest.param("312 people lost their lives in the Korvik earthquake.", QUAKE_TOLL, id="lost-their-lives"),
        pytest.param("312 people met their deaths in the Korvik earthquake.", QUAKE_TOLL, id="met-their-deaths"),
        pytest.param("About 4,200 people work at Norby Steelworks.", WORKS, id="work-at"),
        # an object the lexicon does not name with the verb leaves the verb alone the deed ('work', not 'work shift')
        pytest.param("About 4,200 people work shifts at Norby Steelworks.", WORKS, id="work-shifts"),
    ],
)
def test_a_count_told_by_the_other_side_of_the_deed_is_supported(body: str, doc: Document) -> None:
    found = _judged(body, [doc], ("quantity",), QUAKE_WEEK if doc is QUAKE_TOLL else AS_OF)
    assert set(found.values()) == {Verdict.SUPPORTED}, found


@pytest.mark.parametrize(
    ("body", "doc"),
    [
        pytest.param("312 people lost their homes in the Korvik earthquake.", QUAKE_TOLL, id="lost-their-homes"),
        pytest.param("About 4,200 people lost their jobs at Norby Steelworks.", WORKS, id="lost-their-jobs"),
    ],
)
def test_twin_a_count_of_another_deed_of_the_subject_is_not_supported(body: str, doc: Document) -> None:
    _never(Verdict.SUPPORTED, body, [doc], ("quantity",), QUAKE_WEEK if doc is QUAKE_TOLL else AS_OF)


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Ana Ruiz succeeded Ivo Stam as European affairs minister.", id="european"),
        pytest.param("Ana Ruiz replaced Ivo Stam as African affairs minister in 2023.", id="african"),
    ],
)
def test_a_regions_adjective_alone_before_affairs_names_the_post(body: str) -> None:
    _never(Verdict.SUPPORTED, body, [FOREIGN], ("clause",))


def test_twin_the_places_adjective_before_the_posts_own_word_says_whose_post() -> None:
    found = _judged("Ana Ruiz succeeded Ivo Stam as Norbian foreign minister.", [FOREIGN], ("clause",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found
