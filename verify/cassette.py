"""Recorded evidence: each article's HTTP traffic as a cassette, the archive of what was read.

A cassette is vcrpy's YAML format (`interactions: [{request: {method, uri, headers, body},
response: {status, headers, body: {string}}}]`), so vcrpy and pytest-recording still read it. The
product never patches the HTTP stack: replay is an httpx transport built from the cassette, and
recording is a transport that wraps the live one, so each article's client has its own cassette.

Modes: `replay` (default when the cassette exists: answer from it; a request it lacks is not
checked, reason `not_in_cassette`), `offline` (the same, and no network even without a cassette),
`record` (fetch everything live and write the cassette anew, atomically), `record-new` (answer what
the cassette holds, fetch only what it lacks and add it), `live` (fetch live, record nothing).

Matching is on method, path and query, never scheme, host or port, so a cassette recorded against a
mirror on one port replays against another. A MediaWiki request for several values of one
`|`-separated parameter (`titles=A|B`) is answered by a recording that asked for more of them
(`titles=A|B|C`): the API answers each value on its own, and readers pick the values they asked for.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import httpx

from verify.errors import InputError
from verify.inputs import is_web_url, read_capped, without_userinfo
from verify.models import Reason
from verify.provenance import KEY as PROVENANCE
from verify.provenance import load_yaml
from verify.sources.http import RETRY_STATUSES, SourceError, TooLarge, busy_error, read_bounded

PRIVATE_REQUEST_HEADERS = {"user-agent", "cookie", "authorization", "api-user-agent"}
PRIVATE_RESPONSE_HEADERS = {"set-cookie", "x-client-ip", "x-request-id", "nel", "report-to", "server-timing"}
# the body is stored decoded, so what described its transfer no longer applies on replay
TRANSFER_HEADERS = {"content-encoding", "content-length", "transfer-encoding"}
MODES = ("replay", "offline", "record", "record-new", "live")
MAX_CASSETTE_BYTES = 200 * 1024 * 1024
# what recording may put in answers' bodies: the YAML around them (and escapes) must still fit the file cap
MAX_BODIES_BYTES = MAX_CASSETTE_BYTES // 2
MAX_RECORDED_BODY = 10 * 1024 * 1024  # one answer, as the HTTP client's own cap

# field -> (types it may have, required): a wrong type is named here, not met deep inside replay
FIELDS = {
    "request": (dict, True),
    "request.uri": (str, True),
    "request.method": (str, False),
    "request.body": ((str, bytes, type(None)), False),
    "request.headers": ((dict, type(None)), False),
    "response": (dict, True),
    "response.status": (dict, True),
    "response.status.code": (int, True),
    "response.status.message": ((str, type(None)), False),
    "response.headers": (dict, True),
    "response.body": (dict, True),
    "response.body.string": ((str, bytes), True),
}


class CassetteFull(Exception):
    """Recording this answer would make the cassette larger than replay reads."""


class CassetteMiss(Exception):
    """A request the cassette cannot answer; `code` says why (not in it, or no cassette at all)."""

    def __init__(self, message: str, code: Reason) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class RequestKey:
    """What replay matches on: method, path and the query as a sorted multiset of pairs."""

    method: str
    path: str
    query: tuple[tuple[str, str], ...]

    @classmethod
    def of(cls, method: str, url: str) -> RequestKey:
        parts = urlsplit(url)
        return cls(method.upper(), parts.path or "/", tuple(sorted(parse_qsl(parts.query, keep_blank_values=True))))

    def covered_by(self, recorded: RequestKey) -> bool:
        """Same request, or the same but asking for a subset of one `|`-separated parameter's values."""
        if (self.method, self.path) != (recorded.method, recorded.path):
            return False
        if self.query == recorded.query:
            return True
        mine, theirs = dict(self.query), dict(recorded.query)
        if len(mine) != len(self.query) or len(theirs) != len(recorded.query) or mine.keys() != theirs.keys():
            return False
        differing = [k for k in mine if mine[k] != theirs[k]]
        return len(differing) == 1 and set(mine[differing[0]].split("|")) <= set(theirs[differing[0]].split("|"))


