"""Claim extraction: turn an article into checkable claims with structured fields.

General English news patterns (see `patterns.py`) are applied sentence by sentence: titles before
names, appositives, predicates ("was named", "took office as", "heads"), counts, percentages,
durations, dated events, quotations and meetings. Vague and opinion sentences yield nothing
because no pattern fires on them; a fact stated twice yields one claim, at its body sentence.
Surnames and pronouns after a first mention resolve to the full name.
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import NamedTuple

from rapidfuzz import fuzz

from verify import aliases
from verify.extract import patterns as p
from verify.extract.general import clause_claims
from verify.models import Article, Claim, ClaimKind
from verify.text import Sentence, split_sentences

__all__ = ["MAX_SENTENCE", "claim_id", "extract_claims"]

# Capitalised words that start or end a run but are not part of a person's name.
NOT_NAME = frozenset(
    [
        "the",
        "an",
        "and",
        "of",
        "in",
        "on",
        "at",
        "for",
        "to",
        "by",
        "with",
        "from",
        "as",
        "this",
        "that",
        "these",
        "those",
        "it",
        "its",
        "he",
        "she",
        "they",
        "his",
        "her",
        "their",
        "we",
        "our",
        "nato",
        "eu",
        "un",
        "command",
        "staff",
        "council",
        "committee",
        "department",
        "ministry",
        "office",
        "army",
        "navy",
        "air",
        "force",
        "forces",
        "marine",
        "corps",
        "alliance",
        "government",
        "parliament",
        "senate",
        "congress",
        "house",
        "white",
        "european",
        "union",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "kyiv",
        "moscow",
        "washington",
        "brussels",
        "ukraine",
        "russia",
        "europe",
        "america",
        "alaska",
        "stuttgart",
        "mons",
        "belgium",
        "germany",
        "italy",
        "poland",
        "spain",
        "only",
        "some",
        "critics",
        "analysts",
        "colleagues",
        "supporters",
        "officials",
        "interview",
        "analysis",
        "russian",
        "ukrainian",
        "american",
        "british",
        "french",
        "german",
        "italian",
        "polish",
        "dutch",
        "canadian",
        "turkish",
        "chinese",
        "spanish",
        "defense",
        "defence",
        "secretary",
        "president",
        "minister",
        "general",
        "admiral",
        "chairman",
        "chair",
        "foreign",
        "prime",
        "mayor",
        "governor",
        "senator",
        "ambassador",
        "commissioner",
        "envoy",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "representative",
        "prosecutor",
        "director",
        "commander",
        "chief",
        "vice",
        "deputy",
        "acting",
        "former",
        "sen",
        "rep",
        "gov",
        "prince",
        "princess",
        "sheikh",
        "emir",
        "sultan",
        "crown",
        "executive",
    ]
    + [m for m in aliases.MONTHS if len(m) > 3]
)
_HEADS_LONGEST_FIRST = sorted(aliases.OFFICE_HEADS, key=len, reverse=True)
# "The study", "The new scheme" as the subject of a sentence; not "The scheme was".
_THE_NOUN_PHRASE = re.compile(r"\s*(?P<np>The\s+[a-z]+(?:\s+(?!(?:was|were|is|are|has|had|will|would)\b)[a-z]+)?)\b")
# Title words that may end a capitalised run before a name (NAME cannot tell them apart).
_TITLE_WORDS = frozenset(
    {
        "general", "secretary", "minister", "president", "chairman", "chair", "admiral", "mayor", "governor",
        "senator", "ambassador", "commissioner", "envoy", "spokesman", "spokeswoman", "director", "commander",
        "chief", "deputy", "prosecutor",
    }
)  # fmt: skip
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
_DECADES = {"a decade": 10, "two decades": 20, "three decades": 30, "a century": 100}
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
_SHORT_SCALES = {"bn": "billion", "tn": "trillion", "m": "million", "k": "thousand"}  # "£2bn", "$300m"
_INITIAL = re.compile(r"[A-Z]\.")
_PLACE_OR_SHIP_WORDS = frozenset({"the", "in", "at", "from", "near", "to", "of", "carrier", "ship", "city", "town"})
# Words that make a capitalised run an organisation, whole: "World Health Organization" is no
# person called "World Health", "UN General Assembly" no "Assembly".
ORGANISATION_WORDS = frozenset(
    {
        "assembly", "agency", "organization", "organisation", "bank", "court", "party", "group", "fleet", "guard",
        "institute", "university", "company", "corporation", "association", "federation", "commission", "board",
        "bureau", "service", "division", "brigade", "battalion", "regiment", "squadron", "centre", "center",
    }
)  # fmt: skip
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


def claim_id(kind: str, subject: str, relation: str, value: str | None) -> str:
    """A stable id from the normalised claim: re-extraction keeps ids, so reviewer decisions stick."""
    key = "|".join(aliases.fold(x or "") for x in (kind, subject, relation, value))
    return "c" + hashlib.sha1(key.encode()).hexdigest()[:7]


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
    if any(t.lower() in ORGANISATION_WORDS for t in tokens):
        return None
    while tokens and tokens[0].lower().strip(".") in NOT_NAME:
        tokens.pop(0)
    while tokens and tokens[-1].lower().strip(".") in NOT_NAME:
        tokens.pop()
    titled = [i for i, t in enumerate(tokens) if t.lower().strip(".") in _TITLE_WORDS]
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


_BARE_HEADS = frozenset({"chairman", "chairwoman", "chair", "head", "director", "commander", "president", "leader"})
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


class _Extractor:
    def __init__(self, article: Article) -> None:
        self.article = article
        self.ctx = _Context()
        self.claims: list[Claim] = []
        self.seen: set[str] = set()
        stripped = article.text.lstrip()
        first_line = stripped.splitlines()[0] if stripped else ""
        self.headline_end = len(article.text) - len(stripped) + len(first_line)
        self.in_headline = False
        self.first_claim = 0  # where the current sentence's claims start in self.claims
        self.seen_keys: set[tuple[str, str, str, str | None]] = set()
        self.title_words: dict[str, set[str]] = {}  # words of each person's role claims: restated titles
        self.plan: frozenset[int] = frozenset()
        self.scan = p.scanner("", self.plan)
        self.person_before: str | None = None

    # -- bookkeeping ---------------------------------------------------------------------------
    def add(
        self,
        sent: Sentence,
        start: int,
        end: int,
        kind: ClaimKind,
        subject: str,
        relation: str,
        value: str | None = None,
        **fields: object,
    ) -> None:
        if self.in_headline and kind in {"role", "relation", "date"} and not self.ctx.knows(subject):
            return  # title case makes headline names unreliable: keep only people the body names
        if (
            self.in_headline
            and kind in {"quantity", "duration"}
            and any(c.kind == kind and c.number == fields.get("number") for c in self.claims)
        ):
            return  # the body states this number already
        if (
            self.in_headline
            and kind == "quote"
            and any(
                c.kind == "quote" and fuzz.partial_ratio(aliases.fold(value or ""), aliases.fold(c.value or "")) >= 90
                for c in self.claims
            )
        ):
            return  # a headline quoting part of a body quote
        key = (kind, subject, "holds office" if relation == "held office" else relation, value)
        if key in self.seen_keys:
            return  # stated already, word for word: no need to hash it again
        self.seen_keys.add(key)
        cid = claim_id(*key)
        if cid in self.seen or self.restates_a_title(kind, subject, value):
            return
        self.seen.add(cid)
        start, end = sent.start + start, sent.start + end
        self.claims.append(
            Claim(
                id=cid,
                kind=kind,
                text=self.article.text[start:end],
                sentence=sent.text,
                span=(start, end),
                subject=subject,
                relation=relation,
                value=value,
                **fields,
            )
        )  # type: ignore[arg-type]
        if kind == "role":
            self.title_words.setdefault(subject, set()).update((value or "").lower().split())
            self.ctx.last_person = subject
            if relation in {"holds office", "held office"} and value and value[:1].isupper():
                self.ctx.last_office = value

    def add_duration(
        self,
        sent: Sentence,
        m: re.Match,
        subject: str,
        relation: str,
        number: float | None,
        unit: str,
        value: str | None = None,
        context: str | None = None,
    ) -> None:
        """A length claim over the match `m`; its value as written ("three years") unless given."""
        value = value or f"{m['num']} {unit}"
        self.add(
            sent, m.start(), m.end(), "duration", subject, relation, value, number=number, unit=unit, context=context
        )

    def add_quantity(
        self,
        sent: Sentence,
        m: re.Match,
        subject: str,
        relation: str,
        value: str,
        number: float,
        unit: str,
        context: str | None = None,
        start: int | None = None,
    ) -> None:
        """A count, share, amount or measure over the match `m` (from `start` when given)."""
        start = m.start() if start is None else start
        self.add(sent, start, m.end(), "quantity", subject, relation, value, number=number, unit=unit, context=context)

    def last_counted_unit(self) -> str | None:
        """What the last count counted: "3.5 million of them", "plans to buy 4.5 million this year"."""
        return next((c.unit for c in reversed(self.claims) if c.kind == "quantity" and c.unit), None)

    def add_role(
        self,
        sent: Sentence,
        start: int,
        end: int,
        who: str,
        relation: str,
        value: str,
        nationality: str | None = None,
        rank: str | None = None,
    ) -> None:
        self.add(sent, start, end, "role", who, relation, value, nationality=nationality, rank=rank)

    def add_rank(self, sent: Sentence, start: int, end: int, who: str, rank: str, nationality: str | None) -> None:
        """'U.S. General Alexus Grynkewich': he is a general, of the United States."""
        self.add_role(sent, start, end, who, "rank", aliases.canonical_rank(rank), nationality=nationality, rank=rank)

    def restates_a_title(self, kind: str, subject: str, value: str | None) -> bool:
        """'Minister Umerov' after 'Defence Minister Rustem Umerov' repeats a known title, shorter."""
        if kind != "role" or not value or len(value.split()) > 1:
            return False
        return value.lower() in self.title_words.get(subject, ())

    def known_or_full(self, raw: str) -> bool:
        """A full name, or a surname the article has introduced: a lone unknown capitalised word
        before an appositive ('Northwood, the headquarters of ...') is more often a place."""
        name = clean_name(raw)
        return bool(name) and (len(name.split()) >= 2 or name.lower() in self.ctx.full_names)

    def person(self, raw: str) -> str | None:
        name = clean_name(raw)
        if name is None:
            return None
        resolved = self.ctx.resolve(name)
        return None if resolved.lower() in {"he", "she"} else resolved

    def run(self) -> list[Claim]:
        sentences = [piece for sent in split_sentences(self.article.text) for piece in _bounded(sent)]
        body = [s for s in sentences if s.start >= self.headline_end] or sentences
        headline = [s for s in sentences if s.start < self.headline_end]
        for org, forms in aliases.ORGANISATION_ALIASES.items():
            if any(re.search(rf"\b{re.escape(f)}\b", self.article.text, re.IGNORECASE) for f in forms[:2]):
                self.ctx.organisations.append(org)
        for sent in body:
            self.sentence(sent)
        self.in_headline = self.ctx.frozen = True  # after the body: a repeated fact points at its body sentence
        for sent in headline if body is not sentences else []:
            self.sentence(sent)
        return sorted(self.claims, key=lambda c: c.span)

    def sentence(self, sent: Sentence) -> None:
        self.plan = p.plan(sent.text)  # which patterns the sentence's words can wake, found once
        self.scan = p.scanner(sent.text, self.plan)
        self.first_claim = len(self.claims)
        self.person_before = self.ctx.last_person  # whom "He" at the start of this sentence means
        if sent.text.rstrip("'’\"” ").endswith("?"):
            return  # a question asserts nothing ("Can Europe Really Spend 5% on Defence?", "Q: Do you agree?")
        quotes = self.quotes(sent)
        taken: list[tuple[int, int]] = [(a, b) for a, b in quotes]
        names = self.roles(sent, taken)
        self.durations(sent, taken)
        self.quantities(sent, taken)
        self.dates(sent, names)
        self.meetings(sent, names)

    # -- roles ---------------------------------------------------------------------------------
    def roles(self, sent: Sentence, taken: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
        """Role claims of the sentence; returns the people it names as (start, end, full name)."""
        s, names = sent.text, []
        first_claim = len(self.claims)
        if not p.may_name_a_person(self.plan):
            return names  # no name, no title

        def free(m: re.Match) -> bool:
            return not any(a <= m.start() < b or a < m.end() <= b for a, b in taken)

        def name_at(m: re.Match, group: str = "name") -> str | None:
            who = self.person(m[group])
            if who:
                names.append((m.start(group), m.end(group), who))
            return who

        self.role_patterns(_RoleSentence(sent, s, taken, first_claim, free, name_at))
        titled = {who for _, _, who in names} | {c.subject for c in self.claims[first_claim:] if c.kind == "role"}
        for m in p.NAME_RE.finditer(s):
            if any(a <= m.start() < b for a, b, _ in names):
                continue
            if _place_or_ship_word_before(s, m.start()):
                continue  # a place or a ship, not a person
            opening_pronoun = m[0] in {"He", "She"} and not s[: m.start()].strip()
            who = self.person_before if opening_pronoun else self.person(m[0])  # "He" means someone named before
            if who and len(who.split()) >= 2:  # a surname counts once the full name is known
                names.append((m.start(), m.end(), who))
        names.sort()
        if names:
            # "he" or "the admiral" in the next sentence means this sentence's titled person, else its first name
            self.ctx.last_person = next((who for _, _, who in names if who in titled), names[0][2])
        elif titled:
            self.ctx.last_person = sorted(titled)[0]
        return names

    def role_patterns(self, here: _RoleSentence) -> None:
        """The role patterns the sentence's plan wakes, in the order of _ROLE_READERS (the specific
        ones first): a sentence wakes about four of the thirty, and only those are called."""
        woken = _ROLE_POSITION.keys() & self.plan  # most sentences wake none
        for position in sorted(map(_ROLE_POSITION.__getitem__, woken)):
            pattern, read = _ROLE_READERS[position]
            read(self, here, pattern)

    def _read_prenominal(self, here: _RoleSentence, pattern: re.Pattern) -> None:
        sent, s, taken, free, name_at = here.sent, here.text, here.taken, here.free, here.name_at
        for m in pattern.finditer(s):
            if not free(m) or not (who := name_at(m)):
                continue
            start, raw = m.start(), m["office"]
            if " and " in raw and p.NAME_RE.search(raw.rsplit(" and ", 1)[0]):
                start = m.start("office") + raw.rfind(" and ") + 5  # "Sgt. Anna Berg and Wing Commander Tom Hale"
                raw = raw.rsplit(" and ", 1)[1]
            taken.append((start, m.end()))
            office = re.sub(r"^(?:Acting|Interim)\s+", "", " ".join(raw.split()))  # "Acting Defense Secretary"
            if office.lower() in aliases.RANKS:
                self.add_rank(sent, start, m.end(), who, office, m["nat"])
            else:
                self.add_role(
                    sent,
                    start,
                    m.end(),
                    who,
                    "held office" if _FORMER_BEFORE.search(s, max(0, start - 10), start) else "holds office",
                    office_phrase(office),
                    nationality=m["nat"],
                    rank=m["rank"],
                )

    def _read_abbreviated_title(self, here: _RoleSentence, pattern: re.Pattern) -> None:
        sent, s, taken, free, name_at = here.sent, here.text, here.taken, here.free, here.name_at
        for m in pattern.finditer(s):
            if free(m) and (who := name_at(m)):
                taken.append((m.start(), m.end()))
                self.add_role(sent, m.start(), m.end(), who, "holds office", p.TITLE_ABBREVIATIONS[m["title"]])

    def _read_lower_title(self, here: _RoleSentence, pattern: re.Pattern) -> None:
        sent, s, taken, free, name_at = here.sent, here.text, here.taken, here.free, here.name_at
        for m in pattern.finditer(s):
            if free(m) and (who := name_at(m)):
                taken.append((m.start(), m.end()))
                self.add_role(sent, m.start(), m.end(), who, "holds office", m["office"])
                if m["rank"]:
                    self.add_rank(sent, m.start("rank"), m.end(), who, m["rank"], None)

    def _read_object_as(self, here: _RoleSentence, pattern: re.Pattern) -> None:
        sent, s, name_at = here.sent, here.text, here.name_at
        for m in pattern.finditer(s):
            if who := name_at(m):
                self.add_role(sent, m.start(), m.end("role"), who, f"{m['verb']} as", _tidy_role(m["role"]))
                if m["rank"]:
                    self.add_rank(sent, m.start("rank"), m.end("name"), who, m["rank"], m["nat"])

    def _read_took_command(self, here: _RoleSentence, pattern: re.Pattern) -> None:
        sent, s, name_at = here.sent, here.text, here.name_at
        for m in pattern.finditer(s):
            if who := name_at(m):
                org = _org(m["org"])
                self.add_role(sent, m.start(), m.end("org"), who, "holds office", f"head of {org}")

    def _read_appositive_its(self, here: _RoleSentence, pattern: re.Pattern) -> None:
        sent, s, name_at = here.sent, here.text, here.name_at
        for m in pattern.finditer(s):
            if who := name_at(m):
                self.add_role(sent, m.start(), m.end("role"), who, "holds office", m["role"])

    def _read_appositive_bare(self, here: _RoleSentence, pattern: re.Pattern) -> None:
        sent, s, name_at = here.sent, here.text, here.name_at
        for m in pattern.finditer(s):
            if who := name_at(m):
                self.add_role(sent, m.start(), m.end("role"), who, "holds office", " ".join(m["role"].split()))

    def _read_appositive_title(self, here: _RoleSentence, pattern: re.Pattern) -> None:
        sent, s, name_at = here.sent, here.text, here.name_at
        for m in pattern.finditer(s):
            if who := name_at(m):
                relation = "held office" if (m["when"] or "").strip() in {"then", "formerly"} else "holds office"
                self.add_role(sent, m.start(), m.end("role"), who, relation, office_phrase(m["role"]))

    def _read_rank_only(self, here: _RoleSentence, pattern: re.Pattern) -> None:
        sent, s, taken, free, name_at = here.sent, here.text, here.taken, here.free, here.name_at
        for m in pattern.finditer(s):
            if free(m) and (who := name_at(m)):
                taken.append((m.start(), m.end()))
                self.add_rank(sent, m.start(), m.end(), who, m["rank"], m["nat"])

    def _read_appositive_who(self, here: _RoleSentence, pattern: re.Pattern) -> None:
        sent, s, name_at = here.sent, here.text, here.name_at
        for m in pattern.finditer(s):
            if who := name_at(m):
                relation = "held office" if m["verb"] in PAST_VERBS else "holds office"
                self.add_role(sent, m.start("name"), m.end("role"), who, relation, _tidy_role(m["role"]))

    def _read_appositive_who_led(self, here: _RoleSentence, pattern: re.Pattern) -> None:
        sent, s, name_at = here.sent, here.text, here.name_at
        for m in pattern.finditer(s):
            described = m["name"] is None  # "The Italian admiral, who chairs ..." means the person just named
            who = self.ctx.last_person if described else name_at(m)
            if not who:
                continue
            org = _org(m["org"])
            past = m["verb"] in PAST_VERBS or _ended(m["when"])
            relation = "held office" if past else "holds office"
            self.add_role(sent, m.start(), m.end("org"), who, relation, f"head of {org}")
            if described and m["dword"].lower() in aliases.RANKS:
                self.add_rank(sent, m.start(), m.end("dword"), who, m["dword"], m["dnat"])

    def _read_appositive_who_is(self, here: _RoleSentence, pattern: re.Pattern) -> None:
        sent, s, name_at = here.sent, here.text, here.name_at
        for m in pattern.finditer(s):
            if who := name_at(m):
                relation = "held office" if m["verb"] == "was" else "holds office"
                self.add_role(sent, m.start(), m.end("role"), who, relation, " ".join(m["role"].split()))

    def _read_held_the_post(self, here: _RoleSentence, pattern: re.Pattern) -> None:
        sent, s, name_at = here.sent, here.text, here.name_at
        for m in pattern.finditer(s):
            if (who := name_at(m)) and self.ctx.last_office:
                past = (m["verb"].endswith("held") and not m["verb"].startswith("has")) or _ended(m["when"])
                relation = "held office" if past else "holds office"
                self.add_role(sent, m.start(), m.end(), who, relation, self.ctx.last_office)

    def _read_inverted_copula(self, here: _RoleSentence, pattern: re.Pattern) -> None:
        sent, s, name_at = here.sent, here.text, here.name_at
        for m in pattern.finditer(s):  # the rank, if any, is RANK_ONLY's claim
            if who := name_at(m):
                self.add_role(
                    sent, m.start(), m.end(), who, "holds office", office_phrase(m["role"]), nationality=m["nat"]
                )

    def _read_passive_head(self, here: _RoleSentence, pattern: re.Pattern) -> None:
        sent, s, name_at = here.sent, here.text, here.name_at
        for m in pattern.finditer(s):
            if who := name_at(m):
                org = _org(m["org"])
                self.add_role(sent, m.start(), m.end(), who, "holds office", f"head of {org}")
                if m["rank"]:
                    self.add_role(
                        sent,
                        m.start("rank"),
                        m.end(),
                        who,
                        "rank",
                        aliases.canonical_rank(m["rank"]),
                        nationality=m["nat"],
                        rank=m["rank"],
                    )
                if m["date"]:
                    self.add(sent, m.start("verb"), m.end("date"), "date", who, f"{m['verb']} since", m["date"])

    def _read_copula_title(self, here: _RoleSentence, pattern: re.Pattern) -> None:
        sent, s, free, name_at = here.sent, here.text, here.free, here.name_at
        for m in pattern.finditer(s):
            if free(m) and (who := name_at(m)):
                ranged = re.match(r"\s+from\s+\d{4}\s+(?:to|until|–|-)\s+\d{4}", s[m.end() :])
                past = m["verb"] in {"was", "had been"} or bool(ranged)
                relation = "held office" if past else "holds office"
                self.add_role(
                    sent, m.start(), m.end("role"), who, relation, office_phrase(m["role"]), nationality=m["nat"]
                )

    def _read_as_title(self, here: _RoleSentence, pattern: re.Pattern) -> None:
        sent, s, free = here.sent, here.text, here.free
        for m in pattern.finditer(s):
            opener = _OPENING_PERSON.match(s)
            who = self.person(opener["who"]) if opener else None
            if who and free(m):
                relation = "holds office" if "serving" in m[0] else "held office"
                self.add_role(sent, m.start(), m.end("role"), who, relation, _tidy_role(office_phrase(m["role"])))

    def _read_reverse_appositive(self, here: _RoleSentence, pattern: re.Pattern) -> None:
        sent, s, name_at = here.sent, here.text, here.name_at
        for m in pattern.finditer(s):
            if who := name_at(m):
                owner = (m["owner"] or "").removeprefix("the ")
                country = owner if aliases.country_of(owner) else None
                role = " ".join(m["role"].split()) + (f" of {owner}" if owner and not country else "")
                self.add_role(sent, m.start(), m.end("name"), who, "holds office", role, nationality=country)

    def _read_appositive_np(self, here: _RoleSentence, pattern: re.Pattern) -> None:
        sent, s, name_at = here.sent, here.text, here.name_at
        for m in pattern.finditer(s):
            if not p.names_a_role(m["role"]) or not self.known_or_full(m["name"]):
                continue  # "Northwood, the headquarters of ...": a place, not a person
            if who := name_at(m):
                owner = (m["owner"] or "").removeprefix("the ")
                role = " ".join(m["role"].split())
                country = owner if aliases.country_of(owner) else None
                if owner and not country:
                    role = f"{role} of {owner}"  # "NATO's secretary general" -> "secretary general of NATO"
                elif m["body"]:
                    role = f"{role} of the {m['body']}"  # "the institute's director-general"
                self.add_role(sent, m.start(), m.end("role"), who, "holds office", role, nationality=country)

    def _read_appositive_a(self, here: _RoleSentence, pattern: re.Pattern) -> None:
        sent, s, name_at = here.sent, here.text, here.name_at
        for m in pattern.finditer(s):
            if who := (self.ctx.last_person if m["name"] is None else name_at(m)):
                self.add_role(
                    sent,
                    m.start(),
                    m.end("role"),
                    who,
                    "held office" if m["former"] else "holds office",
                    " ".join(m["role"].split()),
                    nationality=m["nat"],
                )

    def _read_predicate_as(self, here: _RoleSentence, pattern: re.Pattern) -> None:
        sent, s, name_at = here.sent, here.text, here.name_at
        for m in pattern.finditer(s):
            if who := name_at(m):
                past = m["verb"] in PAST_VERBS or m["adv"] in {"previously", "formerly"}
                self.add_role(
                    sent,
                    m.start("name"),
                    m.end("role"),
                    who,
                    "held office" if past else "holds office",
                    _tidy_role(m["role"]),
                )

    def _read_predicate_heads(self, here: _RoleSentence, pattern: re.Pattern) -> None:
        sent, s, name_at = here.sent, here.text, here.name_at
        for m in pattern.finditer(s):
            if who := name_at(m):
                org = _org(m["org"])
                relation = "holds office" if m["verb"].endswith("s") else "held office"
                self.add_role(sent, m.start(), m.end("org"), who, relation, f"head of {org}")

    def _read_described_role(self, here: _RoleSentence, pattern: re.Pattern) -> None:
        sent, s = here.sent, here.text
        for m in pattern.finditer(s):  # "..., the former Dutch prime minister said ..."
            if self.person_before:
                relation = "held office" if m["former"] else "holds office"
                role = " ".join(m["role"].split())
                self.add_role(sent, m.start(), m.end("role"), self.person_before, relation, role, nationality=m["nat"])

    def _read_took_over_from(self, here: _RoleSentence, pattern: re.Pattern) -> None:
        sent, s, name_at = here.sent, here.text, here.name_at
        for m in pattern.finditer(s):  # "Rutte, who took over from Jens Stoltenberg": his office, before him
            successor = self.main_subject(sent, m.start()) or self.nearest_person_before(sent, m.start())
            office = next(
                (
                    c
                    for c in reversed(self.claims)
                    if c.kind == "role" and c.subject == successor and c.relation == "holds office"
                ),
                None,
            )
            if office and (who := name_at(m)) and who != successor:
                self.add_role(sent, m.start("verb"), m.end(), who, "held office", office.value or "")

    def _read_succeeding(self, here: _RoleSentence, pattern: re.Pattern) -> None:
        sent, s, first_claim, name_at = here.sent, here.text, here.first_claim, here.name_at
        for m in pattern.finditer(s):  # "took command of X, succeeding Gen. Paul LaCamera"
            office = next(
                (
                    c
                    for c in self.claims[first_claim:]
                    if c.kind == "role" and c.relation != "rank" and c.span[1] - sent.start <= m.start()
                ),
                None,
            )
            if office and (who := name_at(m)) and who != office.subject:
                self.add_role(sent, m.start("verb"), m.end(), who, "held office", office.value or "")
                if m["rank"]:
                    self.add_rank(sent, m.start("rank"), m.end(), who, m["rank"], None)

    def read_already(self, sent: Sentence, m: re.Match, role: str, first_claim: int) -> bool:
        """True when a specific pattern has read this role phrase: a role claim of the sentence that
        lies inside the phrase's match, or overlaps it and says much the same."""
        start, end = sent.start + m.start(), sent.start + m.end()
        role_start, role_end = sent.start + m.start("role"), sent.start + m.end("role")
        return any(
            c.kind == "role"
            and c.relation != "rank"
            and c.span[0] < role_end
            and role_start < c.span[1]
            and ((start <= c.span[0] and c.span[1] <= end) or aliases.similar_roles(role, c.value or "", threshold=60))
            for c in self.claims[first_claim:]
        )

    def _read_general(self, here: _RoleSentence, pattern: re.Pattern) -> None:
        """Role phrases in shapes no specific pattern lists, where no specific pattern has spoken."""
        sent, first_claim, name_at = here.sent, here.first_claim, here.name_at
        groups = pattern.groupindex
        found = p.appositives(here.text, self.plan) if pattern is p.GENERAL_APPOSITIVE else pattern.finditer(here.text)
        for m in found:
            owner = re.sub(r"^[Tt]he ", "", m["owner"] or "") if "owner" in groups else ""
            country = owner if aliases.country_of(owner) else None
            role = re.sub(r"(?<=[a-z]{2})\.$", "", " ".join(m["role"].split()))
            if "nat" in groups and m["nat"]:  # "Danish climate minister": the nationality is its own field
                country, role = m["nat"], role[len(m["nat"]) :].strip()
            if owner and not country:  # "the bank's chief economist" -> "chief economist of the bank"
                role = f"{role} of the {owner}" if owner[0].islower() else f"{role} of {owner}"
            if "its" in groups and m["its"] and m["its"].lower() == "its":  # "Its chief executive, Mike Bullock,"
                body = _last_body(self.text_before(sent.start + m.start()))
                if not body:
                    continue
                role = f"{role} of the {body}"
            if role.lower() in _BARE_HEADS and not owner:  # "Sen. Roger Wicker, R-Miss., the chairman,"
                body = _last_body(self.text_before(sent.start + m.start()))
                role = f"{role} of the {body}" if body else role
            if self.read_already(sent, m, role, first_claim) or not (who := name_at(m)):
                continue
            roles = _split_roles(role)
            tenure = (m["former"] or "").strip() if "former" in groups else ""
            past = bool(tenure and tenure not in {"incoming", "acting", "interim"}) or (
                "when" in groups and m["when"] in {"then", "formerly", "previously"}
            )
            if "verb" in groups:
                past = past or m["verb"] in {"was", "had been", "remained"}
            relation = "held office" if past else "holds office"
            end = max(m.end("role"), m.end("name"))
            for one in roles:
                self.add_role(sent, m.start(), end, who, relation, one, nationality=country)
            if "rank" in groups and m["rank"]:
                self.add_rank(sent, m.start(), m.end("name"), who, m["rank"], None)
            if "other" in groups and (predecessor := self.person(m["other"])):
                self.add_role(sent, m.start("other"), end, predecessor, "held office", role)
                if m["other_rank"]:
                    self.add_rank(sent, m.start("other_rank"), m.end("other"), predecessor, m["other_rank"], None)

    # -- numbers ---------------------------------------------------------------------------------
    def durations(self, sent: Sentence, taken: list[tuple[int, int]]) -> None:
        scan = self.scan
        if p.holds_a_number(self.plan):  # these lengths are all written with a number
            self.numbered_durations(sent, taken)
        for m in scan(p.DURATION_OF):  # "nearly five hours of debate", "a decade of increases"
            number = 10.0 if m["decade"] else aliases.parse_number(m["num"])
            unit = "years" if m["decade"] else m["unit"].lower()
            if number is None or _inside(m.start(), taken):
                continue
            taken.append((m.start(), m.end()))
            self.add_duration(sent, m, m["subject"].lower(), "lasted", number, unit, value=f"{number:g} {unit}")
        for m in scan(p.DURATION_OPENING):  # "For 34 years, Ian Duff kept the light burning"
            first = p.NAME_RE.search(sent.text, m.end())
            who = (self.person(first[0]) if first and first.start() == m.end() else None) or _subject_before(
                sent.text[m.end() :], len(sent.text) - m.end()
            )
            if who:
                taken.append((m.start(), m.end()))
                self.add_duration(sent, m, who, "for", aliases.parse_number(m["num"]), m["unit"])
        for m in scan(p.DEADLINE):  # "the Constitutional Court, which has 180 days to rule"
            runs = [r[0].removeprefix("the ").strip() for r in p.CAPITAL_RUN.finditer(sent.text[: m.start()])]
            body = next((r for r in reversed(runs) if len(r.split()) >= 2), None)
            if body and not _inside(m.start(), taken):
                taken.append((m.start(), m.end()))
                self.add_duration(sent, m, body, "has", aliases.parse_number(m["num"]), m["unit"])
        for m in scan(p.DURATION_FOR):  # "has worked on it for more than a decade"
            if _inside(m.start("span"), taken):
                continue  # inside a quotation (the quote is the claim) or read already ("the war has lasted for")
            reported = _REPORTED_SUBJECT.search(sent.text, 0, m.start("span"))  # "Braun said the man had flown ..."
            who = (
                (reported["np"] if reported else None)
                or self.main_subject(sent, m.start())
                or self.nearest_person_before(sent, m.start())
                or self.pronoun_subject(sent)
                or _subject_before(sent.text, m.start())
            )
            years = _DECADES.get(m["span"])
            number = years or aliases.parse_number(m["num"] or "")
            if who and number:
                unit = "years" if years else m["unit"]
                self.add_duration(sent, m, who, "for", number, unit, value=f"{number:g} {unit}")

    def numbered_durations(self, sent: Sentence, taken: list[tuple[int, int]]) -> None:
        scan = self.scan
        for pattern in (p.DURATION, p.DURATION_ADJ):
            for m in scan(pattern):
                war = re.search(r"\b(?:war|conflict|invasion|fighting|occupation)\b", m["subject"], re.I)
                event = self.conflict if war else None  # "a three-day state visit" is no war
                taken.append((m.start("num"), m.end("unit")))
                unit = m["unit"].lower().rstrip("s") + "s"
                subject = event or " ".join(m["subject"].split())
                relation = "has lasted" if war else "lasts"
                self.add_duration(sent, m, subject, relation, aliases.parse_number(m["num"]), unit, context=event)
        for m in scan(p.DURATION_LAST):  # "the deployment would last nine months"
            if _inside(m.start("num"), taken):
                continue  # "the war has lasted three years" is DURATION's
            taken.append((m.start("num"), m.end("unit")))
            subject = re.sub(r"^(?:the|a|an|its|their)\s+", "", m["subject"] or "", flags=re.I)
            subject = subject or _subject_before(sent.text, m.start()) or "unnamed"  # "Construction ... took 12 years"
            self.add_duration(sent, m, subject, "lasts", aliases.parse_number(m["num"]), m["unit"].lower())
        for m in scan(p.DURATION_SENTENCE):
            who = (
                self.nearest_person_before(sent, m.start())
                or _subject_before(sent.text, m.start())
                or (self.ctx.last_person or "unnamed")
            )
            taken.append((m.start("num"), m.end("unit")))
            self.add_duration(sent, m, who, "sentence", aliases.parse_number(m["num"]), m["unit"])
        for m in scan(p.TERM_LENGTH):
            if self.ctx.last_person:
                taken.append((m.start("num"), m.end("unit")))
                self.add_duration(sent, m, self.ctx.last_person, "term length", aliases.parse_number(m["num"]), "years")
        for m in scan(p.DURATION_SERVICE):
            who = self.nearest_person_before(sent, m.start()) or self.ctx.last_person
            if who:
                taken.append((m.start("num"), m.end("unit")))
                relation = f"served ({m['what'].lower()})"
                self.add_duration(sent, m, who, relation, aliases.parse_number(m["num"]), "years")

    def pronoun_subject(self, sent: Sentence) -> str | None:
        """Whom a sentence that opens with "He" or "She" is about: the person named before it."""
        return self.person_before if _OPENING_PRONOUN.match(sent.text) else None

    def main_subject(self, sent: Sentence, pos: int) -> str | None:
        """'Rutte, who took over from Jens Stoltenberg in 2024, led ...': a sentence that opens with a
        name and an appositive or relative clause closed before `pos` has that name as its subject."""
        opening = _NAME_THEN_ASIDE.match(sent.text)
        if not opening or opening.end() > pos:
            return None
        return self.person(opening["name"])

    def nearest_person_before(self, sent: Sentence, pos: int) -> str | None:
        found = None
        for m in p.NAME_RE.finditer(sent.text[:pos]):
            who = self.person(m[0])
            if who and len(who.split()) >= 2:
                found = who
        return found

    def text_before(self, pos: int, window: int = 1500) -> str:
        """The article text just before `pos`: what "the chairman" or "its" can point back to."""
        return self.article.text[max(0, pos - window) : pos]

    @functools.cached_property
    def conflict(self) -> str | None:
        """The named conflict the article is about ('the war' -> 'war in Ukraine'), found once."""
        m = re.search(
            r"\b(?:war|conflict|invasion|fighting)\s+(?:in|of|on)\s+(?P<place>[A-Z]\w+)"
            r"|\bin\s+(?P<where>[A-Z]\w+)\s+since\s+(?:the\s+)?(?:war|conflict|invasion|fighting)\b",
            self.article.text,
        )
        if m:
            return f"war in {m['place'] or m['where']}"
        m = re.search(r"\b(?:Russo-Ukrainian|Russian invasion of Ukraine)\b", self.article.text)
        return m.group(0) if m else None

    def quantity_context(self, sent: Sentence, pos: int, concept: str | None) -> str | None:
        """What a count is about: the alliance for member-state counts, else the nearest country or
        organisation named before it, else the article's organisation."""
        if concept == "member states" and self.ctx.organisations:
            return self.ctx.organisations[0]
        for m in reversed(list(p.CAPITAL_RUN.finditer(sent.text[:pos]))):
            run = m[0].removeprefix("the ").strip()
            if (
                aliases.country_of(run)
                or run in aliases.ORGANISATION_ALIASES
                or re.search(r"Command|Ministry|Council|Committee|EUCOM|AFRICOM", run)
            ):
                return run
        return self.ctx.organisations[0] if self.ctx.organisations else None

    def quantities(self, sent: Sentence, taken: list[tuple[int, int]]) -> None:
        scan = self.scan
        if not p.holds_a_number(self.plan):
            return  # every count, amount and share has a digit or a number word

        def free(m: re.Match) -> bool:
            return not _inside(m.start("num"), taken)

        for m in scan(p.PERCENT):
            number = aliases.parse_number(m["num"])
            if number is None or not free(m):
                continue
            taken.append((m.start("num"), m.end()))
            of = " ".join((m["of"] or "").split())
            context = self.quantity_context(sent, m.start(), None)
            value = f"{m['num']}%" + (f" of {of}" if of else "")
            self.add_quantity(sent, m, context or of or "percent", "share", value, number, "percent", context)
        for m in scan(p.CURRENCY):
            scale = m["scale"] or _SHORT_SCALES.get(m["short"] or "")
            number = aliases.parse_number(m["num"] + (f" {scale.lower()}" if scale else ""))
            if number is not None and free(m):
                taken.append((m.start("num"), m.end()))
                context = self.quantity_context(sent, m.start(), None)
                unit = {"$": "USD", "€": "EUR", "£": "GBP"}.get(m["cur"], m["cur"].strip())  # or its ISO code
                self.add_quantity(sent, m, context or "amount", "amount", m[0], number, unit, context)
        for m in scan(p.HYPHEN_MEASURE):
            number = aliases.parse_number(m["num"].replace(",", "") + (f" {m['scale']}" if m["scale"] else ""))
            if number is not None and free(m):
                taken.append((m.start("num"), m.end()))
                context = self.quantity_context(sent, m.start(), None)
                value, unit = f"{m['num']} {m['unit']}", m["unit"].lower()
                self.add_quantity(sent, m, context or m["unit"], "measure", value, number, unit, context)
        for m in scan(p.ORDINAL_MEMBER):
            if free(m):
                taken.append((m.start("num"), m.end()))
                context = self.quantity_context(sent, m.start(), "member states")
                self.add_quantity(sent, m, context or "members", "ordinal", m[0], float(m["num"]), m["noun"], context)
        for m in scan(p.CASUALTIES):
            number = aliases.parse_number(m["num"])
            if number is not None and free(m):
                taken.append((m.start("num"), m.end()))
                unit = {"killing": "killed", "injuring": "injured", "wounding": "wounded"}[m["verb"]]
                context = self.quantity_context(sent, m.start(), None)
                self.add_quantity(sent, m, context or unit, "count", m["num"], number, unit)
        for m in scan(p.HYPHEN_COUNT):
            number = aliases.parse_number(m["num"])
            if number is not None and free(m):
                taken.append((m.start("num"), m.end()))
                context = self.quantity_context(sent, m.start(), "member states")
                unit = f"{m['noun']}s"
                self.add_quantity(sent, m, context or m["noun"], "count", str(int(number)), number, unit, context)
        for m in scan(p.PART_OF):  # "24 of the 27 member states": 24 member states
            number = aliases.parse_number(m["num"])
            if number is not None and number > 1 and free(m):  # "one of the two members" is an idiom
                taken.append((m.start("num"), m.end("num")))
                noun = m["noun"].lower()
                context = self.quantity_context(sent, m.start(), aliases.counted_concept(noun))
                self.add_quantity(sent, m, context or noun, "count", m["num"], number, noun)
        for m in scan(p.QUANTITY):
            raw = m["num"]
            if not free(m) or m["pct"] or re.fullmatch(r"(1[89]|20)\d\d", raw):
                continue
            if (
                _ANAPHORIC_COUNT.search(sent.text, max(0, m.start() - 4), m.start())
                and not raw[0].isdigit()
                and not _RESTRICTED.match(sent.text, m.end())
            ):
                continue  # "the two leaders" points back at people already named; it states no count
            noun = m["noun"].lower()
            words = noun.split()
            if noun in {"of them", "of whom"}:  # "3.5 million of them": what the last count counted
                noun = self.last_counted_unit() or noun
            elif words[-1] in p.TIME_UNITS or words[0] in {"of", "and", "or", "to", "in", "per", "percent"}:
                continue
            number = aliases.parse_number(raw + (f" {m['scale']}" if m["scale"] else ""))
            if number is None:
                continue
            context = self.quantity_context(sent, m.start(), aliases.counted_concept(noun))
            value = str(int(number) if number.is_integer() else number)
            self.add_quantity(sent, m, context or noun, "count", value, number, noun, context)

        for m in _AND_MORE_IN.finditer(sent.text):  # "610 people were killed in Iran and 28 in Israel"
            counted = [
                c
                for c in self.claims[self.first_claim :]
                if c.kind == "quantity" and c.unit and c.span[1] <= sent.start + m.start()
            ]
            number = aliases.parse_number(m["num"])
            if counted and number is not None and free(m):
                taken.append((m.start("num"), m.end("num")))
                unit = counted[-1].unit
                where = m["place"] or m["side"]
                self.add_quantity(sent, m, where, "count", m["num"], number, unit, start=m.start("num"))
        for m in scan(p.GROUP_OF):  # "His crew of 38"
            number = aliases.parse_number(m["num"])
            if number is not None and free(m):
                taken.append((m.start("num"), m.end("num")))
                self.add_quantity(sent, m, m["noun"], "count", m["num"], number, m["noun"])
        for m in scan(p.RATE_COUNT):  # "plans to buy 4.5 million this year"
            number = aliases.parse_number(m["num"] + (f" {m['scale']}" if m["scale"] else ""))
            unit = self.last_counted_unit()
            if number is None or unit is None or not free(m) or unit in {"USD", "EUR", "GBP", "percent"}:
                continue
            taken.append((m.start("num"), m.end()))
            self.add_quantity(sent, m, unit, "count", m["num"], number, unit)

    # -- dates, quotes, meetings -------------------------------------------------------------------
    def date_is_taken(self, sent: Sentence, m: re.Match) -> bool:
        """One event per date mention: 'chaired since January 2025 by ...' has its date claim already."""
        start, end = sent.start + m.start("date"), sent.start + m.end("date")
        return any(c.kind == "date" and c.span[0] < end and start < c.span[1] for c in self.claims[self.first_claim :])

    def dates(self, sent: Sentence, names: list[tuple[int, int, str]]) -> None:
        """A dated event: who did what on which day ('took office on 17 January 2025')."""
        scan = self.scan
        for m in scan(p.DATE_EVENT):
            while (closer := p.DATE_EVENT.search(sent.text, m.end("verb"), m.end())) and closer.end() == m.end():
                m = closer  # "who led X ..., handed over command on July 1": the verb nearest the date
            if self.date_is_taken(sent, m):
                continue  # this date is already tied to an event ("chaired since January 2025 by ...")
            before = [who for start, _, who in names if start < m.start("verb")]
            subject = before[0] if before else None
            if subject is None and _OPENING_PERSON_OR_DESCRIBED.match(sent.text):
                subject = self.ctx.last_person  # "He", "The minister": the person just named
            if subject is None:
                runs = [r[0].removeprefix("the ").strip() for r in p.CAPITAL_RUN.finditer(sent.text[: m.start("verb")])]
                subject = next(
                    (
                        r
                        for r in runs
                        if len(r.split()) >= 2 or aliases.country_of(r) or r in aliases.ORGANISATION_ALIASES
                    ),
                    None,
                )
            if subject is None:  # "The study, published on ...": the thing the sentence is about
                opener = _THE_NOUN_PHRASE.match(sent.text)
                subject = opener["np"].lower() if opener else None
            subject = subject or _subject_before(sent.text, m.start("verb"))
            if subject:
                self.add(sent, m.start(), m.end(), "date", subject, m["verb"], m["date"])
                end = p.DATE_RANGE_END.match(sent.text, m.end())
                if end:  # "served ... from November 2023 until February 2025"
                    self.add(sent, m.start(), end.end(), "date", subject, f"{m['verb']} until", end["date"])

        for m in scan(p.DATE_FIRST):
            if self.date_is_taken(sent, m):
                continue
            named = [who for start, _, who in names if m.start("who") <= start < m.start("verb")]
            opener = re.match(r"(?P<np>(?:the|The)\s+[a-z]+(?:\s+[a-z]+)?)\b", m["who"])
            run = p.CAPITAL_RUN.match(m["who"])
            subject = (
                named[0]
                if named
                else self.ctx.last_person
                if re.fullmatch(r"(?:he|she|He|She)", m["who"])
                else run[0].removeprefix("the ").strip()
                if run
                else opener["np"].lower()
                if opener
                else _subject_before(m["who"], len(m["who"]))  # "Since April 1969, at least one submarine has been"
            )
            if subject:
                self.add(sent, m.start(), m.end(), "date", subject, " ".join(m["verb"].split()), m["date"])

    def quotes(self, sent: Sentence) -> list[tuple[int, int]]:
        spans: list[tuple[int, int]] = []
        if not _QUOTE_MARK.search(sent.text):
            return spans  # an apostrophe ("Germany's") is no quotation mark
        for m in p.QUOTE.finditer(sent.text):
            spans.append((m.start(), m.end()))
            quote = (m["q1"] or m["q2"] or m["q3"] or m["q4"]).strip().rstrip(",.")
            if len(quote.split()) < 2:
                continue
            speaker = self.quote_speaker(sent, m)
            self.ctx.last_speaker = speaker if speaker != "unattributed" else self.ctx.last_speaker
            self.add(sent, m.start(), m.end(), "quote", speaker, "said", quote)
        return spans

    def quote_speaker(self, sent: Sentence, m: re.Match) -> str:
        after = sent.text[m.end() :]
        found = p.QUOTE_SPEAKER_AFTER.match(after) or p.QUOTE_SAID_AFTER.match(after)
        if found:
            who = found["speaker"]
            if who.lower() in {"he", "she"} or ("described" in found.re.groupindex and found["described"]):
                return self.ctx.last_speaker or self.ctx.last_person or "unattributed"
            return self.ctx.resolve(who)
        introduced = p.QUOTE_INTRODUCED.search(sent.text, 0, m.start())
        if introduced:  # 'Kubilius, a former prime minister of Lithuania, said: "…"': the sentence's subject
            who = self.person(introduced["speaker"])
            if who:
                return who
        before = (
            next(reversed(list(p.QUOTE_SPEAKER_BEFORE.finditer(sent.text[: m.start()]))), None)
            if p.wakes(self.plan, p.QUOTE_SPEAKER_BEFORE)
            else None
        )
        if before:
            speaker = " ".join(before["speaker"].split()).removeprefix("The ").removeprefix("the ")
            if speaker in {"He", "She", "he", "she"}:
                return self.ctx.last_speaker or self.ctx.last_person or "unattributed"
            return self.ctx.resolve(speaker) if speaker[:1].isupper() and " " not in speaker else speaker
        if m.start() <= 1 and self.ctx.last_speaker:
            return self.ctx.last_speaker  # a quote that opens the sentence continues the last speaker
        return "unattributed"

    def meetings(self, sent: Sentence, names: list[tuple[int, int, str]]) -> None:
        scan = self.scan
        for m in scan(p.MEETING_VERB):
            before = [n for n in names if n[1] <= m.start()]
            if not before and (who := self.pronoun_subject(sent)):
                before = [(0, 0, who)]  # "He said he had spoken with ..."
            after = [n for n in names if n[0] >= m.end() and n[0] - m.end() < 60]
            if not before or not after:
                continue
            a, met = before[-1], after[:1]
            for n in after[1:]:  # "met President Volodymyr Zelenskyy and Defence Minister Denys Shmyhal"
                if not _JOINED_NAMES.fullmatch(sent.text[met[-1][1] : n[0]]):
                    break
                met.append(n)
            for b in met:
                if a[2] == b[2]:
                    continue
                place = re.match(r"\s+in\s+(?P<place>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)*)", sent.text[b[1] :])
                value = b[2] + (f" in {place['place']}" if place else "")
                end = b[1] + (place.end() if place else 0)
                self.add(sent, a[0], end, "relation", a[2], m["verb"], value)


