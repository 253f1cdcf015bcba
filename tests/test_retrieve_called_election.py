"""A sentence that only calls a vote ('called a general election for 4 July') speaks of no results: no
election page is asked for it (a request that could settle none of its claims). One that reports a result
of the same election still asks for it. Invented sentences."""

from __future__ import annotations

import datetime as dt

from verify.retrieve import election_titles

MAY_2031 = dt.date(2031, 5, 20)


def test_calling_an_election_asks_for_no_election_page():
    assert election_titles(["Prime Minister Alder called a general election for 4 July."], "Norway", MAY_2031) == []
    assert election_titles(["Alder has set a snap general election for the autumn."], "Norway", MAY_2031) == []


def test_a_result_of_the_election_still_asks_for_its_page():
    titles = election_titles(["The Harbour Party won the general election with 80 seats."], "Norway", MAY_2031)
    assert "2031 Norwegian general election" in titles


def test_a_called_election_with_its_result_in_the_same_sentence_still_asks_for_its_page():
    sentence = "Alder called a general election for May, and her party won it with 80 seats."
    assert "2031 Norwegian general election" in election_titles([sentence], "Norway", MAY_2031)
