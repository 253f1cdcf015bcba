"""Every verdict says what was checked: the subject, the relation, the value and the day, as the tool read
the claim. A desk editor sees a misreading (the wrong person, a past office read as current, a count given
to the wrong owner) beside the verdict, in every report format, and old reports without it still read."""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import json
import re
from xml.etree import ElementTree as ET

import httpx
from typer.testing import CliRunner

from tests.conftest import PAGES, ROOT
from tests.support.fakewiki import FakeWiki
from verify.app import article_from_text
from verify.cli import app
from verify.extract import extract_claims
from verify.judge import judge
from verify.models import Article, Claim, ClaimResult, Document, Evidence, Reading, Report, Stance, Verdict
from verify.pipeline import check_async, with_readings
from verify.report import to_html, to_json, to_junit, to_markdown, to_sarif
from verify.report.common import Checked, checked_line
from verify.report.github import annotation
from verify.retrieve import EvidencePool
from verify.sources.http import HttpClient
from verify.sources.wikipedia import WikipediaSource

DAY = dt.date(2025, 8, 20)
OLD_REPORT = ROOT / "tests" / "data" / "old-reports" / "nato-defense-chiefs-3b4cdb4.json"
TEXT = "Briefing\n\nThe claim under test stands here.\n"


def claim(**fields: object) -> Claim:
    base: dict[str, object] = {"id": "c1", "text": "the claim", "sentence": "s", "span": (10, 19)}
    return Claim(**(base | fields))


def result(of: Claim, verdict: Verdict = Verdict.SUPPORTED, as_of: dt.date | None = DAY, **fields) -> ClaimResult:
    return ClaimResult(
        id=of.id,
        kind=of.kind,
        text=of.text,
        sentence=of.sentence,
        span=of.span,
        verdict=verdict,
        confidence=0.8 if verdict in (Verdict.SUPPORTED, Verdict.CONTRADICTED) else 0.0,
        rationale="Wikipedia's page says so.",
        reading=Reading.of(of, as_of),
        **fields,
    )


def page_evidence(title: str, revision: str, snippet: str, stance: Stance = Stance.SUPPORTS, **fields) -> Evidence:
    """A quote from a Wikipedia page's revision, retrieved in the past (fields: saved time, current...)."""
    defaults: dict[str, object] = {"retrieved_at": dt.datetime(2026, 1, 5, tzinfo=dt.UTC), "score": 90}
    return Evidence(
        url=f"https://en.wikipedia.org/wiki/{title.replace(' ', '_')}",
        title=title,
        revision_id=revision,
        snippet=snippet,
        stance=stance,
        **(defaults | fields),
    )


def report(*results: ClaimResult, as_of: dt.date | None = DAY) -> Report:
    article = Article(
        path="story.txt", stem="story", sha256=hashlib.sha256(TEXT.encode()).hexdigest(), title="T", text=TEXT
    )
    return Report.build(article.model_copy(update={"as_of": as_of}), list(results))


def rationale_lines(markdown: str) -> list[str]:
    return markdown.split("## Rationale", 1)[1].strip().splitlines()


def test_the_markdown_line_of_a_role_claim_names_the_person_the_office_and_the_articles_day():
    role = claim(kind="role", subject="Dan Caine", relation="holds office", value="Chairman of the Joint Chiefs")
    lines = rationale_lines(to_markdown(report(result(role))))
    said = "Checked: Dan Caine — holds office — Chairman of the Joint Chiefs — as of 2025-08-20 (the article's date)"
    assert lines[1] == f"  - {said}"  # under the claim's own rationale


def test_the_markdown_line_of_a_count_gives_the_owner_the_number_and_the_unit():
    count = claim(kind="quantity", subject="NATO", relation="count", value="1200", number=1200.0, unit="soldiers")
    assert "Checked: NATO — count — 1,200 soldiers — as of 2025-08-20" in to_markdown(report(result(count)))


def test_a_count_in_words_shows_the_number_it_was_read_as():
    lasted = claim(
        kind="duration", subject="the war", relation="has lasted", value="three years", number=3.0, unit="years"
    )
    assert checked_line(result(lasted)).startswith("Checked: the war — has lasted — three years (= 3) — as of")


