"""Wikipedia (any MediaWiki) through the Action API: batched title look-ups first, search second.

One `titles=A|B|C` query brings, for up to 20 pages, the plain-text intro (`prop=extracts`), the
revision id and URL (`prop=info`), the disambiguation flag (`prop=pageprops`) and the lead
section's wikitext (`prop=revisions&rvsection=0`), whose infobox holds offices and incumbents.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

import mwparserfromhell

from verify.models import Document, InfoboxField, Reason
from verify.sources.http import HttpClient, JsonAnswer, SourceError

DEFAULT_WIKI = "https://en.wikipedia.org"
EXTRACTS_PER_REQUEST = 20  # TextExtracts' exlimit maximum with exintro
PAGE_PROPS = {
    "prop": "extracts|info|pageprops|revisions",
    "exintro": "1",
    "explaintext": "1",
    "exlimit": "max",
    "inprop": "url",
    "ppprop": "disambiguation",
    "rvprop": "content|ids",
    "rvslots": "main",
    "rvsection": "0",
}


@dataclass(frozen=True)
class Lookup:
    """The answer for one requested title: the page, or why there is none."""

    requested: str
    document: Document | None
    reason: str = ""
    unreachable: bool = False  # the wiki did not answer: searching further is pointless
    code: Reason = Reason.NO_PAGE  # `reason` as a code: no page, or why the wiki could not be asked


def parse_infobox(wikitext: str) -> tuple[InfoboxField, ...]:
    """The first `{{Infobox ...}}` template's parameters, as plain-text labelled fields."""
    try:
        code = mwparserfromhell.parse(wikitext)
    except Exception:  # a parser failure must not lose the page's text
        return ()
    for template in code.filter_templates(recursive=False):
        if not str(template.name).strip().lower().startswith("infobox"):
            continue
        fields = []
        for param in template.params:
            value = param.value.strip_code().strip()
            if value:
                fields.append(InfoboxField(label=str(param.name).strip(), value=" ".join(value.split())))
        return tuple(fields)
    return ()


