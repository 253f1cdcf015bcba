"""The general `clause` kind: every clause that asserts a checkable fact about a named entity.

Read off the dependency parse (verify.nlp): each verb clause (main, subordinate, relative,
participial, coordinated) and each apposition or list line whose subject is a named entity, or a
pronoun or definite description standing for the last one named in the paragraph, and which carries
something checkable (a date, a number, a place, another entity, an ordinal, an event verb), becomes
one fact with structured fields. Opinion, prediction, condition, hedge, question and feeling are
left out: a modal auxiliary, an `if` mark, a hedge word, an opinion verb above the clause, a
question mark. The word lists are data (verify/lexicons).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from verify import aliases, lexicons
from verify.kinds.date.parsed import year_told
from verify.match import parse_date
from verify.names import same_person
from verify.nlp import Parsed, first_conjunct
from verify.nlp.paragraphs import LINE_DATELINE, dateline
from verify.nlp.reference import References, birth_name, office_opening, post_nominal
from verify.nlp.verb_forms import past_verb_form

if TYPE_CHECKING:  # pragma: no cover - typing only
    from spacy.tokens import Doc, Span, Token

__all__ = ["ClauseFact", "find_clauses"]

NAMED = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "EVENT", "WORK_OF_ART", "PRODUCT", "LAW"})
ACTORS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
TIMES = frozenset({"DATE", "TIME"})
PLACES = frozenset({"GPE", "LOC", "FAC"})
SITES = PLACES | {"ORG"}  # "in the São Bento Palace": the model often reads a named building as an organisation
# named things an apposition can say what they are ("Taroko National Park, a gorge popular with tourists")
DESCRIBED = PLACES | {"ORG", "EVENT", "WORK_OF_ART", "PRODUCT", "LAW"}
AMOUNTS = frozenset({"CARDINAL", "MONEY", "PERCENT", "QUANTITY"})
CLAUSE_DEPS = frozenset({"ROOT", "conj", "advcl", "relcl", "acl", "ccomp", "xcomp", "pcomp", "parataxis", "csubj"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
OBJECT_DEPS = frozenset({"dobj", "attr", "oprd", "dative", "acomp", "agent"})
_MISSING = object()  # what a memo holds for a question not yet asked (None is an answer)
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his"})
THING_PRONOUNS = frozenset({"it", "its", "they", "them", "their"})
RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$"})
REPORTING = frozenset({"say", "tell", "add", "note", "announce", "state", "write"})
_NAME_RUN = re.compile(r"[\w.'’ ]+")  # the words of one name: no dash, comma or line break between them
# a name written right after a word: capitalised words with no comma or line break between them
_NAME_AFTER = re.compile(r" (?P<name>[A-ZÀ-ÖØ-Þ][\w'’-]*(?: [A-ZÀ-ÖØ-Þ][\w'’-]*){0,4})")
MODIFIER_DEPS = frozenset({"amod", "compound", "nummod", "npadvmod", "nmod"})
MALE = frozenset({"he", "him", "his", "himself"})
FEMALE = frozenset({"she", "her", "hers", "herself"})
SEQUENCE_PREPOSITIONS = frozenset({"before", "after", "since", "while", "upon", "on", "by", "without", "despite"})
SUBORDINATE_DEPS = frozenset({"advcl", "relcl", "acl", "ccomp", "pcomp", "csubj", "xcomp"})
_LIGHT_VERBS = frozenset({"be", "have", "do", "get", "let"})
_OPENING_QUOTES = frozenset({'"', "“", "‘"})
_CLOSING_QUOTES = frozenset({'"', "”", "’"})
_YEAR = re.compile(r"(?:(?:early|late|mid)-?\s*)?\d{4}")  # "in 1960", "in early 2003": a year the name is tied to
# an exchange and a ticker in brackets after a company's name: "(NYSE: HBR)", '(Nasdaq "HBR")'
_LISTING = re.compile(
    r"(?:,?\s(?:Inc|Corp|Co|Ltd|LLC|plc|PLC|AG|SE|SA|NV)\.?)?"  # "Harbor Holdings, Inc." before the brackets
    r"""\s?\(([A-Z][A-Za-z]{1,9}(?::\s*|\s+)["“]?[A-Z]{1,5}(?:\.[A-Z])?["”]?)\)"""
)
_RANKS = frozenset({"first", "last", "only"})
_PART_OF = frozenset({"of", "in", "at", "with", "from", "by"})  # "the board of X", "workers at X", "a report by X"
_PRECEDENT = frozenset({"since", "after"})  # "the first since X in 2017": X, the one before, did it in 2017
_WHERE = frozenset({"in", "on", "near", "off"})  # "Tromsø, on the coast of ...": where a place lies
_SUPERLATIVES = frozenset({"best", "outstanding"})  # "best actor for X": a prize a person is given
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_CLAUSE_LINKS = frozenset({"parataxis", "advcl", "ccomp", "relcl"})  # where a clause of its own hangs
_AGE = re.compile(r"([\w.]+(?:[- ][\w.]+)*?)[- ]year[- ]old\b", re.IGNORECASE)  # "108-year-old", "five-year-old"
_APPOSED_AGE = re.compile(r"\b[\w.]+(?:-\w+)?[- ]year[- ]old\b", re.IGNORECASE)  # "61-year-old", "twenty-five-year-old"
_BASED = re.compile(r"([A-Z][\w.'’ ,]*?)\s*-\s*based\b")  # "Iowa-based", "Santa Monica, California-based"
_ORDINAL = re.compile(
    r"^\d+(st|nd|rd|th)$|^(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|only)$"
)
_ASIDE_TAIL = re.compile(r"\s*(?:(?:a|an|the)\b[^,.;]*,\s*)?")  # after "Bach, 68,": " a German former fencer, "
_TIMELINE_LINE = re.compile(r"^[^\n]{2,40}?\s[-–—]\s")  # "June 2019 - X wins ...", "8:11 p.m. - ..."


@dataclass(frozen=True)
class ClauseFact:
    """One checkable clause: who did what, to what, when, where, how many; `span` indexes the article."""

    subject: str
    predicate: str
    span: tuple[int, int]
    object: str | None = None
    time: str | None = None
    place: str | None = None
    quantity: str | None = None
    context: str | None = None  # the other named entity the clause is about (the object: "FIFA suspends Rubiales")
    anchor: tuple[int, int] | None = None  # the words of the checkable value itself
    fallback: bool = False  # a value claimed on its own only when its clause's main claim is taken
    verb: tuple[int, int] | None = None  # the clause's verb, where another kind's claim on the same event stands
    values: tuple[tuple[int, int], ...] = ()  # the words of each value it carries (object, place, time, count)
    deed: tuple[int, int] | None = None  # an actor's event: a fact even once its values are claimed
    joined: bool = False  # said of a name coordinated with the clause's first subject: claimed once per name
    office: bool = False  # an apposition naming an office: the role kind's claim, this one's only where it has none

    @property
    def value(self) -> str:
        return next((v for v in (self.object, self.place, self.time, self.quantity) if v), "")


def _ranked(tokens: Iterable[Token]) -> bool:
    """An ordinal or a superlative ('the 13th woman', 'the first country', 'the deadliest wildfire'):
    a rank an editor can check; not 'one of the most consequential decisions', which ranks nothing, nor
    the end of a compound ('finance-first leadership')."""
    return any(
        (t.ent_type_ == "ORDINAL" or t.tag_ in {"JJS", "RBS"} or _ORDINAL.match(t.lower_))
        and not _one_of(t)
        and not _after_hyphen(t)
        for t in tokens
    )


def _definite(token: Token) -> bool:
    """'the driver', not 'a driver': a description of someone the article has named, not of someone new."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)


def _present_passive(subject: Token) -> bool:
    """'the emir is chosen', 'the president is elected': a present-tense passive told of a post's holder says how
    the post works, not what one holder underwent."""
    verb = subject.head
    return subject.dep_ == "nsubjpass" and any(c.dep_ == "auxpass" and c.tag_ in {"VBZ", "VBP"} for c in verb.children)


def _aged_alone(token: Token) -> bool:
    """'The 64-year-old used his speech ...', 'voted to convict the 70-year-old': an age with no noun after it,
    used as one (subject or object), calls a person named before."""
    if token.lower_ != "old":  # asked of every word of the walk: the cheapest test first
        return False
    return token.pos_ == "ADJ" and token.dep_ in SUBJECT_DEPS | {"dobj", "pobj", "attr"} and _definite(token)


def _age_standing_alone(token: Token) -> bool:
    """'the 55-year-old ran for president', 'named the 50-year-old on Aug. 13': a definite age with no noun after
    it calls a person named before, however the parser hung it (the small model tags the verb after it a noun,
    'ran/NN', and makes the age that noun's modifier). The word after the age is read for what it is: a verb, a
    preposition or a stop, or a "noun" that is a verb's past form by the lemmatiser's tables."""
    if token.lower_ != "old" or token.i < 4 or token.i + 1 >= len(token.doc):
        return False
    doc = token.doc
    if doc[token.i - 1].text != "-" or doc[token.i - 2].lower_ != "year" or doc[token.i - 3].text != "-":
        return False  # "the 55-year-old": the hyphened age, not "years old" nor "old friend"
    number = doc[token.i - 4]
    while number.i > 0 and doc[number.i - 1].text == "-" and number.i >= 2 and doc[number.i - 2].like_num:
        number = doc[number.i - 2]  # "the twenty-five-year-old"
    if not number.like_num or number.i < 1 or doc[number.i - 1].lower_ != "the":
        return False
    after = doc[token.i + 1]
    if after.pos_ in _AFTER_AN_AGE_ALONE:
        return True
    return after.pos_ == "NOUN" and after.text.islower() and past_verb_form(after.text)


_ACTED_ON = frozenset({"dobj", "dative", "iobj"})  # what a verb acts on ('thanked her', 'gave him')
# a person noun acted on in these relations is someone the story brings in, whatever its article ('detained the driver',
# 'the driver was detained'): an age told next may be theirs
_BROUGHT_IN = frozenset({"dobj", "nsubjpass"})
_OBJECT_PRONOUNS = frozenset({"him", "her", "them"})  # a pronoun as object stands for someone else than the subject
_AFTER_AN_AGE_ALONE = frozenset({"VERB", "AUX", "ADP", "PUNCT", "CCONJ"})  # what no noun phrase goes on with


def _own_sex(token: Token) -> str | None:
    """The sex a description's own clause tells of it: 'The 64-year-old used his speech' ("m"), by a "his" or
    "her" whose verb is the one the description is the subject of; None when the clause has neither or both."""
    verb = token.head
    if token.dep_ not in SUBJECT_DEPS or verb.pos_ not in {"VERB", "AUX"}:
        return None
    said = set()
    for other in verb.subtree:
        head = other.head
        while head.pos_ not in {"VERB", "AUX"} and head.head.i != head.i:
            head = head.head
        if other.dep_ == "poss" and other.lower_ in {"his", "her"} and head.i == verb.i:
            said.add("m" if other.lower_ == "his" else "f")
    return said.pop() if len(said) == 1 else None


def _calls_a_person(token: Token) -> bool:
    """A calling or an office ('mayor', 'driver', 'economist'): a noun only a person is called by."""
    _parts, people = _parts_of_bodies()
    return token.lemma_.lower() in _person_nouns() or token.lemma_.lower() in people


def _after_hyphen(token: Token) -> bool:
    if token.i < 2:
        return False
    hyphen = token.doc[token.i - 1]
    return hyphen.text == "-" and not hyphen.whitespace_ and not token.doc[token.i - 2].whitespace_


def _coordinated_copula(verb: Token) -> bool:
    """'..., and was the 13th person to hold the office': a copula coordinated with an earlier verb, with a
    complement of its own that holds a checkable value, states a second fact of the first verb's subject (it has
    no subject of its own)."""
    if verb.dep_ != "conj" or verb.lemma_ != "be":
        return False
    # a complement with something to check in it (an ordinal, a number, a name): not "and was a hit"
    return any(c.dep_ == "attr" and any(t.like_num or t.ent_type_ for t in c.subtree) for c in verb.children)


_PAST_ADVERBS = frozenset(lexicons.load("judging")["clause"]["past_participle_adverbs"])


def _told_as_past(verb: Token) -> bool:
    """Whether a participle is told of an earlier time ('once headquartered in Tarsa', 'formerly based in Halden'):
    a past seat is not the subject's now, and the clause would lose its time word (review45 B6)."""
    return any(c.dep_ == "advmod" and c.lower_ in _PAST_ADVERBS for c in verb.children)


def _after_a_coordination_of_names(participle: Token) -> bool:
    """Whether a participle set off by a comma follows the last of two or more coordinated names and pairs them with
    coordinated values ('Ivo Stam and Eva Lund, born in Halden and Tarsa respectively,'): each name has one of them,
    so the phrase is no one name's alone ('..., both born in Halden,' stays the nearer name's, as before)."""
    paired = any(t.dep_ == "conj" or t.lower_ == "respectively" for t in participle.subtree)
    paired = paired or any(t.lower_ == "respectively" for t in participle.head.head.subtree)
    name = participle.head
    if not paired:
        return False
    comma = participle.doc[participle.i - 1] if participle.i > 0 else None
    coordinated = name.dep_ == "conj" and name.head.pos_ == "PROPN" and name.head.i < name.i
    return name.pos_ == "PROPN" and coordinated and comma is not None and comma.text == "," and comma.i > name.i


def _predicate_noun(noun: Token) -> bool:
    """The noun a copula says its subject is ("Korvik is a company ..."): what describes it describes the subject."""
    return noun.dep_ == "attr" and noun.head.lemma_ == "be" and noun.head.i != noun.i


def _hyphen_piece(token: Token) -> bool:
    """A prefix or dash the tokenizer split off a hyphenated verb ('re' and '-' of 're-elected'), which the
    tagger may take for a verb of its own."""
    if token.is_punct:
        return True
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return not token.whitespace_ and after is not None and after.text == "-"


def _pair_word(token: Token) -> bool:
    """Whether a token is 'both', 'the pair' or 'both rivals', which `_Finder.pair` remembers whom it stands
    for: a memory-only walk (`_Finder.run`) reads in full every sentence that holds one."""
    lower = token.lower_ if token.pos_ != "NOUN" else token.lemma_.lower()
    definite = token.pos_ == "NOUN" and any(c.lower_ == "the" for c in token.children)
    both = token.pos_ == "NOUN" and any(c.dep_ in {"det", "predet"} and c.lower_ == "both" for c in token.children)
    return both or (lower in _pair_words() and (token.pos_ != "NOUN" or definite))


def _holds_pair_word(sentence: Span) -> bool:
    """Whether a sentence holds a `_pair_word`: each has a pair word for its own word or lemma or a 'both' in
    its sentence (a dependent stays in its sentence), so most sentences are told by their words alone."""
    words = _pair_words()
    if not any(t.lower_ in words or t.lemma_.lower() in words for t in sentence):
        return False
    return any(_pair_word(t) for t in sentence)


def _one_of(token: Token) -> bool:
    """Whether a word stands in 'one of the ...' (a rank shared with an unnamed many)."""
    node = token
    for _ in range(4):
        if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.lower_ == "one":
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _starting_after(fact: ClauseFact, name_start: int, starts: tuple[int, ...]) -> ClauseFact:
    """A fact that began with the name and its age aside, claimed from the first of `starts` inside it
    ("Bach, 68, a German former fencer, leads the IOC" -> "leads the IOC"; the apposition's own fact
    -> "a German former fencer")."""
    if fact.predicate == "aged" or fact.span[0] != name_start:
        return fact
    start = next((s for s in starts if s < fact.span[1]), None)
    return replace(fact, span=(start, fact.span[1])) if start is not None else fact


def _a_ticker(fact: ClauseFact, listings: list[ClauseFact]) -> bool:
    """Whether an 'is' fact only reads a listing's ticker as a name beside the company ("Nordbank Corporation
    (NYSE: NORD)" is no "Nordbank Corporation is NORD"): the listing states it."""
    if fact.predicate != "is" or fact.anchor is None:
        return False
    return any(a <= fact.anchor[0] < b for a, b in (f.anchor for f in listings if f.anchor))


def _datelines(text: str) -> list[tuple[int, int]]:
    """Where the article's datelines stand ('BENGALURU, Aug 23 (wire) — '): a place and a date before a
    story's first sentence, which state no fact of their own; the body's own after a press release's deck
    ("OSLO and BERGEN, Norway, Nov. 22, 2023 —") too."""
    body = dateline(text)
    return [m.span() for m in LINE_DATELINE.finditer(text)] + ([body] if body else [])


def _date_after_places(head: str) -> int:
    """Where a dateline's date begins after its places: "OSLO, 3 May 2024", "SPRINGFIELD, Ill., and
    DENVER, May 2" (every comma-set piece before the first with a number or a month is a place); 0 for
    a line that opens with its date ("June 2019 - ...")."""
    pieces = head.split(", ")
    if len(pieces) < 2 or not pieces[0].isupper():
        return 0
    at = 0
    for piece in pieces:
        if _calendar_date(piece) or any(ch.isdigit() for ch in piece):
            return at
        at += len(piece) + 2
    return 0


_QUOTATION = re.compile(r"“[^”\n]*”|\"[^\"\n]*\"")


def _quotations(text: str) -> list[tuple[int, int]]:
    """Where quoted words stand: what a speaker said is the quote kind's claim, not a clause the article
    asserts ('called it "the largest natural disaster we've ever experienced"')."""
    return [m.span() for m in _QUOTATION.finditer(text)]


def _calendar_date(words: str) -> bool:
    """A day or month with its number ("5 July 2024", "Oct. 13", "January 2020"): what an editor
    checks as a date of its own; a bare year or "last season" stays part of its clause."""
    tokens = [w.strip(".,").lower() for w in words.split()]
    return any(aliases.month_word(t) for t in tokens) and any(t.isdigit() for t in tokens)


def _calendar_word(word: str) -> bool:
    """A month ("Oct." with its stop too) or a word that fixes a day: a date's word, never one of a name."""
    return aliases.month_word(word) or word in _days()


@functools.cache
def _days() -> frozenset[str]:
    """Words that fix a day by themselves: weekday names, the dateline's 'today', and 'this' or 'that'
    before a part of the day or year the story has dated ('that morning', 'this month'), and 'ago' after a
    stretch counted back from it ('three years ago')."""
    return _weekdays() | {"today", "yesterday", "tonight", "this", "that", "ago"}


@functools.cache
def _weekdays() -> frozenset[str]:
    return frozenset(lexicons.load("dates")["weekdays"])


def _on_that_weekday(head: str, time: str) -> bool:
    """Whether a clause's time names no weekday, or the weekday of the line's own dated day ('PARIS, 5 September
    2024 — ... named on Thursday'): only then is the line's day the clause's. A day written without its year ('July
    2') is no weekday a reader can check, and the clause keeps its own."""
    said = _weekdays() & {w.strip(".,").lower() for w in time.split()}
    if not said:
        return True
    day = parse_date(head) if re.search(r"\b\d{4}\b", head) else None
    return day is not None and day.strftime("%A").lower() in said


def _checkable_time(words: str) -> bool:
    """A time an editor can check: a year, a clock time, a month or a weekday ("in 1987", "at 6:04 p.m.",
    "on Wednesday", "that morning", "last year"), not a stretch or a step away from another time ("for years",
    "two days later", "the next day")."""
    tokens = [w.strip(".,").lower() for w in words.split()]
    told = year_told(words, 0) is not None  # 'last year': the year before the article's (dates.toml)
    return told or any(any(ch.isdigit() for ch in t) or aliases.month_word(t) or t in _days() for t in tokens)


@functools.cache
def _descriptions() -> tuple[frozenset[str], frozenset[str]]:
    titles = lexicons.load("titles")
    return frozenset(titles["people"]), frozenset(titles["bodies"])


def _said_now(subject: Token) -> bool:
    """Whether a subject's clause is in the present or present perfect ("Peru's ninth president has held
    the office since", "is barred"): an office so described is its holder now, the person the article
    called by it; in the past tense ("Peru's first president signed the charter in 1950") it may be anyone
    who once held it."""
    verb = subject.head
    present = {"VBZ", "VBP"}
    return verb.tag_ in present or any(c.dep_ in {"aux", "auxpass"} and c.tag_ in present for c in verb.children)


@functools.cache
def _description_kinds() -> dict[str, frozenset[str]]:
    """Which entity labels a descriptive noun can stand for: 'the economist' a person, 'the supplier' an
    organisation, 'the building' a facility."""
    titles = lexicons.load("titles")
    kinds: dict[str, frozenset[str]] = {}
    for word in titles["buildings"]:
        kinds[word] = frozenset({"FAC", "ORG", "GPE"})
    for word in titles["bodies"]:
        kinds[word] = frozenset({"ORG", "NORP"})
    for word in titles["people"]:
        kinds[word] = frozenset({"PERSON"})
    return kinds


@functools.cache
def _self_descriptions() -> frozenset[str]:
    """Nouns a body can be called by again ('the company', 'the group'), less those that usually name another
    actor than the one an article is about ('the court', 'the regulator', 'the union', 'the club')."""
    titles = lexicons.load("titles")
    return frozenset(titles["bodies"]) - frozenset(titles["other_actors"])


@functools.cache
def _parts_of_bodies() -> tuple[frozenset[str], frozenset[str]]:
    """The words for the parts and the people of a body that speak for it ('the board', 'workers'), and the
    general words for people ('a man', 'an employee', 'fans') who speak only for themselves."""
    titles = lexicons.load("titles")
    return frozenset(titles["parts_of_bodies"]), frozenset(titles["people_in_general"])


@functools.cache
def _person_nouns() -> frozenset[str]:
    """Nouns that say a name is a person's: callings and offices ('midfielder', 'economist', 'mayor')."""
    titles = lexicons.load("titles")
    return (frozenset(titles["people"]) | frozenset(titles["roles"]) | _office_words()) - frozenset(titles["bodies"])


@functools.cache
def _member_nouns() -> frozenset[str]:
    """Nouns for the members of a body ('justice', 'judge', 'senator'): verify/lexicons/titles.toml `members`."""
    return frozenset(lexicons.load("titles").get("members", {}))


@functools.cache
def _marriage_lemmas() -> frozenset[str]:
    """Lemmas of a clause telling a marriage (verify/lexicons/judging.toml `quantity.marriage_lemmas`)."""
    return frozenset(lexicons.load("judging")["quantity"]["marriage_lemmas"])


@functools.cache
def _age_verbs() -> frozenset[str]:
    """Verbs telling an age reached ('turned 70'): the number after them is an age, whatever the recogniser calls it."""
    return frozenset(lexicons.load("judging")["quantity"]["age_verbs"])


