"""What a figure measures, read off the parse, so a figure supports only a figure of the same thing.

'made a profit of 1.2 billion euros' and 'had revenue of 1.2 billion euros' give the same sum in the same unit; the
noun the sum is 'of' tells them apart. 'laid off 4,200 people' and 'employs 4,200 people' count the same noun; the
verb that takes the count tells them apart. The same reading is asked of the claim's sentence and of the page's:
the noun measured (with its compounds: 'net profit'), or, when neither side has one, the verb whose object the
figure is. A disagreement withholds support, never refutes: the page may give the claim's own figure elsewhere.
Lemmas agree, or words a class of `judging.toml` [quantity] `measured_alike` / `taken_alike` holds together; verbs
that only hold a figure ('has', 'is', 'reported') agree with any.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from verify import aliases, lexicons

if TYPE_CHECKING:  # pragma: no cover - typing only
    from collections.abc import Iterable

    from spacy.tokens import Token

_Q = lexicons.load("judging")["quantity"]
# a figure's own noun stands in these relations to the noun it measures: 'revenue of 1.2 billion euros' (pobj of
# 'of'), 'a 1.2 billion euro profit' (compound), 'revenue was 1.2 billion euros' (attr, with its subject)
_MEASURED_BY = frozenset({"compound", "amod", "nmod"})
# the relations in which a verb takes the figure as what it acts on: its object, a passive's subject, the object of
# a preposition on the verb ('exports steel to 40 countries'); a figure that is a full verb's subject is counted by
# its own deed ('312 people survived', '312 people died': not the dead of 'killing 312 people'), a copula's by nothing
_TAKEN_AS = frozenset({"dobj", "nsubjpass", "dative", "oprd"})
_LOCATED = frozenset(_Q["located_in"])
_ADVERBIAL = frozenset(_Q["adverbial_measures"])


@dataclass(frozen=True)
class Measure:
    """What a figure measures: the noun it is of (its lemma and its compounds' lemmas), or the verb taking it."""

    noun: frozenset[str] = frozenset()
    verb: str | None = None


@functools.cache
def _classes(key: str) -> dict[str, frozenset[int]]:
    """Each word of a class of the lexicon list `key` -> the numbers of its classes (a word may be in two: 'claim'
    seats and lives): words that measure or take alike."""
    out: dict[str, set[int]] = {}
    for i, words in enumerate(_Q[key]):
        for w in words:
            out.setdefault(w, set()).add(i)
    return {w: frozenset(found) for w, found in out.items()}


def _figure_noun(number: Token) -> Token:
    """The noun a number counts ('people' of '4,200 people', 'euros' of '1.2 billion euros'), else the number."""
    token = number
    while token.dep_ in {"nummod", "quantmod", "compound"} and token.head.i > token.i and token.head.like_num:
        token = token.head  # '1.2' of '1.2 billion'
    if token.dep_ in {"nummod", "quantmod", "compound"} and token.head.pos_ in {"NOUN", "PROPN", "SYM"}:
        return token.head
    return token


def measure(number: Token) -> Measure:
    """What the figure of `number` measures in its sentence (`Measure`); empty when the parse tells neither."""
    figure = _figure_noun(number)
    head = figure.head
    if figure.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ in {"NOUN", "PROPN"}:
        return Measure(noun=_noun_words(head.head))  # 'revenue of 1.2 billion euros'
    if figure.dep_ in _MEASURED_BY and head.pos_ in {"NOUN", "PROPN"} and head.i > figure.i:
        return Measure(noun=_noun_words(head))  # 'a 1.2 billion euro profit'
    if figure.dep_ == "attr" and (subject := next((c for c in head.children if c.dep_ == "nsubj"), None)):
        return Measure(noun=_noun_words(subject)) if subject.pos_ == "NOUN" else Measure()  # 'revenue was ...'
    if figure.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ == "VERB":
        if head.lower_ in _LOCATED:
            return Measure(verb=_Q["located_verb"])  # 'employs 4,200 people at three plants': it has three plants
        return Measure(verb=_verb_words(head.head))  # 'exports steel to 40 countries'
    if _taken(figure) and head.pos_ in {"VERB", "AUX"}:
        return Measure(verb=_verb_words(head))  # 'laid off 4,200 people', '4,200 people were laid off'
    if _a_deeds_subject(figure):
        return Measure(verb=_deed_words(head))  # '312 people survived', '312 people are missing': the subject's deed
    return Measure()


def _a_deeds_subject(figure: Token) -> bool:
    """Whether the figure's noun is a full verb's subject ('312 people survived', '2,000 people suffered injuries'):
    counted by the subject's own deed."""
    return figure.dep_ == "nsubj" and figure.head.pos_ == "VERB"


def _taken(figure: Token) -> bool:
    """Whether the figure's noun stands where a verb acts on it: `_TAKEN_AS`, or an adverbial noun phrase that is
    no measure the verb moves by ('displaced 52 people' parsed with 'people' an npadvmod; not 'rose 5 percent')."""
    if figure.dep_ == "npadvmod":
        return not figure.like_num and figure.lemma_.lower() not in _ADVERBIAL
    return figure.dep_ in _TAKEN_AS


def _noun_words(noun: Token) -> frozenset[str]:
    """A measured noun's lemma and its compounds' and adjectives' ('net profit', 'operating income')."""
    return frozenset(t.lemma_.lower() for t in [noun, *noun.lefts] if t.pos_ in {"NOUN", "ADJ", "PROPN"})


def _verb_words(verb: Token) -> str:
    """A verb's lemma with its particle ('lay off') or the state it leaves its object in ('left 312 people dead':
    'leave dead', a toll of the dead; 'left 5,000 people homeless' another)."""
    after = next((c.lower_ for c in verb.children if c.dep_ == "prt" or (c.dep_ == "oprd" and c.pos_ == "ADJ")), "")
    return f"{verb.lemma_.lower()} {after}".strip()


def _deed_words(verb: Token) -> str:
    """A full verb's words as its subject's deed (`_verb_words`), with its object's lemma when the lexicon's
    `taken_alike` names the two as one deed ('312 people lost their lives': 'lose life', the dead of 'killing 312
    people'; not 'lost their homes')."""
    words = _verb_words(verb)
    objects = [c.lemma_.lower() for c in verb.children if c.dep_ == "dobj"]
    phrase = f"{words} {objects[0]}" if objects else words
    return phrase if phrase in _classes("taken_alike") else words


def alike(claimed: Measure, given: Measure) -> bool:
    """Whether two figures may measure the same thing: their nouns share a word, or a class of `measured_alike`;
    with no noun on either side, their verbs are one lemma, one class of `taken_alike`, or one only holds the figure.
    When one side tells what it measures and the other does not, nothing is known against it."""
    if claimed.noun and given.noun:
        if _of_two_lines(claimed.noun, given.noun):
            return False  # 'a pre-tax profit' against 'a net profit': another line of the accounts
        plain = frozenset(_Q["measured_generic"])
        wanted, have = claimed.noun - plain, given.noun - plain
        if not wanted or not have or wanted & have:
            return True
        return _one_class("measured_alike", wanted, have)
    if _earned_against_another_deed(claimed, given) or _earned_against_another_deed(given, claimed):
        return False  # 'was fined 200 million euros' against 'a net profit of 200 million euros'
    if claimed.noun or given.noun or claimed.verb is None or given.verb is None:
        return True
    holding = frozenset(_Q["holding_verbs"])
    lemmas = {claimed.verb.split()[0], given.verb.split()[0]}
    if claimed.verb == given.verb or lemmas & holding:
        return True
    return _one_class("taken_alike", {claimed.verb}, {given.verb})


def _earned_against_another_deed(earned: Measure, taken: Measure) -> bool:
    """Whether one figure is a sum of the accounts by its noun (`earned_measures`: 'revenue of', 'a net profit of')
    and the other has no noun but a verb of another deed taking it ('was fined', 'paid', 'invested'): neither a
    holding verb nor one of earning (`earning_verbs`: 'earned', 'generated', 'lost')."""
    if not earned.noun or taken.noun or taken.verb is None:
        return False
    if not earned.noun & frozenset(_Q["earned_measures"]):
        return False
    lemma = taken.verb.split()[0]
    return lemma not in frozenset(_Q["holding_verbs"]) and lemma not in frozenset(_Q["earning_verbs"])


def _of_two_lines(wanted: frozenset[str], have: frozenset[str]) -> bool:
    """Whether each noun names a line of the accounts (`account_lines`: 'net', 'pre-tax', 'operating') and the two
    lines differ: a net profit is not the pre-tax profit of the same sum."""
    classes = _classes("account_lines")
    ours = {i for w in wanted for i in classes.get(w, ())}
    theirs = {i for w in have for i in classes.get(w, ())}
    return bool(ours) and bool(theirs) and not ours & theirs


def stuff(number: Token) -> frozenset[str]:
    """What the unit of the figure of `number` is a measure of: the noun after its 'of' with its compounds and
    adjectives ('tonnes of steel', 'barrels of crude oil': 'crude', 'oil'), when the figure counts a noun other than
    itself; else empty."""
    figure = _figure_noun(number)
    if figure.i == number.i:
        return frozenset()
    of = next((c for c in figure.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    noun = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return _noun_words(noun) if noun is not None and noun.pos_ in {"NOUN", "PROPN"} else frozenset()


def of_another_stuff(claimed: Token, given: Token) -> bool:
    """Whether two figures measure different stuff by their unit ('1.8 million tonnes of iron' against '1.8 million
    tonnes of steel'): each names its stuff, and they share no word nor a class of `measured_alike`."""
    wanted, have = stuff(claimed), stuff(given)
    if not wanted or not have or wanted & have:
        return False
    return not _one_class("measured_alike", wanted, have)


def measured_apart(one: str, other: str) -> bool:
    """Whether two measured nouns (lemmas) are known apart: each is in a class of `measured_alike` and they share
    none ('profit' and 'revenue'); a noun the lexicon does not class ('fine', 'penalty') is never known apart."""
    classes = _classes("measured_alike")
    return one in classes and other in classes and not classes[one] & classes[other]


def _one_class(key: str, wanted: set[str] | frozenset[str], have: set[str] | frozenset[str]) -> bool:
    """Whether a word of each side is in one class of the lexicon list `key`."""
    classes = _classes(key)
    ours = {i for w in wanted for i in classes.get(w, ())}
    return bool(ours & {i for w in have for i in classes.get(w, ())})


def numbers_at(text: str, start: int, end: int) -> list[Token]:
    """The number tokens of the parse of `text` inside characters start..end (a claim's figure in its sentence)."""
    from verify.nlp import parse

    return [t for t in parse(text).doc if t.like_num and start <= t.idx < end]


def numbers_of(text: str, value: float) -> list[Token]:
    """The number tokens of the parse of `text` whose figure (with a scale word after it: '1.2 billion') is `value`."""
    from verify.nlp import parse

    out = []
    for token in parse(text).doc:
        if not token.like_num or re.fullmatch(r"(?:1[89]|20)\d\d", token.text):
            continue
        scale = token.nbor(1).lower_ if token.i + 1 < len(token.doc) else ""
        read = aliases.parse_number(f"{token.text} {scale}") if scale in _SCALES else None
        number = read if read is not None else aliases.parse_number(token.text)
        if number is not None and abs(number - value) <= abs(value) * 1e-9:
            out.append(token)
    return out


# scale words after a figure (verify/lexicons/numbers.toml scales: "two dozen", "three hundred") and two short forms
_SCALES = frozenset([*aliases.SCALES, "mn", "bn"])


def elided_counts(claimed: Token, text: str) -> list[tuple[int, int, float]]:
    """The figures of the page's `text` told with their noun left out, taken by a verb like the one taking the claim's
    count, in a sentence counting the claim's noun with another figure ('killed 52 people and displaced 40,000',
    'injuring more than 2,000'): the same deed's count of the same noun. Each as its number's start and end in
    `text` and its value. None when the claim's figure is not a deed's object or counts no noun."""
    from verify.nlp import parse

    ours, noun = measure(claimed), _figure_noun(claimed)
    if ours.verb is None or ours.noun or noun.i == claimed.i or not _taken(noun):
        return []
    doc = parse(text).doc
    if not any(t.like_num and _figure_noun(t).lemma_ == noun.lemma_ for t in doc):
        return []  # the noun left out is the claim's only where the sentence counts it
    holding, out = frozenset(_Q["holding_verbs"]), []
    for token in doc:
        if not token.like_num or _figure_noun(token).i != token.i or re.fullmatch(r"(?:1[89]|20)\d\d", token.text):
            continue  # a figure counting a noun, a part of a larger figure ('1.2' of '1.2 million'), a year
        given = measure(token)
        if given.verb is None or given.verb.split()[0] in holding:
            continue
        if given.verb != ours.verb and not _one_class("taken_alike", {ours.verb}, {given.verb}):
            continue
        first = token.i
        while first > 0 and token.doc[first - 1].like_num:
            first -= 1
        value = aliases.parse_number(doc[first : token.i + 1].text)
        if value is not None:
            out.append((doc[first].idx, token.idx + len(token), value))
    return out


def of_another_deed(claimed: Token, text: str, value: float, left_out: str = "") -> bool:
    """Whether every count of the claimed figure's noun in the page's `text` other than `value` is taken by a verb
    unlike the claim's ('killed 52 people' against 'displaced 40,000 people'): a count of another deed, which refutes
    nothing; so is a count told by its subject's own deed ('2,000 people suffered injuries' against 'killing 312
    people'). A claimed figure told with its noun left out ('killed 214 people and injured 1,500') counts the noun
    extraction gave it (`left_out`). False when the claim's figure is neither what a verb acts on (its object, a
    passive's subject) nor a full verb's subject, counts no noun, or the text gives no such count."""
    from verify.nlp import parse

    ours, noun = measure(claimed), _figure_noun(claimed)
    if ours.verb is None or ours.noun or not (_taken(noun) or _a_deeds_subject(noun)):
        return False  # 'compared with 1.6 million tonnes': the figure is no deed's object
    counted = {noun.lemma_} if noun.i != claimed.i else {w for w in (left_out.lower(), left_out.lower()[:-1]) if w}
    if not counted:
        return False  # a bare figure whose noun is nowhere told
    counts = [
        t
        for t in parse(text).doc
        if t.like_num and _figure_noun(t).lemma_ in counted and aliases.parse_number(t.text) != value
    ]
    return bool(counts) and not any(alike(ours, measure(t)) for t in counts)


_TIED = frozenset([*_Q["tied"], *_Q["parts"]])
_PARTS = frozenset(_Q["parts"])
# what may stand on a body's parts and leave them all of it: "Norby Steelworks' plants", "Korvik Bank's 300 branches",
# "its three plants" (not "its northern plants", "its Halden plants": some of them)
_ALL_OF_THEM = frozenset({"poss", "case", "det", "nummod", "quantmod", "predet"})


def _verb_taking(figure: Token) -> Token:
    """The verb a figure's noun stands under ('employs' of '4,200 people'), else the root it climbs to."""
    verb = figure.head
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    return verb


def of_a_tied_thing(claimed: Token, subject: str) -> bool:
    """Whether the claim's figure (its number token `claimed`) counts a thing its `subject` owns or is tied to, named
    after the subject's possessive (`judging.toml` [quantity] `tied`, `parts`, the noun or a compound's word: 'parent
    company'): the subject of the verb taking the figure ("Norby's capital has 5.4 million people"), or where the
    figure's own subject is ("5.4 million people live in Norby's largest city")."""
    figure = _figure_noun(claimed)
    verb = _verb_taking(figure)
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    if figure.dep_ == "nsubj":  # '5.4 million people live in Norby's capital'
        holders = [p for c in verb.children if c.dep_ == "prep" and c.lower_ in _LOCATED for p in c.children]
    else:
        holders = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    owner = set(subject.lower().split())
    return any(
        {w for t in [noun, *(c for c in noun.children if c.dep_ == "compound")] for w in (t.lower_, t.lemma_.lower())}
        & _TIED
        and any({t.lower_ for t in c.subtree} & owner for c in noun.children if c.dep_ == "poss")
        and not _all_its_parts(noun, figure)
        for noun in holders
    )


def of_one_part(claimed: Token, named: frozenset[str] = frozenset()) -> bool:
    """Whether the claim's figure (its number token `claimed`) counts one part of a body, whoever owns it: the verb
    taking the figure has for subject a common noun of `judging.toml` [quantity] `parts` that is not all of them ('its
    new plant would employ ...', 'The new Norby Steelworks plant will employ ...'), or is a participle or relative
    clause on one ('will build a plant employing ...'). The wire's plant-opening story gives the plant's workforce with
    the company as the sentence's subject; no count of the whole supports or refutes a part's (review37 R7). A
    capitalised head ('Zaporizhzhia Nuclear Power Plant employs ...') is a name of its own, and a parts word of
    `named` (those a page the sentence names calls its own subject by: `parts_it_is`) owned by no word of the claim
    ('Halden Works, a steel plant employing ...', 'Halden Works said the plant employs ...') is that page's body
    (review38 B1)."""
    figure = _figure_noun(claimed)
    verb = _verb_taking(figure)
    if verb.pos_ not in {"VERB", "AUX"} or figure.dep_ in {"nsubj", "nsubjpass"}:
        return False
    holders = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if verb.dep_ in {"acl", "relcl"}:
        holders.append(verb.head)  # 'a plant employing 4,200 people', 'a plant that will employ ...'
    return any(
        noun.pos_ == "NOUN" and noun.text.islower() and _one_of_the_parts(noun, figure, named) for noun in holders
    )


def _one_of_the_parts(noun: Token, figure: Token, named: frozenset[str] = frozenset()) -> bool:
    """Whether the holder `noun` of the figure is a `parts` word naming one part or some ('its Halden plant'), not
    the body a page calls so (a word of `named`) with no owner told ('its', 'Norby Steelworks' plant', 'the new Norby
    Steelworks plant')."""
    if noun.lemma_.lower() in named and not any(
        c.dep_ == "poss" or (c.dep_ in {"compound", "nmod"} and c.pos_ == "PROPN") for c in noun.children
    ):
        return False
    return noun.lemma_.lower() in _PARTS and not _all_its_parts(noun, figure)


def parts_it_is(lead: str) -> frozenset[str]:
    """The `judging.toml` [quantity] `parts` word by which a page's first sentence `lead` calls its subject, the head
    noun of what it is ('Halden Works is a steel plant in Halden, ...': plant); empty when the subject is no part
    ('Norby Steelworks is a Norbian steel company ...')."""
    from verify.nlp import parse

    first = re.split(r"(?<=[.!?])\s", lead, maxsplit=1)[0]
    return frozenset(
        t.lemma_.lower()
        for t in parse(first).doc
        if t.dep_ == "attr" and t.head.lemma_ == "be" and t.head.dep_ == "ROOT" and t.lemma_.lower() in _PARTS
    )


_DISTRIBUTIVE = frozenset(_Q["distributive"])
_EACH_ONES = frozenset(_Q["each_ones"])


def _one_name(words: list[Token], names: Iterable[str]) -> bool:
    """Whether the coordinated `words` ('Marks and Spencer', 'Bosnia and Herzegovina', 'Law and Justice') are one of
    `names` (the claim's subject, the pages' titles) as written, a leading 'the' aside: a conjunction inside a name
    coordinates nothing (review37 B1)."""
    said = aliases.fold(" ".join(t.text for t in words)).split()
    said = said[1:] if said[:1] == ["the"] else said
    return any(aliases.fold(name).split() == said for name in names)


def held_jointly(claimed: Token, names: Iterable[str] = ()) -> bool:
    """Whether the claim's figure (its number token `claimed`) is held by bodies named together: the subject of the
    verb taking the figure is a noun phrase joined to another by a conjunction ('The Norby Party and its allies won 61
    seats', 'Norby Steelworks and Korvik Steel employ 4,200 people combined'; a comma alone is the parse's misreading
    of a phrase before the name, 'Like Korvik Bank, Norby Steelworks employs'), with no word giving the figure to each
    of them (`judging.toml` [quantity] `distributive`: '... each employ'). A bloc's count is no one member's, so no
    member's page supports or refutes it (review36 R12). Not bodies that are one of `names` (the claim's subject, the
    pages' titles: 'Marks and Spencer employs ...'), nor a count each of them holds whole (judging.toml [quantity]
    `each_ones`: 'Ana Ruiz and her husband have two children'; review37 B1, B2)."""
    figure = _figure_noun(claimed)
    verb = _verb_taking(figure)
    if verb.pos_ not in {"VERB", "AUX"} or figure.dep_ in {"nsubj", "nsubjpass"}:
        return False
    if figure.lemma_.lower() in _EACH_ONES:
        return False  # a couple's children are each parent's
    for holder in (c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}):
        if holder.left_edge.i <= claimed.i <= holder.right_edge.i:
            continue  # 'Prabowo Subianto and his running mate, Gibran Rakabuming Raka, 36, will be sworn in': an age
        named = [holder, *(c for c in holder.children if c.dep_ == "conj")]
        if not any(c.dep_ == "cc" for n in named for c in n.children):
            continue  # one body, or 'Like Korvik Bank, Norby Steelworks employs ...' parsed as a list: no 'and'
        if _one_name(list(claimed.doc[holder.left_edge.i : max(n.right_edge.i for n in named) + 1]), names):
            continue  # 'Marks and Spencer employs about 64,000 people': one body's name
        around = [*verb.children, *holder.children, *figure.children]
        if not any(t.lower_ in _DISTRIBUTIVE for t in around):
            return True
    return False


# what may stand inside or beside a figure's holder and name another body: its apposition ('Korvik Bank, the owner
# of Norby Steelworks,'), a clause on it ('which bought Norby Steelworks'), a phrase set before its verb ('Like Norby
# Steelworks, Korvik Bank employs ...')
_BESIDE_THE_HOLDER = frozenset({"appos", "relcl", "acl"})
_BEFORE_THE_VERB = frozenset({"prep", "advcl", "npadvmod"})


def beside_the_holder(claimed: Token) -> list[tuple[int, int]]:
    """The character spans (in the figure's sentence) of the words that describe or compare the holder of the claim's
    figure (its number token `claimed`) rather than name it: the apposition, relative clause or participle on the
    subject of the verb taking the figure, and a phrase before that subject on the verb. The bodies they name are not
    the figure's holder: 'Korvik Bank, which bought Norby Steelworks in 2020, employs about 4,200 people' counts Korvik
    Bank's staff, not the steelworks' (review36 R18)."""
    figure = _figure_noun(claimed)
    verb = _verb_taking(figure)
    holders = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}] if verb.pos_ in {"VERB", "AUX"} else []
    if not holders or holders[0].pos_ not in {"PROPN", "NOUN"}:
        return []
    holder = holders[0]
    words = [c for c in holder.children if c.dep_ in _BESIDE_THE_HOLDER]
    words += [c for c in verb.children if c.dep_ in _BEFORE_THE_VERB and c.i < holder.i]
    return [(min(t.idx for t in c.subtree), max(t.idx + len(t) for t in c.subtree)) for c in words]


