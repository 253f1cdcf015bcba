"""Reading input files safely: only regular files, never more than a cap, JSON never too deep.

`st_size` says 0 for a FIFO, `/dev/zero` or `/proc` files, so a size check before reading proves
nothing: the file is opened without blocking, checked for what it is on the open descriptor (no
window to swap it), and read with a cap.
"""

from __future__ import annotations

import json
import os
import re
import stat
import sys
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from verify.errors import InputError

STDIN = "-"


def resolved(path: Path) -> Path:
    """`path.resolve()`, or its absolute form where links cannot be followed: a symlink loop made
    `resolve` raise RuntimeError (Python 3.11), and a run that only wanted the article's folder ended
    in an internal error instead of the one line reading the file gives."""
    try:
        return path.resolve()
    except (RuntimeError, OSError):
        return Path(os.path.abspath(path))
MAX_JSON_DEPTH = 32  # claim files and sidecars nest 4 deep; a hostile file, 100,000

KINDS = {
    stat.S_ISDIR: "a folder",
    stat.S_ISFIFO: "a FIFO (named pipe)",
    stat.S_ISCHR: "a character device",
    stat.S_ISBLK: "a block device",
    stat.S_ISSOCK: "a socket",
}


def printable_path(path: Path | str) -> str:
    """The path as text any report can hold: a name that is not UTF-8 (`caf\\xe9.txt`, saved by a
    Latin-1 system) keeps its odd bytes as `\\xNN` instead of the lone surrogates Python reads
    them as, which no JSON or HTML writer can encode."""
    text = str(path)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(text).decode("utf-8", "backslashreplace")
    return text


def refuse_undecodable_name(path: Path) -> None:
    """An article whose file name is not UTF-8 is refused in one line: every report names its
    article, and that name could not be written (an internal error that also lost a batch's index)."""
    shown = printable_path(path)
    if shown != str(path):
        raise InputError(f"{shown}: the file name is not UTF-8; rename the file (e.g. with convmv) and check it again")


def is_web_url(url: str) -> bool:
    """An http(s) URL with a host: the only addresses verify fetches (`file:`, `javascript:` or a bare
    `nato.int/news` never could be, and were only found out when nothing else decided a claim)."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises on a port out of range ('http://host:99999'), never requestable
        return parts.scheme in ("http", "https") and bool(parts.hostname)
    except ValueError:  # a bracketed host that is no IPv6 address ('http://[::1'): urlsplit refuses it
        return False


def without_userinfo(url: str) -> str:
    """`url` without a `user:password@` before its host: a mirror behind basic auth is asked with it
    (httpx sends it as an Authorization header), but a link in a report or a recorded cassette, both
    shared and committed, must not carry the password."""
    parts = urlsplit(url)
    if "@" not in parts.netloc:
        return url
    return urlunsplit(parts._replace(netloc=parts.netloc.rpartition("@")[2]))


def _kind(mode: int) -> str:
    return next((name for test, name in KINDS.items() if test(mode)), "not a regular file")


def read_capped(path: Path, max_bytes: int, what: str = "file", option: str = "") -> bytes:
    """The bytes of `path` (a regular file, or `-` for standard input), at most `max_bytes`;
    `option` names the command-line option that sets the cap, if one does."""
    hint = f" (see {option})" if option else f" for a {what}"
    if str(path) == STDIN:
        return _read_capped_stream(sys.stdin.buffer, max_bytes, "standard input", what, hint)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a folder, not a {what}") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror or type(exc).__name__})") from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            pipe_hint = " (use - to read standard input)" if stat.S_ISFIFO(info.st_mode) else ""
            raise InputError(f"{path}: is {_kind(info.st_mode)}, not a {what}; only regular files are read{pipe_hint}")
        if info.st_size > max_bytes:
            raise InputError(f"{path}: {info.st_size:,} bytes is over the {max_bytes:,}-byte limit{hint}")
        os.set_blocking(fd, True)
        handle = os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise
    with handle:
        return _read_capped_stream(handle, max_bytes, str(path), what, hint)


def _read_capped_stream(handle: Any, max_bytes: int, name: str, what: str, hint: str) -> bytes:
    try:
        data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise InputError(f"{name}: cannot be read ({exc.strerror or type(exc).__name__})") from None
    if len(data) > max_bytes:
        raise InputError(f"{name}: over the {max_bytes:,}-byte limit{hint}")
    return data


MAX_TITLE_BYTES = 255  # MediaWiki's longest page title, in UTF-8 bytes: a longer one names no page
# what MediaWiki never allows in a title (outside $wgLegalTitleChars): '|' would also split a batch
NOT_IN_A_TITLE = re.compile(r"[|\[\]{}<>\x00-\x1f\x7f]")
LONG_NUMBER = f"JSON holds a number of over {sys.get_int_max_str_digits():,} digits, which no field takes"


def json_depth(data: Any, limit: int = MAX_JSON_DEPTH) -> int:
    """How deeply lists and objects nest, up to `limit` + 1 (no recursion, so no depth can break it)."""
    deepest, stack = 0, [(data, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict | list):
            deepest = max(deepest, depth)
            if depth <= limit:
                stack.extend((child, depth + 1) for child in (item.values() if isinstance(item, dict) else item))
    return deepest


def load_json(text: str, name: str) -> Any:
    """JSON with one-line errors: malformed, nested too deeply (even 100,000 `[`) or not."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        # json's message ends 'starting at' where it points to a place: the column finishes it
        where = f"{'' if exc.msg.endswith(' at') else ' at'} column {exc.colno}"
        raise InputError(f"{name}: line {exc.lineno}: not valid JSON ({exc.msg}{where})") from None
    except RecursionError:
        raise InputError(f"{name}: JSON nested too deeply") from None
    except ValueError:  # Python's guard on int(): a number of over 4,300 digits (a hostile file)
        raise InputError(f"{name}: {LONG_NUMBER}") from None
    if json_depth(data) > MAX_JSON_DEPTH:
        raise InputError(f"{name}: JSON nested over {MAX_JSON_DEPTH} levels deep")
    return data


def json_file_kind(data: Any) -> str:
    """Which of verify's own files a JSON document is, by the key only that file has ('a baseline',
    'a report', 'a claim file (written for …)'), or 'JSON data': a file given where another was
    meant (tab completion: `reports/story.json` as the article or the baseline) is named in one line."""
    if not isinstance(data, dict):
        return "JSON data"
    if "findings" in data:
        return "a baseline"
    if "summary" in data:
        return "a report"
    if "claims" in data:
        written_for = data.get("article")
        return f"a claim file (written for {written_for})" if isinstance(written_for, str) else "a claim file"
    return "JSON data"
