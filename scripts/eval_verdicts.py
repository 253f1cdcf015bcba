"""Score verdicts on the labelled verdict set (tests/data/verdicts): accuracy, contradiction recall,
false "supported", and how often each confidence band is right.

    python scripts/eval_verdicts.py          # prints the figures; exit 1 if a target is missed

Evidence comes from the fake wiki over fixtures/wiki/pages (the stored reference pages), through
the same pipeline `verify check` runs.
"""

from __future__ import annotations

import asyncio
import json
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from verify.article import load_article
from verify.extract import extract_claims
from verify.pipeline import check_async
from verify.sources.http import HttpClient
from verify.sources.wikipedia import WikipediaSource

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the fake wiki is test support, not product
from tests.support.fakewiki import FakeWiki

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data" / "verdicts"


@dataclass
class Scores:
    total: int = 0
    right: int = 0
    contradicted_expected: int = 0
    contradicted_found: int = 0
    false_supported: list[str] = field(default_factory=list)
    reworded_kept: int = 0
    reworded_total: int = 0
    missing: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)
    bands: dict[str, list[bool]] = field(default_factory=lambda: defaultdict(list))

    @property
    def accuracy(self) -> float:
        return self.right / self.total if self.total else 0.0

    @property
    def contradiction_recall(self) -> float:
        return self.contradicted_found / self.contradicted_expected if self.contradicted_expected else 1.0


def band(confidence: float) -> str:
    return (
        "0 (unverified)"
        if confidence == 0
        else f"{int(confidence * 10) / 10:.1f}-{int(confidence * 10) / 10 + 0.1:.1f}"
    )


async def evaluate() -> Scores:
    labels = json.loads((DATA / "labels.json").read_text(encoding="utf-8"))
    wiki = FakeWiki.from_directory(ROOT / "fixtures" / "wiki" / "pages")
    scores = Scores()
    for stem, entry in labels.items():
        http = HttpClient(transport=httpx.MockTransport(wiki.handler))
        article = load_article(DATA / f"{stem}.txt")
        report = await check_async(article, extract_claims(article), WikipediaSource(http))
        await http.aclose()
        got = {c.text: c for c in report.claims}
        for text, expected in entry["claims"].items():
            scores.total += 1
            result = got.get(text)
            if result is None:
                scores.missing.append(f"{stem}: {text}")
                continue
            verdict = result.verdict.value
            ok = verdict == expected
            scores.right += ok
            if not ok:
                scores.wrong.append(f"{stem}: {text!r} expected {expected}, got {verdict}: {result.rationale[:160]}")
            if expected == "contradicted":
                scores.contradicted_expected += 1
                scores.contradicted_found += verdict == "contradicted"
            if verdict == "supported" and expected != "supported":
                scores.false_supported.append(f"{stem}: {text}")
            if entry.get("changed") == text and expected == "supported":
                scores.reworded_total += 1
                scores.reworded_kept += verdict == "supported"
            scores.bands[band(result.confidence)].append(ok)
    return scores


def main() -> int:
    s = asyncio.run(evaluate())
    print(f"claims labelled            {s.total}")
    print(f"verdict accuracy           {s.accuracy:.3f}")
    print(
        f"contradiction recall       {s.contradiction_recall:.3f}  ({s.contradicted_found}/{s.contradicted_expected})"
    )
    print(f"false 'supported'          {len(s.false_supported)}")
    print(f"reworded still supported   {s.reworded_kept}/{s.reworded_total}")
    print("confidence band            claims  right")
    for name in sorted(s.bands):
        oks = s.bands[name]
        print(f"  {name:<24} {len(oks):>6}  {sum(oks) / len(oks):.2f}")
    for line in s.missing:
        print(f"MISSING  {line}")
    for line in s.wrong:
        print(f"WRONG    {line}")
    ok = not s.false_supported and s.contradiction_recall >= 0.9 and s.reworded_kept == s.reworded_total
    return 0 if ok and not s.missing else 1


if __name__ == "__main__":
    sys.exit(main())
