"""The `verify` command: `check` articles, `extract` claims for review, print the report `schema`."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import io
import json
import math
import os
import re
import signal
import sys
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import Progress
from rich.text import Text
from typer import _click
from typer.core import TyperArgument, TyperCommand, TyperGroup, TyperOption

from verify import __version__
from verify.app import (
    BatchResult,
    FailOn,
    Format,
    Hooks,
    Mode,
    RunOptions,
    check_all,
    claims_dir,
    find_articles,
    gate,
    input_dirs,
    say_empty_folders,
)
from verify.article import DEFAULT_MAX_BYTES, as_of_problem, check_extractable, load_article
from verify.baseline import DEFAULT_BASELINE, Baseline, load_baseline
from verify.claimfile import ClaimFile, load_claim_file, merge
from verify.config import ProjectConfig, find_config
from verify.errors import InputError
from verify.extract import extract_claims
from verify.inputs import STDIN, is_web_url
from verify.kinds import known_kinds
from verify.models import Article, Outcome, Report
from verify.outputs import input_named, refuse_an_input, run_inputs, write_report
from verify.report import Checked, summary_line
from verify.report.common import article_count, checked_line, count_of, line_of, spans_index_file
from verify.report.github import annotations, append_job_summary
from verify.report.terminal import print_article, print_batch, written_line
from verify.safety import parse_allowed
from verify.signals import exit_code, interrupts_raise_at_once
from verify.sources.http import DEFAULT_CONTACT, MAX_RETRIES
from verify.sources.wikipedia import DEFAULT_WIKI
from verify.terminal import GuardedOutput, StandardOutputFailed, line

INTERNAL_ERROR = 3  # a bug in verify, told apart from 2 (a usage, input or output error a user can fix)
STOPPED_BY_A_CLOSED_PIPE = 128 + 13  # 128 + SIGPIPE's number (13 on Linux and macOS), as shells report it


def _help_for(exc: _click.ClickException) -> str:
    """The help that answers a usage error: the command's own (`verify check --help` lists the option
    mistyped), the group's when no command was named. 'see verify --help' listed only the commands."""
    ctx = getattr(exc, "ctx", None)
    command = ctx.command.name if ctx is not None and ctx.parent is not None else None
    return f"verify {command} --help" if command else "verify --help"


class OneLineUsageErrors(TyperGroup):
    """Usage errors (an unknown option, a bad value) as one line and exit 2, like input errors,
    instead of a multi-line box: CI logs and scripts grep for `verify: error:`."""

    def get_params(self, ctx: _click.Context) -> list[_click.Parameter]:
        return shown_as_typed(super().get_params(ctx))

    def main(self, *args: Any, standalone_mode: bool = True, **kwargs: Any) -> Any:
        given = kwargs.get("args", args[0] if args else None)
        # standard output closed (`>&-`): Python's sys.stdout is None, and what is printed is dropped, as print() does
        stdout = GuardedOutput(sys.stdout if sys.stdout is not None else io.StringIO())
        code: Any = None
        try:
            with contextlib.redirect_stdout(stdout):
                if not (sys.argv[1:] if given is None else given):
                    code = self._no_command(**{k: v for k, v in kwargs.items() if k != "args"})
                else:
                    code = super().main(*args, standalone_mode=False, **kwargs)
                stdout.flush()  # what is still buffered fails here, under this handling, not at the interpreter's exit
        except StandardOutputFailed:
            pass  # told below, like a failure a caller swallowed (a batch's concurrent articles)
        except _click.ClickException as exc:
            named = None
            if isinstance(exc, _click.exceptions.NoSuchOption):
                named = _dash_named_file(kwargs.get("args", args[0] if args else None))
            said = f"; {named!r} is a file: name it ./{named}" if named else ""
            message = exc.format_message().replace("Value error, ", "")  # pydantic's prefix: no user's words
            say(f"verify: error: {message}{said} (see {_help_for(exc)})")
            code = exc.exit_code
        except typer.Abort:
            code = 1
        except Exception as exc:  # a bug: one line a script can grep and a person can report, not a traceback
            if os.environ.get("VERIFY_DEBUG"):
                raise  # the whole traceback, for the report a maintainer needs
            detail = " ".join(str(exc).split())[:300]
            say(
                f"verify: error: internal error ({type(exc).__name__}: {detail}); "
                "please report it (VERIFY_DEBUG=1 shows the traceback)"
            )
            code = INTERNAL_ERROR
        if stdout.failed is not None:
            code = _standard_output_failed(stdout.failed)
        if not standalone_mode:
            return code
        sys.exit(code if isinstance(code, int) else 0)

    def _no_command(self, **kwargs: Any) -> int:
        """Bare `verify`: a usage error like any other (exit 2, one `verify: error:` line), after the help a
        new user needs, both on stderr. The help went to standard output, so `verify > out.txt` filled the
        file, and no line said anything was wrong."""
        with contextlib.redirect_stdout(sys.stderr):
            super().main(args=["--help"], standalone_mode=False, **kwargs)
        commands = ", ".join(self.commands)
        say(f"verify: error: no command given; choose one of {commands} (see verify --help)")
        return 2


