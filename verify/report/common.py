"""What every report format shares: verdict order and labels, the summary line, atomic writes."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from verify.models import ClaimResult, Report, Verdict

ORDER = {Verdict.CONTRADICTED: 0, Verdict.UNVERIFIED: 1, Verdict.SUPPORTED: 2}
NEEDS_ATTENTION = {Verdict.CONTRADICTED, Verdict.UNVERIFIED}
EXTENSIONS = {"json": ".json", "markdown": ".md", "html": ".html", "junit": ".xml", "sarif": ".sarif"}


@dataclass(frozen=True)
class Checked:
    """One checked article as every writer needs it: the report, the text its spans index (for
    lines and columns), the stem its files are named after, and when and how long it was checked."""

    report: Report
    text: str
    stem: str
    started: dt.datetime | None = None
    seconds: float | None = None


def by_severity(report: Report) -> list[ClaimResult]:
    """Claims with contradicted first, then unverified, then supported; reading order within each."""
    return sorted(report.claims, key=lambda r: (ORDER[r.verdict], r.span))


def attention(report: Report) -> list[ClaimResult]:
    """The claims a person must look at, worst first."""
    return [r for r in by_severity(report) if r.verdict in NEEDS_ATTENTION]


def why(claim: ClaimResult) -> str:
    """Why a claim has its verdict, in the words of the report."""
    return claim.rationale


def summary_line(report: Report) -> str:
    s = report.summary
    return (
        f"{len(report.claims)} claims: {s.supported} supported, {s.contradicted} contradicted, "
        f"{s.unverified} unverified"
    )


def to_json(report: Report) -> str:
    return report.model_dump_json(indent=2) + "\n"


def line_of(text: str, offset: int) -> int:
    """1-based line number of a character offset (CRLF and LF both count once)."""
    return text.count("\n", 0, offset) + 1


def column_of(text: str, offset: int) -> int:
    """1-based column (in characters) of a character offset on its line."""
    return offset - (text.rfind("\n", 0, offset) + 1) + 1


@dataclass(frozen=True)
class Region:
    """Where a claim stands in its article file, as editors and CI tools count: lines and columns
    from 1, `end_column` just after the claim's last character (SARIF's convention)."""

    start_line: int
    start_column: int
    end_line: int
    end_column: int


def region_of(text: str, span: tuple[int, int]) -> Region:
    start, end = span
    end = max(start, end)
    return Region(line_of(text, start), column_of(text, start), line_of(text, end), column_of(text, end))


def shown_path(path: str) -> str:
    """The article path relative to the working directory when it lies under it (CI tools want
    repository-relative paths), else as given; always with forward slashes."""
    try:
        return Path(path).resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return Path(path).as_posix()


def _umask() -> int:
    current = os.umask(0o022)
    os.umask(current)
    return current


def write_atomic(path: Path, content: str) -> None:
    """Write to a temporary file beside `path`, then rename: a report is whole or absent, never half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        os.fchmod(fd, 0o666 & ~_umask())  # what open() would give: reports are for the group to read, not secrets
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(content)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
