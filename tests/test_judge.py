"""Judging rules, each shown on a small article run through the fake wiki's stored pages."""

import datetime as dt

import pytest

from verify.article import load_article
from verify.extract import extract_claims
from verify.kinds.quantity.judge import counts_in
from verify.link import name_score
from verify.match import tense
from verify.models import Verdict
from verify.pipeline import check

AS_OF = dt.date(2025, 8, 20)


@pytest.fixture
def verdict_of(tmp_path, wikipedia):
    """Check a one-paragraph article as of the seed's date; return {claim text: ClaimResult}."""

    def run(body: str):
        path = tmp_path / "variant.txt"
        path.write_text(f"Variant headline\n\n{body}\n", encoding="utf-8")
        article = load_article(path, as_of=AS_OF)
        report = check(article, extract_claims(article), wikipedia)
        return {r.text: r for r in report.claims}

    return run


def test_current_office_holder_is_supported_with_the_sentence_that_says_so(verdict_of):
    result = verdict_of("Russian Foreign Minister Sergey Lavrov spoke.")["Russian Foreign Minister Sergey Lavrov"]
    assert result.verdict == Verdict.SUPPORTED
    assert any("Minister of Foreign Affairs since 2004" in e.snippet for e in result.evidence)
    assert "Sergey Lavrov" in result.rationale


def test_past_office_holder_is_contradicted(verdict_of):
    results = verdict_of("Christopher Cavoli, who also serves as the head of U.S. European Command, spoke.")
    result = next(iter(results.values()))
    assert result.verdict == Verdict.CONTRADICTED
    assert "Grynkewich" in result.rationale or "past" in result.rationale


def test_another_number_for_the_same_counted_thing_is_contradicted(verdict_of):
    result = verdict_of("NATO defense chiefs met; all 30 allied military leaders joined.")[
        "all 30 allied military leaders"
    ]
    assert result.verdict == Verdict.CONTRADICTED
    assert "32 member states" in result.rationale


def test_counts_in_words_are_normalised(verdict_of):
    result = verdict_of("NATO defense chiefs met; all thirty-two allied military leaders joined.")
    assert result["all thirty-two allied military leaders"].verdict == Verdict.SUPPORTED


def test_duration_is_computed_against_the_article_date(verdict_of):
    assert (
        verdict_of("The conflict in Ukraine goes on; the war has lasted for three years.")[
            "the war has lasted for three years"
        ].verdict
        == Verdict.SUPPORTED
    )
    seven = verdict_of("The conflict in Ukraine goes on; the war has lasted for seven years.")[
        "the war has lasted for seven years"
    ]
    assert seven.verdict == Verdict.CONTRADICTED
    assert "2022" in seven.rationale or "2014" in seven.rationale


def test_a_different_nationality_for_the_same_person_is_contradicted(verdict_of):
    result = verdict_of("Russian President Donald Trump spoke.")["Russian President Donald Trump"]
    assert result.verdict == Verdict.CONTRADICTED
    assert "United States" in result.rationale


def test_a_person_without_any_page_stays_unverified_with_the_reason(verdict_of):
    result = verdict_of("Ukrainian President Petro Ivanenko spoke.")["Ukrainian President Petro Ivanenko"]
    assert result.verdict == Verdict.UNVERIFIED
    assert "no Wikipedia page" in result.rationale


def test_quotes_no_source_holds_are_unverified_not_contradicted(verdict_of):
    result = verdict_of("NATO leaders also said they want a ‘just and lasting peace for all’ soon.")
    assert [r.verdict for r in result.values()] == [Verdict.UNVERIFIED]


def test_tense_reads_dated_ranges_against_as_of():
    assert tense("served as commander from 2022 to 2024", AS_OF)[0] == "past"
    assert tense("has served as minister since 9 march 2004", AS_OF) == ("current", dt.date(2004, 3, 9))
    assert tense("is serving as the 22nd chairman", AS_OF)[0] == "current"