def _standard_output_failed(failed: OSError) -> int:
    """The exit code of a run whose standard output failed, after one line if the user must act. A reader
    that has gone (`| head -1`) wanted no more: nothing is said, and the code is a shell's for a command
    stopped by SIGPIPE, as `cat` or `git log` give there (click's own exit 1 read as a failed gate). A full
    disk or device is an output error like a report's: one line, exit 2. Either way standard output then
    points at /dev/null, so what its buffer holds cannot fail again at the interpreter's exit."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):  # a stream with no descriptor (a test's runner): nothing is flushed at exit
        pass
    if isinstance(failed, BrokenPipeError):
        return STOPPED_BY_A_CLOSED_PIPE
    say(f"verify: error: standard output: cannot write ({failed.strerror or type(failed).__name__})")
    return 2


def _dash_named_file(given: Sequence[str] | None) -> str | None:
    """The first word of the command line that starts with '-' and names an existing file: an article
    called '-draft.txt' is read as the options -d -r ..., and 'No such option: -d' alone does not say why."""
    for word in sys.argv[1:] if given is None else given:
        if word == "--":
            return None  # after '--' every word is an article already
        if word.startswith("-") and len(word) > 1 and _is_file(word):
            return word
    return None


def _is_file(name: str) -> bool:
    """Path.is_file, False for a name the system refuses (too long, a NUL) instead of raising."""
    try:
        return Path(name).is_file()
    except (OSError, ValueError):
        return False


class CommandLineUsage(TyperCommand):
    """Usage and help that read like a command line: `verify check [OPTIONS] ARTICLE...`. Typer
    printed `{articles}...` and the argument's Python type `<list[Path]>`, which no shell accepts."""

    def collect_usage_pieces(self, ctx: _click.Context) -> list[str]:
        pieces = [self.options_metavar] if self.options_metavar else []
        for param in self.get_params(ctx):
            if isinstance(param, TyperArgument):
                shown = param.metavar or (param.name or "").upper()
                pieces.append(shown if shown.endswith("...") or param.nargs == 1 else f"{shown}...")
        return pieces

    def get_params(self, ctx: _click.Context) -> list[_click.Parameter]:
        return shown_as_typed(super().get_params(ctx))

    def parse_args(self, ctx: _click.Context, args: list[str]) -> list[str]:
        if not ctx.resilient_parsing:
            values, _, order = self.make_parser(ctx).parse_args(args=list(args))
            refuse_repeated(order)
            refuse_options_as_values(values, self.get_params(ctx))
        return super().parse_args(ctx, args)


def refuse_repeated(order: Sequence[_click.Parameter]) -> None:
    """An option that takes one value given twice (`--as-of 2024-01-01 ... --as-of 2025-01-01`) is refused:
    click keeps the last value silently (its documented rule; pallets/click#955 asks for a way to refuse it and
    is open), so a run would quietly check as of a day the user may not mean. Repeatable options and flags
    (giving `--offline` twice means nothing else) pass."""
    seen: set[str] = set()
    for param in order:
        if not isinstance(param, TyperOption) or param.multiple or param.count or param.is_flag:
            continue
        name = max(param.opts, key=len)
        if name in seen:
            raise _click.exceptions.UsageError(f"{name} given more than once: give it once")
        seen.add(name)


