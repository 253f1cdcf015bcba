"""Findings of review31 (session 31), as rows the desk would meet: a true sentence and, where it helps, its
one-fact-false twin, extracted from an invented article and judged against invented pages
(`tests/support/judging.py`) with the fields extraction gives its words. R-items are strict xfails for what is
open on main; a B-item (a regression found on a branch) is a plain test that passes on main, or a strict xfail naming
the branch. The list with its status is /work/briefs31/review31-findings.md."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, page
from tests.support.ruiz import RUIZ
from tests.test_review26 import SAVED, _judged, _never, _open  # the same reading of rows as review26's
from tests.test_review27 import PARTY, STAM
from tests.test_review29 import VOS
from verify.app import article_from_text
from verify.extract import extract_claims
from verify.models import Document, Verdict


# R1 (main 3a75074, the role claim of an apposed title with a length of time): the length is cut from the claim and
# the title read as held today, so a past holding told with its length is refuted by its term's end: 'Lena Vos, prime
# minister for a decade, spoke.' (2005-2015) and 'Ana Ruiz, finance minister for a year, presented the budget in
# 2022.' (2022-2023) give the role 'prime minister' / 'finance minister' CONTRADICTED. Both sentences are true.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Lena Vos, prime minister for a decade, spoke.", id="a-decade"),
        pytest.param("Ivo Stam, prime minister for nearly eight years, spoke.", id="nearly-eight-years"),
        pytest.param("Ana Ruiz, finance minister for a year, presented the budget in 2022.", id="a-year"),
        pytest.param("Lena Vos, prime minister in the 2000s, spoke.", id="a-decade-named"),
    ],
)
def test_r1_a_title_with_its_length_is_not_refuted_as_held_today(body: str) -> None:
    _never(Verdict.CONTRADICTED, body, [RUIZ, STAM, VOS], ("role",))


def test_r1_twin_a_title_held_today_with_its_length_is_supported() -> None:
    found = _judged("Ana Ruiz, prime minister for nearly a year, spoke.", [RUIZ, STAM, VOS], ("role",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# R2 (main 3a75074, the quantity judge's count): the count's verb is not asked, so the page's count of another deed
# of the same noun supports it: 'Norby Steelworks laid off 4,200 people in 2023.' is SUPPORTED by 'It employs about
# 4,200 people at three plants.', 'closed three plants' by the same sentence, 'imports steel from 40 countries' by
# 'It exports steel to 40 countries.', and 'The Norby Party lost 52 seats in 2019.' by 'it won 52 of the 150 seats'.
# (review27 R2, open, is the other side: a change 'gained nine seats' refuted by the whole count.) Fixed on s32-fs32:
# the verb that takes each figure, read off the parse on both sides, must agree (verify/kinds/quantity/measured.py).
WORKS_EXPORTS = page(
    "Norby Steelworks",
    "Norby Steelworks is a Norbian steel company founded in 1921. It employs about 4,200 people at three plants. It "
    "exports steel to 40 countries.",
    SAVED,
)


@pytest.mark.parametrize(
    ("body", "doc"),
    [
        pytest.param("Norby Steelworks laid off 4,200 people in 2023.", WORKS_EXPORTS, id="laid-off-employs"),
        pytest.param("Norby Steelworks closed three plants in 2023.", WORKS_EXPORTS, id="closed-has"),
        pytest.param("Norby Steelworks imports steel from 40 countries.", WORKS_EXPORTS, id="imports-exports"),
        pytest.param("The Norby Party lost 52 seats in 2019.", PARTY, id="lost-won"),
    ],
)
def test_r2_a_count_of_another_deed_does_not_support(body: str, doc: Document) -> None:
    _never(Verdict.SUPPORTED, body, [doc], ("quantity",))


@pytest.mark.parametrize(
    ("body", "doc"),
    [
        pytest.param("Norby Steelworks employs 4,200 people.", WORKS_EXPORTS, id="employs"),
        pytest.param("Norby Steelworks exports steel to 40 countries.", WORKS_EXPORTS, id="exports"),
        pytest.param("The Norby Party won 52 seats in 2019.", PARTY, id="won"),
        pytest.param("The Norby Party took 52 seats in 2019.", PARTY, id="took-as-won"),
        pytest.param("Norby Steelworks has three plants.", WORKS_EXPORTS, id="has-at-plants"),
    ],
)
def test_r2_twin_the_count_of_the_same_deed_is_supported(body: str, doc: Document) -> None:
    found = _judged(body, [doc], ("quantity",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# R3 (main 3a75074, the role claim of a relative clause of succession): 'Lena Vos, who preceded Ivo Stam as prime
# minister, spoke.' and 'Lena Vos, who was succeeded by Ivo Stam as prime minister, spoke.' give the role claim of
# the whole relative clause, CONTRADICTED by her term's end (read as held today). Having been succeeded says the
# holding is over: both sentences are true.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Lena Vos, who preceded Ivo Stam as prime minister, spoke.", id="preceded"),
        pytest.param("Lena Vos, who was succeeded by Ivo Stam as prime minister, spoke.", id="was-succeeded-by"),
    ],
)
def test_r3_a_holder_succeeded_is_not_refuted_as_holding_today(body: str) -> None:
    _never(Verdict.CONTRADICTED, body, [RUIZ, STAM, VOS], ("role",))


# B1 (s31-open31 07483ab, the quantity judge's `a_part`): a bare count before the owner's name is read as a part
# whatever its size, so a count LARGER than the whole, which no part can be, is no longer refuted: 'Forty NATO member
# states backed the plan.' and '35 NATO member states signed the declaration.' (32 members) are CONTRADICTED on main
# and unverified on the branch. A guard: passes on main.
NATO_32 = page("NATO", "NATO is a military alliance of 32 member states in Europe and North America.", SAVED)


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Forty NATO member states backed the plan.", id="forty"),
        pytest.param("35 NATO member states signed the declaration.", id="thirty-five"),
    ],
)
def test_b1_a_part_larger_than_the_whole_is_refuted(body: str) -> None:
    found = _judged(body, [NATO_32], ("quantity",))
    assert set(found.values()) == {Verdict.CONTRADICTED}, found


# R4 (main 3a75074, also s31-open31 07483ab; review30 R13's shape after 'of'): 'Leaders of 12 NATO member states met
# in Oslo.' and 'Foreign ministers of 12 NATO member states met in Oslo.' are CONTRADICTED by NATO's 32 members: 'of'
# is one of the words a whole's head count comes after ('an alliance of 32'), so open31's part reading stops there.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Leaders of 12 NATO member states met in Oslo.", id="leaders-of"),
        pytest.param("Foreign ministers of 12 NATO member states met in Oslo.", id="ministers-of"),
    ],
)
def test_r4_some_members_after_of_are_a_part(body: str) -> None:
    _never(Verdict.CONTRADICTED, body, [NATO_32], ("quantity",))


# B2 (s31-way31 ac1fbe3, the role judge's `countries_of_the_post`): an infobox row naming no country is taken as a post
# of the countries the lead's first sentence names, and a 'Chilean-born' there names the birth country only, so a
# Chilean-born minister of Peru, whose page says so in its next sentence, has the true 'Peru's finance minister, Elena
# Soto, spoke.' CONTRADICTED ("gives Elena Soto's post as one of Chile"); main leaves it unverified. A guard: passes on
# main.
SOTO_BORN_ABROAD = boxed(
    "Elena Soto",
    "Elena Soto (born 1970) is a Chilean-born economist and politician. She has been Peru's finance minister since "
    "2022, after moving to Lima in 1995.",
    [("office", "Minister of Economy and Finance"), ("term_start", "11 March 2022")],
    SAVED,
)


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Peru's finance minister, Elena Soto, spoke.", id="possessive"),
        pytest.param("Peruvian Finance Minister Elena Soto spoke.", id="demonym"),
    ],
)
def test_b2_a_birth_country_is_not_the_posts_country(body: str) -> None:
    _never(Verdict.CONTRADICTED, body, [SOTO_BORN_ABROAD], ("role",), dt.date(2024, 6, 1))


# R5 (main 3a75074, also s31-way31 ac1fbe3, the role judge's claimed country): a country the page's lead names only as
# a birthplace supports the office as that country's: 'Chilean Finance Minister Elena Soto spoke.' is SUPPORTED by her
# row 'Minister of Economy and Finance' on a page whose lead says 'born ... in Santiago, Chile' and 'Minister of Economy
# and Finance of Peru'. The post is Peru's; the sentence is false. Fixed by s35-fsa35 (review34 R4's mend: the country
# the lead writes after the post's title is the post's, `role.judge._countries_after_the_title`).
SOTO_OF_PERU = boxed(
    "Elena Soto",
    "Elena Soto (born 12 May 1970 in Santiago, Chile) is an economist who has served as Minister of Economy and "
    "Finance of Peru since 2022.",
    [("office", "Minister of Economy and Finance"), ("term_start", "11 March 2022")],
    SAVED,
)


def test_r5_a_birthplace_is_not_the_posts_country() -> None:
    _never(
        Verdict.SUPPORTED, "Chilean Finance Minister Elena Soto spoke.", [SOTO_OF_PERU], ("role",), dt.date(2024, 6, 1)
    )


def test_r5_twin_the_posts_own_country_is_supported() -> None:
    found = _judged("Peruvian Finance Minister Elena Soto spoke.", [SOTO_OF_PERU], ("role",), dt.date(2024, 6, 1))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


def _head(name: str, office: str) -> Document:
    """An invented person's page whose only infobox row is `office`, held since 2020 (no country in its lead)."""
    return boxed(
        name, f"{name} (born 1960) is a politician.", [("office", office), ("term_start", "1 January 2020")], SAVED
    )


