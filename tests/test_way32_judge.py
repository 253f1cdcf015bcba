"""A wrong birthplace, read in the thirty-second session (way32's private check of invented pairs in shapes wire news
uses, written before this fix). Invented people and pages; each false variant beside its true twin, which stays
supported.

A town the page named anywhere was never ruled out as a birthplace ('born in Oslo' against 'Place of birth: Bergen,
Norway' stayed unverified because the page also says 'University of Oslo'): the guard is for a region the page's
own place may lie in. A birthplace is one place, so a town the page names only as a word of another body's name is
now ruled out; a place the page writes as a place anywhere ('She lives in Hordaland', 'Bergen, Hordaland',
'Kristiania (now Oslo)'), still is not (review32 B1: a name in the birth sentence is as often the town's city or
its other name as a place set apart).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, verdict_on_words
from verify.models import Document, Verdict

SUMMER_2024 = dt.date(2024, 6, 3)


def _lunde(*sentences: str, birth_place: str = "Bergen, Norway") -> Document:
    """Kari Lunde's page: her lead, then the given sentences, and an infobox giving her birthplace."""
    lead = "Kari Lunde (born 14 March 1974) is a Norwegian politician, Minister of Fisheries since 2021."
    return boxed(
        "Kari Lunde",
        " ".join([lead, *sentences]),
        [("office", "Minister of Fisheries"), ("term_start", "14 October 2021"), ("birth_place", birth_place)],
    )


def _verdict_on(body: str, doc: Document, words: str) -> Verdict:
    """The verdict on the one clause claim whose words hold `words`, extracted from `body`."""
    return verdict_on_words(body, [doc], SUMMER_2024, "clause", words)


@pytest.mark.parametrize(
    ("body", "words", "expected"),
    [
        ("Kari Lunde was born in Oslo in 1974.", "born in Oslo", Verdict.CONTRADICTED),
        ("Kari Lunde was born in Bergen in 1974.", "born in Bergen", Verdict.SUPPORTED),
    ],
)
def test_a_town_the_page_names_only_in_a_bodys_name_is_ruled_out(body: str, words: str, expected: Verdict) -> None:
    doc = _lunde("She graduated from the University of Oslo in 1998.")
    assert _verdict_on(body, doc, words) == expected


def test_a_town_the_birth_sentence_names_as_the_towns_other_name_is_not_refuted() -> None:
    doc = _lunde("She was born in Kristiania (now Oslo).", birth_place="Kristiania, Norway")
    assert _verdict_on("Kari Lunde was born in Oslo.", doc, "born in Oslo") != Verdict.CONTRADICTED


def test_a_place_the_page_writes_on_its_own_may_still_be_the_region_around_its_town() -> None:
    doc = _lunde("She lives in Hordaland with her family.")
    assert _verdict_on("Kari Lunde was born in Hordaland.", doc, "born in Hordaland") != Verdict.CONTRADICTED


def test_a_place_the_page_writes_beside_its_birthplace_is_the_area_around_it() -> None:
    doc = _lunde("She has lived in Bergen, Hordaland, since 2000.")
    assert _verdict_on("Kari Lunde was born in Hordaland.", doc, "born in Hordaland") != Verdict.CONTRADICTED


def test_a_place_named_with_its_kind_is_that_place_not_a_bodys_name() -> None:
    doc = _lunde("She sat on the Hordaland County council.", birth_place="Os, Norway")
    assert _verdict_on("Kari Lunde was born in Hordaland.", doc, "born in Hordaland") != Verdict.CONTRADICTED
