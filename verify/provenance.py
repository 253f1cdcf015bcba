"""Where a run's evidence came from, for the header of every report.

Live: the wiki's host and the time the run fetched. Replay: the cassette, the host it was recorded
from and when; a cassette carries that in a top-level `provenance:` mapping (written when it is
recorded; `synthetic: true` when it was built from stored copies rather than the live wiki, whose
revision ids are then not real ones). A cassette without the mapping is read from its first
interaction: the request's host and the response's `Date` header.
"""

from __future__ import annotations

import datetime as dt
import email.utils
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from verify.models import Provenance

KEY = "provenance"


def load_yaml(text: str) -> Any:
    """`yaml.safe_load`, with libyaml's parser when PyYAML has it: the same values (the constructor
    is the same Python code), read about ten times faster, which a replay's cassettes want."""
    import yaml  # only a run that reads a cassette needs the YAML parser

    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def read_cassette_provenance(path: Path) -> dict:
    """The cassette's own `provenance:` mapping, or what its first interaction says."""
    import yaml

    try:
        data = load_yaml(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError, ValueError, RecursionError):  # ValueError: '2024-13-45', a huge number
        return {}
    if not isinstance(data, dict):
        return {}
    meta = data.get(KEY)
    if isinstance(meta, dict):
        return meta
    for item in data.get("interactions") or []:
        try:
            host = urlsplit(item["request"]["uri"]).hostname
            headers = {k.lower(): v for k, v in (item["response"].get("headers") or {}).items()}
            date = headers.get("date")
            date = date[0] if isinstance(date, list) else date
            recorded = email.utils.parsedate_to_datetime(date) if date else None
        except (KeyError, TypeError, ValueError, AttributeError):
            continue
        return {"host": host, "recorded_at": recorded}
    return {}


def write_cassette_provenance(path: Path, host: str | None, recorded_at: dt.datetime, **extra: object) -> None:
    """Put the `provenance:` mapping at the top of a freshly recorded cassette (vcrpy ignores it)."""
    import yaml

    text = path.read_text(encoding="utf-8")
    if text.startswith(f"{KEY}:"):  # replace the mapping a recording already wrote
        text = text[text.index("\ninteractions:") + 1 :]
    meta = {"host": host, "recorded_at": recorded_at.astimezone(dt.UTC).isoformat(timespec="seconds"), **extra}
    path.write_text(yaml.safe_dump({KEY: meta}, sort_keys=False, allow_unicode=True) + text, encoding="utf-8")


def _as_datetime(value: object) -> dt.datetime | None:
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, str):
        try:
            return dt.datetime.fromisoformat(value)
        except ValueError:
            return None
    return None


@dataclass(frozen=True)
class Fetched:
    """The requests an article's check sent, those that got a usable answer, and whether any claim
    has evidence (live, it may come from the run's cache, fetched for an earlier article)."""

    requests: int
    answered: int
    evidence: bool = False


NO_REQUEST = "no request was made"


def run_provenance(
    mode: str, cassette: Path, wiki: str, started: dt.datetime, fetched: Fetched | None = None
) -> Provenance:
    """The provenance of one article's evidence, by the mode it ran in. Live, a check that sent no
    request (no claim to check) or got no answer (an unreachable wiki) says so, and has no fetch
    time: "fetched live at T" there told a reader evidence had come when none had."""
    if mode in {"live", "record"}:
        host = urlsplit(wiki).hostname or wiki
        if fetched is not None and not fetched.evidence and fetched.requests == 0:
            return Provenance(mode=mode, host=host, note=NO_REQUEST)
        if fetched is not None and not fetched.evidence and not fetched.answered:
            note = f"every request failed ({fetched.requests} sent, none answered)"
            return Provenance(mode=mode, host=host, note=note)
        return Provenance(mode=mode, host=host, at=started, cassette=None)
    if not cassette.exists():
        return Provenance(mode=mode, note=f"no cassette at {cassette}: nothing was fetched or replayed")
    meta = read_cassette_provenance(cassette)
    return Provenance(
        mode=mode,
        host=_text(meta.get("host"), 255),
        at=_as_datetime(meta.get("recorded_at")),
        cassette=str(cassette),
        synthetic_revisions=meta.get("synthetic") is True,
        retrieved_at_is="recording time",
        note=_text(meta.get("note"), MAX_NOTE_CHARS) or "",
    )


MAX_NOTE_CHARS = 600  # the seed cassette's note is about 300


def _text(value: object, limit: int) -> str | None:
    """A provenance field as the header shows it: a string, cut to `limit`. Anything else (a list a
    YAML alias bomb makes of 9**9 strings) is no value: printed, it ran the report out of memory."""
    if not isinstance(value, str):
        return None
    return value if len(value) <= limit else value[: limit - 1] + "…"


def describe(p: Provenance) -> str:
    """One line for a report's header."""
    when = p.at.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC") if p.at else "an unknown time"
    host = p.host or "an unknown host"
    if p.mode in {"live", "record"}:
        if p.at is None and p.note:
            return f"No evidence fetched from {host}: {p.note}."
        line = f"Evidence fetched live from {host} at {when}"
        return line + (" and recorded" if p.mode == "record" else "") + "."
    if p.cassette is None:
        return f"No evidence: offline, {p.note}."
    line = f"Evidence replayed from {p.cassette}, recorded at {when} from {host}; retrieved_at is the recording time"
    if p.synthetic_revisions:
        line += "; revision ids are synthetic (the cassette was built from stored copies, not fetched from the wiki)"
    return line + "."