# R6 (main 3a75074, the role judge's post country, countries.toml): 'President of the Republic of China', the
# infobox row Taiwan's presidents carry, is read as a post of China, so the wire's 'Taiwanese President Lai Tan spoke.'
# and "Taiwan's president, Lai Tan, spoke." are CONTRADICTED ("post as one of China"). Both true.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Taiwanese President Lai Tan spoke.", id="demonym"),
        pytest.param("Taiwan's president, Lai Tan, spoke.", id="possessive"),
    ],
)
def test_r6_the_republic_of_china_is_taiwan(body: str) -> None:
    doc = _head("Lai Tan", "President of the Republic of China")
    _never(Verdict.CONTRADICTED, body, [doc], ("role",), dt.date(2024, 6, 1))


# R7 (main 3a75074, countries.toml): 'Congolese' and "Congo's" are forms of the Democratic Republic of the Congo only,
# so the president of the Republic of the Congo (Brazzaville), row 'President of the Republic of the Congo', has the
# true 'Congolese President Ana Sassou spoke.' and "Congo's president, Ana Sassou, spoke." CONTRADICTED. The demonym is
# both countries'; the DRC's twin is supported and stays so.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Congolese President Ana Sassou spoke.", id="demonym"),
        pytest.param("Congo's president, Ana Sassou, spoke.", id="possessive"),
    ],
)
def test_r7_congolese_is_both_congos(body: str) -> None:
    doc = _head("Ana Sassou", "President of the Republic of the Congo")
    _never(Verdict.CONTRADICTED, body, [doc], ("role",), dt.date(2024, 6, 1))


