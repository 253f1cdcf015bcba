"""Matching: the units of evidence a page offers and what each says about one field of a claim.

A unit is a sentence of the page's text or one infobox field ("Commander: Gen Alexus G.
Grynkewich, USAF"). Each finder below reads one kind of fact from a unit (a current or past
office, an incumbent, a rank, a nationality, a count, a start date) and scores it with rapidfuzz.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from collections import OrderedDict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from dateutil import parser as dateparser
from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from verify import aliases, holder, lexicons
from verify.labels import readable_label, readable_value
from verify.link import plain_capitals
from verify.models import Document, InfoboxField
from verify.text import split_sentences

_WORDS = lexicons.load("judging")["match"]  # the word lists of matching (verify/lexicons/judging.toml)


@dataclass(frozen=True)
class Unit:
    """A sentence or an infobox field of a document."""

    doc: Document
    text: str
    field: InfoboxField | None = None


def field_text(doc: Document, field: InfoboxField) -> str:
    """How a field reads to an editor: 'Commander: Gen Alexus G. Grynkewich, USAF' (infoboxes
    name numbered rows through a paired `<param>_label`)."""
    shown = next((f.value for f in doc.infobox if f.label == f"{field.label}_label"), None)
    return f"{shown or readable_label(field.label)}: {readable_value(field.value)}"


@functools.lru_cache(maxsize=4096)
def _split(text: str) -> tuple[str, ...]:
    return tuple(s.text for s in split_sentences(text))


_UNITS: OrderedDict[int, tuple[Document, tuple[Unit, ...]]] = OrderedDict()  # by id, the document held
UNITS_KEPT = 512  # documents whose units are remembered, the most recently read


def units(doc: Document) -> list[Unit]:
    """The infobox rows and sentences of a document. Made once per document (documents are frozen):
    every claim a page is evidence for reads its units, and each row's readable text cost a walk over
    the infobox. The cache holds the document itself, so its id cannot stand for another one."""
    kept = _UNITS.get(id(doc))
    if kept is None or kept[0] is not doc:
        rows = [Unit(doc, field_text(doc, f), f) for f in doc.infobox if not f.label.endswith("_label")]
        kept = _UNITS[id(doc)] = (doc, (*rows, *(Unit(doc, sentence) for sentence in _split(doc.text))))
        if len(_UNITS) > UNITS_KEPT:
            _UNITS.popitem(last=False)
    else:
        _UNITS.move_to_end(id(doc))
    return list(kept[1])


# the head nouns of posts (offices.toml: each title's last word, the words of heading and of a body's posts): a fuzzy
# match may respell a post's other words ('defense'/'defence') but never these ('ministry' is no 'minister')
_POST_NOUNS = frozenset(
    aliases.fold(w).split()[-1]
    for w in [*aliases.OFFICE_HEADS, *aliases.TITLE_WORDS, *aliases.HEAD_OF_WORDS]
    + lexicons.load("offices")["body_posts"]
)


def _post_nouns_kept(phrase: str, folded: str, start: int, end: int) -> bool:
    """Whether every post noun of `phrase` stands as a whole word in the words a fuzzy alignment covers: a page's
    'worked at the Ministry of Foreign Affairs' aligns with 'minister of foreign affairs' at two letters' cost, and
    a diplomat would be read as the minister (review47 S6)."""
    while start > 0 and folded[start - 1].isalnum():
        start -= 1
    while end < len(folded) and folded[end].isalnum():
        end += 1
    covered = folded[start:end].split()
    # one letter may still differ ('councilor'/'councillor', a plural), not a word's ending ('ministry', 'presidency')
    return all(any(Levenshtein.distance(w, c) <= 1 for c in covered) for w in phrase.split() if w in _POST_NOUNS)


def phrase_position(phrases: list[str], text: str, threshold: float = 92) -> tuple[float, int, int] | None:
    """Where the best of `phrases` occurs in `text` (folded), scored 0-100."""
    folded = aliases.fold(text)
    best = None
    for phrase in phrases:
        if not phrase:
            continue
        idx = re.search(rf"\b{re.escape(phrase)}\b", folded)
        if idx:
            return 100.0, idx.start(), idx.end()
        if len(phrase) >= 12:
            align = fuzz.partial_ratio_alignment(phrase, folded)
            if (
                align
                and align.score >= threshold
                and (best is None or align.score > best[0])
                and _post_nouns_kept(phrase, folded, align.dest_start, align.dest_end)
            ):
                best = (align.score, align.dest_start, align.dest_end)
    return best


YEAR = r"(1[89]\d\d|20\d\d)"  # a year of modern news, as one group
_FULL_MONTH = "|".join(m.title() for m in aliases.FULL_MONTHS)
_DATE = (
    r"(?:\d{1,2}\s+[A-Z][a-z]+\.?\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}|"
    # a day glued to its month, as a mirror renders a page ('born 21August 1986'); never digits after digits
    rf"(?<!\w)\d{{1,2}}(?:{_FULL_MONTH})\s+\d{{4}}|"
    rf"(?:{_FULL_MONTH})\s+\d{{4}}|\d{{4}})"
)
DATE_TEXT = re.compile(_DATE)  # a date as pages write it: "24 February 2022", "February 24, 2022", "2022"


@functools.lru_cache(maxsize=8192)
def parse_date(text: str) -> dt.date | None:
    """A date written in any common English way; a bare year or month means its first day. Cached: the judge
    reads the same infobox dates for every claim about a page."""
    try:
        return dateparser.parse(text, default=dt.datetime(2000, 1, 1)).date()
    except (ValueError, OverflowError, TypeError):
        return None


def tense(window: str, as_of: dt.date | None) -> tuple[str, dt.date | None]:
    """Is the office in this window held now ('current'), only before ('past'), or unclear?"""
    low = window.lower()
    ranged = re.search(rf"from\s+(?:\w+\s+){{0,2}}{YEAR}\s+(?:to|until|–|-)\s+(?:\w+\s+){{0,2}}{YEAR}", low)
    if ranged:
        start_year, end_year = int(ranged.group(1)), int(ranged.group(2))
        if as_of is not None and end_year > as_of.year:
            # a term running past the article's year: held on the article's day if it began in an earlier year;
            # a page written later ("retired ... from 2022 to 2025") says nothing against a 2024 article
            return ("current", dt.date(start_year, 1, 1)) if start_year < as_of.year else ("unknown", None)
        if as_of is None or end_year < as_of.year or re.search(r"\b(last served|former|retired|was)\b", low):
            return "past", None
    since = re.search(r"since\s+((?:[a-z]+\.?\s+)?(?:\d{1,2}\s+)?(?:[a-z]+\.?\s+)?(?:\d{1,2},?\s+)?\d{4})", low)
    if since and _EARLIER_SPELL.search(low[: since.start()]):
        return "past", None  # 'he had previously been deputy governor since 2012': a spell before the page's present
    if since:
        return "current", parse_date(since.group(1))
    if re.search(r"\b(current|currently|incumbent|is serving|serving as|now serves|serves as)\b", low):
        return "current", None
    if re.search(r"\b(former|formerly|last served|previously|retired|was the)\b", low):
        return "past", None
    return "unknown", None


# an adverb placing a spell before the page's present, with no present verb after it before the 'since'
_EARLIER_SPELL = re.compile(
    rf"\b(?:{'|'.join(_WORDS['earlier_spell'])})\b(?![\s\S]*\b(?:{'|'.join(_WORDS['present_verbs'])})\b)"
)
_SINCE = re.compile(r"\bsince\s+((?:[a-z]+\.?\s+)?(?:\d{1,2}\s+)?(?:[a-z]+\.?\s+)?(?:\d{1,2},?\s+)?\d{4})", re.I)


def vague_since(text: str, as_of: dt.date | None, saved: dt.date | None = None) -> bool:
    """Whether the text's 'since ...' gives no day and its year (or month) holds the article's day:
    'since 2025' on an article of 1 February 2025 may mean a start after it, or before. A page saved
    by the article's day cannot speak of a later start."""
    m = _SINCE.search(text)
    if m is None or as_of is None or re.search(r"\b\d{1,2}\b", m.group(1)) or (saved and saved <= as_of):
        return False
    start = parse_date(m.group(1))
    if start is None or start.year != as_of.year:
        return False
    return not re.search(r"[a-z]", m.group(1), re.I) or start.month == as_of.month


