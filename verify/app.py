"""The library under the CLI: run a whole check (claim files, replay or record, batch, report writing)
with typed options, so a service can embed verify without copying CLI code.

    from verify import RunOptions, check_files, check_text
    result = check_files([Path("seeds/nato-defense-chiefs.txt")], RunOptions(out_dir=Path("reports")))
    report = check_text(text, RunOptions(mode="live", wiki="http://mirror.example:8080"))

docs/library.md has runnable examples.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import os
import sys
import time
import traceback
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

from verify.article import (
    DEFAULT_MAX_BYTES,
    as_of_problem,
    check_extractable,
    how_to_date,
    load_article,
    opening_date,
    reader_text,
    undated_note,
    verify_page,
)
from verify.baseline import Baseline
from verify.cassette import Cassette, CassetteTransport, open_cassette
from verify.claimfile import check_spans, load_claim_file
from verify.errors import InputError
from verify.extract import extract_claims
from verify.inputs import printable_path, resolved
from verify.models import Article, Claim, ClaimResult, Outcome, Report, Summary
from verify.nlp import drop_ahead
from verify.outputs import ReportNames, ensure_writable, name_reports, write_report
from verify.pipeline import ExtractionError, Pending, check_async
from verify.provenance import Fetched, run_provenance
from verify.report import EXTENSIONS, Checked, render
from verify.report.batch import write_batch
from verify.report.common import contradicted_for_want_of_a_date, spans_index_file
from verify.retrieve import wants
from verify.safety import AddressGuard, IPAddress
from verify.sources.http import DEFAULT_CONTACT, HttpClient, wikipedia_host
from verify.sources.official import OfficialSource
from verify.sources.wikipedia import DEFAULT_WIKI, WikipediaSource

Mode = Literal["offline", "live", "record", "record-new", "replay"]
ARTICLE_SUFFIXES = {".txt", ".html", ".htm"}  # what a folder holds as articles (not its README.md)
PROJECT_MARKERS = ("verify.toml", "pyproject.toml")


class Format(StrEnum):
    json = "json"
    markdown = "markdown"
    html = "html"
    junit = "junit"
    sarif = "sarif"
    github = "github"  # annotations on stdout and the job summary (see verify.report.github), no file


class FailOn(StrEnum):
    """The `--fail-on` levels, each including the ones before it."""

    contradicted = "contradicted"
    not_checked = "not-checked"
    unverified = "unverified"
    never = "never"


GATE_LEVELS: dict[FailOn, frozenset[Outcome]] = {
    FailOn.contradicted: frozenset({Outcome.CONTRADICTED}),
    FailOn.not_checked: frozenset({Outcome.CONTRADICTED, Outcome.NOT_CHECKED}),
    FailOn.unverified: frozenset({Outcome.CONTRADICTED, Outcome.NOT_CHECKED, Outcome.UNVERIFIED}),
    FailOn.never: frozenset(),
}


def undated_contradictions(report: Report, text: str, day: dt.date | None) -> Report:
    """An undated article's contradicted claims that name no time of their own were judged on the pages as
    they are now (`verify.report.common.contradicted_for_want_of_a_date`): a true title of the article's day
    ('German Chancellor Olaf Scholz') reads contradicted once the office changed hands. Each such rationale
    says so and how to date the article, offering the opening's date if it has one, never taking it (review34 N4)."""
    pages = f"as they stood on {day.isoformat()}" if day else "as they were fetched or recorded"
    if (opening := opening_date(text)) is not None:
        offer = f"its opening reads '{opening[0]}': check again with --as-of {opening[1].isoformat()}"
    else:
        offer = f"give its date with {how_to_date(report.article.path)} and check again"
    said = (
        f"The article has no date, so this was judged against the pages {pages}, and it may have held on the "
        f"article's day; {offer}."
    )
    claims = [
        c.model_copy(update={"rationale": f"{c.rationale} {said}"}) if contradicted_for_want_of_a_date(c, report) else c
        for c in report.claims
    ]
    return report.model_copy(update={"claims": claims})


