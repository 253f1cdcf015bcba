"""Findings of review37 (session 37), as rows the desk would meet: a true sentence and, where it helps, its
one-fact-false twin, extracted from an invented article and judged against invented pages (and the seed's stored
NATO page, through tests/conftest.py's `pages`; `tests/support/judging.py`) with the fields extraction gives its
words. R-items are strict xfails for what is open on main; a B-item (a regression found on a branch) is a plain test
that passes on main, or a strict xfail naming the branch. The list with its status is
/work/briefs37/review37-findings.md."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, judged_body, page
from tests.support.ruiz import RUIZ
from tests.test_review26 import AS_OF, SAVED, _judged, _never, _open  # the same reading of rows as review26's
from tests.test_review27 import PARTY, STAM, WORKS
from tests.test_review29 import VOS
from tests.test_review31 import BANK_RESULTS, _ruiz_said
from tests.test_review32 import QUAKE_TOLL, QUAKE_WEEK
from verify.models import Document, Verdict

# The Green Party's invented page: 12 seats in the 2023 election, the Norby Party's 61 on its own page.
GREENS = page(
    "Green Party (Norby)",
    "The Green Party is a green political party in Norby. It was founded in 1984. In the 2023 election it won 12 "
    "seats.",
    SAVED,
)


# R1 (main 2ffa3272, the quantity judge's `_the_page_itself` through `_names_most`): a page whose title shares ONE
# word of a two-word name ('Party', 'Bank', 'Steel' of 'Steelworks') is taken as that body's own page, and its 'it'
# as the body: 'The Labour Party won 61 seats in 2023.' is SUPPORTED by the Norby Party's 'In the 2023 election it
# won 61 seats', 'Korvik Steel employs about 4,200 people.' by Norby Steelworks' 'It employs about 4,200 people',
# 'Norby Bank made a net profit of 200 million euros in 2023.' by Korvik Bank's; a country's output or industry by the
# company named after it ('Norby produced 1.8 million tonnes of steel in 2022.', "Norby's steel industry employs about
# 4,200 people."). Half the words of a name is enough for `_names_most` ('Green Party' / 'Norby Party': one of two),
# which is meant for a clause naming sides, not for a page's title standing for 'it'. An election story's pool holds
# each party's page, so the same reading refutes a true count (R1 false contradicted, below) and leaves each party's
# own count torn between pages (support lost).
@pytest.mark.parametrize(
    ("body", "doc"),
    [
        pytest.param("The Labour Party won 61 seats in 2023.", PARTY, id="another-party"),
        pytest.param("Korvik Steel employs about 4,200 people.", WORKS, id="another-steelmaker"),
        pytest.param("Norby Bank made a net profit of 200 million euros in 2023.", BANK_RESULTS, id="another-bank"),
        pytest.param("Norby produced 1.8 million tonnes of steel in 2022.", WORKS, id="the-countrys-output"),
        pytest.param("Norby's steel industry employs about 4,200 people.", WORKS, id="the-countrys-industry"),
    ],
)
def test_r1_a_page_sharing_one_word_of_the_name_is_not_the_bodys(body: str, doc: Document) -> None:
    _never(Verdict.SUPPORTED, body, [doc], ("quantity",))


@pytest.mark.parametrize(
    ("body", "doc"),
    [
        pytest.param("The Green Party won 12 seats in 2023.", PARTY, id="another-partys-seats"),
        pytest.param("Korvik Steel employs about 3,000 people.", WORKS, id="another-steelmakers-staff"),
    ],
)
def test_r1_a_page_sharing_one_word_of_the_name_does_not_refute(body: str, doc: Document) -> None:
    _never(Verdict.CONTRADICTED, body, [doc], ("quantity",))


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("The Norby Party won 61 seats in 2023.", id="norby-party"),
        pytest.param("The Green Party won 12 seats in 2023.", id="green-party"),
    ],
)
def test_r1_each_partys_count_is_supported_beside_the_others_page(body: str) -> None:
    found = _judged(body, [PARTY, GREENS], ("quantity",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


def test_r1_twin_the_bodys_own_page_supports_its_count() -> None:
    found = _judged("The Green Party won 12 seats in 2023.", [GREENS], ("quantity",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# R1's twin for a name whose words a lower-case word splits (mended on s37-fsc37, quantity judge `_titled`): the
# page titled with the claim's subject is its own, its 'it' the subject, though 'Alliance' and 'Progress' are read
# as two names.
ALLIANCE = page(
    "Alliance for Progress (Norby)",
    "The Alliance for Progress is a liberal political party in Norby. In the 2023 election it won 12 seats.",
    SAVED,
)


def test_r1_twin_a_page_titled_with_the_subject_supports_its_count() -> None:
    found = _judged("The Alliance for Progress won 12 seats in 2023.", [ALLIANCE], ("quantity",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# R2 (main 2ffa3272, the clause and date judges' term start; the role judge's `repeat_checked` reads it, these do
# not): a start told as a later term's ('was sworn in for a second term', 'took office for a second term', the
# lexicon's later_term words) is SUPPORTED by the page's only spell of the post beginning that day or year (RUIZ:
# prime minister since 14 February 2023, no spell of the post before): 'Ana Ruiz was sworn in for a second term in
# 2023.' (clause), '... for a second term as prime minister on 14 February 2023.' (date and clause), 'Ana Ruiz took
# office for a second term on 14 February 2023.' (date). `date.judge._later_term` leaves a later term's start NEUTRAL
# only when it falls inside an earlier spell; on the spell's own first day it supports. A first term's start is no
# second term's. (Mended by s38-fsa38: the date judge's term rows, read by both kinds, set aside a later term's start
# on the page's first spell of the post, as the role kind's `repeat_checked` does.)
@pytest.mark.parametrize(
    ("body", "kind"),
    [
        pytest.param("Ana Ruiz was sworn in for a second term in 2023.", "clause", id="sworn-in-year"),
        pytest.param(
            "Ana Ruiz was sworn in for a second term as prime minister on 14 February 2023.", "date", id="sworn-in-day"
        ),
        pytest.param("Ana Ruiz took office for a second term on 14 February 2023.", "date", id="took-office-day"),
        pytest.param("Ana Ruiz was sworn in for a third term in 2023.", "clause", id="third-term"),
    ],
)
def test_r2_a_later_terms_start_is_not_supported_by_the_first(body: str, kind: str) -> None:
    _never(Verdict.SUPPORTED, body, [RUIZ, STAM], (kind,))


def test_r2_twin_the_first_terms_start_is_supported() -> None:
    found = _judged("Ana Ruiz was sworn in as prime minister on 14 February 2023.", [RUIZ, STAM], ("date",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


def _ruiz_page(sentences: str) -> list[Document]:
    """Ana Ruiz's invented page: her lead, then `sentences` of words quoted."""
    return [_ruiz_said(sentences)]


# R3 (main 2ffa3272, the quote judge's speaker): on the speaker's own page, words said OF her (a passive 'was accused
# of', 'described as', 'has been dubbed', 'has been called ... by the press', 'is known in the press as') are taken as
# hers: 'Ana Ruiz said she led "a government of chaos".' is SUPPORTED by 'In 2023 she was accused of leading "a
# government of chaos".', 'Ana Ruiz called herself "the Iron Lady of Norby".' by 'She has been dubbed "the Iron Lady
# of Norby".'; 'Ana Ruiz said the reform was "a mistake".' by 'In 2019 she was asked whether the reform was "a
# mistake".' (words put to her). A nickname, a charge or a question in quotation marks is the press's, a critic's or
# a reporter's word about or to the subject, the commonest quoted words on a politician's page; the quote judge sets
# aside 'rejected' and 'denied' before the words
# (review36), not the passive that makes her their object.
# Mended by the thirty-eighth session's lead (verify/kinds/quote/attribution.py: a passive verb of saying above the
# words gives them to someone other than its subject).


@pytest.mark.parametrize(
    ("body", "said"),
    [
        # mended by s37-fsb37 794032c3 ('accuse' a denying verb), kept passive-only by fixb37 (B7 below)
        pytest.param(
            'Ana Ruiz said she led "a government of chaos".',
            'In 2023 she was accused of leading "a government of chaos".',
            id="accused-of",
        ),
        pytest.param(
            'Ana Ruiz said she led "a government of chaos".',
            'In 2023 she was described as leading "a government of chaos".',
            id="described-as",
        ),
        pytest.param(
            'Ana Ruiz called herself "the Iron Lady of Norby".',
            'She has been dubbed "the Iron Lady of Norby".',
            id="dubbed",
        ),
        pytest.param(
            'Ana Ruiz called herself "the Iron Lady of Norby".',
            'She has been called "the Iron Lady of Norby" by the press.',
            id="called-by-the-press",
        ),
        pytest.param(
            'Ana Ruiz said the reform was "a mistake".',
            'In 2019 she was asked whether the reform was "a mistake".',
            id="asked-whether",
        ),
    ],
)
def test_r3_words_said_of_the_speaker_are_not_hers(body: str, said: str) -> None:
    _never(Verdict.SUPPORTED, body, _ruiz_page(said), ("quote",))


