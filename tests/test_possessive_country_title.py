"""A country's possessive before a title and its holder's name ("Qatar's Emir Sheikh Salem Al-Sabah") makes the
title that country's, and a style between the title and the name ('Sheikh', 'Dr.') is the name's, not a word of
the post: the holder's page decides whose post it is both ways (recall38b: "Kuwait's Emir Sheikh Nawaf" had stayed
unverified, read as the post 'Emir Sheikh' of no country, and so had its Qatar variant)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, judged_body, verdict_on_words

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


def test_a_rank_stated_beside_the_title_keeps_its_claim() -> None:
    """'Crown Prince Sheikh Salem ...' read as the post 'Crown Prince' says nothing of 'the world's oldest crown
    prince' later: that rank among the post's holders is a claim of its own (kw-2023-11-30's label had lost its claim
    once the style no longer made the titles differ)."""
    body = (
        "Next in line is Crown Prince Sheikh Salem Al-Mubarak Al-Sabah, the emir's half-brother. "
        "Salem, 83, was named heir apparent in October 2020 and is the world's oldest crown prince."
    )
    claims = [c for c, _ in judged_body(body, [SALEM], AS_OF) if c.kind == "role"]
    assert [c.value for c in claims if "oldest" in c.text] == ["oldest crown prince"]
