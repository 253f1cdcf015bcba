"""'Deputy: Žana Orel' names Žana Orel: a name whose word starts with an accented capital (Š, Ž, É, Ó...) is a
run of capitalised words like any other. Read as ASCII capitals only, 'Žana Orel' was 'Orel' alone, too little
of the name to find her, so a row or a sentence naming her settled nothing. Invented people and country."""

from __future__ import annotations

import datetime as dt

from tests.support.judging import boxed, clause_claim, verdict
from verify.link import find_person
from verify.match import person_mentions
from verify.models import Verdict


def test_a_name_whose_first_letter_is_accented_is_found_whole() -> None:
    assert find_person("Žana Orel", "Deputy: Žana Orel") == (100.0, "Žana Orel")


def test_a_name_mention_keeps_its_accents_and_place() -> None:
    assert person_mentions("He met Élia Varro and Žana Orel.") == ["Élia Varro", "Žana Orel"]


def test_the_head_s_deputy_row_supports_an_accented_deputy() -> None:
    rows = [("office", "Prime Minister of Velmara"), ("term_start", "5 July 2031"), ("deputy", "Žana Orel")]
    head = boxed("Sara Vell", "Sara Vell (born 1962) is a Velmaran politician.", rows)
    claim = clause_claim("Deputy Prime Minister Žana Orel", "Žana Orel", "holds office",
                         "Deputy Prime Minister Žana Orel spoke.", kind="role", relation="holds office",
                         value="Deputy Prime Minister")  # fmt: skip
    assert verdict(claim, [head], dt.date(2031, 7, 6)).verdict == Verdict.SUPPORTED