_RATES: dict[str, str] = dict(_Q["rate_periods"])  # period -> its adverb
_RATE_OPENERS = frozenset({"a", "an", "per", "each", "every"})
# words that make 'a day' a time apart from another, no rate: ', a day after a smaller tremor', 'a week later'
_TIME_APART = frozenset({"after", "before", "later", "earlier", "ago", "since", "into"})


def rate_of(claimed: Token) -> str | None:
    """The period the claim gives its figure (its number token `claimed`) per, read on the figure's noun or its verb:
    'a month' or 'per quarter' after it ('produced 1.8 million tonnes of steel a month', 'a net
    profit of 200 million euros a quarter'), or the period's adverb ('monthly'); None for a figure of no period, or of
    a year, which is the year's own (review36 R10)."""
    figure = _figure_noun(claimed)
    verb = _verb_taking(figure)
    for token in (c for h in (figure, verb) for c in h.children if c.i > claimed.i):
        word = token.lemma_.lower()
        if token.dep_ == "npadvmod" and word in _RATES and any(c.lower_ in _RATE_OPENERS for c in token.children):
            if any(c.lower_ in _TIME_APART for c in token.children):
                continue  # 'killed 312 people, a day after a smaller tremor': when, not how often (review37 B8)
            return word  # 'a month'
        if token.dep_ == "prep" and token.lower_ == "per":
            period = next((c.lemma_.lower() for c in token.children if c.lemma_.lower() in _RATES), None)
            if period is not None:
                return period  # 'per quarter'
        if token.lower_ in _RATES.values():
            return next(period for period, adverb in _RATES.items() if adverb == token.lower_)  # 'monthly'
    return None


