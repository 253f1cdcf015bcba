"""Findings of review40 (session 40), as rows the desk would meet: a true sentence and its one-fact-false twin,
extracted from an invented article and judged against invented pages (`tests/support/judging.py`) through the
article's whole judging. R-items are strict xfails for what is open on main; a B-item (a regression found on a
branch) is a plain test that passes on main, or a strict xfail naming the branch. The list with its status is
/work/briefs40/review40-findings.md."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, page
from tests.test_review26 import SAVED, _open
from tests.test_review38 import _judged_whole
from verify.app import article_from_text
from verify.extract import extract_claims
from verify.models import Document, Verdict

# The day of the invented articles: after the pages' revision (saved 1 May 2024), as the desk reads them.
DAY = dt.date(2024, 6, 1)


def _lund(told: str) -> Document:
    """Eva Lund's invented page: a Norbian politician, with `told` after her lead."""
    return page("Eva Lund", f"Eva Lund (born 1968) is a Norbian politician. {told}", SAVED)


# R1 (main 8d48f6d7, the role judge: a post found in a sentence of the page is hers though the words name ANOTHER
# holder, the relative the sentence is about; review39 R13's cause in the role kind): 'Eva Lund, a former prime
# minister, said on Monday.', 'Former prime minister Eva Lund said on Monday.' and 'Eva Lund is a former prime
# minister.' are SUPPORTED ("says Eva Lund held it") by 'She is the daughter of the former prime minister Ivo Stam.';
# 'Eva Lund, a former president' by 'She is the widow of the former president Ivo Stam.' Political dynasties'
# pages and obituaries of spouses open so; an adviser's page ('an adviser to the former prime minister Ivo Stam') is
# read right (unverified).
# (mended by s41-fixr41: `holder.titled_name_after`, a post written right before another's name is that name's)
@pytest.mark.parametrize(
    ("told", "body"),
    [
        pytest.param(
            "She is the daughter of the former prime minister Ivo Stam.",
            "Eva Lund, a former prime minister, said on Monday.",
            id="daughter-apposed",
        ),
        pytest.param(
            "She is the daughter of the former prime minister Ivo Stam.",
            "Former prime minister Eva Lund said on Monday.",
            id="daughter-title-before-name",
        ),
        pytest.param(
            "She is the daughter of the former prime minister Ivo Stam.",
            "Eva Lund is a former prime minister.",
            id="daughter-copula",
        ),
        pytest.param(
            "She is the widow of the former president Ivo Stam.",
            "Eva Lund, a former president, said on Monday.",
            id="widow",
        ),
    ],
)
def test_r1_a_relatives_post_does_not_support(told: str, body: str) -> None:
    assert Verdict.SUPPORTED not in _judged_whole(body, [_lund(told)], "role", "Eva Lund", DAY)


@pytest.mark.parametrize(
    "body",
    ["Eva Lund, a former prime minister, said on Monday.", "Former prime minister Eva Lund said on Monday."],
)
def test_r1_twin_her_own_former_post_is_supported(body: str) -> None:
    doc = _lund("She served as prime minister of Norby from 2010 to 2014.")
    assert _judged_whole(body, [doc], "role", "Eva Lund", DAY) == [Verdict.SUPPORTED]


def _bank(told: str) -> Document:
    """Korvik Bank's invented page, with `told` after its lead."""
    return page("Korvik Bank", f"Korvik Bank is a Norbian bank founded in 1872. {told}", SAVED)


# R2 (main 8d48f6d7, the clause judge: the deed's verb is found as an infinitive under a NOUN of trying ('bid to',
# 'attempt to', 'talks to') whose outcome the sentence gives as failure ('failed', 'collapsed'); review39 R4's and the
# lead's mend read a verb above the deed ('failed to acquire', 'turned down an offer to join'), not a failed noun):
# 'Korvik Bank acquired Tarsa Bank in 2015.' is SUPPORTED ("states it") by 'Its bid to acquire Tarsa Bank in 2015
# failed.', 'Its attempt to acquire Tarsa Bank in 2015 failed.' and 'In 2015 talks to acquire Tarsa Bank collapsed.'
# Business copy tells every failed takeover so; 'In 2015 it failed to acquire Tarsa Bank.' and 'Plans to acquire
# Tarsa Bank were scrapped in 2015.' are read right (unverified).
@pytest.mark.parametrize(
    "told",
    [
        pytest.param("Its bid to acquire Tarsa Bank in 2015 failed.", id="bid-failed"),
        pytest.param("Its attempt to acquire Tarsa Bank in 2015 failed.", id="attempt-failed"),
        pytest.param("In 2015 talks to acquire Tarsa Bank collapsed.", id="talks-collapsed"),
    ],
)
def test_r2_a_failed_bid_does_not_support_the_deal(told: str) -> None:
    body = "Korvik Bank acquired Tarsa Bank in 2015."
    assert Verdict.SUPPORTED not in _judged_whole(body, [_bank(told)], "clause", "Tarsa Bank", DAY)


def test_r2_twin_the_deal_done_is_supported() -> None:
    body = "Korvik Bank acquired Tarsa Bank in 2015."
    assert _judged_whole(body, [_bank("In 2015 it acquired Tarsa Bank.")], "clause", "Tarsa Bank", DAY) == [
        Verdict.SUPPORTED
    ]


def _club(told: str) -> Document:
    """Korvik FC's invented page, with `told` after its lead."""
    return page("Korvik FC", f"Korvik FC is a Norbian football club founded in 1901. {told}", SAVED)


