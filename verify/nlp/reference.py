"""Which named entity a noun phrase stands for, read off one parsed article.

News names an entity once and then points back at it: by a pronoun ("FIFA bans him"), by a definite
description ("the fund", "the justices", "the company"), by an acronym ("the DPP"), or not at all,
when the article's topic is understood ("The verdict, on 30 May 2024, ..." in a story headlined on
Trump's conviction). The specialised kinds (counts, lengths, dates) need that entity to say whom a
fact is about; this module answers for them, from the parse alone:

- `person_before` (`person_at` by character offset): the person a personal pronoun stands for (a
  person named before it in its own sentence, else the subject of the nearest sentence before it in
  its paragraph with a person as subject, else the headline's person, else the last person its
  paragraph names); the one resolver the pattern readers, the titles and the kinds all ask;
- `thing_before`: the named thing "it" stands for (the last one named as a subject in its paragraph);
- `body_before`: the organisation "the company" stands for (the last one named as a subject);
- `described`: the entity a definite description stands for: the one named earlier whose name is
  headed by the description's noun ("the court" after "the US Supreme Court"), or by the noun of
  the body its members make up ("the justices" -> the court, verify/lexicons/titles.toml `members`),
  or by a noun it is another word for ("the award" -> the Nobel Prize, verify/lexicons/counted.toml
  `described_as`), or the thing named before by the same noun ("the lander" after "the Vikram lander");
- `expand`: an acronym's full name (written before it in brackets, or the name it is the initials of);
- `affiliation`: the organisation "his party" stands for (the one the person is said to lead);
- `bearer`: what an attribute noun is of ("Turnout was 70 percent": the election named before,
  verify/lexicons/counted.toml `attributes`);
- `topic`: the entity the headline names that the body names too, in the body's fullest form: what
  an unnamed event or an owner-less count of the story is about.

A capitalised common noun opening a sentence that the recogniser took for a one-word name ("Turnout
was 70 percent" read as a person) is no entity here (`misread`).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from typing import TYPE_CHECKING

from verify import aliases, lexicons, names
from verify.nlp import Parsed, doc_text, events, first_conjunct
from verify.nlp.paragraphs import dated_head_at, dateline

if TYPE_CHECKING:  # pragma: no cover - typing only
    from spacy.tokens import Span, Token

__all__ = ["References"]

_NOT_THINGS = frozenset({"PERSON", "NORP", "GPE"})  # names no description of a thing's sort stands for
NAMED = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "EVENT", "WORK_OF_ART", "PRODUCT", "LAW"})
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his"})
_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
_REFLEXIVE = {"himself": "m", "herself": "f"}
AMOUNTS = frozenset({"MONEY", "CARDINAL", "QUANTITY", "PERCENT"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_PRONOUN_OBJECTS = frozenset({"dobj", "dative", "pobj"})  # a "him" or "her" a verb or a preposition takes
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
_QUALIFIERS = frozenset({"compound", "amod", "npadvmod", "nmod"})  # a name that qualifies the word after it
_OWNERS = frozenset({"GPE", "NORP", "ORG", "LOC"})  # what a title may name as whose post it is
_NAME_EDGE = re.compile(r"^(?:the|The)\s+|['’]s$")
_NAME_RUN = re.compile(r"[\w.'’ -]+")  # one name's words: no line break, comma or dash between them


_CALENDAR_WORDS = frozenset(w.lower() for w in (*aliases.MONTHS, *aliases.WEEKDAYS))


def _a_calendar_word(name: str) -> bool:
    """Whether a run the tagger calls a proper noun is a month or a weekday alone ("March" heading a
    timeline's lines "March 9 - ...", "March 10 - ..."): a time, which no article is about."""
    return name.strip(".").lower() in _CALENDAR_WORDS


def _written_whole_first(found: list[tuple[bool, int, bool, int, int, str]], headline: str) -> list[str]:
    """The headline's names in the topic's order (`found` sorted: possessor, where, another's, mentions, length, name),
    but where a first name the headline writes only in part and another it writes whole start at one word,
    the whole one first unless the first is a fuller form of it: "how Silicon Valley Bank failed" is about
    the bank, not the "Silicon Valley Bridge Bank" the body names more often; "Army" stays behind "US Army
    Black Hawk", which holds it. `headline` is folded and padded with spaces (`_plain`)."""
    ranked = [c[-1] for c in found]
    if not found or f" {_plain(ranked[0])} " in headline:
        return ranked
    first, at = f" {_plain(ranked[0])} ", found[0][1]
    whole = next(
        (
            c[-1]
            for c in found[1:]
            if c[1] == at and f" {_plain(c[-1])} " in headline and f" {_plain(c[-1])} " not in first
        ),
        None,
    )
    return ranked if whole is None else [whole, *(n for n in ranked if n != whole)]


_YEARS_OLD = re.compile(r"\b(\d{1,3})-year-old\b")  # "the 18-year-old": the age a description gives
_BRACKETED = re.compile(r" \((?P<short>[A-Z]{2,6})\)")  # "the Taiwan People's Party (TPP)"
_OPEN_BRACKET = re.compile(r"\s*\([^)]*$")  # a bracket opened and never closed at a name's end
_RUN_JOINS = frozenset({"of", "and", "for", "the", "de", "du", "des", "la", "le", "del", "di"})


def _initialled_run(before: str, short: str) -> str | None:
    """The capitalised words written just before an acronym in brackets made of their initials, in
    their order or another language's ("New Popular Front (NFP)"): the name the acronym stands for. The name
    opens with the word whose initial opens the acronym, and a run all in capitals is a dateline."""
    words = before.rsplit("\n", 1)[-1].split(" ")
    run: list[str] = []
    for word in reversed(words):
        if not word or not (word[:1].isupper() or word in _RUN_JOINS) or word[-1:] in {",", ".", ";", ":"}:
            break
        run.insert(0, word)
    while run and (run[0].lower() in _RUN_JOINS or run[0][:1] != short[0]):
        run.pop(0)  # "the", "of" open no name, nor a word before the one the acronym's first letter opens
    if _all_capitals(run):
        return None  # "LOS ANGELES (AP)": a wire story's dateline, not the agency's name
    initials = [w[0] for w in run if w[:1].isupper()]
    # the acronym has most of the initials ("Children's Fund (UNICEF)" too)
    fits = short[0] in initials and 2 * sum(1 for ch in short if ch in initials) >= len(short)
    return " ".join(run) if len(initials) >= 2 and fits else None


_COMPLEMENT_PREPOSITIONS = frozenset({"of", "on", "over", "about", "into", "against"})
_NOT_COMPLEMENTS = frozenset({"DATE", "TIME", "GPE", "LOC", "CARDINAL", "QUANTITY", "ORDINAL"})


def _own_complement(noun: Token) -> Token | None:
    """The object of what an event noun says it is about ("the vote on the budget": budget; "the trial of
    two nurses": nurses), which makes it an event of its own; a time, place or measure after the noun
    ("the vote on Sunday", "the quake of 1960") is no such complement."""
    for prep in noun.rights:
        if prep.dep_ != "prep" or prep.lower_ not in _COMPLEMENT_PREPOSITIONS:
            continue
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            if obj.ent_type_ not in _NOT_COMPLEMENTS and not obj.like_num:
                return obj
    return None


def _name_before(words: str) -> bool:
    """The words before a noun are a name of their own ("Vikram", "OSIRIS-REx", "Los Angeles", "Falcon 9"):
    one run, no word in lower case; "Cloud security" (a deck's "Cloud security company to join ...") is
    a capital opening a sentence and a common noun, no name."""
    return bool(_NAME_RUN.fullmatch(words)) and not any(w[:1].islower() for w in words.split())


def _all_capitals(words: list[str]) -> bool:
    """Every word written in capitals, as a wire story's dateline is ("SAN ANTONIO (AP)")."""
    letters = [w for w in words if any(ch.isalpha() for ch in w)]
    return bool(letters) and all(w.isupper() for w in letters)


def _place_initialled(place: str, short: str) -> bool:
    """A place's acronym opens with its first word's initial ("United Arab Emirates (UAE)"); the agency
    after a dateline does not ("Los Angeles (AP)")."""
    return place[:1] == short[:1]


_PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "from", "to", "outside", "across"})
_PLACE_ONLY_PREPOSITIONS = frozenset({"in", "at", "near"})  # "with", "by", "to" or "from" a person, never "at" one
_POSSESSIVE = re.compile(r"['’]s\b")
_NON_WORD = re.compile(r"[^\w]+")


@functools.lru_cache(maxsize=4096)
def _plain(text: str) -> str:
    """Folded words without possessives or punctuation: "Spain's" and "Notre-Dame" as "spain", "notre dame".
    Cached: comparing every name with every longer one asks for the same names again and again."""
    return " ".join(_NON_WORD.sub(" ", _POSSESSIVE.sub("", aliases.fold(text))).split())


@functools.cache
def _post_nominals() -> frozenset[str]:
    """Degrees, honours and office letters written after a name ("M.D.", "OBE", "MP"): verify/lexicons/names.toml
    `post_nominals`. Office letters are a role of their own too, which the role rules read."""
    lists = lexicons.load("names")["post_nominals"]
    return frozenset(lists["written"]) | frozenset(lists["offices"])


def post_nominal(token: Token) -> bool:
    """A degree or honour after a name and a comma ("Anna Berg, M.D.,", "Tom Hale, OBE,"): part of how the
    person is written, which the parser hangs on the name as a word of its own (an apposition, an
    adverbial noun); a role set beside it is the person's, and it is no entity a claim is about."""
    if token.text not in _post_nominals() or token.i < 2 or token.doc[token.i - 1].text != ",":
        return False
    return token.head.i < token.i and token.head.pos_ == "PROPN"


def given_named(ent: Span) -> bool:
    """A name of two to four title-case words that opens with a given name of the lexicon and holds no
    organisation or office word ("Helena Brandt", which the small model often reads as an organisation):
    a person's, whatever label the recogniser gave it."""
    if ent.label_ not in {"ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT", "WORK_OF_ART"}:
        return False
    words = [t for t in ent if t.lower_ != "the"]
    if not 2 <= len(words) <= 4 or not all(t.is_title for t in words):
        return False
    if aliases.fold(words[0].text) not in _gender_words()[1] or any(t.lower_ in _not_person_words() for t in words):
        return False
    return not any(t.text in {"-", "–", "—"} or "\n" in t.text for t in ent)


_AFTER_DATELINE = re.compile(r"\s*(?:,|\(|[—–-]\s)")
_DATELINE_CITY = re.compile(r"[A-Z][A-Z .'’-]+, ")  # a dateline's city in capitals, before its country or state


def _dateline(ent: Span) -> bool:
    """A place in capitals opening a line before a comma or a dash ("TAIPEI, Jan 13 —", "OSLO —"): where
    the story was filed, which no pronoun, description or count of the story points back to."""
    text = doc_text(ent.doc)
    body = dateline(text)  # "OSLO and BERGEN, Norway, Nov. 22, 2023 —", after a press release's deck too
    if body is not None and body[0] <= ent.start_char < body[1] and ent.text.isupper():
        return True
    line = text[text.rfind("\n", 0, ent.start_char) + 1 : ent.start_char]
    opens_line = not line or bool(_DATELINE_CITY.fullmatch(line))  # "BENGHAZI, Libya, 3 May —": both
    upper = ent.text.isupper() or bool(line)
    return opens_line and upper and bool(_AFTER_DATELINE.match(text, ent.end_char))


_QUOTE_MARKS = '"“”'


def _work_title(ent: Span) -> bool:
    """A name that ends a short quotation all in title case ('"I Am... Lena Frost,"'): the title of a
    work, not a person, whatever the recogniser read."""
    text = doc_text(ent.doc)
    after = text[ent.end_char : ent.end_char + 2].lstrip(",.")
    if not after.startswith(tuple(_QUOTE_MARKS)):
        return False
    line_start = text.rfind("\n", 0, ent.start_char) + 1
    opening = max(text.rfind(q, line_start, ent.start_char) for q in _QUOTE_MARKS)
    if opening < 0 or ent.start_char - opening > 60:
        return False
    words = re.findall(r"[A-Za-z][\w'’]*", text[opening + 1 : ent.start_char])
    return all(w[0].isupper() for w in words)


def _family_named(ent: Span, surnames: set[str], persons: set[str]) -> bool:
    """Two or three title-case words ending in the surname of a person the recogniser found, with no
    organisation or office word: that person's kin ("Marc Duval ... his wife, Lise Duval"), whatever
    label this mention got; but no country ("South Korea" after "Peter Korea"), and a name read as an
    organisation only when the same words are read as a person at another mention (`persons`), or a
    word for kin or sex or an age stands beside it ("Banco Duval paid" is the bank, not kin)."""
    words = [t for t in ent if t.lower_ != "the"]
    if ent.label_ not in {"ORG", "GPE", "FAC", "PRODUCT", "WORK_OF_ART"} or not 2 <= len(words) <= 3:
        return False
    if _country(ent.text) or (ent.label_ == "ORG" and ent.text not in persons and not _person_beside(ent)):
        return False
    if not all(t.is_title for t in words) or any(t.lower_ in _not_person_words() for t in words):
        return False
    return bool(set(_plain(ent.text).split()[-1:]) & surnames) and not any(
        t.text in {"-", "–", "—"} or "\n" in t.text for t in ent
    )


@functools.cache
def _countries() -> frozenset[str]:
    """Every country as the lexicon writes it (verify/lexicons/countries.toml), folded."""
    return frozenset(_plain(name) for name in aliases.country_names())


@functools.cache
def _sovereign_names() -> frozenset[str]:
    """The countries of verify/lexicons/countries.toml `sovereign`, folded."""
    return frozenset(_plain(name) for name in lexicons.load("countries")["sovereign"])


@functools.cache
def _country_nouns() -> frozenset[str]:
    """Nouns that stand for a country named before ("the country"): names.toml `country_nouns`."""
    return frozenset(lexicons.load("names")["country_nouns"])


@functools.cache
def _town_nouns() -> frozenset[str]:
    """Nouns for a place within a country ("the city", "the town"): names.toml `town_nouns`."""
    return frozenset(lexicons.load("names")["town_nouns"])


def _sovereign(name: str) -> bool:
    """A country by either lexicon: "the country" may stand for it."""
    return _country(name) or _plain(name) in _sovereign_names()


def _word_run(words: list[str]) -> str:
    """A pattern for `words` written with any spaces between them and no word character or hyphen touching
    either end. The first word comes first and the check on the character before it after it (a look
    behind over that character and the word): a pattern that opens with a literal is searched for as one,
    where one that opens with the look-behind is tried at every character of the article."""
    first = re.escape(words[0])
    rest = "".join(r"\s+" + re.escape(w) for w in words[1:])
    return rf"{first}(?<![\w-]{first}){rest}(?![\w-])"


def _country(name: str) -> bool:
    """A country's name ("Poland", "South Korea"): a place, even where a person's surname is the same word."""
    return _plain(name) in _countries()


def _described_sex(ent: Span, words: dict[str, str]) -> str | None:
    """The sex a noun beside a person's name tells: an honorific or calling just before it ("Mrs",
    "actress"), a noun it is set beside by commas ("Her father, Karl Brandt"; "Karl Brandt, her father")."""
    doc = ent.doc
    before = [doc[i] for i in range(max(0, ent.start - 2), ent.start) if doc[i].text != "."]
    # "Mrs Ada Okonkwo" may be one name; a name of one word is no honorific of itself ("Pope said": Amy Pope)
    beside = [t for t in before[-1:] if t.sent == ent.sent] + ([ent[0]] if len(ent) > 1 else [])
    root = ent.root
    if root.dep_ == "appos":
        beside.append(root.head)
    beside += [c for c in root.children if c.dep_ in {"appos", "compound"}]
    for token in beside:
        found = words.get(token.lower_.strip(".")) or words.get(token.lemma_.lower())
        if found:
            return found
    return None


def _person_beside(ent: Span) -> bool:
    """A word for kin or sex, or an age, set beside a name ("his wife, Lise Duval"; "Lise Duval, 41,"):
    what tells a person from an organisation the recogniser could not."""
    return _described_sex(ent, _gender_words()[0]) is not None or _aged(ent[-1])


def _named_body(ent: Span) -> bool:
    """A name written just after a noun for an organisation ("the law firm Adler Quint", "the studio
    Marlowe Pike"): the organisation's name, whatever label the recogniser gave it."""
    if ent.start == 0:
        return False
    before = ent.doc[ent.start - 1]
    return before.pos_ == "NOUN" and before.lemma_.lower() in _bodies() and before.sent == ent.sent


def _body_beside(ent: Span) -> bool:
    """A name a noun for an organisation is set beside by commas ("Norby Steelworks, a steel company"; "..., a
    rival firm"): the organisation's name, whatever label the recogniser gave it, and a thing the article may call
    by that noun again ("The company was founded in 1921")."""
    return any(c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_.lower() in _bodies() for c in ent.root.children)


