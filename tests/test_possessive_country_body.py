"""A post of a body a country's possessive owns ("Speaker of Canada's House of Commons") is that country's post
of the body ('Speaker of the House of Commons', of Canada): the holder's page decides it by the post it lists
and the country it gives the holder, both ways (recall38b: the wrong-country variant and its true twin had both
stayed unverified, the office words never matching the page's)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, verdict_on_words

AS_OF = dt.date(2025, 7, 1)
KESSEL = boxed(
    "Mara Kessel",
    "Mara Kessel (born 4 May 1971) is a Canadian politician who has served as the 40th speaker of the House of "
    "Commons since 2 June 2025. She is the member of Parliament (MP) for Tarsa Lake.",
    [
        ("office", "40th Speaker of the House of Commons"),
        ("term_start", "2 June 2025"),
        ("predecessor", "Ivo Stam"),
        ("office2", "Member of Parliament for Tarsa Lake"),
        ("term_start2", "2015"),
    ],
    dt.datetime(2025, 6, 20, tzinfo=dt.UTC),
)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Mara Kessel is now Speaker of Canada's House of Commons.", "supported"),
        ("Mara Kessel is now Speaker of Britain's House of Commons.", "contradicted"),  # another country's Speaker
        # the true twin of another post: a body of her country the page gives her no post of decides nothing
        ("Mara Kessel is now Speaker of Canada's Senate.", "unverified"),
    ],
)
def test_a_countrys_possessive_body_is_judged_as_that_countrys(sentence: str, expected: str) -> None:
    assert verdict_on_words(sentence, [KESSEL], AS_OF, "role", "Speaker of").value == expected
