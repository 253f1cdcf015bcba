"""What a run prints on the terminal. One article: every claim with its verdict and its line, what needs
attention first (contradicted, not checked, unverified, then reviewer decisions, then supported; article order
within each), each not supported with its reason. A batch: counts per article and one list of the claims that
need attention across the batch, not every report file written.

Cells are `rich.text.Text`, never markup: an article's "[bold]" or escape codes stay plain text."""

from __future__ import annotations

from pathlib import Path

from rich.console import Console
from rich.table import Table
from rich.text import Text

from verify.models import Outcome, Summary
from verify.report.common import (
    LABEL,
    Checked,
    article_count,
    attention,
    by_severity,
    checks_words,
    count_of,
    counted,
    counts_phrase,
    row_why,
    rows,
    run_sources_line,
    shown_path,
    summary_line,
    undated_contradictions_line,
)
from verify.terminal import cell

STYLE = {
    Outcome.SUPPORTED: "green",
    Outcome.CONTRADICTED: "bold red",
    Outcome.UNVERIFIED: "yellow",
    Outcome.NOT_CHECKED: "magenta",
    Outcome.ACCEPTED: "cyan",
    Outcome.SKIPPED: "dim",
}


def plain(text: str) -> Text:
    """Text from an article, a page or a file name, shown as data (see verify.terminal.cell)."""
    return cell(text)


def claims_table(checked: Checked) -> Table:
    """Every claim worst first (see `by_severity`), each with its line in the article file (a supported
    claim too: an editor finds every row by its line), and the reason of each that is not supported. A deed
    told with its day is one row naming its two claims (see `rows`)."""
    table = Table(show_header=True, header_style="bold", box=None, pad_edge=False)
    table.add_column("outcome", no_wrap=True)
    table.add_column("line", justify="right", no_wrap=True)
    table.add_column("claim", overflow="fold", max_width=50)
    table.add_column("evidence or reason", overflow="fold", max_width=60)
    for row in rows(by_severity(checked.report)):
        r = row.first
        where = checked.region(r)
        line = str(where.start_line) if where else ""
        if r.outcome == Outcome.SUPPORTED:
            detail = plain(r.evidence[0].title if r.evidence else "—")
        else:
            detail = plain(row_why(row))
        claim = plain(r.text)
        if checks := checks_words(row):
            claim.append(f" ({checks})", style="dim")
        table.add_row(Text(LABEL[r.outcome], style=STYLE[r.outcome]), line, claim, detail)
    return table


def articles_table(checked: list[Checked]) -> Table:
    table = Table(show_header=True, header_style="bold", box=None, pad_edge=False)
    table.add_column("article", overflow="fold", max_width=60)
    shown = counted([c.report.summary for c in checked])
    for outcome in shown:
        table.add_column(LABEL[outcome], style=STYLE[outcome], justify="right")
    for c in sorted(checked, key=lambda c: (-c.report.summary.contradicted, c.report.article.path)):
        counts = [str(getattr(c.report.summary, o.value)) for o in shown]
        table.add_row(plain(shown_path(c.report.article.path)), *counts)
    return table


def problems(checked: list[Checked]) -> list[Text]:
    """`path:line  verdict  “claim” reason`, one line per claim that needs attention (a deed told with its
    day, one line for its two claims)."""
    lines = []
    for c in checked:
        for row in rows(attention(c.report)):
            r = row.first
            line = Text()
            where = c.region(r)
            line.append_text(plain(f"{shown_path(c.report.article.path)}{f':{where.start_line}' if where else ''}  "))
            line.append(LABEL[r.outcome], style=STYLE[r.outcome])
            checks = f" ({checks_words(row)})" if len(row.claims) > 1 else ""
            line.append_text(plain(f"  “{r.text}”{checks} {row_why(row)}"))
            lines.append(line)
    return lines


def totals_line(checked: list[Checked], failed: list[str]) -> Text:
    total = sum((c.report.summary for c in checked), Summary())
    line = Text(f"{article_count(len(checked))}: {counts_phrase(total)}", style="bold")
    if failed:
        line.append(f"; {article_count(len(failed))} could not be checked", style="bold red")
    return line


def written_line(written: list[Path], out_dir: Path, batch: bool) -> str:
    """Every file of one article; for a batch, where they are and the two files to open first."""
    if not written:  # `--format github` alone prints annotations and writes no file
        return "reports: no files written"
    if not batch:
        return "reports: " + ", ".join(str(p) for p in written)
    firsts = [str(p) for p in written if p.name in {"index.html", "summary.md"}]
    start = f"; start with {', '.join(firsts)}" if firsts else ""
    return f"reports: {count_of(len(written), 'file')} in {out_dir}{start}"


def print_article(console: Console, checked: Checked) -> None:
    """One article: its claims table and its summary line."""
    console.print(claims_table(checked))
    console.print(Text(summary_line(checked.report), style="bold"), soft_wrap=True)  # one line, however narrow
    if said := undated_contradictions_line(checked.report, checked.text):  # the note before the table is easy to miss
        console.print(Text(said, style="yellow"), soft_wrap=True)
    if said := run_sources_line(checked.report):
        console.print(Text(said, style="yellow"), soft_wrap=True)


def print_batch(console: Console, checked: list[Checked], failed: list[str], quiet: bool = False) -> None:
    """A batch: counts per article, then one list of the claims that need attention, then the
    totals; quiet, the totals line alone."""
    if not quiet:
        console.print(articles_table(checked))
        found = problems(checked)
        if found:
            console.print(Text(f"needs attention ({len(found)}):", style="bold"))
            for line in found:
                console.print(line, soft_wrap=True)  # one problem, one line: greppable in a CI log
    for said in dict.fromkeys(s for c in checked if (s := run_sources_line(c.report))):  # the run's: once
        console.print(Text(said, style="yellow"), soft_wrap=True)
    console.print(totals_line(checked, failed), soft_wrap=True)  # the line a CI log is grepped for
