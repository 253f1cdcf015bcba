"""Findings of review45 (session 45), as rows the desk would meet: a true sentence and its one-fact-false twin,
extracted from an invented article and judged against invented pages (`tests/support/judging.py`) through the
article's whole judging (`verify.judge.judge`). F-items are false "contradicted" verdicts the last session's merged
mechanisms give (strict xfails: open on main d1ab74fd, right before them at 948ffa10); R-items are other false
verdicts open on main d1ab74fd (strict xfails); a B-item (a regression found on a helper branch) is a plain test that
passes on main. The list with its status is /work/briefs45/review45-findings.md."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, page
from tests.test_review26 import _open
from verify.app import article_from_text
from verify.extract import extract_claims
from verify.judge import judge
from verify.models import Claim, ClaimResult, Document, Verdict
from verify.retrieve import EvidencePool

# The day of the invented articles, after the pages' revision (saved 1 April 2025), as the desk reads them.
DAY = dt.date(2025, 6, 1)
SAVED = dt.datetime(2025, 4, 1, tzinfo=dt.UTC)


def _results(
    body: str, docs: list[Document], day: dt.date = DAY, headline: str = "Norby news"
) -> list[tuple[Claim, ClaimResult]]:
    """Each claim of an article of `body` under `headline` with its result, judged whole against `docs` alone."""
    claims = extract_claims(article_from_text(f"{headline}\n\n{body}\n", as_of=day))
    results = judge(claims, EvidencePool(documents=docs, by_claim={c.id: docs for c in claims}), day)
    return list(zip(claims, results, strict=True))


def _verdicts(
    body: str, docs: list[Document], words: str = "", kind: str = "", headline: str = "Norby news"
) -> list[Verdict]:
    """The verdicts on the claims (of `kind`, if given) whose words hold `words`."""
    found = _results(body, docs, headline=headline)
    return [r.verdict for c, r in found if words in c.text and (not kind or c.kind == kind)]


# ---------------------------------------------------------------------------------------------------------------
# F1 (main d1ab74fd, s44-recallb44's cherry-picks f1ae6452/ca67cae1, verify/kinds/duration/judge.py
# `tenure_findings` + `_spell_the_sentence_dates`): a sentence that dates one spell ('prime minister from May 2019 to
# June 2023') makes that post the measure of ANY length the sentence gives its subject, and `own` makes it refutable
# (`may_refute = bool(own)`), whatever the length is of: years in parliament, a prison sentence, a marriage, a career
# before. Every row below is CONTRADICTED on main by "Prime Minister of Norby from 2019-05-04 to 2023-06-02: 4.1
# years"; at 948ffa10 each was unverified (or supported by the page's own 'member ... from 2007 to 2019'). Profiles and
# obituaries write a post's spell in an apposition and a length of something else in the same sentence.
STAM_PM = boxed(
    "Ivo Stam",
    "Ivo Stam (born 1960) is a Norbian politician who was Prime Minister of Norby from 2019 to 2023. He was a member "
    "of the Storting from 2007 to 2019.",
    [("office", "Prime Minister of Norby"), ("term_start", "4 May 2019"), ("term_end", "2 June 2023")],
    SAVED,
)
_F1 = "F1 open: a spell the sentence dates measures a length of something else (duration `_spell_the_sentence_dates`)"


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Ivo Stam, prime minister from 4 May 2019 to 2023, had been a member of parliament for 12 years before "
            "that.",
            id="years-in-parliament-before",
        ),
        pytest.param(
            "Ivo Stam, prime minister from May 2019 to June 2023, served in parliament for 12 years.",
            id="served-in-parliament",
        ),
        pytest.param(
            "Ivo Stam, prime minister from May 2019 to June 2023, was jailed for six years on Monday.", id="jailed"
        ),
        pytest.param(
            "Ivo Stam, prime minister from May 2019 to June 2023, was sentenced to six years in prison.",
            id="sentenced",
        ),
        pytest.param(
            "Ivo Stam, prime minister from May 2019 to June 2023, has been married to Eva Lund for 30 years.",
            id="married",
        ),
        pytest.param("Ivo Stam, who governed from May 2019, had worked as a teacher for 20 years.", id="career"),
    ],
)
def test_f1_a_dated_spell_does_not_measure_another_length(body: str) -> None:
    found = _verdicts(body, [STAM_PM], kind="duration")
    assert found and Verdict.CONTRADICTED not in found, found


# F1 (still open after main a28b3a7f's mend: `_spell_the_sentence_dates` now asks `_of_a_post` or `_leads_a_body`, and
# `_leads_a_body` takes ANY organisation word after 'led the/his', a party too): 'Ivo Stam, prime minister from May
# 2019 to June 2023, led the Norby Party for 12 years.' and '... led his party for 12 years.' (page: 'He led the Norby
# Party from 2011 to 2023') are CONTRADICTED by the prime ministership's 4.1 years; at 948ffa10 unverified and
# SUPPORTED ('from 2011 to 2023: about 12 years'). Suggest: the body led must be the dated post's body (the country
# for a head of government, the company its chief executive's post names), not any body.
STAM_LEADER_PM = STAM_PM.model_copy(update={"text": STAM_PM.text + " He led the Norby Party from 2011 to 2023."})


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Ivo Stam, prime minister from May 2019 to June 2023, led the Norby Party for 12 years.", id="the-party"
        ),
        pytest.param(
            "Ivo Stam, prime minister from May 2019 to June 2023, led his party for 12 years.", id="his-party"
        ),
    ],
)
# mended on main 9b1c805c (lead45b): a plain test now
def test_f1_leading_another_body_is_not_measured_on_the_dated_post(body: str) -> None:
    found = _verdicts(body, [STAM_LEADER_PM], kind="duration")
    assert found and Verdict.CONTRADICTED not in found, found


@pytest.mark.parametrize(
    ("body", "verdict"),
    [
        pytest.param(
            "Ivo Stam, prime minister from May 2019 to June 2023, served for four years.", Verdict.SUPPORTED, id="true"
        ),
        pytest.param(
            "Ivo Stam, prime minister from May 2019 to June 2023, served for nine years.",
            Verdict.CONTRADICTED,
            id="false",
        ),
    ],
)
def test_f1_twin_the_length_of_the_dated_spell_itself(body: str, verdict: Verdict) -> None:
    assert _verdicts(body, [STAM_PM], kind="duration") == [verdict]


# F2 (main d1ab74fd, s44-recallb44's cherry-pick 7d10255a, verify/kinds/clause/judge.py `_another_of_its_kind`, called
# by `_other_place` before its check that the page never names the claimed place): a place of the page's place's kind
# word is ruled out even when the page itself names it as the same place under its former name, the province it was
# split from, or a region of another level that holds the town. Each row is CONTRADICTED on main ("gives another place,
# Halden, Korvik Province, Norby"), unverified at 948ffa10. Birth places of people born before a rename or a split
# (districts renamed, provinces divided) and regions named with the kind word of an administrative unit are common.
def _born_in(place: str, text: str) -> Document:
    return boxed(
        "Ana Ruiz",
        f"Ana Ruiz (born 1970) is a Norbian politician. {text}",
        [("birth_date", "3 March 1970"), ("birth_place", place)],
        SAVED,
    )


_F2 = "F2 open: a place of the same kind word the page names as the same place is refuted (`_another_of_its_kind`)"


@pytest.mark.parametrize(
    ("body", "doc"),
    [
        pytest.param(
            "Ana Ruiz was born in the Tarsa Province in 1970.",
            _born_in("Halden, Korvik Province, Norby", "Korvik Province was split from Tarsa Province in 2002."),
            id="split-from",
        ),
        pytest.param(
            "Ana Ruiz was born in the Gurgaon District.",
            _born_in("Halden, Gurugram District, Norby", "Gurgaon District was renamed Gurugram District in 2016."),
            id="renamed",
        ),
        pytest.param(
            "Ana Ruiz was born in the Lake Region.",
            _born_in("Halden, Korvik Region, Norby", "Halden lies in the Lake Region of Norby."),
            id="region-of-another-level",
        ),
    ],
)
def test_f2_a_place_the_page_names_as_the_same_is_not_another(body: str, doc: Document) -> None:
    found = _verdicts(body, [doc], kind="clause")
    assert found and Verdict.CONTRADICTED not in found, found


def test_f2_twin_another_province_the_page_never_names_is_refuted() -> None:
    doc = _born_in("Halden, Korvik Province, Norby", "She studied law.")
    assert _verdicts("Ana Ruiz was born in the Tarsa Province.", [doc], kind="clause") == [Verdict.CONTRADICTED]


# F3 (main d1ab74fd, s44-recallb44's cherry-pick 820d32b1, verify/kinds/date/judge.py `_handed_over_on`): a start of a
# person whose own page lists no term is dated by the end of ANY term whose successor row names them, and another day
# is refuted at the day's precision. Wrong where the handover was not the start: a holder who died in office (the
# successor sworn in a week later), or a start of another post told outside the claim's own clause ('Eva Lund, the new
# speaker of parliament, was sworn in on 3 May 2024' refuted by the presidency handed to her in 2020). CONTRADICTED on
# main ("ends President of Norby of Ivo Stam on 3 March 2020, handed over to Eva Lund"); unverified at 948ffa10.
STAM_DIED = boxed(
    "Ivo Stam",
    "Ivo Stam (1950 - 2020) was President of Norby from 2014 until his death in office on 3 March 2020.",
    [("office", "President of Norby"), ("term_start", "1 May 2014"), ("term_end", "3 March 2020"),
     ("predecessor", "Karl Moen"), ("successor", "Eva Lund")],
    SAVED,
)  # fmt: skip
STAM_HANDED = boxed(
    "Ivo Stam",
    "Ivo Stam (born 1950) is a Norbian politician who was President of Norby from 2014 to 2020.",
    [("office", "President of Norby"), ("term_start", "1 May 2014"), ("term_end", "6 August 2020"),
     ("predecessor", "Karl Moen"), ("successor", "Eva Lund")],
    SAVED,
)  # fmt: skip
LUND = page(
    "Eva Lund", "Eva Lund (born 1965) is a Norbian politician who has been President of Norby since 2020.", SAVED
)
_F3 = "F3 open: a handover to the subject dates a start that is not it (date judge `_handed_over_on`)"


@pytest.mark.parametrize(
    ("body", "doc"),
    [
        pytest.param("Eva Lund was sworn in on 10 March 2020.", STAM_DIED, id="a-week-after-a-death"),
        pytest.param("Eva Lund took office on 10 March 2020.", STAM_DIED, id="took-office-after-a-death"),
        pytest.param(
            "Eva Lund, the new speaker of parliament, was sworn in on 3 May 2024.", STAM_HANDED, id="another-post"
        ),
        pytest.param(
            "Eva Lund became speaker of parliament in 2024. She was sworn in on 3 May 2024.",
            STAM_HANDED,
            id="another-post-told-before",
        ),
    ],
)
def test_f3_a_start_that_is_not_the_handover_is_not_refuted_by_it(body: str, doc: Document) -> None:
    found = _verdicts(body, [doc, LUND], "sworn in" if "sworn" in body else "took office")
    assert found and Verdict.CONTRADICTED not in found, found


# Mended by lead45c 04289ea8. F3 (still open after main a28b3a7f's mend: a handover within 366 days refutes another
# day unless the page tells the
# end as a death or an ouster that year): a start of ANOTHER post months after the handover, named in an apposition,
# after the date or in the sentence before ('Eva Lund, the new prime minister, took office on 10 February 2021.', 'Eva
# Lund was sworn in on 10 February 2021 as the country's first female prime minister.', 'Eva Lund became prime minister
# in February 2021. She was sworn in on 10 February 2021.'), refuted by the FINANCE ministry handed to her on 6 August
# 2020; and a resignation with a week's gap ('... until he resigned on 3 March 2020'; 'Eva Lund was sworn in on 10 March
# 2020, a week after Ivo Stam resigned.'). CONTRADICTED on main; unverified at 948ffa10. Suggest: read the post the
# sentence names anywhere (apposition, 'as ...' after the date, the sentence before for a pronoun), and let an
# interval the page or the sentence tells ('a week after') stand.
STAM_FINANCE_HANDED = boxed(
    "Ivo Stam",
    "Ivo Stam (born 1950) is a Norbian politician who was Minister of Finance of Norby from 2014 to 2020.",
    [("office", "Minister of Finance of Norby"), ("term_start", "1 May 2014"), ("term_end", "6 August 2020"),
     ("successor", "Eva Lund")],
    SAVED,
)  # fmt: skip
STAM_RESIGNED = boxed(
    "Ivo Stam",
    "Ivo Stam (born 1950) is a Norbian politician who was President of Norby from 2014 until he resigned on 3 March "
    "2020.",
    [("office", "President of Norby"), ("term_start", "1 May 2014"), ("term_end", "3 March 2020"),
     ("successor", "Eva Lund")],
    SAVED,
)  # fmt: skip


@pytest.mark.parametrize(
    ("body", "doc"),
    [
        pytest.param(
            "Eva Lund, the new prime minister, took office on 10 February 2021.", STAM_FINANCE_HANDED, id="apposed-post"
        ),
        pytest.param(
            "Eva Lund was sworn in on 10 February 2021 as the country's first female prime minister.",
            STAM_FINANCE_HANDED,
            id="post-after-the-date",
        ),
        pytest.param(
            "Eva Lund became prime minister in February 2021. She was sworn in on 10 February 2021.",
            STAM_FINANCE_HANDED,
            id="post-in-the-sentence-before",
        ),
        pytest.param(
            "Eva Lund was sworn in on 10 March 2020, a week after Ivo Stam resigned.", STAM_RESIGNED, id="a-week-after"
        ),
    ],
)
def test_f3_a_start_months_after_a_handover_of_another_post_is_not_refuted(body: str, doc: Document) -> None:
    found = [r.verdict for c, r in _results(body, [doc, LUND], dt.date(2021, 3, 1)) if c.kind in {"date", "clause"}]
    assert found and Verdict.CONTRADICTED not in found, found


@pytest.mark.parametrize(
    ("body", "verdict"),
    [
        pytest.param("Eva Lund was sworn in on 6 August 2020.", Verdict.SUPPORTED, id="the-handover-day"),
        pytest.param("Eva Lund was sworn in on 9 August 2020.", Verdict.CONTRADICTED, id="three-days-off"),
    ],
)
def test_f3_twin_the_handover_day_itself(body: str, verdict: Verdict) -> None:
    found = _verdicts(body, [STAM_HANDED, LUND], "sworn in")
    assert found and set(found) == {verdict}, found


# F4 (main d1ab74fd, s44-recallb44's cherry-pick dfecb046, verify/kinds/clause/judge.py `_same_post` with
# `_initials_of`): a claimed ordinal post whose body is written by initials is matched to any numbered post of the page
# whose body's initials are those, though two bodies may share initials. 'Ana Ruiz, the first chairman of NSRO, died on
# Monday.' (page: 'In 1995 she became the first chairman of the Norby Ski Racing Organisation (NSRO)'; infobox
# '10th Chairman of the Norby Space Research Organisation') is CONTRADICTED on main (the clause holding the apposition;
# the apposition's own clause is SUPPORTED); unverified at 948ffa10. Initials collide often (NSA, ISA, NRC ...).
RUIZ_NSRO = boxed(
    "Ana Ruiz",
    "Ana Ruiz (born 1960) is a Norbian engineer who was the 10th Chairman of the Norby Space Research Organisation "
    "from 2018 to 2022. In 1995 she became the first chairman of the Norby Ski Racing Organisation (NSRO).",
    [("office", "10th Chairman of the Norby Space Research Organisation"), ("term_start", "1 May 2018"),
     ("term_end", "2 June 2022")],
    SAVED,
)  # fmt: skip


def test_f4_initials_of_another_body_do_not_number_its_post() -> None:
    found = _verdicts("Ana Ruiz, the first chairman of NSRO, died on Monday.", [RUIZ_NSRO], kind="clause")
    assert found and Verdict.CONTRADICTED not in found, found


@pytest.mark.parametrize(
    ("body", "verdict"),
    [
        pytest.param("Ana Ruiz was the 10th chairman of NSRO.", Verdict.SUPPORTED, id="true"),
        pytest.param("Ana Ruiz was the 12th chairman of NSRO.", Verdict.CONTRADICTED, id="false"),
    ],
)
def test_f4_twin_the_initials_of_the_one_body(body: str, verdict: Verdict) -> None:
    doc = RUIZ_NSRO.model_copy(update={"text": RUIZ_NSRO.text.split(" In 1995")[0]})
    assert _verdicts(body, [doc], kind="clause") == [verdict]


# ---------------------------------------------------------------------------------------------------------------
# R1 (main d1ab74fd; election copy: a majority's threshold read as the party's seats): 'The Norby Party won 61 seats,
# short of the 76 needed for a majority.' gives a quantity claim 'of the 76' (76 seats of the Norby Party) that the
# election page's 'won 61 of the 150 seats' CONTRADICTS. Not located (quantity extraction/owner: 'the 76 needed for' a
# threshold, not a count the subject holds). Every election story writes the majority mark so. Mended by s46-fixb46:
# a figure a wanted verb follows ('needed', 'required': judging.toml holder.unrealised) is refuted by no count.
ELECTION = boxed(
    "2024 Norbian general election",
    "The 2024 Norbian general election was held on 3 March 2024. The Norby Party led by Ivo Stam won 61 of the 150 "
    "seats with 38.2% of the vote. The Green Party won 12 seats with 8.5% of the vote.",
    [("election_date", "3 March 2024"), ("seats_for_election", "150 seats in the Storting")],
    SAVED,
)


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("The Norby Party won 61 seats, short of the 76 needed for a majority.", id="short-of-the-76"),
        pytest.param(
            "The Norby Party won 61 seats, short of the 67 needed for a majority.",
            id="the-threshold-is-not-checked-by-the-seats-won",
        ),
    ],
)
def test_r1_a_majoritys_threshold_is_no_count_of_seats_won(body: str) -> None:
    found = _verdicts(body, [ELECTION], kind="quantity", headline="Norby election results")
    assert found and Verdict.CONTRADICTED not in found, found


@pytest.mark.parametrize(
    ("body", "verdict"),
    [
        pytest.param("The Norby Party won 61 seats in the election.", Verdict.SUPPORTED, id="true"),
        pytest.param("The Norby Party won 16 seats in the election.", Verdict.CONTRADICTED, id="false"),
    ],
)
def test_r1_twin_the_seats_won(body: str, verdict: Verdict) -> None:
    assert _verdicts(body, [ELECTION], "seats", "quantity", headline="Norby election results") == [verdict]


# R2 (main d1ab74fd; company results by period: a year-earlier figure refuted by this year's): 'Korvik Bank's revenue
# rose to €4.2 billion in 2023 from €2.0 billion a year earlier.' gives a quantity claim '€2.0 billion' CONTRADICTED
# ("gives another count, €4.2 billion") though the page says 'In 2022 its revenue was €2.0 billion'. Not located
# (the quantity judge takes the 'from' figure as the subject's current sum; the year before is not read as its time).
# 'Korvik Bank's net profit rose by €160 million to €800 million in 2023.' likewise: the change '€160 million'
# CONTRADICTED ("another count, €4.2 billion"), and the level '€800 million' left unverified. Results copy writes
# 'rose to X from Y' and 'rose by X to Y' in nearly every story. Mended by s46-fixb46: a bare 'from' after the
# figure reached opens the earlier figure's part (verify/figure_pairs.py), and a figure right after 'by' is a change
# no level refutes (quantity judge `_BY_BEFORE`).
KORVIK_BANK = boxed(
    "Korvik Bank",
    "Korvik Bank is a Norbian bank founded in 1990. In 2023 it reported revenue of €4.2 billion and a net profit of "
    "€800 million. In 2022 its revenue was €2.0 billion.",
    [("founded", "1990"), ("revenue", "€4.2 billion (2023)"), ("net_income", "€800 million (2023)")],
    SAVED,
)


@pytest.mark.parametrize(
    ("body", "words"),
    [
        pytest.param(
            "Korvik Bank's revenue rose to €4.2 billion in 2023 from €2.0 billion a year earlier.",
            "2.0 billion",
            id="a-year-earlier",
        ),
        pytest.param(
            "Korvik Bank's net profit rose by €160 million to €800 million in 2023.", "160 million", id="the-change"
        ),
    ],
)
def test_r2_a_figure_of_another_time_or_a_change_is_not_refuted_by_this_years(body: str, words: str) -> None:
    found = _verdicts(body, [KORVIK_BANK], words, "quantity", headline="Korvik Bank results")
    assert found and Verdict.CONTRADICTED not in found, found


@pytest.mark.parametrize(
    ("body", "verdict"),
    [
        pytest.param("Korvik Bank's revenue rose to €4.2 billion in 2023.", Verdict.SUPPORTED, id="true"),
        pytest.param("Korvik Bank's revenue rose to €5.2 billion in 2023.", Verdict.CONTRADICTED, id="false"),
    ],
)
def test_r2_twin_this_years_figure(body: str, verdict: Verdict) -> None:
    assert _verdicts(body, [KORVIK_BANK], "billion", "quantity", headline="Korvik Bank results") == [verdict]


# R3 (main d1ab74fd; plural subjects with 'respectively'): 'Ivo Stam and Eva Lund, born in Halden and Tarsa
# respectively, attended.' gives the clause 'born in Halden' to Eva Lund, CONTRADICTED by her 'Place of birth: Tarsa'
# (Stam's Halden). Without 'respectively' too ('born in Halden and Tarsa'). Not located (clause extraction of a
# coordinated apposition: the pairing of subjects and places is not read). Profiles of pairs write 'respectively'.
# Posts too: 'Ivo Stam and Eva Lund, the finance and defence ministers respectively, met on Monday.' gives each a role
# claim 'finance and defence ministers', both CONTRADICTED (each holds one of them). Mended by s46-fixb46: a
# participle after coordinated names that pairs coordinated values is no one name's (clause extract
# `_after_a_coordination_of_names`); a plural title's coordinated modifiers give the names one post each, in turn
# (verify/nlp/titles.py `_posts_in_turn`).
def _minister(name: str, born: str, place: str, post: str, start: str, end: str) -> Document:
    return boxed(
        name,
        f"{name} (born {born}) is a Norbian politician who served as {post}. They were born in {place}.",
        [("office", post), ("term_start", start), ("term_end", end), ("birth_date", born),
         ("birth_place", f"{place}, Norby")],
        SAVED,
    )  # fmt: skip


STAM_FIN = _minister("Ivo Stam", "3 March 1960", "Halden", "Minister of Finance of Norby", "4 May 2015", "2 June 2019")
LUND_DEF = _minister("Eva Lund", "5 May 1967", "Tarsa", "Minister of Defence of Norby", "2 June 2019", "1 July 2023")
STAM_DEF = _minister("Ivo Stam", "3 March 1960", "Halden", "Minister of Defence of Norby", "4 May 2010", "2 June 2014")


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Ivo Stam and Eva Lund, born in Halden and Tarsa respectively, attended.", id="respectively"),
        pytest.param("Ivo Stam and Eva Lund, born in Halden and Tarsa, attended.", id="paired"),
    ],
)
def test_r3_places_paired_with_two_people_are_not_one_persons(body: str) -> None:
    found = _verdicts(body, [STAM_FIN, LUND_DEF], "born in", "clause")
    assert Verdict.CONTRADICTED not in found, found


def _minister_now(name: str, post: str) -> Document:
    return boxed(
        name,
        f"{name} (born 1960) is a Norbian politician who has been {post} since 2019.",
        [("office", post), ("term_start", "4 May 2019")],
        SAVED,
    )


CABINET = [
    _minister_now("Ivo Stam", "Minister of Finance of Norby"),
    _minister_now("Eva Lund", "Minister of Defence of Norby"),
]


def test_r3_posts_paired_with_two_people_are_not_both_peoples() -> None:
    body = "Ivo Stam and Eva Lund, the finance and defence ministers respectively, met on Monday."
    found = [r.verdict for c, r in _results(body, CABINET, dt.date(2024, 6, 1)) if c.kind == "role"]
    assert found and Verdict.CONTRADICTED not in found, found


def test_r3_twin_each_title_before_its_name() -> None:
    body = "Finance Minister Ivo Stam and Defence Minister Eva Lund met on Monday."
    found = [r.verdict for c, r in _results(body, CABINET, dt.date(2024, 6, 1)) if c.kind == "role"]
    assert found == [Verdict.SUPPORTED, Verdict.SUPPORTED], found


@pytest.mark.parametrize(
    ("body", "verdict"),
    [
        pytest.param("Ivo Stam, born in Halden, attended.", Verdict.SUPPORTED, id="one-person-true"),
        pytest.param("Eva Lund, born in Halden, attended.", Verdict.CONTRADICTED, id="one-person-false"),
    ],
)
def test_r3_twin_one_person_born_in(body: str, verdict: Verdict) -> None:
    found = [r.verdict for c, r in _results(body, [STAM_FIN, LUND_DEF]) if c.text == "born in Halden"]
    assert found == [verdict], found


# R4 (main d1ab74fd; pronoun chains and reported speech: 'she' given to the man named first): 'Ivo Stam met Eva Lund
# on Monday. He said she had been defence minister from 2019 to 2023.' gives the role and clause claims 'she had been
# defence minister (from 2019)' to IVO STAM, CONTRADICTED by his own 2010-2014 defence term; so do 'Ivo Stam met Eva
# Lund on Monday, saying she had served ...' and '... He praised her.\n\nShe was defence minister from 2019 to 2023.'
# (the article's own 'He' and 'her' tell the genders). Mended by s46-fixb46 for 'He said she' and 'He praised her':
# a pronoun of one sex read as a person tells that person's sex to the pronouns after it (verify/nlp/reference.py
# `_sexes_pronouns_told`). Still open: 'saying she' (his reported speech; no sex told of him anywhere).
@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Ivo Stam met Eva Lund on Monday. He said she had been defence minister from 2019 to 2023.",
            id="he-said-she",
        ),
        pytest.param(
            "Ivo Stam met Eva Lund on Monday, saying she had served as defence minister from 2019 to 2023.",
            id="saying-she",
            marks=_open("R4 open: 'she' in his reported speech read as the man named first (no sex told of him)"),
        ),
        pytest.param(
            "Ivo Stam met Eva Lund on Monday. He praised her.\n\nShe was defence minister from 2019 to 2023.",
            id="she-next-paragraph",
        ),
    ],
)
def test_r4_she_is_not_the_man_named_first(body: str) -> None:
    found = _verdicts(body, [STAM_DEF, LUND_DEF], "defence minister")
    assert found and Verdict.CONTRADICTED not in found, found


def test_r4_twin_she_after_the_woman_named_first() -> None:
    body = "Eva Lund met Ivo Stam on Monday.\n\nShe was defence minister from 2019 to 2023."
    found = _verdicts(body, [STAM_DEF, LUND_DEF], "defence minister")
    assert found and set(found) == {Verdict.SUPPORTED}, found


# R5 (main d1ab74fd; rankings: a superlative's scope dropped or narrowed): the clause keeps 'Korvik Bank is the largest
# lender' and drops 'to students' / 'in Tarsa', and the page's narrower scope ('the largest lender to farmers in Norby')
# SUPPORTS the claim: 'Korvik Bank is the largest lender in Norby.' SUPPORTED though the page says it is the
# second-largest bank; 'Korvik Bank is the largest lender to students in Norby.' and 'Korvik is the largest port in
# Tarsa.' SUPPORTED. A false "supported" (issue 15 wants none). Not located (clause extraction cuts the superlative's
# complement; the clause judge's "describes them so" match ignores the page's 'to farmers').
RANKED_BANK = page(
    "Korvik Bank",
    "Korvik Bank is the second-largest bank in Norby by assets, after Tarsa Bank. It was founded in 1990. It is the "
    "largest lender to farmers in Norby.",
    SAVED,
)
RANKED_PORT = page("Korvik", "Korvik is the third-largest city in Norby. It is the largest port in Norby.", SAVED)


@pytest.mark.parametrize(
    ("body", "doc"),
    [
        pytest.param("Korvik Bank is the largest lender in Norby.", RANKED_BANK, id="a-narrower-scope-on-the-page"),
        pytest.param("Korvik Bank is the largest lender to students in Norby.", RANKED_BANK, id="another-group"),
        pytest.param("Korvik is the largest port in Tarsa.", RANKED_PORT, id="another-country"),
    ],
)
def test_r5_a_superlative_of_another_scope_is_not_supported(body: str, doc: Document) -> None:
    found = _verdicts(body, [doc], kind="clause", headline="Korvik economy")
    assert found and Verdict.SUPPORTED not in found, found


@pytest.mark.parametrize(
    ("body", "doc"),
    [
        pytest.param("Korvik Bank is the largest lender to farmers in Norby.", RANKED_BANK, id="lender"),
        pytest.param("Korvik is the largest port in Norby.", RANKED_PORT, id="port"),
    ],
)
def test_r5_twin_the_superlative_of_the_pages_scope(body: str, doc: Document) -> None:
    assert _verdicts(body, [doc], kind="clause", headline="Korvik economy") == [Verdict.SUPPORTED]


# R6 (main d1ab74fd, and at 948ffa10; 'outgoing' and 'retiring' before a capitalised title): 'Outgoing President Ivo
# Stam met Eva Lund.' (the article's day, 1 June 2024, inside his term to 1 July 2024) is CONTRADICTED ("on 2024-06-01
# the office held was President of Norby": the words are read as another office than the one held); 'Retiring
# President Ivo Stam' likewise. 'Ivo Stam, the outgoing president,' is SUPPORTED. Not located further (the role
# reading of a title before the name keeps 'Outgoing' as a word of the office; titles.toml `past_or_coming` and
# judging.toml `leaving_now` know 'outgoing' as a time, not a post). Transition copy writes 'Outgoing President X'.
STAM_LEAVING = boxed(
    "Ivo Stam",
    "Ivo Stam (born 1950) is a Norbian politician who was President of Norby from 2014 to 2024.",
    [("office", "President of Norby"), ("term_start", "1 July 2014"), ("term_end", "1 July 2024"),
     ("successor", "Eva Lund")],
    SAVED,
)  # fmt: skip
TRANSITION_DAY = dt.date(2024, 6, 1)


def _role_verdicts(body: str) -> list[Verdict]:
    return [r.verdict for c, r in _results(body, [STAM_LEAVING], TRANSITION_DAY) if c.kind == "role"]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Outgoing President Ivo Stam met Eva Lund.", id="outgoing"),
        pytest.param("Retiring President Ivo Stam met Eva Lund.", id="retiring"),
    ],
)
# mended by s46-fixa46 (extract/common.py `office_phrase` keeps the time word before the post): a plain test now
def test_r6_an_outgoing_holder_still_holds_the_post(body: str) -> None:
    found = _role_verdicts(body)
    assert found and Verdict.CONTRADICTED not in found, found


@pytest.mark.parametrize(
    ("body", "verdict"),
    [
        pytest.param("President Ivo Stam met Eva Lund.", Verdict.SUPPORTED, id="president"),
        pytest.param("Ivo Stam, the outgoing president, met Eva Lund.", Verdict.SUPPORTED, id="the-outgoing-president"),
        pytest.param("Former President Ivo Stam met Eva Lund.", Verdict.CONTRADICTED, id="former-too-early"),
    ],
)
def test_r6_twin_the_title_on_the_day(body: str, verdict: Verdict) -> None:
    assert _role_verdicts(body) == [verdict]



# R8 (main d1ab74fd; hedged or coming titles read as held now): 'Ivo Stam, the presumptive prime minister, spoke on
# Monday.' (he is finance minister; 'presumptive' says he is not yet prime minister) is CONTRADICTED ("on 2024-06-01
# the office held was Minister of Finance of Norby"); 'Presumptive prime minister Ivo Stam', 'the would-be prime
# minister' and 'the nominee for prime minister' likewise. 'the prime minister-designate', '-in-waiting', 'the next
# prime minister' are rightly left unverified. Not located (titles.toml `past_or_coming` lacks 'presumptive',
# 'would-be'; 'nominee for' is read as the post). Coalition and transition copy write these. Mended by s46-fixb46:
# judging.toml offices.not_yet names 'presumptive', 'prospective', 'would be' and 'nominee' (read as '-elect').
STAM_FINANCE = boxed(
    "Ivo Stam",
    "Ivo Stam (born 3 March 1960) is a Norbian politician who has been Minister of Finance of Norby since 2019.",
    [("office", "Minister of Finance of Norby"), ("term_start", "4 May 2019"), ("birth_date", "3 March 1960")],
    SAVED,
)


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Ivo Stam, the presumptive prime minister, spoke on Monday.", id="presumptive"),
        pytest.param("Presumptive prime minister Ivo Stam spoke on Monday.", id="presumptive-before"),
        pytest.param("Ivo Stam, the would-be prime minister, spoke on Monday.", id="would-be"),
        pytest.param("Ivo Stam, the nominee for prime minister, spoke on Monday.", id="nominee-for"),
    ],
)
def test_r8_a_coming_title_is_not_refuted_by_the_post_held(body: str) -> None:
    found = [r.verdict for c, r in _results(body, [STAM_FINANCE], TRANSITION_DAY) if c.kind == "role"]
    assert found and Verdict.CONTRADICTED not in found, found


@pytest.mark.parametrize(
    ("body", "verdict"),
    [
        pytest.param("Ivo Stam, the finance minister, spoke on Monday.", Verdict.SUPPORTED, id="held"),
        pytest.param("Ivo Stam, the prime minister, spoke on Monday.", Verdict.CONTRADICTED, id="not-held"),
        pytest.param("Ivo Stam, the prime minister-designate, spoke on Monday.", Verdict.UNVERIFIED, id="designate"),
    ],
)
def test_r8_twin_titles_held_and_designate(body: str, verdict: Verdict) -> None:
    assert [r.verdict for c, r in _results(body, [STAM_FINANCE], TRANSITION_DAY) if c.kind == "role"] == [verdict]


# R9 (main d1ab74fd; prizes: a thing named after the prize is no win of it): 'Nina Moe won the Korvik Prize in 2020.' is
# SUPPORTED by a page saying that in 2020 she 'was awarded the Korvik Prize's runner-up medal', 'received the Korvik
# Prize jury's special mention', 'was awarded a Korvik Prize fellowship', 'received the Korvik Prize committee's
# honorary citation' or 'was awarded the Korvik Prize for Young Writers' (another prize of the name). A false
# "supported". 'received a Korvik Prize nomination' is rightly not. Not located (the clause judge's prize deed reads
# the prize's name anywhere in the verb's object; the object's head noun, 'medal', 'mention', 'fellowship', and a
# longer prize name are not read).
@pytest.mark.parametrize(
    "told",
    [
        pytest.param("was awarded the Korvik Prize's runner-up medal", id="runner-up-medal"),
        pytest.param("received the Korvik Prize jury's special mention", id="special-mention"),
        pytest.param("was awarded a Korvik Prize fellowship", id="fellowship"),
        pytest.param("received the Korvik Prize committee's honorary citation", id="citation"),
        pytest.param("was awarded the Korvik Prize for Young Writers", id="another-prize-of-the-name"),
    ],
)
# mended by s46-fixa46 (clause judge `_named_after_the_prize`): a plain test now
def test_r9_a_thing_named_after_the_prize_is_no_win(told: str) -> None:
    doc = page("Nina Moe", f"Nina Moe (born 1950) is a Norbian novelist. In 2020 she {told}.", SAVED)
    found = _verdicts("Nina Moe won the Korvik Prize in 2020.", [doc], kind="clause")
    assert found and Verdict.SUPPORTED not in found, found


@pytest.mark.parametrize(
    ("told", "verdict"),
    [
        pytest.param("won the Korvik Prize", Verdict.SUPPORTED, id="won"),
        pytest.param("was awarded the Korvik Prize", Verdict.SUPPORTED, id="awarded"),
        pytest.param("received a Korvik Prize nomination", Verdict.UNVERIFIED, id="nomination"),
    ],
)
def test_r9_twin_the_prize_itself(told: str, verdict: Verdict) -> None:
    doc = page("Nina Moe", f"Nina Moe (born 1950) is a Norbian novelist. In 2020 she {told}.", SAVED)
    assert _verdicts("Nina Moe won the Korvik Prize in 2020.", [doc], kind="clause") == [verdict]


# R10 (main d1ab74fd and 515e9d74; a post of a body's part supports the post of the whole body): the page's 'He was
# appointed director of the Korvik Museum's research centre in 2021' SUPPORTS 'Karl Moen was appointed director of the
# Korvik Museum in 2021.' (clause), and 'He served as president of the Korvik Bar Association's ethics board from 2010
# to 2015' SUPPORTS 'Karl Moen was president of the Korvik Bar Association from 2010 to 2015.' (role and clause). A
# false "supported": the head of a unit is not the head of the body. 'chairman of the Norby Party' against '... of
# the Norby Party's youth wing' is rightly unverified. Not located (the clause judge's deed match and the role
# judge's post match read the body's name inside the page's possessive and drop what follows it).
UNIT_HEAD = page(
    "Karl Moen",
    "Karl Moen (born 1960) is a Norbian lawyer. He resigned as chairman of the Norby Party's youth wing in 2019. "
    "He was appointed director of the Korvik Museum's research centre in 2021. He served as president of the Korvik "
    "Bar Association's ethics board from 2010 to 2015.",
    SAVED,
)


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Karl Moen was appointed director of the Korvik Museum in 2021.", id="museum-director"),
        pytest.param("Karl Moen was president of the Korvik Bar Association from 2010 to 2015.", id="bar-president"),
    ],
)
# mended by s46-fixa46 (offices.py `a_part_after_the_possessive`): a plain test now
def test_r10_a_units_head_is_not_the_bodys(body: str) -> None:
    found = [r.verdict for c, r in _results(body, [UNIT_HEAD], dt.date(2024, 6, 1)) if c.kind in {"clause", "role"}]
    assert found and Verdict.SUPPORTED not in found, found


@pytest.mark.parametrize(
    ("body", "verdict"),
    [
        pytest.param(
            "Karl Moen was appointed director of the Korvik Museum's research centre in 2021.",
            Verdict.SUPPORTED,
            id="the-unit-itself",
        ),
        pytest.param(
            "Karl Moen resigned as chairman of the Norby Party in 2019.", Verdict.UNVERIFIED, id="party-not-its-wing"
        ),
    ],
)
def test_r10_twin_the_unit_named_and_a_body_left_open(body: str, verdict: Verdict) -> None:
    found = [r.verdict for c, r in _results(body, [UNIT_HEAD], dt.date(2024, 6, 1)) if c.kind == "clause"]
    assert found == [verdict], found

# ---------------------------------------------------------------------------------------------------------------
# B-items (regressions on helper branches; plain tests that pass on main d1ab74fd and fail on the branch named).
# B1 (s45-fixa45 4926e353, verify/match.py `pages_about` + `a_juniors`: a page titled with 'Jr.' is dropped whenever
# a page of exactly the plain name is in the pool): the son written without his suffix, after the article named him
# with it ('Karl Moen Jr., 43, took over Moen Yards in 2015. Karl Moen was born in Korvik.'), or told by his own
# description ('Moen Yards chief executive Karl Moen, 43, was born in Korvik.'), is judged by his FATHER's page:
# CONTRADICTED on the branch (age 74, born in Tarsa); "Sources disagree" (unverified) on main. Wire copy drops 'Jr.'.
# s45-fixa45 was merged (e5bb06aa) with it: a strict xfail on main since.
MOEN_SENIOR = boxed(
    "Karl Moen",
    "Karl Moen (born 1950) is a Norbian shipbuilder who founded Moen Yards in 1978. He was born in Tarsa.",
    [("birth_date", "3 March 1950"), ("birth_place", "Tarsa, Norby")],
    SAVED,
)
MOEN_JUNIOR = boxed(
    "Karl Moen Jr.",
    "Karl Moen Jr. (born 1981) is a Norbian businessman, chief executive of Moen Yards since 2015. He was born in "
    "Korvik.",
    [("birth_date", "3 March 1981"), ("birth_place", "Korvik, Norby")],
    SAVED,
)


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Karl Moen Jr., 43, took over Moen Yards in 2015. Karl Moen was born in Korvik.", id="named-jr-before"
        ),
        pytest.param("Moen Yards chief executive Karl Moen, 43, was born in Korvik.", id="told-by-his-post"),
    ],
)
# mended by s46-fixa46 (judge.py `_tied_to_the_junior`): a plain test now
def test_b1_the_son_written_without_his_suffix_is_not_refuted_by_his_fathers_page(body: str) -> None:
    found = [r.verdict for c, r in _results(body, [MOEN_SENIOR, MOEN_JUNIOR], dt.date(2024, 6, 1)) if c.kind != "role"]
    assert found and Verdict.CONTRADICTED not in found, found


# B2 (s45-fixb45 d7a7eb16, verify/kinds/clause/judge.py `clause_findings` + `_times_done`: 'twice', 'N times',
# 'many/several times' anywhere in the claim's words or after them in its clause set aside every support whose
# passage does not word the count): a count of ANOTHER deed in a relative clause, an apposition or a coordinated
# verb unverifies the main clause ('Nina Moe, who has visited Tarsa many times, was born in Halden.', '..., who has been
# married three times, ...', '..., twice winner of the Korvik Prize, ...', 'Nina Moe was born in Halden and has
# visited Tarsa several times.': SUPPORTED on main by 'Place of birth: Halden', unverified on the branch); and a count
# the page gives as a list of years ('won the Korvik Prize twice' against 'won the Korvik Prize in 1988 and 1995') or
# in other words ('many times' against 'several times') no longer supports. Mended at the s45-fixb45 merge (6d8a5d3a)
# except the count given as a list of years (a strict xfail since; mended by s46-fixb46: as many years listed
# together for the deed word the count, clause judge `_count_worded`).
MOE_NOVELIST = boxed(
    "Nina Moe",
    "Nina Moe (born 1950) is a Norbian novelist. She won the Korvik Prize in 1988 and 1995. She has visited Tarsa "
    "several times.",
    [("birth_date", "3 March 1950"), ("birth_place", "Halden, Norby")],
    SAVED,
)


@pytest.mark.parametrize(
    ("body", "words"),
    [
        pytest.param("Nina Moe, who has visited Tarsa many times, was born in Halden.", "born in", id="relative"),
        pytest.param("Nina Moe, who has been married three times, was born in Halden.", "born in", id="married"),
        pytest.param("Nina Moe, twice winner of the Korvik Prize, was born in Halden.", "born in", id="apposition"),
        pytest.param("Nina Moe was born in Halden and has visited Tarsa several times.", "born in", id="coordinated"),
        pytest.param(
            "Nina Moe won the Korvik Prize twice.",
            "Korvik Prize",
            id="twice-as-two-years",
        ),
    ],
)
def test_b2_a_count_of_another_deed_or_told_by_years_keeps_the_support(body: str, words: str) -> None:
    found = [r.verdict for c, r in _results(body, [MOE_NOVELIST]) if c.kind == "clause" and words in c.text]
    assert Verdict.SUPPORTED in found, found


# B3 (s45-fixb45 3e9e6e03, verify/kinds/role/extract.py `add_role` + `_SINCE_AFTER`/`_apposed`: 'since DATE' after an
# apposed title becomes a date claim 'been ... since DATE', judged against the page's lead post): a title that is NOT
# the page's dated post is refuted by that post's start, and the sentence's main clause with it: 'Ivo Stam, party leader
# since 2015, spoke on Monday.' (page: 'leader of the Norby Party since 2015', infobox Prime Minister from 4 May 2019)
# and 'Ivo Stam, a minister since 2015, ...' / 'a cabinet minister since 2015' (finance minister 2015-2019, then prime
# minister): date AND clause CONTRADICTED on the branch ("dates Prime Minister of Norby to 4 May 2019"); unverified on
# main. Suggest: the date claim only when the title names the post the row dates (the role judge's own match).
STAM_LEADER = boxed(
    "Ivo Stam",
    "Ivo Stam (born 1960) is a Norbian politician who has been Prime Minister of Norby since 2019 and leader of the "
    "Norby Party since 2015. He was Minister of Finance of Norby from 2015 to 2019.",
    [("office", "Prime Minister of Norby"), ("term_start", "4 May 2019"), ("office1", "Minister of Finance of Norby"),
     ("term_start1", "1 May 2015"), ("term_end1", "4 May 2019"), ("party", "Norby Party")],
    SAVED,
)  # fmt: skip


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Ivo Stam, party leader since 2015, spoke on Monday.", id="party-leader"),
        pytest.param("Ivo Stam, a minister since 2015, spoke on Monday.", id="a-minister"),
        pytest.param("Ivo Stam, a cabinet minister since 2015, spoke on Monday.", id="a-cabinet-minister"),
    ],
)
def test_b3_an_apposed_title_of_another_post_is_not_dated_by_the_lead_post(body: str) -> None:
    found = [r.verdict for c, r in _results(body, [STAM_LEADER], dt.date(2024, 6, 1)) if c.kind in {"date", "clause"}]
    assert Verdict.CONTRADICTED not in found, found


# B4 (s45-fixb45 33532680, verify/offices.py `of_a_body` (its B8 mend): with no country in the lexicon, words after
# 'of' that are proper names only, none a body's noun, name a STATE): a company's or a club's presidency then supports
# the bare head-of-state title: 'President Ana Ruiz visited Tarsa on Monday.' SUPPORTED on the branch by the lead 'has
# been President of Tarsa Motors since 2020' (also 'of Moen Yards', 'of Lumia Holdings', 'of Korvik United', 'of Real
# Korvik'); unverified on main. A false "supported". Suggest: a state only where the words are a known country or
# the page tells it is one (a 'Republic of', a country infobox), not any proper names. Mended at the s45-fixb45 merge
# (6d8a5d3a) except a club's name of proper names only ('Korvik United': a strict xfail since).
@pytest.mark.parametrize(
    "body_name",
    [
        "Tarsa Motors",
        "Moen Yards",
        "Lumia Holdings",
        pytest.param("Korvik United"),  # mended by lead45c (04289ea8): a state form after the names makes a club
    ],
)
def test_b4_a_companys_presidency_does_not_support_the_bare_president(body_name: str) -> None:
    lead = page(
        "Ana Ruiz",
        f"Ana Ruiz (born 1960) is a Norbian businesswoman who has been President of {body_name} since 2020.",
        SAVED,
    )
    found = [r.verdict for c, r in _results("President Ana Ruiz visited Tarsa on Monday.", [lead]) if c.kind == "role"]
    assert Verdict.SUPPORTED not in found, found


# B5 (s45-recall45 8c69ed16, verify/kinds/role/judge.py `step_as_findings`: another post of the appointing body told
# as a step in the article's year refutes the claimed step when no sentence tells the claimed one): an ACTING or
# INTERIM spell first ('In January 2024 he was appointed acting director of the Korvik Museum' against 'The Korvik
# Museum has appointed Jon Dahl as its director', June 2024), a lower post first (chief financial officer in March,
# then chief executive), or a seat on the board before the chair: CONTRADICTED on the branch ("tells the step of 2024
# into acting director ..., another post"), unverified on main. The page is often not yet updated for the new step.
# Suggest: refute only by a post that excludes the claimed one at the same time (deputy vs head), never by an acting,
# interim or lower step that usually precedes it, nor by a board seat. s45-recall45 was merged (515e9d74) before this
# was found: a strict xfail on main since, plain again once mended.
@pytest.mark.parametrize(
    ("told", "body"),
    [
        pytest.param(
            "In January 2024 he was appointed acting director of the Korvik Museum.",
            "The Korvik Museum has appointed Jon Dahl as its director.",
            id="acting-first",
        ),
        pytest.param(
            "In January 2024 he was appointed interim chief executive of Korvik Bank.",
            "Korvik Bank has named Jon Dahl as its chief executive.",
            id="interim-first",
        ),
        pytest.param(
            "In March 2024 he was appointed chief financial officer of Korvik Bank.",
            "Korvik Bank has named Jon Dahl as its chief executive.",
            id="a-lower-post-first",
        ),
        pytest.param(
            "In 2024 he was appointed to the board of Korvik Bank.",
            "Korvik Bank has named Jon Dahl as its chairman.",
            id="a-board-seat-first",
        ),
    ],
)
# mended on main 9b1c805c (lead45b): a plain test now
def test_b5_an_earlier_step_of_the_year_does_not_refute_the_appointment(told: str, body: str) -> None:
    doc = page("Jon Dahl", f"Jon Dahl (born 1970) is a Norbian manager. {told}", SAVED)
    found = [r.verdict for c, r in _results(body, [doc], dt.date(2024, 6, 1)) if c.kind == "role"]
    assert found and Verdict.CONTRADICTED not in found, found


# B6 (s45-ext45 e425b38e, verify/kinds/clause/extract.py: a participle on the noun a copula says the subject is,
# 'X is a company headquartered in Y', becomes the subject's clause): the participle's own time word is dropped, so a
# former seat is judged as the current one: 'Korvik Bank is a lender once headquartered in Tarsa.' and '... formerly
# headquartered in Tarsa.' give the clause 'headquartered in Tarsa', CONTRADICTED on the branch by 'Headquarters:
# Korvik, Norby'; no such claim on main. Suggest: keep 'once'/'formerly'/'previously' with the participle (a past
# seat: not refuted by the current row), as the clause reader does for a finite verb. s45-ext45 was merged
# (2646e5d8) before this was mended: a strict xfail on main since.
HQ_BANK = boxed(
    "Korvik Bank",
    "Korvik Bank is a Norbian bank headquartered in Korvik. It was founded in 1990.",
    [("headquarters", "Korvik, Norby"), ("founded", "1990")],
    SAVED,
)


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Korvik Bank is a lender once headquartered in Tarsa.", id="once"),
        pytest.param("Korvik Bank is a lender formerly headquartered in Tarsa.", id="formerly"),
    ],
)
# mended on main 9b1c805c (lead45b): a plain test now
def test_b6_a_former_seat_on_a_copula_noun_is_not_refuted_by_the_current(body: str) -> None:
    found = _verdicts(body, [HQ_BANK], kind="clause")
    assert Verdict.CONTRADICTED not in found, found


@pytest.mark.parametrize(
    ("told", "verdict"),
    [
        pytest.param("In 2024 he was appointed director of the Korvik Museum.", Verdict.SUPPORTED, id="the-post"),
        pytest.param(
            "In 2024 he was appointed deputy director of the Korvik Museum.", Verdict.CONTRADICTED, id="the-deputy"
        ),
    ],
)
def test_b5_twin_the_same_post_and_its_deputy(told: str, verdict: Verdict) -> None:
    doc = page("Jon Dahl", f"Jon Dahl (born 1970) is a Norbian manager. {told}", SAVED)
    body = "The Korvik Museum has appointed Jon Dahl as its director."
    assert [r.verdict for c, r in _results(body, [doc], dt.date(2024, 6, 1)) if c.kind == "role"] == [verdict]


@pytest.mark.parametrize(
    ("body", "verdict"),
    [
        pytest.param("Korvik Bank is a lender headquartered in Korvik.", Verdict.SUPPORTED, id="the-seat"),
        pytest.param("Korvik Bank is a lender headquartered in Tarsa.", Verdict.CONTRADICTED, id="another-seat"),
    ],
)
def test_b6_twin_the_current_seat_on_a_copula_noun(body: str, verdict: Verdict) -> None:
    found = [r.verdict for c, r in _results(body, [HQ_BANK]) if c.kind == "clause" and "headquartered" in c.text]
    assert found == [verdict], found