def rate_named(period: str, text: str) -> bool:
    """Whether a page's text gives a figure per the same period: 'a month', 'per month', 'each month', 'monthly'."""
    return re.search(rf"\b(?:(?:a|an|per|each|every)\s+{period}|{_RATES[period]})\b", text, re.I) is not None


_PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
_PLACE_NOUNS = frozenset([*_Q["place_nouns"], *lexicons.load("judging")["holder"]["places"], *_Q["parts"]])
_BODY_NOUNS = frozenset(_Q["body_nouns"])
_NAMING = frozenset({"NOUN", "PROPN", "ADJ"})


def place_set(claimed: Token) -> frozenset[str] | None:
    """The words naming the place the claim sets its figure (its number token `claimed`) in, by a preposition of
    place (`located_in`) on the figure's noun or its verb: a place's name and the words narrowing it ('in the city of
    Halden': halden; 'in southern Norby': southern, norby; 'at its Halden plant': halden; 'In Halden, ...'), or
    'each' of several ('at each of its three plants'). A figure of one place, or of each, is a part of the whole a page
    may give; only a page sentence naming the same place states it (review36 R2, R11). None when no place is set."""
    figure = _figure_noun(claimed)
    verb = _verb_taking(figure)
    heads = [figure, verb] if verb.pos_ in {"VERB", "AUX"} and not _counts_an_owner(figure, verb) else [figure]
    for prep in (c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in _LOCATED):
        for place in (c for c in prep.children if c.dep_ == "pobj"):
            if place.lower_ in _DISTRIBUTIVE:
                return frozenset({place.lower_})  # 'at each of its three plants'
            words = _place_words(place)
            if words:
                return words
    return None