# R4 (main 2ffa3272, the quote judge's speaker): on the speaker's own page, words another says inside her sentence ('the
# critics who called the budget "a disaster"', 'after they called the budget "a disaster"') are taken as hers: 'Ana
# Ruiz said the budget was "a disaster".' SUPPORTED by 'In 2023 she said the critics who called the budget "a
# disaster" were wrong.' and by 'In 2023 she dismissed the critics as "doom-mongers" after they called the budget "a
# disaster".' She rebutted the words; a clause of another speaker ('who called', 'they called') owns the words it
# holds.
@pytest.mark.parametrize(
    "said",
    [
        pytest.param('In 2023 she said the critics who called the budget "a disaster" were wrong.', id="critics-who"),
        pytest.param(
            'In 2023 she dismissed the critics as "doom-mongers" after they called the budget "a disaster".',
            id="after-they-called",
        ),
    ],
)
def test_r4_words_another_says_in_her_sentence_are_not_hers(said: str) -> None:
    _never(Verdict.SUPPORTED, 'Ana Ruiz said the budget was "a disaster".', _ruiz_page(said), ("quote",))


@pytest.mark.parametrize(
    "said",
    [
        pytest.param('In 2023 she quoted Ivo Stam as saying the deal was "dead in the water".', id="quoted-as-saying"),
        pytest.param(
            'In 2023 she said that, according to Ivo Stam, the deal was "dead in the water".', id="according-to"
        ),
        pytest.param(
            'In 2023 she responded to claims the deal was "dead in the water".',
            id="responded-to-claims",  # mended by s39-lead: the clause opens right after 'claims'
        ),
    ],
)
def test_r4_words_she_quotes_or_answers_are_not_hers(said: str) -> None:
    _never(Verdict.SUPPORTED, 'Ana Ruiz said the deal was "dead in the water".', _ruiz_page(said), ("quote",))


@pytest.mark.parametrize(
    "said",
    [
        pytest.param('In 2023 she called the budget "a disaster".', id="she-called"),
        pytest.param('In 2023 she was criticised for calling the budget "a disaster".', id="criticised-for-calling"),
    ],
)
def test_r3_r4_twin_her_own_words_are_supported(said: str) -> None:
    found = _judged('Ana Ruiz said the budget was "a disaster".', _ruiz_page(said), ("quote",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# Jon Dahl's invented page: the bank's first president, 1964 to 1970, long out of office.
DAHL = boxed(
    "Jon Dahl",
    "Jon Dahl (born 1940) is a Norbian banker who served as the first President of the African Development Bank from "
    "1964 to 1970.",
    [
        ("office", "President of the African Development Bank"),
        ("term_start", "1964"),
        ("term_end", "1970"),
        ("successor", "Ivo Stam"),
    ],
    SAVED,
)


# R5 (main 2ffa3272, the role judge's holding; false "contradicted"): a post apposed with 'the first' ('Jon Dahl, the
# first president of the African Development Bank, died on Monday.') is read as held on the article's day and
# CONTRADICTED by the term's end in 1970 ("says Jon Dahl's term ended"). The first holder of a post is named so as a
# founder, usually decades on (the wire's obituary and anniversary shape); 'the first' dates the holding to the post's
# beginning, as 'former' would. "Jon Dahl, the bank's first president, ..." gives no role claim.
# (mended by s37-fcc37, `role.judge.a_place_in_its_line`; 'the founding president' alike)
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Jon Dahl, the first president of the African Development Bank, died on Monday.", id="first"),
        pytest.param(
            "Jon Dahl, the founding president of the African Development Bank, died on Monday.", id="founding"
        ),
    ],
)
def test_r5_the_first_holder_apposed_is_not_read_as_holding_today(body: str) -> None:
    _never(Verdict.CONTRADICTED, body, [DAHL], ("role",))


def test_r5_twin_the_post_apposed_without_its_place_in_the_line_is_read_as_today() -> None:
    body = "Jon Dahl, the president of the African Development Bank, died on Monday."
    found = _judged(body, [DAHL], ("role",))
    assert set(found.values()) == {Verdict.CONTRADICTED}, found