# R3 (main 8d48f6d7; review39 R8's cause, a deed told by its NOUN under a verb saying it did not happen, in sport and
# business copy beyond R8's arrest, resignation and impeachment rows): 'Korvik FC were relegated in 2019.' is
# SUPPORTED ("states it") by 'In 2019 it narrowly avoided relegation.' and 'In 2019 it escaped relegation on the final
# day.'; 'Korvik Bank merged with Tarsa Bank in 2015.' by 'In 2015 it abandoned a planned merger with Tarsa Bank.'
# Every league table's survivors and every called-off merger are told so.
# The two relegation rows mended by s40-fsa40 257cef14 (merged at eedd2d05); the merger row stays open.
@pytest.mark.parametrize(
    ("doc", "body", "words"),
    [
        pytest.param(
            _club("In 2019 it narrowly avoided relegation."),
            "Korvik FC were relegated in 2019.",
            "relegated",
            id="avoided-relegation",
        ),
        pytest.param(
            _club("In 2019 it escaped relegation on the final day."),
            "Korvik FC were relegated in 2019.",
            "relegated",
            id="escaped-relegation",
        ),
        pytest.param(
            _bank("In 2015 it abandoned a planned merger with Tarsa Bank."),
            "Korvik Bank merged with Tarsa Bank in 2015.",
            "merged",
            id="abandoned-a-planned-merger",
        ),
    ],
)
def test_r3_a_deed_avoided_or_abandoned_does_not_support(doc: Document, body: str, words: str) -> None:
    assert Verdict.SUPPORTED not in _judged_whole(body, [doc], "clause", words, DAY)


@pytest.mark.parametrize(
    ("doc", "body", "words"),
    [
        pytest.param(_club("In 2019 it was relegated."), "Korvik FC were relegated in 2019.", "relegated", id="club"),
        pytest.param(
            _bank("In 2015 it merged with Tarsa Bank."),
            "Korvik Bank merged with Tarsa Bank in 2015.",
            "merged",
            id="bank",
        ),
    ],
)
def test_r3_twin_the_deed_done_is_supported(doc: Document, body: str, words: str) -> None:
    assert _judged_whole(body, [doc], "clause", words, DAY) == [Verdict.SUPPORTED]


def _moe(told: str) -> Document:
    """Nina Moe's invented page: a Norbian chemist, with `told` after her lead."""
    return page("Nina Moe", f"Nina Moe (born 1970) is a Norbian chemist. {told}", SAVED)


# R4 (main 8d48f6d7; review39 R13's cause, the clause judge's description found where it describes another person,
# in a scientist's profile): 'Nina Moe, a Nobel laureate, said on Monday.' is SUPPORTED ("describes them so") by 'She
# was a doctoral student of the Nobel laureate Ivo Stam.' Scientists' pages name their famous teachers so.
# (mended by s41-fixr41: `holder.titled_name_after`, a description written right before another's name)
def test_r4_a_teachers_description_does_not_support() -> None:
    body = "Nina Moe, a Nobel laureate, said on Monday."
    doc = _moe("She was a doctoral student of the Nobel laureate Ivo Stam.")
    assert Verdict.SUPPORTED not in _judged_whole(body, [doc], "clause", "laureate", DAY)


def test_r4_twin_her_own_description_is_supported() -> None:
    body = "Nina Moe, a Nobel laureate, said on Monday."
    doc = _moe("She is a Nobel laureate, awarded the Nobel Prize in Chemistry in 2001.")
    assert _judged_whole(body, [doc], "clause", "laureate", DAY) == [Verdict.SUPPORTED]


# R5 (main 8d48f6d7, the clause judge: the post's qualifier on the page ('deputy', 'vice-', 'pro-', 'acting') is
# not weighed, so the lesser post supports the full one; the role claim on the same words is rightly unverified, and
# 'deputy finance minister' or 'deputy governor' do not support in the clause kind either, where the lexicon knows the
# post): 'Nina Moe was appointed rector of Korvik University in 2019.' is SUPPORTED ("states it") by 'In 2019 she was
# appointed deputy rector of Korvik University.', '... pro-rector ...' and '... acting rector ...'; 'Nina Moe became
# rector of Korvik University in 2019.' by 'In 2019 she became vice-rector of Korvik University.' Universities' and
# academies' posts are told so.
# (mended by s40-lead 23b41542, merged into main at 76b05484)
@pytest.mark.parametrize(
    ("told", "body"),
    [
        pytest.param(
            "In 2019 she was appointed deputy rector of Korvik University.",
            "Nina Moe was appointed rector of Korvik University in 2019.",
            id="deputy-rector",
        ),
        pytest.param(
            "In 2019 she was appointed pro-rector of Korvik University.",
            "Nina Moe was appointed rector of Korvik University in 2019.",
            id="pro-rector",
        ),
        pytest.param(
            "In 2019 she was appointed acting rector of Korvik University.",
            "Nina Moe was appointed rector of Korvik University in 2019.",
            id="acting-rector",
        ),
        pytest.param(
            "In 2019 she became vice-rector of Korvik University.",
            "Nina Moe became rector of Korvik University in 2019.",
            id="vice-rector",
        ),
    ],
)
def test_r5_a_lesser_post_does_not_support_the_post(told: str, body: str) -> None:
    assert Verdict.SUPPORTED not in _judged_whole(body, [_moe(told)], "clause", "rector", DAY)


