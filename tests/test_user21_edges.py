"""Edges a new user and an attacker met at the command line and the wiki's client (session 21): a URL
urlsplit cannot read, a contact a header cannot carry, a mirror's password in a report's links."""

import asyncio
import json
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from tests.conftest import PAGES
from tests.support.fakewiki import FakeWiki
from verify.cassette import Cassette
from verify.cli import app
from verify.sources.http import HttpClient, user_agent
from verify.sources.wikipedia import WikipediaSource

runner = CliRunner()


def one_error_line(result) -> str:
    said = [line for line in result.stderr.splitlines() if line.startswith("verify: error:")]
    assert result.exit_code == 2 and len(said) == 1, result.stderr
    assert "internal error" not in said[0] and "Traceback" not in result.stderr
    return said[0]


@pytest.mark.parametrize("option", ["--wiki", "--source"])
@pytest.mark.parametrize("url", ["http://[::1", "http://127.0.0.1:99999"])
def test_a_url_with_a_bracketed_host_or_a_port_out_of_range_is_a_one_line_usage_error(tmp_path, option, url):
    """'http://[::1' was `internal error (ValueError: Invalid IPv6 URL)`, exit 3; a port past 65535 let the
    run start and left every claim 'not checked: request failed: ExceptionGroup'."""
    result = runner.invoke(
        app, ["check", "seeds/nato-defense-chiefs.txt", option, url, "--live", "--out", str(tmp_path / "r")]
    )
    assert url in one_error_line(result) and option in one_error_line(result)
    assert not (tmp_path / "r").exists()


def lookup(wiki: FakeWiki, *, contact: str = "desk@example.org", base: str = "https://en.wikipedia.org"):
    http = HttpClient(transport=httpx.MockTransport(wiki.handler), contact=contact)
    return asyncio.run(WikipediaSource(http, wiki=base).lookup(["Charles Michel"]))["Charles Michel"]


@pytest.mark.parametrize("contact", ["redacción@diario.es", "desk@example.org\n", "desk\r\nX-Injected: 1"])
def test_a_contact_a_header_cannot_carry_as_given_still_lets_the_wiki_be_asked(contact):
    """An accented e-mail made httpx refuse every request (UnicodeEncodeError: every claim 'not checked');
    a pasted line end did the same on the wire (LocalProtocolError). The contact is percent-escaped."""
    agent = user_agent(contact)
    assert agent.isascii() and agent.isprintable() and contact.split("@")[0][:4] in agent
    wiki = FakeWiki.from_directory(PAGES)
    found = lookup(wiki, contact=contact)
    assert found.document is not None, found.reason


def test_a_mirrors_password_in_the_wiki_url_stays_out_of_every_link_and_the_cassette(tmp_path):
    """`--wiki http://user:pw@mirror` is how httpx is given basic auth, and the request keeps it; the
    HTML, Markdown and JUnit reports printed it in every revision link, and --record wrote it in every
    recorded URI of a cassette meant to be committed."""
    wiki = FakeWiki.from_directory(PAGES)
    found = lookup(wiki, base="http://desk:secretpw@127.0.0.1:8080")
    document = found.document
    assert document is not None and document.revision_url
    assert "secretpw" not in document.revision_url and "secretpw" not in document.url
    assert document.revision_url.startswith("http://127.0.0.1:8080/w/index.php?oldid=")

    cassette = Cassette(path=tmp_path / "c.yaml")
    request = httpx.Request("GET", "http://desk:secretpw@127.0.0.1:8080/w/api.php?action=query")
    cassette.add(request, httpx.Response(200, text="{}"), b"{}")
    (recorded,) = cassette.interactions
    assert recorded["request"]["uri"] == "http://127.0.0.1:8080/w/api.php?action=query"
    assert cassette.find(httpx.Request("GET", "http://other:9/w/api.php?action=query")) is recorded


LONG = "9" * 5000  # over Python's 4,300-digit guard on int(): json.loads raises a bare ValueError


def test_a_wiki_answer_holding_a_5000_digit_number_is_a_reason_never_a_lost_report():
    """`"length": 999…9` (5,000 digits) from the wiki was `internal error (ValueError: Exceeds the limit
    (4300 digits) …)`, exit 3, and the article's report was never written."""
    body = ('{"query": {"pages": [{"pageid": 1, "title": "Charles Michel", "length": ' + LONG + "}]}}").encode()
    handler = lambda request: httpx.Response(200, content=body, headers={"content-type": "application/json"})  # noqa: E731
    source = WikipediaSource(HttpClient(transport=httpx.MockTransport(handler), max_retries=0))
    found = asyncio.run(source.lookup(["Charles Michel"]))["Charles Michel"]
    assert found.document is None and found.unreachable and "4,300 digits" in found.reason


