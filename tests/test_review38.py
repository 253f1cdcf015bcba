"""Findings of review38 (session 38), as rows the desk would meet: a true sentence and, where it helps, its
one-fact-false twin, extracted from an invented article and judged against invented pages
(`tests/support/judging.py`) with the fields extraction gives its words. R-items are strict xfails for what is open
on main; a B-item (a regression found on a branch) is a plain test that passes on main, or a strict xfail naming the
branch. The list with its status is /work/briefs38/review38-findings.md."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, claim_subjects, judged_body, page
from tests.support.ruiz import RUIZ
from tests.test_review26 import AS_OF, SAVED, _judged, _never, _open  # the same reading of rows as review26's
from tests.test_review27 import PARTY, STAM
from tests.test_review29 import VOS
from verify.app import article_from_text
from verify.extract import extract_claims
from verify.judge import judge
from verify.models import Document, Verdict
from verify.retrieve import EvidencePool


def _on_words(body: str, docs: list[Document], kind: str, words: str, day: dt.date = AS_OF) -> list[Verdict]:
    """The verdicts on the claims of `kind` whose words hold `words`, extracted from `body` (an article of `day`) and
    judged against `docs` alone: one claim of a sentence that gives several of the same kind."""
    found = [v for c, v in judged_body(body, docs, day) if c.kind == kind and words in c.text]
    assert found, "no such claim extracted"
    return found


def _judged_whole(body: str, docs: list[Document], kind: str, words: str, day: dt.date = AS_OF) -> list[Verdict]:
    """As `_on_words`, through the article's whole judging (`verify.judge.judge`: the readings that weigh one claim's
    verdict against its sentence's other claims run there, not in `decide`)."""
    claims = extract_claims(article_from_text(f"Norby news\n\n{body}\n", as_of=day))
    results = judge(claims, EvidencePool(documents=docs, by_claim={c.id: docs for c in claims}), day)
    found = [r.verdict for c, r in zip(claims, results, strict=True) if c.kind == kind and words in c.text]
    assert found, "no such claim extracted"
    return found


# The 2023 election's invented page, told party by party the way an election page's lead tells its result.
def _election(results: str) -> Document:
    return page(
        "2023 Norbian general election",
        f"The 2023 Norbian general election was held on 5 February 2023. {results}",
        SAVED,
    )


ELECTION = _election("The Norby Party won 61 of the 150 seats. The Labour Party won 44 seats.")
LABOUR_ONLY = _election("The Labour Party won 44 seats with 28.1% of the vote.")
# The city of Korvik's invented page: its largest employer is Korvik Bank (no other company is named).
KORVIK = page(
    "Korvik",
    "Korvik is a city in southern Norby. Its largest employer, Korvik Bank, employs about 3,000 people in the city.",
    SAVED,
)


# R1 (main 85d2a5e0, the quantity judge's `_sentence_findings` through `_names_most`; review37 R1's cause in a page's
# SENTENCE, which fsc37's `_titled` mended for a page's title only): a sentence naming a body that shares ONE word of a
# two-word name ('Party' of 'Labour Party' for 'Norby Party', 'Korvik' of 'Korvik Bank' for 'Korvik Steel') is read as
# naming the claim's own side (half the words of a name is enough), so its figure decides the claim: 'Korvik Steel
# employs about 3,000 people.' SUPPORTED by the city page's 'Korvik Bank employs about 3,000 people'; 'The Norby Party
# won 61 seats in 2023.' CONTRADICTED by an election page's 'The Labour Party won 44 seats', and with both parties'
# sentences on the page each party's true count is torn ("sources disagree", unverified). Every election page names
# several '... Party's; a company page names its rivals and namesakes.
# (R1 mended by s39-fsb39: the words of a name the sentence writes that is another's, neither within the claim's name
# nor it with more words, do not count towards naming the claim's side, `verify.kinds.quantity.judge._another_name`.)
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Korvik Steel employs about 3,000 people.", id="another-korvik-company"),
        pytest.param("Norby Bank employs about 3,000 people.", id="another-bank"),
    ],
)
def test_r1_a_sentence_sharing_one_word_of_the_name_does_not_support(body: str) -> None:
    _never(Verdict.SUPPORTED, body, [KORVIK], ("quantity",))


