"""Titles before names, read with the parse: "Supreme Allied Commander Europe Gen. Christopher Cavoli",
"Apple CEO Tim Cook", "FIFA vice-president Victor Montagliani", "Joint Chiefs of Staff Vice Chairman
Adm. Christopher Grady".

The recogniser gives the person's exact extent (so a rank abbreviation's full stop never ends the
name); the words right before it that read as a title (capitalised words, "of", a rank, a job title
from the lexicons) are split into the rank (ranks lexicon) and the office, and an office written
organisation first ("FIFA vice-president", "Joint Chiefs of Staff Vice Chairman") is also given in
the "<title> of <organisation>" form the office pages use, its Vice / Deputy / Acting kept.

Roles stated elsewhere in a clause are read off the dependency parse too (`roles_in_clauses`):
appositives ("Starmer, a former director of public prosecutions", "its rector, Olivier
Ribadeau-Dumas"), predicates ("will remain CEO of Activision Blizzard", "rose to senior
vice-president", "resigns as ... and as a vice-president of UEFA", "directs the Penn Institute"),
and the inverted "The Chairperson of X is Y"; a pronoun or "who" stands for the person the text was
about, "its" for the organisation named before. `quote_speakers` gives a quotation the subject of
the verb it hangs on, resolved the same way. Every word list lives in the titles lexicon.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import math
import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from verify import aliases, lexicons, offices
from verify.nlp import Parsed, first_conjunct
from verify.nlp.reference import References, office_opening, post_nominal

if TYPE_CHECKING:  # pragma: no cover - typing only
    from spacy.tokens import Span, Token

__all__ = [
    "Title",
    "describing",
    "quote_speakers",
    "quoted",
    "roles_in_clauses",
    "tells_its_time",
    "titles_before_names",
]


_PAST = frozenset({"former", "ex", "late"})
_PLACES = frozenset({"GPE", "LOC", "DATE"})  # "its" points back to no place
_FIRST_WORD = re.compile(r"\w+")


@functools.cache
def _past_or_coming() -> frozenset[str]:
    """The words that give a title's holding its own time, ended or still to come ('former', 'ex', 'late',
    'outgoing', 'incoming', 'designate', 'elect': titles.toml `past_or_coming`; `_PAST` are its ended ones)."""
    return frozenset(lexicons.load("titles")["past_or_coming"])


def tells_its_time(title: str) -> bool:
    """Whether `title` opens with a word that gives its holding its own time ('former governor of South Carolina',
    'ex-President', 'outgoing chair'): a title written so keeps that time, whatever its sentence's."""
    first = _FIRST_WORD.match(title)
    return first is not None and first.group(0).lower() in _past_or_coming()


@dataclass(frozen=True)
class Title:
    """A person and the title written right before their name; spans index the article."""

    person: str
    person_span: tuple[int, int]
    span: tuple[int, int]  # the whole title and name
    office: str | None  # as written, without the rank
    office_of: str | None  # "<title> of <organisation>" when written organisation first
    rank: str | None
    past: bool = False  # "former", "ex-", "resigns as": an office held before
    office_span: tuple[int, int] | None = None  # where the office stands, when apart from the name
    said_from: int | None = None  # where the words giving a listed name its title start ("Former ... X and Y": Y's)


@functools.cache
def _words_of_posts() -> frozenset[str]:
    """Words that may open a title and say which post it is, or how and when it is held: the lexicons' title words
    and their modifiers, ranks, portfolios, stopgap, status and other-post words ('Shadow', 'Acting', 'Deputy')."""
    titles, judging = lexicons.load("titles"), lexicons.load("judging")
    words = [*titles["modifiers"], *titles["ranks_before_an_office"], *titles["past_or_coming"]]
    words += titles["kept_before_a_post"]
    words += _portfolio_words()
    words += [*judging["clause"]["stopgap"], *judging["role"]["status_now"], *judging["role"]["status_then"]]
    words += judging["offices"]["other_post_words"]
    return frozenset(w.lower() for w in words)


@functools.cache
def _portfolio_words() -> frozenset[str]:
    return frozenset(w for p in lexicons.load("offices")["portfolios"] for w in p["words"])


@functools.cache
def _whole_posts() -> frozenset[str]:
    """Titles that name a government's post whole ('prime minister', 'vice president'): a word before one that
    names no body, place or post adds nothing to which post it is ('Veteran Prime Minister')."""
    return frozenset(t for t in lexicons.load("offices")["titled_by_country"] if " " in t)


def describing(office_words: list[Token] | Span) -> int:
    """How many words open the title that describe its holder, not the post ('Conservative', 'popular', 'Embattled',
    'Veteran'): words before a whole post or a portfolio's minister ('Prime Minister', 'Finance Minister'), perhaps
    with a demonym between ('Embattled Estonian Prime Minister'), that name no place, body, rank or post. Before
    any other title a word may make the post ('special counsel', 'running mate'), so it stays."""
    title_words, _, ranks = _words()
    kept, org_words = _words_of_posts(), _role_lexicon().org_words
    portfolios = _portfolio_words()
    cut = 0
    office_words = list(office_words)
    for k, token in enumerate(office_words[:-1]):
        rest = [t.lower_ for t in office_words[k + 1 :]]
        named = (
            token.lower_ in kept
            or token.lower_ in org_words
            or token.lower_ in ranks
            or _is_title_word(token.text, title_words)
            or token.ent_type_ in {"ORG", "GPE", "LOC", "FAC"}
            or token.is_upper
            or not token.is_alpha
            or aliases.country_of(token.text) is not None
            or f"{token.lower_} {rest[0]}" in title_words  # 'prime' of 'prime minister'
        )
        while len(rest) > 1 and aliases.country_of(rest[0]):
            rest = rest[1:]  # 'Estonian' of 'Embattled Estonian Prime Minister' says whose post
        whole = " ".join(rest) in _whole_posts() or (
            len(rest) == 2 and rest[0] in portfolios and rest[1] in {"minister", "secretary"}
        )
        if named or not whole:
            break
        cut = k + 1
    return cut


@functools.cache
def _styles_after_a_post() -> frozenset[str]:
    return frozenset(lexicons.load("names")["styles_after_a_post"])


@functools.cache
def _words() -> tuple[frozenset[str], frozenset[str], dict[str, str]]:
    titles = lexicons.load("titles")
    heads = {h.lower() for h in lexicons.load("offices")["heads"]}
    title_words = frozenset(titles["titles"]) | heads
    modifiers = frozenset(titles["modifiers"])
    ranks = {form.lower(): rank["name"] for rank in lexicons.load("ranks")["rank"] for form in rank["forms"]}
    return title_words, modifiers, ranks


def _is_title_word(word: str, title_words: frozenset[str]) -> bool:
    lower = word.lower()
    last = lower.split("-")[-1]
    return lower in title_words or last in title_words or (last.endswith("s") and last[:-1] in title_words)


def _singular(office: str, title_words: frozenset[str]) -> str:
    """ "Justices" before a list of names is each one's "Justice"."""
    head, _, last = office.rpartition(" ")
    if last.lower() not in title_words and last.endswith("s") and last[:-1].lower() in title_words:
        return f"{head} {last[:-1]}".strip()
    return office


