"""Session 51 fixb51: false "supported" of clause claims found by session 50's mutation helper on main (deeds, ranks,
prizes), each beside its twin, judged through the article's whole judging against invented pages."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, page
from tests.test_review26 import SAVED
from tests.test_review28 import _told
from tests.test_review38 import _judged_whole
from tests.test_review50 import STATS_DIRECTOR, SUMMER_2024_EARLY
from verify.models import Document, Verdict

_STAM = "Ivo Stam (born 1 January 1960) is a Norbian politician."
SUMMER = dt.date(2024, 8, 15)


# A thing the verb took that is another thing's part, named by a pronoun's ('its reserve') or by the noun before it
# ('the army reserve'), is not the noun the claim's verb takes: joining the reserve is not joining the army. Only a
# contest's deciding part ('won its second round') is the contest's deed (tests/test_killers50.py).
@pytest.mark.parametrize(
    ("told", "supported"),
    [
        pytest.param("In 1986 he left the army and joined its reserve.", False, id="its-reserve"),
        pytest.param("He left the army in 1986 and joined the army reserve.", False, id="the-army-reserve"),
        pytest.param("He joined the army reserve in 1986.", False, id="the-army-reserve-dated"),
        pytest.param("In 1986 he joined the army and rose to captain.", True, id="the-army"),
        pytest.param("He joined the army in 1986 and its reserve in 1990.", True, id="the-army-then-its-reserve"),
    ],
)
def test_joining_a_part_of_the_thing_is_not_joining_it(told: str, supported: bool) -> None:
    found = _judged_whole("Ivo Stam joined the army in 1986.", [_told(told, _STAM)], "clause", "joined")
    assert found and (Verdict.SUPPORTED in found) is supported, found


def test_the_contests_deciding_part_named_by_the_noun_before_it_is_the_contest() -> None:
    # the twin: a runoff of the election (judging.toml clause.deciding_parts) decides it
    doc = _told("She won the 2019 election runoff.")
    found = _judged_whole("Ana Ruiz won the 2019 election.", [doc], "clause", "won")
    assert found == [Verdict.SUPPORTED], found


# A superlative shared with a counted many ('one of the two oldest') or with a named other ('the joint oldest', 'With
# the Tarsa Cup, it is the oldest', 'shares with the Tarsa Cup the title of the oldest') is not the superlative.
@pytest.mark.parametrize(
    ("told", "supported"),
    [
        pytest.param("It is one of the two oldest motor racing series in Norby.", False, id="one-of-the-two"),
        pytest.param("It is among the two oldest motor racing series in Norby.", False, id="among-the-two"),
        pytest.param("It is one of three oldest motor racing series in Norby.", False, id="one-of-three"),
        pytest.param("It is the joint oldest motor racing series in Norby.", False, id="joint"),
        pytest.param("It is the joint-oldest motor racing series in Norby.", False, id="joint-hyphen"),
        pytest.param("With the Tarsa Cup, it is the oldest motor racing series in Norby.", False, id="with-a-name"),
        pytest.param("It shares with the Tarsa Cup the title of the oldest motor racing series in Norby.", False,
                     id="shares"),
        pytest.param("The Korvik Rally and the Tarsa Cup are the two oldest motor racing series in Norby.", False,
                     id="the-two"),
        pytest.param("It is the oldest motor racing series in Norby.", True, id="the-oldest"),
        pytest.param("It shares its name with a town, but it is the oldest motor racing series in Norby.", True,
                     id="shares-in-another-clause"),
    ],
)  # fmt: skip
def test_a_rank_shared_is_no_superlative(told: str, supported: bool) -> None:
    doc = page("Korvik Rally", f"The Korvik Rally is a motor race held in Korvik. {told}", SAVED)
    found = _judged_whole("The Korvik Rally is the oldest motor racing series in Norby.", [doc], "clause", "oldest")
    assert found and (Verdict.SUPPORTED in found) is supported, found


# A nomination noun after the prize's name ('a Korvik Prize shortlisting'), which the parse reads as a participle
# hanging on the name, is no win of the prize.
@pytest.mark.parametrize(
    ("told", "supported"),
    [
        pytest.param("She received a Korvik Prize shortlisting in 1995.", False, id="received-a-shortlisting"),
        pytest.param("She won the Korvik Prize shortlisting in 1995 for Salt.", False, id="won-the-shortlisting"),
        pytest.param("She was awarded a Korvik Prize shortlisting in 1995.", False, id="awarded-a-shortlisting"),
        pytest.param("She won the Korvik Prize in 1995 for Salt.", True, id="won-the-prize"),
    ],
)
def test_a_prize_shortlisting_is_no_win(told: str, supported: bool) -> None:
    doc = _told(told, "Nina Moe (born 1941) is a Norbian novelist.")
    for body in ("Nina Moe won the Korvik Prize in 1995.", "Nina Moe won the Korvik Prize."):
        found = _judged_whole(body, [doc], "clause", "won")
        assert found and (Verdict.SUPPORTED in found) is supported, (body, found)


def _born_in(place: str) -> Document:
    return boxed(
        "Eva Lund",
        "Eva Lund (born 9 September 1940) is a Norbian politician.",
        [("birth_date", "9 September 1940"), ("birth_place", place)],
    )


# A country the claim puts the town in ('Halden, Sweden') that another country the page names ('Halden, Norway')
# rules out gives no support (review50 S3); the same country written otherwise ('Britain' for 'United Kingdom', 'U.S.'
# after a town named as a country) still does.
@pytest.mark.parametrize(
    ("body", "place", "supported"),
    [
        pytest.param("Eva Lund was born in Halden, Sweden, in 1940.", "Halden, Norway", False, id="another-country"),
        pytest.param("Eva Lund was born in Halden, Norway, in 1940.", "Halden, Norway", True, id="the-country"),
        pytest.param("Eva Lund was born in Halden, Britain, in 1940.", "Halden, United Kingdom", True, id="britain"),
        pytest.param(  # a town named as a country, in the claim's country written otherwise
            "Eva Lund was born in Lebanon, United States, in 1940.", "Lebanon, Halden County, U.S.", True,
            id="a-town-named-as-a-country",
        ),
    ],
)
def test_a_town_put_in_another_country(body: str, place: str, supported: bool) -> None:
    found = _judged_whole(body, [_born_in(place)], "clause", "born in")
    assert found and (Verdict.SUPPORTED in found) is supported, found


# A nation the lexicon does not place ('England') against a state with nations within it ('Leeds, UK') is not ruled
# out (review50 R6); another nation of that state the page names, or another state, still rules it out.
@pytest.mark.parametrize(
    ("place", "refuted"),
    [
        pytest.param("Leeds, UK", False, id="the-state"),
        pytest.param("Leeds, United Kingdom", False, id="the-state-whole"),
        pytest.param("Cardiff, Wales, UK", True, id="another-nation"),
        pytest.param("Paris, France", True, id="another-state"),
    ],
)
def test_a_nation_against_its_state(place: str, refuted: bool) -> None:
    found = _judged_whole("Eva Lund was born in England in 1940.", [_born_in(place)], "clause", "born in")
    assert found and (Verdict.CONTRADICTED in found) is refuted, found


# A pronoun the verb takes where the reading left the claim no object ('having founded it in 2013') stands for the
# thing the sentence names last before the claim, no time ('for a decade'): the page's founding of another thing does
# not date it (review50 R3); the thing named last being the page's, its other year still refutes.
@pytest.mark.parametrize(
    ("told", "refuted"),
    [
        pytest.param("He advised the Norby Institute of Memory on a new museum, having founded it in 2013.", False,
                     id="the-museum-named-last"),
        pytest.param("He led the Norby Institute of Memory for a decade, having founded it in 2013.", True,
                     id="the-institute-before-a-time"),
        pytest.param("He still leads the Norby Institute of Memory, having founded it in 2013.", True,
                     id="the-institute-named-last"),
    ],
)  # fmt: skip
def test_it_stands_for_the_thing_named_last(told: str, refuted: bool) -> None:
    doc = page("Ivo Stam", f"{_STAM} He founded the Norby Institute of Memory in 2009.")
    found = _judged_whole(f"Ivo Stam, a Norbian politician, was named to the cabinet on Monday. {told}", [doc],
                          "clause", "founded it", SUMMER)  # fmt: skip
    assert found and (Verdict.CONTRADICTED in found) is refuted, found


# A succession told in 'head of' a named body is in the office heading that body by its own head word ('Director of
# the Norby Statistics Office'): the page's other predecessor refutes it (review50 B9); another body's head ('head of
# the Norby Data Council') is another post, whose handover refutes nothing (review49 R1).
@pytest.mark.parametrize(
    ("body", "refuted"),
    [
        pytest.param("the Norby Statistics Office", True, id="the-offices-body"),
        pytest.param("the Norby Data Council", False, id="another-body"),
    ],
)
def test_head_of_the_body_is_its_director(body: str, refuted: bool) -> None:
    told = f"Ana Ruiz, a Norby economist, was dismissed on Friday. She became head of {body} in March 2021, succeeding"
    told += " Tom Berg."
    found = _judged_whole(told, [STATS_DIRECTOR], "clause", "Tom Berg", SUMMER_2024_EARLY)
    assert found and (Verdict.CONTRADICTED in found) is refuted, found
