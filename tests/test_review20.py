"""Findings of review20 (session 20). B-items: plain tests that pass on main and fail on the branch named (merging it
without a fix turns them red); B1-B4 (s20-lead20b) and B8 (s20-lead20c) are fixed by s20-lead20e. R-items are strict
xfails for what is open on main, to merge with their fix. Invented people, countries and pages
(`tests/support/judging.py`); each claim has the fields extraction gives its words."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, clause_claim, page, verdict
from verify.models import Verdict
from verify.nlp import parse
from verify.nlp.reference import References

# --- s20-lead20b: the record path of the role judge and `rank_stated` -------------------------------------------
DAY = dt.date(2031, 10, 20)
MARR = "Ilo Marr (born 1 October 1994) is a Velmaran politician"
PM_NOW = [("office", "Prime Minister of Velmara"), ("term_start", "20 October 2029")]
PM_PAST = [("office", "Prime Minister of Velmara"), ("term_start", "20 October 2025"), ("term_end", "1 May 2029")]


def _ranked(value: str, rows: list[tuple[str, str]], lead_tail: str) -> Verdict:
    """'Ilo Marr, 37, is the {value}', a role claim, judged against her boxed page."""
    said = f"Ilo Marr, 37, is the {value} in the country's history."
    claim = clause_claim(f"Ilo Marr, 37, is the {value}", "Ilo Marr", "holds office", said, kind="role",
                         relation="holds office", value=value)  # fmt: skip
    return verdict(claim, [boxed("Ilo Marr", f"{MARR}{lead_tail}", rows)], DAY).verdict


# B1: FIXED by s20-lead20e (a plain test now).
# B1 (s20-lead20b ebdb9c4, verify/kinds/role/__init__.py:76): every lower-case '-est' word is a record judged on a
# past spell, 'latest' and 'newest' too, which say the post is held NOW: a past holder supported as current.
@pytest.mark.parametrize(
    ("value", "said"),
    [
        ("latest prime minister", ". She was the latest prime minister to resign."),
        ("newest prime minister", ", the newest prime minister of Velmara."),
    ],
    ids=["latest", "newest"],
)
def test_a_past_holder_is_not_the_latest_or_newest_holder_now(value: str, said: str) -> None:
    assert _ranked(value, PM_PAST, said) != Verdict.SUPPORTED


# B2: FIXED by s20-lead20e (a plain test now).
# B2 (s20-lead20b ebdb9c4, verify/kinds/role/judge.py:1135): `between` lets a qualifier stand between the rank and
# the post, so 'the youngest deputy prime minister' states 'the youngest prime minister'; with the record path that
# now supports a past prime minister (main: contradicted; with a current spell main supports too: R1 below).
def test_a_record_as_deputy_does_not_support_the_record_as_prime_minister_of_a_past_spell() -> None:
    assert _ranked("youngest prime minister", PM_PAST, ", the youngest deputy prime minister of Velmara.") != (
        Verdict.SUPPORTED
    )


# R1 (main and s20-lead20b): the rank stated of another post, of another person, or denied, still stood for hers; the
# deputy, 'second-youngest' and denial are closed by s20-lead20e; another person's rank and 'second youngest' (a space)
# by s21-fs21b (`_ranks_post` asks `holder.another_holder` and reads an ordinal before the rank).
@pytest.mark.parametrize(
    "said",
    [
        ", the youngest deputy prime minister of Velmara.",
        ". Her father, Edo Marr, was the youngest prime minister of Velmara.",
        ". She succeeded Edo Marr, the youngest prime minister of Velmara.",
        ", the second-youngest prime minister of Velmara.",
        ", the second youngest prime minister of Velmara.",
        ". She is not the youngest prime minister; Ana Berg was younger.",
    ],
    ids=["deputy", "father", "predecessor", "second-youngest", "second-space-youngest", "denied"],
)
def test_a_rank_stated_of_another_post_or_person_does_not_support_hers(said: str) -> None:
    assert _ranked("youngest prime minister", PM_NOW, said) != Verdict.SUPPORTED


# B3: FIXED by s20-lead20e (a plain test now).
# B3 (s20-lead20b ebdb9c4, verify/kinds/role/judge.py:1135-1136): the rank must now be followed by a space and at most
# three words before the post, never 'of': common ways of stating a record no longer support (main: supported).
@pytest.mark.parametrize(
    "said",
    [
        ", the youngest-ever prime minister of Velmara.",
        ". She is the youngest person ever to serve as prime minister.",
        ". She is the youngest person to hold the office of prime minister.",
    ],
    ids=["youngest-ever", "five-words-between", "office-of"],
)
def test_a_record_stated_in_common_words_supports(said: str) -> None:
    assert _ranked("youngest prime minister", PM_NOW, said) == Verdict.SUPPORTED


# B12 (s20-lead20e 62cbb87, verify/kinds/role/judge.py `_ranks_post`): up to six lower-case words, 'of' among them,
# may stand between the rank and the post, so a record in another post under a prime minister states 'the youngest
# prime minister' (main: unverified): a later prime minister's page often says this of her first ministry.
@pytest.mark.parametrize(
    "said",
    [
        ". In 2021 she became the youngest minister in the government of Prime Minister Edo Vann.",
        ". She was the youngest member of the cabinet of prime minister Edo Vann.",
        ". She was the youngest person to serve under prime minister Edo Vann.",
    ],
    ids=["minister-in-the-government-of", "member-of-the-cabinet-of", "serve-under"],
)
def test_a_record_under_a_prime_minister_is_no_record_as_prime_minister(said: str) -> None:
    assert _ranked("youngest prime minister", PM_NOW, said) != Verdict.SUPPORTED


# --- s20-lead20b: a country's name as a surname (verify/nlp/reference.py `_person_cue`, `_land_at`) ---------------
# B4: FIXED by s20-lead20e (a plain test now).
# B4 (s20-lead20b b05a880, reference.py:374-375): any 'his'/'her' later in the sentence, and any role word said of
# the name, make the country's mention a person's: the country's sentence is filed under the person named so.
@pytest.mark.parametrize(
    ("body", "where", "name"),
    [
        ("The alliance led by Rafael Montenegro won in March. Montenegro's president said his country would vote no.",
         "Montenegro's president", "Montenegro"),
        ("The alliance led by Rafael Montenegro won in March. Montenegro is a candidate for membership of the union.",
         "Montenegro is a candidate", "Montenegro"),
        ("Tom Poland left the club in May. Poland won the match on Sunday, and its coach praised his players.",
         "Poland won", "Poland"),
    ],
    ids=["possessive-of-another", "candidate-for-membership", "his-players"],
)  # fmt: skip
def test_a_country_named_like_a_person_stays_the_country(body: str, where: str, name: str) -> None:
    text = f"Headline\n\n{body}\n"
    assert References(parse(text), len("Headline")).full_name(name, text.index(where)) == name


# --- s20-fs20a: whose a page sentence's value is (verify/holder.py) ---------------------------------------------
AS_OF = dt.date(2024, 4, 1)
BRANDT = "Tove Brandt (born 3 May 1966) is a Vestrian politician."
FINANCE = clause_claim("Tove Brandt, the finance minister", "Tove Brandt", "holds office",
                       "Tove Brandt, the finance minister, spoke on Monday.", kind="role",
                       value="finance minister")  # fmt: skip


BORN_IN_NORBY = clause_claim("Tove Brandt was born in Norby", "Tove Brandt", "born in",
                             "Tove Brandt was born in Norby.", value="Norby", place="Norby")  # fmt: skip


def _finance(said: str) -> Verdict:
    return verdict(FINANCE, [page("Tove Brandt", f"{BRANDT} {said}")], AS_OF).verdict


# B5 (s20-fs20a 4f9c8f3, verify/holder.py `_DENIED_AFTER` in `denial`): any 'not/never to|having|being' within 30
# characters after the value denies it, so the subject's own current post no longer supports (main: supported).
@pytest.mark.parametrize(
    "after",
    ["not to mention deputy leader of the party", "never having lost a vote", "the first not to be elected"],
    ids=["not-to-mention", "never-having", "first-not-to-be-elected"],
)
def test_a_denied_infinitive_after_the_post_denies_no_post(after: str) -> None:
    assert _finance(f"She has been finance minister since 2019, {after}.") == Verdict.SUPPORTED


# B6 (s20-fs20a 4f9c8f3, verify/match.py `birth_date`): a lead giving the full name and then the name the page is
# titled by ('..., known as Kiki Dant') is read as another person's birth, so the age goes unverified (main: supported).
def test_a_lead_naming_the_person_in_full_gives_their_birth() -> None:
    claim = clause_claim("Kiki Dant, 57,", "Kiki Dant", "aged", "Kiki Dant, 57, spoke on Monday.", object="57")
    lead = "Karel Josef Dant (born 3 May 1966), known as Kiki Dant, is a Vestrian politician."
    assert verdict(claim, [page("Kiki Dant", lead)], AS_OF).verdict == Verdict.SUPPORTED


# B9 (s20-fs20a, verify/holder.py `_apposition_antecedent`, `_name_part`): an apposition after a place's name is read as
# said of that place, and two capitalised words are a person: on the stored 'Anura Kumara Dissanayake' page "He is a
# Member of Parliament from the Colombo District, the current party leader of the JVP" gives the leadership to
# 'Colombo District'. Invented page: main supports the leadership, the branch leaves it unverified.
@pytest.mark.parametrize("place", ["from the Norby District", "for Norby County"], ids=["district", "county"])
def test_an_apposition_after_a_place_is_still_the_subjects(place: str) -> None:
    claim = clause_claim("Tove Brandt, the leader of the Green League", "Tove Brandt", "holds office",
                         "Tove Brandt, the leader of the Green League, spoke on Monday.", kind="role",
                         value="leader of the Green League")  # fmt: skip
    said = f"She is a member of parliament {place}, the current leader of the Green League."
    assert verdict(claim, [page("Tove Brandt", f"{BRANDT} {said}")], AS_OF).verdict == Verdict.SUPPORTED


# B11 (s20-fs20a, verify/holder.py `another_holder`: `opening.split(",")[0]`): a phrase fronted before the subject that
# names other people ('Daughter of Edo Marr and Ana Berg, ...', 'A protégé of Per Olsen, ...', 'Like her mentor Per
# Olsen, she ...') is taken for the clause's subject, so the subject's own birth or post goes unverified (main:
# supported). The stored 'Nawaf Salam' page has the shape: "Son of Abdallah Salam and Reckat Beyhum, Nawaf was born
# into a prominent family" -> 'Reckat Beyhum'.
@pytest.mark.parametrize(
    ("claim", "said"),
    [
        (BORN_IN_NORBY, "Daughter of Edo Marr and Ana Berg, Tove Brandt was born in Norby."),
        (FINANCE, "A protégé of Per Olsen, Brandt has been finance minister since 2019."),
        (FINANCE, "Once an adviser to Per Olsen, Brandt has been finance minister since 2019."),
        (FINANCE, "Like her mentor Per Olsen, she has been finance minister since 2019."),
    ],
    ids=["daughter-of", "protege-of", "once-an-adviser-to", "like-her-mentor"],
)
def test_a_fronted_phrase_naming_others_leaves_the_clause_the_subjects(claim, said: str) -> None:
    doc = page("Tove Brandt", f"Tove Brandt is a Vestrian politician. {said}")
    assert verdict(claim, [doc], AS_OF).verdict == Verdict.SUPPORTED


# R2 (main and s20-fs20a): another person's post on the subject's page still supports hers when the other is named
# by a noun outside holder.toml's `others` list, by 'the X of <subject>', or by the surname alone (CLOSED on s21-fs21b:
# `holder._belonging`, `holder._another_name_alone`).
@pytest.mark.parametrize(
    "said",
    [
        "Her running mate, Ana Berg, has been finance minister since 2019.",
        "Her chief of staff has been finance minister since 2019.",
        "The brother of Tove Brandt has been finance minister since 2019.",
        "She was succeeded by Per Olsen. Olsen has been finance minister since 2019.",
    ],
    ids=["running-mate", "chief-of-staff", "the-brother-of", "surname-alone"],
)
def test_another_persons_post_named_otherwise_does_not_support_hers(said: str) -> None:
    assert _finance(said) != Verdict.SUPPORTED


# --- s20-fs20b: which post (verify/offices.py `another_post`, `_names_missing`) ---------------------------------
def _length_held(text: str, number: float, office: str, start: str) -> Verdict:
    """'Tove Brandt {text}.', a duration claim, against a page with one running term of `office`."""
    claim = clause_claim(text, "Tove Brandt", "for", f"Tove Brandt {text}.", kind="duration", value=f"{number:g} years",
                         number=number, unit="years").model_copy(update={"span": (12, 12 + len(text))})  # fmt: skip
    doc = boxed("Tove Brandt", BRANDT, [("office", office), ("term_start", start)])
    return verdict(claim, [doc], AS_OF).verdict


# B7 (s20-fs20b cf1238d, offices.py `_names_missing`): a place written another way than the page's ('Kyiv'/'Kiev',
# 'St.'/'Saint') is a place 'the office does not name': the running term is dropped as another post (main: supported).
@pytest.mark.parametrize(
    ("text", "office"),
    [
        ("has been mayor of Kyiv for eight years", "Mayor of Kiev"),
        ("has been mayor of St. Petersburg for eight years", "Mayor of Saint Petersburg"),
    ],
    ids=["kyiv-kiev", "st-saint"],
)
def test_a_place_spelt_another_way_is_the_same_post(text: str, office: str) -> None:
    assert _length_held(text, 8, office, "1 March 2016") == Verdict.SUPPORTED


# R3 (main; CLOSED on s20-fs20b 0cca794: drop the mark when it merges): another town's mayoralty ('Mayor of Norbury',
# sharing four letters) supports 'mayor of Norby for eight years'.
def test_another_towns_mayoralty_sharing_four_letters_does_not_support() -> None:
    assert _length_held("has been mayor of Norby for eight years", 8, "Mayor of Norbury", "1 March 2016") != (
        Verdict.SUPPORTED
    )


# R4 (main and s20-lead20b 4cb4cc0, verify/nlp/joined_names.py): the pieces of a hyphenated name are joined only where
# the recogniser found the name; in an article (a headline before it) it finds none in the very sentence the module
# cites, so the clause's subject is still 'o' (desk19 S5 is closed only for names the recogniser finds). CLOSED on
# s21-fs21b (`joined_names._unrecognised_name`); the test's day was 2031 (refused by article_from_text, so the
# strict xfail held for that reason too): now the other tests' AS_OF.
def test_a_hyphenated_name_the_recogniser_misses_is_still_the_subject() -> None:
    from verify.app import article_from_text
    from verify.extract import extract_claims

    article = article_from_text("Test\n\nPrayut Chan-o-cha was prime minister from 2014 to 2023.", as_of=AS_OF)
    assert {c.subject for c in extract_claims(article) if c.kind == "clause"} == {"Prayut Chan-o-cha"}


# --- s20-lead20c 5137846 (the lead's, from the WFP pair): a succession before its handover -----------------------
# B8: FIXED by s20-lead20e (a plain test now).
# B8 (s20-lead20c 5137846, verify/kinds/clause/judge.py `_succession_found`/`_handed_over_later`): every succession
# whose handover the infobox dates after the article's day is refuted, on the ground that 'every succession verb is in
# the past'; but a present tense with a coming day tells it as to come: on 3 April 2023 (a Monday; the handover is
# Wednesday 5 April) these are true, and main supports them; the branch CONTRADICTS them. Stored WFP pages.
@pytest.mark.parametrize(
    "sentence",
    [
        "Cindy McCain takes over from David Beasley on Wednesday.",
        "Cindy McCain, who replaces David Beasley on Wednesday, spoke in Rome.",
        "David Beasley, who is succeeded by Cindy McCain on Wednesday, spoke in Rome.",
    ],
    ids=["takes-over-from", "replaces", "is-succeeded-by"],
)
def test_a_succession_to_come_in_the_present_tense_is_not_contradicted(sentence: str) -> None:
    from tests.support.checked import verdicts

    assert "contradicted" not in verdicts(sentence, dt.date(2023, 4, 3)).values()


# R5 (main, role judge; CLOSED on s20-fs20b 4c4aeab: drop the mark when it merges): an office that merely contains the
# post's words is taken for the post: a shadow minister, an aide to the minister, a party's youth wing or its group in
# one chamber support the post itself.
@pytest.mark.parametrize(
    ("value", "office"),
    [
        ("finance minister", "Shadow Minister of Finance"),
        ("finance minister", "Parliamentary Secretary to the Minister of Finance"),
        ("finance minister", "Chief of Staff to the Minister of Finance"),
        ("leader of the Green League", "Leader of the Green League Youth"),
        ("Green League leader", "Leader of the Green League in the Senate"),
    ],
    ids=["shadow", "parliamentary-secretary-to", "chief-of-staff-to", "youth-wing", "in-the-senate"],
)
def test_an_office_containing_the_posts_words_is_not_the_post(value: str, office: str) -> None:
    text = f"Tove Brandt, the {value}"
    claim = clause_claim(text, "Tove Brandt", "holds office", f"{text}, spoke on Monday.", kind="role", value=value,
                         nationality="Vestrian")  # fmt: skip
    doc = boxed("Tove Brandt", BRANDT, [("office", office), ("term_start", "1 March 2019")])
    assert verdict(claim, [doc], AS_OF).verdict != Verdict.SUPPORTED


# R6 (main, date judge): the start of another post dates the claimed one: a shadow ministry's or a minister's chief of
# staff's start supports 'became finance minister in March 2019' (R6a: closed on s20-fs20b 4c4aeab, drop those marks
# when it merges), and 'was sworn in as finance minister' is supported by the HEALTH ministry begun that month (R6b:
# `_post_named` cut the claim at the first ' in '; closed by s21-fs21a, which reads an 'in' before 'as' as the verb's).


@pytest.mark.parametrize(
    ("text", "office"),
    [
        pytest.param("became finance minister in March 2019", "Shadow Minister of Finance"),
        pytest.param("became finance minister in March 2019", "Chief of Staff to the Minister of Finance"),
        pytest.param("was sworn in as finance minister in March 2019", "Minister of Health"),
    ],
    ids=["shadow", "chief-of-staff-to", "sworn-in-as-another-ministry"],
)
def test_another_posts_start_does_not_date_the_post(text: str, office: str) -> None:
    relation = text.rsplit(" finance", 1)[0].removesuffix(" as")
    claim = clause_claim(text, "Tove Brandt", relation, f"Tove Brandt {text}.", kind="date", value="2019-03",
                         time="March 2019").model_copy(update={"span": (12, 12 + len(text))})  # fmt: skip
    doc = boxed("Tove Brandt", BRANDT, [("office", office), ("term_start", "3 March 2019")])
    assert verdict(claim, [doc], AS_OF).verdict != Verdict.SUPPORTED


# R7 (main, s20-fs20b; clause judge, place): another place supports 'was born in Norby': a longer name that starts
# with it ('Norbyhavn'), 'near Norby' (R7a, CLOSED on s21-fs21b: `_place_in`); and a sentence that gives the birth
# elsewhere and Norby to another verb (R7b: closed on s20-fs20a 8036754).


@pytest.mark.parametrize(
    ("said", "rows"),
    [
        ("Tove Brandt (born 3 May 1966 in Norbyhavn) is a Vestrian politician.", []),
        ("Tove Brandt is a Vestrian politician.", [("birth_place", "near Norby, Vestria")]),
    ],
    ids=["longer-name", "near-row"],
)
def test_another_place_does_not_support_the_birthplace(said: str, rows: list[tuple[str, str]]) -> None:
    assert verdict(BORN_IN_NORBY, [boxed("Tove Brandt", said, rows)], AS_OF).verdict != Verdict.SUPPORTED


@pytest.mark.parametrize(
    "said",
    ["She was born in Sundby, near Norby.", "She was born in Sundby and grew up in Norby."],
    ids=["near-sentence", "grew-up-there"],
)
def test_a_place_given_to_another_verb_does_not_support_the_birthplace(said: str) -> None:
    doc = boxed("Tove Brandt", f"Tove Brandt is a Vestrian politician. {said}", [])
    assert verdict(BORN_IN_NORBY, [doc], AS_OF).verdict != Verdict.SUPPORTED


# R3b (CLOSED on s21-fs21b; was open on main, offices.py `_same_name_word`): two towns whose consonants were one place
# ('Lyon'/'León', 'Turin'/'Tirana', 'Hull'/'Halle': 'ln', 'trn', 'hll'), so another town's mayoralty still supports.
@pytest.mark.parametrize(
    ("town", "office"), [("Lyon", "Mayor of León"), ("Turin", "Mayor of Tirana")], ids=["lyon", "turin"]
)
def test_another_town_with_the_same_consonants_does_not_support(town: str, office: str) -> None:
    text = f"has been mayor of {town} for eight years"
    assert _length_held(text, 8, office, "1 March 2016") != Verdict.SUPPORTED


# R8 (main 41dc27a, lead20c 5137846 role/judge.py `_SINCE_AFTER`): a spell dated after the role's words by a day with no
# year ('..., executive director of ... since April 1, spent ...') is not read (DATE_TEXT wants a year), so a term begun
# on 5 April supports it. With s20-fs20b (which matches 'the UN World Food Programme' to the page's post) the tuning
# label wfp-2023-04-11-v05-date ('... since April 1', labelled contradicted) turns from unverified to SUPPORTED.
@pytest.mark.parametrize("since", ["since April 1", "since 1 April"], ids=["month-day", "day-month"])
def test_a_role_dated_by_a_day_without_a_year_is_not_supported_by_another_day(since: str) -> None:
    text = "Ilo Marr, executive director of the Velmaran Food Agency"
    claim = clause_claim(text, "Ilo Marr", "holds office", f"{text} {since}, spent her first week in Ostra.",
                         kind="role", value="executive director of the Velmaran Food Agency")  # fmt: skip
    rows = [("office", "Executive Director of the Velmaran Food Agency"), ("term_start", "5 April 2023")]
    doc = boxed("Ilo Marr", "Ilo Marr (born 1954) is a Velmaran official.", rows)
    assert verdict(claim, [doc], dt.date(2023, 4, 11)).verdict != Verdict.SUPPORTED


# R9 (main, after s20-owner20 fee1e33, verify/kinds/quantity/owner.py): a rival's share or the turnout is filed under
# a candidate it is not: "..., ahead of Lena Park with 35 percent" gives Brel 35 percent (a true sentence, then refuted
# by his 54), and "..., beating Lena Park, with a record turnout of 61 percent" gives the turnout to Park (CLOSED on
# s21-fs21b: a name after a word of rivalry is a rival whatever its tag; a turnout is only an event's).
@pytest.mark.parametrize(
    ("body", "count", "not_its_owner"),
    [
        ("Tomas Brel won the presidency with 54 percent, ahead of Lena Park with 35 percent.", "35 percent",
         "Tomas Brel"),
        ("Tomas Brel won the presidency with 54 percent, beating Lena Park, with a record turnout of 61 percent.",
         "61 percent", "Lena Park"),
    ],
    ids=["ahead-of-rival-with", "turnout-after-rival"],
)  # fmt: skip
def test_a_rivals_share_or_the_turnout_is_not_another_candidates(body: str, count: str, not_its_owner: str) -> None:
    from verify.app import article_from_text
    from verify.extract import extract_claims

    article = article_from_text(f"Vote in Velmara\n\n{body}", as_of=AS_OF)
    owners = [c.subject for c in extract_claims(article) if c.kind == "quantity" and c.text == count]
    assert owners and not_its_owner not in owners


# B13 (s20-lead20e 62cbb87, on main; clause/judge.py `_DONE` in `told_as_done`): 'has taken over' is not in the list of
# done verbs ('took over' is), so a handover told as done two days before it happened is SUPPORTED on 3 April 2023
# (before lead20e: contradicted, like 'took over' and 'has succeeded' still are). Stored WFP pages.
def test_a_handover_told_as_done_in_the_present_perfect_before_its_day_is_not_supported() -> None:
    from tests.support.checked import verdicts

    said = verdicts("Cindy McCain has taken over from David Beasley.", dt.date(2023, 4, 3))
    assert "supported" not in said.values()