def refuse_options_as_values(values: dict[str, Any], params: Sequence[_click.Parameter]) -> None:
    """An option's value that is one of the command's own options (`--out --verbose`) is a forgotten value:
    click takes the next word whatever it is, so the reports went to a folder called '--verbose' and the
    flag the user typed was never seen. A name that is no option ('-reports') is a name."""
    options = [p for p in params if isinstance(p, TyperOption)]
    names = {name for p in options for name in (*p.opts, *p.secondary_opts)}
    for param in options:
        given = values.get(param.name or "")
        for value in given if isinstance(given, list | tuple) else [given]:
            if isinstance(value, str) and value in names:
                flag = max(param.opts, key=len)
                raise _click.exceptions.UsageError(
                    f"{flag} needs a value; {value!r} is an option (a file of that name: write ./{value})"
                )


def shown_as_typed(params: list[_click.Parameter]) -> list[_click.Parameter]:
    """Each parameter's help as a shell user types it: an argument by its metavar alone, a flag with
    no value (typer showed `--offline <bool>`, read as an option that wants one), a choice as
    `[a|b|c]` (was `<list[a|b|c]>`), any other option by its metavar (DIR, URL, SECONDS...)."""
    for param in params:
        param.display_type_rich = _placeholder(param)  # type: ignore[method-assign]
    return params


def _placeholder(param: _click.Parameter) -> Callable[..., str | None]:
    desc = getattr(param, "type_descriptor", None)
    if isinstance(param, TyperArgument) or getattr(param, "is_flag", False):
        shown = None  # an argument's metavar is its name; a flag takes no value
    elif param.metavar:
        shown = param.metavar
    elif desc is not None and desc.is_choice:
        shown = "[" + "|".join(str(getattr(c, "value", c)) for c in desc.choices or ()) + "]"
    else:
        return param.display_type_rich  # type: ignore[attr-defined]  # typer's own, for a case not seen yet
    return lambda ctx=None: shown


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


DEFAULT_FORMATS = (Format.json, Format.markdown)
# the built-in kinds, named without loading the registry (which --help must not wait for)
KINDS_HELP = "{} these claim kinds (repeatable): role, quantity, duration, date, quote, relation, clause, other."


def _kinds(values: list[str] | None, flag: str) -> tuple[str, ...]:
    kinds = tuple(k.strip() for v in values or [] for k in v.split(",") if k.strip())
    known = known_kinds()
    unknown = [k for k in kinds if k not in known]
    if unknown:
        raise typer.BadParameter(f"unknown claim kind {unknown[0]!r}; kinds are {', '.join(known)}", param_hint=flag)
    return kinds


def _mode(offline: bool, live: bool, record: bool = False, record_new: bool = False) -> Mode | None:
    if sum([offline, live, record, record_new]) > 1:
        raise typer.BadParameter("choose one of --offline, --live, --record, --record-new")
    if record or record_new:
        return "record-new" if record_new else "record"
    return "offline" if offline else "live" if live else None


def _options_for(
    project: ProjectConfig,
    *,
    out_dir: Path | None = None,
    formats: list[Format] | None = None,
    wiki: str | None = None,
    as_of: str | None = None,
    sources: list[str] | None = None,
    mode: Mode | None = None,
    cassettes: Path | None = None,
    claims_dir: Path | None = None,
    select: list[str] | None = None,
    ignore: list[str] | None = None,
    contact: str | None = None,
    **rest: Any,
) -> RunOptions:
    """The run's options: each flag given, else the project's configuration, else the default. `check`
    and `baseline` share it, so a baseline records the findings the same configured run would gate on."""
    cassettes = _cassettes_readable(cassettes, mode, "--cassettes") or _cassettes_readable(
        project.path_of("cassettes"), mode, f"{project.where}: key 'cassettes':"
    )
    return RunOptions(
        out_dir=out_dir or project.path_of("out") or Path("reports"),
        formats=tuple(dict.fromkeys(formats or project.choices("formats", Format) or DEFAULT_FORMATS)),
        wiki=_wiki_url(*_wiki_given(wiki, project)),
        as_of=_parse_date(as_of),
        sources=_source_urls(sources or project.config.sources or [], "--source" if sources else project.where),
        mode=mode,
        cassettes=cassettes,
        claims_dir=claims_folder(project, claims_dir),
        contact=contact or project.config.contact or DEFAULT_CONTACT,
        select=_kinds(select, "--select") or tuple(project.config.select or ()),
        ignore=_kinds(ignore, "--ignore") or tuple(project.config.ignore or ()),
        **rest,
    )


