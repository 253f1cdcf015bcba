"""Score the judge on the stress set (tests/data/judge_stress): true claims on stored pages the judge was
never tuned on, and one-fact-false variants. A true claim contradicted is a generality bug; a false one
supported is a guard missing.

    python -m tests.support.judge_stress          # figures, then every wrong verdict with its rationale
    python -m tests.support.judge_stress set2     # the second set (tests/data/judge_stress/set2)
    python -m tests.support.judge_stress set3     # the third set (tests/data/judge_stress/set3)

The fake wiki serves the stress pages together with the verdict sets' page store, as the real wiki would
serve every page: a claim may be judged on a page about another person, year or event.
"""

from __future__ import annotations

import asyncio
import importlib.util
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from tests.support.fakewiki import FakeWiki, load_history
from verify.article import load_article
from verify.extract import extract_claims
from verify.pipeline import check_async
from verify.sources.http import HttpClient
from verify.sources.wikipedia import WikipediaSource

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "judge_stress"
SET2 = DATA / "set2"  # the second set: four more stored pages, written after the first set's guards
SET3 = DATA / "set3"  # the third set: four pages of people with several offices and successions (session 12)
STORE = ROOT / "fixtures" / "wiki" / "pages"


def _claim_for():
    spec = importlib.util.spec_from_file_location("eval_verdicts", ROOT / "scripts" / "eval_verdicts.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("eval_verdicts", module)
    spec.loader.exec_module(module)
    return module.claim_for


@dataclass
class StressScores:
    true_claims: int = 0
    true_supported: int = 0
    true_missing: list[str] = field(default_factory=list)
    false_contradicted: list[str] = field(default_factory=list)  # true claims contradicted
    false_claims: int = 0
    false_found: int = 0  # false claims contradicted
    false_supported: list[str] = field(default_factory=list)  # false claims supported
    false_missing: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"true claims {self.true_claims}: contradicted {len(self.false_contradicted)}, supported "
            f"{self.true_supported}, missing {len(self.true_missing)}; false claims {self.false_claims}: "
            f"contradicted {self.false_found}, supported {len(self.false_supported)}, missing {len(self.false_missing)}"
        )


def wiki(data: Path = DATA) -> FakeWiki:
    """The page store and the stress pages, as one wiki (each title's copies as its revisions)."""
    history = load_history(STORE)
    for title, revisions in load_history(data / "pages").items():
        history.setdefault(title, []).extend(revisions)
        history[title].sort(key=lambda p: p.timestamp)
    return FakeWiki({t: r[-1] for t, r in history.items()}, history=history)


async def evaluate(data: Path = DATA) -> StressScores:
    claim_for = _claim_for()
    labels = json.loads((data / "labels.json").read_text(encoding="utf-8"))
    served = wiki(data)
    s = StressScores()
    for stem, entry in labels.items():
        http = HttpClient(transport=httpx.MockTransport(served.handler))
        article = load_article(data / f"{stem}.txt")
        report = await check_async(article, extract_claims(article), WikipediaSource(http))
        await http.aclose()
        for text, expected in entry["claims"].items():
            claim, _ = claim_for(text, article.text, report.claims)
            verdict = claim.verdict.value if claim is not None else "missing"
            inside = [c for c in _within(text, article.text, report.claims) if c.verdict.value == "contradicted"]
            if expected != "contradicted" and inside and verdict != "contradicted":
                claim, verdict = inside[0], "contradicted"  # an editor sees a contradiction on the true words
            line = f"{stem}: {text!r} expected {expected}, got {verdict}"
            if claim is not None and verdict != expected:
                s.wrong.append(f"{line}: {claim.rationale[:220]}")
            if expected == "contradicted":
                s.false_claims += 1
                s.false_found += verdict == "contradicted"
                if verdict == "supported":
                    s.false_supported.append(line)
                if verdict == "missing":
                    s.false_missing.append(line)
            else:
                s.true_claims += 1
                s.true_supported += verdict == "supported"
                if verdict == "contradicted":
                    s.false_contradicted.append(line)
                if verdict == "missing":
                    s.true_missing.append(line)
    return s


def _within(text: str, article_text: str, claims: list) -> list:
    """The claims whose words lie inside the label's (a date or figure claim within a longer fact)."""
    start = article_text.find(text)
    if start < 0:
        return []
    end = start + len(text)
    return [c for c in claims if c.span[0] >= start and c.span[1] <= end]


def main() -> int:
    s = asyncio.run(evaluate({"set2": SET2, "set3": SET3}.get(sys.argv[1] if sys.argv[1:] else "", DATA)))
    print(s.summary())
    for line in s.false_contradicted:
        print(f"TRUE CONTRADICTED  {line}")
    for line in s.false_supported:
        print(f"FALSE SUPPORTED    {line}")
    for line in s.true_missing + s.false_missing:
        print(f"MISSING            {line}")
    for line in s.wrong:
        print(f"WRONG              {line}")
    return 0 if not s.false_contradicted and not s.false_supported else 1


if __name__ == "__main__":
    sys.exit(main())
