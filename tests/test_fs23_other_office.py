"""Issue 15 (session 23, fs23): an event, office or date claim is not supported by a row about another office (a
deputy's end by the head's term end), another day (a yearless swearing-in day read in any year) or a longer title
holding the claimed one ('Under-Secretary-General', 'Undersecretary'). Invented people and pages
(`tests/support/judging.py`); each claim has the fields extraction gives its words."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, clause_claim, verdict
from tests.test_review22 import _holds as holds
from verify.app import article_from_text
from verify.extract import extract_claims
from verify.models import Claim, Document, Verdict

# --- a deputy's end of office is not the head's -------------------------------------------------------------

ENDED = dt.date(2023, 9, 20)
GOVERNOR = boxed(
    "Odo Brand",
    "Odo Brand is a Vestrian economist.",
    [("office", "Governor of the Central Bank of Vestria"), ("term_start", "18 September 2016"),
     ("term_end", "17 September 2023")],
)  # fmt: skip


def _end(sentence: str, text: str) -> Claim:
    """The date claim extraction gives a term's end ('removed from office as deputy governor on 17 September 2023')."""
    return clause_claim(text, "Odo Brand", text.split()[0], sentence, kind="date", value="2023-09-17",
                        time="17 September 2023", with_predicate=False)  # fmt: skip


@pytest.mark.parametrize(
    ("post", "expected"),
    [("deputy governor", Verdict.UNVERIFIED), ("acting governor", Verdict.UNVERIFIED), ("governor", Verdict.SUPPORTED)],
)
def test_removed_from_office_as_a_deputy_is_not_the_heads_term_end(post: str, expected: Verdict) -> None:
    """'was removed from office as deputy governor on ...': the post after 'as' is the one the date ends, though a
    'from' stands before it; the governor's term end dates the governor's removal only."""
    text = f"removed from office as {post} on 17 September 2023"
    claim = _end(f"Odo Brand, who was {text}, spoke on Monday.", text)
    assert verdict(claim, [GOVERNOR], ENDED).verdict == expected


@pytest.mark.parametrize(
    ("aside", "expected"),
    [("the former deputy governor", Verdict.UNVERIFIED), ("the former governor", Verdict.SUPPORTED),
     ("the economist", Verdict.SUPPORTED)],
)  # fmt: skip
def test_the_post_an_aside_names_with_its_qualifier_is_the_one_left(aside: str, expected: Verdict) -> None:
    """'Brand, the former deputy governor, left office on ...': the claim names no post, the aside does, and its
    qualifier makes it another office than the governor's; an aside with none ('the former governor', 'the
    economist') leaves the governor's end to date it."""
    text = "left office on 17 September 2023"
    claim = _end(f"Odo Brand, {aside}, {text}.", text)
    assert verdict(claim, [GOVERNOR], ENDED).verdict == expected


# --- a yearless day is the article's year's, and checked --------------------------------------------------------

ALDER = boxed(
    "Mara Alder",
    "Mara Alder (born 2 March 1975) is a Vestrian politician who has served as the 12th Prime Minister of Vestria "
    "since 2021.",
    [("office", "12th Prime Minister of Vestria"), ("term_start", "4 June 2021"), ("predecessor", "Ivo Stam"),
     ("birth_date", "2 March 1975")],
)  # fmt: skip


def _sworn_in(day: str) -> Claim:
    """The clause extraction gives 'who was sworn in as Vestria's 12th prime minister on 8 June' (its time yearless)."""
    text = f"sworn in as Vestria's 12th prime minister on {day}"
    sentence = f"Mara Alder, who was {text}, told her ministers on Tuesday that prices would come first."
    return clause_claim(text, "Mara Alder", "sworn in", sentence, object="Vestria's 12th prime minister",
                        value="Vestria's 12th prime minister", time=day)  # fmt: skip


