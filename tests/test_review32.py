"""Findings of review32 (session 32), as rows the desk would meet: a true sentence and, where it helps, its
one-fact-false twin, extracted from an invented article and judged against invented pages
(`tests/support/judging.py`) with the fields extraction gives its words. R-items are strict xfails for what is
open on main; a B-item (a regression found on a branch) is a plain test that passes on main, or a strict xfail naming
the branch. The list with its status is /work/briefs32/review32-findings.md."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, page
from tests.support.ruiz import RUIZ
from tests.test_review26 import AS_OF, SAVED, _judged, _never, _open  # the same reading of rows as review26's
from tests.test_review27 import STAM, WORKS
from tests.test_review29 import VOS
from tests.test_review31 import _head, _ruiz_said
from verify.models import Document, Verdict

PEOPLE = [RUIZ, STAM, VOS]


# R1 (main eff6ec2, the role claim of a step with its year): 'Ivo Stam was sworn in as prime minister in 2005.' gives
# one claim, the role claim of those very words, SUPPORTED by his holding the post (he took office in 2015; in 2005 it
# was Lena Vos); 'Ana Ruiz took office as prime minister in 2021.' is the same (2023). review26 R10 mended the shape
# with a day ('on Monday'); a year, the commonest shape, is not read. Fixed on s33-fs33: the extractor keeps the date
# in the office's words ('prime minister in 2005'), and `after_the_office` now reads it as the step's time.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Ivo Stam was sworn in as prime minister in 2005.", id="sworn-in"),
        pytest.param("Ana Ruiz took office as prime minister in 2021.", id="took-office"),
        pytest.param("Ana Ruiz was sworn in as finance minister in 2020.", id="past-office"),
        pytest.param("Ana Ruiz was sworn in as prime minister in March 2023.", id="another-month"),
    ],
)
def test_r1_the_year_of_a_step_in_the_role_claims_words_is_checked(body: str) -> None:
    _never(Verdict.SUPPORTED, body, PEOPLE, ("role", "date", "clause"))


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Ivo Stam was sworn in as prime minister in 2015.", id="sworn-in"),
        pytest.param("Ana Ruiz took office as prime minister in 2023.", id="took-office"),
        pytest.param("Ana Ruiz was sworn in as prime minister in February 2023.", id="that-month"),
        pytest.param("Ana Ruiz took office as finance minister in 2022.", id="past-office"),
    ],
)
def test_r1_twin_the_right_year_is_supported(body: str) -> None:
    found = _judged(body, PEOPLE, ("role",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# R2 (main eff6ec2, the clause judge's age veto `_age_aside`): an age anywhere in a clause's words is read as its
# subject's, so the age of the one the clause acts on refutes the clause: 'Ana Ruiz met a 12-year-old pupil in Korvik.'
# and 'Ana Ruiz met her 73-year-old predecessor, Ivo Stam, in Korvik.' are CONTRADICTED by her birth date ("gives the
# birth date 1975-01-01: 49"). Both true (Ivo Stam is 73); news tells an object's age often. 'Ana Ruiz and Ivo Stam,
# aged 49 and 73, met.' (true) is CONTRADICTED the same way, the first age read as Ivo Stam's.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Ana Ruiz met a 12-year-old pupil in Korvik.", id="a-pupil"),
        pytest.param("Ana Ruiz comforted a 12-year-old girl in Korvik.", id="a-girl"),
        pytest.param("Ana Ruiz met her 73-year-old predecessor, Ivo Stam, in Korvik.", id="her-predecessor"),
        pytest.param("Ana Ruiz praised the 73-year-old Stam.", id="the-aged-name"),
        pytest.param("Ana Ruiz and Ivo Stam, aged 49 and 73, met.", id="two-ages-of-two-subjects"),
    ],
)
def test_r2_the_age_of_the_one_acted_on_is_not_the_subjects(body: str) -> None:
    _never(Verdict.CONTRADICTED, body, PEOPLE, ("clause",))


def test_r2_twin_the_subjects_own_wrong_age_is_refuted() -> None:
    found = _judged("The 59-year-old Ana Ruiz succeeded Ivo Stam in 2023.", PEOPLE, ("clause",))
    assert set(found.values()) == {Verdict.CONTRADICTED}, found


# R3 (main eff6ec2, review31 R1's cause from the other side): the length apposed to a title is cut from the role
# claim, which is then SUPPORTED as held today: 'Ana Ruiz, prime minister for a decade, spoke.' and '... for the past
# six years, spoke.' (in office since February 2023, article of 10 January 2024) give the role 'prime minister'
# SUPPORTED. The length the sentence tells is false. Fixed on s32-open32 a2d486b (both rows XPASS there).
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Ana Ruiz, prime minister for a decade, spoke.", id="a-decade"),
        pytest.param("Ana Ruiz, prime minister for the past six years, spoke.", id="six-years"),
    ],
)
def test_r3_a_false_length_apposed_to_a_title_is_not_supported(body: str) -> None:
    _never(Verdict.SUPPORTED, body, PEOPLE, ("role", "duration", "clause"))


# R4 (main eff6ec2, review31 R1's shape with 'the past'): 'for the past year' is not cut from the apposed title, so
# the office is read as 'prime minister for the past year', another office than the page's: on 1 March 2024 (in
# office since 14 February 2023) 'Ana Ruiz, prime minister for the past year, spoke.' is CONTRADICTED ("the office
# held was Prime Minister of Norby"). True. ('for the last year' is read and supported.) Fixed on s33-open33: the row,
# asserting it SUPPORTED, is tests/test_open33.py's.
def test_r4_twin_the_last_year_is_supported() -> None:
    found = _judged("Ana Ruiz, prime minister for the last year, spoke.", PEOPLE, ("role",), dt.date(2024, 3, 1))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# R5 (main eff6ec2, the quantity judge's count of another noun): the canonical lead of a quake's page, 'The 2023 Korvik
# earthquake struck northern Norby on 6 March 2023 with a magnitude of 6.8, ...', has the date's year read as a count
# of magnitude ("gives another count, 2023 with a magnitude"), so the true 'The magnitude-6.8 earthquake struck Korvik
# on Monday.' and 'The Korvik earthquake had a magnitude of 6.8.' are CONTRADICTED. Without the year before 'with'
# ('on 6 March with a magnitude of 6.8') the claim is unverified.
QUAKE = page(
    "2023 Korvik earthquake",
    "The 2023 Korvik earthquake struck northern Norby on 6 March 2023 with a magnitude of 6.8, killing 312 people and "
    "injuring more than 2,000.",
    SAVED,
)
QUAKE_WEEK = dt.date(2023, 3, 9)


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("The magnitude-6.8 earthquake struck Korvik on Monday.", id="magnitude-before"),
        pytest.param("The Korvik earthquake had a magnitude of 6.8.", id="magnitude-of"),
    ],
)
def test_r5_a_year_before_with_a_magnitude_is_no_magnitude(body: str) -> None:
    _never(Verdict.CONTRADICTED, body, [QUAKE], ("quantity",), QUAKE_WEEK)


def test_r5_twin_the_death_toll_of_that_sentence_is_supported() -> None:
    found = _judged("The Korvik earthquake killed 312 people.", [QUAKE], ("quantity",), QUAKE_WEEK)
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# R6 (main eff6ec2, the quantity judge's count; review31 R2's cause on the other side): the page's count of people of
# ANOTHER deed refutes the claim's, when the page gives the claimed count with its noun left out: 'The Norby floods
# displaced 40,000 people.' is CONTRADICTED by 'The 2023 Norby floods killed 52 people and displaced 40,000.' ("gives
# another count, 52 people"), 'The Korvik earthquake injured more than 2,000 people.' by '..., killing 312 people and
# injuring more than 2,000.', 'The Norby floods affected 1.2 million people.' by 'The 2023 Norby floods killed 52
# people. About 1.2 million were affected.' All true: disaster copy's commonest shape.
def _floods(text: str) -> Document:
    """An invented page of a flood: `text`, its lead."""
    return page("2023 Norby floods", text, SAVED)


@pytest.mark.parametrize(
    ("body", "doc"),
    [
        pytest.param(
            "The Norby floods displaced 40,000 people.",
            _floods("The 2023 Norby floods killed 52 people and displaced 40,000."),
            id="displaced",
        ),
        pytest.param(
            "The Norby floods left 40,000 people homeless.",
            _floods("The 2023 Norby floods killed 52 people and left about 40,000 homeless."),
            id="homeless",
        ),
        pytest.param(
            "The Norby floods affected 1.2 million people.",
            _floods("The 2023 Norby floods killed 52 people. About 1.2 million were affected."),
            id="affected",
        ),
        pytest.param("The Korvik earthquake injured more than 2,000 people.", QUAKE, id="injured"),
    ],
)
def test_r6_a_count_of_another_deed_does_not_refute(body: str, doc: Document) -> None:
    _never(Verdict.CONTRADICTED, body, [doc], ("quantity",), QUAKE_WEEK)


def test_r6_twin_a_wrong_death_toll_is_refuted() -> None:
    found = _judged("The Korvik earthquake killed 412 people.", [QUAKE], ("quantity",), QUAKE_WEEK)
    assert set(found.values()) == {Verdict.CONTRADICTED}, found


# R7 (main eff6ec2, the clause judge's predecessor row; review28 R21 is the passive shape whose office is cut): the
# office after 'as' stays in the clause's words, yet the page's ONE predecessor row, of another office, supports it:
# 'Eva Holm succeeded Tom Berg as finance minister in 2021.' and 'Eva Holm replaced Tom Berg as interior minister in
# 2021.' are SUPPORTED ("names Tom Berg as predecessor") though she succeeded him as defence minister; the role claim
# of the same words is refuted. With two offices each with its predecessor (Ana Ruiz's page) the office is asked.
HOLM_DEFENCE = boxed(
    "Eva Holm",
    "Eva Holm (born 4 May 1968) is an Estonian politician.",
    [("office", "Minister of Defence"), ("term_start", "3 May 2021"), ("predecessor", "Tom Berg")],
    SAVED,
)


# Tom Berg's invented page: the same handover from his side, his successor row in the defence ministry.
BERG_DEFENCE = boxed(
    "Tom Berg",
    "Tom Berg (born 1 May 1960) is an Estonian politician.",
    [("office", "Minister of Defence"), ("term_start", "2017"), ("term_end", "3 May 2021"), ("successor", "Eva Holm")],
    SAVED,
)


# Fixed on s33-fs33: a row of an office lacking a word that says which post the named one is ('finance') tells
# another succession (`_row_of_another_post`), on her page and on his.
@pytest.mark.parametrize(
    ("body", "doc"),
    [
        pytest.param("Eva Holm succeeded Tom Berg as finance minister in 2021.", HOLM_DEFENCE, id="succeeded"),
        pytest.param("Eva Holm replaced Tom Berg as interior minister in 2021.", HOLM_DEFENCE, id="replaced"),
        pytest.param("Eva Holm succeeded Tom Berg as finance minister in 2021.", BERG_DEFENCE, id="his-successor-row"),
    ],
)
def test_r7_a_succession_in_another_office_is_not_supported_by_the_predecessor_row(body: str, doc: Document) -> None:
    _never(Verdict.SUPPORTED, body, [doc], ("clause",))


@pytest.mark.parametrize(
    ("body", "doc"),
    [
        pytest.param("Eva Holm succeeded Tom Berg as defence minister in 2021.", HOLM_DEFENCE, id="her-row"),
        pytest.param("Eva Holm succeeded Tom Berg as defence minister in 2021.", BERG_DEFENCE, id="his-row"),
        pytest.param("Eva Holm succeeded Tom Berg in 2021.", HOLM_DEFENCE, id="no-office-named"),
    ],
)
def test_r7_twin_the_succession_in_its_own_office_is_supported(body: str, doc: Document) -> None:
    found = _judged(body, [doc], ("clause",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# R8 (main eff6ec2, the subject extraction gives a deed of someone the person owns; review31 R12 is the page side): 'Ana
# Ruiz, whose husband was arrested in 2019, spoke.' gives the clause 'whose husband was arrested in 2019' with subject
# Ana Ruiz, SUPPORTED by her page's 'In 2019 she was arrested.'; "Ana Ruiz's father founded Korvik Bank in 1995." gives
# the date claim 'founded Korvik Bank in 1995' of Ana Ruiz, SUPPORTED by 'She founded Korvik Bank in 1995.' The page
# says nothing of a husband's arrest or a father's bank: both false sentences pass.
RUIZ_DEEDS = _ruiz_said("In 2019 she was arrested. She founded Korvik Bank in 1995.")


# Fixed on s34-fs34: a deed whose subject is someone the person owns (judging.toml holder.others) is given to them
# ("Ana Ruiz's husband"), not to her (`extract._of_someone_theirs`).
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Ana Ruiz, whose husband was arrested in 2019, spoke.", id="whose-husband"),
        pytest.param("Ana Ruiz, whose father founded Korvik Bank in 1995, spoke.", id="whose-father"),
        pytest.param("Ana Ruiz's husband was arrested in 2019.", id="her-husband"),
        pytest.param("Ana Ruiz's father founded Korvik Bank in 1995.", id="her-father"),
    ],
)
def test_r8_a_deed_of_someone_of_hers_is_not_supported_by_her_own(body: str) -> None:
    _never(Verdict.SUPPORTED, body, [RUIZ_DEEDS])


def test_r8_twin_her_own_deed_in_a_relative_clause_is_supported() -> None:
    found = _judged("Ana Ruiz, who was arrested in 2019, spoke.", [RUIZ_DEEDS], ("clause",))
    assert Verdict.SUPPORTED in found.values(), found


# R9 (main eff6ec2, the quote judge's speaker; review26 R20 mended 'said'): a page sentence whose verb of saying is
# 'called', 'described ... as' or 'branded' is not asked who spoke, so the words of ANOTHER named speaker on her own
# page support the quote as hers: 'Ana Ruiz called the plan "a disaster for Norby".' is SUPPORTED by 'In 2023 Ivo Stam
# called the plan "a disaster for Norby".', by 'Critics called her plan ...' and by 'A 2023 editorial called her plan';
# 'Ana Ruiz described the plan as ...' by 'Ivo Stam described her plan as ...'. (With 'Ivo Stam said' it is unverified.)
# Fixed on s33-fs33: the page sentence's speaker is read before a verb of calling as before one of saying
# (judging.toml quote.naming_verbs), and someone told by an indefinite noun phrase ('A 2023 editorial') is another.
@pytest.mark.parametrize(
    ("body", "sentence"),
    [
        pytest.param(
            'Ana Ruiz called the plan "a disaster for Norby".',
            'In 2023 Ivo Stam called the plan "a disaster for Norby".',
            id="named-called",
        ),
        pytest.param(
            'Ana Ruiz called the plan "a disaster for Norby".',
            'Critics called her plan "a disaster for Norby".',
            id="critics-called",
        ),
        pytest.param(
            'Ana Ruiz called the plan "a disaster for Norby".',
            'A 2023 editorial called her plan "a disaster for Norby".',
            id="editorial-called",
        ),
        pytest.param(
            'Ana Ruiz described the plan as "a disaster for Norby".',
            'In 2023 Ivo Stam described her plan as "a disaster for Norby".',
            id="named-described",
        ),
        pytest.param(
            'Ana Ruiz called the plan "a disaster for Norby".',
            'In 2023 Ivo Stam branded her plan "a disaster for Norby".',
            id="named-branded",
        ),
        pytest.param(
            'Ana Ruiz said the plan was "a disaster for Norby".',
            'An opposition MP said the plan was "a disaster for Norby".',
            id="someone-unnamed-said",
        ),
    ],
)
def test_r9_words_another_called_it_are_not_hers(body: str, sentence: str) -> None:
    _never(Verdict.SUPPORTED, body, [_ruiz_said(sentence)], ("quote",))


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param('In 2023 she called the plan "a disaster for Norby".', id="she-called"),
        pytest.param('In a 2023 speech she called the plan "a disaster for Norby".', id="in-a-speech-she-called"),
        pytest.param('In 2023 Ruiz called the plan "a disaster for Norby".', id="her-name-called"),
        pytest.param('In 2023 a defiant Ruiz called the plan "a disaster for Norby".', id="a-defiant-ruiz"),
    ],
)
def test_r9_twin_her_own_words_are_supported(sentence: str) -> None:
    found = _judged('Ana Ruiz called the plan "a disaster for Norby".', [_ruiz_said(sentence)], ("quote",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# B1 (s32-way32 4b02dbe, the clause judge's `_other_place` / `_named_apart`, 'born in'): a town the page names only in
# a sentence that also names the birth row's place, not written right beside it ('Frogner Oslo', 'Frogner in Oslo'),
# is read as set apart and rules the claim out, so a true birthplace the page tells as the town's city, its new name or
# its surroundings is CONTRADICTED on the branch (unverified on main): 'born in Mumbai' by 'She was born in Bombay (now
# Mumbai)', 'born in Oslo' by 'born in Frogner, a district of Oslo' and by 'born at Ullevål Hospital in Oslo', 'born
# in Lagos' by 'born in Ikeja, the capital of Lagos State'. A guard: passes on main.
def _born(lead: str, place: str) -> Document:
    """Eva Holm's invented page: `lead`, and her birthplace row `place`."""
    return boxed("Eva Holm", lead, [("birth_place", place)], SAVED)


