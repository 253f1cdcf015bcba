"""Whether the count owners' memory-only clause walk remembers what a whole walk does, on every project
article (verify.kinds.clause.extract `_Finder.run`, `memory_only`): run it after a change to the clause
kind's readers, beside `benchmarks/extraction_output.py --compare`.

    python benchmarks/memory_walk.py

Names only the articles whose memories differ and in what (never their text); exit 1 if any does.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.extraction_output import articles  # noqa: E402

MEMORY = ("memory", "gender", "last_person", "last_thing", "last_pair", "people", "start")  # not last_event


def differences(path: Path) -> list[str]:
    """The parts of the memory the two walks of one article remember otherwise."""
    from verify.article import load_article
    from verify.extract import _Extractor
    from verify.kinds.base import ArticleView
    from verify.kinds.quantity.owner import OwnerReader
    from verify.nlp import parse_view

    article = load_article(path)
    parsed, start = parse_view(ArticleView(article)), _Extractor(article).headline_end
    quick, whole = OwnerReader(parsed, start), OwnerReader(parsed, start, memory_only=False)
    return [name for name in MEMORY if getattr(quick, name) != getattr(whole, name)]


def main() -> int:
    paths = articles()
    found = [(path, names) for path in paths if (names := differences(path))]
    for path, names in found:
        print(f"{path.relative_to(ROOT)}: {', '.join(names)}")
    print(f"{len(paths)} articles; {len(found)} remember otherwise")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