def test_a_date_claim_is_checked_for_its_own_date_on_pages_as_of_the_articles_day():
    opened = claim(kind="date", subject="Riverside Bridge", relation="opened", value="1949-04-04", time="4 April 1949")
    said = checked_line(result(opened))
    assert said == "Checked: Riverside Bridge — opened — 1949-04-04 — pages as of 2025-08-20"


def test_an_undated_article_says_the_pages_were_read_as_they_are_now():
    role = claim(kind="role", subject="Jane Roe", relation="holds office", value="mayor")
    assert checked_line(result(role, as_of=None)).endswith("— mayor — pages as they are now (the article has no date)")


def test_a_reviewers_corrected_subject_and_value_are_shown_as_corrections():
    role = claim(
        kind="role",
        subject="Caine",
        relation="holds office",
        value="Chairman",
        corrected_subject="Dan Caine",
        corrected_value="Chairman of the Joint Chiefs of Staff",
    )
    said = checked_line(result(role))
    assert said.startswith("Checked: Dan Caine (reviewer's correction of 'Caine') — holds office — ")
    assert "Chairman of the Joint Chiefs of Staff (reviewer's correction of 'Chairman')" in said


def test_a_denied_fact_is_said_to_be_denied():
    denied = claim(kind="clause", subject="Jane Roe", relation="charge", predicate="charge", negated=True)
    assert checked_line(result(denied, Verdict.UNVERIFIED)).startswith("Checked: Jane Roe — denied: charge — ")


def test_the_owner_of_a_count_and_its_context_are_both_shown():
    count = claim(
        kind="quantity", subject="the ministry", relation="count", number=40.0, unit="dead", context="the flood"
    )
    assert checked_line(result(count)).startswith("Checked: the ministry (context: the flood) — count — 40 dead")


def test_the_html_report_escapes_a_hostile_subject_in_the_reading():
    hostile = '<img src=x onerror="alert(1)">Roe'
    role = claim(kind="role", subject=hostile, relation="holds office", value="<b>mayor</b>")
    page = to_html(report(result(role)), TEXT)
    assert "<img" not in page and "<b>mayor" not in page
    shown = re.findall(r'<(?:p|span) class="checked">(.*?)</(?:p|span)>', page)
    assert len(shown) == 2  # the claim's panel and its entry in the list
    assert all(
        "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;Roe — holds office — &lt;b&gt;mayor&lt;/b&gt;" in s
        for s in shown
    )


def test_the_reading_survives_a_json_round_trip():
    count = claim(kind="quantity", subject="NATO", relation="count", value="32", number=32.0, unit="members")
    written = report(result(count))
    read = Report.model_validate_json(to_json(written))
    assert read == written and read.claims[0].reading.subject == "NATO" and read.claims[0].reading.as_of == DAY


def test_a_report_written_before_readings_still_reads_and_renders_without_a_checked_line():
    old = Report.model_validate_json(OLD_REPORT.read_text(encoding="utf-8"))
    assert old.schema_version == 2 and len(old.claims) == 11
    assert all(c.reading is None and all(e.current is None for e in c.evidence) for c in old.claims)
    text = (ROOT / "seeds" / "nato-defense-chiefs.txt").read_text(encoding="utf-8")
    checked = Checked(old, text, "nato-defense-chiefs")
    outputs = [to_markdown(old), to_html(old, text), to_junit([checked]), to_sarif([checked])]
    assert all("Checked:" not in out and 'class="checked"' not in out for out in outputs)
    assert "Dan Caine" in outputs[0]


def test_an_earlier_revision_is_named_on_the_line():
    role = claim(kind="role", subject="Philip Lowe", relation="holds office", value="Governor")
    earlier = page_evidence(
        "Philip Lowe",
        "1",
        "Philip Lowe is the Governor.",
        retrieved_at=dt.datetime(2025, 9, 1, tzinfo=dt.UTC),
        revision_timestamp=dt.datetime(2016, 10, 13, tzinfo=dt.UTC),
        current=False,
    )
    said = checked_line(result(role, evidence=[earlier]))
    assert said.endswith("— read on the revision of that day, not the current one: 'Philip Lowe' (saved 2016-10-13)")
    assert "not the current one" not in checked_line(
        result(role, evidence=[earlier.model_copy(update={"current": True})])
    )