def test_r5_twin_a_first_holder_who_became_so_is_supported() -> None:
    found = _judged("Jon Dahl became the first president of the African Development Bank in 1964.", [DAHL], ("role",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# Ana Ruiz's invented page whose lead ranks her first among holders of two kinds at once.
FIRST_BLACK_WOMAN = boxed(
    "Ana Ruiz",
    "Ana Ruiz (born 1 January 1975) is a Norbian politician serving as the first Black woman Prime Minister of Norby "
    "since 14 February 2023.",
    [("office", "Prime Minister of Norby"), ("term_start", "14 February 2023"), ("predecessor", "Ivo Stam")],
    SAVED,
)


# R6 (main 2ffa3272, the role and clause judges' first of a kind; review35 R10's kin, not mended by s37-fsb37 e0d5e8cf
# `ranked_among_a_kind`): a page's first of TWO kinds ('the first Black woman Prime Minister of Norby') SUPPORTS a first
# of one: "Ana Ruiz, Norby's first Black prime minister, spoke." (role and clause) and "..., Norby's first female prime
# minister, ..." (role). The first Black woman need be neither the first Black holder nor the first woman. (The
# claim naming both kinds, "Norby's first Black female prime minister", is unverified: support not given where due.)
# (mended by s38-fsb38: `ordinals.first_of_other_kinds` in the clause judge's numbered posts, `kinds_of_a_first` in the
# role judge's first of a kind)
@pytest.mark.parametrize(
    ("body", "kinds"),
    [
        pytest.param("Ana Ruiz, Norby's first Black prime minister, spoke.", ("role", "clause"), id="first-black"),
        pytest.param("Ana Ruiz, Norby's first female prime minister, spoke.", ("role",), id="first-female"),
    ],
)
def test_r6_a_first_of_two_kinds_is_no_first_of_one(body: str, kinds: tuple[str, ...]) -> None:
    _never(Verdict.SUPPORTED, body, [FIRST_BLACK_WOMAN], kinds)


def _first_of(kinds: str) -> Document:
    """Ana Ruiz's invented page: prime minister since 2023, and 'the first `kinds` to hold the office'."""
    return boxed(
        "Ana Ruiz",
        "Ana Ruiz (born 1 January 1975) is a Norbian politician who has served as Prime Minister of Norby since 14 "
        f"February 2023. She is the first {kinds} to hold the office.",
        [("office", "Prime Minister of Norby"), ("term_start", "14 February 2023"), ("predecessor", "Ivo Stam")],
        SAVED,
    )


# R6 told the other way and in the role judge's 'to hold the office': a first of two kinds is no first of one, nor the
# first of one kind a first of two.
@pytest.mark.parametrize(
    ("body", "kinds"),
    [
        pytest.param("Ana Ruiz, Norby's first Black prime minister, spoke.", "Black woman", id="black-by-black-woman"),
        pytest.param(
            "Ana Ruiz, Norby's first female prime minister, spoke.", "Black woman", id="female-by-black-woman"
        ),
        pytest.param("Ana Ruiz, Norby's first Black female prime minister, spoke.", "Black person", id="two-by-black"),
    ],
)
def test_r6_a_first_of_other_kinds_to_hold_the_office_is_no_first(body: str, kinds: str) -> None:
    _never(Verdict.SUPPORTED, body, [_first_of(kinds)], ("role", "clause"))


@pytest.mark.parametrize(
    ("body", "kinds"),
    [
        pytest.param("Ana Ruiz, Norby's first Black female prime minister, spoke.", "Black woman", id="two-kinds"),
        pytest.param("Ana Ruiz, Norby's first female prime minister, spoke.", "woman", id="one-kind"),
        pytest.param("Ana Ruiz, Norby's first Black prime minister, spoke.", "Black person", id="black"),
    ],
)
def test_r6_twin_a_first_of_the_same_kinds_is_supported(body: str, kinds: str) -> None:
    found = _judged(body, [_first_of(kinds)], ("role",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# R6's twin on the lead's numbered post: the first of one kind there is the first of that kind.
FIRST_WOMAN = boxed(
    "Ana Ruiz",
    "Ana Ruiz (born 1 January 1975) is a Norbian politician serving as the first female Prime Minister of Norby "
    "since 14 February 2023.",
    [("office", "Prime Minister of Norby"), ("term_start", "14 February 2023"), ("predecessor", "Ivo Stam")],
    SAVED,
)


def test_r6_twin_the_leads_first_of_one_kind_supports_it() -> None:
    found = _judged("Ana Ruiz, Norby's first female prime minister, spoke.", [FIRST_WOMAN], ("role", "clause"))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# Invented pages of bodies whose own names hold 'and' or '&'.
MARKS = page(
    "Marks and Spencer",
    "Marks and Spencer is a British retailer founded in 1884. It employs about 64,000 people.",
    SAVED,
)
GAMBLE = page(
    "Procter & Gamble",
    "Procter & Gamble is an American consumer goods company. It employs about 107,000 people.",
    SAVED,
)
BOSNIA = page(
    "Bosnia and Herzegovina",
    "Bosnia and Herzegovina is a country in Southeast Europe. It has a population of about 3.2 million people.",
    SAVED,
)
LAW_AND_JUSTICE = page(
    "Law and Justice",
    "Law and Justice is a political party in Poland. In the 2023 election it won 194 seats.",
    SAVED,
)


# B1 (s37-fsa37 84d63864, `measured.held_jointly` and the clause judge's `_a_joint_figure`; support lost and refutation
# lost): a subject whose own name holds 'and' or '&' is parsed as two bodies coordinated, so its figure is read as a
# bloc's and set aside: 'Marks and Spencer employs about 64,000 people.', 'Procter & Gamble employs about 107,000
# people.', 'Bosnia and Herzegovina has about 3.2 million people.', 'Law and Justice won 194 seats in 2023.' (Poland's
# ruling party until 2023; pl-2025 is a tuning subject) SUPPORTED on main, unverified on the branch; their false twins
# ('... about 90,000 people', '... 235 seats') CONTRADICTED on main, unverified there. The claim's subject is one name;
# a conjunction inside it coordinates nothing. A guard: passes on main.
@pytest.mark.parametrize(
    ("body", "doc"),
    [
        pytest.param("Marks and Spencer employs about 64,000 people.", MARKS, id="marks-and-spencer"),
        pytest.param("Procter & Gamble employs about 107,000 people.", GAMBLE, id="procter-and-gamble"),
        pytest.param("Bosnia and Herzegovina has about 3.2 million people.", BOSNIA, id="bosnia-and-herzegovina"),
        pytest.param("Law and Justice won 194 seats in 2023.", LAW_AND_JUSTICE, id="law-and-justice"),
    ],
)
def test_b1_a_name_holding_and_is_one_body(body: str, doc: Document) -> None:
    found = _judged(body, [doc], ("quantity",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


@pytest.mark.parametrize(
    ("body", "doc"),
    [
        pytest.param("Marks and Spencer employs about 90,000 people.", MARKS, id="marks-and-spencer"),
        pytest.param("Law and Justice won 235 seats in 2023.", LAW_AND_JUSTICE, id="law-and-justice"),
    ],
)
def test_b1_twin_a_name_holding_and_is_refuted_by_its_own_count(body: str, doc: Document) -> None:
    found = _judged(body, [doc], ("quantity",))
    assert set(found.values()) == {Verdict.CONTRADICTED}, found


# fixb37's mend of B1 (`measured.held_jointly` asked with the claim's subject and the pages' titles): a name written
# with '&' where the page writes 'and' is one body too; the clause judge reads the name from the page's title, where
# extraction gives the clause a part of it ('Justice').
def test_b1_a_name_written_with_an_ampersand_is_the_page_written_with_and() -> None:
    found = _judged("Marks & Spencer employs about 64,000 people.", [MARKS], ("quantity",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


def test_b1_the_clause_of_a_name_holding_and_keeps_its_pages_support() -> None:
    body = "Law and Justice won 194 seats in 2023."
    found = [(c.subject, v) for c, v in judged_body(body, [LAW_AND_JUSTICE], AS_OF) if c.kind == "clause"]
    assert ("Justice", Verdict.SUPPORTED) in found, found
    assert Verdict.CONTRADICTED not in {v for _, v in found}, found


# B2 (s37-fsa37 84d63864, `measured.held_jointly`; support lost and refutation lost): a couple's children are read as a
# bloc's figure, held by neither parent: 'Ana Ruiz and her husband Tom Berg have two children.' SUPPORTED on main by
# her page's 'She has two children.', unverified on the branch; 'Ana Ruiz and her husband have three children.'
# CONTRADICTED on main, unverified there. The wire's 'X and his wife have three children' gives each parent the count;
# a couple's children are each one's. A guard: passes on main.
def test_b2_a_couples_children_are_each_parents() -> None:
    found = _judged(
        "Ana Ruiz and her husband Tom Berg have two children.", _ruiz_page("She has two children."), ("quantity",)
    )
    assert set(found.values()) == {Verdict.SUPPORTED}, found


def test_b2_twin_a_couples_wrong_count_is_refuted() -> None:
    found = _judged("Ana Ruiz and her husband have three children.", _ruiz_page("She has two children."), ("quantity",))
    assert set(found.values()) == {Verdict.CONTRADICTED}, found


# R7 (main 2ffa3272, the quantity judge's owner; review36 R2's and R18's kin in the shape of a reported clause or a
# noun phrase): a figure of one plant, the subject of the verb that takes it, is SUPPORTED by the company's whole
# workforce ('It employs about 4,200 people at three plants'): 'Norby Steelworks said its new plant would employ about
# 4,200 people.', 'Norby Steelworks said its Halden plant employs about 4,200 people.', 'The new Norby Steelworks plant
# will employ about 4,200 people.', 'Norby Steelworks will build a plant employing about 4,200 people.' (reading's
# subject: Norby Steelworks). The wire's plant-opening story; one plant is a part, and a new one is not yet counted.
# (mended by s38-fsb38, `measured.of_one_part`)
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Norby Steelworks said its new plant would employ about 4,200 people.", id="said-its-new-plant"),
        pytest.param("Norby Steelworks said its Halden plant employs about 4,200 people.", id="said-its-halden-plant"),
        pytest.param("The new Norby Steelworks plant will employ about 4,200 people.", id="the-new-plant"),
        pytest.param("Norby Steelworks will build a plant employing about 4,200 people.", id="a-plant-employing"),
    ],
)
def test_r7_one_plants_workforce_is_not_the_companys(body: str) -> None:
    _never(Verdict.SUPPORTED, body, [WORKS], ("quantity",))


# R7's twin: a plant with a name of its own (a capitalised head) is the body its page is about, its count its own.
POWER_PLANT = page(
    "Korvik Power Plant",
    "Korvik Power Plant is a coal-fired power station in Norby. It employs about 900 people.",
    SAVED,
)


@pytest.mark.parametrize(
    ("body", "verdict"),
    [
        pytest.param("The Korvik Power Plant employs about 900 people.", Verdict.SUPPORTED, id="its-count"),
        pytest.param("The Korvik Power Plant employs about 1,500 people.", Verdict.CONTRADICTED, id="another-count"),
    ],
)
def test_r7_twin_a_plant_named_so_owns_its_count(body: str, verdict: Verdict) -> None:
    found = _judged(body, [POWER_PLANT], ("quantity",))
    assert set(found.values()) == {verdict}, found


# R8 (main 2ffa3272, the quantity judge's time; review36 R5's kin forward): a figure the subject aims at or will reach
# is SUPPORTED by today's: 'Norby Steelworks will employ about 4,200 people by 2030.', 'Norby Steelworks aims to
# employ about 4,200 people.' (page: 'It employs about 4,200 people'). A target is no count yet; the sums told of a
# coming year ('expects a net profit of 200 million euros in 2024') are already left unverified.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Norby Steelworks will employ about 4,200 people by 2030.", id="will-by-2030"),
        pytest.param("Norby Steelworks aims to employ about 4,200 people.", id="aims-to"),
    ],
)
def test_r8_a_target_is_not_supported_by_todays_count(body: str) -> None:
    _never(Verdict.SUPPORTED, body, [WORKS], ("quantity",))


# R8's twin (mended on s37-fsc37, quantity period.a_target): a deadline already past is no target.
def test_r8_twin_a_count_reached_by_a_past_year_is_supported() -> None:
    found = _judged("Norby Steelworks employed about 4,200 people by 2023.", [WORKS], ("quantity",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


def test_r7_r8_twin_the_companys_own_count_is_supported() -> None:
    found = _judged("Norby Steelworks said it employs about 4,200 people.", [WORKS], ("quantity",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# R9 (main 2ffa3272, the role judge's start of a holding; review25 R2's cause, open there for the clause and date
# kinds, in the role kind; false "contradicted"): 'Ana Ruiz became a member of parliament in 2010.' (also with 'at the
# age of 35') gives the role claim 'Ana Ruiz became a member of parliament', CONTRADICTED by the one seat row ('Member
# of Parliament for Halden', from 2014: "says Ana Ruiz held it from 2014-01-01") though her lead says she was first
# elected to parliament in 2010, for Tarsa. A constituency's row does not bound membership of the house.
# (mended by s37-fcc37, `role.judge.one_seat_of`)
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Ana Ruiz became a member of parliament in 2010.", id="became"),
        pytest.param("Ana Ruiz became a member of parliament in 2010 at the age of 35.", id="at-the-age-of"),
    ],
)
def test_r9_a_seats_row_does_not_refute_entering_the_house(body: str) -> None:
    _never(Verdict.CONTRADICTED, body, [RUIZ], ("role",))


# An invented page whose membership of the house is one row with no seat, from 2016: its years are the house's.
HOUSE = boxed(
    "Eva Holm",
    "Eva Holm (born 1960) is a Norbian politician.",
    [("office", "Member of Parliament"), ("term_start", "2016")],
    SAVED,
)


@pytest.mark.parametrize(
    ("body", "doc"),
    [
        pytest.param("Ana Ruiz became a member of parliament for Halden in 2010.", RUIZ, id="the-seat-named"),
        pytest.param("Eva Holm became a member of parliament in 2010.", HOUSE, id="a-row-of-the-house"),
    ],
)
def test_r9_twin_the_seats_own_row_or_the_houses_refutes_the_year(body: str, doc: Document) -> None:
    found = _judged(body, [doc], ("role",))
    assert set(found.values()) == {Verdict.CONTRADICTED}, found


# Lena Vos's invented page: prime minister twice, 1995-1999 and 2005-2015, no succession rows; Jon Dahl's, whose
# successor in 1995 she was; Eva Holm's, prime minister between her spells (no successor row).
VOS_TWICE = boxed(
    "Lena Vos",
    "Lena Vos (born 1960) is a Norbian politician who was twice Prime Minister of Norby, from 1995 to 1999 and from "
    "2005 to 2015.",
    [
        ("office", "Prime Minister of Norby"),
        ("term_start", "1 May 2005"),
        ("term_end", "1 June 2015"),
        ("office2", "Prime Minister of Norby"),
        ("term_start2", "3 April 1995"),
        ("term_end2", "2 April 1999"),
    ],
    SAVED,
)
DAHL_PM = boxed(
    "Jon Dahl",
    "Jon Dahl (born 1940) is a Norbian politician who was Prime Minister of Norby from 1990 to 1995.",
    [
        ("office", "Prime Minister of Norby"),
        ("term_start", "1990"),
        ("term_end", "3 April 1995"),
        ("successor", "Lena Vos"),
    ],
    SAVED,
)
HOLM_PM = boxed(
    "Eva Holm",
    "Eva Holm (born 1950) is a Norbian politician who was Prime Minister of Norby from 1999 to 2005.",
    [("office", "Prime Minister of Norby"), ("term_start", "2 April 1999"), ("term_end", "1 May 2005")],
    SAVED,
)


# B3 (s37-recall37 259a5c8e, the clause judge's `_another_holder_between`; false "contradicted"): a third holder's
# 'Successor: Lena Vos' is read as the only handover to her, so a holder of two spells apart loses the second one's:
# 'Lena Vos succeeded Eva Holm as prime minister.' (also '... in 2005.', whose clause 'Lena Vos succeeded Eva Holm'
# carries no year) is CONTRADICTED on the branch ("names Lena Vos as successor of Jon Dahl in Prime Minister of Norby,
# not of Eva Holm"), unverified on main. One row naming her successor of one holder says nothing against her
# succeeding another at another time (the wire's Putin after Medvedev, Abe after Noda, Trump after Biden). Merged into
# main at 119d5b73 with the branch; mended by s37-lead 9d63202c (a subject with two spells of the office had other
# handovers), merged at 7ed4fabb's parent: a guard again.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Lena Vos succeeded Eva Holm as prime minister.", id="no-year"),
        pytest.param("Lena Vos succeeded Eva Holm as prime minister in 2005.", id="in-2005"),
        pytest.param("Lena Vos, who succeeded Eva Holm as prime minister, died on Monday.", id="who-succeeded"),
    ],
)
def test_b3_a_second_spells_predecessor_is_not_refuted_by_the_firsts(body: str) -> None:
    _never(Verdict.CONTRADICTED, body, [VOS_TWICE, DAHL_PM, HOLM_PM], ("clause",))


# R10 (main 2ffa3272, the role claim of a title before a name inside 'under' / 'in the government of'; false
# "contradicted"): the head of government a past post was held under is read as holding the title on the article's
# day: 'Ana Ruiz served as finance minister under Prime Minister Ivo Stam.' gives 'Prime Minister Ivo Stam',
# CONTRADICTED by his term's end in 2023 (also 'who served as ... under Prime Minister Ivo Stam', 'was finance
# minister in the government of Prime Minister Ivo Stam'). The title is of the past clause's time, as 'then-' makes it
# (review27 R1); the wire names every former minister's head of government so.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Ana Ruiz served as finance minister under Prime Minister Ivo Stam.", id="served-under"),
        pytest.param("Ana Ruiz, who served as finance minister under Prime Minister Ivo Stam, spoke.", id="who-served"),
        pytest.param(
            "Ana Ruiz was finance minister in the government of Prime Minister Ivo Stam.", id="in-the-government-of"
        ),
    ],
)
def test_r10_the_head_a_past_post_was_held_under_is_not_read_as_today(body: str) -> None:
    _never(Verdict.CONTRADICTED, body, [RUIZ, STAM], ("role",))


# R10's twin (mended by s37-fcc37, `role.status.head_of_a_past_clause`): a post held today under the head ('serves
# ... under') keeps the title of today, refuted by the head's ended term; so does the perfect ('has served ... under').
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Ana Ruiz serves as finance minister under Prime Minister Ivo Stam.", id="serves-under"),
        pytest.param("Ana Ruiz has served as finance minister under Prime Minister Ivo Stam.", id="has-served"),
    ],
)
def test_r10_twin_the_head_a_present_post_is_held_under_is_read_as_today(body: str) -> None:
    found = _judged(body, [RUIZ, STAM], ("role",))
    assert found.get("role: Prime Minister Ivo Stam") == Verdict.CONTRADICTED, found