@dataclass
class Cassette:
    """The interactions of one cassette file, in vcrpy's shape, and those added while recording;
    `provenance` is the file's own top-level mapping (where and when it was recorded)."""

    path: Path
    interactions: list[dict[str, Any]] = field(default_factory=list)
    provenance: dict[str, Any] = field(default_factory=dict)
    added: int = 0
    _keys: list[RequestKey] = field(default_factory=list, repr=False)
    _fresh: set[int] = field(default_factory=set, repr=False)  # id() of the interactions recorded by this run

    def stale(self, request: httpx.Request, hit: dict[str, Any]) -> bool:
        """While recording, `hit` is not to be replayed but fetched again: a busy answer (429, 503…) is
        no evidence, and one this run recorded for this very request is asked for again only to retry
        (the client keeps its answers itself), so the retry must not meet the 503 just recorded."""
        if _busy(hit):
            return True
        key = RequestKey.of(request.method, str(request.url))
        return (
            id(hit) in self._fresh and RequestKey.of(hit["request"].get("method", "GET"), hit["request"]["uri"]) == key
        )

    @classmethod
    def load(cls, path: Path) -> Cassette:
        data = read_cassette(path)
        meta = data.get(PROVENANCE)
        return cls(path, data["interactions"], meta if isinstance(meta, dict) else {})

    def find(self, request: httpx.Request) -> dict[str, Any] | None:
        """The recording of this request, else one that asked for more of a `|`-separated parameter.
        Of several (two recordings merged by hand or by git), one that is evidence comes first: a busy
        answer (429, 503…) replayed before the good one left every claim `not_checked`."""
        if len(self._keys) != len(self.interactions):
            self._keys = [
                RequestKey.of(i["request"].get("method", "GET"), i["request"]["uri"]) for i in self.interactions
            ]
        key = RequestKey.of(request.method, str(request.url))
        keyed = list(zip(self._keys, self.interactions, strict=True))
        exact = [i for k, i in keyed if k == key] or [i for k, i in keyed if key.covered_by(k)]
        return next((i for i in exact if not _busy(i)), exact[0] if exact else None)

    def size(self) -> int:
        """The bytes its bodies take, about what they take in the file."""
        return sum(len((i["response"].get("body") or {}).get("string") or "") for i in self.interactions)

    def add(self, request: httpx.Request, response: httpx.Response, body: bytes) -> None:
        """Keep one answer per request, the latest (a retry's success replaces the 503 before it, so
        replay gives the answer the run used); refuse one that would take the cassette past the most
        replay will read, rather than write a file no later run can load."""
        key = RequestKey.of(request.method, str(request.url))
        earlier = [
            i for i in self.interactions if RequestKey.of(i["request"].get("method", "GET"), i["request"]["uri"]) == key
        ]
        kept = [i for i in self.interactions if all(i is not e for e in earlier)]
        if self.size() - sum(len(e["response"]["body"]["string"]) for e in earlier) + len(body) > MAX_BODIES_BYTES:
            raise CassetteFull(
                f"cassette {self.path} would grow past {MAX_BODIES_BYTES:,} bytes of answers; "
                "not recorded (split the article, or record its sources with --live)"
            )
        self.interactions[:] = kept
        self._keys = []  # `find` rebuilds its keys for the new order
        self.interactions.append(
            {
                "request": {
                    "body": (request.content or b"").decode("utf-8", "replace"),
                    "headers": {
                        k: [v]
                        for k, v in request.headers.items()
                        if k.lower() not in PRIVATE_REQUEST_HEADERS | TRANSFER_HEADERS
                    },
                    "method": request.method,
                    "uri": without_userinfo(str(request.url)),  # replay matches path and query only
                },
                "response": {
                    "body": {"string": _body_text(body)},
                    "headers": {
                        k: [v]
                        for k, v in response.headers.items()
                        if k.lower() not in PRIVATE_RESPONSE_HEADERS | TRANSFER_HEADERS
                    },
                    "status": {"code": response.status_code, "message": response.reason_phrase},
                },
            }
        )
        self._fresh.add(id(self.interactions[-1]))
        self.added += 1

    def save(self, recorded_at: dt.datetime | None = None) -> None:
        """Write atomically (a cassette is whole or as it was), with where and when it was recorded:
        the host of its newest recording; what the file said before (say `synthetic`) is kept."""
        import yaml

        self.path.parent.mkdir(parents=True, exist_ok=True)
        # at most 64 characters of the name: `.<name>.recording` whole took a 250-character name past
        # 255 bytes; the process id keeps two runs recording at once off each other's temporary file
        tmp = self.path.with_name(f".{self.path.name[:64]}.{os.getpid()}.recording")
        host = urlsplit(self.interactions[-1]["request"]["uri"]).hostname if self.interactions else None
        when = (recorded_at or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).isoformat(timespec="seconds")
        self.provenance = {**self.provenance, "host": host, "recorded_at": when}
        data = {PROVENANCE: self.provenance, "interactions": self.interactions, "version": 1}
        # provenance first, as verify.provenance expects; vcrpy reads the interactions and ignores the rest
        text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100).encode("utf-8")
        if len(text) > MAX_CASSETTE_BYTES:
            raise InputError(
                f"{self.path}: the recording would be {len(text):,} bytes, over the {MAX_CASSETTE_BYTES:,} a "
                "cassette may hold; not saved (the old cassette is kept)"
            )
        tmp.write_bytes(text)
        os.replace(tmp, self.path)