@dataclass(frozen=True)
class RunOptions:
    """What one run is asked to do, shared by every article of the run.

    `mode` None replays an article's cassette when it has one and fetches live otherwise; "record-new"
    replays what the cassette holds and fetches (and adds) only what it lacks.
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
    allow_private: frozenset[IPAddress] = frozenset()  # private addresses official pages may come from
    write_reports: bool = True
    names: ReportNames = field(default_factory=ReportNames)  # report file names (set by `name_reports_of`)
    select: tuple[str, ...] = ()  # claim kinds to check (all when empty)
    ignore: tuple[str, ...] = ()  # claim kinds never to check
    other_inputs: tuple[Path, ...] = ()  # other files the run reads (a baseline): no report takes their place

    def wants(self, claim: Claim) -> bool:
        return (not self.select or claim.kind in self.select) and claim.kind not in self.ignore

    def http_client(self) -> HttpClient:
        return HttpClient(
            contact=self.contact,
            timeout=self.timeout,
            max_retries=self.retries,
            concurrency=self.concurrency,
            deadline=time.monotonic() + self.deadline if self.deadline else None,
            guard=AddressGuard(allowed=self.allow_private),
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
    """What a run did: each article's report, the one-line reasons of articles that could not be
    checked, and the files written."""

    reports: list[Report] = field(default_factory=list)
    checked: list[Checked] = field(default_factory=list)  # each report with its text and timing, for the writers
    failed: list[str] = field(default_factory=list)  # one-line reasons, one per article not checked
    written: list[Path] = field(default_factory=list)
    bugs: int = 0  # of `failed`, the articles a bug in verify stopped (exit 3, not a bad input's 2)
    # each article's claims found but of a kind the run's select / ignore leave out: "no checkable claim was
    # found" was said of an article whose claims the user's own options had filtered out
    left_out: dict[str, int] = field(default_factory=dict)

    @property
    def summary(self) -> Summary:
        total = Summary()
        for report in self.reports:
            total = total + report.summary
        return total


# joiners that are part of correct spelling in Persian and Indic scripts are not flagged there
_SHAPING_JOINERS = frozenset("\u200c\u200d")
# alphabets whose letters have no joined forms: a joiner between two of them shapes nothing
_UNJOINED_ALPHABETS = ("LATIN ", "GREEK ", "CYRILLIC ")


def _hides_in_a_word(text: str, i: int) -> bool:
    """Whether the format character at `i` sits in a name: a joiner between two letters of an alphabet
    it cannot shape; an invisible one (bidi class BN: zero-width space, soft hyphen, word joiner) that
    touches a letter ('Mark\\u200b Rutte' splits the name as surely as 'Ma\\u200brk'); a direction
    mark (which orders a line of mixed scripts at a word's edge) only between two letters."""
    before = text[i - 1] if i > 0 else ""
    after = text[i + 1] if i + 1 < len(text) else ""
    if text[i] in _SHAPING_JOINERS:
        return all(c.isalpha() and unicodedata.name(c, "").startswith(_UNJOINED_ALPHABETS) for c in (before, after))
    if unicodedata.bidirectional(text[i]) == "BN":
        return before.isalpha() or after.isalpha()
    return before.isalpha() and after.isalpha()


def invisible_note(text: str) -> str | None:
    """Why claims about a name pasted with an invisible character in it (a CMS's soft hyphen, a
    zero-width space) all stay unverified: that name is not found on the wiki, and the terminal shows it
    whole. Counts format characters (Unicode category Cf) in words (`_hides_in_a_word`); None when none are."""
    marks = {c for c in set(text) if unicodedata.category(c) == "Cf"}
    if not marks:  # the common case, decided without walking a long article character by character
        return None
    found: list[int] = [i for i, c in enumerate(text) if c in marks and _hides_in_a_word(text, i)]
    if not found:
        return None
    first = found[0]
    start = first
    while start > max(0, first - 30) and (text[start - 1].isalpha() or unicodedata.category(text[start - 1]) == "Cf"):
        start -= 1
    end = first
    while end < min(len(text), first + 30) and (text[end].isalpha() or unicodedata.category(text[end]) == "Cf"):
        end += 1
    word = "".join(c if unicodedata.category(c) != "Cf" else f"\\u{ord(c):04x}" for c in text[start:end])
    char = text[first]
    line_no = text.count("\n", 0, first) + 1
    plural = "s" if len(found) > 1 else ""
    return (
        f"{len(found)} invisible character{plural} inside words (U+{ord(char):04X} "
        f"{unicodedata.name(char, 'FORMAT CHARACTER')} in '{word}', line {line_no}): a name holding one is not "
        "found on the wiki and its claims stay unverified; remove them from the text"
    )


def project_root(article: Path) -> Path | None:
    """The nearest folder at or above the article holding verify.toml or pyproject.toml."""
    for folder in resolved(article).parents:
        if any((folder / marker).is_file() for marker in PROJECT_MARKERS):
            return folder
    return None


def cassettes_dir(article: Path, options: RunOptions) -> Path:
    """Where an article's cassette lives: as configured, else its project's fixtures/cassettes/."""
    if options.cassettes is not None:
        return options.cassettes
    root = project_root(article)
    return root / "fixtures" / "cassettes" if root else Path("fixtures/cassettes")


def claims_dir(article: Path, options: RunOptions | None = None) -> Path:
    """Where an article's reviewed claim file lives: as configured, else its project's claims/."""
    if options is not None and options.claims_dir is not None:
        return options.claims_dir
    root = project_root(article)
    return root / "claims" if root else Path("claims")


def shown_path(path: Path) -> Path:
    """A path as a person in the working directory would type it: relative when it lies below."""
    try:
        return resolved(path).relative_to(Path.cwd().resolve())
    except ValueError:
        return path


def name_reports_of(
    options: RunOptions, paths: list[Path], batch: bool, say: Callable[[str], None] = lambda m: None
) -> RunOptions:
    """Check that the reports can be written, then give every report a name that overwrites no input
    (an article, its sidecar, claim file or cassette) and no other report."""
    ensure_writable(options.out_dir)
    extensions = [EXTENSIONS[fmt.value] for fmt in options.formats if fmt.value in EXTENSIONS]
    names = name_reports(paths, options.out_dir, extensions, input_dirs(paths, options), batch, options.other_inputs)
    for warning in names.warnings:
        say(f"verify: warning: {warning}")
    return replace(options, names=names)


def input_dirs(paths: Iterable[Path], options: RunOptions) -> list[Path]:
    """The folders of the articles' claim files and cassettes."""
    return sorted({d for p in paths for d in (claims_dir(p, options), cassettes_dir(p, options))})


def say_empty_folders(given: Iterable[Path], say: Callable[[str], None]) -> None:
    """One warning per folder named beside other articles that holds none (`verify check articles/ drafts/`
    with drafts/ empty): it was dropped in silence, while a folder named alone is an error."""
    suffixes = ", ".join(sorted(ARTICLE_SUFFIXES))
    for folder in given:
        if folder.is_dir() and not find_articles([folder]):
            say(f"verify: warning: {folder}: no article files ({suffixes}) in this folder")


def find_articles(paths: Iterable[Path]) -> list[Path]:
    """Files as given; a folder gives its article files in name order. A file named twice (`a.txt
    a.txt`, or a folder and a file in it) is checked once: twice, it was counted twice in the totals
    and its second reports overwrote the first. A folder's `.txt` that is no regular file (a link to
    a device, a broken link) is listed too, to be refused in one line as it is when named alone:
    left out, the batch said nothing of an article the desk had filed."""
    found: list[Path] = []
    seen: set[Path] = set()
    for path in paths:
        listed = (
            sorted(p for p in path.iterdir() if p.suffix in ARTICLE_SUFFIXES and not p.is_dir() and not _own_page(p))
            if path.is_dir()
            else [path]
        )
        for item in listed:
            same = item if str(item) == "-" else resolved(item)
            if same not in seen:
                seen.add(same)
                found.append(item)
    return found


_PAGE_HEAD_BYTES = 2_000  # verify's pages carry their Content-Security-Policy in their first lines


def _own_page(path: Path) -> bool:
    """Whether a folder's file is one of verify's own HTML reports (an article's report or the batch's index.html,
    written there by `--out` the folder itself): the listing passes over it, so a rerun checks the same articles
    (review42 N1: each was refused as "a report", failing the run). Named alone, it is still refused."""
    if not path.is_file():
        return False  # a device or a broken link is listed, to be refused in one line
    try:
        with path.open("rb") as f:
            head = f.read(_PAGE_HEAD_BYTES).decode("utf-8", errors="replace").lstrip()
    except OSError:
        return False  # unreadable: listed, to be refused with its reason
    return head.startswith("<") and verify_page(head)


def claims_for(
    article: Article, claims_dir: Path, say: Callable[[str], None] = lambda m: None
) -> tuple[list[Claim], str]:
    """The reviewed claim file when there is one (checked against the article), else fresh claims."""
    reviewed = reviewed_claims(article, claims_dir, say)
    return reviewed if reviewed is not None else (extract_claims(article), EXTRACTED_NOW)


EXTRACTED_NOW = "claims extracted now (no reviewed claim file)"
# words from which an article's extraction is said before it starts, with its time: a news article is 500 to 2,000
# words; extraction, retrieval and judging take about a CPU second per 1,000 words (benchmarks/run.py --long)
LONG_ARTICLE_WORDS = 5_000


def long_article_note(article: Article) -> str | None:
    """The line said before a long article's claims are extracted, so a user waiting sees why (review39 N3: a
    239 KB article ran minutes in silence); None for an article of news length."""
    words = len(article.text.split())
    if words < LONG_ARTICLE_WORDS:
        return None
    try:
        check_extractable(article)
    except InputError:
        return None  # refused before any extraction (too many characters or lines): no time to announce
    return (
        f"{words:,} words to extract claims from (a news article is 500 to 2,000): about {round(words / 1000):,} "
        "CPU seconds or more before its first verdict"
    )


FETCHING = ("live", "record", "record-new")  # the evidence modes that send requests
# Wikimedia's User-Agent policy asks for a way to reach whoever runs the requests, not only the tool's authors
CONTACT_NOTE = (
    "verify: note: no --contact (or VERIFY_CONTACT, or contact in the configuration): Wikipedia's User-Agent "
    "policy asks for a way to reach whoever runs these requests; the User-Agent names only verify's project page"
)


def _counted_origin(count: int, origin: str) -> str:
    """`1 claim extracted now`, `11 reviewed claims from F`: the origin phrases name the noun
    "claims" once, which agrees with the count ("1 claims" read as a slip)."""
    return f"{count} {origin.replace('claims', 'claim', 1) if count == 1 else origin}"


def reviewed_claims(
    article: Article, claims_dir: Path, say: Callable[[str], None] = lambda m: None
) -> tuple[list[Claim], str] | None:
    """The article's reviewed claim file, checked against the article, with where it came from; None
    when it has none."""
    claim_path = claims_dir / f"{article.stem}.json"
    if not claim_path.exists():
        return None
    shown = shown_path(claim_path)
    reviewed = load_claim_file(claim_path)
    claims = check_spans(reviewed.claims, article, claim_path, reviewed.article)
    if reviewed.article_sha256 and reviewed.article_sha256 != article.sha256:
        say(f"{shown}: reviewed for an earlier version of {article.path}; the claims still match it")
    return claims, f"reviewed claims from {shown}"


def article_from_text(text: str, stem: str = "article", as_of: dt.date | None = None) -> Article:
    """An article held in memory (title on the first line), for callers that have no file; its line
    ends and accents are read as a file's are."""
    text = reader_text(text)
    if not text.strip():
        raise InputError(f"{stem}: the article is empty")
    problem = as_of_problem(as_of) if as_of is not None else None
    if problem:
        raise InputError(f"{stem}: as_of: {problem}")
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
    pending = Pending(article, options.wants).start()

    async def run() -> Report:
        http = options.http_client()
        try:
            wiki = WikipediaSource(http, options.wiki)
            quiet = replace(options, write_reports=False)
            checked, _ = await check_one(article, pending, "claims extracted now", quiet, wiki, OfficialSource(http))
            return checked.report
        except ExtractionError as exc:  # a library caller gets what extraction raised
            raise exc.__cause__ from None
        finally:
            await http.aclose()
            drop_ahead()

    return asyncio.run(run())


def check_files(paths: Iterable[Path], options: RunOptions | None = None, hooks: Hooks | None = None) -> BatchResult:
    """Check article files and folders, writing each article's reports (and a batch's index)."""
    options = options or RunOptions()
    given = list(paths)
    found = find_articles(given)
    if not found:
        raise InputError("no article files found in " + ", ".join(map(str, given)))
    say_empty_folders(given, (hooks or Hooks()).say)
    batch = len(found) > 1 or any(p.is_dir() for p in given)
    result = BatchResult()
    asyncio.run(check_all(found, options, options.http_client(), batch, result, hooks))
    return result


def naming_the_article(article: str, message: str) -> str:
    """`message` led by the article it stopped: an error in its claim file or cassette names that file,
    and a batch's list of articles not checked (summary.md, index.html) must say which article it cost. The
    article's name as any report can hold it: a name that is not UTF-8 keeps its odd bytes as `\\xNN`."""
    shown = printable_path(article)
    return message if message.startswith((article, shown)) else f"{shown}: {message}"


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
    offices are asked for once). With --concurrency > 1 articles are checked side by side, live or
    replayed alike (each cassette is its own client's transport); recording goes one at a time.
    Articles without a reviewed claim file are all handed to the parse thread up front, in order, so
    later articles are parsed while earlier ones wait for evidence (see `verify.pipeline.Pending`)."""
    hooks = hooks or Hooks()
    if options.write_reports:
        options = name_reports_of(options, paths, batch, hooks.say)
    wiki = WikipediaSource(http, options.wiki)
    official = OfficialSource(http)
    result = result if result is not None else BatchResult()
    loaded: list[tuple[Article, list[Claim] | Pending, str]] = []
    for path in paths:
        try:
            article = load_article(path, max_bytes=options.max_bytes, as_of=options.as_of)
            reviewed = reviewed_claims(article, claims_dir(path, options), hooks.say)
            if reviewed is None:
                if (note := long_article_note(article)) is not None:
                    hooks.say(f"{article.path}: {note}")
                loaded.append((article, Pending(article, options.wants).start(), EXTRACTED_NOW))
            else:
                kept = [c for c in reviewed[0] if options.wants(c)]
                result.left_out[article.path] = len(reviewed[0]) - len(kept)
                loaded.append((article, kept, reviewed[1]))
        except InputError as exc:
            message = naming_the_article(str(path), str(exc))
            hooks.say(f"verify: error: {message}")
            result.failed.append(message)
        except Exception as exc:  # MemoryError, RecursionError...: this file is bad, the batch goes on
            message = f"{path}: cannot be read ({type(exc).__name__})"
            hooks.say(f"verify: error: {message}")
            result.failed.append(message)

    fetching = any(evidence_mode(a, options)[1] in FETCHING for a, _, _ in loaded)
    if fetching and http.contact == DEFAULT_CONTACT and wikipedia_host(urlsplit(options.wiki).hostname):
        hooks.say(CONTACT_NOTE)

    async def one(article: Article, claims: list[Claim] | Pending, origin: str) -> None:
        try:
            checked, written = await check_one(article, claims, origin, options, wiki, official, hooks.say)
        except ExtractionError as exc:  # the article is bad (MemoryError, RecursionError...), not the run
            cause = exc.__cause__
            said = " ".join(str(cause).split())[:300]  # what went wrong, when it says (a spaCy model not installed)
            message = f"{article.path}: cannot be read ({type(cause).__name__}{': ' + said if said else ''})"
            hooks.say(f"verify: error: {message}")
            result.failed.append(message)
            return
        except InputError as exc:
            message = naming_the_article(article.path, str(exc))
            hooks.say(f"verify: error: {message}")
            result.failed.append(message)
            return
        except Exception as exc:  # a bug must not cost the other articles their reports
            message = f"{article.path}: internal error ({type(exc).__name__}: {exc}); please report it"
            if os.environ.get("VERIFY_DEBUG"):  # the traceback a maintainer needs, and the batch goes on
                traceback.print_exc(file=sys.stderr)
            hooks.say(f"verify: error: {message} (VERIFY_DEBUG=1 shows the traceback)")
            result.failed.append(message)
            result.bugs += 1
            return
        finally:
            hooks.advance()
        if isinstance(claims, Pending):
            result.left_out[article.path] = claims.left_out
        result.reports.append(checked.report)
        result.checked.append(checked)
        result.written += written
        hooks.done(article, checked.report)

    try:
        if options.mode == "live" and len(loaded) > 1:
            # an article still being parsed is represented by its forecast: what its claims will want
            known = [c for _, got, _ in loaded for c in (got.forecast or [] if isinstance(got, Pending) else got)]
            await wiki.lookup(t for c in known if not c.skipped for t in wants(c).titles)
        if len(loaded) > 1 and http.concurrency > 1 and options.mode not in {"record", "record-new"}:
            await asyncio.gather(*(one(*item) for item in loaded), return_exceptions=True)
            order = {a.path: i for i, (a, _, _) in enumerate(loaded)}
            result.reports.sort(key=lambda r: order[r.article.path])
        else:
            for index, item in enumerate(loaded):
                following = loaded[index + 1][1] if index + 1 < len(loaded) else None
                if isinstance(following, Pending) and evidence_mode(following.article, options)[1] == "live":
                    following.begin(early=wiki)  # the next article is parsed and fetched for while this one is judged
                await one(*item)
        if batch and options.write_reports:  # inside: a stop while the index is written still leaves one
            formats = [f.value for f in options.formats]
            targets = options.names.batch_files
            checked, failed = result.checked, result.failed
            result.written += write_batch(checked, failed, formats, options.out_dir, targets, write_report)
    except (KeyboardInterrupt, asyncio.CancelledError):
        # Ctrl-C, SIGTERM, a caller cancelling the run: index what finished. A bug is no stop: it goes
        # up as itself, with no index calling the articles after it "stopped" (their own reports stay)
        if batch and options.write_reports:
            _write_stopped_batch(paths, options, result)
        raise
    finally:
        await http.aclose()
        drop_ahead()
    return result


def _write_stopped_batch(paths: list[Path], options: RunOptions, result: BatchResult) -> None:
    """A stopped batch still gets its summary.md and index.html: the reports of the articles that
    finished, and the others named as not checked. A write that fails now is left alone: the
    articles' own reports are whole already, and the interrupt must not turn into another error."""
    done = {r.article.path for r in result.reports}
    said = {reason.split(": ", 1)[0] for reason in result.failed}
    named = [printable_path(p) for p in paths]  # a name that is not UTF-8 could not be written to the index
    left = [f"{name}: not checked (the run was stopped)" for name in named if name not in done | said]
    formats = [f.value for f in options.formats]
    try:
        written = write_batch(
            result.checked, result.failed + left, formats, options.out_dir, options.names.batch_files, write_report
        )
    except (OSError, InputError):
        return
    result.written += written


def evidence_mode(article: Article, options: RunOptions) -> tuple[Path, Mode]:
    """An article's cassette and where its evidence comes from: as asked, else replayed when it has
    a cassette and fetched live when not."""
    tape = cassettes_dir(Path(article.path), options) / f"{article.stem}.yaml"
    return tape, options.mode or ("replay" if tape.exists() else "live")


async def check_one(
    article: Article,
    claims: list[Claim] | Pending,
    origin: str,
    options: RunOptions,
    wiki: WikipediaSource,
    official: OfficialSource,
    say: Callable[[str], None] = lambda m: None,
) -> tuple[Checked, list[Path]]:
    """One article: evidence (under its own cassette, through its own client), verdicts, report files.

    Live, the run's shared client and its cache serve every article. Under a cassette the article gets
    a client of its own whose transport is that cassette, so nothing of one article's evidence,
    cassette or errors reaches another. `claims` may still be a `Pending` extraction: live, what its
    forecast wants is fetched while it is parsed."""
    tape, mode = evidence_mode(article, options)
    shown = shown_path(tape)
    message = {
        "offline": f"offline: answering from {shown}" if tape.exists() else "offline: no cassette, no network",
        "replay": f"replaying recorded evidence from {shown} (use --live for fresh evidence)",
        "record": f"recording fresh evidence into {shown}",
        "record-new": f"replaying {shown}, fetching and adding only the requests it lacks",
        "live": f"fetching live evidence from {options.wiki}",
    }[mode]
    started, clock = dt.datetime.now(dt.UTC), time.perf_counter()
    shared = wiki.http
    cassette = None if mode == "live" else open_cassette(tape, mode)
    http = shared if mode == "live" else _article_client(cassette, mode, shared)
    if mode != "live":
        wiki, official = WikipediaSource(http, options.wiki), OfficialSource(http)
    unknown_before = sum(wiki.unknown_templates.values())
    made_before, answered_before = http.requests_made, http.answered
    try:
        if isinstance(claims, Pending):
            claims = await claims.claims(early=wiki if mode == "live" else None)
        say(f"{article.path}: {_counted_origin(len(claims), origin)}; {message}")
        if (invisible := invisible_note(article.text)) is not None:
            say(f"{article.path}: {invisible}")
        fetched_on = started.date() if mode in ("live", "record") else None  # the day of the pages read, if today
        if article.as_of is None:
            note = undated_note(article.path, fetched_on)
            if (opening := opening_date(article.text)) is not None:
                note += f" (its opening reads '{opening[0]}': --as-of {opening[1].isoformat()})"
            say(f"{article.path}: {note}")
        # live, other fetches share the run's client (this article's early one, the next article's)
        settle = mode == "live"
        report = await check_async(article, claims, wiki, official, list(options.sources), settle=settle)
        if article.as_of is None:
            report = undated_contradictions(report, article.text, fetched_on)
    finally:
        made, answered = http.requests_made - made_before, http.answered - answered_before
        if mode != "live":
            await http.aclose()
            shared.requests_made += http.requests_made
    if mode != "live":
        _settle_cassette(cassette, tape, mode, http)
    fetched = Fetched(made, answered, evidence=any(c.evidence for c in report.claims))
    report = report.model_copy(update={"provenance": run_provenance(mode, shown, options.wiki, started, fetched)})
    if sum(wiki.unknown_templates.values()) > unknown_before:
        names = ", ".join(f"{n} ×{c}" for n, c in wiki.unknown_templates.most_common(8))
        say(
            f"{article.path}: wikitext templates without a reading rule (first plain argument kept or dropped): {names}"
        )
    stem = options.names.stems.get(article.path, article.stem)
    located = spans_index_file(article.path, article.text)
    checked = Checked(report, article.text, stem, started, time.perf_counter() - clock, located)
    written = []
    if options.write_reports:
        for fmt in (f for f in options.formats if f.value in EXTENSIONS):
            target = options.out_dir / f"{stem}{EXTENSIONS[fmt.value]}"
            write_report(target, render(fmt.value, checked))
            written.append(target)
    return checked, written


def _article_client(cassette: Cassette | None, mode: str, shared: HttpClient) -> HttpClient:
    """A client of the article's own: replaying, the cassette is its transport; recording, the cassette
    wraps the live transport (the run's, if it has one) and keeps what passes through."""
    recording = mode in {"record", "record-new"}
    return HttpClient(
        contact=shared.contact,
        timeout=shared.timeout,
        max_retries=shared.max_retries,
        max_wait=shared.max_wait,
        max_bytes=shared.max_bytes,
        concurrency=shared.concurrency,
        deadline=shared.deadline,
        transport=shared.transport if recording else CassetteTransport(cassette),
        wrap_transport=(
            (
                lambda live: CassetteTransport(
                    cassette, live, record=True, owns_live=live is not shared.transport, max_bytes=shared.max_bytes
                )
            )
            if recording
            else None
        ),
        guard=shared.guard,
        sleep=shared.sleep,
        replaying=not recording,  # a recorded Retry-After is not waited for again
    )


def _settle_cassette(cassette: Cassette | None, tape: Path, mode: str, http: HttpClient) -> None:
    """After an article: a replayed cassette that answered none of its requests belongs to another
    article; a recording that fetched anything is saved (one that fetched nothing keeps the old file)."""
    if mode in {"replay", "offline"} and tape.exists() and http.refused and not http.answered:
        raise InputError(
            f"{tape}: field 'interactions': holds none of this article's requests (a cassette from another "
            "article?); re-record it with --record"
        )
    if mode in {"record", "record-new"} and cassette is not None and cassette.added:
        cassette.save()


@dataclass(frozen=True)
class Gate:
    """What decides a run's exit status: the claims at the `--fail-on` level that no baseline knows,
    and the articles for which nothing at all could be checked (which fail by default: a CI job
    must never pass having checked nothing)."""

    failing: list[tuple[Report, ClaimResult]]
    unchecked: list[Report]  # articles whose every claim is not checked (or skipped)
    known: int = 0  # claims at the level that the baseline already holds

    @property
    def checked_nothing(self) -> bool:
        return bool(self.unchecked)

    @property
    def passed(self) -> bool:
        return not self.failing and not self.unchecked


def gate(reports: list[Report], fail_on: FailOn = FailOn.contradicted, baseline: Baseline | None = None) -> Gate:
    levels = GATE_LEVELS[fail_on]
    at_level = [(r, c) for r in reports for c in r.claims if c.outcome in levels]
    failing = [(r, c) for r, c in at_level if baseline is None or not baseline.knows(r, c)]
    unchecked = [r for r in reports if r.summary.checked_nothing] if fail_on != FailOn.never else []
    return Gate(failing, unchecked, len(at_level) - len(failing))
