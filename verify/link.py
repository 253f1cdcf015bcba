"""Entity linking helpers: which page titles a claim needs, and how well a name matches a mention.

Pure functions over claims and strings; the network stays in `verify.sources`.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from rapidfuzz import fuzz

from verify import aliases
from verify.models import Claim
from verify.names import TITLE_WORDS

_SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii"}


@functools.lru_cache(maxsize=65536)
def name_tokens(name: str) -> tuple[str, ...]:
    """Significant tokens of a personal name: no initials, no suffixes, no quoted nicknames."""
    name = re.sub(r"[\"“”][^\"“”]*[\"“”]", " ", name)
    tokens = [t.strip(".,") for t in aliases.fold(name).split()]
    return tuple(t for t in tokens if len(t) > 1 and t not in _SUFFIXES and t not in aliases.RANKS)


@functools.lru_cache(maxsize=65536)
def name_score(claimed: str, mention: str) -> float:
    """0-100: does `mention` name the person `claimed`? Surname must agree; given names may vary
    by nickname (Dan/Daniel), transliteration (Sergey/Sergei) or be absent from either side."""
    want, have = name_tokens(claimed), name_tokens(mention)
    if not want or not have:
        return 0.0
    if len(want) > 1 and len(have) == 1 and _known_by_first_name(want[0], have[0]):
        return FIRST_NAME_ALONE
    w_last, h_last = aliases.transliteration_key(want[-1]), aliases.transliteration_key(have[-1])
    surname = fuzz.ratio(w_last, h_last)
    if surname < 85:
        # the mention may carry the surname elsewhere ("Cavo Dragone", "Caine" inside a longer run)
        keys = [aliases.transliteration_key(t) for t in have]
        surname = max(fuzz.ratio(w_last, k) for k in keys)
        if surname < 85:
            return 0.0
    if len(want) == 1 or len(have) == 1:
        return surname * 0.9
    given_w = {v for t in want[:-1] for v in aliases.given_name_variants(t)}
    given_w_keys = {aliases.transliteration_key(g) for g in given_w}
    given_h_keys = {aliases.transliteration_key(t) for t in have[:-1]}
    if given_w_keys & given_h_keys and _first_names_meet(want[:-1], have[:-1], given_w_keys, given_h_keys):
        return surname
    return surname * 0.75  # same surname, different given name: probably someone else


def _first_names_meet(given_w: tuple[str, ...], given_h: tuple[str, ...], w_keys: set[str], h_keys: set[str]) -> bool:
    """Whether either side's own first name (past any honorific: 'Emir', 'Sheikh') is among the other's given
    names. Brothers share their father's and grandfather's names after their own ('Zayed Al-Hamid Al-Nour' and
    'Tarek Al-Hamid Al-Nour'): a middle name in common alone is no sign of one person; one known by a middle
    name ('Dan' of 'John Daniel') still meets."""
    first_w, first_h = _own_first(given_w), _own_first(given_h)
    if first_w is None or first_h is None or not (_given_like(first_w) and _given_like(first_h)):
        return True  # titles alone, or an event's or a body's words ("2024 Indonesian presidential election")
    w_first = {aliases.transliteration_key(v) for v in aliases.given_name_variants(first_w)}
    return bool(w_first & h_keys) or aliases.transliteration_key(first_h) in w_keys


def _given_like(word: str) -> bool:
    """A word that may be a person's given name: letters (and hyphens) only, no year, possessive or demonym."""
    return re.fullmatch(r"[a-z][a-z-]*", word) is not None and aliases.country_of(word) is None


def _own_first(given: tuple[str, ...]) -> str | None:
    """The first given name that is no honorific or title word."""
    return next((g for g in given if g not in TITLE_WORDS), None)


FIRST_NAME_ALONE = 86.0  # enough to name the person (85), less than the surname alone (90)