def test_qualified_counts_are_not_the_membership_count():
    counts = counts_in("NATO formed with twelve founding members and has 32 member states.")
    assert [(c.number, c.concept) for c in counts] == [(32.0, "member states")]


@pytest.mark.parametrize(
    ("claimed", "mention", "same"),
    [
        ("Sergey Lavrov", "Sergei Lavrov", True),
        ("Dan Caine", "John Daniel Caine", True),
        ("Volodymyr Zelenskyy", "Volodymyr Zelensky", True),
        ("Alexus Grynkewich", "Gen Alexus G. Grynkewich", True),
        ("Dan Caine", "Michael Caine", False),
        ("Sergey Lavrov", "Sergei Shoigu", False),
    ],
)
def test_name_variants_match_and_namesakes_do_not(claimed, mention, same):
    assert (name_score(claimed, mention) >= 85) is same


def test_the_holder_written_with_a_glued_rank_is_the_same_person_not_another_holder(verdict_of, fake_wiki):
    """A mirror that drops the space after the rank ("GenAlexus") still names the claimed person."""
    eucom = fake_wiki.pages["United States European Command"]
    eucom.fields = [(k, "GenAlexus G. Grynkewich, USAF" if k == "commander1" else v) for k, v in eucom.fields]
    claim = "Grynkewich, who also serves as the head of U.S. European Command"
    result = verdict_of(f"Alexus Grynkewich leads the alliance's forces. {claim}, spoke.")[claim]
    assert result.verdict == Verdict.SUPPORTED
    assert "GenAlexus G. Grynkewich" in result.rationale


def test_a_numbered_office_is_judged_by_its_own_term(verdict_of):
    """Shoigu's infobox: office1 'Minister of Defence' with term_end1 2024, read as one office."""
    results = verdict_of("Russian Defence Minister Sergei Shoigu visited the front.")
    result = next(r for text, r in results.items() if "Shoigu" in text)
    assert result.verdict == Verdict.CONTRADICTED
    assert any("7th Minister of Defence (term ended 12 May 2024)" in e.snippet for e in result.evidence)


@pytest.mark.parametrize(
    ("term", "stance"), [("7 May 2012 – present", "supports"), ("7 May 2012 – 7 May 2024", "contradicts")]
)
def test_a_whole_term_row_is_read_as_start_and_end(verdict_of, fake_wiki, term, stance):
    putin = fake_wiki.pages["Vladimir Putin"]
    putin.fields = [("term", term) if k == "term_start" else (k, v) for k, v in putin.fields]
    result = verdict_of("Russian President Vladimir Putin spoke.")["Russian President Vladimir Putin"]
    office_rows = [e for e in result.evidence if e.snippet.startswith("Office: President of Russia")]
    assert [e.stance.value for e in office_rows] == [stance]


def judged_at(tmp_path, wikipedia, body: str, as_of: dt.date):
    """{claim text: ClaimResult} for a one-paragraph article judged at `as_of`."""
    path = tmp_path / "dated.txt"
    path.write_text(f"Dated headline\n\n{body}\n", encoding="utf-8")
    article = load_article(path, as_of=as_of)
    return {r.text: r for r in check(article, extract_claims(article), wikipedia).claims}


def test_a_term_that_covers_the_article_date_supports_the_office(tmp_path, wikipedia):
    # Shoigu's infobox: 7th Minister of Defence, 6 November 2012 – 12 May 2024
    result = judged_at(tmp_path, wikipedia, "Russian Defence Minister Sergei Shoigu spoke.", dt.date(2023, 6, 1))
    claim = result["Russian Defence Minister Sergei Shoigu"]
    assert claim.verdict == Verdict.SUPPORTED
    assert "from 2012-11-06 to 2024-05-12" in claim.rationale


