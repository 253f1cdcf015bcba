"""A country's possessive before a title and its holder's name ("Qatar's Emir Sheikh Salem Al-Sabah") makes the
title that country's, and a style between the title and the name ('Sheikh', 'Dr.') is the name's, not a word of
the post: the holder's page decides whose post it is both ways (recall38b: "Kuwait's Emir Sheikh Nawaf" had stayed
unverified, read as the post 'Emir Sheikh' of no country, and so had its Qatar variant)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, verdict_on_words

AS_OF = dt.date(2024, 3, 6)
SALEM = boxed(
    "Salem Al-Mubarak Al-Sabah",
    "Sheikh Salem Al-Mubarak Al-Sabah (born 2 April 1950) is the 17th Emir of Kuwait, since 16 December 2022. He was "
    "previously crown prince.",
    [("succession", "Emir of Kuwait"), ("reign", "16 December 2022 – present"), ("predecessor", "Omar Al-Hamad")],
    dt.datetime(2024, 2, 1, tzinfo=dt.UTC),
)
LUND = boxed(
    "Ada Lund",
    "Ada Lund (born 3 March 1968) is an American politician serving as the 84th governor of Georgia since "
    "January 2023.",
    [("office", "84th Governor of Georgia"), ("term_start", "January 9, 2023"), ("predecessor", "Omar Hale")],
    dt.datetime(2024, 2, 1, tzinfo=dt.UTC),
)


@pytest.mark.parametrize(
    ("sentence", "page", "expected"),
    [
        ("Kuwait's Emir Sheikh Salem Al-Mubarak Al-Sabah was admitted to hospital on Tuesday.", SALEM, "supported"),
        ("Qatar's Emir Sheikh Salem Al-Mubarak Al-Sabah was admitted to hospital on Tuesday.", SALEM, "contradicted"),
        # a state sharing a country's name: its governor is no post of the country, and stays supported
        ("Georgia's Governor Ada Lund signed the bill on Tuesday.", LUND, "supported"),
    ],
)
def test_a_countrys_possessive_before_a_title_is_the_titles_country(sentence, page, expected) -> None:
    assert verdict_on_words(sentence, [page], AS_OF, "role", "Al-Sabah" if page is SALEM else "Ada Lund").value == (
        expected
    )
