"""Load an article from disk: decode strictly, read its metadata sidecar, refuse bad input clearly.

Line ends are read as LF (CRLF and lone CR alike): the same article must give the same claims and
verdicts whatever editor or checkout saved it, and claim spans index that LF text, which the
reports quote and a claim file reviewed on an LF copy matches.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import sys
import unicodedata
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from verify import aliases
from verify.errors import InputError
from verify.htmltext import ParseTooSlow, read_page
from verify.inputs import STDIN, json_file_kind, load_json, read_capped, refuse_undecodable_name
from verify.match import parse_date
from verify.mdtext import MARKDOWN_SUFFIXES, is_markdown, markdown_to_article_text
from verify.models import Article

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
# The days an article may be judged at. Claims are judged against the wiki's pages as they stood on
# that day, and Wikipedia's first page was saved on 2001-01-15: before it there is nothing to read,
# and a page's facts read at 1900 (an office not yet held, a negative age) are wrong verdicts, not
# findings. A day ahead of today has not happened; two days are allowed for time zones east of UTC
# and an article embargoed to the next morning.
# characters of text extraction reads: a long feature is 60,000, and parsing costs about half a CPU
# second and several MB per 1,000 (a 5 MB article, under --max-bytes, ran 15 minutes and took 17 GB)
MAX_EXTRACTED_CHARS = 250_000
# lines of text (not blank) extraction reads: each costs about 30 KB however short (120,000 one-letter lines, under
# the character cap, took 4.0 GB and 300 s to find no claim: review40 N5); 20,000 keep a check under about 1 GB,
# and a news article, even a list of results, has a few hundred
MAX_EXTRACTED_LINES = 20_000
EARLIEST_AS_OF = dt.date(2001, 1, 15)
AS_OF_AHEAD = dt.timedelta(days=2)
MAX_SIDECAR_BYTES = 64 * 1024
ARTICLE_DROPPED_TAGS = {"script", "style", "noscript", "nav", "header", "footer", "aside", "form", "template"}


class ArticleMeta(BaseModel):
    """The optional sidecar `<stem>.meta.json` next to an article. Keys it does not know (`url`,
    `outlet`, a CMS's own) are warned about once and ignored; dates may be ISO dates or date-times
    with a zone (`2025-08-20T14:30:00+02:00`), which count as the date written."""

    model_config = ConfigDict(extra="ignore")

    as_of: dt.date | None = None
    published: dt.date | None = None
    source_url: str | None = None
    note: str | None = None

    @field_validator("as_of", "published", mode="before")
    @classmethod
    def _date_of_datetime(cls, value: object) -> object:
        if isinstance(value, str) and "T" in value.strip():
            try:
                return dt.datetime.fromisoformat(value.strip()).date()
            except ValueError:
                return value  # pydantic names the field and what is wrong
        return value


_warned: set[Path] = set()


def _warn_unknown_keys(meta_path: Path, data: object) -> None:
    """One line on stderr per sidecar and run for keys verify does not read."""
    if not isinstance(data, dict) or meta_path in _warned:
        return
    unknown = sorted(k for k in data if k not in ArticleMeta.model_fields)
    if unknown:
        _warned.add(meta_path)
        print(f"{meta_path}: ignoring unknown keys {', '.join(map(repr, unknown))}", file=sys.stderr, flush=True)


def _utf16_hint(data: bytes) -> str:
    """Text saved as UTF-16 without a byte-order mark has a NUL beside nearly every ASCII letter."""
    sample = data[:4096]
    halves = (sample[0::2], sample[1::2])
    zeros = [half.count(0) / len(half) for half in halves] if len(sample) >= 8 else [0.0, 0.0]
    if max(zeros) >= 0.9 and min(zeros) <= 0.1:  # one byte of each pair NUL, the other (nearly) never
        return " (UTF-16 text without a byte-order mark? re-save it as UTF-8)"
    return ""


def decode_text(data: bytes, name: str) -> str:
    """Decode UTF-8 (BOM allowed) or BOM-marked UTF-16; anything else is refused, never guessed."""
    if b"\x00" in data and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(f"{name}: looks like a binary file (NUL bytes), not a text article{_utf16_hint(data)}")
    try:
        text = data.decode("utf-16") if data.startswith((b"\xff\xfe", b"\xfe\xff")) else data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name}: not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start}); re-save it as UTF-8"
        ) from None
    controls = sum(1 for c in text if c < " " and c not in "\t\n\r\f")
    if "\x00" in text or controls > max(8, len(text) // 100):
        raise InputError(f"{name}: looks like a binary file (control characters), not a text article")
    return text


def lf_line_ends(text: str) -> str:
    """`text` with every CRLF and lone CR as LF: claim extraction reads "\r" as no line end at all,
    so a CRLF copy was split into other sentences than its LF original."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def reader_text(text: str) -> str:
    """`text` as verify reads every article: LF line ends and composed accents (NFC). A copy saved with
    decomposed accents ('i' + U+0301, as macOS and some CMS exports write it) cut 'António' to 'Anto' and
    looked names up under titles no wiki has; it is the same article and now gives the same claims."""
    return unicodedata.normalize("NFC", lf_line_ends(text))


def looks_like_html(text: str) -> bool:
    head = text.lstrip()[:200].lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "<p" in text.lower())


