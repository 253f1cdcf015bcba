"""Findings of review33 (session 33), as rows the desk would meet: a true sentence and, where it helps, its
one-fact-false twin, extracted from an invented article and judged against invented pages
(`tests/support/judging.py`) with the fields extraction gives its words. R-items are strict xfails for what is
open on main; a B-item (a regression found on a branch) is a plain test that passes on main, or a strict xfail naming
the branch. The list with its status is /work/briefs33/review33-findings.md."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, page
from tests.support.ruiz import RUIZ
from tests.test_review26 import SAVED, _judged, _never, _open  # the same reading of rows as review26's
from tests.test_review27 import WORKS
from tests.test_review31 import _ruiz_said
from tests.test_review32 import CUT_JOBS, HOLM_BORN, PEOPLE, QUAKE_TOLL, QUAKE_WEEK
from verify.models import Document, Verdict


# R1 (main 23841a7, the age 'The N-year-old' describes): the age is given to the person named before even when the
# sentence before brings in someone unnamed whom it describes, the wire's crime and accident shape: 'Eva Holm said a
# man was arrested. The 34-year-old was charged.' gives Eva Holm (55) the age, CONTRADICTED by her birth date, and so
# do 'the driver', 'a pupil' and "Eva Holm's son". (review32 B4's mend covers the age standing alone before a verb
# the model tags a noun, not this.)
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Eva Holm said a man was arrested. The 34-year-old was charged.", id="a-man"),
        pytest.param("Eva Holm said officers had detained the driver. The 34-year-old was charged.", id="the-driver"),
        pytest.param("Eva Holm said a pupil had been hurt. The 12-year-old was taken to hospital.", id="a-pupil"),
        pytest.param("Eva Holm's son was injured. The 30-year-old was taken to hospital.", id="her-son"),
    ],
)
def test_r1_an_age_after_someone_unnamed_brought_in_is_not_the_named_persons(body: str) -> None:
    found = _judged(body, [HOLM_BORN])
    assert Verdict.CONTRADICTED not in found.values(), found


def test_r1_twin_her_own_wrong_age_after_her_own_deed_is_refuted() -> None:
    found = _judged("Eva Holm was arrested in Tarsa. The 34-year-old was charged.", [HOLM_BORN])
    assert Verdict.CONTRADICTED in found.values(), found


# An invented election page: the party's 61 of the 150 seats (R2 (more), R3).
ELECTION = page(
    "2023 Norby general election",
    "The Norby Party won 61 of the 150 seats, up from 52, and 38.2% of the vote. Turnout was 71%.",
    SAVED,
)


# R2 (main 23841a7, the quantity judge's measured figure): a figure opening the sentence is not asked what it
# measures (the lead's mend 74360818 for 'all 32 allied military leaders' takes any figure with no words before it),
# so the page's count of another deed supports it: '312 people were injured in the Korvik earthquake.' is SUPPORTED
# by '..., killing 312 people and injuring more than 2,000.' (unverified at 0c04a07), and so are 'were rescued',
# 'were left homeless', 'survived' and 'are missing'. The toll told figure first is the wire's commonest shape.
# 'survived' and 'are missing' (the figure the subject of a full verb, which `measured.measure` read as nothing) are
# fixed on s34-fs34: a full verb's subject is counted by its deed.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("312 people were injured in the Korvik earthquake.", id="injured"),
        pytest.param("312 people were rescued after the Korvik earthquake.", id="rescued"),
        pytest.param("312 people were left homeless by the Korvik earthquake.", id="homeless"),
        pytest.param("312 people survived the Korvik earthquake.", id="survived"),
        pytest.param("312 people are missing after the Korvik earthquake.", id="missing"),
    ],
)
def test_r2_a_toll_told_figure_first_is_asked_what_it_counts(body: str) -> None:
    _never(Verdict.SUPPORTED, body, [QUAKE_TOLL], ("quantity",), QUAKE_WEEK)


# R2 (more): the same in other domains, each against a page giving the figure for another deed ('In 2023 it cut 4,200
# jobs.', 'It employs about 4,200 people at three plants.', 'The Norby Party won 61 of the 150 seats').
@pytest.mark.parametrize(
    ("body", "doc"),
    [
        pytest.param("4,200 jobs were created by Norby Steelworks in 2023.", CUT_JOBS, id="created-jobs"),
        pytest.param("Three plants were closed by Norby Steelworks.", WORKS, id="closed-plants"),
        pytest.param("61 seats were lost by the Norby Party.", ELECTION, id="lost-seats"),
    ],
)
def test_r2_more_a_count_told_figure_first_is_asked_its_verb(body: str, doc: Document) -> None:
    _never(Verdict.SUPPORTED, body, [doc], ("quantity",))


def test_r2_twin_the_dead_told_figure_first_are_supported() -> None:
    found = _judged("312 people died in the Korvik earthquake.", [QUAKE_TOLL], ("quantity",), QUAKE_WEEK)
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# R3 (main 23841a7, the quantity claim of a part of its whole): 'won 61 of 150 seats' and '61 out of 150 seats' (no
# 'the') give one claim, '150 seats', read as the party's count and CONTRADICTED by its 61; 'won 61 of the 150 seats'
# claims the part and is supported. True sentences.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("The Norby Party won 61 of 150 seats.", id="of"),
        pytest.param("The Norby Party won 61 out of 150 seats.", id="out-of"),
    ],
)
def test_r3_a_part_of_its_whole_without_the_is_not_refuted(body: str) -> None:
    _never(Verdict.CONTRADICTED, body, [ELECTION], ("quantity",), QUAKE_WEEK)


def test_r3_twin_a_wrong_part_of_the_whole_is_refuted() -> None:
    found = _judged("The Norby Party won 71 of 150 seats.", [ELECTION], ("quantity",), QUAKE_WEEK)
    assert Verdict.CONTRADICTED in found.values(), found


# R6 (more) (main 23841a7, review32 R6's cause, open33's item, in the figure-first passive): 'More than 2,000 people
# were injured in the Korvik earthquake.' is CONTRADICTED by '..., killing 312 people and injuring more than 2,000.'
# True. A fix of review32 R6 should take this shape too.
def test_r6_more_the_injured_told_figure_first_are_not_refuted() -> None:
    _never(
        Verdict.CONTRADICTED,
        "More than 2,000 people were injured in the Korvik earthquake.",
        [QUAKE_TOLL],
        ("quantity",),
        QUAKE_WEEK,
    )


# R4 (main 23841a7, the role claim of a spell written to the month): review26 R2's mend reads a span of years after the
# office; a spell to the month is not read, and the role claim of the whole words is SUPPORTED by the office's past
# holding: 'Ana Ruiz served as finance minister from May 2022 to February 2023.' (term 1 March 2022 - 14 February
# 2023) and '... from March 2022 to June 2023.' (review32 R1 is a step's year; the date claims of the same words are
# unverified.)
# Mended (fsb37, verify/kinds/role/judge.py `_told_apart`). The wrong end's date claim of the start, 'served as finance
# minister from March 2022', is true and stays supported: only the role and clause claims are asked of that row.
@pytest.mark.parametrize(
    ("body", "kinds"),
    [
        pytest.param(
            "Ana Ruiz served as finance minister from May 2022 to February 2023.",
            ("role", "date", "clause"),
            id="wrong-start",
        ),
        pytest.param(
            "Ana Ruiz served as finance minister from March 2022 to June 2023.", ("role", "clause"), id="wrong-end"
        ),
    ],
)
def test_r4_a_spell_to_the_month_in_a_role_claims_words_is_checked(body: str, kinds: tuple[str, ...]) -> None:
    _never(Verdict.SUPPORTED, body, PEOPLE, kinds)


def test_r4_twin_the_spell_to_the_month_is_supported() -> None:
    found = _judged("Ana Ruiz served as finance minister from March 2022 to February 2023.", PEOPLE, ("role",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# R4's twin (fsb37, verify/kinds/role/judge.py `_told_apart`): a term the page writes to its years alone tells no month,
# so the claimed months are no conflict with it.
def test_r4_twin_a_term_written_to_its_years_supports_a_spell_to_the_month() -> None:
    years_only = boxed(
        "Ana Ruiz",
        "Ana Ruiz (born 1 January 1975) is a Norbian politician.",
        [("office", "Minister of Finance of Norby"), ("term_start", "2022"), ("term_end", "2023")],
        SAVED,
    )
    found = _judged("Ana Ruiz served as finance minister from May 2022 to February 2023.", [years_only], ("role",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# R5 (main 23841a7, the clause judge's age veto, the age's time): 'aged 65' told at a past step is read as the age on
# the article's day, so 'Ivo Stam became prime minister in 2015, aged 65.' (born 3 March 1950, in office from 1 June
# 2015) is CONTRADICTED ("73 on 2024-01-10"), as is the fronted 'In 2015, aged 65, ...'; 'At 65, Ivo Stam became prime
# minister in 2015.' is supported by his age at the term's start. (review32 R2 is whose age; this is when.)
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Ivo Stam became prime minister in 2015, aged 65.", id="aged-after"),
        pytest.param("In 2015, aged 65, Ivo Stam became prime minister.", id="aged-fronted"),
        pytest.param("In 2023, aged 48, Ana Ruiz became prime minister.", id="aged-fronted-hers"),
    ],
)
def test_r5_an_age_told_at_a_past_step_is_of_that_time(body: str) -> None:
    _never(Verdict.CONTRADICTED, body, PEOPLE, ("clause",))


def test_r5_twin_a_wrong_age_at_the_step_is_refuted() -> None:
    found = _judged("At 60, Ivo Stam became prime minister in 2015.", PEOPLE, ("clause",))
    assert Verdict.CONTRADICTED in found.values(), found


# R6 (main 23841a7, the duration judge's post inferred from the sentence): a length naming no post is measured by the
# one post its sentence names, whatever the length is of, so 'Former prime minister Ivo Stam was jailed for eight
# years.' is SUPPORTED by his premiership (2015-2023), as are 'spent eight years in exile', 'lived in Paris for eight
# years' and 'Prime Minister Ana Ruiz studied in Oslo for one year.' (in office since February 2023). Older than
# session 32 (the same at eff6ec2).
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Former prime minister Ivo Stam was jailed for eight years.", id="jailed"),
        pytest.param("Ivo Stam, the former prime minister, spent eight years in exile.", id="exile"),
        pytest.param("Ivo Stam, the former prime minister, lived in Paris for eight years.", id="lived-in"),
        pytest.param("Former prime minister Ivo Stam had been ill for eight years.", id="ill"),
        pytest.param("Prime Minister Ana Ruiz studied in Oslo for one year.", id="studied"),
    ],
)
def test_r6_a_length_of_another_thing_is_not_the_posts(body: str) -> None:
    _never(Verdict.SUPPORTED, body, PEOPLE, ("duration",))


def test_r6_twin_a_length_of_leading_the_country_is_the_posts() -> None:
    found = _judged("Former prime minister Ivo Stam led the country for eight years.", PEOPLE, ("duration",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# R7 (main 23841a7, verify/kinds/quantity/measured.py): the small model parses 'The Norby floods displaced 52 people.'
# with 'people' an npadvmod of 'displaced', so the claim's figure measures nothing, which agrees with any page figure:
# it is SUPPORTED by '... killed 52 people and displaced 40,000.' (52 killed, 40,000 displaced).
FLOODS = page("2023 Norby floods", "The 2023 Norby floods killed 52 people and displaced 40,000.", SAVED)


def test_r7_a_count_the_parse_hangs_as_npadvmod_is_asked_its_verb() -> None:
    _never(Verdict.SUPPORTED, "The Norby floods displaced 52 people.", [FLOODS], ("quantity",), QUAKE_WEEK)


def test_r7_twin_the_dead_are_supported() -> None:
    found = _judged("The Norby floods killed 52 people.", [FLOODS], ("quantity",), QUAKE_WEEK)
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# R8 (main 23841a7, the duration judge's `_terms_named`): a country's name inside another body's name, or a place the
# person lives in, is read as naming the country's premiership, which may refute: 'Kim Lee has led the Korvia
# Democratic Party for 11 years.' (party leader since 2012, prime minister since May 2022), 'Kim Lee has lived in
# Korvia for 11 years.' and 'Ana Ruiz has led the Norby Party for six years.' (leader since 2017) are CONTRADICTED by
# the premiership's length. All true; older than session 32 (the same at eff6ec2).
KIM = boxed(
    "Kim Lee",
    "Kim Lee (born 1960) is a Korvian politician who has been Prime Minister of Korvia since 2022. She has led the "
    "Korvia Democratic Party since 2012.",
    [("office", "Prime Minister of Korvia"), ("term_start", "1 May 2022")],
    SAVED,
)


@pytest.mark.parametrize(
    ("body", "doc"),
    [
        pytest.param("Kim Lee has led the Korvia Democratic Party for 11 years.", KIM, id="party"),
        pytest.param("Kim Lee has led Korvia's Democratic Party for 11 years.", KIM, id="possessive"),
        pytest.param("Kim Lee has lived in Korvia for 11 years.", KIM, id="lived-in"),
        pytest.param("Ana Ruiz has led the Norby Party for six years.", RUIZ, id="norby-party"),
    ],
)
def test_r8_a_country_inside_a_partys_name_is_not_the_premiership(body: str, doc: Document) -> None:
    _never(Verdict.CONTRADICTED, body, [doc], ("duration",))


def test_r8_twin_a_wrong_length_as_the_countrys_prime_minister_is_refuted() -> None:
    found = _judged("Kim Lee has been prime minister of Korvia for 11 years.", [KIM], ("duration",))
    assert set(found.values()) == {Verdict.CONTRADICTED}, found


# R9 (main 23841a7, the quantity judge's counted owner): a count of another body's members on the union's page (its
# parliament's, its council's) is read as the union's count: 'Half of the Nordic Union's 12 members sent ministers.'
# and 'Leaders of the Nordic Union's 12 members met.' are CONTRADICTED by 'The Nordic Parliament has 240 members' beside
# 'The Nordic Union is a political union of 12 member states.' (the EU's page has this shape: 27 states, 720 MEPs).
UNION = page(
    "Nordic Union",
    "The Nordic Union is a political union of 12 member states. The Nordic Parliament has 240 members, elected every "
    "five years.",
    SAVED,
)
UNION_DAY = dt.date(2024, 6, 1)


# Fixed on s34-fs34: a whole's count told of a name that is neither the claim's owner nor the page's subject is
# that body's (`quantity.judge._another_bodys`).
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Half of the Nordic Union's 12 members sent ministers.", id="half-of"),
        pytest.param("Leaders of the Nordic Union's 12 members met.", id="leaders-of"),
    ],
)
def test_r9_another_bodys_members_are_not_the_unions(body: str) -> None:
    _never(Verdict.CONTRADICTED, body, [UNION], ("quantity",), UNION_DAY)


def test_r9_twin_a_wrong_count_of_the_unions_members_is_refuted() -> None:
    found = _judged("Half of the Nordic Union's 13 members sent ministers.", [UNION], ("quantity",), UNION_DAY)
    assert set(found.values()) == {Verdict.CONTRADICTED}, found


# R10 (main 23841a7, the role claim of a step still to come): the day the article gives the coming step is not asked
# (review26 R10 mended the past step's day), so in an article of Friday 10 February 2023 'Ana Ruiz will be sworn in as
# prime minister on Wednesday.' (she took office on Tuesday 14 February) is SUPPORTED, its rationale naming the right
# day; '... on 15 February.' and '... in March.' too.
FRIDAY = dt.date(2023, 2, 10)


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Ana Ruiz will be sworn in as prime minister on Wednesday.", id="weekday"),
        pytest.param("Ana Ruiz will be sworn in as prime minister on 15 February.", id="day"),
        pytest.param("Ana Ruiz will be sworn in as prime minister in March.", id="month"),
    ],
)
def test_r10_the_day_of_a_coming_step_is_checked(body: str) -> None:
    _never(Verdict.SUPPORTED, body, PEOPLE, ("role", "date", "clause"), FRIDAY)


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Ana Ruiz will be sworn in as prime minister on Tuesday.", id="weekday"),
        # fsb37: a month under way on the article's day is still to come in part
        pytest.param("Ana Ruiz will be sworn in as prime minister in February.", id="this-month"),
    ],
)
def test_r10_twin_the_right_day_of_the_coming_step_is_supported(body: str) -> None:
    found = _judged(body, PEOPLE, ("role",), FRIDAY)
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# R11 (main 23841a7, the quote judge's phrase match): the quoted words are found as a prefix of a longer word in the
# page's quote, with score 100: 'Ana Ruiz called the reform "a success".' is SUPPORTED by 'In 2023 she called the
# reform "a successor to failure".', and '"a win for Norby"' by '"a win for Norbyans abroad"'.
@pytest.mark.parametrize(
    ("body", "sentence"),
    [
        pytest.param(
            'Ana Ruiz called the reform "a success".',
            'In 2023 she called the reform "a successor to failure".',
            id="successor",
        ),
        pytest.param(
            'Ana Ruiz said the deal was "a win for Norby".',
            'In 2023 she said the deal was "a win for Norbyans abroad".',
            id="norbyans",
        ),
    ],
)
def test_r11_a_quote_ending_inside_a_longer_word_is_not_supported(body: str, sentence: str) -> None:
    _never(Verdict.SUPPORTED, body, [_ruiz_said(sentence)], ("quote",))


def test_r11_twin_a_fragment_ending_on_a_word_is_supported() -> None:
    body, sentence = 'Ana Ruiz called the talks "a failure".', 'In 2023 she called the talks "a failure of nerve".'
    found = _judged(body, [_ruiz_said(sentence)], ("quote",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# B1 (s33-open33 37ae368, the role judge's title defined by a past deed, review32 R11's mend): a deed after the title
# makes any holding of the post do, whatever the deed's date, so false sentences main refutes are SUPPORTED on the
# branch: 'Ivo Stam, the prime minister ousted in 2010, spoke.' (held 2015-2023), 'Lena Vos, the prime minister ousted
# in 2023, spoke.' (left 2015), 'Ana Ruiz, the finance minister who resigned in 2019, spoke.' (2022-2023), and a deed
# of the article's own days, which makes the title today's: '... who visited Korvik on Monday'. A guard: passes on
# main.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Ivo Stam, the prime minister ousted in 2010, spoke.", id="ousted-before-the-term"),
        pytest.param("Lena Vos, the prime minister ousted in 2023, spoke.", id="ousted-after-the-term"),
        pytest.param("Ana Ruiz, the finance minister who resigned in 2019, spoke.", id="resigned-before-the-term"),
        pytest.param("Ivo Stam, the prime minister elected in 1990, spoke.", id="elected-before-the-term"),
        pytest.param("Ivo Stam, the prime minister who visited Korvik on Monday, spoke.", id="a-deed-of-this-week"),
    ],
)
def test_b1_a_past_deed_apposed_to_a_title_is_dated_by_the_term(body: str) -> None:
    _never(Verdict.SUPPORTED, body, PEOPLE, ("role",))


# B2 (s33-rew33 a2ee70a, the role judge's 'the country's president'): 'of the country' is stripped and the bare title
# judged as the person's own country's post, whichever country the article's 'the country' is, so the wrong-country
# twin is SUPPORTED on the branch (unverified on main): 'Norby's economy shrank by 2% last year. The country's
# president, Mia Lund, blamed the war.' against her page (President of Korvia). A guard: passes on main.
LUND = boxed(
    "Mia Lund",
    "Mia Lund (born 12 April 1970) is a Korvian politician who has been President of Korvia since 2022.",
    [("office", "President of Korvia"), ("term_start", "5 May 2022")],
    SAVED,
)


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Norby's economy shrank by 2% last year. The country's president, Mia Lund, blamed the war.", id="norbys"
        ),
        pytest.param(
            "Norbian voters went to the polls on Sunday. The country's president, Mia Lund, voted in Tarsa.",
            id="norbian",
        ),
        pytest.param("Floods hit Norby on Monday. The nation's president, Mia Lund, visited the area.", id="in-norby"),
    ],
)
def test_b2_the_country_is_the_one_the_article_names(body: str) -> None:
    _never(Verdict.SUPPORTED, body, [LUND], ("role",), UNION_DAY)


# B5 (s33-fs33 351df54, the quote judge's speaker told by an indefinite noun phrase, review32 R9's mend): 'a defiant
# Ruiz' and 'an emotional Ruiz' are read as someone else, so her own words lose their support on the branch
# (SUPPORTED on main): 'Ana Ruiz called the plan "a disaster for Norby".' against 'In 2023 a defiant Ruiz called the
# plan "a disaster for Norby".' A guard: passes on main.
@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param('In 2023 a defiant Ruiz called the plan "a disaster for Norby".', id="a-defiant"),
        pytest.param('In 2023 an emotional Ruiz called the plan "a disaster for Norby".', id="an-emotional"),
    ],
)
def test_b5_a_defiant_ruiz_is_ruiz(sentence: str) -> None:
    found = _judged('Ana Ruiz called the plan "a disaster for Norby".', [_ruiz_said(sentence)], ("quote",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# B7 (s33-ext33 c091642, the quantity claim of a part written without 'the', review33 R3's mend): the part is claimed
# and the whole taken out of claiming, so a part of a WRONG whole is SUPPORTED on the branch (CONTRADICTED on main):
# 'The Norby Party won 61 of 120 seats.' against 'The Norby Party won 61 of the 150 seats'. (review28 R2 is the same
# with 'the'.) A guard: passes on main.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("The Norby Party won 61 of 120 seats.", id="of"),
        pytest.param("The Norby Party won 61 out of 200 seats.", id="out-of"),
    ],
)
def test_b7_a_part_of_a_wrong_whole_is_not_supported(body: str) -> None:
    _never(Verdict.SUPPORTED, body, [ELECTION], ("quantity",), QUAKE_WEEK)


# R8 (more) (main 23841a7): the same reading on the false-"supported" side: 'Former prime minister Ivo Stam led the
# Norby Party for eight years.' is SUPPORTED by his premiership of Norby (2015-2023).
@_open("R8 (more) open: a party's length supported by the premiership of the country its name holds")
def test_r8_more_a_partys_length_is_not_supported_by_the_premiership() -> None:
    _never(
        Verdict.SUPPORTED, "Former prime minister Ivo Stam led the Norby Party for eight years.", PEOPLE, ("duration",)
    )


# B11 (s33-open33 0564417, B1's mend): the deed's year must only fall inside a term, but a step or an end dates the
# term's start or end, so false sentences main refutes are SUPPORTED on the branch: 'Lena Vos, the prime minister
# sworn in in 2006, spoke.' (took office in 2005), 'Ivo Stam, the prime minister elected in 2017, spoke.' (2015) and
# 'Ivo Stam, the prime minister ousted in 2019, spoke.' (left in 2023). A guard: passes on main.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Lena Vos, the prime minister sworn in in 2006, spoke.", id="sworn-in-after-the-start"),
        pytest.param("Ivo Stam, the prime minister elected in 2017, spoke.", id="elected-after-the-start"),
        pytest.param("Ivo Stam, the prime minister ousted in 2019, spoke.", id="ousted-before-the-end"),
        pytest.param("Ivo Stam, the prime minister who resigned in 2018, spoke.", id="resigned-before-the-end"),
    ],
)
def test_b11_a_step_apposed_to_a_title_is_dated_by_the_terms_ends(body: str) -> None:
    _never(Verdict.SUPPORTED, body, PEOPLE, ("role",))


# B6 (s33-fs33, `offices.not_the_post`, review32 R7's mend): a place's adjective the lexicon does not know opening the
# claimed post ('Norbian') is read as a word saying which post it is, which the page's 'Minister of Defence' lacks, so
# the true 'Eva Holm succeeded Tom Berg as Norbian defence minister in 2021.' lost the support of her predecessor row
# and of his successor row (a known adjective, 'Estonian', is the country's and kept it). Fixed on s34-fs34: a
# capitalised word with a place adjective's ending (judging.toml offices.place_adjective_endings) says whose post.
HOLM_NORBIAN = boxed(
    "Eva Holm",
    "Eva Holm (born 4 May 1968) is a Norbian politician.",
    [("office", "Minister of Defence"), ("term_start", "3 May 2021"), ("predecessor", "Tom Berg")],
    SAVED,
)
BERG_NORBIAN = boxed(
    "Tom Berg",
    "Tom Berg (born 1 May 1960) is a Norbian politician.",
    [("office", "Minister of Defence"), ("term_start", "2017"), ("term_end", "3 May 2021"), ("successor", "Eva Holm")],
    SAVED,
)


@pytest.mark.parametrize("doc", [pytest.param(HOLM_NORBIAN, id="her-row"), pytest.param(BERG_NORBIAN, id="his-row")])
def test_b6_a_place_adjective_the_lexicon_lacks_says_whose_post(doc: Document) -> None:
    found = _judged("Eva Holm succeeded Tom Berg as Norbian defence minister in 2021.", [doc], ("clause",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


@pytest.mark.parametrize("doc", [pytest.param(HOLM_NORBIAN, id="her-row"), pytest.param(BERG_NORBIAN, id="his-row")])
def test_b6_twin_another_portfolio_after_the_adjective_is_not_supported(doc: Document) -> None:
    _never(Verdict.SUPPORTED, "Eva Holm succeeded Tom Berg as Norbian finance minister in 2021.", [doc], ("clause",))