def _cassettes_readable(folder: Path | None, mode: Mode | None, given_by: str) -> Path | None:
    """A cassettes folder (`--cassettes DIR` or the configuration's) that a run would replay from must
    exist: a mistyped folder silently meant "no cassette", so every claim was fetched live or, offline,
    not checked. Recording creates the folder and `--live` reads none, so those take any."""
    if folder is None or folder.is_dir() or mode in ("live", "record", "record-new"):
        return folder
    missing = "is not a folder" if folder.exists() else "no such folder"
    raise InputError(
        f"{given_by} {folder}: {missing}; to check without a cassette use --live (or --offline with an empty "
        "folder), to make one use --record"
    )


def claims_folder(project: ProjectConfig, given: Path | None = None, *, to_write: bool = False) -> Path | None:
    """The reviewed claim files' folder, `--claims DIR` or the configuration's, for `check`, `baseline` and
    `extract` alike: extract wrote claims/ while check read the configured folder, so every review was lost.
    A folder named that is none is refused (a typo meant "no reviewed claims", every article re-extracted);
    extract, which fills it, may create a missing one. None: the project's claims/."""
    folder = given if given is not None else project.path_of("claims")
    if folder is None or folder.is_dir() or (to_write and not folder.exists()):
        return folder
    named = f"--claims {folder}" if given is not None else f"{project.where}: key 'claims': {folder}"
    raise InputError(f"{named}: {'is not a folder' if folder.exists() else 'no such folder'}")


def _wiki_given(wiki: str | None, project: ProjectConfig) -> tuple[str, str]:
    """The wiki's URL and who gave it: `--wiki` (or VERIFY_WIKI), else the configuration, else the default.
    An empty value is refused, not read as none: `--wiki "$MIRROR"` with MIRROR unset fetched from the
    public Wikipedia the run meant to avoid."""
    if wiki is not None:
        given = (wiki, "--wiki (or VERIFY_WIKI)")
    elif project.config.wiki is not None:
        given = (project.config.wiki, f"{project.where}: key 'wiki'")
    else:
        return DEFAULT_WIKI, "defaults"
    if not given[0].strip():
        raise InputError(f"{given[1]}: an empty URL (an unset variable?); name the wiki, e.g. https://en.wikipedia.org")
    return given


def _given_path(value: str | Path) -> Path:
    """A path option as given (a default arrives as a Path); an empty one is refused. `Path("")` is the
    current folder: `--out "$OUT"` with OUT unset wrote the reports there, and `--claims ""` dropped the
    reviewed claims without a word."""
    if isinstance(value, str) and not value.strip():
        raise typer.BadParameter("an empty path (an unset variable?); name a file or folder")
    return Path(value)


def _wiki_url(wiki: str, given_by: str = "--wiki") -> str:
    """The wiki's base URL: http(s) with a host. Anything else (`notaurl`, `ftp://...`) made every
    claim fail with UnsupportedProtocol while the provenance said "fetched live from notaurl"."""
    if not is_web_url(wiki):  # also a bracketed host that is no address, a port out of range: a traceback
        raise InputError(f"{given_by}: {wiki!r} is not an http(s) URL with a host, e.g. https://en.wikipedia.org")
    return wiki


def _source_urls(urls: list[str], given_by: str) -> tuple[str, ...]:
    """Official pages as given, each an http(s) URL with a host: any other was taken and never read."""
    for url in urls:
        if not is_web_url(url):
            raise InputError(f"{given_by}: {url!r} is not an http(s) URL with a host, e.g. https://www.nato.int/")
    return tuple(urls)