def _each_holds(parsed: Parsed, title: Title) -> Title:
    """A plural title shared by several names, as each one holds it: "prime ministers" -> "prime minister", its
    words with their "former" ("both former prime ministers": held before, and not now)."""

    def each(office: str | None) -> str | None:
        if not office:
            return office
        head, of, body = office.partition(" of ")  # "ministers of Norby": the title before its body
        return _singular(_one_place_each(head, first), _words()[0]) + of + body

    # the name right after the title is the first listed ('prime ministers Ana Ruiz and Jon Dahl': Ana Ruiz); one
    # before it ('Jon Dahl and Ana Ruiz, the Latvian and Estonian prime ministers') is not told apart from the others
    between = parsed.text[title.span[0] : title.person_span[0]].rstrip()
    first = title.span[0] < title.person_span[0] and not between.endswith((",", " and"))

    said_from = _former_from(parsed, title)
    return replace(title, office=each(title.office), office_of=each(title.office_of), said_from=said_from)


# two or more capitalised words joined by 'and' opening a title: 'Norbian and Korvian prime ministers', 'French,
# German and Italian leaders'
_SEVERAL_BEFORE = re.compile(r"(?P<words>(?:[A-Z][\w'’-]*,?\s+)+and\s+[A-Z][\w'’-]*)\s+(?=\S)")


def _one_place_each(head: str, first: bool) -> str:
    """A plural title opened by several countries' words, one for each name in turn ('Estonian and Latvian prime
    ministers Ana Ruiz and Jon Dahl'), as the name `first` listed holds it ('Estonian prime ministers'); without them
    as any other name holds it (a later one, or one before the title: which is its own is not read), or where the
    first is a place's adjective the lexicon does not know ('Norbian and Korvian prime ministers': 'prime
    ministers', as 'Norbian prime minister Ana Ruiz' is read)."""
    found = _SEVERAL_BEFORE.match(head)
    places = re.findall(r"[A-Z][\w'’-]*", found["words"]) if found else []
    if not places or not all(offices.place_word(w) for w in places):
        return head
    kept = head[found.end() :]  # type: ignore[union-attr]
    return f"{places[0]} {kept}" if first and aliases.country_of(places[0]) else kept


def _nth_place(written: str, listed: list[Token], name: Token) -> str | None:
    """A later name's title where several places open the plural title: the place of its turn when there are as many
    places as names and the lexicon knows it ('Estonian and Latvian prime ministers Ana Ruiz and Jon Dahl': Jon Dahl
    is the Latvian prime minister), else the title without them (`_one_place_each`). None for a title opened by no
    places."""
    kept = _one_place_each(written, False)
    if kept == written:
        return None
    places = re.findall(r"[A-Z][\w'’-]*", written[: len(written) - len(kept)])
    turn = sorted(t.i for t in listed).index(name.i) if name in listed else -1
    if len(places) == len(listed) and turn >= 0 and aliases.country_of(places[turn]):
        return f"{places[turn]} {kept}"
    return kept


def _former_from(parsed: Parsed, title: Title) -> int | None:
    """Where the "former" (or "ex-", "late") written right before a past title starts; None for a title held now."""
    if not title.past:
        return None
    first = parsed.doc.char_span(title.span[0], title.span[0] + 1, alignment_mode="expand")
    i = first.start if first is not None else 0
    while i > 0 and (parsed.doc[i - 1].lower_ in _PAST or parsed.doc[i - 1].text == "-"):
        i -= 1
    return parsed.doc[i].idx if first is not None and i < first.start else None


def _listed_after(parsed: Parsed, titles: list[Title]) -> list[Title]:
    """Names listed after a plural title ("Justices Clarence Thomas, Samuel Alito and Neil Gorsuch"):
    each named person holds the title."""
    title_words = _words()[0]
    by_root = {}
    for title in titles:
        span = parsed.doc.char_span(*title.person_span, alignment_mode="expand")
        written = parsed.text[title.span[0] : title.person_span[0]].strip()
        if span is not None and title.office and _singular(written, title_words) != written:
            by_root[span.root.i] = title
    found = []
    people = [e for e in parsed.entities if e.label_ == "PERSON"]
    # a listed name the recogniser missed, joined to a titled one ("... Lena Vos and Ana Ruiz")
    people += [run for run in _unlabelled_names(parsed) if run.root.dep_ == "conj"]
    for ent in people:
        first = first_conjunct(ent.root)
        title = by_root.get(first.i)
        if title is not None and first.i != ent.root.i:
            office = _singular(title.office or "", title_words)
            written = parsed.text[title.span[0] : title.person_span[0]].strip()
            if (placed := _nth_place(written, [first, *first.conjuncts], ent.root)) is not None:
                office = _singular(placed, title_words)  # 'Korvian and Norbian prime ministers ... and Ana Ruiz'
            where = (ent.start_char, ent.end_char)
            # "Former prime ministers Ivo Stam and Lena Vos": her words are the whole title's, its "Former" too
            said_from = _former_from(parsed, title)
            found.append(Title(ent.text, where, where, office, None, None, past=title.past, said_from=said_from))
    return found


def _unlabelled_names(parsed: Parsed) -> tuple[Span, ...]:
    """Runs of two or more capitalised proper nouns the recogniser gave no person label (or one of its slips on a
    person), that are no country and hold no organisation's or title's word: names, if the sentence says so.
    Read once per parse: two readers ask for them, and each reading walks the whole article."""
    return parsed.derived("unlabelled names", lambda: tuple(_read_unlabelled_names(parsed)))


def _read_unlabelled_names(parsed: Parsed) -> list[Span]:
    title_words, org_words = _words()[0], _role_lexicon().org_words
    doc, found = parsed.doc, []
    for head in parsed.tokens():
        if head.pos_ != "PROPN" or head.dep_ == "compound" or head.ent_type_ == "PERSON":
            continue
        first = head.i
        while first > head.sent.start and doc[first - 1].pos_ == "PROPN" and doc[first - 1].dep_ == "compound":
            first -= 1
        run = doc[first : head.i + 1]
        if len(run) < 2 or first == head.sent.start:
            continue
        if any(t.ent_type_ and t.ent_type_ not in _SLIPS_ON_PEOPLE for t in run):
            continue
        if not all(t.is_alpha and t.is_title for t in run) or aliases.country_of(run.text):
            continue
        if any(t.lower_ in org_words or _is_title_word(t.text, title_words) for t in run):
            continue
        found.append(run)
    return found


def _names_after_job_words(parsed: Parsed) -> list[Span]:
    """Unlabelled names right after a job word or title the parse hangs on them ("Real Madrid winger Vinícius
    Júnior" read as an organisation, "Archbishop of Paris Laurent Ulrich" with only "Ulrich" tagged, as an
    organisation): a title before a name says it is a person's."""
    title_words = _words()[0]
    return [
        run
        for run in _unlabelled_names(parsed)
        if any(
            c.i < run.start
            and c.dep_ in {"compound", "nmod"}
            and c.pos_ in {"NOUN", "PROPN"}
            and _is_title_word(c.text, title_words)
            and c.right_edge.i == run.start - 1  # the title's words run up to the name
            for c in run.root.lefts
        )
    ]


# A paragraph's dateline: a place in capitals, a day or an agency perhaps, then a dash ("TOKYO (Reuters) -",
# "GENEVA, 20 May 2025 —"). It says where the story was filed, and is no part of any title after it.
_DATELINE = re.compile(
    r"(?m)^[ \t]*[A-ZÀ-Þ][A-ZÀ-Þ'’.\- ]*[A-ZÀ-Þ]"  # the place
    r"(?:,[ \t]*[^\n,—–()]{1,30}?)?(?:[ \t]*\([^)\n]{1,30}\))?"  # a day, an agency
    r"[ \t]+[—–-][ \t]+"
)


def datelines(text: str) -> list[tuple[int, int]]:
    """Where each paragraph's dateline stands, dash included."""
    return [m.span() for m in _DATELINE.finditer(text)]


