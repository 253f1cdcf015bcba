"""Wikipedia (any MediaWiki) through the Action API: batched title look-ups first, search second.

One `titles=A|B|C` query brings, for up to 20 pages, the plain-text intro (`prop=extracts`), the
revision id and URL (`prop=info`), the disambiguation flag (`prop=pageprops`) and the lead
section's wikitext (`prop=revisions&rvsection=0`), whose infobox holds offices and incumbents.

Whole pages (`full_text`, for claims the lead and infobox do not settle) come from TextExtracts
without `exintro`, as plain text with `== Heading ==` lines. It costs one page per request
(TextExtracts returns one whole-article extract per call), as do the alternatives: `action=parse`
(HTML or wikitext of one page) and the REST API's `/page/html/{title}` (Parsoid HTML, outside the
Action API). Asking `prop=revisions` without `rvsection` would bring twenty whole wikitexts per
request, but body prose is full of templates (`{{convert}}`, `{{lang}}`, citations, navboxes) that
would each need rendering, and the intros we already read are TextExtracts': the whole article in
the same rendering reads back the lead the claim was first judged on, word for word, with sections
the passage ranker (`verify/passages.py`) splits on. The parse and REST HTML would bring tables
too, at several times the bytes, for no request saved. So fidelity decides, and the request cost
is bounded by the caller (`verify.pipeline.WHOLE_PAGES_PER_ARTICLE`).

An earlier revision read at the article's date (`revision_at`) cannot come from TextExtracts, which
serves only the current revision. It comes whole in the one request that finds it
(`prop=revisions&rvstart=…&rvdir=older&rvlimit=1`, without `rvsection`: one request per page, as
when it asked for the lead alone), and its wikitext is rendered here (`verify.wikitext.body_text`)
into the shape of a whole TextExtracts page, the lead then `== Heading ==` lines and paragraphs.
`action=parse&oldid=` would render it on the wiki, but needs the revision id first (a second
request per page) and gives HTML, tables and navboxes included, at several times the bytes.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from verify.inputs import MAX_TITLE_BYTES, NOT_IN_A_TITLE, without_userinfo
from verify.models import Document, InfoboxField, Reason
from verify.sources.http import HttpClient, JsonAnswer, SourceError, TooLarge, wikipedia_host
from verify.sources.wikitext_limits import infobox_within_limits, revision_within_limits, why_no_infobox
from verify.wikitext import parse_infobox, split_lead

DEFAULT_WIKI = "https://en.wikipedia.org"
EXTRACTS_PER_REQUEST = 20  # TextExtracts' exlimit maximum with exintro
MAX_SEARCH_CHARS = 300  # CirrusSearch's longest full-text query: a longer one is refused, not searched
# judging reads a whole page once per undecided claim (a 9 MB extract took seconds per claim), so an
# answer longer than this bound, far above an ordinary article's plain text, keeps the intro
MAX_WHOLE_PAGE_CHARS = 2_000_000
PAGE_PROPS = {
    "prop": "extracts|info|pageprops|revisions",
    "exintro": "1",
    "explaintext": "1",
    "exlimit": "max",
    "inprop": "url",
    "ppprop": "disambiguation",
    "rvprop": "content|ids|timestamp",
    "rvslots": "main",
    "rvsection": "0",
}


MALFORMED = (AttributeError, KeyError, TypeError, ValueError)  # what a wrong-shaped answer can raise
# answers followed for one query whose properties MediaWiki splits (`continue` without `batchcomplete`):
# a batch of 20 leads comes whole in one answer on Wikipedia; a hostile wiki may continue for ever
MAX_CONTINUATIONS = 5


def _dict(value: Any) -> dict:
    return value if isinstance(value, dict) else {}


def _dicts(value: Any) -> list[dict]:
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _revision_id(value: Any) -> str | None:
    """A revision id as MediaWiki gives it, a positive integer (a JSON number, or its ASCII digits as
    text); anything else a broken or hostile wiki sends is no id: `true` was shown as 'rev True', '²'
    (a digit to `isdigit()`) linked `oldid=²`, and 5,000 nines filled every link of every report."""
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value) if 0 < value < 10**19 else ""
    return value if isinstance(value, str) and re.fullmatch(r"[1-9][0-9]{0,18}", value) else None


@dataclass(frozen=True)
class Lookup:
    """The answer for one requested title: the page, or why there is none."""

    requested: str
    document: Document | None
    reason: str = ""
    unreachable: bool = False  # the wiki did not answer: searching further is pointless
    code: Reason = Reason.NO_PAGE  # `reason` as a code: no page, or why the wiki could not be asked


def wiki_name(url: str) -> str:
    """The name a rationale gives the wiki at `url`: "Wikipedia" for a wikipedia.org wiki, else its
    host. With `--wiki` at another wiki, "no Wikipedia page titled X" named a source never asked."""
    host = (urlsplit(url).hostname or url).lower()
    return "Wikipedia" if wikipedia_host(host) else host


def page_label(title: str, url: str, revision_id: int | str | None = None) -> str:
    """How a rationale names a wiki page: `Wikipedia's 'NATO' (rev 9)`, `'NATO' on wiki.example.org (rev 9)`."""
    name = wiki_name(url)
    rev = f" (rev {revision_id})" if revision_id else ""
    return f"{name}'s '{title}'{rev}" if name == "Wikipedia" else f"'{title}' on {name}{rev}"


class WikipediaSource:
    """Pages of one wiki, fetched politely and shared by every claim of a run."""

    def __init__(self, http: HttpClient, wiki: str = DEFAULT_WIKI) -> None:
        self.http = http
        self.wiki = wiki.rstrip("/")
        self.api = f"{self.wiki}/w/api.php"
        self.shown = without_userinfo(self.wiki)  # the base of every link a report gives: no password in it
        self.name = wiki_name(self.wiki)  # "Wikipedia", or the host of another wiki, in every reason given
        self._titles: dict[str, Lookup] = {}  # every title answered this run, whichever batch it came in
        # titles being asked for now -> the look-up asking (of the event loop that runs it)
        self._asking: dict[str, asyncio.Future[None]] = {}
        self._asking_loop: asyncio.AbstractEventLoop | None = None
        self.unknown_templates: Counter[str] = Counter()  # templates the wikitext reader had no rule for
        # each page's infobox read once per run, with the unknown templates met reading it and why it went unread
        self._infoboxes: dict[str, tuple[tuple[InfoboxField, ...], Counter[str], str]] = {}
        self._people: list[str] = []  # the names searched for people this run, first spelling first
        self._lead_only: set[str] = set()  # pages whose whole wikitext is their lead section (prop=info's length)

    def forget(self) -> None:
        """Start afresh (before recording a cassette that must hold all its article's requests)."""
        self._titles.clear()
        self._people.clear()
        self._lead_only.clear()
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

    async def _query(self, params: dict[str, str]) -> JsonAnswer:
        """A query's whole answer. When a batch's properties are too large for one answer, MediaWiki
        sends them in parts: `continue` (rvcontinue for the wikitexts, excontinue for the extracts)
        and no `batchcomplete`; each part is asked for with the `continue` values and merged page by
        page, so no page is read without its text or infobox. A complete batch's `continue` (more
        search hits, older revisions) is never followed: the first batch is all a claim uses."""
        answer = await self.http.get_json(self.api, params)
        data = answer.data
        for _ in range(MAX_CONTINUATIONS):
            more = data.get("continue")
            if data.get("batchcomplete") or not isinstance(more, dict) or not more:
                break
            if not all(isinstance(k, str) and isinstance(v, str | int) for k, v in more.items()):
                break
            part = await self.http.get_json(self.api, {**params, **{k: str(v) for k, v in more.items()}})
            data = _merged(data, part.data)
        return answer if data is answer.data else JsonAnswer(data, answer.retrieved_at)

    def _document(self, page: dict, reason: str, retrieved_at: dt.datetime, at_date: bool = False) -> Document | None:
        """The page as a Document; None for a missing page or one whose answer lacks a title. Every
        field is taken only if it has the type the API documents (a hostile wiki may send anything)."""
        title = _text(page.get("title"))
        if page.get("missing") or page.get("invalid") or "pageid" not in page or not (title and title.strip()):
            return None
        revision = (_dicts(page.get("revisions")) or [{}])[0]
        slot = _dict(_dict(revision.get("slots")).get("main"))
        wikitext = _text(slot.get("content")) or ""
        text, unread = revision_within_limits(wikitext) if at_date else ("", "")
        wikitext = split_lead(wikitext)[0] if at_date else wikitext  # the infobox stands in section 0
        revid = revision.get("revid") if at_date else page.get("lastrevid") or revision.get("revid")
        rev = _revision_id(revid)
        url = _text(page.get("fullurl"))
        if not (url and url.startswith(("https://", "http://"))):
            url = f"{self.shown}/wiki/{title.replace(' ', '_')}"
        length = page.get("length")
        if not at_date and wikitext and isinstance(length, int) and length <= len(wikitext.encode()):
            self._lead_only.add(url)  # the page is its lead: no body for a whole-page read to bring
        return Document(
            url=url,
            title=title,
            source="wikipedia",
            revision_id=rev,
            revision_url=f"{self.shown}/w/index.php?oldid={rev}" if rev else None,
            revision_timestamp=_timestamp(revision.get("timestamp")),
            retrieved_at=retrieved_at,
            text=_text(page.get("extract")) or text,
            infobox=self._infobox(wikitext),
            language=_text(page.get("pagelanguage")) or "en",
            link_reason=reason,
            unread="; ".join(why for why in (self._infoboxes[wikitext][2], unread) if why),
        )

    def _infobox(self, wikitext: str) -> tuple[InfoboxField, ...]:
        """The infobox rows of a page's wikitext, parsed once per run: search results bring the same
        pages back article after article, and parsing wikitext is most of the CPU a check spends on
        a page. Its unknown templates are counted each time, as if it were read anew."""
        if wikitext not in self._infoboxes:
            unknown: Counter[str] = Counter()
            rows = infobox_within_limits(wikitext, lambda box: parse_infobox(box, unknown))
            self._infoboxes[wikitext] = (rows, unknown, "" if rows else why_no_infobox(wikitext))
        rows, unknown, _ = self._infoboxes[wikitext]
        self.unknown_templates.update(unknown)
        return rows

    async def lookup(self, titles: Iterable[str]) -> dict[str, Lookup]:
        """Resolve many titles in as few requests as the API allows (redirects followed).

        Titles answered earlier in the run are not asked again, so a batch of articles that share
        people and offices costs little more than its first article; titles another look-up is asking
        for right now are awaited, not asked again. Nothing is held while answers are awaited, so the
        articles of a batch checked side by side look up side by side (a lock held over the request
        made each article wait for every other article's look-up, answered or not)."""
        wanted = list(dict.fromkeys(t.strip() for t in titles if t.strip()))
        loop = asyncio.get_running_loop()
        if self._asking_loop is not loop:
            self._asking, self._asking_loop = {}, loop
        asking = self._asking
        for title in (t for t in wanted if t not in self._titles and len(t.encode()) > MAX_TITLE_BYTES):
            # no page can have it, and a batch holding it could make a URL too long to send at all
            why = f"no {self.name} page titled '{title[:60]}…' (longer than any page title)"
            self._titles[title] = Lookup(title, None, why)
        for title in (t for t in wanted if t not in self._titles and NOT_IN_A_TITLE.search(t)):
            # 'Mark Rutte|Keir Starmer' (a reviewer's corrected subject, a pasted table) was sent inside
            # `titles=A|B`, where its '|' made it two other titles, whose pages then judged the claim
            why = f"no {self.name} page titled {title[:60]!r} (a character no page title holds)"
            self._titles[title] = Lookup(title, None, why)
        missing = sorted(t for t in wanted if t not in self._titles and t not in asking)
        for batch in (missing[i : i + EXTRACTS_PER_REQUEST] for i in range(0, len(missing), EXTRACTS_PER_REQUEST)):
            task = asyncio.ensure_future(self._ask(batch, asking))
            asking.update(dict.fromkeys(batch, task))
        awaited = list(dict.fromkeys(asking[t] for t in wanted if t not in self._titles and t in asking))
        # shielded: one caller giving up (a cancelled article) does not cancel what others await
        await asyncio.gather(*(asyncio.shield(task) for task in awaited))
        return {t: self._titles[t] for t in wanted}

    async def _ask(self, batch: list[str], asking: dict[str, asyncio.Future[None]]) -> None:
        try:
            self._titles.update(await self._lookup_batch(batch))
        finally:
            for title in batch:
                asking.pop(title, None)

    async def _lookup_batch(self, batch: list[str]) -> dict[str, Lookup]:
        try:
            answer = await self._query(self._params(titles="|".join(batch)))
        except TooLarge as exc:
            return await self._too_large(batch, exc)
        except SourceError as exc:
            if exc.code == Reason.NOT_IN_CASSETTE and len(batch) > 1:
                # an edited article asks for another set of titles: the cassette may hold each on its own
                answers = await asyncio.gather(*(self._lookup_batch([title]) for title in batch))
                return {title: lookup for answer in answers for title, lookup in answer.items()}
            if exc.code == Reason.NOT_IN_CASSETTE:  # the rest of the cassette still answers: keep searching
                return {t: Lookup(t, None, f"'{t}': {exc.reason}", code=exc.code) for t in batch}
            why = f"{self.name} unreachable: {exc.reason}"
            return {t: Lookup(t, None, why, unreachable=True, code=exc.code) for t in batch}
        try:
            return self._resolve(batch, answer)
        except MALFORMED as exc:
            reason = f"{self.name}'s answer was malformed ({type(exc).__name__})"
            return {t: Lookup(t, None, reason, unreachable=True, code=Reason.SOURCE_UNREACHABLE) for t in batch}

    async def _too_large(self, batch: list[str], exc: TooLarge) -> dict[str, Lookup]:
        """A batch whose answer is over the size cap, asked for again in halves until the page too large
        to read stands alone: one oversized page (a hostile mirror's, a 12 MB lead) left every title
        of the batch, so every claim of the article, not checked. That page alone has no document,
        with a reason naming it; the wiki is not taken for unreachable, so searches go on."""
        if len(batch) > 1:
            half = len(batch) // 2
            parts = await asyncio.gather(self._lookup_batch(batch[:half]), self._lookup_batch(batch[half:]))
            return {title: lookup for part in parts for title, lookup in part.items()}
        why = f"{self.name}'s page '{batch[0]}' could not be read: its answer is larger than {exc.max_bytes:,} bytes"
        return {batch[0]: Lookup(batch[0], None, why, code=exc.code)}

    def _resolve(self, batch: list[str], answer: JsonAnswer) -> dict[str, Lookup]:
        query = answer.data.get("query")
        pages = query.get("pages") if isinstance(query, dict) else None
        if not isinstance(pages, list):  # a query for titles always has one: this wiki's answers are unusable
            why, code = f"{self.name} answered without a page list", Reason.SOURCE_UNREACHABLE
            return {t: Lookup(t, None, why, unreachable=True, code=code) for t in batch}
        problem = next(filter(None, map(_page_problem, pages, range(1, len(pages) + 1))), None)
        if problem:  # garbage, not an answer: a page it seems to leave out is no evidence of no page
            why = f"{self.name}'s answer was malformed ({problem})"
            return {t: Lookup(t, None, why, unreachable=True, code=Reason.SOURCE_UNREACHABLE) for t in batch}
        by_title = {p["title"]: p for p in pages}
        steps = {}
        for key in ("normalized", "redirects"):
            for entry in _dicts(query.get(key)):
                if isinstance(entry.get("from"), str) and isinstance(entry.get("to"), str):
                    steps[entry["from"]] = (key, entry["to"])
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
                out[title] = Lookup(title, None, f"{self.name} did not answer for '{title}'")
            elif _dict(page.get("pageprops")).get("disambiguation") is not None:
                out[title] = Lookup(title, None, f"'{current}' is a disambiguation page")
            else:
                how = f"title '{title}'" + (f" redirects to '{current}'" if path else " matched directly")
                doc = self._document(page, how, answer.retrieved_at)
                out[title] = Lookup(title, doc, "" if doc else f"no {self.name} page titled '{title}'")
        return out

    async def search(self, query: str, limit: int = 5) -> list[Document]:
        """Full-text search (generator=search) with the same page properties; best rank first. A query longer
        than the wiki searches for finds nothing, unasked."""
        if len(query) > MAX_SEARCH_CHARS:
            return []
        answer = await self._query(
            self._params(generator="search", gsrsearch=query, gsrlimit=str(limit), gsrnamespace="0")
        )
        try:
            pages = sorted(_dicts(_dict(answer.data.get("query")).get("pages")), key=_rank)
            docs = [self._document(p, f"search for '{query}' ranked it {_rank(p)}", answer.retrieved_at) for p in pages]
        except MALFORMED as exc:
            raise SourceError(f"{self.name}'s search answer was malformed ({type(exc).__name__})") from None
        return [d for d in docs if d is not None]

    async def search_person(self, name: str, limit: int = 5) -> list[Document]:
        """`search` for a person's name; a name the run already searched for as the same person
        ('Alexus G. Grynkewich' after 'Alexus Grynkewich', in another article) takes that answer: one
        person costs one search per run, however the articles spell them."""
        from verify.names import first_same_person  # names reads the lexicons, which a source need not load early

        earlier = first_same_person(name, self._people)
        if earlier is None:
            self._people.append(name)
        return await self.search(earlier or name, limit)

    async def revision_at(self, doc: Document, as_of: dt.date) -> Document | None:
        """The page as it stood at the end of `as_of` (the newest revision saved by then), or None
        when its history starts later or the wiki cannot say. One title per request: MediaWiki
        allows `rvstart`/`rvdir`/`rvlimit` on a single page only. TextExtracts serves only the
        current revision, so the text is the old revision read from its whole wikitext (no
        `rvsection`): its lead, then its sections under their headings, as a current page read whole
        gives them, for a claim its body settles ('Chief of the Air Staff since 2 June 2023')."""
        params = {
            "action": "query",
            "format": "json",
            "formatversion": "2",
            "redirects": "1",
            "maxlag": "5",
            "prop": "revisions",
            "rvprop": "ids|timestamp|content",
            "rvslots": "main",
            "rvstart": f"{as_of.isoformat()}T23:59:59Z",
            "rvdir": "older",
            "rvlimit": "1",
            "titles": doc.title,
        }
        try:
            answer = await self.http.get_json(self.api, params)
            page = next(iter(_dicts(_dict(answer.data.get("query")).get("pages"))), {})
            if not _dicts(page.get("revisions")):
                return None
            old = self._document(page, doc.link_reason, answer.retrieved_at, at_date=True)
        except SourceError:
            return None
        except MALFORMED:
            return None
        if old is None or old.revision_id == doc.revision_id:
            return None
        when = old.revision_timestamp.date().isoformat() if old.revision_timestamp else "an earlier date"
        return old.model_copy(
            update={
                "url": doc.url,
                "current": False,
                "link_reason": f"{doc.link_reason}; revision of {when}, as of {as_of.isoformat()}",
            }
        )

    def has_body(self, doc: Document) -> bool:
        """Whether the page may hold more than its lead: False only when its size said it does not."""
        return doc.url not in self._lead_only

    async def full_text(self, doc: Document) -> Document:
        """The whole article's plain text, for when the intro does not decide a claim.

        TextExtracts gives one whole-article extract per request (exlimit 1 without exintro). An answer
        over MAX_WHOLE_PAGE_CHARS is no real article: the page keeps its intro. A page whose size
        (`prop=info`'s `length`, in bytes) is no more than its lead section's wikitext has no body: it is
        not asked for again."""
        if not self.has_body(doc):
            return doc
        params = {
            "action": "query",
            "format": "json",
            "formatversion": "2",
            "redirects": "1",
            "maxlag": "5",
            "prop": "extracts",
            "explaintext": "1",
            "exsectionformat": "wiki",  # headings as "== H ==" lines: passages keep their section
            "titles": doc.title,
        }
        answer = await self.http.get_json(self.api, params)
        pages = _dicts(_dict(answer.data.get("query")).get("pages"))
        text = next((p["extract"] for p in pages if isinstance(p.get("extract"), str) and p["extract"]), None)
        if not text or len(text) <= len(doc.text) or len(text) > MAX_WHOLE_PAGE_CHARS:
            return doc
        return doc.model_copy(update={"text": text, "link_reason": doc.link_reason + "; whole article read"})


def _merged(data: dict[str, Any], part: dict[str, Any]) -> dict[str, Any]:
    """`data` with a continuation's answer folded in: each page (by id, else title) gains the
    properties it lacked and the list items (revisions) it did not have; the part's `continue` and
    `batchcomplete` replace the old ones. A part of the wrong shape adds nothing."""
    query = dict(_dict(data.get("query")))
    pages = [dict(p) for p in _dicts(query.get("pages"))]
    where = {_key(p): p for p in pages}
    for new in _dicts(_dict(part.get("query")).get("pages")):
        if _page_problem(new, 0):  # a continued part's garbage adds nothing; the first part is judged whole
            continue
        key = _key(new)
        page = where.get(key)
        if page is None:
            page = where[key] = dict(new)
            pages.append(page)
            continue
        for name, value in new.items():
            old = page.get(name)
            if isinstance(old, list) and isinstance(value, list):
                page[name] = old + [item for item in value if item not in old]
            elif old in (None, "", [], {}):
                page[name] = value
    query["pages"] = pages
    merged = {k: v for k, v in data.items() if k not in {"continue", "batchcomplete"}}
    merged["query"] = query
    for name in ("continue", "batchcomplete"):
        if name in part:
            merged[name] = part[name]
    return merged


def _page_problem(page: Any, number: int) -> str:
    """What makes one entry of a title look-up's page list unreadable, or "": every entry is an object
    with a text title, and its `missing`, `invalid` and `pageid` (when present) have the documented
    types. Read leniently, `{"title": 5}` left the title unanswered and the claim said there was no page."""
    if not isinstance(page, dict):
        return f"page {number} is not an object"
    if not isinstance(page.get("title"), str):
        return f"page {number} has no text title"
    for flag in ("missing", "invalid"):
        if flag in page and not isinstance(page[flag], bool):
            return f"page {number}'s '{flag}' is not true or false"
    if "pageid" in page and (not isinstance(page["pageid"], int) or isinstance(page["pageid"], bool)):
        return f"page {number}'s 'pageid' is not a number"
    return ""


def _key(page: dict) -> tuple[int | None, str | None]:
    """A page's identity across the parts of one answer: its id and title, when of the documented type."""
    pageid, title = page.get("pageid"), page.get("title")
    return (pageid if isinstance(pageid, int) else None, title if isinstance(title, str) else None)


def _timestamp(value: Any) -> dt.datetime | None:
    """An ISO 8601 revision timestamp (`2024-06-28T12:00:00Z`), or None for anything else."""
    if not isinstance(value, str):
        return None
    try:
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


def _rank(page: dict) -> int:
    index = page.get("index")
    return index if isinstance(index, int) else 1_000