def _busy(interaction: dict[str, Any]) -> bool:
    """A recorded answer that asked to be retried (429, 503…, or a maxlag error, which comes with HTTP
    200): no evidence. A lagged recording was taken for evidence, so `--record-new` replayed it."""
    response = interaction["response"]
    code = (response.get("status") or {}).get("code")
    return code in RETRY_STATUSES or (code == 200 and busy_error((response.get("body") or {}).get("string") or ""))


def _body_text(body: bytes) -> str | bytes:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        return body  # YAML keeps it as !!binary


def _response(interaction: dict[str, Any], request: httpx.Request) -> httpx.Response:
    recorded = interaction["response"]
    body = (recorded.get("body") or {}).get("string", b"")
    content = body.encode("utf-8") if isinstance(body, str) else bytes(body or b"")
    headers = [
        (name, value)
        for name, values in (recorded.get("headers") or {}).items()
        if name.lower() not in TRANSFER_HEADERS
        for value in (values if isinstance(values, list) else [values])
    ]
    status = recorded.get("status") or {}
    return httpx.Response(int(status.get("code", 200)), headers=headers, content=content, request=request)


class CassetteTransport(httpx.AsyncBaseTransport, httpx.BaseTransport):
    """Answers from a cassette; what it lacks goes to `live` (and is recorded) or is a `CassetteMiss`.
    Async clients replay and record; sync clients (`httpx.Client(transport=...)`) replay."""

    def __init__(
        self,
        cassette: Cassette | None,
        live: httpx.AsyncBaseTransport | None = None,
        record: bool = False,
        owns_live: bool = False,
        max_bytes: int = MAX_RECORDED_BODY,
    ) -> None:
        self.cassette = cassette
        self.live = live
        self.record = record
        self.max_bytes = max_bytes  # the most one answer may inflate to, read or recorded
        self.owns_live = owns_live  # close `live` with this transport (it was made for it alone)
        self.answered = 0
        self.missed: list[str] = []

    def _replay(self, request: httpx.Request) -> httpx.Response | None:
        """The recorded answer; None when the live transport should be asked; else a `CassetteMiss`."""
        hit = self.cassette.find(request) if self.cassette is not None else None
        if hit is not None and self.record and self.live is not None and self.cassette.stale(request, hit):
            hit = None
        if hit is not None:
            self.answered += 1
            return _response(hit, request)
        if self.live is not None:
            return None
        self.missed.append(str(request.url))
        if self.cassette is None:
            raise CassetteMiss("offline, and no cassette for this article", Reason.OFFLINE_NO_CASSETTE)
        raise CassetteMiss(
            "request not in the recorded cassette (offline replay); run with --record-new to add it",
            Reason.NOT_IN_CASSETTE,
        )

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        replayed = self._replay(request)
        if replayed is None:
            raise CassetteMiss("recording needs an async client", Reason.NOT_IN_CASSETTE)
        return replayed

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        replayed = self._replay(request)
        if replayed is not None:
            return replayed
        assert self.live is not None
        response = await self.live.handle_async_request(request)
        response.request = request  # a transport's answer has none yet; the bounded reader names its host
        try:
            # bounded as a live read is: a gzip bomb or a 2 GB answer never reaches memory or the cassette
            body = response.content if response.is_stream_consumed else await read_bounded(response, self.max_bytes)
        finally:
            await response.aclose()
        if len(body) > self.max_bytes:
            raise TooLarge(request.url.host, self.max_bytes)
        if self.record and self.cassette is not None:
            try:
                self.cassette.add(request, response, body)
            except CassetteFull as exc:
                raise SourceError(str(exc)) from None
        headers = [(k, v) for k, v in response.headers.multi_items() if k.lower() not in TRANSFER_HEADERS]
        return httpx.Response(response.status_code, headers=headers, content=body, request=request)

    def close(self) -> None:
        """Replaying holds nothing open."""

    async def aclose(self) -> None:
        """The transport recorded through is closed with this one when it was made for it alone."""
        if self.live is not None and self.owns_live:
            await self.live.aclose()