INCUMBENT_LABEL = re.compile(r"^(incumbent|commander\d*|minister\d*_name|chair|chairman|leader\d*|head|president)$")


def incumbent_fields(doc: Document) -> list[tuple[InfoboxField, dt.date | None]]:
    """Infobox fields that name the current holder of the page's office, with 'since' dates."""
    labels = {f.label: f.value for f in doc.infobox}
    since = parse_date(labels["incumbentsince"]) if "incumbentsince" in labels else None
    out = []
    for f in doc.infobox:
        if not INCUMBENT_LABEL.match(f.label):
            continue
        shown = labels.get(f"{f.label}_label", "")
        if re.search(r"deputy|vice|enlisted|senior|secretary general", shown, re.I):
            continue
        out.append((f, since))
    # the row labelled as the body's head ('Chair') is its holder; another labelled row is another post's
    heads = [(f, d) for f, d in out if _HEAD_LABEL.fullmatch(labels.get(f"{f.label}_label", "").strip())]
    if heads:
        out = [(f, d) for f, d in out if not labels.get(f"{f.label}_label") or (f, d) in heads]
    return out


_HEAD_LABEL = re.compile(rf"(?:{'|'.join(map(re.escape, _WORDS['head_labels']))})", re.I)


def is_person_doc(doc: Document) -> bool:
    """A biography: a born-in lead or a person's infobox fields."""
    labels = {f.label.lower() for f in doc.infobox}
    person_fields = set(_WORDS["person_fields"])
    return bool(labels & person_fields) or re.search(r"\(born\b|\bborn \d", doc.text[:400]) is not None


