"""Rows only one reading decides (issue 15: every mutation caught). Session 33's killers run left eleven mutations
uncaught: their remembered rows are now decided a second way by newer readings (fs33's `offices.not_the_post`,
open33's count of another deed and object-pronoun reading, the lead's `_of_a_post`), or no longer collected. These
are rows the newer readings do not reach, each beside a twin that shows the reading still lets the true case
through. Invented people and pages."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, clause_claim, judged_body, verdict, verdict_on_words
from tests.test_clause_described_ages import ages
from tests.test_judge_unlike_figures import alliance, greens
from tests.test_recall18_durations import ORVEN, WINTER, _length
from tests.test_rew33_rewordings import MARCH_2025, _president
from verify.models import Verdict

JANUARY_2024 = dt.date(2024, 1, 10)
SAVED = dt.datetime(2024, 5, 1, tzinfo=dt.UTC)


def _vos(rows: list[tuple[str, str]]) -> list:
    """Lena Vos's invented page: her infobox rows, saved after the article's day."""
    return [boxed("Lena Vos", "Lena Vos (born 3 May 1960) is a Norbian politician.", rows, SAVED)]


def _verdicts(body: str, docs: list) -> list[Verdict]:
    """The verdicts on every claim extraction gives for `body`, against `docs` alone."""
    found = judged_body(body, docs, JANUARY_2024)
    assert found, "no claim extracted"
    return [v for _, v in found]


# the clause judge's `_office_in_question` (mutation clause-succession-office-named-ignored): a succession whose
# clause names a post after 'as' ('as editor of the Daily Herald') that no word of a post names, so fs33's
# `not_the_post` never asks it of a row; the office she holds today is not the one it is in, and its predecessor
# row refutes nothing
PRIME_MINISTER = _vos(
    [("office", "Prime Minister of Norby"), ("term_start", "1 March 2022"), ("predecessor", "Tomas Vidal"),
     ("office2", "Minister of Finance"), ("term_start2", "4 June 2018"), ("term_end2", "1 March 2022"),
     ("predecessor2", "Ivo Stam")],
)  # fmt: skip


def test_a_succession_in_a_post_the_infobox_does_not_list_is_not_refuted_by_todays_office() -> None:
    assert Verdict.CONTRADICTED not in _verdicts("Lena Vos succeeded Per Lind as editor of the Daily Herald.",
                                                  PRIME_MINISTER)  # fmt: skip


@pytest.mark.parametrize(
    ("body", "expected"),
    [("Lena Vos succeeded Per Lind.", Verdict.CONTRADICTED), ("Lena Vos succeeded Tomas Vidal.", Verdict.SUPPORTED)],
    ids=["another-predecessor", "the-predecessor"],
)
def test_twin_a_succession_naming_no_post_is_in_todays_office(body: str, expected: Verdict) -> None:
    assert _verdicts(body, PRIME_MINISTER) == [expected]


# the clause judge's `_names_the_post` (mutation succession-post-head-unasked): a succession told by a participle
# after the post ('was appointed treasurer of the board, succeeding Ola Sund') names no post after its other person,
# so no row is set aside as another post's; the chair's predecessor row does not state the treasurer's post
BOARD = "Vestrian Rail Board"
BRANDT = boxed(
    "Tove Brandt",
    f"Tove Brandt (born 3 May 1966) is a Vestrian politician, chair of the {BOARD} since 3 June 2024.",
    [("office", f"Chair of the {BOARD}"), ("term_start", "3 June 2024"), ("predecessor", "Ola Sund")],
)


@pytest.mark.parametrize(("post", "expected"), [("treasurer", False), ("chair", True)])
def test_a_succession_told_by_a_participle_after_a_post_of_another_name(post: str, expected: bool) -> None:
    sentence = f"Tove Brandt was appointed {post} of the {BOARD}, succeeding Ola Sund."
    claim = clause_claim("succeeding Ola Sund", "Tove Brandt", "succeeded", sentence, object="Ola Sund",
                         value="Ola Sund")  # fmt: skip
    assert (verdict(claim, [BRANDT], dt.date(2025, 6, 1)).verdict == Verdict.SUPPORTED) is expected


# the clause judge's `_handed_over_otherwise` (mutation succession-day-of-another-posts-row): 'president of the
# Labour Party' shares every word that says which post it is with the row's 'Leader of the Labour Party' (so
# `not_the_post` keeps the row), but the post's own head word is not the row's: the row dates another handover
LABOUR_LEADER = _vos([("office", "Leader of the Labour Party"), ("term_start", "1 March 2022"),
                      ("predecessor", "Tomas Vidal")])  # fmt: skip


def test_a_succession_as_president_is_not_dated_by_the_leaders_row() -> None:
    body = "Lena Vos succeeded Tomas Vidal as president of the Labour Party on 10 June 2021."
    assert Verdict.CONTRADICTED not in _verdicts(body, LABOUR_LEADER)


def test_twin_a_succession_as_leader_is_dated_by_the_leaders_row() -> None:
    body = "Lena Vos succeeded Tomas Vidal as leader of the Labour Party on 10 June 2021."
    assert Verdict.CONTRADICTED in _verdicts(body, LABOUR_LEADER)  # the row dates the handover to 1 March 2022


# the quantity judge's `read_against` (mutation page-count-change-read-as-a-count): a page's figure worded as a
# change ('has 5 more member states than', 'won 25 more seats than') is no count; its verb is the claim's own
# ('has', 'won'), so open33's count of another deed does not decide it
@pytest.mark.parametrize(
    "said",
    ["The Pact has 5 more member states than when it was founded.", "The Pact grew by 5 member states in a year."],
    ids=["more-than", "grew-by"],
)
def test_a_change_in_members_is_no_count_of_members(said: str) -> None:
    assert alliance(32, said) != Verdict.CONTRADICTED


def test_a_change_in_seats_won_is_no_count_of_seats_won() -> None:
    assert greens(85, "The Greens won 25 more seats than at the last election.") != Verdict.CONTRADICTED


def test_twin_another_count_of_the_same_kind_contradicts() -> None:
    assert alliance(32, "The Pact now has 30 member states.") == Verdict.CONTRADICTED
    assert greens(85, "The Greens won 25 seats.") == Verdict.CONTRADICTED


# the duration judge's `of_holding_office` (mutation duration-office-held-any-verb): a length after 'led the party'
# is inferred to be of the one post its sentence names ('prime minister of Vestria'), which may then only support;
# 'served' elsewhere in the sentence does not make the length one of holding office
def test_a_length_after_another_verb_is_not_refuted_by_the_post_served_in() -> None:
    sentence = "Tomas Orven, who served as prime minister of Vestria, led the party for ten years."
    assert verdict(_length("for ten years", sentence, 10.0, "years"), [ORVEN], WINTER).verdict == Verdict.UNVERIFIED


def test_twin_a_length_served_is_refuted_by_the_post() -> None:
    sentence = "Former Prime Minister Tomas Orven, 63, served for ten years."  # 5 September to 13 December 2024
    assert verdict(_length("for ten years", sentence, 10.0, "years"), [ORVEN], WINTER).verdict == Verdict.CONTRADICTED


# the duration judge's `_the_kind_of_the_lead_post` (mutation length-of-any-kind-read-as-the-lead-post): 'has been
# editor for seven months' names a kind no word of a post names (so neither `claimed_post` nor `not_the_post` reads
# it), and 'President of Norby' is not it
@pytest.mark.parametrize("kind", ["editor", "a columnist"])
def test_a_length_of_a_kind_the_lead_posts_title_lacks_is_not_supported_by_it(kind: str) -> None:
    body = f"Edda Karls, 56, has been {kind} for seven months."
    assert verdict_on_words(body, _president(), MARCH_2025, "duration", "seven months") != Verdict.SUPPORTED


def test_twin_the_bare_kind_of_the_lead_post_is_supported_by_it() -> None:
    body = "Edda Karls, 56, has been president for seven months."  # 7.4 months since 1 August 2024
    assert verdict_on_words(body, _president(), MARCH_2025, "duration", "seven months") == Verdict.SUPPORTED


# the clause extractor's `_age_standing_alone` (mutation age-standing-alone-indefinite-read): 'A 23-year-old
# finished' is someone new; no pronoun stands after the verb, so open33's object-pronoun reading does not decide it
@pytest.mark.parametrize(
    "body",
    [
        "Ana Ruiz won the Tarvik marathon in October. A 23-year-old finished in 2:01:53.",
        "Ana Ruiz crossed the line first in Tarvik. A 45-year-old ran onto the track.",
    ],
    ids=["finished", "ran-onto"],
)
def test_an_indefinite_age_standing_alone_is_not_the_named_persons(body: str) -> None:
    assert "Ana Ruiz" not in ages(body)


def test_twin_a_definite_age_standing_alone_is_the_named_persons() -> None:
    body = "Ana Ruiz won the Tarvik marathon in October. The 23-year-old finished in 2:01:53."
    assert ages(body) == {"Ana Ruiz": "23-year-old"}
