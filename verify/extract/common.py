"""What the built-in kinds' readers share: the article's context (names met so far, the last
person, the last office), name cleaning, subjects before a verb, role tidying."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import NamedTuple

from verify import aliases, lexicons
from verify.extract import patterns as p
from verify.text import Sentence

# Capitalised words that start or end a run but are not part of a person's name.
NOT_NAME = frozenset(
    [word for group in lexicons.load("names")["not_name"].values() for word in group]
    + [m for m in aliases.MONTHS if len(m) > 3]
)
_HEADS_LONGEST_FIRST = sorted(aliases.OFFICE_HEADS, key=len, reverse=True)
# "The study", "The new scheme" as the subject of a sentence; not "The scheme was".
_THE_NOUN_PHRASE = re.compile(r"\s*(?P<np>The\s+[a-z]+(?:\s+(?!(?:was|were|is|are|has|had|will|would)\b)[a-z]+)?)\b")
_REPORTED_SUBJECT = re.compile(
    r"\b(?:said|says|told\s+\w+)\s+(?:that\s+)?(?P<np>(?:the|a|an)\s+[a-z\-]+(?:\s+[a-z\-]+)?)\s+(?:had|has|have|was|were)\b"
)
_AND_MORE_IN = re.compile(  # "... and 28 in Israel", "149 in favour and 12 against", "out of about 6,300 launched"
    r"\b(?:and|out\s+of(?:\s+(?:about|some|around))?)\s+(?P<num>\d{1,3}(?:,\d{3})+|\d+)\s+"
    r"(?:(?:in|at|from)\s+(?P<place>[A-Z][\w\-]+)|(?P<side>against|in favou?r|abstaining|opposed|launched|fired|sent))"
)
_ANAPHORIC_COUNT = re.compile(r"\b[Tt]he\s+$")
# "the two members who voted no", "the eight countries bordering the Baltic": restricted, so informative
_RESTRICTED = re.compile(r"\s+(?:who|that|which|whose|of|from|in|[a-z]+ing)\b")
# What may stand between two people met at once: a comma or "and", then titles ("Defence Minister").
_JOINED_NAMES = re.compile(r"(?:,\s*|,?\s+and\s+)(?:[A-Z][\w.\-]*\s+){0,4}")
_OPENING_PRONOUN = re.compile(r"\s*(?:He|She)\b")
_OPENING_PERSON = re.compile(rf"\s*(?P<who>{p.PERSON})\b")  # "He was Chief of Staff ... and then led ... as"
_OPENING_PERSON_OR_DESCRIBED = re.compile(rf"\s*(?:He|She\b|{p.DESCRIBED})")  # "He", "The minister"
# An apostrophe opens a quote only at the start or after a colon or dash ("Germany's" is none); the
# lookbehinds come after the quotation mark is read, so the engine skips ahead to a candidate mark.
_QUOTE_MARK = re.compile(r"[‘“\"]|'(?:(?<=^')|(?<=[:—–]\s'))")
_FORMER_BEFORE = re.compile(r"\b(?:[Ff]ormer|[Ee]x-|[Ll]ate)\s*$")  # "Former U.S. Secretary of State ..."
# Words with these endings name things, not people: "Supreme Allied Commander Transformation".
_NOT_A_NAME_ENDINGS = tuple(
    stem + plural for stem in ("tion", "sion", "ness", "ship", "hood", "ism", "ity") for plural in ("", "s")
)
_INITIAL = re.compile(r"[A-Z]\.")
_PLACE_OR_SHIP_WORDS = frozenset({"the", "in", "at", "from", "near", "to", "of", "carrier", "ship", "city", "town"})
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


@dataclass
class _Context:
    """What the article has said so far: full names for coreference, the last person for pronouns."""

    full_names: dict[str, str] = field(default_factory=dict)
    last_person: str | None = None
    last_speaker: str | None = None
    organisations: list[str] = field(default_factory=list)
    frozen: bool = False  # in the headline: learn no new names from title case
    known: set[str] = field(default_factory=set)
    suffixes: dict[tuple[str, ...], str] = field(default_factory=dict)
    last_office: str | None = None  # what "the post" means

    def resolve(self, name: str) -> str:
        """A full name for a mention: 'Grynkewich' -> 'Alexus Grynkewich' after a first mention,
        'Cavo Dragone' -> 'Giuseppe Cavo Dragone', 'He' -> the last person named; a title-case run
        that starts with a known name ('Vladimir Putin Meets Envoy') is that name."""
        name = name.strip()
        name = name[:-2] if name.endswith(("'s", "’s")) else name
        if name.lower() in {"he", "she"}:
            return self.last_person or name
        tokens = name.split()
        for k in range(len(tokens) - 1, 1, -1):
            if " ".join(tokens[:k]) in self.known:
                return " ".join(tokens[:k])
        longer = self.suffixes.get(tuple(tokens))
        if longer is not None and longer != name:
            return longer
        if len(tokens) >= 2:
            if not self.frozen and tokens[-1].lower() not in self.full_names:
                self.full_names[tokens[-1].lower()] = name
                self.known.add(name)
                for k in range(1, len(tokens)):  # "Cavo Dragone" and "Dragone" both mean "Giuseppe Cavo Dragone"
                    self.suffixes.setdefault(tuple(tokens[k:]), name)
            return name
        return self.full_names.get(name.lower(), name)

    def knows(self, name: str) -> bool:
        return name in self.known


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"  # what \w matches


def _place_or_ship_word_before(text: str, start: int) -> bool:
    """'in Brussels', 'the Hague', 'carrier Gerald R. Ford': the whole word just before `start`
    (within 14 characters, then white space) makes the capitalised run a place or a ship."""
    floor = max(0, start - 14)
    end = start
    while end > floor and text[end - 1].isspace():
        end -= 1
    begin = end
    while begin > floor and _is_word_char(text[begin - 1]):
        begin -= 1
    if end == start or (begin > 0 and _is_word_char(text[begin - 1])):
        return False  # no space before the run, or the word began earlier
    return text[begin:end] in _PLACE_OR_SHIP_WORDS


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


@functools.lru_cache(maxsize=1024)
def office_phrase(office: str) -> str:
    """'Joint Chiefs of Staff Chairman' -> 'Chairman of the Joint Chiefs of Staff'; 'head of X' is kept."""
    office = " ".join(office.split())
    for head in _HEADS_LONGEST_FIRST:
        if office.endswith(" " + head) and office != head:
            org = office[: -len(head)].strip()
            if org.lower().endswith(" of") or org.lower() in {"foreign", "defense", "defence", "prime"}:
                return office
            return f"{head} of {org}" if org.isupper() else f"{head} of the {org}"
    return office


_DATELINE = re.compile(r"^\s*[A-ZÀ-Þ][A-ZÀ-Þ .,'\-]+(?:\s*\([A-Za-z]+\))?\s+[—–-]\s+")
_NAME_THEN_ASIDE = re.compile(rf"\s*(?P<name>{p.NAME}),\s+(?:\d{{2}},\s+)?[^,]{{3,120}},\s")
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


_BODY = re.compile(
    r"\b(?:[Tt]he[ ]+)?(?P<body>(?:[A-Z][\w.\-]*[ ]+){0,5}(?:Committee|Commission|Council|Board|Panel|Agency|Command|"
    r"Division|Court|Caucus|Subcommittee))\b"
)


def _last_body(text: str) -> str | None:
    """The committee, council or command named last before a bare 'the chairman': whose chairman."""
    bodies = [m["body"] for m in _BODY.finditer(text)]
    return bodies[-1] if bodies else None


MAX_SENTENCE = 1500  # characters; news sentences are far shorter, and the patterns' cost grows with length


def _bounded(sent: Sentence) -> list[Sentence]:
    """A sentence cut at spaces into pieces of at most MAX_SENTENCE characters, spans kept exact:
    an unpunctuated run of text (a table, a list, hostile input) cannot make extraction quadratic."""
    if len(sent.text) <= MAX_SENTENCE:
        return [sent]
    pieces, start, text = [], 0, sent.text
    while start < len(text):
        end = len(text) if len(text) - start <= MAX_SENTENCE else text.rfind(" ", start, start + MAX_SENTENCE)
        end = start + MAX_SENTENCE if end <= start else end
        pieces.append(Sentence(sent.start + start, sent.start + end, text[start:end]))
        start = end
    return pieces


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    """Whether `pos` falls in one of `spans` (text another claim has read already)."""
    return any(a <= pos < b for a, b in spans)


def _split_roles(role: str) -> list[str]:
    """'co-founder and chief executive of Wiz' -> two roles, each of Wiz; other roles stay whole."""
    heads, of, org = role.partition(" of ")
    parts = heads.split(" and ")
    if len(parts) != 2 or not all(p.names_a_role(part) for part in parts):
        return [role]
    return [part + of + org for part in parts]


def _org(text: str) -> str:
    """An organisation as a role names it: 'the U.S. European Command' -> 'U.S. European Command'."""
    return " ".join(text.split()).removeprefix("the ")


def _ended(when: str | None) -> bool:
    """'from 2022 to 2025' closes a term; 'since 2019' does not."""
    return bool(when and re.search(r"\bto\b|–|-|until", when))


def _tidy_role(role: str) -> str:
    """A role phrase without the circumstances after it ('in the discussion', 'three days later')."""
    role = " ".join(role.split())
    role = re.sub(r"\s+(?:in|at|during|for)\s+the\s+(?:discussion|meeting|talks|summit|ceremony)$", "", role)
    role = re.sub(r"\s+(?:since|from|between|until)\s+\d{4}\b.*$", "", role)
    role = re.sub(r"\s+(?:before|after|until|while)\s+[a-z]+ing\b.*$", "", role)  # "... before taking over X"
    role = re.sub(r"\s+for\s+(?:\d+|[a-z]+(?:-[a-z]+)?)\s+(?:years|months)$", "", role)  # "for 14 years"
    role = re.sub(r"\s+under\s+(?:President|Prime Minister|Chancellor|King|Queen)\b.*$", "", role)
    role = re.sub(r"(?<=[a-z]{2})\.$", "", role)  # a sentence's full stop, not an abbreviation's
    if role[:1].isupper():  # a title: it ends where lower-case circumstances begin
        role = re.split(r"\s+(?=(?:on|at|in|during|after|before|since|from|until|one|two|three|four|five|\d)\b)", role)[
            0
        ]
    return role


class _RoleSentence(NamedTuple):
    """What the role readers share while reading one sentence."""

    sent: Sentence
    text: str
    taken: list[tuple[int, int]]  # spans read already, which a later pattern must not read again
    first_claim: int  # the sentence's first claim in the extractor's list
    free: Callable[[re.Match], bool]
    name_at: Callable[..., str | None]  # the person a match names, recorded as named in the sentence