def test_r7_twin_congolese_for_the_drc_is_supported() -> None:
    doc = _head("Ana Kabila", "President of the Democratic Republic of the Congo")
    found = _judged("Congolese President Ana Kabila spoke.", [doc], ("role",), dt.date(2024, 6, 1))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# R8 (main 3a75074, the clause judge's object; review29 R7's cause, open: 'won a majority' / 'an outright majority'):
# 'The Norby Party won every seat in 2023.' is SUPPORTED by 'In the 2023 election it won 61 seats with 36.2% of the
# vote.' (61 of 150): the claim's object goes unasked; 'every seat' is the strongest form of it.
def test_r8_a_win_the_page_does_not_give_is_not_supported() -> None:
    _never(Verdict.SUPPORTED, "The Norby Party won every seat in 2023.", [PARTY], ("clause",))


def test_r8_twin_the_seats_won_are_supported() -> None:
    found = _judged("The Norby Party won 61 seats in 2023.", [PARTY], ("clause",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


def _ruiz_said(sentences: str) -> Document:
    """Ana Ruiz's invented page: her lead, then `sentences` of words quoted."""
    return page("Ana Ruiz", f"Ana Ruiz (born 1 January 1975) is a Norbian politician. {sentences}", SAVED)


# R9 (main 3a75074, the quote judge's speaker; review26 R20's row with a pronoun): the page's reply names its speaker
# by a pronoun or a title, so the words are tied to the one named in the sentence before: 'Ivo Stam insisted the
# country was "not broke".' is SUPPORTED by 'In 2023 her predecessor Ivo Stam said Norby had "no money left to
# spend". She replied that the country was "not broke".' (and by 'The prime minister replied ...'); with 'Ruiz
# replied' it is unverified (review26 R20, fixed).
@_open("R9 open: a reply by 'She' / 'The prime minister' tied to the speaker named in the sentence before")
@pytest.mark.parametrize(
    "reply",
    [
        pytest.param('She replied that the country was "not broke".', id="she"),
        pytest.param('The prime minister replied that the country was "not broke".', id="title"),
    ],
)
def test_r9_a_reply_is_not_the_previous_speakers(reply: str) -> None:
    said = _ruiz_said(f'In 2023 her predecessor Ivo Stam said Norby had "no money left to spend". {reply}')
    _never(Verdict.SUPPORTED, 'Ivo Stam insisted the country was "not broke".', [said], ("quote",))


# R10 (main 3a75074, the quote judge): words put to the speaker in a question, or claims she rejected, are supported
# as hers: 'Ana Ruiz called the plan "a disaster for Norby".' is SUPPORTED by 'Asked in 2023 whether the plan was "a
# disaster for Norby", she said no.', by 'In 2023 she was asked if the plan was "a disaster for Norby".' and by 'In
# 2023 she rejected claims that the plan was "a disaster for Norby".' (judging.toml's holder.denying_verbs has
# 'reject'; the quote judge does not read it here), and by her own question, 'In 2023 she asked whether the plan was
# "a disaster for Norby".' The rejected claims are fixed on s34-fs34: a denying verb is read above a noun's 'that'
# clause (`negation.denied_above`).
_R10_OPEN = _open("R10 open: words of a question put to her supported as hers")


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param(
            'Asked in 2023 whether the plan was "a disaster for Norby", she said no.',
            id="asked-whether",
            marks=_R10_OPEN,
        ),
        # mended by the thirty-eighth session's lead (verify/kinds/quote/attribution.py: a passive verb of saying)
        pytest.param('In 2023 she was asked if the plan was "a disaster for Norby".', id="was-asked-if"),
        pytest.param('In 2023 she rejected claims that the plan was "a disaster for Norby".', id="rejected-claims"),
        pytest.param(
            'In 2023 she asked whether the plan was "a disaster for Norby".', id="she-asked-whether", marks=_R10_OPEN
        ),
    ],
)
def test_r10_words_put_to_her_are_not_hers(sentence: str) -> None:
    _never(Verdict.SUPPORTED, 'Ana Ruiz called the plan "a disaster for Norby".', [_ruiz_said(sentence)], ("quote",))


def test_r10_twin_her_own_words_are_supported() -> None:
    said = _ruiz_said('In 2023 she called the plan "a disaster for Norby".')
    found = _judged('Ana Ruiz called the plan "a disaster for Norby".', [said], ("quote",), dt.date(2024, 6, 1))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# B3 (s31-open31 046abf6, the clause judge's `_words_hold` with figure_pairs.without_earlier): a claim that tells its