@pytest.mark.parametrize(
    ("body", "doc"),
    [
        pytest.param(
            "Eva Holm, who was born in Mumbai, spoke.",
            _born("Eva Holm (born 1970) is an Indian economist. She was born in Bombay (now Mumbai).", "Bombay, India"),
            id="renamed",
        ),
        pytest.param(
            "Eva Holm, who was born in Oslo, spoke.",
            _born(
                "Eva Holm (born 1970) is a Norwegian politician. She was born in Frogner, a district of Oslo.",
                "Frogner, Norway",
            ),
            id="a-district-of",
        ),
        pytest.param(
            "Eva Holm, who was born in Oslo, spoke.",
            _born(
                "Eva Holm (born 1970) is a Norwegian politician. She was born at Ullevål Hospital in Oslo.",
                "Ullevål, Norway",
            ),
            id="a-hospital-in",
        ),
        pytest.param(
            "Eva Holm, who was born in Lagos, spoke.",
            _born(
                "Eva Holm (born 1970) is a Nigerian economist. She was born in Ikeja, the capital of Lagos State.",
                "Ikeja, Nigeria",
            ),
            id="the-capital-of",
        ),
    ],
)
def test_b1_a_birth_town_told_as_part_of_the_claimed_place_is_not_refuted(body: str, doc: Document) -> None:
    _never(Verdict.CONTRADICTED, body, [doc], ("clause",))


