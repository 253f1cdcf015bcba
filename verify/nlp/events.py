"""The name a reference work gives an event the story leaves unnamed.

News often reports an event without a proper name: "A magnitude 7.4 earthquake struck the island's east
coast on Wednesday ... The quake killed nine people". Its facts (the dead, the magnitude, the record it
set) are the event's, and a reference work files them under a title of the shape "<year> <place>
<noun>" ("2023 Libya floods", "2024 Indian general election"). This module gives the event of the
headline or the lede that name, so that the definite nouns pointing back at it ("the quake", "the
disaster") and the owner-less counts of the story stand for it (verify.nlp.reference), not for the
country the story happens in:

- the year: the dateline's, else a date with a year in the lede;
- the place: one named with the event (in its phrase, or in its clause: "floods swept through X"),
  the narrowest of them; for a natural event that the story names only with a country, the area its
  opening says it centred in ("Its epicentre was near X, in Y province"), else the dateline's town;
  for a vote (`national`) the land as the story names it, else the country its clause names; a name the
  recogniser reads as a place anywhere in the story is one wherever it stands ("X landslides");
- the noun: verify/lexicons/events.toml `titled` ("quake" -> "earthquake").
"""

from __future__ import annotations

import functools
import itertools
import re
from typing import TYPE_CHECKING

from verify import lexicons
from verify.nlp.paragraphs import dateline

if TYPE_CHECKING:  # pragma: no cover - typing only
    from spacy.tokens import Span, Token

    from verify.nlp.reference import References

__all__ = ["any_event_noun", "unnamed_events"]

_PLACES = frozenset({"GPE", "LOC"})
_NAMING = frozenset({"compound", "poss", "amod", "nmod", "npadvmod"})
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_FULL_DATE = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
)
_HEADLINE_PARTS = (":", "—", "|", "\n")
_NAME = r"([A-Z][\w'’-]*(?: (?:[a-z]{1,3} )?[A-Z][\w'’-]*)*)"
_DATELINE_TOWN = re.compile(r"([A-Z][A-Z .'’-]+?)\s*(?:,|[—–]|\s-\s)")


@functools.cache
def _lexicon() -> dict:
    return lexicons.load("events")


def titled_noun(token: Token) -> str | None:
    """The title's noun for an event noun ("quake" -> "earthquake"), None for other words."""
    titled = _lexicon()["titled"]
    return titled.get(token.lower_) or titled.get(token.lemma_.lower())


def titled_noun_word(word: str) -> str | None:
    """The title's noun for a word ("Floods", a headline's first word the recogniser took for a name)."""
    return _lexicon()["titled"].get(word.lower())


def any_event_noun(token: Token) -> bool:
    """A noun that stands for the story's event whatever its sort ("the disaster")."""
    return token.lemma_.lower() in _lexicon()["any_event"]


def unnamed_events(refs: References) -> dict[int, str]:
    """Token index -> the reference name of the unnamed event it mentions, for each event noun of the
    headline and the lede that no proper name but a place's names; in the order the story reports them.
    Mentions later in the story that name the event by the same place ("the island's earthquake" is
    not; "Ruritania's earthquake" is) take the name too."""
    doc = refs.parsed.doc
    lede_end = _lede_end(refs)
    mentions: dict[str, list[Token]] = {}
    for token in doc:
        if token.idx >= lede_end:
            break
        noun = titled_noun(token)
        describing = token.dep_ == "compound" and token.head.pos_ == "NOUN"  # "the election commission"
        if noun and token.pos_ in {"NOUN", "PROPN"} and not describing:
            mentions.setdefault(noun, []).append(token)
    story_year = _year(refs, lede_end)
    found: dict[int, str] = {}
    for noun, tokens in mentions.items():
        if any(_proper_named(t, refs) for t in tokens):
            continue  # "Hurricane Helene ... the deadliest hurricane": the event has its name
        year, tokens = _event_year(tokens, story_year)
        if year is None:
            continue  # no year, no reference title: "Marovia's presidential election" stays as written
        national = noun in _lexicon()["national"]
        places = [p for t in tokens for p in _places(t, refs)] or [p for t in tokens for p in _headline_places(t, refs)]
        if not places and national:  # "the winner of last month's presidential election": the land its
            places = [p for t in tokens for p in _lands_of_clause(t, refs)]  # clause names votes
        if not places:
            continue  # no place named with it: no event the story reports ("Labour wins landslide")
        place = _place(places, refs, national)
        which = ([w for t in tokens for w in _which(t)] or _which_elsewhere(refs, noun)) if national else []
        name = " ".join([year, place, *dict.fromkeys(which), noun])
        for token in tokens:
            found[token.i] = name
        said = {_fold(p) for p in places} | {_fold(place)}
        for token in doc[tokens[-1].i + 1 :]:
            if titled_noun(token) == noun and token.i not in found:
                named = _place_words(token, refs)
                if named and _fold(named) in said:
                    found[token.i] = name  # "Ruritania's strongest earthquake" later: the same one
    return found