def names_incumbent(doc: Document) -> bool:
    """Does an office page say who holds it now (an incumbent field or a 'current ...' sentence)?"""
    return bool(incumbent_fields(doc)) or re.search(r"\b(current|incumbent)\b", doc.text, re.I) is not None


def person_mentions(text: str) -> list[str]:
    """Runs of capitalised words that look like a person's name (two or more words)."""
    found = re.finditer(r"[A-Z][\w'’\-]+(?:\s+(?:[A-Z]\.|[A-Z][\w'’\-]+))+", plain_capitals(text))
    runs = [text[m.start() : m.end()] for m in found]  # 'Radmila Šekerinska': an accented capital starts a word too
    return [r for r in runs if len(r.split()) >= 2]


def rank_before(text: str, name: str) -> str | None:
    """The military rank written just before a name ("Gen Alexus G. Grynkewich" -> General)."""
    idx = text.find(name)
    head = text[: idx if idx >= 0 else 0] + " " + name
    best = None
    for form in sorted(aliases.RANKS, key=len, reverse=True):
        m = re.search(rf"(?i)(?<![\w.]){re.escape(form)}(?![\w])", head[-30:] if idx > 0 else name[:25])
        if m and (best is None or len(form) > len(best)):
            best = form
    return aliases.RANKS[best] if best else None


_ORIGIN = rf"[A-Z][a-z]+-(?:{'|'.join(_WORDS['origin_words'])})\b"  # 'Danish-born': where from, not whose national
# the nationality a lead gives: 'is a British diplomat', 'is a Danish-born British diplomat' (British), and none in
# 'is a Danish-born diplomat'
_NATIONALITY_SAID = re.compile(
    rf"\bis an? (?:retired |former )?(?:{_ORIGIN}\s+)?(?!{_ORIGIN})((?:[A-Z][a-z]+)(?:[- ][A-Z][a-z]+)?)\b"
)


# 'of Swedish descent', 'of mixed Swedish and Finnish ancestry', 'with Swedish roots': the forebears' countries
_DESCENT = re.compile(
    r"\b(?:of|with)\s+(?:(?:partial|partly|part|mixed|some)\s+)?[A-Z][\w'’-]*(?:(?:,\s+|\s+and\s+|\s+)[A-Z][\w'’-]*)*"
    rf"\s+(?:{'|'.join(_WORDS['descent_words'])})\b"
)


def without_descent(text: str) -> str:
    """The text with its phrases of descent taken out ('is a Norbian businessman of Swedish descent' -> 'is a Norbian
    businessman'): the country of a person's forebears is not theirs (review38 R14)."""
    return _DESCENT.sub("", text)


def origin_country(text: str) -> str | None:
    """The country a lead gives a person's origin by ('is a Danish-born British diplomat': Denmark): no nationality,
    but one they may hold beside it, so no refutation of a claim of it."""
    m = re.search(rf"\bis an? (?:retired |former )?({_ORIGIN})", text)
    return aliases.country_of(m.group(1).split("-")[0]) if m else None