# earlier figure with 'from ... to' (no comma, no 'up from') is read as telling none, so the page sentence's earlier
# figure is cut before the claim's words are sought in it: the true 'Norby's unemployment rate fell from 5.2% in 2022 to
# 4.1% in 2023.' is SUPPORTED on main by 'Norby's unemployment rate fell to 4.1% in 2023, from 5.2% in 2022.' and
# unverified on the branch. A guard: passes on main.
JOBLESS = page(
    "Economy of Norby",
    "Norby's unemployment rate fell to 4.1% in 2023, from 5.2% in 2022. It has 5.4 million people.",
    SAVED,
)


def test_b3_a_change_told_from_and_to_keeps_its_support() -> None:
    body = "Norby's unemployment rate fell from 5.2% in 2022 to 4.1% in 2023."
    found = _judged(body, [JOBLESS], ("clause",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# R11 (main 3a75074, also s31-open31 046abf6, the quantity judge's year): the later figure of 'from X in 2022 to Y in
# 2023' (the commonest order of a change) and the first of a list of yearly figures are judged with the other
# figure's year: 'Norby Steelworks' output rose from 1.8 million tonnes in 2022 to 2.1 million tonnes in 2023.' and
# 'Norby Steelworks produced 2.1 million tonnes of steel in 2023, 1.8 million tonnes in 2022 and 1.5 million tonnes in
# 2021.' give '2.1 million tonnes' CONTRADICTED by 'In 2022 it produced 1.8 million tonnes of steel.' (true sentences;
# open31's figure_pairs reads ', up from' and ', compared with' only).
OUTPUT_2022 = page(
    "Norby Steelworks",
    "Norby Steelworks is a Norbian steel company founded in 1921. In 2022 it produced 1.8 million tonnes of steel.",
    SAVED,
)


@_open("R11 open: 'from X in 2022 to Y in 2023' and a list of yearly figures judge Y with the other year")
@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Norby Steelworks' output rose from 1.8 million tonnes in 2022 to 2.1 million tonnes in 2023.", id="from-to"
        ),
        pytest.param(
            "Norby Steelworks produced 2.1 million tonnes of steel in 2023, 1.8 million tonnes in 2022 and 1.5 million "
            "tonnes in 2021.",
            id="a-list-of-years",
        ),
    ],
)
def test_r11_each_figure_keeps_its_own_year(body: str) -> None:
    found = {text: v for text, v in _judged(body, [OUTPUT_2022], ("quantity",)).items() if "2.1 million" in text}
    assert found, "no claim of the later figure"
    assert Verdict.CONTRADICTED not in found.values(), found


# B4 (s31-open31 046abf6, figure_pairs' bare ', from' after a comma): any figure after ', from' is read as the one a
# change started from, with no year, so it is not judged at all: 'Rescue teams arrived after the 2023 Korvik
# earthquake, from 20 countries.' is CONTRADICTED on main by 'Rescue teams from 12 countries took part in the search.'
# and unverified on the branch (its true twin, 'from 12 countries', loses its support). No change is told: ', from'
# starts an earlier figure only after a figure a change reached ('rose to 5.2%, from 4.1%'). A guard: passes on main.
SEARCH = page(
    "2023 Korvik earthquake",
    "The 2023 Korvik earthquake struck Norby on 3 May 2023. Rescue teams from 12 countries took part in the search.",
    SAVED,
)


@pytest.mark.parametrize(
    ("count", "outcome"),
    [pytest.param("20", Verdict.CONTRADICTED, id="false"), pytest.param("12", Verdict.SUPPORTED, id="true")],
)
def test_b4_a_figure_after_comma_from_is_judged_when_no_change_is_told(count: str, outcome: Verdict) -> None:
    body = f"Rescue teams arrived after the 2023 Korvik earthquake, from {count} countries."
    found = _judged(body, [SEARCH], ("quantity",))
    assert set(found.values()) == {outcome}, found


# R12 (main 3a75074, the clause judge's page sentence): a deed the person's page gives to someone tied to her by a
# possessive ('her husband Jon Dahl', 'her driver', 'two of her aides'), after a fronted year, is supported as hers:
# 'Ana Ruiz was arrested in 2019.' is SUPPORTED by 'In 2019 her husband Jon Dahl was arrested.', 'Ana Ruiz was
# convicted of fraud in 2022.' by 'In 2022 two of her aides were convicted of fraud.', and 'Ana Ruiz was injured in a
# car crash in 2018.' by 'In 2018 her driver was injured in a car crash.' The sentence's subject is another person:
# the false claims a desk must never pass. (Without the fronted year, 'Her father founded Korvik Bank in 1950.', the
# claim is unverified.) Fixed on s32-fs32: a page deed whose subject is owned by a possessive is not the person's
# (`agency.owned_subject`).
@pytest.mark.parametrize(
    ("body", "sentence"),
    [
        pytest.param("Ana Ruiz was arrested in 2019.", "In 2019 her husband Jon Dahl was arrested.", id="husband"),
        pytest.param(
            "Ana Ruiz was convicted of fraud in 2022.", "In 2022 two of her aides were convicted of fraud.", id="aides"
        ),
        pytest.param(
            "Ana Ruiz was injured in a car crash in 2018.",
            "In 2018 her driver was injured in a car crash.",
            id="driver",
        ),
        pytest.param("Ana Ruiz won the Norby Prize in 2020.", "In 2020 her party won the Norby Prize.", id="party"),
    ],
)
def test_r12_a_deed_of_someone_of_hers_is_not_hers(body: str, sentence: str) -> None:
    _never(Verdict.SUPPORTED, body, [_ruiz_said(sentence)], ("clause",))