def html_to_article_text(markup: str, max_seconds: float = 10.0) -> str:
    """An HTML article as the plain-text article format (title line, blank line, paragraphs).

    Claim spans then index this text, not the HTML file. Scripts, styles and navigation are dropped.
    One linear pass (verify.htmltext): 8,000 unclosed nested tags cost no more than 8,000 paragraphs."""
    try:
        page = read_page(markup, {"p", "li", "blockquote"}, ARTICLE_DROPPED_TAGS, max_seconds=max_seconds)
    except ParseTooSlow:
        raise InputError(f"the HTML could not be read within {max_seconds:g} s") from None
    title = page.heading or page.title
    paragraphs = page.text_blocks(("article", "main"))
    body = "\n\n".join(p for p in paragraphs if p and p != title)
    return f"{title}\n\n{body}\n" if title else body + "\n"


def check_extractable(article: Article) -> None:
    """Refuse, in one line, an article too long to extract claims from in reasonable time and memory.
    A reviewed claim file needs no extraction, so such an article can still be checked with one."""
    if len(article.text) > MAX_EXTRACTED_CHARS:
        raise InputError(
            f"{article.path}: {len(article.text):,} characters of text, more than the {MAX_EXTRACTED_CHARS:,} "
            "claims are extracted from (news articles are far shorter); split it, or check it with a reviewed "
            "claim file"
        )
    lines = sum(1 for line in article.text.splitlines() if line.strip())
    if lines > MAX_EXTRACTED_LINES:
        raise InputError(
            f"{article.path}: {lines:,} lines of text, more than the {MAX_EXTRACTED_LINES:,} claims are extracted "
            "from (news articles have a few hundred); split it, or check it with a reviewed claim file"
        )


_MONTH = "|".join(m.title() for m in aliases.FULL_MONTHS)
_FULL_DATE = re.compile(rf"\b(?:\d{{1,2}}\s+(?:{_MONTH})\s+\d{{4}}|(?:{_MONTH})\s+\d{{1,2}},\s+\d{{4}})\b")
OPENING_CHARS = 120  # a dateline ('BANGKOK, August 18, 2024 (Reuters) —') sits in the first words of the body


def opening_date(text: str) -> tuple[str, dt.date] | None:
    """A full date in the first words under the title, as a dateline writes it, with the day it names: an
    undated article's note offers it for --as-of (a desk's first place to look), never takes it silently."""
    first, _, rest = text.lstrip().partition("\n")  # the title, or a first line that is the dateline itself
    found = _FULL_DATE.search(first[:OPENING_CHARS]) or _FULL_DATE.search(rest.lstrip()[:OPENING_CHARS])
    day = parse_date(found.group(0)) if found else None
    return (found.group(0), day) if found and day else None