def _thing_beside(ent: Span) -> bool:
    """A name a noun for a sort of thing is set beside by commas ("Odysseus, a six-legged Nova-C lander"): a thing
    the article may call by that noun again ("the lander"), whatever label the recogniser gave the name."""
    return any(
        c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_.lower() in _sorts_of_things() for c in ent.root.children
    )


def _thing_nouns(root: Token, nouns: list[Token]) -> set[str]:
    """The common nouns of `nouns` (those set beside a name, or written with it) and those said of the name by 'be'
    ("Peregrine Mission One was a robotic lander"), lemmas, less a person's callings: what the article calls a thing."""
    if root.dep_ == "nsubj" and root.head.lemma_ == "be":
        nouns = [*nouns, *(c for c in root.head.children if c.dep_ == "attr")]
    return {n.lemma_.lower() for n in nouns if n.pos_ == "NOUN"} - _person_nouns()


_TIMES = frozenset({"DATE", "TIME"})
_NOT_EVENTS = frozenset({"ORG", "PERSON", "GPE", "FAC", "NORP", "LOC", "PRODUCT", "WORK_OF_ART"})


@functools.cache
def _event_sorts() -> dict[str, str]:
    """A noun for an event -> the sort of event it is ("quake" -> "earthquake"): names.toml `events`."""
    return dict(lexicons.load("names")["events"])


def _sort_of(noun: Token) -> str | None:
    """The sort of event a noun is for (names.toml `events`), else the reference title's noun for it
    ("referendum"; verify/lexicons/events.toml)."""
    return _event_sorts().get(noun.lower_) or _event_sorts().get(noun.lemma_.lower()) or events.titled_noun(noun)


@functools.cache
def _sorts_of_things() -> dict[str, frozenset[str]]:
    """A noun for a named thing -> every noun that calls a thing of its sort again ("spacecraft" -> "lander",
    "probe", ...): verify/lexicons/names.toml `sorts_of_things`; a noun in no group calls only itself."""
    found: dict[str, set[str]] = {}
    for words in lexicons.load("names")["sorts_of_things"].values():
        for word in words:
            found.setdefault(word, set()).update(words)
    return {word: frozenset(words) for word, words in found.items()}


@functools.cache
def _place_nouns() -> frozenset[str]:
    """Nouns for a country or land: verify/lexicons/names.toml `place_nouns`."""
    return frozenset(lexicons.load("names")["place_nouns"])


_RELABELLED = frozenset({"ORG", "PRODUCT", "WORK_OF_ART", "FAC"})  # labels the recogniser gives people's names


def _person_shaped(ent: Span) -> bool:
    """A name that can be a person's: one to four title-case words with no organisation or office word,
    no country, no dash or line break in it, not in quotation marks (a work's title)."""
    words = [t for t in ent if t.lower_ != "the"]
    if not 1 <= len(words) <= 4 or not all(t.is_title for t in words) or _country(ent.text):
        return False
    if any(t.lower_ in _not_person_words() for t in words):
        return False
    if any(t.text in {"-", "–", "—"} or "\n" in t.text for t in ent):
        return False
    text = doc_text(ent.doc)
    return text[ent.start_char - 1 : ent.start_char] not in set(_QUOTE_MARKS)


def _called_a_person(ent: Span) -> bool:
    """A name of two words or more a calling is set beside ("Jafar Panahi, the director") or written
    just before ("director Jafar Panahi"): a person's, whatever label the recogniser gave it."""
    if len(ent) < 2:
        return False
    root = ent.root
    beside = [c for c in root.children if c.dep_ == "appos"]
    before = [c for c in root.children if c.dep_ == "compound" and c.i < ent.start and c.pos_ == "NOUN"]
    return any(t.lemma_.lower() in _person_nouns() or t.lower_ in _person_nouns() for t in beside + before)


def _place_beside(ent: Span) -> bool:
    """A one-word name a noun for a country or land is set beside by commas ("Jordan, a kingdom of 11
    million"): a place, though the recogniser took it for the person named before by that surname."""
    return len(ent) == 1 and any(c.dep_ == "appos" and c.lemma_.lower() in _place_nouns() for c in ent.root.children)


@functools.cache
def _named_thing_nouns() -> frozenset[str]:
    """Nouns for things that bear names like people's: verify/lexicons/names.toml `named_things`."""
    return frozenset(lexicons.load("names")["named_things"])


@functools.cache
def _no_person_nouns() -> frozenset[str]:
    """Nouns a person's name never holds: those of things named like people (names.toml `named_things`),
    of lands (`place_nouns`), of features and things built or founded (`feature_nouns`) and organisation
    words ("Storm Barry", "French Broad River", "Federal Aviation Administration")."""
    listed = lexicons.load("names")
    words = [*listed["named_things"], *listed["place_nouns"], *listed["feature_nouns"]]
    return frozenset(w.lower() for w in words) | _not_person_words()


def no_person_nouns() -> frozenset[str]:
    """Public form of `_no_person_nouns`: 'the Korvik Museum' is a body a post is of, 'Ivo Stam' a person."""
    return _no_person_nouns()


def _names_no_person(words: str, lower: frozenset[str]) -> bool:
    """Whether a name the article may call a person by is no person's, so its first word alone stands for no
    one: it opens with a lower-case particle ("el Cambio") or a word the article writes in lower case
    elsewhere, a common word whose capital is the sentence's or the name's ("Storm Barry ... the storm"),
    holds a nationality before its last word ("French Broad River", "Chipotle Mexican Grill"), a noun
    of a thing, a land, a feature or a body (`_no_person_nouns`), or a figure ("Bombardier CRJ700")."""
    written = words.split()
    if not written[0][:1].isupper() or written[0].lower() in lower or any(c.isdigit() for c in words):
        return True
    if any(aliases.country_of(w) for w in written[:-1]):
        return True
    return any(w in _no_person_nouns() for w in _plain(words).split())


def _in_subjectless_opening(token: Token, pronoun: Token) -> bool:
    """Whether `token` stands in a clause without a subject of its own that opens the pronoun's clause
    ("After losing the 2020 election to Rui Rio, he beat ..."): that clause's doer is the pronoun's person,
    so the people it names are others. A fronted clause with its own subject ("After Rio lost, he quit")
    is not such a clause."""
    if pronoun.dep_ not in SUBJECTS:
        return False
    verb, node = pronoun.head, token
    while node.head.i != node.i and node.head != verb:
        node = node.head
    if node.head != verb or node.i > pronoun.i or node.dep_ not in {"advcl", "prep", "npadvmod"}:
        return False
    return not any(t.dep_ in SUBJECTS for t in node.subtree)


def _owner_of_its_description(token: Token, pronoun: Token) -> bool:
    """Whether `token` names whose kin or whose officer the pronoun's person is, in a description set before
    the pronoun in its own clause ("Widodo's eldest son, he was born in Surakarta"; "Moen's deputy since
    2019, she ..."): the description is the pronoun's person, so its owner is someone else."""
    if pronoun.dep_ not in SUBJECTS or token.dep_ != "poss":
        return False
    noun = token.head
    if noun.i > pronoun.i or noun.head != pronoun.head or noun.i == pronoun.head.i:
        return False
    return noun.lower_ in _person_nouns() or noun.lower_ in _gender_words()[0]


def _person_cue(mention: Span) -> bool:
    """A mention of a name that marks a person there: an age set beside it ("Chad, 61,"), a title or
    calling just before it ("Senator Chad") or said of it ("Chad is a lawyer"), a verb of saying it is
    the subject of ("Chad said"), or "he", "she", "his" or "her" (a possessive) after it in its sentence
    ("Chad said she had ...", "Chad took up his seat")."""
    last = mention[-1]
    before = mention.doc[mention.start - 1] if mention.start > mention.sent.start else None
    if _aged(last):
        return True
    if before is not None and before.lower_.strip(".") in _courtesy_titles() | _role_words():
        return True
    if mention.root.dep_ in SUBJECTS and mention.root.head.lemma_.lower() in _saying_verbs():
        return True
    if mention.root.dep_ not in SUBJECTS:
        return any(t.lower_ in {"he", "she"} for t in mention.doc[mention.end : mention.sent.end])
    verb = mention.root.head
    if verb.lemma_ == "be":  # "Montenegro is a lawyer", not "is a candidate for membership"
        said = [c.lemma_.lower() for c in verb.children if c.dep_ == "attr"]
        if any(w in _callings_of_people() for w in said):
            return True
    after = mention.doc[mention.end : mention.sent.end]
    # "he" or "she" anywhere after it; "his" or "her" only in its own clause ("Montenegro takes up his seat", not
    # "Poland won, and its coach praised his players")
    own = [t for t in after if t.lower_ in {"his", "her"} and t.tag_ == "PRP$" and _clause_verb(t) == verb]
    return bool(own) or any(t.lower_ in {"he", "she"} for t in after)


@functools.cache
def _office_heads() -> frozenset[str]:
    """One-word offices a person holds (verify/lexicons/offices.toml `heads`), lower case."""
    return frozenset(h.lower() for h in lexicons.load("offices")["heads"] if " " not in h and "-" not in h)


def _said_to_be_a_person(token: Token) -> bool:
    """A name that is the subject of "be" with an office or a person's calling as its complement ("Scholz has been
    chancellor", "Vance is a lawyer"), and is no country's name (a country may chair a body: "Brazil is chair")."""
    verb = token.head
    if token.dep_ != "nsubj" or verb.lemma_ != "be" or _country(token.text):
        return False
    said = {c.lemma_.lower() for c in verb.children if c.dep_ == "attr"}
    return bool(said & (_office_heads() | _callings_of_people()))


def _clause_verb(token: Token) -> Token:
    """The verb whose clause the token stands in (the first verb up its heads)."""
    node = token
    while node.pos_ not in {"VERB", "AUX"} and node.head.i != node.i:
        node = node.head
    return node


@functools.cache
def _callings_of_people() -> frozenset[str]:
    """Callings that say a name is a person's (titles.toml `people`), less those said of bodies too."""
    titles = lexicons.load("titles")
    return frozenset(titles["people"]) - frozenset(titles["said_of_bodies_too"])


@functools.cache
def _saying_verbs() -> frozenset[str]:
    """Verbs of saying (verify/lexicons/counted.toml `speaking_verbs`): their subject is someone."""
    return frozenset(lexicons.load("counted")["speaking_verbs"])


def _named_thing(ent: Span) -> bool:
    """A one-word name that a noun for a craft, a work or a storm stands just before ("the container
    ship Marlow", "the film Anna") or beside by commas ("Icarus, a robotic lander,"): the thing's name,
    however often the recogniser takes such a name for a person's."""
    if len(ent) != 1:
        return False
    return _after_thing_noun(ent.root) or any(
        c.dep_ == "appos" and c.lemma_.lower() in _named_thing_nouns() for c in ent.root.children
    )


def _after_thing_noun(token: Token) -> bool:
    """A name written just after a noun for a craft, a work or a storm ("the container ship Marlow")."""
    before = token.doc[token.i - 1] if token.i else None
    return before is not None and before.pos_ == "NOUN" and before.lemma_.lower() in _named_thing_nouns()


def _aged(token: Token) -> bool:
    """An age set beside a name by commas: "Demis Hassabis, 48, was born" (a person, whatever the tagger said)."""
    after = token.doc[token.i + 1 : token.i + 4]
    return len(after) == 3 and after[0].text == "," and after[1].like_num and after[2].text == ","


def _aged_description(token: Token) -> bool:
    """A definite description by age alone ("The 19-year-old from Ohio"), which stands for a person named before."""
    definite = any(c.lower_ in DEFINITE for c in token.children)
    return definite and _YEARS_OLD.search(token.doc[token.left_edge.i : token.i + 1].text) is not None


_NAME_PARTS = frozenset({"compound", "flat", "flat:name"})
_BIRTH_NAME_DEPS = frozenset({"dobj", "oprd", "attr", "npadvmod"})


def birth_name(token: Token) -> bool:
    """The token is in the name a "born" gives its subject at birth ("Born John Michael Osbourne on 3
    December 1948, he ...", "He was born John Daniel Caine"): the subject's own earlier name, no other
    person a pronoun could stand for, and no place or object of the birth."""
    while token.dep_ in _NAME_PARTS and token.head.i != token.i:
        token = token.head
    verb = token.head
    return (
        token.dep_ in _BIRTH_NAME_DEPS
        and verb.lower_ == "born"
        and verb.tag_ == "VBN"
        and token.i > verb.i
        and token.ent_type_ == "PERSON"
    )


def _in_clause_of(token: Token, verb: Token) -> bool:
    """Whether `token` stands in `verb`'s own clause: no other verb on its way up to it ("It was set up in
    1945 ... and began work in 1946, succeeding the Permanent Court": the court is the second clause's)."""
    node = token.head
    while node.i != verb.i and node.head.i != node.i:
        if node.pos_ in {"VERB", "AUX"}:
            return False
        node = node.head
    return node.i == verb.i


def _in_main_clause(token: Token) -> bool:
    """The token belongs to its sentence's main clause (its verb is the root, or joined to it by "and")."""
    head = first_conjunct(token.head)
    return head.dep_ == "ROOT"


def ranked(noun: Token) -> bool:
    """A description ranked by an ordinal or a superlative ("the first party to win", "the largest
    company") picks one out of a class; it points back at nothing named before."""
    return any(c.dep_ == "amod" and (c.ent_type_ == "ORDINAL" or c.tag_ == "JJS") for c in noun.children)


def _opens_sentence(token: Token) -> bool:
    """The token opens its sentence, or follows a full stop the parser ended none at ("by 8 p.m. Turnout").
    Read off the token's sentence-start mark (what `token.sent` walks back to find, building a span)."""
    return token.i == 0 or token.is_sent_start is True or token.nbor(-1).text.endswith(".")


def _written_forms(parsed: Parsed) -> tuple[frozenset[str], frozenset[str]]:
    """The words an article writes in lower case, and those it writes with a capital inside a sentence
    (not opening it): a word in the first and never in the second is a common word, not a name."""
    lower = frozenset(t.text for t in parsed.tokens() if t.is_alpha and t.is_lower)
    capitals = (t for t in parsed.tokens() if t.is_alpha and t.is_title)
    within = frozenset(t.text for t in capitals if not _opens_sentence(t) and t.i > 0)
    return lower, within


def misread(ent: Span) -> bool:
    """A one-word "name" opening its sentence that the tagger reads as a common noun, or that is an
    attribute noun of the lexicon: the capital is the sentence's, not a name's ("Turnout was 70 percent")."""
    token = ent[0]
    if len(ent) != 1 or not _opens_sentence(token):
        return False
    return (token.pos_ == "NOUN" and token.tag_ in {"NN", "NNS"}) or token.lower_ in _attributes()


@functools.cache
def _attributes() -> dict[str, list[str]]:
    """An attribute noun -> the nouns of what it can be of ("turnout" -> "election", "vote")."""
    return dict(lexicons.load("counted").get("attributes", {}))


@functools.cache
def _not_person_words() -> frozenset[str]:
    """Words that make a capitalised run an organisation's or an office's name, not a person's:
    verify/lexicons/organisations.toml `words` and `bodies`, titles.toml `bodies`, offices.toml `heads`."""
    organisations = lexicons.load("organisations")
    words = [*organisations["words"], *organisations["bodies"], *lexicons.load("titles")["bodies"]]
    words += lexicons.load("offices")["heads"]
    return frozenset(w.lower() for w in words)


@functools.cache
def _legal_forms() -> frozenset[str]:
    """The words of a company's legal form after its short name ("Group AG", "Inc."; organisations.toml)."""
    return frozenset(lexicons.load("organisations")["legal_forms"])


@functools.cache
def _bodies() -> frozenset[str]:
    """Nouns that stand for an organisation ("party", "company"): verify/lexicons/titles.toml `bodies`."""
    return frozenset(lexicons.load("titles")["bodies"])


@functools.cache
def _described_as() -> dict[str, list[str]]:
    """A description's noun -> the head nouns of names it points back to ("award" -> "prize"):
    verify/lexicons/counted.toml `described_as`."""
    return dict(lexicons.load("counted").get("described_as", {}))


@functools.cache
def _gender_words() -> tuple[dict[str, str], dict[str, str]]:
    """Nouns and honorifics that tell a person's sex ("father", "actress", "Mrs"), and common given
    names that do ("Helena"): verify/lexicons/names.toml `gender`, each word -> "m" or "f"."""
    listed = lexicons.load("names")["gender"]
    words = {w: "m" for w in listed["male_words"]} | {w: "f" for w in listed["female_words"]}
    # given names folded, and looked up folded: "Zoë" in the text or the list is "zoe"
    given = {aliases.fold(w): "m" for w in listed["male_given"]}
    given |= {aliases.fold(w): "f" for w in listed["female_given"]}
    return words, given


