"""Findings of review27 (session 27), as rows the desk would meet: a true sentence and, where it helps, its
one-fact-false twin, extracted from an invented article and judged against invented pages
(`tests/support/judging.py`) with the fields extraction gives its words. R-items are strict xfails for what is
open on main; a B-item (a regression found on a branch) is a plain test that passes on main. The list with its
status is /work/briefs27/review27-findings.md."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, page
from tests.support.ruiz import RUIZ
from tests.test_review26 import AS_OF, SAVED, _judged, _never  # the same reading of rows as review26's
from verify.models import Document, Verdict

# Ivo Stam's invented page: Ana Ruiz's predecessor as prime minister, 2015 to 14 February 2023.
STAM = boxed(
    "Ivo Stam",
    "Ivo Stam (born 3 March 1950) is a Norbian politician who served as Prime Minister of Norby from 2015 to 2023.",
    [
        ("office", "Prime Minister of Norby"),
        ("term_start", "1 June 2015"),
        ("term_end", "14 February 2023"),
        ("successor", "Ana Ruiz"),
    ],
    SAVED,
)


# R1 (main fdba4a3, the role claim of a title marked past by 'then-'): 'then-finance minister Ana Ruiz' is read as
# 'holds office: finance minister' on the article's day and refuted by the finance term's end; 'then-prime minister
# Ana Ruiz' (told of 2022, when she was not) is supported by the office she holds today. 'then' before a title says
# the title is of the sentence's time, never of today.
# fixed by s28-open28 (its strict xfail removed at the merge)
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("The deal was signed by then-finance minister Ana Ruiz.", id="then-hyphen"),
        pytest.param("In 2022, then-finance minister Ana Ruiz signed the deal.", id="then-hyphen-dated"),
        pytest.param("then-opposition leader Ana Ruiz criticised the deal.", id="then-opposition-leader"),
        pytest.param("The deal was signed in 2020 by then Prime Minister Ivo Stam.", id="then-no-hyphen"),
    ],
)
def test_r1_a_then_title_is_not_refuted_as_held_today(body: str) -> None:
    _never(Verdict.CONTRADICTED, body, [RUIZ, STAM], ("role",))


# fixed by s28-open28 (its strict xfail removed at the merge)
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("The deal was signed by then-prime minister Ana Ruiz.", id="then-hyphen"),
        pytest.param("In 2022, then-prime minister Ana Ruiz signed the deal.", id="then-hyphen-dated"),
    ],
)
def test_r1_a_then_title_is_not_supported_by_todays_office(body: str) -> None:
    _never(Verdict.SUPPORTED, body, [RUIZ, STAM], ("role",))


def test_r1_twin_the_comma_then_is_a_past_holding() -> None:
    found = _judged("Ana Ruiz, then finance minister, signed the deal.", [RUIZ], ("role",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# The Norby Party's invented page: 52 seats in 2019, 61 in 2023 (nine gained), three plants for the steelworks.
PARTY = page(
    "Norby Party",
    "The Norby Party is a centre-right political party in Norby. It was founded in 1946 and has about 42,000 members. "
    "In the 2019 election it won 52 of the 150 seats in parliament with 31.4% of the vote. In the 2023 election it "
    "won 61 seats with 36.2% of the vote.",
    SAVED,
)
WORKS = page(
    "Norby Steelworks",
    "Norby Steelworks is a Norbian steel company founded in 1921. It employs about 4,200 people at three plants. In "
    "2022 it produced 1.8 million tonnes of steel.",
    SAVED,
)


# R2 (main fdba4a3, the quantity judge's counted thing): a change in a count is judged as the whole count: 'gained
# nine seats' (52 -> 61) is CONTRADICTED by 61 seats, and 'plans to build two new plants' by three plants. A gain, a
# loss or units to be added are not the total.
@pytest.mark.parametrize(
    ("body", "docs"),
    [
        pytest.param("The Norby Party gained nine seats in 2023.", [PARTY], id="gained"),
        pytest.param("The Norby Party picked up nine seats in the 2023 election.", [PARTY], id="picked-up"),
        pytest.param("The Norby Party added nine seats in 2023, taking its total to 61.", [PARTY], id="added"),
        pytest.param("Norby Steelworks plans to build two new plants.", [WORKS], id="new-plants"),
    ],
)
def test_r2_a_change_in_a_count_is_not_the_count(body: str, docs: list[Document]) -> None:
    _never(Verdict.CONTRADICTED, body, docs, ("quantity",))


def test_r2_twin_a_wrong_total_stays_refuted() -> None:
    found = _judged("The Norby Party won 52 seats in the 2023 election.", [PARTY], ("quantity",))
    assert set(found.values()) == {Verdict.CONTRADICTED}, found


# Ana Ruiz's page of a real country, so the demonym before the title is known.
ESTONIAN = boxed(
    "Ana Ruiz",
    "Ana Ruiz (born 1 January 1975) is an Estonian politician serving as Prime Minister of Estonia since 14 February "
    "2023.",
    [("office", "Prime Minister of Estonia"), ("term_start", "14 February 2023"), ("predecessor", "Ivo Stam")],
    SAVED,
)


# R3 (main fdba4a3, the role claim's office words): a describing word before a capitalised title ('Conservative',
# 'Popular', 'Embattled', 'Veteran') is read into the office's name, and the office held refutes it; 'Finance
# Minister' behind one becomes 'Minister of the Embattled Finance'. review26 R23 ('Newly appointed') is one case.
# fixed by s28-open28 (its strict xfail removed at the merge)
@pytest.mark.parametrize(
    ("body", "docs", "day"),
    [
        pytest.param("Conservative Prime Minister Ana Ruiz spoke.", [RUIZ], AS_OF, id="party-word"),
        pytest.param("The deal was signed by popular Prime Minister Ana Ruiz.", [RUIZ], AS_OF, id="mid-sentence"),
        pytest.param("Embattled Estonian Prime Minister Ana Ruiz spoke.", [ESTONIAN], AS_OF, id="before-demonym"),
        pytest.param("Veteran Prime Minister Ivo Stam spoke.", [STAM], dt.date(2022, 5, 1), id="veteran"),
        pytest.param("Embattled Finance Minister Ana Ruiz spoke.", [RUIZ], dt.date(2022, 5, 1), id="minister-of"),
    ],
)
def test_r3_a_describing_word_is_no_part_of_the_office(body: str, docs: list[Document], day: dt.date) -> None:
    _never(Verdict.CONTRADICTED, body, docs, ("role",), day)


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("The deal was signed by popular Finance Minister Ana Ruiz.", id="mid-sentence"),
        pytest.param("Conservative Finance Minister Ana Ruiz spoke.", id="past-post"),
    ],
)
def test_r3_twin_a_post_not_held_stays_refuted(body: str) -> None:
    found = _judged(body, [RUIZ], ("role",))
    assert Verdict.CONTRADICTED in found.values(), found


# Lia Moss's invented page: gold at the 2016 Olympics, silver at the 2019 World Championships, third at the 2022
# European Championships.
MOSS = page(
    "Lia Moss",
    "Lia Moss (born 10 January 1994) is a Norbian middle-distance runner. She won the gold medal in the 1500 metres at "
    "the 2016 Summer Olympics and the silver medal at the 2019 World Championships. She finished third in the 5000 "
    "metres at the 2022 European Championships.",
    SAVED,
)


# R4 (main fdba4a3, the clause judge's value; fixed on s28-fs28): a medal's colour or a finishing place was not asked
# of the page sentence that tells the event: 'won silver ... at the 2016 Olympics' and 'finished second ... at the
# 2022 European Championships' were SUPPORTED by the sentences that give gold and third ("states it"). The words
# the page sets between the verb and the claim's value must not be others than the claim's.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Lia Moss won silver in the 1500 metres at the 2016 Olympics.", id="silver-for-gold"),
        pytest.param("Lia Moss won bronze at the 2016 Olympics.", id="bronze-for-gold"),
        pytest.param("Lia Moss won the gold medal at the 2019 World Championships.", id="gold-for-silver"),
        pytest.param(
            "Lia Moss finished second in the 5000 metres at the 2022 European Championships.", id="second-for-third"
        ),
    ],
)
def test_r4_another_medal_or_place_is_not_supported(body: str) -> None:
    _never(Verdict.SUPPORTED, body, [MOSS], ("clause",))


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Lia Moss won gold in the 1500 metres at the 2016 Olympics.", id="gold"),
        pytest.param("Lia Moss won the silver medal at the 2019 World Championships.", id="silver"),
        pytest.param("Lia Moss finished third in the 5000 metres at the 2022 European Championships.", id="third"),
    ],
)
def test_r4_twin_the_medal_or_place_won_is_supported(body: str) -> None:
    found = _judged(body, [MOSS], ("clause",))
    assert Verdict.SUPPORTED in found.values(), found


def test_r4_twin_a_page_wording_fewer_of_the_claims_words_still_supports() -> None:
    """'won gold' on the page sets no other word where the claim has 'the gold medal': nothing else was won there."""
    runner = page(
        "Lia Moss",
        "Lia Moss (born 1994) is a Norbian runner. She won gold in the 1500 metres at the 2016 Summer Olympics.",
        SAVED,
    )
    found = _judged("Lia Moss won the gold medal in the 1500 metres at the 2016 Olympics.", [runner], ("clause",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# Guard (review28 B3 on s28-fs28 27a408a, fixed on s28-fs28): a field named first or in the middle of a list of bare
# words ('economics and law', 'economics, history and law') is in the claimed words' place with the others.
@pytest.mark.parametrize(
    ("body", "sentence"),
    [
        pytest.param(
            "Jon Dahl studied economics at the University of Korvik.",
            "He studied economics and law at the University of Korvik.",
            id="first-of-two",
        ),
        pytest.param(
            "Jon Dahl studied history at the University of Korvik.",
            "He studied economics, history and law at the University of Korvik.",
            id="middle-of-three",
        ),
    ],
)
def test_guard_a_field_listed_with_others_is_supported(body: str, sentence: str) -> None:
    student = page("Jon Dahl", f"Jon Dahl (born 1975) is a Norbian tennis player. {sentence}", SAVED)
    found = _judged(body, [student], ("clause",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# Two invented biographies with a field of study beside its university.
DAHL = page(
    "Jon Dahl",
    "Jon Dahl (born 1975) is a Norbian tennis player. He studied economics at the University of Korvik.",
    SAVED,
)
BERG = page(
    "Mia Berg",
    "Mia Berg (born 1968) is a Norbian chemist. She studied physics at Korvik University and earned a doctorate in "
    "chemistry from Dalby University in 1995.",
    SAVED,
)


# R5 (main fdba4a3, the clause judge's value; fixed on s28-fs28): what was studied, or a degree's field, was dropped
# when the clause's value is the university or 'a doctorate', so another field was SUPPORTED by the sentence ("states
# it", "dates the degree to 1995"). The same reading as R4's: other words in the claimed words' place.
@pytest.mark.parametrize(
    ("body", "docs"),
    [
        pytest.param("Jon Dahl studied law at the University of Korvik.", [DAHL], id="law-for-economics"),
        pytest.param("Mia Berg studied chemistry at Korvik University.", [BERG], id="chemistry-for-physics"),
        pytest.param(
            "Mia Berg earned a doctorate in physics from Dalby University in 1995.", [BERG], id="doctorate-field"
        ),
    ],
)
def test_r5_another_field_of_study_is_not_supported(body: str, docs: list[Document]) -> None:
    _never(Verdict.SUPPORTED, body, docs, ("clause",))


@pytest.mark.parametrize(
    ("body", "docs"),
    [
        pytest.param("Jon Dahl studied economics at the University of Korvik.", [DAHL], id="economics"),
        pytest.param(
            "Mia Berg earned a doctorate in chemistry from Dalby University in 1995.", [BERG], id="doctorate-field"
        ),
    ],
)
def test_r5_twin_the_field_studied_is_supported(body: str, docs: list[Document]) -> None:
    found = _judged(body, docs, ("clause",))
    assert Verdict.SUPPORTED in found.values(), found


# Korvik's invented page: the city's population and its metropolitan area's in one sentence.
KORVIK = page(
    "Korvik",
    "Korvik is the capital of Norby. It has a population of about 650,000, and more than 1.2 million people live in "
    "its metropolitan area.",
    SAVED,
)


# Guard (review27 B1 on s27-way27 8cfb811): the count of a wider area in the same page sentence is another whole's,
# so it must not refute the city's own figure.
@pytest.mark.parametrize(
    ("body", "docs"),
    [
        pytest.param("Korvik, a city of some 650,000 people, hosted the summit.", [KORVIK], id="some"),
        pytest.param("Korvik, a city of more than 600,000 people, hosted the summit.", [KORVIK], id="more-than"),
        pytest.param(
            "Korvik, a city of some 650,000 people, hosted the summit.",
            [
                page(
                    "Korvik",
                    "Korvik is the capital of Norby. It has a population of about 650,000, and more than 1.2 million "
                    "people live in the wider region.",
                    SAVED,
                )
            ],
            id="wider-region",
        ),
    ],
)
def test_guard_a_city_is_not_refuted_by_its_metro_area(body: str, docs: list[Document]) -> None:
    _never(Verdict.CONTRADICTED, body, docs, ("quantity",))


# Guard (review27's note on s27-way27's uncommitted date change, 02:55): a part of a year is not the whole year, so a
# start told as 'late 2023' or 'the end of 2023' is not supported by a February start (review26 R7's fault on the
# date path).
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Ana Ruiz became prime minister in late 2023.", id="late"),
        pytest.param("Ana Ruiz became prime minister at the end of 2023.", id="end-of"),
    ],
)
def test_guard_late_in_a_year_is_not_a_february_start(body: str) -> None:
    _never(Verdict.SUPPORTED, body, [RUIZ], ("clause",))


# R6 (main fdba4a3 and s27-fs27 e80e343, review26 R2 left open): a spell in a relative clause is read only where it
# ends the claim's words ('from 2021 to 2023, spoke'); followed by whom she served under, or written with a hyphen,
# it is not read and the role claim holding it is SUPPORTED by the post alone (finance term 2022-2023).
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Ana Ruiz, who served as finance minister from 2021 to 2023 under Ivo Stam, spoke.", id="under"),
        pytest.param("Ana Ruiz, who served as finance minister in 2021-2023, spoke.", id="hyphen"),
    ],
)
def test_r6_a_wrong_spell_inside_the_claims_words_is_not_supported(body: str) -> None:
    _never(Verdict.SUPPORTED, body, [RUIZ], ("role",))


def test_r6_twin_the_terms_own_years_before_under_are_supported() -> None:
    found = _judged("Ana Ruiz, who served as finance minister from 2022 to 2023 under Ivo Stam, spoke.", [RUIZ])
    assert Verdict.SUPPORTED in found.values(), found
    assert Verdict.CONTRADICTED not in found.values(), found


# Tom Berg's invented page: an opposition politician, shadow minister of trade since 2020 and of finance before.
SHADOW_LEAD = (
    "Tom Berg (born 1970) is a Norbian politician who has been Shadow Minister of Trade since 2020. He was Shadow "
    "Minister of Finance from 2015 to 2018."
)
SHADOW = boxed(
    "Tom Berg",
    SHADOW_LEAD,
    [
        ("office", "Shadow Minister of Trade"),
        ("term_start", "5 May 2020"),
        ("office2", "Shadow Minister of Finance"),
        ("term_start2", "2015"),
        ("term_end2", "2018"),
    ],
    SAVED,
)


# R7 (main fdba4a3, the clause judge's spells): a shadow minister's spell words the minister's ('has been Shadow
# Minister of Trade since 2020' supports 'has been trade minister since 2020'), though the lexicon names 'shadow' a
# word of another post (judging.toml other_post_words); and 'Shadow Trade Minister Tom Berg' is refuted by the very
# row 'Shadow Minister of Trade'.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Tom Berg has been trade minister since 2020.", id="since"),
        pytest.param("Tom Berg was finance minister from 2015 to 2018.", id="from-to"),
    ],
)
def test_r7_a_shadow_ministers_spell_is_not_the_ministers(body: str) -> None:
    _never(Verdict.SUPPORTED, body, [SHADOW])


# fixed by s28-open28 (its strict xfail removed at the merge)
def test_r7_the_shadow_post_held_is_not_refuted() -> None:
    _never(Verdict.CONTRADICTED, "Shadow Trade Minister Tom Berg spoke.", [SHADOW], ("role",))


def test_r7_twin_the_shadow_spell_is_supported() -> None:
    found = _judged("Tom Berg was shadow finance minister from 2015 to 2018.", [SHADOW], ("clause",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# Guard (review27 B3 on s27-way27 8cfb811): a body's size told as an adjective ('the 150-member parliament') is not
# the party's membership, which its page gives as 'about 42,000 members'.
def test_guard_a_bodys_size_is_not_the_partys_membership() -> None:
    _never(Verdict.CONTRADICTED, "The Norby Party holds 61 seats in the 150-member parliament.", [PARTY], ("quantity",))


def _mayor(start: int, end: int) -> Document:
    """Eva Holm's invented page with her mayoralty as rows, 1 June `start` to 1 June `end`."""
    return boxed(
        "Eva Holm",
        "Eva Holm (born 1960) is a Norbian politician.",
        [("office", "Mayor of Korvik"), ("term_start", f"1 June {start}"), ("term_end", f"1 June {end}")],
        SAVED,
    )