def test_r10_twin_a_head_still_in_office_is_supported() -> None:
    found = _judged("Ivo Stam served as finance minister under Prime Minister Ana Ruiz.", [RUIZ, STAM], ("role",))
    assert found.get("role: Prime Minister Ana Ruiz") == Verdict.SUPPORTED, found


# R11 (main 2ffa3272, the role judge's past post; false "supported"): the head of government the post was held under is
# unread, so 'Ana Ruiz, who served as finance minister under Prime Minister Lena Vos, spoke.' is SUPPORTED (role 'Ana
# Ruiz, who served as finance minister under Prime Minister Lena Vos') by her finance term of 2022-2023, though Lena
# Vos was prime minister from 2005 to 2015 (her page read too) and Ivo Stam in 2022-2023. 'Under X' dates the post to
# X's spell; a post never held in it is not supported. (Mended by s38-fsa38: `under_head` reads the head in the claim's
# own words after its office, and `served_under` keeps a support only when its row names the head or its term shares a
# day with the head's post on the head's page. The role claim 'Prime Minister Lena Vos' of the same sentence, a past
# holding, stays supported by her premiership: the row asks the post's claim.)
def test_r11_a_post_under_a_head_not_then_in_office_is_not_supported() -> None:
    body = "Ana Ruiz, who served as finance minister under Prime Minister Lena Vos, spoke."
    found = {k: v for k, v in _judged(body, [RUIZ, STAM, VOS], ("role",)).items() if "finance minister" in k}
    assert found, "no claim of the post extracted"
    assert Verdict.SUPPORTED not in found.values(), found


def test_r11_twin_the_post_under_the_head_then_in_office_is_supported() -> None:
    body = "Ana Ruiz, who served as finance minister under Prime Minister Ivo Stam, spoke."
    found = _judged(body, [RUIZ, STAM, VOS], ("role",))
    assert found.get(f"role: {body.removesuffix(', spoke.')}") == Verdict.SUPPORTED, found