@functools.cache
def _age_reached() -> tuple[frozenset[str], frozenset[str]]:
    """Past forms of an age reached ('turned') and the words opening a time phrase after it ('in', 'on'):
    verify/lexicons/judging.toml `quantity.age_reached`, `quantity.age_reached_when`."""
    words = lexicons.load("judging")["quantity"]
    return frozenset(words["age_reached"]), frozenset(words["age_reached_when"])


@functools.cache
def _age_reached_then() -> tuple[frozenset[str], frozenset[str]]:
    """Words of a birthday's time phrase that put it in another year ('last year', 'two years ago'), and those that
    count it from the article's day ('this month', 'last month'), whose birthday the clause's own reading checks
    against the birth date: verify/lexicons/judging.toml `quantity.age_reached_then`, `age_reached_counted`."""
    words = lexicons.load("judging")["quantity"]
    return frozenset(words["age_reached_then"]), frozenset(words["age_reached_counted"])


def _reached_now(number: Token) -> bool:
    """Whether the number is an age told reached by the verb before it ('who turned 83'), its time phrase, if any,
    giving no year ('in September', not 'in 1990' nor 'last year'): the person's age on the article's day."""
    past, openers = _age_reached()
    if number.doc[number.i - 1].lower_ not in past:
        return False
    end = _aside_end(number)
    phrase = number.doc[number.i + 1 : end.i]
    if len(phrase) and phrase[0].lower_ not in openers:
        return False
    then, counted = _age_reached_then()
    return end.text == "," and not any((t.like_num and len(t.text) == 4) or t.lower_ in then | counted for t in phrase)


def _aside_end(number: Token) -> Token:
    """The token ending an age aside's time phrase: the first comma or stop within four tokens after the number
    ('83 in September,'), else the token right after it."""
    doc = number.doc
    for token in doc[number.i + 1 : min(number.i + 6, len(doc))]:
        if token.text in {",", ".", ";"}:
            return token
    return doc[min(number.i + 1, len(doc) - 1)]


@functools.cache
def _placings() -> frozenset[str]:
    return frozenset(lexicons.load("predicates")["events"]["placings"])


@functools.cache
def _pair_words() -> frozenset[str]:
    return frozenset(lexicons.load("titles")["pairs"])


@functools.cache
def _origin_nouns() -> frozenset[tuple[str, str]]:
    """(noun, preposition) of the descriptions that say where a person was born ('native of'): the judge settles
    them by the birth place (verify/lexicons/judging.toml `clause.birthplace_descriptions`), so extraction reads
    the same words."""
    pairs = (phrase.split() for phrase in lexicons.load("judging")["clause"]["birthplace_descriptions"])
    return frozenset((words[0], words[1]) for words in pairs if len(words) == 2)


@functools.cache
def _successions() -> frozenset[str]:
    """Predicates of succeeding another in a post (predicates.toml `events.successions`)."""
    return frozenset(lexicons.load("predicates")["events"]["successions"])


@functools.cache
def _settlements() -> frozenset[str]:
    return frozenset(lexicons.load("predicates")["places"]["settlements"])


@functools.cache
def _winning() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Verbs of winning a prize, nouns of a nomination and nouns of prizes (predicates.toml `events`)."""
    events = lexicons.load("predicates")["events"]
    return frozenset(events["winning"]), frozenset(events["nominations"]), frozenset(events["prizes"])


def _won(award: Token) -> bool:
    """Whether the sentence says the prize was won: the verb the prize's phrase hangs on is one of winning or
    being given ('took three awards, including best actor'), or the phrase hangs on prizes someone is 'with'
    ('dominated the night with seven awards, including best actor': prizes held are prizes given); a nomination on the
    way ('earned 13 nominations, including best actor') means put forward, not given. A
    list with no verb at all ('Five awards: best picture ... and best actress, for X') is a results list."""
    verbs, nominations, prizes = _winning()
    node = award
    counted = False
    while node.pos_ not in {"VERB", "AUX"} or node.dep_ == "prep":  # "including" is a preposition here
        if node.lemma_.lower() in nominations:
            return False
        counted = counted or (node.lemma_.lower() in prizes and node.head.lower_ == "with" and node.i != award.i)
        if node.head.i == node.i:
            return True  # a verbless list of prizes
        node = node.head
    return counted or node.lemma_.lower() in verbs


@functools.cache
def _kin_nouns() -> frozenset[str]:
    return frozenset(lexicons.load("predicates")["people"]["kin"])


@functools.cache
def _areas() -> frozenset[str]:
    """Nouns a place is said to lie in or on: settlements and stretches of land or water (predicates.toml)."""
    places = lexicons.load("predicates")["places"]
    return frozenset(places["settlements"]) | frozenset(places["areas"])


@functools.cache
def _kin_qualifiers() -> frozenset[str]:
    return frozenset(lexicons.load("predicates")["people"]["kin_qualifiers"])


@functools.cache
def _homes() -> frozenset[str]:
    return frozenset(lexicons.load("predicates")["places"]["homes"])


@functools.cache
def _event_nouns() -> frozenset[str]:
    return frozenset(lexicons.load("predicates")["events"]["nouns"])


@functools.cache
def _office_words() -> frozenset[str]:
    """The head words of an office or job ('lawyer', 'chief', 'president'): an apposition that is
    only an office is a role claim, not a clause."""
    titles = lexicons.load("titles")
    words = {w for title in titles["titles"] for w in title.split()} - set(titles["event_titles"])
    return frozenset(words)


@functools.cache
def _role_nouns() -> frozenset[str]:
    """Nouns an apposition names a role or calling with ('X, a former chief of ...', 'Y, Trump's former lawyer',
    'Z, the artist'): the role kind's claim, unless a date, number or rank comes with it. A deed ('the
    founder of ...') stays a clause."""
    titles = lexicons.load("titles")
    deeds = set(titles["event_titles"])
    return _office_words() | (frozenset(titles["roles"]) | frozenset(titles["people"])) - deeds