# R8 (main fdba4a3, the duration judge's round figures, `_fits`; fixed on s28-fs28): 'for a decade' was supported by
# eight years and 'for two decades' by seventeen, while 'for nearly a decade' was refuted by nine years exactly.
@pytest.mark.parametrize(
    ("body", "start", "end"),
    [
        pytest.param("Eva Holm was mayor of Korvik for a decade.", 2015, 2023, id="decade-for-8"),
        pytest.param("Eva Holm was mayor of Korvik for two decades.", 2005, 2022, id="two-decades-for-17"),
    ],
)
def test_r8_a_round_length_is_not_supported_well_short_of_it(body: str, start: int, end: int) -> None:
    _never(Verdict.SUPPORTED, body, [_mayor(start, end)], ("duration",))


def test_r8_nearly_a_decade_fits_nine_years() -> None:
    _never(
        Verdict.CONTRADICTED, "Eva Holm was mayor of Korvik for nearly a decade.", [_mayor(2014, 2023)], ("duration",)
    )


def test_r8_twin_a_decade_fits_ten_years() -> None:
    found = _judged("Eva Holm was mayor of Korvik for a decade.", [_mayor(2013, 2023)], ("duration",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


def test_r8_twin_nearly_two_decades_fits_seventeen_years() -> None:
    found = _judged("Eva Holm was mayor of Korvik for nearly two decades.", [_mayor(2005, 2022)], ("duration",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


def test_r8_twin_more_than_a_decade_is_still_refuted_by_eight_years() -> None:
    found = _judged("Eva Holm was mayor of Korvik for more than a decade.", [_mayor(2015, 2023)], ("duration",))
    assert set(found.values()) == {Verdict.CONTRADICTED}, found


def _diplomat(lead: str) -> Document:
    """Eva Holm's invented page, her lead describing her as `lead` (a diplomat, with or without a demonym)."""
    return page(
        "Eva Holm",
        f"Eva Holm (born 1965) is a {lead}. She has served as ambassador to France since 2021.",
        SAVED,
    )


# R9 (main fdba4a3, the role judge's nationality; fixed on s28-fs28): a demonym before the title was not asked when
# the page gives no nationality (or gives two, 'British-Danish'): 'Swedish diplomat Eva Holm' was SUPPORTED by 'is a
# diplomat' ("describes Eva Holm as a diplomat"). The occupation now supports only with the claimed country given.
@pytest.mark.parametrize(
    ("body", "lead"),
    [
        pytest.param("Swedish diplomat Eva Holm spoke.", "diplomat", id="title-before"),
        pytest.param("Eva Holm, a Swedish diplomat, spoke.", "diplomat", id="apposition"),
        pytest.param("Norwegian diplomat Eva Holm spoke.", "British-Danish diplomat", id="dual-lead"),
    ],
)
def test_r9_a_nationality_the_page_does_not_give_is_not_supported(body: str, lead: str) -> None:
    _never(Verdict.SUPPORTED, body, [_diplomat(lead)], ("role",))


# Guard (review27 B4 on s27-fs27 1735cfe): a birthplace's demonym gives no nationality (review26 R18), so it can no
# more support another one than refute it.
def test_guard_a_birthplace_alone_supports_no_nationality() -> None:
    _never(Verdict.SUPPORTED, "Swedish diplomat Eva Holm spoke.", [_diplomat("Danish-born diplomat")], ("role",))


def test_r9_twin_the_nationality_given_is_supported() -> None:
    found = _judged("Swedish diplomat Eva Holm spoke.", [_diplomat("Swedish diplomat")], ("role",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


def test_r9_twin_either_nationality_of_a_dual_lead_is_supported() -> None:
    found = _judged("Danish diplomat Eva Holm spoke.", [_diplomat("British-Danish diplomat")], ("role",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# Ana Ruiz's invented page quoting two of her sentences, each with a denying word inside the quotation marks.
QUOTED = page(
    "Ana Ruiz",
    "Ana Ruiz (born 1 January 1975) is a Norbian politician serving as Prime Minister of Norby since 14 February 2023. "
    'In her first speech she said the country would "never again borrow to pay its bills". In 2024 she said the '
    'budget was "not balanced yet".',
    SAVED,
)


# R10 (main fdba4a3, the quote judge's match; fixed on s28-fs28): a fragment of the page's quotation that leaves out
# the denying word before it ('never again', 'not') was SUPPORTED, though it says the opposite of what she said.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param('Ana Ruiz said the country would "borrow to pay its bills".', id="never-again-cut"),
        pytest.param('Ana Ruiz said the budget was "balanced yet".', id="not-cut"),
    ],
)
def test_r10_a_fragment_cut_after_a_denial_is_not_supported(body: str) -> None:
    _never(Verdict.SUPPORTED, body, [QUOTED], ("quote",))


def test_r10_twin_the_whole_denial_is_supported() -> None:
    found = _judged('Ana Ruiz said the country would "never again borrow to pay its bills".', [QUOTED], ("quote",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# Guard (review28 B4 on s28-fs28 27a408a, fixed on s28-fs28): 'not only ... but also' denies nothing.
def test_guard_a_fragment_after_not_only_is_supported() -> None:
    quoted = page(
        "Ana Ruiz",
        'Ana Ruiz (born 1 January 1975) is a Norbian politician. In 2023 she said: "We will not only cut taxes but '
        'also raise pensions."',
        SAVED,
    )
    found = _judged('Ana Ruiz promised to "cut taxes".', [quoted], ("quote",), dt.date(2024, 6, 1))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


def test_r10_twin_a_denial_kept_outside_the_quotation_marks_is_supported() -> None:
    found = _judged('Ana Ruiz said the country would never again "borrow to pay its bills".', [QUOTED], ("quote",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# R11 (main fdba4a3, the role claim of an apposition dated by its head): 'finance minister under Ivo Stam' and
# 'finance minister in Ivo Stam's government' (Stam prime minister until 14 February 2023; her finance term ran under
# him) are read as a post held on the article's day and refuted; 'prime minister in Ivo Stam's government' is
# supported by the office she holds now, though she never held it in his government (she succeeded him). A head who
# left office dates the apposition to his time, as 'until 2023' does (review26 R21).
# fixed by s28-open28 (its strict xfail removed at the merge)
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Ana Ruiz, finance minister under Ivo Stam, spoke.", id="under"),
        pytest.param("Ana Ruiz, finance minister in Ivo Stam's government, spoke.", id="government"),
    ],
)
def test_r11_an_apposition_under_a_former_head_is_not_refuted(body: str) -> None:
    _never(Verdict.CONTRADICTED, body, [RUIZ, STAM], ("role",))


# R11's supported half fixed on s28-fs28: the head written right after the apposition's office ('under Ivo Stam', 'in
# Ivo Stam's government') is read as the office's head, so a support that does not name him is set aside.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Ana Ruiz, prime minister in Ivo Stam's government, spoke.", id="government"),
        pytest.param("Ana Ruiz, prime minister under Ivo Stam, spoke.", id="under"),
    ],
)
def test_r11_a_post_never_held_under_that_head_is_not_supported(body: str) -> None:
    _never(Verdict.SUPPORTED, body, [RUIZ, STAM], ("role",))


# Tom Berg's invented page: finance minister since 2023, his term's row naming Ana Ruiz as its prime minister.
BERG_FINANCE = boxed(
    "Tom Berg",
    "Tom Berg (born 1970) is a Norbian politician serving as Minister of Finance of Norby since 2023.",
    [("office", "Minister of Finance of Norby"), ("term_start", "14 February 2023"), ("primeminister", "Ana Ruiz")],
    SAVED,
)


def test_r11_twin_a_post_held_under_the_head_its_row_names_is_supported() -> None:
    found = _judged("Tom Berg, finance minister in Ana Ruiz's government, spoke.", [BERG_FINANCE], ("role",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found
