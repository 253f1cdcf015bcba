"""Markdown for an editorial ticket or a pull-request comment: counts, then a table, worst first."""

from __future__ import annotations

import html

from verify.models import Evidence, Outcome, Report
from verify.report.common import (
    LABEL,
    by_severity,
    checks_words,
    contradicted_for_want_of_a_date,
    provenance_line,
    revision_label,
    row_checked_lines,
    row_why,
    rows,
    run_sources_line,
    summary_line,
)

ICON = {
    Outcome.SUPPORTED: "✅",
    Outcome.CONTRADICTED: "❌",
    Outcome.UNVERIFIED: "❔",
    Outcome.NOT_CHECKED: "⏸",
    Outcome.ACCEPTED: "☑️",
    Outcome.SKIPPED: "⏭",
}


def cell(text: str, limit: int = 300) -> str:
    """Text safe inside a GitHub table cell: one line, HTML escaped, Markdown syntax neutralised."""
    text = " ".join("".join(c if c >= " " else " " for c in text).split())
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    text = html.escape(text, quote=False)
    for ch in "\\`*_[]|#!~":
        text = text.replace(ch, "\\" + ch)
    return text


def link(title: str, url: str) -> str:
    safe = url.replace(" ", "%20").replace("(", "%28").replace(")", "%29").replace("<", "%3C").replace(">", "%3E")
    if not safe.startswith(("http://", "https://")):
        return cell(title, 80)
    return f"[{cell(title, 80)}](<{safe}>)"


def _revision(report: Report, ev: Evidence) -> str:
    """' rev N', linked to the revision itself when its address is known."""
    if not ev.revision_id:
        return ""
    label = revision_label(report, ev.revision_id[:40])
    return " " + (link(label, ev.revision_url) if ev.revision_url else cell(label))


def to_markdown(report: Report) -> str:
    as_of = f" · as of {report.article.as_of}" if report.article.as_of else ""
    lines = [
        f"# Fact check: {cell(report.article.title)}",
        "",
        f"**{summary_line(report)}** · article `{report.article.path.replace('`', '')}`{as_of}",
        "",
        *([f"_{cell(line, 800)}_", ""] if (line := provenance_line(report)) else []),
        *([f"**{cell(line, 800)}**", ""] if (line := run_sources_line(report)) else []),
        "| Verdict | Claim | Evidence | Snippet |",
        "|---|---|---|---|",
    ]
    shown = rows(by_severity(report))  # a deed told with its day: one row naming its two claims
    for row in shown:
        r = row.first
        ev = r.evidence[0] if r.evidence else None
        source = link(ev.title, ev.url) + _revision(report, ev) if ev else "—"
        # only a verdict rests on its quote; an unsettled claim's quote (the age of 'Barnier, 73, took office
        # on 5 September', where the day is not found) would read as support: it shows why it is unsettled
        decided = ev is not None and r.outcome in (Outcome.SUPPORTED, Outcome.CONTRADICTED)
        snippet = cell(ev.snippet, 200) if decided else cell(row_why(row), 200)
        if contradicted_for_want_of_a_date(r, report):  # a true title of its day reads red today
            snippet += " (judged on the pages as they are now: the article has no date)"
        claim = cell(r.text) + (f" ({cell(checks)})" if (checks := checks_words(row)) else "")
        lines.append(f"| {ICON[r.outcome]} {LABEL[r.outcome]} ({r.confidence:.2f}) | {claim} | {source} | {snippet} |")
    lines += ["", "## Rationale", ""]
    for row in shown:
        r = row.first
        checks = f" ({cell(checks)})" if (checks := checks_words(row)) else ""
        said = cell(row_why(row), 600 * len(row.claims))
        lines.append(f"- **{cell(r.text, 120)}**{checks} — {LABEL[r.outcome]}: {said}")
        for checked in row_checked_lines(row):  # what the verdict is about: a misreading shows here
            lines.append(f"  - {cell(checked, 400)}")
    return "\n".join(lines) + "\n"