@pytest.mark.parametrize(
    ("body", "sentence"),
    [
        pytest.param("Ana Ruiz was arrested in 2019.", "In 2019 she was arrested.", id="she"),
        pytest.param(
            "Ana Ruiz was arrested in 2019.", "In 2019 she was arrested with her husband Jon Dahl.", id="she-with-him"
        ),
        pytest.param(
            "Ana Ruiz was injured in a car crash in 2018.",
            "In 2018 she was injured in a car crash with her driver.",
            id="she-with-her-driver",
        ),
    ],
)
def test_r12_twin_her_own_deed_is_supported(body: str, sentence: str) -> None:
    found = _judged(body, [_ruiz_said(sentence)], ("clause",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# R13 (main 3a75074, the role claim of a step with a relative day): the day is cut from the claim, so any day is
# supported: on Friday 10 February 2023, 'Ana Ruiz will be sworn in as prime minister on Monday.' is SUPPORTED (she
# took office on Tuesday 14 February; the past 'was sworn in ... on Monday' keeps its day and is unverified), and on
# Thursday 16 February 'Ana Ruiz became prime minister last week.' is SUPPORTED (it was that week). Kin to review30 R4
# ('in late 2022' unread).
# The future step's weekday mended by fsb37 (review33 R10: the day after an office still to come is read).
@pytest.mark.parametrize(
    ("body", "day"),
    [
        pytest.param("Ana Ruiz will be sworn in as prime minister on Monday.", dt.date(2023, 2, 10), id="on-monday"),
        pytest.param(
            "Ana Ruiz became prime minister last week.",
            dt.date(2023, 2, 16),
            id="last-week",
            marks=_open("R13 open: 'last week' cut from the role claim and supported whatever the day"),
        ),
    ],
)
def test_r13_the_day_of_the_step_is_asked(body: str, day: dt.date) -> None:
    _never(Verdict.SUPPORTED, body, [RUIZ, STAM], ("role",), day)


def test_r13_twin_the_right_weekday_is_supported() -> None:
    found = _judged(
        "Ana Ruiz will be sworn in as prime minister on Tuesday.", [RUIZ, STAM], ("role",), dt.date(2023, 2, 10)
    )
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# R14 (main 3a75074, the clause judge's age aside): an age at death is not checked against the page's two dates, and
# the clause holding it is supported by its other words: on 7 May 2023, 'Jon Dahl, who has died aged 75, founded Korvik
# Bank.' gives that clause SUPPORTED by 'Jon Dahl (3 March 1950 – 5 May 2023) was a Norbian businessman who founded
# Korvik Bank in 1995.' (he died at 73), and 'died aged 75' unverified. An obituary's first fact.
DIED = page(
    "Jon Dahl",
    "Jon Dahl (3 March 1950 – 5 May 2023) was a Norbian businessman who founded Korvik Bank in 1995.",
    SAVED,
)


@_open("R14 open: 'who has died aged 75' supported inside its clause (dates give 73)")
def test_r14_an_age_at_death_is_asked() -> None:
    _never(
        Verdict.SUPPORTED,
        "Jon Dahl, who has died aged 75, founded Korvik Bank.",
        [DIED],
        ("clause",),
        dt.date(2023, 5, 7),
    )


def test_r14_twin_the_deed_alone_is_supported() -> None:
    found = _judged("Jon Dahl founded Korvik Bank in 1995.", [DIED], ("clause",), dt.date(2023, 5, 7))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# B5 (s31-fs31 411fa5e, the clause judge's `_told_as_undone` with negation.denied_above): a deed told in one clause and
# a denial, a dispute or an insistence in the next, joined by a semicolon, is read as the deed denied (the parser hangs
# the first clause under the second verb), so true deeds lose their support: 'Ana Ruiz was arrested in 2021.' by 'In
# 2021 she was arrested; she denied the charges.', '... convicted of fraud in 2021' by 'She was convicted of fraud in
# 2021; she has always denied wrongdoing.', 'Ana Ruiz won the 2019 election.' by 'She won the 2019 election; her rival
# disputed the result.', 'Ana Ruiz resigned in 2021.' by 'She resigned in 2021; she insisted she had done nothing
# wrong.' All SUPPORTED on main, unverified on the branch ('..., but she denied the charges' keeps its support).
# A guard.
@pytest.mark.parametrize(
    ("body", "sentence"),
    [
        pytest.param(
            "Ana Ruiz was arrested in 2021.", "In 2021 she was arrested; she denied the charges.", id="denied"
        ),
        pytest.param(
            "Ana Ruiz was convicted of fraud in 2021.",
            "She was convicted of fraud in 2021; she has always denied wrongdoing.",
            id="always-denied",
        ),
        pytest.param(
            "Ana Ruiz won the 2019 election.",
            "She won the 2019 election; her rival disputed the result.",
            id="disputed",
        ),
        pytest.param(
            "Ana Ruiz resigned in 2021.",
            "She resigned in 2021; she insisted she had done nothing wrong.",
            id="insisted",
        ),
    ],
)
def test_b5_a_denial_in_the_next_clause_does_not_undo_the_deed(body: str, sentence: str) -> None:
    found = _judged(body, [_ruiz_said(sentence)], ("clause",), dt.date(2024, 6, 1))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# R15 (main 3a75074, also s31-fs31 7e01527, the role judge's time of a holding): a holding dated to a month or a day is
# supported when the year alone overlaps the term: 'In January 2023, Ana Ruiz was prime minister.', 'On 1 February
# 2023, Ana Ruiz was prime minister.' (she took office on 14 February 2023), 'In March 2023, Ana Ruiz was finance
# minister.' (her term ended on 14 February 2023) and 'Ana Ruiz was prime minister in January 2023.' are SUPPORTED.
# fs31 binds the sentence's YEAR to the holding (review30 R18); the month is still unread. Fixed on s32-fs32: the
# sentence's month or day is compared with the term's days (role judge `_outside_the_days`).
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("In January 2023, Ana Ruiz was prime minister.", id="fronted-month"),
        pytest.param("On 1 February 2023, Ana Ruiz was prime minister.", id="fronted-day"),
        pytest.param("In March 2023, Ana Ruiz was finance minister.", id="month-after-the-end"),
        pytest.param("Ana Ruiz was prime minister in January 2023.", id="month-after"),
    ],
)
def test_r15_the_month_of_a_holding_is_asked(body: str) -> None:
    _never(Verdict.SUPPORTED, body, [RUIZ, STAM], ("role",), dt.date(2024, 6, 1))


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("In March 2023, Ana Ruiz was prime minister.", id="fronted-month"),
        pytest.param("Ana Ruiz was prime minister in March 2023.", id="month-after"),
        pytest.param("On 1 February 2023, Ana Ruiz was finance minister.", id="day-before-the-end"),
        pytest.param("In 2023, Ana Ruiz was prime minister.", id="year"),
        pytest.param("In January 2023, Ana Ruiz was elected prime minister.", id="step-before-the-term"),
    ],
)
def test_r15_twin_a_month_inside_the_term_is_supported(body: str) -> None:
    found = _judged(body, [RUIZ, STAM], ("role",), dt.date(2024, 6, 1))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# B7 (s31-open31 b8f89e7, role extraction's `_REPLACED_BEFORE`): titles.toml's verbs of succession include 'follow', so