def country_in(text: str) -> str | None:
    """The country a unit ties a person to: service abbreviation, allegiance or nationality word."""
    low = aliases.fold(text)
    for abbr, country in aliases.SERVICE_COUNTRY.items():
        if re.search(rf"\b{re.escape(abbr)}\b", low):
            return country
    m = _NATIONALITY_SAID.search(text)
    if m:
        return aliases.country_of(m.group(1)) or aliases.country_of(m.group(1).split()[0])
    return None


_START_VERBS = re.compile(rf"\b({'|'.join(map(re.escape, _WORDS['start_verbs']))})\b", re.I)


def start_dates(unit: Unit) -> list[tuple[dt.date, str]]:
    """When an event began, as a unit states it ('On 24 February 2022, Russia invaded',
    'began in February 2014', infobox 'date: 27 February 2014 – present'): (date, the words used)."""
    text = unit.text
    if unit.field is not None:
        if unit.field.label.lower() == "date" and re.search(r"present|ongoing", unit.field.value, re.I):
            written = re.split(r"\s+[–-]\s+", unit.field.value)[0]
            d = parse_date(written)
            return [(d, written)] if d else []
        return []
    if not _START_VERBS.search(text):
        return []
    out = []
    for m in re.finditer(_DATE, text):
        window = text[max(0, m.start() - 60) : m.end() + 60]
        if _START_VERBS.search(window) and not re.search(r"\bbuild-up|recogni[sz]ed|authori[sz]ed\b", window):
            d = parse_date(m.group(0))
            if d:
                out.append((d, m.group(0)))
    return out


def pages_about(name: str, docs: list[Document]) -> list[Document]:
    """The pages whose title is `name`: the same person however written (same surname, compatible
    given names) or the same title once folded. A page about someone else speaks of them only in passing."""
    from verify.names import same_person  # names imports the lexicons, which import nothing of match

    if not name.strip():
        return []
    key = aliases.fold(name)
    found = [d for d in docs if aliases.fold(d.title) == key or same_person(name, d.title) or _birth_name_holds(key, d)]
    found = [d for d in found if not an_elders(name, d)]
    if key not in _JUNIOR_TIED.get() and any(aliases.fold(d.title) == key for d in found):
        found = [d for d in found if not a_juniors(name, d)]  # 'Karl Moen' with 'Karl Moen' and 'Karl Moen Jr.'
    return found


# the plain names (folded) the article being judged ties to their junior bearer (`names_tied_to_a_junior`)
_JUNIOR_TIED: ContextVar[frozenset[str]] = ContextVar("junior_tied", default=frozenset())


@contextmanager
def names_tied_to_a_junior(names: Iterable[str]) -> Iterator[None]:
    """While judging one claim: `pages_about` keeps a junior's page ('Karl Moen Jr.') beside the plain name's for these
    names, which the article ties to the junior (verify/judge.py `_tied_to_the_junior`; review45 B1): both pages
    then answer, and where they disagree the claim stays open rather than being judged on the father's page."""
    token = _JUNIOR_TIED.set(frozenset(aliases.fold(n) for n in names if n))
    try:
        yield
    finally:
        _JUNIOR_TIED.reset(token)


def a_juniors(name: str, doc: Document) -> bool:
    """Whether a page's title names a younger bearer of a name written without the suffix ('Karl Moen Jr.' for 'Karl
    Moen'): where a page of exactly the name is in the pool too, the plain name is the elder's, the son's page
    another person's (review44 R6). With no such page a plain name may be the junior's ('Martin Luther King')."""
    from verify.names import junior

    return junior(name) is None and junior(doc.title) is not None


_NAMES = lexicons.load("judging")["names"]
_GENERATION_WORDS = "|".join(map(re.escape, _NAMES["younger_words"] + _NAMES["elder_words"]))
_GENERATION_TOLD = re.compile(rf"\bthe\s+(?P<word>{_GENERATION_WORDS})\s+$", re.I)  # 'The younger Moen


