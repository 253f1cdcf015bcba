"""A Markdown article (`story.md`, as a CMS or a writer's editor exports it) as the plain-text article
format: title line, blank line, paragraphs. Read as plain text, its markup reached extraction:
'**Mark Rutte**' was no name, a list item ran into the next as one sentence, a link's address was
article text. Claim spans index the text this gives, as they index an HTML article's text.

A line-by-line reading of CommonMark's common constructs (headings, emphasis, links, images, lists,
block quotes, code, rules, front matter); nothing is fetched and no HTML inside is interpreted."""

from __future__ import annotations

import re

MARKDOWN_SUFFIXES = (".md", ".markdown")

FENCE = re.compile(r" {0,3}(```|~~~)")
HEADING = re.compile(r" {0,3}#{1,6}(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
SETEXT_OR_RULE = re.compile(r" {0,3}(?:=+|-+|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|(?:-[ \t]*){3,})[ \t]*$")
LIST_ITEM = re.compile(r"[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(.*)$")
QUOTE = re.compile(r"(?: {0,3}>[ \t]?)+")  # every level of a nested quote at once
REFERENCE = re.compile(r" {0,3}\[[^\]]+\]:[ \t]*\S+.*$")
FRONT_MATTER_END = ("---", "...")

ESCAPED = re.compile(r"\\([!-/:-@\[-`{-~])")  # CommonMark: any ASCII punctuation may be escaped
# Each pattern's span stops at the next character of its own delimiter (`[^*\n]`, not `.+?`), so a line of
# 40,000 unclosed '**a ' is read in one pass: with `.+?` each opener scanned to the end of the line (95 s
# for 80 KB). The cost is that a delimiter inside its own span ('**2 * 3**') is left as written.
INLINE = [
    (re.compile(r"!\[[^\[\]\n]*\]\([^()\s]*(?:[ \t]+\"[^\"\n]*\")?\)"), ""),  # an image: no article text
    (re.compile(r"\[([^\[\]\n]*)\]\([^()\s]*(?:[ \t]+\"[^\"\n]*\")?\)"), r"\1"),  # a link: its words, not its address
    (re.compile(r"\[([^\[\]\n]+)\]\[[^\[\]\n]*\]"), r"\1"),  # a reference link
    (re.compile(r"<(https?://[^<>\s]+)>"), r"\1"),  # an autolink
    (re.compile(r"~~(?=[^~\s])[^~\n]*(?<=[^~\s])~~[ \t]?"), ""),  # struck-out words are withdrawn, not stated
    (re.compile(r"`([^`\n]*)`"), r"\1"),
    (re.compile(r"\*\*(?=[^*\s])([^*\n]*)(?<=[^*\s])\*\*"), r"\1"),
    (re.compile(r"(?<!\w)__(?=[^_\s])([^_\n]*)(?<=[^_\s])__(?!\w)"), r"\1"),
    (re.compile(r"\*(?=[^*\s])([^*\n]*)(?<=[^*\s])\*"), r"\1"),
    (re.compile(r"(?<!\w)_(?=[^_\s])([^_\n]*)(?<=[^_\s])_(?!\w)"), r"\1"),  # not inside snake_case words
    (re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>\n]*)?/?>"), ""),  # inline HTML tags; their text stays
]
PLACEHOLDER = 0xF0000  # escaped punctuation is moved to a private-use plane while markup is read


def is_markdown(name: str) -> bool:
    return name.lower().endswith(MARKDOWN_SUFFIXES)


def inline_text(text: str) -> str:
    """`text` without inline markup; `\\*` and the like stay as the character they escape. Run once over
    the whole article (no pattern crosses a line end): run per line, 400,000 short lines took 15 s."""
    text = ESCAPED.sub(lambda m: chr(PLACEHOLDER + ord(m.group(1))), text)
    for pattern, replacement in INLINE:
        text = pattern.sub(replacement, text)
    return re.sub(r"[\U000F0000-\U000F007F]", lambda m: chr(ord(m.group()) - PLACEHOLDER), text)


# a fenced block's text is kept as written: its punctuation is moved out of the markup's way
AS_WRITTEN = {ord(c): PLACEHOLDER + ord(c) for c in "!*<[\\_`~"}


def _without_front_matter(lines: list[str]) -> list[str]:
    """YAML front matter (`---` … `---`) is metadata, not article text."""
    if not lines or lines[0].strip() != "---":
        return lines
    for index, line in enumerate(lines[1:200], start=1):
        if line.strip() in FRONT_MATTER_END:
            return lines[index + 1 :]
    return lines


def markdown_to_article_text(markup: str) -> str:
    """The article's text: its first heading (else its first line) as the title, then its paragraphs,
    each list item and heading a paragraph of its own, hard-wrapped lines kept as written."""
    blocks: list[list[str]] = [[]]
    headings: list[str] = []
    fenced = False

    def new_block() -> None:
        if blocks[-1]:
            blocks.append([])

    for raw in _without_front_matter(markup.split("\n")):
        if FENCE.match(raw):
            fenced = not fenced
            new_block()
            continue
        if fenced:
            blocks[-1].append(raw.rstrip().translate(AS_WRITTEN))
            continue
        line = QUOTE.sub("", raw, count=1) if QUOTE.match(raw) else raw
        if not line.strip() or SETEXT_OR_RULE.match(line) or REFERENCE.match(line):
            new_block()
            continue
        if heading := HEADING.match(line):
            new_block()
            if text := (heading.group(1) or "").strip():
                headings.append(text)
                blocks[-1].append(text)
            new_block()
            continue
        if item := LIST_ITEM.match(line):
            new_block()
            line = item.group(1)
        if line.strip():
            blocks[-1].append(line.strip())
    paragraphs = ["\n".join(block) for block in blocks if block]
    if headings:  # else the plain-text format already: its first line is the title
        where = paragraphs.index(headings[0])
        paragraphs = [headings[0], *paragraphs[:where], *paragraphs[where + 1 :]]
    lines = [line.strip() for line in inline_text("\n\n".join(paragraphs)).split("\n")]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")  # a line that was only an image is gone
    return text + "\n" if text else ""