# the wire's 'The decision follows <name>, <title>, saying ...' reads the title as the one replaced, held then: 'The
# decision follows Ivo Stam, the prime minister, saying he would resign.' (prime minister until 2023, article of June
# 2024) is CONTRADICTED on main and SUPPORTED on the branch; its true twin about Ana Ruiz loses its support. A guard.
@pytest.mark.parametrize(
    ("body", "outcome"),
    [
        pytest.param(
            "The decision follows Ivo Stam, the prime minister, saying he would resign.",
            Verdict.CONTRADICTED,
            id="former-holder",
        ),
        pytest.param(
            "The decision follows Ana Ruiz, the prime minister, saying she would resign.",
            Verdict.SUPPORTED,
            id="holder-today",
        ),
    ],
)
def test_b7_a_decision_that_follows_someone_is_no_succession(body: str, outcome: Verdict) -> None:
    found = _judged(body, [RUIZ, STAM], ("role",), dt.date(2024, 6, 1))
    assert set(found.values()) == {outcome}, found


# R16 (main 3a75074, verify/nlp/reference.py, whom 'she' stands for): 'she' is resolved to the sentence before's
# subject whoever else it names, so a false claim about the woman is judged on the man's page: 'Jon Dahl met Eva Holm
# in Korvik on Monday. She was convicted of fraud in 2021.' gives 'She was convicted of fraud in 2021' with the subject
# Jon Dahl, SUPPORTED by his page's 'In 2021 he was convicted of fraud.' (she never was). Two people named, a pronoun of
# one sex: the resolution is uncertain, or it is the other.
DAHL_CONVICTED = page(
    "Jon Dahl",
    "Jon Dahl (born 1970) is a Norbian businessman. He founded Korvik Bank in 1995. In 2021 he was convicted of fraud.",
    SAVED,
)
HOLM_BANKER = page(
    "Eva Holm",
    "Eva Holm (born 1980) is a Norbian banker who has been chief executive of Korvik Bank since 2018.",
    SAVED,
)


@_open("R16 open: 'she' after 'Jon Dahl met Eva Holm' resolved to Jon Dahl and supported by his conviction")
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Jon Dahl met Eva Holm in Korvik on Monday. She was convicted of fraud in 2021.", id="met"),
        pytest.param("Jon Dahl spoke after Eva Holm. She was convicted of fraud in 2021.", id="after"),
    ],
)
def test_r16_she_is_not_the_man_named_before(body: str) -> None:
    _never(Verdict.SUPPORTED, body, [DAHL_CONVICTED, HOLM_BANKER], ("clause",), dt.date(2024, 6, 1))


def test_r16_twin_he_is_the_man_named_before() -> None:
    body = "Eva Holm met Jon Dahl in Korvik on Monday. He was convicted of fraud in 2021."
    found = _judged(body, [DAHL_CONVICTED, HOLM_BANKER], ("clause",), dt.date(2024, 6, 1))
    assert found.get("clause: He was convicted of fraud in 2021") == Verdict.SUPPORTED, found


def _dahl_told(sentence: str) -> Document:
    """Jon Dahl's invented page: his lead, then `sentence`."""
    return page("Jon Dahl", f"Jon Dahl (born 1970) is a Norbian businessman. {sentence}", SAVED)


