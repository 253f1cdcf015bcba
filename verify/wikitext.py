"""Wikitext to reader text: what a reader of the rendered page sees, for the judge to read.

Templates are read through one table (`TEMPLATES`, data, not branches): each normalised template
name maps to a rendering rule ("text of argument 1", "a date from arguments 1-3", "each argument
a separate value", "dropped"...), and `RULES` holds the few functions those rules name. Links
give their shown text, `<br />`, bulleted lines and list templates separate values, references
and comments vanish. A template the table does not know keeps a plain-text first argument or is
dropped, and is counted so that the run can say what it did not understand.

Numbered infobox rows (`office2`/`term_start2`, `commander1`/`commander1_label`) are grouped per
number by `numbered_groups`, so the judge reads an office with its own term.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import mwparserfromhell
from mwparserfromhell.nodes import Argument, Comment, ExternalLink, Heading, HTMLEntity, Tag, Template, Text, Wikilink
from mwparserfromhell.wikicode import Wikicode

from verify import lexicons
from verify.models import InfoboxField

SEPARATOR = "\x1f"  # between separate values while rendering; never in page text
LINK_PIPE = "\x1e"  # {{!}}: an infobox links the value itself, so "target{{!}}shown" shows "shown"
VALUE_JOIN = ", "  # how separate values read as one line (the way rendered infobox lists are copied)

# Template name (normalised: lower case, spaces) -> (rule, options). The rules are in `RULES`.
TEMPLATES: dict[str, tuple[str, dict]] = {
    # inline formatting: the text itself
    "nowrap": ("argument", {"index": 1}),
    "small": ("argument", {"index": 1}),
    "smaller": ("argument", {"index": 1}),
    "nobold": ("argument", {"index": 1}),
    "noitalic": ("argument", {"index": 1}),
    "abbr": ("argument", {"index": 1}),
    "abbrlink": ("argument", {"index": 1}),
    "lang": ("argument", {"index": 2}),
    "transliteration": ("argument", {"index": 2}),
    "nihongo": ("argument", {"index": 1}),
    "url": ("argument", {"index": 1}),
    "native name": ("argument", {"index": 2}),
    "flag": ("argument", {"index": 1}),
    "sortname": ("joined", {"indexes": (1, 2), "between": " "}),
    "circa": ("prefixed", {"prefix": "c. "}),
    "flagu": ("argument", {"index": 1}),
    # characters
    "!": ("literal", {"text": LINK_PIPE}),
    "nbsp": ("literal", {"text": " "}),
    "snd": ("literal", {"text": " – "}),
    "spaced ndash": ("literal", {"text": " – "}),
    "ndash": ("literal", {"text": "–"}),
    "mdash": ("literal", {"text": "—"}),
    "middot": ("literal", {"text": " · "}),
    "•": ("literal", {"text": " • "}),
    # dates: the date as the reader sees it, without the age or the hidden ISO copy
    "start date": ("date", {}),
    "end date": ("date", {}),
    "start date and age": ("date", {}),
    "end date and age": ("date", {}),
    "birth date": ("date", {}),
    "birth date and age": ("date", {}),
    "death date": ("date", {}),
    "death date and age": ("date", {}),
    "birth year and age": ("date", {}),
    "death year and age": ("date", {}),
    "dts": ("date", {}),
    "date": ("date", {}),
    # lists: each item a separate value
    "plainlist": ("bulleted", {}),
    "flatlist": ("bulleted", {}),
    "hlist": ("arguments", {}),
    "ubl": ("arguments", {}),
    "unbulleted list": ("arguments", {}),
    "bulleted list": ("arguments", {}),
    "collapsible list": ("arguments", {}),
    "plain list": ("bulleted", {}),
    "endplainlist": ("drop", {}),
    "endflatlist": ("drop", {}),
    # measurements: value and unit, the conversion left out
    "convert": ("convert", {}),
    "cvt": ("convert", {}),
    # notes, references, maintenance and page settings: nothing a reader reads as the value
    "efn": ("drop", {}),
    "efn-ua": ("drop", {}),
    "refn": ("drop", {}),
    "sfn": ("drop", {}),
    "sfnp": ("drop", {}),
    "harvnb": ("drop", {}),
    "r": ("drop", {}),
    "cite web": ("drop", {}),
    "cite news": ("drop", {}),
    "cite book": ("drop", {}),
    "citation": ("drop", {}),
    "citation needed": ("drop", {}),
    "birth based on age as of date": ("drop", {}),  # an age range, not a date the judge can read
    "flagicon": ("drop", {}),
    "flagdeco": ("drop", {}),
    "short description": ("drop", {}),
    "use dmy dates": ("drop", {}),
    "use mdy dates": ("drop", {}),
    "use american english": ("drop", {}),
    "use british english": ("drop", {}),
    "pp-semi-indef": ("drop", {}),
    "pp-protected": ("drop", {}),
    "increase": ("drop", {}),
    "decrease": ("drop", {}),
    "steady": ("drop", {}),
}

# Other names (redirects) of the templates above, as the wiki has them.
ALIASES: dict[str, str] = {
    "bda": "birth date and age",
    "dob": "birth date",
    "birth-date and age": "birth date and age",
    "death-date and age": "death date and age",
    "dda": "death date and age",
    "start-date": "start date",
    "end-date": "end date",
    "start date and years ago": "start date and age",
    "sda": "start date and age",
    "cn": "citation needed",
    "c.": "circa",
    "end plainlist": "endplainlist",
    "end flatlist": "endflatlist",
    "fact": "citation needed",
    "unbulleted-list": "unbulleted list",
    "ublist": "unbulleted list",
    "blist": "bulleted list",
    "flat list": "flatlist",
    "no wrap": "nowrap",
    "nobr": "nowrap",
    "&nbsp": "nbsp",
    "sdash": "snd",
    "dot": "middot",
    "short desc": "short description",
    "usedmy": "use dmy dates",
    "use dmy": "use dmy dates",
    "usemdy": "use mdy dates",
    "use mdy": "use mdy dates",
    "notetag": "efn",
    "abbreviation": "abbr",
    "translit": "transliteration",
    "transl": "transliteration",
}

# Name prefixes that stand for a family of templates ({{lang-ru|…}}: the text in argument 1).
PREFIXES: dict[str, tuple[str, dict]] = {
    "lang-": ("argument", {"index": 1}),
    "pp-": ("drop", {}),
    "use ": ("drop", {}),
}

MONTHS = [month.capitalize() for month in lexicons.load("dates")["months"]]  # January … December

# {{convert}} unit codes -> how the reader sees the unit (the rest are shown as written).
UNITS: dict[str, str] = {
    "sqmi": "square miles",
    "km2": "km2",
    "mi": "miles",
    "km": "kilometres",
    "m": "metres",
    "ft": "feet",
    "kg": "kilograms",
    "lb": "pounds",
    "acre": "acres",
    "ha": "hectares",
    "nmi": "nautical miles",
    "kn": "knots",
}

DROPPED_TAGS = frozenset({"ref", "references", "gallery", "math", "score", "templatedata"})
BREAK_TAGS = frozenset({"br", "hr", "li", "p", "div"})
FILE_PREFIXES = ("file:", "image:", "category:", "media:")


def normalise_template_name(name: str) -> str:
    """MediaWiki reads `Birth_date_and_age`, `birth date  and age` and `Template:Birth date and age`
    as one page; we also ignore case beyond the first letter, as the table has no case pairs."""
    name = re.sub(r"<!--.*?-->", "", name, flags=re.S)
    name = " ".join(name.replace("_", " ").split()).lower()
    if name.startswith("template:"):
        name = name[len("template:") :].strip()
    return ALIASES.get(name, name)


@dataclass
class Reader:
    """Renders wikitext to reader text; `unknown` counts the template names it had no rule for."""

    unknown: Counter = field(default_factory=Counter)

    def values(self, wikitext: str | Wikicode) -> list[str]:
        """The separate values a reader sees (a `<br />` or list item starts a new one)."""
        code = wikitext if isinstance(wikitext, Wikicode) else _parse(wikitext)
        if code is None:
            return [" ".join(str(wikitext).split())] if str(wikitext).strip() else []
        return _split(re.sub(r"^\s*[*#]+", SEPARATOR, self.render(code)))

    def text(self, wikitext: str | Wikicode) -> str:
        return VALUE_JOIN.join(self.values(wikitext))

    def render(self, code: Wikicode) -> str:
        return "".join(self._node(node) for node in code.nodes)

    def _node(self, node: object) -> str:
        if isinstance(node, Text):
            return _bullets_to_separators(str(node.value))
        if isinstance(node, Wikilink):
            target = str(node.title).strip()
            if target.lower().lstrip(":").startswith(FILE_PREFIXES):
                return ""
            title = self.render(node.title).strip().lstrip(":").split("#")[0]
            if node.text is not None and str(node.text) == "":
                return re.sub(r"^[^:]*:|\s*\([^()]*\)$|,.*$", "", title)  # the pipe trick: [[Title (x)|]]
            return self.render(node.text) if node.text is not None else title
        if isinstance(node, ExternalLink):
            if node.title is not None:
                return self.render(node.title)
            return "" if node.brackets else str(node.url)  # "[https://…]" shows a footnote number
        if isinstance(node, Template):
            return self._template(node)
        if isinstance(node, Tag):
            tag = str(node.tag).lower().strip()
            if tag in DROPPED_TAGS:
                return ""
            if tag in BREAK_TAGS:
                return SEPARATOR + (self.render(node.contents) if node.contents else "") + SEPARATOR
            return self.render(node.contents) if node.contents is not None else ""
        if isinstance(node, HTMLEntity):
            return node.normalize()
        if isinstance(node, Heading):
            return SEPARATOR + self.render(node.title) + SEPARATOR
        if isinstance(node, Comment | Argument):
            return ""
        return str(node)

    def _template(self, template: Template) -> str:
        name = normalise_template_name(str(template.name))
        rule = TEMPLATES.get(name) or next((r for p, r in PREFIXES.items() if name.startswith(p)), None)
        if rule is None:
            self.unknown[name] += 1
            return _plain_first_argument(self, template)
        kind, options = rule
        return RULES[kind](self, template, **options)


def _parse(wikitext: str) -> Wikicode | None:
    try:
        return mwparserfromhell.parse(wikitext)
    except Exception:  # a parser failure must not lose the page's text
        return None


def _bullets_to_separators(text: str) -> str:
    """A line that starts a list item (`* A`, `# B`) or a blank line starts a separate value; a
    single line break reads as a space, as MediaWiki renders it."""
    text = re.sub(r"\n[ \t]*[*#]+[ \t]*|\n[ \t]*\n", SEPARATOR, text)
    return text.replace("\n", " ")


def _split(rendered: str) -> list[str]:
    parts = (" ".join(part.rsplit(LINK_PIPE, 1)[-1].split()) for part in rendered.split(SEPARATOR))
    return [p for p in parts if p]


def _positional(template: Template) -> list[Wikicode]:
    return [p.value for p in template.params if not p.showkey]


def _named(template: Template, *names: str) -> str | None:
    for name in names:
        if template.has(name):
            return str(template.get(name).value).strip()
    return None


def _plain_first_argument(reader: Reader, template: Template) -> str:
    """An unknown template shows its first argument when that is plain text (no templates)."""
    args = _positional(template)
    if not args or args[0].filter_templates() or not args[0].strip_code().strip():
        return ""
    return reader.render(args[0])


def _argument(reader: Reader, template: Template, index: int) -> str:
    args = _positional(template)
    return reader.render(args[index - 1]) if len(args) >= index else ""


def _prefixed(reader: Reader, template: Template, prefix: str) -> str:
    return prefix + _argument(reader, template, 1)


def _joined(reader: Reader, template: Template, indexes: tuple[int, ...], between: str) -> str:
    return between.join(part for part in (_argument(reader, template, i) for i in indexes) if part)


def _literal(reader: Reader, template: Template, text: str) -> str:
    return text


def _drop(reader: Reader, template: Template) -> str:
    return ""


def _arguments(reader: Reader, template: Template) -> str:
    return SEPARATOR + SEPARATOR.join(reader.render(a) for a in _positional(template)) + SEPARATOR


def _bulleted(reader: Reader, template: Template) -> str:
    args = _positional(template)
    return SEPARATOR + (reader.render(args[0]) if args else "") + SEPARATOR


def _date(reader: Reader, template: Template) -> str:
    """Year, month, day from the first arguments ({{start date|2004|3|9}}), day first when
    `df` is set; a free-text date ({{start-date|9 March 2004}}) as written."""
    args = [" ".join(reader.render(a).split()) for a in _positional(template)]
    args = [a for a in args if a]
    if not args:
        return ""
    if not re.fullmatch(r"\d{1,4}", args[0]):
        return args[0]
    year, month, day = args[0], _month(args[1]) if len(args) > 1 else None, None
    if month and len(args) > 2 and re.fullmatch(r"\d{1,2}", args[2]):
        day = str(int(args[2]))
    if not month:
        return year
    if not day:
        return f"{month} {year}"
    day_first = (_named(template, "df") or "").lower() in {"y", "yes", "1", "true", "on"} or (
        _named(template, "format") or ""
    ).lower() == "dmy"
    return f"{day} {month} {year}" if day_first else f"{month} {day}, {year}"


def _month(text: str) -> str | None:
    if re.fullmatch(r"\d{1,2}", text) and 1 <= int(text) <= 12:
        return MONTHS[int(text) - 1]
    return next((m for m in MONTHS if text.lower()[:3] == m.lower()[:3] and text.isalpha()), None)


def _convert(reader: Reader, template: Template) -> str:
    """{{convert|21000000|sqmi|km2}} -> '21,000,000 square miles' (the value and its own unit)."""
    args = [reader.render(a).strip() for a in _positional(template)]
    if not args:
        return ""
    value = args[0]
    if re.fullmatch(r"\d{5,}", value):
        value = f"{int(value):,}"
    rest = args[1:]
    if len(rest) >= 2 and rest[0] in {"to", "-", "–", "and", "or", "x", "by"}:
        value, rest = f"{value} {rest[0]} {rest[1]}", rest[2:]
    abbreviated = (_named(template, "abbr") or "").lower() in {"on", "yes", "values"}
    unit = (rest[0] if abbreviated else UNITS.get(rest[0], rest[0])) if rest else ""
    return f"{value} {unit}".strip()


RULES: dict[str, Callable[..., str]] = {
    "argument": _argument,
    "literal": _literal,
    "prefixed": _prefixed,
    "joined": _joined,
    "drop": _drop,
    "arguments": _arguments,
    "bulleted": _bulleted,
    "date": _date,
    "convert": _convert,
}


def reader_text(wikitext: str, unknown: Counter | None = None) -> str:
    """Wikitext as one line of reader text, separate values joined by ', '."""
    reader = Reader(unknown if unknown is not None else Counter())
    return reader.text(wikitext)


def lead_text(wikitext: str, unknown: Counter | None = None) -> str:
    """The prose of a lead section's wikitext as reader text, one paragraph a line: what a plain
    extract of that revision would say (TextExtracts serves only the current revision)."""
    box = infobox_slice(wikitext)
    prose = wikitext.replace(box, "\n") if box else wikitext
    paragraphs = []
    for block in prose.split("\n"):
        text = reader_text(block, unknown).strip() if block.strip() else ""
        if text and not block.lstrip().startswith(("{{Short description", "{{Use ")):
            paragraphs.append(text)
    return "\n".join(paragraphs)


# a section heading's line: `== Career ==`, `=== Air Staff ===` (MediaWiki reads one to six marks a side)
SECTION_HEADING = re.compile(r"^(={1,6})[ \t]*(.+?)[ \t]*\1[ \t]*$", re.MULTILINE)
TAG = re.compile(r"<(/?)([A-Za-z][\w-]*)\b[^<>]*?(/?)>")
VOID_TAGS = frozenset({"br", "hr", "wbr", "img", "references", "section"})  # tags that need no closing tag


def split_lead(wikitext: str) -> tuple[str, str]:
    """A whole revision's section 0 (the lead, with its infobox) and the sections after it, which
    start at the first heading line: the same lead `rvsection=0` would have given."""
    first = SECTION_HEADING.search(wikitext)
    return (wikitext, "") if first is None else (wikitext[: first.start()], wikitext[first.start() :])


def _left_open(line: str) -> int:
    """How many templates, tables and non-void tags `line` opens and leaves open (negative when it
    closes more than it opens). A table opens and closes only at a line's start (`{|`, `|}`)."""
    start = line.lstrip()
    tables = start.startswith("{|") - start.startswith("|}")
    tags = sum(
        -1 if closing else 1
        for closing, name, self_closing in TAG.findall(line)
        if not self_closing and name.lower() not in VOID_TAGS
    )
    return line.count("{{") - line.count("}}") + tables + tags


