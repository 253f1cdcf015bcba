"""Which post, which time (session 20, fs20b): a page's office is the claim's only when every word that tells two
posts apart agrees (qualifiers, title words, the place or body, the country), and a spell that ended before the
article's day is no present length. Invented people and pages (`tests/support/judging.py`)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, clause_claim, page, verdict
from verify.models import Claim, Verdict
from verify.offices import another_post

AS_OF = dt.date(2024, 4, 1)
LEAD = "Tove Brandt (born 3 May 1966) is a Vestrian politician."


def _length(text: str, sentence: str, number: float) -> Claim:
    at = sentence.index(text)
    claim = clause_claim(text, "Tove Brandt", "for", sentence, kind="duration", value=f"{number:g} years",
                         number=number, unit="years")  # fmt: skip
    return claim.model_copy(update={"span": (at, at + len(text))})


FIVE_NOW = _length(
    "has been finance minister for five years", "Tove Brandt has been finance minister for five years.", 5
)
EIGHT_IN_NORBY = _length(
    "served as mayor of Norby for eight years", "Tove Brandt served as mayor of Norby for eight years.", 8
)


@pytest.mark.parametrize(
    ("claimed", "held", "other"),
    [
        ("mayor of Norby", "Mayor of Sundby", True),
        ("prime minister of Norway", "Prime Minister of Sweden", True),
        ("finance minister", "Acting Minister of Finance", True),
        ("finance minister", "Shadow Minister of Finance", True),
        ("leader of the Green League", "Leader of the Green League Youth Wing", True),
        ("president of Nordbank", "Minister of Health", True),
        ("finance minister", "Minister of Finance of Vestria", False),
        ("mayor of Norby", "Mayor of Norby", False),
        ("Dutch prime minister", "Prime Minister of the Netherlands", False),
        ("IOC President", "President of the International Olympic Committee", False),
        ("governor of the Reserve Bank", "Governor of the Reserve Bank of Australia", False),
        ("mayor of Norby", "Mayor of Norbury", True),
        ("finance minister", "Chief of Staff to the Minister of Finance", True),
        ("Green League leader", "Leader of the Green League in the Senate", True),
        ("mayor of Kyiv", "Mayor of Kiev", False),
        ("mayor of St. Petersburg", "Mayor of Saint Petersburg", False),
        ("Fed chair", "Chair of the Federal Reserve", False),
    ],
)
def test_another_post_is_told_by_any_word_that_tells_posts_apart(claimed: str, held: str, other: bool) -> None:
    assert another_post(claimed, held) is other


def test_a_running_spell_of_that_length_supports_a_present_length() -> None:
    doc = boxed("Tove Brandt", LEAD, [("office", "Minister of Finance"), ("term_start", "3 March 2019")])
    assert verdict(FIVE_NOW, [doc], AS_OF).verdict == Verdict.SUPPORTED


def test_an_ended_spell_of_that_length_supports_a_past_length() -> None:
    claim = _length("was finance minister for five years", "Tove Brandt was finance minister for five years.", 5)
    rows = [("office", "Minister of Finance"), ("term_start", "3 March 2014"), ("term_end", "3 March 2019")]
    assert verdict(claim, [boxed("Tove Brandt", LEAD, rows)], AS_OF).verdict == Verdict.SUPPORTED


def test_the_towns_own_mayoralty_supports_the_length() -> None:
    rows = [("office", "Mayor of Norby"), ("term_start", "3 March 2000"), ("term_end", "3 March 2008")]
    assert verdict(EIGHT_IN_NORBY, [boxed("Tove Brandt", LEAD, rows)], AS_OF).verdict == Verdict.SUPPORTED


def test_the_towns_own_mayoralty_in_a_sentence_supports_the_length() -> None:
    doc = page("Tove Brandt", f"{LEAD} She was mayor of Norby from 2000 to 2008.")
    assert verdict(EIGHT_IN_NORBY, [doc], AS_OF).verdict == Verdict.SUPPORTED


def test_an_ended_span_in_a_sentence_does_not_support_a_present_length() -> None:
    doc = page("Tove Brandt", f"{LEAD} She was finance minister from 2019 to 2024.")
    assert verdict(FIVE_NOW, [doc], AS_OF).verdict != Verdict.SUPPORTED


def _dated(text: str, sentence: str, relation: str, value: str, time: str, subject: str = "Tove Brandt") -> Claim:
    at = sentence.index(text)
    claim = clause_claim(text, subject, relation, sentence, kind="date", value=value, time=time)
    return claim.model_copy(update={"span": (at, at + len(text))})


ROTH = "Ana Roth (born 1963) is a Vestrian politician."
PREMIER = [("office", "Prime Minister of Vestria"), ("term_start", "28 August 2020")]
DIET = [("office2", "Member of the National Diet"), ("term_start2", "2 June 2019")]


def test_a_running_premiership_supports_leading_the_country_since_its_start() -> None:
    claim = _dated("led the country since August 2020", "Roth, 61, has led the country since August 2020.",
                   "has led", "August 2020", "August 2020", "Ana Roth")  # fmt: skip
    doc = boxed("Ana Roth", ROTH, [*PREMIER, *DIET])
    assert verdict(claim, [doc], dt.date(2025, 4, 7)).verdict == Verdict.SUPPORTED


def test_an_ended_premiership_supports_had_led_the_country_since_its_start() -> None:
    claim = _dated("led the country since August 2020", "Roth, 61, had led the country since August 2020.",
                   "had led", "August 2020", "August 2020", "Ana Roth")  # fmt: skip
    doc = boxed("Ana Roth", ROTH, [*PREMIER, ("term_end", "1 January 2023"), *DIET])
    assert verdict(claim, [doc], dt.date(2025, 4, 7)).verdict == Verdict.SUPPORTED


def test_the_post_an_apposition_names_is_dated_by_its_own_term() -> None:
    sentence = "Tove Brandt, the finance minister, has held the post since March 2019."
    claim = _dated("has held the post since March 2019", sentence, "has held", "2019-03", "March 2019")
    doc = boxed("Tove Brandt", LEAD, [("office", "Minister of Finance"), ("term_start", "11 March 2019")])
    assert verdict(claim, [doc], AS_OF).verdict == Verdict.SUPPORTED


def test_the_leaders_own_spell_in_a_sentence_supports_the_clause() -> None:
    sentence = "Tove Brandt, who has been leader of the Green League since March 2019, spoke."
    claim = clause_claim("been leader of the Green League since March 2019", "Tove Brandt", "been", sentence,
                         object="leader of the Green League", time="March 2019")  # fmt: skip
    doc = page("Tove Brandt", f"{LEAD} She has been leader of the Green League since March 2019.")
    assert verdict(claim, [doc], AS_OF).verdict == Verdict.SUPPORTED


def test_another_ministry_held_that_day_still_refutes_the_ministry_claimed() -> None:
    text = "Tove Brandt, the defence minister"
    claim = clause_claim(text, "Tove Brandt", "holds office", f"{text}, spoke on Monday.", kind="role",
                         value="defence minister")  # fmt: skip
    doc = boxed("Tove Brandt", LEAD, [("office", "Minister of Health"), ("term_start", "3 June 2019")])
    assert verdict(claim, [doc], AS_OF).verdict == Verdict.CONTRADICTED


def test_a_president_row_whose_years_cover_the_day_supports_the_title() -> None:
    text = "Velmaran President Ilo Marr"
    claim = clause_claim(text, "Ilo Marr", "holds office", f"{text} spoke.", kind="role", value="President",
                         nationality="Velmaran")  # fmt: skip
    rows = [("office", "Minister of Finance of Velmara"), ("term_start", "5 July 2024"),
            ("president", "Ilo Marr (2028–2033)")]  # fmt: skip
    doc = boxed("Sara Vell", "Sara Vell (born 1962) is a Velmaran politician.", rows)
    assert verdict(claim, [doc], dt.date(2031, 7, 6)).verdict == Verdict.SUPPORTED


def test_a_weekday_after_the_post_is_no_word_of_the_post() -> None:
    sentence = "Tove Brandt was sworn in as prime minister on Tuesday."
    claim = clause_claim(sentence[:-1], "Tove Brandt", "holds office", sentence, kind="role",
                         value="prime minister on Tuesday")  # fmt: skip
    doc = boxed("Tove Brandt", LEAD, [("office", "Prime Minister of Vestria"), ("term_start", "26 March 2024")])
    assert verdict(claim, [doc], AS_OF).verdict == Verdict.SUPPORTED


@pytest.mark.parametrize("name", ["Tove Brandt", "Tove", "Brandt"])
def test_the_subjects_name_opening_a_spell_is_no_word_of_the_office(name: str) -> None:
    sentence = f"{name} was minister of justice from 1999 to 2002."
    text = f"{name} was minister of justice from 1999"
    claim = clause_claim(text, "Tove Brandt", "was", sentence, value="1999", time="1999")
    rows = [("office", "Minister of Justice"), ("term_start", "25 October 1999"), ("term_end", "6 April 2002")]
    assert verdict(claim, [boxed("Tove Brandt", LEAD, rows)], AS_OF).verdict == Verdict.SUPPORTED


def _succeeded(post: str) -> Verdict:
    sentence = f"Tove Brandt succeeded Per Olsen as {post}."
    claim = clause_claim("Tove Brandt succeeded Per Olsen", "Tove Brandt", "succeeded", sentence, object="Per Olsen")
    rows = [("office", "Leader of the Opposition"), ("term_start", "3 June 2019"), ("term_end", "2 March 2024"),
            ("successor", "Tove Brandt")]  # fmt: skip
    olsen = boxed("Per Olsen", "Per Olsen (born 1971) is a Vestrian politician.", rows)
    return verdict(claim, [page("Tove Brandt", LEAD), olsen], AS_OF).verdict


def test_a_successor_in_another_post_does_not_support_the_succession_the_sentence_names() -> None:
    assert _succeeded("secretary-general of the Harbour Party") != Verdict.SUPPORTED


def test_a_successor_in_the_post_the_sentence_names_supports_the_succession() -> None:
    assert _succeeded("leader of the opposition") == Verdict.SUPPORTED


SWEDE = page(
    "Tove Brandt",
    "Tove Brandt (born 3 May 1966) is a Swedish general who is serving as the 12th chief of the defence staff"
    " since 2021.",
)


@pytest.mark.parametrize(("country", "expected"), [("Norway", Verdict.UNVERIFIED), ("Sweden", Verdict.SUPPORTED)])
def test_a_bare_post_on_a_persons_page_is_their_own_countrys(country: str, expected: Verdict) -> None:
    sentence = f"Tove Brandt is the chief of the defence staff of {country}."
    claim = clause_claim(sentence[:-1], "Tove Brandt", "holds office", sentence, kind="role",
                         value=f"chief of the defence staff of {country}")  # fmt: skip
    assert verdict(claim, [SWEDE], AS_OF).verdict == expected


@pytest.mark.parametrize(("country", "expected"), [("Norway", Verdict.UNVERIFIED), ("Sweden", Verdict.SUPPORTED)])
def test_a_bare_numbered_post_on_a_persons_page_is_their_own_countrys(country: str, expected: Verdict) -> None:
    sentence = f"Tove Brandt is the 12th chief of the defence staff of {country}."
    claim = clause_claim(
        sentence[:-1], "Tove Brandt", "be", sentence, object=f"the 12th chief of the defence staff of {country}"
    )
    assert verdict(claim, [SWEDE], AS_OF).verdict == expected


ELECTION = boxed(
    "2031 Vestrian presidential election",
    "Alder won the runoff with 12,480,311 votes. In the first round she had 9,000,000 votes.",
    [("candidate1", "Mara Alder"), ("party1", "Harbour Party"), ("popular_vote1", "12,480,311"),
     ("candidate2", "Ivo Brand"), ("party2", "Green League"), ("popular_vote2", "10,112,000")],
)  # fmt: skip


def test_the_runoffs_figure_supports_a_runoff_count() -> None:
    sentence = "Alder took 12,480,311 votes in the runoff."
    claim = clause_claim("12,480,311 votes", "Mara Alder", "count", sentence, kind="quantity", number=12480311,
                         unit="votes", context="Mara Alder")  # fmt: skip
    assert verdict(claim, [ELECTION], dt.date(2031, 5, 10)).verdict == Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("office", "expected"),
    [
        ("Shadow Minister of Finance", Verdict.UNVERIFIED),
        ("Chief of Staff to the Minister of Finance", Verdict.UNVERIFIED),
        ("Minister of Finance", Verdict.SUPPORTED),
    ],
)
def test_only_the_post_itself_supports_the_title(office: str, expected: Verdict) -> None:
    text = "Tove Brandt, the finance minister"
    claim = clause_claim(text, "Tove Brandt", "holds office", f"{text}, spoke on Monday.", kind="role",
                         value="finance minister")  # fmt: skip
    doc = boxed("Tove Brandt", LEAD, [("office", office), ("term_start", "1 March 2019")])
    assert verdict(claim, [doc], AS_OF).verdict == expected


@pytest.mark.parametrize(
    ("office", "expected"),
    [
        ("Shadow Minister of Finance", Verdict.UNVERIFIED),
        ("Chief of Staff to the Minister of Finance", Verdict.UNVERIFIED),
        ("Minister of Finance", Verdict.SUPPORTED),
    ],
)
def test_only_the_posts_own_start_dates_taking_it_up(office: str, expected: Verdict) -> None:
    claim = _dated("became finance minister in March 2019", "Tove Brandt became finance minister in March 2019.",
                   "became", "2019-03", "March 2019")  # fmt: skip
    doc = boxed("Tove Brandt", LEAD, [("office", office), ("term_start", "3 March 2019")])
    assert verdict(claim, [doc], AS_OF).verdict == expected
