"""Reading an infobox, or an earlier revision's lead, from an answer we do not trust, in bounded time and memory.

mwparserfromhell backtracks on unclosed constructs: 8,000 characters of unclosed `<span ` or
`[[a|{{b|<ref>` take seconds, 200,000 of `<ref>` minutes, and its C tokenizer cannot be interrupted.
So only the first `{{Infobox …}}` is handed to it, at most MAX_INFOBOX_CHARS long and
MAX_TEMPLATE_DEPTH deep; a well-formed one (every `{{`, `[[` and tag closed: every real infobox
we have seen) is parsed here, anything else in a child process that is killed after
PARSE_SECONDS. A page whose infobox cannot be read keeps its text, only not its infobox.

An earlier revision (read whole at the article's date) is prose rendered block by block by the
same parser, so a long block with unclosed constructs is as slow: such a lead is read in the child
process too, and a revision whose lead cannot be read in time has no text. In its body, such a
block is left out (a page's body has hundreds of blocks: one child process each, or one for the
whole body, would cost seconds where the reading costs milliseconds), and so is a block longer than
any paragraph. The body's reading is bounded by its work, never by the clock (a revision gives the
same text on a busy machine as on an idle one): the parser's time goes with the markup it meets, so
blocks are read up to MAX_BODY_MARKUP marks and MAX_UNBALANCED_BLOCKS short blocks with unclosed
markup; the page says what went unread. A revision longer than MAX_REVISION_CHARS is read as its lead only, and says so.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Callable

from verify.models import InfoboxField
from verify.wikitext import TAG, VOID_TAGS, body_text, infobox_slice, lead_text, split_lead

MAX_WIKITEXT_CHARS = 300_000
MAX_INFOBOX_CHARS = 60_000
MAX_TEMPLATE_DEPTH = 30
PARSE_SECONDS = 3.0
SHORT_BLOCK_CHARS = 1_000  # an unbalanced block this long parses in milliseconds whatever it holds
BRACES = re.compile(r"\{\{|\}\}")
# a whole revision read at the article's date (its lead and body): far above an ordinary article's
# wikitext (a long biography is 100-300,000 characters), a bound on the text every claim's passages come from
MAX_REVISION_CHARS = 1_000_000
MAX_BLOCK_CHARS = 20_000  # one paragraph of a revision's body: far above a real one (tables and boxes are not read)
# a revision body's reading, bounded by its markup, never by the clock: a long real article holds some 5,000 marks
# (links, refs, templates, italics) and reads in a fraction of a second; a hostile body of a thousand lines of bold
# and italic runs or unclosed links took a minute at load 15, about 0.06 ms a mark and 50 ms an unclosed line
MAX_BODY_MARKUP = 20_000
MAX_UNBALANCED_BLOCKS = 50
MARKUP = re.compile(r"''+|\[\[|\{\{|<[A-Za-z/]")


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


def why_no_infobox(wikitext: str) -> str:
    """Why `infobox_within_limits` gave no rows, when a limit kept it from reading an infobox the page
    has ("" when there is none, or it had no rows): a claim the infobox would settle then says the
    infobox went unread, not merely that no passage settles it."""
    if len(wikitext) > MAX_WIKITEXT_CHARS:
        return (
            f"its lead section is {len(wikitext):,} characters of wikitext, more than the {MAX_WIKITEXT_CHARS:,} "
            "verify reads, so its infobox was not read"
        )
    fragment = infobox_slice(without_comments(wikitext))
    if fragment is None:
        return ""
    if len(fragment) > MAX_INFOBOX_CHARS:
        return f"its infobox is {len(fragment):,} characters, more than the {MAX_INFOBOX_CHARS:,} verify reads"
    return "" if well_formed(fragment) else "its infobox could not be read within the time allowed"


LEAD_WORKER = """
import sys
from verify.wikitext import lead_text
sys.stdout.buffer.write(lead_text(sys.stdin.buffer.read().decode("utf-8")).encode("utf-8"))
"""


def lead_in_worker(wikitext: str) -> str:
    """lead_text in a child process killed after PARSE_SECONDS; "" if it fails or runs out of time."""
    try:
        done = subprocess.run(
            [sys.executable, "-c", LEAD_WORKER], input=wikitext.encode("utf-8"), capture_output=True,
            timeout=PARSE_SECONDS,
        )  # fmt: skip
        return done.stdout.decode("utf-8", errors="replace") if done.returncode == 0 else ""
    except (subprocess.TimeoutExpired, OSError):
        return ""


def lead_within_limits(
    wikitext: str,
    read: Callable[[str], str] = lead_text,
    in_worker: Callable[[str], str] = lead_in_worker,
) -> str:
    """The reader text of a revision's lead section: read here when every long block of its prose is
    well formed (every real lead), else in the child process; "" past MAX_WIKITEXT_CHARS."""
    if len(wikitext) > MAX_WIKITEXT_CHARS:
        return ""
    box = infobox_slice(wikitext)
    prose = wikitext.replace(box, "\n") if box else wikitext
    risky = any(len(block) > SHORT_BLOCK_CHARS and not well_formed(block) for block in prose.split("\n"))
    return in_worker(wikitext) if risky else read(wikitext)


def revision_within_limits(wikitext: str) -> tuple[str, str]:
    """The reader text of a whole revision (its lead, then its sections with their `== H ==` lines),
    and what of it went unread and why ("" when nothing did). Comments go first (one over several
    lines would be read as text, block by block). The lead is read as `lead_within_limits` reads it;
    a revision over MAX_REVISION_CHARS keeps its lead only. In the body, a block the parser may take
    unbounded time over (unclosed markup past SHORT_BLOCK_CHARS, or longer than MAX_BLOCK_CHARS) is
    left out, and so is every block past MAX_BODY_MARKUP marks or MAX_UNBALANCED_BLOCKS unclosed short
    blocks: a thousand short lines of unclosed links and quote marks took a minute at load 15."""
    wikitext = without_comments(wikitext)
    lead, body = split_lead(wikitext)
    if len(wikitext) > MAX_REVISION_CHARS:
        why = (
            f"its revision is {len(wikitext):,} characters of wikitext, more than the {MAX_REVISION_CHARS:,} "
            "verify reads, so only its lead was read"
        )
        return lead_within_limits(lead), why
    left_out: Counter[str] = Counter()
    spent: Counter[str] = Counter()

    def readable(block: str) -> bool:
        closed = well_formed(block)
        if len(block) > MAX_BLOCK_CHARS or (len(block) > SHORT_BLOCK_CHARS and not closed):
            left_out["unbounded"] += 1
            return False
        marks = len(MARKUP.findall(block))
        if spent["marks"] + marks > MAX_BODY_MARKUP or (not closed and spent["unclosed"] >= MAX_UNBALANCED_BLOCKS):
            left_out["late"] += 1
            return False
        spent["marks"] += marks
        spent["unclosed"] += not closed
        return True

    text = "\n".join(part for part in (lead_within_limits(lead), body_text(body, readable=readable)) if part)
    said = [
        f"{left_out['unbounded']:,} block(s) of its body hold markup the parser cannot read in bounded time"
        if left_out["unbounded"]
        else "",
        f"{left_out['late']:,} block(s) of its body came after the {MAX_BODY_MARKUP:,} marks of markup or "
        f"{MAX_UNBALANCED_BLOCKS} unclosed blocks verify reads"
        if left_out["late"]
        else "",
    ]
    return text, "; ".join(part for part in said if part) + (" (left out)" if left_out else "")
