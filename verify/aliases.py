"""Normalisation tables: nationalities, ranks, office and organisation aliases, name variants, numbers.

These are facts about English usage, not about any one article: "U.S." = "American" = "United
States", "Gen." = "General", "Sergei" = "Sergey", "thirty-two" = 32, "head of" = "commander of".
"""

from __future__ import annotations

import functools
import re
import unicodedata
from decimal import Decimal, InvalidOperation

# nationality adjective or abbreviation -> (country name, how Wikipedia titles say "of <country>")
COUNTRIES: dict[str, tuple[str, str]] = {}
NATIONALITIES: list[str] = []
for _country, _title_form, _forms in [
    ("United States", "the United States", ["U.S.", "US", "U.S", "American", "United States", "USA", "America"]),
    ("Russia", "Russia", ["Russian", "Russia", "Russian Federation"]),
    ("Ukraine", "Ukraine", ["Ukrainian", "Ukraine"]),
    ("United Kingdom", "the United Kingdom", ["British", "U.K.", "UK", "United Kingdom", "Britain"]),
    ("France", "France", ["French", "France"]),
    ("Germany", "Germany", ["German", "Germany"]),
    ("Italy", "Italy", ["Italian", "Italy"]),
    ("Poland", "Poland", ["Polish", "Poland"]),
    ("Canada", "Canada", ["Canadian", "Canada"]),
    ("Turkey", "Turkey", ["Turkish", "Turkey", "Türkiye"]),
    ("China", "China", ["Chinese", "China"]),
    ("Belarus", "Belarus", ["Belarusian", "Belarus"]),
    ("Sweden", "Sweden", ["Swedish", "Sweden"]),
    ("Finland", "Finland", ["Finnish", "Finland"]),
    ("Netherlands", "the Netherlands", ["Dutch", "Netherlands"]),
    ("Denmark", "Denmark", ["Danish", "Denmark"]),
    ("Norway", "Norway", ["Norwegian", "Norway"]),
    ("Estonia", "Estonia", ["Estonian", "Estonia"]),
    ("Latvia", "Latvia", ["Latvian", "Latvia"]),
    ("Lithuania", "Lithuania", ["Lithuanian", "Lithuania"]),
    ("Romania", "Romania", ["Romanian", "Romania"]),
    ("Greece", "Greece", ["Greek", "Greece"]),
    ("Belgium", "Belgium", ["Belgian", "Belgium"]),
    ("Czech Republic", "the Czech Republic", ["Czech", "Czech Republic", "Czechia"]),
    ("Hungary", "Hungary", ["Hungarian", "Hungary"]),
    ("Spain", "Spain", ["Spanish", "Spain"]),
    ("Portugal", "Portugal", ["Portuguese", "Portugal"]),
    ("Slovakia", "Slovakia", ["Slovak", "Slovakia"]),
    ("Slovenia", "Slovenia", ["Slovenian", "Slovene", "Slovenia"]),
    ("Croatia", "Croatia", ["Croatian", "Croatia"]),
    ("Bulgaria", "Bulgaria", ["Bulgarian", "Bulgaria"]),
    ("Albania", "Albania", ["Albanian", "Albania"]),
    ("Montenegro", "Montenegro", ["Montenegrin", "Montenegro"]),
    ("North Macedonia", "North Macedonia", ["Macedonian", "North Macedonia"]),
    ("Iceland", "Iceland", ["Icelandic", "Iceland"]),
    ("Luxembourg", "Luxembourg", ["Luxembourgish", "Luxembourg"]),
    ("Ireland", "Ireland", ["Irish", "Ireland"]),
    ("Austria", "Austria", ["Austrian", "Austria"]),
    ("Switzerland", "Switzerland", ["Swiss", "Switzerland"]),
    ("Serbia", "Serbia", ["Serbian", "Serbia"]),
    ("Moldova", "Moldova", ["Moldovan", "Moldova"]),
    ("Georgia", "Georgia", ["Georgian"]),  # the name alone is also a U.S. state
    ("Armenia", "Armenia", ["Armenian", "Armenia"]),
    ("Azerbaijan", "Azerbaijan", ["Azerbaijani", "Azerbaijan"]),
    ("Kazakhstan", "Kazakhstan", ["Kazakh", "Kazakhstan"]),
    ("Japan", "Japan", ["Japanese", "Japan"]),
    ("South Korea", "South Korea", ["South Korean", "South Korea"]),
    ("North Korea", "North Korea", ["North Korean", "North Korea"]),
    ("Taiwan", "Taiwan", ["Taiwanese", "Taiwan"]),
    ("India", "India", ["Indian", "India"]),
    ("Pakistan", "Pakistan", ["Pakistani", "Pakistan"]),
    ("Afghanistan", "Afghanistan", ["Afghan", "Afghanistan"]),
    ("Iran", "Iran", ["Iranian", "Iran"]),
    ("Iraq", "Iraq", ["Iraqi", "Iraq"]),
    ("Syria", "Syria", ["Syrian", "Syria"]),
    ("Israel", "Israel", ["Israeli", "Israel"]),
    ("Lebanon", "Lebanon", ["Lebanese", "Lebanon"]),
    ("Saudi Arabia", "Saudi Arabia", ["Saudi", "Saudi Arabia"]),
    ("Qatar", "Qatar", ["Qatari", "Qatar"]),
    ("United Arab Emirates", "the United Arab Emirates", ["Emirati", "UAE", "United Arab Emirates"]),
    ("Egypt", "Egypt", ["Egyptian", "Egypt"]),
    ("Australia", "Australia", ["Australian", "Australia"]),
    ("New Zealand", "New Zealand", ["New Zealand"]),
    ("Brazil", "Brazil", ["Brazilian", "Brazil"]),
    ("Mexico", "Mexico", ["Mexican", "Mexico"]),
    ("Argentina", "Argentina", ["Argentine", "Argentinian", "Argentina"]),
    ("Venezuela", "Venezuela", ["Venezuelan", "Venezuela"]),
    ("Colombia", "Colombia", ["Colombian", "Colombia"]),
    ("South Africa", "South Africa", ["South African", "South Africa"]),
    ("Nigeria", "Nigeria", ["Nigerian", "Nigeria"]),
    ("Kenya", "Kenya", ["Kenyan", "Kenya"]),
    ("Indonesia", "Indonesia", ["Indonesian", "Indonesia"]),
    ("Vietnam", "Vietnam", ["Vietnamese", "Vietnam"]),
    ("Philippines", "the Philippines", ["Filipino", "Philippine", "Philippines"]),
]:
    for _form in _forms:
        COUNTRIES[_form.lower()] = (_country, _title_form)
        if _form != _country and _form not in {"America", "Britain", "Russian Federation", "Türkiye", "Czechia"}:
            NATIONALITIES.append(_form)  # "Japanese", "U.S.": words that stand before a title