# R10 (main eff6ec2, extraction's denied claims; the README: "a denial is never checked as the fact it denies"): a fact
# the article tells as DENIED by a verb of denying is extracted as the fact, not negated, and judged: 'Ana Ruiz denied
# that she was arrested in 2019.' gives 'she was arrested in 2019', 'Ana Ruiz has denied being arrested in 2019.' its
# whole clause, 'Ana Ruiz rejected claims that she founded Korvik Bank in 1995.' the date claim 'founded Korvik Bank in
# 1995', each SUPPORTED by her page. tests/test_negated_claims.py reads 'not', 'never', 'failed to', 'denied
# re-election'; fs31's denied_above reads these verbs on the PAGE side only.
# Fixed on s34-fs34: a claim's verb told under a verb of denying (judging.toml holder.denying_verbs), in its own words
# or above them, through a noun's 'that' clause ('claims that'), is denied (`negation._denied_by_a_verb_above`).
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Ana Ruiz denied that she was arrested in 2019.", id="denied-that"),
        pytest.param("Ana Ruiz has denied being arrested in 2019.", id="denied-being"),
        pytest.param("Ana Ruiz rejected claims that she founded Korvik Bank in 1995.", id="rejected-claims"),
    ],
)
def test_r10_a_denied_fact_is_not_checked_as_the_fact(body: str) -> None:
    _never(Verdict.SUPPORTED, body, [RUIZ_DEEDS])


