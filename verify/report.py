"""Report writers: JSON (the contract), Markdown (tickets, PR comments), HTML (one self-contained
page), JUnit XML (CI). Every writer escapes what came from an article or a page."""

from __future__ import annotations

import html
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from xml.etree import ElementTree as ET

from verify.models import ClaimResult, Report, Verdict

ORDER = {Verdict.CONTRADICTED: 0, Verdict.UNVERIFIED: 1, Verdict.SUPPORTED: 2}
ICON = {Verdict.SUPPORTED: "✅", Verdict.CONTRADICTED: "❌", Verdict.UNVERIFIED: "❔"}


def to_json(report: Report) -> str:
    return report.model_dump_json(indent=2) + "\n"


def _md_cell(text: str, limit: int = 300) -> str:
    text = " ".join(text.split())
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    text = html.escape(text, quote=False)
    for ch in "\\`*_[]|":
        text = text.replace(ch, "\\" + ch)
    return text


def summary_line(report: Report) -> str:
    s = report.summary
    return (
        f"{len(report.claims)} claims: {s.supported} supported, {s.contradicted} contradicted, "
        f"{s.unverified} unverified"
    )


def to_markdown(report: Report) -> str:
    lines = [
        f"# Fact check: {_md_cell(report.article.title)}",
        "",
        f"**{summary_line(report)}** · article `{_md_cell(report.article.path)}`"
        + (f" · as of {report.article.as_of}" if report.article.as_of else ""),
        "",
        "| Verdict | Claim | Evidence | Snippet |",
        "|---|---|---|---|",
    ]
    for r in sorted(report.claims, key=lambda r: (ORDER[r.verdict], r.span)):
        ev = r.evidence[0] if r.evidence else None
        link = f"[{_md_cell(ev.title, 80)}]({ev.url.replace(')', '%29').replace(' ', '%20')})" if ev else "—"
        if ev and ev.revision_id:
            link += f" rev {_md_cell(ev.revision_id, 40)}"
        snippet = _md_cell(ev.snippet, 200) if ev else _md_cell(r.rationale, 200)
        lines.append(
            f"| {ICON[r.verdict]} {r.verdict.value} ({r.confidence:.2f}) | {_md_cell(r.text)} | {link} | {snippet} |"
        )
    lines += ["", "## Rationale", ""]
    for r in sorted(report.claims, key=lambda r: (ORDER[r.verdict], r.span)):
        lines.append(f"- **{_md_cell(r.text, 120)}** — {r.verdict.value}: {_md_cell(r.rationale, 600)}")
    return "\n".join(lines) + "\n"


def to_junit(report: Report) -> str:
    suite = ET.Element(
        "testsuite",
        name=f"verify: {report.article.title}",
        tests=str(len(report.claims)),
        failures=str(report.summary.contradicted),
        skipped=str(report.summary.unverified),
        errors="0",
    )
    for r in report.claims:
        case = ET.SubElement(suite, "testcase", classname=report.article.path, name=f"{r.id}: {_clean(r.text)[:200]}")
        if r.verdict == Verdict.CONTRADICTED:
            ET.SubElement(case, "failure", message=_clean(r.rationale)[:500]).text = _clean(r.rationale)
        elif r.verdict == Verdict.UNVERIFIED:
            ET.SubElement(case, "skipped", message=_clean(r.rationale)[:500])
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suite, encoding="unicode") + "\n"


def _clean(text: str) -> str:
    """XML 1.0 cannot carry control characters at all, escaped or not."""
    return "".join(c for c in text if c in "\t\n\r" or ord(c) >= 0x20)


CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"
HTML_STYLE = """
body{font:16px/1.55 Georgia,serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#222}
.bar{font:14px system-ui,sans-serif;padding:.6rem .8rem;border:1px solid #ccc;border-radius:6px;background:#f7f7f7}
mark{padding:0 .15em;border-radius:3px;border-bottom:2px solid}
mark.supported{background:#e3f5e1;border-color:#2e7d32}mark.contradicted{background:#fde2e1;border-color:#c62828}
mark.unverified{background:#fff4d6;border-color:#b26a00}
details{font:14px system-ui,sans-serif;margin:.5rem 0;padding:.4rem .6rem;border-left:4px solid #999;background:#fafafa}
details.supported{border-color:#2e7d32}details.contradicted{border-color:#c62828}details.unverified{border-color:#b26a00}
blockquote{margin:.3rem 0 .3rem 1rem;color:#444}
@media print{details{break-inside:avoid}details>*{display:block}}
"""


def to_html(report: Report, article_text: str | None = None) -> str:
    e = html.escape
    parts = [
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>",
        f"<meta http-equiv='Content-Security-Policy' content=\"{CSP}\">",
        "<meta name='viewport' content='width=device-width, initial-scale=1'>",
        f"<title>Fact check: {e(report.article.title)}</title><style>{HTML_STYLE}</style></head><body>",
        f"<h1>Fact check: {e(report.article.title)}</h1>",
        f"<p class='bar' role='status'>{e(summary_line(report))}"
        + (f" · as of {e(str(report.article.as_of))}" if report.article.as_of else "")
        + "</p>",
    ]
    if article_text is not None:
        parts.append("<h2>Article</h2><div class='article'>" + _highlighted(article_text, report.claims) + "</div>")
    parts.append("<h2>Claims</h2>")
    for r in sorted(report.claims, key=lambda r: (ORDER[r.verdict], r.span)):
        parts.append(
            f"<details id='{e(r.id)}' class='{r.verdict.value}'><summary>{ICON[r.verdict]} "
            f"<strong>{r.verdict.value}</strong> ({r.confidence:.2f}): {e(r.text)}</summary>"
            f"<p>{e(r.rationale)}</p>"
        )
        for ev in r.evidence:
            rev = f", rev {e(ev.revision_id)}" if ev.revision_id else ""
            parts.append(
                f"<p>{e(ev.stance.value)}: <a href='{e(ev.url, quote=True)}' rel='noopener noreferrer'>"
                f"{e(ev.title)}</a>{rev} (score {ev.score:.0f})</p><blockquote>{e(ev.snippet)}</blockquote>"
            )
        parts.append("</details>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def _highlighted(text: str, claims: list[ClaimResult]) -> str:
    out, cursor = [], 0
    for r in sorted(claims, key=lambda r: r.span):
        start, end = r.span
        if start < cursor or end > len(text):
            continue
        out.append(html.escape(text[cursor:start]))
        out.append(
            f"<a href='#{html.escape(r.id)}'><mark class='{r.verdict.value}' "
            f"title='{html.escape(r.verdict.value)}: {html.escape(r.rationale, quote=True)}'>"
            f"{html.escape(text[start:end])}<sup>{ICON[r.verdict]}</sup></mark></a>"
        )
        cursor = end
    out.append(html.escape(text[cursor:]))
    return "".join(f"<p>{p}</p>" for p in "".join(out).split("\n") if p.strip())


EXTENSIONS = {"json": ".json", "markdown": ".md", "html": ".html", "junit": ".xml"}


def render(fmt: str, report: Report, article_text: str) -> str:
    writers: dict[str, Callable[[], str]] = {
        "json": lambda: to_json(report),
        "markdown": lambda: to_markdown(report),
        "html": lambda: to_html(report, article_text),
        "junit": lambda: to_junit(report),
    }
    return writers[fmt]()


def write_atomic(path: Path, content: str) -> None:
    """Write to a temporary file beside `path`, then rename: a report is whole or absent, never half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(content)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
