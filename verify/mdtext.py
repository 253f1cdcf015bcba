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
QUOTE = re.compile(r" {0,3}>[ \t]?")
REFERENCE = re.compile(r" {0,3}\[[^\]]+\]:[ \t]*\S+.*$")
FRONT_MATTER_END = ("---", "...")

ESCAPED = re.compile(r"\\([!-/:-@\[-`{-~])")  # CommonMark: any ASCII punctuation may be escaped
INLINE = [
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),  # an image: no article text
    (re.compile(r"\[([^\]]*)\]\([^)]*\)"), r"\1"),  # a link: its words, not its address
    (re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),  # a reference link
    (re.compile(r"<(https?://[^>\s]+)>"), r"\1"),  # an autolink
    (re.compile(r"[ \t]*~~(?=\S)(.+?)(?<=\S)~~"), ""),  # struck-out words are withdrawn, not stated
    (re.compile(r"`([^`]*)`"), r"\1"),
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),
    (re.compile(r"\*(?=\S)(.+?)(?<=\S)\*"), r"\1"),
    (re.compile(r"(?<!\w)_(?=\S)(.+?)(?<=\S)_(?!\w)"), r"\1"),  # not inside snake_case words
    (re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>"), ""),  # inline HTML tags; their text stays
]
PLACEHOLDER = 0xF0000  # escaped punctuation is moved to a private-use plane while markup is read


def is_markdown(name: str) -> bool:
    return name.lower().endswith(MARKDOWN_SUFFIXES)


def inline_text(line: str) -> str:
    """A line's words without inline markup; `\\*` and the like stay as the character they escape."""
    line = ESCAPED.sub(lambda m: chr(PLACEHOLDER + ord(m.group(1))), line)
    for pattern, replacement in INLINE:
        line = pattern.sub(replacement, line)
    return re.sub(r"[\U000F0000-\U000F007F]", lambda m: chr(ord(m.group()) - PLACEHOLDER), line)


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
            blocks[-1].append(raw.rstrip())
            continue
        line = raw
        while QUOTE.match(line):
            line = QUOTE.sub("", line, count=1)
        if not line.strip() or SETEXT_OR_RULE.match(line) or REFERENCE.match(line):
            new_block()
            continue
        if heading := HEADING.match(line):
            new_block()
            text = inline_text(heading.group(1) or "").strip()
            if text:
                headings.append(text)
                blocks[-1].append(text)
            new_block()
            continue
        if item := LIST_ITEM.match(line):
            new_block()
            line = item.group(1)
        text = inline_text(line.strip())
        if text:
            blocks[-1].append(text)
    paragraphs = ["\n".join(block) for block in blocks if block]
    if not headings:  # the plain-text format already: its first line is the title
        return "\n\n".join(paragraphs) + "\n" if paragraphs else ""
    title = headings[0]
    body = paragraphs[: paragraphs.index(title)] + paragraphs[paragraphs.index(title) + 1 :]
    return f"{title}\n\n" + "\n\n".join(body) + "\n"
