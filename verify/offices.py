"""Offices over time: which words are part of an office, and which offices a person held on a day.

"Vice", "Deputy", "Acting", "Honorary" and "-elect" are part of an office, never dropped: a vice chairman is
not the chairman, and a president-elect is not yet president. `same_qualifiers` compares them
between a claimed office and a page's words. `sibling_office` finds, among a person's infobox
offices with terms, one held on the article's day in the same government when the claimed office
is none of them ("Defence Minister" for a foreign minister, "Prime Minister" for a president).
Kept apart from `verify/judge.py` so the rules move with the claim-kind layout (issue 17).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from verify import aliases, lexicons
from verify.match import parse_date
from verify.models import InfoboxField
from verify.wikitext import numbered_groups

_STOPGAP_WORDS = lexicons.load("judging")["clause"]["stopgap"]
_STOPGAP = re.compile(rf"\(?\b(?:{'|'.join(map(re.escape, _STOPGAP_WORDS))})\b\)?", re.I)
FORMER = re.compile(r"\b(former|ex-|onetime|one-time)\b", re.IGNORECASE)  # an office held once, not now
_WORDS = lexicons.load("judging")["offices"]  # the word lists of offices (verify/lexicons/judging.toml)
_QUALIFIER = re.compile(rf"\b({'|'.join(_WORDS['qualifiers'])})\b")
# Words that name the kind of post, not which one: two offices differ in the other words.
_POST_WORDS = frozenset(_WORDS["post_words"])
_LINK_WORDS = frozenset(_WORDS["link_words"])
_SAME_POST = dict(_WORDS["same_post"])  # one post, two words
_FIELD_WORDS = frozenset(_WORDS["field_words"])  # 'affairs': a field's word, no kind of post
# an office's number written out ('the bank's ninth governor'): the rank in its line of holders, checked on its
# own (`verify.kinds.role.judge.ordinal_checked`), not a word that says which post it is, as '9th' is not either.
# 'First' and 'second' stay: they may name a post of their own ('First Vice President', 'Second Secretary').
_NUMBERING = frozenset(lexicons.load("judging")["clause"]["ordinals"][2:])
_OTHER_WORD_ENDINGS = tuple(sorted(_WORDS["other_word_endings"], key=len, reverse=True))
_STEM_LENGTH = 5


def word_stem(word: str) -> str:
    """A folded word's stem, which two forms of one word share: its first five letters ('financ(e|ial)',
    'defen(ce|se)'), with the ending that makes another word of them kept ('socia~ist' is not 'socia' of 'Social',
    'liber~ation' not 'liber' of 'Liberal'): names of parties and bodies differ by just these endings."""
    single = word[:-3] + "y" if word.endswith("ies") else word
    if single.endswith("s") and not single.endswith("ss") and len(single) > _STEM_LENGTH:
        single = single[:-1]
    ending = next((e for e in _OTHER_WORD_ENDINGS if single.endswith(e) and len(single) - len(e) >= 4), "")
    return f"{word[:_STEM_LENGTH]}~{ending}" if ending else word[:_STEM_LENGTH]


_COUNTRY_NOUN_STEMS = frozenset(word_stem(w) for w in lexicons.load("names")["country_nouns"])  # 'the country's'
_LOOK_BEHIND = 16  # characters before a matched office name where its qualifier would stand


# an office not yet taken up: 'the next president', 'incoming', 'designate' say what '-elect' says
_NOT_YET = re.compile(rf"\b({'|'.join(_WORDS['not_yet'])})\b")


# a title word glued to the head word of a post ('undersecretary', 'vicepresident'): read as two words
_GLUED = re.compile(
    rf"\b({'|'.join(_WORDS['glued_prefixes'])})"
    rf"(?=(?:{'|'.join(sorted({h.lower() for h in (*aliases.OFFICE_HEADS, *aliases.BARE_HEADS) if h.isalpha()}))})\b)"
)


def _words_apart(text: str) -> str:
    """An office's words folded, hyphens and glued title words read apart ('Under-Secretary-General', 'Undersecretary'
    -> 'under secretary ...'): the title word makes another post however it is written."""
    return _GLUED.sub(r"\1 ", aliases.fold(text).replace("-", " "))


def qualifiers(text: str) -> frozenset[str]:
    """The qualifiers an office's words carry ('Vice Chairman' -> {'vice'}; 'the next president' ->
    {'elect'}: a holder to come is no holder yet, and no rival of the one in office)."""
    folded = _words_apart(text)
    return frozenset(_QUALIFIER.findall(folded)) | ({"elect"} if _NOT_YET.search(folded) else frozenset())


def qualifiers_at(folded: str, start: int, end: int) -> frozenset[str]:
    """The qualifiers of an office name found at folded[start:end]: inside it, just before it
    ('deputy secretary general') or just after it ('president-elect', 'president elect')."""
    before = folded[max(0, start - _LOOK_BEHIND) : start].split()[-2:]
    after = folded[end : end + 7].split()[:1]
    return qualifiers(" ".join([*before, folded[start:end], *after]))


# title words that make another post of the one they stand before ('assistant governor', 'associate director'),
# besides the qualifiers compared above
_OTHER_POST_WORDS = (frozenset(lexicons.load("titles")["modifiers"]) - frozenset(_WORDS["qualifiers"])) | frozenset(
    _WORDS["other_post_words"]
)
# words before a title that make it a post of those its holders are drawn from, held in no government ('Youth Mayor
# of Halden', 'Student Mayor', 'Youth Minister of Defence': judging.toml offices.mock_post_words, review50 S1, B7)
_MOCK_POST_WORDS = frozenset(_WORDS["mock_post_words"])
_PARTS_OF_A_BODY = frozenset(_WORDS["parts_of_a_body"])
_OTHER_POST_ONLY = frozenset(_WORDS["other_post_words"])


def another_post_at(folded: str, start: int, office: str) -> bool:
    """Whether the office name found at folded[start:] is another post by the title word right before it
    ('she was an assistant governor from 2010 to 2022' is no governor's term, 'Youth Mayor of Halden' no mayor's), a
    word the claimed office does not carry ('Assistant Secretary of State' is claimed with it)."""
    before = folded[max(0, start - _LOOK_BEHIND) : start].replace("-", " ").split()[-1:]
    other = _OTHER_POST_WORDS | _MOCK_POST_WORDS
    return bool(before) and before[0] in other and before[0] not in aliases.fold(office).split()


# the words before a post that tell it sought, not held (judging.toml offices.sought_before), a 'the' between
_SOUGHT_BEFORE = re.compile(rf"\b(?:{'|'.join(map(re.escape, _WORDS['sought_before']))})\s+(?:the\s+)?$")


def sought_at(folded: str, start: int) -> bool:
    """Whether the office name found at folded[start:] is told as sought, not held: 'he was the Labour candidate for
    Mayor of Halden in 2019' says nothing of his holding the mayoralty (review47 S17), nor does 'ran for', 'bid for'
    or 'contested'."""
    return _SOUGHT_BEFORE.search(folded[max(0, start - 40) : start]) is not None


# a post serving another right before 'to (the)' (judging.toml offices.serving_posts): the post after it is served
_SERVING_BEFORE = re.compile(
    rf"\b(?:{'|'.join(map(re.escape, _WORDS['serving_posts']))})\s+to\s+(?:the\s+)?(?:(?:former|then)\s+)?$"
)


def served_at(folded: str, start: int) -> bool:
    """Whether the office name found at folded[start:] is the post of the one served: 'she has been chief of staff to
    the Minister of Defence since 2021' or 'adviser to the Prime Minister' tells an aide's post, not the minister's
    (review47 S2)."""
    return _SERVING_BEFORE.search(folded[max(0, start - 40) : start]) is not None


_OBJECT_DETERMINERS = rf"(?:(?:{'|'.join(map(re.escape, _WORDS['object_determiners']))})\s+)*"
# the words right before a post that make it the object of a preposition or of a verb's participle (judging.toml
# offices.object_prepositions): 'served under the', 'the daughter of a former', 'has advised the'
_OBJECT_BEFORE = re.compile(
    rf"(?:^|\s)(?P<before>[\w'’-]+\s+)?(?P<word>{'|'.join(map(re.escape, _WORDS['object_prepositions']))})\s+"
    rf"(?P<article>{_OBJECT_DETERMINERS})$"
    rf"|(?:^|\s)(?P<verb>[a-z'’-]+(?:ed|ing))\s+(?:the|a|an)\s+{_OBJECT_DETERMINERS}$"
)
_TAKING_VERBS = frozenset(_WORDS["taking_verbs"])
_POST_NOUNS = frozenset(_WORDS["post_nouns"])


def object_at(folded: str, start: int, end: int) -> bool:
    """Whether the office name found at folded[start:end] is the post of someone the sentence's person serves, meets or
    descends from: the object of a preposition ('has served under the Minister of Defence', 'worked closely with the
    Mayor of Halden', 'the daughter of a former Minister of Defence', 'headed the Office of the Mayor of Halden') or
    of a verb ('has advised the Minister of Defence since 2021'): another's post, not the person's (review50 S2, R5).
    Not a post taken up ('promoted to Minister of Defence', 'was named the Minister of Defence') nor a post's own noun
    before it ('the post of Minister of Defence', with no article between), nor a body's name alone, found after its
    post ('chief executive of Korvik Bank' for 'head of Korvik Bank')."""
    m = _OBJECT_BEFORE.search(folded[max(0, start - 60) : start])
    if m is None or not POST.search(folded[start:end]):
        return False
    if m["verb"] is not None:
        return m["verb"] not in _TAKING_VERBS
    before = (m["before"] or "").strip()
    if m["word"] == "of" and before in _POST_NOUNS and not m["article"]:
        return False  # 'the post of Minister of Defence': the post's own noun
    return not (m["word"] == "to" and before in _TAKING_VERBS)  # 'promoted to Minister of Defence'


# an owner written after a post's words: 'of' or 'for' and a capitalised name ('Minister of Defence of Tarsa', '...
# of Halden Province', '... for the Republic of Norby')
_OWNER_WRITTEN_AFTER = re.compile(
    r"\s*(?:of|for)\s+(?:the\s+)?(?P<owner>[A-Z][\w'’.-]*(?:\s+(?:(?:of|for)\s+(?:the\s+)?)?[A-Z][\w'’.-]*)*)"
)


def another_owner_after(rest: str, owner: str | None, country: str | None) -> bool:
    """Whether the words after a post found in a page's sentence (`rest`, as written) give it another owner than the
    claim's: the claim's own country (`country`) or the place its sentence makes the owner ("Norby's Defence Minister":
    `owner`) against 'Minister of Defence of Tarsa' or '... of Halden Province' (review50 S1). A claim naming no
    owner says nothing of whose post it is; an owner the lexicon knows as a country is left to the caller, which weighs
    the countries the sentence names ('Minister of Foreign Affairs of Russia' is no Belarusian post)."""
    m = _OWNER_WRITTEN_AFTER.match(rest)
    if m is None or not (owner or country):
        return False
    held = aliases.fold(m["owner"])
    if countries_named(held):
        return False  # a country's name: the caller weighs it against the claim's
    if country:
        return True  # a known country's post is no post 'of Halden Province'
    return not set(re.findall(r"\w+", aliases.fold(owner or ""))) <= set(re.findall(r"\w+", held))


_OTHER_POST_PHRASES = re.compile(rf"\b(?:{'|'.join(map(re.escape, _WORDS['other_post_phrases']))})\b")


def junior_phrases(text: str) -> frozenset[str]:
    """The phrases of a junior post an office's words hold ('Minister of State for Foreign Affairs' -> 'minister of
    state'): another post than the portfolio's minister, however many of its words it shares."""
    return frozenset(_OTHER_POST_PHRASES.findall(_words_apart(text)))


def junior_phrase_matches(folded: str) -> list[re.Match[str]]:
    """Where a folded text words a junior post (`junior_phrases`), hyphens read as spaces (lengths kept)."""
    return list(_OTHER_POST_PHRASES.finditer(folded.replace("-", " ")))


def _title_words(text: str) -> frozenset[str]:
    """The title words besides the qualifiers that make another post ('shadow', 'assistant', 'junior')."""
    return frozenset(_words_apart(text).split()) & _OTHER_POST_WORDS


def _parts_named(text: str) -> frozenset[str]:
    """The words of a body's part an office's words hold ('youth wing', 'branch'); a portfolio's word a ministry
    names after 'of', 'for' or 'and' ('Minister of Youth, Sport, Arts and Recreation') is what the post is over,
    no part of a body."""
    words = re.sub(r"[,;]", " ", aliases.fold(text).replace("-", " ")).split()
    return frozenset(
        w
        for i, w in enumerate(words)
        if w in _PARTS_OF_A_BODY and not (i and words[i - 1] in _PORTFOLIO_LINKS and _a_portfolio_word(w))
    )


_PORTFOLIO_LINKS = frozenset({"of", "for", "and"})


def _a_portfolio_word(word: str) -> bool:
    return any(word_stem(word) in portfolio for portfolio in _PORTFOLIOS)


def names_another_part(claimed: str, held: str) -> bool:
    """Whether a claim's words name a part of a body ('the party's youth wing') the office's words do not: its head
    is not the body's ('Leader of the Harbour Party')."""
    return bool(_parts_named(claimed) - _parts_named(held))