@pytest.mark.parametrize("where", ["claim file", "sidecar"])
def test_a_claim_file_or_sidecar_holding_a_5000_digit_number_is_one_line_naming_the_file(tmp_path, where):
    """Was `cannot be read (ValueError)`: nothing said which file, nor what was wrong in it."""
    (tmp_path / "verify.toml").write_text("")
    article = tmp_path / "talks.txt"
    article.write_text("Talks\n\nNATO Secretary General Mark Rutte opened the talks.\n")
    if where == "claim file":
        (tmp_path / "claims").mkdir()
        bad = tmp_path / "claims" / "talks.json"
        bad.write_text('{"claims": [{"span": [' + LONG + ", 3]}]}")
    else:
        bad = tmp_path / "talks.meta.json"
        bad.write_text('{"published": ' + LONG + "}")
    result = runner.invoke(app, ["check", str(article), "--offline", "--out", str(tmp_path / "r")])
    said = one_error_line(result)
    assert bad.name in said and "4,300 digits" in said


SEED = "seeds/nato-defense-chiefs.txt"
ONE_INTERACTION = (
    "interactions:\n- request: {{method: GET, uri: '{uri}'}}\n"
    "  response: {{status: {{code: {code}}}, headers: {{}}, body: {{string: '{{}}'}}}}\n"
)


@pytest.mark.parametrize(
    ("cassette", "said"),
    [
        (ONE_INTERACTION.format(uri="https://en.wikipedia.org/w/api.php", code=LONG), "4300 digits"),
        ("provenance: {recorded_at: 2024-13-45}\n" + ONE_INTERACTION.format(uri="https://x/", code=200), "month"),
        (ONE_INTERACTION.format(uri="http://[::1/w/api.php", code=200), "interactions.0.request.uri"),
    ],
    ids=["5000-digit-status", "impossible-date", "uri-urlsplit-refuses"],
)
def test_a_cassette_with_a_value_yaml_cannot_build_or_a_url_it_cannot_read_is_one_line(tmp_path, cassette, said):
    """A 5,000-digit number or a date like 2024-13-45 anywhere in a cassette was `internal error
    (ValueError …)`, exit 3; a recorded URI urlsplit refuses left every claim 'request failed: ValueError'."""
    (tmp_path / "nato-defense-chiefs.yaml").write_text(cassette)
    result = runner.invoke(app, ["check", SEED, "--cassettes", str(tmp_path), "--out", str(tmp_path / "r"), "--quiet"])
    line = one_error_line(result)
    assert "nato-defense-chiefs.yaml" in line and said in line


@pytest.mark.parametrize("title", ["Mark Rutte|Keir Starmer", "Mark\nRutte", "Mark Rutte]]{{x"])
def test_a_title_holding_a_character_no_page_title_holds_is_never_sent_to_the_wiki(title):
    """A reviewer's `corrected_subject` 'Mark Rutte|Keir Starmer' went into `titles=A|B` whole: its '|'
    asked for two other pages, and Mark Rutte's page then contradicted the claim about that subject."""
    wiki = FakeWiki.from_directory(PAGES)
    source = WikipediaSource(HttpClient(transport=httpx.MockTransport(wiki.handler)))
    found = asyncio.run(source.lookup([title, "Charles Michel"]))
    assert found[title].document is None and "no page title holds" in found[title].reason
    assert found["Charles Michel"].document is not None
    assert not any("Keir" in url or "Rutte" in url for url in wiki.requests)


@pytest.mark.parametrize(
    ("field", "value", "said"),
    [
        ("corrected_subject", "Mark Rutte|Keir Starmer", "holds '|'"),
        ("corrected_subject", "Mark\nRutte", "holds '\\n'"),
        ("corrected_value", "Secretary " * 100_000, "longer than any page title"),
    ],
    ids=["pipe", "line-end", "1-mb"],
)
def test_a_corrected_subject_or_value_no_page_title_could_be_is_one_line_naming_the_field(tmp_path, field, value, said):
    """'Mark Rutte|Keir Starmer' came out contradicted by Mark Rutte's page; a 1 MB corrected value took
    140 s to judge and ended unverified."""
    reviewed = json.loads(Path("claims/nato-defense-chiefs.json").read_text())
    reviewed["claims"][0][field] = value
    (tmp_path / "nato-defense-chiefs.json").write_text(json.dumps(reviewed))
    result = runner.invoke(app, ["check", SEED, "--claims", str(tmp_path), "--offline", "--out", str(tmp_path / "r")])
    line = one_error_line(result)
    assert f"claims.0.{field}" in line and said in line


@pytest.mark.parametrize(("option", "value"), [("--format", "pdf"), ("--fail-on", "sometimes")])
def test_a_choice_option_given_another_value_says_so_without_pydantics_prefix(tmp_path, option, value):
    """Was `Invalid value for '--format': Value error, 'pdf' is not one of ...`."""
    result = runner.invoke(app, ["check", SEED, option, value, "--offline", "--out", str(tmp_path / "r")])
    line = one_error_line(result)
    assert f"{value!r} is not one of" in line and "Value error" not in line