def _counts_an_owner(figure: Token, verb: Token) -> bool:
    """Whether the figure's noun hangs on another noun between it and the verb, one that is no measure of it ('Leaders
    of 40 NATO member states met in Oslo': the leaders met there, the states are not counted there; not 'A total of
    312 people died in Halden'): the verb's place is then that noun's deed's, not the count's (test_open32 R4)."""
    between = list(figure.ancestors)[: list(figure.ancestors).index(verb)] if verb in figure.ancestors else []
    return any(t.pos_ in {"NOUN", "PROPN"} and t.lemma_.lower() not in _MEASURE_HEADS for t in between)


_MEASURE_HEADS = frozenset(_Q["measured_generic"])
_EVERYWHERE = frozenset(_Q["everywhere"])


def told_of_everywhere(figure_token: Token) -> bool:
    """Whether a page's figure (its number token) is told of a body's whole across places, with no place of its own
    ('5,000 employees worldwide', 'employs 5,000 people in 12 countries', judging.toml [quantity] `everywhere`): no
    count of one country, whatever country its page is of (review41 R7). A figure set at a place is read by
    `place_set` first ('3,000 of them in Norby')."""
    figure = _figure_noun(figure_token)
    verb = _verb_taking(figure)
    heads = [figure, verb] if verb.pos_ in {"VERB", "AUX"} else [figure]
    told = [c for h in heads for c in h.children if c.dep_ in {"advmod", "prep", "npadvmod"}]
    return any(t.lower_ in _EVERYWHERE for c in told for t in c.subtree)


