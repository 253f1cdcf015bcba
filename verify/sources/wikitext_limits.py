"""Reading an infobox from an answer we do not trust, in bounded time and memory.

mwparserfromhell backtracks on unclosed constructs: 8,000 characters of unclosed `<span ` or
`[[a|{{b|<ref>` take seconds, 200,000 of `<ref>` minutes, and its C tokenizer cannot be interrupted.
So only the first `{{Infobox …}}` is handed to it, at most MAX_INFOBOX_CHARS long and
MAX_TEMPLATE_DEPTH deep; a well-formed one (every `{{`, `[[` and tag closed: every real infobox
we have seen) is parsed here, anything else in a child process that is killed after
PARSE_SECONDS. A page whose infobox cannot be read keeps its text, only not its infobox.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Callable

from verify.models import InfoboxField
from verify.wikitext import infobox_slice

MAX_WIKITEXT_CHARS = 300_000
MAX_INFOBOX_CHARS = 60_000
MAX_TEMPLATE_DEPTH = 30
PARSE_SECONDS = 3.0
VOID_TAGS = {"br", "hr", "wbr", "img", "references", "section"}
BRACES = re.compile(r"\{\{|\}\}")
TAG = re.compile(r"<(/?)([A-Za-z][\w-]*)\b[^<>]*?(/?)>")


def without_comments(text: str) -> str:
    """`text` without `<!-- … -->` (an unclosed comment runs to the end), in one pass."""
    parts, start = [], 0
    while (opening := text.find("<!--", start)) != -1:
        parts.append(text[start:opening])
        closing = text.find("-->", opening + 4)
        start = len(text) if closing == -1 else closing + 3
    parts.append(text[start:])
    return "".join(parts)


def template_depth(wikitext: str) -> int:
    """How deeply `{{…}}` nest, in one pass."""
    depth = deepest = 0
    for brace in BRACES.finditer(wikitext):
        depth = depth + 1 if brace.group() == "{{" else max(0, depth - 1)
        deepest = max(deepest, depth)
    return deepest


def well_formed(fragment: str) -> bool:
    """Every `{{`, `[[` and non-void tag closed: the shapes the parser reads in linear time."""
    if fragment.count("{{") != fragment.count("}}") or fragment.count("[[") != fragment.count("]]"):
        return False
    if template_depth(fragment) > MAX_TEMPLATE_DEPTH:
        return False
    if len(TAG.findall(fragment)) != len(re.findall(r"<[A-Za-z/]", fragment)):
        return False  # a `<name` that never ends in `>`
    balance: Counter[str] = Counter()
    for closing, name, self_closing in TAG.findall(fragment):
        name = name.lower()
        if self_closing or name in VOID_TAGS:
            continue
        balance[name] += -1 if closing else 1
    return not any(balance.values())


WORKER = """
import json, sys
from verify.wikitext import parse_infobox
fields = parse_infobox(sys.stdin.read())
sys.stdout.write(json.dumps([field.model_dump() for field in fields]))
"""


def parse_in_worker(fragment: str) -> tuple[InfoboxField, ...]:
    """parse_infobox in a child process that is killed after PARSE_SECONDS (its C tokenizer cannot
    be interrupted in this one); () if it fails or runs out of time."""
    try:
        done = subprocess.run(
            [sys.executable, "-c", WORKER], input=fragment, capture_output=True, text=True, timeout=PARSE_SECONDS
        )
        return tuple(InfoboxField(**field) for field in json.loads(done.stdout)) if done.returncode == 0 else ()
    except (subprocess.TimeoutExpired, OSError, ValueError, TypeError):
        return ()


def infobox_within_limits(
    wikitext: str,
    parse: Callable[[str], tuple[InfoboxField, ...]],
    in_worker: Callable[[str], tuple[InfoboxField, ...]] = parse_in_worker,
) -> tuple[InfoboxField, ...]:
    """`parse` of the page's infobox, or () when there is none or it cannot be read within the limits."""
    if len(wikitext) > MAX_WIKITEXT_CHARS:
        return ()
    fragment = infobox_slice(without_comments(wikitext))
    if fragment is None or len(fragment) > MAX_INFOBOX_CHARS:
        return ()
    return parse(fragment) if well_formed(fragment) else in_worker(fragment)
