"""Ana Ruiz's invented page, read by the tests of review25's findings and their fixes (tests/test_review25.py,
tests/test_date25_review.py, tests/test_open25.py): prime minister since 2023, finance minister before, leader of the
opposition before that; her seat in parliament is listed by its constituency only, from 2014, while the lead tells her
first election, for another seat, in 2010, and her party leadership from 2017 (no row)."""

from __future__ import annotations

import datetime as dt

from tests.support.judging import boxed

RUIZ = boxed(
    "Ana Ruiz",
    "Ana Ruiz (born 1 January 1975) is a Norbian politician serving as Prime Minister of Norby since 14 February 2023. "
    "She was first elected to parliament in 2010, as a member for Tarsa, and has represented Halden since 2014. "
    "She became leader of the Norby Party in 2017.",
    [
        ("office", "Prime Minister of Norby"),
        ("term_start", "14 February 2023"),
        ("predecessor", "Ivo Stam"),
        ("office2", "Minister of Finance"),
        ("term_start2", "1 March 2022"),
        ("term_end2", "14 February 2023"),
        ("predecessor2", "Lena Vos"),
        ("office3", "Leader of the Opposition"),
        ("term_start3", "2020"),
        ("term_end3", "2022"),
        ("office4", "Member of Parliament for Halden"),
        ("term_start4", "2014"),
    ],
    dt.datetime(2024, 5, 1, tzinfo=dt.UTC),
)
