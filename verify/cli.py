"""The `verify` command: `check` articles, `extract` claims for review, print the report `schema`."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import json
import os
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Annotated, get_args

import typer
from rich.console import Console
from rich.progress import Progress

from verify.article import DEFAULT_MAX_BYTES, load_article
from verify.cassette import cassette
from verify.claimfile import ClaimFile, load_claim_file, merge
from verify.config import find_config, select_kinds
from verify.errors import InputError
from verify.extract import extract_claims
from verify.models import Article, Claim, ClaimKind, Report, Verdict
from verify.pipeline import check_async
from verify.report import EXTENSIONS, Checked, render, write_atomic
from verify.report.batch import write_batch
from verify.report.github import annotations, append_job_summary
from verify.report.terminal import print_run
from verify.retrieve import wanted_titles
from verify.sources.http import DEFAULT_CONTACT, HttpClient
from verify.sources.official import OfficialSource
from verify.sources.wikipedia import DEFAULT_WIKI, WikipediaSource

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="Check the factual claims of news articles against Wikipedia and official pages.",
)
out = Console(highlight=False)


def say(message: str) -> None:
    """One unwrapped line on stderr: messages must stay greppable, whatever the terminal width."""
    print(message, file=sys.stderr, flush=True)


class Format(StrEnum):
    json = "json"
    markdown = "markdown"
    html = "html"
    junit = "junit"
    sarif = "sarif"
    github = "github"  # annotations on stdout and the job summary, no file


class FailOn(StrEnum):
    contradicted = "contradicted"
    unverified = "unverified"
    never = "never"


DEFAULT_FORMATS = [Format.json, Format.markdown]
ARTICLE_SUFFIXES = {".txt", ".html", ".htm"}  # what a folder holds as articles (not its README.md)


def _articles(paths: list[Path]) -> list[Path]:
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted(p for p in path.iterdir() if p.is_file() and p.suffix in ARTICLE_SUFFIXES)
        else:
            found.append(path)
    return found


def claims_for(article: Article, claims_dir: Path) -> tuple[list[Claim], str]:
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


@dataclass(frozen=True)
class RunOptions:
    """What one `verify check` run was asked to do, shared by every article of the run."""

    out_dir: Path
    formats: list[Format]
    wiki: str
    as_of: dt.date | None
    sources: list[str]
    mode: str | None  # "offline", "live", "record", or None: replay when a cassette exists, else live
    cassettes: Path
    claims_dir: Path
    max_bytes: int
    select: list[str] = field(default_factory=list)  # claim kinds to check (all when empty)
    ignore: list[str] = field(default_factory=list)  # claim kinds never checked


@app.command()
def check(
    articles: Annotated[list[Path], typer.Argument(help="Article files (title, blank line, paragraphs) or folders.")],
    out_dir: Annotated[Path | None, typer.Option("--out", help="Folder for the reports [default: reports].")] = None,
    formats: Annotated[list[Format] | None, typer.Option("--format", help="Report format (repeatable).")] = None,
    wiki: Annotated[
        str | None, typer.Option(envvar="VERIFY_WIKI", help="Base URL of the wiki; the API is {wiki}/w/api.php.")
    ] = None,
    as_of: Annotated[str | None, typer.Option("--as-of", help="Judge claims as of this date (YYYY-MM-DD).")] = None,
    sources: Annotated[
        list[str] | None, typer.Option("--source", help="Official page consulted for every claim.")
    ] = None,
    offline: Annotated[
        bool, typer.Option("--offline", help="Never use the network; what the cassette lacks is unverified.")
    ] = False,
    live: Annotated[bool, typer.Option("--live", help="Fetch fresh evidence; leave the cassette alone.")] = False,
    record: Annotated[bool, typer.Option("--record", help="Fetch fresh evidence and (re)write the cassette.")] = False,
    fail_on: Annotated[
        FailOn | None, typer.Option("--fail-on", help="Exit 1 when a claim is at this level [default: contradicted].")
    ] = None,
    cassettes: Annotated[
        Path | None, typer.Option("--cassettes", help="Folder of recorded cassettes [default: fixtures/cassettes].")
    ] = None,
    claims_dir: Annotated[
        Path | None, typer.Option("--claims", help="Folder of reviewed claim files [default: claims].")
    ] = None,
    contact: Annotated[
        str | None, typer.Option(envvar="VERIFY_CONTACT", help="Contact URL or e-mail for the User-Agent.")
    ] = None,
    select: Annotated[
        list[str] | None, typer.Option("--select", help="Check only claims of this kind (repeatable).")
    ] = None,
    ignore: Annotated[list[str] | None, typer.Option("--ignore", help="Never check claims of this kind.")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print the totals line only.")] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="In a batch, print every article's claims.")] = False,
    max_bytes: Annotated[
        int, typer.Option("--max-bytes", help="Largest article accepted, in bytes.")
    ] = DEFAULT_MAX_BYTES,
    timeout: Annotated[float, typer.Option(help="Seconds one request may take.")] = 15.0,
    retries: Annotated[int, typer.Option(help="Retries of a failed request.")] = 3,
    concurrency: Annotated[
        int,
        typer.Option(min=1, max=32, help="Requests in flight at once (keep 1 for Wikimedia; more for your mirror)."),
    ] = 1,
    deadline: Annotated[float | None, typer.Option(help="Seconds the whole run may spend on the network.")] = None,
) -> None:
    """Check ARTICLE(s) and write verdict reports."""
    with one_line_errors():
        if sum([offline, live, record]) > 1:
            raise typer.BadParameter("choose one of --offline, --live, --record")
        project = find_config(articles[0])  # flags first, then the project's configuration, then defaults
        options = RunOptions(
            out_dir=out_dir or project.path_of("out") or Path("reports"),
            formats=list(dict.fromkeys(formats or project.choices("formats", Format) or DEFAULT_FORMATS)),
            wiki=wiki or project.config.wiki or DEFAULT_WIKI,
            as_of=_parse_date(as_of),
            sources=sources or list(project.config.sources or []),
            mode="offline" if offline else "live" if live else "record" if record else None,
            cassettes=cassettes or project.path_of("cassettes") or Path("fixtures/cassettes"),
            claims_dir=claims_dir or project.path_of("claims") or Path("claims"),
            max_bytes=max_bytes,
            select=_kinds(select, "--select") or list(project.config.select or []),
            ignore=_kinds(ignore, "--ignore") or list(project.config.ignore or []),
        )
        fail_on = fail_on or project.choice("fail-on", FailOn) or FailOn.contradicted
        contact = contact or project.config.contact or DEFAULT_CONTACT
        paths = _articles(articles)
        if not paths:
            raise InputError("no article files found in " + ", ".join(map(str, articles)))
        http = HttpClient(
            contact=contact,
            timeout=timeout,
            max_retries=retries,
            concurrency=concurrency,
            deadline=time.monotonic() + deadline if deadline else None,
        )
        batch = len(paths) > 1 or any(a.is_dir() for a in articles)
        result = BatchResult()
        try:
            asyncio.run(check_all(paths, options, http, batch, result))
        except KeyboardInterrupt:
            done = {Path(r.article.path) for r in result.reports}
            left = [str(p) for p in paths if p not in done]
            say(
                f"verify: interrupted; not checked: {', '.join(left) or 'none'}; reports written: "
                f"{', '.join(map(str, result.written)) or 'none'}"
            )
            raise typer.Exit(130) from None
        if Format.github in options.formats or os.environ.get("GITHUB_ACTIONS") == "true":
            for line in annotations(result.checked):
                print(line, flush=True)
        if Format.github in options.formats:
            append_job_summary(result.checked, result.failed)
        print_run(out, result.checked, result.failed, result.written, options.out_dir, batch, verbose - quiet)
        if result.failed:
            raise typer.Exit(2)
        levels = {
            FailOn.contradicted: {Verdict.CONTRADICTED},
            FailOn.unverified: {Verdict.CONTRADICTED, Verdict.UNVERIFIED},
            FailOn.never: set(),
        }[fail_on]
        worst = {r.verdict for report in result.reports for r in report.claims}
        raise typer.Exit(1 if worst & levels else 0)


@contextlib.contextmanager
def one_line_errors() -> Iterator[None]:
    """Input errors are one line on stderr and exit 2; an interrupt says so and exits 130."""
    try:
        yield
    except InputError as exc:
        say(f"verify: error: {exc}")
        raise typer.Exit(2) from None
    except KeyboardInterrupt:
        say("verify: interrupted; reports already written are complete, the rest were not written")
        raise typer.Exit(130) from None


@dataclass
class BatchResult:
    reports: list[Report] = field(default_factory=list)
    checked: list[Checked] = field(default_factory=list)  # the reports with their texts and timings
    failed: list[str] = field(default_factory=list)  # one-line reasons, one per article not checked
    written: list[Path] = field(default_factory=list)


async def check_all(
    paths: list[Path], options: RunOptions, http: HttpClient, batch: bool = False, result: BatchResult | None = None
) -> BatchResult:
    """Check every article; one bad article is reported and skipped, never the end of the batch.

    A live batch first looks up the titles of all its articles together (shared people and
    offices are asked for once), then checks the articles, side by side with --concurrency > 1.
    Replay and record go one article at a time: a cassette patches the HTTP layer for one article."""
    wiki = WikipediaSource(http, options.wiki)
    official = OfficialSource(http)
    result = result if result is not None else BatchResult()
    loaded: list[tuple[Article, list[Claim], str]] = []
    for path in paths:
        try:
            article = load_article(path, max_bytes=options.max_bytes, as_of=options.as_of)
            claims, origin = claims_for(article, options.claims_dir)
            loaded.append((article, select_kinds(claims, options.select, options.ignore), origin))
        except InputError as exc:
            say(f"verify: error: {exc}")
            result.failed.append(str(exc))
    with _progress(len(loaded)) as advance:

        async def one(article: Article, claims: list[Claim], origin: str) -> None:
            try:
                checked, written = await check_one(article, claims, origin, options, wiki, official)
            except InputError as exc:
                say(f"verify: error: {exc}")
                result.failed.append(str(exc))
                return
            except Exception as exc:  # a bug must not cost the other articles their reports
                message = f"{article.path}: internal error ({type(exc).__name__}: {exc}); please report it"
                say(f"verify: error: {message}")
                result.failed.append(message)
                return
            finally:
                advance()
            result.reports.append(checked.report)
            result.checked.append(checked)
            result.written += written

        try:
            if options.mode == "live" and len(loaded) > 1:
                await wiki.lookup(t for _, claims, _ in loaded for c in claims if not c.skip for t in wanted_titles(c))
            if options.mode == "live" and len(loaded) > 1 and http.concurrency > 1:
                await asyncio.gather(*(one(*item) for item in loaded))
            else:
                for item in loaded:
                    await one(*item)
        finally:
            await http.aclose()
    if batch:
        formats = [f.value for f in options.formats]
        result.written += write_batch(result.checked, result.failed, formats, options.out_dir)
    return result


@contextlib.contextmanager
def _progress(total: int) -> Iterator[Callable[[], None]]:
    """A progress bar for batches on a terminal; nothing when piped or in CI."""
    if total < 2 or not sys.stderr.isatty() or os.environ.get("CI"):
        yield lambda: None
        return
    with Progress(console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("checking articles", total=total)
        yield lambda: bar.advance(task)


async def check_one(
    article: Article,
    claims: list[Claim],
    origin: str,
    options: RunOptions,
    wiki: WikipediaSource,
    official: OfficialSource,
) -> tuple[Checked, list[Path]]:
    tape = options.cassettes / f"{article.stem}.yaml"
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
        report = await check_async(article, claims, wiki, official, options.sources)
    checked = Checked(report, article.text, article.stem, started, time.perf_counter() - clock)
    nothing_matched = wiki.http.refused > refused and wiki.http.answered == answered
    if mode in {"replay", "offline"} and tape.exists() and nothing_matched:
        raise InputError(
            f"{tape}: field 'interactions': holds none of this article's requests (a cassette from another "
            "article?); re-record it with --record"
        )
    written = []
    for fmt in (f for f in options.formats if f.value in EXTENSIONS):
        target = options.out_dir / f"{article.stem}{EXTENSIONS[fmt.value]}"
        write_atomic(target, render(fmt.value, checked))
        written.append(target)
    return checked, written


def _kinds(values: list[str] | None, flag: str) -> list[str]:
    known = get_args(ClaimKind)
    for value in values or []:
        if value not in known:
            raise typer.BadParameter(f"{value!r} is not one of {', '.join(known)}", param_hint=flag)
    return list(values or [])


def _parse_date(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date like 2025-08-20", param_hint="--as-of") from None


@app.command()
def extract(
    article: Annotated[Path, typer.Argument(help="The article to extract claims from.")],
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Claim file to write (default claims/<stem>.json).")
    ] = None,
    update: Annotated[
        bool, typer.Option("--update", help="Merge into an existing claim file, keeping reviewer decisions.")
    ] = False,
    max_bytes: Annotated[int, typer.Option("--max-bytes")] = DEFAULT_MAX_BYTES,
) -> None:
    """Extract the checkable claims of ARTICLE into a claim file for review."""
    with one_line_errors():
        _extract(article, output, update, max_bytes)


def _extract(article: Path, output: Path | None, update: bool, max_bytes: int) -> None:
    loaded = load_article(article, max_bytes=max_bytes)
    target = output or Path("claims") / f"{loaded.stem}.json"
    if target.exists() and not update:
        raise InputError(f"{target} exists; use --update to merge, keeping reviewer decisions")
    previous = load_claim_file(target) if target.exists() else None
    claims = merge(extract_claims(loaded), previous)
    data = ClaimFile(article=loaded.path, article_sha256=loaded.sha256, claims=claims)
    write_atomic(target, data.model_dump_json(indent=2, exclude_defaults=False) + "\n")
    say(f"{target}: {len(claims)} claims")


@app.command()
def schema() -> None:
    """Print the JSON Schema of the JSON report."""
    sys.stdout.write(json.dumps(Report.model_json_schema(), indent=2) + "\n")


def main() -> None:
    app()


if __name__ == "__main__":
    main()
