"""Where reports go: never over an input, never over each other, never over the batch's own files.

An article named `index` would take the batch's `index.html`, `x.txt` and `x.html` would share
`x.json`, and `--out` set to the articles' folder would put `story.html`'s report over `story.html`.
Each article gets the first free name of `stem`, `stem-suffix`, `stem-suffix-2`, … and a warning
says when it is not plain `stem`.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from verify.errors import InputError
from verify.report import write_atomic

BATCH_FILES = {"index": ".html", "summary": ".md", "junit": ".xml", "verify": ".sarif"}  # see report.batch


def _key(path: Path) -> str:
    return os.path.normcase(os.path.realpath(path))


@dataclass
class ReportNames:
    """The stem each article's reports are named after, and the batch files' paths."""

    stems: dict[str, str] = field(default_factory=dict)  # article path -> report stem
    batch_files: dict[str, Path] = field(default_factory=dict)  # "index" / "summary" -> path
    warnings: list[str] = field(default_factory=list)


def plan_report_names(
    articles: Iterable[tuple[Path, str]], out_dir: Path, extensions: list[str], inputs: Iterable[Path], batch: bool
) -> ReportNames:
    """`articles` pairs each path with its stem; `inputs` are every file the run reads."""
    taken = {_key(p) for p in inputs}
    names = ReportNames()

    def claim(base: str, suffix: str, exts: list[str]) -> str:
        candidates = [base] + [f"{base}-{suffix}" if n == 1 else f"{base}-{suffix}-{n}" for n in range(1, 1000)]
        for stem in candidates:
            keys = {_key(out_dir / f"{stem}{ext}") for ext in exts}
            if not keys & taken:
                taken.update(keys)
                return stem
        raise InputError(f"{out_dir}: no free report name for {base}")

    if batch:
        for base, ext in BATCH_FILES.items():
            stem = claim(base, "verify", [ext])
            names.batch_files[base] = out_dir / f"{stem}{ext}"
            if stem != base:
                names.warnings.append(f"{out_dir / (base + ext)} is an input; the batch's {base} is {stem}{ext}")
    for path, base in articles:
        stem = claim(base, path.suffix.lstrip(".") or "article", extensions)
        names.stems[str(path)] = stem
        if stem != base:
            names.warnings.append(
                f"{path}: reports named {stem}.* because {base}.* would overwrite an input, "
                "another article's report or a batch file"
            )
    return names


def run_inputs(paths: Iterable[Path], input_dirs: Iterable[Path] = ()) -> dict[Path, str]:
    """The files a run reads that exist, each with what it is: the articles, their sidecars, and
    their claim files and cassettes (`<dir>/<stem>.json`, `.yaml` in `input_dirs`)."""
    folders = list(input_dirs)
    found: dict[Path, str] = {}
    for path in paths:
        if str(path) == "-":
            continue
        found[path] = f"the article {path}"
        found[path.with_name(f"{path.stem}.meta.json")] = f"the sidecar of {path}"
        for folder in folders:
            found[folder / f"{path.stem}.json"] = f"the claim file of {path}"
            found[folder / f"{path.stem}.yaml"] = f"the cassette of {path}"
    return {p: what for p, what in found.items() if p.exists()}


def refuse_an_input(target: Path, inputs: dict[Path, str], what: str) -> None:
    """A file `-o` names must be no file the run reads: `verify baseline story.txt -o story.txt`
    wrote the baseline over the article, `-o claims/story.json` over the desk's reviewed claim file."""
    if target.is_dir():
        raise InputError(f"{target}: is a folder; -o names the {what} to write")
    if said := input_named(target, inputs):
        raise InputError(f"{target}: is an input of this run ({said}); give the {what} another name")


def input_named(target: Path, inputs: dict[Path, str]) -> str | None:
    """What `target` is among the run's inputs (`run_inputs`), when it is one of them."""
    key = _key(target)
    return next((said for p, said in inputs.items() if _key(p) == key), None)


def name_reports(
    paths: list[Path],
    out_dir: Path,
    extensions: list[str],
    input_dirs: list[Path],
    batch: bool,
    other_inputs: Iterable[Path] = (),
) -> ReportNames:
    """Names for a run's reports, kept clear of every input (`run_inputs`, and `other_inputs` such as
    the baseline the run reads)."""
    stems = [(p, "stdin" if str(p) == "-" else p.stem) for p in paths]
    inputs = [*run_inputs(paths, input_dirs), *(p for p in other_inputs if p.exists())]
    return plan_report_names(stems, out_dir, extensions, inputs, batch)


def ensure_writable(out_dir: Path) -> None:
    """Find out before checking anything that reports can be written (exists, is a folder, not
    read-only, not full), so that the one line says the real cause."""
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        fd, probe = tempfile.mkstemp(prefix=".verify-probe.", dir=out_dir)
        try:
            os.write(fd, b"x")
        finally:
            os.close(fd)
            os.unlink(probe)
    except OSError as exc:
        raise InputError(f"{out_dir}: cannot write reports there ({exc.strerror or type(exc).__name__})") from None


def write_report(path: Path, content: str, what: str = "report") -> None:
    """`write_atomic`, with a full disk or a read-only folder as one line naming the file and what it
    was to hold (a claim file, a baseline: `cannot write report` named neither)."""
    try:
        write_atomic(path, content)
    except OSError as exc:
        raise InputError(f"{path}: cannot write {what} ({_cause(path, exc)})") from None


def _cause(path: Path, exc: OSError) -> str:
    """The error's own words, except where they mislead: a folder on the way that is a file made
    `mkdir` say `File exists`."""
    if isinstance(exc, FileExistsError | NotADirectoryError):
        blocking = next((p for p in reversed(path.parents) if p.exists() and not p.is_dir()), None)
        if blocking is not None:
            return f"{blocking} is a file, not a folder"
    return exc.strerror or type(exc).__name__
