"""The date of a clause with its verb left out (issue 14): 'Craig died in 2018, and Ronnie in December 2022' gave the
date kind's claim on 'died in 2018, and Ronnie in December 2022' to Craig, dated December 2022. The clause reader
already reads the gapped clause as Ronnie's (s38-ext38a); a date claim whose words end with that clause's date now
takes its name and its words. Invented sentences."""

from __future__ import annotations

import pytest

from tests.test_clause_shapes import article
from verify.extract import extract_claims


def _dates(body: str) -> list[tuple[str, str, str | None]]:
    return [(c.subject, c.text, c.value) for c in extract_claims(article(body)) if c.kind == "date"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "The singer outlived two of her sons: Craig died in 2018, and Ronnie in December 2022, aged 62.",
            ("Ronnie", "Ronnie in December 2022", "2022-12"),
            id="and-a-name-with-its-date",
        ),
        pytest.param(
            "Brunei joined the bloc in 1984, Vietnam in July 1995, Laos and Myanmar in July 1997.",
            ("Vietnam", "Vietnam in July 1995", "1995-07"),
            id="a-list-of-gapped-names",
        ),
    ],
)
def test_a_gapped_clauses_date_is_its_names(body: str, expected: tuple[str, str, str]) -> None:
    assert expected in _dates(body), _dates(body)


def test_a_second_verb_keeps_the_first_subjects_date() -> None:
    """No name stands in a gap ('and opened a bakery in December 2022'): the date stays the subject's."""
    assert [
        s for s, _, v in _dates("Craig moved to Paris in 2018 and opened a bakery in December 2022.") if v == "2022-12"
    ] == ["Craig"]