# Service abbreviations that appear in infoboxes after a name ("Gen Alexus G. Grynkewich, USAF").
SERVICE_COUNTRY = {
    "usaf": "United States",
    "usa": "United States",
    "usmc": "United States",
    "usn": "United States",
    "ussf": "United States",
    "uscg": "United States",
    "united states air force": "United States",
    "united states army": "United States",
    "united states navy": "United States",
    "united states marine corps": "United States",
}

# rank spellings -> canonical rank
RANKS: dict[str, str] = {}
RANK_FORMS: list[str] = []  # as written: "Lt. Gen.", "Lieutenant General"
for _rank, _forms in [
    ("General", ["General", "Gen.", "Gen", "GEN"]),
    ("Lieutenant General", ["Lieutenant General", "Lt. Gen.", "Lt Gen", "LtGen", "Lt. General"]),
    ("Major General", ["Major General", "Maj. Gen.", "Maj Gen", "MajGen"]),
    ("Brigadier General", ["Brigadier General", "Brig. Gen.", "Brig Gen", "BGen"]),
    ("Admiral", ["Admiral", "Adm.", "Adm", "ADM"]),
    ("Vice Admiral", ["Vice Admiral", "Vice Adm.", "VAdm"]),
    ("Rear Admiral", ["Rear Admiral", "Rear Adm."]),
    ("Colonel", ["Colonel", "Col.", "Col"]),
    ("Senior Colonel", ["Senior Colonel", "Sr. Col."]),
    ("Lieutenant Colonel", ["Lieutenant Colonel", "Lt. Col."]),
    ("Major", ["Major", "Maj."]),
    ("Captain", ["Captain", "Capt."]),
    ("Field Marshal", ["Field Marshal"]),
    ("Air Chief Marshal", ["Air Chief Marshal"]),
    ("Lieutenant Commander", ["Lieutenant Commander", "Lt. Cmdr.", "Lt. Cdr.", "Lt Cdr"]),
    ("Commodore", ["Commodore", "Cdre."]),
    ("Lieutenant", ["Lieutenant", "Lt."]),
    ("First Lieutenant", ["First Lieutenant", "1st Lt."]),
    ("Second Lieutenant", ["Second Lieutenant", "2nd Lt."]),
    ("Sergeant", ["Sergeant", "Sgt."]),
    ("Staff Sergeant", ["Staff Sergeant", "Staff Sgt."]),
    ("Master Sergeant", ["Master Sergeant", "Master Sgt."]),
    ("Sergeant Major", ["Sergeant Major", "Sgt. Maj."]),
    ("Corporal", ["Corporal", "Cpl."]),
    ("Lance Corporal", ["Lance Corporal", "Lance Cpl."]),
    ("Private", ["Private", "Pvt."]),
    ("Petty Officer", ["Petty Officer"]),
    ("Chief Petty Officer", ["Chief Petty Officer"]),
    ("Warrant Officer", ["Warrant Officer"]),
    ("Ensign", ["Ensign"]),
    ("Air Marshal", ["Air Marshal"]),
    ("Air Vice-Marshal", ["Air Vice-Marshal", "Air Vice Marshal"]),
    ("Air Commodore", ["Air Commodore"]),
    ("Group Captain", ["Group Captain"]),
    ("Wing Commander", ["Wing Commander"]),
    ("Squadron Leader", ["Squadron Leader"]),
    ("Flight Lieutenant", ["Flight Lieutenant"]),
    ("Brigadier", ["Brigadier"]),
]:
    for _form in _forms:
        RANKS[_form.lower()] = _rank
        RANK_FORMS.append(_form)