def test_r1_another_partys_seats_do_not_refute() -> None:
    _never(Verdict.CONTRADICTED, "The Norby Party won 61 seats in 2023.", [LABOUR_ONLY], ("quantity",))


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("The Norby Party won 61 seats in 2023.", id="norby-party"),
        pytest.param("The Labour Party won 44 seats in 2023.", id="labour-party"),
    ],
)
def test_r1_each_partys_count_is_supported_on_the_election_page(body: str) -> None:
    found = _judged(body, [ELECTION], ("quantity",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


def test_r1_twin_the_named_body_keeps_its_count() -> None:
    found = _judged("Korvik Bank employs about 3,000 people.", [KORVIK], ("quantity",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# Greta Lind's invented page: the 12th prime minister of Norby, 1995 to 2005, dead on 2 January 2024 at 73; a law
# graduate and a judge before politics; never arrested.
LIND = boxed(
    "Greta Lind",
    "Greta Lind (3 March 1950 – 2 January 2024) was a Norbian politician who served as the 12th Prime Minister of "
    "Norby from 1995 to 2005. Born in Tarsa, she studied law at Korvik University and worked as a judge before "
    "entering politics in 1980.",
    [("office", "Prime Minister of Norby"), ("term_start", "1 May 1995"), ("term_end", "1 May 2005")],
    SAVED,
)
OBITUARY_DAY = dt.date(2024, 1, 4)


# R2 (main 85d2a5e0, the clause judge's `ordinal_findings`): an ordinal anywhere in a clause claim's words is read as
# the clause's fact, so a deed told beside an apposed numbered post ('Greta Lind, Norby's 12th prime minister, has
# died aged 75.') is SUPPORTED by the page's '12th Prime Minister of Norby', whatever the deed: 'has died aged 75'
# (she died at 73), 'has been arrested' (never), 'studied medicine' (law). The apposition is its own claim, rightly
# supported; the main clause's deed (with no time of its own to check) takes its support. The obituary's and the
# profile's first line ('X, the country's Nth president, has died aged N') is the shape. `ordinal_findings` already
# keeps a CONTRADICTING ordinal to the copular clause ('only when the numbered post is the clause's fact'); its
# support is not kept so.
@pytest.mark.parametrize(
    ("body", "deed"),
    [
        pytest.param("Greta Lind, Norby's 12th prime minister, has died aged 75.", "died aged 75", id="died-aged"),
        pytest.param("Greta Lind, Norby's 12th prime minister, has been arrested.", "arrested", id="arrested"),
        pytest.param("Greta Lind, Norby's 12th prime minister, studied medicine.", "medicine", id="studied"),
        pytest.param("Greta Lind, the 12th prime minister, has died aged 75.", "died aged 75", id="the-12th"),
    ],
)
def test_r2_an_apposed_ordinal_does_not_support_the_deed(body: str, deed: str) -> None:
    assert Verdict.SUPPORTED not in _on_words(body, [LIND], "clause", deed, OBITUARY_DAY)


def test_r2_twin_the_apposed_ordinal_is_supported() -> None:
    body = "Greta Lind, Norby's 12th prime minister, has been arrested."
    found = _on_words(body, [LIND], "clause", "Greta Lind, Norby's 12th prime minister", OBITUARY_DAY)
    assert Verdict.SUPPORTED in found, found


# R3 (main 85d2a5e0, the quantity judge's time of a count): a comparison's year ('nine more than in 2019', '17 more
# than Labour') is read as the count's own time or owner: 'The Norby Party won 61 seats, nine more than in 2019.'
# CONTRADICTED by the party page's 2019 count (52: the claim is true, 61 in 2023); 'up from 52 in 2019' is read right
# (supported). Election copy gives every result with its change since the last vote.
# (mended by s39-fcc39: judging.toml [quantity] difference_comparatives, a difference's part cut as an earlier figure's)
def test_r3_the_year_compared_with_is_not_the_counts() -> None:
    _never(Verdict.CONTRADICTED, "The Norby Party won 61 seats, nine more than in 2019.", [PARTY], ("quantity",))


def test_r3_twin_a_wrong_count_beside_a_difference_is_refuted() -> None:
    found = _on_words("The Norby Party won 70 seats in 2023, nine more than in 2019.", [PARTY], "quantity", "70 seats")
    assert found == [Verdict.CONTRADICTED], found


def test_r3_twin_up_from_keeps_the_counts_year() -> None:
    found = _on_words("The Norby Party won 61 seats in 2023, up from 52 in 2019.", [PARTY], "quantity", "61 seats")
    assert found == [Verdict.SUPPORTED], found


# R4 (main 85d2a5e0, the role judge's holding; review37 R5's kin, which s37-fcc37's `a_place_in_its_line` mended for
# 'the first' and 'the founding' only): a post apposed with another place in its line ('the 12th prime minister') or a
# first of a kind ('the first female prime minister') is read as held on the article's day and CONTRADICTED by the
# term's end: 'Greta Lind, the 12th prime minister, has died aged 73.' (role 'prime minister'), '..., the 12th prime
# minister of Norby, ...', 'Greta Lind, the first female prime minister, has died.' An obituary's first line names the
# dead by their place in the line of holders; a number in the line dates the holding to its turn, as 'the first' does.
# (numbered posts mended by s39-fcc39: `role.judge._numbered_apposition`; a first of a kind still open: the held
# reading of 'first female prime minister' finds no support, so the holding today's refutation stood; mended by the
# lead in session 41: a first of a kind is a place in the line too, `role._judged`)


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Greta Lind, the 12th prime minister, has died aged 73.", id="12th"),
        pytest.param("Greta Lind, the 12th prime minister of Norby, has died aged 73.", id="12th-of-norby"),
        pytest.param("Greta Lind, the first female prime minister, has died.", id="first-female"),
        pytest.param("Greta Lind, the country's first female prime minister, has died.", id="countrys-first-female"),
    ],
)
def test_r4_a_numbered_post_apposed_is_not_read_as_held_today(body: str) -> None:
    _never(Verdict.CONTRADICTED, body, [LIND], ("role",), day=OBITUARY_DAY)


def test_r4_twin_the_post_apposed_without_its_place_in_the_line_is_read_as_today() -> None:
    found = _judged("Greta Lind, the prime minister of Norby, has died.", [LIND], ("role",), day=OBITUARY_DAY)
    assert set(found.values()) == {Verdict.CONTRADICTED}, found


# Halden Works' invented page: a steel plant of its own name, owned by Norby Steelworks, employing about 4,200 people.
HALDEN_WORKS = page(
    "Halden Works",
    "Halden Works is a steel plant in Halden, Norby, owned by Norby Steelworks. It employs about 4,200 people.",
    SAVED,
)


# B1 (s38-fsb38 3ccb0295, quantity `measured.of_one_part`; support lost): a figure whose verb's subject is a lower-case
# parts word ('plant') is set aside as one part's, even when the part IS the claim's subject, named by its own name:
# 'Halden Works, a steel plant employing about 4,200 people, will close.' (the plant-closure story's first line), '...,
# a steel plant that employs ...', 'The plant, Halden Works, employs ...', 'Halden Works said the plant employs ...':
# SUPPORTED on main by the plant's own page, unverified on the branch. A part apposed to (or named as) the subject is
# the subject. Merged into main with s38-fsb38 at 6f291eb4: a strict xfail until mended.
# (mended by s38-fixb38: `measured.parts_it_is`, a parts word the named page calls its subject by)
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Halden Works, a steel plant employing about 4,200 people, will close.", id="a-plant-employing"),
        pytest.param("Halden Works, a steel plant that employs about 4,200 people, will close.", id="that-employs"),
        pytest.param("The plant, Halden Works, employs about 4,200 people.", id="the-plant-named"),
        pytest.param("Halden Works said the plant employs about 4,200 people.", id="said-the-plant"),
    ],
)
def test_b1_a_part_that_is_the_subject_keeps_its_figure(body: str) -> None:
    found = _judged(body, [HALDEN_WORKS], ("quantity",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# Tom Berg's invented page: an American banker who runs a British bank.
AMERICAN_BANKER = page(
    "Tom Berg",
    "Tom Berg (born 1966) is an American banker who has been chief executive of Barclays since 2021.",
    SAVED,
)


# B2 (s38-recall38b 554e6fcd, role `of_a_possessive_country`; false "contradicted"): the country whose possessive owns
# the body is made the holder's nationality for any post, so a company's or a body's country refutes a holder of
# another nationality: 'Tom Berg, chief executive of Britain's Barclays, said on Monday.' CONTRADICTED on the branch
# by his page's 'an American banker' ("gives Tom Berg's country as United States"), unverified on main; also '... chief
# executive of Britain's biggest bank', 'chairman of Japan's largest carmaker'. The business wire names foreign chiefs
# of national companies daily; only a post of the country's own state (its parliament's Speaker) is the country's.
# Merged into main with s38-recall38b at 17d62660: a strict xfail until mended.
# (mended by s38-fixb38: judging.toml [role] state_bodies, the head of the owned body's name)
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Tom Berg, chief executive of Britain's Barclays, said on Monday.", id="britains-barclays"),
        pytest.param("Tom Berg, chief executive of Britain's biggest bank, said on Monday.", id="biggest-bank"),
        pytest.param("Tom Berg, chairman of Japan's largest carmaker, said on Monday.", id="japans-carmaker"),
    ],
)
def test_b2_a_companys_country_is_not_its_chiefs_nationality(body: str) -> None:
    _never(Verdict.CONTRADICTED, body, [AMERICAN_BANKER], ("role",))


# R5 (main 85d2a5e0, extraction's subject of a description; found as a new user, on a wire story of my own about NATO):
# 'The alliance' opening a paragraph is given the nearest capitalised word before it, an adjective ('European' of
# 'European allies') or a person, not the alliance the article named: "Donald Trump urged NATO's 32 members to raise
# spending.\n\nTrump has long accused European allies of relying on U.S. protection. The alliance, founded in 1949,
# admitted Sweden in 2024." gives 'The alliance ...' and 'founded in 1949' the subject 'European' (the report then says
# "no page titled 'European'"); in one paragraph it gives them 'Donald Trump'. With no other name between, NATO.
_ALLIANCE_BEFORE = "Donald Trump urged NATO's 32 members to raise spending."
_ALLIANCE = "The alliance, founded in 1949, admitted Sweden in 2024."


# (the next paragraph's row mended by s39-ext39a: a nationality said as an adjective is no body a description of one
# stands for, `_Finder.no_body`; the same paragraph's stays open: the parse tags 'Trump' opening the sentence a common
# noun and the recogniser reads it as an organisation, so the walk remembers it as the last thing named)
@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            f"{_ALLIANCE_BEFORE}\n\nTrump has long accused European allies of relying on U.S. protection. {_ALLIANCE}",
            id="next-paragraph",
        ),
        pytest.param(
            f"{_ALLIANCE_BEFORE} Trump has long accused European allies of relying on U.S. protection. {_ALLIANCE}",
            id="same-paragraph",
            marks=_open(
                "R5 open: 'Trump' opening a sentence, tagged a common noun and read as an organisation, is "
                "remembered as the last thing named, which 'The alliance' then means"
            ),
        ),
    ],
)
def test_r5_the_alliance_is_the_alliance_named(text: str) -> None:
    assert claim_subjects(text, "founded in 1949") == ["NATO"]


