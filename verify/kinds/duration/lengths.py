"""Lengths of time read off the dependency parse, in the shapes the duration patterns do not know.

A time noun (year, month, week, day, hour, minute, decade) carries a length when the parse ties a
number to it and the phrase to a clause: "suspends Rubiales for 90 days" (a `for` phrase on a verb),
"the stock lost 32 percent in 12 days" (an `in` phrase on a finished event: how long it took),
"a 45-day stopgap spending bill" and "a 10-year, $700 million contract" (a number-unit modifier of a
noun), "carries up to four years in prison" (the verb's object), "is in its fifth year" or "now in
its second decade" (an ordinal of the thing's own time), "a career of more than 40 years" (a length
a thing is "of"). The length is about the entity the owner reader finds (verify.kinds.quantity.owner;
"the record of 371 days set by X" is X's); failing that, the noun phrase the length modifies or the
clause's subject phrase, which, when it is a description naming no one ("The journey took six weeks"),
stands for the entity it describes or the story's topic (`describe_lengths`). Lengths inside
quotations, headlines, and hedged or conditional clauses are not claimed; a deadline someone must
meet ("must report within one month") is no hedge.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from verify import aliases, lexicons
from verify.kinds.base import claim_id, claim_over
from verify.kinds.duration.judge import INTERVALS
from verify.kinds.quantity.owner import OwnerReader, describe_lengths, penalising, people_noun
from verify.match import YEAR
from verify.models import Claim
from verify.text import Sentence, split_sentences

if TYPE_CHECKING:  # pragma: no cover - typing only
    from spacy.tokens import Token

    from verify.kinds.date.parsed import _Reader as DateReader
    from verify.nlp import Parsed

__all__ = ["length_claims"]

UNITS = {
    "year": "years",
    "month": "months",
    "week": "weeks",
    "day": "days",
    "hour": "hours",
    "minute": "minutes",
    "decade": "decades",
    "century": "centuries",
    "season": "seasons",
}
SPAN_PREPOSITIONS = frozenset({"for", "after", "within"})  # "for 90 days", "after six seasons", "within one month"
PAST = frozenset({"VBD", "VBN"})  # "lost ... in 12 days" took that long; "will decide in 12 days" is a time ahead
_YEAR_NUMBER = re.compile(YEAR)
MODIFIER_DEPS = frozenset({"compound", "nmod", "amod"})  # "45-day bill", "10-year, $700 million contract"
_NUMBERED = re.compile(r"\d+(?:st|nd|rd|th)")
DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "this", "that", "each", "every"})
# the words right after a length that say it is one of holding office ("after a decade in power", "ten years at the
# helm"; the duration judge's `holding_itself`): the length's own words, so its claim runs over them
_HOLDING = "|".join(map(re.escape, lexicons.load("judging")["duration"]["holding_itself"]))
_IN_OFFICE_AFTER = re.compile(rf"\s+(?:in|at)\s+(?:{_HOLDING})\b", re.I)


def _number(unit: Token) -> Token | None:
    """The unit's number ("six" in "six and a half years"), or the article of "a year and a half"."""
    found = next((c for c in unit.children if c.dep_ == "nummod" and c.like_num), None)
    if found is None and _half(unit):
        found = next((c for c in unit.children if c.dep_ == "det" and c.lower_ in {"a", "an"}), None)
    return found


def _one(unit: Token) -> Token | None:
    """The article of a single unit a span preposition takes ("for a decade", "for nearly a year"): one
    unit, where "a" before a time noun elsewhere is often a rate ("$2 million a year") or no length."""
    return next((c for c in unit.children if c.dep_ in {"det", "nummod"} and c.lower_ in {"a", "an"}), None)


def _half(token: Token) -> bool:
    """ "six and a half years", "a year and a half": half a unit more than the number says."""
    return any(c.dep_ == "conj" and c.lower_ == "half" for c in token.children)


@functools.cache
def _ordinal_words() -> frozenset[str]:
    return frozenset(lexicons.load("numbers")["ordinals"])


def _ordinal(unit: Token) -> Token | None:
    """ "fifth" in "its fifth year", "21st" in "its 21st year"."""
    ordinals = [c for c in unit.children if c.dep_ == "amod"]
    return next((c for c in ordinals if c.lower_ in _ordinal_words() or _NUMBERED.fullmatch(c.lower_)), None)


