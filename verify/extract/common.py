"""What the built-in kinds' readers share: the article's context (names met so far, the last
person, the last office), name cleaning, subjects before a verb, role tidying, the parse readings' claims kept."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from verify import aliases, lexicons

if TYPE_CHECKING:  # pragma: no cover - typing only
    from verify.models import Claim

# Capitalised words that start or end a run but are not part of a person's name.
NOT_NAME = frozenset(
    [word for group in lexicons.load("names")["not_name"].values() for word in group]
    + [m for m in aliases.MONTHS if len(m) > 3]
)
_HEADS_LONGEST_FIRST = sorted(aliases.OFFICE_HEADS, key=len, reverse=True)
# words that stay part of the office they stand before ('Vice', 'Deputy', 'Acting'; verify/lexicons/titles.toml)
_RANKS = frozenset(lexicons.load("titles")["modifiers"] + lexicons.load("titles")["ranks_before_an_office"])
# Words with these endings name things, not people: "Supreme Allied Commander Transformation".
_NOT_A_NAME_ENDINGS = tuple(
    stem + plural for stem in ("tion", "sion", "ness", "ship", "hood", "ism", "ity") for plural in ("", "s")
)
_INITIAL = re.compile(r"[A-Z]\.")
PAST_VERBS = {
    "served",
    "had served",
    "was",
    "had been",
    "led",
    "had led",
    "headed",
    "had headed",
    "commanded",
    "had commanded",
    "chaired",
    "had chaired",
    "ran",
    "had run",
    "directed",
    "worked",
}


@functools.lru_cache(maxsize=4096)
def clean_name(name: str) -> str | None:
    """A person's name from a capitalised run, or None when the run is not a name."""
    if name.strip() in {"He", "She", "he", "she"}:
        return name.strip()  # resolved to the last person by the caller
    tokens = name.split()
    if any(t.lower() in aliases.ORGANISATION_WORDS for t in tokens):
        return None
    while tokens and tokens[0].lower().strip(".") in NOT_NAME:
        tokens.pop(0)
    while tokens and tokens[-1].lower().strip(".") in NOT_NAME:
        tokens.pop()
    titled = [i for i, t in enumerate(tokens) if t.lower().strip(".") in aliases.TITLE_WORDS]
    if titled and len(tokens) - titled[-1] > 2:  # "Assistant Attorney General John Eisenberg" -> "John Eisenberg"
        tokens = tokens[titled[-1] + 1 :]
    if not tokens or any(t.lower().strip(".") in NOT_NAME for t in tokens) or _INITIAL.fullmatch(tokens[-1]):
        return None
    if any(t.endswith(_NOT_A_NAME_ENDINGS) for t in tokens):
        return None
    return " ".join(tokens)


# words giving a title's holding its time ('Outgoing', 'Former': titles.toml past_or_coming), no body of the post
_TIME_OF_HOLDING = frozenset(lexicons.load("titles")["past_or_coming"])


@functools.lru_cache(maxsize=1024)
def office_phrase(office: str) -> str:
    """'Joint Chiefs of Staff Chairman' -> 'Chairman of the Joint Chiefs of Staff'; 'head of X' is kept. A word of the
    holding's time stays before the post it times: 'Outgoing President' is no 'President of the Outgoing' (review45
    R6), 'Outgoing Finance Minister' is 'Outgoing' before the finance minister's phrase."""
    office = " ".join(office.split())
    first, _, rest = office.partition(" ")
    if rest and first.lower() in _TIME_OF_HOLDING:
        return f"{first} {office_phrase(rest)}"
    for head in _HEADS_LONGEST_FIRST:
        if office == head:  # 'Attorney General' is a listed title itself, not 'General' of an 'Attorney'
            return office
        if office.endswith(" " + head):
            org = office[: -len(head)].strip()
            if org.lower().endswith(" of") or org.lower() in {"foreign", "defense", "defence", "prime"}:
                return office
            words = re.split(r"[\s-]+", org.lower())
            if words[0] in _RANKS and "of" not in words:  # ('Joint Chiefs of Staff Chairman': a body's name)
                return office  # 'Vice President', 'Deputy Finance Minister': a rank first, not the body
            return f"{head} of {org}" if org.isupper() else f"{head} of the {org}"
    return office


_DATELINE = re.compile(r"^\s*[A-ZÀ-Þ][A-ZÀ-Þ .,'\-]+(?:\s*\([A-Za-z]+\))?\s+[—–-]\s+")
_RELATIVE_SUBJECT = re.compile(r"(?P<np>(?:[\w\-]+\s+){0,2}[\w\-]+),\s+(?:which|who|that)\s+(?:[a-z]+\s+){0,2}$")
_ADVERBIAL = re.compile(  # a leading time or place phrase ("in 2023,"), not the subject; "at least one" is one
    r"(?:[Ii]n|[Oo]n|[Aa]t(?!\s+least)|[Aa]fter|[Bb]efore|[Ss]ince|[Dd]uring|[Ll]ast|[Tt]his|[Bb]y|[Ff]or)\s"
)
_SUBORDINATE = re.compile(r"\b(?:since|after|when|because|while|until|before|that|which|who|where)\s+")
_LEADING_DATE = re.compile(r"^(?:On|In|By|Since)\s+[^,]{3,40},\s+")


def _subject_before(text: str, pos: int) -> str | None:
    """The noun phrase that opens a sentence, as the subject of the verb at `pos`: 'A former U.S.
    Army sergeant was sentenced ...' -> 'former U.S. Army sergeant'; 'DÜSSELDORF — Rheinmetall
    reported ...' -> 'Rheinmetall'. None when no short phrase stands there."""
    head = _LEADING_DATE.sub("", _DATELINE.sub("", text[:pos]))
    relative = _RELATIVE_SUBJECT.search(head)
    if relative:  # "... its ageing fleet of F-16s, which have served for ...": what "which" stands for
        return relative["np"]
    segments = [seg.strip() for seg in head.split(":")[-1].split(", ")]  # a colon starts a new clause
    head = next((seg for seg in segments if seg and not _ADVERBIAL.match(seg)), "")  # not "in 2023,"
    head = _SUBORDINATE.split(head)[-1].strip()  # "... homes in Sudan since fighting broke out": "fighting"
    head = re.sub(r"^(?:[Tt]he|[Aa]n?)\s+", "", head)
    head = re.sub(r"\s+(?:has|have|had|was|were|is|are|will|would|also)(?:\s+(?:more|less)\s+than)?$", "", head)
    words = head.split()
    return head if 0 < len(words) <= 8 and not head.lower().startswith(("he ", "she ", "it ", "they ")) else None


MAX_SENTENCE = 1500  # characters; news sentences are far shorter, and the patterns' cost grows with length


def add_claim(found: list[Claim], taken: list[tuple[int, int]], claim: Claim | None) -> None:
    """A claim one of the parse's readings of numbers made (verify/kinds/quantity/ellipsis.py, hyphenated.py,
    places.py, verify/kinds/duration/ellipsis.py: `claim_over`) added to `found`, and its words to `taken`, so that
    no later number of the reading claims them again; nothing when there is none (its words stand in no sentence)."""
    if claim is None:
        return
    found.append(claim)
    taken.append(claim.span)


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    """Whether `pos` falls in one of `spans` (text another claim has read already)."""
    return any(a <= pos < b for a, b in spans)