@pytest.mark.parametrize(
    ("day", "as_of", "expected"),
    [
        ("4 June", dt.date(2021, 7, 6), Verdict.SUPPORTED),
        ("8 June", dt.date(2021, 7, 6), Verdict.CONTRADICTED),
        # read in the article's year, the row's day is more than a year away: an older year's step, set aside
        ("8 June", dt.date(2024, 7, 6), Verdict.UNVERIFIED),
    ],
)
def test_a_yearless_swearing_in_day_is_checked_in_the_articles_year(
    day: str, as_of: dt.date, expected: Verdict
) -> None:
    """The office and its ordinal are right; the day, written without its year, is read in the article's year
    (as the date kind reads it) and checked against the term's start, never left unchecked for want of a year."""
    assert verdict(_sworn_in(day), [ALDER], as_of).verdict == expected


# --- a title inside a longer title: review22 R1's siblings (R1 itself: tests/test_review22.py) ----------------------


def _holds(value: str, office: str) -> Verdict:
    """'Tove Brandt, the {value}', a role claim, judged against her page holding `office` since 2019."""
    return holds(value, [("office", office), ("term_start", "1 March 2019")])


@pytest.mark.parametrize(
    ("value", "office"),
    [
        ("governor of the Bank of Norby", "Sub-Governor of the Bank of Norby"),
        ("president of the board", "Vicepresident of the Board"),
    ],
    ids=["sub-hyphened", "vice-glued"],
)
def test_a_title_inside_a_longer_title_does_not_support_the_post(value: str, office: str) -> None:
    """A prefix glued or hyphened to the title makes another office, as 'Deputy' or 'Vice' written apart does."""
    assert _holds(value, office) != Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("value", "office"),
    [
        ("undersecretary of the treasury", "Under Secretary of the Treasury"),
        ("under-secretary of the treasury", "Undersecretary of the Treasury"),
    ],
)
def test_the_longer_title_itself_is_still_supported_however_written(value: str, office: str) -> None:
    """The under-secretary is the under-secretary, glued, hyphened or apart."""
    assert _holds(value, office) == Verdict.SUPPORTED


# --- siblings: a succession in another post, an aside's deputy, a part of a body, a possessed body ---------------

SEPT_2023 = dt.date(2023, 9, 20)
AS_OF = dt.date(2024, 4, 1)
ALDER_CAREER = boxed(
    "Mara Alder",
    "Mara Alder (born 2 March 1975) is a Vestrian politician.",
    [("office", "Prime Minister of Vestria"), ("term_start", "4 June 2021"), ("predecessor", "Ivo Stam"),
     ("office2", "Minister of Finance"), ("term_start2", "9 May 2014"), ("term_end2", "4 June 2021"),
     ("primeminister2", "Ivo Stam")],
)  # fmt: skip


@pytest.mark.parametrize(("post", "expected"), [("finance minister", False), ("prime minister", True)])
def test_a_succession_in_another_post_is_not_dated_by_the_premierships_start(post: str, expected: bool) -> None:
    """'succeeded Ivo Stam as finance minister on 4 June 2021': Stam is the premiership's predecessor, so the names
    alone fit that office; the post after 'as' says the date is the ministry's, which the premiership does not date."""
    text = f"succeeded Ivo Stam as {post} on 4 June 2021"
    claim = clause_claim(text, "Mara Alder", "succeeded", f"Mara Alder {text}.", kind="date", value="2021-06-04",
                         time="4 June 2021", with_predicate=False)  # fmt: skip
    assert (verdict(claim, [ALDER_CAREER], SEPT_2023).verdict == Verdict.SUPPORTED) is expected


LEADER = boxed(
    "Tove Brandt",
    "Tove Brandt (born 3 May 1966) is a Vestrian politician.",
    [("office", "Leader of the Harbour Party"), ("term_start", "4 March 2020"),
     ("office2", "Mayor of Norby"), ("term_start2", "1 January 2015"), ("term_end2", "31 December 2019")],
)  # fmt: skip
PRESIDENT = LEADER.model_copy(
    update={"infobox": (*LEADER.infobox[:2], *boxed("", "", [("office2", "President of Vestria"),
                                                              ("term_start2", "1 January 2015")]).infobox)}
)  # fmt: skip


