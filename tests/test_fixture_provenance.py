"""The fixtures are honest: page text only from the stored copies, cassettes only with requests the
code makes today, responses exactly what the fake wiki serves from the page store."""

import asyncio
import json
import re
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

import pytest
import yaml

from tests.conftest import CASSETTES, PAGES, ROOT, SEED
from verify.article import load_article
from verify.extract import extract_claims
from verify.retrieve import retrieve
from verify.wikitext import parse_infobox, reader_text

run = asyncio.run


def squash(text: str) -> str:
    """Footnote markers and white space removed: the only differences a plain extract may have."""
    text = re.sub(r"\[(?:\d+|[a-z]|lower-alpha \d+|citation needed)\]", "", text)
    return re.sub(r"\s+", "", text)


@pytest.mark.parametrize("page_file", sorted(PAGES.glob("*.json")), ids=lambda p: p.stem)
def test_every_page_text_is_cut_from_its_stored_copy(page_file: Path):
    page = json.loads(page_file.read_text(encoding="utf-8"))
    reference = json.loads((ROOT / page["reference"]).read_text(encoding="utf-8"))
    stored = squash(reference["text"])
    for paragraph in page["lead"]:
        assert squash(paragraph) in stored, paragraph[:80]
    for _, value in (page["infobox"] or {}).get("fields", []):
        assert squash(value) in stored, value


def interactions(path: Path) -> list[dict]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))["interactions"]


def query_of(uri: str) -> dict[str, str]:
    return dict(parse_qsl(urlsplit(uri).query))


def test_seed_cassette_holds_exactly_the_requests_the_code_makes(wikipedia, fake_wiki):
    claims = extract_claims(load_article(SEED))
    run(retrieve(claims, wikipedia))
    made = sorted(json.dumps(query_of(u), sort_keys=True) for u in fake_wiki.requests)
    recorded = sorted(
        json.dumps(query_of(i["request"]["uri"]), sort_keys=True)
        for i in interactions(CASSETTES / "nato-defense-chiefs.yaml")
    )
    assert made == recorded
    assert len(made) <= 6


def test_cassette_responses_are_what_the_page_store_serves(fake_wiki):
    for interaction in interactions(CASSETTES / "nato-defense-chiefs.yaml"):
        body = json.loads(interaction["response"]["body"]["string"])
        for page in body["query"]["pages"]:
            if page.get("missing"):
                assert page["title"] not in fake_wiki.pages
                continue
            stored = fake_wiki.pages[page["title"]]
            assert page["extract"] == stored.extract
            assert page["revisions"][0]["slots"]["main"]["content"] == stored.wikitext


def test_cassette_keeps_no_identifying_headers():
    for interaction in interactions(CASSETTES / "nato-defense-chiefs.yaml"):
        assert "user-agent" not in {k.lower() for k in interaction["request"]["headers"]}
        assert "set-cookie" not in {k.lower() for k in interaction["response"]["headers"]}


@pytest.mark.parametrize("page_file", sorted(PAGES.glob("*.json")), ids=lambda p: p.stem)
def test_served_wikitext_reads_back_as_exactly_the_stored_values(page_file: Path, fake_wiki):
    """The live-manner markup (tests/support/livemanner.py) adds markup only: read as a reader
    reads it, every row and lead paragraph is the stored text again."""
    page = fake_wiki.pages[json.loads(page_file.read_text(encoding="utf-8"))["title"]]
    wikitext = page.wikitext
    assert [(f.label, f.value) for f in parse_infobox(wikitext)] == list(page.fields)
    lead_lines = wikitext.split("\n")[-len(page.lead) :] if page.lead else []
    assert [reader_text(line) for line in lead_lines] == page.lead
    assert wikitext.startswith("{{Short description|")
    assert re.search(r"\{\{Use (dmy|mdy) dates", wikitext)


def test_served_infoboxes_carry_the_live_sites_markup(fake_wiki):
    """Not bare `| key = value` rows: links, date templates, lists and references, as live."""
    everything = "\n".join(p.wikitext for p in fake_wiki.pages.values())
    for markup in ["{{nbsp}}", "{{start date|df=yes|", "{{end date|", "{{plainlist|", "<br />", "<ref name=", "<!--"]:
        assert markup in everything, markup
    eucom = fake_wiki.pages["United States European Command"].wikitext
    row = (
        "| commander1 = [[General (United States)|Gen]]{{nbsp}}[[Alexus G. Grynkewich]], "
        "[[United States Air Force|USAF]]"
    )
    assert row in eucom
