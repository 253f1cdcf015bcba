"""Who did it to whom: the doer of a verb and the one it acts on, read off the parse.

A page that says 'she was defeated by Ivo Stam' or 'Ivo Stam defeated her' names the same two people and the
same verb as the claim 'Ana Ruiz defeated Ivo Stam', with the parts swapped. Word matching cannot tell them
apart; the parse can: the doer is the active verb's subject (nsubj) or the passive's agent ('by ...'), the one
acted on is the active verb's object (dobj) or the passive's subject (nsubjpass). The same reading is asked of
the claim's words and of the page's sentence, so a passive claim reads as its active twin.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover - typing only
    from spacy.tokens import Doc, Token

# children that are no part of the party's own words: a relative clause, an apposition, a prepositional phrase,
# a possessive's owner ('her husband' is the husband, not her), a coordinated party
_NOT_ITS_WORDS = frozenset({"relcl", "appos", "acl", "prep", "punct", "cc", "conj", "advcl", "poss", "case"})
# verbs whose missing subject is their head's: 'She was elected, defeating Ivo Stam', 'She ran and won'
_SHARES_ITS_SUBJECT = frozenset({"advcl", "xcomp", "conj"})
_RELATIVES = frozenset({"who", "that", "which"})


def _words(token: Token) -> str:
    """The party's own words: the noun and its compounds and modifiers ('Ivo Stam finance minister')."""
    kept = [token]
    todo = [token]
    while todo:
        for child in todo.pop().children:
            if child.dep_ not in _NOT_ITS_WORDS:
                kept.append(child)
                todo.append(child)
    return " ".join(t.text for t in sorted(kept, key=lambda t: t.i))


def words_of(token: Token) -> str:
    """The party's own words (`_words`) of a noun `party_tokens` gives."""
    return _words(token)


def _subject(verb: Token) -> Token | None:
    """The verb's subject; for a relative clause's 'who' the noun it tells of, and for a participle or a
    coordinated verb without one, its head's ('She was elected, defeating Ivo Stam': she defeated him)."""
    seen = 0
    while verb is not None and seen < 4:
        found = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if found is not None:
            return verb.head if found.lower_ in _RELATIVES and verb.dep_ == "relcl" else found
        if verb.dep_ not in _SHARES_ITS_SUBJECT or verb.head is verb:
            return None
        verb, seen = verb.head, seen + 1
    return None