def test_r5_twin_the_post_itself_is_supported() -> None:
    body = "Nina Moe was appointed rector of Korvik University in 2019."
    doc = _moe("In 2019 she was appointed rector of Korvik University.")
    assert _judged_whole(body, [doc], "clause", "rector", DAY) == [Verdict.SUPPORTED]


def _dahl(told: str) -> Document:
    """Jon Dahl's invented page: a Norbian businessman, with `told` after his lead."""
    return page("Jon Dahl", f"Jon Dahl (born 1960) is a Norbian businessman. {told}", SAVED)


# B1 (s40-fsa40 257cef14, `verify.kinds.clause.judge._refused_after`; support lost): a clause coordinated after the
# page's verb that turns down 'it' undoes ANY verb, not only a deed that needs accepting ('tendered his resignation'):
# 'Jon Dahl filed an appeal in 2017.' SUPPORTED on main by 'He filed an appeal in 2017, but the court rejected it.',
# unverified on the branch; 'Jon Dahl appealed in 2017.' ('He appealed in 2017, but the court rejected it.'), 'Eva
# Lund proposed the bill in 2019.' ('..., but parliament rejected it.') and 'Eva Lund made an offer for the club in
# 2019.' ('..., but the owners rejected it.') too. An appeal, a bill or an offer rejected was still filed, proposed,
# made: court and parliament copy tells every one so.
# mended on s40-fixb40 (clause `_refused_after`: only a deed told by the refused object's noun is undone)
@pytest.mark.parametrize(
    ("doc", "body", "words"),
    [
        pytest.param(
            _dahl("He filed an appeal in 2017, but the court rejected it."),
            "Jon Dahl filed an appeal in 2017.",
            "appeal",
            id="appeal-filed",
        ),
        pytest.param(
            _dahl("He appealed in 2017, but the court rejected it."),
            "Jon Dahl appealed in 2017.",
            "appealed",
            id="appealed",
        ),
        pytest.param(
            _lund("She proposed the bill in 2019, but parliament rejected it."),
            "Eva Lund proposed the bill in 2019.",
            "bill",
            id="bill-proposed",
        ),
        pytest.param(
            _lund("She made an offer for the club in 2019, but the owners rejected it."),
            "Eva Lund made an offer for the club in 2019.",
            "offer",
            id="offer-made",
        ),
    ],
)
def test_b1_a_deed_done_and_then_rejected_stays_supported(doc: Document, body: str, words: str) -> None:
    assert _judged_whole(body, [doc], "clause", words, DAY) == [Verdict.SUPPORTED]


# B2 (s40-fsa40 257cef14, `verify.kinds.clause.judge._only_aimed_at`, nonfactual.toml [undone] aim_words; support
# lost): a deed's noun under an aim word is read as only aimed at even where the sentence tells the aim carried out:
# 'Jon Dahl was impeached in 2017.' SUPPORTED on main by 'In 2017 parliament passed an impeachment motion against
# him.', unverified on the branch; 'Jon Dahl was charged in 2017.' by 'In 2017 prosecutors pressed charges against
# him.' ('press' an aim word); 'Jon Dahl was arrested in 2017.' by 'In 2017 police executed a warrant for his arrest at
# his home in Korvik.'; 'Jon Dahl resigned in 2017.' by 'In 2017 he gave in to demands for his resignation.' A motion
# passed, a warrant executed, demands given in to are done; 'pressed charges' is police copy's word for charging.
# mended on s40-fixb40 (clause `_carried_out`: an aim word a verb carries out; 'press for' aims only through 'for')
@pytest.mark.parametrize(
    ("told", "body"),
    [
        pytest.param(
            "In 2017 parliament passed an impeachment motion against him.",
            "Jon Dahl was impeached in 2017.",
            id="impeachment-motion-passed",
        ),
        pytest.param(
            "In 2017 prosecutors pressed charges against him.",
            "Jon Dahl was charged in 2017.",
            id="pressed-charges",
        ),
        pytest.param(
            "In 2017 police executed a warrant for his arrest at his home in Korvik.",
            "Jon Dahl was arrested in 2017.",
            id="warrant-executed",
        ),
        pytest.param(
            "In 2017 he gave in to demands for his resignation.",
            "Jon Dahl resigned in 2017.",
            id="gave-in-to-demands",
        ),
    ],
)
def test_b2_an_aim_carried_out_stays_supported(told: str, body: str) -> None:
    assert _judged_whole(body, [_dahl(told)], "clause", "2017", DAY) == [Verdict.SUPPORTED]