def another_post_found(folded: str, start: int, end: int, office: str) -> bool:
    """Whether the office's words found at folded[start:end] (a page's sentence, folded) stand in another, longer
    post: other qualifiers around them ('deputy leader of the Green League'), a title word right before them that
    the office lacks ('shadow finance minister'), or a part of the body right after them ('leader of the Green
    League youth wing'). The words of a post are no proof of it when they are part of another's name."""
    if qualifiers_at(folded, start, end) != qualifiers(office) or another_post_at(folded, start, office):
        return True
    if a_part_after_the_possessive(folded[end:]):
        return True  # "director of the Korvik Museum's research centre"
    after = folded[end : end + 24].replace("-", " ").replace("'s ", " ").split()[:2]
    return bool(set(after) & (_PARTS_OF_A_BODY - _parts_named(office)))


_ORGANS_OF_A_BODY = sorted(_WORDS["organs_of_a_body"], key=len, reverse=True)
_AN_ORGAN_OF_THE_BODY = re.compile(rf"(?:{'|'.join(map(re.escape, _ORGANS_OF_A_BODY))})\b")


def a_part_after_the_possessive(rest: str) -> bool:
    """Whether the folded words after a post's body make its possessive of a part or a thing of the body ("the
    Korvik Museum's research centre", "the Korvik Bar Association's ethics board"): the post held is that part's;
    the body's own organ ("Korvik Bank's board": judging.toml offices.organs_of_a_body) leaves it the body's."""
    found = re.match(r"'s\s+(?:own\s+)?(?=[a-z])", rest)
    return found is not None and _AN_ORGAN_OF_THE_BODY.match(rest, found.end()) is None


_PROPER_WORD = re.compile(r"\b[A-Z][\w’'.-]*")
_OF_A_PLACE = re.compile(r"\b(?:of|for)\s+")


def _names_missing(claimed: str, held: str) -> list[str]:
    """The proper names that say of which place or body the claimed post is ('Norby' of 'mayor of Norby',
    'Nordbank' of "Nordbank's president"), that the held office does not name (by a word of its own, a word's
    first letters or initials): 'Mayor of Sundby' is not the mayoralty of Norby. A country or a word of a post
    ('Finance' of 'Minister of Finance' is checked too: it says which ministry) counts only after 'of' or as a
    possessive; an adjective before the post ('Vestrian finance minister') says whose post, checked elsewhere."""
    found = _OF_A_PLACE.search(claimed)
    words = _PROPER_WORD.findall(claimed[found.end() :]) if found else []
    words += [w for w in re.findall(r"\b([A-Z][\w.-]*)['’]s\b", claimed)]
    folded_held = aliases.fold(held).replace("-", " ")
    have = set(re.findall(r"[a-z]+", folded_held))
    have |= {_SAME_POST.get(w, w) for w in have} | _acronyms(held) | {b.lower() for b in _bodies(held)}
    accented = {aliases.fold(w) for w in re.findall(r"\w+", held) if aliases.unaccented(w) != w}
    missing = []
    for word in words:
        w = aliases.fold(word).strip(".'’").removesuffix("'s").removesuffix("’s")
        if len(w) < 3 or word.endswith(".") or aliases.country_of(word):
            continue  # an abbreviation ('St.') may stand for any word the page writes out
        if w in _POST_WORDS | _STATE_FORMS | _LINK_WORDS:
            continue
        spelt = aliases.unaccented(word) != word
        if not any(_same_name_word(_SAME_POST.get(w, w), h, spelt or h in accented) for h in have):
            missing.append(word)  # ('Home' of 'Minister of Home Affairs' is the 'Interior': one post, two words)
    return missing


def _same_name_word(claimed: str, held: str, accented: bool = False) -> bool:
    """Whether two folded words may be one name: the same word, its stem ('finance', 'financial'), one spelling
    of its vowels ('Kyiv', 'Kiev'), or a short form a page writes out ('Fed', 'Federal'). Not a longer name that
    merely starts like it ('Norbury' is not 'Norby'), nor one that differs by an ending making another word
    ('Socialist' is not 'Social'). A name written with its own accents ('León') is spelt as its language spells
    it: another vowel there is another name ('Lyon'), as the vowels of a romanised name are not."""
    if claimed == held or (len(claimed) <= 3 and held.startswith(claimed)):
        return True
    if len(claimed) >= 6 and len(held) >= 6 and claimed[:6] == held[:6]:
        return word_stem(claimed) == word_stem(held)  # a stem with another ending of the same word
    consonants = _consonants(claimed)
    return (
        not accented and len(claimed) >= 4 and len(consonants.replace("-", "")) >= 2 and consonants == _consonants(held)
    )


def _consonants(word: str) -> str:
    """A word's consonants in their places, 'y' as a vowel: one name romanised two ways ('kyiv', 'kiev' -> 'k--v'),
    not two names that share their consonants in other places ('turin' -> 't-r-n', 'tirana' -> 't-r-n-')."""
    return re.sub(r"[aeiouy]", "-", word)


_TO_THE = re.compile(r"\bto\s+the\s+(?P<rest>.*)$", re.I)
_WITHIN_A_BODY = re.compile(r"\bin\s+the\s+[A-Z]")


def _aide_to(office: str) -> bool:
    """Whether an office is a post serving another post ('Chief of Staff to the Minister of Finance', 'Parliamentary
    Secretary to the Minister of Finance'): its words name the other post after 'to the'."""
    m = _TO_THE.search(office)
    return m is not None and POST.match(m["rest"]) is not None


def another_post(claimed: str, held: str) -> bool:
    """Whether a page's office is another post than the one a claim names (`_another_post`) under its own name and
    under its generic one ('Chancellor of the Exchequer' is the 'British Finance Minister', `generic_office`)."""
    generic = generic_office(held)
    return _another_post(claimed, held) and (generic == held or _another_post(claimed, generic))


def _another_post(claimed: str, held: str) -> bool:
    """Whether a page's office as written is another post than the one a claim names, by any word that tells two posts
    apart, not the head word alone: other qualifiers ('deputy', 'acting'), a title word only one has ('shadow',
    'assistant'), a part of a body ('youth wing', 'in the Senate'), a post serving the post ('Chief of Staff to the
    Minister of Finance'), another country (both name one), or a place or body the claim names that the office does
    not ('mayor of Norby' against 'Mayor of Sundby'). Only disagreeing words count:
    an office written out more fully ('Minister of Finance of Vestria' for 'finance minister') is the same post, and
    a time written after the claimed one ('... on Sunday') is none of its words."""
    claimed = without_time(claimed)
    if qualifiers(claimed) != qualifiers(held) or _title_words(claimed) != _title_words(held):
        return True
    if _parts_named(held) - _parts_named(claimed) or (_aide_to(held) and not _aide_to(claimed)):
        return True
    if _WITHIN_A_BODY.search(held) and not _WITHIN_A_BODY.search(claimed):
        return True  # 'Leader of the Green League in the Senate': the party's group in one house, not the party
    ours, theirs = office_country(claimed), office_country(held)
    if ours and theirs and ours != theirs and not held_in_others_too(held):
        return True
    if not portfolios_kept(claimed, held):
        return True  # 'Minister of Foreign Trade' is no foreign minister: its 'foreign' names trade's kind
    return bool(_names_missing(claimed, held)) or named_longer(claimed, held) or _possessed_elsewhere(claimed, held)


def not_the_post(claimed: str, held: str) -> bool:
    """Whether a held office is not the post a claim names: another post by a word that tells two posts apart
    (`another_post`), or one lacking a word that says which post the claimed one is ('finance' of 'finance minister'
    against 'Minister of Defence', which differs by no qualifier; `same_office` asks the same of every such word)."""
    held_words = _specific_words(held)
    unsaid = _specific_words(claimed) - held_words - _place_adjective(claimed)
    # a name spelt another way ('Kyiv', 'Kiev') is the same word
    return another_post(claimed, held) or any(not any(_same_name_word(w, h) for h in held_words) for w in unsaid)


