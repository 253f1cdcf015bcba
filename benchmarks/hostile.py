"""Figures for hostile input, printed (not asserted; tests/test_hostile.py holds generous bounds):

    python benchmarks/hostile.py

1. a 120 KB HTML article of 8,000 unclosed `<p><b><i><span>`, checked by `verify check --offline`
   as a whole process (wall time, start-up included);
2. an official page of 20,000 nested `<ul><li>` from a loopback server, fetched and read with
   `--timeout 3 --deadline 20`;
3. peak memory (ru_maxrss of a fresh process) of fetching answers that inflate to 2 GiB: gzip
   twice (`Content-Encoding: gzip, gzip`, 3.5 KB on the wire) and gzip once (2 MB on the wire);
4. a 200 KB article on one line with no full stop, extracted by a fresh process: CPU seconds, peak
   memory and the size of its claim file (each claim carried the whole line: 226 MB).

Servers run only on 127.0.0.1 and stop by themselves.
"""

from __future__ import annotations

import asyncio
import gzip
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.hostile_server import Answer, html_page, serve  # noqa: E402
from verify.safety import AddressGuard, parse_allowed  # noqa: E402
from verify.sources.http import HttpClient  # noqa: E402
from verify.sources.official import OfficialSource  # noqa: E402

BOMB = ROOT / "tests" / "data" / "hostile" / "zeros-2gib.gz.gz"

PEAK_MEMORY_CLIENT = """
import asyncio, resource, sys
from verify.safety import AddressGuard, parse_allowed
from verify.sources.http import HttpClient, SourceError
from verify.sources.official import OfficialSource

async def main():
    http = HttpClient(timeout=20, max_retries=0, guard=AddressGuard(allowed=parse_allowed(["127.0.0.1"])))
    try:
        await OfficialSource(http).fetch(sys.argv[1])
        outcome = "fetched"
    except SourceError as exc:
        outcome = exc.reason
    finally:
        await http.aclose()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{peak_mb:.1f}\\t{outcome}")

asyncio.run(main())
"""


ONE_LINE_EXTRACT = """
import resource, sys, time
from pathlib import Path
from verify.article import load_article
from verify.claimfile import ClaimFile
from verify.extract import extract_claims

article = load_article(Path(sys.argv[1]))
claims = extract_claims(article)
size = len(ClaimFile(article=article.path, claims=claims).model_dump_json(indent=2))
peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"{time.process_time():.1f}\t{peak_mb:.0f}\t{len(claims)}\t{size / 1e6:.1f}")
"""


def one_line_article(size: int = 200_000) -> str:
    """Title, blank line, then sentences without full stops on one line: roles, lengths, counts."""
    said = [
        "Norwegian Defence Minister Anna Berg met officials in the capital on Monday",
        "the talks lasted 4 hours said Foreign Minister Tom Hale who has led the ministry since 2019",
        "about 300 soldiers took part in the exercise according to Army chief General Ruth Okafor",
    ]
    words, n = [], 0
    while sum(map(len, words)) + len(words) < size:
        words.append(said[n % len(said)])
        n += 1
    return "Ministers meet\n\n" + " ".join(words) + "\n"


def nested_article() -> str:
    return (
        "<!DOCTYPE html><html><body><h1>Nested</h1>"
        + "<p><b><i><span>" * 8000
        + "Russian President Vladimir Putin spoke on Friday.</body></html>"
    )


def nested_list_page() -> str:
    return "<main>" + "<ul><li>item " * 20000 + "NATO has 32 members." + "</li></ul>" * 20000 + "</main>"


def peak_memory(url: str) -> tuple[float, str]:
    """(peak RSS in MB, what the fetch ended with) of a fresh process fetching `url`."""
    done = subprocess.run(
        [sys.executable, "-c", PEAK_MEMORY_CLIENT, url], capture_output=True, text=True, timeout=120, cwd=ROOT
    )
    peak, outcome = done.stdout.strip().split("\t", 1)
    return float(peak), outcome


def bomb_routes() -> dict[str, Answer]:
    twice = BOMB.read_bytes()
    once = gzip.decompress(twice)
    html = {"Content-Type": "text/html"}
    return {
        "/twice": Answer(200, twice, {**html, "Content-Encoding": "gzip, gzip"}),
        "/once": Answer(200, once, {**html, "Content-Encoding": "gzip"}),
    }


async def read_nested_list(url: str) -> tuple[float, int]:
    http = HttpClient(
        timeout=3, deadline=time.monotonic() + 20, guard=AddressGuard(allowed=parse_allowed(["127.0.0.1"]))
    )
    start = time.perf_counter()
    try:
        doc = await OfficialSource(http).fetch(url)
    finally:
        await http.aclose()
    return time.perf_counter() - start, len(doc.text.splitlines())


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        article = Path(tmp) / "nested.html"
        article.write_text(nested_article())
        start = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-m", "verify.cli", "check", str(article), "--offline", "--out", tmp],
            capture_output=True,
            text=True,
            cwd=ROOT,
        )
        took = time.perf_counter() - start
        print(f"nested HTML article ({article.stat().st_size:,} bytes): exit {done.returncode}, {took:.2f} s")
        line = Path(tmp) / "one-line.txt"
        line.write_text(one_line_article())
        done = subprocess.run(
            [sys.executable, "-c", ONE_LINE_EXTRACT, str(line)], capture_output=True, text=True, cwd=ROOT
        )
        cpu, peak, claims, megabytes = done.stdout.strip().split("\t")
        print(
            f"one-line article ({line.stat().st_size:,} bytes): extracted in {cpu} s CPU, peak RSS {peak} MB, "
            f"{claims} claims, claim file {megabytes} MB"
        )
    with serve({"/list": html_page(nested_list_page())}) as server:
        took, lines = asyncio.run(read_nested_list(server.url + "/list"))
        print(f"official page of 20,000 nested <ul><li>: read in {took:.2f} s, {lines:,} text lines")
    with serve(bomb_routes()) as server:
        for path, label in (("/twice", "gzip, gzip (3.5 KB)"), ("/once", "gzip once (2 MB)")):
            peak, outcome = peak_memory(server.url + path)
            print(f"answer inflating to 2 GiB, {label}: peak RSS {peak:.0f} MB; {outcome}")


if __name__ == "__main__":
    main()
