"""Mutation check: plant deliberate bugs in the judge and matcher, and see whether the tests catch each.

    python scripts/mutation_check.py            # every mutation, the whole suite for each
    python scripts/mutation_check.py --list     # the mutations, without running anything
    python scripts/mutation_check.py -k stance  # only mutations whose name contains "stance"

A mutation is one textual change to one file (a flipped comparison, a dropped stance check, a
reversed ranking, a widened tolerance ...). The script applies it in a scratch copy of the project,
runs pytest there, and calls the mutation *caught* when the suite fails. A mutation whose text is
no longer in the code is reported as *stale*: the code moved on and the mutation must be rewritten,
which the script treats as a failure too. Exit status 0 only when every mutation is caught.

Left out on purpose: dropping the stance check in `_rival_findings` changes nothing today (a
rival's past tenure carries no date, so the date check already drops it), and dropping the date
check harms no claim the stored pages can show (no stale page says, undated, that someone else
holds an office now). Both become real mutations once past terms carry their dates.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Mutation:
    name: str
    path: str
    old: str
    new: str
    why: str


MUTATIONS = [
    Mutation(
        "rival-counts-as-support",
        "verify/kinds/role/judge.py",
        "out.append(finding.but(stance=Stance.CONTRADICTS, score=finding.score * 0.9, detail=detail))",
        "out.append(finding.but(stance=Stance.SUPPORTS, score=finding.score * 0.9, detail=detail))",
        "another person's page saying they hold the office would support the claimed holder",
    ),
    Mutation(
        "term-end-flipped",
        "verify/kinds/role/judge.py",
        "if end is not None and (as_of is None or end < as_of):",
        "if end is not None and (as_of is None or end > as_of):",
        "a term that ended before the article's date would no longer contradict 'holds office'",
    ),
    Mutation(
        "search-rank-reversed",
        "verify/sources/wikipedia.py",
        "return index if isinstance(index, int) else 1_000",
        "return -index if isinstance(index, int) else 1_000",
        "search results read worst first",
    ),
    Mutation(
        "ignore-as-of-in-terms",
        "verify/kinds/role/judge.py",
        "elif start is not None and (as_of is None or start <= as_of):",
        "elif start is not None:",
        "a term that starts after the article's date would support it",
    ),
    Mutation(
        "stale-side-kept",
        "verify/judge.py",
        "older = f.stance != Stance.NEUTRAL and current(f) and other is not None and f.dated < other",
        "older = False",
        "an incumbent 'since 2022' would still count against a holder 'since 2025'",
    ),
    Mutation(
        "after-article-kept",
        "verify/judge.py",
        "after_article = f.stance == Stance.CONTRADICTS and f.dated is not None and as_of is not None "
        "and f.dated > as_of",
        "after_article = False",
        "a holder who took office after the article's date would contradict it",
    ),
    Mutation(
        "term-range-ignores-as-of",
        "verify/match.py",
        "if as_of is not None and end_year > as_of.year:",
        "if False:",
        "a page written after a term ended would contradict an article written during the term",
    ),
    Mutation(
        "count-tolerance-widened",
        "verify/kinds/quantity/judge.py",
        "if math.isclose(count.number, claim.number):",
        "if math.isclose(count.number, claim.number, rel_tol=0.1):",
        "30 would pass for 32",
    ),
    Mutation(
        "duration-tolerance-widened",
        "verify/kinds/duration/judge.py",
        "if math.floor(elapsed) == int(claim.number):",
        "if abs(elapsed - claim.number) < 2.5:",
        "'lasted five years' would pass for a three-year war",
    ),
    Mutation(
        "nationality-contradiction-dropped",
        "verify/kinds/role/judge.py",
        """            elif have:
                out.append(
                    Finding(
                        unit,
                        Stance.CONTRADICTS,
                        90.0,
                        Aspect.NATIONALITY,""",
        """            elif False:
                out.append(
                    Finding(
                        unit,
                        Stance.CONTRADICTS,
                        90.0,
                        Aspect.NATIONALITY,""",
        "a wrong nationality would never be contradicted",
    ),
    Mutation(
        "incumbent-other-holder-ignored",
        "verify/kinds/role/judge.py",
        "if others and unit.field is not None:",
        "if False:",
        "an office page naming another incumbent would not contradict",
    ),
    Mutation(
        "disputed-reads-as-refuted",
        "verify/judge.py",
        "refuted = [a for a in aspects if contra[a] and not support[a]]",
        "refuted = [a for a in aspects if contra[a]]",
        "sources that disagree would give 'contradicted' instead of unverified",
    ),
    Mutation(
        "support-without-main-aspect",
        "verify/judge.py",
        'main = support.get(Aspect.MAIN, [])',
        "main = [f for a in aspects for f in support[a]]",
        "a matching rank alone would support a claim about an office",
    ),
    Mutation(
        "name-match-threshold-lowered",
        "verify/link.py",
        "def find_person(claimed: str, text: str, threshold: float = 85)",
        "def find_person(claimed: str, text: str, threshold: float = 50)",
        "a namesake or a half-similar name in a page would count as the claimed person",
    ),
    Mutation(
        "phrase-threshold-lowered",
        "verify/match.py",
        "threshold: float = 92",
        "threshold: float = 60",
        "any office phrase would match any other",
    ),
    Mutation(
        "past-holder-as-current",
        "verify/kinds/role/judge.py",
        'if f.mode == Mode.PAST:',
        "if True:",
        "'held office' rewrites every contradiction, including another person's, as support",
    ),
]


def run_suite(tree: Path, timeout: float) -> tuple[bool, str]:
    """True when the suite passed. Browser tests are left out: they do not exercise the judge."""
    cmd = [sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider", "--ignore=tests/test_browser.py"]
    try:
        env = {**os.environ, "PYTHONPATH": str(tree)}  # the scratch copy's package, not the installed one
        proc = subprocess.run(cmd, cwd=tree, env=env, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return False, "timed out (counts as caught)"
    last = (proc.stdout.strip().splitlines() or ["(no output)"])[-1]
    return proc.returncode == 0, last


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--list", action="store_true", help="list the mutations and exit")
    parser.add_argument("-k", default="", help="only mutations whose name contains this")
    parser.add_argument("--timeout", type=float, default=600, help="seconds per suite run")
    args = parser.parse_args()
    chosen = [m for m in MUTATIONS if args.k in m.name]
    if args.list:
        for m in chosen:
            print(f"{m.name:34} {m.path:28} {m.why}")
        return 0
    caught = 0
    with tempfile.TemporaryDirectory() as scratch:
        tree = Path(scratch) / "tree"
        ignore = shutil.ignore_patterns(".git", ".venv", "reports", "__pycache__", ".pytest_cache", "*.egg-info")
        shutil.copytree(ROOT, tree, ignore=ignore)
        for m in chosen:
            target = tree / m.path
            original = target.read_text(encoding="utf-8")
            if original.count(m.old) != 1:
                print(f"STALE     {m.name}: its text occurs {original.count(m.old)} times in {m.path}")
                continue
            target.write_text(original.replace(m.old, m.new), encoding="utf-8")
            started = time.monotonic()
            try:
                passed, last = run_suite(tree, args.timeout)
            finally:
                target.write_text(original, encoding="utf-8")
            took = time.monotonic() - started
            status = "SURVIVED" if passed else "caught  "
            caught += not passed
            print(f"{status}  {m.name:34} ({took:4.0f} s) {last}", flush=True)
    print(f"{caught} of {len(chosen)} mutations caught")
    return 0 if caught == len(chosen) else 1


if __name__ == "__main__":
    sys.exit(main())
