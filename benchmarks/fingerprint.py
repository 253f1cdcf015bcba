"""Digests of what a pure speed-up must leave unchanged: claims and verdicts, byte for byte.

    python benchmarks/fingerprint.py > before.json
    ... change the code ...
    python benchmarks/fingerprint.py > after.json && diff before.json after.json

Prints one sha256 per item, never the claims themselves (the general set's held-out articles are
read by their scorer only; a digest says whether they changed, not what they are):

- the extracted claims of every article of tests/data/extraction and tests/data/extraction_general;
  `--claims BATCH...` prints only claims: those of tests/data/extraction, the seed and the general set's
  tuning articles outside the named blind batches (`--claims g129-g136`), a minute or two, for a change
  of the rules or the parse that must leave every claim as it was;
- the JSON reports of the seed (replayed from its cassette, with its reviewed claims; and extracted
  afresh against the test wiki) and of the benchmark's 50-article batch against the test wiki, at
  --concurrency 1 and 8. Retrieval times and the run's provenance time are left out (they are clocks), and the
  temporary folder the batch is written to is named TMP.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import io
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # the test wiki and the batch builder are test and benchmark support

from benchmarks.run import SEED, batch_articles  # noqa: E402
from tests.support.fakewiki import FakeWiki  # noqa: E402
from verify.app import Format, RunOptions, check_all  # noqa: E402
from verify.article import load_article  # noqa: E402
from verify.extract import extract_claims  # noqa: E402
from verify.sources.http import HttpClient  # noqa: E402

CLOCKS = {"retrieved_at", "at"}


def digest(data: Any, folder: Path | None = None) -> str:
    """The sha256 of `data` as JSON; `folder` (a temporary one, named anew each run) is read as 'TMP',
    and the project's own folder as 'ROOT'."""
    text = json.dumps(data, sort_keys=True, ensure_ascii=False)
    if folder is not None:
        text = text.replace(str(folder), "TMP")
    text = text.replace(str(ROOT), "ROOT")  # the same project checked out elsewhere gives the same digests
    return hashlib.sha256(text.encode()).hexdigest()


def without_clocks(data: Any) -> Any:
    if isinstance(data, dict):
        return {k: without_clocks(v) for k, v in data.items() if k not in CLOCKS}
    if isinstance(data, list):
        return [without_clocks(v) for v in data]
    return data


def claims_digests() -> dict[str, str]:
    found = {}
    for folder in ("extraction", "extraction_general"):
        for path in sorted((ROOT / "tests" / "data" / folder).glob("*.txt")):
            claims = extract_claims(load_article(path))
            found[f"{folder}/{path.name}"] = digest([c.model_dump(mode="json") for c in claims])
    return found


def tuning_claims_digests(blind: list[str]) -> dict[str, str]:
    """The claims of the articles a speed-up may be measured on: the extraction set, the seed and the
    general set's tuning part without the blind batches (never opened, so never fingerprinted either),
    and one digest of them all."""
    from scripts.eval_extraction_general import batch_of

    labels = json.loads((ROOT / "tests/data/extraction_general/expected.json").read_text(encoding="utf-8"))
    general = [
        p
        for p in sorted((ROOT / "tests/data/extraction_general").glob("g*.txt"))
        if labels.get(p.stem, {}).get("part") == "tuning" and batch_of(p.stem) not in blind
    ]
    found = {}
    for path in [SEED, *sorted((ROOT / "tests/data/extraction").glob("*.txt")), *general]:
        claims = extract_claims(load_article(path))
        found[f"{path.parent.name}/{path.name}"] = digest([c.model_dump(mode="json") for c in claims])
    found["all"] = digest(sorted(found.items()))
    return found


def reports_digests(paths: list[Path], out: Path, concurrency: int, mode: str | None, reviewed: bool) -> dict[str, str]:
    wiki = FakeWiki.from_directory(ROOT / "fixtures" / "wiki" / "pages")
    http = HttpClient(concurrency=concurrency, transport=httpx.MockTransport(wiki.handler))
    options = RunOptions(
        out_dir=out,
        formats=(Format.json,),
        mode=mode,
        cassettes=None if reviewed else out / "none",
        claims_dir=None if reviewed else out / "none",
    )
    with contextlib.redirect_stdout(io.StringIO()):
        result = asyncio.run(check_all(paths, options, http, batch=len(paths) > 1))
    return {
        f"{Path(r.article.path).name}": digest(without_clocks(r.model_dump(mode="json")), out.parent)
        for r in result.reports
    }


def main() -> None:
    results: dict[str, Any] = {"claims": claims_digests()}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "articles").mkdir()
        paths = batch_articles(folder / "articles")
        results["seed_replayed"] = reports_digests([SEED], folder / "replay", 1, None, reviewed=True)
        results["seed_extracted"] = reports_digests([SEED], folder / "seed", 1, "live", reviewed=False)
        for concurrency in (1, 8):
            runs = reports_digests(paths, folder / f"batch{concurrency}", concurrency, "live", reviewed=False)
            results[f"batch_concurrency_{concurrency}"] = runs
            results[f"batch_concurrency_{concurrency}_all"] = digest(sorted(runs.items()))
    print(json.dumps(results, indent=1, sort_keys=True))


if __name__ == "__main__":
    if sys.argv[1:2] == ["--claims"]:
        print(json.dumps(tuning_claims_digests(sys.argv[2:]), indent=1, sort_keys=True))
    else:
        main()