def undated_note(path: str, day: dt.date | None) -> str:
    """What a run without an article date does, and how to give one: said once per article on stderr
    and in the report header. Pages are then read as they stood on `day` (fetched today, or recorded),
    and a length of time or an age counted to the article's day cannot be measured."""
    pages = f"as they stood on {day.isoformat()}" if day else "as they were fetched or recorded"
    return (
        f"no article date, so claims are judged against the pages {pages} and a length of time or an age "
        f"counted to the article's day is left unverified; set the date with {how_to_date(path)}"
    )


def how_to_date(path: str | None) -> str:
    """How to give an article its date: --as-of, or its sidecar's "published" for a file (standard input
    has no sidecar; None, an article of unknown origin, names the sidecar in general)."""
    if path == STDIN:
        return "--as-of YYYY-MM-DD"
    sidecar = f"{Path(path).stem}{SIDECAR_SUFFIX}" if path is not None else f"its {SIDECAR_SUFFIX}"
    return f'--as-of YYYY-MM-DD or "published" in {sidecar}'


def as_of_problem(day: dt.date, today: dt.date | None = None) -> str | None:
    """Why claims cannot be judged at `day`, or None when they can (see EARLIEST_AS_OF)."""
    today = today or dt.datetime.now(dt.UTC).date()
    if day < EARLIEST_AS_OF:
        return (
            f"{day.isoformat()} is before {EARLIEST_AS_OF.isoformat()}, the first day of Wikipedia; "
            "claims are judged against pages as they stood on that day"
        )
    if day > today + AS_OF_AHEAD:
        return (
            f"{day.isoformat()} is more than {AS_OF_AHEAD.days} days after today ({today.isoformat()}); claims are "
            f"judged at a day that has come ({AS_OF_AHEAD.days} days ahead are allowed for time zones and embargoes)"
        )
    return None


def _refuse_unreadable_shape(meta_path: Path, data: object) -> None:
    """Say what a sidecar should hold where pydantic's words would not: a list is 'not an instance of
    ArticleMeta', and a date given as a JSON number is read as seconds since 1970 (taken silently when
    whole days, else 'Datetimes provided to dates should have zero time')."""
    if not isinstance(data, dict):
        raise InputError(f'{meta_path}: a JSON object is expected, e.g. {{"published": "2024-04-02"}}')
    for field in ("as_of", "published"):
        value = data.get(field)
        if value is not None and not isinstance(value, str):
            raise InputError(
                f"{meta_path}: field '{field}': write the date as text, \"YYYY-MM-DD\" (got {json.dumps(value)[:40]})"
            )


def load_meta(path: Path) -> ArticleMeta:
    """The sidecar `<stem>.meta.json`, if there is one: a small regular JSON file, shallow."""
    meta_path = path.with_name(f"{path.stem}.meta.json")
    if str(path) == STDIN or not (meta_path.exists() or meta_path.is_symlink()):
        return ArticleMeta()
    data = load_json(decode_text(read_capped(meta_path, MAX_SIDECAR_BYTES, "sidecar"), str(meta_path)), str(meta_path))
    _refuse_unreadable_shape(meta_path, data)
    try:
        _warn_unknown_keys(meta_path, data)
        meta = ArticleMeta.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        field = ".".join(str(p) for p in err["loc"]) or "(top level)"
        raise InputError(f"{meta_path}: field '{field}': {err['msg']}") from None
    for field in ("as_of", "published"):
        day = getattr(meta, field)
        problem = as_of_problem(day) if day is not None else None
        if problem:
            raise InputError(f"{meta_path}: field '{field}': {problem}")
    return meta


SIDECAR_SUFFIX = ".meta.json"
OWNER_SUFFIXES = (".txt", ".html", ".htm", *MARKDOWN_SUFFIXES)  # the article files a sidecar can sit beside