# Invented pages of a married couple sharing a surname, each arrested in 2019 (so the arrest tells whose page it is).
JON_DAHL = page("Jon Dahl", "Jon Dahl (born 1970) is a Norbian banker. In 2019 he was arrested for fraud.", SAVED)
EVA_DAHL = page("Eva Dahl", "Eva Dahl (born 1972) is a Norbian lawyer. In 2019 she was arrested for fraud.", SAVED)


# R12 (main 2ffa3272, extraction's reference of an honorific and a surname, and the clause judge's page of a surname;
# s37-lead 45e879ac `names.without_title` now resolves 'Mrs Dahl' and 'Ms Dahl' to Jon Dahl outright): a gendered
# honorific ('Mr', 'Mrs', 'Ms') before a surname two people of the story share is given to the wrong one: 'Jon Dahl and
# his wife Eva Dahl met Prime Minister Ana Ruiz on Monday. Mrs Dahl was arrested in 2019.' is SUPPORTED by Jon Dahl's
# arrest; 'Jon Dahl met his daughter Lena Dahl on Monday. Ms Dahl was arrested in 2019.' too; 'Eva Dahl and her
# husband Jon Dahl met ... Mr Dahl was arrested in 2019.' gives 'Mr Dahl' the subject Eva Dahl, SUPPORTED by her
# arrest. British and Commonwealth copy names a couple so; 'Mrs' and 'Ms' are never the husband, 'Mr' never the wife.
@pytest.mark.parametrize(
    ("body", "docs"),
    [
        pytest.param(
            "Jon Dahl and his wife Eva Dahl met Prime Minister Ana Ruiz on Monday. Mrs Dahl was arrested in 2019.",
            [JON_DAHL, RUIZ],
            id="mrs-is-not-the-husband",
        ),
        pytest.param(
            "Jon Dahl met his daughter Lena Dahl on Monday. Ms Dahl was arrested in 2019.",
            [JON_DAHL],
            id="ms-is-not-the-father",
        ),
        pytest.param(
            "Eva Dahl and her husband Jon Dahl met Prime Minister Ana Ruiz on Monday. Mr Dahl was arrested in 2019.",
            [EVA_DAHL, RUIZ],
            id="mr-is-not-the-wife",
        ),
    ],
)
def test_r12_a_gendered_honorific_names_the_spouse_of_its_sex(body: str, docs: list[Document]) -> None:
    found = {k: v for k, v in _judged(body, docs, ("clause",)).items() if "arrested" in k}
    assert found, "no claim extracted"
    assert Verdict.SUPPORTED not in found.values(), found


def test_r12_twin_mr_is_the_husband() -> None:
    body = "Jon Dahl and his wife Eva Dahl met Prime Minister Ana Ruiz on Monday. Mr Dahl was arrested in 2019."
    found = {k: v for k, v in _judged(body, [JON_DAHL, RUIZ], ("clause",)).items() if "arrested" in k}
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# Korvik Bank's invented page giving its pre-tax profit (the net figure untold).
PRE_TAX = page(
    "Korvik Bank",
    "Korvik Bank is a Norbian bank founded in 1995. In 2023 it had revenue of 1.2 billion euros and a pre-tax profit "
    "of 200 million euros.",
    SAVED,
)


# R13 (main 2ffa3272, the quantity judge's measure: judging.toml `measured_generic` holds 'net' and 'gross', and
# 'pre-tax' / 'operating' are read as no word of the measure): one line of a bank's results supports another: 'Korvik
# Bank made a pre-tax profit of 200 million euros in 2023.', '... an operating profit ...', '... a gross profit ...'
# SUPPORTED by 'a net profit of 200 million euros'; 'Korvik Bank made a net profit of 200 million euros in 2023.' by
# 'a pre-tax profit of 200 million euros'. Pre-tax, operating and net profit are different lines of the same accounts
# (business copy's commonest slip after revenue for profit, review31 R18); a bare 'profit' may be any of them.
@pytest.mark.parametrize(
    ("body", "doc"),
    [
        pytest.param("Korvik Bank made a pre-tax profit of 200 million euros in 2023.", BANK_RESULTS, id="pre-tax"),
        pytest.param(
            "Korvik Bank made an operating profit of 200 million euros in 2023.", BANK_RESULTS, id="operating"
        ),
        pytest.param("Korvik Bank made a gross profit of 200 million euros in 2023.", BANK_RESULTS, id="gross"),
        pytest.param("Korvik Bank made a net profit of 200 million euros in 2023.", PRE_TAX, id="net-by-pre-tax"),
    ],
)
def test_r13_one_line_of_the_accounts_does_not_support_another(body: str, doc: Document) -> None:
    _never(Verdict.SUPPORTED, body, [doc], ("quantity",))


@pytest.mark.parametrize(
    ("body", "doc"),
    [
        pytest.param("Korvik Bank made a net profit of 200 million euros in 2023.", BANK_RESULTS, id="net"),
        pytest.param("Korvik Bank made a pre-tax profit of 200 million euros in 2023.", PRE_TAX, id="pre-tax"),
        pytest.param("Korvik Bank made a profit of 200 million euros in 2023.", BANK_RESULTS, id="bare-profit"),
    ],
)
def test_r13_twin_the_same_line_is_supported(body: str, doc: Document) -> None:
    found = _judged(body, [doc], ("quantity",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# R14 (main 2ffa3272, the quote judge's denial words; review36's 'rejected', 'denied' and 'would not' are read): the
# words on the speaker's page are told as NOT said, by a verb of refusing or avoiding or by 'never', and SUPPORT her
# having said them: 'Ana Ruiz said the reform was "a mistake".' is SUPPORTED by 'In 2019 she declined to say whether
# the reform was "a mistake".', '... refused to call the reform "a mistake".', '... stopped short of calling ...',
# '... avoided calling ...', '... never called the reform "a mistake".' The wire's commonest way to report a
# politician's evasion.
# Mended by the thirty-eighth session's lead (judging.toml quote.refusing_verbs above the verb of saying).


@pytest.mark.parametrize(
    "said",
    [
        pytest.param('In 2019 she declined to say whether the reform was "a mistake".', id="declined-to-say"),
        pytest.param('In 2019 she refused to call the reform "a mistake".', id="refused-to-call"),
        pytest.param('In 2019 she stopped short of calling the reform "a mistake".', id="stopped-short-of"),
        pytest.param('In 2019 she avoided calling the reform "a mistake".', id="avoided-calling"),
        # mended by s37-fsb37 1a6bbdf4 (an object predicate climbed to its verb's 'never'); B6 below keeps a 'never'
        # of holding back from reading so
        pytest.param('In 2019 she never called the reform "a mistake".', id="never-called"),
    ],
)
def test_r14_words_she_would_not_say_are_not_hers(said: str) -> None:
    _never(Verdict.SUPPORTED, 'Ana Ruiz said the reform was "a mistake".', _ruiz_page(said), ("quote",))


# R15 (main 2ffa3272, extraction's subject of a definite description of a thing; review36 R15's kin for bodies, not
# reached by s37-ext37a d04aa016 `References.of_its_sort`): 'The company' after 'Korvik Bank said on Monday it would
# buy Norby Steelworks, a steel company.' is given to the previous sentence's subject, the bank, though the article
# called the steelworks 'a steel company' just before: 'The company was founded in 1995.' is SUPPORTED by the bank's
# founding and the true 'The company was founded in 1921.' CONTRADICTED; '..., a rival firm. The firm was founded in
# 1921.' CONTRADICTED too. The takeover story's shape; a description points back at what the article called by it.
# (mended by s38-fcc38, `reference._body_beside`: the recogniser had read 'Norby Steelworks' as a person's name)
TAKEOVER = "Korvik Bank said on Monday it would buy Norby Steelworks"


@pytest.mark.parametrize(
    ("body", "wrong"),
    [
        pytest.param(
            f"{TAKEOVER}, a steel company. The company was founded in 1995.",
            Verdict.SUPPORTED,
            id="company-founded-1995-supported",
        ),
        pytest.param(
            f"{TAKEOVER}, a steel company. The company was founded in 1921.",
            Verdict.CONTRADICTED,
            id="company-founded-1921-refuted",
        ),
        pytest.param(
            f"{TAKEOVER}, a rival firm. The firm was founded in 1921.",
            Verdict.CONTRADICTED,
            id="firm-founded-1921-refuted",
        ),
        pytest.param(  # a body's noun no sort of thing has ('company' is one, lead48)
            f"{TAKEOVER}, a regional broadcaster. The broadcaster was founded in 1995.",
            Verdict.SUPPORTED,
            id="broadcaster-founded-1995-supported",
        ),
    ],
)
def test_r15_a_description_of_a_body_points_back_at_the_one_called_so(body: str, wrong: Verdict) -> None:
    found = {k: v for k, v in _judged(body, [BANK_RESULTS, WORKS], ("clause",)).items() if "founded" in k}
    assert found, "no claim extracted"
    assert wrong not in found.values(), found


# R16 (main 2ffa3272, the clause judge's age through `duration.judge.age_findings`; false "contradicted"): a private
# person the story describes by a calling no page of the name gives ('a nurse from Halden', 'a local farmer') is judged
# on the page of the public namesake: 'Ana Ruiz, 25, a nurse from Halden, was injured in the blast.' gives 'Ana Ruiz,
# 25', CONTRADICTED by the prime minister's birth date (also 'Ana Ruiz, a 25-year-old nurse, was injured ...', 'Ivo
# Stam, 31, a local farmer, told reporters ...'). Victims and witnesses share names with politicians in every
# disaster story; a calling the page's subject never had says the page is another person's.
# (mended by s37-fcc37, `duration.judge.apposed_calling`)
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Ana Ruiz, 25, a nurse from Halden, was injured in the blast.", id="nurse-apposed"),
        pytest.param("Ana Ruiz, a 25-year-old nurse, was injured in the blast.", id="25-year-old-nurse"),
        pytest.param("Ivo Stam, 31, a local farmer, told reporters the flood had destroyed his crops.", id="farmer"),
    ],
)
def test_r16_a_private_namesakes_age_is_not_refuted_by_the_politicians_page(body: str) -> None:
    _never(Verdict.CONTRADICTED, body, [RUIZ, STAM], ("clause",))


