"""Hostile sources, hostile articles, lost files (issue 18): each case of docs/reliability.md's
fault and attack table, shown by one test. Network cases talk only to a server on 127.0.0.1 (see
tests/hostile_server.py); private addresses elsewhere are refused before any connection, which a
resolver seam and a recording network backend prove without sending anything."""

from __future__ import annotations

import asyncio
import datetime as dt
import errno
import gzip
import ipaddress
import json
import os
import signal
import subprocess
import sys
import time

import httpcore
import httpx
import pytest
from typer.testing import CliRunner

from tests.conftest import ROOT
from tests.hostile_server import Answer, html_page, serve
from tests.support.cli import check, in_project, one_line_error  # noqa: F401  (in_project: an autouse fixture)
from verify import app as verify_app
from verify.article import html_to_article_text
from verify.htmltext import ParseTooSlow
from verify.models import Document, Evidence, Reason, Stance
from verify.report.html import to_html
from verify.safety import AddressGuard, GuardedBackend, is_public, literal_address, parse_allowed
from verify.sources.http import HttpClient, SourceError
from verify.sources.official import OfficialSource, main_text
from verify.sources.wikipedia import MAX_WHOLE_PAGE_CHARS, WikipediaSource, parse_infobox
from verify.sources.wikitext_limits import PARSE_SECONDS, infobox_within_limits, lead_within_limits
from verify.terminal import cell, line

runner = CliRunner()
run = asyncio.run
LOOPBACK_ONLY = parse_allowed(["127.0.0.1"])
BOMB = ROOT / "tests" / "data" / "hostile" / "zeros-2gib.gz.gz"


def loopback_client(**kwargs) -> HttpClient:
    """A real HTTP client whose official pages may come from 127.0.0.1 (the test server) only."""
    return HttpClient(max_retries=0, guard=AddressGuard(allowed=LOOPBACK_ONLY, **kwargs.pop("guard", {})), **kwargs)


async def fetch(url: str, http: HttpClient) -> Document:
    try:
        return await OfficialSource(http).fetch(url)
    finally:
        await http.aclose()


class NoConnections(httpcore.AsyncNetworkBackend):
    """A network backend that records where it was asked to connect and never connects."""

    def __init__(self) -> None:
        self.asked: list[tuple[str, int]] = []

    async def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):
        self.asked.append((host, port))
        raise httpcore.ConnectError("the tests connect nowhere")


def resolver(table: dict[str, list[str]]):
    """A getaddrinfo seam: names "resolve" to the addresses in `table`, nothing is sent."""
    calls = []

    def getaddrinfo(host, port):
        calls.append(host)
        return [(2, 1, 6, "", (address, port)) for address in table[host]]

    getaddrinfo.calls = calls
    return getaddrinfo


# -- 1. SSRF: numeric hosts, private names, redirects ---------------------------------------------
@pytest.mark.parametrize(
    ("host", "address"),
    [
        ("2130706433", "127.0.0.1"),
        ("127.1", "127.0.0.1"),
        ("0x7f000001", "127.0.0.1"),
        ("0177.0.0.1", "127.0.0.1"),
        ("0", "0.0.0.0"),
        ("2852039166", "169.254.169.254"),
        ("[::ffff:127.0.0.1]", "::ffff:127.0.0.1"),
        ("www.nato.int", None),
        ("127.0.0.1 evil.example", None),
    ],
)
def test_every_numeric_form_of_an_ipv4_address_is_read_as_that_address(host, address):
    expected = ipaddress.ip_address(address) if address else None
    assert literal_address(host) == expected


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1", "10.0.0.5", "172.16.0.1", "192.168.1.1", "169.254.169.254", "100.64.0.1", "0.0.0.0",
        "224.0.0.1", "240.0.0.1", "255.255.255.255", "::1", "::", "fe80::1", "fc00::1", "ff02::1",
        "::ffff:127.0.0.1", "::ffff:10.0.0.1", "64:ff9b::a00:1", "2002:7f00:1::",
    ],
)  # fmt: skip
def test_loopback_private_link_local_multicast_reserved_and_unspecified_addresses_are_not_public(address):
    assert not is_public(ipaddress.ip_address(address))


def test_public_addresses_are_public():
    assert all(is_public(ipaddress.ip_address(a)) for a in ("8.8.8.8", "2001:4860:4860::8888", "::ffff:8.8.8.8"))


@pytest.mark.parametrize(
    "target",
    [
        "http://2130706434/", "http://127.2/", "http://0x7f000002/", "http://0/", "http://2852039166/latest",
        "http://[::ffff:127.0.0.2]/", "http://[::ffff:7f00:2]/", "http://[fe80::1]/", "http://224.0.0.1/",
        "http://localhost./", "http://metadata.google.internal/",
    ],
)  # fmt: skip
def test_a_source_redirecting_to_a_numeric_or_local_host_is_refused_before_any_connection(target):
    with serve({"/moved": Answer(302, headers={"Location": target})}) as server:
        with pytest.raises(SourceError, match="redirects to a private address"):
            run(fetch(server.url + "/moved", loopback_client()))
        assert [path for path, _ in server.seen] == ["/moved"]


@pytest.mark.parametrize("host", ["2130706433", "127.1", "0x7f000001", "0", "[::ffff:7f00:1]", "[::1]"])
def test_a_source_on_a_private_address_in_any_form_is_refused_unless_allowed(host):
    asked = []
    http = HttpClient(transport=httpx.MockTransport(lambda r: asked.append(r) or httpx.Response(200)))
    with pytest.raises(SourceError, match="private address"):
        run(fetch(f"http://{host}/admin", http))
    assert asked == []


def test_a_redirect_from_one_private_address_to_another_is_refused_even_if_the_first_was_allowed():
    with serve({"/moved": Answer(302, headers={"Location": "http://127.0.0.2:9/"})}) as server:
        with pytest.raises(SourceError, match=r"private address.*127\.0\.0\.2"):
            run(fetch(server.url + "/moved", loopback_client()))
        assert len(server.seen) == 1