# B2 (s32-lead32 32bc018, the duration judge's `_lead_post`): a length 'in office' whose sentence names no post OF THE
# PAGE is measured by the infobox's first post, so a sentence naming ANOTHER post, one the page never gives him, is
# supported by the premiership's length: 'Ivo Stam stepped down as finance minister after eight years in office.',
# '... as mayor of Korvik after eight years in office.' and 'Ivo Stam left the central bank after eight years in
# office.' are SUPPORTED on the branch (unverified on main); he was prime minister 2015-2023 and held neither. A guard:
# passes on main.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Ivo Stam stepped down as finance minister after eight years in office.", id="another-title"),
        pytest.param("Ivo Stam stepped down as mayor of Korvik after eight years in office.", id="another-place"),
        pytest.param("Ivo Stam left the central bank after eight years in office.", id="another-body"),
    ],
)
def test_b2_a_length_in_another_post_is_not_the_lead_posts(body: str) -> None:
    _never(Verdict.SUPPORTED, body, [STAM], ("duration",))


# R11 (main eff6ec2, the role claim of a title defined by a past deed): the relative clause or participle that says
# which holder is meant is cut, and the title read as held today: 'Ivo Stam, the prime minister ousted in 2023, spoke.',
# '... the prime minister who resigned in 2023, ...', '... the prime minister defeated by Ana Ruiz, ...' and 'Lena Vos,
# the prime minister who signed the 2010 treaty, spoke.' give 'X, the prime minister' CONTRADICTED by the term's end.
# The deed places the holding in its own time: all true. (review31 R3 is the 'who preceded X as' shape.) Fixed on
# s33-open33 for a deed with its year: those rows, asserting them SUPPORTED, are tests/test_open33.py's.
@_open("R11 open: a past deed with no year ('defeated by Ana Ruiz') read as held today")
def test_r11_a_title_defined_by_a_past_deed_is_not_held_today() -> None:
    _never(Verdict.CONTRADICTED, "Ivo Stam, the prime minister defeated by Ana Ruiz, spoke.", PEOPLE, ("role",))