# B8 (s31-fs31 7e01527, the clause judge's `_told_as_undone`): a deed the page tells as avoided or expected is set
# aside even when the claim asks exactly that, or when the deed is told done in the same sentence: 'Jon Dahl avoided
# being arrested in 2021.' by 'In 2021 he avoided being arrested.', and 'Jon Dahl won the Norby Prize in 2020.' by 'In
# 2020 he was the favourite to win the Norby Prize, and won it.' are SUPPORTED on main and unverified on the branch
# (support lost). A guard: passes on main.
@pytest.mark.parametrize(
    ("body", "sentence"),
    [
        pytest.param(
            "Jon Dahl avoided being arrested in 2021.",
            "In 2021 he avoided being arrested.",
            id="the-claim-avoided",
            marks=pytest.mark.xfail(
                strict=True,
                reason="open after the merge of s31-fs31: the claim's own 'avoided being arrested' is read as a deed "
                "not done, so the page's avoidance agreeing with it supports nothing (review31 B8)",
            ),
        ),
        pytest.param(
            "Jon Dahl won the Norby Prize in 2020.",
            "In 2020 he was the favourite to win the Norby Prize, and won it.",
            id="expected-and-done",
        ),
    ],
)
def test_b8_a_deed_told_done_or_asked_as_avoided_keeps_its_support(body: str, sentence: str) -> None:
    found = _judged(body, [_dahl_told(sentence)], ("clause",), dt.date(2024, 6, 1))
    assert Verdict.SUPPORTED in found.values(), found


# R17 (main 3a75074, the clause judge's match): the title a step leads to is not asked, so the page's step into
# ANOTHER office of the same year supports it: 'Jon Dahl was elected mayor in 2019.' is SUPPORTED by 'In 2019 he was
# elected governor.', 'Jon Dahl was appointed chief executive of Korvik Bank in 2018.' by 'In 2018 he was appointed
# chairman of Korvik Bank.', 'Jon Dahl was elected president of the Norby Party in 2019.' by 'In 2019 he was elected
# treasurer of the Norby Party.' (the role claims of the same words are unverified). A sibling office passed by the
# clause judge: way31's weak way. Fixed on s32-fs32: the title a claim's post opens with (titles lexicon) must be
# worded by the page sentence (clause judge `_title_stated`).
@pytest.mark.parametrize(
    ("body", "sentence"),
    [
        pytest.param("Jon Dahl was elected mayor in 2019.", "In 2019 he was elected governor.", id="mayor-governor"),
        pytest.param(
            "Jon Dahl was appointed chief executive of Korvik Bank in 2018.",
            "In 2018 he was appointed chairman of Korvik Bank.",
            id="chief-executive-chairman",
        ),
        pytest.param(
            "Jon Dahl was elected president of the Norby Party in 2019.",
            "In 2019 he was elected treasurer of the Norby Party.",
            id="president-treasurer",
        ),
    ],
)
def test_r17_the_office_a_step_leads_to_is_asked(body: str, sentence: str) -> None:
    _never(Verdict.SUPPORTED, body, [_dahl_told(sentence)], ("clause",), dt.date(2024, 6, 1))


@pytest.mark.parametrize(
    ("body", "sentence"),
    [
        pytest.param("Jon Dahl was elected governor in 2019.", "In 2019 he was elected governor.", id="governor"),
        pytest.param(
            "Jon Dahl was appointed chief executive of Korvik Bank in 2018.",
            "In 2018 he was appointed chief executive of Korvik Bank.",
            id="chief-executive",
        ),
        pytest.param("Jon Dahl was elected mayor in 2019.", "In 2019 he was elected mayor of Korvik.", id="mayor-of"),
    ],
)
def test_r17_twin_the_same_office_is_supported(body: str, sentence: str) -> None:
    found = _judged(body, [_dahl_told(sentence)], ("clause",), dt.date(2024, 6, 1))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# R18 (main 3a75074, the quantity judge's money): a sum is judged by its unit alone, not by what it measures, so a
