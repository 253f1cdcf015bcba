"""Normalisation tables: nationalities, ranks, office and organisation aliases, name variants, numbers.

These are facts about English usage, not about any one article: "U.S." = "American" = "United
States", "Gen." = "General", "Sergei" = "Sergey", "thirty-two" = 32, "head of" = "commander of".
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation

from verify import lexicons

# nationality adjective or abbreviation -> (country name, how Wikipedia titles say "of <country>")
_COUNTRY_LEXICON = lexicons.load("countries")
COUNTRIES: dict[str, tuple[str, str]] = {}
NATIONALITIES: list[str] = []
# a form two entries list ('congolese') -> every country it names, in the lexicon's order: COUNTRIES keeps the first
SHARED_FORMS: dict[str, tuple[str, ...]] = {}
for _entry in _COUNTRY_LEXICON["country"]:
    for _form in _entry["forms"]:
        if (_first := COUNTRIES.get(_form.lower())) is not None:
            SHARED_FORMS[_form.lower()] = (*SHARED_FORMS.get(_form.lower(), (_first[0],)), _entry["name"])
            continue
        COUNTRIES[_form.lower()] = (_entry["name"], _entry["title"])
        if _form != _entry["name"] and _form not in _COUNTRY_LEXICON["not_before_titles"]:
            NATIONALITIES.append(_form)  # "Japanese", "U.S.": words that stand before a title

# Service abbreviations that appear in infoboxes after a name ("Gen Alexus G. Grynkewich, USAF").
SERVICE_COUNTRY: dict[str, str] = _COUNTRY_LEXICON["services"]

# rank spellings -> canonical rank
RANKS: dict[str, str] = {}
RANK_FORMS: list[str] = []  # as written: "Lt. Gen.", "Lieutenant General"
for _entry in lexicons.load("ranks")["rank"]:
    for _form in _entry["forms"]:
        RANKS[_form.lower()] = _entry["name"]
        RANK_FORMS.append(_form)

# Head nouns of offices: a capitalised phrase ending in one of these is a title.
_OFFICES = lexicons.load("offices")
OFFICE_HEADS: tuple[str, ...] = tuple(_OFFICES["heads"])

# Phrases that name being at the head of something, normalised to "head of" for comparison.
HEAD_SYNONYMS = re.compile(rf"\b(?:{'|'.join(_OFFICES['head_of'])})\s+of\b", re.I)


def normalise_role(text: str) -> str:
    """'chair of the Military Committee' and 'head of Military Committee' say the same."""
    return " ".join(HEAD_SYNONYMS.sub("head of", fold(text)).replace(" the ", " ").split())


def _head_first(role: str) -> str:
    """'NTSB Chair' -> 'Chair of NTSB', so the two spellings of one office compare equal."""
    words = role.split()
    if len(words) >= 2 and " of " not in role and words[-1].lower() in _HEAD_WORDS:
        return f"{words[-1]} of {' '.join(words[:-1])}"
    return role


_HEAD_WORDS = frozenset(_OFFICES["head_words"])
TITLE_WORDS = frozenset(_OFFICES["title_words"])  # title words that may end a capitalised run before a name
BARE_HEADS = frozenset(_OFFICES["bare_heads"])  # "the chairman": the body named last before it


def similar_roles(a: str, b: str, threshold: int = 70) -> bool:
    """Similar words, and where both name an organisation ('head of X'), the same organisation:
    'commander of the 101st Airborne Division' is not 'head of the Army'."""
    from rapidfuzz import fuzz

    a, b = normalise_role(_head_first(a)), normalise_role(_head_first(b))
    if " of " in a and " of " in b and fuzz.token_set_ratio(a.split(" of ", 1)[1], b.split(" of ", 1)[1]) < 70:
        return False
    return fuzz.token_set_ratio(a, b) >= threshold


# Office phrase (lower-case, normalised) -> canonical office page title and alias phrases
# found in page text. Built-in knowledge of common offices; anything else goes through
# the general rules in `office_titles`.
OFFICE_ALIASES: dict[str, list[str]] = _OFFICES["aliases"]
HEAD_OF_WORDS: tuple[str, ...] = tuple(_OFFICES["head_of"])  # "chair of", "commander of" ... say "head of"
TITLED_BY_COUNTRY = frozenset(_OFFICES["titled_by_country"])  # "President of France"
MINISTRIES: list[dict] = _OFFICES["ministries"]  # each: phrases (synonyms), titles ("... ({country})")
# the one-word alias forms of offices and commands ("eucom", "saceur"): written in capitals, they name the body
OFFICE_ACRONYMS = frozenset(f for forms in OFFICE_ALIASES.values() for f in forms if f.isalpha() and " " not in f)

_ORGANISATIONS = lexicons.load("organisations")
ORGANISATION_ALIASES: dict[str, list[str]] = _ORGANISATIONS["aliases"]
ORGANISATION_WORDS = frozenset(_ORGANISATIONS["words"])  # a capitalised run holding one is an organisation, whole
ROLE_OWNERS: tuple[str, ...] = tuple(_ORGANISATIONS["owners"])  # "NATO's supreme commander"
ROLE_FIRST_OWNERS: tuple[str, ...] = tuple(_ORGANISATIONS["role_first_owners"])
BODY_WORDS: tuple[str, ...] = tuple(_ORGANISATIONS["bodies"])  # "Council", "Committee": a body a count is about

# Given names and their common short forms.
NICKNAMES: dict[str, set[str]] = {}
for _group in lexicons.load("names")["nicknames"]:
    for _n in _group:
        NICKNAMES.setdefault(_n, set()).update(_group)

_DATES = lexicons.load("dates")
FULL_MONTHS: tuple[str, ...] = tuple(_DATES["months"])
MONTH_ABBREVIATIONS: tuple[str, ...] = tuple(_DATES["month_abbreviations"])
MONTHS: tuple[str, ...] = (*FULL_MONTHS, *MONTH_ABBREVIATIONS)
WEEKDAYS: tuple[str, ...] = tuple(_DATES["weekdays"])
_MONTH_WORDS = frozenset(m.lower() for m in MONTHS)


def month_word(word: str) -> bool:
    """A month's name, full or short, with or without its stop ("October", "Oct.", "oct"): the one month check
    of the readers that tell a date's words from a name's."""
    return word.strip(".,").lower() in _MONTH_WORDS


# days and times an article names by its own day ("today", "sworn in yesterday", "earlier this month"), longest first
# so that an alternation of them tries "last month" before a shorter word it begins with: one list for every reader
RELATIVE_TIMES: tuple[str, ...] = tuple(
    sorted([*_DATES["relative_days"], *_DATES["relative_times"]], key=len, reverse=True)
)
RELATIVE_TIME_WORDS = "|".join(map(re.escape, RELATIVE_TIMES))  # the same as one regex alternation

_NUMBERS = lexicons.load("numbers")
NUMBER_WORDS: dict[str, int] = _NUMBERS["words"]
SCALES: dict[str, int] = _NUMBERS["scales"]
SHORT_SCALES: dict[str, str] = _NUMBERS["short_scales"]  # "£2bn", "$300m"
DECADES: dict[str, int] = _NUMBERS["decades"]
CURRENCY_SYMBOLS: dict[str, str] = _NUMBERS["currency_symbols"]  # "$" -> "USD"
CURRENCY_CODES: tuple[str, ...] = tuple(_NUMBERS["currencies"]["codes"])
CURRENCY_WORDS: dict[str, list[str]] = _NUMBERS["currency_words"]  # "USD" -> ["dollars", ...]
APPROXIMATIONS: tuple[str, ...] = tuple(_NUMBERS["approximations"]["words"])  # "nearly", "more than"


def approximately(*words: str, loose: bool = False) -> str:
    """The alternatives of a pattern's approximation before its number ("nearly|more than"): words of the lexicon's
    one list (numbers.toml `approximations`), so no pattern takes a word the list lacks; in the order given, the
    spaces inside a word written as any run of spaces when `loose` ("more  than")."""
    unknown = [w for w in words if w not in APPROXIMATIONS]
    if unknown:
        raise ValueError(f"not in numbers.toml approximations: {unknown}")
    return "|".join(w.replace(" ", r"\s+") if loose else w for w in words)


_TENS = [w for w, v in NUMBER_WORDS.items() if 20 <= v <= 90 and v % 10 == 0]
_UNITS = [w for w, v in NUMBER_WORDS.items() if 1 <= v <= 9 and " " not in w]
# "thirty-two", "twelve", "a dozen": the tens may take a unit after a hyphen or a space
NUMBER_WORD_PATTERN = (
    rf"(?:(?:{'|'.join(_TENS)})(?:[- ](?:{'|'.join(_UNITS)}))?|"
    + "|".join(w for w in NUMBER_WORDS if w not in _TENS)
    + ")"
)

# Counted nouns -> the concept they count, so "32 allied military leaders" and "32 member
# states" count the same thing (one chief of defence per ally).
_COUNTED = lexicons.load("counted")
COUNTED_CONCEPTS: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in _COUNTED["concepts"].items()}
# "the 32-nation alliance", "the 113-seat Legislative Yuan"
HYPHENATED_COUNT_NOUNS: tuple[str, ...] = tuple(_COUNTED["hyphenated"] + _COUNTED.get("hyphenated_parts", []))


SMALL_WORDS: frozenset[str] = frozenset(lexicons.load("names")["small_words"])


def title_cased(words: Sequence[str]) -> bool:
    """Every word capitalised but the small words inside ('Pride and Prejudice', 'U.S. European Command'):
    how a name or a title is written, not a description ('general election')."""
    return all(w[:1].isupper() or w in SMALL_WORDS for w in words)


def initials(name: str) -> str:
    """The first letters of a name's capitalised words, its small words aside: the acronym the name is
    written as ('International Court of Justice' -> 'ICJ'), and what every reader of acronyms compares."""
    return "".join(w[0] for w in re.findall(r"[\w'’-]+", name) if w[:1].isupper())


_OWNER_FIRST = re.compile(r"^(?P<owner>[A-Z]{2,4}|(?:[A-Z]\.){2,4})\s+(?P<name>\S+(?:\s+\S+)+)$")


def owner_dropped(name: str) -> tuple[str, str] | None:
    """An owner's acronym written before an organisation's name ('UN World Food Programme' -> ('UN', 'World
    Food Programme')): articles name a body by its owner and its name, pages by the name alone. None when
    no acronym opens it, or what follows is no name of two words or more ('UN agencies')."""
    m = _OWNER_FIRST.match(name.strip())
    if m is None or not title_cased(m.group("name").split()):
        return None
    return m.group("owner"), m.group("name")


# a name opened by the article that begins its sentence ('The Atlantic Fisheries Council, which has 23 member
# states,'): the sentence's capital is no part of the name, whose page goes without the article
_LEADING_ARTICLE = re.compile(r"The\s+(?P<name>[A-Z].*)")


def without_article(title: str) -> str | None:
    """`title` without the capitalised "The" that opens it ('The Atlantic Fisheries Council' -> 'Atlantic Fisheries
    Council'), asked only where no page has the whole title, so a name the article is part of ('The Hague', 'The
    Gambia') is looked for under its whole title first. None when no "The" opens a capitalised name."""
    m = _LEADING_ARTICLE.fullmatch(title.strip())
    return m.group("name") if m else None


def names_owner(text: str, owner: str) -> bool:
    """Whether a page's words name an owner written as an acronym: the acronym itself ('UN', 'U.N.') or
    capitalised words whose initials it is ('within the United Nations'). A page of the bare name that
    names neither is another body of that name, not the owner's."""
    letters = owner.replace(".", "")
    if re.search(rf"\b{re.escape(owner)}(?!\w)|\b{letters}\b", text):
        return True
    word, gap = r"[A-Z][\w'’-]*", rf"\s+(?:(?:{'|'.join(sorted(SMALL_WORDS))})\s+)*"
    runs = re.finditer(rf"(?=\b({word}(?:{gap}{word}){{{len(letters) - 1}}})\b)", text)  # overlapping
    return any(initials(m.group(1)) == letters for m in runs)


def unaccented(text: str) -> str:
    """The text with its accents taken off ('Šekerinska' -> 'Sekerinska'), case and punctuation kept."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


_MARKS = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})


def folded_in_place(text: str) -> str:
    """The text lower-cased, without accents and with straight quotation marks, one character for one, so offsets
    found in it are the text's own (an alignment of a claim's words with a page sentence): 'Társa’s café' reads as
    "tarsa's cafe"."""
    return "".join(unicodedata.normalize("NFKD", c)[0].lower()[0] for c in text.translate(_MARKS))


@functools.lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower-case, strip accents and punctuation runs to spaces: the common key for fuzzy matching."""
    text = unaccented(text).lower().replace("’", "'")
    return " ".join(re.sub(r"[^\w'.]+", " ", text).split())


# a nation within a state -> the state ("Scotland" -> "United Kingdom"): countries.toml `within`
WITHIN: dict[str, str] = {e["name"]: e["within"] for e in _COUNTRY_LEXICON["country"] if "within" in e}


def nested(country: str, other: str) -> bool:
    """Whether one of two countries (as `country_of` names them) lies within the other: Wales and the United Kingdom
    (countries.toml `within`), so a page naming one never rules out the other."""
    return WITHIN.get(country) == other or WITHIN.get(other) == country


def country_of(nationality: str | None) -> str | None:
    if not nationality:
        return None
    entry = COUNTRIES.get(nationality.lower().strip())
    return entry[0] if entry else None


_GRADED_BY = frozenset(lexicons.load("ranks")["graded_by"])


def titled_by(held: str, claimed: str) -> bool:
    """Whether a canonical rank held is a grade the bare rank claimed titles ('Major General' by 'General', 'Vice
    Admiral' by 'Admiral'; not 'Wing Commander' by 'Commander': ranks.toml graded_by)."""
    words = held.split()
    return len(words) == 2 and words[0].lower() in _GRADED_BY and words[1] == claimed


def canonical_rank(rank: str | None) -> str | None:
    if not rank:
        return None
    return RANKS.get(rank.lower().strip(), rank)


def parse_number(text: str) -> float | None:
    """'32' -> 32, 'thirty-two' -> 32, '84,000' -> 84000, '3.5 million' -> 3.5e6, 'a dozen' -> 12, 'two dozen' -> 24,
    'three hundred' -> 300, 'two hundred thousand' -> 200000."""
    t = text.lower().strip().replace(",", "")
    if t in NUMBER_WORDS:  # "a dozen" is one word of the lexicon, not "a" of dozens
        return float(NUMBER_WORDS[t])
    scale = 1
    for word, mult in SCALES.items():
        if t.endswith(" " + word):
            t, scale = t[: -len(word) - 1].strip(), mult
            break
    if scale > 1 and (under := parse_number(t)) is not None:  # 'two hundred thousand': 200 thousands, not 102
        return float(Decimal(str(under)) * scale)
    try:
        value = Decimal(t) * scale  # in decimal: 8.7 trillion is 8.7e12, not 8699999999999.999
        return float(value) if value.is_finite() else None
    except InvalidOperation:
        pass
    if t in NUMBER_WORDS:
        return float(NUMBER_WORDS[t] * scale)
    parts = re.split(r"[- ]", t)
    if len(parts) == 2 and parts[0] in NUMBER_WORDS and parts[1] in NUMBER_WORDS:
        return float((NUMBER_WORDS[parts[0]] + NUMBER_WORDS[parts[1]]) * scale)
    return None


@functools.lru_cache(maxsize=1)
def _concept_patterns() -> list[tuple[str, re.Pattern]]:
    return [
        (concept, re.compile(r"\b(?:" + "|".join(re.escape(n) for n in sorted(nouns, key=len, reverse=True)) + r")\b"))
        for concept, nouns in COUNTED_CONCEPTS.items()
    ]


@functools.lru_cache(maxsize=4096)
def counted_concept(noun_phrase: str) -> str | None:
    """The concept a counted noun phrase stands for, e.g. 'allied military leaders' -> 'member states'."""
    folded = fold(noun_phrase)
    return next((concept for concept, pattern in _concept_patterns() if pattern.search(folded)), None)


@functools.lru_cache(maxsize=65536)
def transliteration_key(name: str) -> str:
    """Collapse common transliteration differences: Sergey/Sergei, Zelenskyy/Zelensky/Zelenskiy."""
    key = fold(name)
    key = re.sub(r"(?<=\w)(?:yy|iy|ij|y|i)\b", "i", key)
    key = key.replace("ey", "ei").replace("kh", "h")
    return key


@functools.cache
def listed_given_names() -> frozenset[str]:
    """Given names common enough to be anyone's (verify/lexicons/names.toml and the nicknames), folded: a
    person is not known by one of these alone, as "Paetongtarn" is."""
    listed = lexicons.load("names")["gender"]
    return frozenset(fold(w) for w in [*listed["male_given"], *listed["female_given"]]) | frozenset(NICKNAMES)


def given_name_variants(name: str) -> set[str]:
    low = fold(name)
    return NICKNAMES.get(low, set()) | {low}


def country_names() -> list[str]:
    """Every country as an article writes it when it owns something: 'France', 'the United States', 'the U.S.'."""
    out = {entry[0] for entry in COUNTRIES.values()} | {entry[1] for entry in COUNTRIES.values()}
    out |= {f"the {f}" for f, entry in _written_forms() if entry[1].startswith("the ") and re.fullmatch(r"[A-Z.]+", f)}
    out |= {form for form, entry in _written_forms() if form in _COUNTRY_LEXICON["not_before_titles"]}
    return sorted(out)


def _written_forms() -> list[tuple[str, tuple[str, str]]]:
    return [(form, (e["name"], e["title"])) for e in _COUNTRY_LEXICON["country"] for form in e["forms"]]


def country_title_form(country: str) -> str:
    for _, (c, form) in COUNTRIES.items():
        if c == country:
            return form
    return country