def blocks(text: str) -> list[str]:
    """The lines of `text`, a line that opens a template, a table or a tag joined with the lines up to
    where it closes: a citation, quote box or table written over many lines is one block, rendered or
    left out whole (read line by line, its parameters came out as prose). An unclosed one runs to
    the end of `text`."""
    out: list[str] = []
    lines: list[str] = []
    depth = 0
    for line in text.split("\n"):
        lines.append(line)
        depth += _left_open(line)
        if depth <= 0:
            out.append("\n".join(lines))
            lines, depth = [], 0
    if lines:
        out.append("\n".join(lines))
    return out


def boxed(block: str) -> bool:
    """Whether a block of a page's body is a table or one template standing alone (a hatnote, navbox,
    quote box, image box or reference list): TextExtracts, whose whole pages the judge otherwise
    reads, leaves tables and boxes out of its text, and so does a revision's body here."""
    text = block.strip()
    if text.startswith("{|"):
        return True
    if not (text.startswith("{{") and text.endswith("}}")):
        return False
    depth = 0
    for brace in _BRACES.finditer(text):
        depth += 1 if brace.group() == "{{" else -1
        if depth == 0:
            return brace.end() == len(text)
    return False


def body_text(body: str, unknown: Counter | None = None, readable: Callable[[str], bool] = lambda block: True) -> str:
    """The sections after the lead as reader text, in the shape of a TextExtracts whole page with
    `exsectionformat=wiki` (which `verify.passages` splits): each heading an `== H ==` line with its
    own level's marks, then its paragraphs one a line, each block rendered as the lead's are. Boxes
    and tables are left out (`boxed`), and so is a block `readable` refuses (one the parser could not
    read in bounded time)."""
    lines = []
    parts = SECTION_HEADING.split(body)  # text before the first heading, then (marks, title, text) triples
    chunks = [("", "", parts[0]), *zip(parts[1::3], parts[2::3], parts[3::3], strict=True)]
    for marks, title, text in chunks:
        heading = reader_text(title, unknown).strip() if marks else ""
        if heading:
            lines.append(f"{marks} {heading} {marks}")
        for block in blocks(text):
            if block.strip() and not boxed(block) and readable(block):
                rendered = reader_text(block, unknown).strip()
                if rendered:
                    lines.append(rendered)
    return "\n".join(lines)