# R6 (main 8d48f6d7, the quantity judge's change words: judging.toml `changes_also_other_words` reads a figure right
# after a bare 'by' as a count ('attended by 300 people'), and only 'grew by' is listed whole, so 'rose by', 'increased
# by', 'fell by', a verb's 'by' after its object, and a comparative after the figure ('40 million euros higher') are
# read as the total): 'Korvik Bank's net profit rose by 40 million euros in 2023.' is CONTRADICTED ("gives another
# count, 240 million euros") by 'In 2023 it made a net profit of 240 million euros, up from 200 million euros in
# 2022.' (true: 240 - 200); so are '... increased by 40 million euros ...', 'Korvik Bank increased its net profit by
# 40 million euros in 2023.', '... rose by 40 million euros to 240 million euros ...' (whose 240 goes unverified),
# "... was 40 million euros higher ...", and 'Korvik Bank cut its workforce by 300 employees last year.' by 'It has
# about 3,000 employees.' Results and statistics copy tells every change so; 'grew by' and 'rose 40 million euros' are
# read right (unverified).
# Mended by s40-lead 50bed725 (judging.toml quantity changes_by, changes_after).
@pytest.mark.parametrize(
    ("body", "words"),
    [
        pytest.param("Korvik Bank's net profit rose by 40 million euros in 2023.", "40 million", id="rose-by"),
        pytest.param(
            "Korvik Bank's net profit increased by 40 million euros in 2023.", "40 million", id="increased-by"
        ),
        pytest.param(
            "Korvik Bank increased its net profit by 40 million euros in 2023.", "40 million", id="verb-object-by"
        ),
        pytest.param(
            "Korvik Bank's net profit rose by 40 million euros to 240 million euros in 2023.",
            "40 million",
            id="rose-by-to",
        ),
        pytest.param("Korvik Bank's net profit was 40 million euros higher in 2023.", "40 million", id="higher"),
        pytest.param("Korvik Bank cut its workforce by 300 employees last year.", "300", id="cut-by"),
    ],
)
def test_r6_a_change_is_not_refuted_as_the_total(body: str, words: str) -> None:
    doc = _bank(
        "In 2023 it made a net profit of 240 million euros, up from 200 million euros in 2022. It has about 3,000 "
        "employees."
    )
    assert Verdict.CONTRADICTED not in _judged_whole(body, [doc], "quantity", words, DAY)


def test_r6_twin_a_wrong_total_stays_refuted() -> None:
    doc = _bank("In 2023 it made a net profit of 240 million euros, up from 200 million euros in 2022.")
    body = "Korvik Bank's net profit rose to 250 million euros in 2023."
    assert _judged_whole(body, [doc], "quantity", "250 million", DAY) == [Verdict.CONTRADICTED]


# B3 (s40-recall40 3a81e7fe, `verify.match.born_in_the_lead`'s new life-span reading; a false "contradicted" and a
# false "supported"): a relative's bracketed life span in the lead is read as the page's person's own birth (and, as
# on main, death), though the bracket follows the relative's name: 'Eva Lund, 56, said on Monday.' is CONTRADICTED on
# the branch ("82 at death on 2024-01-03") by 'Eva Lund is a Norbian politician and the daughter of Ivo Stam, the
# former prime minister (12 June 1941 – 3 January 2024).', by '..., the daughter of former prime minister Ivo Stam (12
# June 1941 – 3 January 2024).' and by 'Her father, a former prime minister (12 June 1941 – 3 January 2024), founded
# the Norby Party.' (unverified on main); 'Eva Lund, 82, said on Monday.' is SUPPORTED on the branch by '... the
# daughter of Ivo Stam (12 June 1941 – 3 January 2024).' Politicians' and heirs' pages give a famous parent's dates
# so; the living person's age is refuted by her father's death.
# mended on s40-fixb40 (`verify.match.own_lifespan`: a span is the person's whose name it follows)
@pytest.mark.parametrize(
    "lead",
    [
        pytest.param(
            "Eva Lund is a Norbian politician and the daughter of Ivo Stam, the former prime minister (12 June 1941 – "
            "3 January 2024).",
            id="apposed-post",
        ),
        pytest.param(
            "Eva Lund is a Norbian politician, the daughter of former prime minister Ivo Stam (12 June 1941 – 3 "
            "January 2024).",
            id="title-and-name",
        ),
        pytest.param(
            "Eva Lund is a Norbian politician. Her father, a former prime minister (12 June 1941 – 3 January 2024), "
            "founded the Norby Party.",
            id="her-father",
        ),
    ],
)
def test_b3_a_parents_life_span_is_not_hers(lead: str) -> None:
    doc = page("Eva Lund", lead, SAVED)
    assert Verdict.CONTRADICTED not in _judged_whole("Eva Lund, 56, said on Monday.", [doc], "clause", "56", DAY)


def test_b3_a_parents_age_at_death_does_not_support_hers() -> None:
    doc = page(
        "Eva Lund",
        "Eva Lund is a Norbian politician and the daughter of Ivo Stam (12 June 1941 – 3 January 2024).",
        SAVED,
    )
    assert Verdict.SUPPORTED not in _judged_whole("Eva Lund, 82, said on Monday.", [doc], "clause", "82", DAY)


# B4 (s40-ext40a 5620fa81, `verify.nlp.reference.References._headline_event` made the story's topic and a trusted
# owner; extraction): in a flood story under 'Korvik flood: death toll rises to 40' (and "Norby's Korvik flood: ..."),
# 'The city has 200,000 residents.' gives its count to 'Korvik flood' on the branch, to 'Korvik' on main (the city
# the body names: the right owner, whose page holds its population). A disaster story always tells the size of the
# place struck ('the city of 200,000', 'the town's 12,000 residents'): the event's name outranks the place only for
# the event's own counts (the dead, the evacuated).
@pytest.mark.parametrize(
    "headline",
    [
        pytest.param("Korvik flood: death toll rises to 40", id="event-headline"),
        pytest.param("Norby's Korvik flood: death toll rises to 40", id="possessed-event-headline"),
    ],
)
def test_b4_the_citys_residents_stay_the_citys(headline: str) -> None:
    body = (
        "The death toll from floods in Korvik rose to 40 on Monday. About 3,000 people were evacuated. The city has "
        "200,000 residents."
    )
    found = [c.subject for c in extract_claims(article_from_text(f"{headline}\n\n{body}\n")) if "residents" in c.text]
    assert found == ["Korvik"]