def open_cassette(path: Path, mode: str) -> Cassette | None:
    """The cassette a run in `mode` answers from or records into (None: no cassette, or live)."""
    if mode not in MODES:
        raise ValueError(f"unknown mode {mode!r}")
    if mode == "live":
        return None
    if mode == "record":
        return Cassette(path)  # everything anew; the old file stays until this one is saved
    if path.exists():
        return Cassette.load(path)
    return Cassette(path) if mode == "record-new" else None


def read_cassette(path: Path) -> dict[str, Any]:
    """A cassette's YAML, or a clear one-line error, naming the cassette and the field, for one that
    is not YAML, not vcrpy's shape, or has a field of the wrong type."""
    import yaml

    try:
        data = load_yaml(read_capped(path, MAX_CASSETTE_BYTES, "cassette").decode("utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError, RecursionError) as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}: " if mark else ""
        raise InputError(f"{path}: {where}not a readable YAML cassette") from None
    except ValueError as exc:  # a scalar YAML types but cannot build: '2024-13-45', a 5,000-digit number
        raise InputError(f"{path}: not a readable YAML cassette ({str(exc).split(';')[0]})") from None
    if data is None:  # no document at all: cut to nothing (a full disk), or only comments
        raise InputError(f"{path}: the cassette is empty; record it again with --record")
    if not isinstance(data, dict) or not isinstance(data.get("interactions"), list):
        raise InputError(f"{path}: field 'interactions': missing or not a list (not a vcrpy cassette)")
    for i, item in enumerate(data["interactions"]):
        if not isinstance(item, dict) or not {"request", "response"} <= item.keys():
            raise InputError(f"{path}: field 'interactions.{i}': needs 'request' and 'response'")
        for name, (types, required) in FIELDS.items():
            *parents, leaf = name.split(".")
            holder = item
            for parent in parents:
                holder = holder[parent]
            if leaf not in holder:
                if required:
                    raise InputError(f"{path}: field 'interactions.{i}.{name}': missing")
                continue
            if not isinstance(holder[leaf], types) or isinstance(holder[leaf], bool):
                raise InputError(
                    f"{path}: field 'interactions.{i}.{name}': {type(holder[leaf]).__name__} is not the right type"
                )
        for name in ("request.headers", "response.headers"):
            section, _ = name.split(".")
            headers = item[section].get("headers") or {}
            if not all(isinstance(v, list) and all(isinstance(x, str) for x in v) for v in headers.values()):
                raise InputError(f"{path}: field 'interactions.{i}.{name}': values must be lists of text")
        if not is_web_url(item["request"]["uri"]):  # 'http://[::1/...': every replay was 'request failed: ValueError'
            raise InputError(f"{path}: field 'interactions.{i}.request.uri': not an http(s) URL with a host")
    return data


def validate_cassette(path: Path) -> list[dict[str, Any]]:
    """The interactions of a valid cassette (see `read_cassette`)."""
    return read_cassette(path)["interactions"]
