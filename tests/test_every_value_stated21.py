"""Issue 15, session 21 (fs21a): a succession, handover or swearing-in is supported only when the evidence states
every value the claim gives, not the relation alone: the date (to its precision), the post with its qualifiers,
the other person, the place. A value no page read states leaves the claim unverified. Invented people, boards and
pages (`tests/support/judging.py`); each claim has the fields extraction gives its words."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, clause_claim, page, verdict
from verify.models import Verdict

AS_OF = dt.date(2025, 6, 1)
BOARD = "Vestrian Rail Board"
BRANDT_LEAD = f"Tove Brandt (born 3 May 1966) is a Vestrian politician, chair of the {BOARD} since 3 June 2024."
CHAIR = [("office", f"Chair of the {BOARD}"), ("term_start", "3 June 2024"), ("predecessor", "Ola Sund")]
DEPUTY_MAYOR = [("office2", "Deputy Mayor of Norby"), ("term_start2", "4 June 2020"), ("term_end2", "2 June 2024")]
BRANDT = boxed("Tove Brandt", BRANDT_LEAD, CHAIR + DEPUTY_MAYOR)
SUND = boxed(
    "Ola Sund",
    "Ola Sund (born 1950) is a Vestrian engineer.",
    [("office", f"Chair of the {BOARD}"), ("term_end", "3 June 2024"), ("successor", "Tove Brandt")],
)


def _took_over(post: str, day: str = "3 June 2024", verb: str = "took over from") -> Verdict:
    """'Tove Brandt {verb} Ola Sund as {post} of the board on {day}', the clause claim, against her boxed page."""
    text = f"Tove Brandt {verb} Ola Sund as {post} of the {BOARD} on {day}"
    predicate = verb.removesuffix(" from")
    claim = clause_claim(text, "Tove Brandt", predicate, f"{text}.", object="Ola Sund", value="Ola Sund", time=day)
    return verdict(claim, [BRANDT], AS_OF).verdict


def test_a_succession_as_another_post_is_not_supported_by_the_predecessor_row_of_the_office() -> None:
    """'took over from Ola Sund as vice-chair': her page names Ola Sund as predecessor in the CHAIR's group."""
    assert _took_over("vice-chair") != Verdict.SUPPORTED
    assert _took_over("chair") == Verdict.SUPPORTED  # the post the row's group holds: the check leaves it


def test_a_succession_as_another_post_is_not_supported_by_a_sentence_naming_the_office() -> None:
    """A page's sentence that gives the person and the month of the succession in the chair does not state it as
    vice-chair."""
    said = f"Tove Brandt is a Vestrian politician. In June 2024 she succeeded Ola Sund as chair of the {BOARD}."

    def judged(post: str) -> Verdict:
        text = f"Tove Brandt succeeded Ola Sund as {post} of the {BOARD} in June 2024"
        claim = clause_claim(text, "Tove Brandt", "succeeded", f"{text}.", object="Ola Sund", value="Ola Sund",
                             time="June 2024")  # fmt: skip
        return verdict(claim, [page("Tove Brandt", said)], AS_OF).verdict

    assert judged("vice-chair") != Verdict.SUPPORTED
    assert judged("chair") == Verdict.SUPPORTED


def test_a_succession_is_not_supported_by_a_sentence_giving_it_in_a_longer_post() -> None:
    """'succeeded Ola Sund as chair': the page's sentence gives the succession as vice-chair, whose words hold the
    chair's."""
    said = f"Tove Brandt is a Vestrian politician. In June 2024 she succeeded Ola Sund as vice-chair of the {BOARD}."
    text = f"Tove Brandt succeeded Ola Sund as chair of the {BOARD} in June 2024"
    claim = clause_claim(text, "Tove Brandt", "succeeded", f"{text}.", object="Ola Sund", value="Ola Sund",
                         time="June 2024")  # fmt: skip
    assert verdict(claim, [page("Tove Brandt", said)], AS_OF).verdict != Verdict.SUPPORTED


@pytest.mark.parametrize(("post", "expected"), [("vice-chair", False), ("chair", True)])
def test_a_succession_told_by_a_participle_is_in_the_post_its_main_clause_names(post: str, expected: bool) -> None:
    """'Tove Brandt was appointed vice-chair of the board, succeeding Ola Sund': the succession is the vice-chair's,
    and her page names Ola Sund before her only in the chair's group."""
    sentence = f"Tove Brandt was appointed {post} of the {BOARD}, succeeding Ola Sund."
    claim = clause_claim("succeeding Ola Sund", "Tove Brandt", "succeeded", sentence, object="Ola Sund",
                         value="Ola Sund")  # fmt: skip
    assert (verdict(claim, [BRANDT], AS_OF).verdict == Verdict.SUPPORTED) is expected