# R7 (main 8d48f6d7; review39 R10's cause, a passive whose agent is ANOTHER person, beyond elections: the clause judge
# finds the verb and the object in a page sentence that names the page's person only by a pronoun or a possessive
# elsewhere in it): 'Eva Lund founded the Norby Party in 1995.' is SUPPORTED ("states it") by 'The Norby Party was
# founded in 1995 by Ivo Stam, her mentor.' and by 'The Norby Party was founded by Ivo Stam in 1995, and she joined it
# in 1996.'; 'Nina Moe discovered the Korvik comet in 2001.' by 'The Korvik comet was discovered by Ivo Stam in 2001,
# and she named it in 2002.' and by '... discovered in 2001 by Ivo Stam, whom she later married.' Founders, discoverers
# and prize-winners are named so on the pages of those who came after them; 'In 2018 she was defeated by Ivo Stam.'
# and 'Korvik Bank, which was founded by Ivo Stam' (a relative clause) are read right.
# Mended by s40-fsa40 116b6633 (merged at eedd2d05).
@pytest.mark.parametrize(
    ("doc", "body"),
    [
        pytest.param(
            _lund("The Norby Party was founded in 1995 by Ivo Stam, her mentor."),
            "Eva Lund founded the Norby Party in 1995.",
            id="founded-by-her-mentor",
        ),
        pytest.param(
            _lund("The Norby Party was founded by Ivo Stam in 1995, and she joined it in 1996."),
            "Eva Lund founded the Norby Party in 1995.",
            id="founded-by-another-and-she-joined",
        ),
        pytest.param(
            _moe("The Korvik comet was discovered by Ivo Stam in 2001, and she named it in 2002."),
            "Nina Moe discovered the Korvik comet in 2001.",
            id="discovered-by-another-and-she-named",
        ),
        pytest.param(
            _moe("The Korvik comet was discovered in 2001 by Ivo Stam, whom she later married."),
            "Nina Moe discovered the Korvik comet in 2001.",
            id="discovered-by-her-husband",
        ),
    ],
)
def test_r7_a_deed_by_another_agent_does_not_support(doc: Document, body: str) -> None:
    assert Verdict.SUPPORTED not in _judged_whole(body, [doc], "clause", "in 19" if "1995" in body else "in 20", DAY)


def test_r7_twin_her_own_founding_is_supported() -> None:
    doc = _lund("She founded the Norby Party in 1995.")
    found = _judged_whole("Eva Lund founded the Norby Party in 1995.", [doc], "clause", "in 1995", DAY)
    assert found == [Verdict.SUPPORTED]


# Ana Ruiz's invented page as tests/test_fcc40.py gives it (the 13th Prime Minister of Norby since 14 February 2023).
RUIZ13 = boxed(
    "Ana Ruiz",
    "Ana Ruiz (born 1 January 1975) is a Norbian politician serving as the 13th Prime Minister of Norby since 14 "
    "February 2023.",
    [
        ("birth_date", "1 January 1975"),
        ("birth_place", "Halden, Norby"),
        ("office", "13th Prime Minister of Norby"),
        ("term_start", "14 February 2023"),
    ],
    SAVED,
)


# B5 (s40-fcc40 26446b3b, `verify.judge._its_days_row`; a false "supported" by design): a wide clause whose only
# refuted value is an ordinal refuted on its own narrower row now takes its day's support, though its words state the
# wrong number: "Ana Ruiz was sworn in on 14 February as Norby's 14th prime minister." (she is the 13th) and "... on
# Tuesday, 14 February, as Norby's 12th prime minister." are CONTRADICTED on main, SUPPORTED on the branch ("On its
# words besides ... (refuted on its own row)"); the same facts in the other order ('sworn in as Norby's 12th prime
# minister on Tuesday, 14 February') stay refuted on the branch (a role claim). The desk reads the wide row first:
# a claim whose words hold a refuted value is not supported (unverified on its other words would keep the gain
# without the false "supported").
# mended on s40-fixb40 (`verify.judge._on_its_other_values`: unverified on its other words, not the day's support)
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Ana Ruiz was sworn in on 14 February as Norby's 14th prime minister.", id="14th"),
        pytest.param("Ana Ruiz was sworn in on Tuesday, 14 February, as Norby's 12th prime minister.", id="12th"),
    ],
)
def test_b5_a_clause_stating_a_refuted_ordinal_is_not_supported(body: str) -> None:
    found = _judged_whole(body, [RUIZ13], "clause", "sworn in", dt.date(2023, 2, 15))
    assert Verdict.SUPPORTED not in found, found


def _economist(told: str) -> Document:
    """Jon Dahl's invented page as an economist's, with `told` after his lead."""
    return page("Jon Dahl", f"Jon Dahl (born 1960) is a Norbian economist. {told}", SAVED)


