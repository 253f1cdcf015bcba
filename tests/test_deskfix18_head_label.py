"""A body's infobox lists several people in labelled rows ('commander2_label = Chair', 'commander4_label =
Director General of the International Staff'): the holder of the body's head is the row labelled as its head,
not any row. Invented body and people."""

from __future__ import annotations

from tests.support.judging import boxed
from verify.match import incumbent_fields

ROWS = [("unit_name", "Vestrian Defence Council"), ("commander2", "Admiral Ada Varn"), ("commander2_label", "Chair"),
        ("commander4", "General Bo Quist"),
        ("commander4_label", "Director General of the International Staff")]  # fmt: skip


def test_the_row_labelled_as_the_head_is_the_holder_and_another_labelled_row_is_not():
    council = boxed("Vestrian Defence Council", "The Vestrian Defence Council is a body.", ROWS)
    assert [f.value for f, _ in incumbent_fields(council)] == ["Admiral Ada Varn"]


def test_without_a_head_label_every_holder_row_stays():
    rows = [r for r in ROWS if r[0] != "commander2_label"]
    council = boxed("Vestrian Defence Council", "The Vestrian Defence Council is a body.", rows)
    assert [f.value for f, _ in incumbent_fields(council)] == ["Admiral Ada Varn", "General Bo Quist"]