def another_given_name(shorter: str, longer: str) -> bool:
    """Two people, not one name written twice: the given names tell two sexes ("Carla Dalen" is not
    "Carl Dalen"), or a given name of its own is not a shortening of it ("Christina" is not "Chris"). A
    longer given name that shortens to the other's with no sex against it ("Samuel" after "Sam", "Ajaypal"
    after "Ajay") may be the same person's full name (verify.names `given_compatible`)."""
    a, b = _plain(shorter).split()[:1], _plain(longer).split()[:1]
    if not a or not b or a == b:
        return False
    _, given = _gender_words()
    if a[0] in given and b[0] in given and given[a[0]] != given[b[0]]:
        return True
    return not names.given_compatible(a[0], b[0])  # "Christina" is a name of its own, not "Chris" written out


@functools.cache
def _courtesy_titles() -> frozenset[str]:
    """Courtesy titles the recogniser may take into a person's name ("Mrs", "Dr"), which are no part
    of it: verify/lexicons/names.toml `courtesy`."""
    return frozenset(lexicons.load("names")["courtesy"])


@functools.cache
def _name_openers() -> frozenset[str]:
    """Words that open no person's name in a run of capitalised words but stand before it: courtesy
    titles, a knight's or dame's style (verify/lexicons/names.toml `courtesy`, `knighthood`) and each word
    of a military rank (ranks.toml: "Air", "Chief", "Marshal" of "Air Chief Marshal")."""
    ranks = {word.lower().strip(".") for form in aliases.RANK_FORMS for word in form.split()}
    return _courtesy_titles() | frozenset(lexicons.load("names")["knighthood"]) | frozenset(ranks)


@functools.cache
def _office_titles() -> tuple[frozenset[str], frozenset[str]]:
    """Job titles written before a name (verify/lexicons/titles.toml `titles`) and the words that may
    open one ("Deputy", "former": `modifiers`, `past_or_coming`), lower case."""
    titles = lexicons.load("titles")
    return frozenset(titles["titles"]), frozenset([*titles["modifiers"], *titles["past_or_coming"]])


def office_opening(words: list[str]) -> int:
    """How many leading words of a person's name as the recogniser read it are an office
    ("Treasurer Jim Chalmers", "Deputy Governor Ana Ruiz"): the office is a claim of its own, not part
    of whom it is about. 0 unless two or more capitalised words are left, so a lone surname is never
    taken for a name."""
    titles, openers = _office_titles()
    at = 0
    while at < len(words) and words[at].lower().strip(".") in openers:
        at += 1
    size = next((n for n in (3, 2, 1) if " ".join(words[at : at + n]).lower() in titles), 0)
    rest = words[at + size :]
    if not size or len(rest) < 2 or not all(w[:1].isupper() for w in rest):
        return 0
    return at + size


def _without_office(name: str) -> str:
    """A person's name without an office read into it (`office_opening`)."""
    words = name.split()
    return " ".join(words[office_opening(words) :])


@functools.cache
def _owner_key(word: str) -> str:
    """A place or its people's adjective as one key ("Vestrian" and "Vestria" where the country is known)."""
    return aliases.fold(aliases.country_of(word) or word)


def _role_words() -> frozenset[str]:
    """Nouns for what a person is (an office, a calling, "woman"): verify/lexicons/titles.toml `titles`
    (each word), `people` and `roles`, offices.toml `heads`, and the sex words of names.toml."""
    titles = lexicons.load("titles")
    words = {w.lower() for title in titles["titles"] for w in title.split()}
    words |= {w.lower() for w in [*titles["people"], *titles["roles"], *lexicons.load("offices")["heads"]]}
    return frozenset(words | set(_gender_words()[0])) - frozenset(titles["bodies"])


@functools.cache
def _titles_described() -> dict[str, list[str]]:
    """A description's noun -> the title words of the people it describes ("politician" -> "minister", "mayor"):
    verify/lexicons/titles.toml `describes`."""
    return dict(lexicons.load("titles").get("describes", {}))


@functools.cache
def _person_nouns() -> frozenset[str]:
    """Nouns a definite description of a person ends in: the calling and office words of `_role_words`
    and verify/lexicons/names.toml `described_people`; not a bare word for a man or a woman ("the
    man had flown the drone"), which as often brings in someone new as points back."""
    titles = lexicons.load("titles")
    named = {w.lower() for w in [*titles["people"], *titles["roles"]]}
    sexed = frozenset(_gender_words()[0]) - named  # "actress" is a calling too
    return (_role_words() - sexed) | frozenset(lexicons.load("names")["described_people"])


@functools.cache
def _member_bodies() -> dict[str, str]:
    """A member's noun -> the noun of the body the members make up ("justices" -> "court")."""
    return dict(lexicons.load("titles").get("members", {}))


_HONORIFIC_AT = re.compile(r"(?P<honorific>[A-Z][a-z]{1,3}\.?)\s+(?P<name>[A-Z][\w'’-]+)")  # 'Mr Dahl', 'Mrs. Lund'