_PLACE_ADJECTIVE_ENDINGS = tuple(_WORDS["place_adjective_endings"])
_PLACE_PORTFOLIO_NOUNS = frozenset(_WORDS["place_portfolio_nouns"])


def _place_adjective(claimed: str) -> set[str]:
    """The stem of a place's adjective the lexicon does not know opening a claimed post ('Norbian' of 'Norbian
    defence minister'): a capitalised word with a place adjective's ending that is no word of a post, a qualifier
    or a portfolio, nor before a noun of offices.place_portfolio_nouns ('European affairs minister' names the post).
    It says whose post it is, as 'Estonian' does (`office_country`), not which."""
    first = re.match(r"\s*([A-Z][a-z]{3,})\s+([A-Za-z]+)", claimed)
    if first is None or first[2].lower() in _PLACE_PORTFOLIO_NOUNS:
        return set()  # 'European affairs minister': the place says which affairs, so which post
    stem = _place_adjective_stem(first[1])
    return {stem} if stem else set()


def _place_adjective_stem(written: str) -> str | None:
    """The stem of a capitalised word with a place adjective's ending that is no word of a post, a qualifier or a
    portfolio ('Norbian'), None for any other word."""
    if not re.fullmatch(r"[A-Z][a-z]{3,}", written) or not written.endswith(_PLACE_ADJECTIVE_ENDINGS):
        return None
    word = aliases.fold(written)
    stem = word_stem(word)
    if word in _POST_WORDS or _QUALIFIER.fullmatch(word) or any(stem in p for p in _PORTFOLIOS):
        return None
    return stem


def place_word(written: str) -> bool:
    """Whether a capitalised word names a country: a nationality the lexicon knows ('French'), or a place's adjective
    it does not ('Norbian', `_place_adjective_stem`)."""
    return aliases.country_of(written) is not None or _place_adjective_stem(written) is not None


# a lead's nationality word: 'is a Norbian politician', 'is an Indian diplomat', 'was a former Korvian minister'
_LEAD_NATIONALITY = re.compile(r"\b(?:is|was)\s+(?:an?|the)\s+(?:former\s+)?(?P<words>[A-Z][a-z]{3,}\s+[A-Za-z]+)")


def unread_nationality(lead: str) -> bool:
    """Whether a person's lead gives their nationality by a place's adjective the lexicon does not know ('is a
    Norbian politician', `_place_adjective`): the page gives a country, though not one `office_country` can name."""
    found = _LEAD_NATIONALITY.search(lead)
    return found is not None and bool(_place_adjective(found["words"]))


# 'of Vestria's central bank', 'of the Harbour Party's youth wing': a post of the thing a name possesses
_POSSESSED = re.compile(r"\bof\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*['’]s\s+(?P<thing>[^,;]+)$")


def _possessed_elsewhere(claimed: str, held: str) -> bool:
    """Whether the claimed post is of something a name possesses ('president of Vestria's central bank') whose
    words the held office lacks ('President of Vestria'): the post of the bank, not of the country."""
    found = _POSSESSED.search(claimed)
    return found is not None and bool(_specific_words(found["thing"]) - _specific_words(held))