def test_r5_twin_with_nothing_named_between_the_alliance_is_nato() -> None:
    assert claim_subjects(f"{_ALLIANCE_BEFORE} {_ALLIANCE}", "founded in 1949") == ["NATO"]


# Korvik Bank's and the Norby Party's invented pages, each giving two years' figures in one sentence, the later year
# first and the earlier after 'up from' (how results are told on company and party pages).
BANK_TWO_YEARS = page(
    "Korvik Bank",
    "Korvik Bank is a Norbian bank founded in 1995. In 2023 it had revenue of 1.2 billion euros and a net profit of "
    "200 million euros, up from 150 million euros in 2022.",
    SAVED,
)
PARTY_TWO_YEARS = page(
    "Norby Party",
    "The Norby Party is a centre-right party in Norby. In the 2023 election it won 61 seats, up from 52 in 2019.",
    SAVED,
)


# R6 (main 85d2a5e0, the quantity judge's time of a page's figure): a page sentence giving two years' figures ('In 2023
# ... a net profit of 200 million euros, up from 150 million euros in 2022') is read as one time, so the claim's year
# takes either figure: 'Korvik Bank made a net profit of 150 million euros in 2023.' SUPPORTED (2022's figure), '...
# 200 million euros in 2022.' SUPPORTED (2023's), 'The Norby Party won 61 seats in 2019.' SUPPORTED by 'In the 2023
# election it won 61 seats, up from 52 in 2019'. Told apart as 'compared with 150 million euros in 2022' or 'rose to
# ... from ...', the same claims are unverified. The wrong year is the results story's commonest slip. Mended by
# s39-fsa39: each figure of the page's pair is read at its own time, as the article's is.
@pytest.mark.parametrize(
    ("body", "doc"),
    [
        pytest.param("Korvik Bank made a net profit of 150 million euros in 2023.", BANK_TWO_YEARS, id="last-years"),
        pytest.param("Korvik Bank made a net profit of 200 million euros in 2022.", BANK_TWO_YEARS, id="this-years"),
        pytest.param("The Norby Party won 61 seats in 2019.", PARTY_TWO_YEARS, id="seats"),
    ],
)
def test_r6_the_other_years_figure_does_not_support(body: str, doc: Document) -> None:
    _never(Verdict.SUPPORTED, body, [doc], ("quantity",))


@pytest.mark.parametrize(
    ("body", "doc"),
    [
        pytest.param("Korvik Bank made a net profit of 200 million euros in 2023.", BANK_TWO_YEARS, id="profit"),
        pytest.param("The Norby Party won 61 seats in 2023.", PARTY_TWO_YEARS, id="seats"),
    ],
)
def test_r6_twin_the_years_own_figure_is_supported(body: str, doc: Document) -> None:
    found = _judged(body, [doc], ("quantity",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# Found by s39-fsa39 beside R6 (the false "contradicted" twin): the earlier year's own figure, after 'up from', is
# refuted by the later year's ('61 seats', of 2023), its own figure (52) read nowhere: 'The Norby Party won 52 seats in
# 2019.' CONTRADICTED by 'In the 2023 election it won 61 seats, up from 52 in 2019.' ('... 150 million euros in 2022.'
# is supported by the bank's page). Mended by s39-fixr39: the page's count is read at its own time (review39 R7).
def test_r6_the_earlier_years_own_count_is_not_refuted() -> None:
    _never(Verdict.CONTRADICTED, "The Norby Party won 52 seats in 2019.", [PARTY_TWO_YEARS], ("quantity",))


# Lena Sand's invented pages: finance minister from 1 June 2019 to 14 February 2023, the day Ana Ruiz became prime
# minister (RUIZ; Ivo Stam before her, STAM); health minister from 3 March 2011 to 1 June 2015, the day Ivo Stam took
# over from Lena Vos (VOS). She served under neither successor.
SAND_FINANCE = boxed(
    "Lena Sand",
    "Lena Sand (born 1965) is a Norbian politician who served as Minister of Finance from 2019 to 2023.",
    [("office", "Minister of Finance"), ("term_start", "1 June 2019"), ("term_end", "14 February 2023")],
    SAVED,
)
SAND_HEALTH = boxed(
    "Lena Sand",
    "Lena Sand (born 1965) is a Norbian politician who served as Minister of Health from 2011 to 2015.",
    [("office", "Minister of Health"), ("term_start", "3 March 2011"), ("term_end", "1 June 2015")],
    SAVED,
)


# B3 (s38-fsa38 0567396e, role `served_under` / `_in_the_heads_time`; false "supported"): a term is read as held under a
# head when it shares ANY day with the head's spell, so the handover day (the outgoing minister's last, the new head's
# first) makes a minister of the predecessor's cabinet the successor's: 'Lena Sand, a former finance minister under
# Prime Minister Ana Ruiz, spoke.' and 'Lena Sand served as finance minister under Prime Minister Ana Ruiz.' SUPPORTED
# on the branch (unverified on main); 'Lena Sand, a former health minister under Prime Minister Ivo Stam, spoke.' too.
# A cabinet's terms end the day the next head takes office; a shared day is no time served under them. Merged into
# main with s38-fsa38 at 5c83bc0a: a strict xfail until mended.
# (B3 mended by the lead, s38-lead: a shared handover day is no time served)
@pytest.mark.parametrize(
    ("body", "doc", "post"),
    [
        pytest.param(
            "Lena Sand, a former finance minister under Prime Minister Ana Ruiz, spoke.",
            SAND_FINANCE,
            "finance minister",
            id="a-former-under",
        ),
        pytest.param(
            "Lena Sand served as finance minister under Prime Minister Ana Ruiz.",
            SAND_FINANCE,
            "finance minister",
            id="served-under",
        ),
        pytest.param(
            "Lena Sand, a former health minister under Prime Minister Ivo Stam, spoke.",
            SAND_HEALTH,
            "health minister",
            id="health-under-stam",
        ),
    ],
)
def test_b3_the_handover_day_is_no_time_served_under_the_successor(body: str, doc: Document, post: str) -> None:
    assert Verdict.SUPPORTED not in _on_words(body, [doc, RUIZ, STAM, VOS], "role", post)


# R7 (main 85d2a5e0, the role claim of the one succeeded): 'Ana Ruiz became prime minister in 2023, succeeding Lena
# Vos.' gives the role claim 'succeeding Lena Vos' (read as 'Lena Vos held office: prime minister'), SUPPORTED by Vos's
# 2005-2015 premiership, beside the clause rightly CONTRADICTED by Ruiz's 'Predecessor: Ivo Stam'; also 'replacing Lena
# Vos'. The desk sees the false predecessor's words marked supported. A past holder named as the one succeeded is
# checked as the predecessor or not at all.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Ana Ruiz became prime minister in 2023, succeeding Lena Vos.", id="succeeding"),
        pytest.param("Ana Ruiz became prime minister in 2023, replacing Lena Vos.", id="replacing"),
    ],
)
def test_r7_the_wrong_predecessor_is_not_supported(body: str) -> None:
    assert Verdict.SUPPORTED not in _on_words(body, [RUIZ, STAM, VOS], "role", "Lena Vos")