def of_the_generation_told(name: str, sentence: str, docs: list[Document]) -> list[Document]:
    """The pages without those of the other bearer of a family's name, when the sentence writes which one it means
    right before the name ('The younger Moen, 43, ...': the page titled with 'Jr.' is his; 'the elder Moen': the one
    without): both pages answer to the surname, and a father's birth date would refute his son's age (review44 R6).
    The pages unchanged when the sentence tells none or the pages do not tell the two apart."""
    from verify.names import junior

    at = sentence.find(name) if name else -1
    told = _GENERATION_TOLD.search(sentence[:at]) if at > 0 else None
    if told is None:
        return docs
    younger = told["word"].lower() in _NAMES["younger_words"]
    about = pages_about(name, docs)
    other = [d for d in about if (junior(d.title) is None) == younger]
    return [d for d in docs if d not in other] if 0 < len(other) < len(about) else docs


def an_elders(name: str, doc: Document) -> bool:
    """Whether a name written with a younger bearer's suffix ('Ivo Stam Jr.') meets a page that never calls its
    person so, in its title, its birth name or the name its lead opens with: the father's page, 'Ivo Stam (born 3
    March 1950) ...' (review34 R15). A name written without one may be the junior's ('Martin Luther King')."""
    from verify.names import junior

    suffix = junior(name)
    if suffix is None:
        return False
    born = next((f.value for f in doc.infobox if f.label.lower() == "birth_name"), "")
    opening = doc.text[:200].split("(", 1)[0] if "(" in doc.text[:200] else doc.text[:200].split(" is ", 1)[0]
    return all(junior(written) != suffix for written in (doc.title, born, opening))


_KNOWN_AS = re.compile(
    rf"\b(?:{'|'.join(re.escape(w) for w in sorted(_WORDS['known_as'], key=len, reverse=True))})\s+"
    r"(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)"
)


def lead_names(doc: Document) -> list[str]:
    """The names a page gives its own person: its title, its infobox birth name, the name its lead opens with
    ('Ferdinand Romualdez Marcos Jr. (born ...' or '... is'), and the names its first sentence says the person is
    known by ('commonly known as Bongbong Marcos'). A page titled by a nickname is the person of each."""
    born = next((f.value for f in doc.infobox if f.label.lower() == "birth_name"), "")
    first = (_split(doc.text) or ("",))[0]
    opening = first.split("(", 1)[0] if "(" in first else first.split(" is ", 1)[0] if " is " in first else ""
    known = [m["name"] for m in _KNOWN_AS.finditer(first)]
    names = [doc.title, born, opening.strip(" ,"), *known]
    return list(dict.fromkeys(n.strip() for n in names if n.strip() and len(n.split()) <= 6))


def _birth_name_holds(folded_name: str, doc: Document) -> bool:
    """A full name of three words or more that the page's birth name (its infobox row, or the name its
    lead opens with) holds ('Filipe Montenegro Cardoso de Morais Esteves' in 'Luís Filipe Montenegro
    Cardoso de Morais Esteves (born ...'): the article writes the full name, the page is titled by the
    short one."""
    if len(folded_name.split()) < 3:
        return False
    born = next((f.value for f in doc.infobox if f.label.lower() == "birth_name"), "")
    opening = doc.text[:200].split("(", 1)[0] if "(" in doc.text[:200] else ""  # 'Luís Filipe ... Esteves (born'
    # the name ends where the full name does: a given name dropped, not a piece from its middle
    ending = re.compile(rf"\b{re.escape(folded_name)}$")
    return any(ending.search(aliases.fold(full).strip()) for full in (born, opening) if full)


# 'born 14 May 1964', 'born on ...', and the place told first: 'was born in the Ara village near Korvik in the
# state of Norby, on 14 May 1964' (the first 'on' day after the place, within the clause)
_BORN = re.compile(rf"\bborn\s+(?:(?:in|at|near)\s+[^.;:()]{{1,160}}?,?\s+on\s+|on\s+)?({_DATE})")


_MONTH_IN = {
    word: calendar.month_name[n] for n, words in enumerate(_WORDS["other_language_months"], 1) for word in words
}
# '17 ottobre 1951', '17 de octubre de 1951', '17. Oktober 1951': a day another language's page writes
_OTHER_LANGUAGE_DAY = re.compile(
    rf"\b(\d{{1,2}})\.?\s+(?:de\s+)?({'|'.join(sorted(_MONTH_IN, key=len, reverse=True))})\s+(?:de\s+)?(\d{{4}})\b"
)