def _phrase(token: Token) -> str:
    """A noun phrase's words before the head and the head, without its determiner: "stopgap spending bill"."""
    words = [t for t in token.subtree if (t.i <= token.i and t.dep_ in {"compound", "amod"}) or t.i == token.i]
    words = [t for t in words if t.i >= token.left_edge.i and t.pos_ in {"NOUN", "PROPN", "ADJ"}]
    words = [t for t in words if t.i == token.i or t.head.i == token.i]
    words = [t for t in words if t.i == token.i or t.lemma_.lower() not in UNITS]  # "three-day meeting": meeting
    return " ".join(t.text for t in words if t.lower_ not in DETERMINERS)


def _period(unit: Token, number: Token) -> bool:
    """A named period rather than a length: "in the three months to June", "in the 2025 fiscal year"."""
    return any(c.dep_ in {"det", "poss"} for c in unit.children) or bool(_YEAR_NUMBER.fullmatch(number.text))


@functools.cache
def _obligations() -> frozenset[str]:
    return frozenset(lexicons.load("counted")["obligations"])


INTERVAL_WORDS = INTERVALS  # the judge reads a length set against another event as no tenure


def _interval(unit: Token) -> tuple[Token, Token] | None:
    """The word and the main verb of a length that sets one event at a distance from another: "joined
    fourteen years after it applied" (the joining is dated against the applying), "had come six weeks
    earlier", "began three decades ago". The word must follow the time noun, and the distance must hang
    on a clause: "five days after the vote" as a noun phrase alone is not read."""
    word = unit.doc[unit.i + 1] if unit.i + 1 < len(unit.doc) else None
    if unit.dep_ != "npadvmod" or word is None or word.lower_ not in INTERVAL_WORDS:
        return None
    head = unit.head
    if head.i == word.i and head.pos_ == "ADV" and head.head.pos_ in {"VERB", "AUX"}:
        return word, head.head  # "had come six weeks earlier"
    if head.i == word.i and head.dep_ == "prep" and head.head.pos_ in {"VERB", "AUX"}:
        return word, head.head  # "landed eight minutes after liftoff": against an event the phrase names
    marked = word.dep_ == "mark" and word.head.i == head.i
    if marked and head.pos_ in {"VERB", "AUX"} and head.dep_ == "advcl" and head.head.pos_ in {"VERB", "AUX"}:
        return word, head.head  # "became a member fourteen years after it applied": the main clause's event
    return None


def _deadline(unit: Token, verb: Token) -> bool:
    """A length within which someone must act is the deadline set for them, stated as a fact: "Israel
    must report to the court within one month" (where "may suspend him for 90 days" is hedged)."""
    within = unit.dep_ == "pobj" and unit.head.lower_ == "within"
    return within and any(c.dep_ == "aux" and c.lower_ in _obligations() for c in verb.children)


def _state_aside(state: Token) -> tuple[Token, Token] | None:
    """The name a state's length is of, and the aside's first word, where the state is set off by commas
    beside the name: "Mount Orla, dormant for 600 years, erupted" (an adjective, which the parser hangs on
    the clause's verb, on the name, or as a conjunct of an apposition: "Kestrafell, a few kilometres north
    and dormant for 4,000 years"), "Tomas Berg, on the pitch for four minutes, scored" (a prepositional
    phrase). None for a state that is no aside ("remained popular for two years": read elsewhere)."""
    if state.pos_ == "NOUN" and state.dep_ == "pobj" and state.head.pos_ == "ADP":
        state = state.head  # "on the pitch for four minutes": the phrase the noun stands in
    if state.pos_ not in {"ADJ", "ADP"}:
        return None
    own = state
    while state.dep_ == "conj" and state.head.i < state.i:
        state = state.head  # "a few kilometres north and dormant for ...": the apposition it is joined to
    if state.dep_ == "appos" and state.head.pos_ in {"NOUN", "PROPN"} and state.pos_ == "NOUN":
        return state.head, own
    start = state.left_edge.i
    comma = state.doc[start - 1] if start > state.sent.start else None
    before = state.doc[start - 2] if start - 1 > state.sent.start else None
    if comma is None or comma.text != "," or before is None or before.pos_ not in {"NOUN", "PROPN"}:
        return None
    closing = state.right_edge.i + 1
    if closing >= len(state.doc) or state.doc[closing].text != ",":
        return None  # an aside closes with its own comma: "X, dormant for 600 years, erupted"
    while before.dep_ == "pobj" and before.head.lower_ == "of" and before.head.head.pos_ in {"NOUN", "PROPN"}:
        before = before.head.head  # "the captain of Norby United, on the pitch ...": the captain, not the club
    return before, state.left_edge