# Head nouns of offices: a capitalised phrase ending in one of these is a title.
OFFICE_HEADS = (
    "President",
    "Vice President",
    "Prime Minister",
    "Minister",
    "Foreign Minister",
    "Defense Minister",
    "Defence Minister",
    "Secretary",
    "Secretary General",
    "Secretary-General",
    "Chairman",
    "Chair",
    "Chancellor",
    "Commander",
    "Chief",
    "Director",
    "Spokesman",
    "Spokeswoman",
    "Spokesperson",
    "Ambassador",
    "Senator",
    "Governor",
    "Mayor",
    "King",
    "Queen",
    "Envoy",
    "Admiral",
    "General",
    "Speaker",
    "Attorney General",
    "Prosecutor General",
    "Ombudsman",
    "Commissioner",
    "High Representative",
    "Judge",
    "Justice",
    "Prosecutor",
    "Inspector General",
    "Chief Executive",
    "Under Secretary",
    "Undersecretary",
    "Deputy Secretary",
    "Assistant Secretary",
    "Chief Executive Officer",
    "Councilor",
    "Councillor",
    "Council Member",
    "Alderman",
    "Assemblyman",
    "Assemblywoman",
    "Congressman",
    "Congresswoman",
    "Delegate",
    "Supervisor",
    "Sheriff",
    "Comptroller",
    "Treasurer",
    "Administrator",
    "Deputy Administrator",
)

# Phrases that name being at the head of something, normalised to "head of" for comparison.
HEAD_SYNONYMS = re.compile(r"\b(?:leader|chair|chairman|chairwoman|commander|chief|director|head)\s+of\b", re.I)


def normalise_role(text: str) -> str:
    """'chair of the Military Committee' and 'head of Military Committee' say the same."""
    return " ".join(HEAD_SYNONYMS.sub("head of", fold(text)).replace(" the ", " ").split())


def _head_first(role: str) -> str:
    """'NTSB Chair' -> 'Chair of NTSB', so the two spellings of one office compare equal."""
    words = role.split()
    if len(words) >= 2 and " of " not in role and words[-1].lower() in _HEAD_WORDS:
        return f"{words[-1]} of {' '.join(words[:-1])}"
    return role