def parse_infobox(wikitext: str, unknown: Counter | None = None) -> tuple[InfoboxField, ...]:
    """The first `{{Infobox ...}}` template's parameters, as reader-text labelled fields.

    An infobox embedded in another's parameter (`| module = {{Infobox military person|embed=yes…}}`)
    gives its rows too. Only the infobox is parsed: a live lead section's prose, references and
    citation templates are most of its wikitext and none of the infobox."""
    code = _parse(infobox_slice(wikitext) or "")
    if code is None:
        return ()
    reader = Reader(unknown if unknown is not None else Counter())
    for template in code.filter_templates(recursive=False):
        if normalise_template_name(str(template.name)).startswith("infobox"):
            return tuple(_infobox_fields(reader, template))
    return ()


_INFOBOX_START = re.compile(r"\{\{\s*(?:template\s*:\s*)?infobox", re.IGNORECASE)
_BRACES = re.compile(r"\{\{|\}\}")


def infobox_slice(wikitext: str) -> str | None:
    """From the first `{{Infobox` to its balanced `}}` (the rest of the text if unbalanced); None
    without an infobox. One linear pass: the parser then sees the infobox alone."""
    start = _INFOBOX_START.search(wikitext)
    if start is None:
        return None
    depth = 0
    for brace in _BRACES.finditer(wikitext, start.start()):
        depth += 1 if brace.group() == "{{" else -1
        if depth == 0:
            return wikitext[start.start() : brace.end()]
    return wikitext[start.start() :]


