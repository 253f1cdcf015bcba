"""Killers for the seven mutations that survived session 28: the rows that killed them are now also decided by
another reading (s28-fs28's other words between the claim's verb and its value in a page sentence, and the head
asked of the support after a post), so each row here is written where only the mutated line decides it: the page
sentence puts the value before the verb, or the count after the value, or names the head in the supporting sentence.
Invented people and pages (`tests/support/judging.py`); each claim is the one extraction gives the article's words.
Each negative row has a supported twin (the same shape, the claim true): it cannot pass by the page never being read."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, page, verdict_on_words
from tests.test_review24 import AS_OF, SAVED
from verify.models import Verdict

# Lena Vos at the 1988 Olympics: the games and the city come before 'she won', so the page's words between the verb
# and the claim's first value are none, and the reading of other words in the value's place sees nothing.
VOS_LEAD = "Lena Vos (born 3 May 1960) is a Norland runner."
GOLD = "Lena Vos won a gold medal at the 1988 Olympics in Seoul."


def _vos_won(told: str) -> Verdict:
    return verdict_on_words(GOLD, [page("Lena Vos", f"{VOS_LEAD} {told}", SAVED)], AS_OF, "clause", "gold medal")


@pytest.mark.parametrize(
    "told",
    [
        pytest.param("At the 1988 Olympics in Seoul she won a silver medal.", id="silver"),
        pytest.param(
            "At the 1988 Olympics in Seoul she won a silver medal, behind the gold medal winner.", id="winner"
        ),
    ],
)
def test_a_medal_of_another_colour_told_after_its_games_does_not_support_the_gold(told: str) -> None:
    """another-thing-of-its-kind-ignored, another-thing-any-modifier ('silver': the medal with another modifier) and
    another-thing-compound-read-as-the-thing ('winner': 'the gold medal winner' is another's gold medal): with the
    games before the verb only `_another_thing_of_its_kind` keeps the sentence from supporting the gold medal."""
    assert _vos_won(told) != Verdict.SUPPORTED


def test_twin_the_gold_medal_told_after_its_games_is_supported() -> None:
    assert _vos_won("At the 1988 Olympics in Seoul she won a gold medal.") == Verdict.SUPPORTED


# Tom Berg, head coach of Norby United: the claim's object ('the club') is named only by the apposition after his name.
COACH = "Tom Berg, the head coach of Norby United, joined the club in 2019."


def _berg_joined(told: str) -> Verdict:
    berg = boxed(
        "Tom Berg",
        "Tom Berg (born 1970) is a Norbian football manager who has been head coach of Norby United since 2022.\n"
        + told,
        [("currentclub", "Norby United")],
        SAVED,
    )
    return verdict_on_words(COACH, [berg], AS_OF, "clause", "joined the club")


def test_the_apposition_naming_the_object_is_asked_of_a_sentence_dated_before_its_verb() -> None:
    """apposition-naming-the-object-dropped: 'In 2019 Berg joined Korvik City' sets the year before the verb, so the
    other club's name is not read as other words in the value's place; only keeping the apposition ('Norby United')
    among the words the sentence must hold, as the sentence never words 'the club', keeps it from supporting."""
    assert _berg_joined("In 2019 Berg joined Korvik City as an assistant.") != Verdict.SUPPORTED


def test_twin_the_club_the_apposition_names_supports_it() -> None:
    assert _berg_joined("In 2019 Berg joined Norby United as an assistant.") == Verdict.SUPPORTED


# Jon Dahl: one tournament won in 2019, told with its year first; his first major in 2022.
DAHL = page(
    "Jon Dahl",
    "Jon Dahl (born 1990) is a Norbian golfer. In 2019 he won the Korvik Open. He won his first major, the Dalby "
    "Championship, in 2022.",
    SAVED,
)


def test_an_ordinal_object_is_asked_of_a_sentence_dated_before_its_verb() -> None:
    """numbered-object-not-asked-of-the-sentence: 'In 2019 he won the Korvik Open' puts the year before the verb, so
    'the Korvik Open' is not read as other words in the value's place; only `_numbered_alike` (no 'first major' in
    the sentence) keeps it from supporting 'won his first major in 2019'."""
    body = "Jon Dahl won his first major in 2019."
    assert verdict_on_words(body, [DAHL], AS_OF, "clause", "first major") != Verdict.SUPPORTED


def test_twin_the_first_major_in_its_year_is_supported() -> None:
    body = "Jon Dahl won his first major in 2022."
    assert verdict_on_words(body, [DAHL], AS_OF, "clause", "first major") == Verdict.SUPPORTED


# Dan Kerr: two tours in Iraq, the count told after the place.
KERR = page("Dan Kerr", "Dan Kerr (born 1968) is a Norbian general. He served in Iraq for two tours.", SAVED)


def test_a_count_in_words_told_after_the_place_is_asked() -> None:
    """clause-number-words-unchecked: 'He served in Iraq for two tours' words nothing between the verb and the place,
    so no other words stand in the value's place; only the count written in words ('three' against 'two') keeps it
    from supporting 'served three tours in Iraq'."""
    body = "Dan Kerr served three tours in Iraq."
    assert verdict_on_words(body, [KERR], AS_OF, "clause", "tours") != Verdict.SUPPORTED


def test_twin_the_same_count_told_after_the_place_is_supported() -> None:
    body = "Dan Kerr served two tours in Iraq."
    assert verdict_on_words(body, [KERR], AS_OF, "clause", "tours") == Verdict.SUPPORTED


# Ivo Stam, prime minister 2015-2019, and Lena Vos, finance minister 2021-2023: her page names him in the sentence of
# her term. Both saved before the article's day (a page newer than the article is not read for a past holding).
SAVED_BEFORE = dt.datetime(2023, 12, 1, tzinfo=dt.UTC)
STAM = boxed(
    "Ivo Stam",
    "Ivo Stam (born 3 March 1950) is a Norbian politician who served as Prime Minister of Norby from 2015 to 2019.",
    [("office", "Prime Minister of Norby"), ("term_start", "1 June 2015"), ("term_end", "3 July 2019")],
    SAVED_BEFORE,
)
VOS_FINANCE = page(
    "Lena Vos",
    "Lena Vos (born 3 May 1960) is a Norbian politician. She was finance minister from 2021 to 2023, two years after "
    "Ivo Stam left office.",
    SAVED_BEFORE,
)


def test_a_post_held_after_the_heads_time_is_not_supported_by_a_sentence_naming_the_head() -> None:
    """past-head-time-unchecked: the sentence of her finance term names Ivo Stam, so the head asked of the support
    (`served_under`) finds him; only the head's own time (2015-2019, his page's term) set against her term keeps it
    from supporting 'finance minister under Ivo Stam'."""
    body = "Lena Vos, finance minister under Ivo Stam, spoke."
    assert verdict_on_words(body, [VOS_FINANCE, STAM], AS_OF, "role", "finance minister") != Verdict.SUPPORTED


def test_twin_a_term_within_the_heads_time_its_row_naming_him_is_supported() -> None:
    # a term's row dates its end (2018, within Stam's 2015-2019); a sentence's spell is not read as dated here
    vos = boxed(
        "Lena Vos",
        "Lena Vos (born 3 May 1960) is a Norbian politician.",
        [("office", "Minister of Finance"), ("term_start", "1 March 2016"), ("term_end", "2 May 2018"),
         ("primeminister", "Ivo Stam")],
        SAVED_BEFORE,
    )  # fmt: skip
    body = "Lena Vos, finance minister under Ivo Stam, spoke."
    assert verdict_on_words(body, [vos, STAM], AS_OF, "role", "finance minister") == Verdict.SUPPORTED
