"""What a new user hit: line endings, a missing article date, plural counts, another wiki's name,
a claim listed twice. Every article here is invented."""

from __future__ import annotations

from pathlib import Path

from verify.article import load_article
from verify.extract import extract_claims

HARBOUR = (
    "Harbour quay reopens after repairs\n\n"
    "Port director Maria Lindqvist, 58, said the repairs cost 40 million euros.\n"
    "Transport Minister Tomas Berg opened the quay on Tuesday, three years after the storm.\n"
)


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_bytes(text.encode("utf-8"))
    return path


def test_line_endings_change_neither_the_text_nor_the_claims(tmp_path):
    """The same article saved with CRLF or lone CR line ends is read as the LF text: its claims,
    their spans and its hash are the LF copy's, so verdicts and reviewed claim files agree."""
    lf = load_article(_write(tmp_path, "lf.txt", HARBOUR))
    for name, ending in (("crlf.txt", "\r\n"), ("cr.txt", "\r")):
        other = load_article(_write(tmp_path, name, HARBOUR.replace("\n", ending)))
        assert other.text == lf.text and other.sha256 == lf.sha256
        seen = [(c.span, c.kind, c.subject, c.value, c.text) for c in extract_claims(other)]
        assert seen == [(c.span, c.kind, c.subject, c.value, c.text) for c in extract_claims(lf)] and seen