class WikipediaSource:
    """Pages of one wiki, fetched politely and shared by every claim of a run."""

    def __init__(self, http: HttpClient, wiki: str = DEFAULT_WIKI) -> None:
        self.http = http
        self.wiki = wiki.rstrip("/")
        self.api = f"{self.wiki}/w/api.php"
        self._titles: dict[str, Lookup] = {}  # every title answered this run, whichever batch it came in
        self._lock: asyncio.Lock | None = None
        self._lock_loop: asyncio.AbstractEventLoop | None = None

    def forget(self) -> None:
        """Start afresh (before recording a cassette that must hold all its article's requests)."""
        self._titles.clear()
        self.http.forget()

    def _params(self, **extra: str) -> dict[str, str]:
        return {
            "action": "query",
            "format": "json",
            "formatversion": "2",
            "redirects": "1",
            "maxlag": "5",
            **PAGE_PROPS,
            **extra,
        }

    def _document(self, page: dict, reason: str, retrieved_at: dt.datetime) -> Document | None:
        if page.get("missing") or page.get("invalid") or "pageid" not in page:
            return None
        revisions = page.get("revisions") or [{}]
        slot = (revisions[0].get("slots") or {}).get("main") or {}
        revid = page.get("lastrevid") or revisions[0].get("revid")
        return Document(
            url=page.get("fullurl") or f"{self.wiki}/wiki/{page['title'].replace(' ', '_')}",
            title=page["title"],
            source="wikipedia",
            revision_id=str(revid) if revid else None,
            retrieved_at=retrieved_at,
            text=page.get("extract") or "",
            infobox=parse_infobox(slot.get("content") or ""),
            language=page.get("pagelanguage", "en"),
            link_reason=reason,
        )

    async def lookup(self, titles: Iterable[str]) -> dict[str, Lookup]:
        """Resolve many titles in as few requests as the API allows (redirects followed).

        Titles answered earlier in the run are not asked again, so a batch of articles that share
        people and offices costs little more than its first article."""
        wanted = list(dict.fromkeys(t.strip() for t in titles if t.strip()))
        loop = asyncio.get_running_loop()
        if self._lock is None or self._lock_loop is not loop:
            self._lock, self._lock_loop = asyncio.Lock(), loop
        async with self._lock:
            missing = sorted(t for t in wanted if t not in self._titles)
            batches = [missing[i : i + EXTRACTS_PER_REQUEST] for i in range(0, len(missing), EXTRACTS_PER_REQUEST)]
            for found in await asyncio.gather(*(self._lookup_batch(b) for b in batches)):
                self._titles.update(found)
        return {t: self._titles[t] for t in wanted}

    async def _lookup_batch(self, batch: list[str]) -> dict[str, Lookup]:
        try:
            answer = await self.http.get_json(self.api, self._params(titles="|".join(batch)))
        except SourceError as exc:
            if exc.code == Reason.NOT_IN_CASSETTE and len(batch) > 1:
                # an edited article asks for another set of titles: the cassette may hold each on its own
                answers = await asyncio.gather(*(self._lookup_batch([title]) for title in batch))
                return {title: lookup for answer in answers for title, lookup in answer.items()}
            if exc.code == Reason.NOT_IN_CASSETTE:  # the rest of the cassette still answers: keep searching
                return {t: Lookup(t, None, f"'{t}': {exc.reason}", code=exc.code) for t in batch}
            why = f"Wikipedia unreachable: {exc.reason}"
            return {t: Lookup(t, None, why, unreachable=True, code=exc.code) for t in batch}
        return self._resolve(batch, answer)

    def _resolve(self, batch: list[str], answer: JsonAnswer) -> dict[str, Lookup]:
        query = answer.data.get("query") or {}
        pages = query.get("pages")
        if not isinstance(pages, list):
            return {t: Lookup(t, None, "Wikipedia answered without a page list") for t in batch}
        by_title = {p.get("title"): p for p in pages if isinstance(p, dict)}
        steps = {}
        for key in ("normalized", "redirects"):
            for entry in query.get(key) or []:
                steps[entry.get("from")] = (key, entry.get("to"))
        out = {}
        for title in batch:
            current, path = title, []
            for _ in range(4):
                if current not in steps:
                    break
                kind, current = steps[current]
                if kind == "redirects":
                    path.append(current)
            page = by_title.get(current)
            if page is None:
                out[title] = Lookup(title, None, f"Wikipedia did not answer for '{title}'")
            elif page.get("pageprops", {}).get("disambiguation") is not None:
                out[title] = Lookup(title, None, f"'{current}' is a disambiguation page")
            else:
                how = f"title '{title}'" + (f" redirects to '{current}'" if path else " matched directly")
                doc = self._document(page, how, answer.retrieved_at)
                out[title] = Lookup(title, doc, "" if doc else f"no Wikipedia page titled '{title}'")
        return out

    async def search(self, query: str, limit: int = 5) -> list[Document]:
        """Full-text search (generator=search) with the same page properties; best rank first."""
        answer = await self.http.get_json(
            self.api,
            self._params(generator="search", gsrsearch=query, gsrlimit=str(limit), gsrnamespace="0"),
        )
        pages = (answer.data.get("query") or {}).get("pages") or []
        pages = sorted((p for p in pages if isinstance(p, dict)), key=lambda p: p.get("index", 1_000))
        docs = [
            self._document(p, f"search for '{query}' ranked it {p.get('index', '?')}", answer.retrieved_at)
            for p in pages
        ]
        return [d for d in docs if d is not None]

    async def full_text(self, doc: Document) -> Document:
        """The whole article's plain text, for when the intro does not decide a claim.

        TextExtracts gives one whole-article extract per request (exlimit 1 without exintro)."""
        params = {
            "action": "query",
            "format": "json",
            "formatversion": "2",
            "redirects": "1",
            "maxlag": "5",
            "prop": "extracts",
            "explaintext": "1",
            "exsectionformat": "plain",
            "titles": doc.title,
        }
        answer = await self.http.get_json(self.api, params)
        pages = (answer.data.get("query") or {}).get("pages") or []
        text = next((p.get("extract") for p in pages if isinstance(p, dict) and p.get("extract")), None)
        if not text or len(text) <= len(doc.text):
            return doc
        return doc.model_copy(update={"text": text, "link_reason": doc.link_reason + "; whole article read"})
