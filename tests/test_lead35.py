"""The thirty-fifth session's lead rows, each group with its reason above it: a rank told as a bare ordinal ('ranked
45th on the Korvik 500 list') is the value the clause states, refuted by the page's other rank of the same list; a
holding told as today's ('Norby's president, now Lena Vos') is a claim of its own, even after a past holding of the
same post. Invented people and pages."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, judged_body, page
from tests.test_lead33 import AS_OF, PAGE
from verify.models import Document, Verdict

# A company's page ranking it on two lists in one sentence, as Boeing's does ('ranked 54th on the Fortune 500 list
# (2020), and ranked 121st on the Fortune Global 500 list (2020)').
MOTORS = page(
    "Korvik Motors",
    "Korvik Motors is a Norbian carmaker founded in 1921. Korvik Motors is ranked 54th on the Korvik 500 list "
    "(2020), and ranked 121st on the Nordic Global 500 list (2020). It employs 41,000 people.",
)
MOTORS_DAY = dt.date(2024, 8, 5)


def _clause_verdicts(sentence: str) -> list[Verdict]:
    return [v for c, v in judged_body(sentence, [MOTORS], MOTORS_DAY, headline="Korvik Motors") if c.kind == "clause"]


def test_a_rank_the_page_gives_otherwise_is_refuted() -> None:
    assert _clause_verdicts("Korvik Motors ranked 45th on the Korvik 500 list in 2020.") == [Verdict.CONTRADICTED]


@pytest.mark.parametrize(
    "sentence",
    [
        "Korvik Motors ranked 54th on the Korvik 500 list in 2020.",
        "Korvik Motors ranked 121st on the Nordic Global 500 list in 2020.",
    ],
    ids=["first-list", "second-list"],
)
def test_twin_the_rank_the_page_gives_each_list_is_supported(sentence: str) -> None:
    assert _clause_verdicts(sentence) == [Verdict.SUPPORTED]


def test_a_rank_on_a_list_the_page_does_not_rank_it_on_is_not_refuted() -> None:
    """The page's 54th is of another list: the claimed list's rank is unsaid."""
    assert _clause_verdicts("Korvik Motors ranked 45th on the Baltic 500 list in 2020.") == [Verdict.UNVERIFIED]


# 'Panama's president, now Cortizo, lives in ...' after 'Cortizo served as the 38th president from 2019 to 2024': the
# holding told as today's was dropped as said already by the past one, so the past holder named as today's went
# unjudged. Told as now, it is its own claim, judged on the article's day.
VOS = boxed(
    "Lena Vos",
    "Lena Vos (born 1953) is a Norbian politician who served as President of Norby from 2019 to 2024.",
    [("office", "President of Norby"), ("term_start", "1 July 2019"), ("term_end", "1 July 2024")],
)
HISTORY = "Lena Vos served as the 38th president from 2019 to 2024. Ivo Stam was sworn in as president on Monday."


def _role_verdicts(body: str, who: str) -> list[Verdict]:
    judged = judged_body(body, [PAGE, VOS], AS_OF)
    return [v for c, v in judged if c.kind == "role" and who in c.text and "now" in c.text]


def test_a_past_holder_told_as_todays_holder_is_refuted() -> None:
    body = f"{HISTORY} Norby's president, now Vos, lives in the Blue House."
    assert _role_verdicts(body, "Vos") == [Verdict.CONTRADICTED]


def test_twin_todays_holder_told_as_now_is_supported() -> None:
    body = f"{HISTORY} Norby's president, now Stam, lives in the Blue House."
    assert _role_verdicts(body, "Stam") == [Verdict.SUPPORTED]


# 'He retires on Sunday, 10 November, and Sanjiv Khanna will be sworn in as the 51st chief justice on Monday, 11
# November': the day beside the date ('Monday') was read as the dated thing, so the swearing-in was given to the
# sentence's first subject and refuted by his own start. The clause's own subject is whom the date is about.
def _date_subjects(body: str, words: str) -> list[str]:
    return [c.subject for c, _ in judged_body(body, [], AS_OF) if c.kind == "date" and c.text.endswith(words)]


TWO_DAYS = (
    "Lena Vos begins her last two weeks in office on Monday. She retires on Sunday, 10 November, and Ivo Stam will be "
    "sworn in as the 51st chief justice on Monday, 11 November."
)


def test_a_date_beside_its_weekday_is_of_the_clause_it_dates() -> None:
    assert _date_subjects(TWO_DAYS, "11 November") == ["Ivo Stam"]


def test_twin_the_first_clauses_date_stays_its_subjects() -> None:
    assert _date_subjects(TWO_DAYS.replace("retires", "took office"), "10 November") == ["Lena Vos"]


# 'Y. V. Chandrachud, the 18th, is the longest-serving': the apposed rank was read as an age of 18, and the sentence
# was supported by 'India's longest-serving chief justice, Y. V. Chandrachud', which gives no rank.
LONGEST = page(
    "Tomas Vidal",
    "Tomas Vidal (born 1941) is a Norbian judge, Norby's longest-serving chief justice.",
)


def test_an_apposed_rank_is_no_age() -> None:
    claims = [c for c, _ in judged_body("Tomas Vidal, the 18th, is the longest-serving.", [LONGEST], AS_OF)]
    assert [c.predicate for c in claims if c.text == "Tomas Vidal, the 18th"] == ["is"]


def test_a_description_with_a_rank_the_page_does_not_give_is_not_supported() -> None:
    judged = judged_body("Tomas Vidal, the 18th, is the longest-serving.", [LONGEST], AS_OF)
    assert [v for c, v in judged if "longest" in c.text] == [Verdict.UNVERIFIED]


def test_twin_the_description_alone_is_supported() -> None:
    judged = judged_body("Tomas Vidal, a Norbian judge, is the longest-serving.", [LONGEST], AS_OF)
    assert [v for c, v in judged if "longest" in c.text] == [Verdict.SUPPORTED]


# The copula turned round, 'India's chief justice is now Khanna': a post owned by a country was left to a clause
# claim about the post, which no page settles. Its holder is a role claim; a post a person owns is theirs to fill.
def test_a_countrys_post_is_now_a_past_holder_is_refuted() -> None:
    body = f"{HISTORY} Norby's president is now Vos."
    assert _role_verdicts(body, "Vos") == [Verdict.CONTRADICTED]


def test_twin_a_countrys_post_is_now_its_holder_is_supported() -> None:
    body = f"{HISTORY} Norby's president is now Ivo Stam."
    assert _role_verdicts(body, "Stam") == [Verdict.SUPPORTED]


def test_a_post_a_person_owns_names_no_holder_of_it() -> None:
    claims = [c for c, _ in judged_body("Lena Vos spoke on Monday. Her chief of staff is Ivo Stam.", [VOS], AS_OF)]
    assert [c.text for c in claims if c.kind == "role" and c.subject == "Ivo Stam"] == []


def test_the_turned_copula_is_one_claim_of_its_holder() -> None:
    """The clause about the post ('Norby's president is now Ivo Stam', subject 'President') says no more than the
    role claim inside its words, and no page of a post settles it: the role claim alone is the report's row."""
    body = "Ivo Stam was sworn in on Monday as the 51st Chief Justice of Norby. Norby's chief justice is now Ivo Stam."
    judged = judged_body(body, [PAGE, VOS], AS_OF)
    assert [(c.kind, c.subject) for c, _ in judged if "is now" in c.text] == [("role", "Ivo Stam")]


# 'He retires on Sunday, 10 November': retiring from a post is leaving it, dated by the term's end row.
@pytest.mark.parametrize(
    "sentence", ["Lena Vos retired on Monday, 1 July 2024.", "Lena Vos will retire on 1 July 2024, after five years."]
)
def test_retiring_on_the_day_the_term_ends_is_supported(sentence: str) -> None:
    assert [v for c, v in judged_body(sentence, [VOS], AS_OF) if c.kind == "date"] == [Verdict.SUPPORTED]


def test_twin_retiring_on_another_day_is_not_supported() -> None:
    judged = judged_body("Lena Vos retired on Monday, 8 July 2024.", [VOS], AS_OF)
    assert [v for c, v in judged if c.kind == "date"] == [Verdict.UNVERIFIED]


# 'on Monday, 11 November': one day told by its weekday and its date is one date claim, of the date's day (the
# weekday alone was resolved to the Monday before the article's day, and the date was a second claim).
def test_a_weekday_and_its_date_are_one_day() -> None:
    body = "OSLO, Nov 13 - Ivo Stam was sworn in as the 51st Chief Justice of Norby on Monday, 11 November."
    dates = [(c.text, c.value) for c, _ in judged_body(body, [], dt.date(2024, 11, 13)) if c.kind == "date"]
    assert dates == [("Monday, 11 November", "2024-11-11")]


# 'having first held the office from 2017 to 2020, when he succeeded X': of two spells of one office, the one the
# time before 'when' opens is the succession's; with both spells left open, no predecessor row was asked.
TWICE = boxed(
    "Ivo Stam",
    "Ivo Stam (born 1979) is a Norbian politician, Prime Minister of Norby since 2022 and from 2017 to 2020.",
    [
        ("office", "Prime Minister of Norby"), ("term_start", "17 December 2022"), ("predecessor", "Lena Vos"),
        ("office2", "Prime Minister of Norby"), ("term_start2", "14 June 2017"), ("term_end2", "27 June 2020"),
        ("predecessor2", "Tomas Vidal"),
    ],
)  # fmt: skip
SPELLS = (
    "Ivo Stam spoke on Monday. He has been prime minister since December 2022, having first held the office from "
    "2017 to 2020, when "
)


def _succession_verdicts(body: str) -> list[Verdict]:
    judged = judged_body(body, [TWICE], dt.date(2024, 3, 25))
    return [v for c, v in judged if c.kind == "clause" and "succeeded" in c.text]


def test_a_predecessor_the_spell_before_when_names_otherwise_is_refuted() -> None:
    assert _succession_verdicts(SPELLS + "he succeeded Ana Berg.") == [Verdict.CONTRADICTED]


def test_twin_the_spells_own_predecessor_is_supported() -> None:
    assert _succession_verdicts(SPELLS + "he succeeded Tomas Vidal.") == [Verdict.SUPPORTED]


@pytest.mark.parametrize(
    "sentence",
    ["Norby's president in 2016 was Lena Vos.", "Norby's president was Lena Vos.", "Norby's president in 2019 is Vos."],
    ids=["past-dated", "past", "dated"],
)
def test_a_turned_copula_of_another_time_names_no_holder_today(sentence: str) -> None:
    """review35 B6: told in the past or of a year, the holder is of that time, not the article's day."""
    judged = judged_body(f"Lena Vos spoke on Monday. {sentence}", [VOS], AS_OF)
    assert [c.text for c, _ in judged if c.kind == "role"] == []


def test_a_rank_of_a_year_does_not_refute_a_rank_told_without_one() -> None:
    """review35 B2: the page's 54th is of 2020; a rank told with no year may be of any other."""
    assert _clause_verdicts("Korvik Motors ranked 45th on the Korvik 500 list.") != [Verdict.CONTRADICTED]


# 'He is married to Laura Alonsopérez': the copula's adjective relating him to someone named was a claim of 'He is
# married' alone, and the spouse the infobox names was never asked. The adjective with its preposition is the
# predicate, the one named its object, and the infobox row of that relation supports it (never refutes: a row may
# list one spouse of several, or an earlier one).
def _spouse_page(spouse: str) -> Document:
    return boxed("Ana Ruiz", "Ana Ruiz (born 1975) is a Norbian politician.", [("spouse", spouse)])


def _married_verdicts(spouse_row: str) -> list[tuple[str, str | None, Verdict]]:
    judged = judged_body("Ana Ruiz spoke on Monday. She is married to Ivo Stam.", [_spouse_page(spouse_row)], AS_OF)
    return [(c.predicate or "", c.object, v) for c, v in judged if "married" in c.text]


def test_a_spouse_the_infobox_names_supports_the_marriage() -> None:
    assert _married_verdicts("Ivo Stam") == [("married to", "Ivo Stam", Verdict.SUPPORTED)]


def test_twin_another_spouse_in_the_row_leaves_it_unverified() -> None:
    assert _married_verdicts("Tomas Vidal") == [("married to", "Ivo Stam", Verdict.UNVERIFIED)]


def test_a_copulas_complement_naming_a_relative_keeps_its_clause() -> None:
    """'He is the son of President Luis Alberto Lacalle': a role claim ends where the clause does, but the clause's
    complement is no name alone: it is the clause's own fact (whose son he is), not the role's."""
    judged = judged_body("Ana Ruiz spoke on Monday. She is the daughter of President Lena Vos.", [VOS], AS_OF)
    assert [c.text for c, _ in judged if c.kind == "clause" and "daughter" in c.text] == [
        "She is the daughter of President Lena Vos"
    ]


# review35 R2: a deed told as nearly done is a claim of what did not happen, never checked as the deed; an adverb
# rounding a measured change ('nearly doubled') tells it done.
@pytest.mark.parametrize(
    ("sentence", "negated"),
    [("Korvik Motors nearly collapsed in 2020.", True), ("Korvik Motors nearly doubled its workforce in 2020.", False)],
    ids=["near-miss", "rounded-change"],
)
def test_a_deed_nearly_done_is_told_as_not_done(sentence: str, negated: bool) -> None:
    claims = [c for c, _ in judged_body(sentence, [], MOTORS_DAY, headline="Korvik Motors") if c.kind == "clause"]
    assert [c.negated for c in claims] == [negated]


# review35 R24's mend asks the sentence for the thing won or founded ('won a majority'); a noun set before a name
# ('the developer Korvik Homes') describes the named thing, which the sentence names instead.
HOMES = page(
    "Tove Brandt",
    "Tove Brandt (born 1962) is a Norbian businesswoman. In 1988, she co-founded Korvik Homes, a venture that made "
    "her a billionaire.",
)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Tove Brandt co-founded the developer Korvik Homes in 1988.", Verdict.SUPPORTED),
        ("Tove Brandt co-founded a bank in 1988.", Verdict.UNVERIFIED),
    ],
    ids=["named-thing", "common-thing"],
)
def test_a_thing_founded_is_asked_of_the_sentence_by_its_name_or_its_noun(sentence: str, expected: Verdict) -> None:
    judged = judged_body(f"Tove Brandt spoke on Monday. {sentence}", [HOMES], AS_OF)
    assert [v for c, v in judged if c.kind == "clause" and "founded" in c.text] == [expected]


# The thing asked of the sentence only when indefinite ('a majority'): an indefinite noun apposed to a name ('a
# developer, Korvik Homes') is the named thing's, and any word of the thing may be the page's ('won gold').
GOLD = page(
    "Lia Moss", "Lia Moss (born 1990) is a Norbian runner. At the 2016 Olympics she won gold in the 1500 metres."
)


@pytest.mark.parametrize(
    ("sentence", "docs"),
    [
        ("Tove Brandt co-founded a developer, Korvik Homes, in 1988.", [HOMES]),
        ("Lia Moss won a gold medal in the 1500 metres at the 2016 Olympics.", [GOLD]),
    ],
    ids=["apposed-name", "a-word-of-the-thing"],
)
def test_an_indefinite_thing_is_worded_by_its_name_or_any_of_its_words(sentence: str, docs: list[Document]) -> None:
    judged = judged_body(f"Lia Moss and Tove Brandt spoke on Monday. {sentence}", docs, AS_OF)
    assert [v for c, v in judged if c.kind == "clause" and ("founded" in c.text or "won" in c.text)] == [
        Verdict.SUPPORTED
    ]
