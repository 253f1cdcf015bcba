"""Killers for mutations whose remembered test no longer failed (session 22, helper 1): each test pins one
behaviour the mutation named in its docstring would break. Invented people and pages."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, clause_claim, verdict
from verify.app import article_from_text
from verify.extract import extract_claims
from verify.models import Claim, Verdict

# --- a start claim among two offices with one post word (start-claim-post-words-ignored, sure-the-office-unread) --

SUMMER_2024 = dt.date(2024, 7, 1)
RIVERA = boxed(
    "Maria Rivera",
    "Maria Rivera (born 3 May 1966) is a Vestrian politician.",
    [("birth_date", "3 May 1966"), ("office", "President of Vestria"), ("term_start", "1 May 2021"),
     ("office2", "President of the Vestrian Democratic Party"), ("term_start2", "14 April 2016")],
)  # fmt: skip


def start_claim(sentence: str, verb: str) -> Claim:
    """The claim from its verb to the sentence's end ('has held the office since 1 May 2021')."""
    text = sentence[sentence.index(verb) :].rstrip(".")
    day = text.split("since ", 1)[1]
    return clause_claim(text, "Maria Rivera", verb, sentence, kind="date", relation=verb, value=day, time=day,
                        with_predicate=False)  # fmt: skip


def test_the_office_a_sentence_named_by_its_country_dates_its_start_not_the_party_presidency():
    """'Rivera, the president of Vestria, has held the office since ...': both offices are presidencies, so the
    post named last ('the president of Vestria') fits both; the sentence's words name only the state's, whose
    start a wrong day contradicts (sure-the-office-unread, start-claim-post-words-ignored leave it open)."""
    right = "Rivera, the president of Vestria, has held the office since 1 May 2021."
    wrong = "Rivera, the president of Vestria, has held the office since 1 May 2019."
    assert verdict(start_claim(right, "has held"), [RIVERA], SUMMER_2024).verdict == Verdict.SUPPORTED
    assert verdict(start_claim(wrong, "has held"), [RIVERA], SUMMER_2024).verdict == Verdict.CONTRADICTED


def test_the_post_a_start_claim_names_picks_its_office_among_two_presidencies():
    """'has been the party's president since ...': of two presidencies held, the one the claim's own post words
    name (start-claim-post-words-ignored leaves both, and so the claim open)."""
    right = "Rivera has been the party's president since 14 April 2016."
    wrong = "Rivera has been the party's president since 1 May 2019."
    assert verdict(start_claim(right, "has been"), [RIVERA], SUMMER_2024).verdict == Verdict.SUPPORTED
    assert verdict(start_claim(wrong, "has been"), [RIVERA], SUMMER_2024).verdict == Verdict.CONTRADICTED


# --- a swearing-in clause read with no time: its day is checked beside its office ------------------------------
# (clause-day-checked-beside-its-office, clause-wrong-day-refutes)

ALDER = boxed(
    "Mara Alder",
    "Mara Alder (born 2 March 1975) is a Vestrian politician who has served as the 12th Prime Minister of Vestria "
    "since 2021.",
    [("office", "12th Prime Minister of Vestria"), ("term_start", "4 June 2021"), ("predecessor", "Ivo Stam"),
     ("office2", "Deputy Leader of the Harbour Party"), ("term_start2", "1 March 2019"), ("term_end2", "4 June 2021"),
     ("birth_date", "2 March 1975")],
)  # fmt: skip


def sworn_in(day: str) -> Claim:
    """The clause as a reader gives it that leaves its date in the words only (no time field)."""
    text = f"sworn in as Vestria's 12th prime minister on {day}"
    sentence = f"Mara Alder, who was {text}, told her ministers on Tuesday that prices would come first."
    return clause_claim(text, "Mara Alder", "sworn in", sentence, object="Vestria's 12th prime minister")


def test_a_swearing_in_clause_with_its_day_in_its_words_only_is_refuted_by_another_term_start():
    """The office and its ordinal are right, the day is not: the term start refutes the clause, the ordinal's
    support set aside (without `_dated_too` it is left unverified, the wrong day never deciding)."""
    assert verdict(sworn_in("4 June 2021"), [ALDER], dt.date(2021, 7, 6)).verdict == Verdict.SUPPORTED
    assert verdict(sworn_in("8 June 2021"), [ALDER], dt.date(2021, 7, 6)).verdict == Verdict.CONTRADICTED


# --- extraction ---------------------------------------------------------------------------------------------


def _claims(body: str) -> list[Claim]:
    return extract_claims(article_from_text(f"Local news\n\n{body}\n"))


@pytest.mark.parametrize(
    "text",
    [
        "Voters in Norby elected Ines Varga, a corporate lawyer, on Sunday, succeeding Tomas Heller.",
        "The council on Sunday elected Ines Varga, an engineer, succeeding Tomas Heller.",
    ],
)
def test_a_calling_after_the_verb_is_no_office_the_predecessor_held(text: str) -> None:
    """The calling beside the object's name follows the verb 'succeeding' belongs to, so the parse does not set it
    aside as told before that verb: only `_CALLING` keeps it from being Heller's office
    (calling-taken-for-predecessor-office)."""
    held = [c.value for c in _claims(text) if c.kind == "role" and c.subject == "Tomas Heller"]
    assert not [v for v in held if v and v.endswith(("engineer", "lawyer"))]


@pytest.mark.parametrize(
    "body",
    [
        "Tomas Varga succeeded Irena Holm as prime minister in September.",
        "Tomas Varga succeeded Irena Holm as prime minister on 9 September.",
    ],
)
def test_a_succession_with_its_post_and_month_keeps_its_clause_claim(body: str) -> None:
    """The role claims take the post, the date claim the month; whom Varga succeeded is still the clause's to
    claim (succession-taken-by-its-month drops it). No dateline: one would stand in as the clause's time."""
    kept = [(c.subject, c.object) for c in _claims(body) if c.kind == "clause" and c.predicate == "succeeded"]
    assert ("Tomas Varga", "Irena Holm") in kept
