"""The library under the CLI: run a whole check (claim files, replay or record, batch, report writing)
with typed options, so a service can embed verify without copying CLI code.

    from verify import RunOptions, check_files, check_text
    report = check_text("Title\\n\\nRussian President Vladimir Putin spoke.", RunOptions(mode="offline"))
    result = check_files([Path("seeds/nato-defense-chiefs.txt")], RunOptions(out_dir=Path("reports")))
"""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path
from typing import Literal

from verify.article import DEFAULT_MAX_BYTES, load_article
from verify.cassette import cassette
from verify.claimfile import load_claim_file
from verify.config import select_kinds
from verify.errors import InputError
from verify.extract import extract_claims
from verify.models import Article, Claim, Report, Summary
from verify.pipeline import check_async
from verify.report import EXTENSIONS, Checked, render, write_atomic
from verify.report.batch import write_batch
from verify.retrieve import wanted_titles
from verify.sources.http import DEFAULT_CONTACT, HttpClient
from verify.sources.official import OfficialSource
from verify.sources.wikipedia import DEFAULT_WIKI, WikipediaSource

Mode = Literal["offline", "live", "record", "replay"]
ARTICLE_SUFFIXES = {".txt", ".html", ".htm"}  # what a folder holds as articles (not its README.md)


class Format(StrEnum):
    json = "json"
    markdown = "markdown"
    html = "html"
    junit = "junit"
    sarif = "sarif"
    github = "github"  # annotations on stdout and the job summary (see verify.report.github), no file


@dataclass(frozen=True)
class RunOptions:
    """What one run is asked to do, shared by every article of the run.

    `mode` None replays an article's cassette when it has one and fetches live otherwise.
    `cassettes` and `claims_dir` None mean: found from each article's project (see `project_root`)."""

    out_dir: Path = Path("reports")
    formats: tuple[Format, ...] = (Format.json, Format.markdown)
    wiki: str = DEFAULT_WIKI
    as_of: dt.date | None = None
    sources: tuple[str, ...] = ()
    mode: Mode | None = None
    cassettes: Path | None = None
    claims_dir: Path | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    contact: str = DEFAULT_CONTACT
    timeout: float = 15.0
    retries: int = 3
    concurrency: int = 1
    deadline: float | None = None  # seconds the whole run may spend on the network
    write_reports: bool = True
    select: tuple[str, ...] = ()  # claim kinds to check (all when empty)
    ignore: tuple[str, ...] = ()  # claim kinds never checked

    def http_client(self) -> HttpClient:
        return HttpClient(
            contact=self.contact,
            timeout=self.timeout,
            max_retries=self.retries,
            concurrency=self.concurrency,
            deadline=time.monotonic() + self.deadline if self.deadline else None,
        )


@dataclass
class Hooks:
    """How a run talks to its caller: `say` gets one-line progress and error messages, `done` each
    finished article's report. The CLI prints them; a library caller may ignore them."""

    say: Callable[[str], None] = lambda message: None
    done: Callable[[Article, Report], None] = lambda article, report: None
    advance: Callable[[], None] = lambda: None


@dataclass
class BatchResult:
    reports: list[Report] = field(default_factory=list)
    checked: list[Checked] = field(default_factory=list)  # each report with its text and timing, for the writers
    failed: list[str] = field(default_factory=list)  # one-line reasons, one per article not checked
    written: list[Path] = field(default_factory=list)

    @property
    def summary(self) -> Summary:
        total = Summary()
        for report in self.reports:
            total = total + report.summary
        return total


