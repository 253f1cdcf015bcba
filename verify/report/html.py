"""One self-contained HTML page: the article with each claim highlighted in its verdict's colour.

No scripts at all (the Content-Security-Policy forbids them): hovering or focusing a claim opens
its panel with CSS, a click jumps to its full evidence below. Verdicts carry a symbol and a word,
never colour alone. Everything from an article or a page goes through `html.escape`.
"""

from __future__ import annotations

import html

from verify.models import ClaimResult, Outcome, Report
from verify.report.common import (
    LABEL,
    Row,
    attention,
    by_severity,
    checks_words,
    count_of,
    counted,
    line_of,
    provenance_line,
    revision_label,
    row_checked_lines,
    row_why,
    rows,
    run_sources_line,
    summary_line,
)

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"
SYMBOL = {
    Outcome.SUPPORTED: "✓",
    Outcome.CONTRADICTED: "✗",
    Outcome.UNVERIFIED: "?",
    Outcome.NOT_CHECKED: "–",
    Outcome.ACCEPTED: "☑",
    Outcome.SKIPPED: "⊘",
}

STYLE = """
:root{--ok:#1b5e20;--okbg:#e3f5e1;--bad:#b71c1c;--badbg:#fde2e1;--unk:#8a4b00;--unkbg:#fff1cc;--nc:#5b2a86;
  --ncbg:#efe3f8;--rev:#37474f;--revbg:#eceff1}
body{font:17px/1.6 Georgia,'DejaVu Serif',serif;max-width:48rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
h1{font-size:1.6rem;line-height:1.25}h2{font:600 1.1rem system-ui,sans-serif;margin-top:2rem}
.ui,.bar,.panel,.claim-list{font-family:system-ui,'DejaVu Sans',sans-serif}
.bar{display:flex;flex-wrap:wrap;gap:.5rem 1rem;padding:.6rem .8rem;border:1px solid #bbb;border-radius:6px;
  background:#f6f6f6}
.count{font-weight:600}.count.supported{color:var(--ok)}.count.contradicted{color:var(--bad)}
.count.unverified{color:var(--unk)}
.claim{padding:0 .1em;border-bottom:3px solid;border-radius:2px;cursor:help}
.claim:focus{outline:2px solid #1a73e8;outline-offset:2px}
.claim.supported{background:var(--okbg);border-color:var(--ok)}
.claim.contradicted{background:var(--badbg);border-color:var(--bad);border-bottom-style:double}
.claim.unverified{background:var(--unkbg);border-color:var(--unk);border-bottom-style:dashed}
.tag{font:700 .75em system-ui,sans-serif;vertical-align:super;margin-left:.1em}
.supported .tag{color:var(--ok)}.contradicted .tag{color:var(--bad)}.unverified .tag{color:var(--unk)}
article{position:relative}
.panel{display:none;position:absolute;z-index:10;left:0;right:0;margin-top:1.7em;padding:.6rem .8rem;
  background:#fff;border:1px solid #888;border-radius:6px;box-shadow:0 4px 14px rgba(0,0,0,.2);
  font-size:14px;line-height:1.45;color:#1a1a1a;cursor:auto}
.claim:hover .panel,.claim:focus .panel,.claim:focus-within .panel{display:block}
.panel q,.evidence blockquote{color:#333}
.claim-list section{margin:.7rem 0;padding:.5rem .8rem;border-left:5px solid #999;background:#fafafa}
.claim-list section.supported{border-color:var(--ok)}.claim-list section.contradicted{border-color:var(--bad)}
.claim-list section.unverified{border-color:var(--unk)}
.claim-list section:target{box-shadow:0 0 0 3px #1a73e8}
.verdict{font-weight:700}.supported .verdict{color:var(--ok)}.contradicted .verdict{color:var(--bad)}
.unverified .verdict{color:var(--unk)}
.count.not_checked,.not_checked .verdict,.not_checked .tag{color:var(--nc)}
.count.accepted,.count.skipped,.accepted .verdict,.skipped .verdict,.accepted .tag,.skipped .tag{color:var(--rev)}
.claim.not_checked{background:var(--ncbg);border-color:var(--nc);border-bottom-style:dotted}
.claim.accepted,.claim.skipped{background:var(--revbg);border-color:var(--rev);border-bottom-style:dotted}
.claim-list section.not_checked{border-color:var(--nc)}
.claim-list section.accepted,.claim-list section.skipped{border-color:var(--rev)}
.attention{margin:1rem 0;padding:.6rem .8rem;border:2px solid var(--bad);border-radius:6px}
.attention h2{margin:0 0 .3rem}.attention ol{margin:0;padding-left:1.4rem}.attention li{margin:.3rem 0}
.attention.clear{border-color:var(--ok)}.attention.worst-unverified{border-color:var(--unk)}
.attention.worst-not_checked{border-color:var(--nc)}
.why{color:#333}.checked{font-size:.9em;color:#37474f}
blockquote{margin:.3rem 0 .5rem 1rem;padding-left:.6rem;border-left:2px solid #ccc}
a{color:#0b57d0}
@media print{.panel{display:none!important}.claim-list section{break-inside:avoid}a::after{content:" (" attr(href) ")";
  font-size:.8em;color:#555}.claim a::after{content:""}}
"""


