"""The text of an HTML page in one linear pass, whatever its nesting.

Reading each block's text from a parse tree costs the square of the nesting (the text of 20,000
nested `<li>` is read 20,000 times); this reader sees every tag and every piece of text once, as
the standard library's `html.parser` streams them, and gives each piece of text to the innermost
block (paragraph, list item, heading) open around it. Open elements are tracked up to a fixed
depth and the pass stops at a time limit, so no page can make it slow or deep.
"""

from __future__ import annotations

import re
import time
from collections import Counter
from dataclasses import dataclass, field
from html.parser import HTMLParser

MAX_OPEN_ELEMENTS = 512  # deeper elements are read as text of the 512th
CHECK_EVERY = 4096  # parser events between two looks at the clock
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"}
ROOTS = ("main", "article")


class ParseTooSlow(Exception):
    """The page could not be read within its time limit."""


@dataclass
class PageText:
    """What a page says: its <title>, first <h1>, canonical link and text blocks in reading order."""

    title: str = ""
    heading: str = ""
    canonical: str | None = None
    blocks: list[tuple[str, frozenset[str], bool]] = field(default_factory=list)  # text, roots around it, in block

    def text_blocks(self, root_order: tuple[str, ...]) -> list[str]:
        """Blocks inside the first root present (e.g. <main>, else <article>, else the whole body);
        only text of real blocks (paragraphs...) when there is any."""
        chosen = self.blocks
        for root in root_order:
            inside = [b for b in self.blocks if root in b[1]]
            if inside:
                chosen = inside
                break
        in_blocks = [text for text, _, in_block in chosen if in_block]
        return in_blocks or [text for text, _, _ in chosen]


class _Reader(HTMLParser):
    def __init__(self, block_tags: set[str], skip_tags: set[str], skip_marker: re.Pattern | None, deadline: float):
        super().__init__(convert_charrefs=True)
        self.block_tags, self.skip_tags, self.skip_marker = block_tags, skip_tags, skip_marker
        self.deadline = deadline
        self.page = PageText()
        self.stack: list[tuple[str, bool]] = []  # (tag, skipped)
        self.open_count: Counter[str] = Counter()
        self.skipping = 0
        self.blocks_open = 0
        self.parts: list[str] = []
        self.title_parts: list[str] | None = None
        self.heading_parts: list[str] | None = None
        self.events = 0

    def _tick(self) -> None:
        self.events += 1
        if self.events % CHECK_EVERY == 0 and time.monotonic() > self.deadline:
            raise ParseTooSlow

    def _flush(self) -> None:
        text = " ".join(" ".join(self.parts).split())
        self.parts = []
        if text:
            roots = frozenset(r for r in ROOTS if self.open_count[r])
            self.page.blocks.append((text, roots, self.blocks_open > 0))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._tick()
        if tag == "link" and self.page.canonical is None:
            values = dict(attrs)
            if "canonical" in (values.get("rel") or "").lower().split():
                self.page.canonical = values.get("href")
        if tag in VOID:
            if tag == "br":
                self.parts.append(" ")
            return
        skipped = tag in self.skip_tags
        if not skipped and self.skip_marker is not None and attrs:
            values = dict(attrs)
            marker = " ".join(values.get(name) or "" for name in ("class", "id", "role"))
            skipped = bool(marker.strip()) and bool(self.skip_marker.search(marker))
        if tag in self.block_tags or tag in ROOTS or tag == "body":
            self._flush()
        if tag == "title" and self.title_parts is None and not self.page.title and not self.skipping:
            self.title_parts = []
        if tag == "h1" and self.heading_parts is None and not self.page.heading and not self.skipping:
            self.heading_parts = []
        if len(self.stack) >= MAX_OPEN_ELEMENTS and not (skipped and len(self.stack) < 2 * MAX_OPEN_ELEMENTS):
            return  # too deep to track; a <script> or <nav> down there is still skipped (to twice the depth)
        self.stack.append((tag, skipped))
        self.open_count[tag] += 1
        self.skipping += skipped
        self.blocks_open += tag in self.block_tags

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        self._tick()
        if tag == "title" and self.title_parts is not None:
            self.page.title = " ".join(" ".join(self.title_parts).split())
            self.title_parts = None
        if tag == "h1" and self.heading_parts is not None:
            self.page.heading = " ".join(" ".join(self.heading_parts).split())
            self.heading_parts = None
        if not self.open_count[tag]:
            return  # a stray end tag closes nothing
        if tag in self.block_tags or tag in ROOTS or tag == "body":
            self._flush()
        while self.stack:  # each element is pushed and popped once: linear over the page
            name, skipped = self.stack.pop()
            self.open_count[name] -= 1
            self.skipping -= skipped
            if name in self.block_tags:
                self._flush()
                self.blocks_open -= 1
            if name == tag:
                break

    def handle_data(self, data: str) -> None:
        self._tick()
        if self.title_parts is not None:
            self.title_parts.append(data)
            return
        if self.skipping:
            return
        if self.heading_parts is not None:
            self.heading_parts.append(data)
        self.parts.append(data)

    def finish(self) -> PageText:
        self.close()
        if self.title_parts is not None:
            self.page.title = " ".join(" ".join(self.title_parts).split())
        if self.heading_parts is not None:
            self.page.heading = " ".join(" ".join(self.heading_parts).split())
        self._flush()
        return self.page


def read_page(
    markup: str,
    block_tags: set[str],
    skip_tags: set[str],
    skip_marker: re.Pattern | None = None,
    max_seconds: float = 10.0,
) -> PageText:
    """Stream `markup` once; raises ParseTooSlow past `max_seconds`."""
    reader = _Reader(block_tags, skip_tags, skip_marker, time.monotonic() + max_seconds)
    reader.feed(markup)
    return reader.finish()
