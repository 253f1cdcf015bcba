"""GitHub Actions output: workflow-command annotations on the claim's own characters in the
article file, and a Markdown job summary appended to `$GITHUB_STEP_SUMMARY`.

Annotations are one line each: data escapes %, CR and LF; properties also : and , (GitHub's
rules), so no text from an article or a page can end the command or start another."""

from __future__ import annotations

import os
from pathlib import Path

from verify.errors import InputError
from verify.models import ClaimResult, Outcome
from verify.report.common import LABEL, Checked, attention, checked_line, counted, shown_path, why
from verify.report.markdown import ICON, cell
from verify.terminal import plain

LEVEL = {Outcome.CONTRADICTED: "error", Outcome.NOT_CHECKED: "warning", Outcome.UNVERIFIED: "warning"}
TITLE = {
    Outcome.CONTRADICTED: "Contradicted claim",
    Outcome.NOT_CHECKED: "Claim not checked",
    Outcome.UNVERIFIED: "Unverified claim",
}


def escape_data(text: str) -> str:
    """GitHub's escapes for %, CR and LF; then any other control character (ESC, a bidi override) as a
    visible escape, since the log that shows the annotation is a terminal (see `verify.terminal`)."""
    return plain(text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"))


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(checked: Checked, claim: ClaimResult) -> str:
    """`::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message` for one claim;
    GitHub's endColumn is the claim's last character, inclusive."""
    properties: dict[str, object] = {"file": shown_path(checked.report.article.path)}
    where = checked.region(claim)
    if where is not None:  # else a file-level annotation: the spans index text extracted from HTML
        properties |= {
            "line": where.start_line,
            "col": where.start_column,
            "endLine": where.end_line,
            "endColumn": max(where.start_column, where.end_column - 1)
            if where.end_line == where.start_line
            else where.end_column,
        }
    properties["title"] = TITLE[claim.outcome]
    shown = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items())
    said = " ".join(p for p in (f"“{claim.text}”: {why(claim)}", checked_line(claim)) if p)
    return f"::{LEVEL[claim.outcome]} {shown}::{escape_data(said)}"


def annotations(checked: list[Checked]) -> list[str]:
    """One annotation per claim that needs attention, worst first within each article."""
    return [annotation(c, claim) for c in checked for claim in attention(c.report)]


def _line(checked: Checked, claim: ClaimResult) -> str:
    where = checked.region(claim)
    return f" line {where.start_line}" if where else ""


def job_summary(checked: list[Checked], failed: list[str]) -> str:
    """Counts per article and one list of the claims that need attention, for the job's page."""
    columns = counted([c.report.summary for c in checked])
    heads = " | ".join(f"{ICON[o]} {LABEL[o].capitalize()}" for o in columns)
    lines = ["## Fact check", "", f"| Article | {heads} |", "|---" * (len(columns) + 1) + "|"]
    for c in checked:
        counts = " | ".join(str(getattr(c.report.summary, o.value)) for o in columns)
        lines.append(
            f"| {cell(c.report.article.title, 120)} — {cell(shown_path(c.report.article.path), 200)} | {counts} |"
        )
    problems = [
        f"- {ICON[claim.outcome]} **{LABEL[claim.outcome]}** {cell(shown_path(c.report.article.path), 200)}"
        f"{_line(c, claim)}: “{cell(claim.text, 160)}”: {cell(why(claim), 400)}"
        + (f" {cell(checked_line(claim), 300)}" if claim.reading else "")
        for c in checked
        for claim in attention(c.report)
    ]
    lines += [
        "",
        "### Needs attention",
        "",
        *(problems or ["Nothing: no claim is contradicted, unverified or not checked."]),
    ]
    if failed:
        lines += ["", "### Not checked", "", *(f"- {cell(message, 400)}" for message in failed)]
    return "\n".join(lines) + "\n"


def append_job_summary(checked: list[Checked], failed: list[str]) -> Path | None:
    """Append to the file GitHub names in `$GITHUB_STEP_SUMMARY`; nothing when it is not set."""
    target = os.environ.get("GITHUB_STEP_SUMMARY")
    if not target:
        return None
    try:
        with open(target, "a", encoding="utf-8") as handle:
            handle.write(job_summary(checked, failed))
    except OSError as exc:  # the user's output path, like --out: one line, not "internal error"
        cause = exc.strerror or type(exc).__name__
        raise InputError(f"GITHUB_STEP_SUMMARY {target}: cannot append the job summary ({cause})") from None
    return Path(target)
