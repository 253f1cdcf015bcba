"""Findings of review39 (session 39), as rows the desk would meet: a true sentence and, where it helps, its
one-fact-false twin, extracted from an invented article and judged against invented pages
(`tests/support/judging.py`) with the fields extraction gives its words. R-items are strict xfails for what is open
on main; a B-item (a regression found on a branch) is a plain test that passes on main, or a strict xfail naming the
branch. The list with its status is /work/briefs39/review39-findings.md."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, judged_body, page
from tests.test_review26 import SAVED
from tests.test_review27 import PARTY, STAM
from tests.test_review31 import _ruiz_said
from tests.test_review38 import _judged_whole
from verify.models import Document, Verdict

# Korvik Bank's invented page: its 2023 results told in one sentence, revenue and net profit side by side.
BANK = page(
    "Korvik Bank",
    "Korvik Bank is a Norbian bank founded in 1872 and headquartered in Korvik. In 2023 it reported revenue of 900 "
    "million euros and a net profit of 200 million euros. It has about 3,000 employees and 1.2 million customers.",
    SAVED,
)


# R1 (main 5b9de62c, the clause judge: a value found anywhere in the page sentence that holds the claim's verb; the
# binding of values to the page's deeds (fixr38, review38 R13/R15) binds them to a VERB, and one verb here reports two
# coordinated figures): 'Korvik Bank reported revenue of 200 million euros in 2023.' is SUPPORTED ("states it") by
# 'In 2023 it reported revenue of 900 million euros and a net profit of 200 million euros.' (200 million was the
# profit); the quantity claim on the same words is rightly unverified. The true twin with the profit's own figure is
# left unverified by the clause judge. Results copy (revenue, profit, operating profit, sales) always gives several
# figures under one verb.
# mended by s39-fixr39
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Korvik Bank reported revenue of 200 million euros in 2023.", id="revenue-given-the-profit"),
        pytest.param("Korvik Bank reported revenue of 200 million euros for 2023.", id="for-the-year"),
    ],
)
def test_r1_a_figure_of_another_noun_does_not_support(body: str) -> None:
    assert Verdict.SUPPORTED not in _judged_whole(body, [BANK], "clause", "revenue"), body


def test_r1_twin_the_revenues_own_figure_is_supported() -> None:
    body = "Korvik Bank reported revenue of 900 million euros in 2023."
    assert _judged_whole(body, [BANK], "clause", "revenue") == [Verdict.SUPPORTED]
    assert _judged_whole(body, [BANK], "quantity", "900 million") == [Verdict.SUPPORTED]


# Eva Lund's invented page: president since 2018, elected in two rounds (48% in the first, 56% in the runoff).
LUND = page(
    "Eva Lund",
    "Eva Lund (born 2 May 1968) is a Norbian politician who has served as President of Norby since 2018. She won the "
    "2018 presidential election with 48% of the vote in the first round and 56% in the runoff. She studied economics "
    "at Korvik University and law at Halden University.",
    SAVED,
)


# R2 (main 5b9de62c, the clause judge: the clause's value 'the first round' is found in the page sentence, and the
# share '56%' beside it, each anywhere in the sentence; the quantity claim is unverified): 'Eva Lund won the 2018
# presidential election with 56% of the vote in the first round.' is SUPPORTED by 'She won the 2018 presidential
# election with 48% of the vote in the first round and 56% in the runoff.' Two-round election results (France,
# Brazil, Finland, Chile, Poland...) always give both rounds' shares in one sentence.
# mended by s39-fixr39
def test_r2_the_other_rounds_share_does_not_support() -> None:
    body = "Eva Lund won the 2018 presidential election with 56% of the vote in the first round."
    assert Verdict.SUPPORTED not in _judged_whole(body, [LUND], "clause", "first round")


def test_r2_twin_the_election_won_is_supported() -> None:
    body = "Eva Lund won the 2018 presidential election with 56% of the vote in the runoff."
    assert _judged_whole(body, [LUND], "clause", "won the 2018") == [Verdict.SUPPORTED]


# Lena Sand's invented page: a novelist born in Korvik who died in Halden at 82.
SAND = page(
    "Lena Sand",
    "Lena Sand (12 June 1941 – 3 January 2024) was a Norbian novelist. Born in Korvik, she died in Halden at the age "
    "of 82. Her debut novel, The Grey Harbour, was published in 1968 and won the Norby Prize in 1970.",
    SAVED,
)
OBITUARY_DAY = dt.date(2024, 1, 4)


# R3 (main 5b9de62c; review38 R23's cause, in the obituary's shape: the clause judge finds the place anywhere in the
# page sentence, so the birthplace answers for the place of death): 'Lena Sand died in Korvik at the age of 82.' is
# SUPPORTED ("states it") by 'Born in Korvik, she died in Halden at the age of 82.' The obituary's lead always gives
# both places. s39-fsa39 works on R23: this row should go with it.
# (mended by s39-fsa39 3675e0b2, merged into main at af2c31af)
def test_r3_the_birthplace_does_not_support_the_place_of_death() -> None:
    body = "Lena Sand died in Korvik at the age of 82."
    assert Verdict.SUPPORTED not in _judged_whole(body, [SAND], "clause", "died", OBITUARY_DAY)


def test_r3_twin_the_place_of_death_is_supported() -> None:
    body = "Lena Sand died in Halden at the age of 82."
    assert _judged_whole(body, [SAND], "clause", "died", OBITUARY_DAY) == [Verdict.SUPPORTED]


def _berg(told: str) -> Document:
    """Tom Berg's invented page: a Korvik FC striker whose 2019 transfer to Halden United the page tells as not done
    (`told`)."""
    return page(
        "Tom Berg", f"Tom Berg (born 4 April 1994) is a Norbian footballer who plays for Korvik FC. {told}", SAVED
    )


# R4 (main 5b9de62c, the clause judge's `_undone` and nonfactual.toml's [negation]/[undone] read a VERB above the
# deed ('refused to join', 'offered to resign'); a deed told by a NOUN under a verb of refusal or rumour is read as
# done): 'Tom Berg joined Halden United in 2019.' is SUPPORTED by 'He turned down an offer to join Halden United in
# 2019.'; 'Tom Berg moved to Halden United in 2019.' by 'In 2019 he rejected a move to Halden United.' and by 'He was
# linked with a move to Halden United in 2019 but stayed at Korvik FC.' (the noun 'move' read as the verb). Transfer
# copy and profiles tell every rejected or rumoured move so; 'He refused to join ...' is read right (unverified).
@pytest.mark.parametrize(
    ("told", "body"),
    [
        pytest.param(  # mended on main by the merges of s39-fsa39 and s39-lead (af2c31af, 4a14b25c)
            "He turned down an offer to join Halden United in 2019.",
            "Tom Berg joined Halden United in 2019.",
            id="turned-down-an-offer-to-join",
        ),
        pytest.param(
            "In 2019 he rejected a move to Halden United.",
            "Tom Berg moved to Halden United in 2019.",
            id="rejected-a-move",
            # mended by s39-fixr39 (a deed told by its noun, turned down or rumoured)
        ),
        pytest.param(
            "He was linked with a move to Halden United in 2019 but stayed at Korvik FC.",
            "Tom Berg moved to Halden United in 2019.",
            id="linked-with-a-move",
            # mended by s39-fixr39 (a deed told by its noun, turned down or rumoured)
        ),
    ],
)
def test_r4_a_move_turned_down_does_not_support(told: str, body: str) -> None:
    assert Verdict.SUPPORTED not in _judged_whole(body, [_berg(told)], "clause", "Halden United")


def test_r4_twin_the_move_made_is_supported() -> None:
    found = _judged_whole(
        "Tom Berg joined Halden United in 2019.", [_berg("He joined Halden United in 2019.")], "clause", "Halden"
    )
    assert found == [Verdict.SUPPORTED]


# R5 (main 5b9de62c, the clause judge's `_undone`: nonfactual.toml's [undone] verbs and [cues] hedge words ('offered
# to', 'expected to') mark a deed only meant; 'scheduled to', 'due to', 'set to', 'meant to' do not): 'The Tarsa
# probe was launched in 2021.' is SUPPORTED ("states it") by 'It was scheduled to launch in 2021 but was delayed to
# 2023.'; 'The Korvik Bridge opened in 2019.' by 'It was due to open in 2019, but the opening was postponed to 2022.',
# '... set to open in 2019 ...' and 'It was meant to open in 2019.' Space agencies', builders' and governments' pages
# tell every delayed launch, opening or vote so; 'It was expected to open in 2019 but opened in 2022.' is read right.
# (mended by s39-lead 98ec7e79, merged into main at 4a14b25c)
@pytest.mark.parametrize(
    ("title", "told", "body"),
    [
        pytest.param(
            "Tarsa probe",
            "It was scheduled to launch in 2021 but was delayed to 2023.",
            "The Tarsa probe was launched in 2021.",
            id="scheduled-to-launch",
        ),
        pytest.param(
            "Korvik Bridge",
            "It was due to open in 2019, but the opening was postponed to 2022.",
            "The Korvik Bridge opened in 2019.",
            id="due-to-open",
        ),
        pytest.param(
            "Korvik Bridge",
            "It was set to open in 2019, but the opening was postponed to 2022.",
            "The Korvik Bridge opened in 2019.",
            id="set-to-open",
        ),
        pytest.param(
            "Korvik Bridge", "It was meant to open in 2019.", "The Korvik Bridge opened in 2019.", id="meant-to"
        ),
    ],
)
def test_r5_a_deed_only_scheduled_does_not_support(title: str, told: str, body: str) -> None:
    doc = page(title, f"The {title} is a Norbian project. {told}", SAVED)
    assert Verdict.SUPPORTED not in _judged_whole(body, [doc], "clause", "2019" if "2019" in body else "2021")


def test_r5_twin_the_deed_done_is_supported() -> None:
    doc = page("Korvik Bridge", "The Korvik Bridge is a Norbian project. It opened in 2019.", SAVED)
    assert _judged_whole("The Korvik Bridge opened in 2019.", [doc], "clause", "2019") == [Verdict.SUPPORTED]


# The Norby Party's invented page (52 seats in 2019, 61 in 2023) and Korvik Bank's, its 2023 profit told with its
# difference from 2022.
PROFIT = page(
    "Korvik Bank",
    "Korvik Bank is a Norbian bank. In 2023 it made a net profit of 200 million euros, 50 million euros more than in "
    "2022.",
    SAVED,
)


# B1 (s39-fcc39 996ff09b, `verify.figure_pairs._EARLIER`, refutation and support lost): the difference cut from a
# count's sentence (', nine more than in 2019') leaves the count with no time of its own, and a count with none is
# not weighed against the page's later contest: 'The Norby Party won 70 seats, nine more than in 2019.' (61 in 2023)
# CONTRADICTED on main, unverified on the branch; 'Korvik Bank made a net profit of 200 million euros, 50 million euros
# more than in 2022.' SUPPORTED on main by the page's same sentence, unverified on the branch. Main's verdicts came
# from reading the compared year on both sides; a count 'N more than in 2019' is of a contest after 2019 (the next
# one on the page), which would keep both and the commit's gain ('61 seats, nine more than in 2019' not refuted).
# Mended on s39-fixb39: figure_pairs.year_compared_with, the quantity judge reads the count at the page's next year.
def test_b1_a_false_count_beside_its_difference_stays_refuted() -> None:
    found = _judged_whole("The Norby Party won 70 seats, nine more than in 2019.", [PARTY], "quantity", "70 seats")
    assert found == [Verdict.CONTRADICTED]


def test_b1_twin_the_compared_years_count_is_not_the_counts_own() -> None:
    found = _judged_whole("The Norby Party won 52 seats, nine more than in 2019.", [PARTY], "quantity", "52 seats")
    assert found == [Verdict.CONTRADICTED]


def test_b1_a_true_figure_beside_its_difference_stays_supported() -> None:
    body = "Korvik Bank made a net profit of 200 million euros, 50 million euros more than in 2022."
    assert _judged_whole(body, [PROFIT], "quantity", "200 million") == [Verdict.SUPPORTED]


QUOTED = 'Ana Ruiz said the deal was "dead in the water".'
QUOTE_DAY = dt.date(2024, 6, 1)


# B2 (s39-lead f9a61774, `verify.kinds.quote.attribution._claims_of_others`; support lost): a noun of what others say
# right before the quoted clause makes the words another's unless a pronoun owns it, so the page's person's OWN
# claims, told with a noun she makes, levels or owns by name, are no longer hers: 'In 2023 she made the claim that the
# deal was "dead in the water".', '... she made allegations that ...', '... she levelled the charge that ...',
# "Ruiz's claim that the deal was ... drew criticism in 2023." SUPPORTED on main, unverified on the branch. A noun the
# subject makes ('make', 'level', 'repeat') or her name owns is hers, as 'her claim that' is.
@pytest.mark.parametrize(
    "said",
    [
        pytest.param('In 2023 she made the claim that the deal was "dead in the water".', id="made-the-claim"),
        pytest.param('In 2023 she made allegations that the deal was "dead in the water".', id="made-allegations"),
        pytest.param(
            'In 2023 she levelled the charge that the deal was "dead in the water".', id="levelled-the-charge"
        ),
        pytest.param(
            'Ruiz\'s claim that the deal was "dead in the water" drew criticism in 2023.', id="ruizs-claim-by-name"
        ),
    ],
)
def test_b2_a_claim_she_makes_herself_stays_hers(said: str) -> None:
    found = {v for c, v in judged_body(QUOTED, [_ruiz_said(said)], QUOTE_DAY) if c.kind == "quote"}
    assert found == {Verdict.SUPPORTED}, found


# Tom Berg's invented page: 18 goals for his club in the 2022-23 season; 7 goals in 25 caps for Norby.
STRIKER = page(
    "Tom Berg",
    "Tom Berg (born 4 April 1994) is a Norbian footballer who plays as a striker for Korvik FC. In the 2022–23 season "
    "he scored 18 goals in 30 appearances. He has won 25 caps for Norby, scoring 7 goals.",
    SAVED,
)


# R6 (main 5b9de62c, clause extraction cuts the team the goals were scored for ('for Norby') from the claim's words,
# and the clause judge then finds '18 goals' in any sentence of the page): 'Tom Berg has scored 18 goals for Norby.'
# (claim 'Tom Berg has scored 18 goals') and 'Tom Berg, who has scored 18 goals for Norby, spoke on Monday.' (claim
# 'scored 18 goals'), also '... for Halden United ...', are SUPPORTED by 'In the 2022–23 season he scored 18 goals in
# 30 appearances.' (his club season; he has 7 for Norby). Sports copy always tells whose goals they were, club or
# country; 'Tom Berg scored 18 goals for Norby in the 2022–23 season.' keeps its words and is rightly unverified.
# mended by s39-fixr39
@pytest.mark.parametrize(
    ("body", "words"),
    [
        pytest.param("Tom Berg has scored 18 goals for Norby.", "18 goals", id="for-his-country"),
        pytest.param("Tom Berg, who has scored 18 goals for Norby, spoke on Monday.", "18 goals", id="who-has-scored"),
        pytest.param(
            "Tom Berg, who scored 18 goals for Halden United, spoke on Monday.", "18 goals", id="another-club"
        ),
    ],
)
def test_r6_goals_for_another_team_do_not_support(body: str, words: str) -> None:
    assert Verdict.SUPPORTED not in _judged_whole(body, [STRIKER], "clause", words)


def test_r6_twin_the_seasons_goals_are_supported() -> None:
    body = "Tom Berg scored 18 goals in the 2022–23 season."
    assert _judged_whole(body, [STRIKER], "clause", "18 goals") == [Verdict.SUPPORTED]


# The Norby Party's invented page with its result told in the 'up from' form election pages use.
UP_FROM = page(
    "Norby Party",
    "The Norby Party is a centre-right party in Norby, founded in 1946. In the 2023 election it won 61 seats, up from "
    "52 in 2019.",
    SAVED,
)


# R7 (main 5b9de62c, the quantity judge on a page sentence of two times' figures: the earlier figure told without its
# noun, 'up from 52 in 2019', is not read as a count of seats, and the later one, '61 seats' of 2023, is read as
# "another count" of the claim's 2019): 'The Norby Party won 61 seats in 2023, up from 52 in 2019.' and '... won 61
# seats, up from 52 in 2019.' give the claim 'from 52' CONTRADICTED by the page's same words ("gives another count, 61
# seats"); against a page telling 2019 in its own sentence it is supported. Election and results pages write every
# result so; the claim copies the page's own sentence.
# mended by s39-fixr39
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("The Norby Party won 61 seats in 2023, up from 52 in 2019.", id="with-its-year"),
        pytest.param("The Norby Party won 61 seats, up from 52 in 2019.", id="without-its-year"),
    ],
)
def test_r7_the_earlier_figure_of_the_pages_own_pair_is_not_refuted(body: str) -> None:
    assert Verdict.CONTRADICTED not in _judged_whole(body, [UP_FROM], "quantity", "52")


def test_r7_twin_the_later_figure_is_supported() -> None:
    body = "The Norby Party won 61 seats in 2023, up from 52 in 2019."
    assert _judged_whole(body, [UP_FROM], "quantity", "61 seats") == [Verdict.SUPPORTED]


# B3 (s39-fcc39 6b3981b0, `verify.kinds.date.parsed.year_told_after`; a false "contradicted" and a false "supported"):
# the pattern of a year told after a month (', last year') also matches a POSSESSIVE that opens the next apposition
# (', last year's winner of ...'), so the month is dated a year back: 'Ivo Stam, who turned 74 in March, last year's
# winner of the Norby Prize, spoke on Monday.' (born 3 March 1950; article of 1 June 2024: true) gives 'turned 74 in
# March' CONTRADICTED on the branch, SUPPORTED on main; its false twin '... who turned 73 in March, ...' SUPPORTED on
# the branch, CONTRADICTED on main. Profiles and sports copy stack appositions so ('last year's player of the year').
# 'last year' followed by "'s" is no year told after the month (mended on s39-fixb39).
@pytest.mark.parametrize(
    ("age", "outcome"),
    [pytest.param("74", Verdict.SUPPORTED, id="true-age"), pytest.param("73", Verdict.CONTRADICTED, id="false-age")],
)
def test_b3_a_possessive_last_years_does_not_date_the_birthday(age: str, outcome: Verdict) -> None:
    body = f"Ivo Stam, who turned {age} in March, last year's winner of the Norby Prize, spoke on Monday."
    assert _judged_whole(body, [STAM], "date", "in March", dt.date(2024, 6, 1)) == [outcome]


def _jurist(lead: str) -> Document:
    """Ewan Reid's invented page: a jurist whose infobox gives his nationality as British, as most UK people's do."""
    return boxed("Ewan Reid", f"Ewan Reid (born 1960) is {lead}", [("nationality", "British")], SAVED)


# B4 (s39-lead cf340834, `verify.kinds.clause.judge._nationality_row_findings`; support lost and a false
# "contradicted"): the infobox's nationality row refutes a description whose nationality is not the row's, though a
# nation of the United Kingdom is British: 'Ewan Reid, a Scottish jurist, said on Monday.' against 'is a Scottish
# jurist ...' with 'nationality: British' is SUPPORTED on main, unverified on the branch ('a Welsh jurist' too); against
# a lead giving no nationality ('is a jurist who has served ...') it is CONTRADICTED on the branch, unverified on main
# ('a Northern Irish jurist' too). UK people's pages give 'British' in the row and the nation in the lead.
@pytest.mark.parametrize(
    ("lead", "said"),
    [
        pytest.param("a Scottish jurist and judge.", "Scottish", id="scottish"),
        pytest.param("a Welsh jurist and judge.", "Welsh", id="welsh"),
    ],
)
def test_b4_a_nation_of_the_row_country_stays_supported(lead: str, said: str) -> None:
    body = f"Ewan Reid, a {said} jurist, said on Monday."
    assert _judged_whole(body, [_jurist(lead)], "clause", "jurist") == [Verdict.SUPPORTED]


def test_b4_a_nation_of_the_row_country_is_not_refuted() -> None:
    doc = _jurist("a jurist who has served as a judge of the International Court of Justice since 2018.")
    found = _judged_whole("Ewan Reid, a Scottish jurist, said on Monday.", [doc], "clause", "jurist")
    assert Verdict.CONTRADICTED not in found, found


# B5 (s39-fsb39 ecb9bdee, `verify.kinds.role.judge.of_other_countries`; support lost): a lead's nationality the
# lexicon does not know makes the person 'of another country' than any claimed, and real demonyms are missing from it
# ('Kazakhstani', 'Azeri', 'English'; also 'Emirian', 'Bajan', 'Kiwi', 'Gibraltarian', 'Macanese', 'Vanuatuan'): "Aida
# Sar, Kazakhstan's first female prime minister, said on Monday." SUPPORTED on main by 'is a Kazakhstani politician who
# served as the country's first female prime minister', unverified on the branch; "Azerbaijan's ..." (an Azeri), and
# "Britain's first female Speaker of the House of Commons" (an English politician) too. 'Swedish' reads right.
@pytest.mark.parametrize(
    ("demonym", "said"),
    [
        pytest.param("a Kazakhstani", "Kazakhstan's first female prime minister", id="kazakhstani"),
        pytest.param("an Azeri", "Azerbaijan's first female prime minister", id="azeri"),
        pytest.param("a Swedish", "Sweden's first female prime minister", id="swedish-as-on-main"),
    ],
)
def test_b5_a_real_demonym_the_lexicon_lacks_keeps_its_first(demonym: str, said: str) -> None:
    doc = page(
        "Aida Sar",
        f"Aida Sar (born 1960) is {demonym} politician who served as the country's first female prime minister from "
        "2010 to 2014.",
        SAVED,
    )
    assert _judged_whole(f"Aida Sar, {said}, said on Monday.", [doc], "clause", "first") == [Verdict.SUPPORTED]


def _accused(told: str) -> Document:
    """Jon Dahl's invented page: a businessman whose arrest, resignation, impeachment or killing the page tells as
    not done (`told`)."""
    return page("Jon Dahl", f"Jon Dahl (born 1960) is a Norbian businessman. {told}", SAVED)


# R8 (main 5b9de62c, the clause judge reads the NOUN of a deed ('arrest', 'resignation', 'impeachment',
# 'assassination') as the deed ('was arrested', 'resigned', ...), whatever verb governs it: `_mentions_relation` and
# `_relation_stems` match the predicate's five-letter stem on any word of the sentence; R4's cause in court and
# politics copy): 'Jon Dahl was arrested in 2017.' is SUPPORTED ("states it") by 'A warrant for his arrest was issued
# in 2017.', 'He was threatened with arrest in 2017.', 'He evaded arrest in 2017 by fleeing to Tarsa.' and 'In 2017
# prosecutors called for his arrest.'; 'Jon Dahl resigned in 2017.' by 'He tendered his resignation in 2017, but the
# president rejected it.'; 'Jon Dahl was impeached in 2017.' by 'Impeachment proceedings against him began in 2017 but
# were dropped.'; 'Jon Dahl was assassinated in 2017.' by 'He survived an assassination attempt in 2017.' (he is
# alive). 'Police sought his arrest in 2017.', 'He narrowly avoided bankruptcy', 'was acquitted of murder' are read
# right.
# mended by s40-fsa40 (nonfactual.toml [undone] aim_words, `_only_aimed_at`; a deed turned down by the clause after
# it, `_refused_after`)
@pytest.mark.parametrize(
    ("told", "body"),
    [
        pytest.param(
            "A warrant for his arrest was issued in 2017.",
            "Jon Dahl was arrested in 2017.",
            id="a-warrant-for-his-arrest",
        ),
        pytest.param(
            "He was threatened with arrest in 2017.", "Jon Dahl was arrested in 2017.", id="threatened-with-arrest"
        ),
        pytest.param(
            "He evaded arrest in 2017 by fleeing to Tarsa.", "Jon Dahl was arrested in 2017.", id="evaded-arrest"
        ),
        pytest.param(
            "In 2017 prosecutors called for his arrest.", "Jon Dahl was arrested in 2017.", id="called-for-his-arrest"
        ),
        pytest.param(
            "He tendered his resignation in 2017, but the president rejected it.",
            "Jon Dahl resigned in 2017.",
            id="resignation-rejected",
        ),
        pytest.param(
            "Impeachment proceedings against him began in 2017 but were dropped.",
            "Jon Dahl was impeached in 2017.",
            id="impeachment-dropped",
        ),
        pytest.param(
            "He survived an assassination attempt in 2017.",
            "Jon Dahl was assassinated in 2017.",
            id="survived-an-assassination-attempt",
        ),
    ],
)
def test_r8_a_deed_not_done_does_not_support(told: str, body: str) -> None:
    assert Verdict.SUPPORTED not in _judged_whole(body, [_accused(told)], "clause", "2017")


@pytest.mark.parametrize(
    ("told", "body"),
    [
        pytest.param("He was arrested in 2017.", "Jon Dahl was arrested in 2017.", id="arrested"),
        pytest.param(
            "Following his arrest in 2017, he was jailed for two years.",
            "Jon Dahl was arrested in 2017.",
            id="following-his-arrest",
        ),
        pytest.param(
            "He tendered his resignation in 2017, and the president accepted it.",
            "Jon Dahl resigned in 2017.",
            id="resignation-accepted",
        ),
    ],
)
def test_r8_twin_the_deed_done_is_supported(told: str, body: str) -> None:
    assert _judged_whole(body, [_accused(told)], "clause", "2017") == [Verdict.SUPPORTED]


# B6 (s39-fcc39 1c74c8e1/d19de675, `verify.kinds.role.judge.a_bodys_post_of_a_possessive`; refutation lost): the
# lexicon's team posts take 'captain' and 'skipper' with 'coach', so "Brazil's captain Tom Berg" claims no nationality
# any more: against a page of a German footballer who captains Germany it is CONTRADICTED on main, unverified on the
# branch. A national team's coach may be foreign (review38 R8's ground); its captain never is (mended on s39-fixb39).
def test_b6_a_national_captain_keeps_the_countrys_nationality() -> None:
    doc = page(
        "Tom Berg",
        "Tom Berg (born 1990) is a German footballer who plays as a midfielder for Bayern Munich and captains the "
        "Germany national team.",
        SAVED,
    )
    found = _judged_whole("Brazil's captain Tom Berg said on Monday.", [doc], "role", "captain")
    assert found == [Verdict.CONTRADICTED]


# R9 (main 5b9de62c; a contradiction missed, and a support: the clause 'has died aged N' has relation 'died' and
# value N, and no judge reads N as the age at death against the page's dates of birth and death): 'Lena Sand has died
# aged 83.' (the page: 12 June 1941 – 3 January 2024, 'died ... at the age of 82') is unverified, and so is the true
# 'has died aged 82.' The obituary's first line gives every dead person's age so ('X, 83, has died' is read against an
# infobox's dates, not against the lead's alone).
# mended by s40-recall40
@pytest.mark.parametrize(
    ("age", "outcome"),
    [pytest.param("83", Verdict.CONTRADICTED, id="false-age"), pytest.param("82", Verdict.SUPPORTED, id="true-age")],
)
def test_r9_an_age_at_death_is_read_against_the_pages_dates(age: str, outcome: Verdict) -> None:
    assert _judged_whole(f"Lena Sand has died aged {age}.", [SAND], "clause", "died", OBITUARY_DAY) == [outcome]


# R10 (main 5b9de62c, the clause judge finds the verb 'won' and its object each anywhere in the page sentence: the
# election is the object of 'lost', or won by another, the passive's agent): 'Eva Lund won the 2018 presidential
# election.' is SUPPORTED ("states it") by 'In the 2018 presidential election she won the popular vote but lost the
# election to Ivo Stam.' (the United States' 2000 and 2016 shape); 'Eva Lund won the 2019 election.' by 'She lost the
# 2019 election, which was won by Ivo Stam.'; 'Eva Lund won the leadership of the Norby Party in 2017.' by 'She stood
# for the leadership of the Norby Party in 2017, which was won by Ivo Stam.' Every losing candidate's page.
# mended by s40-fsa40 (`_taken_by_another_deed`: the verb and its object one deed; `_someone_else`: a passive's named
# agent, neither party's, is someone else)
@pytest.mark.parametrize(
    ("told", "body"),
    [
        pytest.param(
            "In the 2018 presidential election she won the popular vote but lost the election to Ivo Stam.",
            "Eva Lund won the 2018 presidential election.",
            id="won-the-popular-vote-lost-the-election",
        ),
        pytest.param(
            "She lost the 2019 election, which was won by Ivo Stam.",
            "Eva Lund won the 2019 election.",
            id="which-was-won-by-another",
        ),
        pytest.param(
            "She stood for the leadership of the Norby Party in 2017, which was won by Ivo Stam.",
            "Eva Lund won the leadership of the Norby Party in 2017.",
            id="a-leadership-won-by-another",
        ),
    ],
)
def test_r10_an_election_lost_does_not_support_the_win(told: str, body: str) -> None:
    doc = page("Eva Lund", f"Eva Lund (born 1968) is a Norbian politician. {told}", SAVED)
    assert Verdict.SUPPORTED not in _judged_whole(body, [doc], "clause", "won")


@pytest.mark.parametrize(
    "told",
    [
        pytest.param("She won the 2018 presidential election.", id="won"),
        pytest.param("She won the popular vote and the 2018 presidential election.", id="won-the-vote-and-it"),
        pytest.param("The 2018 presidential election, which she won, was the closest in decades.", id="which-she-won"),
        pytest.param("The 2018 presidential election was won by Lund.", id="won-by-her-surname"),
    ],
)
def test_r10_twin_the_election_won_is_supported(told: str) -> None:
    doc = page("Eva Lund", f"Eva Lund (born 1968) is a Norbian politician. {told}", SAVED)
    assert _judged_whole("Eva Lund won the 2018 presidential election.", [doc], "clause", "won") == [Verdict.SUPPORTED]


# a body's other name or acronym doing the deed is the body: only a passive's agent named otherwise is someone else
@pytest.mark.parametrize(
    ("title", "told", "body"),
    [
        pytest.param(
            "United Kingdom",
            "Britain left the European Union in 2020.",
            "The United Kingdom left the European Union in 2020.",
            id="another-name-doing-it",
        ),
        pytest.param(
            "Norby Space Agency",
            "The Tarsa probe was launched by NSA in 2021.",
            "The Norby Space Agency launched the Tarsa probe in 2021.",
            id="its-acronym-the-agent",
        ),
    ],
)
def test_r10_twin_the_body_named_otherwise_is_its_doer(title: str, told: str, body: str) -> None:
    doc = page(title, f"The {title} is a Norbian body. {told}", SAVED)
    assert _judged_whole(body, [doc], "clause", "20") == [Verdict.SUPPORTED]


def test_r10_twin_the_contest_named_without_its_year_is_won() -> None:
    doc = page("Tom Berg", "Tom Berg (born 1990) is a Norbian golfer. He won the Korvik Open in 2019.", SAVED)
    assert _judged_whole("Tom Berg won the 2019 Korvik Open.", [doc], "clause", "won") == [Verdict.SUPPORTED]


# R11 (main 4a14b25c; extraction cuts the superlative's place from the claim's words ('the oldest university in
# Norby' -> 'the oldest university'), and the clause judge finds 'oldest' and 'university' in a sentence ranking it
# among many or first of another place): 'Korvik University, the oldest university in Norby, said on Monday.' and
# 'Korvik University is the oldest university in Norby.' are SUPPORTED by 'It is one of the oldest universities in
# Norby.' and by 'It is the oldest university in Korvik and the second-oldest in Norby.' Universities', banks' and
# companies' copy leans on such firsts; "Norby's oldest university" (the possessive) is read right (unverified).
# Mended by fsb40: a superlative's phrase keeps the named place it ranks within ('in Norby'; clause/extract.py
# `superlative_scope`), and a page sharing the rank with an unnamed many ('one of the oldest') does not give it
# (clause/judge.py `_rank_shared`).
@pytest.mark.parametrize(
    "told",
    [
        pytest.param("It is one of the oldest universities in Norby.", id="one-of-the-oldest"),
        pytest.param("It is the oldest university in Korvik and the second-oldest in Norby.", id="oldest-of-the-city"),
    ],
)
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Korvik University, the oldest university in Norby, said on Monday.", id="apposed"),
        pytest.param("Korvik University is the oldest university in Norby.", id="copula"),
    ],
)
def test_r11_a_rank_among_many_or_elsewhere_is_no_superlative(told: str, body: str) -> None:
    doc = page("Korvik University", f"Korvik University is a public university in Korvik. {told}", SAVED)
    assert Verdict.SUPPORTED not in _judged_whole(body, [doc], "clause", "oldest")


def test_r11_twin_the_oldest_is_supported() -> None:
    doc = page(
        "Korvik University", "Korvik University is a public university. It is the oldest university in Norby.", SAVED
    )
    body = "Korvik University, the oldest university in Norby, said on Monday."
    assert _judged_whole(body, [doc], "clause", "oldest") == [Verdict.SUPPORTED]


# R12 (main 71d1b92d; extraction ends the claim at 'its first victory' / 'its first title', cutting 'since 1998', and
# the clause judge reads the page's 'first ... since 2005' as a plain first): 'The Norby Party won the 2023 election,
# its first victory since 1998.' gives 'the 2023 election, its first victory' SUPPORTED by 'It won the 2023 election,
# its first victory since 2005.'; 'Korvik FC won the league in 2019, its first title since 1995.' gives '... its
# first title' SUPPORTED by '... its first title since 1987.' Election and sports copy dates every drought so; the
# wrong year goes unflagged and the words read as 'its first victory' ever. Mended by fsb40: a rank's phrase keeps the
# date it counts from ('since 1998'; clause/extract.py `superlative_scope`), and a rank narrowed so is supported only
# by a page giving it in the same words (clause/judge.py `_narrowed_rank_findings`).
@pytest.mark.parametrize(
    ("title", "told", "body"),
    [
        pytest.param(
            "Norby Party",
            "It won the 2023 election, its first victory since 2005.",
            "The Norby Party won the 2023 election, its first victory since 1998.",
            id="first-victory-since",
        ),
        pytest.param(
            "Korvik FC",
            "It won the league in 2019, its first title since 1987.",
            "Korvik FC won the league in 2019, its first title since 1995.",
            id="first-title-since",
        ),
    ],
)
def test_r12_a_first_since_another_year_does_not_support(title: str, told: str, body: str) -> None:
    doc = page(title, f"The {title} is a Norbian body. {told}", SAVED)
    assert Verdict.SUPPORTED not in _judged_whole(body, [doc], "clause", "first")


@pytest.mark.parametrize(
    ("title", "told", "body"),
    [
        pytest.param(
            "Norby Party",
            "It won the 2023 election, its first victory since 1998.",
            "The Norby Party won the 2023 election, its first victory since 1998.",
            id="first-victory-since",
        ),
        pytest.param(
            "Korvik FC",
            "It won the league in 2019, its first title since 1995.",
            "Korvik FC won the league in 2019, its first title since 1995.",
            id="first-title-since",
        ),
    ],
)
def test_r12_twin_the_first_since_the_same_year_is_supported(title: str, told: str, body: str) -> None:
    doc = page(title, f"The {title} is a Norbian body. {told}", SAVED)
    assert _judged_whole(body, [doc], "clause", "first") == [Verdict.SUPPORTED]


# R13 (main 6e2ab6ea, the clause judge's description ('describes them so') finds 'gold medallist' and 'Olympic' in a
# sentence where the words describe another person, the one she finished behind): 'Eva Holt, an Olympic gold
# medallist, said on Monday.' is SUPPORTED by 'She won the silver medal in the 200 metres at the 2016 Summer Olympics,
# behind the gold medallist Ana Ruiz.' Sports profiles name who beat the page's person so.
# (mended by s41-fixr41: `holder.titled_name_after`, a description written right before another's name)
def test_r13_another_persons_description_does_not_support() -> None:
    doc = page(
        "Eva Holt",
        "Eva Holt (born 1990) is a Norbian swimmer. She won the silver medal in the 200 metres at the 2016 Summer "
        "Olympics, behind the gold medallist Ana Ruiz.",
        SAVED,
    )
    body = "Eva Holt, an Olympic gold medallist, said on Monday."
    assert Verdict.SUPPORTED not in _judged_whole(body, [doc], "clause", "medallist")


def test_r13_twin_her_own_medal_is_supported() -> None:
    doc = page(
        "Eva Holt",
        "Eva Holt (born 1990) is a Norbian swimmer. She is an Olympic gold medallist, winning the 200 metres at the "
        "2016 Summer Olympics.",
        SAVED,
    )
    body = "Eva Holt, an Olympic gold medallist, said on Monday."
    assert _judged_whole(body, [doc], "clause", "medallist") == [Verdict.SUPPORTED]


# Nina Moe's invented page: a university president since 2020 who led an institute from 2012 to 2020, and studied
# at one university before a doctorate from another.
MOE = page(
    "Nina Moe",
    "Nina Moe (born 1970) is a Norbian economist who has been president of Korvik University since 2020. She "
    "previously led the Norby Institute from 2012 to 2020. She studied at Korvik University and earned a PhD from "
    "Halden University in 1998.",
    SAVED,
)


# R14 (main 6e2ab6ea, the clause judge reads 'has led ... since 2012' as the deed 'led' and a year, and finds both in
# a sentence telling a spell that ENDED: the role claim on the same words is rightly unverified): 'Nina Moe has led the
# Norby Institute since 2012.' and '... since 2020.' are SUPPORTED ("states it") by 'She previously led the Norby
# Institute from 2012 to 2020.' (she left it for the university in 2020). A post of the wrong time, issue 15's first
# ground, in the clause kind: profiles tell every past post so.
@pytest.mark.parametrize("year", ["2012", "2020"])
def test_r14_an_ended_spell_does_not_support_a_holding_since(year: str) -> None:
    body = f"Nina Moe has led the Norby Institute since {year}."
    assert Verdict.SUPPORTED not in _judged_whole(body, [MOE], "clause", "Norby Institute")


def test_r14_twin_the_ended_spell_is_supported() -> None:
    body = "Nina Moe led the Norby Institute from 2012 to 2020."
    assert Verdict.SUPPORTED in _judged_whole(body, [MOE], "clause", "Norby Institute")


# R15 (main 6e2ab6ea; review38 R23's cause, which s39-fsa39 3675e0b2 mended for places told with 'in', 'at', 'near':
# a university told with 'from', the object of the other coordinated verb, is found anywhere in the sentence):
# 'Nina Moe earned a PhD from Korvik University in 1998.' is SUPPORTED by 'She studied at Korvik University and
# earned a PhD from Halden University in 1998.' Academics' profiles give every degree and school so.
def test_r15_another_deeds_university_does_not_support() -> None:
    body = "Nina Moe earned a PhD from Korvik University in 1998."
    assert Verdict.SUPPORTED not in _judged_whole(body, [MOE], "clause", "PhD")
