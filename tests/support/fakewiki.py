"""A MediaWiki-compatible stand-in, serving a directory of stored pages: for fixtures, tests, benchmarks.

It answers the Action API calls `WikipediaSource` makes (titles look-ups with redirects and
normalisation, `generator=search`/`list=search`, extracts, info, pageprops, revisions: section 0
or the whole page) in the real `formatversion=2` shapes, so the same client code runs against it and
against Wikipedia. Page and revision ids are synthetic (stable hashes): stored copies have none.

`FakeWiki.handler` is an httpx transport handler; `serve()` puts it on 127.0.0.1 with switches for
latency and faults (429 with Retry-After, 503, maxlag, truncated JSON).
"""

from __future__ import annotations

import email.utils
import hashlib
import html
import json
import re
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qsl

import httpx
from rapidfuzz import fuzz

from tests.support.livemanner import section0

EXLIMIT_MAX = 20
SYNTHETIC_REVISIONS_FROM = 9_000_000_000
STOPWORDS = frozenset(["a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with"])


def _stable_int(text: str, digits: int) -> int:
    return int(hashlib.sha256(text.encode()).hexdigest(), 16) % 10**digits


@dataclass
class StoredPage:
    title: str
    lead: list[str]
    template: str | None
    fields: list[tuple[str, str]]
    redirects: list[str]
    disambiguation: bool = False
    stored_copy_url: str = ""
    timestamp: str = "2025-06-02T00:00:00Z"  # the stored copy's apparent date (approximate), ISO 8601 UTC
    sections: list[dict] = field(default_factory=list)  # the body the stored copy holds: heading, paragraphs
    _wikitext: tuple[tuple, str] | None = field(default=None, repr=False, compare=False)

    @property
    def extract(self) -> str:
        return "\n".join(self.lead)

    def whole_extract(self, section_format: str = "wiki") -> str:
        """The whole article as TextExtracts gives it without `exintro`: the lead, then each section's
        heading (`== H ==` with `exsectionformat=wiki`, the bare heading with `plain`) and paragraphs."""
        parts = ["\n".join(self.lead)]
        for section in self.sections:
            heading = f"== {section['heading']} ==" if section_format == "wiki" else section["heading"]
            parts.append("\n".join([heading, *section["paragraphs"]]))
        return "\n\n".join(p for p in parts if p)

    @property
    def whole_wikitext(self) -> str:
        """The whole page's wikitext, as `prop=revisions` without `rvsection` gives it: section 0, then
        the body sections the stored copy holds (each `== Heading ==` and its paragraphs, as stored);
        a copy without sections is its section 0 alone."""
        body = "".join(
            "\n\n" + "\n".join([f"== {section['heading']} ==", *section["paragraphs"]]) for section in self.sections
        )
        return self.wikitext + body

    @property
    def length(self) -> int:
        """The page's size in bytes, as `prop=info` gives it: the whole wikitext."""
        return len(self.whole_wikitext.encode())

    @property
    def pageid(self) -> int:
        return 1_000_000 + _stable_int(self.title, 7)

    @property
    def revid(self) -> int:
        """Synthetic: ten digits from 9_000_000_000 up, far above any en.wikipedia revision (about
        1.3 billion in 2025), so that no one takes it for a real one."""
        return SYNTHETIC_REVISIONS_FROM + _stable_int(self.title + self.timestamp + self.extract + repr(self.fields), 8)

    @property
    def wikitext(self) -> str:
        """Section 0 as the live site writes it (see `tests.support.livemanner`); built once per
        content, as a server would store it, so serving costs no markup work."""
        key = (self.title, self.template, tuple(self.fields), tuple(self.lead), self.stored_copy_url)
        if self._wikitext is None or self._wikitext[0] != key:
            self._wikitext = (key, section0(self))
        return self._wikitext[1]


def load_pages(directory: Path) -> dict[str, StoredPage]:
    """The current revision of every page: the newest stored copy of each title."""
    return {title: revisions[-1] for title, revisions in load_history(directory).items()}


def load_history(directory: Path) -> dict[str, list[StoredPage]]:
    """Every stored copy of each title as one revision, oldest first (by the copy's timestamp)."""
    pages: dict[str, list[StoredPage]] = {}
    for path in sorted(directory.glob("*.json")):
        raw = json.loads(path.read_text(encoding="utf-8"))
        box = raw.get("infobox") or {}
        page = StoredPage(
            title=raw["title"],
            lead=raw["lead"],
            template=box.get("template"),
            fields=[tuple(f) for f in box.get("fields", [])],
            redirects=raw.get("redirects", []),
            disambiguation=raw.get("disambiguation", False),
            stored_copy_url=raw.get("stored_copy_url", ""),
            timestamp=raw.get("timestamp", "2025-06-02T00:00:00Z"),
            sections=raw.get("sections", []),
        )
        pages.setdefault(page.title, []).append(page)
    for revisions in pages.values():
        revisions.sort(key=lambda p: p.timestamp)
    return pages