# B6 (s40-rew40 bf4fcdb3, `verify.kinds.clause.judge._POINTING_OWNER`; false "supported"): the possessive of a
# described body before a post ('the country's', 'the bank's') is dropped from the post the page's spell must name,
# so a spell in the same post of ANOTHER body supports it: "Norby's new ambassador to Tarsa is Jon Dahl. He was the
# country's finance minister from 2012 to 2016." and "Jon Dahl, a Norbian economist, was the country's finance
# minister from 2012 to 2016." are SUPPORTED on the branch by 'He was finance minister of Sweden from 2012 to 2016.'
# (unverified on main); "The Bank of Norby said Jon Dahl was the bank's deputy governor from 2012 to 2016." by 'He
# was deputy governor of Korvik Province from 2012 to 2016.' The body the possessive points back at is the story's
# (Norby, the Bank of Norby), and the page's spell must be of it.
# mended on s40-fixb40 (clause `_owned_otherwise`: a spell naming another owner than the sentence's)
@pytest.mark.parametrize(
    ("told", "body"),
    [
        pytest.param(
            "He was finance minister of Sweden from 2012 to 2016.",
            "Norby's new ambassador to Tarsa is Jon Dahl. He was the country's finance minister from 2012 to 2016.",
            id="the-countrys-after-norbys",
        ),
        pytest.param(
            "He was finance minister of Sweden from 2012 to 2016.",
            "Jon Dahl, a Norbian economist, was the country's finance minister from 2012 to 2016.",
            id="the-countrys-beside-norbian",
        ),
        pytest.param(
            "He was deputy governor of Korvik Province from 2012 to 2016.",
            "The Bank of Norby said Jon Dahl was the bank's deputy governor from 2012 to 2016.",
            id="the-banks-of-a-province",
        ),
    ],
)
def test_b6_a_post_of_the_storys_body_is_not_supported_by_anothers(told: str, body: str) -> None:
    found = _judged_whole(body, [_economist(told)], "clause", "from 2012", DAY)
    assert Verdict.SUPPORTED not in found, found


# R8 (main 8d48f6d7, the clause and role judges: a post owned by the body the story names, pointed back at by 'the
# bank's', 'the university's', 'the central bank's', is matched to the same post of any body on the page): "Tarsa
# Bank said Jon Dahl was the bank's chief executive from 2012 to 2016." (clause) is SUPPORTED by 'He was chief
# executive of Korvik Bank from 2012 to 2016.'; "Halden University said Jon Dahl was the university's president from
# 2012 to 2016." by 'He was president of Korvik University from 2012 to 2016.'; "Jon Dahl, who was the central bank's
# deputy governor from 2012 to 2016, said on Monday." (role) by 'He was deputy governor of Korvik Province from 2012
# to 2016.' Business and university copy names the body once and then points back at it.
# The two clause rows mended on s40-fixb40 (clause `_owned_otherwise`, with B6); the role row stays open.
@pytest.mark.parametrize(
    ("told", "body", "kind"),
    [
        pytest.param(
            "He was chief executive of Korvik Bank from 2012 to 2016.",
            "Tarsa Bank said Jon Dahl was the bank's chief executive from 2012 to 2016.",
            "clause",
            id="the-banks",
        ),
        pytest.param(
            "He was president of Korvik University from 2012 to 2016.",
            "Halden University said Jon Dahl was the university's president from 2012 to 2016.",
            "clause",
            id="the-universitys",
        ),
        pytest.param(
            "He was deputy governor of Korvik Province from 2012 to 2016.",
            "Jon Dahl, who was the central bank's deputy governor from 2012 to 2016, said on Monday.",
            "role",
            id="the-central-banks",
            marks=_open("R8 open: 'the central bank's deputy governor' (role) supported by a spell as another body's"),
        ),
    ],
)
def test_r8_a_post_of_the_storys_body_is_not_supported_by_anothers(told: str, body: str, kind: str) -> None:
    found = _judged_whole(body, [_economist(told)], kind, "Jon Dahl" if kind == "role" else "from 2012", DAY)
    assert Verdict.SUPPORTED not in found, found


# R9 (mended on s40-fixr40 by `quantity._of_its_subset`; open on main 8d48f6d7: the quantity judge's counted noun: the
# claim's word narrowing it ('international', 'undergraduate', 'academic') is not weighed, and the page's subset told by
# a relative 'of whom N are ...' is not read as a count of that subset): 'Korvik University has 20,000 international
# students.' is SUPPORTED ("counts 20,000 students") by 'It has 20,000 students.'; 'Korvik University has 20,000
# undergraduate students.' by 'It has 20,000 students, of whom 5,000 are postgraduates.' (15,000 are undergraduates);
# 'Korvik University employs 3,000 academic staff.' by 'It employs 3,000 staff, of whom 1,200 are academics.' The true
# 'Korvik University has 5,000 postgraduate students.' is CONTRADICTED ("another count, 20,000 students") by the page's
# 'of whom 5,000 are postgraduates'. Universities', statistics offices' and employers' figures are told whole and by
# part so; 'including 5,000 postgraduate students' is read right.
@pytest.mark.parametrize(
    ("told", "body", "words"),
    [
        pytest.param(
            "It has 20,000 students.",
            "Korvik University has 20,000 international students.",
            "20,000",
            id="international-of-all",
        ),
        pytest.param(
            "It has 20,000 students, of whom 5,000 are postgraduates.",
            "Korvik University has 20,000 undergraduate students.",
            "20,000",
            id="undergraduates-of-all",
        ),
        pytest.param(
            "It employs 3,000 staff, of whom 1,200 are academics.",
            "Korvik University employs 3,000 academic staff.",
            "3,000",
            id="academic-staff-of-all",
        ),
    ],
)
def test_r9_a_narrowed_count_is_not_supported_by_the_whole(told: str, body: str, words: str) -> None:
    doc = page("Korvik University", f"Korvik University is a public university in Korvik. {told}", SAVED)
    assert Verdict.SUPPORTED not in _judged_whole(body, [doc], "quantity", words, DAY)


def test_r9_a_subset_told_by_of_whom_is_not_refuted_by_the_whole() -> None:
    doc = page(
        "Korvik University",
        "Korvik University is a public university in Korvik. It has 20,000 students, of whom 5,000 are postgraduates.",
        SAVED,
    )
    body = "Korvik University has 5,000 postgraduate students."
    assert Verdict.CONTRADICTED not in _judged_whole(body, [doc], "quantity", "5,000", DAY)