def test_r7_twin_the_predecessor_is_supported() -> None:
    body = "Ana Ruiz became prime minister in 2023, succeeding Ivo Stam."
    assert _on_words(body, [RUIZ, STAM, VOS], "role", "Ivo Stam") == [Verdict.SUPPORTED]


# Tom Berg's invented pages: a German who coaches Brazil's national team; an American who runs a German company.
GERMAN_COACH = page(
    "Tom Berg",
    "Tom Berg (born 1966) is a German football manager who has been head coach of the Brazil national team since 2025.",
    SAVED,
)
AMERICAN_CHIEF = page(
    "Tom Berg",
    "Tom Berg (born 1966) is an American businessman who has been chief executive of Bayer since 2023.",
    SAVED,
)


# R8 (main 85d2a5e0, the role reading of a country's possessive before a title; B2's kin on main): "Brazil's coach Tom
# Berg said on Monday." is read as a Brazilian's post and CONTRADICTED by his page's 'a German football manager'
# ("gives Tom Berg's country as Germany"); "Germany's Bayer chief executive Tom Berg" by 'an American businessman'. A
# national team's coach and a company's chief are often foreign: only a state's post is its country's nationals'.
# (mended by s39-fcc39: judging.toml [role] team_or_company_posts, `role.judge.a_bodys_post_of_a_possessive`)
@pytest.mark.parametrize(
    ("body", "doc"),
    [
        pytest.param("Brazil's coach Tom Berg said on Monday.", GERMAN_COACH, id="brazils-coach"),
        pytest.param("Germany's Bayer chief executive Tom Berg said on Monday.", AMERICAN_CHIEF, id="germanys-bayer"),
    ],
)
def test_r8_a_teams_or_companys_country_is_not_its_chiefs_nationality(body: str, doc: Document) -> None:
    _never(Verdict.CONTRADICTED, body, [doc], ("role",))


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Brazilian coach Tom Berg said on Monday.", id="demonym"),
        pytest.param("Brazil's president Tom Berg said on Monday.", id="a-states-post"),
    ],
)
def test_r8_twin_a_demonym_or_a_states_post_is_the_holders_nationality(body: str) -> None:
    assert set(_judged(body, [GERMAN_COACH], ("role",)).values()) == {Verdict.CONTRADICTED}


# Tom Berg's invented footballer's page and Norby Steelworks' page with one plant: each sentence holds a number of
# another noun than the claim's ('12 goals'; a plant that 'employs 300 people').
BERG_FOOTBALLER = page(
    "Tom Berg",
    "Tom Berg (born 1971) is a Norbian footballer. He played for Korvik FC from 1990 to 1998, scoring 12 goals.",
    SAVED,
)
ONE_PLANT = page(
    "Norby Steelworks",
    "Norby Steelworks is a Norbian steel company founded in 1921. It built a plant in Halden in 1990 that employs 300 "
    "people.",
    SAVED,
)


# R9 (main 85d2a5e0, the clause judge's `_holds` for a 'number' value): a clause's count is found in a page sentence by
# its digits alone, whatever they count, so 'Tom Berg played 12 matches for Korvik FC.' is SUPPORTED ("states it") by
# 'He played for Korvik FC from 1990 to 1998, scoring 12 goals.' and 'Norby Steelworks built 300 plants in Halden.' by
# '... built a plant in Halden in 1990 that employs 300 people.' (the quantity claim beside it is rightly unverified).
# A sports profile's caps and goals, a company's plants and staff: two counts in one sentence are the rule.
@pytest.mark.parametrize(
    ("body", "doc"),
    [
        pytest.param("Tom Berg played 12 matches for Korvik FC.", BERG_FOOTBALLER, id="goals-as-matches"),
        pytest.param("Norby Steelworks built 300 plants in Halden.", ONE_PLANT, id="staff-as-plants"),
    ],
)
def test_r9_a_clauses_count_is_of_its_own_noun(body: str, doc: Document) -> None:
    _never(Verdict.SUPPORTED, body, [doc], ("clause",))