def test_r16_twin_the_politicians_own_age_is_supported() -> None:
    found = _judged("Prime Minister Ana Ruiz, 49, spoke on Monday.", [RUIZ, STAM], ("clause",))
    assert Verdict.SUPPORTED in found.values(), found


# An invented page of a nurse: a calling the page gives keeps it the person's, so a wrong age is refuted.
NURSE = page("Eva Holm", "Eva Holm (born 1990) is a Norbian nurse who survived the Halden blast of 2023.", SAVED)


@pytest.mark.parametrize(
    ("body", "docs", "expected"),
    [
        pytest.param(
            "Ana Ruiz, 25, a Norbian politician, spoke on Monday.", [RUIZ], Verdict.CONTRADICTED, id="no-calling"
        ),
        pytest.param(
            "Eva Holm, 25, a nurse from Halden, was injured in the blast.",
            [NURSE],
            Verdict.CONTRADICTED,
            id="a-calling-the-page-gives",
        ),
        pytest.param(
            "Ana Ruiz, 49, and Jon Dahl, a local farmer, met on Monday.",
            [RUIZ],
            Verdict.SUPPORTED,
            id="another-persons-calling",
        ),
    ],
)
def test_r16_twin_an_age_without_a_calling_the_page_lacks_is_judged(
    body: str, docs: list[Document], expected: Verdict
) -> None:
    found = _judged(body, docs, ("clause",))
    assert expected in found.values(), found


NATO_DAY = dt.date(2025, 8, 20)  # the seed article's day


# R17 (main 2ffa3272, the quantity judge's count of a part by place; review36 R2's cause, on the seed's stored page):
# NATO's lead, '... an intergovernmental military alliance of 32 member states—30 European and 2 North American.', is
# read as one whole whatever part the claim counts: "NATO's 32 European members met on Monday." and 'NATO has 32
# members in Europe.' are SUPPORTED by the 32; the true 'All 30 European NATO members met on Monday.' and 'NATO has two
# North American members.' are CONTRADICTED by it. The page's breakdown gives each part its count; a count qualified by
# a place is the part's.


@pytest.mark.parametrize(
    ("body", "wrong"),
    [
        # mended by s38-fsb38 (`measured.place_adjectives`: the page's breakdown by the adjective is the part's count)
        pytest.param("NATO's 32 European members met on Monday.", Verdict.SUPPORTED, id="32-european-supported"),
        # mended by s37-fsa37 2d6d7bf6 (the place a figure is set in, named on the page); kept by fixb37's B4 reading
        pytest.param("NATO has 32 members in Europe.", Verdict.SUPPORTED, id="32-in-europe-supported"),
        pytest.param("All 30 European NATO members met on Monday.", Verdict.CONTRADICTED, id="30-european-refuted"),
        pytest.param("NATO has two North American members.", Verdict.CONTRADICTED, id="two-north-american-refuted"),
    ],
)
def test_r17_a_count_of_a_part_by_place_is_the_parts(pages, body: str, wrong: Verdict) -> None:
    found = _judged(body, pages("NATO"), ("quantity",), day=NATO_DAY)
    assert found, "no claim extracted"
    assert wrong not in found.values(), found


def test_r17_twin_the_whole_count_is_supported(pages) -> None:
    found = _judged("NATO has 32 member states.", pages("NATO"), ("quantity",), day=NATO_DAY)
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# R17's twins: the part told by the adjective is read against the page's breakdown, its count supported, another one
# refuted.
@pytest.mark.parametrize(
    ("body", "verdict"),
    [
        pytest.param("All 30 European NATO members met on Monday.", Verdict.SUPPORTED, id="all-30-european"),
        pytest.param("NATO has two North American members.", Verdict.SUPPORTED, id="two-north-american"),
        pytest.param("NATO has 31 European members.", Verdict.CONTRADICTED, id="31-european"),
        pytest.param("NATO has three North American members.", Verdict.CONTRADICTED, id="three-north-american"),
    ],
)
def test_r17_twin_a_part_by_place_is_read_against_the_breakdown(pages, body: str, verdict: Verdict) -> None:
    found = _judged(body, pages("NATO"), ("quantity",), day=NATO_DAY)
    assert set(found.values()) == {verdict}, found


# An invented alliance's page telling its whole in one sentence and its breakdown by adjective in the next: the whole
# neither supports nor refutes a part's count.
PACT = page(
    "Korvik Pact",
    "The Korvik Pact is a military alliance of 12 member states. Its members are 10 European and 2 North American "
    "countries.",
    SAVED,
)


@pytest.mark.parametrize(
    ("body", "wrong"),
    [
        pytest.param("The Korvik Pact has 10 European members.", Verdict.CONTRADICTED, id="10-european"),
        pytest.param("The Korvik Pact has 12 European members.", Verdict.SUPPORTED, id="12-european"),
    ],
)
def test_r17_twin_the_whole_beside_its_breakdown_is_no_parts_count(body: str, wrong: Verdict) -> None:
    _never(wrong, body, [PACT], ("quantity",))