@pytest.mark.parametrize(
    ("body", "verdict"),
    [
        pytest.param("Korvik University has 5,000 postgraduate students.", Verdict.SUPPORTED, id="the-subsets-count"),
        pytest.param("Korvik University has 6,000 postgraduate students.", Verdict.CONTRADICTED, id="another-count"),
    ],
)
def test_r9_a_subset_told_by_of_whom_is_read_as_its_count(body: str, verdict: Verdict) -> None:
    doc = page(
        "Korvik University",
        "Korvik University is a public university in Korvik. It has 20,000 students, of whom 5,000 are postgraduates.",
        SAVED,
    )
    assert _judged_whole(body, [doc], "quantity", "postgraduate", DAY) == [verdict]


def test_r9_twin_the_subsets_own_count_is_supported() -> None:
    doc = page(
        "Korvik University",
        "Korvik University is a public university in Korvik. It has 20,000 students, including 5,000 postgraduate "
        "students.",
        SAVED,
    )
    body = "Korvik University has 5,000 postgraduate students."
    assert _judged_whole(body, [doc], "quantity", "5,000", DAY) == [Verdict.SUPPORTED]


def _audit(told: str) -> Document:
    """The Norbian Court of Audit's invented page, with `told` after its lead."""
    return page(
        "Norbian Court of Audit", f"The Norbian Court of Audit is the supreme audit institution of Norby. {told}", SAVED
    )


# R10 (mended on s40-fixr40 by `measured.place_set`'s body nouns and `quantity._of_its_place`'s page figure's own place;
# open on main 8d48f6d7: the quantity judge: a figure of the page sentence supports the claim's figure whatever place or
# body the sentence hangs it on; review39 R1's cause (mended for a figure of another noun) for a figure of another
# place): 'The Norbian Court of Audit found irregularities worth 200 million euros at the defence ministry in 2022.'
# gives '200 million euros' SUPPORTED ("counts 200 million euros") by 'In 2022 it found irregularities worth 50 million
# euros at the defence ministry and 200 million euros at the health ministry.', and by 'In 2022 it found irregularities
# worth 200 million euros at the health ministry.' Audit offices, inspectors and statistics offices report figure by
# ministry, region or sector in one sentence.
@pytest.mark.parametrize(
    "told",
    [
        pytest.param(
            "In 2022 it found irregularities worth 50 million euros at the defence ministry and 200 million euros at "
            "the health ministry.",
            id="two-ministries",
        ),
        pytest.param(
            "In 2022 it found irregularities worth 200 million euros at the health ministry.", id="another-ministry"
        ),
    ],
)
def test_r10_a_figure_of_another_ministry_does_not_support(told: str) -> None:
    body = "The Norbian Court of Audit found irregularities worth 200 million euros at the defence ministry in 2022."
    assert Verdict.SUPPORTED not in _judged_whole(body, [_audit(told)], "quantity", "200 million", DAY)


def test_r10_twin_the_ministrys_own_figure_is_supported() -> None:
    body = "The Norbian Court of Audit found irregularities worth 50 million euros at the defence ministry in 2022."
    doc = _audit(
        "In 2022 it found irregularities worth 50 million euros at the defence ministry and 200 million euros at the "
        "health ministry."
    )
    assert _judged_whole(body, [doc], "quantity", "50 million", DAY) == [Verdict.SUPPORTED]


@pytest.mark.parametrize(
    "told",
    [
        pytest.param(
            "In 2022 it found irregularities worth 200 million euros at the Ministry of Defence.", id="ministry-of"
        ),
        pytest.param(
            "In 2022 it found irregularities worth 200 million euros at the defence ministry and 50 million euros at "
            "the health ministry.",
            id="first-of-two",
        ),
    ],
)
def test_r10_twin_the_ministrys_own_figure_told_otherwise_is_supported(told: str) -> None:
    body = "The Norbian Court of Audit found irregularities worth 200 million euros at the defence ministry in 2022."
    assert _judged_whole(body, [_audit(told)], "quantity", "200 million", DAY) == [Verdict.SUPPORTED]


# R11 (main 8d48f6d7, open on s40-fsa40 116b6633 too; review39 R10's cause in a reduced relative: 'led by Ivo Stam'
# after the noun, no 'which was', is not read as another's deed): 'Nina Moe led the study in 2019.' is SUPPORTED
# ("states it") by 'In 2019 she co-authored a study, led by Ivo Stam, that found microplastics in Arctic ice.'; 'Nina
# Moe led an expedition to the Arctic in 2019.' by 'In 2019 she joined an expedition led by Ivo Stam to the Arctic.'
# Science and exploration copy tells every team member's part so.
# (mended by s41-fixr41: `agency.reduced_passive`, the participle's 'by' names the doer, its noun the thing done)
@pytest.mark.parametrize(
    ("told", "body"),
    [
        pytest.param(
            "In 2019 she co-authored a study, led by Ivo Stam, that found microplastics in Arctic ice.",
            "Nina Moe led the study in 2019.",
            id="co-authored-a-study-led-by",
        ),
        pytest.param(
            "In 2019 she joined an expedition led by Ivo Stam to the Arctic.",
            "Nina Moe led an expedition to the Arctic in 2019.",
            id="joined-an-expedition-led-by",
        ),
    ],
)
def test_r11_a_deed_led_by_another_does_not_support(told: str, body: str) -> None:
    assert Verdict.SUPPORTED not in _judged_whole(body, [_moe(told)], "clause", "led", DAY)


