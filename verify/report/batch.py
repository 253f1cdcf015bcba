"""What a batch run writes besides each article's reports: `index.html` and `summary.md` over all
articles, and GitHub Actions annotations for contradicted claims."""

from __future__ import annotations

import html
import urllib.parse
from pathlib import Path

from verify.models import Report, Verdict
from verify.report.common import line_of
from verify.report.html import CSP, STYLE, SYMBOL
from verify.report.markdown import cell


def local_href(name: str) -> str:
    """A link to a report beside this file, percent-encoded (`:` too), so no file name (an article
    called `javascript:alert(1)`) reads as a URL with a scheme."""
    return urllib.parse.quote(name, safe="")


def _totals(reports: list[Report]) -> dict[Verdict, int]:
    return {v: sum(1 for r in reports for c in r.claims if c.verdict == v) for v in Verdict}


def summary_markdown(reports: list[tuple[Report, str]], failed: list[str]) -> str:
    """`reports` pairs each report with the stem its files are named after."""
    totals = _totals([r for r, _ in reports])
    lines = [
        "# Fact-check summary",
        "",
        f"**{len(reports)} articles, {sum(totals.values())} claims: {totals[Verdict.SUPPORTED]} supported, "
        f"{totals[Verdict.CONTRADICTED]} contradicted, {totals[Verdict.UNVERIFIED]} unverified**"
        + (f" · {len(failed)} articles could not be read" if failed else ""),
        "",
        "| Article | Contradicted | Unverified | Supported | Report |",
        "|---|---|---|---|---|",
    ]
    for report, stem in sorted(reports, key=lambda rs: (-rs[0].summary.contradicted, rs[1])):
        s = report.summary
        lines.append(
            f"| {cell(report.article.title, 120)} | {s.contradicted} | {s.unverified} | {s.supported} | "
            f"[{cell(stem)}.md](<{local_href(stem + '.md')}>) |"
        )
    if failed:
        lines += ["", "## Not checked", ""] + [f"- {cell(message, 400)}" for message in failed]
    return "\n".join(lines) + "\n"


def index_html(reports: list[tuple[Report, str]], failed: list[str], has_html: bool) -> str:
    e = html.escape
    totals = _totals([r for r, _ in reports])
    rows = []
    for report, stem in sorted(reports, key=lambda rs: (-rs[0].summary.contradicted, rs[1])):
        s = report.summary
        target = local_href(f"{stem}.html" if has_html else f"{stem}.md")
        rows.append(
            f'<tr><td><a href="{e(target, quote=True)}">{e(report.article.title)}</a></td>'
            f'<td class="count contradicted">{SYMBOL[Verdict.CONTRADICTED]} {s.contradicted}</td>'
            f'<td class="count unverified">{SYMBOL[Verdict.UNVERIFIED]} {s.unverified}</td>'
            f'<td class="count supported">{SYMBOL[Verdict.SUPPORTED]} {s.supported}</td></tr>'
        )
    not_checked = "".join(f"<li>{e(m)}</li>" for m in failed)
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
        f"<title>Fact-check summary</title><style>{STYLE}table{{border-collapse:collapse;width:100%;"
        "font-family:system-ui,sans-serif}td,th{padding:.3rem .5rem;border-bottom:1px solid #ddd;text-align:left}"
        "</style></head><body><h1>Fact-check summary</h1>"
        f'<div class="bar" role="status"><span>{len(reports)} articles</span>'
        f'<span class="count contradicted">{SYMBOL[Verdict.CONTRADICTED]} {totals[Verdict.CONTRADICTED]} '
        f'contradicted</span><span class="count unverified">{SYMBOL[Verdict.UNVERIFIED]} '
        f'{totals[Verdict.UNVERIFIED]} unverified</span><span class="count supported">'
        f"{SYMBOL[Verdict.SUPPORTED]} {totals[Verdict.SUPPORTED]} supported</span></div>"
        "<table><thead><tr><th>Article</th><th>Contradicted</th><th>Unverified</th><th>Supported</th></tr>"
        f"</thead><tbody>{''.join(rows)}</tbody></table>"
        + (f"<h2>Not checked</h2><ul>{not_checked}</ul>" if failed else "")
        + "</body></html>\n"
    )


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def github_annotations(report: Report, article_text: str) -> list[str]:
    """`::error file=…,line=…::` lines, one per contradicted claim, at the claim's article line."""
    path = Path(report.article.path)
    try:
        shown = path.resolve().relative_to(Path.cwd().resolve()).as_posix()  # GitHub wants repo-relative paths
    except ValueError:
        shown = path.as_posix()
    lines = []
    for claim in report.claims:
        if claim.verdict != Verdict.CONTRADICTED:
            continue
        line = line_of(article_text, claim.span[0])
        message = f"{claim.text} — {claim.rationale}"
        lines.append(
            f"::error file={_escape_property(shown)},line={line},title={_escape_property('Contradicted claim')}::"
            f"{_escape_data(message)}"
        )
    return lines