_WON_IN_A_CONTEST = frozenset(_Q["won_in_a_contest"])
_OTHER_CONTESTS = frozenset(_Q["other_contests"])


def contest_named(claimed: Token) -> frozenset[str]:
    """The words naming the contest or chamber the claim sets a figure won in one in (its number token `claimed`
    counting seats, votes or mandates: `judging.toml` [quantity] `won_in_a_contest`), in a prepositional phrase on
    the figure's noun or its verb, of `other_contests` ('in the 2023 local elections': local; 'in the Senate':
    senate; 'on Halden city council': city, council). A year holds many elections and a parliament two chambers;
    seats of one are no seats of another (review37 R19). Empty for a general election or none named."""
    figure = _figure_noun(claimed)
    if figure.lemma_.lower() not in _WON_IN_A_CONTEST:
        return frozenset()
    verb = _verb_taking(figure)
    heads = [figure, verb] if verb.pos_ in {"VERB", "AUX"} else [figure]
    said: set[str] = set()
    for words in (list(c.subtree) for h in heads for c in h.children if c.dep_ == "prep"):
        said |= {t.lower_ for t in words} - _a_national_chambers_words(words)
    return frozenset(said & _OTHER_CONTESTS)


_NATIONAL_CHAMBERS = tuple(tuple(name.split()) for name in _Q["national_chambers"])