def _lede_end(refs: References) -> int:
    """Where the lede (the body's first sentence after its dateline) ends."""
    where = dateline(refs.text)
    for sent in refs.parsed.sentences:
        if sent.start_char < refs.body_start or not sent.text.strip():
            continue
        if where and sent.end_char <= where[1] + 1:
            continue  # the dateline is a fragment of its own
        return sent.end_char
    return refs.body_start


def _proper_named(noun: Token, refs: References) -> bool:
    """Whether a proper name other than a place's names the event ("Hurricane Helene", "Storm Daniel",
    "the Kestro earthquake"): such an event has its name already."""
    if noun.ent_type_ and noun.ent_type_ not in _PLACES and noun.ent_type_ not in {"DATE", "TIME", "CARDINAL"}:
        return True
    if noun.dep_ == "compound" and noun.head.pos_ == "PROPN":
        return True  # "Hurricane Helene"
    for child in (c for c in noun.lefts if c.dep_ in _NAMING):
        for word in child.subtree:
            if word.pos_ == "PROPN" and word.ent_type_ not in _PLACES | {"DATE", "TIME"} and not _entity(word, refs):
                return True
    return False


def _place_words(noun: Token, refs: References) -> str | None:
    """The place that names an event before its noun ("Ruritania's earthquake"), else None."""
    for child in (c for c in noun.lefts if c.dep_ in _NAMING):
        ent = _entity(child, refs)
        if ent is not None:
            return ent.text
    return None


def _entity(token: Token, refs: References) -> Span | None:
    """The place entity a token stands in, none for the dateline's; a name the recogniser took for
    another sort here but for a place elsewhere in the story is that place ("Death toll from X landslides
    passes 150" with X an organisation, "... in X district" a place)."""
    if not token.ent_type_:
        return None
    ent = next((e for e in refs.named if e.start <= token.i < e.end), None)
    if ent is None or ent.label_ in _PLACES or _fold(ent.text) in _place_names(refs):
        return ent
    return None


def _place_names(refs: References) -> frozenset[str]:
    """The names the story's recogniser reads as places somewhere, folded."""
    return frozenset(_fold(e.text) for e in refs.named if e.label_ in _PLACES)


def _places(noun: Token, refs: References) -> list[str]:
    """The places named with an event noun: in its own phrase ("floods in X"), else in its clause
    ("an earthquake struck X's east coast"); dateline places are none."""
    clause = noun.head if noun.dep_ in {"nsubj", "nsubjpass"} and noun.head.pos_ in {"VERB", "AUX"} else noun
    found: list[str] = []
    for scope in (noun, clause):
        for word in scope.subtree:
            ent = _entity(word, refs)
            if ent is not None and ent.text not in found:
                found.append(_short(ent.text))
        if found:
            break
    return found


def _headline_places(noun: Token, refs: References) -> list[str]:
    """For an event noun of the headline that its parse ties to no place, the places the story names
    that stand in the same part of the headline ("When the river came: Rio Grande do Sul after the 2024
    floods"): a headline is a list of phrases, not a sentence the parser reads well."""
    if noun.idx >= refs.body_start:
        return []
    headline = refs.text[: refs.body_start]
    start = max(headline.rfind(mark, 0, noun.idx) for mark in _HEADLINE_PARTS) + 1
    ends = [at for mark in _HEADLINE_PARTS if (at := headline.find(mark, noun.idx)) >= 0]
    part = headline[start : min(ends, default=len(headline))]
    known = {e.text for e in refs.named if e.label_ in _PLACES} | _described_areas(refs.text)
    found: list[str] = []
    for name in sorted(known, key=len, reverse=True):
        if re.search(rf"(?<!\w){re.escape(name)}(?!\w)", part) and not any(name in f for f in found):
            found.append(_short(name))
    return sorted(found, key=part.find)


