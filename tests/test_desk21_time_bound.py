"""desk21: a desk editor's findings on time-bound roles and dates, each with invented people, bodies and pages
(tests/support/judging.py). W1: a month written without its year ('in March') is the article's own month of that
name (the last one by the article's day for a step told in the past), never the year of another date the article
wrote before it."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, clause_claim, page, verdict
from verify import holder
from verify.app import article_from_text
from verify.extract import extract_claims
from verify.models import Claim, Verdict

AS_OF = dt.date(2024, 4, 10)
LEADER = boxed("Aine Corr", "Aine Corr (born 1986) is a Velmaran politician.",
               [("office", "Leader of the Velmaran Union"), ("term_start", "24 March 2024")])  # fmt: skip


def _dated(body: str, words: str) -> Claim:
    claims = extract_claims(article_from_text(f"Story\n\n{body}\n", as_of=AS_OF))
    (claim,) = [c for c in claims if c.kind == "date" and words in c.text]
    return claim


# W1: 'in March' read as March 2000 (the parser's stand-in year) contradicted the term begun in March 2024.
def test_a_bare_month_is_judged_in_the_articles_year():
    text = "Corr became party leader in March"
    claim = clause_claim(text, "Aine Corr", "became", f"{text}.", kind="date", value="March", time="March")
    assert verdict(claim, [LEADER], AS_OF).verdict == Verdict.SUPPORTED


def test_a_bare_month_after_the_articles_told_in_the_past_is_the_year_before():
    rows = [("office", "Leader of the Velmaran Union"), ("term_start", "4 December 2023")]
    page = boxed("Aine Corr", "Aine Corr (born 1986) is a Velmaran politician.", rows)
    text = "Corr became party leader in December"  # in an April story: December 2023
    claim = clause_claim(text, "Aine Corr", "became", f"{text}.", kind="date", value="December", time="December")
    assert verdict(claim, [page], AS_OF).verdict == Verdict.SUPPORTED


# W1: a dateline without its year ('NORBY, April 10 (Reuters) -') let a day without one borrow the year of the
# last full date written before it ('since December 2022').
def test_a_yearless_datelines_day_takes_the_articles_year_not_an_earlier_dates():
    body = ("NORBY, April 10 (Reuters) - Aine Corr succeeds Tomas Wiro, who had led the government since "
            "December 2022. Corr became party leader on 24 March.")  # fmt: skip
    claim = _dated(body, "24 March")
    assert "2022" not in (claim.value or "")
    assert verdict(claim, [LEADER], AS_OF).verdict == Verdict.SUPPORTED


# X5: 'Acting' is part of the office (issue 15: Vice, Deputy, Acting, former and -elect are never dropped), so an
# acting prime minister is supported only by an acting spell, and the acting spell supports her.
FULL = boxed("Aine Corr", "Aine Corr (born 1986) is a Velmaran politician.",
             [("office", "Prime Minister of Velmara"), ("term_start", "1 June 2022")])  # fmt: skip
ACTING = boxed("Aine Corr", "Aine Corr (born 1986) is a Velmaran politician.",
               [("office", "Acting Prime Minister of Velmara"), ("term_start", "1 June 2022")])  # fmt: skip
ACTING_SAID = [
    "Acting Prime Minister Aine Corr visited Norby.",
    "Aine Corr has been acting prime minister since 2022.",
    "Aine Corr, the acting prime minister, visited Norby.",
]


def _role(text: str) -> Claim:
    claims = extract_claims(article_from_text(f"Story\n\n{text}\n", as_of=AS_OF))
    (claim,) = [c for c in claims if c.kind == "role"]
    return claim


@pytest.mark.parametrize("text", ACTING_SAID)
def test_an_acting_post_keeps_its_acting(text: str):
    assert "acting" in (_role(text).value or "").lower()


@pytest.mark.parametrize("text", ACTING_SAID)
def test_an_acting_post_is_not_supported_by_the_full_office(text: str):
    assert verdict(_role(text), [FULL], AS_OF).verdict != Verdict.SUPPORTED


@pytest.mark.parametrize("text", ACTING_SAID)
def test_an_acting_post_is_supported_by_an_acting_spell(text: str):
    assert verdict(_role(text), [ACTING], AS_OF).verdict == Verdict.SUPPORTED


# W4: a hyphen cut the office: 'Vice-President Aine Corr' was read as 'President Aine Corr', and 'has been
# president since 2022' was supported by a page's 'has been vice-president of Velmara since 2022'.
def test_a_hyphenated_vice_post_before_a_name_is_read_whole():
    claim = _role("Vice-President Aine Corr visited Norby.")
    assert (claim.text, claim.value) == ("Vice-President Aine Corr", "Vice-President")


@pytest.mark.parametrize("post", ["vice-president", "vice president", "deputy president"])
def test_a_post_the_page_gives_only_with_a_qualifier_does_not_support_the_bare_post(post: str):
    text = "been president since 2022"
    sentence = f"Aine Corr, who has {text}, visited Norby."
    claim = clause_claim(text, "Aine Corr", "been", sentence, value="2022", time="2022", with_predicate=True)
    said = f"Aine Corr (born 1986) is a Velmaran politician who has been {post} of Velmara since 2022."
    assert verdict(claim, [page("Aine Corr", said)], AS_OF).verdict != Verdict.SUPPORTED


def test_the_post_the_page_gives_without_a_qualifier_supports_it():
    text = "been president since 2022"
    sentence = f"Aine Corr, who has {text}, visited Norby."
    claim = clause_claim(text, "Aine Corr", "been", sentence, value="2022", time="2022", with_predicate=True)
    said = "Aine Corr (born 1986) is a Velmaran politician who has been president of Velmara since 2022."
    assert verdict(claim, [page("Aine Corr", said)], AS_OF).verdict == Verdict.SUPPORTED


# M1: 'born in Norby on 3 May 1985' left the clause claim on those words with neither its place nor its date
# (the date kind's claim on the same words was taken to cover the place), and the clause judge read the place
# alone off the words: 'supported' on words that give a wrong birth date.
BORN = boxed("Aine Corr", "Aine Corr (born 3 May 1986) is a Velmaran politician. She was born in Norby.",
             [("birth_date", "3 May 1986"), ("birth_place", "Norby, Velmara")])  # fmt: skip


@pytest.mark.parametrize("day", ["3 May 1985", "May 3, 1985"])
def test_no_claim_on_a_wrong_birth_date_after_the_place_is_supported(day: str):
    claims = extract_claims(article_from_text(f"Story\n\nAine Corr was born in Norby on {day}.\n", as_of=AS_OF))
    dated = [c for c in claims if day in c.text]
    assert dated
    assert all(verdict(c, [BORN], AS_OF).verdict != Verdict.SUPPORTED for c in dated)


def test_the_birth_place_before_a_date_is_still_checked():
    claims = extract_claims(article_from_text("Story\n\nAine Corr was born in Ostra on 3 May 1986.\n", as_of=AS_OF))
    placed = [c for c in claims if "Ostra" in c.text]
    assert any(verdict(c, [BORN], AS_OF).verdict == Verdict.CONTRADICTED for c in placed)


# The mutation holder-participle-not-fronted survived the whole suite: its own example ('Appointed by Per Olsen in
# 2019, she has been ...') is decided by the subject named after the comma whether or not the participle's phrase is
# set aside. The branch decides when that phrase holds a verb of its own ('lost', 'resigned'): read as the clause's,
# it makes Per Olsen the one whose post the value is.
@pytest.mark.parametrize(
    "sentence",
    [
        "Chosen after Per Olsen lost the vote in 2019, she has been party leader since.",
        "Elected after Per Olsen resigned in 2019, she has been party leader since.",
        "Appointed when Per Olsen stepped down in 2019, Tove Brandt has been party leader since.",
    ],
)
def test_a_fronted_participles_own_verb_and_name_do_not_take_the_value(sentence: str):
    at = sentence.index("party leader")
    assert holder.another_holder(("Tove Brandt",), sentence, at) is None
    assert holder.another_holder(("Tove Brandt",), sentence, at, pronoun="she") is None


# X3: 'had led the bank since 2016' (the pluperfect: a spell told up to a day before the article's) was read as
# 'has led', held on the article's day, so the governorship that ended months before left it unverified.
GOVERNOR = boxed("Aldo Penn", "Aldo Penn (born 1961) is a Velmaran economist.",
                 [("office", "Governor of the Reserve Bank of Velmara"), ("term_start", "18 September 2016"),
                  ("term_end", "17 September 2023")])  # fmt: skip
LATER = dt.date(2024, 5, 1)  # the governorship ended before the article's day


@pytest.mark.parametrize(
    ("text", "predicate", "thing"),
    [
        ("Penn had led the bank since 2016", "led", "the bank"),
        ("Penn had been governor of the Reserve Bank of Velmara since 2016", "been",
         "governor of the Reserve Bank of Velmara"),
    ],
)  # fmt: skip
def test_a_pluperfect_spell_since_a_year_is_supported_by_a_term_ended_before_the_article(
    text: str, predicate: str, thing: str
):
    claim = clause_claim(text, "Aldo Penn", predicate, f"{text} when he left.", object=thing, time="2016", value=thing)
    assert verdict(claim, [GOVERNOR], LATER).verdict == Verdict.SUPPORTED


def test_a_present_perfect_spell_is_not_supported_by_a_term_ended_before_the_article():
    text = "Penn has led the bank since 2016"
    claim = clause_claim(text, "Aldo Penn", "led", f"{text}.", object="the bank", time="2016", value="the bank")
    assert verdict(claim, [GOVERNOR], LATER).verdict != Verdict.SUPPORTED


# X4: on the handover day the old holder is already former. The page gives the term's end as a day, not an hour:
# an article dated the day a term ended is read as written after the handover, so 'former prime minister' is
# supported that day (it was left unverified, the ended term read as held) and 'Prime Minister' is not.
OUTGOING = boxed("Tomas Wiro", "Tomas Wiro (born 1962) is a Velmaran politician.",
                 [("office", "Prime Minister of Velmara"), ("term_start", "22 August 2019"),
                  ("term_end", "14 August 2024"), ("successor", "Aine Corr")])  # fmt: skip
HANDOVER = dt.date(2024, 8, 14)


def _outgoing(text: str) -> Verdict:
    claims = extract_claims(article_from_text(f"Story\n\n{text}\n", as_of=HANDOVER))
    (claim,) = [c for c in claims if c.kind == "role"]
    return verdict(claim, [OUTGOING], HANDOVER).verdict


def test_the_old_holder_is_former_on_the_handover_day():
    assert _outgoing("Former prime minister Tomas Wiro attended the ceremony.") == Verdict.SUPPORTED


def test_the_old_holder_is_not_the_holder_on_the_handover_day():
    assert _outgoing("Prime Minister Tomas Wiro attended the ceremony.") != Verdict.SUPPORTED


def test_the_holder_the_day_before_the_handover_is_not_former():
    claims = extract_claims(article_from_text("Story\n\nFormer prime minister Tomas Wiro spoke.\n", as_of=HANDOVER))
    (claim,) = [c for c in claims if c.kind == "role"]
    assert verdict(claim, [OUTGOING], HANDOVER - dt.timedelta(days=1)).verdict != Verdict.SUPPORTED


# X6: an age set beside a name in a clause or timeline line dated in the past ('In June 2019, Aine Corr, 54,
# became ...', 'June 2019 - Aine Corr, then 54, ...') is her age on that date, not on the article's: judged on
# the article's day it was contradicted by the birth date that makes her 54 in June 2019.
BIRTH = boxed("Aine Corr", "Aine Corr (born 3 May 1965) is a Velmaran politician.", [("birth_date", "3 May 1965")])


def _aged(text: str) -> list[Verdict]:
    claims = extract_claims(article_from_text(f"Story\n\n{text}\n", as_of=HANDOVER))
    aged = [c for c in claims if c.kind == "clause" and c.relation == "aged"]
    assert aged
    return [verdict(c, [BIRTH], HANDOVER).verdict for c in aged]


@pytest.mark.parametrize(
    "text",
    [
        "In June 2019, Aine Corr, 54, became finance minister.",
        "Timeline\nJune 2019 - Aine Corr, 54, becomes finance minister.\nAugust 2024 - Corr resigns.",
    ],
)
def test_an_age_in_a_clause_dated_in_the_past_is_judged_on_that_date(text: str):
    assert _aged(text) == [Verdict.SUPPORTED]


@pytest.mark.parametrize(
    "text",
    [
        "In June 2019, Aine Corr, 59, became finance minister.",  # her age on the article's day, not in 2019
        "In 2019 Aine Corr, 54, became finance minister.",  # 53 or 54 in 2019: consistent, not established
    ],
)
def test_an_age_in_a_clause_dated_in_the_past_is_not_supported_by_another_days_age(text: str):
    assert Verdict.SUPPORTED not in _aged(text)


def test_an_age_in_a_clause_dated_in_the_past_is_contradicted_by_that_dates_age():
    assert _aged("In June 2019, Aine Corr, 50, became finance minister.") == [Verdict.CONTRADICTED]


def test_an_age_in_the_present_is_judged_on_the_articles_day():
    assert _aged("Aine Corr, 59, resigned on Wednesday.") == [Verdict.SUPPORTED]


# review21 B4: only a clause or timeline line that OPENS with its time dates the age; the 'in YEAR' of a fronted
# participle or relative phrase about another event ('Elected in 2019, Aine Corr, 59, leads the party') leaves the age
# the one of the article's day (it was judged in 2019 and contradicted).
@pytest.mark.parametrize(
    "text",
    [
        "Elected in 2019, Aine Corr, 59, leads the party.",
        "First elected to parliament in 2010, Aine Corr, 59, now leads the party.",
        "A lawyer who entered parliament in 2010, Aine Corr, 59, now leads the party.",
        "Born in Norby in 1965, Aine Corr, 59, leads the party.",
    ],
    ids=["elected-in", "first-elected-in", "who-entered-in", "born-in"],
)
def test_an_age_after_a_phrase_dating_another_event_is_the_age_now(text: str):
    assert _aged(text) == [Verdict.SUPPORTED]


# review21 B5: only 'had' as the auxiliary of the claim's own verb tells a spell up to a past day; the 'had' of
# another verb before it ('Penn had worked abroad for years and has led the bank since 2016') leaves 'has led' a
# spell held now, which the governorship ended in 2023 does not support.
@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        ("has led the bank since 2016", "Penn had worked abroad for years and has led the bank since 2016."),
        ("Penn has led the bank since 2016", "Although the board had doubts Penn has led the bank since 2016."),
        ("who has led the bank since 2016",
         "Penn, an economist who had worked abroad and who has led the bank since 2016, spoke."),
    ],
    ids=["had-of-a-first-conjunct", "had-of-a-subordinate-clause", "had-of-another-relative"],
)  # fmt: skip
def test_a_had_of_another_verb_does_not_end_a_present_spell(text: str, sentence: str):
    claim = clause_claim(text, "Aldo Penn", "led", sentence, object="the bank", time="2016", value="the bank")
    assert verdict(claim, [GOVERNOR], LATER).verdict != Verdict.SUPPORTED