def test_a_public_name_that_resolves_to_a_private_address_is_refused_before_connecting():
    network = NoConnections()
    guard = AddressGuard(resolver=resolver({"www.nato.int": ["10.0.0.5"]}))
    backend = GuardedBackend(guard, inner=network)
    with pytest.raises(SourceError, match=r"www\.nato\.int resolves to a private address \(10\.0\.0\.5\)"):
        run(backend.connect_tcp("www.nato.int", 443))
    assert network.asked == []


def test_a_name_with_any_private_address_among_its_answers_is_refused():
    guard = AddressGuard(resolver=resolver({"mixed.example": ["93.184.216.34", "127.0.0.1"]}))
    with pytest.raises(SourceError, match="resolves to a private address"):
        run(guard.address_for("mixed.example", 80))


def test_the_connection_goes_to_the_checked_address_and_a_second_answer_cannot_rebind_it():
    """Resolved once, connected to the checked address: a resolver that would now answer with a
    private address is never asked again."""
    network = NoConnections()
    answers = iter([["93.184.216.34"], ["127.0.0.1"]])
    calls = []

    def rebinding(host, port):
        calls.append(host)
        return [(2, 1, 6, "", (a, port)) for a in next(answers)]

    backend = GuardedBackend(AddressGuard(resolver=rebinding), inner=network)
    for _ in range(2):
        with pytest.raises(httpcore.ConnectError):
            run(backend.connect_tcp("www.nato.int", 443))
    assert network.asked == [("93.184.216.34", 443), ("93.184.216.34", 443)]
    assert calls == ["www.nato.int"]


def test_a_named_host_is_fetched_from_the_checked_loopback_address_with_its_own_host_header():
    names = resolver({"official.test": ["127.0.0.1"]})
    with serve({"/a": html_page("<p>NATO has 32 members.</p>"), "/b": html_page("<p>Two.</p>")}) as server:
        port = server.url.rsplit(":", 1)[1]
        http = loopback_client(guard={"resolver": names})
        doc = run(fetch(f"http://official.test:{port}/a", http))
        run(fetch(f"http://official.test:{port}/b", http))
    assert "32 members" in doc.text and doc.url == f"http://official.test:{port}/a"
    assert server.seen == [("/a", f"official.test:{port}"), ("/b", f"official.test:{port}")]
    assert names.calls == ["official.test"]


def test_without_allow_private_the_loopback_server_itself_is_refused():
    with serve({"/page": html_page("<p>secret</p>")}) as server:
        with pytest.raises(SourceError, match="private address"):
            run(fetch(server.url + "/page", HttpClient(max_retries=0)))
        assert server.seen == []


def test_allow_private_takes_only_an_address(tmp_path):
    one_line_error(check("seeds/nato-defense-chiefs.txt", "--allow-private", "localhost", "--out", tmp_path),
                   "--allow-private takes an IP address")  # fmt: skip


def test_the_cli_fetches_a_source_on_an_allowed_loopback_address(tmp_path):
    with serve({"/nato": html_page("<main><p>NATO has 32 members.</p></main>")}) as server:
        source = ["--source", server.url + "/nato", "--allow-private", "127.0.0.1"]
        result = check("seeds/nato-defense-chiefs.txt", *source, "--live", "--wiki", server.url, "--out", tmp_path)
    report = (tmp_path / "nato-defense-chiefs.json").read_text()
    assert result.exit_code in {0, 1} and ("/nato", server.url.removeprefix("http://")) in server.seen
    assert "/nato unreachable" not in report


# -- 2. compression bombs ----------------------------------------------------------------------------
def bomb_answer(layers: int) -> Answer:
    twice = BOMB.read_bytes()
    body = twice if layers == 2 else gzip.decompress(twice)
    return Answer(200, body, {"Content-Type": "text/html", "Content-Encoding": ", ".join(["gzip"] * layers)})


def test_an_answer_compressed_twice_is_refused_without_inflating_it():
    with serve({"/bomb": bomb_answer(2)}) as server, pytest.raises(SourceError, match=r"compressed 2 times"):
        run(fetch(server.url + "/bomb", loopback_client()))


def test_a_gzip_bomb_is_inflated_only_up_to_the_size_cap():
    with serve({"/bomb": bomb_answer(1)}) as server, pytest.raises(SourceError, match="larger than 10,485,760"):
        run(fetch(server.url + "/bomb", loopback_client()))


def test_an_ordinary_gzip_answer_is_read():
    body = gzip.compress(b"<title>T</title><p>NATO has 32 members.</p>")
    page = Answer(200, body, {"Content-Type": "text/html", "Content-Encoding": "gzip"})
    with serve({"/page": page}) as server:
        assert "32 members" in run(fetch(server.url + "/page", loopback_client())).text


@pytest.mark.parametrize(
    ("answer", "reason"),
    [
        (Answer(200, b"not gzip at all", {"Content-Type": "text/html", "Content-Encoding": "gzip"}),
         "is not valid gzip data"),
        (Answer(200, gzip.compress(b"<p>NATO</p>" * 100)[:40], {"Content-Type": "text/html",
                                                                 "Content-Encoding": "gzip"}), "truncated"),
        (Answer(200, b"\x00" * 64, {"Content-Type": "text/html", "Content-Encoding": "br"}), "unasked-for compression"),
        (Answer(200, b"\x89PNG\r\n", {"Content-Type": "image/png"}), "not a web page"),
        (Answer(200, b"<html><script>x</script></html>", {"Content-Type": "text/html"}), "has no readable text"),
    ],
    ids=["bad-gzip", "truncated-gzip", "brotli", "image", "no-text"],
)  # fmt: skip
def test_garbage_answers_become_reasons(answer, reason):
    with serve({"/page": answer}) as server, pytest.raises(SourceError, match=reason):
        run(fetch(server.url + "/page", loopback_client()))


