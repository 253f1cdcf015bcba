"""Session 17's review: each finding shown by an example of use, marked xfail(strict) until the lead merges
it with its fix; beside each, the reading that must stay."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from tests.conftest import ROOT
from tests.support.cli import check, in_project  # noqa: F401  (in_project: an autouse fixture)
from tests.support.judging import boxed, verdict
from verify.article import Article
from verify.extract import extract_claims
from verify.models import Claim, Document, Verdict

SEED = "seeds/nato-defense-chiefs.txt"


# --- 1. desk17: a claim file's count of 1e999 (JSON reads it as infinity) ends the run with an internal error ----
# The reading's number is written as an editor writes it (`verify/report/common.py` `_number`: `n == int(n)`),
# which raises on infinity and NaN; before the reading, the same file gave a whole report (the count
# contradicted). Now no report is written at all.


def _seed_count_as(tmp_path, number: str):
    text = (ROOT / "claims/nato-defense-chiefs.json").read_text().replace('"number": 32.0', f'"number": {number}')
    (tmp_path / "nato-defense-chiefs.json").write_text(text)
    return check(SEED, "--offline", "--claims", tmp_path, "--out", tmp_path / "out")


@pytest.mark.xfail(strict=True, reason="review17: Reading's number rendered with int(n): OverflowError on inf")
@pytest.mark.parametrize("number", ["1e999", "NaN"])
def test_a_claim_files_count_too_large_for_a_float_is_no_internal_error(tmp_path, number):
    result = _seed_count_as(tmp_path, number)
    assert "internal error" not in result.stderr
    assert result.exit_code in (0, 1, 2)


def test_a_claim_files_ordinary_count_still_gives_a_report(tmp_path):
    result = _seed_count_as(tmp_path, "32.0")
    assert result.exit_code == 0, result.output
    assert json.loads((tmp_path / "out" / "nato-defense-chiefs.json").read_text())["summary"]["supported"] == 9


# --- 2. count17: a date of a person whose surname is a month or a weekday goes to the story's topic -------------
# `_date_owner` takes a subject whose LAST word is a month, weekday or clock word for a time ('Eastern time',
# 'April'): 'Clara May' and 'Paul Friday' are then no one, and their dates go to the story's topic, where the
# topic's own page decides them. Below, Clara May's presidency (of anything) is supported by Jane Roe's.

ROE = "Jane Roe sworn in for a second term as President of Vestria"
ROE_LEDE = "CAPITAL, 1 April 2026 — Jane Roe was sworn in on Monday for a second term as President of Vestria. "
APRIL_2026 = dt.date(2026, 4, 1)


def _roe_page() -> Document:
    return boxed(
        "Jane Roe",
        "Jane Roe (born 4 April 1966) is a Vestrian politician who has served as President of Vestria since 1 March"
        " 2023. She was foreign minister from 2017 to 2023.",
        [
            ("office", "President of Vestria"), ("term_start", "1 March 2023"),
            ("office1", "Minister of Foreign Affairs of Vestria"), ("term_start1", "1 March 2017"),
            ("term_end1", "1 March 2023"), ("birth_date", "4 April 1966"),
        ],
    )  # fmt: skip


def _roe_story_claim(sentence: str, kind: str) -> Claim:
    text = f"{ROE}\n\n{ROE_LEDE}{sentence}\n"
    article = Article(path="s.txt", stem="s", sha256="0", title=ROE, text=text, as_of=APRIL_2026)
    words = sentence.split()[-3]  # a word of the claim's own text
    return next(c for c in extract_claims(article) if c.kind == kind and words in c.text)


@pytest.mark.xfail(strict=True, reason="review17: count17 _a_time reads a surname that is a month/weekday as a time")
@pytest.mark.parametrize(
    ("sentence", "person"),
    [("Clara May became president on 1 March 2023.", "Clara May"),
     ("Paul Friday became foreign minister on 1 March 2017.", "Paul Friday")],
)  # fmt: skip
def test_a_date_of_a_person_whose_surname_is_a_month_or_a_weekday_stays_theirs(sentence, person):
    assert _roe_story_claim(sentence, "date").subject == person


@pytest.mark.xfail(strict=True, reason="review17: count17 gives Clara May's date to the topic, whose page supports it")
def test_another_persons_start_date_is_not_supported_by_the_topics_term():
    claim = _roe_story_claim("Clara May became president on 1 March 2023.", "date")
    assert verdict(claim, [_roe_page()], APRIL_2026).verdict != Verdict.SUPPORTED


def test_the_topics_own_start_date_is_still_supported_by_her_term():
    claim = _roe_story_claim("Roe became president on 1 March 2023.", "date")
    assert verdict(claim, [_roe_page()], APRIL_2026).verdict == Verdict.SUPPORTED


# --- 3. count17: a length said of a person the story calls by a common noun goes to the story's topic -------------
# `describe_lengths` gives a length whose subject is a common noun to the entity it describes, else the topic; the
# noun is kept when it is counted, ranked, national or inside the length's words, but a person noun before the
# verb ('Her deputy has served ...') is not kept (the people-noun test was dropped in 2173ff6). Roe's own past
# term as foreign minister then supports her deputy's six years.


@pytest.mark.xfail(strict=True, reason="review17: count17 describe_lengths gives a person noun's length to the topic")
@pytest.mark.parametrize(
    "sentence",
    ["Her deputy has served as Vestria's foreign minister for six years.",
     "Her predecessor served as president of Vestria for six years.",
     "Her husband has led the Vestrian football federation for three years."],
)  # fmt: skip
def test_a_length_of_a_person_called_by_a_common_noun_is_not_the_topics(sentence):
    assert _roe_story_claim(sentence, "duration").subject != "Jane Roe"


@pytest.mark.xfail(strict=True, reason="review17: count17: the deputy's tenure is Roe's, her past term supports it")
def test_a_deputys_tenure_is_not_supported_by_the_topics_own_past_term():
    claim = _roe_story_claim("Her deputy has served as Vestria's foreign minister for six years.", "duration")
    assert verdict(claim, [_roe_page()], APRIL_2026).verdict != Verdict.SUPPORTED


def test_the_topics_own_tenure_is_still_supported_by_her_term():
    claim = _roe_story_claim("Roe has been president of Vestria for three years.", "duration")
    assert verdict(claim, [_roe_page()], APRIL_2026).verdict == Verdict.SUPPORTED
