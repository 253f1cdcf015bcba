"""Person names: is "Gen Alexus G. Grynkewich, USAF" the same person as "Alexus Grynkewich"?

Before an office holder is taken for *another* holder, the two names are compared here. A name is
read as: honorifics and ranks dropped (also when glued on, "GenAlexus"), what follows a comma
dropped (service, post-nominals, "Jr."), suffixes dropped, diacritics folded. Two names are the
same person when the surnames agree up to transliteration (Sergey/Sergei, Zelenskyy/Zelensky/
Zelenskiy) and the given names are compatible: one side has none, or they agree as written, as a
nickname (Dan/Daniel, Alex/Alexus), as an initial, as a shortening, or as the other's middle name
(Dan / John Daniel). The word lists are data: ranks from `aliases.RANKS`, nicknames from
`aliases.NICKNAMES`, honorifics and suffixes below.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from verify import aliases, lexicons

HONORIFICS = frozenset(lexicons.load("names")["honorifics"])  # "Mr", "Dr", "Sheikh": not part of a name
TITLE_WORDS = frozenset({*aliases.RANKS, *HONORIFICS})  # leading words that are not the name
SUFFIXES = frozenset(lexicons.load("judging")["names"]["suffixes"])  # "Jr.", "III", "PhD": after the surname
JUNIOR_SUFFIXES = frozenset(lexicons.load("judging")["names"]["junior_suffixes"])  # "Jr.", "III": a younger bearer
GENERATION_SUFFIXES = frozenset(lexicons.load("judging")["names"]["generation_suffixes"])  # "Jr.", "Sr.", "III"
_PREFIX_WORDS = tuple(sorted(TITLE_WORDS, key=len, reverse=True))
_GLUED = re.compile(
    r"^(?P<prefix>" + "|".join(re.escape(p) for p in _PREFIX_WORDS if "." not in p and " " not in p) + r")"
    r"(?P<name>[A-Z][a-z].*)$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class PersonName:
    given: tuple[str, ...]  # first and middle names or initials, folded
    surname: str  # folded, transliteration key applied


@functools.lru_cache(maxsize=16384)
def parse_name(text: str) -> PersonName | None:
    """The given names and surname of a written name, without ranks, honorifics or suffixes."""
    text = re.sub(r"\([^)]*\)|[\"“”][^\"“”]*[\"“”]", " ", text)
    text = text.split(",")[0]
    words = []
    for word in text.split():
        glued = _GLUED.match(word)
        if glued and word[len(glued["prefix"])].isupper() and word[: len(glued["prefix"])][0].isupper():
            word = glued["name"]  # "GenAlexus" -> "Alexus"
        words.append(word)
    folded = [aliases.fold(w).strip(".") for w in words]
    folded = [w for w in folded if w and w not in SUFFIXES]
    while folded and _leading_title(folded):
        folded = folded[_leading_title(folded) :]
    if not folded:
        return None
    return PersonName(tuple(folded[:-1]), aliases.transliteration_key(folded[-1]))


def _leading_title(words: list[str]) -> int:
    """How many leading words form a rank or honorific ("lt gen", "lieutenant general", "dr")."""
    for n in (3, 2, 1):
        if len(words) > n and {" ".join(words[:n]), " ".join(words[:n]) + "."} & TITLE_WORDS:
            return n
    return 0


def without_title(text: str) -> str:
    """A written name without the rank or honorific it opens with ('Sheikh Mishal' -> 'Mishal', 'Mrs Lund' ->
    'Lund'); the name as written when it opens with none, or is nothing but one."""
    words = text.split()
    return " ".join(words[_leading_title([aliases.fold(w).strip(".") for w in words]) :])


def titled(text: str) -> bool:
    """A written name that opens with a rank or an honorific ("Staff Sergeant Anna Berg")."""
    words = [aliases.fold(w).strip(".") for w in text.split()]
    return bool(words) and _leading_title([w for w in words if w]) > 0


def given_compatible(a: str, b: str) -> bool:
    """Two given names one person can go by: the same up to transliteration, an initial, a nickname, a shortening."""
    a_key, b_key = aliases.transliteration_key(a), aliases.transliteration_key(b)
    if a_key == b_key:
        return True
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]  # an initial
    if aliases.given_name_variants(a) & aliases.given_name_variants(b):
        return True
    for pair in ((a_key, b_key), (a, b)):  # the key may spell a shortening apart ("Ajay" keyed "ajai")
        short, long_ = sorted(pair, key=len)
        if len(short) >= 3 and long_.startswith(short) and not _other_sex(short, long_) and not _sexes(short):
            # Ajay / Ajaypal, Ken / Kenneth; not Chris / Christina (Chris is Christopher's), nor a given name
            # the lexicon lists of its own ("Ana", "Ivan"), which no longer name it opens shortens ("Anabel")
            return True
    return False


def _other_sex(short: str, long_: str) -> bool:
    """Whether a shortening is known to stand for a given name of the other sex than `long_`: "Chris" is
    Christopher's (the nickname list), so it is no shortening of "Christina"; a shortening with no known
    long form ("Ken", "Jess") stays one of any name it starts."""
    long_sexes = _sexes(aliases.fold(long_))
    short_sexes = set().union(*(_sexes(v) for v in aliases.given_name_variants(short)))
    return bool(long_sexes and short_sexes) and not long_sexes & short_sexes


@functools.cache
def _given_by_sex() -> dict[str, frozenset[str]]:
    """Each sex -> the folded given names the lexicon (verify/lexicons/names.toml `gender`) lists for it."""
    gender = lexicons.load("names")["gender"]
    return {
        "male": frozenset(aliases.fold(w) for w in gender["male_given"]),
        "female": frozenset(aliases.fold(w) for w in gender["female_given"]),
    }


def _sexes(name: str) -> frozenset[str]:
    """The sexes the lexicon lists a given name for, the name folded as the lexicon is: "Zoë" is "zoe",
    and an accent in the text or in the list must not cost the name its sex."""
    folded = aliases.fold(name)
    return frozenset(sex for sex, listed in _given_by_sex().items() if folded in listed)


def same_person(a: str, b: str) -> bool:
    """Same surname and a compatible given name (and second given name, where both give one): the same person,
    however each was written."""
    x, y = parse_name(a), parse_name(b)
    if x is None or y is None or x.surname != y.surname:
        return False
    if not x.given or not y.given:
        return True
    first_x, first_y = x.given[0], y.given[0]
    if given_compatible(first_x, first_y):
        # two given names each, the second ones apart: kin who share the first ("Juan Orlando Hernández" and
        # his brother "Juan Antonio Hernández"), not one person; an initial fits its name ("John F. Kennedy")
        return len(x.given) < 2 or len(y.given) < 2 or given_compatible(x.given[1], y.given[1])
    # a person known by a middle name: "Dan Caine" is "John Daniel Caine"
    return any(given_compatible(first_x, g) for g in y.given[1:]) or any(
        given_compatible(first_y, g) for g in x.given[1:]
    )


def junior(text: str) -> str | None:
    """The suffix naming a younger bearer of a name that a written name ends with, folded ('jr' of 'Ivo Stam Jr.' or
    'Ivo Stam, Jr.', 'iii' of 'John Doe III'), or None."""
    return _last_of(text, JUNIOR_SUFFIXES)


def generation(text: str) -> str | None:
    """The suffix telling one bearer of a name from another of his family that a written name ends with, folded
    ('jr' of 'Ferdinand Romualdez Marcos Jr.', 'sr' of 'Ivo Stam Sr.', 'iii' of 'John Doe III'), or None."""
    return _last_of(text, GENERATION_SUFFIXES)


def _last_of(text: str, suffixes: frozenset[str]) -> str | None:
    """The last word of a written name of two words or more, folded and without its full stop, when it is one of
    `suffixes` (a parenthesis and commas read past: 'Ivo Stam, Jr.'), else None."""
    words = [aliases.fold(w).strip(".,") for w in re.sub(r"\([^)]*\)", " ", text).split()]
    last = words[-1] if len(words) > 1 else ""
    return last.rstrip(".") if last in suffixes else None


def first_same_person(name: str, known: Iterable[str]) -> str | None:
    """The first of the `known` names that is `name` or, both written with two words or more, the same
    person ('Alexus Grynkewich' for 'Alexus G. Grynkewich'): one person costs one search."""
    return next((k for k in known if k == name or (" " in k and " " in name and same_person(k, name))), None)
