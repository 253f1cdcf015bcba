"""What a batch run writes besides each article's reports: `index.html` and `summary.md` over all
articles, and one combined JUnit and SARIF file when those formats are asked for."""

from __future__ import annotations

import html
import urllib.parse
from collections.abc import Callable
from pathlib import Path

from verify.models import Outcome
from verify.report.common import LABEL, Checked, article_count, count_of, counted, shown_path, write_atomic
from verify.report.html import CSP, STYLE, SYMBOL
from verify.report.junit import to_junit
from verify.report.markdown import cell
from verify.report.sarif import to_sarif

COMBINED = {"junit": ("junit.xml", to_junit), "sarif": ("verify.sarif", to_sarif)}

# The index on a phone: below 36rem each article is a card (title, path, counts on one wrapped line).
INDEX_STYLE = """
table{border-collapse:collapse;width:100%;font-family:system-ui,sans-serif}
td,th{padding:.3rem .5rem;border-bottom:1px solid #ddd;text-align:left;vertical-align:top}
body{max-width:64rem}td.article{width:45%}td.article a{font-weight:600}
td.count .label{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)}
.path{display:block;color:#555;font-size:.85em;overflow-wrap:anywhere}
body{overflow-wrap:break-word}
@media (max-width:36rem){
 body{margin:1rem auto;padding:0 .6rem}
 thead{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)}
 table,tbody,tr,td{display:block;width:auto}
 tr{padding:.4rem 0;border-bottom:1px solid #ddd}td{border:0;padding:.1rem 0}
 td.count{display:inline-block;margin-right:.8rem}td.count.zero{display:none}
 td.count .label{position:static;width:auto;height:auto;clip-path:none}
}
"""


def local_href(name: str) -> str:
    """A link to a report beside this file, percent-encoded (`:` too), so no file name (an article
    called `javascript:alert(1)`) reads as a URL with a scheme."""
    return urllib.parse.quote(name, safe="")


def _order(checked: list[Checked]) -> list[Checked]:
    return sorted(checked, key=lambda c: (-c.report.summary.contradicted, shown_path(c.report.article.path)))


def _totals(checked: list[Checked]) -> dict[Outcome, int]:
    return {o: sum(1 for c in checked for r in c.report.claims if r.outcome == o) for o in Outcome}


def summary_markdown(checked: list[Checked], failed: list[str]) -> str:
    totals = _totals(checked)
    columns = counted([c.report.summary for c in checked])
    lines = [
        "# Fact-check summary",
        "",
        f"**{article_count(len(checked))}, {count_of(sum(totals.values()), 'claim')}: "
        + ", ".join(f"{totals[o]} {LABEL[o]}" for o in columns)
        + "**"
        + (f" · {article_count(len(failed))} could not be checked" if failed else ""),
        "",
        "| Article | " + " | ".join(LABEL[o].capitalize() for o in columns) + " | Report |",
        "|---" * (len(columns) + 2) + "|",
    ]
    for c in _order(checked):
        counts = " | ".join(str(getattr(c.report.summary, o.value)) for o in columns)
        lines.append(
            f"| {cell(c.report.article.title, 120)} | {counts} | [{cell(c.stem)}.md](<{local_href(c.stem + '.md')}>) |"
        )
    if failed:
        lines += ["", "## Not checked", ""] + [f"- {cell(message, 400)}" for message in failed]
    return "\n".join(lines) + "\n"


def index_html(checked: list[Checked], failed: list[str], has_html: bool) -> str:
    """Every article by its title and its path (two articles may share a title), worst first."""
    e = html.escape
    totals = _totals(checked)
    columns = counted([c.report.summary for c in checked])
    rows = []
    for c in _order(checked):
        target = local_href(f"{c.stem}.html" if has_html else f"{c.stem}.md")
        counts = "".join(
            f'<td class="count {v.value}{"" if n else " zero"}">{SYMBOL[v]} {n}'
            f'<span class="label"> {LABEL[v]}</span></td>'
            for v, n in ((v, getattr(c.report.summary, v.value)) for v in columns)
        )
        rows.append(
            f'<tr><td class="article"><a href="{e(target, quote=True)}">{e(c.report.article.title)}</a>'
            f'<span class="path">{e(shown_path(c.report.article.path))}</span></td>{counts}</tr>'
        )
    not_checked = "".join(f"<li>{e(m)}</li>" for m in failed)
    bar = "".join(f'<span class="count {v.value}">{SYMBOL[v]} {totals[v]} {LABEL[v]}</span>' for v in columns)
    heads = "".join(f"<th>{LABEL[v].capitalize()}</th>" for v in columns)
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>Fact-check summary</title><style>{STYLE}{INDEX_STYLE}</style></head><body><h1>Fact-check summary</h1>"
        f'<div class="bar" role="status"><span>{article_count(len(checked))}</span>{bar}</div>'
        f"<table><thead><tr><th>Article</th>{heads}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
        + (f"<h2>Not checked</h2><ul>{not_checked}</ul>" if failed else "")
        + "</body></html>\n"
    )


def write_batch(
    checked: list[Checked],
    failed: list[str],
    formats: list[str],
    out_dir: Path,
    targets: dict[str, Path] | None = None,
    write: Callable[[Path, str], None] = write_atomic,
) -> list[Path]:
    """The batch's own files: summary.md and index.html always, junit.xml and verify.sarif over
    every article when those formats were asked for. `targets` renames any of them (keyed by
    name without extension) that would overwrite an input."""
    files = {
        "summary.md": summary_markdown(checked, failed),
        "index.html": index_html(checked, failed, "html" in formats),
    }
    for fmt, (name, writer) in COMBINED.items():
        if fmt in formats:
            files[name] = writer(checked)
    written = []
    for name, content in files.items():
        target = (targets or {}).get(Path(name).stem, out_dir / name)
        write(target, content)
        written.append(target)
    return written
