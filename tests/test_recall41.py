"""Contradictions missed, read in the forty-first session (recall41; issue 15). Invented people and pages.

- A body named by its initials with its country's adjective ('DSRO' for the Danish Space Research Organisation):
  the office's specific words leave the country out ('space', 'research', 'organisation', and the initials 'sro'),
  so 'chairman of DSRO' named no word of it, and no page row of the post counted, for or against. The initials of
  the office's whole runs of capitalised words (`verify.offices._acronyms`) name it too: the holder of the day's
  page then supports her and contradicts her predecessor named as the holder now ('DSRO's chairman is now Ivo
  Stam'); a body of other initials ('DSA') is still another body.
- An office-holder-elect's infobox gives the holder to be succeeded in a 'succeeding' row ('President-elect of Norby',
  'succeeding: Tom Berg'), not a 'predecessor' one: it is read as that group's predecessor row
  (judging.toml offices.predecessor_rows, `verify.wikitext.numbered_groups`), so a copy saved before the swearing-in
  refutes 'sworn in on 6 August, succeeding Ivo Stam' and supports 'succeeding Tom Berg'.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, verdict_on_words
from verify.models import Verdict

AGENCY_DAY = dt.date(2025, 1, 16)
# the chairman of the day: from 15 January 2022, after Ivo Stam
RUIZ = boxed(
    "Ana Ruiz",
    "Ana Ruiz (born 1961) is a Danish engineer who has chaired the Danish Space Research Organisation since 2022.",
    [
        ("office", "10th Chairman of the Danish Space Research Organisation"),
        ("term_start", "15 January 2022"),
        ("predecessor", "Ivo Stam"),
    ],
)


@pytest.mark.parametrize(
    ("body", "words", "expected"),
    [
        pytest.param("DSRO's chairman is now Ivo Stam.", "Ivo Stam", Verdict.CONTRADICTED, id="predecessor-as-holder"),
        pytest.param("DSRO's chairman is now Ana Ruiz.", "Ana Ruiz", Verdict.SUPPORTED, id="holder-of-the-day"),
        pytest.param(
            "Ivo Stam, the chairman of DSRO, spoke.", "Ivo Stam", Verdict.CONTRADICTED, id="apposition-predecessor"
        ),
        pytest.param("Ivo Stam, the chairman of DSA, spoke.", "Ivo Stam", Verdict.UNVERIFIED, id="other-initials"),
    ],
)
def test_a_body_named_by_initials_with_its_countrys_adjective(body: str, words: str, expected: Verdict) -> None:
    assert verdict_on_words(body, [RUIZ], AGENCY_DAY, "role", words) == expected


SWEARING_IN_DAY = dt.date(2025, 8, 8)
# her page as saved before she took office: an elect, with the holder she is to succeed
SAND_ELECT = boxed(
    "Lena Sand",
    "Lena Sand (born 1983) is a Norbian historian and politician, president-elect of Norby.",
    [
        ("office", "President-elect of Norby"),
        ("term_start", "6 August 2025"),
        ("succeeding", "Tom Berg"),
        ("office2", "Director of the Norby Institute of Remembrance"),
        ("term_start2", "23 July 2021"),
        ("predecessor2", "Per Olsen"),
    ],
    dt.datetime(2025, 6, 1, tzinfo=dt.UTC),
)


@pytest.mark.parametrize(
    ("predecessor", "expected"),
    [
        pytest.param("Ivo Stam", Verdict.CONTRADICTED, id="another-predecessor"),
        pytest.param("Tom Berg", Verdict.SUPPORTED, id="the-one-succeeded"),
    ],
)
def test_an_elects_succeeding_row_names_the_predecessor(predecessor: str, expected: Verdict) -> None:
    body = (
        f"President Lena Sand has begun her five-year term. She was sworn in on 6 August, succeeding {predecessor}, "
        "who had been president since 2015."
    )
    assert verdict_on_words(body, [SAND_ELECT], SWEARING_IN_DAY, "clause", f"succeeding {predecessor}") == expected