def titles_before_names(parsed: Parsed, start: int = 0) -> list[Title]:
    """Every person named after a title, from `start` on."""
    title_words, modifiers, ranks = _words()
    coming = _past_or_coming()
    org_words = _role_lexicon().org_words
    doc, text = parsed.doc, parsed.text
    filed = datelines(text)
    found: list[Title] = []
    for ent in [e for e in parsed.entities if e.label_ == "PERSON"] + _names_after_job_words(parsed):
        if ent.start_char < start:
            continue
        if inside := office_opening([t.text for t in ent]):
            ent = doc[ent.start + inside : ent.end]  # "Tánaiste Micheál Martin": title before the name
        words = []
        i = ent.start - 1
        while i >= ent.sent.start:
            token = doc[i]
            if "\n" in text[token.idx : ent.start_char] or any(a <= token.idx < b for a, b in filed):
                break  # another paragraph, or the dateline "TOKYO -": no part of the title
            usable = (
                token.is_title
                or token.is_upper
                or token.lower_ in ranks
                or _is_title_word(token.text, title_words)
                or (token.lower_ in modifiers and words)
                or (token.lower_ in coming and doc[i - 1].text == "-")  # "President-elect"
                or (token.lower_ in {"of", "-"} and words)
                # "special counsel", "finance minister": a lower-case word the title's head takes
                or (words and token.is_lower and token.dep_ in {"amod", "compound"} and token.head in words)
            )
            if not usable or token.ent_type_ in {"DATE", "CARDINAL", "ORDINAL"}:
                break
            words.insert(0, token)
            i -= 1
        words = _places_joined(words)  # 'Korvian and Norbian prime ministers': the walk stopped at 'and'
        while words and words[0].lower_ in {"of", "the", "-"}:
            words.pop(0)
        past = bool(words) and words[0].lower_ in _PAST  # "former prime minister Liz Truss"
        while words and words[0].lower_ in _PAST | {"-"}:
            words.pop(0)
        if not words:
            continue
        rank_words: list = []
        for size in (3, 2, 1):  # the longest rank form at the end: "Lt. Gen.", "Vice Adm.", "Gen."
            tail = words[-size:] if len(words) >= size else []
            written = " ".join(t.text for t in tail).lower()
            completes = len(words) > size and f"{words[-size - 1].lower_} {written}" in title_words
            if tail and written in ranks and not completes:  # "Secretary General" is a title, not a rank
                rank_words = tail
                break
        office_words = words[: len(words) - len(rank_words)]
        if office_words and not any(_is_title_word(t.text, title_words) for t in office_words):
            office_words = []
        while (
            office_words[-1:]
            and office_words[-1].lower_.rstrip(".") in _styles_after_a_post()
            and any(_is_title_word(t.text, title_words) for t in office_words[:-1])
        ):
            office_words = office_words[:-1]  # 'Emir Sheikh Nawaf': the style is the name's, the post 'Emir'
        if not office_words and not rank_words:
            continue
        rank = ranks[" ".join(t.text for t in rank_words).lower()] if rank_words else None
        office_words = office_words[describing(office_words) :]  # not 'Conservative' of 'Conservative Prime Minister'
        office = office_of = None
        if office_words:
            office = text[office_words[0].idx : office_words[-1].idx + len(office_words[-1])]
            last = len(office_words) - 1
            if _is_title_word(office_words[last].text, title_words):
                first = last
                while first > 0 and (
                    office_words[first - 1].lower_ in modifiers
                    or office_words[first - 1].text == "-"
                    or _is_title_word(office_words[first - 1].text, title_words)
                    or f"{office_words[first - 1].lower_} {office_words[first].lower_}" in title_words
                ):
                    first -= 1
                owner_words = office_words[:first]
                named = any(  # an organisation or a place, not "Defence" or "Democratic"
                    t.ent_type_ in {"ORG", "GPE", "FAC", "LOC"} or t.is_upper or t.lower_ in org_words
                    for t in owner_words
                )
                if first > 0 and office_words[first - 1].lower_ != "of" and named:
                    owner = text[office_words[0].idx : office_words[first - 1].idx + len(office_words[first - 1])]
                    head = text[office_words[first].idx : office_words[last].idx + len(office_words[last])]
                    office_of = f"{head} of {owner}"
        found.append(
            Title(
                person=ent.text,
                person_span=(ent.start_char, ent.end_char),
                span=(words[0].idx, ent.end_char),
                # the name right after the title is the first listed: the first of several places is its
                office=_singular(_one_place_each(office, True), title_words) if office else None,
                office_of=office_of,
                rank=rank,
                past=past,
            )
        )
    return found + _listed_after(parsed, found)


def _posts_shared_out(title: Token) -> Token | None:
    """The first of a plural title's coordinated modifiers ('finance' of 'the finance and defence ministers'): set
    beside two names, each holds one of the posts, and neither holds the title as written. None when there are none,
    or they are capitalised ('the Latvian and Estonian prime ministers': places, read by `_one_place_each`)."""
    modifiers = [c for c in title.children if c.dep_ in {"amod", "nmod", "compound"} and c.i < title.i and c.is_lower]
    return next((m for m in modifiers if any(c.dep_ == "conj" for c in m.children)), None)


def _places_joined(words: list[Token]) -> list[Token]:
    """A title's words with the places joined to its first by 'and' or commas put back before it ('Korvian and
    Norbian prime ministers': the walk back from the name stops at 'and', and the title would be the last place's
    alone, given to every name listed). Any other title as found."""
    if not words or not offices.place_word(words[0].text):
        return words
    doc, start, i = words[0].doc, words[0].i, words[0].i - 1
    while i - 1 >= words[0].sent.start and doc[i].lower_ in {",", "and"} and offices.place_word(doc[i - 1].text):
        start, i = i - 1, i - 2
    return [*doc[start : words[0].i], *words]


# --- roles in appositives and predicates -----------------------------------------------------------

_PREPOSITIONS_IN_ROLES = frozenset({"of", "for", "at", "in", "to"})  # "professor of neurosurgery at Penn"
_NOT_IN_ROLES = frozenset({"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY"})
_NOT_ROLE_ENTITIES = _NOT_IN_ROLES | {"PERSON", "GPE", "NORP"}
_AGE = frozenset({"year", "years", "month", "months", "old", "-"})
_SLIPS_ON_PEOPLE = frozenset({"ORG", "GPE", "NORP", "PRODUCT"})  # labels the recogniser gives a name by mistake
_STOPS = frozenset({",", ";", ":", "(", ")", '"', "“", "”", "—", "–"})


@dataclass(frozen=True)
class _RoleLexicon:
    title_words: frozenset[str]
    nouns: frozenset[str]  # roles that are no office ("lawyer", "agent")
    copulas: frozenset[str]
    prepositions: dict[str, str]
    office_verbs: dict[str, str]
    entries: frozenset[str]
    leaving: frozenset[str]
    spells: frozenset[str]  # verbs of a spell in a post, held before when in the past tense ("spent ten years as")
    succession: frozenset[str]  # verbs whose object is the predecessor: the "as" role is the subject's
    preceding: frozenset[str]  # verbs whose object is the successor: the "as" role is the subject's, held before
    hedges: frozenset[str]
    org_words: frozenset[str]
    candidacies: dict[str, str]
    saying: frozenset[str]
    bodies: frozenset[str]  # nouns that name an organisation's calling as well ("publisher", "carrier")
    people: frozenset[str]  # nouns that, after "the", stand for a person named before