def _version(value: bool) -> None:
    if value:
        print(f"verify {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """Check the factual claims of news articles against Wikipedia and official pages."""


@app.command(cls=CommandLineUsage)
def check(
    articles: Annotated[
        list[Path],
        typer.Argument(metavar="ARTICLE...", help="Article files (title, blank line, paragraphs) or folders."),
    ],
    out_dir: Annotated[
        Path | None,
        typer.Option(
            "--out", metavar="DIR", parser=_given_path, help="Folder for the reports.", show_default="reports"
        ),
    ] = None,
    formats: Annotated[list[Format] | None, typer.Option("--format", help="Report format (repeatable).")] = None,
    wiki: Annotated[
        str | None,
        typer.Option(envvar="VERIFY_WIKI", metavar="URL", help="Base URL of the wiki; the API is {wiki}/w/api.php."),
    ] = None,
    as_of: Annotated[
        str | None, typer.Option("--as-of", metavar="YYYY-MM-DD", help="Judge claims as of this date.")
    ] = None,
    sources: Annotated[
        list[str] | None,
        typer.Option("--source", metavar="URL", help="Official page consulted for every claim (repeatable)."),
    ] = None,
    offline: Annotated[
        bool, typer.Option("--offline", help="Never use the network; what the cassette lacks is not checked.")
    ] = False,
    live: Annotated[bool, typer.Option("--live", help="Fetch fresh evidence; leave the cassette alone.")] = False,
    record: Annotated[bool, typer.Option("--record", help="Fetch fresh evidence and rewrite the cassette.")] = False,
    record_new: Annotated[
        bool,
        typer.Option("--record-new", help="Replay the cassette; fetch and add only the requests it lacks."),
    ] = False,
    fail_on: Annotated[
        FailOn | None,
        typer.Option(
            "--fail-on",
            help="Exit 1 when a claim is at this level; a run that checked nothing fails too.",
            show_default="contradicted",
        ),
    ] = None,
    baseline: Annotated[
        Path | None,
        typer.Option(
            "--baseline",
            metavar="FILE",
            parser=_given_path,
            help="Known findings (verify baseline): only new ones fail.",
        ),
    ] = None,
    cassettes: Annotated[
        Path | None,
        typer.Option(
            "--cassettes",
            metavar="DIR",
            parser=_given_path,
            help="Folder of cassettes.",
            show_default="<project>/fixtures/cassettes",
        ),
    ] = None,
    claims_dir: Annotated[
        Path | None,
        typer.Option(
            "--claims",
            metavar="DIR",
            parser=_given_path,
            help="Folder of reviewed claim files.",
            show_default="<project>/claims",
        ),
    ] = None,
    select: Annotated[
        list[str] | None, typer.Option("--select", metavar="KIND", help=KINDS_HELP.format("Check only"))
    ] = None,
    ignore: Annotated[
        list[str] | None, typer.Option("--ignore", metavar="KIND", help=KINDS_HELP.format("Never check"))
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Only errors and the final verdict line.")] = False,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="Also each claim's reason, rationale, reading.")
    ] = False,
    contact: Annotated[
        str | None,
        typer.Option(envvar="VERIFY_CONTACT", metavar="TEXT", help="Contact URL or e-mail for the User-Agent."),
    ] = None,
    max_bytes: Annotated[
        int, typer.Option("--max-bytes", metavar="BYTES", help="Largest article accepted, in bytes.")
    ] = DEFAULT_MAX_BYTES,
    timeout: Annotated[float, typer.Option(metavar="SECONDS", help="Seconds one request may take.")] = 15.0,
    retries: Annotated[int, typer.Option(metavar="N", help="Retries of a failed request (0 to 10).")] = 3,
    concurrency: Annotated[
        int,
        typer.Option(
            min=1,
            max=32,
            metavar="N",
            help="Requests in flight at once (Wikipedia: always 1; more for your mirror).",
        ),
    ] = 1,
    deadline: Annotated[
        float | None, typer.Option(metavar="SECONDS", help="Seconds the whole run may spend on the network.")
    ] = None,
    allow_private: Annotated[
        list[str] | None,
        typer.Option(
            "--allow-private",
            metavar="ADDRESS",
            help="An IP address official pages may come from although it is private.",
        ),
    ] = None,
) -> None:
    """Check ARTICLE(s) and write verdict reports."""
    with one_line_errors():
        if quiet and verbose:
            raise typer.BadParameter("choose one of --quiet, --verbose")
        _check_numbers(timeout=timeout, retries=retries, deadline=deadline, max_bytes=max_bytes)
        try:
            allowed = parse_allowed(allow_private or [])
        except ValueError as exc:
            raise InputError(str(exc)) from None
        project = find_config(articles[0])  # flags first, then the project's configuration, then the defaults
        options = _options_for(
            project,
            out_dir=out_dir,
            formats=formats,
            wiki=wiki,
            as_of=as_of,
            sources=sources,
            mode=_mode(offline, live, record, record_new),
            cassettes=cassettes,
            claims_dir=claims_dir,
            select=select,
            ignore=ignore,
            contact=contact,
            max_bytes=max_bytes,
            timeout=timeout,
            retries=retries,
            concurrency=concurrency,
            deadline=deadline,
            allow_private=allowed,
        )
        fail_on = fail_on or project.choice("fail-on", FailOn) or FailOn.contradicted
        known = load_baseline(baseline) if baseline else None
        if baseline:
            options = replace(options, other_inputs=(baseline,))
        _refuse_a_job_summary_over_an_input(articles, options)
        result, batch = _run(articles, options, quiet, verbose)
        if batch:
            print_batch(out, result.checked, result.failed, quiet)
        if not quiet:
            out.print(Text(line(written_line(result.written, options.out_dir, batch))), soft_wrap=True)
        elif not batch and result.reports:
            out.print(Text(summary_line(result.reports[0])), soft_wrap=True)
        if Format.github in options.formats or os.environ.get("GITHUB_ACTIONS") == "true":
            for annotation in annotations(result.checked):
                print(annotation, flush=True)
        if Format.github in options.formats:
            append_job_summary(result.checked, result.failed)
        if not quiet:
            _say_no_claims(result.reports, result.left_out)
        if result.failed:  # a bug in verify is 3 however many bad inputs came with it: it needs a report
            raise typer.Exit(INTERNAL_ERROR if result.bugs else 2)
        verdict = gate(result.reports, fail_on, known)
        if verdict.checked_nothing:
            say(_nothing_checked_line(verdict.unchecked, len(result.reports)))
        if verdict.known:
            say(f"verify: {verdict.known} known findings left out of the gate by {baseline}")
        raise typer.Exit(0 if verdict.passed else 1)


def _refuse_a_job_summary_over_an_input(articles: list[Path], options: RunOptions) -> None:
    """`GITHUB_STEP_SUMMARY` naming an article (a workflow's typo) appended the summary to it."""
    summary = os.environ.get("GITHUB_STEP_SUMMARY")
    if not summary or Format.github not in options.formats:
        return
    paths = find_articles(articles)
    if said := input_named(Path(summary), run_inputs(paths, input_dirs(paths, options))):
        raise InputError(
            f"GITHUB_STEP_SUMMARY {summary}: is an input of this run ({said}); the job summary is never appended to it"
        )


def _say_no_claims(reports: list[Report], left_out: dict[str, int]) -> None:
    """One line per article in which no checkable claim was found: a headline alone passed as
    "0 claims", exit 0, and a user could not tell it from an article whose claims all held. When claims
    were found and the run's own select / ignore left every one out, the line says that instead."""
    for report in reports:
        if report.claims:
            continue
        path = report.article.path
        if left := left_out.get(path, 0):
            found = count_of(left, "claim")
            say(
                f"verify: {path}: {found} found, all of kinds left out by --select / --ignore or the project's "
                "configuration; the article passes with nothing checked"
            )
        else:
            say(f"verify: {path}: no checkable claim was found; the article passes with nothing checked")


def _nothing_checked_line(unchecked: list[Report], total: int) -> str:
    """One line: which articles could not be checked at all, and why, by reason code."""
    reasons = Counter(
        c.reason.value for r in unchecked for c in r.claims if c.reason and c.outcome == Outcome.NOT_CHECKED
    )
    why = ", ".join(f"{n} {reason}" for reason, n in reasons.most_common())
    where = (
        ""
        if total == 1
        else f" for {len(unchecked)} of {total} articles ({', '.join(r.article.path for r in unchecked)})"
    )
    return f"verify: nothing was checked{where}: no source could be consulted for any claim ({why}); failing the run"


def _run(articles: list[Path], options: RunOptions, quiet: bool, verbose: bool) -> tuple[BatchResult, bool]:
    """Check the articles, printing as each finishes; an interrupt names what was not checked."""
    paths = find_articles(articles)
    if not paths:
        raise InputError("no article files found in " + ", ".join(map(str, articles)))
    say_empty_folders(articles, _errors_only if quiet else say)
    batch = len(paths) > 1 or any(a.is_dir() for a in articles)
    result = BatchResult()
    try:
        with _progress(len(paths) if batch and not quiet else 0) as advance:
            hooks = Hooks(
                say=_errors_only if quiet else say,
                done=(lambda a, r: None) if quiet else _printer(batch, verbose),
                advance=advance,
            )
            with interrupts_raise_at_once():
                asyncio.run(check_all(paths, options, options.http_client(), batch, result, hooks))
    except KeyboardInterrupt as interrupt:
        done = {r.article.path for r in result.reports}
        left = [str(p) for p in paths if str(p) not in done]
        say(
            f"verify: interrupted; not checked: {', '.join(left) or 'none'}; reports written: "
            f"{', '.join(map(str, result.written)) or 'none'}"
        )
        raise typer.Exit(exit_code(interrupt)) from None
    return result, batch


def _errors_only(message: str) -> None:
    if message.startswith("verify: error:"):
        say(message)


@app.command("baseline", cls=CommandLineUsage)
def baseline_command(
    articles: Annotated[list[Path], typer.Argument(metavar="ARTICLE...", help="Article files or folders.")],
    output: Annotated[
        Path, typer.Option("-o", "--output", metavar="FILE", parser=_given_path, help="Baseline file to write.")
    ] = DEFAULT_BASELINE,
    wiki: Annotated[str | None, typer.Option(envvar="VERIFY_WIKI", metavar="URL", help="Base URL of the wiki.")] = None,
    as_of: Annotated[
        str | None, typer.Option("--as-of", metavar="YYYY-MM-DD", help="Judge claims as of this date.")
    ] = None,
    offline: Annotated[bool, typer.Option("--offline", help="Never use the network.")] = False,
    live: Annotated[bool, typer.Option("--live", help="Fetch fresh evidence.")] = False,
    cassettes: Annotated[
        Path | None, typer.Option("--cassettes", metavar="DIR", parser=_given_path, help="Folder of cassettes.")
    ] = None,
    claims_dir: Annotated[
        Path | None, typer.Option("--claims", metavar="DIR", parser=_given_path, help="Folder of reviewed claim files.")
    ] = None,
    select: Annotated[
        list[str] | None, typer.Option("--select", metavar="KIND", help=KINDS_HELP.format("Only"))
    ] = None,
    ignore: Annotated[
        list[str] | None, typer.Option("--ignore", metavar="KIND", help=KINDS_HELP.format("Never"))
    ] = None,
) -> None:
    """Record the current contradicted, unverified and not-checked findings of ARTICLE(s), so that
    `verify check --baseline FILE` fails only on new ones."""
    with one_line_errors():
        options = _options_for(
            find_config(articles[0]),
            wiki=wiki,
            as_of=as_of,
            mode=_mode(offline, live),
            cassettes=cassettes,
            claims_dir=claims_dir,
            select=select,
            ignore=ignore,
            write_reports=False,
        )
        paths = find_articles(articles)
        refuse_an_input(output, run_inputs(paths, input_dirs(paths, options)), "baseline file")
        result, _ = _run(articles, options, quiet=True, verbose=False)
        if result.failed:
            raise typer.Exit(INTERNAL_ERROR if result.bugs else 2)
        known = Baseline.of(result.reports)
        write_report(output, known.model_dump_json(indent=2) + "\n", "baseline file")
        say(f"{output}: {len(known.findings)} known findings from {article_count(len(result.reports))}")


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
        if not math.isfinite(value):  # `--timeout inf` would let one request hang the run for ever
            raise InputError(f"--{name.replace('_', '-')} must be a finite number (got {value:g})")
        if name in least and not value > least[name]:
            raise InputError(f"--{name.replace('_', '-')} must be more than 0 (got {value:g})")
        if name == "retries" and value < 0:
            raise InputError(f"--retries must be 0 or more (got {value:g})")
        if name == "retries" and value > MAX_RETRIES:  # against a dead wiki the run waited for ever
            raise InputError(
                f"--retries must be at most {MAX_RETRIES} (got {value:g}); each waits up to 30 s, "
                "and --deadline bounds a whole run"
            )


@contextlib.contextmanager
def _progress(total: int) -> Iterator[Callable[[], None]]:
    """A progress bar for batches on a terminal; nothing when piped or in CI."""
    if total < 2 or not sys.stderr.isatty() or os.environ.get("CI"):
        yield lambda: None
        return
    with Progress(console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("checking articles", total=total)
        yield lambda: bar.advance(task)


def _printer(batch: bool, verbose: bool) -> Callable[[Article, Report], None]:
    """A single article's table and summary line; a batch prints its table of articles at the end.
    Verbose, every claim's outcome, reason, rationale and what was checked follow, one line each (the
    table stays one screen: the reading of each claim is for the editor who reads claim by claim)."""

    def show(article: Article, report: Report) -> None:
        # lines only where the spans index the file (an HTML article's text is read from its markup)
        located = (not batch or verbose) and (article.path == STDIN or spans_index_file(article.path, article.text))
        if not batch:
            print_article(out, Checked(report, article.text, article.stem, located=located))
        if verbose:
            for c in report.claims:
                reason = f" ({c.reason.value})" if c.reason else ""
                at = f":{line_of(article.text, c.span[0])}" if located else ""
                checked = f" {said}" if (said := checked_line(c)) else ""
                print(
                    line(f"{article.path}{at}: {c.outcome.value}{reason}: {c.text} — {c.rationale}{checked}"),
                    flush=True,
                )

    return show


def _parse_date(value: str | None) -> dt.date | None:
    """`--as-of` as the help gives it, YYYY-MM-DD, or a date-time on that day as the sidecar takes
    it (`2025-08-20T23:30:00+02:00`: the date as written counts): `fromisoformat` alone would also
    take `2025W343`, a week date few would mean. A day no claim can be judged at is refused too."""
    if value is None:
        return None
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}(T.+)?", value):
            raise ValueError(value)
        day = dt.datetime.fromisoformat(value).date() if "T" in value else dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date like 2025-08-20", param_hint="--as-of") from None
    problem = as_of_problem(day)
    if problem:
        raise typer.BadParameter(problem, param_hint="--as-of")
    return day


@app.command(cls=CommandLineUsage)
def extract(
    article: Annotated[Path, typer.Argument(metavar="ARTICLE", help="The article to extract claims from.")],
    output: Annotated[
        Path | None,
        typer.Option(
            "-o",
            "--output",
            metavar="FILE",
            help="Claim file to write (default <stem>.json in the claims folder check reads: verify.toml's claims, "
            "else <project>/claims; - for standard output).",
        ),
    ] = None,
    update: Annotated[
        bool, typer.Option("--update", help="Merge into an existing claim file, keeping reviewer decisions.")
    ] = False,
    max_bytes: Annotated[
        int, typer.Option("--max-bytes", metavar="BYTES", help="Largest article accepted, in bytes.")
    ] = DEFAULT_MAX_BYTES,
) -> None:
    """Extract the checkable claims of ARTICLE into a claim file for review."""
    with one_line_errors():
        _extract(article, output, update, max_bytes)


def _extract(article: Path, output: Path | None, update: bool, max_bytes: int) -> None:
    to_stdout = output == Path("-")
    if to_stdout and update:
        raise InputError("-o -: --update merges into a claim file; standard output has none to merge")
    loaded = load_article(article, max_bytes=max_bytes)
    folder = claims_folder(find_config(article), to_write=True) if output is None else None
    target = output or (folder or claims_dir(article)) / f"{loaded.stem}.json"
    if target.is_dir() and not to_stdout:  # was "exists; use --update", which could only fail next
        raise InputError(f"{target}: is a folder; -o names the claim file to write, e.g. {target / loaded.stem}.json")
    if not to_stdout:  # the article or its sidecar: "use --update" could only fail next, as not JSON
        refuse_an_input(target, run_inputs([article]), "claim file")
    if target.exists() and not update and not to_stdout:
        raise InputError(f"{target} exists; use --update to merge, keeping reviewer decisions")
    check_extractable(loaded)
    previous = load_claim_file(target) if update and target.exists() else None
    claims = merge(extract_claims(loaded), previous)
    data = ClaimFile(article=loaded.path, article_sha256=loaded.sha256, claims=claims)
    text = data.model_dump_json(indent=2, exclude_defaults=False) + "\n"
    if to_stdout:  # `-o -`, as `-` reads an article from standard input: never a file called "-"
        sys.stdout.write(text)
        say(f"standard output: {count_of(len(claims), 'claim')}")
        return
    write_report(target, text, "claim file")
    say(f"{target}: {count_of(len(claims), 'claim')}")


@app.command(cls=CommandLineUsage)
def schema() -> None:
    """Print the JSON Schema of the JSON report."""
    sys.stdout.write(json.dumps(Report.model_json_schema(), indent=2) + "\n")


def main() -> None:
    """The `verify` command. Stopped by Ctrl-C or SIGTERM, it ends at once with 130 or 143 once its
    one line is out and its reports are whole: interpreter shutdown would tear down a parse still
    running on the parse thread, and BLIS, caught mid-computation, aborted the process (exit 134,
    'libblis: Aborting.', in most of the runs stopped mid-batch)."""
    try:
        app()
    except SystemExit as done:
        if done.code in STOPPED:
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(done.code)
        raise


STOPPED = {128 + signal.SIGINT, 128 + signal.SIGTERM}  # exit codes of a stopped run (verify.signals.exit_code)


if __name__ == "__main__":
    main()
