"""The `verify` command: `check` articles, `extract` claims for review, print the report `schema`."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import datetime as dt
import json
import os
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import Progress
from rich.table import Table
from rich.text import Text
from typer import _click
from typer.core import TyperGroup

from verify.article import DEFAULT_MAX_BYTES, load_article
from verify.cassette import cassette
from verify.claimfile import ClaimFile, check_spans, load_claim_file, merge
from verify.errors import InputError
from verify.extract import extract_claims
from verify.models import Article, Claim, Report, Summary, Verdict
from verify.outputs import ReportNames, ensure_writable, name_reports, write_report
from verify.pipeline import check_async
from verify.provenance import run_provenance
from verify.report import EXTENSIONS, render, summary_line
from verify.report.batch import github_annotations, index_html, summary_markdown
from verify.retrieve import wanted_titles
from verify.safety import AddressGuard, parse_allowed
from verify.signals import exit_code, interrupts_raise_at_once
from verify.sources.http import DEFAULT_CONTACT, HttpClient
from verify.sources.official import OfficialSource
from verify.sources.wikipedia import DEFAULT_WIKI, WikipediaSource
from verify.terminal import cell, line


class OneLineUsageErrors(TyperGroup):
    """Usage errors (an unknown option, a bad value) as one line and exit 2, like input errors,
    instead of a multi-line box: CI logs and scripts grep for `verify: error:`."""

    def main(self, *args: Any, standalone_mode: bool = True, **kwargs: Any) -> Any:
        try:
            code = super().main(*args, standalone_mode=False, **kwargs)
        except _click.exceptions.NoArgsIsHelpError as exc:
            exc.show()
            code = exc.exit_code
        except _click.ClickException as exc:
            say(f"verify: error: {exc.format_message()} (see verify --help)")
            code = exc.exit_code
        except typer.Abort:
            code = 1
        if not standalone_mode:
            return code
        sys.exit(code if isinstance(code, int) else 0)


app = typer.Typer(
    cls=OneLineUsageErrors,
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="Check the factual claims of news articles against Wikipedia and official pages.",
)
out = Console(highlight=False)


def say(message: str) -> None:
    """One unwrapped line on stderr: messages must stay greppable, whatever the terminal width; what
    came from a file name or a page cannot add lines, escapes or workflow commands to it."""
    print(line(message), file=sys.stderr, flush=True)


class Format(StrEnum):
    json = "json"
    markdown = "markdown"
    html = "html"
    junit = "junit"


class FailOn(StrEnum):
    contradicted = "contradicted"
    unverified = "unverified"
    never = "never"


BATCH_SUFFIX = {"summary": ".md", "index": ".html"}
ARTICLE_SUFFIXES = {".txt", ".html", ".htm"}  # what a folder holds as articles (not its README.md)
VERDICT_STYLE = {Verdict.SUPPORTED: "green", Verdict.CONTRADICTED: "bold red", Verdict.UNVERIFIED: "yellow"}


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
    check_spans(reviewed.claims, article, claim_path)
    if reviewed.article_sha256 and reviewed.article_sha256 != article.sha256:
        say(f"{claim_path}: reviewed for an earlier version of {article.path}; the claims still match it")
    return reviewed.claims, f"reviewed claims from {claim_path}"


def _claims_table(report: Report) -> Table:
    table = Table(show_header=True, header_style="bold", box=None, pad_edge=False)
    table.add_column("verdict", no_wrap=True)
    table.add_column("claim", overflow="fold", max_width=60)
    table.add_column("evidence", overflow="fold", max_width=40)
    for r in report.claims:
        ev = r.evidence[0].title if r.evidence else "—"
        table.add_row(Text(r.verdict.value, style=VERDICT_STYLE[r.verdict]), cell(r.text), cell(ev))
    return table


def _articles_table(reports: list[Report]) -> Table:
    table = Table(show_header=True, header_style="bold", box=None, pad_edge=False)
    for name, style in (
        ("article", ""),
        ("contradicted", "bold red"),
        ("unverified", "yellow"),
        ("supported", "green"),
    ):
        table.add_column(name, style=style, overflow="fold", max_width=60 if name == "article" else None)
    for r in sorted(reports, key=lambda r: (-r.summary.contradicted, r.article.path)):
        s = r.summary
        table.add_row(cell(r.article.path), str(s.contradicted), str(s.unverified), str(s.supported))
    return table


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
    names: ReportNames = field(default_factory=ReportNames)


@app.command()
def check(
    articles: Annotated[list[Path], typer.Argument(help="Article files (title, blank line, paragraphs) or folders.")],
    out_dir: Annotated[Path, typer.Option("--out", help="Folder for the reports.")] = Path("reports"),
    formats: Annotated[list[Format] | None, typer.Option("--format", help="Report format (repeatable).")] = None,
    wiki: Annotated[
        str, typer.Option(envvar="VERIFY_WIKI", help="Base URL of the wiki; the API is {wiki}/w/api.php.")
    ] = DEFAULT_WIKI,
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
        FailOn, typer.Option("--fail-on", help="Exit 1 when a claim is at this level.")
    ] = FailOn.contradicted,
    cassettes: Annotated[Path, typer.Option("--cassettes", help="Folder of recorded cassettes.")] = Path(
        "fixtures/cassettes"
    ),
    claims_dir: Annotated[Path, typer.Option("--claims", help="Folder of reviewed claim files.")] = Path("claims"),
    contact: Annotated[
        str, typer.Option(envvar="VERIFY_CONTACT", help="Contact URL or e-mail for the User-Agent.")
    ] = DEFAULT_CONTACT,
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
    allow_private: Annotated[
        list[str] | None,
        typer.Option("--allow-private", help="An IP address official pages may come from although it is private."),
    ] = None,
) -> None:
    """Check ARTICLE(s) and write verdict reports."""
    with one_line_errors():
        if sum([offline, live, record]) > 1:
            raise typer.BadParameter("choose one of --offline, --live, --record")
        _check_numbers(timeout=timeout, retries=retries, deadline=deadline, max_bytes=max_bytes)
        try:
            allowed = parse_allowed(allow_private or [])
        except ValueError as exc:
            raise InputError(str(exc)) from None
        options = RunOptions(
            out_dir=out_dir,
            formats=list(dict.fromkeys(formats or [Format.json, Format.markdown])),
            wiki=wiki,
            as_of=_parse_date(as_of),
            sources=sources or [],
            mode="offline" if offline else "live" if live else "record" if record else None,
            cassettes=cassettes,
            claims_dir=claims_dir,
            max_bytes=max_bytes,
        )
        paths = _articles(articles)
        if not paths:
            raise InputError("no article files found in " + ", ".join(map(str, articles)))
        http = HttpClient(
            contact=contact,
            timeout=timeout,
            max_retries=retries,
            concurrency=concurrency,
            deadline=time.monotonic() + deadline if deadline else None,
            guard=AddressGuard(allowed=allowed),
        )
        batch = len(paths) > 1 or any(a.is_dir() for a in articles)
        options = _name_reports(options, paths, batch)
        result = BatchResult()
        try:
            with interrupts_raise_at_once():
                asyncio.run(check_all(paths, options, http, batch, result))
        except KeyboardInterrupt as interrupt:
            done = {r.article.path for r in result.reports}
            left = [str(p) for p in paths if str(p) not in done]
            say(
                f"verify: interrupted; not checked: {', '.join(left) or 'none'}; reports written: "
                f"{', '.join(map(str, result.written)) or 'none'}"
            )
            raise typer.Exit(exit_code(interrupt)) from None
        if batch:
            out.print(_articles_table(result.reports))
            totals = Summary(**{v.value: sum(getattr(r.summary, v.value) for r in result.reports) for v in Verdict})
            out.print(
                f"[bold]{len(result.reports)} articles: {totals.supported} supported, "
                f"{totals.contradicted} contradicted, {totals.unverified} unverified[/]"
                + (f"; [bold red]{len(result.failed)} not checked[/]" if result.failed else "")
            )
        out.print(Text(line("reports: " + ", ".join(str(p) for p in result.written))))
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
    except KeyboardInterrupt as interrupt:
        say("verify: interrupted; reports already written are complete, the rest were not written")
        raise typer.Exit(exit_code(interrupt)) from None


def _check_numbers(**values: float | None) -> None:
    """Numeric options that would mean nonsense (a negative timeout, a zero deadline) are refused."""
    least = {"timeout": 0, "deadline": 0, "max_bytes": 0}
    for name, value in values.items():
        if value is None:
            continue
        if name in least and not value > least[name]:
            raise InputError(f"--{name.replace('_', '-')} must be more than 0 (got {value:g})")
        if name == "retries" and value < 0:
            raise InputError(f"--retries must be 0 or more (got {value:g})")


def _name_reports(options: RunOptions, paths: list[Path], batch: bool) -> RunOptions:
    """Check that --out can be written, then give every report a name that overwrites no input."""
    ensure_writable(options.out_dir)
    extensions = [EXTENSIONS[fmt.value] for fmt in options.formats]
    names = name_reports(paths, options.out_dir, extensions, [options.claims_dir, options.cassettes], batch)
    for warning in names.warnings:
        say(f"verify: warning: {warning}")
    return dataclasses.replace(options, names=names)


@dataclass
class BatchResult:
    reports: list[Report] = field(default_factory=list)
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
            loaded.append((article, *claims_for(article, options.claims_dir)))
        except InputError as exc:
            say(f"verify: error: {exc}")
            result.failed.append(str(exc))
        except Exception as exc:  # MemoryError, RecursionError...: this file is bad, the batch goes on
            message = f"{path}: cannot be read ({type(exc).__name__})"
            say(f"verify: error: {message}")
            result.failed.append(message)
    with _progress(len(loaded)) as advance:

        async def one(article: Article, claims: list[Claim], origin: str) -> None:
            try:
                report, written = await check_one(article, claims, origin, options, wiki, official, quiet=batch)
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
            result.reports.append(report)
            result.written += written

        try:
            if options.mode == "live" and len(loaded) > 1:
                await wiki.lookup(t for _, claims, _ in loaded for c in claims if not c.skip for t in wanted_titles(c))
            if options.mode == "live" and len(loaded) > 1 and http.concurrency > 1:
                await asyncio.gather(*(one(*item) for item in loaded), return_exceptions=True)
            else:
                for item in loaded:
                    await one(*item)
        finally:
            await http.aclose()
    if batch:
        stems = [(r, options.names.stems.get(r.article.path, Path(r.article.path).stem)) for r in result.reports]
        for name, content in (
            ("summary", summary_markdown(stems, result.failed)),
            ("index", index_html(stems, result.failed, Format.html in options.formats)),
        ):
            target = options.names.batch_files.get(name, options.out_dir / f"{name}{BATCH_SUFFIX[name]}")
            write_report(target, content)
            result.written.append(target)
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
    quiet: bool = False,
) -> tuple[Report, list[Path]]:
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
    wiki.http.replaying = mode in {"replay", "offline"}  # recorded Retry-After times are not waited again
    answered, refused = wiki.http.answered, wiki.http.refused
    started, unknown_before = dt.datetime.now(dt.UTC), sum(wiki.unknown_templates.values())
    with cassette(tape, mode):
        report = await check_async(article, claims, wiki, official, options.sources)
    report = report.model_copy(update={"provenance": run_provenance(mode, tape, options.wiki, started)})
    if sum(wiki.unknown_templates.values()) > unknown_before:
        names = ", ".join(f"{n} ×{c}" for n, c in wiki.unknown_templates.most_common(8))
        say(
            f"{article.path}: wikitext templates without a reading rule (first plain argument kept or dropped): {names}"
        )
    nothing_matched = wiki.http.refused > refused and wiki.http.answered == answered
    if mode in {"replay", "offline"} and tape.exists() and nothing_matched:
        raise InputError(
            f"{tape}: field 'interactions': holds none of this article's requests (a cassette from another "
            "article?); re-record it with --record"
        )
    written = []
    stem = options.names.stems.get(article.path, article.stem)
    for fmt in options.formats:
        target = options.out_dir / f"{stem}{EXTENSIONS[fmt.value]}"
        write_report(target, render(fmt.value, report, article.text))
        written.append(target)
    if os.environ.get("GITHUB_ACTIONS") == "true":
        for line in github_annotations(report, article.text):
            print(line, flush=True)
    if not quiet:
        out.print(_claims_table(report))
        out.print(Text(summary_line(report), style="bold"))
    return report, written


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
    write_report(target, data.model_dump_json(indent=2, exclude_defaults=False) + "\n")
    say(f"{target}: {len(claims)} claims")


@app.command()
def schema() -> None:
    """Print the JSON Schema of the JSON report."""
    sys.stdout.write(json.dumps(Report.model_json_schema(), indent=2) + "\n")


def main() -> None:
    app()


if __name__ == "__main__":
    main()
