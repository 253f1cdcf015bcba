"""Report writers: JSON (the contract), Markdown (tickets, PR comments), HTML (one self-contained
page), JUnit XML (CI), GitHub annotations, and the index of a batch. Every writer escapes what came
from an article or a page."""

from __future__ import annotations

from collections.abc import Callable

from verify.models import Report
from verify.report.common import EXTENSIONS, summary_line, to_json, write_atomic
from verify.report.html import to_html
from verify.report.junit import to_junit
from verify.report.markdown import to_markdown

__all__ = ["EXTENSIONS", "render", "summary_line", "to_html", "to_json", "to_junit", "to_markdown", "write_atomic"]


def render(fmt: str, report: Report, article_text: str) -> str:
    writers: dict[str, Callable[[], str]] = {
        "json": lambda: to_json(report),
        "markdown": lambda: to_markdown(report),
        "html": lambda: to_html(report, article_text),
        "junit": lambda: to_junit(report),
    }
    return writers[fmt]()