def test_a_page_that_trickles_in_is_cut_off_at_the_timeout():
    slow = Answer(200, b"<p>" + b"x" * 200 + b"</p>", {"Content-Type": "text/html"}, trickle=0.05)
    with serve({"/slow": slow}) as server:
        start = time.perf_counter()
        with pytest.raises(SourceError, match="timed out after 1 s"):
            run(fetch(server.url + "/slow", loopback_client(timeout=1)))
    assert time.perf_counter() - start < 5


PEAK_MEMORY = """
import asyncio, resource, sys
from verify.safety import AddressGuard, parse_allowed
from verify.sources.http import HttpClient, SourceError
from verify.sources.official import OfficialSource

async def main():
    http = HttpClient(max_retries=0, guard=AddressGuard(allowed=parse_allowed(["127.0.0.1"])))
    try:
        await OfficialSource(http).fetch(sys.argv[1])
    except SourceError as exc:
        print(exc.reason)
    await http.aclose()
    print(peak_mb())

def peak_mb():
    # this process's own peak (VmHWM starts afresh at exec); ru_maxrss would also carry the peak of
    # the parent it was forked from (a test process that has loaded the language model, say)
    try:
        for line in open("/proc/self/status"):
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) // 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024

asyncio.run(main())
"""


@pytest.mark.parametrize("layers", [2, 1], ids=["gzip-twice", "gzip-once"])
def test_an_answer_inflating_to_2_gib_keeps_the_client_under_200_mb(layers):
    with serve({"/bomb": bomb_answer(layers)}) as server:
        done = subprocess.run([sys.executable, "-c", PEAK_MEMORY, server.url + "/bomb"],
                              capture_output=True, text=True, timeout=60, cwd=ROOT)  # fmt: skip
    reason, peak_mb = done.stdout.strip().splitlines()
    print(f"peak RSS with a 2 GiB {layers}-layer gzip answer: {peak_mb} MB ({reason})")
    assert int(peak_mb) < 200 and ("refused" in reason or "larger than" in reason)


# -- 3. parsing bounded in time and depth --------------------------------------------------------------
def nested_article_html() -> str:
    return (
        "<!DOCTYPE html><html><body><h1>Nested</h1>"
        + "<p><b><i><span>" * 8000
        + "Russian President Vladimir Putin spoke on Friday.</body></html>"
    )


def test_a_120_kb_article_of_8000_unclosed_nested_tags_is_checked_quickly(tmp_path):
    path = tmp_path / "nested.html"
    path.write_text(nested_article_html())
    start = time.perf_counter()
    result = check(path, "--offline", "--fail-on", "never", "--out", tmp_path)
    took = time.perf_counter() - start
    print(f"120 KB nested-HTML article checked in {took:.2f} s")
    assert result.exit_code == 0 and took < 10  # a sanity bound; benchmarks/hostile.py prints the figure
    assert "Vladimir Putin" in json.loads((tmp_path / "nested.json").read_text())["claims"][0]["text"]


def test_nested_blocks_give_each_piece_of_text_once():
    markup = "<h1>T</h1><blockquote><p>Quoted.</p></blockquote><ul><li>A<ul><li>B</li></ul></li></ul>"
    text = html_to_article_text(markup)
    assert text == "T\n\nQuoted.\n\nA\n\nB\n"


def test_a_script_below_the_tracked_depth_is_still_dropped():
    markup = "<h1>T</h1>" + "<div>" * 600 + "<script>alert(1)</script><p>Kept.</p>"
    assert html_to_article_text(markup) == "T\n\nKept.\n"


def test_an_official_page_of_20000_nested_list_items_is_read_within_the_limits():
    page = "<main>" + "<ul><li>item " * 20000 + "NATO has 32 members." + "</li></ul>" * 20000 + "</main>"
    with serve({"/list": html_page(page)}) as server:
        start = time.perf_counter()
        doc = run(fetch(server.url + "/list", loopback_client(timeout=3, deadline=time.monotonic() + 20)))
        took = time.perf_counter() - start
    assert "NATO has 32 members." in doc.text and took < 10


def test_a_page_that_cannot_be_read_in_time_stops_at_the_limit():
    with pytest.raises(ParseTooSlow):
        main_text("<p>x</p>" * 50_000, max_seconds=0.0)


def test_wikitext_nested_too_deeply_is_not_parsed_but_the_page_keeps_its_text():
    hostile = "{{Infobox x|a=" + "{{t|" * 5000 + "}}" * 5000 + "}}"
    source = WikipediaSource(HttpClient(transport=httpx.MockTransport(wiki_answer(page(content=hostile)))))
    start = time.perf_counter()
    doc = run(source.lookup(["NATO"]))["NATO"].document
    assert doc is not None and doc.text == "NATO is an alliance." and doc.infobox == ()
    assert time.perf_counter() - start < 10


def test_an_infobox_that_would_make_the_parser_backtrack_is_cut_off_in_bounded_time():
    """8,000 characters of unclosed `[[a|{{b|<ref>` take mwparserfromhell seconds and grow with the
    square of their length; the parse runs in a child process killed after PARSE_SECONDS."""
    hostile = "{{Infobox x|a=" + "[[a|{{b|<ref>" * 600 + "}}"
    start = time.perf_counter()
    assert infobox_within_limits(hostile, parse_infobox) == ()
    assert time.perf_counter() - start < PARSE_SECONDS + 5


def test_a_well_formed_infobox_is_parsed_here_and_an_odd_one_in_the_child_process():
    def no_worker(fragment):
        raise AssertionError("a well-formed infobox needs no child process")

    tidy = "Intro {{Infobox officeholder|name=Dan Caine<ref>x</ref>|office=Chairman}} more {{Other|x}}"
    assert [f.label for f in infobox_within_limits(tidy, parse_infobox, no_worker)] == ["name", "office"]
    odd = "{{Infobox officeholder|name=Dan <small>Caine}}"
    assert [(f.label, f.value) for f in infobox_within_limits(odd, parse_infobox)] == [("name", "Dan <small>Caine")]