def normalise_title(title: str) -> str:
    title = " ".join(title.replace("_", " ").split())
    return title[:1].upper() + title[1:]


@dataclass
class Faults:
    """What the server should do wrong, for the first `count` API requests (or all with count=-1)."""

    kind: str | None = None  # "429", "503", "maxlag", "truncated", "html", "slow"
    count: int = 0
    retry_after: str | None = "1"
    latency: float = 0.0  # added to every answer (benchmarks)
    slow_seconds: float = 30.0  # how long a "slow" answer takes (served by `serve` only)
    served: int = 0

    def active(self) -> bool:
        return bool(self.kind) and (self.count < 0 or self.served < self.count)


OFFICIAL_PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<link rel="canonical" href="{url}"><script>window.tracking = true;</script></head><body>
<header><nav><a href="/">Home</a> | <a href="/about">About</a> | <a href="/news">News</a></nav></header>
<div class="cookie-banner" role="dialog">This site uses cookies. <button>Accept</button></div>
<main><h1>{title}</h1>
{paragraphs}
</main>
<footer>Site map | Privacy | Accessibility</footer>
<script>document.write("injected");</script></body></html>"""


@dataclass
class FakeWiki:
    pages: dict[str, StoredPage]
    base_url: str = "https://en.wikipedia.org"
    faults: Faults = field(default_factory=Faults)
    requests: list[str] = field(default_factory=list)
    official: dict[str, tuple[str, str]] = field(default_factory=dict)  # url -> (title, text)
    history: dict[str, list[StoredPage]] = field(default_factory=dict)  # title -> revisions, oldest first

    def add_official_pages(self, reference_dir: Path) -> None:
        """Serve the stored official pages (kind 'official') at their own URLs, as HTML with the
        usual chrome around the stored text (navigation, cookie banner, scripts, footer), so the
        text extraction has something to strip."""
        for path in sorted(reference_dir.glob("*.json")):
            raw = json.loads(path.read_text(encoding="utf-8"))
            if raw.get("kind") == "official":
                self.official[raw["url"]] = (raw["title"], raw["text"])

    def _official(self, request: httpx.Request) -> httpx.Response | None:
        page = self.official.get(str(request.url))
        if page is None:
            return None
        title, text = page
        paragraphs = "\n".join(f"<p>{html.escape(p.strip())}</p>" for p in text.split("\n") if p.strip())
        body = OFFICIAL_PAGE.format(title=html.escape(title), url=html.escape(str(request.url)), paragraphs=paragraphs)
        return httpx.Response(
            200,
            text=body,
            headers={
                "content-type": "text/html; charset=utf-8",
                "last-modified": "Mon, 02 Jun 2025 00:00:00 GMT",
                "date": email.utils.formatdate(usegmt=True),
            },
        )

    @classmethod
    def from_directory(cls, directory: Path, base_url: str = "https://en.wikipedia.org") -> FakeWiki:
        history = load_history(directory)
        current = {title: revisions[-1] for title, revisions in history.items()}
        return cls(current, base_url.rstrip("/"), history=history)

    @property
    def redirect_map(self) -> dict[str, str]:
        return {normalise_title(r): p.title for p in self.pages.values() for r in p.redirects}

    # -- the transport -------------------------------------------------------------------------
    def handler(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(str(request.url))
        official = self._official(request)
        if official is not None:
            return official
        if request.url.path != "/w/api.php":
            return httpx.Response(404, text="Not Found", headers={"content-type": "text/html"})
        params = dict(parse_qsl(request.url.query.decode()))
        faulty = self._fault()
        if faulty is not None:
            return faulty
        body = self.api(params)
        headers = {"content-type": "application/json; charset=utf-8", "date": email.utils.formatdate(usegmt=True)}
        return httpx.Response(200, json=body, headers=headers)

    def _fault(self) -> httpx.Response | None:
        f = self.faults
        if f.latency:
            time.sleep(f.latency)
        if not f.active() or f.kind == "slow":
            return None
        f.served += 1
        headers = {"Retry-After": f.retry_after} if f.retry_after else {}
        match f.kind:
            case "429" | "503":
                return httpx.Response(int(f.kind), text="busy", headers=headers)
            case "maxlag":
                body = {
                    "error": {
                        "code": "maxlag",
                        "info": "Waiting for db1: 7 seconds lagged",
                        "host": "db1",
                        "lag": 7,
                        "docref": "See https://en.wikipedia.org/w/api.php for API usage.",
                    }
                }
                return httpx.Response(200, json=body, headers={**headers, "X-Database-Lag": "7"})
            case "truncated":
                return httpx.Response(
                    200,
                    content=b'{"batchcomplete": true, "query": {"pages": [{"pageid": 1',
                    headers={"content-type": "application/json; charset=utf-8"},
                )
            case "html":
                return httpx.Response(
                    200, text="<html><body>Service unavailable</body></html>", headers={"content-type": "text/html"}
                )
        return None

    # -- the API -------------------------------------------------------------------------------
    def api(self, params: dict[str, str]) -> dict:
        if params.get("action") != "query" or params.get("format") != "json":
            return self._error("badvalue", "Only action=query&format=json is served by this test wiki.")
        if params.get("formatversion") != "2":
            return self._error("badvalue", "This test wiki answers formatversion=2 only.")
        query: dict = {}
        single_page_only = [k for k in ("rvstart", "rvend", "rvlimit", "rvdir") if k in params]
        if single_page_only and len(params.get("titles", "").split("|")) > 1:
            return self._error(
                "multpages",
                "titles, pageids or a generator was used to supply multiple pages, but the rvlimit, rvstartid, "
                "rvendid, rvdir=newer, rvuser, rvexcludeuser, rvstart, and rvend parameters may only be used on "
                "a single page.",
            )
        if "titles" in params:
            pages = self._titles(params["titles"].split("|"), params.get("redirects") == "1", query)
        elif params.get("generator") == "search":
            pages = self._search(params.get("gsrsearch", ""), int(params.get("gsrlimit", "10")))
        elif params.get("list") == "search":
            hits = self._search(params.get("srsearch", ""), int(params.get("srlimit", "10")))
            query["searchinfo"] = {"totalhits": len(hits)}
            query["search"] = [
                {
                    "ns": 0,
                    "title": p.title,
                    "pageid": p.pageid,
                    "size": len(p.wikitext),
                    "wordcount": len(p.wikitext.split()),
                }
                for p, _ in hits
            ]
            return {"batchcomplete": True, "query": query}
        else:
            return self._error("missingparam", "One of the parameters titles, generator, list is required.")
        query["pages"] = [self._page(p, idx, params) for p, idx in pages]
        return {"batchcomplete": True, "query": query}

    @staticmethod
    def _error(code: str, info: str) -> dict:
        return {
            "error": {"code": code, "info": info, "docref": "See https://en.wikipedia.org/w/api.php for API usage."}
        }

    def _titles(self, titles: list[str], follow: bool, query: dict) -> list[tuple[StoredPage | str, None]]:
        normalized, redirects, out = [], [], []
        for raw in titles:
            title = normalise_title(raw)
            if title != raw:
                normalized.append({"fromencoded": False, "from": raw, "to": title})
            if follow and title in self.redirect_map:
                redirects.append({"from": title, "to": self.redirect_map[title]})
                title = self.redirect_map[title]
            out.append((self.pages.get(title, title), None))
        if normalized:
            query["normalized"] = normalized
        if redirects:
            query["redirects"] = redirects
        unique = list({(p.title if isinstance(p, StoredPage) else p): (p, i) for p, i in out}.values())
        # Missing pages come first, then pages by id, as MediaWiki orders them.
        return sorted(
            unique, key=lambda pi: (isinstance(pi[0], StoredPage), pi[0].pageid if isinstance(pi[0], StoredPage) else 0)
        )

    def _search(self, text: str, limit: int) -> list[tuple[StoredPage, int]]:
        """Rank pages roughly as a full-text engine would: the share of the query's words a page
        holds (title, lead and infobox), the whole phrase, then title likeness. Not CirrusSearch."""
        terms = [w for w in re.findall(r"\w+", text.lower()) if w not in STOPWORDS]
        phrase = " ".join(text.lower().split())
        scored = []
        for page in self.pages.values():
            body = " ".join([page.title, page.extract, *(v for _, v in page.fields)]).lower()
            words = set(re.findall(r"\w+", body))
            share = sum(t in words for t in terms) / len(terms) if terms else 0.0
            if share < 0.5:
                continue
            score = 100 * share + 30 * (phrase in body) + fuzz.token_set_ratio(text, page.title) / 10
            scored.append((score, page.title, page))
        scored.sort(key=lambda s: (-s[0], s[1]))
        return [(page, rank + 1) for rank, (_, _, page) in enumerate(scored[:limit])]

    def _edit_url(self, title: str) -> str:
        return f"{self.base_url}/w/index.php?title={title.replace(' ', '_')}&action=edit"

    def _page(self, page: StoredPage | str, index: int | None, params: dict[str, str]) -> dict:
        props = set(params.get("prop", "").split("|"))
        if isinstance(page, str):
            entry: dict = {"ns": 0, "title": page, "missing": True}
            if "info" in props and "url" in params.get("inprop", ""):
                url = f"{self.base_url}/wiki/{page.replace(' ', '_')}"
                entry.update(fullurl=url, editurl=self._edit_url(page), canonicalurl=url)
            return entry
        entry = {"pageid": page.pageid, "ns": 0, "title": page.title}
        if index is not None:
            entry["index"] = index
        if "extracts" in props:
            whole = "exintro" not in params
            entry["extract"] = page.whole_extract(params.get("exsectionformat", "wiki")) if whole else page.extract
        if "info" in props:
            url = f"{self.base_url}/wiki/{page.title.replace(' ', '_')}"
            entry.update(
                contentmodel="wikitext",
                pagelanguage="en",
                pagelanguagehtmlcode="en",
                pagelanguagedir="ltr",
                lastrevid=page.revid,
                length=page.length,
            )
            if "url" in params.get("inprop", ""):
                entry.update(fullurl=url, editurl=self._edit_url(page.title), canonicalurl=url)
        if "pageprops" in props and page.disambiguation:
            entry["pageprops"] = {"disambiguation": ""}
        if "revisions" in props:
            revisions = self._revisions(page, params)
            if revisions:
                entry["revisions"] = revisions
        return entry

    def _revisions(self, page: StoredPage, params: dict[str, str]) -> list[dict]:
        """The current revision, or with `rvstart` (and `rvdir=older`, the default) the newest
        revision at or before that time; none when the page's history starts later, as MediaWiki
        then answers the page without a `revisions` list. Its content is section 0 with
        `rvsection=0`, else the whole page (the sections this fake serves are 0 and the whole)."""
        history = self.history.get(page.title, [page])
        chosen = history[-1]
        if "rvstart" in params:
            start = params["rvstart"]
            if params.get("rvdir", "older") == "older":
                older = [r for r in history if r.timestamp <= start]
                if not older:
                    return []
                chosen = older[-1]
            else:
                newer = [r for r in history if r.timestamp >= start]
                if not newer:
                    return []
                chosen = newer[0]
        rvprop = set(params.get("rvprop", "ids|timestamp|flags|comment|user").split("|"))
        index = history.index(chosen) if chosen in history else len(history) - 1
        parent = history[index - 1].revid if index > 0 else 0
        rev: dict = {}
        if "ids" in rvprop:
            rev.update(revid=chosen.revid, parentid=parent)
        if "timestamp" in rvprop:
            rev["timestamp"] = chosen.timestamp
        if "content" in rvprop:
            content = chosen.wikitext if params.get("rvsection") == "0" else chosen.whole_wikitext
            rev["slots"] = {"main": {"contentmodel": "wikitext", "contentformat": "text/x-wiki", "content": content}}
        return [rev]


@contextmanager
def serve(wiki: FakeWiki, host: str = "127.0.0.1", port: int = 0) -> Iterator[str]:
    """Serve `wiki` on a loopback port (a free one unless given) for the duration of the block;
    yields its base URL."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if wiki.faults.kind == "slow" and wiki.faults.active():
                wiki.faults.served += 1
                time.sleep(wiki.faults.slow_seconds)
            url = f"http://{self.headers.get('Host', host)}{self.path}"
            response = wiki.handler(httpx.Request("GET", url, headers=dict(self.headers)))
            body = response.content
            self.send_response(response.status_code)
            for name, value in response.headers.items():
                if name.lower() not in {"content-length", "transfer-encoding", "connection"}:
                    self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer((host, port), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://{host}:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


PAGES = Path(__file__).resolve().parents[2] / "fixtures" / "wiki" / "pages"


def main() -> None:
    """`python -m tests.support.fakewiki [PAGES_DIR] [--port N] [--latency SECONDS]`: serve the
    fixture wiki on 127.0.0.1 until killed, printing its base URL on the first line (try it with
    `verify check ARTICLE --wiki URL --live`; benchmarks run it in its own process, so its work is
    not counted as the tool's)."""
    import argparse

    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("pages", type=Path, nargs="?", default=PAGES)
    parser.add_argument("--port", type=int, default=0, help="port on 127.0.0.1 (default: a free one)")
    parser.add_argument("--latency", type=float, default=0.0)
    args = parser.parse_args()
    wiki = FakeWiki.from_directory(args.pages)
    wiki.faults.latency = args.latency
    with serve(wiki, port=args.port) as url:
        wiki.base_url = url
        print(url, flush=True)
        threading.Event().wait()


if __name__ == "__main__":
    main()