# profit is supported by the page's revenue and a revenue by its profit: 'Korvik Bank made a profit of 1.2 billion euros
# in 2023.' and 'Korvik Bank had revenue of 200 million euros in 2023.' are SUPPORTED (quantity) by 'In 2023 it had
# revenue of 1.2 billion euros and a net profit of 200 million euros.' Revenue taken for profit is business copy's
# commonest error. (R2's cause with a noun of measure in place of a verb.) Fixed on s32-fs32 with R2: the noun a sum
# is of must agree on both sides (verify/kinds/quantity/measured.py).
BANK_RESULTS = page(
    "Korvik Bank",
    "Korvik Bank is a Norbian bank founded in 1995. In 2023 it had revenue of 1.2 billion euros and a net profit of "
    "200 million euros.",
    SAVED,
)


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Korvik Bank made a profit of 1.2 billion euros in 2023.", id="profit-as-revenue"),
        pytest.param("Korvik Bank had revenue of 200 million euros in 2023.", id="revenue-as-profit"),
    ],
)
def test_r18_a_sum_is_asked_what_it_measures(body: str) -> None:
    _never(Verdict.SUPPORTED, body, [BANK_RESULTS], ("quantity",))


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Korvik Bank had revenue of 1.2 billion euros in 2023.", id="revenue"),
        pytest.param("Korvik Bank had sales of 1.2 billion euros in 2023.", id="sales-as-revenue"),
        pytest.param("Korvik Bank made a profit of 200 million euros in 2023.", id="profit-made-as-had"),
    ],
)
def test_r18_twin_the_same_measure_is_supported(body: str) -> None:
    found = _judged(body, [BANK_RESULTS], ("quantity",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# B10 (s31-open31 87481c7, role extraction's `_REPLACED_BEFORE`): the title apposed to the one replaced is read as held
# then even when the apposition says it is held now, or when 'as <office>' names the office of the succession: 'Ana
# Ruiz succeeded Ivo Stam, now ambassador to Korvik, as prime minister.' gives 'Ivo Stam, now ambassador to Korvik'
# SUPPORTED on main by his open ambassador's term, unverified on the branch (support lost). A guard: passes on main.
STAM_ENVOY = boxed(
    "Ivo Stam",
    "Ivo Stam (born 3 March 1950) is a Norbian politician who served as Prime Minister of Norby from 2015 to 2023 and "
    "has been ambassador to Korvik since 2023.",
    [
        ("office", "Prime Minister of Norby"),
        ("term_start", "1 June 2015"),
        ("term_end", "14 February 2023"),
        ("office2", "Ambassador of Norby to Korvik"),
        ("term_start2", "1 May 2023"),
    ],
    SAVED,
)


def test_b10_a_title_held_now_by_the_one_replaced_is_held_today() -> None:
    body = "Ana Ruiz succeeded Ivo Stam, now ambassador to Korvik, as prime minister."
    found = _judged(body, [RUIZ, STAM_ENVOY], ("role",), dt.date(2024, 6, 1))
    assert found.get("role: Ivo Stam, now ambassador to Korvik") == Verdict.SUPPORTED, found


# B11 (s31-ext31 f66bccb, clause extraction's `person_acted_on`): the person an unnamed doer acts on is resolved by the
# shared reader even when it is the wrong one: 'her' after a sentence naming a man and a woman is the man ('Jon Dahl met
# Eva Holm in Korvik on Monday. A court convicted her of fraud in 2021.' and 'Jon Dahl hired Eva Holm in 2018.
# Prosecutors charged her with fraud in 2022.' give clause claims about Jon Dahl), and 'the actor' after two actors is
# one of them ('Actor Alec Brandt and actor Tom Reed were on the set in 2022. In 2023 prosecutors charged the actor with
# assault.' gives one about Tom Reed). Main makes no such claim. Unverified today (the judge does not yet match these
# to a passive page sentence), but a claim about the wrong person is a false claim waiting for a page. A guard.
@pytest.mark.parametrize(
    ("body", "words", "not_about"),
    [
        pytest.param(
            "Jon Dahl met Eva Holm in Korvik on Monday. A court convicted her of fraud in 2021.",
            "convicted her",
            "Jon Dahl",
            id="her-is-not-the-man",
        ),
        pytest.param(
            "Jon Dahl hired Eva Holm in 2018. Prosecutors charged her with fraud in 2022.",
            "charged her",
            "Jon Dahl",
            id="her-is-not-the-employer",
        ),
        pytest.param(
            "Actor Alec Brandt and actor Tom Reed were on the set in 2022. In 2023 prosecutors charged the actor with "
            "assault.",
            "charged the actor",
            "Tom Reed",
            id="the-actor-of-two",
        ),
    ],
)
def test_b11_an_object_pointing_back_is_not_resolved_to_the_wrong_person(body: str, words: str, not_about: str) -> None:
    claims = extract_claims(article_from_text(f"Norby news\n\n{body}\n"))
    wrong = [c.text for c in claims if c.kind == "clause" and words in c.text and c.subject == not_about]
    assert not wrong, wrong


# R19 (main 3a75074, the clause judge's match of figures): each figure of a two-round vote is not tied to its round,
# so the runoff's share supports the first round's: 'Ana Ruiz won 55.1% of the vote in the first round of the 2023
# presidential election.' and 'Ana Ruiz won the 2023 presidential election with more than half of the vote in the first
# round.' are SUPPORTED by 'She won the 2023 presidential election with 48.2% of the vote in the first round and 55.1%
# in the runoff.' (every number of the claim stands somewhere in the sentence). Two-round votes are common copy.
RUNOFF = page(
    "Ana Ruiz",
    "Ana Ruiz (born 1 January 1975) is a Norbian politician. She won the 2023 presidential election with 48.2% of the "
    "vote in the first round and 55.1% in the runoff.",
    SAVED,
)


@_open("R19 open: the runoff's share supports a first-round claim (each figure not tied to its round)")
@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Ana Ruiz won 55.1% of the vote in the first round of the 2023 presidential election.", id="runoff-share"
        ),
        pytest.param(
            "Ana Ruiz won the 2023 presidential election with more than half of the vote in the first round.",
            id="more-than-half",
        ),
    ],
)
def test_r19_a_share_is_of_its_own_round(body: str) -> None:
    _never(Verdict.SUPPORTED, body, [RUNOFF], ("clause",))


# R20 (main 3a75074, the role judge's office; review26 R4's cause, open, with a clause of its own after the title): a
# 'first <title>' qualified by an infinitive after the title is read as another office than the one she holds: 'Ana
# Ruiz, the first prime minister to have studied abroad, spoke.' is CONTRADICTED ('on 2024-01-10 the office held was
# Prime Minister of Norby'). True: the ordinal is of the qualified set. (review26 R4's 'from the Centre Party' row
# covers 'from <place>'.)
def test_r20_a_qualified_first_is_not_another_office() -> None:
    _never(
        Verdict.CONTRADICTED,
        "Ana Ruiz, the first prime minister to have studied abroad, spoke.",
        [RUIZ, STAM],
        ("role",),
    )