def test_a_handover_at_a_place_no_page_states_is_not_supported() -> None:
    """'handed over to Tove Brandt at a ceremony in Naples': the successor row says nothing of Naples."""

    def judged(text: str, place: str | None) -> Verdict:
        claim = clause_claim(text, "Ola Sund", "handed", f"{text}.", object="Tove Brandt", value="Tove Brandt",
                             place=place)  # fmt: skip
        return verdict(claim, [SUND], AS_OF).verdict

    assert judged("Ola Sund handed over to Tove Brandt at a ceremony in Naples", "Naples") != Verdict.SUPPORTED
    assert judged("Ola Sund handed over to Tove Brandt", None) == Verdict.SUPPORTED


@pytest.mark.parametrize(("after", "expected"), [(" in Naples.", False), (".", True)])
def test_a_place_written_straight_after_the_clauses_words_is_its_value(after: str, expected: bool) -> None:
    """'Tove Brandt took over from Ola Sund on 3 June 2024', its words cut before 'in Naples.': the place is the
    handover's all the same, and no page states it."""
    text = "Tove Brandt took over from Ola Sund on 3 June 2024"
    claim = clause_claim(text, "Tove Brandt", "took over", f"{text}{after}", object="Ola Sund", value="Ola Sund",
                         time="3 June 2024")  # fmt: skip
    assert (verdict(claim, [BRANDT], AS_OF).verdict == Verdict.SUPPORTED) is expected


def _role(text: str, office: str, sentence: str | None = None) -> Verdict:
    """A role claim on the words as extraction gives them (the office its value, 'holds office'), against her page."""
    claim = clause_claim(text, "Tove Brandt", "holds office", sentence or f"{text}.", kind="role",
                         relation="holds office", value=office)  # fmt: skip
    return verdict(claim, [BRANDT], AS_OF).verdict


@pytest.mark.parametrize(
    ("day", "expected"),
    [("3 June 2024", False), ("2 June 2024", False), ("4 June 2020", True)],
    ids=["a-day-after-the-term", "the-terms-end", "the-terms-start"],
)
def test_sworn_in_on_a_day_needs_the_term_begun_that_day(day: str, expected: bool) -> None:
    """'was sworn in as deputy mayor of Norby on 3 June 2024': her past deputy mayoralty supports holding it, but
    began on 4 June 2020; neither its end nor another day is the day she was sworn in."""
    text = f"Tove Brandt was sworn in as deputy mayor of Norby on {day}"
    assert (_role(text, "deputy mayor of Norby") == Verdict.SUPPORTED) is expected


def test_a_role_dated_after_its_words_needs_that_start() -> None:
    """'Tove Brandt took over from Ola Sund as chair of the board on 3 May 2024', the role claim's words ending at
    the office: the day after them is its start, and the chair began on 3 June."""
    words = f"Tove Brandt took over from Ola Sund as chair of the {BOARD}"
    office = f"chair of the {BOARD}"
    assert _role(words, office, f"{words} on 3 May 2024.") != Verdict.SUPPORTED
    assert _role(words, office, f"{words} on 3 June 2024.") == Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("verb", "expected"),
    [("took over from Per Lind", False), ("succeeded Per Lind", False), ("took over from Ola Sund", True)],
    ids=["took-over-from-another", "succeeded-another", "the-predecessor"],
)
def test_a_role_taken_over_from_someone_needs_that_predecessor(verb: str, expected: bool) -> None:
    """'Tove Brandt took over from Per Lind as chair of the board': the chair's group names Ola Sund before her, so
    the role claim's words, which name Per Lind, are not all supported by the office."""
    office = f"chair of the {BOARD}"
    assert (_role(f"Tove Brandt {verb} as {office}", office) == Verdict.SUPPORTED) is expected


def test_a_role_sworn_in_at_a_place_no_page_states_is_not_supported() -> None:
    """'was sworn in as chair of the board on 3 June 2024 in Naples': the chair's term begun that day says nothing of
    Naples; the same words without the place are supported."""
    office = f"chair of the {BOARD}"
    assert _role(f"Tove Brandt was sworn in as {office} on 3 June 2024 in Naples", office) != Verdict.SUPPORTED
    assert _role(f"Tove Brandt was sworn in as {office} on 3 June 2024", office) == Verdict.SUPPORTED


