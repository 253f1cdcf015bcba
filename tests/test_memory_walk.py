"""The count owners' walk over an article keeps only what the clause walk remembers (whom pronouns and
descriptions stand for, sentence by sentence, and the people's pronouns); it skips the readers that make
facts (verify.kinds.clause.extract `_Finder.run`, `memory_only`). What it remembers must be what a whole
walk remembers, or a count's owner would change with the speed-up."""

from __future__ import annotations

from pathlib import Path

import pytest

from verify.article import load_article
from verify.extract import _Extractor
from verify.kinds.base import ArticleView
from verify.kinds.quantity.owner import OwnerReader
from verify.nlp import parse_view

ROOT = Path(__file__).resolve().parents[1]
MEMORY = ("memory", "gender", "last_person", "last_thing", "last_pair", "people", "start")  # not last_event: see `run`


def _memories(path: Path) -> tuple[dict[str, object], dict[str, object]]:
    """What the memory-only walk and a whole walk remember of one article (one parse, as extraction has it)."""
    article = load_article(path)
    parsed, start = parse_view(ArticleView(article)), _Extractor(article).headline_end
    quick, whole = OwnerReader(parsed, start), OwnerReader(parsed, start, memory_only=False)
    return {k: getattr(quick, k) for k in MEMORY}, {k: getattr(whole, k) for k in MEMORY}


@pytest.mark.parametrize(
    "article",
    [
        # "... Both ...": a sentence with a pair word is read whole, since `pair` remembers whom it means
        "tests/data/extraction_general/g53-feature-caitlin-clark-record.txt",
        "seeds/nato-defense-chiefs.txt",
        "tests/data/extraction_general/g01-wire-uk-election.txt",
    ],
)
def test_the_memory_only_walk_remembers_what_a_whole_walk_does(article: str):
    quick, whole = _memories(ROOT / article)
    assert quick["memory"], "the walk remembered no sentence"
    assert quick == whole