def _a_national_chambers_words(words: list[Token]) -> set[str]:
    """The words of a country's national parliament (or its lower house) named in `words` by a name of `judging.toml`
    [quantity] `national_chambers` written capitalised, first word and last ('in the State Duma', 'in the National
    Council'): its name's 'state' or 'council' tells no other contest (review38 B4); lower-case ('the party's national
    council') it is a body's organ."""
    lower = [t.lower_ for t in words]
    found: set[str] = set()
    for name in _NATIONAL_CHAMBERS:
        for at in range(len(lower) - len(name) + 1):
            if tuple(lower[at : at + len(name)]) == name and all(
                words[i].text[:1].isupper() for i in (at, at + len(name) - 1)
            ):
                found |= set(name)
    return found


def place_adjectives(claimed: Token) -> list[str]:
    """The adjectives of place (a nationality's or a continent's, an entity the parse calls NORP) on the noun the
    claim's figure (its number token `claimed`) counts, each with its own words ("NATO's 32 European members":
    European; 'two North American members': North American): the figure counts the part of a whole so told."""
    figure = _figure_noun(claimed)
    return [
        " ".join(t.text for t in c.subtree)
        for c in figure.children
        if c.dep_ == "amod" and c.ent_type_ == "NORP" and c.i < figure.i
    ]


