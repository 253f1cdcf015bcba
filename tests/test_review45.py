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


def _verdicts(body: str, docs: list[Document], words: str = "", kind: str = "", headline: str = "Norby news") -> list[
    Verdict
]:
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
@_open(_F1)
def test_f1_a_dated_spell_does_not_measure_another_length(body: str) -> None:
    found = _verdicts(body, [STAM_PM], kind="duration")
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
@_open(_F2)
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
@_open(_F3)
def test_f3_a_start_that_is_not_the_handover_is_not_refuted_by_it(body: str, doc: Document) -> None:
    found = _verdicts(body, [doc, LUND], "sworn in" if "sworn" in body else "took office")
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


@_open("F4 open: initials shared by two bodies number the other body's post (clause `_same_post`/`_initials_of`)")
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
