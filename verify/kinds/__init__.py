"""The claim kinds, one folder each, found through the entry-point group `verify.kinds`.

`registry()` loads every kind registered under that group once per process (verify's own are
declared in its pyproject.toml, a newsroom's in its own package) and checks each against the
protocol in `base.py`: a kind without a judge, without a name, or with a name another kind has is
an error, never a kind whose claims are silently left unjudged.
"""

from __future__ import annotations

import functools
from importlib.metadata import EntryPoint, entry_points

from verify.kinds.base import Kind, KindError

GROUP = "verify.kinds"
_PROTOCOL = ("find", "wants", "judge", "phrase")


def check_kind(kind: object, origin: str = "") -> Kind:
    """`kind` if it implements the protocol, else a KindError naming what is missing and where from."""
    where = f" (registered as {origin})" if origin else ""
    name = getattr(kind, "name", None)
    if not isinstance(name, str) or not name:
        raise KindError(f"claim kind {kind!r}{where} has no name")
    missing = [m for m in _PROTOCOL if not callable(getattr(kind, m, None))]
    if "judge" in missing:
        raise KindError(f"claim kind {name!r}{where} has no judge: every kind must say how its claims are judged")
    if missing:
        raise KindError(f"claim kind {name!r}{where} lacks {', '.join(missing)}")
    return kind  # type: ignore[return-value]


def _load(entry: EntryPoint) -> Kind:
    loaded = entry.load()
    kind = loaded() if isinstance(loaded, type) else loaded
    return check_kind(kind, f"{entry.name} = {entry.value}")


def build_registry(kinds: list[Kind]) -> dict[str, Kind]:
    """Kinds by name, each checked; two kinds with one name is an error."""
    out: dict[str, Kind] = {}
    for kind in kinds:
        check_kind(kind)
        if kind.name in out:
            raise KindError(f"two claim kinds are named {kind.name!r}")
        out[kind.name] = kind
    return out


@functools.cache
def registry() -> dict[str, Kind]:
    """Every registered kind by name, verify's own first, loaded once per process."""
    found = sorted(entry_points(group=GROUP), key=lambda e: (not e.value.startswith("verify."), e.name))
    kinds = build_registry([_load(e) for e in found])
    if "role" not in kinds:
        raise KindError("verify's own claim kinds are not registered: reinstall the package (pip install -e .)")
    return kinds


def reload_registry() -> dict[str, Kind]:
    """Load the kinds again (after installing one while the process runs, as a test does)."""
    registry.cache_clear()
    return registry()


def kind_of(name: str) -> Kind | None:
    return registry().get(name)


def known_kinds() -> tuple[str, ...]:
    """Every kind a claim, a claim file, --select or a project's config may name: verify's own
    (`models.ClaimKind`, "other" included) and every registered one."""
    from typing import get_args

    from verify.models import ClaimKind

    own = get_args(ClaimKind)
    return (*own, *(name for name in registry() if name not in own))


__all__ = [
    "GROUP",
    "KindError",
    "build_registry",
    "check_kind",
    "kind_of",
    "known_kinds",
    "registry",
    "reload_registry",
]