def _known_by_first_name(first: str, mention: str) -> bool:
    """A one-word mention that is the first word of the claimed name and no common given name: a name the
    person is called by alone ("Paetongtarn" for Paetongtarn Shinawatra, as her own page and the Thai press
    write it; a family name written first, "Chen" for Chen Haoran), where "Keir" could be anyone's and
    "Israel" is a country."""
    same = aliases.transliteration_key(first) == aliases.transliteration_key(mention)
    anyones = aliases.fold(first) in aliases.listed_given_names() or aliases.country_of(mention) is not None
    return same and not anyones  # 'Israel' alone is the country, not Israel Katz


@functools.lru_cache(maxsize=16384)
def find_person(claimed: str, text: str, threshold: float = 85) -> tuple[float, str] | None:
    """The best mention of `claimed` in `text` (a run of capitalised words), with its score."""
    best: tuple[float, str] | None = None
    plain = plain_capitals(text)
    for m in re.finditer(r"(?:[A-Z][\w'’\-]*\.?|\"[^\"]+\")(?:\s+(?:[A-Z][\w'’\-]*\.?|\"[^\"]+\"))*", plain):
        mention = text[m.start() : m.end()]
        score = name_score(claimed, mention)
        if score >= threshold and (best is None or score > best[0]):
            best = (score, mention)
    return best


def plain_capitals(text: str) -> str:
    """The text with each accented letter as its base letter, one character for one ('Šekerinska' -> 'Sekerinska',
    'Élisabeth' -> 'Elisabeth'): a name is found as a run of capitalised words whatever accent its first letter
    carries, and each run keeps its place, so the text's own words can be taken at the same offsets."""
    return "".join(unicodedata.normalize("NFD", c)[0] if c.isalpha() and not c.isascii() else c for c in text)


_HEAD_OF = re.compile(rf"(?:the\s+)?(?:{'|'.join(aliases.HEAD_OF_WORDS)})\s+of\s+(?:the\s+)?(.+)", re.IGNORECASE)


def _country_spelled_out(org: str) -> str:
    """'U.S. European Command' -> 'United States European Command': a country abbreviation as titles write it."""
    first, _, rest = org.partition(" ")
    country = aliases.country_of(first) if rest and re.fullmatch(r"[A-Z.]{2,5}", first) else None
    return f"{country} {rest}" if country else org


def office_titles(claim: Claim) -> list[str]:
    """Page titles for the office or organisation a role claim names, most specific first."""
    value = claim.effective_value or ""
    folded = aliases.fold(value)
    country = aliases.country_of(claim.nationality)
    titles: list[str] = []
    for canonical, forms in aliases.OFFICE_ALIASES.items():
        if any(f in folded for f in forms):
            titles.append(canonical)
    head_of = _HEAD_OF.match(value)
    if head_of and not titles:
        titles.append(_country_spelled_out(head_of.group(1).strip()))
    if country:
        form = aliases.country_title_form(country)
        if folded in aliases.TITLED_BY_COUNTRY:
            titles.append(f"{value.title()} of {form}")
        for ministry in aliases.MINISTRIES:
            if folded in ministry["phrases"]:
                titles += [title.format(country=country) for title in ministry["titles"]]
    if not titles and value and value[:1].isupper():
        titles.append(value)
    return list(dict.fromkeys(titles))


def office_phrases(claim: Claim) -> list[str]:
    """Lower-case phrases that name the claimed office in page text."""
    value = aliases.fold(claim.effective_value or "")
    phrases = {value} if value else set()
    for canonical, forms in aliases.OFFICE_ALIASES.items():
        if any(f in value for f in forms):
            phrases.update(forms)
            phrases.add(aliases.fold(canonical))
    country = aliases.country_of(claim.nationality)
    for ministry in aliases.MINISTRIES:
        if value in ministry["phrases"]:
            phrases.update(ministry["phrases"])
    if country and value in aliases.TITLED_BY_COUNTRY:
        phrases.add(f"{value} of {aliases.fold(aliases.country_title_form(country))}")
    head_of = re.match(r"(?:head|commander|chief|leader) of (?:the )?(.+)", value)
    if head_of:
        phrases.add(head_of.group(1))
    return sorted(phrases, key=len, reverse=True)