@functools.cache
def _role_lexicon() -> _RoleLexicon:
    titles = lexicons.load("titles")
    organisations = lexicons.load("organisations")
    return _RoleLexicon(
        title_words=_words()[0],
        nouns=frozenset(titles["roles"]),
        copulas=frozenset(titles["copulas"]),
        prepositions=dict(titles["role_prepositions"]),
        office_verbs=dict(titles["office_verbs"]),
        entries=frozenset(titles["entries"]),
        leaving=frozenset(titles["leaving"]),
        spells=frozenset(titles["spells"]),
        succession=frozenset(titles["succession"]),
        preceding=frozenset(titles["preceding"]),
        hedges=frozenset(titles["hedges"]),
        org_words=frozenset(w.lower() for w in [*organisations["words"], *organisations["bodies"]]),
        candidacies=dict(titles["candidacies"]),
        saying=frozenset(titles["saying"]),
        bodies=frozenset(titles["bodies"]),
        people=frozenset(titles["people"]),
    )


def quoted(text: str) -> list[tuple[int, int]]:
    """Character ranges inside double quotation marks, paragraph by paragraph."""
    return list(_quoted(text))


@functools.lru_cache(maxsize=4)
def _quoted(text: str) -> tuple[tuple[int, int], ...]:
    """Found once per article: the role kind and both role readers (roles, quote speakers) ask for them,
    and each asking walked the article's characters one by one."""
    spans: list[tuple[int, int]] = []
    opened = None
    for i, char in enumerate(text):
        if char == "\n" and text[i - 1 : i] == "\n":
            opened = None
        elif char == "“" or (char == '"' and opened is None):
            opened = i
        elif (char == "”" or char == '"') and opened is not None:
            spans.append((opened, i + 1))
            opened = None
    return tuple(spans)


def _names_no_person(owner: Token) -> bool:
    """Whether a possessor is a name that is not a person's: a country's or a body's ('India's', 'Apple's')."""
    return owner.pos_ == "PROPN" and owner.ent_type_ != "PERSON"