def find_articles(paths: Iterable[Path]) -> list[Path]:
    """Files as given; a folder gives its article files in name order."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted(p for p in path.iterdir() if p.is_file() and p.suffix in ARTICLE_SUFFIXES)
        else:
            found.append(path)
    return found


def claims_for(
    article: Article, claims_dir: Path, say: Callable[[str], None] = lambda m: None
) -> tuple[list[Claim], str]:
    """The reviewed claim file when there is one (checked against the article), else fresh claims."""
    claim_path = claims_dir / f"{article.stem}.json"
    if not claim_path.exists():
        return extract_claims(article), "claims extracted now (no reviewed claim file)"
    reviewed = load_claim_file(claim_path)
    for i, claim in enumerate(reviewed.claims):
        start, end = claim.span
        if article.text[start:end] != claim.text:
            raise InputError(
                f"{claim_path}: field 'claims.{i}.span': claim {claim.id} does not match {article.path} "
                "(a claim file for another article or version?); run verify extract --update"
            )
    if reviewed.article_sha256 and reviewed.article_sha256 != article.sha256:
        say(f"{claim_path}: reviewed for an earlier version of {article.path}; the claims still match it")
    return reviewed.claims, f"reviewed claims from {claim_path}"


def article_from_text(text: str, stem: str = "article", as_of: dt.date | None = None) -> Article:
    """An article held in memory (title on the first line), for callers that have no file."""
    if not text.strip():
        raise InputError(f"{stem}: the article is empty")
    return Article(
        path=f"<{stem}>",
        stem=stem,
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        title=text.strip().splitlines()[0].strip(),
        text=text,
        as_of=as_of,
    )


def check_text(text: str, options: RunOptions | None = None, stem: str = "article") -> Report:
    """Check an article given as text; no report files are written, no claim file is read.

    Evidence follows `options.mode` (a cassette `<cassettes>/<stem>.yaml` when replaying)."""
    options = options or RunOptions()
    article = article_from_text(text, stem, options.as_of)
    claims = extract_claims(article)

    async def run() -> Report:
        http = options.http_client()
        try:
            wiki = WikipediaSource(http, options.wiki)
            checked, _ = await check_one(
                article, claims, "claims extracted now", _without_writing(options), wiki, OfficialSource(http)
            )
            return checked.report
        finally:
            await http.aclose()

    return asyncio.run(run())


def _without_writing(options: RunOptions) -> RunOptions:
    return replace(options, write_reports=False)


def check_files(paths: Iterable[Path], options: RunOptions | None = None, hooks: Hooks | None = None) -> BatchResult:
    """Check article files and folders, writing each article's reports (and a batch's index)."""
    options = options or RunOptions()
    given = list(paths)
    found = find_articles(given)
    if not found:
        raise InputError("no article files found in " + ", ".join(map(str, given)))
    batch = len(found) > 1 or any(p.is_dir() for p in given)
    result = BatchResult()
    asyncio.run(check_all(found, options, options.http_client(), batch, result, hooks))
    return result


async def check_all(
    paths: list[Path],
    options: RunOptions,
    http: HttpClient,
    batch: bool = False,
    result: BatchResult | None = None,
    hooks: Hooks | None = None,
) -> BatchResult:
    """Check every article; one bad article is reported and skipped, never the end of the batch.

    A live batch first looks up the titles of all its articles together (shared people and
    offices are asked for once), then checks the articles, side by side with --concurrency > 1.
    Replay and record go one article at a time: a cassette patches the HTTP layer for one article."""
    hooks = hooks or Hooks()
    wiki = WikipediaSource(http, options.wiki)
    official = OfficialSource(http)
    result = result if result is not None else BatchResult()
    loaded: list[tuple[Article, list[Claim], str]] = []
    for path in paths:
        try:
            article = load_article(path, max_bytes=options.max_bytes, as_of=options.as_of)
            claims_dir = options.claims_dir or Path("claims")
            claims, origin = claims_for(article, claims_dir, hooks.say)
            loaded.append((article, select_kinds(claims, options.select, options.ignore), origin))
        except InputError as exc:
            hooks.say(f"verify: error: {exc}")
            result.failed.append(str(exc))

    async def one(article: Article, claims: list[Claim], origin: str) -> None:
        try:
            checked, written = await check_one(article, claims, origin, options, wiki, official, hooks.say)
        except InputError as exc:
            hooks.say(f"verify: error: {exc}")
            result.failed.append(str(exc))
            return
        except Exception as exc:  # a bug must not cost the other articles their reports
            message = f"{article.path}: internal error ({type(exc).__name__}: {exc}); please report it"
            hooks.say(f"verify: error: {message}")
            result.failed.append(message)
            return
        finally:
            hooks.advance()
        result.reports.append(checked.report)
        result.checked.append(checked)
        result.written += written
        hooks.done(article, checked.report)

    try:
        if options.mode == "live" and len(loaded) > 1:
            await wiki.lookup(t for _, claims, _ in loaded for c in claims if not c.skipped for t in wanted_titles(c))
        if options.mode == "live" and len(loaded) > 1 and http.concurrency > 1:
            await asyncio.gather(*(one(*item) for item in loaded))
        else:
            for item in loaded:
                await one(*item)
    finally:
        await http.aclose()
    if batch and options.write_reports:
        formats = [f.value for f in options.formats]
        result.written += write_batch(result.checked, result.failed, formats, options.out_dir)
    return result


async def check_one(
    article: Article,
    claims: list[Claim],
    origin: str,
    options: RunOptions,
    wiki: WikipediaSource,
    official: OfficialSource,
    say: Callable[[str], None] = lambda m: None,
) -> tuple[Checked, list[Path]]:
    """One article: evidence under its cassette, verdicts, and its report files."""
    tape = (options.cassettes or Path("fixtures/cassettes")) / f"{article.stem}.yaml"
    mode = options.mode or ("replay" if tape.exists() else "live")
    message = {
        "offline": f"offline: answering from {tape}" if tape.exists() else "offline: no cassette, no network",
        "replay": f"replaying recorded evidence from {tape} (use --live for fresh evidence)",
        "record": f"recording fresh evidence into {tape}",
        "live": f"fetching live evidence from {options.wiki}",
    }[mode]
    say(f"{article.path}: {len(claims)} {origin}; {message}")
    if mode in {"record", "replay", "offline"}:
        wiki.forget()  # a cassette holds, and answers, every request of its own article
    answered, refused = wiki.http.answered, wiki.http.refused
    started, clock = dt.datetime.now(dt.UTC), time.perf_counter()
    with cassette(tape, mode):
        report = await check_async(article, claims, wiki, official, list(options.sources))
    checked = Checked(report, article.text, article.stem, started, time.perf_counter() - clock)
    nothing_matched = wiki.http.refused > refused and wiki.http.answered == answered
    if mode in {"replay", "offline"} and tape.exists() and nothing_matched:
        raise InputError(
            f"{tape}: field 'interactions': holds none of this article's requests (a cassette from another "
            "article?); re-record it with --record"
        )
    written = []
    if options.write_reports:
        for fmt in (f for f in options.formats if f.value in EXTENSIONS):
            target = options.out_dir / f"{article.stem}{EXTENSIONS[fmt.value]}"
            write_atomic(target, render(fmt.value, checked))
            written.append(target)
    return checked, written