# the comparing and superlative forms ('12 more seats', 'the 30 largest firms'): a change or a rank, no narrower set
_NOT_NARROWING_TAGS = frozenset({"JJR", "JJS", "RBR", "RBS"})


def _narrows(word: Token) -> bool:
    """Whether `word`, modifying a counted noun before it, names a narrower set of what the noun counts: a common
    word in lower case, an adjective or a noun ('gold' of 'three gold medals', 'rural', 'full-time', 'academic'),
    not a comparison ('more'), a number or a proper name (an adjective of place is `place_adjectives`')."""
    return (
        word.text[:1].islower()
        and word.pos_ in {"ADJ", "NOUN", "VERB"}
        and word.tag_ not in _NOT_NARROWING_TAGS
        and not any(t.like_num for t in word.subtree)
    )


_PARTITION_WORDS = frozenset(_Q["partition_words"])


def a_partition(word: str) -> bool:
    """Whether a common word narrowing a counted noun (`subset_words`) names a kind its whole is split into
    (judging.toml [quantity] `partition_words`: 'international', 'rural', 'gold'), whatever the page tells: any other
    ('61 parliamentary seats', '312 innocent people') restates the whole unless the page tells a part by it with a
    figure of its own (review44 B1)."""
    return word.lower() in _PARTITION_WORDS


