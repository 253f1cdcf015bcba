"""Report writers: JSON (the contract), Markdown (tickets, PR comments), HTML (one self-contained
page), JUnit XML and SARIF (CI), GitHub annotations and job summary, the terminal tables, and the
index of a batch. Every writer escapes what came from an article or a page."""

from __future__ import annotations

from collections.abc import Callable

from verify.report.common import EXTENSIONS, Checked, summary_line, to_json, write_atomic
from verify.report.html import to_html
from verify.report.junit import to_junit
from verify.report.markdown import to_markdown
from verify.report.sarif import to_sarif

__all__ = [
    "EXTENSIONS",
    "Checked",
    "render",
    "summary_line",
    "to_html",
    "to_json",
    "to_junit",
    "to_markdown",
    "to_sarif",
    "write_atomic",
]


def render(fmt: str, checked: Checked) -> str:
    """One article's report in a file format (the keys of EXTENSIONS)."""
    writers: dict[str, Callable[[], str]] = {
        "json": lambda: to_json(checked.report),
        "markdown": lambda: to_markdown(checked.report),
        "html": lambda: to_html(checked.report, checked.text, checked.located),
        "junit": lambda: to_junit([checked]),
        "sarif": lambda: to_sarif([checked]),
    }
    return writers[fmt]()