class References:
    """The entities of one parsed article, and what its pronouns, descriptions and headline point at."""

    @classmethod
    def of(cls, parsed: Parsed, body_start: int = 0) -> References:
        """The article's references, made once per parse and body start and shared by the kinds that
        read them (counts, dates, clauses): nothing changes them once made, and each made anew
        walked the article again for its topic and its nouns."""
        return parsed.derived((cls, body_start), lambda: cls(parsed, body_start))

    def __init__(self, parsed: Parsed, body_start: int = 0) -> None:
        self.parsed = parsed
        self.text = parsed.text
        self.body_start = body_start
        self._lower_words, self._capitalised_within = _written_forms(parsed)
        self.named = [
            e
            for e in parsed.entities
            if e.label_ in NAMED and not misread(e) and not _dateline(e) and not self._common_opening(e)
        ]
        self.entity_of: dict[int, Span] = {t.i: e for e in self.named for t in e}
        self.person_words = self._person_words()
        self.person_names = self._person_names()
        kin = {w for e in self.named if e.label_ == "PERSON" and len(e) > 1 for w in _plain(e.text).split()[-1:]}
        persons = {e.text for e in self.named if e.label_ == "PERSON"}
        self.people = [
            e
            for e in self.named
            if (
                e.label_ == "PERSON"
                or given_named(e)
                or (len(e) == 1 and e.text in self.person_words)
                or self._named_as_person(e)
                or _family_named(e, kin, persons)
            )
            and not self._misnamed(e)
            and not _work_title(e)
            and not _named_body(e)
            and not _body_beside(e)
            and not _place_beside(e)
            and not (len(e) == 1 and e.text in self._things_named)
            and not (len(e) == 1 and e.text in self._places_only)
            and e.text not in self._mostly_not_people
        ]
        self.person_starts = frozenset(e.start for e in self.people)
        self.full_names: dict[str, str] = {}
        for ent in self.people:
            words = self.words(ent)
            if len(words.split()) >= 2:
                self.full_names.setdefault(words.split()[-1].lower(), words)
        self.unlabelled_people = self._unlabelled_people()
        for surname, mentions in self._full_mentions.items():  # two people of one surname: the one followed
            if len({full for _, full in mentions}) > 1 and surname in self.full_names:
                self.full_names[surname] = self._followed(mentions)
        self._pronouns: dict[int, str | None] = {}  # token index -> whom it stands for, asked once
        self._pronoun_sexes: dict[int, dict[str, str]] = {}  # token index -> sexes the pronouns before it told
        self._descriptions: dict[int, str | None] = {}  # token index -> the entity a description means
        for name in self.unlabelled_people.values():
            self.full_names.setdefault(name.split()[-1].lower(), name)
        # a family name written first ("Chen Haoran ... Chen said"): a surname of the same word wins
        self.family_first = {first: self._followed(found) for first, found in self._family_first.items()}

    def _common_opening(self, ent: Span) -> bool:
        """A one-word "name" opening its sentence that the article writes in lower case elsewhere and
        never with a capital inside a sentence ("Attendance rose ... attendance doubled"): a common
        noun whose capital is the sentence's, whatever label the recogniser gave it."""
        if len(ent) != 1 or not _opens_sentence(ent[0]):
            return False
        word = ent[0].text
        return word.lower() in self._lower_words and word not in self._capitalised_within

    @functools.cached_property
    def _mostly_not_people(self) -> frozenset[str]:
        """Names of two words or more the recogniser reads as a person at fewer than half of the three or
        more places the article writes them (a prize, a work): no person, whatever one mention's label."""
        labelled: dict[str, int] = {}
        names: dict[str, tuple[str, ...]] = {}
        for ent in self.named:
            if ent.label_ == "PERSON" and len(ent) >= 2:
                labelled[ent.text] = labelled.get(ent.text, 0) + 1
                names.setdefault(ent.text, tuple(t.text for t in ent))
        # how often each name's words are written in a row, counted in one pass: a name was looked for at every
        # place its first word is written, so a list of 4,000 people named 'Eva ...' took 4,000 x 4,000 looks
        lengths: dict[str, set[int]] = {}  # each name's first word -> the lengths of the names it starts
        for words in names.values():
            lengths.setdefault(words[0], set()).add(len(words))
        texts = [token.text for token in self.parsed.tokens()]
        written = Counter(
            tuple(texts[i : i + length]) for i, word in enumerate(texts) for length in lengths.get(word, ())
        )
        return frozenset(
            name for name, words in names.items() if written[words] >= 3 and 2 * labelled[name] < written[words]
        )

    def _person_words(self) -> frozenset[str]:
        """One-word names that are a person's wherever the article writes them, whatever the recogniser
        labelled each mention: a one-word name it reads as a person in the body at least once and never
        as an organisation or a place, or one written with an age beside it ("said Marisol, 43,")."""
        body = self.body_start
        single = {e.text for e in self.named if len(e) == 1 and e.label_ == "PERSON" and e.end_char > body}
        aged = {t.text for t in self.parsed.tokens() if t.pos_ == "PROPN" and t.is_title and _aged(t) and t.idx >= body}
        aged |= {  # "Rodrigo, the Spain midfielder, won": a one-word name a calling is set beside
            t.text
            for t in self.parsed.tokens()
            if t.pos_ == "PROPN"
            and t.is_title
            and t.idx >= body
            and t.dep_ != "compound"
            and any(c.dep_ == "appos" and c.lower_ in _person_nouns() for c in t.children)
        }
        aged |= {  # "Scholz has been chancellor since 2021": a one-word name said to hold an office or a calling
            t.text
            for t in self.parsed.tokens()
            if t.pos_ == "PROPN" and t.is_title and t.idx >= body and _said_to_be_a_person(t)
        }
        compounds = {t.text for t in self.parsed.tokens() if t.dep_ == "compound"} if aged else set()
        aged -= compounds  # one walk for all the names, not one per name
        return frozenset((single - self._other_names - self._places_only) | aged)

    def _person_names(self) -> frozenset[str]:
        """The last words (folded) of names the recogniser gave another label that the article shows are a
        person's: a calling set beside or before the name ("Jafar Panahi, the director"; "director Jafar
        Panahi"). Only a name shaped like a person's (`_person_shaped`): a body, a place or a work never
        is, whatever is said beside it."""
        found: set[str] = set()
        for ent in self.parsed.entities:
            if ent.label_ not in _RELABELLED or not _person_shaped(ent):
                continue
            if _called_a_person(ent):
                found.update(_plain(ent.text).split()[-1:])
        return frozenset(found)

    def _named_as_person(self, ent: Span) -> bool:
        """A name of another label whose last word is one of `person_names`, shaped like a person's:
        the person at this mention too ("Panahi" after "Jafar Panahi, the director")."""
        if ent.label_ not in _RELABELLED or not _person_shaped(ent):
            return False
        return bool(set(_plain(ent.text).split()[-1:]) & self.person_names)

    def _misnamed(self, ent: Span) -> bool:
        """A one-word "person" the recogniser reads elsewhere in the article as an organisation or a
        place, and no person's surname: a company or a country the model took for a person at one
        mention ("Nordbank hired him"), which no pronoun, description or clause stands for as a person."""
        if len(ent) != 1 or ent.label_ != "PERSON" or ent.text not in self._other_names:
            return False
        surnames = {w for e in self.named if e.label_ == "PERSON" and len(e) > 1 for w in _plain(e.text).split()[-1:]}
        return _plain(ent.text) not in surnames

    @functools.cached_property
    def _things_named(self) -> frozenset[str]:
        """One-word names the article gives a craft, a work or a storm (see `_named_thing`), wherever
        written: "it" may stand for them at any mention, though the recogniser took them for a person."""
        return frozenset(e.text for e in self.named if _named_thing(e))

    @functools.cached_property
    def _places_only(self) -> frozenset[str]:
        """One-word names the article writes only after "at", "in" or "near" ("That August, at Valhalla,
        he won"): a place, though the recogniser read a person, so never whom a pronoun stands for."""
        mentions: dict[str, list[bool]] = {}
        for ent in self.named:
            if len(ent) == 1:
                placed = ent.root.dep_ == "pobj" and ent.root.head.lower_ in _PLACE_ONLY_PREPOSITIONS
                mentions.setdefault(ent.text, []).append(placed)
        return frozenset(name for name, placed in mentions.items() if all(placed))

    @functools.cached_property
    def _countries_named(self) -> frozenset[str]:
        """One-word country names the recogniser reads as a place in the article and never alone as a
        person: the country wherever written, not the surname of a person named after it ("Tom Poland
        left ... Poland won the match")."""
        alone = {e.text for e in self.named if len(e) == 1 and e.label_ == "PERSON"}
        places = {e.text for e in self.named if len(e) == 1 and e.label_ in {"GPE", "LOC"} and _country(e.text)}
        return frozenset(places - alone)

    @functools.cached_property
    def _lands_named(self) -> frozenset[str]:
        """One-word names the article sets a noun for a land beside ("Chad, a republic of 18 million"):
        a place wherever written, though the recogniser read a person, so no short form of one."""
        return frozenset(e.text for e in self.named if _place_beside(e))

    @functools.cached_property
    def _other_names(self) -> frozenset[str]:
        """Names the recogniser reads as an organisation, a place or a product somewhere in the article."""
        return frozenset(e.text for e in self.named if e.label_ in {"ORG", "GPE", "FAC", "LOC", "PRODUCT"})

    def _unlabelled_people(self) -> dict[int, str]:
        """Subjects that are a person's name the recogniser missed (or called an organisation, beside an
        age): a run of two to four capitalised proper nouns ("Max Verstappen won") with no
        organisation or office word in it. Token index of the run's last word -> the run's words. Only
        subjects: a pronoun's antecedent is sought among them, and a subject run is seldom a place."""
        found: dict[int, str] = {}
        for token in self.parsed.tokens():
            if token.dep_ not in SUBJECTS or token.pos_ != "PROPN" or token.idx < self.body_start:
                continue
            ent = self.entity_of.get(token.i)
            # an organisation only when an age stands beside it ("Demis Hassabis, 48, was born") or the next
            # sentence goes on about "he" or "she" ("Tadej Pogačar started ... He went flat out anyway.")
            person = ent is not None and ent.label_ == "ORG" and (_aged(token) or self._he_or_she_next(token))
            if ent is not None and not self.names_person(ent) and not person:
                continue
            run = [c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
            # the name starts after the last title read into the run ("Mr Tade Bello": Tade Bello; "Air Chief
            # Marshal Sir Ada Lund", whose rank the parse cut at "Marshal": Ada Lund)
            run = run[max((k + 1 for k, c in enumerate(run) if c.lower_.strip(".") in _name_openers()), default=0) :]
            run = [c for c in run if not _a_calendar_word(c.text)]  # "In March Arm decided": a date, then a name
            first = run[0] if run else token
            words = token.doc[first.i : token.i + 1]
            name = self.text[first.idx : token.idx + len(token)]
            if not 2 <= len(words) <= 4 or not _NAME_RUN.fullmatch(name) or not all(t.is_title for t in words):
                continue
            if any(t.lower_ in _not_person_words() for t in words):
                continue
            found[token.i] = name
        return found

    def _he_or_she_next(self, subject: Token) -> bool:
        """Whether the subject of a main clause is followed, in the next sentence of its paragraph, by "he",
        "she" or a definite description by age ("the 22-year-old") as subject, its own
        sentence naming no person and saying no "he" or "she" of its own ("After X bought the firm he ran
        it": X is no person): the pronoun or the description can mean nobody else."""
        sentence = subject.sent
        if any(t.dep_ in {"advcl", "relcl", "acl"} for t in [subject.head, *subject.head.ancestors]):
            return False  # "After X bought the firm ...": not what its sentence is about
        if any(t.lower_ in PERSON_PRONOUNS | {"she"} for t in sentence):
            return False
        if sentence.end >= len(self.parsed.doc) or "\n\n" in self.text[sentence.end_char : sentence.end_char + 3]:
            return False
        if any(self.names_person(e) for e in self.named if sentence.start <= e.start < sentence.end):
            return False
        following = self.parsed.doc[sentence.end].sent
        first = next((t for t in following if t.dep_ in SUBJECTS), None)
        if first is None:
            return False
        # "X walked into the Games ... . Over nine days, the 22-year-old won": a description by age as the
        # next subject goes on about X as "he" would
        return first.lower_ in {"he", "she"} or _aged_description(first)

    def names_person(self, ent: Span) -> bool:
        """A recognised person, or a name the recogniser gave another label that opens with a given
        name of the lexicon ("Helena Brandt won", read as an organisation)."""
        return ent.start in self.person_starts

    def words(self, ent: Span) -> str:
        """An entity's name as written, without a line's date before a dash, "the" or a possessive 's.
        Worked out once per text and label: the readers ask it of the same few hundred entities
        thousands of times, and each asking split and searched the text again."""
        key = (ent.text, ent.label_)
        found = self._words.get(key)
        if found is None:
            found = self._words[key] = self._read_words(ent.text, ent.label_)
        return found

    @functools.cached_property
    def _words(self) -> dict[tuple[str, str], str]:
        return {}

    @staticmethod
    def _read_words(text: str, label: str) -> str:
        name = _NAME_EDGE.sub("", re.split(r"\s[-–—]\s|\n", text)[-1]).strip()
        name = _OPEN_BRACKET.sub("", name)  # "New Civic Front (NCF": the recogniser ran into the bracket
        first, _, rest = name.partition(" ")
        if rest and first.lower().strip(".") in _courtesy_titles():
            return rest  # "Mrs Ada Okonkwo"
        if label == "PERSON":
            return _without_office(name)  # "Taoiseach Leo Varadkar": Leo Varadkar
        return name

    def full(self, name: str, mention: Span | None = None) -> str:
        """A surname stands for the full name the article gave first ("Rubiales": "Luis Rubiales"), or of
        two people named in full with it, the one the story follows (`_followed`), and so does a family
        name written first (`_family_first`: "Chen" for "Chen Haoran"); a name the article calls a land
        (`_lands_named`) stands for no one, unless this `mention` marks a person (`_person_cue`)."""
        land = name in self._lands_named and not (mention is not None and _person_cue(mention))
        if len(name.split()) != 1 or land:
            return name
        return self.full_names.get(name.lower()) or self.family_first.get(_plain(name), name)

    def _land_at(self, name: str, at: int) -> bool:
        """Whether a name the article calls a land (`_lands_named`, or a country it names as a place,
        `_countries_named`) is the land at character `at`: its last mention there or before marks no
        person ("Chad, a republic of ..., hosts" is the land; "Chad, 61, said she ..." is the senator of
        that name; "Montenegro takes up his seat" is the prime minister, "Poland won" the country). A claim
        starting before the name reads the mention in its sentence, or in the sentence after the timeline line's
        dated head it starts on ("March 26 — Montenegro takes up his seat": the head is a fragment of its own,
        verify.nlp.paragraphs)."""
        if name not in self._lands_named and name not in self._countries_named:
            return False
        mentions = [e for e in self.named if e.text == name]
        here = [e for e in mentions if e.start_char >= at and self._runs_on_to(at, e)]  # a claim starting before it
        before = here[:1] or [e for e in mentions if e.start_char <= at][-1:]
        return not before or not _person_cue(before[-1])

    def _runs_on_to(self, at: int, mention: Span) -> bool:
        """Whether a claim starting at character `at` runs on to `mention`: in its sentence, or in the line's
        sentence after the timeline line's dated head it starts on."""
        head = dated_head_at(self.text, at) if mention.sent.start_char > at else None
        return mention.sent.start_char <= at or (head is not None and mention.sent.start_char <= head[1])

    @functools.cached_property
    def _first_body_names(self) -> dict[str, str]:
        """Surname -> the first name of two words or more the body gives a person with it: the name the
        story calls them by, which a later birth name or fuller form ("born Jonathan Edward Mill") is
        another way of writing."""
        first: dict[str, str] = {}
        for ent in self.people:
            words = self.words(ent)
            if ent.start_char >= self.body_start and len(words.split()) >= 2 and not names.titled(words):
                first.setdefault(_plain(words).split()[-1], words)  # a rank read into the name is no name
        return first

    def person_meant(self, noun: Token) -> str | None:
        """The person a definite description of one stands for ("the judge", "the 18-year-old", "the
        Belarusian"): the nearest person named before it whom the article called by the same noun (a title
        before the name, "Judge Ana Ruiz"; a noun set beside it, "Ana Ruiz, the judge"; the same age, "Ana
        Ruiz, 18,"), else the person a pronoun in its place would mean (`person_before`)."""
        called = self.person_called(noun)
        if called:
            return called
        sex = _gender_words()[0].get(noun.lower_)
        found = self._person_before(noun.i, sex) if sex else self.person_before(noun.i)
        above = self._above(noun)
        if found is None and len(above) == 1:
            return next(iter(above))  # "Berg won, and the 30-year-old said": no one else, so Berg after all
        return found

    def person_called(self, noun: Token) -> str | None:
        """The nearest person named before `noun` whom the article called by it ("Judge Ana Ruiz" for "the
        judge", "Ana Ruiz, 18," for "the 18-year-old"); None when no one was."""
        called = {noun.lemma_.lower(), noun.lower_}
        called |= set(_titles_described().get(noun.lower_, ()))  # "the politician": "Prime Minister Ana Ruiz"
        age = _YEARS_OLD.search(self.text[noun.left_edge.idx : noun.idx + len(noun)]) if noun.lower_ == "old" else None
        for ent in reversed(self.people):
            if ent.end > noun.i or ent.start_char < self.body_start:
                continue
            if (age and self._aged_as(ent, age[1])) or (not age and self._called(ent, called)):
                return self.full(self.words(ent), ent)
        return None

    def _called(self, ent: Span, words: set[str]) -> bool:
        """Whether a person's mention is titled or described by one of `words`: a word of the noun phrase
        before the name or in it ("Judge Ana Ruiz", "Norwegian golfer Ana Ruiz"), or a noun set beside it by
        commas ("Ana Ruiz, the judge")."""
        doc = ent.doc
        before = ent.start
        while before > max(0, ent.start - 3) and doc[before - 1].pos_ in {"PROPN", "NOUN", "ADJ"}:
            before -= 1  # "Norwegian golfer Erik Lund": the words of the noun phrase before the name
        sentence = ent.root.sent  # once, not once per word
        beside = [t for t in doc[max(0, min(before, ent.start - 1)) : ent.end] if t.sent == sentence]
        beside += [c for c in ent.root.children if c.dep_ == "appos"]
        beside += [ent.root.head] if ent.root.dep_ == "appos" else []
        return any(t.lemma_.lower() in words or t.lower_ in words for t in beside)

    def _aged_as(self, ent: Span, years: str) -> bool:
        """Whether a person's mention gives their age as `years`: "Ana Ruiz, 18," or "the 18-year-old Ana Ruiz"."""
        after = ent.doc[ent.end : ent.end + 3]
        if len(after) == 3 and after[0].text == "," and after[1].text == years and after[2].text == ",":
            return True
        return bool(re.search(rf"\b{years}-year-old\s*$", self.text[max(0, ent.start_char - 20) : ent.start_char]))

    def person_described(self, words: str, near: tuple[int, int]) -> str | None:
        """The person a definite description of one stands for, when a claim's subject is that
        description ("the Kansas centre", "the 30-year-old Dutchman", "the pensioner"): the noun, found
        in the sentence of the claim's span at `near`, is a calling, an office or a word for a person
        (verify/lexicons/names.toml `described_people`, titles.toml), and the person is the one a
        pronoun in its place would mean (`person_before`); None for any other subject."""
        last = _plain(words).split()[-1:] if words else []
        span = self.parsed.span_of(*near)
        if not last or span is None or last[0] not in _person_nouns():
            return None
        for token in (t for sent in {span[0].sent, span[-1].sent} for t in sent):
            definite = any(c.lower_ in DEFINITE for c in token.children)
            ent = self.entity_of.get(token.i)  # "Dutchman" may be read as a one-word NORP or PRODUCT
            noun = token.pos_ in {"NOUN", "PROPN"} and (ent is None or (len(ent) == 1 and ent.label_ != "PERSON"))
            if token.lower_ == last[0] and noun and definite:
                sex = _gender_words()[0].get(token.lower_)
                return self._person_before(token.i, sex) if sex else self.person_before(token.i)
        return None

    @functools.cached_property
    def _full_mentions(self) -> dict[str, list[tuple[int, str]]]:
        """Surname -> each mention of a person by two words or more, in reading order: (where it ends, the name),
        the names the recogniser missed among them ("THE HAGUE, 8 February 2024 - Nawaf Salam, a judge, ...")."""
        found: dict[str, list[tuple[int, str]]] = {}
        mentions = [(e.end_char, self.words(e)) for e in self.people]
        mentions += [(self.parsed.doc[i].idx + len(self.parsed.doc[i]), n) for i, n in self.unlabelled_people.items()]
        for end, words in sorted(set(mentions)):
            last = _plain(words).split()[-1:]
            if len(words.split()) >= 2 and last and not names.titled(words):
                found.setdefault(last[0], []).append((end, words))
        return found

    @functools.cached_property
    def _family_first(self) -> dict[str, list[tuple[int, str]]]:
        """First word -> each mention in full, in reading order, of a person whose name the article may write
        family name first ("Chen Haoran", "Nagy Eszter"), so that the first word alone is that person ("Chen
        said"): the word is the last word of no one's full name (a surname wins: "Morgan" after "Ruth
        Morgan"), no given name of the lexicon, no country and opens no organisation's name ("Sato Foods") nor any
        name that is no person's (`_names_no_person`: "Storm Barry", "French Broad River");
        and the article never calls the person by the last word alone ("Halden said": a Western name,
        whose given name alone, "Keir", may be anyone's)."""
        surnames = set(self._full_mentions) | {_plain(n).split()[-1] for n in self.unlabelled_people.values()}
        bodies = {  # "Sato Foods"; not a one-word mention the recogniser took for a body ("Paetongtarn")
            _plain(e.text).split()[0]
            for e in self.named
            if e.label_ in {"ORG", "FAC", "PRODUCT"} and len(_plain(e.text).split()) > 1
        }
        given = _gender_words()[1]
        mentions = [(e.end_char, self.words(e)) for e in self.people]
        mentions += [(self.parsed.doc[i].idx + len(self.parsed.doc[i]), n) for i, n in self.unlabelled_people.items()]
        found: dict[str, list[tuple[int, str]]] = {}
        for end, written in sorted(set(mentions)):
            words = _without_office(written)  # "Special Counsel David Weiss": David Weiss
            plain = _plain(words).split()
            if len(words.split()) < 2 or len(plain) < 2 or names.titled(words):
                continue
            if _names_no_person(words, self._lower_words):
                continue
            first = plain[0]
            if first in surnames or first in given or first in bodies or _country(first):
                continue
            if self._last_alone(words):  # last: two searches of the whole text, where the tests above are lookups
                continue
            found.setdefault(first, []).append((end, words))
        return found

    def _last_alone(self, words: str) -> bool:
        """Whether the article writes a full name's last word more often than the name: the person is also
        called by it alone ("Keir Halden ... Halden said"), a name in Western order, whatever label the
        recogniser gave the short mention. Counted once per name: a person is mentioned many times."""
        if words not in self._alone:
            self._alone[words] = self._count_last_alone(words)
        return self._alone[words]

    @functools.cached_property
    def _alone(self) -> dict[str, bool]:
        return {}

    def _count_last_alone(self, words: str) -> bool:
        """The last word's mentions, less those inside other names that end in it (whatever label the
        recogniser gave them): a family's names ("Anan Wongsakul", "Preeya Wongsakul") do not make the
        surname the name the article calls their daughter by, when it calls her "Suda" throughout."""
        parts = words.split()
        alone = len(re.findall(_word_run([parts[-1]]), self.text))
        full = len(re.findall(_word_run(parts), self.text))
        last = _plain(words).split()[-1]
        kin = {e.text for e in self.named if len(e) > 1 and _plain(e.text).split()[-1:] == [last]} - {words}
        alone -= sum(len(re.findall(_word_run(other.split()), self.text)) for other in kin)
        return alone > full

    @functools.cached_property
    def _subject_mentions(self) -> dict[int, bool]:
        """Where each full mention of a person ends -> whether it is what its clause is about: a subject,
        or the person a "who" clause describes ("He will succeed Ana Sall, who has governed since 2012")."""
        found: dict[int, bool] = {}
        for ent in self.people:
            root = ent.root
            relative = any(
                c.dep_ == "relcl" and any(w.lower_ == "who" and w.dep_ in SUBJECTS for w in c.children)
                for c in root.children
            )
            found[ent.end_char] = root.dep_ in SUBJECTS or relative
        for i in self.unlabelled_people:  # found only as subjects
            found[self.parsed.doc[i].idx + len(self.parsed.doc[i])] = True
        return found

    def _followed(self, mentions: list[tuple[int, str]]) -> str:
        """Of the people named in full who share a surname, the one the story follows: the one named
        in full most often as what a clause is about, and of those equally often, the first named (a
        namesake, a parent or a rival, is named in full each time)."""
        counts: dict[str, int] = {}
        for end, full in mentions:
            counts[full] = counts.get(full, 0) + self._subject_mentions.get(end, False)
        return max(counts, key=lambda full: counts[full])  # max keeps the first of equals

    def _followed_before(self, mentions: list[tuple[int, str]], at: int) -> str | None:
        """`_followed` of the mentions (in reading order) that end at or before `at`; None when none does. Each
        list's picks are made once, mention by mention, and looked up by where `at` falls: a surname mentioned
        at each of thousands of lines no longer recounts every full mention before it (review40 N6)."""
        if not mentions:
            return None
        if id(mentions) not in self._picks:
            counts: dict[str, int] = {}
            first: dict[str, int] = {}  # the order names are first met in: of equals, the first named
            picks: list[str] = []
            for end, full in mentions:
                first.setdefault(full, len(first))
                counts[full] = counts.get(full, 0) + self._subject_mentions.get(end, False)
                best = picks[-1] if picks else full
                if counts[full] > counts[best] or (counts[full] == counts[best] and first[full] < first[best]):
                    best = full
                picks.append(best)
            self._picks[id(mentions)] = ([end for end, _ in mentions], picks)
        ends, picks = self._picks[id(mentions)]
        taken = bisect.bisect_right(ends, at)
        return picks[taken - 1] if taken else None

    @functools.cached_property
    def _picks(self) -> dict[int, tuple[list[int], list[str]]]:
        """id of a list of mentions (a value of `_full_mentions` or `_family_first`, kept as long as this object)
        -> where each mention ends and `_followed`'s pick among it and the ones before."""
        return {}

    def full_name(self, name: str, at: int) -> str:
        """The one name every kind gives an entity written `name` at character `at`: an acronym spelled
        out (`expand`), a surname as the person the story named in full before it ("Lund": "Ana Lund";
        of two so named, the one it follows, `_followed`), a family name written first as the person named
        in full with it before ("Chen": "Chen Haoran", `_family_first`), any person under the story's first
        name for them (`one_name`)."""
        if name.isupper() and 2 <= len(name) <= 6:
            return self.expand(name)
        bare = names.without_title(name)
        honorific = name[: len(name) - len(bare)].strip()  # ('U.S. Steel': a country's name, no honorific)
        # 'Sheikh Mishal', 'Mrs Lund': the one name after the honorific, named in full before
        asked = bare != name and " " not in bare and not aliases.country_of(honorific)
        if asked and (found := self.full_name(bare, at)) != bare:
            return self._of_the_honorifics_sex(honorific, bare, found, at)
        if " " not in name and name[:1].isupper() and not self._land_at(name, at):
            key = _plain(name)
            followed = self._followed_before(self._full_mentions.get(key, []), at)
            followed = followed or self._followed_before(self._family_first.get(key, []), at)
            if followed and (said := _HONORIFIC_AT.match(self.text, at)) and said["name"] == name:
                # the recogniser leaves a courtesy title out of the name: 'Mr Dahl' at the claim's start
                return self.one_name(self._of_the_honorifics_sex(said["honorific"], name, followed, at))
            name = followed or name
        return self.one_name(name)

    def _of_the_honorifics_sex(self, honorific: str, surname: str, found: str, at: int) -> str:
        """'Mrs Dahl' after 'Jon Dahl and his wife Eva Dahl': of the people named in full with the surname, the last
        one before `at` of the sex a gendered honorific tells ('Mr' never the wife, 'Mrs' and 'Ms' never the husband);
        `found` when the honorific tells none or agrees; the honorific's name as written when no one of its sex has
        the surname (no person named, not the wrong one)."""
        sex = _gender_words()[0].get(aliases.fold(honorific).strip(".").lower())
        if sex is None or self.genders.get(found) in (None, sex):
            return found
        named = self._full_mentions.get(_plain(surname), ())
        fitting = [f for end, f in named if end <= at and self.genders.get(f) == sex]
        return fitting[-1] if fitting else f"{honorific} {surname}"

    def one_name(self, name: str) -> str:
        """The name the story first gave a person, for another written form of the same person's
        name ("Jonathan Edward Mill" after "Jon Mill": "Jon Mill"); any other name unchanged. One
        person then has one subject, however the article wrote their name at each mention."""
        words = _plain(name).split()
        if len(words) < 2:
            return name
        first = self._first_body_names.get(words[-1])
        if not first or first == name or another_given_name(first, name):
            return name
        return first if names.same_person(first, name) else name

    # --- people ---------------------------------------------------------------------------------
    @functools.cached_property
    def genders(self) -> dict[str, str]:
        """Each person's sex as the article or the name tells it ("m" or "f"), for the pronouns that
        can stand for them: a noun set beside the name or an honorific before it ("Her father, Karl
        Brandt", "Mrs Lund"), else a given name of one sex ("Helena Brandt"), else a "his" or "her" in
        a clause the person is the subject of ("Lund thanked her staff"). A person with none stays
        unknown, and any pronoun may stand for them."""
        said = dict(self.named_genders)
        for token in self.parsed.tokens():  # "Lund thanked her staff": her is Lund's; "Lund did it herself"
            reflexive = _REFLEXIVE.get(token.lower_)
            if (token.dep_ != "poss" or token.lower_ not in {"his", "her"}) and reflexive is None:
                continue
            verb = token.head
            while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
                verb = verb.head
            subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
            if subject is not None and subject.lower_ not in PERSON_PRONOUNS and self.is_person(subject):
                name = self.person_name(subject)
                if name:
                    said.setdefault(name, reflexive or _GENDER[token.lower_])
        return said

    @functools.cached_property
    def named_genders(self) -> dict[str, str]:
        """Each person's sex as a noun or honorific beside the name or a given name of one sex tells it (see
        `genders`, which adds the weaker sign of a "his" or "her" in the person's clause)."""
        words, given = _gender_words()
        said: dict[str, str] = {}
        for ent in self.people:
            found = _described_sex(ent, words)
            written = self.words(ent)
            if " " not in written and len(self._full_mentions.get(_plain(written), ())) > 1:
                continue  # 'Mrs Dahl' after Jon and Eva Dahl: the honorific tells which one, not that Jon is a woman
            if found:
                said.setdefault(self.full(written), found)
        for name in {self.full(self.words(e)) for e in self.people} | set(self.unlabelled_people.values()):
            first = _plain(name).split()[:1]
            if name not in said and first and first[0] in given:
                said[name] = given[first[0]]
        return said

    def agrees(self, token: Token, gender: str | None) -> bool:
        """Whether a pronoun of `gender` ("m", "f" or None for either) can stand for the person a token
        names: a pronoun of the other sex, or a person the article tells is of the other sex, cannot."""
        if gender is None:
            return True
        if token.lower_ in PERSON_PRONOUNS:
            return _GENDER.get(token.lower_) == gender
        name = self.person_name(token)
        return self.genders.get(name or "", gender) == gender

    def is_person(self, token: Token) -> bool:
        """A personal pronoun, a recognised person, or the one word the article calls one by: the surname
        ("FIFA suspends Rubiales") or the first word of the name (`family_first`: "Srettha, 62, ... he")."""
        ent = self.entity_of.get(token.i)
        place = ent is not None and ent.label_ in {"GPE", "LOC", "FAC"} and token.dep_ == "pobj"
        place = place and token.head.lower_ in _PLACE_PREPOSITIONS  # "a theatre in Tarvik": a place at this mention
        place = place or (ent is not None and _place_beside(ent))  # "Jordan, a kingdom of ...": a place here
        return (
            token.lower_ in PERSON_PRONOUNS
            or (ent is not None and self.names_person(ent))
            or token.i in self.unlabelled_people
            or (
                token.is_title
                and (token.lower_ in self.full_names or _plain(token.text) in self.family_first)
                and not place
                and token.text not in self._countries_named
            )
            or (token.pos_ == "PROPN" and token.text in self.person_words and not place)
        )

    def person_name(self, token: Token) -> str | None:
        """The full name of the person a token names (a pronoun: whom it stands for)."""
        if token.lower_ in PERSON_PRONOUNS:
            return self.person_before(token.i)
        if token.i in self.unlabelled_people:
            return self.unlabelled_people[token.i]
        ent = self.entity_of.get(token.i)
        if ent is not None and self.names_person(ent):
            return self.full(self.words(ent), ent)
        return self.full(token.text, ent) if self.is_person(token) else None

    def person_at(self, char: int) -> str | None:
        """Whom the personal pronoun written at character `char` stands for (see `person_before`): the
        one question the pattern readers ask, who know where a pronoun stands but hold no parse."""
        span = self.parsed.span_of(char, char + 1)
        if span is None or span[0].lower_ not in PERSON_PRONOUNS:
            return None
        return self.person_before(span[0].i)

    def sex_fits(self, char: int, name: str) -> bool:
        """Whether the personal pronoun written at character `char` can stand for `name`: not when a noun or
        honorific beside the name or its given name tells that person is of the other sex ("John Stam met Ana
        Ruiz. She": not John Stam)."""
        span = self.parsed.span_of(char, char + 1)
        sex = _GENDER.get(span[0].lower_) if span is not None else None
        told = self.named_genders.get(name)  # not a "his" in the person's clause: "she told the actor, who has
        return sex is None or told is None or told == sex  # maintained his innocence" says nothing of her

    def person_before(self, index: int) -> str | None:
        """Whom a pronoun at token `index` stands for: in its own sentence (on its own line), the first
        person named before it as a subject ("Calhoun said that he"), else the last person named there
        ("convicts Rubiales and fines him"), or whom the sentence's subject pronoun of the same gender
        stands for ("He shared the award with X and Y, and he quit"); else, walking back, the subject of
        the nearest sentence in its paragraph with a person (or a pronoun of its gender) as subject, the
        main clause's before a subordinate one's ("X won ... while Y led ... He"; "Rubiales resigns. ...
        FIFA bans him"), and where all its person subjects are subordinate, whom its main subject's
        description or its pronoun subject stands for (`_followed_in`); else the headline's person;
        else the last person its paragraph names in any role ("The House removes X by a vote. ... He
        is the first"); else the same walk in earlier paragraphs; else the last person named."""
        if index not in self._pronouns:
            self._pronouns[index] = None  # asked again while it is resolved (He ... him ... He): no one
            self._pronouns[index] = self._person_before(index)
        return self._pronouns[index]

    def _person_before(self, index: int, sex: str | None = None) -> str | None:
        doc = self.parsed.doc
        gender = sex or _GENDER.get(doc[index].lower_)
        others = self._not_meant(doc[index])

        def agrees(token: Token) -> bool:
            if not self.agrees(token, gender):
                return False
            if gender is not None and token.lower_ not in PERSON_PRONOUNS:
                name = self.person_name(token) or ""  # 'Ivo Stam met Eva Lund. He said she ...': he is Ivo Stam
                if name not in self.genders and self._sexes_pronouns_told(index).get(name, gender) != gender:
                    return False
            if token.lower_ in PERSON_PRONOUNS:  # a pronoun for one it cannot be: "Berg said he would meet the winner"
                return not others or token.i >= index or self.person_before(token.i) not in others
            return self.person_name(token) not in others

        asked = self.asked_about(index)
        if asked and asked[1] and not any(self.is_person(t) for t in doc[doc[index].sent.start : index]):
            return asked[0]  # "Who is Prabowo?\nA 73-year-old retired general, ...": the one the heading asks about
        within = self._relative_person(doc[index])
        if within is not None and agrees(within):
            return self.person_name(within)  # "X, who was 34 when he was appointed": X
        line_start = self.text.rfind("\n", 0, doc[index].idx) + 1
        sentence = doc[index].sent
        here = [
            t
            for t in doc[sentence.start : index]
            if t.idx >= line_start
            and t.lower_ not in PERSON_PRONOUNS
            and self.is_person(t)
            and agrees(t)
            and not birth_name(t)  # "Born John Michael Osbourne ..., he": the one he stands for, named at birth
        ]
        pronoun = next((t for t in doc[sentence.start : index] if t.idx >= line_start and t.dep_ in SUBJECTS), None)
        if pronoun is not None and pronoun.lower_ in PERSON_PRONOUNS and pronoun.i != index and agrees(pronoun):
            return self.person_before(pronoun.i)  # "He shared the award with X and Y, and in 2023 he quit": He's
        apposed = self._apposed_person(pronoun) if pronoun is not None else None
        if apposed is not None and agrees(apposed):  # "The current chief, Admiral Ana Ruiz, ... when she": Ruiz
            return self.person_name(apposed)
        if pronoun is not None and self._describes_person(pronoun):  # "the 47-year-old Irishman won ... his": him
            described = self._person_before(pronoun.i, _gender_words()[0].get(pronoun.lower_) or gender)
            if described:
                return described
        if doc[index].lower_ in {"him", "her"}:  # "X handed her the cup, making her the first": the same her
            same = [t for t in doc[sentence.start : index] if t.idx >= line_start and t.lower_ == doc[index].lower_]
            if same:
                return self.person_before(same[0].i)
        here = [t for t in here if not _in_subjectless_opening(t, doc[index])]
        here = [t for t in here if not _owner_of_its_description(t, doc[index])]
        if here:
            subjects = [t for t in here if t.dep_ in SUBJECTS]
            return self.person_name(subjects[0] if subjects else here[-1])
        paragraph = self.text.rfind("\n\n", 0, doc[index].idx)
        found: list[Token] = []  # the person subjects of the sentence walked back into, nearest first
        named: Token | None = None  # the last person the pronoun's paragraph names, in any role
        heading = self.heading_over(index)
        for token in reversed(doc[:index]):
            if token.idx < self.body_start or (found and token.sent.start != found[0].sent.start):
                break
            if heading and heading[1][1] and token.idx < heading[0] and not found and named is None:
                return heading[1][0]  # "Who is Prabowo?\nA retired general, ... . He lost ...": the one asked about
            if token.idx < paragraph and not found:
                headline_person = self.headline_person(gender)
                if headline_person:
                    return headline_person  # "He" opening a profile's paragraph is the profile's person
                if named is not None:
                    return self.person_name(named)
                paragraph = -1  # on into the paragraphs before
            if token.dep_ in SUBJECTS and self.is_person(token) and agrees(token):
                found.append(token)
            elif (
                named is None
                and paragraph >= 0
                and token.lower_ not in PERSON_PRONOUNS
                and self.is_person(token)
                and not birth_name(token)
            ):
                named = token if agrees(token) else None
        if found:  # the main clause's subject is what that sentence was about, not a "while"-clause's
            main = [t for t in found if _in_main_clause(t)]
            if not main:
                followed = self._followed_in(found, gender)
                if followed:
                    return followed
            subject = main[-1] if main else found[0]
            if gender is not None and subject.lower_ not in PERSON_PRONOUNS:
                acted_on = self._pronoun_object(subject.sent, gender, self.person_name(subject))
                if acted_on:
                    return acted_on  # "X nominated him ... . He is the first ...": the one the story follows
            return self.person_name(subject)
        if named is not None:
            return self.person_name(named)
        before = [e for e in self.people if e.end <= index and e.start_char >= self.body_start and agrees(e.root)]
        return self.full(self.words(before[-1]), before[-1]) if before else None

    def _sexes_pronouns_told(self, index: int) -> dict[str, str]:
        """The sex of each person whom a personal pronoun before token `index` stood for, when the article tells
        it no other way ('Ivo Stam met Eva Lund. He said ...': Ivo Stam is a man, so a later 'she' is not him); a
        person both a 'he' and a 'she' were read as stays out."""
        if index not in self._pronoun_sexes:
            told: dict[str, str] = {}
            torn: set[str] = set()
            for token in self.parsed.doc[:index]:
                sex = _GENDER.get(token.lower_)
                if sex is None or token.dep_ not in SUBJECTS | _PRONOUN_OBJECTS or token.idx < self.body_start:
                    continue
                name = self.person_before(token.i)
                if name and told.setdefault(name, sex) != sex:
                    torn.add(name)
            self._pronoun_sexes[index] = {n: s for n, s in told.items() if n not in torn}
        return self._pronoun_sexes[index]

    def _followed_in(self, found: list[Token], gender: str | None) -> str | None:
        """Whom a sentence whose person subjects all stand in subordinate clauses follows: the person a
        description as its main subject stands for ("The 19-year-old ... won, breaking X's serve"), else
        whom a pronoun subject of the pronoun's sex stands for ("a deal under which he would have
        admitted ... fell apart when X questioned it"): the story goes on about them, not about X."""
        root = found[0].sent.root
        main = next((c for c in root.children if c.dep_ in SUBJECTS), None)
        if main is not None and (self._describes_person(main) or _aged_description(main)):
            described = self._person_before(main.i, gender)
            if described:
                return described
        if gender is None:
            return None
        pronoun = next((t for t in found if _GENDER.get(t.lower_) == gender), None)
        return self.person_before(pronoun.i) if pronoun is not None else None

    def _relative_person(self, pronoun: Token) -> Token | None:
        """The person a "who" clause is about, for a subject or possessive pronoun inside that clause
        ("Ana Ruiz, who was 34 when she was appointed"; "Ruiz, who lost her seat"): the clause speaks
        of its person, so its "she" is that person. An object pronoun ("Ruiz, who beat her") is someone
        else, and a pronoun in no "who" clause (or in a "whose" one, which may be a thing's) gets None."""
        if pronoun.dep_ not in {*SUBJECTS, "poss"}:
            return None
        node = pronoun.head
        for _ in range(6):
            if node.dep_ == "relcl":
                break
            if node.head.i == node.i:
                return None
            node = node.head
        else:
            return None
        who = next((c for c in node.children if c.lower_ == "who" and c.dep_ in SUBJECTS), None)
        if who is None or who.i > pronoun.i:
            return None  # "the firm, whose board he chaired": a "whose" clause may be of a thing
        head = self.relative_head(node.head, who)
        return head if self.is_person(head) else None

    def _apposed_person(self, subject: Token) -> Token | None:
        """The person a description as a sentence's subject is set beside ("The current chief of staff, Admiral Ana
        Ruiz, has served since 2021, when she ..."): the apposition names whom the description stands for, so a
        pronoun after it in that sentence is that person, not one an earlier sentence named."""
        if not self._describes_person(subject):
            return None
        return next((c for c in subject.children if c.dep_ == "appos" and self.is_person(c)), None)

    def _describes_person(self, token: Token) -> bool:
        """A definite description of a person as a clause's subject ("the 47-year-old Irishman won"), which
        stands for someone named before, not for a name after it in its sentence."""
        definite = any(c.lower_ in DEFINITE for c in token.children)
        return definite and token.pos_ in {"NOUN", "PROPN"} and token.lower_ in _person_nouns()

    def _pronoun_object(self, sentence: Span, gender: str, named: str | None) -> str | None:
        """Whom an object pronoun of `gender` in `sentence` stands for, when it is not `named` (the
        sentence's subject): a story that names one person and calls another "him" is following the
        other, so a pronoun of the next sentence goes on meaning them. None when there is no such object."""
        for token in sentence:
            if token.lower_ in {"him", "her"} and token.dep_ != "poss" and _GENDER[token.lower_] == gender:
                meant = self.person_before(token.i)
                if meant and meant != named:
                    return meant
        return None

    def _not_meant(self, pronoun: Token) -> frozenset[str]:
        """The people a pronoun cannot stand for because its own clause names them: a subject "he"
        is none of the people its clause names after it ("he served under Berg": not Berg;
        "he said Berg had won": not Berg); an object "him" is not its verb's subject ("Berg thanked
        him": not Berg)."""
        verb = pronoun.head
        if pronoun.pos_ in {"NOUN", "ADJ"}:  # a description in a pronoun's place: "the 18-year-old"
            return self._above(pronoun)
        if pronoun.dep_ in SUBJECTS:
            own = {t.i for t in pronoun.subtree}
            named = [t for t in verb.subtree if t.i > pronoun.i and t.i not in own and t.lower_ not in PERSON_PRONOUNS]
        elif pronoun.dep_ in {"dobj", "dative"} and pronoun.lower_ in {"him", "her"}:
            named = [c for c in verb.children if c.dep_ in SUBJECTS and c.lower_ not in PERSON_PRONOUNS]
        else:
            return frozenset()
        return frozenset(name for t in named if self.is_person(t) and (name := self.person_name(t)))

    def named_in_its_clause(self, pronoun: Token, name: str) -> bool:
        """Whether "it" (or "they") cannot stand for `name` because its own clause names that thing apart
        from it (see `_things_not_meant`); names compared by their folded words, all of them: a name that
        holds the other ("Norby" in "Norby Reserve Bank") is another thing."""
        words = set(_plain(name).split())

        def same(named: str) -> bool:  # the same words: a place word inside a body's name is not the body
            return words == set(_plain(named).split())  # ("It is the oldest bank in Norby": the Norby Bank's)

        return bool(words) and any(same(named) for named in self._things_not_meant(pronoun))

    def _things_not_meant(self, pronoun: Token) -> frozenset[str]:
        """The named things "it" cannot stand for because its own clause names them, as `_not_meant` reads
        a person's pronoun: a subject "it" is none of the things its clause names after it ("It is the
        largest deal in Nordbank's history", "It carries ten instruments for the agency ORBA": neither
        Nordbank nor ORBA), but for the owner of what it is said to be ("It was Nordbank's third title":
        a fact of Nordbank's, whatever "it" is); an object "it" is not its verb's subject ("the Weather
        Bureau measured it at 7.2": not the bureau)."""
        verb = pronoun.head
        if pronoun.dep_ in SUBJECTS:
            said = [c for c in verb.children if c.dep_ == "attr"]
            owners = {t.i for a in said for p in a.children if p.dep_ == "poss" for t in p.subtree}
            own = {t.i for t in pronoun.subtree} | owners
            named = [t for t in verb.subtree if t.i > pronoun.i and t.i not in own and _in_clause_of(t, verb)]
        elif pronoun.dep_ in {"dobj", "dative"}:
            named = [c for c in verb.children if c.dep_ in SUBJECTS]
        else:
            return frozenset()
        return frozenset(self.words(self.entity_of[t.i]) for t in named if t.i in self.entity_of)

    def _above(self, noun: Token) -> frozenset[str]:
        """The people a description of a person ("the president-elect", "the 18-year-old") cannot be:
        the subjects of the clauses it stands in, its own and those above it ("Ruiz said he would meet
        the president-elect": not Ruiz, whom a pronoun would have named)."""
        found: set[str] = set()
        head = noun
        while head.head.i != head.i:
            own = head.i == noun.i
            head = head.head
            for subject in (c for c in head.children if c.dep_ in SUBJECTS and c.i != noun.i):
                if not own and subject.dep_ == "nsubjpass":
                    continue  # "X was appointed by Y, making the party leader the youngest": done to X, who may be it
                if subject.lower_ not in PERSON_PRONOUNS and self.is_person(subject):
                    found.add(self.person_name(subject) or "")
        return frozenset(found - {""})

    def _question_heading(self, start: int, end: int) -> bool:
        """A line of its own that asks a question, as a Q&A explainer's headings do ("Who is Nemo?", "What is
        it?"): it opens a paragraph, ends with a question mark and is one short sentence, no quotation."""
        line = self.text[start:end].strip()
        opens = start <= self.body_start or self.text[max(0, start - 2) : start] == "\n\n"
        return (
            opens
            and start >= self.body_start
            and line.endswith("?")
            and len(line) <= 100
            and line[:1].isupper()
            and not any(mark in line for mark in ('"', "“", "”", ". "))
        )

    def asked_about(self, index: int) -> tuple[str, bool] | None:
        """What the question heading before an answer asks about, for a token in the heading or in the
        answer's first sentence: the first entity the heading names ("Who is Nemo?\nThe singer ...": Nemo),
        or, when the heading asks about "it", the article's topic ("What is it?\nIts formal name is ...");
        with whether it is a person. None for a token anywhere else."""
        token = self.parsed.doc[index]
        line_start = self.text.rfind("\n", 0, token.idx) + 1
        line_end = self.text.find("\n", token.idx)
        line_end = len(self.text) if line_end < 0 else line_end
        heading = (line_start, line_end)
        if not self._question_heading(*heading):
            if token.sent.start_char > line_start or line_start < 2:
                return None  # not the first sentence of a line
            end = line_start - 1  # the line above, or the one above a blank line
            end = end - 1 if self.text[end - 1 : end] == "\n" else end
            heading = (self.text.rfind("\n", 0, end) + 1, end)
            if not self._question_heading(*heading):
                return None
        names = [e for e in self.named if heading[0] <= e.start_char < heading[1] and e.label_ != "NORP"]
        who = self.text[heading[0] : heading[0] + 4] == "Who "  # "Who is Nemo?" asks about a person
        if names:
            person = self.names_person(names[0]) or (who and names[0].label_ not in {"ORG", "LAW", "EVENT"})
            return (self.full(self.words(names[0]), names[0]) if person else self.words(names[0])), person
        asked = self.parsed.span_of(*heading)
        proper = [t for t in asked or () if t.i > asked.start and t.pos_ == "PROPN" and t.is_title]
        if proper:  # "Who is Prabowo?": a name the recogniser missed in a heading, the article's name for him
            name = self.full(proper[0].text)
            return name, who or name in self._body_people
        topic = self.topic
        if re.search(r"\b[Ii]t\b", self.text[heading[0] : heading[1]]) and topic and topic not in self._body_people:
            return topic, False
        return None

    def heading_over(self, index: int) -> tuple[int, tuple[str, bool]] | None:
        """The question heading an answer's paragraph stands under, for a token in the answer: where the
        heading ends and what it asks about (`asked_about`). The heading is the paragraph's first line, or
        a paragraph of its own just before ("Who is Nemo?\n\nThe singer ...")."""
        at = self.parsed.doc[index].idx
        para = self.text.rfind("\n\n", 0, at)
        para = para + 2 if para >= 0 else 0
        end = self.text.find("\n", para)
        if not 0 <= end < at or not self._question_heading(para, end):
            end = para - 2
            if end <= 0:
                return None
            para = self.text.rfind("\n", 0, end) + 1
            if not self._question_heading(para, end):
                return None
        first = self.parsed.span_of(end + 1, min(len(self.text), end + 3))
        if first is None:
            return None
        asked = self.asked_about(next((t for t in first if not t.is_space), first[0]).i)
        return (end, asked) if asked else None

    def thing_before(self, index: int) -> str | None:
        """What "it" at token `index` stands for: the last named organisation, place or thing that was a
        subject, or a subject's owner ("Tarvo's revenue rose"), before it in its paragraph ("The World
        Health Organization ... is the agency for health. Founded in 1948, it works with 194 Member
        States": the WHO); None when none was."""
        doc = self.parsed.doc
        asked = self.asked_about(index)
        if asked and not asked[1]:  # "What is it?\nIts formal name is ...": what the heading asks about
            sentence = doc[index].sent
            if not any(t.i in self.entity_of and not self.is_person(t) for t in doc[sentence.start : index]):
                return asked[0]
        paragraph = self.text.rfind("\n\n", 0, doc[index].idx)
        for token in reversed(doc[:index]):
            if token.idx < max(paragraph, self.body_start):
                break
            ent = self.entity_of.get(token.i)
            if ent is not None and self.named_in_its_clause(doc[index], self.words(ent)):
                continue  # "It is the largest deal in Nordbank's history": whatever it is, not Nordbank
            if ent is None and token.dep_ in SUBJECTS and token.sent.start < doc[index].sent.start:
                meant: str | None
                if token.pos_ == "NOUN" and any(c.lower_ in DEFINITE for c in token.children):
                    meant = self.described(token)  # "the bridge carried ... It was named for": the bridge
                elif token.pos_ == "PROPN" and not token.is_upper and not self.is_person(token):
                    # a name the recogniser missed, as subject of a sentence before ("the ship Marlow left")
                    # or one word the article writes with a capital inside its sentences ("Discover has
                    # been led since 2023 by ... Its network"): a name, though the recogniser missed it
                    named = _after_thing_noun(token) or token.text in self._capitalised_within
                    meant = self.name_of(token) or (token.text if named else None)
                else:
                    meant = ""  # no subject that names a thing: the walk goes on
                if meant is None or (meant and not self.named_in_its_clause(doc[index], meant)):
                    return meant
            if ent is None or ent.label_ in {"NORP", "DATE", "TIME"} or token.i != ent.root.i:
                continue
            if self.names_person(ent) or (token.pos_ == "NOUN" and token.tag_ == "NNS"):
                continue  # "it" is no person, nor many things: "its antennas" read as a name is not what "It" means
            # the words of its own sentence before the name; a heading the parse ran into the next line
            # ("About Vertex\nVertex is a ... company"): the words of the name's own line
            start = max(self.text.rfind("\n", 0, token.idx), self.text.rfind("\n", 0, ent.start_char), paragraph)
            before = self.text[start + 1 : max(ent.start_char, start + 1)].rsplit(". ", 1)[-1].strip()
            owns_subject = token.dep_ == "poss" and token.head.dep_ in SUBJECTS  # "Tarvo's revenue rose": Tarvo
            # a subject, its owner, or an opening name is what its sentence is about
            if token.dep_ in SUBJECTS or owns_subject or before in {"", "The", "the"}:
                return self.words(ent)
        return None

    def body_before(self, index: int) -> str | None:
        """The organisation "the company" or "the federation" at token `index` stands for: the last one
        named as a subject before it ("CrowdStrike pushes an update for the Falcon sensor. ... The
        company reverts it": CrowdStrike), else the last one named."""
        doc = self.parsed.doc
        for token in reversed(doc[:index]):
            if token.idx < self.body_start:
                break
            ent = self.entity_of.get(token.i)
            if token.dep_ in SUBJECTS and ent is not None and ent.label_ == "ORG":
                return self.words(ent)
        before = [e for e in self.named if e.label_ == "ORG" and e.end <= index and e.end_char > self.body_start]
        return self.words(before[-1]) if before else None

    # --- the subject of a clause -----------------------------------------------------------------
    def clause_subject(self, verb: Token) -> Token | None:
        """The word a clause is about, following the parse from its verb: the verb's own subject (or
        its auxiliary's); for a relative clause or a participle, the noun it describes ("a rover, which
        is designed ..."); for a verb coordinated with or hanging from another ("won ... and was
        sworn in"; "..., beating four rivals"), that verb's subject. None when the parse names none."""
        for _ in range(8):
            heads = [verb, *(c for c in verb.children if c.dep_ in {"aux", "auxpass"})]
            subject = next((c for h in heads for c in h.children if c.dep_ in SUBJECTS), None)
            if subject is not None:
                if subject.tag_ in {"WDT", "WP"} and verb.dep_ == "relcl":
                    return self.relative_head(verb.head, subject)  # "the party, which won 31 seats": the party
                return subject
            if verb.dep_ in {"relcl", "acl"}:
                return verb.head
            if verb.dep_ not in {"conj", "advcl", "xcomp"} or verb.head.i == verb.i:
                return None
            verb = verb.head
        return None

    def relative_head(self, head: Token, relative: Token) -> Token:
        """The noun a relative clause is about, where the parse hung it on the nearest noun: "who"
        is said of a person and "which" of a thing, so "the party of Ana Ruiz, which won 16 seats" is
        the party's and "Ana Ruiz of the Green alliance, who came third" is Ana Ruiz's; and a clause
        on an appositive ("Ana Ruiz, a Liberal who ...") is about the name the appositive describes."""
        person = self.is_person(head)
        if (relative.lower_ in {"who", "whom"} and not person) or (relative.lower_ == "which" and person):
            node = head
            while node.dep_ == "pobj" and node.head.dep_ == "prep" and node.head.head.pos_ in {"NOUN", "PROPN"}:
                node = node.head.head
                if self.is_person(node) != person:
                    return node
            # "Ana Ruiz, director of the Norby Fund, who ...": the post's holder the appositive describes
            if node is not head and node.dep_ == "appos" and relative.lower_ in {"who", "whom"}:
                head = node
        described = first_conjunct(head)  # "Ana Ruiz, a lawyer and former minister, who": the lawyer, Ana Ruiz
        if described.dep_ == "appos" and not person and described.head.i in self.entity_of:
            return described.head
        return head

    def subject_at(self, char: int) -> str | None:
        """The named entity the clause whose verb is written at character `char` is about (see
        `clause_subject` and `name_of`): "Greta Holm won best director, and Peter Vance was named best
        actor on 3 April" dates Peter Vance's naming, not Greta Holm's. None when the parse is unsure."""
        subject = self._subject_word_at(char)
        return self.name_of(subject) if subject is not None else None

    def person_described_at(self, char: int) -> tuple[str, int] | None:
        """The person the subject of the clause whose verb is at `char` describes by a role the article
        called them by before ("Norby's seventh president has held the office since ..." after "President
        Ana Bell"): Ana Bell, not Norby, with where the description's words begin (they name the subject as
        the sentence does). None for a subject that is no role noun, or a role no one was called by."""
        subject = self._subject_word_at(char)
        called = self.called_by_role(subject) if subject is not None else None
        return (called, subject.left_edge.idx) if called is not None and subject is not None else None

    def called_by_role(self, noun: Token) -> str | None:
        """The person a role noun stands for ("Norby's seventh president", "the bank's governor"): the one the
        article last called by it, when that title is the same post: the same qualifiers ("Deputy Governor X" is
        not "the bank's governor") and no other owner named ("President X of Vestria" is not Norby's president).
        None for a noun that names no role, an indefinite one ("A former vice-president, X became ...": what X
        was, no one pointed back to), a role no one was called by, or one whose title names another post."""
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _role_words():
            return None
        if not any(c.lower_ in DEFINITE or c.dep_ == "poss" for c in noun.children):
            return None
        words = {noun.lemma_.lower(), noun.lower_}
        before = (e for e in reversed(self.people) if e.end <= noun.i and e.start_char >= self.body_start)
        ent = next((e for e in before if self._called(e, words)), None)
        if ent is None or not self._same_post(noun, ent):
            return None
        return self.full(self.words(ent), ent)

    def _same_post(self, noun: Token, ent: Span) -> bool:
        """Whether the title a person was called by ("Deputy Governor Ana Bell of the Norby Reserve Bank",
        "Vestrian President Ana Bell", "Ana Bell, the president of Vestria,") may be the post a role noun names
        ("the bank's governor", "Norby's president"): the same qualifiers (verify.offices), and the noun's named
        owner among the places and bodies the title names, when it names any (a demonym as its country)."""
        from verify.offices import qualifiers  # the offices module reads lexicons the parse's readers need not

        doc = ent.doc
        first = ent.start
        while first > max(0, ent.start - 3) and doc[first - 1].pos_ in {"PROPN", "NOUN", "ADJ"}:
            first -= 1  # "Deputy Governor Ana Bell": the title before the name
        heads = [c for c in ent.root.children if (c.dep_ == "prep" and c.lower_ == "of") or c.dep_ == "appos"]
        after = [t for c in heads for t in c.subtree]
        title = [*doc[first : ent.start], *after]  # "... of the Norby Reserve Bank", ", the president of Vestria,"
        if ent.root.dep_ == "appos":  # "Vestria's president, Ana Bell,": the noun the name is set beside
            title += [t for t in ent.root.head.subtree if t.i < ent.start]
        phrase = doc[noun.left_edge.i : noun.i + 1]
        if qualifiers(aliases.fold(" ".join(t.text for t in title))) != qualifiers(aliases.fold(phrase.text)):
            return False
        owner = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        named = [t for t in title if t.ent_type_ in _OWNERS or (t in after and t.pos_ == "PROPN")]
        if owner is None or not named:
            return True
        return _owner_key(owner.text) in {_owner_key(t.text) for t in named}

    def _subject_word_at(self, char: int) -> Token | None:
        """The subject word of the clause whose verb is written at `char`, in the article's body."""
        span = self.parsed.span_of(char, char + 1)
        if span is None:
            return None
        verb = span[0]
        while (verb.pos_ not in {"VERB", "AUX"} or verb.dep_ in {"aux", "auxpass"}) and verb.head.i != verb.i:
            verb = verb.head  # "was named": the verb "was" helps
        subject = self.clause_subject(verb) if verb.pos_ in {"VERB", "AUX"} else None
        return subject if subject is not None and subject.idx >= self.body_start else None

    def name_of(self, token: Token) -> str | None:
        """The named entity a subject word stands for: a name (a person's in full, an acronym spelled
        out), whom a pronoun stands for, the name set beside a noun ("her successor, Ana Ruiz"), the
        entity a definite description points back to; None for anything else."""
        if token.lower_ in PERSON_PRONOUNS:
            return self.person_before(token.i)
        if token.lower_ == "it":
            return self.thing_before(token.i)
        if token.i in self.unlabelled_people:
            return self.unlabelled_people[token.i]
        ent = self.entity_of.get(token.i)
        if ent is not None:
            if self.names_person(ent):
                return self.full(self.words(ent), ent)
            return self.expand(self.words(ent)) if ent.label_ not in {"NORP"} else None
        beside = next((c for c in token.children if c.dep_ == "appos" and c.i in self.entity_of), None)
        if beside is not None:
            return self.name_of(beside)
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        if (
            owner is not None
            and owner.tag_ == "WP$"
            and token.pos_ == "NOUN"
            and token.lemma_.lower() not in _role_words()
        ):
            # "Ivo Stam, whose term there ran from ...": a thing of the name the relative clause hangs on
            head = self.antecedent(owner)
            return self.name_of(head) if head is not None and head.i != token.i else None
        if owner is not None and token.pos_ == "NOUN" and token.lemma_.lower() not in _role_words():
            return self.name_of(owner)  # "Nordbank's listing took effect": a thing of Nordbank's
        if token.pos_ == "PROPN" and not token.is_upper:  # a name the recogniser missed, with its words before it
            names = [c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
            names = [c for c in names if _NAME_RUN.fullmatch(self.text[c.idx : token.idx])]
            return self.text[names[0].idx : token.idx + len(token)] if names else None  # a lone word: unsure
        if token.pos_ != "NOUN" or token.lemma_.lower() in _role_words():
            return None  # "the minister": a person the pattern readers know better than a name ending in the noun
        return self.described(token)

    def antecedent(self, relative: Token) -> Token | None:
        """The word a relative pronoun stands for: the noun its clause is attached to ("Ana Ruiz, whose
        12 titles stood as the record": Ana Ruiz); None for any other word or when the parse attached
        the clause to no noun."""
        if relative.lower_ not in {"whose", "who", "whom", "which"}:
            return None
        node = relative
        while node.dep_ != "relcl" and node.head.i != node.i:
            node = node.head
        head = node.head
        return head if node.dep_ == "relcl" and head.pos_ in {"NOUN", "PROPN"} else None

    def holder(self, noun: Token) -> str | None:
        """The person a role noun is said of ("X was sworn in as Peru's ninth president", "X became the
        party's first leader", "X, the club's first coach"): a fact of the person, not of the noun's
        owner. None for a noun that names no role or calling (verify/lexicons/titles.toml), or when the
        clause's subject is no person."""
        if noun.lemma_.lower() not in _role_words():
            return None
        if noun.dep_ == "appos":
            subject: Token | None = noun.head
        elif noun.dep_ in {"attr", "oprd"} or (noun.dep_ == "pobj" and noun.head.lower_ == "as"):
            verb = noun.head if noun.dep_ != "pobj" else noun.head.head
            subject = self.clause_subject(verb) if verb.pos_ in {"VERB", "AUX"} else None
        else:
            return None
        if subject is None or not self.is_person(subject):
            return None
        return self.person_name(subject)

    # --- descriptions ---------------------------------------------------------------------------
    def described(self, noun: Token) -> str | None:
        """The named entity a definite (or bare plural) description stands for: the last one named
        before it whose name ends in its noun, or in the noun of the body its members form; else
        the thing named by the same noun earlier ("the lander" after "the Vikram lander": "Vikram lander").
        Asked once per noun: several readers ask of the same description."""
        if noun.i not in self._descriptions:
            self._descriptions[noun.i] = self._described(noun)
        return self._descriptions[noun.i]

    def _described(self, noun: Token) -> str | None:
        if noun.i in self._unnamed:
            return self._unnamed[noun.i]  # "An earthquake struck ...": the event the lede leaves unnamed
        if noun.pos_ != "NOUN":
            return None
        definite = any(c.lower_ in DEFINITE or c.dep_ == "poss" for c in noun.children)
        if (not definite and noun.tag_ != "NNS") or ranked(noun):
            return None
        topic = self.event_named(noun, topic=True)
        if topic:
            return topic  # "the quake": the headline's earthquake, before one the body compares it with
        lemma = noun.lemma_.lower()
        if lemma in _country_nouns():  # "the country"; "four countries bordering it" are none named before
            return self.country_meant(noun) if noun.tag_ == "NN" else None
        heads = {lemma, noun.lower_}
        body = _member_bodies().get(lemma) or _member_bodies().get(noun.lower_)
        if body:
            heads.add(body)
        heads.update(_described_as().get(lemma, ()))  # "the award" after "the Nobel Prize in Physics"
        said = {  # "the appeals court"; not the words of a count before it ("the 11 million kronor award")
            c.lower_ for c in noun.lefts if c.dep_ == "compound" and c.pos_ == "NOUN" and c.ent_type_ not in AMOUNTS
        }
        ending = sorted({k for head in heads for k in self._named_by_end.get(head, ())}, reverse=True)
        for ent, plain, _ends in (self._named_words[k] for k in ending):  # the names ending in its words, last first
            if ent.end > noun.i or ent.end_char <= self.body_start:
                continue
            if said and not said <= plain:
                continue  # "the appeals court" is not the Supreme Court named before
            if len(ent) > 1:
                return self.words(ent)
        earlier_nouns = {i for head in heads for i in self._nouns_by_word.get(head, ()) if i < noun.i}
        for earlier in (noun.doc[i] for i in sorted(earlier_nouns, reverse=True)):  # nearest first
            if earlier.idx < self.body_start:
                break
            if earlier.pos_ in {"NOUN", "PROPN"} and (earlier.lemma_.lower() in heads or earlier.lower_ in heads):
                # the run from its first word: "the OSIRIS-REx spacecraft", not "REx spacecraft"
                names = [c.left_edge for c in earlier.lefts if c.dep_ == "compound" and c.text[:1].isupper()]
                names = [c for c in names if _name_before(self.text[c.idx : earlier.idx])]
                name = self.text[names[0].idx : earlier.idx + len(earlier)] if names else ""
                name = name or self._opened_name(earlier, noun)
                if name and said <= set(_plain(name).split()):
                    return name
        return self.event_named(noun)

    def _opened_name(self, earlier: Token, noun: Token) -> str:
        """The name a capitalised noun opens, for a description by that noun ("the camp" after "Camp Mystic", "the
        port" after "the Port of Baltimore"): the proper nouns it is a word of, or the "of" phrase naming which;
        "" for a person's noun ("the president" is not "President of Armenia", whoever held it) or none such."""
        if earlier.pos_ != "PROPN" or not earlier.is_title or noun.lemma_.lower() in _person_nouns():
            return ""
        before = earlier.nbor(-1) if earlier.i else None  # the noun must open the name, not stand inside one:
        if before is not None and (before.is_title or (before.pos_ == "ADP" and before.head.pos_ == "PROPN")):
            return ""  # "Venice Film Festival", "Centers for Disease Control" are no film's, no disease's
        head = earlier.head
        if earlier.dep_ == "compound" and head.pos_ == "PROPN" and head.i > earlier.i and head.text[:1].isupper():
            return self.text[earlier.idx : head.idx + len(head)]  # "Camp Mystic", "Lake Tahoe"
        which = [p for prep in earlier.children if prep.lower_ == "of" for p in prep.children if p.dep_ == "pobj"]
        if which and which[0].pos_ == "PROPN" and which[0].text[:1].isupper():
            end = which[0].right_edge
            return self.text[earlier.idx : end.idx + len(end)]  # "the Port of Baltimore"
        return ""

    def of_its_sort(self, noun: Token) -> str | None:
        """The thing named before a description that the article calls by a noun of the description's sort
        (`_sorts_of_things`): "The spacecraft stayed stable" after "Peregrine Mission One was a robotic lander",
        "The company said" after "Astrobotic Technology, a Pittsburgh company": the nearest named in its paragraph
        or the one before. None when none so called was named there (further back, "the spacecraft" may as well
        be a whole another paragraph named a part of, "the album" one the story has not named)."""
        nouns = _sorts_of_things().get(noun.lemma_.lower(), frozenset({noun.lemma_.lower()}))
        paragraph = self.text.rfind("\n\n", 0, noun.idx)
        since = max(self.text.rfind("\n\n", 0, paragraph), self.body_start) if paragraph > 0 else self.body_start
        # its own paragraph naming things before it ('Wiz was founded ... the company now runs'), one of them may be
        # meant though no noun of the sort was said of it: neither the paragraph before nor the headline is asked
        own = any(ent.end <= noun.i and ent.start_char > paragraph for ent, _ in self._things_called)
        since = max(paragraph, self.body_start) if own else since
        for ent, words in reversed(self._things_called):
            if ent.end <= noun.i and ent.start_char >= since and not nouns.isdisjoint(self._called_by[words]):
                return words
        if own:
            return None
        # none so near: the one thing of its sort the headline names, the story's own ("A piece of asteroid Bennu
        # is on Earth" ... "The asteroid, about 1,720 feet across")
        headline = {
            words
            for ent, words in self._things_called
            if ent.end_char <= self.body_start and not nouns.isdisjoint(self._called_by[words])
        }
        return headline.pop() if len(headline) == 1 else None

    def defined_as(self, noun: Token) -> str | None:
        """The nearest named thing before a description that the body itself said is one of the description's
        sort: set beside it ("Odysseus, a six-legged Nova-C lander") or said of it by 'be' ("Peregrine Mission One
        was a robotic lander"); a name written before the noun ("Astrobotic Technology's Peregrine lander") only
        mentions one in passing. None when the body defined nothing so."""
        nouns = _sorts_of_things().get(noun.lemma_.lower(), frozenset({noun.lemma_.lower()}))
        for ent, words in reversed(self._things_called):
            if ent.end <= noun.i and ent.start_char >= self.body_start and not nouns.isdisjoint(self._defined[words]):
                return words
        return None

    @functools.cached_property
    def _defined(self) -> dict[str, frozenset[str]]:
        """Each named thing's words -> the common nouns the body defines it by (`_called_by`'s apposition and
        'be' readings, without a noun written after or before its name)."""
        defined: dict[str, set[str]] = {}
        for ent, words in self._things_called:
            root = ent.root
            nouns = [c for c in root.children if c.dep_ == "appos"]
            if root.dep_ == "appos":
                nouns.append(root.head)
            defined.setdefault(words, set()).update(_thing_nouns(root, nouns))
        return {words: frozenset(found) for words, found in defined.items()}

    @functools.cached_property
    def _things_called(self) -> tuple[tuple[Span, str], ...]:
        """Each mention of a named thing (no person, people or place), with its words, in order: the recogniser's
        names, and the runs of proper nouns it did not take for one ("Tessa-2, a robotic lander")."""
        people = {e.start for e in self.people}
        found = [
            ent
            for ent in self.named
            # a 'person' the article calls a firm ('Norby Steelworks, a steel company') is a thing
            if (ent.start not in people and (ent.label_ not in _NOT_THINGS or _body_beside(ent))) or _thing_beside(ent)
        ]
        doc = self.parsed.doc
        for token in self.parsed.tokens():
            if token.pos_ != "PROPN" or token.i in self.entity_of or not token.text[:1].isupper():
                continue
            if token.dep_ == "compound" and token.head.pos_ == "PROPN":
                continue  # a word of the run its head ends
            start = token.i
            while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].pos_ == "PROPN":
                start -= 1
            if not any(t.i in self.entity_of for t in doc[start : token.i + 1]):
                found.append(doc[start : token.i + 1])
        found.sort(key=lambda span: span.start)
        return tuple((span, self.words(span)) for span in found)

    @functools.cached_property
    def _called_by(self) -> dict[str, frozenset[str]]:
        """Each named thing's words -> the common nouns the article calls it by: one written after its name
        ("the Peregrine lander", not a body's or a place's: "NASA instruments") or before it ("the asteroid
        Apophis"), set beside it by commas ("Astrobotic Technology, a Pittsburgh company") or said of it by 'be'
        ("Peregrine Mission One was a robotic lander"); no noun of a person's calling."""
        called: dict[str, set[str]] = {}
        for ent, words in self._things_called:
            root = ent.root
            nouns = [c for c in root.children if c.dep_ == "appos" or (c.dep_ == "compound" and c.i < ent.start)]
            after = root.dep_ == "compound" and root.head.i >= ent.end and ent.label_ not in _OWNERS
            if root.dep_ == "appos" or after:  # not "NASA instruments", "Mars missions": what a body makes, where to
                nouns.append(root.head)
            called.setdefault(words, set()).update(_thing_nouns(root, nouns))
        return {words: frozenset(found) for words, found in called.items()}

    @functools.cached_property
    def _named_words(self) -> tuple[tuple[Span, frozenset[str], frozenset[str]], ...]:
        """Each named entity with its folded words and the words it ends in (the lemma and the lower-cased
        form of its last word and of its root), read once: every description looks back over them all."""
        return tuple(
            (
                ent,
                frozenset(_plain(ent.text).split()),
                frozenset(w for t in (ent[-1], ent.root) for w in (t.lemma_.lower(), t.lower_)),
            )
            for ent in self.named
        )

    @functools.cached_property
    def _named_by_end(self) -> dict[str, list[int]]:
        """The places in `_named_words` of the names ending in each word: a description reads only the names
        ending in its own words, not every name of the article."""
        index: dict[str, list[int]] = {}
        for k, (_ent, _plain, ends) in enumerate(self._named_words):
            for word in ends:
                index.setdefault(word, []).append(k)
        return index

    def country_of_noun(self, noun: Token) -> str | None:
        """`country_meant` for a singular country noun ("the country's prime minister"), None for any other word;
        without a headline's country, the first the sentence naming the last one names: the one it is about
        ("Estonia closed its border with Russia. The country's prime minister": Estonia's, not Russia's)."""
        if noun.lemma_.lower() not in _country_nouns() or noun.tag_ != "NN":
            return None
        return self.country_meant(noun, first_of_the_sentence=True)

    def country_meant(self, noun: Token, first_of_the_sentence: bool = False) -> str | None:
        """The country "the country" or "the nation" stands for: the one the headline names (the article
        is about it), else the last one named before it ("Derna ... in Libya. ... the country": Libya, not
        the city), or (`first_of_the_sentence`) the first its sentence names; a country by the lexicons
        (verify/lexicons/countries.toml: its entries and `sovereign`)."""
        headline = [name for name in self._headline_names if _sovereign(name)]
        if headline:
            return headline[0]
        before = [e for e in self.named if e.end <= noun.i and e.end_char > self.body_start]
        countries = [e for e in before if _sovereign(self.words(e))]
        if not countries:
            return None
        last = countries[-1]
        if first_of_the_sentence:
            last = next(e for e in countries if e.sent == last.sent)
        return self.words(last)

    def place_meant(self, noun: Token) -> str | None:
        """The place "the city" or "the town" stands for: a place within a country the headline names (the story
        is in it, though its topic be the event that struck it: "Korvik flood: ..."), else the last such place
        named before it in the body; never a country (`country_meant`'s) nor the story's event. None for other
        nouns, an undetermined one ("a city"), or when no such place was named."""
        if noun.lemma_.lower() not in _town_nouns() or not any(c.lower_ in DEFINITE for c in noun.children):
            return None
        headline = [name for name in self._headline_names if self._a_place(name) and not _sovereign(name)]
        if headline:
            return headline[0]
        before = [e for e in self.named if e.end <= noun.i and e.end_char > self.body_start]
        # a place named for itself, not one that only qualifies another word ("The Atlanta-based railroad")
        places = [e for e in before if e.label_ == "GPE" and e.root.dep_ not in _QUALIFIERS]
        places = [e for e in places if not _sovereign(self.words(e))]
        return self.words(places[-1]) if places else None

    def event_named(self, noun: Token, topic: bool = False) -> str | None:
        """The event a definite noun for one stands for ("the quake", "the vote", "Sunday's vote"): an
        event of its sort the article gave a name to before it ("Varnia earthquake", "Marovia's
        presidential election"; verify/lexicons/names.toml `events`): the headline's, the article's
        topic, else (unless `topic`) the nearest named before. None for other nouns, or when none of
        that sort was named."""
        if noun.i in self._unnamed:
            return self._unnamed[noun.i]  # "A strong quake hit ...": the lede's unnamed event
        if not any(c.lower_ in DEFINITE or c.dep_ == "poss" for c in noun.children):
            return None
        own = self._event_name(noun) if noun.lower_ in _event_sorts() or noun.lemma_.lower() in _event_sorts() else None
        event = own or self.event_before(noun, topic)  # "the Kestro earthquake" is that one, not the headline's
        if event and not own and (about := _own_complement(noun)) and about.text not in event:
            return None  # "the vote on the budget", "the trial of two nurses": another event than the named one
        return event

    def event_before(self, noun: Token, topic: bool = False) -> str | None:
        """The event of the sort of `noun` named before it (see `event_named`): the headline's, else
        (unless `topic`) the nearest; `noun` itself when it names one ("Marovia's presidential election")."""
        sort = _sort_of(noun)
        if sort is None:
            story = events.any_event_noun(noun) and [n for at, n in self._unnamed.items() if at <= noun.i]
            return story[0] if story else None  # "the disaster": the event the headline or lede reported
        named = [(at, name) for at, name in self._events.get(sort, ()) if at <= noun.i]
        headline = [name for at, name in named if self.parsed.doc[at].idx < self.body_start]
        if topic or headline:
            return headline[0] if headline else None
        return named[-1][1] if named else None  # no event in the headline: the nearest named

    @functools.cached_property
    def _events(self) -> dict[str, list[tuple[int, str]]]:
        """Each sort of event -> where the article names one, and the name (see `_event_name`), in order;
        not in a headline written in Title Case, where the parse reads every word as a name."""
        headline = self.text[: self.body_start]
        title_case = not any(w[0].islower() for w in re.findall(r"\b[A-Za-z]{4,}\b", headline))
        found: dict[str, list[tuple[int, str]]] = {}
        for token in self.parsed.doc:
            sort = _event_sorts().get(token.lower_) or _event_sorts().get(token.lemma_.lower())
            if sort is None or token.pos_ not in {"NOUN", "PROPN"} or token.ent_type_ in _NOT_EVENTS:
                continue  # "Cal Fire" is an agency
            if (token.idx >= self.body_start or not title_case) and (name := self._event_name(token)):
                found.setdefault(sort, []).append((token.i, name))
        for at, name in self._unnamed.items():  # a Title Case headline's, a noun of no sort above ("referendum")
            token = self.parsed.doc[at]
            sort = _sort_of(token)
            if sort and (at, name) not in found.get(sort, ()):
                found[sort] = sorted([*found.get(sort, ()), (at, name)])
        return found

    def event_title(self, noun: Token) -> str | None:
        """The reference title of the unnamed event a noun of the headline or lede reports ("A strong
        earthquake struck ..."), else None (see `_unnamed`)."""
        return self._unnamed.get(noun.i)

    @functools.cached_property
    def titled_events(self) -> frozenset[str]:
        """The names this module gives events the story leaves unnamed, and the name a headline gives its event
        (`_headline_event`): trusted as owners, though the body never writes them."""
        return frozenset(self._unnamed.values()) | ({self._headline_event} if self._headline_event else set())

    @functools.cached_property
    def _unnamed(self) -> dict[int, str]:
        """Where the headline or lede reports an event it gives no proper name, and the name a reference
        work gives it ("2024 Ruritania earthquake"; verify.nlp.events)."""
        return events.unnamed_events(self)

    def _event_name(self, noun: Token) -> str | None:
        """The words that name an event before its noun, from the first proper name among them: "Varnia
        earthquake", "Marovia's presidential election" ("the deadly Varnia earthquake" and "Varnia's
        strongest earthquake" drop the words that judge or rank it). None when no proper name is said.
        An event the story leaves unnamed but for its place has a reference work's name (`_unnamed`)."""
        if noun.i in self._unnamed:
            return self._unnamed[noun.i]
        words: list[Token] = []
        for child in (c for c in noun.lefts if c.dep_ in {"compound", "poss", "amod", "nmod", "npadvmod"}):
            words.extend(child.subtree)
        proper = next((i for i, t in enumerate(words) if t.pos_ == "PROPN" and t.ent_type_ not in _TIMES), None)
        if proper is None:
            return None
        kept = [
            t
            for t in words[proper:]
            if t.tag_ not in {"JJS", "RBS", "JJR", "RBR", "DT", "PRP$", "WP$", "CD"}
            and t.ent_type_ not in {"ORDINAL", *_TIMES}
            and (not t.is_punct or t.tag_ == "POS")
        ]
        text = "".join(t.text_with_ws if t.nbor(1).tag_ != "POS" else t.text for t in kept)
        return f"{text.strip()} {noun.text}".replace("\n", " ") if kept else None

    def affiliation(self, noun: Token) -> str | None:
        """The organisation "his party" or "her company" stands for: the one the person the pronoun
        means is said to lead or belong to by an appositive ("Nigel Farage, the leader of Reform UK, ...
        and his party": Reform UK); None for other nouns, or when no such appositive was written."""
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _bodies():
            return None
        possessor = next((c for c in noun.children if c.dep_ == "poss" and c.lower_ in {"his", "her"}), None)
        person = self.person_before(possessor.i) if possessor is not None else None
        for ent in reversed(self.people) if person else ():
            if ent.end > noun.i or ent.start_char < self.body_start or self.full(self.words(ent)) != person:
                continue
            for role in (c for c in ent.root.children if c.dep_ == "appos"):
                for pobj in (p for prep in role.children if prep.lower_ == "of" for p in prep.children):
                    if pobj.dep_ == "pobj" and pobj.pos_ == "PROPN":
                        names = [c for c in pobj.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
                        return self.text[(names[0] if names else pobj).idx : pobj.idx + len(pobj)]
        return None

    def description_words(self, noun: Token) -> str | None:
        """A definite description that names its thing by its own words, when no entity named before
        fits it: "the appeals court" (None for a bare "the court", which says nothing of which)."""
        if not any(c.lower_ in DEFINITE for c in noun.children):
            return None
        said = [c for c in noun.lefts if c.dep_ == "compound" and c.pos_ == "NOUN"]
        return self.text[said[0].idx : noun.idx + len(noun)] if said else None

    def bearer(self, noun: Token) -> str | None:
        """What an attribute noun is of: the last thing named before it by one of the nouns it can be of,
        with the words that say which ("Turnout" after "won Taiwan's presidential election": "Taiwan's
        presidential election"); None for other nouns or when none was named."""
        bearers = _attributes().get(noun.lower_) or _attributes().get(noun.lemma_.lower())
        if not bearers:
            return None
        for earlier in reversed(noun.doc[: noun.i]):
            if earlier.idx < self.body_start:
                break
            if earlier.pos_ == "NOUN" and earlier.lower_ in bearers:  # the word itself: "5,586,019 votes" are no vote
                event = self.event_before(earlier)
                if event:
                    return event  # "Sunday's vote. Turnout was 61 percent": the election the article named
                which = [c.left_edge for c in earlier.lefts if c.dep_ in {"poss", "amod", "compound", "nmod", "nummod"}]
                first = min(which, key=lambda t: t.i, default=earlier)
                return _NAME_EDGE.sub("", self.text[first.idx : earlier.idx + len(earlier)]).strip() or None
        return None

    @functools.cached_property
    def _nouns_by_word(self) -> dict[str, list[int]]:
        """Nouns and proper nouns by lemma and by lower-cased word: an index, so `described` need not
        walk back over every token of the article for each description."""
        index: dict[str, list[int]] = {}
        for token in self.parsed.tokens():
            if token.pos_ in {"NOUN", "PROPN"}:
                for word in {token.lemma_.lower(), token.lower_}:
                    index.setdefault(word, []).append(token.i)
        return index

    @functools.cached_property
    def topic_person(self) -> str | None:
        """The topic, when it is a person the body names ("Geoffrey Hinton, the AI pioneer ...")."""
        topic = self.topic
        return topic if topic in self._body_people else None

    @functools.cached_property
    def _body_people(self) -> frozenset[str]:
        people = {self.full(self.words(e)) for e in self.people if e.end_char > self.body_start}
        return frozenset(people | set(self.unlabelled_people.values()))

    def headline_person(self, gender: str | None) -> str | None:
        """The person the headline names (the body too) whom a pronoun of `gender` can mean: the first
        of them the article tells is of that sex, else the first of unknown sex. A headline that leads
        with a place or a work ("From Lisbon to the Fund: Ana Reis takes charge") still has its person.
        A person the headline names in full is meant before the kin it names only by the surname they
        share ("Jury convicts Ana Reis": not her father Rui Reis, whatever the article tells of his sex)."""
        people = [name for name in self._headline_names if name in self._body_people]
        headline = f" {_plain(self.text[: self.body_start])} "
        full = {_plain(name).split()[-1]: name for name in people if f" {_plain(name)} " in headline}
        people = [name for name in people if full.get(_plain(name).split()[-1], name) == name]
        if gender is not None:
            told = [name for name in people if self.genders.get(name) == gender]
            people = told or [name for name in people if name not in self.genders]
        return people[0] if people else None

    # --- short forms ---------------------------------------------------------------------------
    @functools.cached_property
    def short_forms(self) -> dict[str, str]:
        """Each acronym the article uses -> the name it stands for: the name written before it in
        brackets ("the Taiwan People's Party (TPP)"), else a name whose capitalised words it is the
        initials of ("the DPP" after "the Democratic Progressive Party")."""
        found: dict[str, str] = {}
        for m in _BRACKETED.finditer(self.text):
            before = self.parsed.span_of(max(0, m.start() - 1), m.start())
            if before is None:
                continue
            ent = self.entity_of.get(before[-1].i)
            if ent is not None and ent.end_char == m.start():
                full = self.words(ent)
                if ent.label_ in {"GPE", "LOC"} and not _place_initialled(full, m["short"]):
                    continue  # "Los Angeles (AP)": the agency after a dateline, not the place's letters
                found.setdefault(m["short"], full)
            elif run := _initialled_run(self.text[: m.start()], m["short"]):
                found.setdefault(m["short"], run)  # a name the recogniser missed or ran into the bracket
        for ent in self.named:  # "UBS Group AG ... UBS": the company's own short name, before any initials
            words = self.words(ent).split()
            if ent.label_ == "ORG" and len(words) > 1 and all(w.lower() in _legal_forms() for w in words[1:]):
                found.setdefault(words[0], self.words(ent))
        for ent in self.named:
            if len(short := aliases.initials(self.words(ent))) >= 2:
                found.setdefault(short, self.words(ent))
        return found

    def expand(self, name: str) -> str:
        """A name in full: an acronym the article defines or spells out ("ICJ": "International Court of
        Justice"), or a body's members' plural the article has named in full ("the Conservatives": the
        Conservative Party; see `members_of`)."""
        if name.isupper() and 2 <= len(name) <= 6:
            return self.short_forms.get(name, name)
        return self.members_of(name) or self.joined_forms.get(name) or name

    @functools.cached_property
    def joined_forms(self) -> dict[str, str]:
        """A company's name written as one word ("ExxonMobil") -> the name the article gives it with its
        words apart ("Exxon Mobil Corporation"): one company, which a press release names both ways."""
        found: dict[str, str] = {}
        for ent in self.named:
            words = self.words(ent).split()
            core = [w for w in words if w.lower() not in _legal_forms()]
            if ent.label_ != "ORG" or len(core) < 2 or not all(w[:1].isupper() for w in core):
                continue
            joined = "".join(core)
            if joined in self.text and re.search(rf"(?<![\w-]){re.escape(joined)}(?![\w-])", self.text):
                found.setdefault(joined, self.words(ent))
        return found

    def members_of(self, name: str) -> str | None:
        """The body a one-word plural stands for ("Conservatives", "Greens"): a name of two or more
        words the article gives, that opens with the word's singular and ends in a body's noun
        ("Conservative Party"; verify/lexicons/titles.toml `bodies`). None for any other word."""
        if " " in name or not name[:1].isupper() or not name.endswith("s") or len(name) < 5:
            return None
        singular = _plain(name[:-1])
        for ent in self.named:
            words = _plain(self.words(ent)).split()
            if ent.label_ in {"ORG", "NORP"} and len(words) >= 2 and words[0] == singular and words[-1] in _bodies():
                return self.words(ent)
        return None

    # --- the article's topic --------------------------------------------------------------------
    @functools.cached_property
    def topic(self) -> str | None:
        """The entity the headline names and the body names too, in the body's fullest form: the one
        the headline names first, the body's most named on a tie ("Trump convicted ..." -> "Donald
        Trump"; "Notre-Dame reopens" -> "Notre-Dame de Paris"; "Helene death toll passes 200" ->
        "Hurricane Helene", a name the recogniser missed)."""
        ranked = self._headline_names
        story = next(iter(self._unnamed.values()), None) or self._headline_event
        thing = ranked and self._articled(ranked[0])  # "When the Guaíba came in: X after the floods": no one's
        if story and (not ranked or thing or self._a_place(ranked[0]) or events.titled_noun_word(ranked[0])):
            return story  # "Quake kills nine in Ruritania": the earthquake's facts, not the country's
        return ranked[0] if ranked else None

    @functools.cached_property
    def _headline_event(self) -> str | None:
        """The event a sentence-case headline names by a proper name of its own, without the possessor before
        it ("Hong Kong's Tai Po fire: ..." -> "Tai Po fire"): a story of that event, like one of an event it
        leaves unnamed, is about the event, not the place that owns it."""
        for at, name in sorted(at_name for named in self._events.values() for at_name in named):
            if self.parsed.doc[at].idx >= self.body_start:
                break
            own = re.sub(r"^.*['’]s\s+", "", name)
            return own if own[:1].isupper() else None  # "Marovia's election": a place's, no name of its own
        return None

    def _articled(self, name: str) -> bool:
        """Whether the article writes a one-word name only after "the" ("the Guaíba", "the Danube"): a
        river's or a place's, never a person's, whatever sort the recogniser gave it. A name it reads as
        a body somewhere ("the Fed", "the Kremlin") is an organisation's, which keeps its facts."""
        if " " in name or any(e.label_ in {"ORG", "NORP"} and self.words(e) == name for e in self.named):
            return False
        said = list(re.finditer(rf"(\w+)\s+{re.escape(name)}\b", self.text[self.body_start :]))
        return bool(said) and all(m[1].lower() == "the" for m in said)

    def _a_place(self, name: str) -> bool:
        """Whether a name is a place's: a country, or a place the recogniser found."""
        return _sovereign(name) or any(e.label_ in {"GPE", "LOC"} and self.words(e) == name for e in self.named)

    @functools.cached_property
    def _headline_names(self) -> list[str]:
        """The names the headline gives that the body gives too, the topic's order (see `topic`)."""
        headline = self.text[: self.body_start]
        if not headline.strip():
            return []
        folded = f" {_plain(headline)} "
        written = {w for cap in re.findall(r"[A-Z][\w'’-]+", headline) for w in _plain(cap).split()}  # capitalised
        sentence_case = any(w[0].islower() for w in re.findall(r"\b[A-Za-z]{4,}\b", headline))
        # (a possessor, where, another's, -mentions, -length, name)
        found: list[tuple[bool, int, bool, int, int, str]] = []
        for name, mentions in self._body_names().items():
            words = _plain(name).split()
            # "Trump", "Notre-Dame", "Lai"; not a joining word ("the" of a long name is in every headline)
            keys = [" ".join(words)] + [w for w in words if len(w) > 2 and w in written and w not in _RUN_JOINS]
            at = min((folded.find(f" {k} ") for k in keys if f" {k} " in folded), default=-1)
            if at < 0:
                continue
            # a name after the possessive (case-sensitive: "Trump's lawyers" keeps Trump), in a headline
            # written in sentence case (in Title Case every word after a possessive is capitalised)
            owner = sentence_case and any(re.search(rf"\b(?i:{re.escape(w)})['’]s [A-Z]", headline) for w in keys)
            # a surname alone stands for the one the story follows, not another of that name ("Mulino sworn in":
            # the president, not his wife named in full once, whose longer name would come first)
            another = any(self.full_names.get(k) not in (None, name) for k in keys[1:] if f" {k} " in folded)
            found.append((owner, at, another, -mentions, -len(name), name))  # "Ruritania's Port Vell": the port
        return _written_whole_first(sorted(found), folded)

    def _body_names(self) -> dict[str, int]:
        """How often the body names each entity: the recogniser's, and runs of proper nouns it missed
        ("Hurricane Helene"); a person's or a run's one-word mention counts for the longer name holding
        it ("Lai" for "Lai Ching-te", "Helene" for "Hurricane Helene")."""
        counts: dict[str, int] = {}
        mergeable: set[str] = set()
        for ent in self.named:
            if ent.end_char > self.body_start and ent.label_ != "NORP":
                name = self.full(self.words(ent)) if self.names_person(ent) else self.words(ent)
                counts[name] = counts.get(name, 0) + 1
                if self.names_person(ent):
                    mergeable.add(name)
        for token in self.parsed.tokens():
            if token.idx < self.body_start or token.pos_ != "PROPN" or token.dep_ == "compound":
                continue
            if token.i in self.entity_of or token.is_upper:
                continue
            names = [c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
            name = self.text[(names[0] if names else token).idx : token.idx + len(token)]
            if _NAME_RUN.fullmatch(name) and not _a_calendar_word(name):  # "March 9 - ...": a day, no one named
                counts[name] = counts.get(name, 0) + 1
                mergeable.add(name)
        merged: dict[str, int] = {}
        for name in sorted(counts, key=len, reverse=True):
            words = set(_plain(name).split())
            longer = next((m for m in merged if len(words) == 1 and words < set(_plain(m).split())), None)
            if longer is not None and name in mergeable and longer in mergeable:
                merged[longer] += counts[name]
            else:
                merged[name] = counts[name]
        return merged
