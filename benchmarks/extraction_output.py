"""Every claim extraction gives for the project's articles, as sorted JSON lines: the proof that a speed
change left the output as it was.

    python benchmarks/extraction_output.py /tmp/before.jsonl            # at the commit before
    python benchmarks/extraction_output.py /tmp/after.jsonl             # after the change
    python benchmarks/extraction_output.py --compare /tmp/before.jsonl /tmp/after.jsonl

It reads the articles of tests/data/extraction_general, tests/data/extraction,
tests/data/verdicts_general, tests/data/verdicts and seeds/, held-out ones included, and writes each
claim whole (every field); nobody needs to read the file. `--compare` names only the articles whose
claims differ and how many lines, never their text, so a held-out article's difference is reported
without being read.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

FOLDERS = (
    "tests/data/extraction_general",
    "tests/data/extraction",
    "tests/data/verdicts_general",
    "tests/data/verdicts",
    "seeds",
)


def articles() -> list[Path]:
    """The articles of every folder, in a fixed order."""
    return [path for folder in FOLDERS for path in sorted((ROOT / folder).glob("*.txt"))]


def claim_lines(path: Path) -> list[str]:
    """The claims of one article, each a JSON line keyed by the article's folder and name."""
    from verify.article import load_article
    from verify.extract import extract_claims

    key = str(path.relative_to(ROOT))
    return [
        json.dumps({"article": key, **claim.model_dump(mode="json")}, sort_keys=True, ensure_ascii=False)
        for claim in extract_claims(load_article(path))
    ]


def write(out: Path) -> None:
    lines = [line for path in articles() for line in claim_lines(path)]
    out.write_text("\n".join(sorted(lines)) + "\n", encoding="utf-8")
    print(f"{len(lines)} claims of {len(articles())} articles written to {out}")


def compare(before: Path, after: Path) -> int:
    """Which articles' claims differ (lines only in one file, counted per article); 1 if any."""
    old = set(before.read_text(encoding="utf-8").splitlines())
    new = set(after.read_text(encoding="utf-8").splitlines())
    changed: Counter[str] = Counter(json.loads(line)["article"] for line in old ^ new)
    for article, count in sorted(changed.items()):
        print(f"{article}: {count} lines differ")
    print(f"{len(old)} and {len(new)} lines; {'identical' if not changed else f'{len(changed)} articles differ'}")
    return 1 if changed else 0


def main(argv: list[str] | None = None) -> int:
    """The command line: argparse answers --help and refuses an option-like output name ('--help' once made a
    24 MB file of that name)."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("output", nargs="?", type=Path, help="the JSON-lines file to write")
    parser.add_argument("--compare", nargs=2, type=Path, metavar=("BEFORE", "AFTER"), help="compare two outputs")
    args = parser.parse_args(argv)
    if args.compare and args.output is None:
        return compare(*args.compare)
    if args.output is None or args.compare:
        parser.error("give either an output file or --compare BEFORE AFTER")
    write(args.output)
    return 0


if __name__ == "__main__":
    sys.exit(main())