def in_english(value: str) -> str:
    """A row's date as an English page writes it ('17 ottobre 1951' -> '17 October 1951'); else as given."""
    m = _OTHER_LANGUAGE_DAY.search(aliases.unaccented(value).lower())
    return f"{m.group(1)} {_MONTH_IN[m.group(2)]} {m.group(3)}" if m else value


def birth_date(doc: Document) -> tuple[dt.date, Unit, bool] | None:
    """When the page's subject was born, the unit that says so, and whether the day is known (a bare
    year, "born 1962", is not): the infobox birth date, else the lead's "(born 17 July 1961)"."""
    for f in doc.infobox:
        if f.label.lower() == "birth_date":
            written = DATE_TEXT.search(in_english(f.value))
            day = parse_date(written.group(0)) if written else None
            if day:
                return day, Unit(doc, field_text(doc, f), f), not re.fullmatch(r"\d{4}", written.group(0))
    told = born_in_the_lead(doc)
    if told is not None and (day := parse_date(told[0])):
        return day, told[1], not re.fullmatch(r"\d{4}", told[0])
    return None


def born_in_the_lead(doc: Document) -> tuple[str, Unit] | None:
    """The birth date the lead's first sentences write for the page's person, as written, and the sentence:
    '(born 17 July 1961)', 'was born in Ara, near Korvik, on 14 May 1964'; not another person's."""
    lead = _split(doc.text)[:3]
    known = _lead_names(doc, lead)
    for sentence in lead:
        m = _BORN.search(sentence)
        if m is not None and holder.another_holder(known, sentence, m.start()) is not None:
            continue  # 'Her husband Per Olsen (born 3 May 1966) is a doctor': his birth, not the page's person's
        if m and parse_date(m.group(1)):
            return m.group(1), Unit(doc, sentence)
    # a dead person's lead writes no 'born': '(12 June 1941 – 3 January 2024)'
    if (span := own_lifespan(doc)) is not None and parse_date(span[0]["born"]):
        return span[0]["born"], Unit(doc, span[1])
    return None


def _lead_names(doc: Document, lead: list[str]) -> list[str]:
    """The page's person's names in its lead: its title, and the words the first sentence opens its bracket after
    when they hold no verb ('Karel Josef Dant (born 3 May 1966), known as Kiki Dant'); 'Eva Lund is a politician,
    the daughter of Ivo Stam (born ...' opens with a clause, not a name."""
    opening = lead[0].split("(")[0] if lead and "(" in lead[0] else ""
    return [doc.title, "" if holder.holds_a_verb(opening) else opening]


def own_lifespan(doc: Document) -> tuple[re.Match[str], str] | None:
    """The life span the lead's first two sentences write in brackets after the page's person's name, and the
    sentence: 'Lena Sand (12 June 1941 – 3 January 2024) was'; a span after another name or noun is that one's
    ('the daughter of Ivo Stam, the former prime minister (12 June 1941 – ...', 'Her father, a painter (...')."""
    lead = _split(doc.text)[:2]
    known = _lead_names(doc, lead)
    for sentence in lead:
        for m in _LIFESPAN.finditer(sentence):
            if holder.bracket_follows(known, sentence[: m.start()]):
                return m, sentence
    return None


_DAY = r"(?:\d{1,2}\s+[A-Z][a-z]+\.?\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4})"  # a day, not a bare year
# a life span of two days: two bare years in brackets are as often a term ('(2015–2019)') as a life
_LIFESPAN = re.compile(rf"\((?:born\s+)?(?P<born>{_DAY})\s*[–—-]\s*(?P<died>{_DAY})\s*\)")


def death_date(doc: Document) -> tuple[dt.date, bool] | None:
    """When the page's subject died, and whether the day is known: the infobox death date, else the
    lead's life span "(7 November 1867 – 4 July 1934)". None for a living person, as far as the page says."""
    for f in doc.infobox:
        written = DATE_TEXT.search(in_english(f.value)) if f.label.lower() == "death_date" else None
        if written and (day := parse_date(written.group(0))):
            return day, not re.fullmatch(r"\d{4}", written.group(0))
    span = own_lifespan(doc)
    if span is not None and (day := parse_date(span[0]["died"])):
        return day, not re.fullmatch(r"\d{4}", span[0]["died"])
    return None


def age_on(born: dt.date, day: dt.date) -> int:
    """Whole years of age on `day`."""
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))
