"""Score verdicts on a labelled verdict set: accuracy, contradiction recall, false "supported",
and how often each confidence band is right.

    python scripts/eval_verdicts.py                                # tests/data/verdicts
    python scripts/eval_verdicts.py --set general --part tuning    # tests/data/verdicts_general, one part
    python scripts/eval_verdicts.py --set general --part held-out  # score once, after tuning; never tune on it
    python scripts/eval_verdicts.py --set general --group id-2024  # one subject's articles only

Exit 1 if a target is missed. For the general set the figures are given twice: over all labels (a
claim the extractor missed counts as a miss) and over the claims extracted; missing claims are
listed on their own, since they are a finding about extraction, not about the judge. A label is
judged by the claim with exactly its words, else by the claim that best fits the words it covers
(at least half of them; see `claim_for`): the extractor cuts facts into claims its own way, and what
an editor sees on the label's words is that claim's verdict.

Evidence comes from the fake wiki over fixtures/wiki/pages (the stored reference pages), through
the same pipeline `verify check` runs.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from verify.article import load_article
from verify.extract import extract_claims
from verify.models import Claim
from verify.pipeline import check_async
from verify.sources.http import HttpClient
from verify.sources.wikipedia import WikipediaSource

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the fake wiki is test support, not product
from tests.support.fakewiki import FakeWiki

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data" / "verdicts"
SETS = {"seed": DATA, "general": ROOT / "tests" / "data" / "verdicts_general"}


@dataclass
class Scores:
    total: int = 0
    right: int = 0
    contradicted_expected: int = 0
    contradicted_found: int = 0
    false_supported: list[str] = field(default_factory=list)
    reworded_kept: int = 0
    reworded_total: int = 0
    false_contradicted: list[str] = field(default_factory=list)
    not_contradicted_labels: int = 0  # labels other than contradicted: the denominator of the false-contradicted rate
    missing_contradicted: int = 0
    missing_reworded: int = 0
    by_way: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))  # way -> verdicts of changed claims
    missing: list[str] = field(default_factory=list)
    covered: int = 0  # labels judged through the claims covering their words (no claim has exactly their text)
    wrong: list[str] = field(default_factory=list)
    bands: dict[str, list[bool]] = field(default_factory=lambda: defaultdict(list))

    @property
    def accuracy(self) -> float:
        """Right verdicts over the claims extracted (a missing claim has no verdict to be right)."""
        extracted = self.total - len(self.missing)
        return self.right / extracted if extracted else 0.0

    @property
    def contradiction_recall(self) -> float:
        return self.contradicted_found / self.contradicted_expected if self.contradicted_expected else 1.0

    @property
    def contradiction_recall_all(self) -> float:
        """Over all contradicted labels: a claim the extractor missed is a contradiction missed."""
        expected = self.contradicted_expected + self.missing_contradicted
        return self.contradicted_found / expected if expected else 1.0

    @property
    def false_contradicted_rate(self) -> float:
        return len(self.false_contradicted) / self.not_contradicted_labels if self.not_contradicted_labels else 0.0


SEVERITY = ("contradicted", "supported", "unverified", "not_checked")  # what an editor sees first on the words
COVERAGE = 0.5  # a claim speaks for a label when it holds at least half of the label's characters


def claim_for(text: str, article_text: str, claims: list[Claim]) -> tuple[Claim | None, bool]:
    """The claim whose verdict stands for a label's fact, and whether it was found by covering words.

    A claim with exactly the label's text decides (of two such, the more severe). Otherwise the label's words
    are looked for in the article, and of the claims holding at least half of them, the one whose words fit the
    label's best (overlap over union) stands for it; among equally good fits the most severe verdict, since
    that is what an editor sees there (a contradiction before a 'supported', a 'supported' before nothing)."""
    exact = [c for c in claims if c.text == text]
    if exact:  # two claims on the same words (a role and a clause): the editor sees the more severe first
        return min(exact, key=lambda c: SEVERITY.index(c.verdict.value)), False
    start = article_text.find(text)
    if start < 0:
        return None, False
    end = start + len(text)

    def shared(c: Claim) -> int:
        return min(end, c.span[1]) - max(start, c.span[0])

    covering = [c for c in claims if shared(c) >= COVERAGE * (end - start)]
    if not covering:
        return None, False

    def fit(c: Claim) -> tuple[float, int]:
        union = max(end, c.span[1]) - min(start, c.span[0])
        return (-round(shared(c) / union, 2), SEVERITY.index(c.verdict.value))

    return min(covering, key=fit), True


def band(confidence: float) -> str:
    return (
        "0 (unverified)"
        if confidence == 0
        else f"{int(confidence * 10) / 10:.1f}-{int(confidence * 10) / 10 + 0.1:.1f}"
    )


async def evaluate(data: Path = DATA, part: str | None = None, group: str = "") -> Scores:
    """Run the pipeline on every article of the set (of one `part`, and of the subjects whose article names
    start with `group`, if given) and score its labels."""
    labels = json.loads((data / "labels.json").read_text(encoding="utf-8"))
    wiki = FakeWiki.from_directory(ROOT / "fixtures" / "wiki" / "pages")
    scores = Scores()
    for stem, entry in labels.items():
        if (part is not None and entry.get("part") != part) or not stem.startswith(group):
            continue
        http = HttpClient(transport=httpx.MockTransport(wiki.handler))
        article = load_article(data / f"{stem}.txt")
        report = await check_async(article, extract_claims(article), WikipediaSource(http))
        await http.aclose()
        for text, expected in entry["claims"].items():
            scores.total += 1
            result, covered = claim_for(text, article.text, report.claims)
            scores.covered += covered
            reworded = entry.get("changed") == text and expected == "supported"
            if result is None:
                scores.missing.append(f"{stem}: {text}")
                scores.missing_contradicted += expected == "contradicted"
                scores.missing_reworded += reworded
                if entry.get("changed") == text and entry.get("way"):
                    scores.by_way[entry["way"]].append("missing")
                continue
            verdict = result.verdict.value
            ok = verdict == expected
            scores.right += ok
            if not ok:
                scores.wrong.append(f"{stem}: {text!r} expected {expected}, got {verdict}: {result.rationale[:160]}")
            if expected == "contradicted":
                scores.contradicted_expected += 1
                scores.contradicted_found += verdict == "contradicted"
            else:
                scores.not_contradicted_labels += 1
                if verdict == "contradicted":
                    scores.false_contradicted.append(f"{stem}: {text}")
            if verdict == "supported" and expected != "supported":
                scores.false_supported.append(f"{stem}: {text}")
            if reworded:
                scores.reworded_total += 1
                scores.reworded_kept += verdict == "supported"
            if entry.get("changed") == text and entry.get("way"):
                scores.by_way[entry["way"]].append(verdict)
            scores.bands[band(result.confidence)].append(ok)
    return scores


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", choices=sorted(SETS), default="seed", help="which labelled set (default: seed)")
    parser.add_argument("--part", choices=["tuning", "held-out"], help="only this part of the set")
    parser.add_argument("--group", default="", help="only articles whose names start with this (e.g. 'id-2024')")
    args = parser.parse_args(argv)
    s = asyncio.run(evaluate(SETS[args.set], args.part, args.group))
    extracted = s.total - len(s.missing)
    print(
        f"set                        {args.set}"
        + (f", part {args.part}" if args.part else "")
        + (f", articles {args.group}*" if args.group else "")
    )
    print(
        f"claims labelled            {s.total} ({extracted} extracted, {s.covered} of them as claims covering the "
        f"label's words; {len(s.missing)} missing)"
    )
    print(f"verdict accuracy           {s.accuracy:.3f} over extracted claims")
    print(f"false 'supported'          {len(s.false_supported)}")
    print(
        f"contradiction recall       {s.contradiction_recall:.3f} over extracted "
        f"({s.contradicted_found}/{s.contradicted_expected}), {s.contradiction_recall_all:.3f} over all labels "
        f"({s.contradicted_found}/{s.contradicted_expected + s.missing_contradicted})"
    )
    print(
        f"false 'contradicted' rate  {s.false_contradicted_rate:.3f} "
        f"({len(s.false_contradicted)}/{s.not_contradicted_labels} labels not contradicted)"
    )
    print(
        f"reworded still supported   {s.reworded_kept}/{s.reworded_total} over extracted, "
        f"{s.reworded_kept}/{s.reworded_total + s.missing_reworded} over all labels"
    )
    if s.by_way:
        print("false variants by way      contradicted / changed claims (missing, supported, unverified)")
        for way, verdicts in sorted(s.by_way.items()):
            count = verdicts.count
            print(
                f"  {way:<40} {count('contradicted')}/{len(verdicts)}  "
                f"({count('missing')}, {count('supported')}, {count('unverified')})"
            )
    print("confidence band            claims  right")
    for name in sorted(s.bands):
        oks = s.bands[name]
        print(f"  {name:<24} {len(oks):>6}  {sum(oks) / len(oks):.2f}")
    for line in s.missing:
        print(f"MISSING  {line}")
    for line in s.false_supported:
        print(f"FALSE SUPPORTED  {line}")
    for line in s.false_contradicted:
        print(f"FALSE CONTRADICTED  {line}")
    for line in s.wrong:
        print(f"WRONG    {line}")
    ok = (
        not s.false_supported
        and s.contradiction_recall >= 0.9
        and s.false_contradicted_rate <= 0.02
        and s.reworded_kept >= 0.9 * s.reworded_total
    )
    return 0 if ok and not s.missing else 1


if __name__ == "__main__":
    sys.exit(main())