JUNE_5 = dt.date(2024, 6, 5)  # a Wednesday: 'on Monday' is 3 June 2024, the handover's day


@pytest.mark.parametrize(("weekday", "expected"), [("Friday", Verdict.UNVERIFIED), ("Monday", Verdict.SUPPORTED)])
def test_a_weekday_is_the_day_it_stands_for_and_must_be_stated(weekday: str, expected: Verdict) -> None:
    """'Tove Brandt took over from Ola Sund on Friday', told on Wednesday 5 June 2024: Friday is 31 May, and the
    chair's group begins on Monday 3 June. A day read from a weekday is set aside when no page states it, never
    refuted (it may be one to come, or the dateline's)."""
    text = f"Tove Brandt took over from Ola Sund on {weekday}"
    claim = clause_claim(text, "Tove Brandt", "took over", f"{text}.", object="Ola Sund", value="Ola Sund",
                         time=weekday)  # fmt: skip
    assert verdict(claim, [BRANDT], JUNE_5).verdict == expected


@pytest.mark.parametrize(("weekday", "expected"), [("Tuesday", False), ("Monday", True)])
def test_a_handover_day_written_after_the_clauses_words_is_its_value(weekday: str, expected: bool) -> None:
    """'Ola Sund handed over to Tove Brandt', its words cut before 'at a ceremony on Tuesday.': the day is the
    handover's all the same, and Ola Sund's term ended on Monday."""
    text = "Ola Sund handed over to Tove Brandt"
    claim = clause_claim(text, "Ola Sund", "handed", f"{text} at a ceremony on {weekday}.", object="Tove Brandt",
                         value="Tove Brandt")  # fmt: skip
    assert (verdict(claim, [SUND], JUNE_5).verdict == Verdict.SUPPORTED) is expected


@pytest.mark.parametrize(("day", "expected"), [("3 May 2024", False), ("3 June 2024", True)])
def test_a_roles_day_after_its_words_and_a_place_is_its_start(day: str, expected: bool) -> None:
    """'Tove Brandt was appointed chair of the board', its words cut before 'in Naples on 3 May 2024': the day is
    the start of the spell it takes up, past the place; the chair's term began on 3 June."""
    words = f"Tove Brandt was appointed chair of the {BOARD}"
    assert (_role(words, f"chair of the {BOARD}", f"{words} in Naples on {day}.") == Verdict.SUPPORTED) is expected


@pytest.mark.parametrize(("post", "expected"), [("treasurer", False), ("chair", True)])
def test_a_succession_in_a_post_of_another_name_is_not_the_offices(post: str, expected: bool) -> None:
    """'succeeded Ola Sund as treasurer of the board': her page names Ola Sund before her as CHAIR; no word but
    the post's own tells the two apart, and it is another post all the same."""
    text = f"Tove Brandt succeeded Ola Sund as {post} of the {BOARD}"
    claim = clause_claim(text, "Tove Brandt", "succeeded", f"{text}.", object="Ola Sund", value="Ola Sund")
    assert (verdict(claim, [BRANDT], AS_OF).verdict == Verdict.SUPPORTED) is expected


@pytest.mark.parametrize(("day", "expected"), [("3 May 2024", False), ("3 June 2024", True)])
def test_a_date_in_the_clauses_own_words_is_its_time(day: str, expected: bool) -> None:
    """'Tove Brandt was appointed chair of the board on 3 May 2024, succeeding Ola Sund', read as one succession
    clause with no time: the date in its words is the succession's, and the chair's term began on 3 June."""
    text = f"Tove Brandt was appointed chair of the {BOARD} on {day}, succeeding Ola Sund"
    claim = clause_claim(text, "Tove Brandt", "succeeded", f"{text}.", object="Ola Sund", value="Ola Sund")
    assert (verdict(claim, [BRANDT], AS_OF).verdict == Verdict.SUPPORTED) is expected


def test_a_date_in_an_aside_is_not_the_clauses_time() -> None:
    """'Tove Brandt, born in 1966, succeeded Ola Sund as chair of the board': the year set between commas is her
    birth's, not the succession's (the clause has no time of its own)."""
    text = f"Tove Brandt, born in 1966, succeeded Ola Sund as chair of the {BOARD}"
    claim = clause_claim(text, "Tove Brandt", "succeeded", f"{text}.", object="Ola Sund", value="Ola Sund")
    assert verdict(claim, [BRANDT], AS_OF).verdict == Verdict.SUPPORTED
