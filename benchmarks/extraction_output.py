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


if __name__ == "__main__":
    if sys.argv[1:2] == ["--compare"] and len(sys.argv) == 4:
        sys.exit(compare(Path(sys.argv[2]), Path(sys.argv[3])))
    if len(sys.argv) == 2:
        write(Path(sys.argv[1]))
    else:
        sys.exit(__doc__)