def _started(sentence: str, text: str, kind: str = "date") -> Claim:
    verb = next(v for v in ("held", "took", "led") if v in text)
    return clause_claim(text, "Tove Brandt", verb, sentence, kind=kind, value="2020-03-04", time="4 March 2020",
                        with_predicate=kind == "clause")  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "text", "kind"),
    [
        ("Tove Brandt, the deputy leader, has held the post since 4 March 2020.",
         "has held the post since 4 March 2020", "date"),
        ("Tove Brandt, the deputy leader of the Harbour Party, took office on 4 March 2020.",
         "took office on 4 March 2020", "date"),
        ("Tove Brandt has led the Harbour Party's youth wing since 4 March 2020.",
         "has led the Harbour Party's youth wing since 4 March 2020", "date"),
    ],
    ids=["aside-the-post", "aside-took-office", "youth-wing"],
)  # fmt: skip
def test_a_start_told_of_another_post_is_not_the_leaders(sentence: str, text: str, kind: str) -> None:
    """The post whose start is told is the deputy's (named in an aside before a claim naming none) or the party's
    youth wing's: the leader's term start neither supports it nor, being another post's, refutes it."""
    assert verdict(_started(sentence, text, kind), [LEADER], SEPT_2023).verdict == Verdict.UNVERIFIED


def test_a_clause_with_a_deputys_aside_is_not_refuted_by_another_offices_start() -> None:
    """'Tove Brandt, the vice mayor, was sworn in on 1 January 2015', read whole as a clause: the aside inside the
    clause's own words names the post sworn into, which the page does not list; neither the leader's start nor the
    mayor's (the same day) says anything of it."""
    text = "Tove Brandt, the vice mayor, was sworn in on 1 January 2015"
    claim = clause_claim(text, "Tove Brandt", "sworn in", f"{text}.", time="1 January 2015")
    assert verdict(claim, [LEADER], SEPT_2023).verdict == Verdict.UNVERIFIED


def test_a_start_told_with_no_aside_is_still_the_leaders() -> None:
    """The guard: with no aside, or an aside of the same office, the leader's start dates it."""
    for aside in ("", ", the leader,"):
        sentence = f"Tove Brandt{aside} took office on 4 March 2020."
        claim = _started(sentence, "took office on 4 March 2020")
        assert verdict(claim, [LEADER], SEPT_2023).verdict == Verdict.SUPPORTED


def _role(sentence: str, text: str, value: str) -> Claim:
    return clause_claim(text, "Tove Brandt", "holds office", sentence, kind="role", value=value)


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("Tove Brandt is the president of Vestria's central bank.",
         "Tove Brandt is the president of Vestria's central bank", "president of Vestria's central bank"),
        ("Tove Brandt, leader of the Harbour Party's youth wing, spoke on Monday.",
         "leader of the Harbour Party's youth wing", "leader of the Harbour Party's youth wing"),
        # the claim's words cut before a possessive: what is led is the wing, and the president's is a spokeswoman
        ("Tove Brandt has led the Harbour Party's youth wing since 2020.", "Tove Brandt has led the Harbour Party",
         "head of Harbour Party"),
        ("Tove Brandt, the president's spokeswoman, spoke on Monday.", "Tove Brandt, the president", "president"),
    ],
    ids=["central-bank", "youth-wing", "cut-before-wing", "cut-before-spokeswoman"],
)  # fmt: skip
def test_a_post_of_what_a_name_possesses_is_not_the_names_post(sentence: str, text: str, value: str) -> None:
    """'president of Vestria's central bank' is the bank's president, not Vestria's."""
    assert verdict(_role(sentence, text, value), [PRESIDENT], SEPT_2023).verdict != Verdict.SUPPORTED