def test_a_term_that_ended_before_the_article_date_contradicts_the_office(tmp_path, wikipedia):
    result = judged_at(tmp_path, wikipedia, "Russian Defence Minister Sergei Shoigu spoke.", dt.date(2025, 8, 20))
    claim = result["Russian Defence Minister Sergei Shoigu"]
    assert claim.verdict == Verdict.CONTRADICTED
    assert "term ended on 2024-05-12" in claim.rationale


def test_an_office_taken_after_the_article_date_is_not_supported(tmp_path, wikipedia):
    # Shoigu became Secretary of the Security Council on 12 May 2024
    before = judged_at(tmp_path, wikipedia, "Security Council Secretary Sergei Shoigu spoke.", dt.date(2023, 6, 1))
    after = judged_at(tmp_path, wikipedia, "Security Council Secretary Sergei Shoigu spoke.", dt.date(2025, 8, 20))
    assert before["Security Council Secretary Sergei Shoigu"].verdict != Verdict.SUPPORTED
    assert after["Security Council Secretary Sergei Shoigu"].verdict == Verdict.SUPPORTED


def test_a_holder_who_took_office_after_the_article_does_not_contradict_it(tmp_path, wikipedia):
    body = "U.S. Joint Chiefs of Staff Chairman Gen. Charles Q. Brown Jr. spoke."
    then = judged_at(tmp_path, wikipedia, body, dt.date(2024, 6, 1))
    now = judged_at(tmp_path, wikipedia, body, dt.date(2025, 8, 20))
    (claim_then,) = [r for t, r in then.items() if "Chairman" in t]
    (claim_now,) = [r for t, r in now.items() if "Chairman" in t]
    assert claim_then.verdict == Verdict.SUPPORTED  # Dan Caine's "since 2025" is after a June 2024 article
    assert claim_now.verdict == Verdict.CONTRADICTED
    assert "Dan Caine" in claim_now.rationale


@pytest.mark.parametrize("years", ["two", "five", "seven"])
def test_a_duration_off_by_a_year_or_more_is_contradicted(verdict_of, years):
    text = f"the war has lasted for {years} years"
    result = verdict_of(f"The conflict in Ukraine goes on; {text}.")[text]
    assert result.verdict == Verdict.CONTRADICTED


def test_a_rank_alone_does_not_support_a_claimed_office(verdict_of):
    # Caine's page gives his rank, General, but nothing about NATO's Secretary General
    result = verdict_of("NATO Secretary General Gen. Dan Caine spoke.")["NATO Secretary General Gen. Dan Caine"]
    assert result.verdict == Verdict.UNVERIFIED


def test_sources_that_disagree_leave_the_claim_unverified_with_both_sides(wikipedia):
    import asyncio

    from verify.judge import decide
    from verify.kinds.base import Aspect, Finding
    from verify.match import Unit
    from verify.models import Stance

    pages = asyncio.run(wikipedia.lookup(["Charles Q. Brown Jr.", "Dan Caine"]))
    brown, caine = pages["Charles Q. Brown Jr."].document, pages["Dan Caine"].document
    claim = extract_claims(load_article_text("U.S. Joint Chiefs of Staff Chairman Gen. Charles Q. Brown Jr. spoke."))[0]
    findings = [
        Finding(Unit(brown, brown.text.split(". ")[0]), Stance.SUPPORTS, 95.0, Aspect.MAIN, "says Brown holds it"),
        Finding(Unit(caine, caine.text.split(". ")[0]), Stance.CONTRADICTS, 95.0, Aspect.MAIN, "says Caine holds it"),
    ]
    result = decide(claim, findings, [], AS_OF, [brown, caine])
    assert result.verdict == Verdict.UNVERIFIED
    assert result.rationale.startswith("Sources disagree")
    assert {e.title for e in result.evidence} == {"Charles Q. Brown Jr.", "Dan Caine"}


def load_article_text(body: str):
    import tempfile
    from pathlib import Path

    path = Path(tempfile.mkdtemp()) / "one.txt"
    path.write_text(f"Headline\n\n{body}\n", encoding="utf-8")
    return load_article(path, as_of=AS_OF)