_HEAD_WORDS = frozenset({"chair", "chairman", "chairwoman", "president", "director", "commander", "chief", "head"})


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
OFFICE_ALIASES: dict[str, list[str]] = {
    "Chairman of the Joint Chiefs of Staff": [
        "chairman of the joint chiefs of staff",
        "joint chiefs of staff chairman",
        "joint chiefs chairman",
        "chairman of the joint chiefs",
        "cjcs",
    ],
    "United States European Command": [
        "united states european command",
        "u.s. european command",
        "us european command",
        "eucom",
        "useucom",
        "european command",
    ],
    "Supreme Allied Commander Europe": [
        "supreme allied commander europe",
        "supreme allied commander, europe",
        "saceur",
    ],
    "Chair of the NATO Military Committee": [
        "chair of the nato military committee",
        "chairman of the nato military committee",
        "nato military committee chair",
        "chair of nato military committee",
    ],
    "Secretary General of NATO": ["secretary general of nato", "nato secretary general", "secretary-general of nato"],
    "United States Africa Command": ["united states africa command", "u.s. africa command", "africom"],
}

ORGANISATION_ALIASES: dict[str, list[str]] = {
    "NATO": ["nato", "north atlantic treaty organization", "north atlantic alliance", "the alliance"],
}

# Given names and their common short forms.
NICKNAMES: dict[str, set[str]] = {}
for _group in [
    {"dan", "daniel", "danny"},
    {"mike", "michael"},
    {"bob", "robert", "rob"},
    {"bill", "william", "will"},
    {"jim", "james", "jimmy"},
    {"joe", "joseph"},
    {"tom", "thomas"},
    {"chris", "christopher"},
    {"alex", "alexander", "alexus"},
    {"dick", "richard", "rick"},
    {"tony", "anthony"},
    {"ed", "edward"},
    {"sergey", "sergei", "serguei"},
    {"charles", "charlie", "chuck", "cq"},
    {"dave", "david"},
    {"steve", "steven", "stephen"},
    {"pete", "peter"},
    {"don", "donald"},
]:
    for _n in _group:
        NICKNAMES.setdefault(_n, set()).update(_group)

MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
)

NUMBER_WORDS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "a dozen": 12,
    "dozen": 12,
}
SCALES = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "trillion": 1_000_000_000_000}

NUMBER_WORD_PATTERN = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|"
    r"seven|eight|nine))?|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a dozen|dozen|hundred)"
)

# Counted nouns -> the concept they count, so "32 allied military leaders" and "32 member
# states" count the same thing (one chief of defence per ally).
COUNTED_CONCEPTS: dict[str, tuple[str, ...]] = {
    "member states": (
        "member state",
        "member states",
        "members",
        "member",
        "allies",
        "ally",
        "allied",
        "nations",
        "nation",
        "countries",
        "country",
        "member countries",
        "chiefs of defence",
        "chiefs of defense",
        "defence chiefs",
        "defense chiefs",
        "military leaders",
    ),
    "troops": ("troops", "soldiers", "personnel", "service members"),
    "years": ("years", "year"),
}


@functools.lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower-case, strip accents and punctuation runs to spaces: the common key for fuzzy matching."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.lower().replace("’", "'")
    return " ".join(re.sub(r"[^\w'.]+", " ", text).split())


def country_of(nationality: str | None) -> str | None:
    if not nationality:
        return None
    entry = COUNTRIES.get(nationality.lower().strip())
    return entry[0] if entry else None


def canonical_rank(rank: str | None) -> str | None:
    if not rank:
        return None
    return RANKS.get(rank.lower().strip(), rank)


def parse_number(text: str) -> float | None:
    """'32' -> 32, 'thirty-two' -> 32, '84,000' -> 84000, '3.5 million' -> 3.5e6, 'a dozen' -> 12."""
    t = text.lower().strip().replace(",", "")
    scale = 1
    for word, mult in SCALES.items():
        if t.endswith(" " + word):
            t, scale = t[: -len(word) - 1].strip(), mult
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


def given_name_variants(name: str) -> set[str]:
    low = fold(name)
    return NICKNAMES.get(low, set()) | {low}


def country_title_form(country: str) -> str:
    for _, (c, form) in COUNTRIES.items():
        if c == country:
            return form
    return country