def test_r11_twin_the_title_alone_of_a_past_holder_is_refuted() -> None:
    found = _judged("Ivo Stam, the prime minister, spoke.", PEOPLE, ("role",))
    assert set(found.values()) == {Verdict.CONTRADICTED}, found


# B3 (s32-open32 5781a09, countries.toml's shared 'Korean'): 'Korean' is now a form of both Koreas, which leaves the
# post's country to the page, and the formal 'Republic of Korea' is no form of South Korea, so 'Korean President Kim
# Ho spoke.' against the row 'President of the Republic of Korea' loses its support (SUPPORTED on main, unverified on
# the branch). A guard: passes on main. ('Republic of China' was made Taiwan's form; 'Republic of Korea' was not.)
def test_b3_a_shared_demonym_keeps_the_formal_names_support() -> None:
    found = _judged(
        "Korean President Kim Ho spoke.",
        [_head("Kim Ho", "President of the Republic of Korea")],
        ("role",),
        dt.date(2024, 6, 1),
    )
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# B4 (s32-ext32 d68bd85, clause extraction's `_age_standing_alone`): 'The N-year-old' opening the next sentence, before
# a verb the model tags a noun ('cried', 'smiled', 'wept', 'joked'), is given to the PERSON NAMED before even when the
# sentence before ends on someone unnamed (a common noun: 'Jon Dahl's mother', 'a farmer in Tarsa', 'a widow'), whom
# the age describes: 'Eva Holm spoke to Jon Dahl's mother. The 70-year-old cried.', 'Eva Holm visited a farmer in
# Tarsa. The 80-year-old joked about the rain.' and 'Eva Holm comforted a widow in Tarsa. The 80-year-old wept.' give
# Eva Holm the age, CONTRADICTED by her birth date (no such claim on main). A guard: passes on main.
HOLM_BORN = page(
    "Eva Holm",
    "Eva Holm (born 4 May 1968 in Tarsa) is an Estonian economist who has served as Minister of Finance of Estonia "
    "since 2021.",
    SAVED,
)


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Eva Holm spoke to Jon Dahl's mother. The 70-year-old cried.", id="his-mother"),
        pytest.param("Eva Holm visited a farmer in Tarsa. The 80-year-old joked about the rain.", id="a-farmer"),
        pytest.param("Eva Holm comforted a widow in Tarsa. The 80-year-old wept.", id="a-widow"),
    ],
)
def test_b4_an_age_after_someone_unnamed_is_not_the_named_persons(body: str) -> None:
    found = _judged(body, [HOLM_BORN])
    assert Verdict.CONTRADICTED not in found.values(), found


