"""Session 50's fixes of false "supported" and "contradicted" rows (brief fixa50), as rows the desk would meet: a
sentence of an invented article judged through the article's whole judging against invented pages, each beside its
twin (the true case still right). The reviewers' own rows are in tests/test_review49.py (S1, S2, B4) and
tests/test_review48.py (S9); these are their kin and killers49's find."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import page
from verify.app import article_from_text
from verify.extract import extract_claims
from verify.judge import judge
from verify.models import Document, Verdict
from verify.retrieve import EvidencePool

DAY = dt.date(2025, 6, 1)  # Sunday 1 June 2025, after the pages' revision
SAVED = dt.datetime(2025, 4, 1, tzinfo=dt.UTC)
LATER = dt.datetime(2026, 4, 1, tzinfo=dt.UTC)
SPRING_2023 = dt.date(2023, 4, 3)


def _verdicts(body: str, docs: list[Document], kind: str, words: str, day: dt.date = DAY) -> list[Verdict]:
    """The verdicts on the claims of `kind` whose words hold `words`, of an article of `body` dated `day`, judged whole
    against `docs` alone."""
    claims = extract_claims(article_from_text(f"Norby news\n\n{body}\n", as_of=day))
    results = judge(claims, EvidencePool(documents=docs, by_claim={c.id: docs for c in claims}), day)
    return [r.verdict for c, r in zip(claims, results, strict=True) if c.kind == kind and words in c.text]


def _lund(told: str, saved: dt.datetime = SAVED) -> Document:
    return page("Eva Lund", f"Eva Lund (born 9 September 1970) is a Norbian politician. {told}", saved)


_MAYOR = "Eva Lund, the mayor of Halden, opened the bridge on Friday."


# ---------------------------------------------------------------------------------------------------------------
# review49 S1's kin (verify/kinds/role/judge.py `_ended_later`): a later clause of the sentence telling the holder
# leaving the post ends the holding its first clause tells in the present, whether after a semicolon or a joining word.
@pytest.mark.parametrize(
    "told",
    [
        pytest.param("She has been Mayor of Halden since 2010 but stepped down in March 2025.", id="but-no-subject"),
        pytest.param("She has been Mayor of Halden since 2010, but she resigned in January 2025.", id="comma-but-she"),
        pytest.param("She has been Mayor of Halden since 2010; she later left office.", id="undated"),
        pytest.param("She has been Mayor of Halden since 2010; she stepped down from the post in 2025.", id="the-post"),
        pytest.param("She has been Mayor of Halden since 2010; she stepped down as mayor in 2025.", id="as-mayor"),
    ],
)
def test_an_ending_told_later_in_the_sentence(told: str) -> None:
    found = _verdicts(_MAYOR, [_lund(told)], "role", "mayor of Halden")
    assert found and Verdict.SUPPORTED not in found, found


@pytest.mark.parametrize(
    ("told", "saved"),
    [
        # another post or body left: the mayoralty told before is still held
        pytest.param("She has been Mayor of Halden since 2010; she stepped down as party leader in 2015.", SAVED,
                     id="another-post"),
        pytest.param("She has been Mayor of Halden since 2010; she resigned from the Norby Party in 2015.", SAVED,
                     id="another-body"),
        pytest.param("She has been Mayor of Halden since 2010; she stepped down as deputy mayor in 2009.", SAVED,
                     id="another-qualifier"),
        pytest.param("She has been Mayor of Halden since 2010; she stepped down as mayor of Korvik in 2009.", SAVED,
                     id="another-place"),
        # an ending to come, or one after the article's day on a later page
        pytest.param("She has been Mayor of Halden since 2010; she will step down in 2026.", SAVED, id="to-come"),
        pytest.param("She has been Mayor of Halden since 2010; she stepped down in March 2026.", LATER, id="after"),
        # another person's step
        pytest.param("She has been Mayor of Halden since 2010, when Ivo Stam resigned.", SAVED, id="predecessors"),
        pytest.param("She has been Mayor of Halden since 2010, the year her husband took office; he resigned in 2015.",
                     SAVED, id="his-step"),
    ],
)
def test_twin_no_ending_of_the_post_by_the_day(told: str, saved: dt.datetime) -> None:
    assert _verdicts(_MAYOR, [_lund(told, saved)], "role", "mayor of Halden") == [Verdict.SUPPORTED]


# ---------------------------------------------------------------------------------------------------------------
# review49 S2's kin (verify/offices.py `named_longer`, `name_goes_on`'s `bodies_too`): the place a place-first title
# names, read inside a body's name, is that body's; the place's own post, or its unit ('Halden Province'), is still it.
@pytest.mark.parametrize(
    ("told", "body", "words"),
    [
        pytest.param("Since 2023 she has been Governor of Halden Bank.", "Halden Governor Eva Lund spoke on Friday.",
                     "Halden Governor", id="governor-bank"),
        pytest.param("Since 2023 she has been Governor of Halden Council.",
                     "Halden Governor Eva Lund spoke on Friday.", "Halden Governor", id="governor-council"),
    ],
)
def test_a_place_first_post_is_not_a_bodys(told: str, body: str, words: str) -> None:
    found = _verdicts(body, [_lund(told)], "role", words)
    assert found and Verdict.SUPPORTED not in found, found


@pytest.mark.parametrize(
    "told",
    [
        pytest.param("Since 2023 she has been Governor of Halden.", id="the-place"),
        pytest.param("Since 2023 she has been Governor of Halden Province.", id="its-unit"),
    ],
)
def test_twin_the_places_own_governor(told: str) -> None:
    found = _verdicts("Halden Governor Eva Lund spoke on Friday.", [_lund(told)], "role", "Halden Governor")
    assert found == [Verdict.SUPPORTED]


# ---------------------------------------------------------------------------------------------------------------
# review48 S9's kin (verify/kinds/clause/judge.py `_a_present_deed_told_as_ended`): a deed claimed in the simple
# present is not stated by its spell that closed years before; the perfect ('has coached') is, and so is a spell
# running still.
def _moen(told: str) -> Document:
    return page("Karl Moen", f"Karl Moen (born 1970) is a Norbian football coach. {told}", SAVED)


@pytest.mark.parametrize(
    "told",
    [
        pytest.param("From 2010 to 2014 he coached Korvik FC.", id="spell-first"),
        pytest.param("He coached Korvik FC until 2014.", id="until"),
    ],
)
def test_a_closed_spell_states_no_present_deed(told: str) -> None:
    found = _verdicts("Karl Moen coaches Korvik FC.", [_moen(told)], "clause", "Korvik")
    assert found and Verdict.SUPPORTED not in found, found


@pytest.mark.parametrize(
    ("told", "body"),
    [
        pytest.param("He coached Korvik FC from 2010 to 2014.", "Karl Moen has coached Korvik FC.", id="perfect"),
        pytest.param("He has coached Korvik FC since 2020.", "Karl Moen coaches Korvik FC.", id="running"),
        pytest.param("He coached Korvik FC from 2020 to 2027.", "Karl Moen coaches Korvik FC.", id="ends-later"),
        pytest.param("He has coached Korvik FC since 2020, after a spell from 2010 to 2014.",
                     "Karl Moen coaches Korvik FC.", id="running-after-a-spell"),
        pytest.param("He coached Halden FC from 2005 to 2015 and now coaches Korvik FC.",
                     "Karl Moen coaches Korvik FC.", id="another-clubs-spell-before"),
    ],
)
def test_twin_the_deed_as_the_page_tells_it(told: str, body: str) -> None:
    assert _verdicts(body, [_moen(told)], "clause", "Korvik") == [Verdict.SUPPORTED]


# ---------------------------------------------------------------------------------------------------------------
# killers49's find (verify/kinds/clause/judge.py `_JOINED_CLAUSE`, read by `_own_verbs_words`): a possessive of
# another clause joined by ', and she ...' is not the post's owner: 'Norby' is where she grew up, not whose envoy
# she was. The twin: the possessive in the post's own clause.
@pytest.mark.parametrize(
    "opening",
    [
        pytest.param("She grew up in Norby's capital, and she", id="and-she"),
        pytest.param("She studied at Norby's oldest university, but she later", id="but-she-later"),
    ],
)
def test_a_possessive_of_another_clause_is_not_the_posts_owner(opening: str) -> None:
    doc = page("Eva Lund", f"Eva Lund (born 1960) is a diplomat. {opening} was ambassador to Tarsa from 2006 to 2012.")
    found = _verdicts("Eva Lund was Norby's ambassador to Tarsa from 2006 to 2012.", [doc], "clause", "Tarsa")
    assert found and Verdict.SUPPORTED not in found, found


def test_twin_the_possessive_in_the_posts_own_clause() -> None:
    told = "She trained in Halden, and she was Norby's ambassador to Tarsa from 2006 to 2012."
    doc = page("Eva Lund", f"Eva Lund (born 1960) is a diplomat. {told}")
    found = _verdicts("Eva Lund was Norby's ambassador to Tarsa from 2006 to 2012.", [doc], "clause", "Tarsa")
    assert found == [Verdict.SUPPORTED]


# ---------------------------------------------------------------------------------------------------------------
# review49 B4's kin (verify/kinds/clause/judge.py `_another_school_named`): a degree of a named level matched on one
# word of where is no match when the page names another school by its name ('College', 'School of Economics'); the same
# school written the other way round ('Norby University') still decides, for or against.
_EDITOR = "Ivo Stam (born 1950) is a Norbian journalist."


@pytest.mark.parametrize(
    "school",
    [
        pytest.param("the Norby School of Economics", id="school-of"),
        pytest.param("Norby College", id="college"),
    ],
)
@pytest.mark.parametrize("year", ["1991", "1994"])
def test_another_school_sharing_a_word_decides_nothing(school: str, year: str) -> None:
    doc = page("Ivo Stam", f"{_EDITOR} He received a doctorate from {school} in {year}.")
    body = "Ivo Stam, the editor, retired. He received a doctorate from the University of Norby in 1991."
    found = _verdicts(body, [doc], "clause", "doctorate from the University of Norby", SPRING_2023)
    assert found == [Verdict.UNVERIFIED], found


@pytest.mark.parametrize(("year", "verdict"), [("1991", Verdict.SUPPORTED), ("1994", Verdict.CONTRADICTED)])
def test_twin_the_same_school_written_otherwise(year: str, verdict: Verdict) -> None:
    doc = page("Ivo Stam", f"{_EDITOR} He received a doctorate from Norby University in {year}.")
    body = "Ivo Stam, the editor, retired. He received a doctorate from the University of Norby in 1991."
    found = _verdicts(body, [doc], "clause", "doctorate from the University of Norby", SPRING_2023)
    assert found == [verdict], found