@functools.cache
def _described_areas(text: str) -> frozenset[str]:
    """Names the story calls an area in an appositive ("Rio Grande do Sul, Brazil's southernmost state";
    events.toml `area_nouns`): a place, though the recogniser may read it as anything."""
    nouns = "|".join(map(re.escape, _lexicon()["area_nouns"]))
    found = re.finditer(rf"{_NAME}, (?:the |an? |[A-Z][\w'’-]*['’]s )(?:[\w'’-]+ ){{0,3}}(?:{nouns})\b", text)
    return frozenset(m[1] for m in found)


def _lands_of_clause(noun: Token, refs: References) -> list[str]:
    """The countries the clause a vote's noun stands in names, when its own phrase names no place
    ("Indonesia's election commission declared X the winner of last month's presidential election"): a
    national vote is the land's whose body or people its clause is about. A clause of its own around the
    noun ("hours after his party won the general election") keeps out a land its main clause names for
    something else; a town is only where the news was given."""
    from verify.nlp.reference import _sovereign  # the one country test of the references

    clause = noun
    while clause.pos_ not in {"VERB", "AUX"} and clause.head.i != clause.i:
        clause = clause.head
    found: list[str] = []
    for word in clause.subtree:
        ent = _entity(word, refs)
        if ent is None or _aside(word, clause):
            continue  # "the party, which had governed since independence from Britain, lost ...": not Britain's vote
        if _sovereign(_short(ent.text)) and _short(ent.text) not in found:
            found.append(_short(ent.text))
    return found


def _aside(word: Token, clause: Token) -> bool:
    """Whether a word stands in a relative clause within `clause` ("the party, which had governed
    since independence from Britain, lost the election"): an aside tells of another time or place."""
    while word.i != clause.i and word.head.i != word.i:
        if word.dep_ in {"relcl", "acl"}:
            return True
        word = word.head
    return False


def _short(place: str) -> str:
    return re.sub(r"(?:^the\s+|['’]s?$)", "", place, flags=re.IGNORECASE).strip()


def _fold(place: str) -> str:
    return _short(place).lower()


def _place(places: list[str], refs: References, national: bool) -> str:
    """The narrowest place: a town or region before a country; for a natural event the dateline's town
    when the story names no place narrower than a country."""
    from verify.nlp.reference import _sovereign  # the one country test of the references

    narrow = [p for p in places if not _sovereign(p)]
    if national:
        return places[0]
    if narrow:
        return narrow[0]
    return _located_area(refs) or _dateline_town(refs) or places[0]


def _located_area(refs: References) -> str | None:
    """The area a sentence of the story's opening says the event centred in ("Its epicentre was near
    Ighil, in Al Haouz province" -> "Al Haouz"; events.toml `locating`, `area_nouns`): a reference work
    names a quake or a storm by where it struck, not by the city the story was filed from."""
    lexicon = _lexicon()
    locating, areas = frozenset(lexicon["locating"]), frozenset(lexicon["area_nouns"])
    end = _opening_end(refs)
    for sent in refs.parsed.sentences:
        if sent.start_char < refs.body_start:
            continue
        if sent.start_char >= end:
            break
        if not any(t.lower_ in locating or t.lemma_.lower() in locating for t in sent):
            continue
        for token in sent:
            if token.lower_ not in areas:
                continue
            named = [c for c in token.lefts if c.dep_ == "compound" and c.text[:1].isupper()]
            if named:
                return refs.text[named[0].left_edge.idx : token.idx].strip()
    return None


def _opening_end(refs: References) -> int:
    """Where the story's opening (the body's first two paragraphs) ends."""
    end = refs.body_start
    for _ in range(2):
        at = refs.text.find("\n\n", end + 1)
        if at < 0:
            return len(refs.text)
        end = at
    return end