# R12 (main eff6ec2, clause extraction's age standing for the person met before; B4's shape on main): the sex a
# pronoun in the age's clause tells is read even when the pronoun is the OBJECT, the one the aged person acts on: 'Eva
# Holm met the pupils' teacher. The 61-year-old thanked her.' and '... The 61-year-old said she was proud.' give Eva
# Holm the age 61, CONTRADICTED by her birth date (55). 'her' is Eva Holm; the 61-year-old is the teacher.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Eva Holm met the pupils' teacher. The 61-year-old thanked her.", id="thanked-her"),
        pytest.param("Eva Holm met Jon Dahl's coach. The 61-year-old thanked her.", id="his-coach"),
    ],
)
def test_r12_an_age_whose_clause_acts_on_her_is_not_hers(body: str) -> None:
    found = _judged(body, [HOLM_BORN])
    assert Verdict.CONTRADICTED not in found.values(), found


def test_r12_twin_her_own_wrong_age_is_refuted() -> None:
    found = _judged("Eva Holm spoke to reporters. The 61-year-old said she was proud.", [HOLM_BORN])
    assert Verdict.CONTRADICTED in found.values(), found


# R13 (main eff6ec2, the duration judge's tenure; in the findings file only until s33-fs33): a tenure noun's own post
# is not asked, so "Ivo Stam's eight-year tenure as finance minister ended in 2023." is SUPPORTED by his premiership
# 2015-2023 (he was never finance minister). Fixed on s33-fs33: the post after the tenure noun is read to its own
# words ('finance minister', not '... ended in 2023') and a span of a post lacking its word 'finance' is another
# post's (`not_the_post`).
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Ivo Stam's eight-year tenure as finance minister ended in 2023.", id="tenure"),
        pytest.param("Ivo Stam's eight-year stint as finance minister ended in 2023.", id="stint"),
    ],
)
def test_r13_a_tenure_in_another_post_is_not_measured_by_his_premiership(body: str) -> None:
    _never(Verdict.SUPPORTED, body, [STAM], ("duration",))


