"""Shared test articles: a small article with one true, one false and one unverifiable claim."""

from __future__ import annotations

from pathlib import Path

MIXED = (
    "Defence chiefs meet\n\n"
    "NATO defense chiefs met on Tuesday; all 31 allied military leaders joined the call.\n"
    "Russian President Vladimir Putin said the talks would bring a ‘lasting settlement’ soon.\n"
)


def article(folder: Path, name: str = "mixed.txt", text: str = MIXED) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    (folder / f"{path.stem}.meta.json").write_text('{"as_of": "2025-08-20"}')
    return path