# B4 (s37-fsa37 2d6d7bf6, the quantity judge's `_of_its_place`; support lost): a place the claim sets its figure in
# must be named on the page by its own words or a country's names, so a continent told by its adjective ('30 European
# and 2 North American') is not named, and the whole told in the places that together hold it loses its support:
# "NATO's 32 members in North America and Europe met on Monday." and "... across Europe and North America ..."
# SUPPORTED on main, unverified on the branch. A guard: passes on main.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("NATO's 32 members in North America and Europe met on Monday.", id="in"),
        pytest.param("NATO's 32 members across Europe and North America met on Monday.", id="across"),
    ],
)
def test_b4_the_whole_told_in_the_places_that_hold_it_keeps_its_support(pages, body: str) -> None:
    found = _judged(body, pages("NATO"), ("quantity",), day=NATO_DAY)
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# B6 (s37-fsb37 1a6bbdf4, the quote judge's negation climbed from an object predicate to its verb's 'never'; support
# lost): a 'never' of a verb of hesitating, tiring, stopping or wavering affirms the words it governs, as 'did not
# hesitate to call' does (review36's reading, kept): 'Ana Ruiz called the deal "a disaster".' SUPPORTED on main by 'She
# never hesitated to call the deal "a disaster".', 'She never tired of calling ...', 'She never stopped calling ...',
# 'She has never wavered in calling ...'; unverified on the branch. A guard: passes on main.
@pytest.mark.parametrize(
    "said",
    [
        pytest.param('She never hesitated to call the deal "a disaster".', id="never-hesitated"),
        pytest.param('She never tired of calling the deal "a disaster".', id="never-tired-of"),
        pytest.param('She never stopped calling the deal "a disaster".', id="never-stopped"),
        pytest.param('She has never wavered in calling the deal "a disaster".', id="never-wavered"),
    ],
)
def test_b6_a_never_that_affirms_keeps_the_words_hers(said: str) -> None:
    found = _judged('Ana Ruiz called the deal "a disaster".', _ruiz_page(said), ("quote",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# fixb37's mend of B6 (nonfactual.toml [negation] restraint_verbs, read by verify/nlp/negation.py `denied_above`): a
# 'not' or 'never' of a verb of holding back affirms the words below it, whichever the denial and the verb; it still
# denies the words when the verb is among them ('would never "stop fighting for Norby"' is no quote of 'would "stop
# fighting for Norby"').
@pytest.mark.parametrize(
    "said",
    [
        pytest.param('She did not hesitate to call the deal "a disaster".', id="did-not-hesitate"),
        pytest.param('She never shied away from calling the deal "a disaster".', id="never-shied-away"),
        pytest.param('She never ceased calling the deal "a disaster".', id="never-ceased"),
    ],
)
def test_b6_a_denied_holding_back_affirms_the_words(said: str) -> None:
    found = _judged('Ana Ruiz called the deal "a disaster".', _ruiz_page(said), ("quote",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


def test_b6_twin_a_denied_holding_back_among_the_words_denies_them() -> None:
    body = 'Ana Ruiz said she would never, in any circumstances, "stop fighting for Norby".'
    _never(Verdict.SUPPORTED, body, _ruiz_page('In 2023 she said she would "stop fighting for Norby".'), ("quote",))


# R18 (main 2ffa3272, the quantity judge's measure of a sum; review31 R18's kin with a verb in place of a noun): a sum
# of money the claim gives by a verb of another deed ('was fined', 'paid ... in dividends', 'set aside', 'raised',
# 'invested') is SUPPORTED by the page's revenue or profit of the same amount and year ('In 2023 it had revenue of 1.2
# billion euros and a net profit of 200 million euros'): 'Korvik Bank was fined 200 million euros in 2023.', 'Korvik
# Bank paid 200 million euros in dividends in 2023.', 'Korvik Bank set aside 200 million euros in 2023.', 'Korvik Bank
# raised 200 million euros in 2023.', 'Korvik Bank invested 1.2 billion euros in 2023.' A sum is of what was done with
# it; the same figure of another deed states nothing ('lost', 'made a loss' are already left unverified).
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Korvik Bank was fined 200 million euros in 2023.", id="fined"),
        pytest.param("Korvik Bank paid 200 million euros in dividends in 2023.", id="dividends"),
        pytest.param("Korvik Bank set aside 200 million euros in 2023.", id="set-aside"),
        pytest.param("Korvik Bank raised 200 million euros in 2023.", id="raised"),
        pytest.param("Korvik Bank invested 1.2 billion euros in 2023.", id="invested"),
    ],
)
def test_r18_a_sum_of_another_deed_is_not_supported_by_revenue_or_profit(body: str) -> None:
    _never(Verdict.SUPPORTED, body, [BANK_RESULTS], ("quantity",))


# R18's twin (mended, s37-fsc37: judging.toml earned_measures, earning_verbs): a sum taken by a verb of earning or
# holding it is the page's revenue or profit of that sum.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Korvik Bank earned 200 million euros in 2023.", id="earned"),
        pytest.param("Korvik Bank made 200 million euros in 2023.", id="made"),
        pytest.param("Korvik Bank generated 1.2 billion euros in 2023.", id="generated"),
    ],
)
def test_r18_twin_a_sum_earned_is_supported_by_revenue_or_profit(body: str) -> None:
    found = _judged(body, [BANK_RESULTS], ("quantity",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# R19 (main 2ffa3272, the quantity judge's contest or chamber of a seat count; not mended by s37-fsa37's place reading):
# seats the claim gives in another contest or body than the page's general election are SUPPORTED by its 61: 'The
# Norby Party won 61 seats in the 2023 local elections.' (also 'municipal', 'regional', 'European Parliament
# election'), '... in the Senate in 2023.', '... in the upper house ...', '... on Halden city council in 2023.' (page:
# 'In the 2023 election it won 61 seats'). A year holds many elections and a parliament two chambers; seats of one
# are not seats of another.
# (mended by s38-fsb38, `measured.contest_named`: judging.toml [quantity] other_contests)
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("The Norby Party won 61 seats in the 2023 local elections.", id="local"),
        pytest.param("The Norby Party won 61 seats in the 2023 regional elections.", id="regional"),
        pytest.param("The Norby Party won 61 seats in the 2023 European Parliament election.", id="european"),
        pytest.param("The Norby Party won 61 seats in the Senate in 2023.", id="senate"),
        pytest.param("The Norby Party won 61 seats on Halden city council in 2023.", id="city-council"),
    ],
)
def test_r19_seats_in_another_contest_or_chamber_are_not_supported(body: str) -> None:
    _never(Verdict.SUPPORTED, body, [PARTY], ("quantity",))