@pytest.mark.parametrize(
    ("body", "doc"),
    [
        pytest.param("Ivo Stam's eight-year tenure as prime minister ended in 2023.", STAM, id="his-premiership"),
        pytest.param("Ana Ruiz's one-year tenure as finance minister ended in 2023.", RUIZ, id="her-ministry"),
    ],
)
def test_r13_twin_a_tenure_in_the_post_held_is_supported(body: str, doc: Document) -> None:
    found = _judged(body, [doc], ("duration",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# B5 (s32-fs32 7e562d8, verify/kinds/clause/judge.py): the new module-level `_AUXILIARY = frozenset({"aux", "auxpass"})`
# (fs32's _done_by_someone_of_theirs) rebinds the name of the older `_AUXILIARY` pattern that `_pluperfect_before`
# reads, so every clause claim of a holding 'since' a date crashes ('frozenset' object has no attribute 'findall'):
# 'Ana Ruiz has been prime minister since 2023.' is SUPPORTED on main and an internal error on the branch. A guard:
# passes on main.
def test_b5_a_holding_since_a_year_is_judged() -> None:
    found = _judged("Ana Ruiz has been prime minister since 2023.", PEOPLE, ("clause",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# B7 (s32-fs32 7e562d8, the quantity judge's measure, verify/kinds/quantity/measured.py): a figure's verb or noun read
# on both sides withholds support when the page words the same deed otherwise, so true counts lose their support
# (SUPPORTED on main, unverified on the branch): 'The Korvik earthquake left 312 people dead.' against '..., killing 312
# people', 'Norby Steelworks operates three plants.' against 'It employs about 4,200 people at three plants.',
# 'Norby Steelworks shed 4,200 jobs in 2023.' against 'In 2023 it cut 4,200 jobs.' A guard: passes on main.
QUAKE_TOLL = page(
    "2023 Korvik earthquake",
    "The 2023 Korvik earthquake struck northern Norby on 6 March 2023, killing 312 people and injuring more than "
    "2,000.",
    SAVED,
)
CUT_JOBS = page("Norby Steelworks", "Norby Steelworks is a steel company. In 2023 it cut 4,200 jobs.", SAVED)


@pytest.mark.parametrize(
    ("body", "doc"),
    [
        pytest.param("The Korvik earthquake left 312 people dead.", QUAKE_TOLL, id="left-dead"),
        pytest.param("Norby Steelworks operates three plants.", WORKS, id="operates-plants"),
        pytest.param("Norby Steelworks shed 4,200 jobs in 2023.", CUT_JOBS, id="shed-jobs-cut-jobs"),
    ],
)
def test_b7_the_same_count_worded_otherwise_keeps_its_support(body: str, doc: Document) -> None:
    found = _judged(body, [doc], ("quantity",), QUAKE_WEEK if doc is QUAKE_TOLL else AS_OF)
    assert set(found.values()) == {Verdict.SUPPORTED}, found