def test_an_incumbent_named_since_after_the_article_does_not_contradict_it(tmp_path, wikipedia):
    # the office page names Cavo Dragone as chair since 17 January 2025; Bauer chaired it before
    body = "NATO Military Committee chair Rob Bauer spoke."
    then = judged_at(tmp_path, wikipedia, body, dt.date(2024, 6, 1))["NATO Military Committee chair Rob Bauer"]
    now = judged_at(tmp_path, wikipedia, body, dt.date(2025, 8, 20))["NATO Military Committee chair Rob Bauer"]
    assert then.verdict == Verdict.UNVERIFIED
    assert now.verdict == Verdict.CONTRADICTED
    assert "Cavo Dragone" in now.rationale


def test_a_page_written_after_a_term_ended_does_not_contradict_an_article_from_the_term(tmp_path, wikipedia):
    # Cavoli's page: "a retired ... general who last served as ... Supreme Allied Commander Europe from 2022 to 2025"
    body = "Supreme Allied Commander Europe Christopher Cavoli spoke."
    during = judged_at(tmp_path, wikipedia, body, dt.date(2024, 6, 1))[body.removesuffix(" spoke.")]
    after = judged_at(tmp_path, wikipedia, body, dt.date(2025, 8, 20))[body.removesuffix(" spoke.")]
    assert during.verdict == Verdict.SUPPORTED
    assert after.verdict == Verdict.CONTRADICTED


def test_tense_reads_a_term_running_past_the_article_year_as_held_then():
    window = "a retired general who last served as supreme allied commander europe from 2022 to 2025"
    assert tense(window, dt.date(2024, 6, 1)) == ("current", dt.date(2022, 1, 1))
    assert tense(window, dt.date(2025, 8, 20))[0] == "past"
    assert tense(window, dt.date(2022, 3, 1))[0] == "unknown"  # the term's first year: year precision cannot tell


def test_someone_else_holding_an_office_does_not_support_a_claimed_past_holder(verdict_of):
    # the ministry page names Lavrov as minister; that says nothing for Shoigu having held it
    result = verdict_of("Sergei Shoigu, a former Russian foreign minister, spoke.")
    claim = result["Sergei Shoigu, a former Russian foreign minister"]
    assert claim.verdict != Verdict.SUPPORTED


def test_a_namesake_with_another_given_name_is_another_holder(verdict_of):
    # EUCOM's commander row names Gen Alexus G. Grynkewich; a Michael Grynkewich is someone else
    result = verdict_of("EUCOM commander Gen. Michael Grynkewich spoke.")["EUCOM commander Gen. Michael Grynkewich"]
    assert result.verdict == Verdict.CONTRADICTED
    assert "Alexus G. Grynkewich" in result.rationale


def test_a_past_term_supports_a_claim_that_someone_held_the_office(verdict_of):
    """The same page that contradicts "Cavoli heads EUCOM" supports "Cavoli, formerly its head"."""
    held = verdict_of("Christopher Cavoli, formerly the head of U.S. European Command, spoke.")
    result = held["Christopher Cavoli, formerly the head of U.S. European Command"]
    assert result.verdict == Verdict.SUPPORTED
    assert "held it" in result.rationale and "only in the past" not in result.rationale


def test_a_person_called_by_the_first_word_of_their_full_name_is_judged_on_their_page(tmp_path, wikipedia):
    # the article names him in full, then by the name he goes by, which opens his full name
    path = tmp_path / "given-name.txt"
    body = "Vice President Gibran Rakabuming Raka opened a school. Gibran, 37, was born in Surakarta."
    path.write_text(f"Variant headline\n\n{body}\n", encoding="utf-8")
    article = load_article(path, as_of=dt.date(2024, 11, 1))
    results = {r.text: r for r in check(article, extract_claims(article), wikipedia).claims}
    assert results["Gibran, 37"].verdict == Verdict.SUPPORTED
    assert "Gibran Rakabuming Raka" in results["Gibran, 37"].rationale
