"""Load an article from disk: decode strictly, read its metadata sidecar, refuse bad input clearly.

The decoded text is kept exactly (CRLF and all) because claim spans index it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sys
from pathlib import Path

from bs4 import BeautifulSoup
from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from verify.errors import InputError
from verify.models import Article

DEFAULT_MAX_BYTES = 5 * 1024 * 1024


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


def decode_text(data: bytes, name: str) -> str:
    """Decode UTF-8 (BOM allowed) or BOM-marked UTF-16; anything else is refused, never guessed."""
    if b"\x00" in data and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(f"{name}: looks like a binary file (NUL bytes), not a text article")
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


def looks_like_html(text: str) -> bool:
    head = text.lstrip()[:200].lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "<p" in text.lower())


def html_to_article_text(markup: str) -> str:
    """An HTML article as the plain-text article format (title line, blank line, paragraphs).

    Claim spans then index this text, not the HTML file. Scripts, styles and navigation are dropped."""
    soup = BeautifulSoup(markup, "html.parser")
    for tag in soup(["script", "style", "noscript", "nav", "header", "footer", "aside", "form", "template"]):
        tag.decompose()
    heading = soup.find("h1")
    title = (
        " ".join((heading or soup.title or soup).get_text(" ", strip=True).split()) if (heading or soup.title) else ""
    )
    root = soup.find("article") or soup.find("main") or soup.body or soup
    paragraphs = [" ".join(p.get_text(" ", strip=True).split()) for p in root.find_all(["p", "li", "blockquote"])]
    body = "\n\n".join(p for p in paragraphs if p and p != title)
    return f"{title}\n\n{body}\n" if title else body + "\n"


def load_meta(path: Path) -> ArticleMeta:
    meta_path = path.with_name(f"{path.stem}.meta.json")
    if not meta_path.exists():
        return ArticleMeta()
    try:
        data = json.loads(meta_path.read_text(encoding="utf-8"))
        _warn_unknown_keys(meta_path, data)
        return ArticleMeta.model_validate(data)
    except json.JSONDecodeError as exc:
        raise InputError(f"{meta_path}: not valid JSON (line {exc.lineno}: {exc.msg})") from None
    except ValidationError as exc:
        err = exc.errors()[0]
        field = ".".join(str(p) for p in err["loc"]) or "(top level)"
        raise InputError(f"{meta_path}: field '{field}': {err['msg']}") from None


def load_article(path: Path, max_bytes: int = DEFAULT_MAX_BYTES, as_of: dt.date | None = None) -> Article:
    """Read `path` as an article: title on the first line, then paragraphs."""
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path}: is a folder, not an article file")
    size = path.stat().st_size
    if size > max_bytes:
        raise InputError(f"{path}: {size:,} bytes is over the {max_bytes:,}-byte limit (see --max-bytes)")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror or type(exc).__name__})") from None
    text = decode_text(data, str(path))
    if looks_like_html(text):
        text = html_to_article_text(text)
    if not text.strip():
        raise InputError(f"{path}: the article is empty")
    meta = load_meta(path)
    title = text.strip().splitlines()[0].strip()
    return Article(
        path=str(path),
        stem=path.stem,
        sha256=hashlib.sha256(data).hexdigest(),
        title=title,
        text=text,
        as_of=as_of or meta.as_of or meta.published,
        published=meta.published,
        source_url=meta.source_url,
    )
