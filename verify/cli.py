"""The `verify` command: `check` articles, `extract` claims for review, print the report `schema`."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import json
import os
import sys
from collections.abc import Callable, Iterator
from enum import StrEnum
from pathlib import Path
from typing import Annotated, get_args

import typer
from rich.console import Console
from rich.progress import Progress

from verify.app import BatchResult, Format, Hooks, RunOptions, check_all, find_articles
from verify.article import DEFAULT_MAX_BYTES, load_article
from verify.claimfile import ClaimFile, load_claim_file, merge
from verify.config import find_config
from verify.errors import InputError
from verify.extract import extract_claims
from verify.models import ClaimKind, Outcome, Report
from verify.report import write_atomic
from verify.report.github import annotations, append_job_summary
from verify.report.terminal import print_run
from verify.sources.http import DEFAULT_CONTACT
from verify.sources.wikipedia import DEFAULT_WIKI

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


DEFAULT_FORMATS = (Format.json, Format.markdown)


class FailOn(StrEnum):
    contradicted = "contradicted"
    unverified = "unverified"
    never = "never"


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
    cassettes: Annotated[Path, typer.Option("--cassettes", help="Folder of recorded cassettes.")] = Path(
        "fixtures/cassettes"
    ),
    claims_dir: Annotated[Path, typer.Option("--claims", help="Folder of reviewed claim files.")] = Path("claims"),
    contact: Annotated[
        str | None, typer.Option(envvar="VERIFY_CONTACT", help="Contact URL or e-mail for the User-Agent.")
    ] = None,
    select: Annotated[list[str] | None, typer.Option("--select", help="Check only claims of this kind.")] = None,
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
        project = find_config(articles[0])  # flags first, then the project's configuration, then the defaults
        options = RunOptions(
            out_dir=out_dir or project.path_of("out") or Path("reports"),
            formats=tuple(dict.fromkeys(formats or project.choices("formats", Format) or DEFAULT_FORMATS)),
            wiki=wiki or project.config.wiki or DEFAULT_WIKI,
            as_of=_parse_date(as_of),
            sources=tuple(sources or project.config.sources or []),
            mode="offline" if offline else "live" if live else "record" if record else None,
            cassettes=cassettes,
            claims_dir=claims_dir,
            max_bytes=max_bytes,
            contact=contact or project.config.contact or DEFAULT_CONTACT,
            timeout=timeout,
            retries=retries,
            concurrency=concurrency,
            deadline=deadline,
            select=tuple(_kinds(select, "--select") or project.config.select or []),
            ignore=tuple(_kinds(ignore, "--ignore") or project.config.ignore or []),
        )
        fail_on = fail_on or project.choice("fail-on", FailOn) or FailOn.contradicted
        paths = find_articles(articles)
        if not paths:
            raise InputError("no article files found in " + ", ".join(map(str, articles)))
        http = options.http_client()
        batch = len(paths) > 1 or any(a.is_dir() for a in articles)
        result = BatchResult()
        try:
            with _progress(len(paths) if batch else 0) as advance:
                hooks = Hooks(say=say, advance=advance)
                asyncio.run(check_all(paths, options, http, batch, result, hooks))
        except KeyboardInterrupt:
            done = {Path(r.article.path) for r in result.reports}
            left = [str(p) for p in paths if p not in done]
            say(
                f"verify: interrupted; not checked: {', '.join(left) or 'none'}; reports written: "
                f"{', '.join(map(str, result.written)) or 'none'}"
            )
            raise typer.Exit(130) from None
        print_run(out, result.checked, result.failed, result.written, options.out_dir, batch, verbose - quiet)
        if Format.github in options.formats or os.environ.get("GITHUB_ACTIONS") == "true":
            for line in annotations(result.checked):
                print(line, flush=True)
        if Format.github in options.formats:
            append_job_summary(result.checked, result.failed)
        if result.failed:
            raise typer.Exit(2)
        levels = {
            FailOn.contradicted: {Outcome.CONTRADICTED},
            FailOn.unverified: {Outcome.CONTRADICTED, Outcome.UNVERIFIED},
            FailOn.never: set(),
        }[fail_on]
        worst = {r.outcome for report in result.reports for r in report.claims}
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


@contextlib.contextmanager
def _progress(total: int) -> Iterator[Callable[[], None]]:
    """A progress bar for batches on a terminal; nothing when piped or in CI."""
    if total < 2 or not sys.stderr.isatty() or os.environ.get("CI"):
        yield lambda: None
        return
    with Progress(console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("checking articles", total=total)
        yield lambda: bar.advance(task)


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