def test_a_check_against_an_earlier_revision_carries_it_to_the_evidence_and_the_line():
    wiki = FakeWiki.from_directory(PAGES)
    article = article_from_text(
        "Rates\n\nReserve Bank of Australia Governor Philip Lowe spoke.", as_of=dt.date(2020, 3, 3)
    )
    claims = [c for c in extract_claims(article) if c.kind == "role"]
    http = HttpClient(transport=httpx.MockTransport(wiki.handler))
    (lowe,) = asyncio.run(check_async(article, claims, WikipediaSource(http))).claims
    assert lowe.reading == Reading.of(claims[0], dt.date(2020, 3, 3))
    assert lowe.evidence and all(e.current is False and e.revision_timestamp.year == 2016 for e in lowe.evidence)
    assert checked_line(lowe).startswith("Checked: Philip Lowe — holds office — Governor of the Reserve Bank")
    assert (
        "(the article's date) — read on the revision of that day, not the current one: 'Philip Lowe'"
        in checked_line(lowe)
    )


def test_ci_outputs_carry_the_reading_in_their_message_or_properties():
    role = claim(kind="role", subject="Dan Caine", relation="holds office", value="Chairman")
    checked = Checked(report(result(role, Verdict.CONTRADICTED)), TEXT, "story")
    words = "Checked: Dan Caine — holds office — Chairman — as of 2025-08-20 (the article's date)"
    assert annotation(checked, checked.report.claims[0]).endswith(words)
    case = ET.fromstring(to_junit([checked])).find(".//testcase")
    assert case.find("properties/property[@name='checked']").get("value") == words
    assert case.find("failure").text.endswith(words)
    (found,) = json.loads(to_sarif([checked]))["runs"][0]["results"]
    assert found["message"]["text"].endswith(words)
    assert found["properties"]["reading"] == {
        "subject": "Dan Caine",
        "relation": "holds office",
        "value": "Chairman",
        "as_of": "2025-08-20",
        "time_from": "article",
    }


