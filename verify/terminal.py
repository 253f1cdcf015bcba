"""Text from articles, pages and file names, made safe to show on a terminal or in a CI log.

Such text is data, never instructions: rich markup (`[/]`, `[link=…]`) is not interpreted, control
characters (ANSI colour, clear screen, OSC window titles and hyperlinks, bidi overrides) are shown
as escapes, and no line can start a GitHub Actions workflow command (`::error::…`), however a
table wraps it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, TextIO

from rich.text import Text

# C0 and C1 controls, DEL, and the bidi embeddings/overrides/isolates that reorder what is shown
CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
WORKFLOW_COMMAND = "::"
ZERO_WIDTH_SPACE = "\u200b"


def _escape(match: re.Match) -> str:
    char = match.group()
    return f"\\x{ord(char):02x}" if ord(char) < 0x100 else f"\\u{ord(char):04x}"


def plain(text: str, newlines: str = "escape") -> str:
    """`text` without control characters; newlines and tabs become spaces ("space") or `\\n` ("escape")."""
    if newlines == "space":
        text = " ".join(text.replace("\r\n", "\n").split("\n")).replace("\t", " ").replace("\r", " ")
    return CONTROL.sub(_escape, text)


def cell(text: str) -> Text:
    """A table cell: one line of plain text, no markup, no `::` that a wrap could put at a line start."""
    return Text(plain(text, "space").replace(WORKFLOW_COMMAND, ":" + ZERO_WIDTH_SPACE + ":"))


def line(text: str) -> str:
    """One log line: control characters (newlines too) escaped, and never the start of a workflow command."""
    text = plain(text)
    if text.lstrip().startswith(WORKFLOW_COMMAND):
        text = ZERO_WIDTH_SPACE + text
    return text


class StandardOutputFailed(Exception):
    """A write to standard output failed: a full disk under `> out.txt` (ENOSPC), a pipe whose reader
    has gone (`| head -1`, EPIPE). The user's output, not a bug in verify."""

    def __init__(self, cause: OSError) -> None:
        super().__init__(cause.strerror or type(cause).__name__)
        self.cause = cause


class GuardedOutput:
    """Standard output whose failed write or flush raises `StandardOutputFailed` and is remembered in
    `failed`: a full disk under the table was caught as a bug ('internal error', exit 3), and a failure
    a caller swallows (a batch's concurrent articles) must still be told at the end."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.failed: OSError | None = None

    def write(self, text: str) -> int:
        return self._guarded(self.stream.write, text)

    def flush(self) -> None:
        self._guarded(self.stream.flush)

    def __getattr__(self, name: str) -> Any:  # isatty, fileno, encoding...: the stream's own
        return getattr(self.stream, name)

    def _guarded(self, do: Callable[..., Any], *args: Any) -> Any:
        try:
            return do(*args)
        except OSError as exc:
            self.failed = self.failed or exc
            raise StandardOutputFailed(exc) from None