def test_r19_twin_seats_in_the_general_election_are_supported() -> None:
    found = _judged("The Norby Party won 61 seats in the 2023 election.", [PARTY], ("quantity",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# R19's twins: a page telling the same contest's seats states or refutes them; the general election's count refutes no
# other contest's.
LOCAL_SEATS = page(
    "Norby Party",
    "The Norby Party is a centre-right political party in Norby. In the 2023 local elections it won 412 seats.",
    SAVED,
)


@pytest.mark.parametrize(
    ("body", "doc", "verdict"),
    [
        pytest.param(
            "The Norby Party won 412 seats in the 2023 local elections.", LOCAL_SEATS, Verdict.SUPPORTED, id="same"
        ),
        pytest.param(
            "The Norby Party won 300 seats in the 2023 local elections.", LOCAL_SEATS, Verdict.CONTRADICTED, id="wrong"
        ),
        pytest.param(
            "The Norby Party won 300 seats in the 2023 local elections.", PARTY, Verdict.UNVERIFIED, id="by-the-general"
        ),
    ],
)
def test_r19_twin_a_contests_seats_are_read_against_the_same_contest(
    body: str, doc: Document, verdict: Verdict
) -> None:
    found = _judged(body, [doc], ("quantity",))
    assert set(found.values()) == {verdict}, found


# R19's twin: a figure not won in a contest (a workforce) names no contest by its words ('according to the city
# council', 'from the local area'): the body's own count supports it.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Norby Steelworks employs about 4,200 people, according to the city council.", id="according-to"),
        pytest.param("Norby Steelworks employs about 4,200 people from the local area.", id="from-the-local-area"),
    ],
)
def test_r19_twin_a_figure_not_won_names_no_contest(body: str) -> None:
    found = _judged(body, [WORKS], ("quantity",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# B7 (s37-fsb37 794032c3, the quote judge's denying verbs: 'dismiss' and 'accuse' added; support lost): words the
# speaker dismisses something AS, or accuses someone OF, are her own words: 'Ana Ruiz called the plan "a disaster".'
# SUPPORTED on main by 'In 2023 she dismissed the plan as "a disaster".', 'Ana Ruiz said Ivo Stam was "lying to the
# nation".' by 'In 2023 she accused Ivo Stam of "lying to the nation".'; unverified on the branch. Only the passive
# ('she was accused of ...', R3) makes her their object; 'dismissed the claims that ...' would deny them. A guard:
# passes on main.
@pytest.mark.parametrize(
    ("body", "said"),
    [
        pytest.param(
            'Ana Ruiz called the plan "a disaster".',
            'In 2023 she dismissed the plan as "a disaster".',
            id="dismissed-as",
        ),
        pytest.param(
            'Ana Ruiz said Ivo Stam was "lying to the nation".',
            'In 2023 she accused Ivo Stam of "lying to the nation".',
            id="accused-of",
        ),
    ],
)
def test_b7_words_she_dismisses_as_or_accuses_of_are_hers(body: str, said: str) -> None:
    found = _judged(body, _ruiz_page(said), ("quote",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# fixb37's mend of B7 (verify/kinds/quote/judge.py `_its_subjects_words`, judging.toml accusing_verbs): what she
# rejects something AS is hers as what she dismisses it as; a denying verb above her own accusation still denies it.
def test_b7_words_she_rejects_as_are_hers() -> None:
    said = 'In 2023 she rejected the plan as "a disaster".'
    found = _judged('Ana Ruiz called the plan "a disaster".', _ruiz_page(said), ("quote",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


def test_b7_twin_an_accusation_she_denied_making_is_not_hers() -> None:
    said = 'In 2023 she denied accusing Ivo Stam of "lying to the nation".'
    _never(Verdict.SUPPORTED, 'Ana Ruiz said Ivo Stam was "lying to the nation".', _ruiz_page(said), ("quote",))


# B8 (s37-fsa37 b5a958a4, the quantity judge's rate of a figure, judging.toml rate_periods; support lost): 'a day'
# opening a time apposed to the deed ('..., a day after a smaller tremor') is read as the figure's rate, so a one-off
# toll loses its support: 'The Korvik earthquake killed 312 people, a day after a smaller tremor.' SUPPORTED on main by
# '..., killing 312 people and injuring more than 2,000', unverified on the branch ('..., a month after ...' and 'a day
# before the election' keep it). A rate is 'a day' after the figure's noun with no 'after'/'before' of its own. A
# guard: passes on main.
def test_b8_a_day_after_is_no_rate() -> None:
    body = "The Korvik earthquake killed 312 people, a day after a smaller tremor."
    found = _judged(body, [QUAKE_TOLL], ("quantity",), day=QUAKE_WEEK)
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# R20 (main 2ffa3272, the quantity judge's time of a flow; review36 R10's kin the other way): a total the claim counts
# since a year ('has produced ... since 2022', 'since the start of 2022', 'has made a net profit of ... since 2023')
# is SUPPORTED by the page's figure of that one year ('In 2022 it produced 1.8 million tonnes of steel'; 'In 2023 it
# had ... a net profit of 200 million euros'), though the claim's total runs on to the article's day, a year or more
# later. A flow summed since a year is no one year's figure.
@pytest.mark.parametrize(
    ("body", "doc", "day"),
    [
        pytest.param(
            "Norby Steelworks has produced 1.8 million tonnes of steel since 2022.",
            WORKS,
            dt.date(2024, 2, 1),
            id="produced-since",
        ),
        pytest.param(
            "Norby Steelworks has produced 1.8 million tonnes of steel since the start of 2022.",
            WORKS,
            dt.date(2024, 2, 1),
            id="since-the-start-of",
        ),
        pytest.param(
            "Korvik Bank has made a net profit of 200 million euros since 2023.",
            BANK_RESULTS,
            dt.date(2024, 9, 1),
            id="profit-since",
        ),
    ],
)
def test_r20_a_total_since_a_year_is_not_that_years_figure(body: str, doc: Document, day: dt.date) -> None:
    _never(Verdict.SUPPORTED, body, [doc], ("quantity",), day=day)


# R20's twin (mended on s37-fsc37, quantity period.since_a_year): a page counting the same total from the same year
# supports it.
SINCE_2022 = page(
    "Norby Steelworks",
    "Norby Steelworks is a Norbian steel company founded in 1921. Since 2022 it has produced 1.8 million tonnes of "
    "steel.",
    SAVED,
)


def test_r20_twin_a_total_since_the_same_year_is_supported() -> None:
    body = "Norby Steelworks has produced 1.8 million tonnes of steel since 2022."
    found = _judged(body, [SINCE_2022], ("quantity",), day=dt.date(2024, 2, 1))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


def test_r20_twin_the_years_own_figure_is_supported() -> None:
    body = "Norby Steelworks produced 1.8 million tonnes of steel in 2022."
    found = _judged(body, [WORKS], ("quantity",), day=dt.date(2024, 2, 1))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# Jon Dahl's invented page: charged with fraud in 2019, acquitted in 2021 (never jailed).
CHARGED = page(
    "Jon Dahl",
    "Jon Dahl (born 1970) is a Norbian banker. In 2019 he was charged with fraud; he was acquitted in 2021.",
    SAVED,
)


# R21 (main 2ffa3272, the clause judge's deed in a relative clause): the deed a 'who was ...' clause tells is judged
# without its verb, so 'Jon Dahl, who was jailed for fraud in 2019, spoke on Monday.' gives 'jailed for fraud in 2019',
# SUPPORTED ("states it") by 'In 2019 he was charged with fraud; he was acquitted in 2021.'; also 'who was imprisoned
# for fraud in 2019' and 'who was arrested for fraud in 2019'. The same deed as a main clause ('Jon Dahl was jailed for
# fraud in 2019.') is unverified. Jailed, charged and arrested are three steps of a case, and telling the wrong one is
# the wire's costliest slip.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Jon Dahl, who was jailed for fraud in 2019, spoke on Monday.", id="jailed"),
        pytest.param("Jon Dahl, who was imprisoned for fraud in 2019, spoke on Monday.", id="imprisoned"),
        pytest.param("Jon Dahl, who was arrested for fraud in 2019, spoke on Monday.", id="arrested"),
    ],
)
def test_r21_a_relative_clauses_deed_is_asked_its_verb(body: str) -> None:
    _never(Verdict.SUPPORTED, body, [CHARGED], ("clause",))


def test_r21_twin_the_deed_the_page_tells_is_supported() -> None:
    found = _judged("Jon Dahl, who was charged with fraud in 2019, spoke on Monday.", [CHARGED], ("clause",))
    assert Verdict.SUPPORTED in found.values(), found


# R22 (main 2ffa3272, the quote judge's speaker before the speech verb, `_SUBJECT_BEFORE`'s 'other' branch; support
# lost): 'her' and a noun set before the subject pronoun ('In her speech she called ...') are read as a speaker
# described through her ('her predecessor said'), so the page's person's own words lose their support: 'Ana Ruiz called
# the deal "a disaster".' is unverified against 'In her speech she called the deal "a disaster".', 'In her book she
# called ...', 'In her memoirs she called ...' ("does not name Ana Ruiz as saying it"); with three words ('In her
# resignation speech she called ...') or a comma it is SUPPORTED. The pronoun after the phrase is the speaker.
@pytest.mark.parametrize(
    "said",
    [
        pytest.param('In her speech she called the deal "a disaster".', id="her-speech"),
        pytest.param('In her book she called the deal "a disaster".', id="her-book"),
        pytest.param('In her memoirs she called the deal "a disaster".', id="her-memoirs"),
    ],
)
def test_r22_her_own_words_in_her_speech_are_hers(said: str) -> None:
    found = _judged('Ana Ruiz called the deal "a disaster".', _ruiz_page(said), ("quote",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


def test_r22_twin_a_longer_phrase_keeps_the_support() -> None:
    said = 'In her resignation speech she called the deal "a disaster".'
    found = _judged('Ana Ruiz called the deal "a disaster".', _ruiz_page(said), ("quote",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# R23 (main 2ffa3272, the duration claim's owner: a definite description pointing back; review36 R15's kin in the
# duration kind, not mended by s37-ext37b d7e3946e's age reading): 'Ana Ruiz met Ivo Stam on Monday. The 73-year-old
# was prime minister for nearly eight years.' gives the length to Ana Ruiz (the sentence before's subject), CONTRADICTED
# by her term of 0.9 years, though the 73-year-old is Ivo Stam (born 3 March 1950; prime minister June 2015 to February
# 2023, 7.7 years); also 'The former prime minister served for nearly eight years.' A description by age or by a
# former post points back at the one it fits.
@_open("R23 open: 'The 73-year-old' / 'The former prime minister' given the sentence before's subject, refuted by hers")
@pytest.mark.parametrize(
    "second",
    [
        pytest.param("The 73-year-old was prime minister for nearly eight years.", id="the-73-year-old"),
        pytest.param("The former prime minister served for nearly eight years.", id="the-former-prime-minister"),
    ],
)
def test_r23_a_description_of_the_object_owns_the_length(second: str) -> None:
    _never(Verdict.CONTRADICTED, f"Ana Ruiz met Ivo Stam on Monday. {second}", [RUIZ, STAM], ("duration",))


def test_r23_twin_the_named_holder_owns_the_length() -> None:
    body = "Ana Ruiz met Ivo Stam on Monday. Stam was prime minister for nearly eight years."
    found = _judged(body, [RUIZ, STAM], ("duration",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# R24 (main 2ffa3272, the role judge's time of a post told in a 'when'/'while' clause): the year of the main clause
# dates the post the 'when' clause gives, but the role claim 'she was finance minister' is judged with no time and
# SUPPORTED by her finance term of 2022-2023: 'Ana Ruiz signed the deal in 2019, when she was finance minister.' (also
# 'while she was', 'Ana Ruiz met Ivo Stam in 2019, when she was finance minister.'). 'Ana Ruiz, then finance minister'
# with 2019 is already unverified; the 'when' clause is the wire's other way of writing 'then'. (Mended by s38-fsa38:
# `_told_when` reads judging.toml's role time_clauses before the claim's words, as `_held_then` reads 'then'.)
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Ana Ruiz signed the deal in 2019, when she was finance minister.", id="when"),
        pytest.param("Ana Ruiz signed the deal in 2019, while she was finance minister.", id="while"),
        pytest.param("Ana Ruiz met Ivo Stam in 2019, when she was finance minister.", id="met-when"),
    ],
)
def test_r24_a_post_told_when_is_of_the_sentences_year(body: str) -> None:
    _never(Verdict.SUPPORTED, body, [RUIZ, STAM], ("role",))


def test_r24_twin_a_post_told_when_in_its_term_is_supported() -> None:
    found = _judged("Ana Ruiz signed the deal in 2022, when she was finance minister.", [RUIZ, STAM], ("role",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found
