"""Text from articles, pages and file names, made safe to show on a terminal or in a CI log.

Such text is data, never instructions: rich markup (`[/]`, `[link=…]`) is not interpreted, control
characters (ANSI colour, clear screen, OSC window titles and hyperlinks, bidi overrides) are shown
as escapes, and no line can start a GitHub Actions workflow command (`::error::…`), however a
table wraps it.
"""

from __future__ import annotations

import re

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