def test_an_earlier_revision_whose_lead_would_make_the_parser_backtrack_is_read_in_bounded_time():
    """A page read at the article's date takes its text from that revision's lead wikitext: 60,000
    characters of unclosed `[[a|{{b|<ref>` in one paragraph took the parser about 20 s here (the
    square of the length); such a lead is read in the child process, killed after PARSE_SECONDS."""
    hostile = "Intro. " + "[[a|{{b|<ref>" * 4_600
    old = {"pageid": 1, "title": "NATO", "revisions": [
        {"revid": 3, "timestamp": "2024-01-01T00:00:00Z", "slots": {"main": {"content": hostile}}}]}  # fmt: skip
    source = WikipediaSource(HttpClient(transport=httpx.MockTransport(wiki_answer(old))))
    current = Document(url="https://en.wikipedia.org/wiki/NATO", title="NATO", source="wikipedia", revision_id="7",
                       retrieved_at=dt.datetime(2026, 12, 2, tzinfo=dt.UTC), text="NATO is an alliance.")  # fmt: skip
    start = time.perf_counter()
    old_page = run(source.revision_at(current, dt.date(2024, 6, 1)))
    assert time.perf_counter() - start < PARSE_SECONDS + 5
    assert old_page is not None and old_page.revision_id == "3" and "[[" not in old_page.text


def test_an_ordinary_earlier_lead_is_read_here_and_a_hostile_one_in_the_child_process():
    def no_worker(wikitext):
        raise AssertionError("a well-formed lead needs no child process")

    lead = "{{Short description|x}}\n{{Infobox x|a=b}}\n'''NATO''' is an [[alliance]].<ref>{{cite web|url=u}}</ref>"
    assert lead_within_limits(lead, in_worker=no_worker) == "NATO is an alliance."
    sent = []
    hostile = "Intro. " + "[[a|{{b|<ref>" * 100
    assert lead_within_limits(hostile, in_worker=lambda text: sent.append(text) or "") == ""
    assert sent == [hostile]


