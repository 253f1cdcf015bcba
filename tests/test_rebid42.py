"""Rows of session 42's rebid42: deeds a page tells as not done (a bid that failed, a planned deed given up, a degree
from another deed's university) set aside without losing the ones done (a bid that succeeded, a deed done and later
annulled, a place pointed back at). Invented articles judged against invented pages through the article's whole
judging."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_review38 import _judged_whole
from tests.test_review41 import _bank, _dahl, _lund
from verify.models import Document, Verdict

DAY = dt.date(2024, 6, 1)
ACQUIRED = "Korvik Bank acquired Tarsa Bank in 2015."
MERGED = "Korvik Bank merged with Tarsa Bank in 2015."
PHD = "Eva Lund earned a PhD from Korvik University in 1995."


# A deed's infinitive under a noun of trying ('its bid to acquire') is not done when the attempt's own outcome says it
# came to nothing: a failing verb it is the subject or object of, or hangs from through prepositions, one giving it
# up, or a failing adjective on it.
@pytest.mark.parametrize(
    ("doc", "body", "words"),
    [
        pytest.param(
            _bank("In 2015 its bid to acquire Tarsa Bank was blocked by regulators."), ACQUIRED, "Tarsa", id="blocked"
        ),
        pytest.param(_bank("In 2015 it withdrew its bid to acquire Tarsa Bank."), ACQUIRED, "Tarsa", id="withdrew"),
        pytest.param(
            _bank("In 2015 negotiations to acquire Tarsa Bank broke down."), ACQUIRED, "Tarsa", id="broke-down"
        ),
        pytest.param(
            _bank("In 2015 it pulled out of talks to acquire Tarsa Bank."), ACQUIRED, "Tarsa", id="pulled-out-of"
        ),
        pytest.param(
            _bank("In 2015 it scrapped its bid to acquire Tarsa Bank."), ACQUIRED, "Tarsa", id="scrapped-its-bid"
        ),
        pytest.param(
            _bank("In 2015 it entered unsuccessful negotiations to acquire Tarsa Bank."),
            ACQUIRED,
            "Tarsa",
            id="unsuccessful-negotiations",
        ),
        pytest.param(
            _dahl("In 2017 a motion to impeach him was defeated in parliament."),
            "Jon Dahl was impeached in 2017.",
            "impeached",
            id="motion-defeated",
        ),
    ],
)
def test_an_attempt_that_came_to_nothing_does_not_support(doc: Document, body: str, words: str) -> None:
    found = _judged_whole(body, [doc], "clause", words, DAY)
    assert Verdict.SUPPORTED not in found, found


# ... but any other outcome tells the deed done: an approved bid, a passed motion (the bids that succeeded, were won
# or ended in a deal are review41 B1's rows).
@pytest.mark.parametrize(
    ("doc", "body", "words"),
    [
        pytest.param(
            _bank("In 2015 regulators approved its bid to acquire Tarsa Bank."), ACQUIRED, "Tarsa", id="approved"
        ),
        pytest.param(
            _dahl("In 2017 parliament passed a motion to impeach him."),
            "Jon Dahl was impeached in 2017.",
            "impeached",
            id="motion-passed",
        ),
    ],
)
def test_an_attempt_carried_through_is_supported(doc: Document, body: str, words: str) -> None:
    assert _judged_whole(body, [doc], "clause", words, DAY) == [Verdict.SUPPORTED]


# A deed told as planned ('a planned merger', 'the proposed merger') and given up ('scrapped', 'called off') was
# never done.
@pytest.mark.parametrize(
    "told",
    [
        pytest.param("In 2015 it scrapped a planned merger with Tarsa Bank.", id="scrapped-planned"),
        pytest.param("In 2015 the proposed merger with Tarsa Bank was called off.", id="proposed-called-off"),
        pytest.param("In 2015 it cancelled its proposed merger with Tarsa Bank.", id="cancelled-proposed"),
    ],
)
def test_a_planned_deed_given_up_does_not_support(told: str) -> None:
    found = _judged_whole(MERGED, [_bank(told)], "clause", "merged", DAY)
    assert Verdict.SUPPORTED not in found, found


# ... but a deed done and later undone was done all the same (review41 B2's conviction and election rows too), and a
# planned deed carried out is done.
@pytest.mark.parametrize(
    "told",
    [
        pytest.param("The merger with Tarsa Bank in 2015 was cancelled by a court in 2017.", id="annulled-later"),
        pytest.param("In 2015 it completed a planned merger with Tarsa Bank.", id="planned-and-completed"),
    ],
)
def test_a_deed_done_and_later_undone_is_supported(told: str) -> None:
    assert _judged_whole(MERGED, [_bank(told)], "clause", "merged", DAY) == [Verdict.SUPPORTED]


# A university worded only as where another deed of the sentence was done ('studied at Korvik University') is not the
# claimed degree's, when the degree's own place is another: another name, another noun, or a word pointing at a place
# of another clause.
@pytest.mark.parametrize(
    "told",
    [
        pytest.param(
            "She studied at Korvik University and earned a PhD from Halden University in 1995.", id="another-name"
        ),
        pytest.param(
            "She studied at Korvik University and earned a PhD from the institute in 1995.", id="another-noun"
        ),
        pytest.param(
            "She studied at Korvik University and earned a PhD from the university of Halden in 1995.",
            id="a-definite-noun-with-its-own-name",
        ),
        pytest.param(
            "She studied at Korvik University and earned a PhD from Halden University in 1995 before teaching there.",
            id="there-of-another-clause",
        ),
    ],
)
def test_a_place_of_another_deed_does_not_support(told: str) -> None:
    found = _judged_whole(PHD, [_lund(told)], "clause", "PhD", DAY)
    assert Verdict.SUPPORTED not in found, found


# ... but a word or a definite noun of the name's own pointing back at it is that place (review41 B3's 'from it', 'the
# same university', 'the university' too), and a deed given no place of its own shares the one named.
@pytest.mark.parametrize(
    "told",
    [
        pytest.param("She studied law at Korvik University and earned a PhD there in 1995.", id="there"),
        pytest.param("She studied at Korvik University and earned a PhD from it in 1995.", id="from-it"),
        pytest.param("She studied at Korvik University and earned a PhD from this university in 1995.", id="this"),
        pytest.param("She studied law at Korvik University and earned a PhD in 1995.", id="no-place-of-its-own"),
        pytest.param(
            "She studied at Korvik University and earned a PhD there in 1995 after moving from Halden.",
            id="another-place-of-another-clause",
        ),
    ],
)
def test_a_place_pointed_back_at_is_supported(told: str) -> None:
    assert _judged_whole(PHD, [_lund(told)], "clause", "PhD", DAY) == [Verdict.SUPPORTED]