def web_link(url: str, title: str) -> str:
    """A link only to a web page: a `javascript:` or `data:` URL a hostile page gave is shown as text."""
    e = html.escape
    if not url.lower().startswith(("https://", "http://")):
        return f"{e(title)} <small>({e(url[:200])})</small>"
    return f'<a href="{e(url, quote=True)}" rel="noopener noreferrer">{e(title)}</a>'


def _verdict_label(r: ClaimResult) -> str:
    """'✗ contradicted'; a reviewer's decision also names the verdict it was made on."""
    decided = f" ({LABEL[Outcome(r.verdict.value)]})" if r.outcome in {Outcome.ACCEPTED, Outcome.SKIPPED} else ""
    return f"{SYMBOL[r.outcome]} {LABEL[r.outcome]}{decided}"


def _evidence_html(r: ClaimResult, report: Report) -> str:
    e = html.escape
    parts = []
    for ev in r.evidence:
        rev = ""
        if ev.revision_id:
            label = e(revision_label(report, ev.revision_id))
            rev = (
                f', <a href="{e(ev.revision_url, quote=True)}" rel="noopener noreferrer">{label}</a>'
                if ev.revision_url
                else f", {label}"
            )
        parts.append(
            f"<p>{e(ev.stance.value)}: {web_link(ev.url, ev.title)}{rev} · score {ev.score:.0f}</p>"
            f"<blockquote>{e(ev.snippet)}</blockquote>"
        )
    return "".join(parts)


def _checked(row: Row, tag: str) -> str:
    """What was checked, escaped, one `tag` element per claim of the row; '' when the report has no reading."""
    return "".join(f'<{tag} class="checked">{html.escape(said)}</{tag}>' for said in row_checked_lines(row))


def _checks(row: Row) -> str:
    """' (2 claims: the date, the deed)' after a shared row's words; '' for a row of one claim."""
    return f' <small class="checks">({html.escape(checks)})</small>' if (checks := checks_words(row)) else ""


def _panel(row: Row) -> str:
    """The hover/focus panel: verdict, confidence, rationale (which quotes the evidence) and its source."""
    e = html.escape
    r = row.first
    source = ""
    checked = "<br>" + _checked(row, "span") if any(c.reading for c in row.claims) else ""
    if r.evidence:
        ev = r.evidence[0]
        source = f"<br>Source: {web_link(ev.url, ev.title)}"
    return (
        f'<span class="panel" role="tooltip" id="panel-{e(r.id)}"><span class="verdict">'
        f"{_verdict_label(r)}</span>{_checks(row)} · confidence {r.confidence:.2f}<br>{e(row_why(row))}{checked}"
        f'{source} · <a href="#{e(r.id)}">all evidence ↓</a></span>'
    )