def test_the_countrys_own_post_written_as_a_possessive_is_still_supported() -> None:
    """The guard: "Vestria's president" is the President of Vestria."""
    claim = _role("Tove Brandt, Vestria's president, spoke on Monday.", "Tove Brandt, Vestria's president",
                  "president of Vestria")  # fmt: skip
    assert verdict(claim, [PRESIDENT], SEPT_2023).verdict == Verdict.SUPPORTED


# --- a timeline's line gives a yearless day its year ------------------------------------------------------------


@pytest.mark.parametrize(("day", "expected"), [("4 June", Verdict.SUPPORTED), ("8 June", Verdict.CONTRADICTED)])
def test_a_yearless_day_on_a_timelines_line_takes_the_lines_year(day: str, expected: Verdict) -> None:
    """'2021 - Alder is sworn in as Vestria's 12th prime minister on 4 June', in an article of 2024: the line's
    year, not the article's, whose 4 June is no term start at all."""
    text = f"2021 - Alder is sworn in as Vestria's 12th prime minister on {day}"
    claim = clause_claim(text, "Mara Alder", "sworn in", f"{text}.", object="Vestria's 12th prime minister",
                         value="Vestria's 12th prime minister", time=day)  # fmt: skip
    assert verdict(claim, [ALDER], dt.date(2024, 2, 8)).verdict == expected


# Tom Ruiz, President of Norby since 10 June 2019 and of the Norby Party since 1 May 2021 (B5; review23 R1)
RUIZ_TWO_PRESIDENCIES = boxed(
    "Tom Ruiz",
    "Tom Ruiz (born 3 May 1960) is a Norbian politician.",
    [
        ("office", "President of Norby"),
        ("term_start", "10 June 2019"),
        ("office2", "President of the Norby Party"),
        ("term_start2", "1 May 2021"),
    ],
    saved=dt.datetime(2024, 5, 1, tzinfo=dt.UTC),
)


# review23 B5 (copied from the reviewer's tests/test_review23.py, beside its fix): a bare 'has been president since D'
# of two presidencies held stays open, whichever was begun on D (the rule that chose it by its day is gone: the claim's
# own day picked the office that then confirmed the day).
def _judged(body: str, docs: list[Document], as_of: dt.date) -> dict[str, Verdict]:
    """Each claim extraction gives for `body`, judged against `docs` alone, by its words."""
    claims = extract_claims(article_from_text(f"Norby news\n\n{body}\n", as_of=as_of))
    return {c.text: verdict(c, docs, as_of).verdict for c in claims}


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Tom Ruiz, the president of Norby, has been president since 1 May 2021.", id="aside"),
        pytest.param(
            "President Tom Ruiz of Norby, who has been president since 1 May 2021, opened the summit on Monday.",
            id="title-before",
        ),
        pytest.param(
            "Norby's president, Tom Ruiz, opened the summit on Monday. He has been president since 1 May 2021.",
            id="post-in-the-sentence-before",
        ),
    ],
)
def test_b5_a_bare_post_is_not_supported_by_another_presidency_begun_that_day(body: str) -> None:
    found = {
        text: seen for text, seen in _judged(body, [RUIZ_TWO_PRESIDENCIES], AS_OF).items() if "since 1 May 2021" in text
    }
    assert found, "no claim on the day"
    assert Verdict.SUPPORTED not in found.values(), found


# review23 R2 (a strict xfail there, a plain test here beside its fix): a glued 'Vicepresident' is the vice-president's
# post, as 'Vice-President' is.
@pytest.mark.parametrize(
    ("value", "office"),
    [
        ("vice-president of the Norby Forum", "Vicepresident of the Norby Forum"),
        ("vicepresident of the Norby Forum", "Vice-President of the Norby Forum"),
    ],
)
def test_r2_a_glued_vicepresident_is_the_vice_presidents_post(value: str, office: str) -> None:
    assert _holds(value, office) == Verdict.SUPPORTED