def refuse_sidecar(path: Path) -> None:
    """A sidecar given as an article was checked as one (a report titled "Fact check: {"): refuse
    it, naming the article it belongs to, so the user checks that instead."""
    if not path.name.endswith(SIDECAR_SUFFIX) or str(path) == STDIN:
        return
    stem = path.name[: -len(SIDECAR_SUFFIX)]
    owners = [path.with_name(stem + suffix) for suffix in OWNER_SUFFIXES]
    found = [str(o) for o in owners if o.exists()]
    owner = " or ".join(found) if found else f"{path.with_name(stem)}.txt (or .html)"
    raise InputError(f"{path}: is the metadata sidecar of {owner}, not an article; check that article instead")


# the summary line under the heading of verify's Markdown report (`**11 claims: … ** · article `…``) and
# of a batch's summary.md (`**2 articles, 14 claims: …**`): an article titled "Fact check: …" has none
MARKDOWN_REPORT = re.compile(r"# Fact check: [^\n]*\n\n\*\*\d[\d,]* claims?: [^\n]*\*\* · article `")
MARKDOWN_SUMMARY = re.compile(r"# Fact-check summary\n\n\*\*\d[\d,]* articles?, \d[\d,]* claims?: ")


def verify_page(head: str) -> bool:
    """Whether `head` opens one of verify's own HTML or Markdown reports (an article's, or a batch's
    index.html or summary.md). HTML ones carry verify's Content-Security-Policy in their first lines; a
    newsroom's page titled "Fact check: …" does not."""
    if head.startswith("<"):
        from verify.report.html import CSP  # the writer's own header: only read when the text is markup

        return f'content="{CSP}"' in head[:1000]
    return bool(MARKDOWN_REPORT.match(head) or MARKDOWN_SUMMARY.match(head))


def refuse_verify_file(path: Path, text: str) -> None:
    """One of verify's own files given as the article (tab completion: `reports/story.json`) was read
    as one: a report gave 61 "claims" from its keys and quotes, each looked up. A JSON document or a
    cassette is never an article; one line says what it is."""
    head = text.lstrip()
    what = None
    if head[:1] in ("{", "["):
        try:
            data = json.loads(head)
        except (ValueError, RecursionError):
            return  # "[Updated] …": prose that opens with a bracket
        what = json_file_kind(data)
    elif head.split("\n", 1)[0].rstrip() in ("provenance:", "interactions:"):
        what = "a cassette"
    elif verify_page(head):
        what = "a report"
    if what:
        raise InputError(f"{path}: is {what}, not an article; articles are plain text, HTML or Markdown")


def load_article(path: Path, max_bytes: int = DEFAULT_MAX_BYTES, as_of: dt.date | None = None) -> Article:
    """Read `path` as an article: title on the first line, then paragraphs."""
    refuse_undecodable_name(path)
    refuse_sidecar(path)
    data = read_capped(path, max_bytes, "text article", "--max-bytes")
    text = reader_text(decode_text(data, str(path)))
    refuse_verify_file(path, text)
    source_sha256 = hashlib.sha256(text.encode("utf-8")).hexdigest()  # the same for every line-end or accent copy
    if is_markdown(path.name):
        text = markdown_to_article_text(text)
    elif looks_like_html(text):
        try:
            text = html_to_article_text(text)
        except InputError as exc:
            raise InputError(f"{path}: {exc}") from None
    if not text.strip():
        raise InputError(f"{path}: the article is empty")
    meta = load_meta(path)
    problem = as_of_problem(as_of) if as_of is not None else None
    if problem:  # a library caller's date; the command line has refused it already
        raise InputError(f"{path}: as_of: {problem}")
    title = text.strip().splitlines()[0].strip()
    return Article(
        path=str(path),
        stem="stdin" if str(path) == STDIN else path.stem,
        sha256=source_sha256,
        title=title,
        text=text,
        as_of=as_of or meta.as_of or meta.published,
        published=meta.published,
        source_url=meta.source_url,
    )