def test_r11_twin_her_own_lead_is_supported() -> None:
    found = _judged_whole(
        "Nina Moe led the Arctic expedition in 2019.",
        [_moe("In 2019 she led the Arctic expedition.")],
        "clause",
        "led",
        DAY,
    )
    assert found == [Verdict.SUPPORTED]


# B7 (s40-fsb40 5ca22a27, clause extraction's `superlative_scope` keeps 'in Norby' in the claim's words, and the
# identity judge then finds 'oldest university in Norby' only worded so; support lost): 'Korvik University, the oldest
# university in Norby, said on Monday.' is SUPPORTED on main by "It is Norby's oldest university.", unverified on
# the branch; 'Korvik Bank is the largest bank in Norby.' by "It is Norby's largest bank." too. Pages' leads word
# the place of a first by its possessive at least as often as by 'in' ("the country's oldest", "Norway's largest
# bank"): the same rank, reworded.
# mended on s40-fixb40 (clause `_ranked_by_its_place`: 'the oldest university in Norby' worded "Norby's oldest ...")
@pytest.mark.parametrize(
    ("doc", "body", "words"),
    [
        pytest.param(
            page(
                "Korvik University", "Korvik University is a public university. It is Norby's oldest university.", SAVED
            ),
            "Korvik University, the oldest university in Norby, said on Monday.",
            "oldest",
            id="norbys-oldest-university",
        ),
        pytest.param(
            _bank("It is Norby's largest bank."),
            "Korvik Bank is the largest bank in Norby.",
            "largest",
            id="norbys-largest-bank",
        ),
    ],
)
def test_b7_a_first_in_a_place_is_supported_by_the_places_possessive(doc: Document, body: str, words: str) -> None:
    assert _judged_whole(body, [doc], "clause", words, DAY) == [Verdict.SUPPORTED]


# Jon Dahl's invented page, a businessman born on 3 March 1960, for a court story of 20 June 2025.
DAHL_BORN = page(
    "Jon Dahl", "Jon Dahl (born 3 March 1960) is a Norbian businessman. In 2019 he was charged with fraud.", SAVED
)


# B8 (s40-rew40 6322669b, `verify.kinds.date.judge.told_of_its_subject` takes titles.toml `people` after 'the' as the
# claim's subject; a false "contradicted"): in a court story about Jon Dahl, the birthday of ANOTHER person named by
# a calling ('The lawyer, who turned 65 on 13 June, said he would appeal.', 'The judge, who turned 60 on 13 June,
# adjourned the case.'), which extraction gives Dahl as subject, is judged against Dahl's birth date: CONTRADICTED on
# the branch ("65 on 2025-03-03"), unverified on main. Court, police and sport copy names the lawyer, the judge, the
# referee by their calling; only a calling the person's own page or the article gives him ('Jon Dahl, a
# businessman, ... The businessman, who turned 65 in March': the commit's gain) stands for him.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Jon Dahl appeared in court on Monday. The lawyer, who turned 65 on 13 June, said he would appeal.",
            id="the-lawyer",
        ),
        pytest.param(
            "Jon Dahl, a businessman, appeared in court on Monday. The judge, who turned 60 on 13 June, adjourned "
            "the case.",
            id="the-judge",
        ),
    ],
)
def test_b8_another_callings_birthday_is_not_his(body: str) -> None:
    found = _judged_whole(body, [DAHL_BORN], "date", "turned", dt.date(2025, 6, 20))
    assert Verdict.CONTRADICTED not in found, found


# R12 (mended on s40-fixr40 by `clause.judge._ranks_another_year`; open on main 8d48f6d7 and on s40-fsb40 5dd0210d: the
# clause judge's ordinal findings read the rank's words ('its first victory since 1998') and not the year of the contest
# the claim's words give it): 'The Norby Party won the 2019 election, its first victory since 1998.' gives 'the 2019
# election, its first victory since 1998' SUPPORTED ("says first victory since 1998") by 'It won the 2023 election, its
# first victory since 1998.' (the win was in 2023; the claim 'The Norby Party won the 2019 election' is rightly
# unverified beside it). Election and sports copy ties every drought's end to its year.
def test_r12_a_rank_of_another_years_contest_does_not_support() -> None:
    doc = page(
        "Norby Party",
        "The Norby Party is a centre-right party in Norby, founded in 1946. It won the 2023 election, its first "
        "victory since 1998.",
        SAVED,
    )
    body = "The Norby Party won the 2019 election, its first victory since 1998."
    found = _judged_whole(body, [doc], "clause", "2019 election, its first", DAY)
    assert Verdict.SUPPORTED not in found, found


@pytest.mark.parametrize(
    ("title", "text", "body", "words"),
    [
        pytest.param(
            "Norby Party",
            "The Norby Party is a centre-right party in Norby. It won the 2019 election, its first victory since 1998.",
            "The Norby Party won the 2019 election, its first victory since 1998.",
            "2019 election, its first",
            id="the-same-years-contest",
        ),
        pytest.param(
            "Norby Party",
            "The Norby Party is a centre-right party in Norby. Out of office since 2011, it won the next election, its "
            "first victory since 2007.",
            "The Norby Party won the 2019 election, its first victory since 2007.",
            "2019 election, its first",
            id="a-year-after-since-before-the-rank",
        ),
    ],
)
def test_r12_twin_a_rank_of_the_same_year_is_supported(title: str, text: str, body: str, words: str) -> None:
    assert _judged_whole(body, [page(title, text, SAVED)], "clause", words, DAY) == [Verdict.SUPPORTED]