# The role patterns in the order they read a sentence: a phrase one of them has read is not read
# again by a later one, so the specific patterns come first, the general ones near the end.
_ROLE_READERS: list[tuple[re.Pattern, Callable[[_Extractor, _RoleSentence, re.Pattern], None]]] = [
    (p.PRENOMINAL_OF, _Extractor._read_prenominal),
    (p.PRENOMINAL, _Extractor._read_prenominal),
    (p.ABBREVIATED_TITLE, _Extractor._read_abbreviated_title),
    (p.LOWER_TITLE, _Extractor._read_lower_title),
    (p.OBJECT_AS, _Extractor._read_object_as),
    (p.TOOK_COMMAND, _Extractor._read_took_command),
    (p.APPOSITIVE_ITS, _Extractor._read_appositive_its),
    (p.APPOSITIVE_BARE, _Extractor._read_appositive_bare),
    (p.APPOSITIVE_TITLE, _Extractor._read_appositive_title),
    (p.RANK_ONLY, _Extractor._read_rank_only),
    (p.APPOSITIVE_WHO, _Extractor._read_appositive_who),
    (p.APPOSITIVE_WHO_LED, _Extractor._read_appositive_who_led),
    (p.APPOSITIVE_WHO_IS, _Extractor._read_appositive_who_is),
    (p.HELD_THE_POST, _Extractor._read_held_the_post),
    (p.INVERTED_COPULA, _Extractor._read_inverted_copula),
    (p.PASSIVE_HEAD, _Extractor._read_passive_head),
    (p.COPULA_TITLE, _Extractor._read_copula_title),
    (p.AS_TITLE, _Extractor._read_as_title),
    (p.REVERSE_APPOSITIVE, _Extractor._read_reverse_appositive),
    (p.APPOSITIVE_NP, _Extractor._read_appositive_np),
    (p.APPOSITIVE_A, _Extractor._read_appositive_a),
    (p.PREDICATE_AS, _Extractor._read_predicate_as),
    (p.PREDICATE_HEADS, _Extractor._read_predicate_heads),
    *((pattern, _Extractor._read_general) for pattern in p.GENERAL_ROLE_PATTERNS),
    (p.DESCRIBED_ROLE, _Extractor._read_described_role),
    (p.TOOK_OVER_FROM, _Extractor._read_took_over_from),
    (p.SUCCEEDING, _Extractor._read_succeeding),
]
_ROLE_POSITION = {id(pattern): position for position, (pattern, _) in enumerate(_ROLE_READERS)}


def extract_claims(article: Article) -> list[Claim]:
    """All checkable claims of `article`, in reading order, one per fact.

    The specialised kinds (role, quantity, duration, date, quote, relation) come first; the parse
    then adds a `clause` claim for every checkable clause they leave uncovered.
    """
    claims = _Extractor(article).run()
    return sorted(claims + clause_claims(article, claims), key=lambda c: c.span)
