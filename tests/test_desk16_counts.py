"""A count is refuted only by a page sentence that counts the same thing: the head noun of the claim's
counted phrase ('races' of 'two presidential races'), not a word that modifies it, and never a year that
names an event ('the 2031 presidential election'). Invented people and pages."""

from __future__ import annotations

import datetime as dt

from tests.support.judging import page, verdict
from tests.test_judge_sure_conflicts import count
from verify.models import Verdict

AUTUMN_2031 = dt.date(2031, 10, 20)
SENTENCE = "Dara Velko, a former judge who lost two presidential races before winning this year, was sworn in."


def velko(page_sentence: str, unit: str = "presidential races") -> Verdict:
    """'Velko lost two presidential races' against one invented page sentence."""
    claim = count("two presidential races", SENTENCE, 2, unit, "Dara Velko")
    return verdict(claim, [page("Dara Velko", page_sentence)], AUTUMN_2031).verdict


def test_a_year_before_a_modifier_of_the_counted_noun_is_no_count():
    assert velko("She was the running mate of Dara Velko in the 2031 presidential election.") != Verdict.CONTRADICTED


def test_a_year_naming_an_event_counts_no_races_of_a_one_word_unit_either():
    assert velko("She was the running mate of Dara Velko in the 2031 race.", "races") != Verdict.CONTRADICTED


def test_another_count_of_the_same_races_taken_by_another_verb_does_not_refute():
    # having run in three races and lost two of them is no conflict: the count the page's verb takes is another
    # deed's (review32 R6, open33), so it neither supports nor refutes 'lost two' (it was refuted until then)
    assert velko("Dara Velko has run in three presidential races.") == Verdict.UNVERIFIED


def test_the_same_count_of_the_same_races_is_not_refuted():
    # running in two races does not say she lost them: the verb that takes the count is another (review31 R2, fixed
    # on s32-fs32: verify/kinds/quantity/measured.py), so the same count neither supports nor refutes 'lost two'
    assert velko("Dara Velko has run in two presidential races.") == Verdict.UNVERIFIED


def test_a_count_of_another_thing_the_modifier_also_names_is_no_count_of_races():
    assert velko("Dara Velko has taken part in three presidential debates.") != Verdict.CONTRADICTED