def test_the_seed_check_shows_what_each_claim_was_checked_for_in_verbose_output(tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    run = CliRunner().invoke(app, ["check", "seeds/nato-defense-chiefs.txt", "--out", str(tmp_path), "--verbose"])
    assert run.exit_code == 0, run.output
    caine = next(line for line in run.stdout.splitlines() if ": supported: U.S. Joint Chiefs of Staff Chairman" in line)
    assert caine.endswith(
        "Checked: Dan Caine — holds office — Chairman of the Joint Chiefs of Staff (nationality U.S., rank Gen.) "
        "— as of 2025-08-20 (the article's date)"
    )
    assert len(re.findall(r" Checked: ", run.stdout)) == 11


def test_a_one_word_subject_the_judge_read_in_full_shows_the_full_name_and_the_articles_word():
    jane = claim(kind="role", subject="Jane", relation="holds office", value="mayor")
    page = Document(
        url="https://en.wikipedia.org/wiki/Jane_Roe",
        title="Jane Roe",
        source="wikipedia",
        retrieved_at=dt.datetime(2025, 9, 1, tzinfo=dt.UTC),
        text="Jane Roe (born 1970) is the mayor of Example Town.",
    )
    pool = EvidencePool()
    pool.add(jane.id, page, entity=True)
    article = article_from_text("Town\n\nMayor Jane Roe spoke. Jane said more.", as_of=DAY)
    (read,) = with_readings([jane], judge([jane], pool, DAY), pool, article)
    assert (read.reading.subject, read.reading.extracted_subject) == ("Jane Roe", "Jane")
    assert checked_line(read).startswith("Checked: Jane Roe (read from 'Jane') — holds office — mayor")


def test_a_claim_nothing_was_looked_up_for_says_what_it_would_check_not_what_was_checked():
    role = claim(kind="role", subject="Jane Roe", relation="holds office", value="mayor")
    said = checked_line(result(role, Verdict.NOT_CHECKED))
    assert said == "To check: Jane Roe — holds office — mayor — as of 2025-08-20 (the article's date)"


def test_a_revision_saved_after_the_articles_day_is_named_on_the_line():
    """'Children: 5' quoted from a revision of 2025 against an article of 2024: the editor must see that
    the page that decided was written after the article, or read the count as the page of that day."""
    count = claim(kind="quantity", subject="François Bayrou", relation="count", value="6", number=6.0, unit="children")
    later = page_evidence(
        "François Bayrou",
        "2",
        "Children: 5",
        Stance.CONTRADICTS,
        revision_timestamp=dt.datetime(2025, 9, 9, tzinfo=dt.UTC),
        current=True,
    )
    said = checked_line(result(count, Verdict.CONTRADICTED, as_of=dt.date(2024, 12, 23), evidence=[later]))
    assert said.endswith("— read on a revision saved after that day: 'François Bayrou' (saved 2025-09-09)")


def test_a_later_revision_is_named_only_under_a_verdict_that_rests_on_it():
    """An unverified claim's pages decided nothing: naming their revision on every such line is noise."""
    count = claim(kind="quantity", subject="François Bayrou", relation="count", value="6", number=6.0, unit="children")
    later = page_evidence(
        "François Bayrou",
        "2",
        "Born: 25 May 1951",
        revision_timestamp=dt.datetime(2025, 9, 9, tzinfo=dt.UTC),
        current=True,
    )
    said = checked_line(result(count, Verdict.UNVERIFIED, as_of=dt.date(2024, 12, 23), evidence=[later]))
    assert said.endswith("— 6 children — as of 2024-12-23 (the article's date)")


def test_a_revision_saved_before_the_articles_day_needs_no_warning():
    count = claim(kind="quantity", subject="Michel Barnier", relation="count", value="3", number=3.0, unit="children")
    before = page_evidence(
        "Michel Barnier", "3", "Children: 3", revision_timestamp=dt.datetime(2024, 9, 5, tzinfo=dt.UTC), current=True
    )
    said = checked_line(result(count, as_of=dt.date(2024, 12, 23), evidence=[before]))
    assert said.endswith("— 3 children — as of 2024-12-23 (the article's date)")


def test_a_length_in_words_is_not_given_its_unit_twice():
    """'a month' read as 1 month: 'a month (= 1)', not 'a month (= 1) months'."""
    lasted = claim(
        kind="duration", subject="François Bayrou", relation="lasts", value="a month", number=1.0, unit="months"
    )
    assert checked_line(result(lasted)).startswith("Checked: François Bayrou — lasts — a month (= 1) — as of")


def test_a_share_written_with_a_percent_sign_is_not_given_percent_again():
    """'4.1%' read as 4.1 percent: '4.1%', not '4.1% percent'."""
    share = claim(kind="quantity", subject="RBA", relation="share", value="4.1%", number=4.1, unit="percent")
    assert checked_line(result(share)).startswith("Checked: RBA — share — 4.1% — as of")


def test_an_unverified_claim_shows_its_reason_in_the_table_not_a_quote_that_reads_as_support():
    """'Barnier, 73, took office on 5 September': the age is on the page, the day is not; the table's
    snippet must say why the claim stands unverified, not show the birth-date sentence alone."""
    took = claim(
        kind="clause", subject="Michel Barnier", relation="took", text="Barnier, 73, took office on 5 September"
    )
    read = page_evidence(
        "Michel Barnier", "4", "Michel Jean Barnier (born 9 January 1951) is a French politician.", score=100
    )
    unsettled = result(took, Verdict.UNVERIFIED, evidence=[read], reason="no_passage")
    unsettled = unsettled.model_copy(update={"rationale": "No page states the day Michel Barnier took office."})
    (row,) = [line for line in to_markdown(report(unsettled)).splitlines() if line.startswith("| ❔")]
    assert "[Michel Barnier]" in row  # the page read is still linked
    assert row.endswith("No page states the day Michel Barnier took office. |")
    assert "born 9 January 1951" not in row