def test_a_whole_page_longer_than_any_real_article_keeps_its_intro():
    """Judging reads a whole page once per undecided claim: 9 MB of extract took 2 to 8 s per claim,
    so an answer over MAX_WHOLE_PAGE_CHARS is refused and the intro read before stays."""
    intro = Document(url="https://en.wikipedia.org/wiki/NATO", title="NATO", source="wikipedia",
                     retrieved_at=dt.datetime(2026, 12, 2, tzinfo=dt.UTC), text="NATO is an alliance.")  # fmt: skip
    huge = {"pageid": 1, "title": "NATO", "extract": "NATO met in Brussels. " * (MAX_WHOLE_PAGE_CHARS // 20)}
    source = WikipediaSource(HttpClient(transport=httpx.MockTransport(wiki_answer(huge))))
    assert run(source.full_text(intro)) == intro
    whole = {"pageid": 1, "title": "NATO", "extract": "NATO is an alliance.\n== History ==\nNATO met in Brussels."}
    source = WikipediaSource(HttpClient(transport=httpx.MockTransport(wiki_answer(whole))))
    assert run(source.full_text(intro)).text == whole["extract"]


# -- 4. special files, capped inputs ------------------------------------------------------------------
@pytest.mark.parametrize("kind", ["fifo", "dev-zero", "symlink-to-dev-zero", "symlink-to-fifo"])
def test_special_files_are_refused_in_one_line(tmp_path, kind):
    path = tmp_path / "article.txt"
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "dev-zero":
        path = "/dev/zero"
    elif kind == "symlink-to-dev-zero":
        path.symlink_to("/dev/zero")
    else:
        os.mkfifo(tmp_path / "pipe")
        path.symlink_to(tmp_path / "pipe")
    start = time.perf_counter()
    one_line_error(check(path, "--out", tmp_path / "out"), "only regular files are read")
    assert time.perf_counter() - start < 10


@pytest.mark.parametrize(
    ("target", "message"), [("/dev/zero", "only regular files are read"), ("gone.txt", "no such file")]
)
def test_an_article_in_a_folder_that_is_no_regular_file_is_named_not_dropped(tmp_path, target, message):
    """Given alone, `a.txt -> /dev/zero` is refused in one line; in a folder it was left out without a
    word, so the batch reported every article checked while one the desk had filed was never read."""
    folder = tmp_path / "desk"
    folder.mkdir()
    (folder / "a.txt").symlink_to(target if target.startswith("/") else folder / target)
    (folder / "b.txt").write_text("B\n\nRussian President Vladimir Putin spoke.\n")
    result = check(folder, "--offline", "--out", tmp_path / "out")
    one_line_error(result, message)
    assert "a.txt" in next(line for line in result.stderr.splitlines() if line.startswith("verify: error:"))
    assert (tmp_path / "out" / "b.json").exists()
    assert "1 article could not be checked" in (tmp_path / "out" / "summary.md").read_text()


def test_a_sidecar_symlinked_to_dev_zero_is_refused_and_the_batch_goes_on(tmp_path):
    (tmp_path / "a.txt").write_text("A\n\nRussian President Vladimir Putin spoke.\n")
    (tmp_path / "a.meta.json").symlink_to("/dev/zero")
    (tmp_path / "b.txt").write_text("B\n\nRussian President Vladimir Putin spoke.\n")
    result = check(tmp_path / "a.txt", tmp_path / "b.txt", "--offline", "--out", tmp_path / "out")
    one_line_error(result, "a.meta.json: is a character device")
    assert (tmp_path / "out" / "b.json").exists()


@pytest.mark.parametrize(
    ("content", "message"),
    [("[" * 60_000, "JSON nested too deeply"), ('{"note": "' + "x" * 70_000 + '"}', "over the 65,536-byte limit"),
     ("[" * 40 + "]" * 40, "nested over 32 levels deep")],
    ids=["100000-deep", "over-64-KiB", "40-deep"],
)  # fmt: skip
def test_a_hostile_sidecar_is_one_line(tmp_path, content, message):
    (tmp_path / "a.txt").write_text("A\n\nRussian President Vladimir Putin spoke.\n")
    (tmp_path / "a.meta.json").write_text(content)
    one_line_error(check(tmp_path / "a.txt", "--offline", "--out", tmp_path / "out"), message)


def test_standard_input_is_read_up_to_the_byte_cap(tmp_path):
    one_line_error(check("-", "--max-bytes", 1000, "--out", tmp_path, input=b"x" * 5000), "over the 1,000-byte limit")
    result = check(
        "-",
        "--offline",
        "--fail-on",
        "never",
        "--out",
        tmp_path,
        input=b"T\n\nRussian President Vladimir Putin spoke.\n",
    )
    assert result.exit_code == 0 and (tmp_path / "stdin.json").exists()


def test_an_unreadable_file_in_a_batch_does_not_end_it(tmp_path, monkeypatch):
    real = verify_app.load_article

    def exhausted(path, **kwargs):
        if path.name == "a.txt":
            raise MemoryError
        return real(path, **kwargs)

    monkeypatch.setattr(verify_app, "load_article", exhausted)
    for name in ("a", "b"):
        (tmp_path / f"{name}.txt").write_text(f"{name}\n\nRussian President Vladimir Putin spoke.\n")
    result = check(tmp_path / "a.txt", tmp_path / "b.txt", "--offline", "--out", tmp_path / "out")
    one_line_error(result, "a.txt: cannot be read (MemoryError)")
    assert (tmp_path / "out" / "b.json").exists()


# -- 5. lost files ---------------------------------------------------------------------------------------
def test_out_set_to_the_article_folder_never_overwrites_the_article(tmp_path):
    story = tmp_path / "story.html"
    story.write_text("<html><body><h1>Story</h1><p>Russian President Vladimir Putin spoke.</p></body></html>")
    before = story.read_bytes()
    result = check(story, "--offline", "--fail-on", "never", "--format", "html", "--out", tmp_path)
    assert result.exit_code == 0 and story.read_bytes() == before
    assert (tmp_path / "story-html.html").exists()
    assert "verify: warning:" in result.stderr and "story-html" in result.stderr


def test_colliding_stems_get_distinct_names_and_a_warning(tmp_path):
    (tmp_path / "x.txt").write_text("Plain\n\nRussian President Vladimir Putin spoke.\n")
    (tmp_path / "x.html").write_text("<html><body><h1>Web</h1><p>U.S. President Donald Trump spoke.</p></body></html>")
    result = check(tmp_path / "x.txt", tmp_path / "x.html", "--offline", "--out", tmp_path / "out")
    titles = {json.loads(p.read_text())["article"]["title"] for p in (tmp_path / "out").glob("x*.json")}
    assert titles == {"Plain", "Web"} and "x-html" in result.stderr


@pytest.mark.parametrize("stem", ["index", "summary"])
def test_an_article_cannot_take_the_batch_files(tmp_path, stem):
    (tmp_path / f"{stem}.txt").write_text("Mine\n\nRussian President Vladimir Putin spoke.\n")
    (tmp_path / "other.txt").write_text("Other\n\nU.S. President Donald Trump spoke.\n")
    out = tmp_path / "out"
    check(tmp_path, "--offline", "--format", "html", "--format", "markdown", "--out", out)
    assert (out / "index.html").read_text().startswith('<!DOCTYPE html>\n<html lang="en"><head>')
    assert "Fact-check summary" in (out / "index.html").read_text()
    assert (out / "summary.md").read_text().startswith("# Fact-check summary")
    assert "Mine" in (out / f"{stem}-txt.html").read_text()


# -- 6. malformed wiki answers ---------------------------------------------------------------------------
def page(**fields) -> dict:
    return {"pageid": 1, "title": "NATO", "extract": "NATO is an alliance.", "revisions": [
        {"revid": 7, "slots": {"main": {"content": fields.pop("content", "")}}}], **fields}  # fmt: skip


def wiki_answer(page: dict):
    """A MockTransport handler answering every query with this one page."""
    return lambda request: httpx.Response(200, json={"query": {"pages": [page]}})


def raw_answer(body: bytes):
    return lambda request: httpx.Response(200, content=body, headers={"content-type": "application/json"})


@pytest.mark.parametrize(
    ("handler", "reason"),
    [
        (wiki_answer({"pageid": 1, "extract": "x"}), "Wikipedia's answer was malformed"),
        (wiki_answer(page(revisions="oops")), None),
        (wiki_answer(page(revisions=[{"slots": "no"}], fullurl="javascript:alert(1)")), None),
        (raw_answer(json.dumps({"query": ["a", "list"]}).encode()), "answered without a page list"),
        (raw_answer(b"[" * 100_000 + b"]" * 100_000), "nested too deeply"),
        (raw_answer(json.dumps({"query": {"pages": [{"title": ["x"]}]}}).encode()), "answer was malformed"),
        (wiki_answer({"title": 5, "missing": "yes"}), "answer was malformed"),
        (wiki_answer({"title": "NATO", "missing": "yes"}), "answer was malformed"),
    ],
    ids=["no-title", "revisions-string", "slots-string", "query-list", "100000-deep", "title-list", "title-number",
         "missing-string"],
)  # fmt: skip
def test_a_malformed_wiki_answer_is_a_reason_or_a_sane_page_never_a_crash(handler, reason):
    source = WikipediaSource(HttpClient(transport=httpx.MockTransport(handler), max_retries=0))
    found = run(source.lookup(["NATO"]))["NATO"]
    if reason is None:
        assert found.document is not None and found.document.url == "https://en.wikipedia.org/wiki/NATO"
    else:
        assert found.document is None and reason in found.reason


def test_a_page_list_of_the_wrong_shape_is_a_source_failure_never_a_missing_page():
    """`{"title": 5, "missing": "yes"}` read as "no page for 'NATO'": the claim then said the page did
    not exist, when the wiki had answered garbage."""
    source = WikipediaSource(HttpClient(transport=httpx.MockTransport(wiki_answer({"title": 5})), max_retries=0))
    found = run(source.lookup(["NATO"]))["NATO"]
    assert (found.code, found.unreachable) == (Reason.SOURCE_UNREACHABLE, True)
    assert "title" in found.reason


def test_an_article_checked_against_a_malformed_wiki_gets_a_report_with_reasons(tmp_path):
    http = HttpClient(transport=httpx.MockTransport(raw_answer(b"[" * 100_000)), max_retries=0)
    options = verify_app.RunOptions(
        out_dir=tmp_path, wiki="https://wiki.example", mode="live", cassettes=tmp_path, claims_dir=tmp_path
    )
    result = run(verify_app.check_all([ROOT / "seeds/nato-defense-chiefs.txt"], options, http))
    claims = result.reports[0].claims
    # the wiki answered, but nothing usable: no source could be consulted, and the reason says why
    assert not result.failed and all(c.verdict == "not_checked" for c in claims)
    assert "nested too deeply" in claims[0].rationale


def test_no_asyncio_shutdown_traceback_when_articles_fail_in_a_concurrent_batch(tmp_path):
    with serve({}) as wiki:
        script = (
            "import sys; from verify import app, cli\n"
            "async def broken(article, *a, **k): raise ValueError('boom')\n"
            "app.check_async = broken\n"
            "sys.argv = ['verify', 'check', 'seeds/nato-defense-chiefs.txt', 'tests/data/extraction/a01-wire-military-"
            f"committee.txt', '--live', '--concurrency', '2', '--retries', '0', '--wiki', {wiki.url!r}, "
            f"'--out', {str(tmp_path)!r}]\n"
            "cli.main()\n"
        )
        done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert done.returncode == 3 and "Traceback" not in done.stderr  # bugs: 3, as documented
    assert done.stderr.count("internal error (ValueError: boom)") == 2


# -- 7, 8. terminal and CI log safety -----------------------------------------------------------------------
HOSTILE_QUOTE = 'Hostile\n\nRussian President Vladimir Putin said "[/] [link=https://evil.example]click[/link] \x1b]0;owned\x07 \x1b[2J" on Friday.\n'  # noqa: E501


def test_markup_and_escape_sequences_in_an_article_reach_the_terminal_as_plain_text(tmp_path):
    path = tmp_path / "quote.txt"
    path.write_text(HOSTILE_QUOTE)
    result = check(path, "--offline", "--fail-on", "never", "--out", tmp_path, env={"COLUMNS": "200"})
    assert result.exit_code == 0 and "\x1b" not in result.stdout + result.stderr
    assert "[/]" in result.stdout and "[link=https://evil.example]" in result.stdout and "\\x1b[2J" in result.stdout


def reviewed_claim_file(folder, article_path, article_text: str, claim_text: str) -> None:
    """A claim file with one quote claim, as an editor could write it, for `article_path`."""
    start = article_text.index(claim_text)
    claim = {"id": "c1", "kind": "quote", "text": claim_text, "sentence": claim_text,
             "span": [start, start + len(claim_text)], "subject": "he", "relation": "said"}  # fmt: skip
    folder.mkdir(exist_ok=True)
    payload = {"article": str(article_path), "claims": [claim]}
    (folder / f"{article_path.stem}.json").write_text(json.dumps(payload))


def test_no_line_of_output_can_start_a_workflow_command(tmp_path):
    path = tmp_path / "inject\n::error::forged.txt"
    quote = "word word\n::error file=x::forged\n  ::warning::again"
    text = f'Forged\n\nHe said "{quote}" on Friday.\n'
    path.write_text(text)
    reviewed_claim_file(tmp_path / "claims", path, text, quote)
    result = check(path, "--offline", "--claims", tmp_path / "claims", "--out", tmp_path / "out",
                   env={"COLUMNS": "60", "GITHUB_ACTIONS": "true"})  # fmt: skip
    lines = (result.stdout + result.stderr).splitlines()
    assert result.exit_code == 0 and "::error file=x::forged" in result.stdout.replace("\u200b", "")
    # the only commands are verify's own annotation of the unverified quote, its file name escaped
    commands = [text for text in lines if text.lstrip().startswith("::")]
    assert len(commands) == 1 and commands[0].startswith("::warning file=") and "%0A%3A%3Aerror%3A%3A" in commands[0]


def test_an_annotation_shows_control_characters_as_escapes_not_as_terminal_commands(tmp_path):
    """A CI log is a terminal too: an article's ESC sequence (clear screen) or bidi override (text shown
    reversed) reaches the annotation as visible escapes, as it does the table."""
    path = tmp_path / "controls.txt"
    quote = "word \x1b[2J\u202eword"
    text = f'Controls\n\nHe said "{quote}" on Friday.\n'
    path.write_text(text)
    reviewed_claim_file(tmp_path / "claims", path, text, quote)
    result = check(path, "--offline", "--claims", tmp_path / "claims", "--out", tmp_path / "out",
                   env={"GITHUB_ACTIONS": "true"})  # fmt: skip
    (annotation,) = [text for text in result.stdout.splitlines() if text.startswith("::warning file=")]
    assert "\x1b" not in result.stdout and "\u202e" not in result.stdout
    assert "word \\x1b[2J\\u202eword" in annotation


def test_terminal_helpers_escape_controls_markup_and_workflow_commands():
    assert line("a\nb\x1b[31m") == "a\\x0ab\\x1b[31m"
    assert line("::error::x").startswith("\u200b::")
    assert cell("[bold]x[/]\n::warning::y").plain == "[bold]x[/] :\u200b:warning:\u200b:y"


# -- 9. evidence attribution and links ---------------------------------------------------------------------
def test_evidence_is_attributed_to_the_fetched_url_and_the_canonical_link_is_a_claim_of_the_page():
    page = html_page('<link rel="canonical" href="https://www.nato.int/official"><p>NATO has 32 members.</p>')
    with serve({"/mirror": page}) as server:
        doc = run(fetch(server.url + "/mirror", loopback_client()))
    assert doc.url == server.url + "/mirror"
    assert "calls https://www.nato.int/official its canonical address" in doc.link_reason


def test_report_links_are_only_web_links(seed):
    from verify.models import ClaimResult, Report, Verdict

    evidence = Evidence(url="javascript:alert(1)", title="Evil", snippet="x", score=90, stance=Stance.SUPPORTS,
                        retrieved_at=seed.as_of or "2025-08-21T00:00:00Z")  # fmt: skip
    claim = ClaimResult(id="c1", kind="other", text="Russian", sentence="s", span=(0, 7), verdict=Verdict.SUPPORTED,
                        confidence=0.9, evidence=[evidence], rationale="r")  # fmt: skip
    html = to_html(Report.build(seed, [claim]), seed.text)
    assert 'href="javascript' not in html and "Evil <small>(javascript:alert(1))</small>" in html


# -- 10. errors are one line -------------------------------------------------------------------------------------
def test_out_that_is_a_file_is_one_line_with_the_cause(tmp_path):
    (tmp_path / "file").write_text("x")
    one_line_error(check("seeds/nato-defense-chiefs.txt", "--offline", "--out", tmp_path / "file"),
                   "cannot write reports there (File exists)")  # fmt: skip


def test_a_full_disk_is_one_line_with_the_cause(tmp_path, monkeypatch):
    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr("verify.outputs.os.write", full)
    one_line_error(check("seeds/nato-defense-chiefs.txt", "--offline", "--out", tmp_path),
                   "cannot write reports there (No space left on device)")  # fmt: skip


def test_a_write_failing_midway_is_one_line_naming_the_report(tmp_path, monkeypatch):
    def read_only(*args, **kwargs):
        raise OSError(errno.EROFS, os.strerror(errno.EROFS))

    monkeypatch.setattr("verify.report.common.os.replace", read_only)
    one_line_error(check("seeds/nato-defense-chiefs.txt", "--offline", "--out", tmp_path),
                   "nato-defense-chiefs.json: cannot write report (Read-only file system)")  # fmt: skip


def test_a_claim_file_of_100000_brackets_is_one_line(tmp_path):
    (tmp_path / "nato-defense-chiefs.json").write_text("[" * 100_000)
    one_line_error(check("seeds/nato-defense-chiefs.txt", "--claims", tmp_path, "--out", tmp_path),
                   "JSON nested too deeply")  # fmt: skip


@pytest.mark.parametrize("flag", ["--out", "--claims", "--cassettes", "--baseline"])
def test_an_empty_path_option_is_one_line_not_the_current_folder(tmp_path, monkeypatch, flag):
    """`--out "$OUT"` with OUT unset wrote the reports into the current folder, and `--claims ""` read
    claim files from it, so the reviewed claims (skips, acceptances) were dropped without a word."""
    article = ROOT / "seeds/nato-defense-chiefs.txt"
    monkeypatch.chdir(tmp_path)
    rest = [] if flag == "--out" else ["--out", tmp_path / "out"]
    result = check(article, "--offline", flag, "", *rest)
    one_line_error(result, f"Invalid value for '{flag}': an empty path (an unset variable?)")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    "args", [["--bogus"], ["--concurrency", "0"], ["--format", "pdf"], ["--timeout", "soon"]], ids=str
)
def test_usage_errors_are_one_line(tmp_path, args):
    result = check("seeds/nato-defense-chiefs.txt", *args, "--out", tmp_path)
    assert result.exit_code == 2 and result.stdout == ""
    assert len(result.stderr.splitlines()) == 1 and result.stderr.startswith("verify: error:")


def test_a_cassette_field_of_the_wrong_type_names_the_cassette(tmp_path):
    tape = (ROOT / "fixtures/cassettes/nato-defense-chiefs.yaml").read_text()
    broken = tape.replace("    status:\n      code: 200", "    status:\n      code: ok", 1)
    (tmp_path / "nato-defense-chiefs.yaml").write_text(broken)
    result = check("seeds/nato-defense-chiefs.txt", "--cassettes", tmp_path, "--out", tmp_path)
    one_line_error(result, "nato-defense-chiefs.yaml: field 'interactions.0.response.status.code': str is not")


# -- 11. signals ----------------------------------------------------------------------------------------------------
BUSY = (
    "import sys; from verify import app, cli\n"
    "real = app.check_async\n"
    "async def busy_on_second(article, *args, **kwargs):\n"
    "    if article.stem != 'second':\n"
    "        return await real(article, *args, **kwargs)\n"
    "    print('busy', file=sys.stderr, flush=True)\n"
    "    while True:  # CPU-bound inside the event loop: no await for asyncio's own handler to act on\n"
    "        sum(range(1000))\n"
    "app.check_async = busy_on_second\n"
    "sys.argv = ['verify', 'check', 'seeds/nato-defense-chiefs.txt', {article!r}, '--offline', '--out', {out!r}]\n"
    "cli.main()\n"
)


@pytest.mark.parametrize(("signum", "code"), [(signal.SIGINT, 130), (signal.SIGTERM, 143)], ids=["SIGINT", "SIGTERM"])
def test_a_signal_stops_cpu_bound_work_at_once_with_one_line(tmp_path, signum, code):
    article = tmp_path / "second.txt"
    article.write_text("Second\n\nRussian President Vladimir Putin spoke.\n")
    script = BUSY.format(article=str(article), out=str(tmp_path))
    process = subprocess.Popen([sys.executable, "-c", script], cwd=ROOT, stderr=subprocess.PIPE, text=True)
    try:
        while (line_read := process.stderr.readline()) and line_read.strip() != "busy":
            pass
        sent = time.perf_counter()
        process.send_signal(signum)
        stderr = process.communicate(timeout=20)[1]
    finally:
        if process.poll() is None:  # the signal did not stop it: the test fails, the process goes
            process.kill()
            process.wait()
    assert process.returncode == code and time.perf_counter() - sent < 5
    last = stderr.strip().splitlines()[-1]
    assert last.startswith("verify: interrupted; not checked: ") and "second.txt" in last and "Traceback" not in stderr
    assert "reports written: " in last and "nato-defense-chiefs.json" in last
    assert json.loads((tmp_path / "nato-defense-chiefs.json").read_text())["summary"]["supported"] == 9


# -- 12. options and spans ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("option", "value", "message"),
    [
        ("--timeout", "-1", "--timeout must be more than 0"),
        ("--timeout", "0", "--timeout must be more than 0"),
        ("--retries", "-1", "--retries must be 0 or more"),
        ("--deadline", "0", "--deadline must be more than 0"),
        ("--max-bytes", "0", "--max-bytes must be more than 0"),
        ("--concurrency", "0", "--concurrency"),
    ],
)
def test_nonsense_numeric_options_are_refused(tmp_path, option, value, message):
    one_line_error(check("seeds/nato-defense-chiefs.txt", option, value, "--out", tmp_path), message)


