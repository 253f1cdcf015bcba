"""What every report format shares: verdict order and labels, the summary line, atomic writes."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from verify.models import Report, Verdict
from verify.provenance import describe

ORDER = {Verdict.CONTRADICTED: 0, Verdict.NOT_CHECKED: 1, Verdict.UNVERIFIED: 2, Verdict.SUPPORTED: 3}
EXTENSIONS = {"json": ".json", "markdown": ".md", "html": ".html", "junit": ".xml"}


def by_severity(report: Report) -> list:
    """Claims with contradicted first, then unverified, then supported; reading order within each."""
    return sorted(report.claims, key=lambda r: (ORDER[r.verdict], r.span))


def summary_line(report: Report) -> str:
    s = report.summary
    extra = "".join(
        f", {n} {label}"
        for n, label in ((s.not_checked, "not checked"), (s.accepted, "accepted"), (s.skipped, "skipped"))
        if n
    )
    return (
        f"{len(report.claims)} claims: {s.supported} supported, {s.contradicted} contradicted, "
        f"{s.unverified} unverified{extra}"
    )


def provenance_line(report: Report) -> str | None:
    """Where the evidence came from (live or replayed, host, time, synthetic ids), for headers."""
    return describe(report.provenance) if report.provenance else None


def revision_label(report: Report, revision_id: str) -> str:
    """'rev 123', or 'rev 9000… (synthetic)' when the cassette was built from stored copies."""
    synthetic = report.provenance is not None and report.provenance.synthetic_revisions
    return f"rev {revision_id}" + (" (synthetic)" if synthetic else "")


def to_json(report: Report) -> str:
    return report.model_dump_json(indent=2) + "\n"


def line_of(text: str, offset: int) -> int:
    """1-based line number of a character offset (CRLF and LF both count once)."""
    return text.count("\n", 0, offset) + 1


def write_atomic(path: Path, content: str) -> None:
    """Write to a temporary file beside `path`, then rename: a report is whole or absent, never half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        # mkstemp makes the file private (0600); a report is for the group, as the umask allows (0644 under 022)
        os.fchmod(fd, 0o666 & ~_umask())
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(content)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _umask() -> int:
    """The process's umask (reading it means setting it, so it is set straight back)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