def subset_words(claimed: Token) -> list[str]:
    """The words before the noun the claim's figure (its number token `claimed`) counts that narrow it to a part of
    its whole, read from the parse as any common modifier of the noun (`_narrows`: '20,000 international students',
    '3,000 academic staff', 'three Olympic gold medals', '150 rural branches', with its hyphened words, 'full-time'):
    the figure is the part's, which a count of the whole neither states nor refutes (review40 R9, review43 R11)."""
    figure = _figure_noun(claimed)
    return [
        "".join(t.text_with_ws for t in c.subtree).strip().lower()
        for c in figure.children
        if c.dep_ in {"amod", "compound"} and c.i < figure.i and _narrows(c)
    ]


def several_places(claimed: Token) -> bool:
    """Whether the claim sets its figure (its number token `claimed`) in places joined by a conjunction ('32 members
    in North America and Europe'), not in one ('in Europe'): `place_set`'s words then name them together."""
    figure = _figure_noun(claimed)
    verb = _verb_taking(figure)
    heads = [figure, verb] if verb.pos_ in {"VERB", "AUX"} else [figure]
    places = [p for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in _LOCATED for p in c.children]
    return any(c.dep_ == "conj" for p in places if p.dep_ == "pobj" for c in p.children)


def _place_words(place: Token) -> frozenset[str]:
    """The words naming a place `place` heads: a place's proper name (an entity of place, 'Halden', 'Kabul') with the
    adjectives narrowing it ('southern Norby'), or a place noun (`_PLACE_NOUNS`) named by the proper name before it or
    after its 'of' ('its Halden plant', 'the city of Halden'), or a body noun (`_BODY_NOUNS`) named by the words
    before it or after its 'of' ('the defence ministry': defence; 'the Ministry of Health': health; review40 R10);
    empty for anything else ('in parliament', 'in 2023')."""
    if place.lemma_.lower() in _BODY_NOUNS or place.lower_ in _BODY_NOUNS:
        of = [g for c in place.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
        named = [t for t in [*place.lefts, *of] if t.pos_ in _NAMING]
        return frozenset(t.lower_ for n in named for t in n.subtree if t.pos_ in _NAMING)
    if place.pos_ == "PROPN" and place.ent_type_ in _PLACE_ENTITIES:
        named = [place]
    elif place.lemma_.lower() in _PLACE_NOUNS or place.lower_ in _PLACE_NOUNS:
        of = [g for c in place.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
        named = [t for t in [*place.lefts, *of] if t.pos_ == "PROPN" and t.ent_type_ not in {"DATE", "TIME"}]
    else:
        return frozenset()
    if not named:
        return frozenset()
    words = {t.lower_ for n in named for t in n.subtree if t.pos_ in {"PROPN", "ADJ"}}
    return frozenset(words)


def _all_its_parts(noun: Token, figure: Token) -> bool:
    """Whether the holder `noun` names all of a body's parts, which together are the body and hold its count ("Norby
    Steelworks' plants employ about 4,200 people", "Korvik Bank's 300 branches serve ..."): a `parts` word in the
    plural with nothing narrowing it to some of them, and no 'each' giving the figure to every part ('... 4,200 people
    each'). One part ('its Halden plant') or some ('its northern plants') stay their own."""
    if noun.lemma_.lower() not in _PARTS or noun.tag_ not in {"NNS", "NNPS"}:
        return False
    if any(c.dep_ not in _ALL_OF_THEM for c in noun.children):
        return False
    return not any(c.lower_ == "each" for t in (figure, figure.head) for c in t.children)
