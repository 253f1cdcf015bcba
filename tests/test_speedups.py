"""Work remembered for speed gives what doing it again would: a page's units."""

from __future__ import annotations

import datetime as dt

from verify.match import units
from verify.models import Document, InfoboxField

NOW = dt.datetime(2025, 8, 20, tzinfo=dt.UTC)


def page(text: str, rows: tuple[InfoboxField, ...] = ()) -> Document:
    return Document(
        url="https://en.wikipedia.org/wiki/NATO",
        title="NATO",
        source="wikipedia",
        retrieved_at=NOW,
        text=text,
        infobox=rows,
    )


def test_a_pages_units_are_its_rows_then_its_sentences_each_time_they_are_asked_for() -> None:
    doc = page("NATO has 32 members. Its headquarters are in Brussels.", (InfoboxField(label="members", value="32"),))
    first = units(doc)
    first.clear()  # a caller's list is its own
    again = units(doc)
    assert [u.text for u in again] == ["Members: 32", "NATO has 32 members.", "Its headquarters are in Brussels."]
    assert all(u.doc is doc for u in again)


def test_another_page_with_the_same_fields_but_other_text_has_its_own_units() -> None:
    units(page("NATO has 32 members."))
    assert [u.text for u in units(page("NATO has 31 members."))] == ["NATO has 31 members."]