def _infobox_fields(reader: Reader, template: Template) -> Iterable[InfoboxField]:
    for param in template.params:
        embedded = [
            t
            for t in param.value.filter_templates(recursive=False)
            if normalise_template_name(str(t.name)).startswith("infobox")
        ]
        for inner in embedded:
            yield from _infobox_fields(reader, inner)
            param.value.remove(inner)
        values = reader.values(param.value)
        if values:
            yield InfoboxField(label=str(param.name).strip(), value=VALUE_JOIN.join(values), values=tuple(values))


_NUMBERED = re.compile(r"^(?P<base>[a-z_]*?[a-z])_?(?P<n>\d+)(?P<tail>_[a-z_]+)?$")


_SEAT_ROWS = frozenset(lexicons.load("judging")["offices"]["seat_rows"])
_PREDECESSOR_ROWS = frozenset(lexicons.load("judging")["offices"]["predecessor_rows"])


def numbered_groups(fields: Iterable[InfoboxField]) -> dict[str, dict[str, InfoboxField]]:
    """Rows grouped by their number: {'2': {'office': …, 'term_start': …, 'term_end': …}}; rows
    without a number are group ''. `commander1_label` is key 'commander_label' of group '1'. A seat's
    place under a chamber's own row name (`riding1`, `constituency_MP1`) is key 'constituency'; an elect's
    'succeeding' row, the holder they are to take over from, key 'predecessor'."""
    groups: dict[str, dict[str, InfoboxField]] = {}
    for f in fields:
        label = f.label.strip().lower()
        m = _NUMBERED.match(label)
        key, number = (m["base"] + (m["tail"] or ""), m["n"]) if m else (label, "")
        key = "predecessor" if key in _PREDECESSOR_ROWS else key
        groups.setdefault(number, {}).setdefault("constituency" if key in _SEAT_ROWS else key, f)
    return groups
