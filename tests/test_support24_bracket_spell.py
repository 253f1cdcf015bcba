"""A page may write an office's spells in brackets after it ('He was Minister of Interior (1998–2008, 2013–2016),
Minister of Defence (2008–2011)'): each spell is the office's named right before the bracket, read as 'from 1998 to
2008' is."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import clause_claim, page, verdict

AS_OF = dt.date(2023, 11, 30)
NOUR = page(
    "Tarek Al-Nour",
    "Tarek Al-Nour (born 25 June 1937) is a Velmaran royal who has been crown prince since 2006. "
    "He was Minister of Interior (1998–2008, 2013–2016), Minister of Defence (2008–2011) and Deputy Prime "
    "Minister (2020–2023). As Minister of Interior he chaired the council of the years 1990, 1995–1997, 2001.",
)


def _served(post: str, start: str, end: str):
    text = f"He served as {post} from {start} to {end}"
    claim = clause_claim(text, "Tarek Al-Nour", "served as", f"{text}.", object=post, value=post, time=start)
    return verdict(claim, [NOUR], AS_OF)


@pytest.mark.parametrize(
    ("post", "start", "end"),
    [("minister of interior", "1998", "2008"), ("minister of interior", "2013", "2016"),
     ("minister of defence", "2008", "2011"), ("deputy prime minister", "2020", "2023")],
)  # fmt: skip
def test_a_spell_in_brackets_after_the_office_supports(post: str, start: str, end: str) -> None:
    assert _served(post, start, end).verdict.value == "supported"


@pytest.mark.parametrize(
    ("post", "start", "end"),
    [("minister of interior", "1998", "2009"), ("minister of interior", "1997", "2008"),
     ("minister of defence", "1998", "2008"), ("minister of interior", "2008", "2011"),
     ("prime minister", "2020", "2023"), ("deputy minister of defence", "2008", "2011"),
     ("minister of interior", "1995", "1997")],
)  # fmt: skip
def test_a_spell_with_one_value_changed_is_not_supported(post: str, start: str, end: str) -> None:
    assert _served(post, start, end).verdict.value != "supported"