@pytest.mark.parametrize(
    ("span", "text", "message"),
    [((-10, -2), "", "is not a non-empty range"), ((50, 10), "", "is not a non-empty range"),
     ((5, 5), "", "is not a non-empty range"), ((0, 10**9), "x", "is not a non-empty range"),
     ((0, 3), "   ", "field 'claims.0.text': empty")],
)  # fmt: skip
def test_claim_spans_must_be_a_nonempty_range_of_the_article(tmp_path, span, text, message):
    data = json.loads((ROOT / "claims/nato-defense-chiefs.json").read_text())
    data["claims"][0].update(span=list(span), text=text)
    (tmp_path / "nato-defense-chiefs.json").write_text(json.dumps(data))
    one_line_error(check("seeds/nato-defense-chiefs.txt", "--claims", tmp_path, "--out", tmp_path), message)


def test_offline_replay_never_waits_for_a_recorded_retry_after(tmp_path):
    with serve({"/w/api.php": Answer(503, b"busy", {"Retry-After": "91"})}) as server:
        record = check("seeds/nato-defense-chiefs.txt", "--record", "--wiki", server.url, "--retries", 0,
                       "--cassettes", tmp_path, "--out", tmp_path)  # fmt: skip
    assert record.exit_code in {0, 1, 2} and (tmp_path / "nato-defense-chiefs.yaml").exists()
    start = time.perf_counter()
    replay = check("seeds/nato-defense-chiefs.txt", "--offline", "--wiki", server.url, "--retries", 3,
                   "--cassettes", tmp_path, "--out", tmp_path)  # fmt: skip
    assert time.perf_counter() - start < 10 and "Traceback" not in replay.output


