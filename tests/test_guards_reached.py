"""Guards that a later guard shadows for the inputs that first called for them, each shown on an input where it
alone decides: the judge and the reader must keep these readings whichever guard runs first. Each test is the
example that catches one deliberate bug of scripts/mutation_check.py (named in its comment); the last shows a reading
that a guard, removed for it, used to shadow."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.support.judging import boxed, verdict
from tests.support.judging import clause_claim as claim
from tests.test_clause_shapes import clauses
from tests.test_clauses import article
from verify.article import load_article
from verify.extract import extract_claims
from verify.models import Document, Verdict
from verify.pipeline import check
from verify.sources.wikipedia import WikipediaSource

# --- the role judge: a support set aside, and a bare title held on the day ---------------------------------------


def _ore(said: str) -> Document:
    """A president since 2029 who presided over the senate from 2014 to 2018."""
    return boxed(
        "Lina Ore",
        f"Lina Ore (born 2 May 1968) is an Argentine politician. {said}",
        [("office", "President of Argentina"), ("term_start", "1 June 2029"), ("predecessor", "Ivo Sand"),
         ("office2", "President of the Senate of Argentina"), ("term_start2", "3 March 2014"),
         ("term_end2", "2 March 2018")],
    )  # fmt: skip


def test_a_first_her_page_never_states_is_open_not_refuted_by_her_past_spell_in_another_post():
    # set-aside-first-lets-another-posts-spell-refute: no sentence calls her the first woman in the office, so
    # the office rows' support is set aside; the sentence placing the senate's presidency in the past disputed
    # only that support, and must not be left to refute a claim she holds the office on the day
    said = "Ore, formerly president of the Senate, took office as president in 2029."
    value = "the first woman president"
    first = claim(f"Lina Ore, {value}", "Lina Ore", "holds office", kind="role", relation="holds office", value=value)
    result = verdict(first, [_ore(said)], dt.date(2030, 4, 1))
    assert result.verdict == Verdict.UNVERIFIED, result.rationale


def test_a_bare_title_held_now_is_not_refuted_by_another_office_of_that_title_that_ended_later():
    # bare-title-other-office-disputes: 'President' fits her country's presidency (since 2018) and her party's
    # (until 2021); the party's spell ended after the country's began, so it is the newer dated evidence and
    # no staleness sets it aside: only the spell covering the article's day may decide
    lund = boxed(
        "Ana Lund",
        "Ana Lund (born 2 May 1968) is a Vestrian politician, president of Vestria since 2018.",
        [("office", "President of Vestria"), ("term_start", "1 June 2018"), ("predecessor", "Ivo Sand"),
         ("office2", "President of the Vestrian Labour Party"), ("term_start2", "3 March 2012"),
         ("term_end2", "2 March 2021")],
    )  # fmt: skip
    bare = claim(
        "President Ana Lund", "Ana Lund", "holds office", kind="role", relation="holds office", value="President"
    )
    result = verdict(bare, [lund], dt.date(2024, 6, 4))
    assert result.verdict == Verdict.SUPPORTED, result.rationale


# --- the judge: a claim about the word the article calls someone by ---------------------------------------------


def test_a_claim_file_giving_the_short_name_is_judged_on_the_full_names_page(
    tmp_path: Path, wikipedia: WikipediaSource
):
    # judged-on-the-full-name-it-opens: extraction now resolves 'Gibran' to the name the article gives in full,
    # but a reviewed claim file may keep the article's word as the subject; retrieval finds the page of the
    # full name that word opens, and the judge must read that page as the subject's
    path = tmp_path / "given-name.txt"
    body = "Vice President Gibran Rakabuming Raka opened a school. Gibran, 37, was born in Surakarta."
    path.write_text(f"Variant headline\n\n{body}\n", encoding="utf-8")
    news = load_article(path, as_of=dt.date(2024, 11, 1))
    written = [
        c.model_copy(update={"subject": "Gibran"}) if c.text == "Gibran, 37" else c for c in extract_claims(news)
    ]
    assert any(c.subject == "Gibran" for c in written)  # the claim as the file gives it
    result = {r.text: r for r in check(news, written, wikipedia).claims}["Gibran, 37"]
    assert result.verdict == Verdict.SUPPORTED, result.rationale
    assert "Gibran Rakabuming Raka" in result.rationale


# --- the clause reader: a part of several places, and a count its speaker says -----------------------------------


def test_workers_of_a_list_of_places_are_no_fact_about_the_first_place():
    # part-of-a-listed-place: 'workers in X' speak for X, but 'workers in X, Y and Z' for none of them alone
    found = clauses("Workers in Ostland, Varnland and Estria went on strike on Monday.")
    assert not any(c.subject in {"Ostland", "Varnland", "Estria"} for c in found), [(c.subject, c.text) for c in found]


def test_a_count_its_speaker_says_without_quotation_marks_is_not_the_speakers():
    # clause-fills-body-count-owners: the count leads the sentence and the saying verb follows, with no quotation
    # marks to make it the quote's; the clause walk reads 'Karl Moen' as the clause's subject, yet he only says it
    found = extract_claims(article("Four times, Karl Moen told his crew over the radio."))
    counts = [c for c in found if c.kind == "quantity"]
    assert counts, [(c.kind, c.text) for c in found]  # the count is read, only not given to its speaker
    assert not any(c.context == "Karl Moen" for c in counts), [(c.text, c.context) for c in counts]


def test_the_directors_of_a_company_speak_for_it_though_director_is_an_office():
    # 'directors' is in the parts list ('the board', 'executives', 'scientists'): office holders of the body itself,
    # who act for it; the reader turns office holders away only where they are no part ('foreign ministers of X')
    found = clauses("Directors of Harbor Foods approved the sale in May.")
    assert any(c.subject == "Harbor Foods" for c in found), [(c.subject, c.text) for c in found]
