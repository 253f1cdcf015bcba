"""Project configuration: `[tool.verify]` in the article project's pyproject.toml, or a
`verify.toml` beside it. Flags given on the command line override it; it overrides the defaults.

The project is found from the article upward, not from the working directory, so the same
article gives the same run from anywhere. Unknown keys and bad values are one-line errors that
name the file and the key: a typo must not silently do nothing."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Annotated, TypeVar

from pydantic import AfterValidator, BaseModel, ConfigDict, ValidationError

from verify.errors import InputError
from verify.inputs import resolved

CONFIG_FILE = "verify.toml"
PYPROJECT = "pyproject.toml"


def _known_kind(kind: str) -> str:
    """verify's own claim kinds or registered ones (the entry-point group verify.kinds)."""
    from verify.kinds import known_kinds

    if kind not in known_kinds():
        raise ValueError(f"unknown claim kind {kind!r}; kinds are {', '.join(known_kinds())}")
    return kind


KnownKind = Annotated[str, AfterValidator(_known_kind)]


def _kebab(name: str) -> str:
    return name.replace("_", "-")


class Config(BaseModel):
    """The keys a project may set; each is the long form of the flag of the same name."""

    model_config = ConfigDict(extra="forbid", alias_generator=_kebab, frozen=True)

    fail_on: str | None = None
    formats: list[str] | None = None
    wiki: str | None = None
    sources: list[str] | None = None
    select: list[KnownKind] | None = None
    ignore: list[KnownKind] | None = None
    contact: str | None = None
    out: Path | None = None
    claims: Path | None = None
    cassettes: Path | None = None


E = TypeVar("E", bound=Enum)


@dataclass(frozen=True)
class ProjectConfig:
    """A project's configuration and where it came from (None: no file, every default applies)."""

    config: Config = field(default_factory=Config)
    path: Path | None = None
    root: Path | None = None  # the folder holding the config file or the project's pyproject.toml

    @property
    def where(self) -> str:
        if self.path is None:
            return "defaults"
        return f"{self.path}: [tool.verify]" if self.path.name == PYPROJECT else str(self.path)

    def path_of(self, key: str) -> Path | None:
        """A configured folder, relative to the config file's folder when not absolute."""
        value: Path | None = getattr(self.config, key.replace("-", "_"))
        if value is None or self.root is None:
            return value
        return value if value.is_absolute() else self.root / value

    def choice(self, key: str, enum: type[E]) -> E | None:
        """A configured value checked against the values a flag accepts."""
        value = getattr(self.config, key.replace("-", "_"))
        return None if value is None else _member(enum, value, f"{self.where}: key '{key}'")

    def choices(self, key: str, enum: type[E]) -> list[E] | None:
        values = getattr(self.config, key.replace("-", "_"))
        return None if values is None else [_member(enum, v, f"{self.where}: key '{key}'") for v in values]


def _member(enum: type[E], value: str, where: str) -> E:
    try:
        return enum(value)
    except ValueError:
        allowed = ", ".join(str(m.value) for m in enum)
        raise InputError(f"{where}: {value!r} is not one of {allowed}") from None


def _read_toml(path: Path) -> dict:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise InputError(f"{path}: not a readable TOML file ({exc})") from None


def parse_config(data: object, where: str) -> Config:
    if not isinstance(data, dict):
        raise InputError(f"{where}: expected a table of keys")
    try:
        return Config.model_validate(data)
    except ValidationError as exc:
        error = exc.errors()[0]
        key = ".".join(str(part) for part in error["loc"])
        if error["type"] == "extra_forbidden":
            known = ", ".join(_kebab(name) for name in Config.model_fields)
            # the README's example is pyproject.toml's [tool.verify]; copied into verify.toml it is one table deeper
            unsectioned = f"; {CONFIG_FILE} takes them without a [tool.verify] section" if key == "tool" else ""
            raise InputError(f"{where}: unknown key '{key}' (known keys: {known}){unsectioned}") from None
        # pydantic's words name Python's classes ('<class 'pathlib.Path'>') and prefix a validator's own
        said = "should be a folder path, in quotes" if error["type"] == "path_type" else error["msg"]
        raise InputError(f"{where}: key '{key}': {said.removeprefix('Value error, ')}") from None


def find_config(start: Path) -> ProjectConfig:
    """The configuration of the project `start` (an article or a folder) belongs to: the nearest
    folder upward with a verify.toml, or with a pyproject.toml (its [tool.verify], maybe none)."""
    folder = resolved(start)
    folder = folder if folder.is_dir() else folder.parent
    for candidate in (folder, *folder.parents):
        own = candidate / CONFIG_FILE
        if own.is_file():
            return ProjectConfig(parse_config(_read_toml(own), str(own)), own, candidate)
        pyproject = candidate / PYPROJECT
        if pyproject.is_file():
            tools = _read_toml(pyproject).get("tool", {})
            if not isinstance(tools, dict):  # `tool = 5`: PEP 518 makes [tool] a table of tables
                raise InputError(f"{pyproject}: 'tool' is not a table ([tool.NAME] sections hold each tool's keys)")
            section = tools.get("verify")
            if section is None:
                return ProjectConfig(root=candidate)
            return ProjectConfig(parse_config(section, f"{pyproject}: [tool.verify]"), pyproject, candidate)
    return ProjectConfig()