def test_a_wiki_answer_without_its_query_is_unusable_not_a_missing_page(tmp_path):
    """`{"batchcomplete": true}` and no `query` for a title look-up (a hand-edited or truncated
    cassette, a broken mirror): every claim was sent on to search, and replayed, ended as
    `not_in_cassette` ('run with --record-new'), which would not have helped."""
    seen = []

    def handler(request):
        seen.append(request.url)
        return httpx.Response(200, json={"batchcomplete": True})

    http = HttpClient(transport=httpx.MockTransport(handler), max_retries=0)
    options = verify_app.RunOptions(
        out_dir=tmp_path, wiki="https://wiki.example", mode="live", cassettes=tmp_path, claims_dir=tmp_path
    )
    claims = run(verify_app.check_all([ROOT / "seeds/nato-defense-chiefs.txt"], options, http)).reports[0].claims
    assert {c.reason.value for c in claims} == {"source_unreachable"}
    assert any("answered without a page list" in c.rationale for c in claims)
    assert not [u for u in seen if u.params.get("generator") == "search"]  # no searches sent to a wiki like that


def test_sigterm_while_the_parse_thread_works_on_later_articles_exits_143_not_an_abort(tmp_path):
    """Stopped mid-batch, the process used to die in interpreter shutdown with the next article's
    parse still running on its thread: 'libblis: Aborting.', SIGABRT (exit 134, -6 here) in 3 of 4
    runs, not the documented 143. Two runs, each stopped while the next articles are parsed."""
    folder = tmp_path / "in"
    folder.mkdir()
    seed = (ROOT / "seeds/nato-defense-chiefs.txt").read_text(encoding="utf-8")
    for number in range(1, 9):  # each its own text (no parse shared), enough that the run is not over in 0.5 s
        (folder / f"a{number}.txt").write_text(f"{seed}\nThis is copy number {number} of the article.\n" * 2)
    for round_ in range(2):
        out = tmp_path / f"out{round_}"
        command = [sys.executable, "-m", "verify", "check", str(folder), "--offline", "--out", str(out)]
        process = subprocess.Popen(command, cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        try:
            first = process.stderr.readline()  # the first article is being judged; the next ones are being parsed
            time.sleep(0.5)
            process.send_signal(signal.SIGTERM)
            stderr = process.communicate(timeout=30)[1]
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()
        assert "a1.txt" in first and process.returncode == 143, stderr
        assert "libblis" not in stderr and stderr.strip().splitlines()[-1].startswith("verify: interrupted;")
        assert "not checked (the run was stopped)" in (out / "summary.md").read_text()