class _RoleReader:
    """Reads an article's clauses in order, remembering the people named so far: whom "she" and
    "who" stand for, the full name a surname means, the organisation "its" points back to."""

    def __init__(self, parsed: Parsed, start: int) -> None:
        self.parsed, self.doc, self.text, self.start = parsed, parsed.doc, parsed.text, start
        self.words = _role_lexicon()
        self.entity_of = {t.i: ent for ent in parsed.entities for t in ent}
        self.full_names: dict[str, str] = {}
        for ent in parsed.entities:
            parts = ent.text.split()
            if ent.label_ == "PERSON" and len(parts) >= 2 and ent.start_char >= start:
                self.full_names.setdefault(parts[-1].lower(), " ".join(parts[office_opening(parts) :]))
        self.quoted = quoted(self.text)
        self.named_body: str | None = None  # the name the last role phrase's body was given in apposition
        self.topic: str | None = None  # the person the last clause was about
        self.mentions: dict[str, int] = {}  # person -> times named so far
        self.organisations = [(e.end_char, e.text) for e in parsed.entities if e.label_ == "ORG"]
        self.filed = datelines(self.text)

    # names -------------------------------------------------------------------------------------
    def in_quote(self, token: Token) -> bool:
        """Looked up (the quotes are in order and apart), not scanned: it is asked for every token."""
        at = bisect.bisect_right(self.quoted, (token.idx, math.inf)) - 1
        return at >= 0 and token.idx < self.quoted[at][1]

    def _name_run(self, token: Token) -> Span:
        """A proper noun with the proper nouns compounded before it: "Moussa Faki Mahamat"."""
        first = token
        for child in token.lefts:
            between = self.doc[child.i : token.i]
            joined = all(t.pos_ == "PROPN" or (t.text == "-" and not t.whitespace_) for t in between)
            if child.dep_ == "compound" and child.pos_ == "PROPN" and joined:  # not "10 September - Rubiales"
                first = child
                break
        return self.doc[first.i : token.i + 1]

    def person(self, token: Token, loose: bool = False) -> tuple[str, tuple[int, int]] | None:
        """The person a token names, in full; `loose` also takes a run of proper nouns the
        recogniser gave no person label ("Moussa Faki Mahamat" tagged an organisation)."""
        ent = self.entity_of.get(token.i)
        if ent is not None and ent.label_ == "PERSON":
            name, of, place = ent.text.partition(" of ")
            if of and aliases.country_of(place.removeprefix("the ")):  # "Peter Okafor of Nigeria" read as one name
                return name, (ent.start_char, ent.start_char + len(name))
            parts = ent.text.split()
            if len(parts) == 1:
                return self.surname(ent.text, ent.start_char) or ent.text, (ent.start_char, ent.end_char)
            ent = ent.doc[ent.start + office_opening([t.text for t in ent]) : ent.end]  # "Taoiseach Leo Varadkar"
            return ent.text, (ent.start_char, ent.end_char)
        if token.pos_ != "PROPN":
            known = self.surname(token.text, token.idx) if token.is_title else None
            return (known, (token.idx, token.idx + len(token))) if known else None
        run = self._name_run(token)
        known = self.surname(token.text, token.idx)
        if known and (ent is None or ent.label_ == "PERSON" or len(run) == 1):
            return known, (run.start_char, run.end_char)
        if not loose or len(run) < 2 or (ent is not None and ent.label_ in {"GPE", "LOC", "NORP", "DATE"}):
            return None
        if any(t.lower_ in self.words.org_words or _is_title_word(t.text, self.words.title_words) for t in run):
            return None
        return run.text, (run.start_char, run.end_char)

    def surname(self, word: str, at: int) -> str | None:
        """The person named in full whom a one-word name written at `at` means: the shared resolver's (of two
        so named before it, the one the story follows, with the names the recogniser missed: "now Venn" is the
        president sworn in, not his wife "Ana Venn" named later), else the first the recogniser named so."""
        found = word if word.isupper() else References.of(self.parsed, self.start).full_name(word, at)  # no acronym
        return found if found != word and " " in found else self.full_names.get(word.lower())

    def holder(self, token: Token) -> tuple[str, tuple[int, int]] | None:
        """The person a subject names or stands for: a name, "he" or "she", or "who" after a name.
        A pronoun opening a paragraph means the person the article has named most (a profile's
        subject); elsewhere the person the text was last about."""
        if token.lower_ in {"he", "she"}:
            opens = token.i == token.sent.start and self.text[: token.idx].rstrip(" ").endswith("\n")
            who = max(self.mentions, key=self.mentions.__getitem__) if opens and self.mentions else self.topic
            refs = References.of(self.parsed, self.start)  # one resolver for all; else the text's person, unless of
            fits = who is not None and refs.sex_fits(token.idx, who)  # the other sex ("John Stam met Ana Ruiz. She")
            who = refs.person_before(token.i) or (who if fits else None)
            return (who, (token.idx, token.idx + len(token))) if who else None
        if token.tag_ == "WP" and token.head.dep_ == "relcl":
            return self.person(token.head.head)
        return self.person(token) or self.apposed(token)

    def apposed(self, token: Token) -> tuple[str, tuple[int, int]] | None:
        """The person a role noun is set beside by apposition: "His running mate, Hsiao Bi-khim, was
        elected", "Aharon Barak, a former president ... sitting as an ad hoc judge"."""
        if not self.is_role(token):
            return None
        if token.dep_ == "appos" and (who := self.named(token.head, token)):
            return who
        return next((who for c in token.children if c.dep_ == "appos" and (who := self.named(c, token))), None)

    def named(self, token: Token, role: Token) -> tuple[str, tuple[int, int]] | None:
        """The person a name set beside a role noun stands for. Beside a role the recogniser's other
        labels are its common slips on a person ("Naledi Pandor" an organisation, "Rodri" a place),
        so any run of proper nouns that is no country and no organisation's name counts."""
        if role.lower_ in self.words.bodies:
            return None  # "Activision Blizzard Inc., the publisher of Call of Duty": a firm's calling
        while post_nominal(token):
            token = token.head  # "Ingrid Falk, OBE, chair of ...": the chair is the person written with it
        who = self.person(token, loose=True)
        if who or token.pos_ != "PROPN" or not self.is_role(role):
            return who
        run = self._name_run(token)
        ent = self.entity_of.get(token.i)
        if ent is not None and ent.label_ not in _SLIPS_ON_PEOPLE:
            return None  # "on Saturday, Estonia's foreign minister": a day is no one
        if not all(t.is_alpha or t.text in {"-", "'"} for t in run):
            return None  # "R-Miss.": a party and state, not a name
        if aliases.country_of(run.text) or any(t.lower_ in self.words.org_words for t in run):
            return None
        if any(_is_title_word(t.text, self.words.title_words) for t in run):
            return None
        return run.text, (run.start_char, run.end_char)

    def holder_of(self, subject: Token, verb: Token) -> tuple[str, tuple[int, int]] | None:
        """The holder a verb's subject names; a subject shared with an earlier verb ("He started ...,
        joined ... and became its chief executive") is placed at the verb, where the role is said."""
        who = self.holder(subject)
        if who and subject.head.i != verb.i:
            return who[0], (verb.idx, verb.idx + len(verb))
        return who

    def owner(self, head: Token, holder: str | None = None) -> str | None:
        """Whose role it is: "Trump's lawyer" -> Trump, "its rector" -> the organisation named last."""
        poss = next((c for c in head.children if c.dep_ == "poss"), None)
        if poss is None:
            return None
        if poss.lower_ in {"its", "their"}:  # the organisation named last before it, or the sentence's named object
            people = set(self.full_names) | {n.lower() for n in self.full_names.values()}
            named = [(end, name) for end, name in self.organisations if end <= poss.idx and name.lower() not in people]
            named += [
                (t.idx + len(t), self._name_run(t).text)
                for t in poss.sent
                if t.dep_ in {"dobj", "pobj"} and t.pos_ == "PROPN" and t.i < poss.i and t.ent_type_ not in _PLACES
            ]
            # "Jordan as their nominee", "elected Judge Nawaf Salam as its president": never the holder's own name
            named = [(end, name) for end, name in named if not holder or (name not in holder and holder not in name)]
            named = [(end, name.removeprefix("the ").removeprefix("The ")) for end, name in named]
            return max([*named, *self.bodies_described(poss)], default=(0, None))[1]
        if poss.pos_ == "PROPN":
            return self._name_run(poss).text
        return None

    def bodies_described(self, before: Token) -> list[tuple[int, str]]:
        """The bodies the article names before `before` only by a description of their own, with their ends:
        "the weather agency" (an organisation's noun with a noun of its own before it) that stands for no
        name said before it, so that "Its director" after "Floods in Norby ..., the weather agency said" is
        the agency's, not Norby's. A bare "the company" points back at a name, and so does a description after
        an organisation its paragraph named as a subject ("Korvik Group cut 500 jobs, the mining company said")."""
        refs = References.of(self.parsed, self.start)
        found = []
        tokens = tuple(itertools.islice(self.parsed.tokens(), before.i))  # the parse's own tokens: none made anew
        organisations = [t.idx for t in tokens if t.dep_ in {"nsubj", "nsubjpass"} and t.ent_type_ == "ORG"]
        for noun in tokens:
            if noun.pos_ != "NOUN" or noun.lower_ not in self.words.org_words or noun.idx < self.start:
                continue
            own = [c for c in noun.lefts if c.dep_ == "compound" and c.pos_ == "NOUN" and c.ent_type_ == ""]
            the = any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
            if not own or not the or refs.described(noun) is not None:
                continue
            paragraph = self.text.rfind("\n", 0, noun.idx)
            if not any(paragraph < at < noun.idx for at in organisations):
                found.append((noun.idx + len(noun), f"the {self.text[own[0].idx : noun.idx + len(noun)]}"))
        return found

    # roles -------------------------------------------------------------------------------------
    def is_role(self, token: Token) -> bool:
        ent = self.entity_of.get(token.i)
        lower = token.lower_
        words = self.words
        # "he first became Taoiseach" read as a place: a title word all alone in a place's name is the title
        slip = ent is not None and len(ent) == 1 and ent.label_ in _SLIPS_ON_PEOPLE and lower in words.title_words
        if token.pos_ not in {"NOUN", "PROPN"} or (ent is not None and ent.label_ in _NOT_ROLE_ENTITIES and not slip):
            return False
        if lower in words.nouns or _is_title_word(lower, words.title_words):
            return True
        before = self.doc[token.i - 1].lower_ if token.i > 0 else ""
        return f"{before} {lower}" in words.title_words | words.nouns  # "chief executive", "running mate"

    def headed_by_role(self, token: Token) -> bool:
        """A role written with a foreign or Latin tail the parse makes the head: "speaker pro tempore"."""
        if token.pos_ != "NOUN":
            return False
        for child in (c for c in token.lefts if c.dep_ in {"nmod", "compound"} and self.is_role(c)):
            if any(t.tag_ == "FW" for t in token.doc[child.i + 1 : token.i]):
                return True
        return False

    def phrase_start(self, head: Token) -> int:
        """Where the title a noun heads starts, without its article: "Prime" of "the Prime Minister"."""
        words = [t for t in head.subtree if t.i <= head.i and t.dep_ in {"compound", "amod"}]
        return min([t.idx for t in words] + [head.idx])

    def phrase(self, head: Token) -> tuple[int, int, bool, list[Token]] | None:
        """The role phrase headed by `head`: its characters, whether it is past ("former"), and the
        role heads coordinated inside it ("President of X and Chairperson of Y")."""
        sent, taken, i = head.sent, {head.i}, head.i
        while i - 1 >= sent.start:
            prev = self.doc[i - 1]
            if any(a <= prev.idx < b for a, b in self.filed):
                break  # "HELSINKI - Former finance minister": the dateline is no part of the role
            glued = not prev.whitespace_ and prev.text not in _STOPS and prev.dep_ not in {"case", "poss"}
            if glued or (prev.dep_ in {"amod", "compound", "nmod", "nummod", "npadvmod"} and prev.head.i in taken):
                taken.add(prev.i)
                i -= 1
            else:
                break
        if sent.start <= head.left_edge.i < i and all(
            self.doc[k].text not in _STOPS and not any(a <= self.doc[k].idx < b for a, b in self.filed)
            for k in range(head.left_edge.i, i)
        ):
            i = head.left_edge.i  # "a former Bank of England economist"
        words = [self.doc[k] for k in range(i, head.i + 1)]
        while words[0] != head and (
            words[0].dep_ in {"det", "predet", "poss", "case", "cc"} or words[0].head.dep_ == "poss"
        ):
            words.pop(0)  # "the", "Trump's": the owner is read apart
        if any(t.ent_type_ == "ORDINAL" or t.lower_ in {"first", "last", "only"} for t in words):
            return None  # "the first speaker", "the 56th speaker": an ordinal, a clause's fact
        while words[0] != head and (words[0].lower_ in _AGE or words[0].like_num):
            words.pop(0)  # "61-year-old"
        past = any(t.lower_ in _PAST for t in words)
        while words[0] != head and (words[0].lower_ in _PAST or words[0].text == "-"):
            words.pop(0)
        end, more = head.idx + len(head), []
        more += [c for c in head.rights if c.dep_ == "conj" and self.is_role(c)]
        preps = [c for c in head.rights if c.dep_ == "prep" and c.lower_ in _PREPOSITIONS_IN_ROLES]
        after = self.doc[head.i + 1] if head.i + 1 < sent.end else None
        if not preps and after is not None and after.lower_ == "of":
            preps = [after]  # "… and Chairperson of the African Union", its "of" hung on another word
        for token in sorted((t for prep in preps for t in prep.subtree), key=lambda t: t.i):
            if token.text in _STOPS or token.ent_type_ in _NOT_IN_ROLES or token.dep_ in {"relcl", "acl", "advmod"}:
                break  # "since 2019", "early in her career": circumstances, not the office
            if token.lower_ in {"his", "her"}:
                break
            if token.dep_ == "cc" and any(c.dep_ == "conj" and self.is_role(c) for c in token.head.children):
                more += [c for c in token.head.children if c.dep_ == "conj" and self.is_role(c) and c.i > token.i]
                break
            if token.dep_ != "prep":  # "prime minister in May": a preposition alone ends no role
                end = token.idx + len(token)
        body = [t for prep in preps for t in prep.subtree if t.idx < end]
        named = next(  # "head of the UN agency for Palestinian refugees, UNRWA": the body's own name
            (c for t in body for c in t.children if c.dep_ == "appos" and c.ent_type_ == "ORG" and c.idx > end), None
        )
        self.named_body = named.text if named is not None else None
        return words[0].idx, end, past, more

    def roles_of(
        self, head: Token, who: tuple[str, tuple[int, int]], past: bool = False, beside: bool = True
    ) -> list[Title]:
        """The role `head` names for `who`, and the roles coordinated with it ("its next president
        and chief executive": both of the organisation "its" stands for)."""
        found, heads, seen, first_owner = [], [head], set(), self.owner(head, who[0])
        while heads:
            one = heads.pop(0)
            apart = "\n" in self.text[min(one.idx, who[1][0]) : max(one.idx, who[1][0])]
            if one.i in seen or self.in_quote(one) or one.idx < self.start or apart:
                continue  # a role in the headline, another paragraph, or a quote is not this person's
            seen.add(one.i)
            read = self.phrase(one)
            if read is None:
                continue
            start, end, former, more = read
            heads += more
            owner = self.owner(one, who[0]) or (first_owner if one.dep_ == "conj" else None)
            named_body = self.named_body
            bare = end == one.idx + len(one) and self.owner(one) is None  # no "of ..." and no owner of its own
            # "defence minister and a former finance minister": a post with its own article or its own 'former' is
            # another post, not the first one's words written on
            bare = bare and not former and not any(c.dep_ in {"det", "predet"} for c in one.children)
            if found and one.dep_ == "conj" and bare and found[-1].office_span and one.head.i in seen:
                start = found.pop().office_span[0]  # "president and chief executive": one office, as written
            office = self.text[start:end]
            person, person_span = who
            gap = self.text[person_span[1] : start]
            # the claim's words: the holder and the role when they stand together ("Bobby Kotick will
            # remain CEO"), else the role alone (after an age, in a list, in an appositive)
            alone = person_span[1] <= start and (
                not beside or one.i != head.i or len(gap) > 40 or any(c.isdigit() for c in gap)
            )
            found.append(
                Title(
                    person=person,
                    person_span=person_span,
                    span=(start, end) if alone else (min(start, person_span[0]), max(end, person_span[1])),
                    office=office,
                    office_of=f"{self.text[start : one.idx + len(one)]} of {named_body}"
                    if named_body
                    else f"{office} of {owner}"
                    if owner and " of " not in office
                    else None,
                    rank=None,
                    past=past or former,
                    office_span=(start, end),
                )
            )
        return found

    def subject(self, verb: Token) -> Token | None:
        """The verb's subject, or for a verb coordinated with another ("... and directs"), the first's."""
        while True:
            subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
            before = [c for c in subjects if c.i < verb.i]  # the nearest: not a heading the parse ran in
            found = before[-1] if before else subjects[0] if subjects else None
            described = verb.dep_ in {"acl", "appos"} and verb.tag_ == "VBG" and verb.head.pos_ in {"NOUN", "PROPN"}
            if found is None and described:
                return verb.head  # "a former police chief running for ...": the noun the participle describes
            if found is not None or verb.dep_ != "conj" or verb.head == verb:
                return found
            verb = verb.head  # "He is ... and directs ...": the first verb's subject

    def clause_roles(self, verb: Token) -> list[Title]:
        """Roles a verb gives its subject (or object): "remained CEO", "rose to senior vice-president",
        "resigns as federation president", "directs the Penn Institute"; and the inverted "The
        Chairperson of X is Moussa Faki Mahamat"."""
        hedged = any(c.dep_ == "neg" or c.lower_ in self.words.hedges for c in verb.children)
        if verb.pos_ not in {"VERB", "AUX"} or hedged:
            return []
        subject = self.subject(verb)
        if subject is None:
            return []
        lemma, words, found = verb.lemma_.lower(), self.words, []
        # 'was mayor', 'served as', and the pluperfect 'had (earlier) been mayor': a post held before
        pluperfect = any(c.dep_ == "aux" and c.tag_ == "VBD" for c in verb.children)
        past = lemma in words.leaving or ((verb.tag_ == "VBD" or pluperfect) and lemma in words.spells)
        # 'who preceded Ivo Stam as prime minister', 'who was succeeded by Ivo Stam as ...': left to the successor
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        past = past or lemma in words.preceding or (passive and lemma in words.succession)
        complements = [c for c in verb.children if c.dep_ in {"attr", "oprd"}]
        if complements and lemma in words.copulas:
            complements += self.second_complements(verb)
        if lemma in words.copulas and (not self.is_role(subject) or self.apposed(subject)):
            who = self.holder_of(subject, verb)
            for complement in complements:
                if who and (self.is_role(complement) or self.headed_by_role(complement)):
                    found += self.roles_of(complement, who, past)
        # a post owned by a country or a body is filled by its holder ("India's chief justice is now Sanjiv Khanna");
        # one owned by a person is theirs to fill ("Her chief of staff is Ivo Stam", "Ruiz's spokesman is ...")
        owners = [c for c in subject.children if c.dep_ == "poss"]
        # told of today only: "Norby's prime minister in 2016 was Ana Ruiz" names a past holder, at a time
        today = verb.tag_ in {"VBZ", "VBP"} and not any(t.ent_type_ == "DATE" for t in subject.subtree)
        owned_today = all(_names_no_person(c) for c in owners) and (today or not owners)
        if lemma == "be" and self.is_role(subject) and owned_today:
            for complement in complements:  # "The Chairperson of the African Union Commission is Moussa Faki Mahamat"
                if who := self.person(complement, loose=True):
                    found += self.roles_of(subject, who)
        wanted = {words.prepositions.get(lemma)} | ({words.prepositions["*"]} if lemma not in words.entries else set())
        preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in wanted]
        preps += [c for p in preps for c in p.children if c.dep_ == "conj" and c.lower_ in wanted]
        obj = next((c for c in verb.children if c.dep_ in {"dobj", "oprd"}), None)
        for prep in preps:
            named = obj is not None and prep.lower_ == "as" and lemma not in words.succession | words.preceding
            holder = self.person(obj) if named else None  # "named Lind as ...", not "replaced Lind as ..."
            who = holder or self.holder_of(subject, verb)
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                if who and self.is_role(pobj):
                    found += self.roles_of(pobj, who, past)
        if lemma in words.office_verbs and obj is not None and (ent := self.entity_of.get(obj.i)) is not None:
            who = self.holder_of(subject, verb)
            if who and ent.label_ == "ORG":
                name = ent.text.removeprefix("the ").removeprefix("The ")
                person, person_span = who
                span = (min(person_span[0], verb.idx), ent.end_char)
                office = f"{words.office_verbs[lemma]} of {name}"
                where = (verb.idx, ent.end_char)
                found.append(Title(person, person_span, span, office, None, None, verb.tag_ == "VBD", where))
        found += self.candidacy(verb, lemma, subject)
        return found

    @staticmethod
    def second_complements(verb: Token) -> list[Token]:
        """Nouns the parse hangs on the copula itself as its conjuncts: in "was foreign minister from 2004 to
        2005 and agriculture minister from 2005 to 2009" the second post is a `conj` of "was", not of the
        first post, and is a complement of the same subject all the same (no verb of its own)."""
        return [c for c in verb.children if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"} and c.i > verb.i]

    def candidacy(self, verb: Token, lemma: str, subject: Token) -> list[Title]:
        """A candidacy: "running for the main opposition Kuomintang" (the party's candidate), "ran for
        president" (a candidate for the office)."""
        wanted = self.words.candidacies.get(lemma)
        who = self.holder_of(subject, verb) if wanted else None
        if who is None:
            return []
        found = []
        for pobj in (p for c in verb.children if c.dep_ == "prep" and c.lower_ == wanted for p in c.children):
            if pobj.dep_ != "pobj":
                continue
            party = next(
                (e for t in pobj.subtree if (e := self.entity_of.get(t.i)) is not None and e.label_ == "ORG"), None
            )
            if party is not None:
                office, end = f"candidate of {party.text.removeprefix('the ').removeprefix('The ')}", party.end_char
            elif self.is_role(pobj):
                read = self.phrase(pobj)
                if read is None:
                    continue
                office, end = f"candidate for {self.text[read[0] : read[1]]}", read[1]
            else:
                continue
            person, person_span = who
            span = (min(person_span[0], verb.idx), end)
            found.append(Title(person, person_span, span, office, None, None, verb.tag_ == "VBD", (verb.idx, end)))
        return found

    def passive_office(self, verb: Token) -> list[Title]:
        """An office verb in the passive after the body it names: "An Intergovernmental Working Group,
        co-chaired by Tovar da Silva Nunes ... and Mathew Harpur", "a commission headed by X"."""
        lemma = verb.lemma_.lower()
        if verb.dep_ != "acl" or verb.tag_ != "VBN" or lemma not in self.words.office_verbs:
            return []
        body = verb.head
        ent = self.entity_of.get(body.i)
        if body.pos_ != "PROPN" or (ent is not None and ent.label_ not in {"ORG", "FAC"}):
            return []
        name = self._name_run(body).text
        start = verb.idx
        if self.text[max(0, start - 3) : start].lower() == "co-":
            start -= 3  # a tokenizer that cut the prefix off
        shared = start < verb.idx or verb.lower_.startswith("co-")  # one token since verify.nlp.tokens
        title = ("co-" if shared else "") + self.words.office_verbs[lemma]
        found = []
        for agent in (c for c in verb.children if c.dep_ == "agent"):
            for pobj in (p for p in agent.children if p.dep_ == "pobj"):
                named = {}  # "X of Brazil and Y of the United Kingdom": Y is coordinated with a place
                for one in [pobj, *(t for t in pobj.subtree if t.dep_ == "conj")]:
                    if (who := self.person(one, loose=True)) and who[0] not in named:
                        named[who[0]] = who
                for person, person_span in named.values():
                    span = (start, person_span[1])
                    found.append(Title(person, person_span, span, f"{title} of {name}", None, None, False, span))
        return found

    def appositive_roles(self, token: Token) -> list[Title]:
        """ "Starmer, a former director of public prosecutions", "its rector, Olivier Ribadeau-Dumas"."""
        head = token.head
        if self.is_role(token) and (who := self.person(head) or self.named(head, token)):
            found = self.roles_of(token, who, beside=False)
            others = self.coordinated(head) if token.tag_ in {"NNS", "NNPS"} else []
            if others and (modifier := _posts_shared_out(token)) is not None:
                # 'Ivo Stam and Eva Lund, the finance and defence ministers (respectively)': one post each, in turn
                return self._posts_in_turn(token, modifier, sorted([head, *others], key=lambda t: t.i))
            for other in others:  # "Ana Ruiz and Ivo Stam, both former prime ministers": each one a prime minister
                if also := self.person(other) or self.named(other, token):
                    found += self.roles_of(token, also, beside=False)
            return [_each_holds(self.parsed, t) for t in found] if others else found
        if self.is_role(head) and (who := self.named(token, head)) and head.dep_ not in {"pobj"}:
            found = self.roles_of(head, who)
            # "Former prime ministers Ana Ruiz and Ivo Stam": a plural title is each one's, its "Former" too
            return [_each_holds(self.parsed, t) for t in found] if head.tag_ in {"NNS", "NNPS"} else found
        return []

    def _posts_in_turn(self, title: Token, modifier: Token, names: list[Token]) -> list[Title]:
        """Each name's post where a plural title's coordinated modifiers give one each, in the names' order ('Ivo
        Stam and Eva Lund, the finance and defence ministers': the finance minister and the defence minister); none
        when the counts differ (which post is whose is not told)."""
        posts = [modifier, *modifier.conjuncts]
        if len(posts) != len(names):
            return []
        found: list[Title] = []
        written = self.parsed.text[modifier.idx : title.idx + len(title)]
        for name, post in zip(names, posts, strict=True):
            who = self.person(name) or self.named(name, title)
            one = _singular(f"{post.text} {title.text}", _words()[0])
            for role in self.roles_of(title, who, beside=False) if who else []:
                office = role.office.replace(written, one) if role.office else role.office
                found.append(replace(role, office=office if office != role.office else one))
        return found

    @staticmethod
    def coordinated(name: Token) -> list[Token]:
        """The other names joined to `name` by "and": its conjuncts, the name it is a conjunct of, and a name the
        parse hung on it as a modifier with the "and" ("Ana Ruiz and Ivo Stam" read as "Ruiz" modifying "Stam")."""
        first = first_conjunct(name)
        joined = [t for t in first.subtree if t.dep_ == "conj" and t.pos_ == "PROPN"]
        joined += [
            t
            for t in first.children
            if t.dep_ in {"nmod", "compound"} and t.pos_ == "PROPN" and any(c.dep_ == "cc" for c in t.children)
        ]
        return [t for t in [first, *joined] if t.i != name.i]

    def remember(self, token: Token) -> None:
        """A named subject, or the person whose thing the subject is ("Ortberg's career"), is whom a
        later "he" or "she" stands for."""
        ent = self.entity_of.get(token.i)
        if ent is not None and ent.label_ == "PERSON" and token.i == ent.end - 1 and (who := self.person(token)):
            self.mentions[who[0]] = self.mentions.get(who[0], 0) + 1
        if token.dep_ not in {"nsubj", "nsubjpass"} or token.lower_ in {"he", "she"} or token.tag_ == "WP":
            return
        poss = next((c for c in token.children if c.dep_ == "poss"), None)
        who = self.person(token) or (self.person(poss) if poss is not None else None)
        if who:
            self.topic = who[0]

    def run(self) -> list[Title]:
        found: list[Title] = []
        for sentence in self.parsed.sentences:  # made once per parse, each holding its tokens
            if sentence.end_char <= self.start:
                continue
            for token in sentence:
                if token.idx >= self.start and not self.in_quote(token):
                    if token.dep_ == "appos" and token.pos_ not in {"VERB", "AUX"}:
                        found += self.appositive_roles(token)
                    elif token.dep_ == "compound" and token.is_lower and self.is_role(token):
                        if who := self.person(token.head):  # "his former assistant Montse Tomé"
                            found += self.roles_of(token, who)
                    elif token.pos_ in {"VERB", "AUX"}:
                        found += self.clause_roles(token) + self.passive_office(token)
                    found += self.unlinked_apposition(token)
                self.remember(token)
        return found

    def unlinked_apposition(self, token: Token) -> list[Title]:
        """A name set off by commas right after a role noun that the parse left unlinked ("disqualified
        the Dutch entrant, Joost Klein, hours before the final", the name read as an adverb)."""
        ent = self.entity_of.get(token.i)
        if ent is None or ent.label_ != "PERSON" or token.i != ent.root.i or ent.start < 2:
            return []
        comma, role = self.doc[ent.start - 1], self.doc[ent.start - 2]
        closed = ent.end >= len(self.doc) or self.doc[ent.end].text in {",", ";", "."}
        linked = token.dep_ in {"appos", "nsubj", "nsubjpass", "conj", "dobj", "pobj"} or role.dep_ == "appos"
        if comma.text != "," or not closed or linked or not self.is_role(role) or role.sent != token.sent:
            return []
        who = self.person(token)
        return self.roles_of(role, who) if who else []


def roles_in_clauses(parsed: Parsed, start: int = 0) -> list[Title]:
    """Roles stated by an appositive or a predicate, from `start` on: "Nigel Farage, the leader of
    Reform UK", "Bobby Kotick will remain CEO of Activision Blizzard", "she rose to senior
    vice-president" (the pronoun resolved to the person the text was last about)."""
    return _RoleReader(parsed, start).run()


def _quote_subject(parsed: Parsed, span: tuple[int, int], sentence: tuple[int, int]) -> Token | None:
    """The subject of the verb a quotation hangs on, in the quotation's sentence: 'she' of '"…," she
    said', 'Governor Josh Green' of '… called it "…"'."""
    tokens = parsed.span_of(*span)
    if tokens is None:
        return None

    def outside(token: Token) -> bool:
        return sentence[0] <= token.idx < sentence[1] and not span[0] <= token.idx < span[1]

    saying = _role_lexicon().saying
    for token in tokens:
        head = token.head
        if head.i != token.i and outside(head) and head.pos_ in {"VERB", "AUX"}:
            reported = head
            while reported.lemma_.lower() not in saying and reported.dep_ == "ccomp" and outside(reported.head):
                reported = reported.head  # 'Callamard said Netanyahu was "…"': the words are the sayer's
            if reported is not head and reported.lemma_.lower() in saying:
                head = reported
            subjects = [c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"} and outside(c)]
            if subjects:
                return subjects[0]
    for token in tokens:  # the quote in a clause a verb of saying governs: "X had warned that a "…" would"
        verb = token.head
        while verb.i != verb.head.i and (not outside(verb) or verb.pos_ not in {"VERB", "AUX"}):
            verb = verb.head  # out of the quotation, to the verb its words hang on
        if not outside(verb) or verb.pos_ not in {"VERB", "AUX"}:
            continue
        while verb.lemma_.lower() not in saying and verb.dep_ in {"ccomp", "xcomp", "conj"}:
            verb = verb.head  # up the clauses it completes: "vows to "…"", "warned that … would"
        said_by = verb
        while not any(c.dep_ in {"nsubj", "nsubjpass"} for c in said_by.children) and (
            said_by.dep_ == "conj" or (said_by.dep_ == "advcl" and said_by.tag_ == "VBG")
        ):
            said_by = said_by.head  # "says … and vows to", "rejected it, calling …": the first verb's subject
        subjects = [c for c in said_by.children if c.dep_ in {"nsubj", "nsubjpass"} and outside(c)]
        if verb.lemma_.lower() in saying and subjects:
            return subjects[0]
    return None


def quote_speakers(
    parsed: Parsed,
    spans: list[tuple[int, int]],
    sentences: list[tuple[int, int]],
    titles: list[Title],
    start: int = 0,
) -> list[str | None]:
    """The speaker of each quotation, read off the parse: the saying verb's subject, a pronoun resolved
    to the person the text was about, "his agent, Nez Balelo" to the named person, and "the Prime
    Minister" to the person last given that title."""
    reader = _RoleReader(parsed, start)
    wanted = {}
    for number, (span, sentence) in enumerate(zip(spans, sentences, strict=True)):
        subject = _quote_subject(parsed, span, sentence)
        if subject is not None:
            wanted.setdefault(subject.i, []).append(number)
    found: list[str | None] = [None] * len(spans)
    last = max(wanted, default=-1)  # the reader's memory after the last subject asked about is never read
    for token in parsed.tokens():
        if token.i > last:
            break
        for number in wanted.get(token.i, ()):
            found[number] = _speaker(reader, token, titles)
        reader.remember(token)
    return found


def _speaker(reader: _RoleReader, subject: Token, titles: list[Title]) -> str | None:
    named = next((c for c in subject.children if c.dep_ == "appos" and reader.person(c)), None)
    if named is not None:  # "his agent, Nez Balelo"
        return reader.person(named)[0]  # type: ignore[index]
    who = reader.holder(subject)
    if who:
        return who[0]
    ent = reader.entity_of.get(subject.i)
    if ent is not None and ent.label_ == "ORG" and subject.i == ent.root.i:  # "CrowdStrike says …"
        return ent.text.removeprefix("the ").removeprefix("The ")
    if reader.is_role(subject):  # "the Prime Minister": whoever the article last gave that title
        written = reader.text[reader.phrase_start(subject) : subject.idx + len(subject)].lower()
        given = [t for t in titles if t.span[1] <= subject.idx and (t.office or "").lower().endswith(written)]
        if given:
            return given[-1].person
    return _described_speaker(reader, subject, titles)


def _described_speaker(reader: _RoleReader, subject: Token, titles: list[Title]) -> str | None:
    """Whom a definite description speaking stands for. "The company" is the organisation named before
    it. A description of a person ("the spokesman", "the minister") names an unnamed person unless the
    text tied it to someone: a title given with that word ("Dmitry Peskov, a spokesman for the Kremlin",
    "a singer and rapper"), or a name in it the text set beside the person ("the KMT candidate" after
    "Hou Yu-ih, running for the Kuomintang (KMT)"). Untied, it is nobody the article named: None."""
    definite = any(c.lower_ in {"the", "this"} for c in subject.children if c.dep_ == "det")
    if subject.pos_ != "NOUN" or not definite:
        return None
    noun = subject.lower_
    if noun in reader.words.bodies:
        return References.of(reader.parsed, reader.start).body_before(subject.i)
    given = [t for t in titles if t.span[1] <= subject.idx and noun in (t.office or "").lower().split()]
    given += [t for t in titles if t.span[1] <= subject.idx and noun in (t.office_of or "").lower().split()]
    if given:
        return max(given, key=lambda t: t.span[1]).person
    if noun in reader.words.people or reader.is_role(subject):
        return _tied_by_name(reader, subject)
    return None


def _tied_by_name(reader: _RoleReader, subject: Token) -> str | None:
    """The person a name inside a description points to: the person last named in an earlier sentence
    that also names it ("the KMT candidate" -> the person whose sentence says "Kuomintang (KMT)")."""
    names = [
        c.text
        for c in subject.lefts
        if c.dep_ in {"compound", "amod", "nmod"} and (c.pos_ == "PROPN" or c.ent_type_ in {"NORP", "ORG", "GPE"})
    ]
    if not names:
        return None
    people = [e for e in reader.parsed.entities if e.label_ == "PERSON" and e.end_char <= subject.idx]
    tied = [
        person
        for person in people
        if person.sent.start != subject.sent.start
        and any(name in person.sent.text.replace(person.text, "") for name in names)
    ]
    if not tied:
        return None
    who = reader.person(tied[-1].root)
    return who[0] if who else tied[-1].text