def _dateline_town(refs: References) -> str | None:
    """The dateline's town in the story's spelling ("HUALIEN, Taiwan" -> "Hualien"), when it is no country."""
    from verify.nlp.reference import _sovereign

    where = dateline(refs.text)
    m = _DATELINE_TOWN.match(refs.text, where[0]) if where else None
    if m is None:
        return None
    town = " ".join(w.capitalize() for w in m[1].split())
    return None if _sovereign(town) else town


def _year(refs: References, lede_end: int) -> str | None:
    """The event's year: the dateline's, else the year of a date in the headline or lede, else of the
    first full date of the lede's paragraph ("Two weeks before the runoff ... On Sunday, 18 May 2025, Dan
    turned that around"): a lede that sets the scene leaves the day to the sentences after it, while a
    bare year there may be history ("since 1966")."""
    where = dateline(refs.text)
    if where and (m := _YEAR.search(refs.text, where[0], where[1])):
        return m[1]
    paragraph_end = refs.text.find("\n\n", lede_end)
    paragraph_end = len(refs.text) if paragraph_end < 0 else paragraph_end
    for ent in refs.parsed.entities:
        if ent.start_char >= paragraph_end:
            break
        if ent.label_ != "DATE" or not (m := _YEAR.search(ent.text)) or _earlier_date(ent):
            continue
        if ent.start_char < lede_end or _FULL_DATE.search(ent.text):
            return m[1]
    return None


_EARLIER = frozenset({"since", "than"})  # "the worst since 14 March 2011", "more than in May 2019"
_LONG_AGO = frozenset({"years", "decades", "centuries"})  # "in March 2011, 13 years ago"


def _earlier_date(date: Span) -> bool:
    """A date the lede gives for an earlier event, not this one: one a comparison measures against ("the worst
    since 14 March 2011", "higher than in June 2019": "since" or "than" governs it, through at most one
    more preposition) or one told as so long ago ("in March 2011, 13 years ago")."""
    word = date.root
    for _ in range(3):
        if word.lower_ in _EARLIER:
            return True
        if word.dep_ not in {"pobj", "prep", "pcomp"} or word.head is word:
            break
        word = word.head
    words = [t.lower_ for t in date.doc[date.start : date.end + 5] if t.sent == date.sent]
    years_ago = any(w in _LONG_AGO and after == "ago" for w, after in itertools.pairwise(words))
    return years_ago or date[0].lower_ in _EARLIER


def _event_year(tokens: list[Token], story_year: str | None) -> tuple[str | None, list[Token]]:
    """The year of the event the mentions name, and the mentions of it. A mention whose own phrase gives
    another year tells of another event ("Quake kills 40 ... the worst since the 2011 earthquake"): the
    story's year names the mentions that give none, a year of their own names the event only when every
    mention with a year agrees ("Bolsonaro ... plotting to overturn Brazil's 2022 election")."""
    own = [_own_year(t) for t in tokens]
    bare = None in own
    year = story_year if bare and story_year else next((y for y in own if y), None) or story_year
    return year, [t for t, y in zip(tokens, own, strict=True) if y is None or y == year]


def _own_year(noun: Token) -> str | None:
    """A year the event's own phrase gives ("after the 2024 floods", "the floods of 2024")."""
    for child in noun.children:
        said = [child] if child.dep_ in {"nummod", "compound", "amod", "npadvmod"} else []
        if child.dep_ == "prep" and child.lower_ in {"of", "in"}:
            said = [g for g in child.children if g.dep_ == "pobj"]
        for word in said:
            if word.ent_type_ == "DATE" and (m := _YEAR.fullmatch(word.text)):
                return m[1]
    return None


def _which_elsewhere(refs: References, noun: str) -> list[str]:
    """The words that say which vote, from the story's first other naming of a vote of the same noun
    ("The vote was a rerun ... annulled the presidential election of November 2024"): a story of a
    runoff says "the runoff" and names the sort of vote only where it tells of the one before."""
    for token in refs.parsed.doc:
        if token.idx >= refs.body_start and titled_noun(token) == noun and (which := _which(token)):
            return list(dict.fromkeys(which))
    return []


def _which(noun: Token) -> list[str]:
    """The words that say which vote ("general", "presidential")."""
    return [c.lower_ for c in noun.lefts if c.dep_ in {"amod", "compound"} and c.lower_ in _lexicon()["which_vote"]]