@functools.cache
def _words() -> tuple[dict[str, str], frozenset[str], frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    predicates = lexicons.load("predicates")
    cues = lexicons.load("nonfactual")["cues"]
    return (
        predicates["verbs"],
        frozenset(predicates["events"]["predicates"]),
        frozenset(cues["modal_auxiliaries"]),
        frozenset(cues["conditional_marks"]),
        frozenset(cues["hedge_words"]),
        frozenset(cues["opinion_verbs"]) | frozenset(cues["feeling_adjectives"]),
    )


def _forecast(said: Token) -> bool:
    """Whether a said clause forecasts (a modal before its verb: 'the plant will close') rather than tells the
    speaker's own stand ('he will not seek another term', 'the board would not speculate': a pronoun for the speaker
    or a refusal), which is a checkable thing to have said."""
    modal = any(c.dep_ == "aux" and c.lower_ in _words()[2] for c in said.children)
    stand = any(c.dep_ == "neg" for c in said.children) or any(
        c.dep_ in SUBJECT_DEPS and c.lower_ in PERSON_PRONOUNS for c in said.children
    )
    return modal and not stand


@functools.cache
def _superlative_scopes() -> frozenset[str]:
    """Prepositions tying a superlative to the place it ranks within ('the oldest university in Norby';
    predicates.toml events.superlative_scopes)."""
    return frozenset(lexicons.load("predicates")["events"]["superlative_scopes"])


@functools.cache
def _rank_since() -> frozenset[str]:
    """Prepositions tying a rank to the time it counts from ('its first victory since 1998'; predicates.toml
    events.rank_since)."""
    return frozenset(lexicons.load("predicates")["events"]["rank_since"])


@functools.cache
@functools.cache
def _count_sides() -> frozenset[str]:
    """Prepositions tying a count to the side it was made for ('18 goals for Norby'; predicates.toml
    events.count_sides)."""
    return frozenset(lexicons.load("predicates")["events"]["count_sides"])


def _scheduled() -> tuple[frozenset[str], frozenset[str]]:
    """The future auxiliaries and the verbs they leave a fact: verify/lexicons/nonfactual.toml `scheduled_*`."""
    cues = lexicons.load("nonfactual")["cues"]
    return frozenset(cues["scheduled_auxiliaries"]), frozenset(cues["scheduled_verbs"])


@functools.cache
def _inverted_conditionals() -> frozenset[str]:
    """Auxiliaries that open a condition before their subject ('Should she win'): nonfactual.toml."""
    return frozenset(lexicons.load("nonfactual")["cues"]["inverted_conditionals"])


@functools.cache
def _contest_verbs() -> frozenset[str]:
    """Verbs of a contest won, whose infinitive is the winner's ('defeated X to become ...'): predicates.toml."""
    return frozenset(lexicons.load("predicates")["events"]["contest_verbs"])


@functools.cache
def _relating_adjectives() -> frozenset[str]:
    """Adjectives a copula relates its subject to someone named by ('married to'): predicates.toml."""
    return frozenset(lexicons.load("predicates")["events"]["relating_adjectives"])


@functools.cache
def _regard_verbs() -> frozenset[str]:
    """Verbs of regard ('see', 'view', 'deem'): verify/lexicons/nonfactual.toml `regard_verbs`."""
    return frozenset(lexicons.load("nonfactual")["cues"]["regard_verbs"])


def _frames_a_view(verb: Token) -> bool:
    """Whether a verb of regard frames someone's view rather than reports what happened: an 'as' complement
    ('seen as the favourite', 'sees the deal as a mistake'), an adjective or noun made of its object ('deemed
    the sale unlawful'), or a clause said to be so ('is seen to have failed', 'sees that the plan failed').
    'The season saw her win the title' and 'the city saw heavy rain' report events."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "as":
            return True
        if child.dep_ in {"oprd", "acomp"}:
            return True
        if child.dep_ in {"ccomp", "xcomp"}:
            if child.pos_ in {"ADJ", "NOUN"}:
                return True
            if any(g.dep_ in {"aux", "mark"} and g.lower_ in {"to", "that"} for g in child.children):
                return True
    return False


@functools.cache
def _comment_infinitives() -> frozenset[str]:
    """Verbs of knowing and saying an extraposed 'it is ADJ to ...' comments with: nonfactual.toml."""
    return frozenset(lexicons.load("nonfactual")["cues"]["comment_infinitives"])


@functools.cache
def _doubt_adjectives() -> frozenset[str]:
    """Adjectives of difficulty or doubt that make 'it is ADJ to say ...' a comment: nonfactual.toml. An unlisted
    adjective ('fair', 'safe', 'true to say') vouches for the statement, which stays a claim."""
    return frozenset(lexicons.load("nonfactual")["cues"]["doubt_adjectives"])


def _extraposed_comment(verb: Token) -> bool:
    """Whether `verb` is the 'is' of an extraposed comment on what can be known or said: a dummy 'it' subject,
    an adjective after 'is' and an infinitive ('It is hard to imagine anyone else in the role', 'It is too
    early to know whether it will last'). The writer's view of a statement, not a fact: an adjective of excess
    ('too early to') or one of doubt before an infinitive of knowing or saying marks it; 'It is fair to say that
    she won' vouches for the statement, and 'It is due to open in 2026' and 'It is able to carry 40 people' say
    what a named thing does."""
    if verb.lemma_.lower() != "be" or not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in verb.children):
        return False
    adjective = next((c for c in verb.children if c.dep_ == "acomp" and c.pos_ == "ADJ"), None)
    if adjective is None:
        return False
    infinitive = next(
        (
            c
            for c in (*verb.children, *adjective.children)
            if c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        ),
        None,
    )
    if infinitive is None:
        return False
    excess = any(c.dep_ == "advmod" and c.lower_ == "too" for c in adjective.children)
    doubt = adjective.lemma_.lower() in _doubt_adjectives()
    return excess or (doubt and infinitive.lemma_.lower() in _comment_infinitives())


class _Finder:
    """Walks one parsed article sentence by sentence, remembering the paragraph's last named actors."""

    def __init__(self, parsed: Parsed) -> None:
        self.parsed = parsed
        self.text = parsed.text
        self.entity_of: dict[int, Span] = {}
        for ent in parsed.entities:
            for token in ent:
                self.entity_of[token.i] = ent
        self.last_person: str | None = None
        self.last_thing: str | None = None
        self.last_event: str | None = None  # an unnamed event last said to act ("the fire"), which "it" may mean
        self.last_pair: str | None = None  # the first of the two people "both" or "the pair" last stood for
        self.previous_subjects: set[str] = set()  # who the last sentence's subjects named (or owned)
        self.current_subjects: set[str] = set()
        self.gender: dict[str, frozenset[str]] = {}  # person -> the pronouns seen standing for them (MALE or FEMALE)
        self.people: list[str] = []  # persons named as subjects, in reading order (whom a pronoun can mean)
        self.start = 0  # where the body begins: a headline names no one a description could stand for
        self.memory: dict[int, tuple[str | None, str | None]] = {}  # sentence start -> actors named before it
        # verb -> the ranked objects `arguments` found beyond its first ("won X at his eighth attempt"): each is
        # a fact of its own, claimed apart from the clause's main claim (see `facts`)
        self.further: dict[int, list[tuple[str, tuple[int, int]]]] = {}
        self.claimed: set[int] = set()  # verbs whose clause the walk claimed (a verb joined to one shares its subject)
        self.memory_only = False  # a walk for `memory` alone makes no facts (see `run`)
        self.verbs, self.events, self.modals, self.conditionals, self.hedges, self.opinions = _words()

    # --- names -------------------------------------------------------------------------------
    @functools.cached_property
    def described_people(self) -> frozenset[str]:
        """Names the recogniser took for a place or body that the article describes as a person: an
        apposition or a noun before the name that is a calling ("Rodri, the Spain midfielder", "winger
        Vinícius Júnior"). Such a name is a person wherever it stands."""
        callings = _person_nouns()
        found = set()
        for ent in self.parsed.entities:
            if ent.label_ == "PERSON" or ent.label_ not in NAMED:
                continue
            root = ent.root
            described = [c for c in root.children if c.dep_ == "appos" and c.lemma_.lower() in callings]
            described += [c for c in root.children if c.dep_ == "compound" and c.i < ent.start and c.lower_ in callings]
            if described:  # the name, and each of its words the article may use alone ("Vinícius")
                found.update([ent.text, *(w for w in ent.text.split() if w[:1].isupper())])
        return frozenset(found)

    def _entity_name(self, token: Token) -> tuple[str, str] | None:
        """The name of the entity `token` is in, as the clause states it; worked out once per token (the
        walk asks it of the same names tens of thousands of times), after `entity_of` is settled."""
        found = self._entity_names.get(token.i, _MISSING)
        if found is _MISSING:
            found = self._entity_names[token.i] = self._read_entity_name(token)
        return found  # type: ignore[return-value]

    @functools.cached_property
    def _entity_names(self) -> dict[int, tuple[str, str] | None]:
        return {}

    def _read_entity_name(self, token: Token) -> tuple[str, str] | None:
        ent = self.entity_of.get(token.i)
        if ent is None or ent.label_ not in NAMED:
            return None
        # a name never runs across a line break or a dash ("26 August - FIFA suspends ...")
        cuts = [t.i for t in ent if (t.is_space and "\n" in t.text) or (t.text in {"-", "–", "—"} and t.whitespace_)]
        words = [t for t in ent if t.lower_ not in {"the", "'s", "’s"} and not t.is_punct and not t.is_space]
        while len(words) > 1 and _ORDINAL.match(words[0].lower_):
            words = words[1:]  # "the 41st Asian Film Festival" is named "Asian Film Festival"
        for cut in cuts:
            words = [t for t in words if (t.i > cut) == (token.i > cut)]
        if ent.label_ == "PERSON":
            words = words[office_opening([t.text for t in words]) :]  # "Tánaiste Micheál Martin": the name
        if not words:
            return None
        name = self.text[words[0].idx : words[-1].idx + len(words[-1])]
        return name, "PERSON" if ent.text in self.described_people else ent.label_

    def _name_run_on(self, found: tuple[str, str], child: Token, head: Token) -> tuple[str, str]:
        """A person's name the recogniser cut before its last word, which heads it ("Park Min" of "Park Min
        Jae was removed"): the whole name, up to that word, when it follows the cut name straight on."""
        ent = self.entity_of.get(child.i)
        if found[1] != "PERSON" or ent is None or ent.end != head.i or not head.is_title or len(ent) >= 4:
            return found
        if not self.text[ent.end_char : head.idx].isspace() or "\n" in self.text[ent.end_char : head.idx]:
            return found
        return f"{found[0]} {head.text}", found[1]

    def _name_start(self, first: Token) -> Token:
        """The first word of a name the recogniser missed, whose words before `first` the parser read as
        other parts of the sentence ("Gibran Rakabuming Raka is ...": "Gibran" the root, "Rakabuming" a
        verb): capitalised words straight before it on its line, in no entity, not function words, and at
        a sentence's start only a proper noun ("Then Raka said" keeps "Raka")."""
        doc = first.doc
        while first.i > first.sent.start:
            before = doc[first.i - 1]
            start = before.i == before.sent.start
            if not (before.is_title and before.is_alpha and not before.is_stop) or before.i in self.entity_of:
                break
            if (start and before.pos_ != "PROPN") or not _NAME_RUN.fullmatch(self.text[before.idx : first.idx]):
                break
            first = before
        return first

    def _name_in_phrase(self, token: Token) -> tuple[str, str] | None:
        """The named entity a noun phrase is headed by, or holds as a compound ("his Labour Party"); worked out
        once per token, as `_entity_name` is (the walk asks it about three times of each noun it reads, and it
        reads only the settled `entity_of` and the parse, none of what the walk remembers)."""
        found = self._names_in_phrases.get(token.i, _MISSING)
        if found is _MISSING:
            found = self._names_in_phrases[token.i] = self._read_name_in_phrase(token)
        return found  # type: ignore[return-value]

    @functools.cached_property
    def _names_in_phrases(self) -> dict[int, tuple[str, str] | None]:
        return {}

    def _read_name_in_phrase(self, token: Token) -> tuple[str, str] | None:
        found = self._entity_name(token)
        if found:
            return found
        for child in token.children:
            if child.dep_ in {"compound", "poss", "nmod"}:
                found = self._entity_name(child)
                joined = not re.search(r"[-–—\n]", self.text[child.idx + len(child) : token.idx])
                if found and found[1] in ACTORS and child.dep_ == "compound" and token.pos_ == "PROPN" and joined:
                    return self._name_run_on(found, child, token)  # "his Labour Party", not "04:09 UTC - X"
        missed = token.i not in self.entity_of or self.entity_of[token.i].label_ in TIMES  # "5 p.m. - Salomé Pradas"
        if token.pos_ == "PROPN" and missed and token.text[:1].isupper():  # a name the recogniser missed ("Labour")
            words = [c for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < token.i]
            words = [c for c in words if _NAME_RUN.fullmatch(self.text[c.idx : token.idx])]  # no dash, no line break
            # "On 13 December Macron": a date's month is no word of the name after it
            words = [c for c in words if not (self.label(c) in TIMES and _calendar_word(c.lower_))]
            first = self._name_start(words[0] if words else token)
            return self.text[first.idx : token.idx + len(token)], "PROPN"
        if token.pos_ == "NOUN" and missed and self.surname_of_earlier_person(token):
            return token.text, "PERSON"  # "FIFA suspends Rubiales": the tagger took a surname for a noun
        if token.pos_ == "NOUN" and missed:
            elsewhere = self.named_elsewhere(token)
            if elsewhere:  # "Ingenuity reached Mars": the word the article names the helicopter by, tagged a noun
                return token.text, elsewhere
        if token.pos_ != "NOUN":
            return None
        words_of = {token.lower_, token.lemma_.lower()}
        if words_of & _descriptions()[1] and token.lemma_.lower() not in _office_words():  # "the BRICS group"
            named = [c for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i == token.i - 1]
            if not named:
                return None
            return self._entity_name(named[0]) if named[0].i in self.entity_of else (named[0].text, "ORG")
        if words_of & (_office_words() | set(_description_kinds())):
            return None  # "the Boeing director", "the NATO leaders": people or a body, not a name
        words = [c for c in token.children if c.dep_ == "compound" and c.i < token.i]
        words = [c for c in words if c.pos_ == "PROPN" or (c.text[:1].isupper() and c.i != c.sent.start)]
        words = [c for c in words if _NAME_RUN.fullmatch(self.text[c.idx + len(c) : token.idx])]  # "Luna-25 probe"
        # no common noun between the name and its noun: "Cloud security company" opening a deck names nothing
        words = [c for c in words if not any(w[:1].islower() for w in self.text[c.idx : token.idx].split())]
        if words:  # "The Poyo ravine", "the Vikram lander": a thing named by the name before its noun
            return self.text[self._compound_start(words[0]).idx : token.idx + len(token)], "PROPN"
        return None

    def _compound_start(self, word: Token) -> Token:
        """The first word of the name a noun's compound ends: the parser hangs a name's first words on its last
        ("Norby" on "Air" in "a Norby Air jet", "Korvik" on "B" in "the Korvik-B lander"), and the thing is the
        whole name's, not "Air jet" or "B lander". Capitalised words and the hyphens inside a name only, on one
        line, no date's month or day ("On 13 December Korvik rocket ...")."""
        first = word
        for token in reversed(word.doc[word.left_edge.i : word.i]):
            joined = token.tag_ == "HYPH" and not token.whitespace_ and token.i > word.left_edge.i
            capital = token.text[:1].isupper() and token.pos_ == "PROPN"
            dated = self.label(token) in TIMES and _calendar_word(token.lower_)
            if not (joined or capital) or dated or "\n" in self.text[token.idx : first.idx]:
                break
            first = token
        return first if first.tag_ != "HYPH" else word

    def people_noun(self, token: Token) -> bool:
        """A noun for people by their office or calling ('the NATO leaders', 'the directors'), which stands
        for people, not for a body; the members of a body ('the justices', 'the judges') stand for it."""
        lemma = token.lemma_.lower()
        return lemma in _person_nouns() and lemma not in _member_nouns()

    def name_before_aside(self, token: Token) -> str | None:
        """'AlphaFold2, an AI model that has since predicted ...', 'the Janatha Vimukthi Peramuna (JVP), a
        party that led ...': a description set off by a comma right after a name describes that name,
        though the parser often hangs it on the verb as a second object instead of as an apposition."""
        if token.dep_ in SUBJECT_DEPS or token.left_edge.i < 2 or not any(c.dep_ == "det" for c in token.children):
            return None  # "In Paris, the police who ... arrested": the clause's own subject, not an aside
        comma = token.doc[token.left_edge.i - 1]
        before = token.doc[comma.i - 1]
        if comma.text != "," or before.sent != token.sent:
            return None
        if before.text == ")":  # the name's abbreviation in brackets between it and the comma
            opening = next((t for t in reversed(token.doc[token.sent.start : before.i]) if t.text == "("), None)
            if opening is None or opening.i == token.sent.start:
                return None
            before = token.doc[opening.i - 1]
        found = self._name_in_phrase(before)
        return found[0] if found and self.label(before) not in TIMES else None

    def surname_of_earlier_person(self, token: Token) -> bool:
        """A capitalised word inside a sentence that ends the full name of a person named before it."""
        if not token.text[:1].isupper() or token.i == token.sent.start:
            return False
        return any(
            ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].text == token.text and ent.end_char <= token.idx
            for ent in self.parsed.entities
        )

    def named_elsewhere(self, token: Token) -> str | None:
        """The label of the name a capitalised word the recogniser missed is, when the article names an entity
        by that very word elsewhere ("Ingenuity reached Mars" opening a sentence, the helicopter recognised
        as "Ingenuity" in others) and never writes it in lower case ("Residents", "Officials" open
        sentences as common nouns: no entity is that word alone, or the article writes it lower-case too)."""
        if not token.is_title or not token.is_alpha:
            return None
        if token.lower_ in self._written_lower:
            return None
        same = (e for e in self.parsed.entities if e.label_ in NAMED and len(e) == 1 and e.text == token.text)
        return next((e.label_ for e in same), None)

    @functools.cached_property
    def _written_lower(self) -> frozenset[str]:
        """The words the article writes at least once not capitalised, lower-cased: `named_elsewhere` asks it
        of every capitalised noun the recogniser missed, and each asking walked the whole article (one per
        parse: the clause walk and the count owners' walk both read it)."""
        return self.parsed.derived("words written lower", lambda: _written_lower(self.parsed))

    def pair(self, token: Token) -> str | None:
        """Whom 'both' or 'the pair' stands for: the two people named last before it, by the first of them
        ("Katalin Karikó and Drew Weissman ... both were waiting": Karikó). Remembered as `last_pair`: the
        one change of the walk's memory a reader asking a name can make (see `_pair_word`)."""
        if not _pair_word(token):
            return None  # "both", "the pair", "both rivals"
        names: list[str] = []
        last: Span | None = None
        for ent in self.parsed.entities:
            if ent.end > token.i:
                break
            found = self._entity_name(ent.root) if ent.label_ == "PERSON" and ent.start_char >= self.start else None
            if found and found[0] not in names:
                names.append(found[0])
            last = ent if found else last
        joined = self.first_of_two(last.root) if last is not None else None
        self.last_pair = joined or (names[-2] if len(names) > 1 else None)
        return self.last_pair

    def first_of_two(self, person: Token) -> str | None:
        """The first of two names joined by "and" that a person's name is one of ("Prince Harry and Meghan
        Markle moved ... The couple married": Harry, though the recogniser took the second for a body)."""
        first = person.head if person.dep_ == "conj" and person.head.pos_ == "PROPN" else person
        if not any(c.dep_ == "conj" and c.pos_ == "PROPN" for c in first.children):
            return None
        found = self._entity_name(first)
        return found[0] if found and found[1] == "PERSON" else None

    @functools.cached_property
    def datelines(self) -> list[tuple[int, int]]:
        return _datelines(self.text)

    def in_dateline(self, span: tuple[int, int]) -> bool:
        """Whether words stand in one of the article's datelines ('HELSINKI, 3 April 2024 -')."""
        return any(a <= span[0] < b for a, b in self.datelines)

    @functools.cached_property
    def references(self) -> References:
        return References.of(self.parsed, self.start)

    def things_it_may_mean(self, token: Token) -> Iterable[str | None]:
        """What "it", "its" or "they" may stand for, nearest reading first: the subject of the clause it
        hangs from ("Katrina killed 1,392 people when it struck New Orleans"), the ranked thing it is ("It
        was her third win", "It is the deadliest earthquake since 1960"), the last event, the thing its
        paragraph last made a subject (verify/nlp/reference.py), the last thing named before."""
        if token.lower_ in {"it", "its"}:
            yield self.subject_it_hangs_from(token)
            yield self.rank_it_stands_for(token)
            yield self.last_event
        if token.lower_ == "it":
            yield self.references.thing_before(token.i)
        yield self.last_thing

    def subject_name(self, token: Token) -> str | None:
        """A named subject, or the last named actor a pronoun or definite description stands for."""
        if self.demonym(token):  # "the Irishman won ...": the person the paragraph is about
            return self.fronted_for(token) or self.references.person_meant(token) or self.last_person
        found = self._name_in_phrase(token)
        if found:
            return found[0]
        paired = self.pair(token)
        if paired:
            return paired
        if token.dep_ == "appos" and token.pos_ == "NOUN":  # "Paiporta, the town that suffered the most deaths"
            beside = self._name_in_phrase(token.head)
            if beside:
                return beside[0]
        if token.pos_ == "NOUN" and any(c.dep_ in {"relcl", "acl"} for c in token.children):
            beside = self.name_before_aside(token)  # "AlphaFold2, an AI model that has since predicted ..."
            if beside:
                return beside
        common = token.pos_ == "NOUN" or token.text[:1].islower()  # a lower-case word is no name ('president-elect')
        for child in token.children:  # "its previous attempt, Chandrayaan-2, crashed": the name beside it
            beside = self._name_in_phrase(child) if child.dep_ == "appos" and common else None
            if beside:
                return beside[0]
        lower = token.lower_
        if lower in PERSON_PRONOUNS:  # whom a pronoun means: the one resolver every kind asks
            return self.person_who_hangs_over(token) or self.references.person_before(token.i)
        if lower == "they" and (couple := self.couple_after_a_marriage(token)):
            return couple  # 'He is married to Ana Ruiz, and they have four children': his, with her
        if lower in THING_PRONOUNS:  # the first thing it may stand for that its own clause does not name
            # apart from it ("It is the largest deal in Nordbank's history": not Nordbank); else no one
            meant = (name for name in self.things_it_may_mean(token) if name)
            return next((n for n in meant if not self.references.named_in_its_clause(token, n)), None)
        if lower == "we" and token.dep_ in SUBJECT_DEPS:
            return self.issuer()  # 'We acquired Tarsa Bank in 2015.' in a bank's release: the bank
        if (
            token.lower_ == "old"
            and any(c.lower_ == "the" for c in token.children)
            and _AGE.search(self.text[token.left_edge.idx : token.idx + len(token)])
        ):
            meant = self.references.person_meant(token) or self.last_person  # "The 28-year-old took ..."
            brought_in = meant and self.someone_else_before(token, meant, named=False)  # '... a man was arrested.'
            return None if brought_in else meant
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        stands_for = _description_kinds().get(lower)
        if owner is not None and owner.tag_ == "WP$":  # "Karl Moen, whose travel was delayed": Moen's travel
            described = self.whose_owner(token)
            if described:
                return described
        if token.pos_ == "NOUN" and owner is not None and not stands_for and lower not in _office_words():
            # "the FTC's request was denied": a fact about the FTC ("Boeing's board chair" is a person)
            found = self._entity_name(owner)
            if found and found[1] in ACTORS:
                return found[0]
            if owner.lower_ == "its" and self.last_thing:  # "its power lines started a fire"
                return self.last_thing
            if owner.lower_ == "its" and (topic := self.topic_thing()):
                return topic  # nothing named before it: the story's thing ("Its epicentre was near Ighil")
            if owner.lower_ == "their" and self.last_pair:  # "Their key finding": the pair's
                return self.last_pair
        if token.pos_ == "NOUN" and owner is not None and lower in _office_words() and self._entity_name(owner):
            # "Indonesia's seventh president has held the office since ...": the person the article called
            # president before, not the country; no one so called leaves it to the readings below
            called = self.references.person_called(token) if _said_now(token) else None
            if called:
                return called
        held = self.body_of_part(token) if owner is None else None
        if held:
            return held
        definite = token.pos_ == "NOUN" and any(c.lower_ == "the" for c in token.children)
        named = (self.named_by_head(token) or self.named_by_noun(token)) if definite else None
        office = definite and lower in _office_words()  # "the judge": a person, not "U.S. District Judge"
        subject = token.pos_ == "NOUN" and token.dep_ in SUBJECT_DEPS
        if not named and subject and not self.people_noun(token) and not office:
            # "The justices vacated the ruling", "The contest, held at ...": the shared reader knows the
            # body members make up and the nouns a name is called by again (verify/nlp/reference.py)
            named = self.references.described(token)
        if not named and subject and definite and token.tag_ == "NN" and not self.people_noun(token) and not office:
            # "The spacecraft stayed stable": the thing named before that the article called a lander, a probe
            named = self.references.of_its_sort(token)
        if named:  # "the fund": the International Monetary Fund named before; "the lander": the Vikram lander
            return named
        if definite and lower in _office_words():  # "the former president": the person named before
            return self.references.person_meant(token) or self.last_person
        if definite and stands_for:
            # "the economist", "the company": the person or body the last clauses were about, else the
            # last one of its sort named ("the building")
            person = (self.references.person_meant(token) or self.last_person) if "PERSON" in stands_for else None
            last = person if "PERSON" in stands_for else None if "FAC" in stands_for else self.last_thing
            return last or self.referent(token, stands_for)
        return None

    def body_of_part(self, token: Token) -> str | None:
        """'The board of Harbor Foods approved the sale', 'Members of the Varn Fire Brigade presented ...',
        'Historic churches in Varn were damaged': a subject that is a part, the people or the things of a
        named body or place is a fact about that body or place. Not a person's ('the lawyer for X' is not X),
        nor office holders' unless the parts list has them ('foreign ministers of X' are people; 'directors of
        X' act for X), and only a subject ('the crowd at Varn Stadium' as an object is the object's own)."""
        if token.pos_ != "NOUN" or token.dep_ not in SUBJECT_DEPS:
            return None
        if any(c.dep_ in SUBJECT_DEPS and c.i != token.i for c in token.head.children):
            return None  # "A graduate of X, he holds ...": the clause is the pronoun's
        sorts = _description_kinds().get(token.lower_)  # "the court of the Vaucluse department": a body itself
        parts, people = _parts_of_bodies()
        part = token.lower_ in parts
        if not part and (token.lemma_.lower() in people or token.lemma_.lower() in _person_nouns()):
            return None  # "a former employee of X", "a man in X": a person of their own
        for prep in token.children:
            if prep.dep_ != "prep" or prep.lower_ not in _PART_OF:
                continue
            if prep.lower_ == "from" and not part:
                continue  # "imports from X", "a delegation from X": what comes from a place is not the place
            for name in (c for c in prep.children if c.dep_ == "pobj"):
                found = self._name_in_phrase(name)
                listed = any(c.dep_ == "conj" for c in name.children)  # "teams from X, Y and Z": none alone
                if found and found[1] in {"ORG", "GPE", "NORP"} and not listed and (not sorts or found[1] in sorts):
                    return found[0]
        return None

    def whose_owner(self, token: Token) -> str | None:
        """'Karl Moen, whose travel was delayed', 'the film, whose 13 nominations were a record': the subject
        owned by 'whose' belongs to the name the relative clause hangs on."""
        verb = token.head
        if token.dep_ not in SUBJECT_DEPS or verb.dep_ != "relcl":
            return None
        found = self._name_in_phrase(verb.head)
        return found[0] if found else None

    def rank_it_stands_for(self, token: Token) -> str | None:
        """'It was Ostland's first one-two', 'It was her third win', 'It is the deadliest earthquake in decades':
        'it' before a ranked complement of 'be' is what the rank is of. An owner of the rank is whom it is
        about; otherwise the same noun said in this sentence or the one before names the thing (a name
        before it, or the noun itself: 'the earthquake that struck ...'), not whatever was named last."""
        verb = token.head
        if token.dep_ != "nsubj" or verb.lemma_ != "be":
            return None
        complement = next((c for c in verb.children if c.dep_ == "attr" and c.pos_ in {"NOUN", "NUM"}), None)
        if complement is None or not _ranked(c for c in complement.children if c.i < complement.i):
            return None
        owner = next((c for c in complement.children if c.dep_ == "poss"), None)
        if owner is not None:
            return self.subject_name(owner) if owner.lower_ not in {"it", "its"} else None
        sentence = token.sent
        before = token.doc[sentence.start - 1].sent if sentence.start > 0 else sentence
        lemma = complement.lemma_.lower()
        for earlier in reversed(token.doc[max(before.start, 0) : token.i]):
            if earlier.idx < self.start or earlier.pos_ != "NOUN" or earlier.lemma_.lower() != lemma:
                continue
            found = self._name_in_phrase(earlier)
            if found:
                return found[0]
            nouns = [c for c in earlier.children if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < earlier.i]
            return self.text[(nouns[0] if nouns else earlier).idx : earlier.idx + len(earlier)]
        # "It was the strongest quake to hit the region in 120 years": the story's earthquake, named or not
        return self.references.event_before(complement)

    def subject_it_hangs_from(self, token: Token) -> str | None:
        """'Katrina killed 1,392 people when it struck New Orleans': in a clause that hangs from another (an
        adverbial, relative or coordinated one), 'it' is the named subject of the clause above."""
        verb = token.head
        while verb.dep_ in {"advcl", "relcl", "conj", "acl"} and verb.head.i != verb.i:
            verb = verb.head
            if verb.pos_ not in {"VERB", "AUX"}:
                continue
            # "handing the DPP a third term even as it lost its majority": 'it' is no person, so the named
            # body the clause above acts on comes before a person subject (a storm with a person's name
            # stays the subject when nothing else is named)
            subjects = [self._name_in_phrase(c) for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < token.i]
            objects = [self._name_in_phrase(c) for c in verb.children if c.dep_ in {"dative", "dobj"} and c.i < token.i]
            things = [f for f in subjects + objects if f and f[1] != "PERSON" and f[0] not in self.gender]
            found = things[0] if things else next((f for f in subjects if f), None)
            if found:
                return found[0]
        return None

    def couple_after_a_marriage(self, token: Token) -> str | None:
        """'He is married to Ana Ruiz, and they have four children', 'She married Tom Berg in 2001 and they have two
        sons': a "they" subject of a clause coordinated with one telling its subject's marriage (judging.toml
        quantity.marriage_lemmas) is the couple, whose children are the person's too (`held_jointly`): the
        person that clause's subject names. None for any other "they" (a clause of no marriage, or a subject that
        names no person)."""
        verb = token.head
        if token.dep_ not in SUBJECT_DEPS or verb.dep_ != "conj" or verb.head.i >= verb.i:
            return None
        first = verb.head
        told = [first, *(c for c in first.children if c.i < verb.i and c.dep_ in {"acomp", "attr", "xcomp"})]
        if not any(t.lemma_.lower() in _marriage_lemmas() or t.lower_ in _marriage_lemmas() for t in told):
            return None
        subject = next((c for c in first.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is None or (subject.lower_ not in PERSON_PRONOUNS and subject.pos_ != "PROPN"):
            return None
        return self.subject_name(subject)

    def person_who_hangs_over(self, token: Token) -> str | None:
        """'Magnus Berg, who was champion until he declined to defend the title': inside a 'who' clause set on
        a named person, 'he' in a clause hanging from it is that person, not whoever the paragraph named last."""
        verb = token.head
        while verb.dep_ in {"advcl", "conj"} and verb.head.i != verb.i:
            verb = verb.head
            relative = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.lower_ in {"who", "whom"}), None)
            if verb.dep_ != "relcl" or relative is None:
                continue
            # 'who' tells a person, whatever the recogniser called the name ('Magnus Carlsen' may read as ORG)
            found = self._name_in_phrase(self.whom_who_means(relative, verb.head))
            pronouns = self.gender.get(found[0], frozenset()) if found else frozenset()
            if found and (not pronouns or token.lower_ in pronouns):
                return found[0]
        return None

    @functools.cached_property
    def _entity_heads(self) -> dict[str, list[Span]]:
        """The entities by the lemmas their names end in ("the court": the International Court of Justice), in
        order, worked out once per parse for all the descriptions that look back over them: a description reads
        only the entities of its own noun, not every entity of the article."""
        return self.parsed.derived("entity heads", lambda: _entity_heads(self.parsed))

    @functools.cached_property
    def _nouns_by_lemma(self) -> dict[str, list[int]]:
        """Positions of the common nouns by lemma, in order: an index instead of a walk back (one per
        parse: the clause walk and the count owners' walk both read it)."""
        return self.parsed.derived("nouns by lemma", lambda: _nouns_by_lemma(self.parsed))

    def named_by_head(self, token: Token) -> str | None:
        """The entity named earlier whose name ends in this noun: 'the fund' after 'the International
        Monetary Fund', 'the court' after 'the Supreme Court'."""
        for ent in reversed(self._entity_heads.get(token.lemma_.lower(), ())):
            if ent.end > token.i or ent.start_char < self.start:
                continue
            if ent.label_ in NAMED and len(ent) > 1:
                found = self._entity_name(ent[-1])
                return found[0] if found else None
        return None

    def named_by_noun(self, token: Token) -> str | None:
        """The thing named earlier by a name before this same noun: 'the lander' after 'the Vikram lander'."""
        same_nouns = [i for i in self._nouns_by_lemma.get(token.lemma_, ()) if i < token.i]
        for earlier in (token.doc[i] for i in reversed(same_nouns)):  # nearest first
            if earlier.idx < self.start:
                return None
            beside = self.apposed_name(earlier)
            if beside:
                return beside  # "Harbor Foods, the Lakeville grocer, ...  The grocer opens": Harbor Foods
            found = self._name_in_phrase(earlier)
            if found:
                return found[0]
        return None

    def headline_referent(self, noun: Token, labels: frozenset[str]) -> str | None:
        """'Acme Corp: a timeline' and then 'March 2021 - The company cuts 300 jobs': a description the body
        has named nothing for yet stands for the one entity of its sort the headline names (none when it
        names two or more). A body's noun only for a name tagged an organisation, and only a noun that can call
        that body again: 'the court', 'the union' or 'the club' is usually someone else."""
        if "ORG" in labels and "FAC" not in labels:
            if noun.lower_ not in _self_descriptions():
                return None
            labels = frozenset({"ORG"})
        elif "FAC" in labels:
            labels = labels - {"ORG"}  # "the stadium" is not the club the headline names
        names = set()
        for token in self.parsed.doc:
            if token.idx >= self.start:
                break
            found = self._name_in_phrase(token) if token.pos_ == "PROPN" and token.dep_ != "compound" else None
            if found and found[1] in labels:
                names.add(found[0])
        return names.pop() if len(names) == 1 else None

    def apposed_name(self, noun: Token) -> str | None:
        """The body or thing a common noun is set beside as an apposition ("Harbor Foods, the Lakeville grocer";
        "the grocer, Harbor Foods"): what the same noun later stands for. Only a name of a sort the noun can
        describe ('the Santa Monica, California-based company' describes no city); a person's description is
        the shared resolver's (verify/nlp/reference.py)."""
        if noun.pos_ != "NOUN":
            return None
        sorts = _description_kinds().get(noun.lower_) or (ACTORS - {"PERSON", "GPE"}) | {"PROPN"}
        beside = [noun.head] if noun.dep_ == "appos" else []
        beside += [c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
        for name in beside:
            found = self._name_in_phrase(name)
            if found and found[1] in sorts and found[1] != "PERSON":
                return found[0]
        return None

    def referent(self, token: Token, labels: frozenset[str]) -> str | None:
        """Whom a description ('the economist', 'the Iowa-based supplier', 'the building') stands for: the
        last entity of its sort named earlier in the paragraph (not the subject of its own clause), else
        the one the article has named most so far."""
        own_subject: set[int] = set()
        verb = token.head
        if verb.pos_ in {"VERB", "AUX"}:
            subject = self.clause_subject(verb)
            if subject is not None and subject.i != token.i:
                own_subject = {t.i for t in subject.subtree}
        paragraph = self.text.rfind("\n\n", 0, token.idx)
        seen: list[tuple[str, int]] = []
        for ent in self.parsed.entities:
            if ent.end > token.i:
                break
            if ent.label_ in labels and ent.start_char >= self.start and ent.root.i not in own_subject:
                if "PERSON" not in labels and self.no_body(ent):
                    continue  # "accused European allies": a nationality adjective is no body "the alliance" means
                if self.in_dateline((ent.start_char, ent.end_char)):
                    continue  # "KORVIK, June 3 (Reuters) -": the wire that filed the story is no one it tells of
                found = self._entity_name(ent.root)
                if found:
                    seen.append((found[0], ent.start_char))
        if "PERSON" in labels:  # a person the recogniser missed ("NORBY, July 2 - José Raúl Venn was sworn in")
            refs = self.references
            missed = [(i, name) for i, name in refs.unlabelled_people.items() if i not in refs.entity_of]
            seen += [(name, self.parsed.doc[i].idx) for i, name in missed if i < token.i and i not in own_subject]
            seen.sort(key=lambda named: named[1])
        if not seen:
            return self.headline_referent(token, labels)
        if seen[-1][1] > paragraph:
            return seen[-1][0]
        counts: dict[str, int] = {}
        for name, _ in seen:
            key = next((known for known in counts if name in known or known in name), name)
            counts[key] = counts.get(key, 0) + 1
        return max(counts, key=lambda n: counts[n])

    def no_body(self, ent: Span) -> bool:
        """A name no description of a body stands for: a nationality said as an adjective ('European allies', 'the
        French president'), not a people named as a noun ('the Taliban')."""
        return ent.label_ == "NORP" and ent.root.dep_ == "amod"

    def learn_gender(self, sentence: Span) -> None:
        """'Karikó received her doctorate': a possessive pronoun in the clause of a named person tells
        which pronouns stand for that person later."""
        for token in sentence:
            if token.dep_ != "poss" or token.lower_ not in {"his", "her"}:
                continue
            verb = token.head
            while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
                verb = verb.head
            subject = self.clause_subject(verb) if verb.pos_ in {"VERB", "AUX"} else None
            found = self._name_in_phrase(subject) if subject is not None else None
            if found:
                self.gender.setdefault(found[0], MALE if token.lower_ == "his" else FEMALE)

    def remember(self, token: Token) -> None:
        """A named subject, or the person whose thing the subject is ("Ortberg's career"), is whom
        the next pronoun means."""
        found, named = self._name_in_phrase(token), token
        if not found:
            owner = next((c for c in token.children if c.dep_ == "poss"), None)
            found = self._entity_name(owner) if owner is not None else None
            named = owner if owner is not None else token
        if not found and _definite(token) and "ORG" in _description_kinds().get(token.lower_, ()):
            body = self.subject_name(token)  # "The agency, founded in 1961, ... It calls itself ...": the body meant
            found = (body, "ORG") if body else None
        if not found:
            return
        name, label = found
        if label != "PERSON" and named.pos_ == "PROPN" and self.references.is_person(named):
            label = "PERSON"  # "Beasley's six-year tenure", read as an organisation's: David Beasley's, named before
        if label == "PERSON" or name in self.gender:  # a name a pronoun stood for is a person's
            self.last_person = name
            if name in self.people:
                self.people.remove(name)
            self.people.append(name)
        elif self.attributes_words(token):
            return  # "..., the US Geological Survey said, ... . Its epicentre": the source is not what "its" means
        elif named.pos_ == "NOUN" and named.tag_ == "NNS":
            return  # "its antennas turned away", read as a name: many things, which "it" never means
        elif label in {"ORG", "GPE", "NORP", "LAW", "WORK_OF_ART", "PRODUCT", "EVENT"} or (
            label == "PROPN" and self.named_again(name)
        ):
            self.last_thing = name  # "The Agreement sets out ... It includes ...": a named thing as subject
            self.last_event = None
            self.last_pair = None  # "their" may now mean the organisation

    def issuer(self) -> str | None:
        """Whom a 'we' outside a quote stands for: the story's topic when the text names it as an organisation (a
        press release's issuer speaks of itself as 'we'); none in other copy, where 'we' is the writer's or
        everyone's."""
        topic = self.topic_thing()
        named = {aliases.fold(e.text) for e in self.entity_of.values() if e.label_ == "ORG"}
        return topic if topic and aliases.fold(topic) in named else None

    def topic_thing(self) -> str | None:
        """The story's topic when it is a thing or an event, not a person or a place (verify.nlp.reference)."""
        topic = self.references.topic
        if not topic or topic in self.references._body_people or self.references._a_place(topic):
            return None
        return topic

    @staticmethod
    def attributes_words(subject: Token) -> bool:
        """The subject of a saying verb set after the words it attributes ('The quake hit at 11:11 p.m., the
        US Geological Survey said'): a source, not what the next sentence goes on about."""
        verb = subject.head
        if verb.lemma_.lower() not in REPORTING or subject.dep_ not in SUBJECT_DEPS or verb.i < subject.i:
            return False
        before = subject.left_edge.i - 1
        return before > verb.sent.start and subject.doc[before].text == ","

    # --- clause structure ----------------------------------------------------------------------
    def clause_subject(self, verb: Token) -> Token | None:
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.idx >= self.start]  # not a headline
        if len(subjects) > 1 and subjects[-1].pos_ == "PROPN" and subjects[-1].i in self.entity_of:
            # "A Republican who switched parties in 1991, Beasley was elected ...": the parser gave the verb the
            # fronted description and the name as subjects both; the name is the one it is said of
            subjects = subjects[-1:]
        for child in subjects:
            if child.tag_ in RELATIVE_TAGS and verb.dep_ == "relcl":
                return self.whom_who_means(child, verb.head)
            return child
        described = self.clause_subject(verb.head.head) if verb.dep_ == "acl" and _predicate_noun(verb.head) else None
        if described is not None and described.pos_ == "PROPN" and not _told_as_past(verb):
            # "Korvik is a company headquartered in Norby": the participle describes what the named subject is; not
            # "It was the first summit held in Norby" (the summit's) nor "The pass was its approach, made possible"
            return described
        if verb.dep_ == "acl" and _after_a_coordination_of_names(verb):
            return None  # 'Ivo Stam and Eva Lund, born in Halden and Tarsa (respectively),': both, not Eva Lund alone
        if verb.dep_ in {"relcl", "acl"}:
            return verb.head
        named = self.named_before_comma(verb)
        if named is not None:
            return named
        if verb.dep_ in {"conj", "advcl", "xcomp", "pcomp"} and verb.head.i != verb.i:
            if verb.dep_ == "xcomp" and verb.head.lemma_.lower() not in _contest_verbs():
                obj = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
                pronoun = obj is not None and obj.lower_ in PERSON_PRONOUNS | {"them"} and self.succession(verb)
                if obj is not None and (self._name_in_phrase(obj) or pronoun):
                    return obj  # "Macron appointed him to replace Barnier": he, not Macron, replaces Barnier
            head = verb.head
            while head.dep_ == "prep" and head.lower_ in SEQUENCE_PREPOSITIONS and head.head.i != head.i:
                head = head.head  # "..., before joining BioNTech": the clause the preposition hangs from
            return self.clause_subject(head)
        return None

    def whom_who_means(self, relative: Token, head: Token) -> Token:
        """'a singer from Biel who lives in Berlin': 'who' means a person, so when the parser hangs it on a
        place it means the person the place's phrase describes (the subject of the clause it stands in)."""
        # "a rapper from Biel who ...": a person noun's origin is a place; not "took over from Cavoli, who ..."
        origin = head.dep_ == "pobj" and head.head.lower_ == "from" and head.head.head.pos_ == "NOUN"
        if relative.lower_ not in {"who", "whom"} or not (self.label(head) in PLACES or origin):
            return self.references.relative_head(head, relative)  # "the party of Ana Ruiz, which ..."
        node = head
        while node.pos_ not in {"VERB", "AUX"} and node.head.i != node.i:
            node = node.head
        subject = self.clause_subject(node) if node.pos_ in {"VERB", "AUX"} else None
        return subject if subject is not None else head

    def named_before_comma(self, verb: Token) -> Token | None:
        """'In Nixon v. Fitzgerald, decided in 1982, the court ...': a past participle with no subject of its
        own (the tagger may read it as a past tense) set off by a comma right after a name describes that name,
        however the parser hung it."""
        if verb.tag_ not in {"VBN", "VBD"} or verb.dep_ == "conj" or verb.i < 2:
            return None  # a coordinated verb shares its subject ("started at Texas Instruments, joined ...")
        if any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
            return None
        comma, before = verb.doc[verb.i - 1], verb.doc[verb.i - 2]
        if comma.text != "," or before.sent != verb.sent:
            return None
        found = self._entity_name(before)
        return before if found and found[1] in NAMED - PLACES else None

    def opinion_verb(self, verb: Token) -> bool:
        """A verb that frames an opinion: one of the opinion verbs, or a verb of regard framing a view."""
        lemma = verb.lemma_.lower()
        return lemma in self.opinions or (lemma in _regard_verbs() and _frames_a_view(verb))

    def non_factual(self, verb: Token, sentence: Span) -> bool:
        if self.text[sentence.start_char : sentence.end_char].rstrip().endswith("?"):
            return True
        head = verb
        while True:
            for child in head.children:
                lower = child.lower_
                if child.dep_ in {"aux", "auxpass"} and lower in self.modals and not self.scheduled(head, child):
                    return True
                if child.dep_ == "mark" and lower in self.conditionals:
                    return True
                if child.dep_ in {"advmod", "acomp", "amod"} and lower in self.hedges:
                    return True
                if child.dep_ == "acomp" and lower in self.opinions:
                    return True
            if _extraposed_comment(head):
                return True
            lemma = head.lemma_.lower()
            # an opinion verb governs the clause after it ("believes the company will recover"); one the
            # parser hung after the clause ("won the Ballon d'Or ..., a vote few had called") is no frame
            opinion = head.i != verb.i and self.opinion_verb(head) and head.i < verb.i
            if (lemma in self.hedges or opinion) and lemma not in REPORTING:
                return True
            if head.dep_ not in CLAUSE_DEPS or head.head.i == head.i:
                return False
            head = head.head

    def scheduled(self, verb: Token, aux: Token) -> bool:
        """'He will succeed Macky Sall', 'Mars will acquire Kellanova': a succession or a deal already agreed, told
        in the future tense by a named party of a named one (verify/lexicons/nonfactual.toml `scheduled_verbs`);
        'Faye will be the fifth president of Senegal': a ranked office of a named body or country."""
        auxiliaries, verbs = _scheduled()
        if aux.lower_ not in auxiliaries or any(c.dep_ == "neg" for c in verb.children):
            return False  # "He will not succeed X": no change is scheduled
        subject = self.clause_subject(verb)
        attr = next((c for c in verb.children if c.dep_ == "attr"), None)
        if verb.lemma_.lower() in {"be", "become"} and attr is not None and _ranked(attr.subtree):
            named = subject is not None and self._name_in_phrase(subject) is not None
            return named and any(t.i in self.entity_of and self.label(t) in ACTORS for t in attr.subtree)
        if verb.lemma_.lower() not in verbs or verb.pos_ != "VERB" or self.conditioned(verb):
            return False  # "If she wins the runoff, she will succeed X": nothing is agreed yet
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if subject is None or obj is None or self._name_in_phrase(obj) is None:
            return False
        return self._name_in_phrase(subject) is not None or subject.lower_ in PERSON_PRONOUNS

    def conditioned(self, verb: Token) -> bool:
        """Whether a clause holds only under a condition put beside it: an adverbial clause opened by 'if' or
        'unless' ('X will acquire Y unless regulators object') or by an auxiliary before its subject ('Should
        she take office, ...')."""
        for clause in (c for c in verb.children if c.dep_ == "advcl"):
            if any(c.dep_ == "mark" and c.lower_ in self.conditionals for c in clause.children):
                return True
            subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass", "expl"}), None)
            before = [c for c in clause.children if subject is not None and c.i < subject.i]
            if any(c.lower_ in _inverted_conditionals() for c in before):
                return True  # "Should she take office": the auxiliary before its subject
        return False

    def phrase(self, token: Token) -> tuple[int, int]:
        """The character extent of a noun phrase, without its relative clauses, appositions or commas."""
        start, end = token.idx, token.idx + len(token)
        for child in token.children:
            if child.dep_ in {"relcl", "acl", "appos", "punct", "cc", "conj", "advcl", "prep"} and child.i > token.i:
                continue
            left = child.left_edge
            right = child.right_edge
            start = min(start, left.idx)
            end = max(end, right.idx + len(right))
        for child in token.children:  # "411 of the 650 seats": one level of "of"
            if child.dep_ == "prep" and child.lower_ == "of" and child.i == token.i + 1:
                end = max(end, child.right_edge.idx + len(child.right_edge))
        if (scope := self.superlative_scope(token)) is not None:  # 'the oldest university in Norby'
            end = max(end, scope.right_edge.idx + len(scope.right_edge))
        line_start = self.text.rfind("\n", start, token.idx)  # a phrase never runs across a line break
        line_end = self.text.find("\n", token.idx, end)
        start = line_start + 1 if line_start >= 0 else start
        end = line_end if line_end >= 0 else end
        return start, _stripped_end(self.text, start, end) if end > start else end

    def places_listed(self, token: Token) -> list[Token]:
        """The places coordinated after a clause's place ('Malaysia' of 'grew up in Africa and Malaysia'), when every
        conjunct is a place: the place value is all of them, so a page giving only the first supports none of the
        others. A conjunct that is no place ('in Oslo and two other cities') ends nothing: the first place stays
        alone."""
        listed = [c for c in token.conjuncts if c.i > token.i]
        if not listed or any(self.label(c) not in PLACES for c in listed):
            return []
        return sorted(listed, key=lambda c: c.i)

    def superlative_scope(self, token: Token) -> Token | None:
        """The phrase naming the place a superlative ranks its noun within, right after the noun ('in Norby' of 'the
        oldest university in Norby'; predicates.toml events.superlative_scopes), or the time a rank counts from ('since
        1998' of 'its first victory since 1998'; events.rank_since): the oldest of another place, or the first since
        another year, is another rank. A named place or a date only, and not for 'one of the oldest', which ranks
        nothing."""
        ranks = [c for c in token.children if c.dep_ == "amod" and c.i < token.i and not _one_of(c)]
        superlative = any(c.tag_ == "JJS" for c in ranks)
        ranked = superlative or _ranked(ranks)
        for child in token.children:
            if child.dep_ != "prep" or child.i != token.i + 1:
                continue
            scope = next((c for c in child.children if c.dep_ == "pobj"), None)
            if scope is None:
                continue
            if superlative and child.lower_ in _superlative_scopes() and self.label(scope) in PLACES:
                return child
            if ranked and child.lower_ in _rank_since() and self.label(scope) in TIMES:
                return child
        return None

    def count_side(self, token: Token) -> Token | None:
        """The phrase naming the side a count was made for, right after it ('for Norby' of '18 goals for Norby',
        'for Halden United'): a named side, not a purpose ('18 goals for the first time'), nor what a prize dated by
        its year was for ('won the 2023 Booker Prize for Prophet Song': a year counts nothing)."""
        if not any(c.dep_ == "nummod" and self.label(c) not in TIMES for c in token.children) and (
            self.label(token) not in AMOUNTS
        ):
            return None
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in _count_sides() and child.i > token.i:
                side = next((c for c in child.children if c.dep_ == "pobj"), None)
                if side is not None and (self.label(side) in NAMED or side.pos_ == "PROPN"):
                    return child
        return None

    def label(self, token: Token) -> str:
        ent = self.entity_of.get(token.i)
        return ent.label_ if ent is not None else ""

    def arguments(self, verb: Token) -> dict[str, tuple[str, tuple[int, int]]]:
        """What the clause says: object, time, place, quantity, each with its words and offsets. A ranked
        object after the first ("at his eighth attempt", "its biggest win") is kept in `self.further`."""
        found: dict[str, tuple[str, tuple[int, int]]] = {}
        more: list[tuple[str, tuple[int, int]]] = []

        def put(slot: str, token: Token) -> None:
            start, end = self.phrase(token)
            if slot == "quantity" and (side := self.count_side(token)) is not None:
                end = max(end, side.right_edge.idx + len(side.right_edge))  # '18 goals for Norby': whose count
            if slot == "place" and (listed := self.places_listed(token)):
                end = max(end, listed[-1].idx + len(listed[-1]))  # 'grew up in Africa and Malaysia': every one
            if slot not in found:
                found[slot] = (self.text[start:end], (start, end))
            elif slot == "object" and not found[slot][1][0] <= start < found[slot][1][1] and _ranked(token.subtree):
                more.append((self.text[start:end], (start, end)))  # a rank is checked apart from what was won

        def classify(token: Token, as_object: bool) -> None:
            if token.like_num and token.head.i == verb.i and verb.lemma_.lower() in _age_verbs():
                put("quantity", token)  # 'turned 70 in December': the age ('turned it into ... in 1994': the year)
                return
            ent = self.entity_of.get(token.i)
            label = ent.label_ if ent is not None else ""
            sub = [self.entity_of[t.i].label_ for t in token.subtree if t.i in self.entity_of and not _after_hyphen(t)]
            if label in TIMES or (not label and "DATE" in sub and not as_object):
                if _checkable_time(self.text[slice(*self.phrase(token))]):
                    put("time", token)  # "the next day", "years", "two days later": no date to check
            elif label in PLACES and not as_object:
                put("place", token)
            elif any(t.tag_ in {"JJS", "RBS"} and _one_of(t) for t in token.subtree):
                return  # "one of the most consequential decisions": neither a count nor a rank
            elif label in AMOUNTS or token.like_num or any(c.dep_ == "nummod" for c in token.children):
                if not (token.i and token.doc[token.i - 1].text == "-" and not token.doc[token.i - 1].whitespace_):
                    put("quantity", token)  # not the "0" of a "2-0" score: the tally is the quantity kind's
            elif (
                label in NAMED
                or ("ORDINAL" in sub and _ranked(token.subtree))
                or (as_object and _ranked(token.subtree))
                or token.pos_ == "PROPN"
                or (as_object and sub)
                or (as_object and self.surname_of_earlier_person(token))
                or (as_object and token.pos_ == "NOUN" and self.predicate(verb) in self.events)
            ):
                put("object", token)

        fronted = _fronted_with(verb)
        carried = _fronted_with_any(verb)  # once per verb, not once per child
        children = [c for c in verb.children if c not in carried] + fronted
        # "born John Daniel Caine in Elmira": the name at birth is no object; its phrases are the birth's
        children = [g for c in children for g in (_birth_phrases(c) if birth_name(c) else [c])]
        for child in children:
            if child.dep_ in OBJECT_DEPS:
                target = child
                if child.dep_ == "agent":
                    target = next((c for c in child.children if c.dep_ == "pobj"), None)
                if (named := self.named_after_adjective(child)) is not None:
                    target = named  # "is married to Laura Alonsopérez": the one the adjective relates her to
                if target is not None:
                    classify(target, as_object=True)
            elif child.dep_ == "prep" and self.year_of_precedent(child):
                continue  # "the first gold since Tokyo in 2021": the year is the earlier one's, not this one's
            elif child.dep_ == "prep" and (cut := self.name_cut_off(verb, child)) is not None:
                found.setdefault("object", cut)
            elif child.dep_ == "prep":
                for pobj in child.children:
                    if child.lower_ in _PRECEDENT and self.label(pobj) in PLACES:
                        continue  # "the first gold since Tokyo": the earlier event's place, not this one's
                    if pobj.dep_ == "pobj" and "time" not in found and (shared := self.shared_year_range(child, pobj)):
                        found["time"] = (self.text[shared[0] : shared[1]], shared)
                    elif pobj.dep_ == "pobj":
                        classify(pobj, as_object=child.lower_ == "as")  # "resigns as federation president"
                        inner = {self.entity_of[t.i].label_ for t in pobj.subtree if t.i in self.entity_of}
                        if child.lower_ in {"in", "at"} and inner & PLACES and not self.label(pobj):
                            named = next(  # "at a ceremony in the São Bento Palace": the named place
                                (t for t in pobj.subtree if t.dep_ == "pobj" and self.label(t) in SITES), None
                            )
                            put("place", named if named is not None else pobj)  # "in his Richmond ... constituency"
            elif child.dep_ in {"npadvmod", "advmod"} and verb.lemma_.lower() in _placings() and _ranked([child]):
                put("object", child)  # "finished third": the placing is the result's value
            elif (
                child.dep_ in {"npadvmod", "advmod"}
                and self.label(child) in TIMES
                and _checkable_time(self.text[slice(*self.phrase(child))])
            ):
                put("time", child)
        for child in verb.children:  # "asked the leader to form a government at the palace on Friday"
            if self.folded_infinitive(child):
                for slot, value in self.arguments(child).items():
                    found.setdefault(slot, value)
        self.further[verb.i] = more
        return found

    def shared_year_range(self, prep: Token, start: Token) -> tuple[int, int] | None:
        """'from September to December 2023': a spell whose start has no year of its own shares its end's; the
        time is the whole range (its start alone, 'September', would leave the year unchecked)."""
        if prep.lower_ not in {"from", "between"} or self.label(start) not in TIMES:
            return None
        if _YEAR.search(self.text[slice(*self.phrase(start))]):
            return None
        end = next(
            (
                o
                for t in (*start.children, *prep.children)
                if t.dep_ == "prep" and t.lower_ in {"to", "until", "till", "through", "and"}
                for o in t.children
                if o.dep_ == "pobj" and self.label(o) in TIMES
            ),
            None,
        )
        if end is None or not _YEAR.search(self.text[slice(*self.phrase(end))]):
            return None
        return self.phrase(start)[0], self.phrase(end)[1]

    def with_line_date(
        self, verb: Token, sentence: Span, args: dict[str, tuple[str, tuple[int, int]]]
    ) -> dict[str, tuple[str, tuple[int, int]]]:
        """A timeline line ("October 3 - The House removes McCarthy") dates its main clause."""
        if verb.dep_ not in {"ROOT", "conj"} or ("time" in args and _calendar_date(args["time"][0])):
            return args
        if any(self.label(c) in TIMES for c in verb.children if c.dep_ in {"npadvmod", "advmod"}):
            return args  # "; he withdraws the next day": the clause has a time of its own
        line_start = self.text.rfind("\n", 0, sentence.start_char) + 1
        line = self.text[line_start : line_start + 80]
        found = LINE_DATELINE.match(line) or _TIMELINE_LINE.match(line)
        if not found or verb.idx < line_start + found.end() or sentence.start_char > line_start + found.end():
            return args
        head = line[: found.end()].rstrip(" -–—")
        offset = line_start + _date_after_places(head)  # a dateline, "OSLO, 3 May 2024 —": the date, not the place
        head = line[offset - line_start : len(head)]
        if not _calendar_date(head):
            return args
        if "time" in args and not _on_that_weekday(head, args["time"][0]):
            return args  # "NORBY, July 2 - Venn was sworn in on Monday": the report's day is not the event's
        moved = {"quantity": args["time"]} if "time" in args and "quantity" not in args else {}  # "for 90 days"
        return {**args, **moved, "time": (head, (offset, offset + len(head)))}

    def named_after_adjective(self, complement: Token) -> Token | None:
        """The named person or body a copula's adjective relates the subject to ('married to Laura Alonsopérez'):
        the object of its one preposition, when the recogniser names it; None for any other complement."""
        if complement.dep_ != "acomp" or complement.lower_ not in _relating_adjectives():
            return None
        preps = [c for c in complement.children if c.dep_ == "prep"]
        objects = [o for p in preps[:1] for o in p.children if o.dep_ == "pobj"]
        named = [o for o in objects if self.label(o) in {"PERSON", "ORG"}]
        return named[0] if len(preps) == 1 and named else None

    def predicate(self, verb: Token) -> str:
        lemma = verb.lemma_.lower()
        related = next((c for c in verb.children if self.named_after_adjective(c) is not None), None)
        if lemma == "be" and related is not None:  # "is married to": the adjective and its preposition
            return f"{related.lower_} {self.named_after_adjective(related).head.lower_}"
        particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
        obj = next((c.lower_ for c in verb.children if c.dep_ == "dobj"), None)
        for key in (f"{lemma} {particle}" if particle else None, f"{lemma} {obj}" if obj else None, lemma):
            if key and key in self.verbs:
                return self.verbs[key]
        if verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children):
            return f"was {verb.lower_}"
        return verb.lower_ if verb.tag_ in {"VBD", "VBN"} else lemma

    # --- help for the specialised kinds ---------------------------------------------------------
    def recall(self, token: Token) -> None:
        """Pronouns in this token's sentence mean what they meant when the walk reached it."""
        self.last_person, self.last_thing = self.memory.get(token.sent.start_char, (None, None))

    def owner(self, token: Token, during_walk: bool = False) -> str | None:
        """The named actor a number or phrase belongs to: the subject of the clause it stands in,
        or the entity its noun phrase is attached to ("650 seats in the House of Commons")."""
        if not during_walk:  # after the walk, pronouns mean what they meant when it reached this sentence
            self.recall(token)
        node = token
        for _ in range(12):
            if node.dep_ in SUBJECT_DEPS and node.i != token.i:
                return self.subject_name(node)
            if node.pos_ in {"VERB", "AUX"} and node.dep_ in CLAUSE_DEPS:
                subject = self.clause_subject(node)
                if subject is None:
                    return None
                return self.subject_name(subject) or self.thing_name(subject)
            if node.head.i == node.i:
                return None
            node = node.head
        return None

    def speaker(self, start: int, end: int) -> str | None:
        """Who says the quote at [start, end): the subject of the saying verb it hangs from, or the
        person named right after it ('"Change begins now," Starmer told ...')."""
        span = self.parsed.span_of(start, end)
        if span is None:
            return None
        self.recall(span[0])
        for token in span:
            node = token
            for _ in range(12):
                if node.lemma_.lower() in REPORTING and node.pos_ == "VERB":
                    subject = self.clause_subject(node)
                    if subject is None or self.describes_a_person(subject):
                        return None  # "the spokesman said": whether the text tied it to a name, the titles tell
                    return self.subject_name(subject)
                if node.head.i == node.i:
                    break
                node = node.head
        return None

    def describes_a_person(self, token: Token) -> bool:
        """A person described, not named ("the spokesman", "the minister"), with no name beside it."""
        if token.pos_ != "NOUN" or self._name_in_phrase(token) or self.pair(token):
            return False
        if any(c.dep_ in {"appos", "poss"} for c in token.children):
            return False  # "his agent, Nez Balelo"; "Boeing's spokesman" is the patterns' and titles' to read
        return token.lower_ in _office_words() or "PERSON" in _description_kinds().get(token.lower_, ())

    def apposition_head(self, token: Token) -> Token | None:
        """What an apposition describes: its head, or, where the parser made it a second subject of the verb
        ("Julia Sebutinde of Uganda, the first African woman to sit on the court, voted ..."), the named
        subject before its comma."""
        if token.dep_ == "appos":
            return token.head
        if token.dep_ not in SUBJECT_DEPS or token.pos_ != "NOUN" or token.left_edge.i < 1:
            return None
        if token.doc[token.left_edge.i - 1].text != ",":
            return None
        earlier = [c for c in token.head.children if c.dep_ in SUBJECT_DEPS and c.i < token.i]
        return earlier[-1] if earlier and self._name_in_phrase(earlier[-1]) else None

    def appositions(self, sentence: Span, body_start: int = 0) -> list[ClauseFact]:
        """'Sunak, 44', 'Starmer, a 61-year-old former director', 'Mike Johnson, a fourth-term
        congressman from Louisiana': a named person or body described by a checkable apposition."""
        facts: list[ClauseFact] = []
        for token in sentence:
            listed = token.dep_ == "conj" and token.idx >= body_start and self._name_in_phrase(token)
            if listed and self.description_before(token.head, token):  # "two engineers, Sarah Gillis and ..."
                facts.extend(self.names_described(token.head, token, listed))
                continue
            head = self.apposition_head(token)
            if head is None or token.idx < body_start or token.left_edge.tag_ in RELATIVE_TAGS:
                continue  # "Paul Lynch, whose novel ... took": a relative clause the parser read as an apposition
            named = self._name_in_phrase(head)
            head_start, _ = self.phrase(head)
            before = token.doc[token.left_edge.i - 2] if token.left_edge.i >= 2 else None
            if named and before is not None and token.doc[token.left_edge.i - 1].text == ",":
                nearer = self._entity_name(before)  # "sacks Jorge Vilda ... and appoints Montse Tomé, the first
                if nearer and nearer[1] == named[1] and before.i > head.i:  # woman": the name at the comma
                    named, head_start = nearer, self.entity_of[before.i].start_char
            if named and named[1] != "PERSON" and token.lemma_.lower() in _kin_nouns() | _person_nouns():
                # "born in Bergen, the son of ...": no place is a son (a person the recogniser took for a place is)
                named = self.person_beside_place(head) or named
            described = self.subject_name(head) if named is None else None
            if described is None and named is None and _ranked(token.subtree):
                described = self.owner(head, during_walk=True)  # "a $700 million contract ..., the richest deal"
            named = named or ((described, "PERSON") if described else None)
            itself = self._name_in_phrase(token)
            if itself and self.description_before(head, token):
                facts.extend(self.names_described(head, token, itself))  # "a small satellite, ICUBE-Q"
                continue
            if named and itself and itself[0] == named[0]:
                continue  # the apposition is the name, not a fact about it
            if token.text.isupper() and token.i and token.doc[token.i - 1].text == "(":
                continue  # "the Kuomintang (KMT)": the name's abbreviation, not a fact about it
            if post_nominal(token):
                continue  # "Tom Hale, OBE,": how the person is written, not a fact about them
            unrecognised = named is not None and named[1] == "PROPN" and _ranked(token.subtree)  # "Julia Sebutinde"
            # "Orvik, Norland's second-largest city": a place ranked by its apposition
            rank = [t for c in token.children if c.dep_ == "amod" for t in c.subtree]  # the noun's own rank
            ranked_place = named is not None and named[1] in PLACES and token.pos_ == "NOUN" and _ranked(rank)
            known = named is not None and (named[1] in {"PERSON", "ORG"} or unrecognised or ranked_place)
            thing = named is not None and named[1] in DESCRIBED and self.says_what_it_is(head, token)
            if not (known or thing) or self.label(token) in PLACES:
                continue  # "Redmond, Washington" and datelines are places, not facts
            between = self.text[min(head.idx, token.left_edge.idx) : token.left_edge.idx + 1]
            if head.i < token.i and not any(mark in between for mark in ",(—–:"):
                continue  # "an Alaska Airlines 737 Max 9": one name the parser split, no apposition
            start, end = self.phrase(token)
            clauses = [c for c in token.children if c.dep_ in {"relcl", "acl", "advcl"}]
            apart = {t.i for c in clauses for t in c.subtree}  # a relative clause in it is a fact of its own
            inside = [t for t in token.subtree if t.i not in apart]
            labels = {self.entity_of[t.i].label_ for t in inside if t.i in self.entity_of}
            # 'Ana Ruiz, 64,' is an age; 'Y. V. Chandrachud, the 16th,' a rank, however like a number its word is
            number = token.like_num and not _ORDINAL.match(token.lower_)
            aged = number or any("-year-old" in t.lower_ or t.lower_ == "year-old" for t in inside)
            ranked = _ranked(inside)
            told = None if token.like_num else _APPOSED_AGE.search(self.text, start, inside[-1].idx + len(inside[-1]))
            if told is not None:
                facts.extend(self.age_apart(named, min(head_start, start), end, told, token, inside))
                continue
            checkable = aged or ranked or labels & (TIMES | AMOUNTS | NAMED) or any(t.like_num for t in inside)
            office_only = token.lower_ in _role_nouns() and not (ranked or labels & (TIMES | AMOUNTS))
            # "X, a former chief of the defence staff", "Ding Liren, the defending champion": what a named person
            # is, the role kind's claim; the clause claims it only where that kind made none (`office`). A body's
            # office alone ("Activision, the publisher of ...") and an apposition with nothing checkable stay out.
            office = not aged and (office_only or not checkable)
            calling = named[1] == "PERSON" and token.pos_ == "NOUN"
            if office and not calling and not thing:
                continue
            office = office and not thing
            facts.append(
                ClauseFact(
                    subject=named[0],
                    predicate="aged" if aged else "is",
                    span=(min(head_start, start), end),
                    object=self.text[start:end],
                    anchor=(start, end),
                    office=office,
                )
            )
        return facts

    def description_before(self, head: Token, name: Token) -> bool:
        """A description set off by a comma before the name it describes ("a six-wheeled rover, Pragyan", "His
        publicist, Arnold Robinson", "two SpaceX engineers, Sarah Gillis and Anna Menon"): a common noun with
        its article, owner or number, naming nothing itself, whose apposition is the name."""
        if name.i < head.i or head.pos_ != "NOUN" or self._name_in_phrase(head):
            return False
        if name.dep_ == "conj":  # the parser's reading of a list after a plural: every one of them a name
            listed = [c for c in head.children if c.dep_ == "conj"]
            if head.tag_ != "NNS" or listed[0] != name or not all(self._name_in_phrase(c) for c in head.conjuncts):
                return False
        elif name.dep_ != "appos":
            return False
        marks = {c.dep_ for c in head.children}
        if not marks & {"det", "poss", "nummod"}:
            return False  # "Prosecutors, Laure Chabaud": no description, a list
        of = [t for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for t in c.children if t.dep_ == "pobj"]
        if any(t.lemma_.lower() in _person_nouns() | _kin_nouns() for t in of):
            return False  # "the son of a ship captain, Ola Moen": the name may be the captain's, not the son's
        counted = any(c.dep_ == "nummod" for c in name.children)
        if counted or (not marks & {"det", "poss"} and self.label(name) != "PERSON"):
            return False  # "169 Indians, 53 Britons", "eight shots, the PGA Championship": counts, no description
        return self.text[self.phrase(head)[1] : name.left_edge.idx].strip() == ","

    def names_described(self, head: Token, name: Token, found: tuple[str, str]) -> list[ClauseFact]:
        """What a description before a name says of it, one fact per name it lists ("three businessmen, Wael
        Hana, Fred Daibes and Jose Uribe"), on the words from the description to that name. A person's calling
        or office ("its commander, Jared Isaacman") is the role kind's where it claimed one."""
        start, end = self.phrase(head)
        office = head.lemma_.lower() in _role_nouns() | _office_words()
        owner = next((c for c in head.children if c.dep_ == "poss"), None)  # "His publicist": whose publicist
        whose = self.subject_name(owner) if owner is not None else None
        names = [(name, found)]
        for other in self.listed_after(name):
            named = self._name_in_phrase(other)
            if named and named[1] == found[1]:
                names.append((other, named))
        facts = []
        for token, (who, _) in names:
            first, last = self.phrase(token)
            if token.i in self.entity_of:
                last = max(last, self.entity_of[token.i].end_char)
            whole = self.text[first:last]
            who = whole if who in whole and not any(ch.isspace() for ch in whole) else who  # "ICUBE-Q", not "Q"
            fact = ClauseFact(who, "is", (start, last), self.text[start:end], anchor=(start, end), office=office)
            fact = replace(fact, context=whose if whose and whose != who else None)
            facts.append(replace(fact, joined=True))  # one claim per name on the one description
        return facts

    @staticmethod
    def listed_after(name: Token) -> list[Token]:
        """The names a list goes on with after its first, however the parser chained them ("Wael Hana, Fred
        Daibes and Jose Uribe": an apposition, then a conjunct of it)."""
        found, todo = [], [name]
        while todo:
            for child in todo.pop().children:
                if child.dep_ in {"conj", "appos"} and child.i > name.i and child.pos_ == "PROPN":
                    found.append(child)
                    todo.append(child)
        return sorted(found, key=lambda t: t.i)

    def says_what_it_is(self, head: Token, noun: Token) -> bool:
        """Whether an apposition says what a named thing is: a common noun with its article or owner, set off
        by a comma after the name ("Malapert A, a crater in the south polar region", "the African Union
        Commission, the bloc's executive arm"); not a person's calling, which the role kind reads."""
        if noun.pos_ != "NOUN" or noun.i < head.i or self.people_noun(noun):
            return False
        if noun.lemma_.lower() in _person_nouns() | _kin_nouns() | _role_nouns():
            return False
        if not any(c.dep_ in {"det", "poss"} for c in noun.children):
            return False
        return self.text[head.idx + len(head) : noun.left_edge.idx].strip() == ","

    def age_apart(
        self, named: tuple[str, str], first: int, end: int, age: re.Match[str], noun: Token, inside: list[Token]
    ) -> list[ClauseFact]:
        """'Starmer, a 61-year-old former director of public prosecutions', 'Aye Thikar, a 63-year-old nun': the
        apposition states two facts, the age and what the person is, and each gets a claim on its own words (one
        claim for both took one of them from the editor's list). The rest is read as an apposition without the
        age is: an office is the role kind's where it claimed it (`office`), a body's plain noun no fact."""
        facts = [ClauseFact(named[0], "aged", (first, age.end()), object=age.group(0), anchor=age.span())]
        rest = [t for t in inside if t.idx >= age.end() and not t.is_punct]
        if noun not in rest:
            return facts  # "Lena Brandt, a 22-year-old": the age is all it says
        labels = {self.entity_of[t.i].label_ for t in rest if t.i in self.entity_of}
        ranked = _ranked(rest)
        checkable = ranked or labels & (TIMES | AMOUNTS | NAMED) or any(t.like_num for t in rest)
        office = (noun.lower_ in _role_nouns() and not (ranked or labels & (TIMES | AMOUNTS))) or not checkable
        if office and not (named[1] == "PERSON" and noun.pos_ == "NOUN"):
            return facts
        span = (rest[0].idx, end)
        facts.append(
            ClauseFact(named[0], "is", (first, end), object=self.text[span[0] : end], anchor=span, office=office)
        )
        return facts

    def person_beside_place(self, place: Token) -> tuple[str, str] | None:
        """The person a clause is about, for a person noun the parse hung on a place or body in that clause ('Karl
        Moen was born in Bergen, the son of ...'): the named subject of the verb the place's phrase hangs on."""
        verb = place
        while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
            verb = verb.head
        subject = self.clause_subject(verb) if verb.pos_ in {"VERB", "AUX"} else None
        found = self._name_in_phrase(subject) if subject is not None else None
        return found if found and found[1] == "PERSON" else None

    def ages_aside(self, sentence: Span, body_start: int, facts: list[ClauseFact]) -> list[ClauseFact]:
        """'Costa, 57, is due to take office ...': the age between commas after a person's name is a fact
        of its own (whatever the parser made of the number), and the clause it interrupts is claimed from
        its verb on, so each fact is judged on its own words. 'Costa, aged 57,' and 'Costa, who is 57,' are the same
        aside."""
        out = list(facts)
        for token in sentence:
            if token.idx < body_start or not token.like_num or token.i < 2 or token.i + 1 >= len(token.doc):
                continue
            lead = 2 if token.doc[token.i - 1].lower_ == "aged" and token.i > 2 else 1  # "Dunn, aged 63,": the same
            if token.i > 3 and token.doc[token.i - 1].lower_ in {"is", "'s"} and token.doc[token.i - 2].lower_ == "who":
                lead = 3  # "Harris, who is 37,": the same aside, said in a relative clause (now: not "who was 37")
            reached = token.i > 3 and token.doc[token.i - 2].lower_ == "who" and _reached_now(token)
            lead = 3 if reached else lead  # "Mishal, who turned 83 in September,": the same, told by its birthday
            comma, name_end = token.doc[token.i - lead], token.doc[token.i - lead - 1]
            after = _aside_end(token) if reached else token.doc[token.i + 1]
            if comma.text != "," or after.text != "," or not token.text.isdecimal() or not 10 <= int(token.text) <= 120:
                continue
            named = self._name_in_phrase(name_end) if name_end.pos_ == "PROPN" else None
            if named is None and name_end.is_title and self.references.is_person(name_end):
                # "Yoon, 64, was ...": a surname the tagger read as an adverb or place, the article's person
                named = (self.references.person_name(name_end) or name_end.text, "PERSON")
            first = name_end
            if named is None and name_end.pos_ == "NOUN":  # "The lawyer, who turned 65 on 13 June,": whom it means
                first = name_end.left_edge
                words = self.text[first.idx : name_end.idx + len(name_end)]
                meant = self.references.person_described(words, (name_end.idx, name_end.idx + len(name_end)))
                # one named in full before it, as a description points back ('Lena Vos Stam', named after, is not)
                named = (meant, "PERSON") if meant and meant in self.text[: first.idx] else None
            if named is None:  # an age between commas follows a person ("Montenegro, 55," is no country)
                continue
            while first.i > sentence.start and token.doc[first.i - 1].pos_ == "PROPN":
                first = token.doc[first.i - 1]
            name_start = first.idx
            anchor = (token.idx, token.idx + len(token))
            if lead == 3:  # the relative clause's own reading ('is 37') gives way to the age it states
                out = [f for f in out if not (comma.idx < f.span[0] and f.span[1] <= after.idx)]
            if not any(f.predicate == "aged" and f.anchor and f.anchor[0] <= anchor[0] < f.anchor[1] for f in out):
                out.append(ClauseFact(named[0], "aged", (name_start, anchor[1]), object=token.text, anchor=anchor))
            gap = _ASIDE_TAIL.match(self.text, after.idx + 1)  # the spaces, and a described apposition after them
            past_age = after.idx + 1 + len(gap.group(0)) - len(gap.group(0).lstrip())
            out = [_starting_after(f, name_start, (gap.end(), past_age)) for f in out]
        return out

    def ages_fronted(self, sentence: Span, body_start: int = 0) -> list[ClauseFact]:
        """'At 44, Faye will be the fifth president', 'At 39, she is the youngest ...': an age put before a clause
        in the present or future is its subject's age now, a fact of its own whatever the clause says ('At 19,
        she moved to Paris' tells her age then, which no page states)."""
        facts: list[ClauseFact] = []
        for prep in sentence:
            if prep.lower_ != "at" or prep.idx < body_start:
                continue  # the cheap test first: only an "at" has its age looked for
            age = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if age is None or not age.text.isdecimal():
                continue
            if age.i != prep.i + 1 or not 1 <= int(age.text) <= 120:
                continue
            verb = prep.head
            past = verb.tag_ in {"VBD", "VBN"} and not any(c.dep_ == "aux" and c.tag_ != "VBD" for c in verb.children)
            if past:
                continue  # "At 19, she moved to Paris": her age then
            if self.hypothetical(verb):
                continue  # "At 82, he would be the oldest president ever": his age at some later day
            subject = self.clause_subject(verb) if verb.pos_ in {"VERB", "AUX"} else None
            if subject is None or subject.i < age.i:
                continue  # "Lena Brandt stands at 72, two shots behind": a score, not an age put before her
            found = self._name_in_phrase(subject)
            named = found[0] if found and found[1] not in PLACES else None
            if named is None and subject.lower_ in PERSON_PRONOUNS:
                named = self.subject_name(subject)
            if named:
                end = self.phrase(subject)[1]
                anchor = (age.idx, age.idx + len(age))
                facts.append(ClauseFact(named, "aged", (prep.idx, end), object=age.text, anchor=anchor))
        return facts

    def origins_fronted(self, sentence: Span, body_start: int = 0) -> list[ClauseFact]:
        """'A native of Brilon, he sat in the Bundestag': a description of where the subject was born, put
        before its clause, says of the clause's subject what 'Merz, a native of Brilon,' says after the name: a
        claim of its own, on the description's words, read as that apposition is."""
        facts: list[ClauseFact] = []
        first = next((t for t in sentence if t.idx >= body_start and not t.is_space), None)
        if first is None or first.lower_ not in {"a", "an"} or first.i + 1 >= sentence.end:
            return facts
        noun = first.doc[first.i + 1]
        prep = next((c for c in noun.children if c.dep_ == "prep"), None)
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        if pobj is None or (noun.lower_, prep.lower_) not in _origin_nouns() or pobj.pos_ != "PROPN":
            return facts
        verb = noun.head
        subject = self.clause_subject(verb) if verb.pos_ in {"VERB", "AUX"} else None
        if subject is None or first.doc[subject.left_edge.i - 1].text != ",":
            return facts  # "A native of Oslo was elected": the description is the subject, no aside on it
        found = self._name_in_phrase(subject)
        named = found[0] if found and found[1] in {"PERSON", "PROPN"} else None
        if named is None and subject.lower_ in PERSON_PRONOUNS:
            named = self.subject_name(subject)
        if named:
            place_start = min(t.idx for t in pobj.subtree if t.i <= pobj.i)
            end = pobj.idx + len(pobj)  # the place's own name, not an apposition on it ('a village in ...')
            described = first.lower_ + self.text[first.idx + len(first) : end]  # read as the apposition's 'a native of'
            facts.append(ClauseFact(named, "is", (first.idx, end), object=described, anchor=(place_start, end)))
        return facts

    def hypothetical(self, verb: Token) -> bool:
        """Whether a clause tells what would or might be rather than what is: a modal other than a scheduled
        'will' ('would', 'could', 'may'), or a condition ('if', 'Should he win')."""
        auxiliaries, _ = _scheduled()
        modal = any(
            c.dep_ in {"aux", "auxpass"} and c.lower_ in self.modals and c.lower_ not in auxiliaries
            for c in verb.children
        )
        marked = any(c.dep_ == "mark" and c.lower_ in self.conditionals for c in verb.children)
        return modal or marked or self.conditioned(verb)

    def described(self, sentence: Span, body_start: int = 0) -> list[ClauseFact]:
        """Facts a noun phrase asserts by its modifiers, whatever the mood of its clause: 'a 108-year-old
        manufacturer' (aged), 'the Iowa-based supplier' (based in), about the entity the phrase names or
        stands for."""
        facts: list[ClauseFact] = []
        for token in sentence:
            # "The 64-year-old used his speech ...", "the 55-year-old ran": the age stands for the person
            standing = not _aged_alone(token) and _age_standing_alone(token)  # read off the surface only
            aged_alone = _aged_alone(token) or standing
            if token.idx < body_start or (token.pos_ not in {"NOUN", "PROPN"} and not aged_alone):
                continue
            modifiers = [c for c in token.children if c.i < token.i and c.dep_ in MODIFIER_DEPS]
            if not modifiers:
                continue
            facts.extend(self.owners_rank(token, modifiers))
            facts.extend(self.numbered_name(token, modifiers))
            first = min(c.left_edge.i for c in modifiers)
            start = token.doc[first].idx
            words = self.text[start : token.idx + (len(token) if aged_alone else 0)]
            age, base = _AGE.search(words), _BASED.search(words)
            stands_for = _description_kinds().get(token.lower_)
            person_aged = age and not stands_for and (aged_alone or (_definite(token) and _calls_a_person(token)))
            origin = next((c for c in modifiers if self.label(c) == "NORP"), None)
            nationality = origin if origin is not None and stands_for and "PERSON" in stands_for else None
            if not (age or base or nationality is not None):
                continue
            if token.dep_ == "appos" and self._name_in_phrase(token.head):
                continue  # "Starmer, a 61-year-old lawyer": the apposition's own fact
            named = self._entity_name(token) or self.name_after_description(token)
            demonym = self.demonym(token)  # "the 47-year-old Irishman": a person described by their nation
            if demonym:
                named, stands_for = None, frozenset({"PERSON"})
            subject = named[0] if named else (self.referent(token, stands_for) if stands_for else None)
            if person_aged and not named:  # "the 53-year-old mayor", "the 64-year-old": the person named before
                meant = self.references.person_meant(token) or self.last_person
                sex, known = _own_sex(token), self.references.genders.get(meant or "")
                agrees = sex is None or known is None or sex == known  # "The 64-year-old used his speech": a man
                subject = meant if meant and self.met_before(meant, token.idx) and agrees else None
                if subject and self.someone_else_before(token, subject, named=standing):
                    subject = None  # 'Eva Holm visited a farmer. The 80-year-old joked': the farmer's age
                if subject and self.acted_on(token, subject):
                    subject = None  # 'Eva Holm met the pupils' teacher. The 61-year-old thanked her': not hers
            subject = subject or self.earlier_thing(token)
            if not subject:
                continue
            span = (start, token.idx + len(token))
            if demonym:
                end = token.idx + len(token)
                facts.append(ClauseFact(subject, "nationality", span, object=token.text, anchor=(token.idx, end)))
            if age:
                facts.append(ClauseFact(subject, "aged", span, object=age.group(0), anchor=span))
            if base:
                place = base.group(1).strip(" ,")
                facts.append(ClauseFact(subject, "based in", span, place=place, anchor=(span[0], span[1] - 1)))
            if nationality is not None and not (age or base):  # "the Bulgarian economist"
                facts.append(ClauseFact(subject, "nationality", span, object=nationality.text, anchor=span))
        return facts

    def acted_on(self, token: Token, meant: str) -> bool:
        """Whether the clause an age stands alone in as subject acts on `meant` by an object pronoun ('The
        61-year-old thanked her', with her for Eva Holm): a clause's object is not its subject (that would be
        'herself'), so the age is someone else's. A subject pronoun ('said she was proud') is no such sign."""
        verb = token.head
        objects = [c for c in verb.children if c.dep_ in _ACTED_ON]
        objects += [o for c in verb.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
        return any(o.lower_ in _OBJECT_PRONOUNS and self.references.person_before(o.i) == meant for o in objects)

    def someone_else_before(self, token: Token, meant: str, named: bool = True) -> bool:
        """Whether the sentence before an age standing alone, or its own words before it, bring in another person the
        age may be: someone introduced by a person noun with 'a' or an owner ('a farmer', "Jon Dahl's mother": review32
        B4) or acted on ('officers had detained the driver': review33 R1), or, when `named` (an age read off the
        surface, which the parse did not tie), someone named who is not `meant` ('Eva Holm beat Jon Dahl. The
        43-year-old smiled'). An age the parse reads keeps the person named before past other names: 'beating
        Jonas Vingegaard by 1:03 ... the 25-year-old became' is the winner's, as wire copy writes it."""
        sentence = token.sent
        start = sentence.start
        if start > 0 and token.doc[start - 1].sent.start_char >= self.start:
            start = token.doc[start - 1].sent.start
        people = _person_nouns() | _parts_of_bodies()[1] | _kin_nouns()
        words = {w for w in meant.split() if len(w) > 2}
        # 'The 49-year-old prime minister' after 'met a farmer': an age whose own noun names a post no one unnamed
        # brought in holds is the post holder's (review34 B2); 'The 80-year-old farmer' may be the farmer
        a_post = token.lemma_.lower() in _person_nouns() and token.lemma_.lower() not in _parts_of_bodies()[1]
        for other in token.doc[start : token.i]:
            if named and other.ent_type_ == "PERSON" and other.text not in words and other.pos_ == "PROPN":
                return True
            if a_post:
                continue
            introduced = any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in {"a", "an"}) for c in other.children)
            introduced = introduced or other.dep_ in _BROUGHT_IN  # 'officers had detained the driver'
            one = other.tag_ == "NN"  # 'a panel of its justices': no one person the age may be
            if other.pos_ == "NOUN" and one and not other.ent_type_ and other.lemma_.lower() in people and introduced:
                return True
        return False

    def name_after_description(self, token: Token) -> tuple[str, str] | None:
        """'A 73-year-old retired general, Prabowo once commanded ...': a description put first, set off by a
        comma, with the name its clause is about right after it, describes that name (the parse makes both
        the verb's subjects)."""
        if token.dep_ not in SUBJECT_DEPS or token.i + 2 >= len(token.doc) or token.doc[token.i + 1].text != ",":
            return None
        after = (c for c in token.head.children if c.dep_ in SUBJECT_DEPS and c.i > token.i)
        named = next((c for c in after if c.left_edge.i == token.i + 2), None)
        return self._name_in_phrase(named) if named is not None else None

    def met_before(self, name: str, at: int) -> bool:
        """Whether the body names `name` (a word of it) before `at`: a description calls someone the reader has
        met ('the 25-year-old became the first rider since X' is not X, whom the clause names after it)."""
        before = self.text[self.start : at]
        return any(re.search(rf"\b{re.escape(word)}\b", before) for word in name.split() if len(word) > 2)

    def kinds_before_names(self, sentence: Span, body_start: int = 0) -> list[ClauseFact]:
        """'the email security company Proofpoint', 'the Japanese firm Orvik', 'box maker Scientific Atlanta': a
        body's noun with words of its own right before a name says what the named body is (the role kind reads
        a person's office the same way)."""
        facts: list[ClauseFact] = []
        bodies = frozenset(w for w, kinds in _description_kinds().items() if "ORG" in kinds)
        for noun in sentence:
            if noun.idx < body_start or noun.pos_ != "NOUN" or noun.lemma_.lower() not in bodies:
                continue
            name = None
            if noun.dep_ == "compound" and noun.head.i > noun.i and noun.head.pos_ == "PROPN":
                name = noun.head  # "box maker Scientific Atlanta"
            else:
                name = next((c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
            if name is None or self.text[noun.idx + len(noun) : name.idx].strip(" ") not in self.name_openers(name):
                continue  # "the company, Proofpoint": set off by a comma, the apposition's own fact
            kind = [c for c in noun.children if c.dep_ in {"amod", "compound"} and c.i < noun.i]
            if not kind:
                continue  # "the company Proofpoint" says only that it is a company
            if self._name_in_phrase(name) is None:
                continue
            start, end = kind[0].left_edge.idx, noun.idx + len(noun)
            span = (start, name.idx + len(name))
            called = self.text[end : span[1]].strip()  # the name without the noun the recogniser may have taken in
            facts.append(ClauseFact(called, "is a", span, object=self.text[start:end], anchor=(start, end)))
        return facts

    def names_placed(self, sentence: Span, body_start: int = 0) -> list[ClauseFact]:
        """'Maria Lind of the Harbor Bank', 'the Harbor Arena in Glasgow', 'Karin Holm in 2001', 'Ana Holm for
        "Salt"': the prepositional phrase that hangs right on a name says which body the named person
        belongs to, where the named place or body stands, when the named one did what the sentence tells,
        or the work a person is named for, whatever the clause around it says (the labelling rules list
        location among clauses). A country or state after a person ('a senator of Ohio') is a legislator's
        home, which the role kind reads with the office. A work's title stands in quotes, so that fact is
        anchored on the name: words inside quotation marks are the quote kind's."""
        facts: list[ClauseFact] = []
        doc = sentence.doc
        for ent in self.parsed.entities_in(sentence):
            if ent.label_ not in NAMED or ent.start_char < body_start or ent.end >= sentence.end:
                continue
            found = self._entity_name(ent.root)
            if found is not None:
                facts.extend(self.awarded_for(ent, found[0]))
            prep = doc[ent.end]
            if found is not None and self.precedent_year(ent, prep):
                start, end = self.phrase(next(c for c in prep.children if c.dep_ == "pobj"))
                time = self.text[start:end]
                facts.append(ClauseFact(found[0], "in", (ent.start_char, end), time=time, anchor=(start, end)))
                continue
            if found is None or prep.dep_ != "prep" or not ent.start <= prep.head.i < ent.end:
                continue
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if pobj is None:
                continue
            inner = {self.entity_of[t.i].label_ for t in pobj.subtree if t.i in self.entity_of}
            start, end = self.phrase(pobj)
            words = self.text[start:end]
            lower = prep.lower_
            if lower in {"of", "from"} and ent.label_ == "PERSON" and "ORG" in inner:
                fact = ClauseFact(found[0], "member of", (ent.start_char, end), object=words, anchor=(start, end))
            elif lower in {"in", "at"} and ent.label_ not in {"GPE", "PERSON"} and inner & PLACES:
                fact = ClauseFact(found[0], "based in", (ent.start_char, end), place=words, anchor=(start, end))
            elif lower == "in" and ent.label_ != "WORK_OF_ART" and _YEAR.fullmatch(words):
                fact = ClauseFact(found[0], "in", (ent.start_char, end), time=words, anchor=(start, end))
            elif lower == "for" and ent.label_ == "PERSON" and "WORK_OF_ART" in inner:
                fact = ClauseFact(found[0], "for", (ent.start_char, end), object=words, anchor=(ent.start_char, end))
            else:
                continue
            facts.append(fact)
        return facts

    @staticmethod
    def precedent_year(ent: Span, prep: Token) -> bool:
        """'the first to win it since Ida Moen in 2017', 'after Per Olsen in 1903': the earlier one a first or an
        ordinal counts from, with the year they did it. The parser hangs the year on the verb, not the name, but
        the year right after the name is when that one did it."""
        after = ent.root.dep_ == "pobj" and ent.root.head.lower_ in _PRECEDENT
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep.lower_ == "in" else None
        return after and pobj is not None and prep.i == ent.end and bool(_YEAR.fullmatch(pobj.text))

    def year_of_precedent(self, prep: Token) -> bool:
        """Whether a phrase the parse hangs on the verb is the year of the one before a first, right after its
        name ('since Tokyo in 2021'): it dates that one, not the verb's event."""
        before = self.entity_of.get(prep.i - 1) if prep.i else None
        return before is not None and before.end == prep.i and self.precedent_year(before, prep)

    def awarded_for(self, ent: Span, name: str) -> list[ClauseFact]:
        """'three awards, including best actor for Ana Holm', 'best actress, for Ida Lund': a prize named by a
        superlative, given for a named person, is one that person won when the sentence's verb is one of winning."""
        doc, root = ent.doc, ent.root
        if ent.label_ != "PERSON" or root.dep_ != "pobj" or root.head.lower_ != "for" or root.head.i < 2:
            return []
        award = doc[root.head.i - 1]
        if award.text == ",":
            award = doc[root.head.i - 2]
        best = [c for c in award.children if c.dep_ == "amod" and c.i < award.i and c.lower_ in _SUPERLATIVES]
        if award.pos_ != "NOUN" or not best or not _won(award):
            return []
        start, end = best[0].idx, award.idx + len(award)
        span = (start, ent.end_char)
        return [ClauseFact(name, "won", span, object=self.text[start:end], anchor=(start, end))]

    def settlements_placed(self, sentence: Span, body_start: int = 0) -> list[ClauseFact]:
        """'the southern Ostlandic city of Tarvik': a settlement noun whose modifiers name a people or country
        says where the named place lies (the labelling rules list location among clauses). A bare 'the city
        of Tarvik' says nothing checkable."""
        facts: list[ClauseFact] = []
        for noun in sentence:
            if noun.idx < body_start or noun.pos_ != "NOUN" or noun.lemma_.lower() not in _settlements():
                continue
            of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == noun.i + 1), None)
            pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
            found = self._name_in_phrase(pobj) if pobj is not None else None
            modifiers = [c for c in noun.children if c.dep_ in {"amod", "compound"} and c.i < noun.i]
            country = [m for m in modifiers if self.label(m) in {"NORP", "GPE"}]
            if found is None or not country:
                continue
            start, end = modifiers[0].idx, noun.idx + len(noun)
            where = self.text[start:end]
            span = (start, pobj.idx + len(pobj))
            facts.append(ClauseFact(found[0], "located in", span, place=where, anchor=(start, end)))
        return facts

    def places_set_off(self, sentence: Span, body_start: int = 0) -> list[ClauseFact]:
        """'Tromsø, on the coast of northern Norway', 'Kiruna, a mining town in Lapland': a named place set off
        by a comma and followed by where it lies (a phrase with 'in', 'on', 'near' or 'off', straight after the
        comma or on a description of the place) states where the place is, whatever the clause around it says."""
        facts: list[ClauseFact] = []
        doc = sentence.doc
        for ent in self.parsed.entities_in(sentence):
            if ent.label_ not in PLACES or ent.start_char < body_start or ent.end + 2 >= sentence.end:
                continue
            if doc[ent.end].text != ",":
                continue
            after = doc[ent.end + 1]
            prep = after if after.dep_ == "prep" else None
            if prep is None and after.dep_ == "det":
                noun = next((c for c in ent.root.children if c.dep_ == "appos" and c.i > ent.end), None)
                prep = next((c for c in noun.children if c.dep_ == "prep"), None) if noun is not None else None
            if prep is None or prep.lower_ not in _WHERE:
                continue
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            found = self._entity_name(ent.root)
            if pobj is None or found is None or not self.lies_in(pobj):
                continue
            start, end = self.phrase(pobj)
            where = self.text[start:end]
            facts.append(ClauseFact(found[0], "located in", (ent.start_char, end), place=where, anchor=(start, end)))
        return facts

    def lies_in(self, pobj: Token) -> bool:
        """Whether a phrase says where a place lies: it names a place ('in Lapland', 'on Norway's west coast')
        or a stretch of land or water ('in the city's financial district'); a date ('in 1950') does neither."""
        labels = {self.entity_of[t.i].label_ for t in pobj.subtree if t.i in self.entity_of}
        if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in pobj.children):
            return False  # "Mbour, near his home region": a person's region, not where the place lies
        if "DATE" in labels or any(c.ent_type_ == "ORDINAL" for c in pobj.children):
            return False  # "China, in the first quarter", "Oslo, in the second region to vote": a time or a rank
        return bool(labels & PLACES) or pobj.lemma_.lower() in _areas()

    def homes_placed(self, sentence: Span, body_start: int = 0) -> list[ClauseFact]:
        """'his home in Port Ellis', 'her farm in the village of Lunde': a person's home, named with its place,
        says where the person lives, whatever the clause around it (a move, a drive) says."""
        facts: list[ClauseFact] = []
        doc = sentence.doc
        for noun in sentence:
            if noun.idx < body_start or noun.pos_ != "NOUN" or noun.lemma_.lower() not in _homes():
                continue
            owner = next((c for c in noun.children if c.dep_ == "poss"), None)
            if owner is None or noun.i + 2 >= sentence.end or doc[noun.i + 1].lower_ != "in":
                continue
            if owner.lower_ in PERSON_PRONOUNS:
                person = self.references.person_before(owner.i)
            else:
                found = self._name_in_phrase(owner)
                person = found[0] if found and found[1] == "PERSON" else None
            places = [
                e
                for e in self.parsed.entities_in(sentence)
                if e.label_ in SITES and noun.i + 1 < e.start <= noun.i + 5 and e.end <= sentence.end
            ]
            if person is None or not places:
                continue
            start, end = doc[noun.i + 2].idx, places[0].end_char
            span = (owner.idx, end)
            facts.append(ClauseFact(person, "home in", span, place=self.text[start:end], anchor=(start, end)))
        return facts

    def kin_named(self, sentence: Span, body_start: int = 0) -> list[ClauseFact]:
        """'his wife, Ana Holm', 'her daughter Ida', 'Moen's ex-wife Ana Holm': a relative named beside the kin noun
        is that relative of the owner, a fact about the named one (profiles and court stories state them so)."""
        facts: list[ClauseFact] = []
        for kin in sentence:
            if kin.idx < body_start or kin.lemma_.lower() not in _kin_nouns():
                continue
            if kin.dep_ == "compound" and kin.head.pos_ == "PROPN":  # "his late brother Beau": the name is the head
                named, owner = kin.head, next((c for c in kin.head.children if c.dep_ == "poss"), None)
            else:  # "his wife, Ana Holm": the name stands in apposition to the kin noun
                named = next((c for c in kin.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
                owner = next((c for c in kin.children if c.dep_ == "poss"), None)
            if named is None or owner is None:
                continue
            if owner.lower_ in PERSON_PRONOUNS:
                whose = self.references.person_before(owner.i)
            else:
                found = self._name_in_phrase(owner)
                whose = found[0] if found and found[1] == "PERSON" else None
            first = min((t for t in named.subtree if t.dep_ == "compound" and t.pos_ == "PROPN"), default=named)
            first = first if first.i > kin.i else named
            name = self.text[first.idx : named.idx + len(named)]
            if whose is None or not _NAME_RUN.fullmatch(name) or name.split()[-1] == whose.split()[-1] == name:
                continue
            start, end = owner.idx, named.idx + len(named)
            qualifiers = [c.lower_ for c in kin.children if c.dep_ == "amod" and c.lower_ in _kin_qualifiers()]
            predicate = " ".join([*qualifiers, f"{kin.lemma_.lower()} of"])  # "former husband of": no longer one
            facts.append(ClauseFact(name, predicate, (start, end), object=whose, anchor=(kin.idx, end)))
        return facts

    def descriptions_placed(self, sentence: Span, body_start: int = 0) -> list[ClauseFact]:
        """'Ana Holm, a singer from Bergen', 'Karl Moen is a chemist at the Harbor Institute': a description
        of a named person (an apposition, or the complement of a copula) that says where the person comes
        from or works states a fact of its own, apart from the calling the role kind reads."""
        facts: list[ClauseFact] = []
        for token in sentence:
            if token.idx < body_start or token.pos_ != "NOUN" or token.dep_ not in {"appos", "attr"}:
                continue
            if token.dep_ == "appos":
                named = self._name_in_phrase(token.head)
            else:
                subject = self.clause_subject(token.head) if token.head.pos_ in {"AUX", "VERB"} else None
                named = self._name_in_phrase(subject) if subject is not None else None
            if not named or named[1] not in {"PERSON", "PROPN"}:
                continue
            for prep in token.children:
                pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if prep.dep_ != "prep" or prep.lower_ not in {"from", "at"} or pobj is None:
                    continue
                if not {self.entity_of[t.i].label_ for t in pobj.subtree if t.i in self.entity_of} & SITES:
                    continue
                start, end = self.phrase(pobj)
                words = self.text[start:end]
                facts.append(
                    ClauseFact(named[0], prep.lower_, (token.left_edge.idx, end), object=words, anchor=(start, end))
                )
        return facts

    def listings(self, sentence: Span, body_start: int = 0) -> list[ClauseFact]:
        """'Harbor Holdings Inc. (NYSE: HBR)': a company's exchange and ticker in brackets right after its
        name, the way press releases open, state where its shares are listed."""
        facts: list[ClauseFact] = []
        for ent in self.parsed.entities_in(sentence):
            if ent.label_ != "ORG" or ent.start_char < body_start:
                continue
            listed = _LISTING.match(self.text, ent.end_char)
            found = self._entity_name(ent.root) if listed else None
            if listed is None or found is None:
                continue
            start, end = listed.start(1), listed.end(1)
            fact = ClauseFact(found[0], "listed on", (ent.start_char, listed.end()), object=listed.group(1))
            facts.append(replace(fact, anchor=(start, end)))
        return facts

    def name_openers(self, name: Token) -> set[str]:
        """The words between a body's noun and the name it heads may only be the name's own first words."""
        words = [c for c in name.children if c.dep_ == "compound" and c.i < name.i]
        return {""} | ({self.text[words[0].idx : name.idx].strip()} if words else set())

    def fronted_for(self, token: Token) -> str | None:
        """The name a description opening its sentence stands for ("A Republican who switched parties in 1991,
        Beasley was elected ..."): the named subject after it, across the comma, of the verb it hangs from."""
        if token.left_edge.i != token.sent.start:
            return None
        verb = token.head
        names = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i > token.right_edge.i and c.pos_ == "PROPN"]
        if not names or "," not in self.text[token.right_edge.idx : names[0].idx]:
            return None
        found = self._name_in_phrase(names[0])
        return found[0] if found else None

    def demonym(self, token: Token) -> bool:
        """'the Irishman', 'the 27-year-old Spaniard': one person called by their nation, a description (of whom
        the paragraph is about), not a name of its own."""
        ent = self.entity_of.get(token.i)
        if ent is None or ent.label_ != "NORP" or len(ent) != 1 or token.tag_ not in {"NN", "NNP"}:
            return False
        return any(c.dep_ == "det" and c.lower_ in {"the", "a", "an"} for c in token.children)

    def owners_rank(self, token: Token, modifiers: list[Token]) -> list[ClauseFact]:
        """ "Spain's first Women's World Cup", "Microsoft's largest acquisition": a rank a named owner's thing
        holds, asserted by the noun phrase whatever its clause says."""
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        rank = next((c for c in modifiers if c.dep_ == "amod" and _ranked([c])), None)
        if owner is None or rank is None or token.dep_ == "appos":
            return []  # "Orbital, Harvey's fifth novel": the apposition's own fact
        if token.dep_ == "attr" and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in token.head.children):
            return []  # "It was Ostland's first win": the clause itself is the owner's (`rank_it_stands_for`)
        holder = self.references.holder(token)  # "sworn in as Peru's ninth president": the person sworn in
        if holder is None and token.dep_ in SUBJECT_DEPS and token.lower_ in _office_words() and _said_now(token):
            holder = self.references.person_called(token)  # "Peru's ninth president has held the office since"
        first = first_conjunct(token)  # "UBS is a global wealth manager and Switzerland's largest bank": UBS's rank
        if holder is None and first is not token and self.said_of_subject(first):
            subject = self.clause_subject(first.head)
            holder = self.subject_name(subject) if subject is not None else None
        if holder is None and self.said_of_subject(token):
            return []  # "X became Norland's ninth president": the rank is X's, claimed by X's clause
        found = self._entity_name(owner)
        if found is None or found[1] not in ACTORS or self.entity_of.get(owner.i) is self.entity_of.get(token.i):
            return []  # "the first Women's Nations League": the owner is part of the thing's own name
        start, end = owner.left_edge.idx, token.idx + len(token)
        value = self.text[rank.idx : end]
        return [ClauseFact(holder or found[0], "is", (start, end), object=value, anchor=(rank.idx, end))]

    def said_of_subject(self, token: Token) -> bool:
        """Whether a noun phrase describes its clause's subject rather than a thing of its own: the complement
        of a copula ('was Norland's first ...', 'became its ninth ...') or of 'as' ('sworn in as ...')."""
        if token.dep_ in {"attr", "oprd"}:
            verb = token.head
        elif token.dep_ == "pobj" and token.head.lower_ == "as":
            verb = token.head.head
        else:
            return False
        if verb.dep_ == "appos":  # "Ana Lund, a lawyer who was sworn in as ...": not this shape
            return False
        subject = self.clause_subject(verb) if verb.pos_ in {"VERB", "AUX"} else None
        return subject is not None and self._name_in_phrase(subject) is not None

    def numbered_name(self, token: Token, modifiers: list[Token]) -> list[ClauseFact]:
        """'the 68th Eurovision Song Contest', 'the Seventy-eighth World Health Assembly': a name with its
        ordinal says which edition it was, a fact about the named event or body."""
        compounds = [c for c in token.children if c.dep_ == "compound" and c.i < token.i]
        if token.pos_ != "PROPN" or token.dep_ == "appos" or not (token.i in self.entity_of or compounds):
            return []
        if self.label(token) == "NORP":
            return []  # "the first Australian to win": a person, not a name's edition
        # an edition is numbered: "the first Nordic Cup" is a rank its clause claims
        numbered = [c for c in modifiers if c.dep_ == "amod" and _ORDINAL.match(c.lower_) and c.lower_ not in _RANKS]
        rank = numbered[0] if numbered else None
        if rank is None or any(c.dep_ == "poss" for c in token.children):
            return []  # "Spain's first title": the owner's rank
        words = [c for c in compounds if rank.i < c.i]
        start = words[0].left_edge.idx if words else token.idx
        name = self.text[start : token.idx + len(token)]
        if not _NAME_RUN.fullmatch(name):
            return []
        first = rank.left_edge.idx
        end = token.idx + len(token)
        edition = self.text[first : rank.idx + len(rank)]
        return [ClauseFact(name, "ordinal", (first, end), object=edition, anchor=(first, end))]

    def earlier_thing(self, token: Token) -> str | None:
        """'the 150-year-old tree' after 'The banyan tree': the thing named before by the same noun with a
        word of its own in front."""
        for earlier in reversed(token.doc[: token.i]):
            if earlier.idx < self.start:
                return None
            if earlier.lemma_ == token.lemma_ and earlier.pos_ == "NOUN":
                nouns = [c for c in earlier.children if c.dep_ == "compound" and c.i < earlier.i]
                if nouns:
                    return self.text[nouns[0].idx : earlier.idx + len(earlier)]
        return None

    def placings_listed(self, sentence: Span, body_start: int = 0) -> list[ClauseFact]:
        """A results list with its verb left out ("X came third, Y fourth and Z fifth", "A was second, with B
        seventh"): a name followed at once by an ordinal, in a sentence that states a placing, is that
        name's placing. The parser gives such gapped words no verb of their own, so they are read here."""
        doc = sentence.doc
        placed = any(
            t.lemma_.lower() in _placings()
            or (t.lemma_ == "be" and any(c.dep_ in {"acomp", "attr"} and _ORDINAL.match(c.lower_) for c in t.children))
            for t in sentence
        )
        facts: list[ClauseFact] = []
        for token in sentence if placed else ():
            if token.idx < body_start or token.i < 1 or not _ORDINAL.match(token.lower_) or token.lower_ == "only":
                continue
            before, after = doc[token.i - 1], doc[token.i + 1] if token.i + 1 < len(doc) else None
            if before.pos_ != "PROPN" or not before.whitespace_ or self.label(before) in TIMES:
                continue
            if after is not None and after.pos_ in {"NOUN", "PROPN", "NUM"}:
                continue  # "Spain's fourth title", "Ramos fourth place": the ordinal ranks a noun, not a name
            if after is not None and after.pos_ in {"VERB", "AUX"}:
                continue  # "Hamilton first won the title": an adverb of the verb after it, no placing
            first = before
            while first.i > sentence.start and doc[first.i - 1].pos_ == "PROPN" and doc[first.i - 1].whitespace_:
                first = doc[first.i - 1]
            name = self.text[first.idx : before.idx + len(before)]
            recognised = self.label(before) in NAMED or first.i < before.i  # a name, not a capitalised word
            if not _NAME_RUN.fullmatch(name) or not recognised:
                continue
            end = token.idx + len(token)
            facts.append(ClauseFact(name, "finished", (first.idx, end), object=token.text, anchor=(token.idx, end)))
        return facts

    def gapped(self, sentence: Span, body_start: int = 0) -> list[ClauseFact]:
        """A clause whose verb is left out after a comma or 'and' ("Brunei joined in 1984, Vietnam in 1995",
        "Craig died in 2018, and Ronnie in December 2022"): the parser hangs the name on the first clause's verb
        (an adverbial noun or a conjunct) with no subject of its own, and the date after it on the verb or on the
        name. The name, of the first subject's sort, did the verb at its own date; a name joined to it ("Laos and
        Myanmar in 1997") did too."""
        doc, facts = sentence.doc, []
        for verb in (t for t in sentence if t.pos_ == "VERB" and t.idx >= body_start):
            subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < verb.i), None)
            first = self._name_in_phrase(subject) if subject is not None else None
            if first is None or self.non_factual(verb, sentence):
                continue
            names = [
                c
                for c in verb.children
                if c.i > verb.i
                and c.dep_ in {"npadvmod", "conj"}
                and c.pos_ == "PROPN"
                and doc[c.i - 1].text in {",", "and"}
            ]
            # the names the first clause gives besides its subject ("moved to Paris in 1990, London in 1995"): a
            # gapped name of one of their sorts stands for that one's part, not the subject's
            beside = [t for c in verb.children if c.dep_ in _BESIDE for t in c.subtree if self.label(t) in NAMED]
            for k, name in enumerate(names):
                found = self._name_in_phrase(name)
                if not found or not (
                    _of_one_sort(found, first)
                    or (found[1] in ACTORS and not any(_of_one_sort(found, (t.text, self.label(t))) for t in beside))
                ):
                    continue
                end = names[k + 1].i if k + 1 < len(names) else sentence.end
                pieces = [c for c in verb.children if name.i < c.i < end and c.dep_ in {"prep", "npadvmod"}]
                pieces += [c for c in name.children if c.dep_ in {"prep", "npadvmod"}]
                times = [
                    (a, b)
                    for a, b in (self.phrase(p) for p in pieces)
                    if any(self.label(t) in TIMES for t in doc.char_span(a, b, alignment_mode="expand") or ())
                    and _checkable_time(self.text[a:b])
                ]
                if not times:
                    continue
                a, b = times[0]
                when = self.text[a:b]
                joined = [n[0] for c in name.conjuncts if c.i > name.i and (n := self._name_in_phrase(c))]
                for named in [found[0], *joined]:
                    facts.append(
                        ClauseFact(
                            named,
                            self.predicate(verb),
                            (name.idx, b),
                            time=when,
                            anchor=(a, b),
                            verb=(verb.idx, verb.idx + len(verb)),
                            values=((a, b),),
                            joined=named != found[0],
                        )
                    )
        return facts

    def works(self, sentence: Span, body_start: int = 0) -> list[ClauseFact]:
        """A name owned by a person or organisation is their work ('Charlotte Wood's Stone Yard Devotional':
        who wrote or made it)."""
        facts: list[ClauseFact] = []
        doc = sentence.doc
        for token in sentence:
            if token.idx < body_start or token.dep_ != "poss" or token.pos_ != "PROPN":
                continue
            found = self._entity_name(token)
            if token.i + 2 >= sentence.end or doc[token.i + 1].lower_ not in {"'s", "’s"}:
                continue
            if found is None or found[1] not in {"PERSON", "ORG"}:
                continue
            names = [c for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < token.i]
            if found[1] == "ORG" and not names:
                continue  # "Women's World Cup": a one-word organisation is a name's part, not its author
            run = self.quoted_title(doc, token.i + 2, sentence.end)  # 'Nolan's "Oppenheimer"': a title in quotes
            for follower in doc[token.i + 2 : sentence.end] if not run else ():
                if follower.pos_ != "PROPN":
                    break
                run.append(follower)
            after = doc[run[-1].i + 1] if run and run[-1].i + 1 < sentence.end else None
            if not run or (after is not None and after.pos_ == "NOUN"):
                continue  # "Russia's Luna-25 probe": the name of a thing of theirs, not a work
            shared = self.entity_of.get(token.i)
            body = run[-1].lower_ in _description_kinds() and "PERSON" not in _description_kinds()[run[-1].lower_]
            if shared is not None and shared is self.entity_of.get(run[0].i) and body:
                continue  # "the Taiwan People's Party": a body's one name with a possessive inside, not a work
            owner_start = names[0].idx if names else token.idx
            owner = self.text[owner_start : token.idx + len(token)]
            work = self.text[run[0].idx : run[-1].idx + len(run[-1])]
            member = found[1] == "ORG" and self.references.is_person(run[-1])  # a person's "Ana" is a work
            member = self.references.name_of(run[-1]) if member else None
            if member is not None:  # "the league's Ana Ruiz": a person of theirs, whom the phrase is about
                span = (owner_start, run[-1].idx + len(run[-1]))
                facts.append(ClauseFact(member, "is a", span, object=owner, anchor=(run[0].idx, span[1])))
                continue
            quoted = doc[run[0].i - 1].text in _OPENING_QUOTES  # its words are a title, not a speaker's
            span = (owner_start, run[-1].idx + len(run[-1]) + (1 if quoted else 0))
            anchor = (owner_start if quoted else run[0].idx, span[1])
            # the work is the other party the phrase is about ("Peter Thiel's Founders Fund" tells of the fund)
            facts.append(ClauseFact(owner, "made", span, object=work, context=work, anchor=anchor))
        return facts

    @staticmethod
    def quoted_title(doc: Doc, start: int, end: int) -> list[Token]:
        """The words of a title in quotation marks opening at token `start` ('"The Long Road"'), whatever their
        tags: a short run up to the closing mark with a capital first word; empty where none stands there."""
        if start >= end or doc[start].text not in _OPENING_QUOTES:
            return []
        words = []
        for token in doc[start + 1 : min(end, start + 12)]:
            if token.text in _CLOSING_QUOTES:
                return words if words and words[0].text[:1].isupper() else []
            words.append(token)
        return []

    # --- the walk ------------------------------------------------------------------------------
    def run(self, start: int = 0, memory_only: bool = False) -> list[ClauseFact]:
        """Facts of every sentence from `start` on (the body: a headline neither claims nor names).

        `memory_only`: a reader that asks whom names stand for after the walk (the count owners) needs only
        what the walk remembers (`memory`, `gender`, `last_pair`; not `last_event`, which only this class's own
        "it" reads, and the count owners resolve "it" with verify.nlp.reference). The readers that make facts
        change none of it but `last_pair` (in `pair`), so they are skipped, but in a sentence with a pair
        word, and no facts are returned. tests/test_memory_walk.py holds both walks' memories equal."""
        self.start = start
        self.memory_only = memory_only
        facts: list[ClauseFact] = []
        for sentence in self.parsed.sentences:
            if sentence.end_char <= start:
                continue
            asked = self.asked_in(sentence)
            if asked and asked[1]:  # "Who is Nemo?\nThe singer ...": the answer is about whom the heading asks
                self.last_person = asked[0]
            elif asked:
                self.last_thing, self.last_event = asked[0], None  # "What is it?\nIts formal name is ..."
            self.memory[sentence.start_char] = (self.last_person, self.last_thing)
            facts.extend(self.sentence_facts(sentence, start))
        if memory_only:
            return []
        asides = _datelines(self.text) + _quotations(self.text)
        return [f for f in facts if not any(a <= (f.anchor or f.span)[0] < b for a, b in asides)]

    def asked_in(self, sentence: Span) -> tuple[str, bool] | None:
        """What a Q&A heading asks about, when this sentence answers it and points back at it before it names
        anything ("What is it?\nIts formal name is ..."; "Who is Nemo?\nThe singer, 24, ..."): the answer's
        pronoun or description means it, not the last thing the sentences before named."""
        if sentence.text.rstrip().endswith("?"):
            return None  # the heading itself
        asked = self.references.asked_about(sentence.start)
        if asked is None:
            return None
        for token in sentence:
            ent = self.entity_of.get(token.i)
            other = ent is not None and ent.label_ in NAMED and ent.text != asked[0]
            if other and not (asked[1] and same_person(ent.text, asked[0])):
                return None  # the answer names what it is about
            if token.lower_ in {"it", "its"} and not asked[1]:
                return asked
            if (token.lower_ in PERSON_PRONOUNS or self.people_noun(token)) and asked[1]:
                return asked
        return None

    def sentence_facts(self, sentence: Span, start: int = 0) -> list[ClauseFact]:
        """The sentence's facts; words before `start` (a headline the parser glued on) are not read."""
        facts: list[ClauseFact] = []
        self.learn_gender(sentence)
        whole = not self.memory_only or _holds_pair_word(sentence)
        subjects = [t for t in sentence if t.dep_ in SUBJECT_DEPS and t.idx >= start]
        verbs = [t for t in sentence if t.pos_ in {"VERB", "AUX"} and t.dep_ in CLAUSE_DEPS and t.idx >= start]
        for verb in verbs:
            subjectless = not any(c.dep_ in SUBJECT_DEPS for c in verb.children)
            if verb.pos_ == "AUX" and verb.dep_ != "ROOT" and subjectless and not _coordinated_copula(verb):
                continue
            if _hyphen_piece(verb):
                continue  # "re-elected" split as "re", "-", "elected": the prefix and the dash are no verbs
            if verb.dep_ in {"relcl", "acl"} and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
                continue  # "the first woman to lead the team": the rank is the fact, told by the noun it describes
            if self.folded_infinitive(verb):
                continue  # "became the first country to land ...", "asked the leader to form ...": one clause
            subject = self.clause_subject(verb)
            if subject is None or subject.idx < start:
                continue
            for earlier in subjects:  # "Modi watched ..., where he was attending": he is the Modi just named
                if earlier.i < subject.i:
                    self.remember(earlier)
            if not whole:
                continue  # the rest makes facts and changes nothing a memory-only walk keeps (see `run`)
            name = self.subject_name(subject)
            if name and subject.lower_ in PERSON_PRONOUNS:
                self.current_subjects.add(name)  # "He started in 1983 ...; he retired in 2021": still him
            agent = self.agent_name(verb)
            patient = None
            if name is None and agent:  # "the indictment brought in August 2023 by Jack Smith": Jack Smith brought it
                name, patient = agent, subject
            obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
            # "A judge convicts X", "Police arrested X", "The jury found X guilty": a doer the article does not
            # name acting on a named person states a fact about that person
            someone = any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in subject.children)
            unnamed = subject.pos_ == "NOUN" and self.predicate(verb) in self.events  # "Police arrested X"
            found = self._name_in_phrase(obj) if name is None and (someone or unnamed) and obj is not None else None
            acted_on = None
            if found and found[1] in ({"PERSON", "PROPN"} if someone else {"PERSON"}):  # "convicts Rubiales"
                name, patient, acted_on = found[0], subject, obj
            thing = self.thing_name(subject) if name is None and patient is None and verb.dep_ != "relcl" else None
            if self.non_factual(verb, sentence):
                continue
            if name is None and thing is None:
                # "The court finds X guilty": a verb's small clause names its own subject, whoever the doer is
                facts.extend(self.small_clauses(verb) if not self.opinion_verb(verb) else [])
                continue
            # "believes the company will recover", "hopes for a deal" frame an opinion; "claims the island",
            # "describes the journey" state what someone holds or did
            framed = any(c.dep_ in {"ccomp", "xcomp"} for c in verb.children) or not any(
                c.dep_ == "dobj" for c in verb.children
            )
            if self.opinion_verb(verb) and verb.lemma_.lower() not in REPORTING and framed:
                continue
            if verb.lemma_.lower() in _regard_verbs() and _frames_a_view(verb):
                continue  # "sees the deal as a mistake": a view, whatever object it takes
            facts.extend(self.complements(verb))
            facts.extend(self.small_clauses(verb))
            if verb.lemma_.lower() in REPORTING and (
                self.predicate(verb) not in self.events or any(c.dep_ in {"ccomp", "xcomp"} for c in verb.children)
            ):
                # "said that ...": the said words are the speaker's, not the story's; "announced his resignation"
                # is an event. That a named speaker said them is the story's: a deed of the speaker
                if patient is None and thing is None:
                    facts.extend(self.saying(verb, subject, name))
                continue
            args = self.arguments(verb)
            if self.office_only(verb, args):
                continue  # "she was European commissioner": an office, which the role kind claims
            if thing is not None:
                if not args:
                    continue  # "the task is huge": an unnamed thing with nothing checkable is no claim
                name = self.last_event = thing  # "The fire that raced through the town killed 100 people"
            if patient is not None and acted_on is None:
                start_p, end_p = self.phrase(patient)
                args = {**args, "object": (self.text[start_p:end_p], (start_p, end_p))}
            predicate = self.predicate(verb)
            if acted_on is not None:
                predicate = f"was {predicate}"  # "Police arrested X": X was arrested, and the doer is no object of X's
            # a reported clause is asserted when it gives a date, place or figure ("officials said X was flooded
            # on Monday") or states an event ("officials said X was also flooded"); a bare charge a source makes
            # ("critics said X lied") is theirs, not the story's
            told = self.reported(verb) and (bool(set(args) & {"time", "place", "quantity"}) or predicate in self.events)
            main = verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT") or told
            # "He resigned", once the walk knows who he is, is as much his deed as "Sunak resigned"
            resolved = name is not None and subject.lower_ in PERSON_PRONOUNS
            # "The court found the law void", "The board has formed a committee": a definite description the
            # walk read as a body or thing named before points back at that name, and states its deed as the
            # name would; not one that names something in its own words ("The crash of an Alaska Airlines jet")
            described = name is not None and patient is None and self.pointing_back(subject, name)
            # "..., until he declined to defend the title": a side clause whose subject names someone, or a
            # pronoun the walk has resolved, states that person's deed
            named = (self._name_in_phrase(subject) is not None or resolved) and verb.dep_ in {"conj", "advcl"}
            # "it hit a rock and tipped over": a verb joined to a claimed clause, with no subject of its own,
            # is a further deed of whomever that claim is about
            sharing = verb.dep_ == "conj" and subject.head.i != verb.i and verb.head.i in self.claimed
            own = subject.head.i == verb.i and (self._name_in_phrase(subject) is not None or resolved or described)
            aside = self.aside_on_name(verb)  # "Beijing, which claims the island": a fact about Beijing
            # "Hou apologised to his supporters": an event with a named party is checkable by itself
            shared = verb.dep_ == "conj" and (main or named or sharing)  # "says ... and apologises": the first verb's
            deed = (
                ((own and (main or named)) or aside or shared)
                and self.deed(verb, predicate)
                and (self.actor(subject) or resolved or described or sharing)
            )
            if not args and not deed and (predicate not in self.events or not (main or named)):
                continue  # "the day he was named": a clause with nothing checkable is background, not a claim
            side = not (main or own or aside) and verb.dep_ != "conj"
            event = subject.head.i == verb.i and predicate in self.events  # "even as it lost its majority"
            if side and set(args) == {"object"} and not self.checkable_object(verb) and not event:
                continue  # "..., ending a free-agent chase": a side clause whose object names nothing
            args = self.with_line_date(verb, sentence, args)  # "30 October - FIFA bans him ...": the line's date
            extent = self.phrase(acted_on) if acted_on is not None else None if args else self.own_words(verb)
            made = self.facts(name, predicate, verb, subject, args, extent)  # the claim holds whom it is about
            if patient is None and acted_on is None and thing is None:
                for other in self.joined_subjects(subject, name, verb):  # "Al Bayda, Al Marj and Soussa were flooded"
                    facts.extend(replace(f, subject=other, joined=True) for f in made if not f.fallback)
            # the deed is claimed beside its date, on a timeline line too ("6 August - Lind dissolves parliament":
            # the date kind checks the day, the clause that she dissolved it; session 29, ext29)
            if deed and args and acted_on is None and made:
                words = self.own_words(verb)
                made[0] = replace(made[0], deed=(min(made[0].span[0], words[0]), words[1]))
            if made:
                self.claimed.add(verb.i)
            facts.extend(made)
        if not whole:
            self.remember_subjects(sentence, start)
            return facts
        if not self.text[sentence.start_char : sentence.end_char].rstrip().endswith("?"):
            facts.extend(self.appositions(sentence, start))
            facts = self.ages_aside(sentence, start, facts)
        facts.extend(self.described(sentence, start))
        facts.extend(self.ages_fronted(sentence, start))
        facts.extend(self.origins_fronted(sentence, start))
        facts.extend(self.works(sentence, start))
        facts.extend(self.kinds_before_names(sentence, start))
        facts.extend(self.names_placed(sentence, start))
        listed = self.listings(sentence, start)  # "(NYSE: NORD)": the listing, no name set beside the company
        facts = [f for f in facts if not _a_ticker(f, listed)] + listed
        facts.extend(self.descriptions_placed(sentence, start))
        facts.extend(self.settlements_placed(sentence, start))
        facts.extend(self.homes_placed(sentence, start))
        facts.extend(self.places_set_off(sentence, start))
        facts.extend(self.kin_named(sentence, start))
        facts.extend(self.placings_listed(sentence, start))
        facts.extend(self.gapped(sentence, start))
        self.remember_subjects(sentence, start)
        return facts

    def remember_subjects(self, sentence: Span, start: int) -> None:
        """The sentence's subjects, in order, are whom the next pronouns and descriptions may mean."""
        for token in sentence:
            if token.dep_ in SUBJECT_DEPS and token.idx >= start:
                self.remember(token)

    def facts(
        self,
        name: str,
        predicate: str,
        verb: Token,
        subject: Token,
        args: dict[str, tuple[str, tuple[int, int]]],
        extent: tuple[int, int] | None = None,
    ) -> list[ClauseFact]:
        """The clause as one fact with every field, plus one fact per further date, number or ranked object it
        carries (an editor checks "took office on 5 July", "won 411 seats" and "at his eighth attempt" apart
        from the clause)."""
        core = [(verb.idx, verb.idx + len(verb))]
        # a coordinated verb's claim starts at its verb ("started in 1983 ..., joined Rockwell in 1987"): the
        # subject's words belong to the first verb's claim
        shared = verb.dep_ == "conj" and subject.head.i != verb.i
        near = subject.sent == verb.sent and abs(subject.i - verb.i) < 12
        borrowed = subject.head.i == verb.head.i and subject.i > verb.i  # "Born in X, a village, he ran": not "he"
        if near and not shared and subject.head.i in {verb.i, verb.head.i} and not borrowed:
            core.append(self.phrase(subject))
        obj = self.object_entity(verb)  # "Google hired him in 2013": about him too, whatever the value
        context = obj if obj and obj != name else None
        fields = {slot: text for slot, (text, _) in args.items()}

        def one(
            slots: list[str], extra: dict[str, str | None], where: dict[str, tuple[str, tuple[int, int]]] = args
        ) -> ClauseFact:
            # a dateline's day dates the clause ('HELSINKI, 3 April 2024 - Stubb travelled ...') but is no word of
            # it (a timeline line's date is: "12 September 2020 - A guard catches ...")
            said = [where[slot][1] for slot in slots if not self.in_dateline(where[slot][1])]
            edges = core + said + ([extent] if extent else [])
            anchor = where[slots[0]][1] if slots else core[0]
            return ClauseFact(
                subject=name,
                predicate=predicate,
                span=(min(a for a, _ in edges), max(b for _, b in edges)),
                context=context,
                anchor=anchor,
                verb=core[0],
                values=tuple(where[slot][1] for slot in slots if self.checked_apart(slot, slots, where[slot][1])),
                **extra,
            )

        main_slots = [slot for slot in ("object", "place", "time", "quantity") if slot in args]
        out = [one(main_slots, {k: fields.get(k) for k in ("object", "time", "place", "quantity")})]
        for slot in main_slots[1:]:
            if slot in {"quantity", "time", "place"}:
                alone = one([slot], {slot: fields[slot]})
                bare = slot == "place" or (slot == "time" and not _calendar_date(fields[slot]))
                out.append(ClauseFact(**{**alone.__dict__, "fallback": bare}))  # alone only if the clause is taken
        for value in self.further.get(verb.i, []):  # the same subject and verb, up to the rank's own words
            out.append(one(["object"], {"object": value[0]}, {"object": value}))
        return out

    def deed(self, verb: Token, predicate: str) -> bool:
        """A verb that says something happened ('apologised', 'resigned'), checkable with no value beside it
        when a named party did it; not a copula or a bare 'has'."""
        if any(c.dep_ == "ccomp" and c.i > verb.i and c.tag_ in _FINITE for c in verb.children):
            return False  # "acknowledged that its lines started a fire": the fact is what was acknowledged
        if predicate in self.events:
            return True
        return verb.pos_ == "VERB" and verb.lemma_.lower() not in _LIGHT_VERBS

    def joined_subjects(self, subject: Token, name: str, verb: Token | None = None) -> list[str]:
        """The other names a coordinated subject joins to the first ("Meg Ryan and Billy Crystal opened ..."):
        the clause states the same fact of each. Only names of the first one's sort (two people, two places)."""
        first = self._name_in_phrase(subject)
        if first is None or self.paired(subject, verb):
            return []
        names = []
        for other in subject.conjuncts:
            found = self._name_in_phrase(other) if other.i > subject.i else None
            whole = self.text[subject.left_edge.idx : other.idx + len(other)].lower()
            if whole in aliases.COUNTRIES:
                continue  # "Trinidad and Tobago", "St. Vincent and the Grenadines": one country's name, not two
            same_sort = found and _of_one_sort(found, first)
            if found and found[0] != name and same_sort:
                names.append(found[0])
        return names

    def paired(self, subject: Token, verb: Token | None = None) -> bool:
        """'A and B finished first and second', '... respectively': each name has its own value, so the
        clause's fact is not the same for both. A clause joined to a passive verb ("A and B were flooded, and
        3,000 people have been displaced") is no value of theirs: each name underwent the event. Asked of the
        subject's verb and of the verb whose fact is made (a side clause sharing the subject): a verb beside
        either ("..., becoming its members and starting the countdown", "became members and joined ...") is a
        further deed of both names, not one value for each; values written one for each ("becoming its 60th
        and 61st parties", "won 61 and 40 seats") are paired."""
        head = subject.head
        if any(t.lower_ == "respectively" for t in head.subtree):
            return True
        joined = "conj" if subject.dep_ == "nsubjpass" else None  # a coordinated clause, not a paired value
        for clause in {head, verb or head}:
            kept = [c for c in clause.children if c.dep_ not in SUBJECT_DEPS and c.dep_ != joined and c.i != subject.i]
            kept = [c for c in kept if c.pos_ not in {"VERB", "AUX"}]
            values = kept + [m for c in kept for m in c.children if m.dep_ in {"amod", "nummod"} and m.i < c.i]
            if any(value.conjuncts for value in values):
                return True
        return False

    def saying(self, verb: Token, subject: Token, name: str) -> list[ClauseFact]:
        """'Kroger said it was reviewing its options', 'the board would not speculate, Homendy said': that a named
        speaker said a clause is a checkable deed of the speaker's (issue 14), whatever the clause says (its
        date, place or figure is claimed apart when the story asserts it, see `reported`). The main clause's
        verb only, with a finite clause of its own as what was said; not a source no name stands for
        ('Critics said ...'), nor a saying a modal or a question frames (`non_factual`, asked before)."""
        main = verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")
        said = next(
            (c for c in verb.children if c.dep_ == "ccomp" and any(g.dep_ in SUBJECT_DEPS for g in c.children)),
            None,
        )
        if not main or said is None or any(c.dep_ == "neg" for c in verb.children):
            return []
        shared = verb.dep_ == "conj" and subject.head.i == verb.head.i  # "called the show ... and said he had"
        if subject.head.i != verb.i and not shared:
            return []
        resolved = subject.lower_ in PERSON_PRONOUNS
        # "Its chair, Lena Varga, said ...": the name set beside the speaker's office says who spoke
        apposed = any(c.dep_ == "appos" and self._name_in_phrase(c) for c in subject.children)
        if not (self.actor(subject) or resolved or apposed or self.pointing_back(subject, name)):
            return []
        if _forecast(said):
            return []  # "Arne Dahl says the plant will close": a forecast said is no checkable deed (issue 14)
        told = set(self.arguments(said)) & {"time", "place", "quantity"}
        if self.predicate(said) in self.events or told:
            return []  # "officials said 300 homes were destroyed": what was said is the story's fact (`reported`)
        figures = AMOUNTS | TIMES
        if any(t.i in self.entity_of and self.entity_of[t.i].label_ in figures for t in said.subtree):
            return []  # "said more than 15,000 people are affected": a figure is the claim, the speaker its source
        left, right = said.left_edge, said.right_edge
        words = (left.idx, _stripped_end(self.text, left.idx, right.idx + len(right), " ,;:."))
        extent = (min(words[0], verb.idx), max(words[1], self.own_words(verb)[1]))  # "..., X told reporters"
        args = {"object": (self.text[words[0] : words[1]], words)}
        return self.facts(name, self.predicate(verb), verb, subject, args, extent)[:1]

    def reported(self, verb: Token) -> bool:
        """The clause a main reporting verb reports ("officials said Al Bayda and Soussa were also flooded"): what
        news attributes to a source is asserted as much as a main clause, once no modal or opinion frames it."""
        head = verb.head
        return verb.dep_ == "ccomp" and head.dep_ == "ROOT" and head.lemma_.lower() in REPORTING and head.i != verb.i

    def aside_on_name(self, verb: Token) -> bool:
        """A relative clause set off by a comma after a name, whose relative pronoun is its subject
        ("Tsai Ing-wen, who is barred from running again"): it states a fact about the name."""
        if verb.dep_ != "relcl" or verb.head.i >= verb.i:
            return False
        relative = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.tag_ in RELATIVE_TAGS), None)
        if relative is None or relative.i < 1 or verb.doc[relative.i - 1].text != ",":
            return False
        return self._name_in_phrase(verb.head) is not None

    def pointing_back(self, subject: Token, name: str) -> bool:
        """'The court', 'the board', 'the president': a definite common noun whose words name nothing (no name
        or entity in its phrase), read as `name`, a person, body or country the recogniser named before, of the
        noun's sort: a person for a noun of people ('the president'), else a body ('the justices', 'the
        company'). Not 'the pair', which stands for two; nor a name the recogniser did not take for an actor
        ('the storm' read as 'Pacific hurricane', 'The night' as 'Sunday night')."""
        if subject.pos_ != "NOUN" or not _definite(subject) or _pair_word(subject):
            return False
        if any(t.pos_ == "PROPN" or t.i in self.entity_of for t in subject.subtree):
            return False
        sorts = self._actor_sorts.get(name, frozenset()) & ACTORS
        person = self.people_noun(subject)
        if person and _present_passive(subject):
            return False  # "Under the rules of succession, the emir is chosen from ...": how a post is filled
        wanted = {"PERSON"} if person else ACTORS - {"PERSON"}
        return bool(sorts & wanted)

    @functools.cached_property
    def _actor_sorts(self) -> dict[str, frozenset[str]]:
        """Each name the recogniser found, with the sorts it was tagged as (a name may be tagged two ways)."""
        sorts: dict[str, set[str]] = {}
        for ent in self.parsed.entities:
            found = self._entity_name(ent.root)
            if found:
                sorts.setdefault(found[0], set()).add(found[1])
        return {name: frozenset(found) for name, found in sorts.items()}

    def actor(self, subject: Token) -> bool:
        """A subject that names someone who can act: a recognised person, body or country, or a name the
        recogniser missed that the article uses again ("Nemo"), not a capitalised word that opens a
        sentence once ("Word had leaked") nor a document called "the Agreement"."""
        found = self._name_in_phrase(subject)
        if found is None or found[1] in ACTORS:
            return found is not None
        if found[1] != "PROPN" or any(c.dep_ == "det" for c in subject.children):
            return False
        return self.named_again(found[0])

    def named_again(self, name: str) -> bool:
        """A name of several words, or one the article uses more than once: not a capitalised word that
        merely opens a sentence."""
        words = name.split()
        return len(words) > 1 or len(re.findall(rf"\b{re.escape(words[0])}\b", self.text)) > 1

    def own_words(self, verb: Token) -> tuple[int, int]:
        """Where a verb's own words stand, up to where a clause of its own begins ('apologised to his
        supporters', not '..., and said ...'): the words of a claim with no value beside its verb."""
        end = verb.idx + len(verb)
        todo = [c for c in verb.children if c.i > verb.i and c.dep_ not in {"cc", "punct", "mark", "dep"}]
        while todo:
            token = todo.pop()
            if token.dep_ in _CLAUSE_LINKS or (token.dep_ in {"conj", "acl"} and token.pos_ in {"VERB", "AUX"}):
                continue
            end = max(end, token.idx + len(token))
            todo.extend(token.children)
        return verb.idx, _stripped_end(self.text, verb.idx, end, " ,;:")

    def checked_apart(self, slot: str, slots: list[str], span: tuple[int, int]) -> bool:
        """Whether a value is checked on its own: not an object that names nothing beside a count ('the
        league' in "led the league with 44 home runs": the count is the fact). An unnamed object of an
        event alone ("announces his resignation") is the event itself."""
        if slot != "object" or "quantity" not in slots:
            return True
        words = self.parsed.span_of(*span)
        if words is None:
            return True
        return any(t.i in self.entity_of or t.like_num or t.pos_ == "PROPN" for t in words) or _ranked(words)

    def checkable_object(self, verb: Token) -> bool:
        """The object names an entity or a rank ('joined BioNTech', 'surpassing the 2018 Camp Fire'), not
        just a common noun ('a free-agent chase', 'the search')."""
        for child in verb.children:
            target = child
            if child.dep_ in {"agent", "prep"}:
                target = next((c for c in child.children if c.dep_ == "pobj"), child)
            elif child.dep_ not in OBJECT_DEPS:
                continue
            if self._name_in_phrase(target) or _ranked(target.subtree):
                return True
            inside, todo = [], [target]  # the phrase and its prepositions, not a clause hanging from it
            while todo:
                token = todo.pop()
                inside.append(token)
                todo.extend(c for c in token.children if c.dep_ not in {"relcl", "acl", "advcl", "ccomp"})
            if any(t.like_num or self.label(t) in NAMED | AMOUNTS | TIMES for t in inside):
                return True  # "its age limit of 65"
        return False

    def agent_name(self, verb: Token) -> str | None:
        """The named doer of a passive ('hosted by India')."""
        for child in verb.children:
            if child.dep_ == "agent":
                for pobj in child.children:
                    found = self._name_in_phrase(pobj) if pobj.dep_ == "pobj" else None
                    if found and found[1] in ACTORS:
                        return found[0]
        return None

    def thing_name(self, token: Token) -> str | None:
        """An unnamed event the text calls 'the X' ('the fire', 'the floods'), named by its noun and the
        nouns before it: the labels treat a disaster as the subject of what it did."""
        if token.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
            return None
        if token.lemma_.lower() not in _event_nouns():
            return None
        nouns = [c for c in token.children if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < token.i]
        start = nouns[0].idx if nouns else token.idx
        return self.text[start : token.idx + len(token)]

    def folded_infinitive(self, verb: Token) -> bool:
        """An infinitive that completes its head's clause rather than stating a fact of the subject's: after a
        copula with a ranked complement ('became the first country to land a spacecraft': what the rank is
        of), after an unnamed object ('asked the Labour leader to form a government': what was asked of
        them), or saying what the clause was for. Its words and values belong to the head's claim (see
        `arguments`)."""
        if verb.dep_ not in {"xcomp", "advcl"} or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            return False
        head = verb.head
        attr = next((c for c in head.children if c.dep_ in {"attr", "oprd"}), None)
        if head.lemma_.lower() in {"be", "become", "remain"} and attr is not None and _ranked(attr.subtree):
            return True  # the parser hangs the rank's infinitive on the verb, as a complement or an adverbial
        if (
            verb.dep_ == "advcl"
            and head.pos_ in {"VERB", "AUX"}
            and head.i < verb.i
            and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)
        ):  # "beat France 2-0 in Seville to win the first Nations League": what the clause was for (a purpose
            return True  # put first, "To win over hardliners, he agrees ...", is background to it)
        obj = next((c for c in head.children if c.dep_ == "dobj"), None)
        if verb.dep_ == "xcomp" and obj is None and head.pos_ in {"VERB", "AUX"}:
            return True  # "were waiting to copy journal articles at Penn", "had to lift its age limit": one clause
        # "appointed him to replace Barnier": who succeeds whom is a fact of its own, about the appointee
        succession = obj is not None and obj.lower_ in PERSON_PRONOUNS | {"them"} and self.succession(verb)
        return verb.dep_ == "xcomp" and obj is not None and self._name_in_phrase(obj) is None and not succession

    def name_cut_off(self, verb: Token, prep: Token) -> tuple[str, tuple[int, int]] | None:
        """The one succeeded, for a succession's 'from' the parser left with no object ("takes over from Ma'ruf
        Amin", read as a sentence ending inside the name): the name written right after it, with its offsets."""
        if prep.lower_ != "from" or any(c.dep_ == "pobj" for c in prep.children) or not self.succession(verb):
            return None
        m = _NAME_AFTER.match(self.text, prep.idx + len(prep))
        return (m["name"], m.span("name")) if m else None

    def succession(self, verb: Token) -> bool:
        """A verb of succeeding another ("replace", "succeed", "take over"; predicates.toml `successions`)."""
        return self.predicate(verb) in _successions()

    def office_only(self, verb: Token, args: dict[str, tuple[str, tuple[int, int]]]) -> bool:
        """'X is a former chair of ...', 'X becomes speaker pro tempore': the clause says only which office
        someone holds, with no date, number or rank of its own."""
        if verb.lemma_.lower() not in {"be", "become", "remain"} or set(args) - {"object"}:
            return False
        attr = next((c for c in verb.children if c.dep_ in {"attr", "oprd"}), None)
        return attr is not None and attr.lower_ in _office_words() and not _ranked(attr.subtree)

    def small_clauses(self, verb: Token) -> list[ClauseFact]:
        """'found Donald Trump guilty', 'making the former president the first in US history': a verb's
        complement with a subject of its own but no verb states a fact about that subject."""
        facts = []
        for child in verb.children:
            child = self.ranked_doer(child) or child
            if child.dep_ not in {"ccomp", "oprd", "nsubj"} or child.pos_ not in {"ADJ", "NOUN", "NUM"}:
                continue
            subject = next((c for c in child.children if c.dep_ in SUBJECT_DEPS), None)
            name = self.subject_name(subject) if subject is not None else None
            if not name or not (child.pos_ == "ADJ" or _ranked(child.subtree)) or child.lower_ in self.opinions:
                continue
            start = subject.left_edge.idx
            end = child.right_edge.idx + len(child.right_edge)
            value_start = min(t.idx for t in child.subtree if t.i not in {s.i for s in subject.subtree})
            ranked = _ranked(child.subtree)
            predicate = f"{self.predicate(verb)} {child.lower_}" if child.pos_ == "ADJ" and not ranked else "is"
            anchor = (value_start, end)
            facts.append(ClauseFact(name, predicate, (start, end), object=self.text[value_start:end], anchor=anchor))
        return facts

    @staticmethod
    def ranked_doer(child: Token) -> Token | None:
        """'making her the first Norwegian to win the race': the parser reads the rank as the subject of the
        infinitive ('the first Norwegian ... to win'), with 'her' inside it as its subject; the rank is still the
        small clause's complement, said of her."""
        if child.dep_ != "ccomp" or child.pos_ != "VERB" or not any(c.lower_ == "to" for c in child.children):
            return None
        rank = next((c for c in child.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
        if rank is None or not _ranked(rank.subtree) or not any(c.dep_ in SUBJECT_DEPS for c in rank.children):
            return None
        return rank

    def complements(self, verb: Token) -> list[ClauseFact]:
        """'named Rachel Reeves ... as the first woman to serve as Chancellor', 'making the former president
        the first in US history to be convicted': a rank said of the clause's object is a fact about it."""
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is None:
            return []
        found = self._name_in_phrase(obj)
        name = found[0] if found else self.subject_name(obj)
        if not name:
            return []
        facts = []
        for child in verb.children:
            target = child if child.dep_ in {"oprd", "ccomp"} and child.pos_ in {"NOUN", "PRON", "ADJ"} else None
            if child.dep_ == "prep" and child.lower_ == "as":
                target = next((c for c in child.children if c.dep_ == "pobj"), None)
            if target is None or not _ranked(target.subtree):
                continue
            start, end = target.left_edge.idx, target.right_edge.idx + len(target.right_edge)
            facts.append(ClauseFact(name, "is", (start, end), object=self.text[start:end], anchor=(start, end)))
        return facts

    def object_entity(self, verb: Token) -> str | None:
        agent = self.agent_name(verb)
        if agent:
            return agent
        for child in verb.children:
            if birth_name(child):
                continue  # "was born John Daniel Caine": the subject's own name, about no one else
            named_complement = child.dep_ == "oprd" and self.label(child) == "PERSON"  # "named Ortberg": a misparse
            if child.dep_ in {"dobj", "dative"} or named_complement:
                found = self._name_in_phrase(child) or (
                    (self.subject_name(child), "PERSON")
                    if child.lower_ in PERSON_PRONOUNS | {"him"} or self.pair(child)
                    else None
                )
                if found and found[0]:
                    return found[0]
            person = self.person_compound(child) if child.dep_ in {"dobj", "oprd"} else None
            if person:
                return person
        return None

    def person_compound(self, noun: Token) -> str | None:
        """The person an office noun's compound names, where the parser ran a name and the office it was given
        into one phrase ("named Michel Barnier prime minister": Barnier, named to the office)."""
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _office_words():
            return None
        for child in noun.children:
            found = self._entity_name(child) if child.dep_ == "compound" and child.i < noun.i else None
            if found and found[1] == "PERSON":
                return found[0]
        return None


def _entity_heads(parsed: Parsed) -> dict[str, list[Span]]:
    index: dict[str, list[Span]] = {}
    for entity in parsed.entities:
        for lemma in {entity[-1].lemma_.lower(), entity.root.lemma_.lower()}:
            index.setdefault(lemma, []).append(entity)
    return index


def _written_lower(parsed: Parsed) -> frozenset[str]:
    return frozenset(t.lower_ for t in parsed.tokens() if not t.text[:1].isupper())


def _nouns_by_lemma(parsed: Parsed) -> dict[str, list[int]]:
    index: dict[str, list[int]] = {}
    for token in parsed.tokens():
        if token.pos_ == "NOUN":
            index.setdefault(token.lemma_, []).append(token.i)
    return index


def find_clauses(parsed: Parsed, start: int = 0) -> list[ClauseFact]:
    """Every checkable clause of a parsed article from `start` on, in reading order."""
    return read_article(parsed, start)[0]


def read_article(
    parsed: Parsed, start: int = 0, counts: tuple[tuple[int, int], ...] = (), quotes: tuple[tuple[int, int], ...] = ()
) -> tuple[list[ClauseFact], list[str | None], list[str | None]]:
    """One walk over the article: its clause facts, the named owner of each count span and the
    speaker of each quote span (None where the parse cannot tell)."""
    key = ("clause walk", start)
    if key not in parsed.shared:  # the date kind asks for the same walk: one per parse
        finder = _Finder(parsed)
        parsed.shared[key] = (finder, finder.run(start))  # remembers, sentence by sentence, whom pronouns stand for
    finder, facts = parsed.shared[key]  # type: ignore[misc]
    owners = []
    for a, b in counts:
        span = parsed.span_of(a, b)
        owners.append(finder.owner(span.root) if span is not None else None)
    return facts, owners, [finder.speaker(a, b) for a, b in quotes]


def _birth_phrases(name: Token) -> list[Token]:
    """The phrases the parse hangs on a name at birth that are the birth's own ("born John Daniel Caine in
    Elmira, New York, on 1 May 1968": where and when he was born)."""
    return [c for c in name.children if c.dep_ == "prep" and c.lower_ in {"in", "at", "on"}]


def _fronted_with(verb: Token) -> list[Token]:
    """The phrases a participle put first carries with it though the parse hangs them on the main verb:
    'Born in Porto, on 30 April 1949, Guterres studied ...': the date is the birth's, set off by commas
    between the participle and the main clause's subject. A phrase with no comma after it ('Born in Lisbon,
    in 1995 she became ...') opens the main clause instead."""
    head = verb.head
    if verb.dep_ != "advcl" or verb.i >= head.i or verb.tag_ not in {"VBN", "VBG"}:
        return []
    subject = next((c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None:
        return []
    end = max(t.i for t in verb.subtree)
    doc = verb.doc
    return [
        c
        for c in head.children
        if c.dep_ in {"prep", "npadvmod"}
        and end < c.i < subject.i
        and any(t.text == "," for t in doc[c.right_edge.i + 1 : subject.left_edge.i])
    ]


def _stripped_end(text: str, start: int, end: int, chars: str | None = None) -> int:
    """`len(text[:end].rstrip(chars))` without copying the article up to `end` (the walk asks it of
    thousands of phrases): the words from `start` are stripped, and the text before them only when
    nothing of theirs is left."""
    kept = text[start:end].rstrip(chars) if start < end else ""
    return start + len(kept) if kept else len(text[: min(start, end)].rstrip(chars))


def _fronted_with_any(verb: Token) -> set[Token]:
    """The main verb's phrases that a fronted participle before them carries (`_fronted_with`)."""
    return {t for c in verb.children if c.dep_ == "advcl" for t in _fronted_with(c)}


_BESIDE = frozenset({"dobj", "dative", "attr", "oprd", "prep", "agent"})  # a clause's parts besides its subject


def _of_one_sort(one: tuple[str, str], other: tuple[str, str]) -> bool:
    """Whether two names are of one sort, so that a clause states the same deed of each: two of the recogniser's
    one sort, two places, two bodies or countries (it reads many a country as an organisation: 'Morocco and Sierra
    Leone' as a place and a body), or two persons or bodies (`_people_or_bodies`)."""
    sorts = {one[1], other[1]}
    return len(sorts) == 1 or sorts <= PLACES or sorts <= ACTORS - {"PERSON"} or _people_or_bodies(one, other)


def _people_or_bodies(one: tuple[str, str], other: tuple[str, str]) -> bool:
    """Whether two joined subjects are both persons or bodies as the recogniser tags them, or names it missed
    (PROPN): it often confuses the two ("Meg Ryan and Billy Crystal" read as a person and an organisation), and
    the clause states the same deed of each."""
    return {one[1], other[1]} <= {"PERSON", "ORG", "PROPN"}