def reduced_passive(verb: Token) -> bool:
    """Whether `verb` is a past participle hanging from a noun with its doer after 'by' ('a study, led by Ivo Stam';
    'an expedition led by Ivo Stam'): a passive relative clause without its 'which was', the noun its subject."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in verb.children)


def is_passive(verb: Token) -> bool:
    """Whether `verb` is told in the passive: with a passive subject or auxiliary, or as a reduced relative
    (`reduced_passive`)."""
    return any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children) or reduced_passive(verb)


def party_tokens(verb: Token) -> tuple[Token | None, Token | None]:
    """(doer, done-to) nouns of one verb: active nsubj/dobj, passive agent/nsubjpass (a reduced relative's noun)."""
    passive = is_passive(verb)
    subject = verb.head if reduced_passive(verb) else _subject(verb)
    if passive:
        agent = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
        return (agent, subject)
    return (subject or _fronted_name(verb), next((c for c in verb.children if c.dep_ == "dobj"), None))


def _fronted_name(verb: Token) -> Token | None:
    """The proper name right before a verb the parse gives no subject, which it hangs in a fronted phrase instead ('In
    2019 Halden FC beat it': 'Halden FC' read as of 'In 2019'; 'In the 2019 cup final Halden FC beat it'): the doer."""
    if verb.i == 0 or (name := verb.doc[verb.i - 1]).pos_ != "PROPN" or name.dep_ not in {"pobj", "appos"}:
        return None
    node, seen = name, 0
    while node.head.i not in {verb.i, node.i} and seen < 6:
        node, seen = node.head, seen + 1
    return name if node.head.i == verb.i and node.dep_ == "prep" and node.i < verb.i else None


def _parties_of(verb: Token) -> tuple[str | None, str | None]:
    """(doer, done-to) words of one verb (`party_tokens`)."""
    doer, done_to = party_tokens(verb)
    return (_words(doer) if doer is not None else None, _words(done_to) if done_to is not None else None)


@functools.lru_cache(maxsize=1024)
def told(text: str, stems: frozenset[str]) -> tuple[Token, ...]:
    """Each verb in `text` whose first five letters are among `stems` (a relation's stems: 'defea', 'succe'), in
    their order; empty when no such verb is read as one. Parsed once per text (an article's claim, a page's
    sentence)."""
    if not any(w[:5] in stems for w in re.findall(r"[a-z]+", text.lower())):
        return ()  # nothing to parse for
    from verify.nlp import parse

    # its lemma too: 're-elected' is a form of 'elect'
    return tuple(t for t in parse(text).doc if t.tag_.startswith("VB") and {t.lower_[:5], t.lemma_.lower()[:5]} & stems)


def parties(text: str, stems: frozenset[str]) -> tuple[tuple[str | None, str | None], ...]:
    """The words of the doer and of the one acted on of each verb `told` gives, in their order. A sentence may
    tell the same verb twice ('Having been succeeded by Jon Dahl ..., she succeeded Ivo Stam')."""
    return tuple(map(_parties_of, told(text, stems)))


_YEAR = re.compile(r"(?:1[89]|20)\d\d")


def _governor(token: Token) -> Token | None:
    """The verb whose clause holds `token`: its nearest verb above it ('2015' of 'she had won in 2015': 'won'; '2019'
    of 'In the 2019 election she was defeated': 'defeated'), an auxiliary aside."""
    seen = 0
    while seen < 12:
        if token.pos_ in {"VERB", "AUX"} and token.dep_ not in {"aux", "auxpass"}:
            return token
        if token.head is token:
            return None
        token, seen = token.head, seen + 1
    return None


def clause_verb(token: Token) -> Token | None:
    """The verb whose clause holds `token` (`_governor`): the deed a value of a page sentence belongs to."""
    return _governor(token)


def phrase_head(token: Token) -> Token:
    """The noun a name's word heads or stands in ('Norby' of 'the Norby Prize': 'Prize'), where a relative clause
    on the phrase hangs."""
    seen = 0
    while token.dep_ in {"compound", "flat", "amod", "nummod", "det", "poss"} and token.head is not token and seen < 6:
        token, seen = token.head, seen + 1
    return token


def party_of(token: Token, verb: Token) -> bool:
    """Whether the phrase of `token` is `verb`'s doer or the one it acts on (its subject, its object, a passive's
    agent after 'by'), not a word of a phrase hanging from it ('as a member for Tarsa')."""
    head = phrase_head(token)
    if head.head == verb and head.dep_ in {"nsubj", "nsubjpass", "dobj"}:
        return True
    return head.dep_ == "pobj" and head.head.dep_ == "agent" and head.head.head == verb


@functools.lru_cache(maxsize=256)
def of_the_main_deed(text: str, at: int) -> bool:
    """Whether the words at offset `at` of `text` tell its main deed: the verb whose clause holds them is the root
    of the parse, not a relative or other clause hanging on it ('Ana Ruiz, who took office on 14 February, was
    arrested on Monday': 'took' is the relative clause's). Words no verb holds are read as the main deed's."""
    from verify.nlp import parse

    token = next((t for t in parse(text).doc if t.idx <= at < t.idx + len(t)), None)
    verb = _governor(token) if token is not None else None
    return verb is None or verb.head == verb


def place_of(token: Token, verb: Token, prepositions: frozenset[str]) -> bool:
    """Whether the phrase of `token` is where `verb`'s deed is done: the object of a preposition of place hanging on
    the verb itself ('Born in Tarsa': 'Born') or on its object, where the parse may hang it ('studied economics at
    Halden University'), not on another noun of its clause ('as a member for Tarsa')."""
    head = phrase_head(token)
    if head.dep_ != "pobj" or head.head.lower_ not in prepositions:
        return False
    on = head.head.head
    return on == verb or (on.dep_ == "dobj" and on.head == verb)


# a phrase that stands in another's place: 'Halden and Tarsa', 'Halden, the capital of Tarsa'
_IN_ITS_PLACE = frozenset({"conj", "appos"})
# the one a verb acts on: its object, a passive's subject, a copula's or naming verb's complement
_ACTED_ON = frozenset({"dobj", "nsubjpass", "attr", "oprd", "dative"})


def ties(token: Token, verbs: tuple[Token, ...]) -> tuple[str, ...] | None:
    """How the phrase of `token` hangs on one of `verbs`, from the verb down: 'object' for the one it acts on, each
    preposition on the way ('from' for Korvik FC in 'joined Halden FC from Korvik FC'; 'near', 'with' for Tarsa in
    'visited Halden, near the border with Tarsa'); None when it hangs on none of them so (a subject, a word of another
    verb's clause)."""
    out: list[str] = []
    head, seen = phrase_head(token), 0
    while seen < 12:
        seen += 1
        if head.dep_ in _IN_ITS_PLACE and head.head is not head:
            head = head.head
            continue
        if head.dep_ in _ACTED_ON:
            out.append("object")
        elif head.dep_ == "pobj":
            head = head.head  # the preposition, hanging on a verb or a noun
            out.append(head.lower_)
        else:
            return None
        if head.head in verbs:
            return tuple(reversed(out))
        head = head.head  # a noun the phrase hangs on; another verb's clause ends the chain (no tie of those)
    return None


def own_to_the_first(token: Token, verb: Token, above: Token) -> bool:
    """Whether `token`, of `above`'s clause, lies between `above` and the later verb coordinated with it through
    which `verb` hangs from it: 'She was born in Korvik and studied in Halden' gives Korvik to 'born' alone. A word
    before the first verb ('In 2015 she was elected and sworn in') or after the later one is theirs together."""
    below, seen = verb, 0
    while below.head != below and below.head != above and seen < 12:
        below, seen = below.head, seen + 1
    return below.head == above and below.dep_ == "conj" and above.i < token.i < below.i


def hangs_from(verb: Token, above: Token) -> bool:
    """Whether `verb`'s clause hangs from `above`'s, at any depth ('In 2017 she was appointed ... to replace Jon
    Dahl': 'replace' from 'appointed'), so a year of `above`'s clause dates it too."""
    token, seen = verb, 0
    while token.head is not token and seen < 12:
        token, seen = token.head, seen + 1
        if token == above:
            return True
    return False


def years(verb: Token) -> frozenset[str]:
    """The years the parse binds to `verb`'s deed: those whose clause is the verb's own. A year of the main clause
    does not date a relative clause's deed ('In 2020 she was stripped of the prize she had won in 2015': won in
    2015), nor one of a relative clause the main verb's; a verb with no year of its own is dated by none here."""
    return frozenset(t.text for t in verb.doc if _YEAR.fullmatch(t.text) and _governor(t) == verb)


def owned_subject(verb: Token) -> bool:
    """Whether `verb`'s subject is someone tied to another by a possessive ('her husband Jon Dahl was arrested', 'two
    of her aides were convicted', "Ruiz's driver was injured"): a noun with an owner, or a count or part 'of' one. The
    deed is then that person's, not the owner's."""
    subject = _subject(verb)
    if subject is None:
        return False
    counted = [g for c in subject.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    owned = [subject, *counted]
    return any(c.dep_ == "poss" for t in owned for c in t.children)


def someone_of_theirs(doc: Doc, start: int, end: int, owner: str, others: frozenset[str]) -> Token | None:
    """The noun of someone tied to `owner` by a possessive ('whose husband', "Ana Ruiz's father", 'her son') that is
    the subject of the verb the characters start..end state: the deed is that person's, not the owner's. None when the
    subject is no such noun (`others`: 'her term' is hers), has a name of its own ('her husband Jon Dahl', whom
    extraction names), or its owner is neither a pronoun, 'whose', nor a word of `owner`'s name."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    inside = {t.i for t in span}
    for top in (t for t in span if t.head.i not in inside or t.head.i == t.i):
        verb = _governor(top)
        subject = _subject(verb) if verb is not None else None
        if subject is None or subject.lemma_.lower() not in others:
            continue
        # 'her husband Jon Dahl', 'his father, Karl Moen,': named; an age or a description ('His father, 74,', 'his
        # father, a shipbuilder,') names no one, and the noun is still someone else than the owner (review44 R7)
        if any(c.dep_ in {"appos", "compound"} and c.pos_ == "PROPN" for c in subject.children):
            continue
        owners = [c for c in subject.children if c.dep_ == "poss"]
        if _named_beside(verb, owners, owner):
            continue  # 'his cousin Tammam Salam led': the parse's second subject names the one extraction gave
        if any(o.pos_ in {"PRON", "DET"} or o.text in owner.split() for o in owners):
            return subject
    return None


def _named_beside(verb: Token, owners: list[Token], owner: str) -> bool:
    """Whether a word of `owner`'s name stands among `verb`'s subjects' words but the possessive's ('his cousin
    Tammam Salam', parsed as two subjects of 'led'): the owned noun then describes the person named, not another."""
    possessive = {t.i for o in owners for t in o.subtree}
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return any(t.text in owner.split() for s in subjects for t in s.subtree if t.i not in possessive)