def _name_within(noun: Token) -> str | None:
    """The proper name a common noun's phrase holds ("the Svartsengi volcanic system": Svartsengi), else None:
    a description beside a state ("the captain of X, on the pitch ...") is left unclaimed."""
    names = [c for c in noun.lefts if c.dep_ in {"compound", "nmod"} and c.pos_ == "PROPN"]
    if not names:
        return None  # "the captain of X, on the pitch for four minutes": no name of its own, no claim
    first = min(t.left_edge.i for t in names)
    last = max(t.i for t in names)
    return noun.doc[first : last + 1].text


def _counted_hours(unit: Token) -> bool:
    """Whether a time noun a verb takes as its object is a count of what a noun compounded with it names
    ("Caine has 2,800 flight hours", "logged 400 volunteer hours"): a tally of time spent doing something,
    which no reference states as a length. Not "lasted six weeks", nor a length after "for" or "within"."""
    number = _number(unit)
    return (
        unit.dep_ == "dobj"
        and number is not None
        and any(c.dep_ == "compound" and c.pos_ == "NOUN" and number.i < c.i < unit.i for c in unit.lefts)
    )


class _LengthReader:
    def __init__(self, reader: OwnerReader, text: str) -> None:
        self.reader = reader
        self.text = text
        self.asides: set[int] = set()  # the names a state's length is set beside (`_state_aside`)

    def shape(self, unit: Token) -> tuple[int, int, Token | None, Token | None] | None:
        """The words stating a length on this time noun: (start, end, the verb or noun it is about,
        the number or ordinal token), or None when the noun carries no length."""
        head = unit.head
        number = _number(unit)
        if number is None and unit.dep_ == "pobj" and head.lower_ in SPAN_PREPOSITIONS:
            number = _one(unit)  # "for nearly a decade": one unit
        half = next((c for c in unit.children if c.dep_ == "conj" and c.lower_ == "half"), unit)
        end = half.idx + len(half)  # "a year and a half": to its last word
        on_verb = head.head.pos_ in {"VERB", "AUX"} and number is not None
        if unit.dep_ == "pobj" and head.lower_ in SPAN_PREPOSITIONS and on_verb:
            return head.idx, end, head.head, number  # "suspends Rubiales for 90 days", "leaves after six seasons"
        if unit.dep_ == "pobj" and head.lower_ == "for" and number is not None:
            aside = _state_aside(head.head)
            if aside is not None:  # "Mount Orla, dormant for 600 years, erupted": the mountain's, on the aside's
                described, first = aside  # words (the noun it is of is the name's, no description to resolve)
                self.asides.add(described.i)
                return first.idx, end, described, number
        if unit.dep_ == "pobj" and head.lower_ == "to" and on_verb and head.head.lemma_.lower() in penalising():
            return head.idx, end, head.head, number  # "sentenced him to 20 years in prison": the penalty's length
        taken_in = unit.dep_ == "pobj" and head.lower_ == "in" and on_verb and head.head.tag_ in PAST
        if taken_in and not _period(unit, number):  # type: ignore[arg-type]
            return head.idx, end, head.head, number  # "the stock lost 32 percent in 12 days": how long it took
        thing = head.head if unit.dep_ == "pobj" and head.lower_ == "of" else None
        of_a_thing = thing is not None and thing.pos_ == "NOUN" and thing.i < unit.i and number is not None
        if of_a_thing and not _period(unit, number):  # type: ignore[arg-type]
            return thing.idx, end, thing, number  # type: ignore[union-attr]  # "a career of more than 40 years"
        ordinal = _ordinal(unit)
        own_time = unit.dep_ == "pobj" and head.lower_ == "in" and any(c.dep_ == "poss" for c in unit.children)
        if own_time and ordinal is not None:
            return head.idx, end, head.head, ordinal  # "is in its fifth year"
        hyphenated = number is not None and self.text[number.idx + len(number) : unit.idx] == "-"
        if unit.dep_ in MODIFIER_DEPS and head.pos_ == "NOUN" and head.i > unit.i and hyphenated:
            return number.idx, head.idx + len(head), head, number  # "a 45-day stopgap spending bill"
        if unit.dep_ in MODIFIER_DEPS and head.pos_ == "PROPN" and head.i > unit.i and hyphenated:
            # "the 12-year, $426.5 million extension Mike Trout signed": the parser hung the noun on the name
            noun = next((c for c in head.lefts if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i > unit.i), None)
            if noun is not None:
                return number.idx, noun.idx + len(noun), noun, number
        before = unit.doc[unit.left_edge.i - 1] if unit.left_edge.i > unit.sent.start else None
        if before is not None and before.lower_ == "for" and number is not None and unit.dep_ == "npadvmod":
            verb = next((t for t in unit.ancestors if t.pos_ in {"VERB", "AUX"}), None)
            if verb is not None:  # "taught ... for five years before moving": the parser hung the years on "before"
                return before.idx, end, verb, number
        gap = _interval(unit) if number is not None or _one(unit) is not None else None
        if number is None and gap is not None and gap[0].dep_ == "prep":
            number = _one(unit)  # "barely a minute after the restart" (not "a month later": no event named)
        elif number is None:
            gap = None
        if gap is not None:  # "became a member fourteen years after it applied", "had come six weeks earlier"
            word, verb = gap
            return unit.left_edge.idx, word.idx + len(word), verb, number
        interval = any(c.dep_ == "mark" for c in head.children)  # "two days after the vote": between two events
        if _counted_hours(unit):
            return None  # "has 2,800 flight hours": hours of something done, counted, not a length of time
        if unit.dep_ in {"dobj", "npadvmod"} and number is not None and head.pos_ == "VERB" and not interval:
            return unit.left_edge.idx, end, head, number  # "carries up to four years in prison", "lasted six weeks"
        return None

    def from_event(self, word: Token, verb: Token) -> tuple[str | None] | None:
        """For a distance after an event a noun names ("80 hours after the collapse") on a verb that acts
        on a person ("found a boy alive"): the length's owner as a one-tuple, the event's own name, else
        the named person acted on, else None (no claim: the boy is no one named). None, no tuple, when the
        verb acts on no person ("signed the treaty two days after the election", "won the prize") or the
        event is the doer's own ("10 hours before leaving port"): the doer's."""
        event = next((c for c in word.children if c.dep_ == "pobj" and c.pos_ in {"NOUN", "PROPN"}), None)
        if word.dep_ != "prep" or verb.pos_ not in {"VERB", "AUX"} or event is None:
            return None
        acted = [c for c in verb.children if c.dep_ in {"dobj", "dative"}]
        people = [c for c in acted if people_noun(c) or self.reader.refs.is_person(c)]
        if not people:
            return None
        if self.reader._named(event):
            return (self.reader.subject_name(event),)
        named = self.reader.refs.event_named(event) if event.pos_ == "NOUN" else None
        for obj in people if named is None else ():
            if self.reader.refs.is_person(obj):
                named = self.reader.subject_name(obj)
                break
        return (named,)

    def about(self, start: int, end: int, target: Token, object_first: bool = True) -> str | None:
        """Whom the length is about: for a length of a thing ("a 45-day stopgap spending bill"), its named
        owner ("Patrick Mahomes' 10-year deal") or the person holding it ("Ohtani agreed to a 10-year
        contract"), else the thing itself; for a length of a verb's event, the parse's owner, else the
        clause's subject."""
        if target.i in self.asides:  # the thing a state's length is set beside, by its own name
            return self.reader.subject_name(target) if target.pos_ == "PROPN" else _name_within(target)
        if target.pos_ == "NOUN":
            at = (target.idx, target.idx + len(target))
            held = self.reader.acting_person(*at) or self.reader.in_whose_clause(*at)
            found = self.reader.owned_by(target) or held
            of = next((c for c in target.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            if not found and start == target.idx and of is not None and of.i + 1 < len(of.doc):
                # a length "of" the thing: whose the parse says the length is ("the record of 371 days set by X")
                found = self.reader.owner_of(of.doc[of.i + 1].idx, end, object_first=True)
            return found or _phrase(target) or None
        owner = self.reader.owner_of(start, end, object_first=object_first)
        if owner:
            return owner
        subject = self.reader.clause_subject(target) if target.pos_ in {"VERB", "AUX"} else None
        apposed = self.reader._apposed_name(subject) if subject is not None and subject.pos_ != "PROPN" else None
        if apposed:  # "The first, John Carter, 57, ... died two months later": the name beside it
            return apposed
        if subject is not None and subject.pos_ == "PROPN":
            name = subject.doc[subject.left_edge.i : subject.i + 1]
            if not self.reader._named(subject) and all(t.pos_ == "PROPN" or t.tag_ == "HYPH" for t in name):
                return name.text  # a name the recogniser left out: "Timor-Leste", not its last word
            return self.reader.subject_name(subject)
        return _phrase(subject) if subject is not None and subject.pos_ == "NOUN" else None


def length_claims(reader: OwnerReader, claims: list[Claim], body_start: int) -> list[Claim]:
    """Duration claims for the parse's lengths that no claim of the patterns stands on already."""
    parsed = reader.parsed
    text = parsed.text
    sentences = [s for s in split_sentences(text)]
    taken = [c.span for c in claims if c.kind in {"quote", "duration"}]
    lengths = _LengthReader(reader, text)
    found: list[Claim] = []
    for unit in parsed.tokens():
        if unit.pos_ != "NOUN" or unit.lemma_.lower() not in UNITS or unit.idx < body_start:
            continue
        shape = lengths.shape(unit)
        if shape is None:
            continue
        start, end, target, amount = shape
        if (held := _IN_OFFICE_AFTER.match(text, end)) is not None:
            end = held.end()  # "stepped down after a decade in power": the length of holding office, said so
        if any(a < end and start < b for a, b in taken) or target is None:
            continue
        verb = (
            target
            if target.pos_ in {"VERB", "AUX"}
            else next((t for t in target.ancestors if t.pos_ in {"VERB", "AUX"}), None)
        )
        if verb is not None and reader.non_factual(verb, unit.sent) and not _deadline(unit, verb):
            continue  # "could last for years", "if it runs for 90 days"
        word = unit.doc[unit.i + 1] if unit.i + 1 < len(unit.doc) else None
        interval = word is not None and word.lower_ in INTERVAL_WORDS and start <= word.idx < end
        if interval:  # a distance between two events is about the main clause's event: whoever does it,
            # unless it acts on someone: then the event it runs from, or the one acted on ("found a boy alive
            # 80 hours after the collapse" is the collapse's or the boy's, never the finder's)
            acted_on = lengths.from_event(word, target)
            at = (target.idx, target.idx + len(target))
            who = acted_on[0] if acted_on else lengths.about(*at, target, object_first=False)
            if word.dep_ == "prep" and not (who or "")[:1].isupper():  # type: ignore[union-attr]
                continue  # "The second count came five days after the vote": an unnamed thing's, no claim
        else:
            who = lengths.about(start, end, target)
        if not who:
            continue
        plural = UNITS[unit.lemma_.lower()]
        if amount.dep_ == "amod":  # an ordinal: "fifth year", "second decade"
            number, value, relation = None, f"{amount.text} {unit.lemma_.lower()}", "in its"
        else:
            number = 1.0 if amount.lower_ in {"a", "an"} else aliases.parse_number(amount.text)
            value, relation = f"{amount.text} {unit.lemma_.lower() if number == 1 else plural}", "lasts"
            if interval:
                relation = word.lower_  # type: ignore[union-attr]  # a distance between two events, not a length
            if number is not None and (_half(amount) or _half(unit)):
                number += 0.5  # "for six and a half years": 6.5, not six
                value = f"{number:g} {plural}"
        cid = claim_id("duration", who, relation, value)
        claim = claim_over(
            text, sentences, "duration", (start, end), who, relation, value, cid, number=number, unit=plural
        )
        if claim is None:
            continue
        found.append(claim)
        taken.append((start, end))
    roles = [c.span for c in claims if c.kind == "role"]
    found += _year_ranges(reader, lengths, sentences, taken + roles, body_start)
    found += _clock_lengths(reader, lengths, sentences, taken, body_start)
    durations = [c for c in [*claims, *found] if c.kind == "duration"]
    _resubject(reader.parsed, durations, body_start)
    describe_lengths(reader, durations, body_start)  # "The journey took six weeks": the journey named before
    return found


def _resubject(parsed: Parsed, lengths: list[Claim], body_start: int) -> None:
    """A length whose verb's subject only refers (a pronoun, 'who', "Nordbank's bid") is about whom
    that subject stands for, as the parse resolves it (`referred_subject`)."""
    from verify.kinds.date.parsed import _Reader, same_entity  # the date kind's reader of names

    reader = _Reader(parsed, body_start)
    for claim in lengths:
        unit = _unit_in(parsed, *claim.span) if claim.span[0] >= body_start and not claim.context else None
        who = referred_subject(reader, unit) if unit is not None else None
        if who and not same_entity(who, claim.subject):
            claim.subject = who


_YEAR = re.compile(YEAR)
RANGE_ENDS = frozenset({"to", "until", "till", "through"})


def _year_ranges(
    reader: OwnerReader, lengths: _LengthReader, sentences: list[Sentence], taken: list[tuple[int, int]], start: int
) -> list[Claim]:
    """A verb's span from one year to another is a length of that many years: "she taught from 1977 to
    1991" (14 years), about whom the clause is ("Georgieva"); not where the clause is hedged, nor where
    it states a role (the years of an office are the role's: "served as defence minister from 2012 to
    2024")."""
    text = reader.parsed.text
    found: list[Claim] = []
    for since in reader.parsed.tokens():
        if since.lower_ != "from":
            continue  # asked first: the children below are walked for the few "from"s, not every word
        first = next((c for c in since.children if c.dep_ == "pobj" and _YEAR.fullmatch(c.text)), None)
        if first is None or since.idx < start or since.head.pos_ not in {"VERB", "AUX"}:
            continue
        upto = next((c for c in [*since.children, *first.children] if c.lower_ in RANGE_ENDS), None)
        last = next((c for c in upto.children if c.dep_ == "pobj" and _YEAR.fullmatch(c.text)), None) if upto else None
        if last is None or int(last.text) <= int(first.text):
            continue
        span = (since.idx, last.idx + len(last))
        verb = since.head
        clause = (verb.left_edge.idx, span[1])  # "Shoigu served as defence minister from 2012 to 2024": a tenure
        if any(a < clause[1] and clause[0] < b for a, b in taken) or reader.non_factual(verb, since.sent):
            continue
        who = lengths.about(*span, verb)
        if not who:
            continue
        years = int(last.text) - int(first.text)
        _add_length(found, taken, (text, sentences), span, who, "lasts", f"{years} years", float(years), "years")
    return found


def _add_length(
    found: list[Claim],
    taken: list[tuple[int, int]],
    where: tuple[str, list[Sentence]],
    span: tuple[int, int],
    who: str,
    relation: str,
    value: str,
    number: float | None,
    unit: str | None,
) -> None:
    """A duration claim over `span` of the text (`where`: the text and its sentences), added to `found`
    and its words to `taken`; none when the words stand outside every sentence."""
    text, sentences = where
    cid = claim_id("duration", who, relation, value)
    claim = claim_over(text, sentences, "duration", span, who, relation, value, cid, number=number, unit=unit)
    if claim is not None:
        found.append(claim)
        taken.append(span)


_CLOCK = re.compile(r"(\d{1,2}):([0-5]\d)(?::([0-5]\d))?")  # "2:01:53", "1:03": a race's time or a margin


@functools.cache
def _clock_words() -> tuple[frozenset[str], frozenset[str]]:
    """Words after a clock reading that make it a margin behind (verify/lexicons/dates.toml `behind_words`),
    and the verbs a result is written after (counted.toml `result_verbs`). A time of day needs no list: the
    parser hangs "6:30" on the "a.m." or zone after it, so it is no verb's object."""
    dates, counted = lexicons.load("dates"), lexicons.load("counted")
    return frozenset(dates["behind_words"]), frozenset(counted["result_verbs"])


def _beaten(clock: Token) -> Token | None:
    """'beating Karin Dahl by 1:03': the name just before "by", in a clause a result verb opens, is whom a
    margin was won over (read on the words: the parser often hangs the reading on the next name)."""
    doc = clock.doc
    if clock.i < 2 or doc[clock.i - 1].lower_ != "by" or not doc[clock.i - 2].ent_type_:
        return None
    _, results = _clock_words()
    before = doc[clock.sent.start : clock.i - 2]
    if not any(t.lower_ in results or t.lemma_.lower() in results for t in before):
        return None
    return doc[clock.i - 2]


def _clock_shape(clock: Token) -> tuple[str, Token] | None:
    """How a clock reading states a length, and the verb or name it is about: the time a finished event
    took ("won the race in 1:02:01", "ran 2:00:35"), or a margin ("beating X by 1:03", "9:18 down").
    None for a time of day ("by 9:48 the water had reached", "at 12:39 a.m.")."""
    match = _CLOCK.fullmatch(clock.text)
    if match is None or clock.pos_ != "NUM":
        return None
    behind, _ = _clock_words()
    head = clock.head
    after = clock.doc[clock.i + 1] if clock.i + 1 < len(clock.doc) else None
    if after is not None and after.lower_ in behind and head.pos_ in {"VERB", "AUX"}:
        return "behind", head  # "finished third overall, 9:18 down"
    beaten = _beaten(clock)
    if beaten is not None:
        return "behind", beaten
    if clock.dep_ == "pobj" and head.lower_ == "in" and head.head.pos_ == "VERB" and head.head.tag_ in PAST:
        return "took", head.head  # "won the Varnby Half Marathon in 1:02:01"
    if clock.dep_ == "dobj" and head.pos_ == "VERB" and match.group(3) is not None:
        return "took", head  # "ran 2:00:35": hours, minutes and seconds, no clock time of an event
    return None


def _clock_lengths(
    reader: OwnerReader, lengths: _LengthReader, sentences: list[Sentence], taken: list[tuple[int, int]], start: int
) -> list[Claim]:
    """Lengths written as a clock reading: the time a race took, about whoever ran it ("Berg won the half
    marathon in 1:02:01"), and a margin, about the one beaten or left behind ("beating Karin Dahl by 1:03",
    "Strand finished third, 9:18 down"). No reference states such a time as a term, so the claim shows an
    editor the figure to check. Not a time of day, nor one in a hedged clause."""
    text = reader.parsed.text
    found: list[Claim] = []
    for clock in reader.parsed.tokens():
        shape = _clock_shape(clock) if clock.idx >= start else None
        if shape is None:
            continue
        relation, target = shape
        head = clock.head if clock.head.lower_ in {"in", "by"} else clock
        span = (min(head.idx, clock.idx), clock.idx + len(clock))
        above = (t for t in target.ancestors if t.pos_ == "VERB")
        verb = target if target.pos_ in {"VERB", "AUX"} else next(above, None)
        if any(a < span[1] and span[0] < b for a, b in taken) or (verb and reader.non_factual(verb, clock.sent)):
            continue
        if target.pos_ in {"VERB", "AUX"}:
            who = lengths.about(*span, target, object_first=False)
        else:
            who = reader.refs.expand(reader.subject_name(target) or target.text)
        if not who:
            continue
        parts = [int(p) for p in _CLOCK.fullmatch(clock.text).groups() if p is not None]  # type: ignore[union-attr]
        seconds = float(parts[0] * 3600 + parts[1] * 60 + parts[2]) if len(parts) == 3 else None
        unit = "seconds" if seconds else None
        _add_length(found, taken, (text, sentences), span, who, relation, clock.text, seconds, unit)
    return found


REFERRING = frozenset({"who", "that", "which", "he", "she"})


def _unit_in(parsed: Parsed, start: int, end: int) -> Token | None:
    """The time noun of a length's words ("years" in "for six and a half years")."""
    span = parsed.span_of(start, end)
    if span is None:
        return None
    return next((t for t in span if t.lemma_.lower() in UNITS), None)


def referred_subject(reader: DateReader, unit: Token) -> str | None:
    """Whom a length is about when the verb its phrase hangs on has a subject that only refers: a
    relative or personal pronoun ("Holm, who has chaired Nordbank for a decade": Holm) or a thing
    owned by a name ("Nordbank's bid stalled for 20 months": Nordbank), read the way a date's event
    is (verify.kinds.date.parsed). None when the subject names someone itself, or the length hangs on no verb."""
    token = unit.head.head if unit.head.pos_ == "ADP" else unit.head  # "stalled for 20 months", "lasted six weeks"
    of_a_thing = any(c.dep_ == "prep" and c.lower_ == "of" for c in unit.children)  # "a decade of increases"
    if token.pos_ not in {"VERB", "AUX"} or unit.head.i == unit.i or of_a_thing:
        return None  # a length of a thing ("a five-year plan", "a decade of increases"): that thing's
    subject = next((c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None:
        return None
    ranked = any(c.tag_ in {"JJS", "RBS"} or c.ent_type_ == "ORDINAL" for c in subject.children)
    owned = not ranked and any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in subject.children)  # not "Japan's
    # biggest steelmaker": a description of someone the article named
    if subject.lower_ not in REFERRING and not owned:
        return None
    return reader.about(token, token.sent.start)