def test_r9_twin_the_count_of_the_same_noun_is_supported() -> None:
    doc = page("Tom Berg", "Tom Berg (born 1971) is a Norbian footballer. He played 210 games for Korvik FC.", SAVED)
    found = _judged("Tom Berg played 210 games for Korvik FC.", [doc], ("clause",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# United Russia's invented page (its count as the party's page gives it, the election named without its chamber).
UNITED_RUSSIA = page(
    "United Russia",
    "United Russia is the ruling political party of Russia. In the 2021 Russian legislative election it won 324 seats.",
    SAVED,
)


# B4 (s38-fsb38 490852e7, quantity `measured.contest_named` / `_of_its_contest`; support and refutation lost): a
# country's one national chamber whose name holds a word of judging.toml `other_contests` ('State Duma', 'National
# Council': Slovakia's parliament, Austria's and Switzerland's lower house) is read as another contest, so only a page
# naming the chamber decides: 'United Russia won 324 seats in the State Duma in 2021.' and 'The Norby Party won 61
# seats in the National Council in 2023.' SUPPORTED on main, unverified on the branch; their twins ('300 seats', '70
# seats') CONTRADICTED on main, unverified there. A capitalised chamber's name is a name, not a contest's kind. Merged
# into main with s38-fsb38 at 6f291eb4: a strict xfail until mended.
# (mended by s38-fixb38: judging.toml [quantity] national_chambers, a chamber's name written as one)
@pytest.mark.parametrize(
    ("body", "doc", "verdict"),
    [
        pytest.param("United Russia won 324 seats in the State Duma in 2021.", UNITED_RUSSIA, "supported", id="duma"),
        pytest.param(
            "United Russia won 300 seats in the State Duma in 2021.", UNITED_RUSSIA, "contradicted", id="duma-no"
        ),
        pytest.param(
            "The Norby Party won 61 seats in the National Council in 2023.", PARTY, "supported", id="national-council"
        ),
        pytest.param(
            "The Norby Party won 70 seats in the National Council in 2023.", PARTY, "contradicted", id="council-no"
        ),
    ],
)
def test_b4_a_national_chamber_named_with_a_contests_word_is_the_parliament(
    body: str, doc: Document, verdict: str
) -> None:
    found = _judged(body, [doc], ("quantity",))
    assert set(found.values()) == {Verdict(verdict)}, found


# B5 (s38-fsa38 15002c54, role `_told_when` in `then_in_the_sentences_years`; support lost): a post told in a
# 'when'/'while' clause is dated by ANY year of the sentence, also one of another clause or thing (a birth, a law's
# passing, a crisis named by its year), so a true past holding loses its support: 'Ana Ruiz, who was born in 1975, said
# the deal was signed when she was finance minister.', 'The law, passed in 2019, was repealed when Ana Ruiz was finance
# minister.', 'The 2008 crisis was still felt when Ana Ruiz was finance minister.' SUPPORTED on main by her 2022-2023
# term, unverified on the branch. Only the year of the clause the time clause hangs from dates the holding (the
# commit's own 'signed the deal in 2019, when ...' is right). Merged into main with s38-fsa38 at 5c83bc0a: a strict
# xfail until mended.
# (B5 mended by the lead, s38-lead: the years of the clause the time clause hangs from)
@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Ana Ruiz, who was born in 1975, said the deal was signed when she was finance minister.", id="born-in"
        ),
        pytest.param("The law, passed in 2019, was repealed when Ana Ruiz was finance minister.", id="passed-in"),
        pytest.param("The 2008 crisis was still felt when Ana Ruiz was finance minister.", id="the-2008-crisis"),
    ],
)
def test_b5_a_year_of_another_clause_does_not_date_the_when_clause(body: str) -> None:
    found = _judged(body, [RUIZ, STAM], ("role",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# B6 (s38-fcc38 8b7e0dc3, extraction `References._other_just_named`; false "contradicted", support lost): a description
# opening the next sentence is turned to the other person the sentence before named, also when the story carries on
# about its subject, the winner: 'Ana Ruiz defeated Ivo Stam in the election. The 49-year-old was sworn in as prime
# minister on 14 February 2023.' gives the swearing-in to Stam, CONTRADICTED on the branch by his 2015 start (unverified
# on main); '... The 49-year-old became prime minister in 2023.' SUPPORTED on main, unverified there. A game report's
# 'Tom Berg scored twice against Jon Dahl's side. The 30-year-old has scored 12 goals this season.' gives the scorer's
# goals to the rival side's coach. Who a description is, the first sentence's subject or its object, is the deed's to
# say (who defeated whom, who is in office); the commit's own row (a page-old prime minister of eight years) is one way.
_WINNER = "Ana Ruiz defeated Ivo Stam in the election."


def test_b6_the_winner_described_next_is_not_refuted_as_the_loser() -> None:
    body = f"{_WINNER} The 49-year-old was sworn in as prime minister on 14 February 2023."
    assert Verdict.CONTRADICTED not in _on_words(body, [RUIZ, STAM], "clause", "sworn in")


def test_b6_the_winner_described_next_keeps_her_support() -> None:
    body = f"{_WINNER} The 49-year-old became prime minister in 2023."
    assert _on_words(body, [RUIZ, STAM], "clause", "became prime minister") == [Verdict.SUPPORTED]


def test_b6_the_scorer_described_next_is_the_scorer() -> None:
    text = "Tom Berg scored twice against Jon Dahl's side. The 30-year-old has scored 12 goals this season."
    assert claim_subjects(text, "The 30-year-old") == ["Tom Berg"]


# R10 (main 85d2a5e0, extraction's subject of a title opening a sentence): 'Ana Ruiz appointed Jon Dahl as finance
# minister on Monday. The prime minister said he was the best choice.' gives 'The prime minister' to Jon Dahl, the one
# just made finance minister (no one was called prime minister; the appointer is the head). A cabinet story's next
# sentence turns to the head by her title.
@_open("R10 open: 'The prime minister' given to the minister just appointed, not the one appointing")
def test_r10_the_title_after_an_appointment_is_the_appointers() -> None:
    text = "Ana Ruiz appointed Jon Dahl as finance minister on Monday. The prime minister said he was the best choice."
    assert claim_subjects(text, "The prime minister") == ["Ana Ruiz"]


# Invented pages where a nomination is a candidacy that lost, before the naming the article tells.
NOMINATED_AND_LOST = page(
    "Ana Ruiz",
    "Ana Ruiz (born 1 January 1975) is a Norbian politician. She was nominated for leader of the Norby Party on 3 "
    "March 2015 but lost the contest to Ivo Stam. She became leader of the Norby Party on 5 May 2017.",
    SAVED,
)
NOMINATED_CAPTAIN = page(
    "Tom Berg",
    "Tom Berg (born 1990) is a Norbian footballer. He was nominated for captain of Korvik FC on 1 July 2019, but the "
    "vote went to Jon Dahl. He was made captain on 2 July 2021.",
    SAVED,
)


# B7 (s38-recall38b f5bb6ecf, date judge `_step_stems` / judging.toml `one_naming`; false "contradicted"): 'nominated
# FOR' a post (a candidacy, often lost) is read as the naming step 'named' tells, so the lost nomination's day refutes
# the true naming: 'Ana Ruiz was named leader of the Norby Party on 5 May 2017.' CONTRADICTED on the branch by 'She was
# nominated for leader of the Norby Party on 3 March 2015 but lost the contest to Ivo Stam.' (unverified on main);
# 'Tom Berg was named captain of Korvik FC on 2 July 2021.' by '... nominated for captain ... on 1 July 2019, but the
# vote went to Jon Dahl.' 'Nominated as crown prince' names; 'nominated for' a post or an award makes a candidate.
# Merged into main with s38-recall38b at 17d62660: a strict xfail until mended.
# (mended by s38-fixb38: judging.toml [date] naming_candidacy, another naming verb before 'for')
@pytest.mark.parametrize(
    ("body", "doc"),
    [
        pytest.param("Ana Ruiz was named leader of the Norby Party on 5 May 2017.", NOMINATED_AND_LOST, id="leader"),
        pytest.param("Tom Berg was named captain of Korvik FC on 2 July 2021.", NOMINATED_CAPTAIN, id="captain"),
    ],
)
def test_b7_a_nomination_for_a_post_is_no_naming(body: str, doc: Document) -> None:
    assert Verdict.CONTRADICTED not in _on_words(body, [doc], "date", "named")


# Ana Ruiz's invented page numbering her post: the 13th prime minister, since 14 February 2023.
RUIZ_13TH = boxed(
    "Ana Ruiz",
    "Ana Ruiz (born 1 January 1975) is a Norbian politician serving as the 13th Prime Minister of Norby since 14 "
    "February 2023.",
    [("office", "13th Prime Minister of Norby"), ("term_start", "14 February 2023"), ("predecessor", "Ivo Stam")],
    SAVED,
)


# B8 (s38-fcc38 c4eeed28, `verify.judge._on_its_other_values`; refutation lost): a wider clause refuted by the same
# page words as a narrower claim of its sentence has those words set aside, though they also refute the wider clause's
# OWN value, which no other claim carries: "Ana Ruiz, Norby's 12th prime minister, took office in 2022." (the lead gives
# 13th and 2023) and 'Ivo Stam, 74, stepped down as prime minister on 14 February 2021.' (his lead gives his birth and
# 2015 to 2023) CONTRADICTED on main, unverified on the branch; the narrower rows refute only the ordinal and the age,
# so the wrong year goes unflagged. Set aside only what refutes the narrower row's value.
@pytest.mark.parametrize(
    ("body", "docs", "deed"),
    [
        pytest.param(
            "Ana Ruiz, Norby's 12th prime minister, took office in 2022.", [RUIZ_13TH, STAM], "took office", id="12th"
        ),
        pytest.param(
            "Ivo Stam, 74, stepped down as prime minister on 14 February 2021.", [STAM], "stepped down", id="age"
        ),
    ],
)
def test_b8_the_wider_clauses_own_wrong_value_stays_refuted(body: str, docs: list[Document], deed: str) -> None:
    assert _judged_whole(body, docs, "clause", deed) == [Verdict.CONTRADICTED]


# R11 (main 85d2a5e0, extraction's values of coordinated subjects): two names and two values written in the same
# order without 'respectively' are read as each value the pair's: 'Ana Ruiz and Lena Vos became prime minister in 2023
# and 2005.' gives a clause giving Vos 2023, CONTRADICTED by her 2005 start (with ', respectively' both are right);
# 'Ivo Stam and Lena Vos served as prime minister, Stam from 2015 and Vos from 2005.' is CONTRADICTED whole. Profiles
# and anniversaries list holders with their years this way; the wire drops 'respectively' as often as not.
@_open("R11 open: names and values coordinated in the same order read as every value each name's")
@pytest.mark.parametrize(
    ("body", "docs"),
    [
        pytest.param("Ana Ruiz and Lena Vos became prime minister in 2023 and 2005.", [RUIZ, VOS], id="in-order"),
        pytest.param(
            "Ivo Stam and Lena Vos served as prime minister, Stam from 2015 and Vos from 2005.",
            [STAM, VOS],
            id="each-named-again",
        ),
    ],
)
def test_r11_values_in_the_order_of_the_names_are_each_ones(body: str, docs: list[Document]) -> None:
    assert Verdict.CONTRADICTED not in _on_words(body, docs, "clause", "prime minister")  # two claims may share words


def test_r11_twin_respectively_reads_each_ones() -> None:
    body = "Ana Ruiz and Lena Vos became prime minister in 2023 and 2005, respectively."
    assert Verdict.CONTRADICTED not in _on_words(body, [RUIZ, VOS], "clause", "prime minister")


# Ana Ruiz's invented page as a mayor: elected in 2015 with 52% of the vote, re-elected in 2019 with 61%, one sentence.
MAYOR = page(
    "Ana Ruiz",
    "Ana Ruiz (born 1 January 1975) is a Norbian politician. She was elected mayor of Korvik in 2015 with 52% of the "
    "vote and re-elected in 2019 with 61%.",
    SAVED,
)
FIRST_ELECTED = page(
    "Ana Ruiz",
    "Ana Ruiz (born 1 January 1975) is a Norbian politician. She was elected mayor of Korvik in 2015.",
    SAVED,
)


# R12 (main 85d2a5e0, the clause judge's relation for 're-elected'): 'Ana Ruiz was re-elected mayor of Korvik in 2015.'
# is read as 'elected' and SUPPORTED ("states it") by 'She was elected mayor of Korvik in 2015.' (her first election);
# the true 'Ana Ruiz was re-elected mayor of Korvik in 2019.' is unverified against 'She was elected mayor of Korvik
# in 2015 with 52% of the vote and re-elected in 2019 with 61%.' A re-election is a later term's start: review37 R2's
# kin in the clause kind (s38-fsa38 e7ab8378 reads the date kind's; the clause's stays supported there).
@pytest.mark.parametrize(
    "doc",
    [pytest.param(FIRST_ELECTED, id="first-election-only"), pytest.param(MAYOR, id="both-elections")],
)
def test_r12_a_reelection_is_not_supported_by_the_first_election(doc: Document) -> None:
    _never(Verdict.SUPPORTED, "Ana Ruiz was re-elected mayor of Korvik in 2015.", [doc], ("clause",))


# R13 (main 85d2a5e0, the clause judge's `_holds`, each value anywhere in the sentence; R6's kin in the clause kind):
# 'Ana Ruiz was elected mayor in 2015 with 61% of the vote.' is SUPPORTED by 'She was elected mayor of Korvik in 2015
# with 52% of the vote and re-elected in 2019 with 61%.': the year and the share are each found in the sentence,
# though each belongs to another election. A page sentence telling two results is the rule on a politician's page.
def test_r13_a_share_of_another_election_does_not_support() -> None:
    _never(Verdict.SUPPORTED, "Ana Ruiz was elected mayor in 2015 with 61% of the vote.", [MAYOR], ("clause",))


def test_r13_twin_the_elections_own_share_is_supported() -> None:
    found = _judged("Ana Ruiz was elected mayor in 2015 with 52% of the vote.", [MAYOR], ("clause",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# R14 (main 85d2a5e0, the role judge's nationality of a described calling): 'Swedish businessman Tom Berg said on
# Monday.' is SUPPORTED ("describes Tom Berg as a businessman") by 'Tom Berg (born 12 May 1971) is a Norbian
# businessman of Swedish descent.' (also 'of Swedish origin', 'with Swedish roots'): the adjective of descent is taken
# for the nationality the page gives before the calling. Wikipedia's first line tells descent this way for half the
# people it profiles ('an American businessman of Lebanese descent'). (R14 mended by s39-fsb39: a lead's phrase of
# descent is taken out before its countries are read, `verify.match.without_descent`.)
@pytest.mark.parametrize(
    "lead",
    [
        pytest.param("a Norbian businessman of Swedish descent.", id="descent"),
        pytest.param("a Norbian businessman of Swedish origin.", id="origin"),
        pytest.param("a Norbian businessman with Swedish roots.", id="roots"),
    ],
)
def test_r14_a_descent_is_not_a_nationality(lead: str) -> None:
    doc = page("Tom Berg", f"Tom Berg (born 12 May 1971) is {lead}", SAVED)
    _never(Verdict.SUPPORTED, "Swedish businessman Tom Berg said on Monday.", [doc], ("role",))


def test_r14_twin_the_nationality_given_is_supported() -> None:
    doc = page("Tom Berg", "Tom Berg (born 12 May 1971) is a Norbian businessman of Swedish descent.", SAVED)
    found = _judged("Norbian businessman Tom Berg said on Monday.", [doc], ("role",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# Ana Ruiz's invented page: appointed by Ivo Stam in 2017 to replace Jon Dahl as finance minister.
APPOINTED = page(
    "Ana Ruiz",
    "Ana Ruiz (born 1 January 1975) is a Norbian politician. In 2017 she was appointed by Ivo Stam to replace Jon Dahl "
    "as finance minister.",
    SAVED,
)


# R15 (main 85d2a5e0, the clause judge's other party, found anywhere in the sentence; review37 R21's kin): the page
# sentence names two other people in two parts (who appointed her, whom she replaced) and either is taken for the
# claim's: 'Ana Ruiz replaced Ivo Stam as finance minister in 2017.' and 'Ana Ruiz was appointed by Jon Dahl in 2017.'
# SUPPORTED ("states it") by 'In 2017 she was appointed by Ivo Stam to replace Jon Dahl as finance minister.' The
# reshuffle story's who-replaced-whom is its one fact.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Ana Ruiz replaced Ivo Stam as finance minister in 2017.", id="replaced-the-appointer"),
        pytest.param("Ana Ruiz was appointed by Jon Dahl in 2017.", id="appointed-by-the-replaced"),
    ],
)
def test_r15_each_party_keeps_its_part_in_the_page_sentence(body: str) -> None:
    _never(Verdict.SUPPORTED, body, [APPOINTED], ("clause",))


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Ana Ruiz replaced Jon Dahl as finance minister in 2017.", id="replaced"),
        pytest.param("Ana Ruiz was appointed by Ivo Stam in 2017.", id="appointed-by"),
    ],
)
def test_r15_twin_each_party_in_its_part_is_supported(body: str) -> None:
    found = _judged(body, [APPOINTED], ("clause",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# An article of 1 June 2024 about Ivo Stam (STAM: born 3 March 1950), who turned 73 in March 2023 and 74 in March 2024.
AFTER_HIS_BIRTHDAY = dt.date(2024, 6, 1)


# B9 (s38-rew38 cd89c860, clause extraction of 'who turned N' as the aside 'who is N'; false "contradicted"): a birthday
# told with a time that is no year in digits ('last year') is read as the age today: 'Ivo Stam, who turned 73 last year,
# spoke on Monday.' gives 'Ivo Stam, who turned 73', CONTRADICTED on the branch by his birth date (74 on the article's
# day; unverified on main). 'Last year', 'two years ago', 'in 2023' all tell an age then. Merged into main with
# s38-rew38 at ad137f05: a strict xfail until mended.
# (B9 mended by the lead, s38-lead 8338840d)
def test_b9_a_birthday_last_year_is_no_age_today() -> None:
    body = "Ivo Stam, who turned 73 last year, spoke on Monday."
    assert Verdict.CONTRADICTED not in _on_words(body, [STAM], "clause", "turned 73", AFTER_HIS_BIRTHDAY)


# R16 (main 85d2a5e0, the age or date read of 'turned N in MONTH last year'): 'Ivo Stam, who turned 73 in March last
# year, spoke on Monday.' (true: March 2023) is CONTRADICTED, the month read as this year's (main: the whole clause;
# s38-rew38 cd89c860: its age claim and the date 'turned 73 in March').
# (mended by s39-fcc39: dates.toml `years_told_after`, the year told after the month is the birthday's)
def test_r16_a_month_of_last_year_is_last_years() -> None:
    body = "Ivo Stam, who turned 73 in March last year, spoke on Monday."
    found = [v for c, v in judged_body(body, [STAM], AFTER_HIS_BIRTHDAY) if "turned 73" in c.text]
    assert found, "no claim extracted"
    assert Verdict.CONTRADICTED not in found, found


def test_r16_twin_this_years_age_in_march_last_year_is_refuted() -> None:
    body = "Ivo Stam, who turned 74 in March last year, spoke on Monday."
    assert _on_words(body, [STAM], "date", "turned 74", AFTER_HIS_BIRTHDAY) == [Verdict.CONTRADICTED]


def test_r16_a_day_of_last_year_is_last_years() -> None:
    body = "Ana Ruiz took office on 14 February last year."  # her term began on 14 February 2023
    assert _on_words(body, [RUIZ], "date", "took office", AFTER_HIS_BIRTHDAY) == [Verdict.SUPPORTED]


# Ana Ruiz's invented page: the country's (Norby's) first female prime minister.
FIRST_FEMALE = page(
    "Ana Ruiz",
    "Ana Ruiz (born 1 January 1975) is a Norbian politician serving as Prime Minister of Norby since 14 February 2023, "
    "the country's first female prime minister.",
    SAVED,
)


# R17 (main 85d2a5e0, the clause judge's numbered post: whose first it is): a first told of a wider or another place
# ("Europe's first female prime minister", "the world's first ...", "Sweden's first ...") is SUPPORTED ("says first
# female prime minister") by the page's 'the country's first female prime minister' (Norby's); the role claim beside it
# is unverified. The scope of a first is its claim: Norby's first is not Europe's, nor Sweden's. (s38-fsb38 546d012c,
# a first among other kinds, leaves these as on main.) (R17 mended by s39-fsb39: a wider place told of the claim's
# ordinal must be the page's too, lexicon `wider_scopes`; a page of a nationality the lexicon does not know is of
# another country than the one claimed, `verify.kinds.role.judge.of_other_countries`.)
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Ana Ruiz, Europe's first female prime minister, spoke on Monday.", id="europes"),
        pytest.param("Ana Ruiz, the world's first female prime minister, spoke on Monday.", id="the-worlds"),
        pytest.param("Ana Ruiz, Sweden's first female prime minister, spoke on Monday.", id="another-country"),
    ],
)
def test_r17_a_first_of_another_place_is_not_the_countrys(body: str) -> None:
    _never(Verdict.SUPPORTED, body, [FIRST_FEMALE], ("clause",))


def test_r17_twin_the_countrys_own_first_is_supported() -> None:
    body = "Ana Ruiz, Norby's first female prime minister, spoke on Monday."
    assert Verdict.SUPPORTED in _on_words(body, [FIRST_FEMALE], "clause", "Norby's first female prime minister")


# Norby Steelworks' invented page with an infobox head count of 2023.
HEAD_COUNT = boxed(
    "Norby Steelworks",
    "Norby Steelworks is a Norbian steel company founded in 1921.",
    [("num_employees", "4,200 (2023)"), ("founded", "1921")],
    SAVED,
)


# B10 (s38-lead e27a2edd, merged into main at 0c182e65; the quantity judge's infobox head count; false "supported"): the
# 'num_employees' row supports a head count of another year than its own: 'Norby Steelworks employed about 4,200 people
# in 2015.' SUPPORTED by 'num_employees: 4,200 (2023)' (unverified before). A row dated by its year in brackets is that
# year's count; a company's head count moves by thousands in eight years.
# (B10 mended by the lead, s38-lead 5b4b856e)
def test_b10_an_infobox_head_count_is_of_its_own_year() -> None:
    body = "Norby Steelworks employed about 4,200 people in 2015."
    _never(Verdict.SUPPORTED, body, [HEAD_COUNT], ("quantity",))


def test_b10_twin_the_rows_own_year_is_supported() -> None:
    found = _judged("Norby Steelworks employed about 4,200 people in 2023.", [HEAD_COUNT], ("quantity",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# R18 (main 85d2a5e0, extraction of a share's words): a share of the vote followed by a time or place phrase ends its
# claim on the preposition: 'The Norby Party won 36.2% of the vote in 2023.' gives the claim '36.2% of the vote in'
# (also '... on Sunday' gives '36.2% of the vote on'; 'Ana Ruiz won 70% of the vote in Halden in 2014' gives '70% of
# the vote in'). The report's row then quotes a broken phrase, and its reading ('share: 36.2% of vote in') a thing
# counted that is no thing. Every election story gives its shares so.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("The Norby Party won 36.2% of the vote in 2023.", id="in-a-year"),
        pytest.param("The Norby Party won 36.2% of the vote on Sunday.", id="on-a-day"),
    ],
)
def test_r18_a_shares_words_end_with_its_noun(body: str) -> None:
    claims = extract_claims(article_from_text(f"Norby news\n\n{body}\n", as_of=AS_OF))
    assert [c.text for c in claims if c.kind == "quantity"] == ["36.2% of the vote"]


def test_r18_twin_a_share_before_a_comma_ends_with_its_noun() -> None:
    body = "The Norby Party won 36.2% of the vote, up from 31.4%."
    claims = extract_claims(article_from_text(f"Norby news\n\n{body}\n", as_of=AS_OF))
    assert next(c.text for c in claims if c.kind == "quantity") == "36.2% of the vote"


# R19 (main 85d2a5e0, the clause judge's description 'describes them so'): a superlative is found inside a page's
# ranked one ('largest' in 'second-largest', 'biggest' in 'second-biggest', 'largest' in 'third-largest'), so "Korvik
# Bank, Norby's largest bank, said on Monday." is SUPPORTED by "It is Norby's second-largest bank by assets, after Norby
# Bank."; 'Korvik Bank is the largest bank in Norby.' by 'It is the third-largest bank in Norby.'; "Norby Steelworks,
# the country's biggest steelmaker, ..." by "It is the country's second-biggest steelmaker." The business wire's
# apposition ('X, the country's biggest lender') is its commonest description and its commonest slip.
@pytest.mark.parametrize(
    ("body", "text"),
    [
        pytest.param(
            "Korvik Bank, Norby's largest bank, said on Monday.",
            "Korvik Bank is a Norbian bank. It is Norby's second-largest bank by assets, after Norby Bank.",
            id="second-largest",
        ),
        pytest.param(
            "Korvik Bank is the largest bank in Norby.",
            "Korvik Bank is a Norbian bank. It is the third-largest bank in Norby.",
            id="third-largest",
        ),
        pytest.param(
            "Korvik Bank, the country's biggest lender, said on Monday.",
            "Korvik Bank is a Norbian bank. It is the country's second-biggest lender.",
            id="second-biggest",
        ),
    ],
)
def test_r19_a_rank_below_the_first_is_no_superlative(body: str, text: str) -> None:
    _never(Verdict.SUPPORTED, body, [page("Korvik Bank", text, SAVED)], ("clause",))


def test_r19_a_persons_rank_below_the_first_is_no_superlative() -> None:
    doc = page("Tom Berg", "Tom Berg (born 1971) is a Norbian businessman. He is Norby's second-richest man.", SAVED)
    _never(Verdict.SUPPORTED, "Tom Berg, Norby's richest man, said on Monday.", [doc], ("clause",))


def test_r19_twin_the_superlative_itself_is_supported() -> None:
    doc = page("Korvik Bank", "Korvik Bank is a Norbian bank. It is Norby's largest bank by assets.", SAVED)
    found = _judged("Korvik Bank, Norby's largest bank, said on Monday.", [doc], ("clause",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# R20 (main 85d2a5e0, the clause judge's description, its time): a description the page gives of a past state ('It was
# a state-owned bank until 2010, when it was privatised.', 'It is a former subsidiary of Norby Bank.') SUPPORTS the same
# words apposed as of the article's day: 'Korvik Bank, a state-owned bank, said on Monday.', 'Korvik Bank, a subsidiary
# of Norby Bank, said on Monday.' The page says it is no longer so ('It is no longer a subsidiary ...' leaves it
# unverified). Ownership is the business story's background line.
@pytest.mark.parametrize(
    ("body", "said"),
    [
        pytest.param(
            "Korvik Bank, a state-owned bank, said on Monday.",
            "It was a state-owned bank until 2010, when it was privatised.",
            id="was-until",
        ),
        pytest.param(
            "Korvik Bank, a subsidiary of Norby Bank, said on Monday.",
            "It is a former subsidiary of Norby Bank.",
            id="a-former",
        ),
        pytest.param(
            "Korvik Bank, a subsidiary of Norby Bank, said on Monday.",
            "It was a subsidiary of Norby Bank until 2019.",
            id="subsidiary-until",
        ),
    ],
)
def test_r20_a_description_that_ended_is_not_todays(body: str, said: str) -> None:
    doc = page("Korvik Bank", f"Korvik Bank is a Norbian bank founded in 1995. {said}", SAVED)
    _never(Verdict.SUPPORTED, body, [doc], ("clause",))


def test_r20_twin_a_description_in_force_is_supported() -> None:
    doc = page("Korvik Bank", "Korvik Bank is a Norbian bank founded in 1995. It is a state-owned bank.", SAVED)
    found = _judged("Korvik Bank, a state-owned bank, said on Monday.", [doc], ("clause",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# R21 (main 85d2a5e0, `verify.judge._dated_deed_of` / `_as_dated_deed`, the whole judging only): a clause whose words
# hold a date claim of ANOTHER deed, in a relative clause, takes the date's support as its own: 'Ana Ruiz, who took
# office on 14 February, was arrested on Monday.' gives the clause 'Ana Ruiz, who took office on 14 February, was
# arrested on Monday' SUPPORTED ("dates Prime Minister of Norby to 14 February 2023") beside the date claim 'took office
# on 14 February'; also '..., spoke on Monday'. The dated deed is the relative clause's; the arrest is dated by nothing
# and supported by nothing. (`judged_body`, which calls `decide` alone, leaves it unverified.) Mended by s39-fsa39: the
# date claim dates the clause only when its words are of the clause's main verb (tests/test_dated_deed_main_verb.py).
@pytest.mark.parametrize(
    ("body", "deed"),
    [
        pytest.param("Ana Ruiz, who took office on 14 February, was arrested on Monday.", "arrested", id="arrested"),
        pytest.param("Ana Ruiz, who took office on 14 February, resigned on Monday.", "resigned", id="resigned"),
        pytest.param("Ana Ruiz, who was born on 1 January 1975, was arrested on Monday.", "arrested", id="born-on"),
    ],
)
def test_r21_a_relative_clauses_date_does_not_support_the_main_deed(body: str, deed: str) -> None:
    assert Verdict.SUPPORTED not in _judged_whole(body, [RUIZ, STAM], "clause", deed)


def test_r21_twin_the_dated_deed_itself_is_supported() -> None:
    body = "Ana Ruiz took office on 14 February."
    assert _judged_whole(body, [RUIZ, STAM], "clause", "took office") == [Verdict.SUPPORTED]


# R22 (main 6f291eb4, the quote judge's speaker read off the parse since s38-lead a63bfb57: words she answers, rejects
# or would not say): on her own page, words she argues against or reports of others are still taken as hers: 'Ana Ruiz
# called the plan "a disaster".' SUPPORTED by 'In 2023 she rejected calls to describe the plan as "a disaster".', '...
# she said it was unfair to call the plan "a disaster".', '... she warned against calling ...', '... she said she would
# never call ...', '... she laughed off suggestions that the plan was "a disaster".', 'She said the opposition had
# called ...'. ('she denied having called', 'said that they were wrong to call' are read right.) (Mended:
# 'laughed-off' by s39-lead, `_claims_of_others`; the rest by s39-fsb39: a verb of arguing against above an infinitive
# or a preposition of saying, lexicon `rejecting_verbs`; a denial above words parsed as the object's apposition; 'it was
# unfair to call'; a group's words, lexicon `group_speakers`.)
@pytest.mark.parametrize(
    "said",
    [
        pytest.param('In 2023 she rejected calls to describe the plan as "a disaster".', id="rejected-calls"),
        pytest.param('In 2023 she said it was unfair to call the plan "a disaster".', id="unfair-to-call"),
        pytest.param('In 2023 she warned against calling the plan "a disaster".', id="warned-against"),
        pytest.param('In 2023 she said she would never call the plan "a disaster".', id="would-never"),
        pytest.param('In 2023 she laughed off suggestions that the plan was "a disaster".', id="laughed-off"),
        pytest.param('She said the opposition had called the plan "a disaster".', id="the-opposition-had"),
    ],
)
def test_r22_words_she_argues_against_are_not_hers(said: str) -> None:
    doc = page("Ana Ruiz", f"Ana Ruiz (born 1 January 1975) is a Norbian politician. {said}", SAVED)
    _never(Verdict.SUPPORTED, 'Ana Ruiz called the plan "a disaster".', [doc], ("quote",))


def test_r22_twin_words_she_said_are_hers() -> None:
    said = 'In 2023 she told reporters the plan was "a disaster".'
    doc = page("Ana Ruiz", f"Ana Ruiz (born 1 January 1975) is a Norbian politician. {said}", SAVED)
    found = _judged('Ana Ruiz called the plan "a disaster".', [doc], ("quote",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# R23 (main 85d2a5e0, the clause judge's place found anywhere in the sentence; R13's and R15's kin): a page sentence
# telling two deeds with two places lets either place support either deed: 'Ana Ruiz grew up in Tarsa.' SUPPORTED by
# 'Born in Tarsa, she grew up in Halden.'; 'Ana Ruiz studied in Korvik.' by 'She was born in Korvik and studied in
# Halden.' A profile's early-life line gives birthplace, home town and university together. Mended by s39-fsa39: a
# place hung on another verb of the sentence is that deed's (more rows: tests/test_deed_places.py).
@pytest.mark.parametrize(
    ("body", "said"),
    [
        pytest.param("Ana Ruiz grew up in Tarsa.", "Born in Tarsa, she grew up in Halden.", id="grew-up"),
        pytest.param("Ana Ruiz studied in Korvik.", "She was born in Korvik and studied in Halden.", id="studied"),
    ],
)
def test_r23_a_place_of_another_deed_does_not_support(body: str, said: str) -> None:
    doc = page("Ana Ruiz", f"Ana Ruiz (born 1 January 1975) is a Norbian politician. {said}", SAVED)
    _never(Verdict.SUPPORTED, body, [doc], ("clause",))


def test_r23_twin_the_deeds_own_place_is_supported() -> None:
    doc = page(
        "Ana Ruiz",
        "Ana Ruiz (born 1 January 1975) is a Norbian politician. Born in Tarsa, she grew up in Halden.",
        SAVED,
    )
    found = _judged("Ana Ruiz grew up in Halden.", [doc], ("clause",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found
