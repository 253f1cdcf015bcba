"""The Wikipedia source against the fake wiki: the same client code that talks to Wikipedia."""

import asyncio

from verify.wikitext import parse_infobox

run = asyncio.run


def test_one_request_resolves_many_titles_with_redirects(wikipedia, fake_wiki):
    found = run(wikipedia.lookup(["Sergei Lavrov", "EUCOM", "Dan Caine", "Alexus Grynkewich"]))
    assert len(fake_wiki.requests) == 1
    assert found["Sergei Lavrov"].document.title == "Sergey Lavrov"
    assert "redirects to 'Sergey Lavrov'" in found["Sergei Lavrov"].document.link_reason
    assert found["EUCOM"].document.title == "United States European Command"
    assert found["Dan Caine"].document.url == "https://en.wikipedia.org/wiki/Dan_Caine"
    assert found["Alexus Grynkewich"].document is None
    assert "no Wikipedia page titled" in found["Alexus Grynkewich"].reason


def test_requests_are_polite(wikipedia, fake_wiki, http):
    run(wikipedia.lookup(["NATO"]))
    request = fake_wiki.requests[0]
    assert "maxlag=5" in request and "formatversion=2" in request and "format=json" in request
    assert http.client.headers["User-Agent"].startswith("verify/")
    assert "https://" in http.client.headers["User-Agent"]


def test_more_than_twenty_titles_are_split_at_the_extracts_limit(wikipedia, fake_wiki):
    run(wikipedia.lookup([f"Title {i}" for i in range(45)]))
    assert len(fake_wiki.requests) == 3


def test_the_same_request_is_made_once_per_run(wikipedia, fake_wiki):
    run(wikipedia.lookup(["NATO", "Dan Caine"]))
    run(wikipedia.lookup(["NATO", "Dan Caine"]))
    assert len(fake_wiki.requests) == 1


def test_infobox_fields_come_from_the_lead_section_wikitext(wikipedia):
    doc = run(wikipedia.lookup(["United States European Command"]))["United States European Command"].document
    fields = {f.label: f.value for f in doc.infobox}
    assert fields["commander1"] == "Gen Alexus G. Grynkewich, USAF"
    assert fields["commander1_label"] == "Commander"
    assert doc.revision_id and doc.revision_id.isdigit()


def test_disambiguation_pages_are_skipped(wikipedia, fake_wiki):
    fake_wiki.pages["NATO"].disambiguation = True
    found = run(wikipedia.lookup(["NATO"]))["NATO"]
    assert found.document is None
    assert "disambiguation" in found.reason


def test_search_returns_pages_in_rank_order(wikipedia):
    titles = [d.title for d in run(wikipedia.search("war in Ukraine"))]
    assert {"Russian invasion of Ukraine", "Russo-Ukrainian war"} <= set(titles)


def test_infobox_parser_strips_links_and_templates():
    fields = parse_infobox(
        "{{Infobox officeholder\n| office = [[Minister of Foreign Affairs (Russia)|Minister]]\n"
        "| term_start = {{start date|2004|3|9}}\n}}\nLead text."
    )
    assert fields[0].value == "Minister"
    assert parse_infobox("no template here") == ()


def test_templates_without_a_reading_rule_are_counted_for_the_run(wikipedia, fake_wiki):
    page = fake_wiki.pages["Giuseppe Cavo Dragone"]
    page.fields = [(k, "{{Marriage|Rosa Fossati|1990}}" if k == "spouse" else v) for k, v in page.fields]
    doc = run(wikipedia.lookup(["Giuseppe Cavo Dragone"]))["Giuseppe Cavo Dragone"].document
    assert {f.label: f.value for f in doc.infobox}["spouse"] == "Rosa Fossati"
    assert wikipedia.unknown_templates == {"marriage": 1}


def test_evidence_pages_carry_the_link_to_their_revision(wikipedia):
    doc = run(wikipedia.lookup(["Dan Caine"]))["Dan Caine"].document
    assert doc.revision_url == f"https://en.wikipedia.org/w/index.php?oldid={doc.revision_id}"


def test_search_results_come_best_ranked_first(wikipedia):
    import asyncio

    docs = asyncio.run(wikipedia.search("Chairman of the Joint Chiefs of Staff"))
    assert len(docs) >= 3
    assert docs[0].title == "Chairman of the Joint Chiefs of Staff"
    assert [d.link_reason.rsplit(" ", 1)[-1] for d in docs] == [str(i) for i in range(1, len(docs) + 1)]