_NAME_RUN = re.compile(r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*")
# 'Mexico City', 'Norby Prefecture': a city inside the named place, or the named place's unit, is no other place
KEEPS_THE_NAME = frozenset(lexicons.load("judging")["clause"]["longer_name_kept"])
# a body's word after a name ('Liberal Party', 'Norby Council') names the body the name stands for, no other place
_BODY_AFTER_A_NAME = frozenset(
    [*_WORDS["body_words"], *lexicons.load("judging")["clause"]["led_institutions"]]
    + lexicons.load("names")["not_name"]["bodies"]
)
_STOP_WORDS = frozenset(lexicons.load("judging")["clause"]["stop_words"])
# words of a place's kind that bodies use too ('Department'; not 'County': 'Mayor of Norby County' is another place's):
# after a post's place, its unit, as before a body's word was read there (review50 B5)
_PLACE_KINDS = frozenset(lexicons.load("judging")["clause"]["place_kind_words"]) & _BODY_AFTER_A_NAME
_BODY_KIND_STEMS = frozenset(word_stem(w) for phrase in _BODY_AFTER_A_NAME for w in phrase.split())


def named_longer(claimed: str, held: str) -> bool:
    """Whether a proper name the claimed post is of ('Norby' of 'mayor of Norby', 'Vestria' of 'prime minister of
    Vestria') stands in the held office only inside a longer name: a capitalised word right before it ('Mayor of
    West Norby') or after it ('Mayor of Norby County'), or a hyphened word after it. The office of another place,
    whose name merely holds the claimed one; a country's name is left to the country checks ('South Sudan')."""
    found = _OF_A_PLACE.search(claimed)
    if found is None:
        return False
    place_post = _one_place_post(claimed) is not None  # 'Governor of Halden': no body's word after it (S2)
    written = aliases.unaccented(held)
    for run in _NAME_RUN.findall(aliases.unaccented(claimed[found.end() :])):
        words = {aliases.fold(w) for w in run.split()}
        if aliases.country_of(run) or words <= _POST_WORDS | _LINK_WORDS | _STATE_FORMS:
            continue
        hits = list(re.finditer(rf"(?<![\w’'.-]){re.escape(run)}(?![\w’'])", written))
        if hits and all(name_goes_on(written, m.start(), m.end(), place_post) for m in hits):
            return True
    return False


# a post's body or place written after it ('president of the Senate of Chile since 2023'): up to a stop, a time
# or a clause of its own
_OF_BODY_AFTER = re.compile(
    r"\s*of\s+(?P<body>[^,;:.()]+?)(?=\s+(?:since|from|until|till|between|in|on|for|and|who|which|when)\b|[,;:.()]|$)",
    re.I,
)


def of_a_body(claimed: str, post: str, after: str) -> bool:
    """Whether a page's bare post `post` (the words a bare claimed post, 'President', found), with the words `after`
    it, is the post of a body, not of a state: 'president of the Senate of Chile', 'of the Norby Party', 'of the
    Korvik chess club'. A claimed post naming nothing but itself and its country ('President', 'Chilean President')
    is the state's (`_same_office` asks the same of an infobox's office); 'president of Chile' or a post the page
    leaves bare ('has been President since 2014') stays it (review43 R13)."""
    if _specific_words(claimed):
        return False
    m = _OF_BODY_AFTER.match(after)
    if m is None:
        return False
    held = f"{post.strip()} of {m['body']}"
    country = office_country(held)
    if country is None:
        return not _a_states_name(m["body"])  # 'President of Norby': a country the lexicon lacks (review44 B8)
    return bool(_specific_words(_post_of(held, country)))


_BODY_NOUN_STEMS = _BODY_KIND_STEMS | frozenset(word_stem(w) for w in lexicons.load("titles")["bodies"])


def _a_states_name(body: str) -> bool:
    """Whether the words after a post's 'of' name a state, as far as they can without the country lexicon: proper
    names only, after any state form ('Norby', 'the Republic of Norby'), none of them a body's noun ('the Norby
    Party', 'Norby Bank', 'the Norby Senate') and no common word ('the Korvik chess club'); several names only opened
    by a state form ('the Republic of North Norby'), for a firm or a club is written so ('Tarsa Motors', 'Korvik
    United')."""
    words = [w for w in re.findall(r"[\w'’-]+", body) if w.lower() not in {"the", "of", "and"}]
    opened = 0
    while opened < len(words) and words[opened].lower() in _STATE_FORMS:
        opened += 1  # 'the Republic of', 'the United States of'
    names = words[opened:]
    if len(names) > 1 and not opened:
        return False  # 'Tarsa Motors', 'Korvik United', 'Real Korvik': a firm's or a club's name (review45 B4)
    return bool(names) and all(w[:1].isupper() and word_stem(w.lower()) not in _BODY_NOUN_STEMS for w in names)


def name_goes_on(text: str, start: int, end: int, bodies_too: bool = False) -> bool:
    """Whether the name at text[start:end] is part of a longer one: a capitalised word of letters right before or
    after it, no function word ('The Norby'), or a hyphened word after it ('Norby-on-Sea'); not a city of the name
    nor the named place's unit ('Norby Prefecture': judging.toml clause.longer_name_kept). A body's word after it
    ('Liberal Party', 'Harvard University') keeps the name the body's own, unless `bodies_too`: the name is a post's
    place (a mayor's, a governor's): 'Governor of Halden Bank' is the bank's governor, not Halden's (review49 S2)."""
    not_a_name = _STOP_WORDS | _POST_WORDS | _LINK_WORDS  # 'The Norby', 'Norby Mayor': the post's words
    before = re.search(r"\b([A-Z][a-z]+)[ -]$", text[:start])
    if before is not None and before.group(1).lower() not in not_a_name:
        return True
    after = re.match(r"-\w|\s([A-Z][a-z]+)\b", text[end:])
    if after is None:
        return False
    word = (after.group(1) or "").lower()
    # a post's place goes on past a body's word, but not past a word of a place's kind that bodies use too ('Governor
    # of Halden Department', a department as France's or Colombia's: the place's own unit; review50 B5)
    return not word or word not in not_a_name | KEEPS_THE_NAME | (_PLACE_KINDS if bodies_too else _BODY_AFTER_A_NAME)


def strip_qualifiers(office: str) -> str:
    """The office without its qualifiers, to find the same office listed with other ones (a glued one too:
    'Vicepresident of the Forum' is the forum's vice-president, review23 R2)."""
    return " ".join(_QUALIFIERS_AS_WRITTEN.sub(" ", _GLUED_AS_WRITTEN.sub(r"\1 ", office)).split())


# every qualifier and not-yet word as an office may write it ('president-elect', 'prime minister-in-waiting')
_QUALIFIER_WORDS = "|".join(re.escape(w).replace(r"\ ", r"[\s-]+") for w in (*_WORDS["qualifiers"], *_WORDS["not_yet"]))
_QUALIFIERS_AS_WRITTEN = re.compile(rf"(?i)-?\b(?:{_QUALIFIER_WORDS})\b")


_GLUED_AS_WRITTEN = re.compile(_GLUED.pattern, re.I)  # 'Vicepresident' as a page writes it


@dataclass(frozen=True)
class Term:
    """One office of a person's infobox with its written term."""

    office: InfoboxField
    start: dt.date | None
    end: dt.date | None
    rows: tuple[InfoboxField, ...] = ()  # the term's own start and end rows, as the page writes them

    def covers(self, day: dt.date) -> bool:
        return self.start is not None and self.start <= day and (self.end is None or day <= self.end)


def ended_by(end: dt.date, day: dt.date) -> bool:
    """Whether a term that ended on `end` is over on `day`. A page gives a term's end as a day, not an hour, and
    the day a term ends is its successor's first: an article dated that day is read as written after the handover,
    so its old holder is already former (desk21 X4)."""
    return end <= day


# the rows of a further spell in the office above: its dates and the people around it, nothing that
# names another seat (a 'constituency' row without an office is a seat in parliament, not the office above)
_SPELL_ROWS = frozenset(_WORDS["spell_rows"])


# a seat in a legislature for a place ('member of parliament for Aveiro', 'MP for Braga'): one seat of the many a
# member may hold in turn (judging.toml role.seat_words)
SEAT = re.compile(
    rf"^(?:the\s+)?(?:{'|'.join(map(re.escape, lexicons.load('judging')['role']['seat_words']))})"
    r"\s+(?:for|from|representing|of)\s+(?:the\s+)?(?P<place>.+)$",
    re.I,
)


_BODY_POSTS = frozenset(lexicons.load("offices")["body_posts"])  # 'dean', 'provost': posts below a body's head
# the words that make a phrase a post ('Director of Public Prosecutions', 'head of NATO'), not any words
# ('previously served') nor a body's name alone ('NATO')
_POST_HEADS = sorted({*aliases.OFFICE_HEADS, *aliases.BARE_HEADS, *_BODY_POSTS}, key=len, reverse=True)
POST = re.compile(
    rf"\b(?:{'|'.join(map(re.escape, _POST_HEADS))}"
    r"|minister|secretary|leader|member|MP)\b",
    re.I,
)


def office_groups(infobox: Iterable[InfoboxField]) -> list[dict[str, InfoboxField]]:
    """The numbered groups of an officeholder infobox, each with its office: a group with a term and
    nothing else of its own is another spell of the office listed above it (a foreign minister's two
    spells are one office row and two term rows), and is given that office row."""
    out = []
    office = None
    for group in numbered_groups(infobox).values():
        group = _as_office_group(group)
        office = group.get("office", office if set(group) <= _SPELL_ROWS else None)
        out.append(group if office is None or "office" in group else {**group, "office": office})
    return out


def own_office_groups(infobox: Iterable[InfoboxField]) -> list[dict[str, InfoboxField]]:
    """The numbered groups of an infobox that name their own office, a royalty infobox's throne among them
    (`_as_office_group`: 'succession: Emir of Kuwait' with its reign); unlike `office_groups`, a spell's term rows
    are not given the office listed above them."""
    return [g for g in map(_as_office_group, numbered_groups(infobox).values()) if "office" in g]


_RANGE_DASH = re.compile(r"\s*[–—]\s*|\s+-\s+")


def _as_office_group(group: dict[str, InfoboxField]) -> dict[str, InfoboxField]:
    """A post given with its span in two rows (`post_and_span_rows`) as an office group: a royalty infobox's
    `succession` names the post ('Emir of Kuwait') and `reign` gives its span in one row ('29 September 2020 – 16
    December 2023'); a person infobox's `title` and `term` ('President and CEO, Boeing', 'January 2020 – August
    2024') the same. The span is read as the term's start and end rows, each keeping the row's label and its own
    words ('... – present' runs on: no end); a span that opens with no date is no term ('title: Sheikh'). Other
    groups as they are."""
    if "office" in group:
        return group
    pair = next(((group[p], group[s]) for p, s in _WORDS["post_and_span_rows"] if p in group and s in group), None)
    if pair is None:
        return group
    post, reign = pair
    start, end = [*_RANGE_DASH.split(reign.value.strip(), maxsplit=1), ""][:2]
    if parse_date(start) is None:
        return group
    rows = {"office": post, "term_start": InfoboxField(label=reign.label, value=start)}
    if parse_date(end) is not None:  # 'present' is no date
        rows["term_end"] = InfoboxField(label=reign.label, value=end)
    return {**group, **rows}


def spell_dates(group: dict[str, InfoboxField]) -> tuple[dt.date | None, dt.date | None]:
    """A group's (`office_groups`) written start and end, each None when the row is missing or unreadable."""
    start, end = group.get("term_start"), group.get("term_end")
    return (
        parse_date(start.value) if start is not None else None,
        parse_date(end.value) if end is not None else None,
    )


def terms(infobox: Iterable[InfoboxField]) -> list[Term]:
    """The offices with a dated start in an officeholder infobox, one per spell (`office_groups`)."""
    out = []
    for group in office_groups(infobox):
        office = group.get("office")
        start = group.get("term_start")
        if office is None or start is None:
            continue
        end = group.get("term_end")
        rows = (start, end) if end else (start,)
        out.append(Term(office, parse_date(start.value), parse_date(end.value) if end else None, rows))
    return out


def held_before(infobox: Iterable[InfoboxField], office: str, start: dt.date) -> bool:
    """Whether an infobox gives a spell of `office` (its words folded alike) begun before `start`: a term begun on
    `start` is then a later one, not the post's first taking."""
    post = aliases.fold(office)
    return any(t.start is not None and t.start < start and aliases.fold(t.office.value) == post for t in terms(infobox))


@functools.cache
def _country_forms() -> tuple[tuple[str, re.Pattern[str], str], ...]:
    """Each country name or adjective `office_country` looks for (four letters or more, letters or an apostrophe),
    compiled once, in `aliases.COUNTRIES` order: the first one found decides. A place named after the
    country ('Mexico City', 'New Mexico') is not it. The form's words come first, so a text is searched only
    for the forms it holds (the judge asks this of every page sentence it weighs)."""
    after = "|".join(_WORDS["places_after_a_country"])
    before = "".join(rf"(?<!\b{w} )" for w in _WORDS["places_before_a_country"])
    return tuple(
        (form, re.compile(rf"{before}\b{re.escape(form)}\b(?! (?:{after})\b)"), country)
        for form, (country, _) in aliases.COUNTRIES.items()
        if len(form) >= 4 and form.replace(" ", "").replace("'", "").isalpha()  # "people's republic of china" too
    )


_LOWER_PLACE_WORD = re.compile(rf"\b(?:{'|'.join(map(re.escape, _WORDS['places_before_a_country']))})(?= [A-Z])")


def _countries_found(text: str) -> list[str]:
    """The countries a text names, in `_country_forms` order, leaving out a name found only inside a
    longer one ('Guinea' in 'Guinea-Bissau' or 'Papua New Guinea', 'Sudan' in 'South Sudan'): the
    longer name is the country meant."""
    # a place's word before a country is capitalised ('New Mexico'); 'the new Mexican president' is Mexico's
    # (only in text as written: folded text has lost the capital)
    text = _LOWER_PLACE_WORD.sub("_", text)
    folded = f" {aliases.fold(text)} "
    found = [
        (m.span(), country)
        for words, form, country in _country_forms()
        if words in folded
        for m in form.finditer(folded)
    ]
    spans = {span for span, _ in found}
    inside = {(s, e) for s, e in spans if any(a <= s and e <= b and (a, b) != (s, e) for a, b in spans)}
    return list(dict.fromkeys(country for span, country in found if span not in inside))


@functools.lru_cache(maxsize=4096)
def office_country(text: str) -> str | None:
    """The country an office's words name ('Prime Minister of the Netherlands', 'Zimbabwe's sports
    minister'), by the country names and adjectives `verify.aliases` knows. Cached: a batch asks
    about the same few offices for every claim and page that names them."""
    return next(iter(_countries_found(text)), None)


def countries_named(text: str) -> set[str]:
    """Every country an office's words name, by name or adjective ('prime minister of the Netherlands,
    succeeding the Belgian ...' -> Netherlands and Belgium)."""
    return set(_countries_found(text))


_OTHER_COUNTRIES = re.compile(
    rf"\band\s+(?:the\s+)?(?:[\w-]+\s+)?other\s+(?:[\w-]+\s+){{0,2}}?(?:{'|'.join(_WORDS['other_countries'])})\b"
)


def held_in_others_too(text: str) -> bool:
    """Whether an office's words say it is held in other countries as well as the one they name ('King of
    the United Kingdom and the other Commonwealth realms', 'and 14 other states'): the one country named
    is then no proof that the post is no other country's."""
    return _OTHER_COUNTRIES.search(aliases.fold(text)) is not None


def _bodies(text: str) -> set[str]:
    """Bodies an office names by acronym ('NATO', 'IOC')."""
    return set(re.findall(r"\b[A-Z]{2,}\b", text))


def _same_government(claimed_office: str, nationality: str | None, held_office: str) -> bool:
    """Whether two offices belong to one government or body: the same country when both name one;
    not when one names a body by acronym that the other lacks ('Secretary General of NATO' and
    'Prime Minister of the Netherlands'); an office named without either is the person's own
    government's."""
    claimed_country = office_country(claimed_office) or aliases.country_of(nationality)
    held_country = office_country(held_office)
    if claimed_country and held_country:
        return claimed_country == held_country
    claimed_bodies = _bodies(claimed_office) - _parents_named(claimed_office, held_office)
    held_bodies = _bodies(held_office) - _parents_named(held_office, claimed_office)
    return claimed_bodies <= _named(held_office) and held_bodies <= _named(claimed_office)


# initials written right before a body's capitalised name ('UN World Food Programme', 'EU Court of Auditors')
_PARENT_BEFORE_A_NAME = re.compile(r"\b([A-Z]{2,})\s+([A-Z][\w'-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'-]*)+)")


def _parents_named(office: str, other: str) -> set[str]:
    """Initials an office writes right before a body's name that the other office gives in full, without them ('UN
    World Food Programme' beside 'World Food Programme'): the body's parent, named with the body, not another
    body (`_same_government`)."""
    return {m[1] for m in _PARENT_BEFORE_A_NAME.finditer(office) if aliases.fold(m[2]) in aliases.fold(other)}


def same_government(claimed_office: str, nationality: str | None, held_office: str) -> bool:
    """Public form of `_same_government`: whether a listed office is of the claimed office's country
    or body at all ('NATO secretary general' is not 'Secretary-General of the Ministry of Justice')."""
    return _same_government(claimed_office, nationality, held_office)


def _named(text: str) -> set[str]:
    """Bodies an office names, by acronym or in full ('International Olympic Committee' -> IOC)."""
    return _bodies(text) | {a.upper() for a in _acronyms(text)}


def _acronyms(text: str) -> set[str]:
    """Initials of each run of capitalised words ('International Olympic Committee' -> 'ioc')."""
    runs = re.findall(r"(?:[A-Z][a-z]+\s+){1,5}[A-Z][a-z]+", text)
    return {aliases.initials(run).lower() for run in runs}


# a body's name whose capitalised words are linked by small ones ('International Court of Justice')
_LINKED_RUN = re.compile(r"[A-Z][a-z]+(?:\s+(?:(?:of|for|and)\s+(?:the\s+)?)?[A-Z][a-z]+)+")


def acronyms(text: str) -> set[str]:
    """Public form of `_acronyms`: the lower-case initials of each run of capitalised words of an office's name
    ('Leader of the Christian Democratic Union' -> {'cdu'}), which a claim may write the body as; a body's name
    linked by small words is written by its initials from any of its capitalised words on ('President of the
    International Court of Justice' -> 'icj' as well as 'ic')."""
    linked = set()
    for run in _LINKED_RUN.findall(text):
        starts = [m.start() for m in re.finditer(r"\b[A-Z]", run)]
        linked |= {aliases.initials(run[at:]).lower() for at in starts[:-1]}
    return _acronyms(text) | linked


def _body_initials(text: str) -> set[str]:
    """Initials of each run of capitalised words with the words of the post left out ('European Council
    President' -> 'ec'): a title written in capitals ('Finance Minister') names no body, so it has no
    initials that the same office written out ('Minister of Finance') would lack. A qualifier or a stopgap word
    ('Deputy Foreign Minister', 'Acting Finance Minister') says how the post is held, not which body: 'Deputy
    Minister of Foreign Affairs' has no 'df' either. Nor does a country's name say which body ('Former Czech Finance
    Minister' is the 'Minister of Finance' of the Czech Republic: no 'cf')."""
    for country in countries_named(text):
        forms = sorted((f for f, (c, _) in aliases.COUNTRIES.items() if c == country), key=len, reverse=True)
        for form in [country, *forms]:
            text = re.sub(rf"(?i)(?<![\w.]){re.escape(form)}(?:['’]s)?(?![\w.])", " , ", text)
    runs = re.findall(r"(?:[A-Z][a-z]+\s+){1,5}[A-Z][a-z]+", text)
    # 'Shadow Trade Minister' is the shadow minister of trade, no body 'ST' (judging.toml other_post_words)
    how_held = _POST_WORDS | frozenset(_WORDS["qualifiers"]) | frozenset(_STOPGAP_WORDS) | _OTHER_POST_ONLY
    named = [[w for w in run.split() if w.lower() not in how_held] for run in runs]
    return {aliases.initials(" ".join(words)).lower() for words in named if len(words) >= 2}


_DATES = lexicons.load("dates")
_TIME_WORD = "|".join(map(re.escape, [*_DATES["weekdays"], *_DATES["months"], *_DATES["relative_days"], "yesterday"]))
# a time the article writes after the office ('sworn in as prime minister on Tuesday', 'finance minister until April',
# 'president in 2019'): when it was held, not which post it is
_TIME_AFTER = re.compile(
    rf"\s+(?:on|in|since|until|till|from|by|last|this|next)\s+(?:the\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?"
    rf"(?:{_TIME_WORD}|\d{{4}})\b.*$",
    re.I,
)


def without_time(office: str) -> str:
    """An office's words without the time written after them ('prime minister on Tuesday' -> 'prime minister')."""
    return _TIME_AFTER.sub("", office)


def _specific_words(text: str) -> set[str]:
    """The words that say which post it is, cut to a stem ('sports' and 'sport' agree), with the
    initials of its named bodies; a country's name says whose post, not which, and a time written after it
    ('on Tuesday') says when it was held."""
    text = without_time(text)
    country = office_country(text)
    # the country's name and every form of it ('Dutch' as well as 'Netherlands')
    forms = [country, *(f for f, (c, _) in aliases.COUNTRIES.items() if c == country)] if country else []
    country_words = {w for form in forms for w in aliases.fold(form).split()}
    words = [_SAME_POST.get(w, w) for w in re.findall(r"[a-z]+", aliases.fold(text))]
    # a stopgap word ('interim', 'caretaker') says how the post is held, not which post it is
    generic = _POST_WORDS | country_words | frozenset(_STOPGAP_WORDS)
    qualifying = {w for w in words if _QUALIFIER.fullmatch(w) or _NOT_YET.fullmatch(w)}
    # a number written out before the first 'of' numbers the holder ('eighth governor of the bank'); after it, it
    # names the body ('commander of the Seventh Fleet'): there it says which post it is
    head = words[: words.index("of")] if "of" in words else words
    numbering = {w for w in head if w in _NUMBERING}
    kept = {word_stem(w) for w in words if len(w) > 2 and w not in generic | qualifying | numbering}
    return kept | {a[:5] for a in _body_initials(text)}


def specific_words(office: str) -> set[str]:
    """Public form of `_specific_words`: the stems that say which post an office is ('prime' of 'Prime
    Minister of Canada'), its country's name left out."""
    return _specific_words(office)


def stopgaps(text: str) -> frozenset[str]:
    """The stopgap words an office's words (or its status row) carry ('Acting Prime Minister', 'caretaker prime
    minister', status 'Interim')."""
    return frozenset(m.group(0).strip("()").lower() for m in _STOPGAP.finditer(text))


def stopgap_wordings(phrase: str) -> list[str]:
    """The phrase with its stopgap word in the other words news writes for the same stopgap post (judging.toml
    offices.one_stopgap): 'interim president' -> 'acting president'; a page writing either names the claimed post.
    A phrase with no such word gets none."""
    words = phrase.split()
    at = next((i for i, w in enumerate(words) if w.lower() in _ONE_STOPGAP), None)
    if at is None:
        return []
    return [" ".join([*words[:at], other, *words[at + 1 :]]) for other in _ONE_STOPGAP if other != words[at].lower()]


_ONE_STOPGAP = tuple(_WORDS["one_stopgap"])


def one_stopgap_reworded(office: str, folded: str, start: int, end: int) -> bool:
    """Whether the claimed office and the office name found at folded[start:end] (or just before it) write one
    stopgap post in two of the words news writes for it ('Interim President' against a page's 'acting President of
    Norby'): their qualifiers are then compared without 'acting', which only one of the two words is. A bare
    'President' against either word is not reworded: how it is held still tells the posts apart."""
    near = " ".join([*folded[max(0, start - _LOOK_BEHIND) : start].split()[-2:], folded[start:end]])
    claimed, found = (stopgaps(text) & frozenset(_ONE_STOPGAP) for text in (office, near))
    return bool(claimed and found and claimed != found)


def stopgap_spell_of(spell: str, office: str) -> bool:
    """Whether an office row is a stopgap spell ('Acting Governor of the Bank', 'Governor of the Bank (interim)') of
    the office: the same post once its stopgap word is left out, which the office itself lacks. Its start is the
    day its holder took office ('took office on 1 September', 'has led the bank since'), the full term continuing
    what the acting one began."""
    if not _STOPGAP.search(spell) or _STOPGAP.search(office):
        return False
    return _unnumbered(_STOPGAP.sub(" ", spell)) == _unnumbered(office)


def _unnumbered(office: str) -> str:
    """An office's words folded, without the number of its holder ('13th Governor of the Bank' -> 'governor of the
    bank'): a stopgap spell is rarely numbered."""
    words = aliases.fold(office).split()
    numbered = bool(words) and (re.fullmatch(r"\d+(?:st|nd|rd|th)", words[0]) is not None or words[0] in _NUMBERING)
    return " ".join(words[1:] if numbered else words)


def unnumbered(office: str) -> str:
    """Public form of `_unnumbered`: an office's words folded, without its holder's number ('10th Chairman of the
    Norby Space Agency' -> 'chairman of the norby space agency'), as its own page is titled."""
    return _unnumbered(office)


def stopgap_begun(held: list[Term], infobox: Iterable[InfoboxField]) -> list[Term]:
    """Each held term with the acting or interim spell of its office that ran into it (ended the day before it began,
    or on that day) as one spell from the acting start: 'has led the bank since 1 September 2021' of an acting
    governor from then, governor from 1 March 2022, tells one unbroken spell."""
    out = []
    for term in held:
        for spell in terms(infobox):
            if spell.start is None or spell.end is None or term.start is None:
                continue
            if stopgap_spell_of(spell.office.value, term.office.value) and 0 <= (term.start - spell.end).days <= 1:
                out.append(Term(term.office, spell.start, term.end, (spell.rows[0], *term.rows[1:])))
    return out


def said_in_full(claimed: str, offices: Iterable[str]) -> set[str]:
    """Of several offices a claimed post may be ('president of Norby': 'President of Norby' and 'President of the
    Norby Party'), those that name no kind of body the claim leaves out ('Party', 'Council', 'Bank': judging.toml
    offices.body_words and clause.led_institutions): such an office is the post of another body, here one named after
    the place. Other words left out only write the post more fully ('Minister of Finance and Economic Planning' for
    'finance minister') and keep it (review24 B1). All of them when every office names such a body, when they are one
    office, or when the claim names no place or body at all."""
    names = set(offices)
    said = _specific_words(claimed)
    if len(names) < 2 or not said:
        return names  # a bare 'president' names no place or body: of two presidencies it may be either
    whole = {o for o in names if not _another_body_unsaid(o, said)}
    return whole or names


def _another_body_unsaid(office: str, said: set[str]) -> bool:
    """Whether an office names a kind of body the claim's words (`said`) leave out; a body the claim names by its
    initials ('has led the CDU': 'Leader of the Christian Democratic Union') is said whole."""
    if {a[:5] for a in _body_initials(office) | _acronyms(office)} & said:
        return False
    return bool((_specific_words(office) - said) & _BODY_KIND_STEMS)


_OWN_NAMES = tuple(
    (re.compile(rf"\b{re.escape(o['office'])}\b", re.I), o["generic"], o["of"])
    for o in lexicons.load("offices")["own_names"]
)  # ministries under their country's own name (verify/lexicons/offices.toml `own_names`)


def generic_office(office: str) -> str:
    """A ministry a country writes under its own name, named as news name it ('Minister of External Affairs' ->
    'Minister of Foreign Affairs of India', 'Shadow Chancellor of the Exchequer' -> 'Shadow Minister of Finance of
    the United Kingdom'; offices.toml `own_names`), its country added when it names none, known or not ('Minister of
    External Affairs of Norby' is Norby's). Any other office as written."""
    for pattern, generic, country in _OWN_NAMES:
        if found := pattern.search(office):
            named = pattern.sub(generic, office)
            return (
                named if office_country(named) or _PLACE_AFTER.match(office[found.end() :]) else f"{named} of {country}"
            )
    return office


# a place written after an office's name ('Minister of External Affairs of Norby'), known to the lexicon or not
_PLACE_AFTER = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")


def _office_words(office: str) -> set[str]:
    """The words that say which post an office is, under its own name and its generic one (`generic_office`)."""
    return _specific_words(office) | _specific_words(generic_office(office))


def same_office(claimed_office: str, nationality: str | None, held_office: str) -> bool:
    """Another wording of one office ('IOC President' for 'President of the International Olympic
    Committee', 'Dutch premier' for 'Prime Minister of the Netherlands'), the held office read under its own name or
    its generic one ('Indian foreign minister' of 'Minister of External Affairs', `generic_office`)."""
    generic = generic_office(held_office)
    # a claim naming a country is held to the generic name only where its country is known ('of Norby' may be any)
    told = office_country(generic) is not None or not (office_country(claimed_office) or nationality)
    return _same_office(claimed_office, nationality, held_office) or (
        generic != held_office and told and _same_office(claimed_office, nationality, generic)
    )


def _same_office(claimed_office: str, nationality: str | None, held_office: str) -> bool:
    """`same_office` for an office as written: the same qualifiers, the same government, and every word that says
    which post it is found in the held office's words. 'The country' ('the country's fourth prime minister') stands
    for the country named before, never a word of the post."""
    claimed_words = _specific_words(claimed_office).difference(_COUNTRY_NOUN_STEMS)
    if qualifiers(claimed_office) != qualifiers(held_office) or not _same_government(
        claimed_office, nationality, held_office
    ):
        return False
    if junior_phrases(claimed_office) != junior_phrases(held_office):
        return False  # a Minister of State for Foreign Affairs is no foreign minister
    if not claimed_words:  # a bare 'President': only a country named on both sides ties it to this office
        claimed_country = office_country(claimed_office) or aliases.country_of(nationality)
        if claimed_country is None or claimed_country != office_country(held_office):
            return False
        # and the same post with nothing else named: 'Minister of Finance of Chile' or 'President of the Senate
        # of Chile' is no 'Chilean President'
        return _same_post(claimed_office, held_office) and not _specific_words(_post_of(held_office, claimed_country))
    place = _place_first(claimed_office, held_office)
    if place is not None:
        # 'Tasmanian Premier', 'Korvik Premier', 'Norbian President': a post titled by the place it is of, which the
        # held office names after 'of' ('Premier of Tasmania'): the same post when nothing else is named on either
        # side, no body the claim leaves out ('President of the Catalan Football Federation' is no 'Catalan
        # President'); the place's words are read as no body's initials ('tp')
        claimed_rest = claimed_words - place[0] - {a[:5] for a in _body_initials(claimed_office)}
        held_rest = _specific_words(held_office) - place[1] - {word_stem(w) for w in _STATE_FORMS}
        held_rest -= {a[:5] for a in _body_initials(held_office)}
        return claimed_rest == held_rest and _same_post(claimed_office, held_office)
    # 'chairman of the DSRO': the initials of the body with its country's adjective ('Danish Space Research
    # Organisation'), which the held office's specific words lose with the country, name it too; so do the initials
    # of the body's name from a later word on ('Football Federation president' of the 'Catalan Football Federation':
    # 'ff'), the body named short, without the adjective of its region
    claimed_words -= {a[:5] for a in acronyms(held_office)}
    if not (claimed_words <= _specific_words(held_office) and _same_post(claimed_office, held_office)):
        return False
    return portfolios_kept(claimed_office, held_office)


def _place_first(claimed: str, held: str) -> tuple[set[str], set[str]] | None:
    """The stems of the place a claimed post opens with and of the held office's word naming that place after its
    'of' ('Tasmanian' and 'Tasmania', 'Norbian' and 'Norby', 'Korvik' and 'Korvik'); None when the claim opens with
    no word of a place the held office is of."""
    first = re.match(r"\s*([A-Z][a-z]{3,})\s+\S", claimed)
    if first is None or " of " not in held:
        return None
    word = aliases.fold(first[1]).lower()
    if word in _POST_WORDS or _QUALIFIER.fullmatch(word) or any(word_stem(word) in p for p in _PORTFOLIOS):
        return None  # 'Finance Minister': a portfolio, which 'Minister of Finance' names after its 'of' too
    names = [n for n in re.findall(r"[a-z]+", aliases.fold(held.rsplit(" of ", 1)[1]).lower()) if n != "the"]
    if _PARTY_WORDS & set(names):
        return None  # 'Socialist leader', 'Labour leader': a party's head, which its own reading settles
    adjective = _place_adjective_stem(first[1]) is not None or aliases.country_of(first[1]) is not None
    for at, name in enumerate(names):
        bases = {name, name[:-1], f"{name[:-1]}i"}  # 'Tasmania'n', 'Norb'+'ian' of 'Norby'
        # the place the post is of ends its name ('Premier of Korvik'), or the claim writes a place's adjective
        same = word == name and (adjective or at == len(names) - 1)
        if len(name) > 3 and (same or any(word == b + e for b in bases for e in _PLACE_ADJECTIVE_ENDINGS)):
            return {word_stem(word)}, {word_stem(name)}
    return None


_PARTY_WORDS = frozenset(lexicons.load("judging")["role"]["party_words"])


_PARTY_HEADS = frozenset(_WORDS["party_heads"])


_STATE_FORMS = frozenset(_WORDS["state_forms"])


def _post_of(office: str, country: str) -> str:
    """The words of an office before the country it is of: 'President' of 'the Republic of Chile' or of 'the
    United Mexican States'; 'Minister of Finance' of 'Chile'. The office itself when it is of no such name."""
    parts = office.split(" of ")
    forms = {w for f, (c, _) in aliases.COUNTRIES.items() if c == country for w in f.split()}
    for at in range(1, len(parts)):
        rest = " of ".join(parts[at:])
        words = set(re.findall(r"[\w']+", aliases.fold(rest))) - {"the", "of", "and"}
        if office_country(rest) == country and words <= forms | _STATE_FORMS:
            return " of ".join(parts[:at])
    return office


def without_country(office: str, country: str) -> str:
    """The post an office's words name with its country taken out: 'president' of 'president of Peru', of
    'Peruvian president' and of "Peru's president", so that it can be compared with the same post of another
    country ('President of Chile'). Every form of the country (`aliases.COUNTRIES`) is taken out, with 'the'
    before it and a possessive after it."""
    forms = sorted((f for f, (c, _) in aliases.COUNTRIES.items() if c == country), key=len, reverse=True)
    if not forms:
        return office
    post = _post_of(office, country)
    alternatives = "|".join(re.escape(f) for f in forms)
    post = re.sub(rf"(?i)(?:\bthe\s+)?\b(?:{alternatives})(?:['’]s)?(?!\w)", " ", post)
    return " ".join(post.split())


def post_of(office: str, country: str) -> str:
    """Public form of `_post_of`: 'President' of 'President of the Republic of Chile', and 'President of the
    Senate' of 'President of the Senate of Chile' (another post than the country's president)."""
    return _post_of(office, country)


def _same_post(claimed_office: str, held_office: str) -> bool:
    """The same kind of post; a party's 'leader' is its head whatever the post is called there
    ('Socialist leader' for 'Secretary-General of the Socialist Party'), when the held office names
    nothing more than the party ('President of the Parliamentary Group of ...' is another post)."""
    claimed, held = _post_words(claimed_office) - _FIELD_WORDS, _post_words(held_office)
    if claimed <= held:
        return True
    party_head = "party" in aliases.fold(held_office).split() and held <= _PARTY_HEADS
    extra = _specific_words(held_office) - _specific_words(claimed_office) - _acronyms(held_office)
    return claimed == {"leader"} and party_head and extra <= {"party"}


def names_government(office: str, nationality: str | None) -> bool:
    """Whether the claimed office says whose it is (a country, or a body by name or acronym): only
    then can another person's page holding "the president" be a rival for it."""
    return bool(office_country(office) or aliases.country_of(nationality) or _named(office))


def office_wordings(office: str, nationality: str | None) -> list[str]:
    """How pages word the claimed office when the article puts its country first ('Vice Chairman of
    U.S. Joint Chiefs of Staff' -> 'chairman of the joint chiefs of staff', 'Vice President of U.S.'
    -> 'president of the united states'). Qualifiers are dropped here on purpose: the page's own
    qualifiers are read where the wording is found (`qualifiers_at`), so a vice chairman claim meets
    the page's chairman and is told apart from it."""
    country = office_country(office) or aliases.country_of(nationality)
    core = aliases.fold(strip_qualifiers(office))
    if country:
        forms = [f for f, (c, _) in aliases.COUNTRIES.items() if c == country]
        for form in sorted(forms, key=len, reverse=True):
            core = re.sub(rf"(?<![\w.]){re.escape(form)}(?:'s)?(?![\w.])", " ", core)
        core = re.sub(r"(\s+(of|the))+$", "", " ".join(core.split()))
    # 'Health Minister' is read 'Minister of the Health'; a page writes 'Minister of Health': one noun after 'of
    # the' is written both ways
    out = [core, re.sub(r"\bof (?!the\b)", "of the ", core, count=1), re.sub(r"\bof the (?=[a-z]+$)", "of ", core)]
    if country and core in aliases.TITLED_BY_COUNTRY:
        out.append(f"{core} of {aliases.fold(aliases.country_title_form(country))}")
    # a bare post ('president', 'vice president') would match any page: only wordings that say which post
    return [w for w in dict.fromkeys(out) if w and (" of " in w or len(w.split()) > 2)]


@functools.lru_cache(maxsize=1024)  # a batch asks for the same offices' titles again and again
def office_page_title(office: str, nationality: str | None) -> str | None:
    """The title Wikipedia gives an office the article writes with its country first ('Vice Chairman
    of U.S. Joint Chiefs of Staff' -> 'Vice Chairman of the Joint Chiefs of Staff', 'Vice President of
    U.S.' -> 'Vice President of the United States'): the country's words dropped, 'the' before the
    body, and the country itself only for posts titled by country. Qualifiers stay: they are the office."""
    country = office_country(office) or aliases.country_of(nationality)
    if not country:
        return None
    forms = sorted((f for f, (c, _) in aliases.COUNTRIES.items() if c == country), key=len, reverse=True)
    title = office
    for form in forms:
        title = re.sub(rf"(?i)(?<![\w.]){re.escape(form)}(?:'s)?(?![\w.])", " ", title)
    title = re.sub(r"(?i)(\s+(of|the))+$", "", " ".join(title.split()))
    if aliases.fold(strip_qualifiers(title)) in aliases.TITLED_BY_COUNTRY:
        return f"{title} of {aliases.country_title_form(country)}"
    post, of, body = title.partition(" of ")
    if not of:
        return None  # a bare post ('Foreign Minister') is titled by its own rules
    return f"{post} of {body}" if body.lower().startswith("the ") else f"{post} of the {body}"


def _post_words(text: str) -> set[str]:
    """The kind of post ('secretary', 'member'): a secretary of a council is not its member."""
    return {w for w in aliases.fold(text).split() if w in _POST_WORDS - _LINK_WORDS}


# how long or since when a post was held, written after it: 'for two decades', 'for 11 years', 'since 2012'
_SPAN_AFTER = re.compile(
    rf"\s+(?:for\s+(?:(?:more than|almost|nearly|about|over|some|the past|the last)\s+)?"
    rf"(?:\d+|a|an|several|many|{aliases.NUMBER_WORD_PATTERN})\b|since\b|from\s+\d).*$",
    re.I,
)
_GOVERNMENT_POSTS = frozenset(_WORDS["government_posts"])
_OTHER_HEADS = frozenset(_WORDS["other_heads"])


def government_post(office: str) -> bool:
    """A post in a government ('Defence Minister', 'Prime Minister of Portugal', 'Commission President'),
    not a party's or a body's head ('Tory leader', 'Party chairman'): only posts of one government
    rule each other out on a day; a party leader is also prime minister."""
    words = set(re.findall(r"[a-z]+", aliases.fold(office)))
    return bool(words & _GOVERNMENT_POSTS) and not words & _OTHER_HEADS and not _outside_government(words)


_OUTSIDE_GOVERNMENT = tuple(_WORDS["bodies_outside_government"])


def outside_government(post: str) -> bool:
    """Whether a post's words name a body outside any government ('party leader', 'president of Nordbank'): such a
    post is never a government's office, though its holder may hold one besides ('succeeded X as party leader' is
    not dated by the premiership X also handed over)."""
    return _outside_government(set(re.findall(r"[a-z]+", aliases.fold(post))))


def _outside_government(words: set[str]) -> bool:
    """Whether an office's words name a body outside any government ('Green League president', 'chancellor of Norby
    University', 'president of Nordbank'): its president or chancellor holds no government post, and a minister
    may hold it besides the ministry. A word ending in such a body's word counts ('Nordbank')."""
    return any(w.endswith(body) for w in words for body in _OUTSIDE_GOVERNMENT)


_ONE_PLACE_POSTS = frozenset(_WORDS["one_place_posts"])


def _one_place_post(office: str) -> str | None:
    """The post word of a post held for one place at a time ('Mayor of Porto' -> mayor), else None."""
    words = [w for w in aliases.fold(strip_qualifiers(office)).split() if not re.fullmatch(r"\d+(?:st|nd|rd|th)", w)]
    return words[0] if words and words[0] in _ONE_PLACE_POSTS else None


_TITLES = frozenset(lexicons.load("titles")["titles"])
_TITLE_MODIFIERS = frozenset(lexicons.load("titles")["modifiers"])


def _place_first_post(office: str) -> list[str]:
    """'Halden Mayor' as pages write it, the post first: 'mayor of halden'. Only for a post held for one place at a
    time (judging.toml `one_place_posts`) whose words before it are all capitalised and none a title word ('Lord
    Mayor'): wire copy capitalises a place-first title before a name, and the page names the place after the post
    (review48 R9); another place's post ('Korvik Mayor') is not read in 'Mayor of Halden', nor a longer place's
    ('Mayor of Halden Heights', `title_goes_on`)."""
    words = office.split()
    if len(words) < 2 or words[-1].lower() not in _ONE_PLACE_POSTS:
        return []
    place = words[:-1]
    if " ".join(words[-2:]).lower() in _TITLES or not all(
        w[:1].isupper() and w.lower().strip(".") not in aliases.TITLE_WORDS | _TITLE_MODIFIERS for w in place
    ):
        return []  # 'Lord Mayor', 'Deputy Mayor': a title of its own, no place
    return [f"{words[-1].lower()} of {aliases.fold(' '.join(place))}"]


# a capitalised word right after a title's words ('Personnel' of 'Minister for Defence Personnel', 'Heights' of
# 'Mayor of Halden Heights'): the title goes on
_A_WORD_GOING_ON = re.compile(r"[ \t]+[A-Z]")


def post_first_wordings(office: str) -> list[str]:
    """A title written post last as pages write it post first ('Finance Minister': 'minister of finance', 'minister
    for finance'; 'Halden Mayor': 'mayor of halden'), to find a page's title that goes on past them
    (`title_goes_on`: 'Minister for Finance Policy', 'Mayor of Halden Heights') and set it apart. Never a wording
    that supports: a page sentence naming such a post may make it another's ('advised the Minister of Finance',
    'the daughter of a former Minister of Finance', 'Minister of Finance of Tarsa', 'Youth Mayor of Halden': review50
    B6, B7, B10, B11, which reverted s50-fixb50's reading of them as the claimed office)."""
    core = aliases.fold(strip_qualifiers(office))
    return [*portfolio_head_last(core), *_place_first_post(strip_qualifiers(office))]


def title_goes_on(claimed: str, text: str, folded_end: int) -> bool:
    """Whether a claimed office written post last ('Defence Minister', 'Halden Mayor': no 'of' or 'for' in it) is
    found in a page's title that goes on after the words found (up to `folded_end` in `aliases.fold(text)`), a
    capitalised word following them with no stop between: the post first wording ('minister for defence', 'mayor of
    halden') then names a narrower post or a longer place's ('Minister for Defence Personnel', 'Mayor of Halden
    Heights'; review49 B7, B9). A claim written post first says where its own title ends (`named_longer`)."""
    if re.search(r"\b(?:of|for)\b", aliases.fold(claimed)):
        return False
    found = aliases.fold(text)[:folded_end].split()
    if found and aliases.fold(claimed).split() and found[-1] == aliases.fold(claimed).split()[-1]:
        return False  # found written post last as the claim is ('the former finance minister Eva Lund'): a name follows
    index = len(found)
    words = list(re.finditer(r"[\w'’.]+", text))  # as `holder.from_folded` counts them
    if not 0 < index < len(words):
        return False
    return _A_WORD_GOING_ON.fullmatch(text[words[index - 1].end() : words[index].start() + 1]) is not None


def other_place_posts(claimed_office: str, held: list[Term]) -> list[Term]:
    """The person's terms of the same one-place post for another place ('Mayor of Lisbon' for 'Mayor of Porto',
    with the same qualifiers): whoever held it then held no other. Nothing for any other kind of post, or
    for a post that names no place."""
    post = _one_place_post(claimed_office)
    claimed_words = _specific_words(claimed_office) - {word_stem(post)} if post else set()
    if not claimed_words:
        return []
    return [
        t
        for t in held
        if _one_place_post(t.office.value) == post
        and qualifiers(t.office.value) == qualifiers(claimed_office)
        and claimed_words - _specific_words(t.office.value)
    ]


def the_one_post(office: str, held: list[Term], by: dt.date | None = None) -> list[Term]:
    """'had been president since 2012', a bare post (no country, no body, nothing but the post and its
    qualifiers): the terms of the person's one listed office of that post and those qualifiers ('President of
    Indonesia' beside 'Governor of Jakarta'). Nothing when the post names more, or when the person lists two
    offices of that post ('President of X' and 'President of the Senate'): the claim does not say which.
    With `by` (the article's day), a post first taken up after it is none the article can mean: a page saved
    later lists the person's newer posts, and may leave out the one the article's bare word stood for."""
    if _specific_words(office) or not _post_words(office):
        return []
    if by is not None:
        held = [t for t in held if t.start is None or t.start <= by]
    same = [
        t for t in held
        if _post_words(t.office.value) == _post_words(office) and qualifiers(t.office.value) == qualifiers(office)
    ]  # fmt: skip
    names = {aliases.fold(re.sub(r"^\S*\d\S*\s+", "", t.office.value)) for t in same}  # '7th President of X'
    return same if len(names) == 1 and not any(post_of_a_body(office, t.office.value) for t in same) else []


def post_of_a_body(office: str, held_office: str) -> bool:
    """Whether a held office is the bare post's in a body of the state ('President of the Senate of Chile', 'of the
    Constitutional Court of Norby'), not the state's own (`of_a_states_body`): a bare 'president' is the head of
    state, never the Senate's (review46 S4)."""
    post, of, body = held_office.partition(" of ")
    return bool(of) and of_a_states_body(office, post, f" of {body}")


def of_a_states_body(claimed: str, post: str, after: str) -> bool:
    """`of_a_body` for a body the words name as a known country's ('of the Senate of Chile'); not a firm, club or
    university named alone ('President of Harvard University'), which an article may call its president bare."""
    m = _OF_BODY_AFTER.match(after)
    state = m["body"].rsplit(" of ", 1) if m else []
    if len(state) != 2 or not of_a_body(claimed, post, after):
        return False
    # a country the lexicon knows: 'of the International Court of Justice' ends in a name word, not a state
    return office_country(state[1]) is not None


def sibling_office(claimed_office: str, nationality: str | None, held: list[Term], day: dt.date) -> Term | None:
    """An office the person held on `day` in the same government as the claimed office, when the
    claimed office is another post: its specific words ('defence', 'prime', 'commission') are none
    of the held office's. Both must be government posts (`government_post`). None when that cannot be
    told (no specific words, no office held)."""
    claimed_office = _SPAN_AFTER.sub("", claimed_office)  # 'foreign minister for two decades': the post
    # 'prime minister of the country': 'the country' stands for the country named before, never another post
    claimed_words = _specific_words(claimed_office) - _COUNTRY_NOUN_STEMS
    if not claimed_words:
        return _other_top_post(claimed_office, nationality, held, day)
    if not government_post(claimed_office):
        return None
    on_the_day = [t for t in held if t.covers(day) and qualifiers(t.office.value) == qualifiers(claimed_office)]
    if any(not claimed_words - _office_words(t.office.value) for t in on_the_day):
        return None  # the claimed post itself is held that day ('Prime Minister of France'): no other post refutes it
    for term in held:
        if not term.covers(day) or qualifiers(term.office.value) != qualifiers(claimed_office):
            continue
        if not government_post(term.office.value):
            continue
        same_government = _same_government(claimed_office, nationality, term.office.value)
        if same_government and claimed_words - _office_words(term.office.value):
            return term
    return None


def _top_post(office: str, country: str) -> str | None:
    """The post a country's office is of, when it is one the country's name titles ('Prime Minister of Portugal',
    '8th President of the Republic of Chile' -> 'prime minister', 'president'; `aliases.TITLED_BY_COUNTRY`): None
    for another country's, for a post of a body of the country ('President of the Senate of Chile'), or any other."""
    if office_country(office) != country:
        return None
    post = _unnumbered(post_of(strip_qualifiers(office), country))
    return post if post in aliases.TITLED_BY_COUNTRY else None


def _other_top_post(claimed_office: str, nationality: str | None, held: list[Term], day: dt.date) -> Term | None:
    """A bare post a country's name titles ('Portuguese President'), of a person whose infobox gives them, on `day`,
    the other such post of that country ('Prime Minister of Portugal') and no term of the claimed one: the country
    has one president and one prime minister, and the claim names the wrong one. Other qualifiers ('Vice
    President'), a post of another body or another country, settle nothing; nor does the claimed post held that day in
    any way ('Acting President of Portugal': news calls an acting president the president)."""
    country = office_country(claimed_office) or aliases.country_of(nationality)
    claimed = aliases.fold(strip_qualifiers(claimed_office))
    if country is None or claimed not in aliases.TITLED_BY_COUNTRY:
        return None
    on_the_day = [(t, _top_post(t.office.value, country)) for t in held if t.covers(day)]
    if any(post == claimed for _, post in on_the_day):
        return None  # the claimed post itself that day, however held ('Acting President of Portugal' too)
    posts = [(t, post) for t, post in on_the_day if qualifiers(t.office.value) == qualifiers(claimed_office)]
    return next((t for t, post in posts if post is not None), None)


_PORTFOLIO_KEEPERS = frozenset(_WORDS["portfolio_keepers"])


def sibling_in_spell(
    claimed_office: str, nationality: str | None, held: list[Term], fits: Callable[[Term], bool]
) -> Term | None:
    """'served as foreign minister from September 2023 until April' of a person whose infobox lists their offices
    with terms, none of them the claimed post: the one other post of the same kind ('Minister of Finance' for a
    minister), the same qualifiers and the same government whose term `fits` the time the article gives (a spell's
    start and end, or a taking up's day, each to the precision written). The article gave that time to the wrong
    post. A claimed post whose holder may hold another unlisted (`_keeps_portfolios`: a premier's, a party's or a
    foundation's head) rules out nothing; a listed one of that sort is left out by `other_portfolio` (its head's
    word is read to no portfolio). None when the post cannot be told, is listed, or more than one other post fits."""
    claimed_words = {w for w in _specific_words(claimed_office) if w not in _COUNTRY_NOUN_STEMS}
    kind = _post_words(claimed_office)
    if not claimed_words or not kind or _keeps_portfolios(claimed_office):
        return None
    if any(not claimed_words - _office_words(t.office.value) for t in held):
        return None  # the claimed post is listed: its own terms decide
    found = [
        t for t in held
        if t.start is not None and fits(t)
        and _post_words(t.office.value) == kind and qualifiers(t.office.value) == qualifiers(claimed_office)
        and _same_government(claimed_office, nationality, t.office.value)
        and other_portfolio(claimed_office, t.office.value)
    ]  # fmt: skip
    return found[0] if len(found) == 1 else None


_PORTFOLIOS = [
    frozenset(word_stem(w) for w in p["words"]) for p in lexicons.load("offices")["portfolios"]
]  # each portfolio's names (verify/lexicons/offices.toml)


def _portfolio_reading(office: str) -> tuple[set[int], set[str], set[str]]:
    """An office read through the portfolio lexicon: the portfolios its words may name, its words no portfolio
    holds, and of those the ones of a trailing 'of <place>' that names no portfolio ('Secretary of the Environment
    of Norby City': the place the post is of, not which post)."""
    initials = {a[:5] for a in _body_initials(office)}
    words = _specific_words(office) - initials - _COUNTRY_NOUN_STEMS
    named = {i for i, p in enumerate(_PORTFOLIOS) if words & p}
    unread = {w for w in words if not any(w in p for p in _PORTFOLIOS)}
    parts = re.split(r"\b(?:of|for)\b", office)
    first = next((i for i, part in enumerate(parts) if any(_specific_words(part) & p for p in _PORTFOLIOS)), None)
    place = set() if first is None else {w for part in parts[first + 1 :] for w in _specific_words(part)}
    return named, unread, place & unread


def other_portfolio(claimed_office: str, office: str) -> bool:
    """Whether a listed post is KNOWN to be another portfolio than the claimed one ('foreign minister' against
    'Minister of Finance'): both read to portfolios of the lexicon, none shared, and no word of either left unread
    that the other lacks. 'labor' against 'Labour', 'trade' against 'Commerce', 'environment' against 'Climate'
    (one portfolio), or a name the lexicon does not hold ('Armed Forces'), may be the same post: a false
    contradiction is worse than a missed one."""
    claimed, claimed_unread, _ = _portfolio_reading(claimed_office)
    listed, listed_unread, place = _portfolio_reading(office)
    if not claimed or not listed or claimed & listed:
        return False
    all_listed = _specific_words(office)
    return claimed_unread <= all_listed and listed_unread - place <= _specific_words(claimed_office)


def _keeps_portfolios(office: str) -> bool:
    """Whether an office's holder may hold another post the infobox leaves out: a head's post (`portfolio_keepers`),
    a party's or a body's head (`other_heads`), a post of a body outside any government (one may chair two
    foundations at once)."""
    words = set(re.findall(r"[a-z]+", aliases.fold(office)))
    return bool(words & (_PORTFOLIO_KEEPERS | _OTHER_HEADS)) or _outside_government(words)


def other_post_than(claimed_post: str, office: str) -> bool:
    """Whether an office is another post than the one a claim's own words name ('deputy governor' against
    'Governor of the Reserve Bank'): other qualifiers (a deputy's term is not the governor's), or none of the
    claim's post words ('governor', 'prime minister') in the office's. A generic head ('leader', 'head') names
    no post of its own, so only the qualifiers tell then."""
    if qualifiers(claimed_post) != qualifiers(office):
        return True
    heads = {aliases.fold(m.group(0)) for m in POST.finditer(claimed_post)} - _OTHER_HEADS
    said = aliases.fold(office).replace("-", " ")
    return bool(heads) and not any(re.search(rf"\b{re.escape(h)}\b", said) for h in heads)


# each portfolio title form (offices.toml `portfolio_titles`) as its words' stems, longest first, with the portfolios
# it names
_PORTFOLIO_TITLE_FORMS = tuple(
    sorted(
        (
            (tuple(word_stem(w) for w in form.split()), frozenset({p["name"], *p.get("answers", [])}))
            for p in lexicons.load("offices")["portfolio_titles"]
            for form in p["forms"]
        ),
        key=lambda form: len(form[0]),
        reverse=True,
    )
)


def _portfolio_titles(office: str) -> frozenset[str]:
    """The portfolios an office's words name, each read in its longest form: 'Minister of Foreign Trade' names trade
    alone ('foreign' modifies it), 'Minister of Foreign Affairs and Trade' foreign and trade."""
    words = [word_stem(w) for w in re.findall(r"[a-z]+", aliases.fold(without_time(office))) if w != "the"]
    named: set[str] = set()
    at = 0
    while at < len(words):
        form = next((f for f in _PORTFOLIO_TITLE_FORMS if tuple(words[at : at + len(f[0])]) == f[0]), None)
        named |= form[1] if form else set()
        at += len(form[0]) if form else 1
    return frozenset(named)


def portfolio_wordings(phrase: str) -> list[str]:
    """The other ways titles write a portfolio a phrase names by its bare name (offices.toml `portfolio_titles`, the
    other forms of that portfolio): 'minister of defence' -> 'minister of national defence', 'minister of defense',
    ...; a page naming the office in any of them names the claimed post ('Minister of National Defence' is the
    defence minister). A portfolio written in a longer form ('Minister of Defence Industry', 'foreign affairs') is
    not widened to the bare name, and a phrase naming none gets none."""
    words = phrase.split()
    stems = [word_stem(w) for w in words]
    for at in range(len(words)):
        form = next((f for f in _PORTFOLIO_TITLE_FORMS if tuple(stems[at : at + len(f[0])]) == f[0]), None)
        if form is None:
            continue
        name = next((n for n, forms in _PORTFOLIO_FORMS_BY_NAME.items() if form[0] == (word_stem(n),)), None)
        if name is None:
            return []
        end = at + len(form[0])
        return [" ".join([*words[:at], f, *words[end:]]) for f in _PORTFOLIO_FORMS_BY_NAME[name] if f != words[at]]
    return []


def portfolio_head_last(core: str) -> list[str]:
    """'finance minister' as titles write it, head first: 'minister of finance', 'minister for finance', 'minister of
    the interior'. Only when every word before 'minister' is a portfolio's name (offices.toml `portfolios`, 'and'
    between two) and the last is a noun, so 'prime minister', a country's 'Norbian minister' or an adjective
    ('foreign', 'economic': the ministries lexicon words those) is never turned into a 'minister of ...'. A page's
    title going on after the portfolio ('Minister for Defence Personnel') is another post (`title_goes_on`)."""
    found = re.fullmatch(r"((?:[a-z]+ )+)minister", core)
    if not found:
        return []
    words = found[1].split()
    if words[-1] == "and" or re.search(r"(?:al|ic|ign)$", words[-1]):
        return []
    if not all(w == "and" or any(word_stem(w) in p for p in _PORTFOLIOS) for w in words):
        return []
    portfolio = " ".join(words)
    return [f"minister of {portfolio}", f"minister for {portfolio}", f"minister of the {portfolio}"]


# each portfolio title read alone, its name one word ('defence'), with the forms titles write it in
_PORTFOLIO_FORMS_BY_NAME = {
    p["name"]: tuple(p["forms"])
    for p in lexicons.load("offices")["portfolio_titles"]
    if " " not in p["name"] and not p.get("answers")
}


def portfolios_kept(claimed_office: str, held_office: str) -> bool:
    """Whether the held office names every portfolio the claimed post names, read as titles write them: a claimed
    word the held office has only as the modifier of another portfolio ('foreign' of 'Foreign Trade', 'defence' of
    'Defence Procurement') names a sibling office of the same government, not the claimed one."""
    return _portfolio_titles(claimed_office) <= _portfolio_titles(held_office)


def another_portfolio_found(folded: str, start: int, end: int, office: str) -> bool:
    """Whether the office's words found at folded[start:end] (a page's sentence, folded), read with the word before
    and the word after them, name another portfolio ('minister of defence' of 'Minister of Defence Procurement',
    'staff' of 'Chief of the Defence Staff': `portfolios_kept`)."""
    before = re.search(r"([a-z]+)\s+$", folded[:start])
    after = re.match(r"\s+([a-z]+)", folded[end:])
    return not portfolios_kept(
        office, " ".join(w for w in (before and before[1], folded[start:end], after and after[1]) if w)
    )