def _highlighted(text: str, claims: list[ClaimResult]) -> str:
    """The article as paragraphs, each claim's span wrapped in a focusable, labelled highlight (a deed told
    with its day, one highlight for its two claims)."""
    e = html.escape
    out, cursor = [], 0
    for row in sorted(rows(claims), key=lambda row: row.first.span):
        r = row.first
        start, end = r.span
        if start < cursor or end > len(text) or "\n" in text[start:end]:
            continue
        out.append(e(text[cursor:start]))
        out.append(
            f'<span class="claim {r.outcome.value}" tabindex="0" aria-describedby="panel-{e(r.id)}" '
            f'data-verdict="{r.verdict.value}" data-outcome="{r.outcome.value}">{e(text[start:end])}'
            f'<span class="tag" aria-label="{LABEL[r.outcome]}">{SYMBOL[r.outcome]}</span>{_panel(row)}</span>'
        )
        cursor = end
    out.append(e(text[cursor:]))
    paragraphs = "".join(out).replace("\r\n", "\n").split("\n")
    return "".join(f"<p>{p}</p>" for p in paragraphs if p.strip())


def needs_attention(report: Report, article_text: str | None, located: bool = True) -> str:
    """The block a reader meets first: every claim that is not supported, worst first, each a link
    to its evidence below, with its reason (and its line in the article file when the spans index it)."""
    e = html.escape
    needing = rows(attention(report))
    items = []
    for row in needing:
        r = row.first
        line = f" · line {line_of(article_text, r.span[0])}" if article_text is not None and located else ""
        items.append(
            f'<li class="{r.outcome.value}"><a href="#{e(r.id)}"><span class="verdict">{_verdict_label(r)}'
            f'</span>{line}: <q>{e(r.text)}</q></a>{_checks(row)} <span class="why">{e(row_why(row))}</span></li>'
        )
    if not items:
        return (
            '<section class="attention clear ui" aria-labelledby="attention"><h2 id="attention">Needs attention</h2>'
            "<p>Nothing: no claim is contradicted, unverified or not checked.</p></section>"
        )
    return (
        f'<section class="attention ui worst-{needing[0].first.outcome.value}" aria-labelledby="attention">'
        '<h2 id="attention">Needs attention</h2>'
        f"<ol>{''.join(items)}</ol></section>"
    )


def to_html(report: Report, article_text: str | None = None, located: bool = True) -> str:
    """The page; `located` False when the article text was extracted from HTML (no file lines)."""
    e = html.escape
    s = report.summary
    as_of = f"<span>as of {e(str(report.article.as_of))}</span>" if report.article.as_of else ""
    counts = "".join(
        f'<span class="count {o.value}">{SYMBOL[o]} {getattr(s, o.value)} {LABEL[o]}</span>' for o in counted([s])
    )
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>Fact check: {e(report.article.title)}</title><style>{STYLE}</style></head><body>",
        f"<h1>Fact check: {e(report.article.title)}</h1>",
        f'<div class="bar" role="status" aria-label="{e(summary_line(report))}">'
        f"<span>{count_of(len(report.claims), 'claim')}</span>{counts}{as_of}</div>",
        needs_attention(report, article_text, located),
    ]
    if line := provenance_line(report):
        parts.append(f'<p class="ui provenance"><small>{e(line)}</small></p>')
    if line := run_sources_line(report):
        parts.append(f'<p class="ui provenance"><strong>{e(line)}</strong></p>')
    if article_text is not None:
        parts.append(
            '<h2>Article</h2><p class="ui"><small>Hover over or tab to a highlighted claim to see its '
            "verdict; the symbol after it gives the verdict too.</small></p>"
        )
        parts.append("<article>" + _highlighted(article_text, report.claims) + "</article>")
    parts.append('<h2>Claims, worst first</h2><div class="claim-list">')
    for row in rows(by_severity(report)):
        r = row.first
        ids = "".join(f'<span id="{e(c.id)}"></span>' for c in row.claims[1:])  # every claim's link lands here
        parts.append(
            f'<section id="{e(r.id)}" class="{r.outcome.value}">{ids}<p><span class="verdict">'
            f"{_verdict_label(r)}</span> · confidence {r.confidence:.2f} · <q>{e(r.text)}</q>{_checks(row)}</p>"
            f"<p>{e(row_why(row))}</p>{_checked(row, 'p')}"
            f'<div class="evidence">{"".join(_evidence_html(c, report) for c in row.claims)}</div></section>'
        )
    parts.append("</div></body></html>")
    return "\n".join(parts) + "\n"
