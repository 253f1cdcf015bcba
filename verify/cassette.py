"""Recorded evidence: each article's HTTP traffic as a vcrpy cassette, the archive of what was read.

Modes: `replay` (default when the cassette exists: answer from it, refuse anything else),
`offline` (the same, and no network even without a cassette), `record` (fetch live and write the
cassette anew, atomically), `live` (fetch live, record nothing).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

import vcr
import yaml

from verify.errors import InputError
from verify.inputs import read_capped
from verify.provenance import read_cassette_provenance, write_cassette_provenance

MATCH_ON = ["method", "scheme", "host", "port", "path", "query"]
PRIVATE_REQUEST_HEADERS = ["user-agent", "cookie", "authorization", "api-user-agent"]
PRIVATE_RESPONSE_HEADERS = {"set-cookie", "x-client-ip", "x-request-id", "nel", "report-to", "server-timing"}


def _scrub_response(response: dict) -> dict:
    headers = response.get("headers") or {}
    response["headers"] = {k: v for k, v in headers.items() if k.lower() not in PRIVATE_RESPONSE_HEADERS}
    return response


def _recorder(record_mode: str) -> vcr.VCR:
    return vcr.VCR(
        record_mode=record_mode,
        match_on=MATCH_ON,
        filter_headers=PRIVATE_REQUEST_HEADERS,
        before_record_response=_scrub_response,
        decode_compressed_response=True,
    )


MAX_CASSETTE_BYTES = 200 * 1024 * 1024

# field -> (types it may have, required); a wrong type would otherwise fail deep inside vcrpy
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


def validate_cassette(path: Path) -> None:
    """A clear one-line error, naming the cassette and the field, for a cassette that is not YAML,
    not vcrpy's shape, or has a field of the wrong type."""
    try:
        data = yaml.safe_load(read_capped(path, MAX_CASSETTE_BYTES, "cassette").decode("utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError, RecursionError) as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}: " if mark else ""
        raise InputError(f"{path}: {where}not a readable YAML cassette") from None
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


@contextlib.contextmanager
def cassette(path: Path, mode: str) -> Iterator[None]:
    """Run the block under `mode` with `path` as the cassette."""
    if mode == "live":
        yield
        return
    if mode in {"replay", "offline"}:
        if path.exists():
            validate_cassette(path)
            with _recorder("none").use_cassette(str(path), allow_playback_repeats=True):
                yield
            return
        if mode == "offline":
            # No cassette and no network: every request is refused and becomes an unverified reason.
            with _recorder("none").use_cassette(str(path.with_suffix(".absent.yaml")), allow_playback_repeats=True):
                yield
            return
        yield
        return
    if mode == "record":
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.recording")
        tmp.unlink(missing_ok=True)
        with _recorder("all").use_cassette(str(tmp)):
            yield
        if tmp.exists():
            os.replace(tmp, path)
            write_cassette_provenance(path, read_cassette_provenance(path).get("host"), dt.datetime.now(dt.UTC))
        return
    raise ValueError(f"unknown mode {mode!r}")
