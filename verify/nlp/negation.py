"""Denied clauses: the words of a claim that the article says do NOT hold.

"Costa has not been charged" names the fact "Costa charged"; a claim read from it without its "not"
would be supported by any page saying Costa was charged, the worst verdict the tool can give. Every
claim's words are read here against the parse: the verb they stand under is denied when it has a `neg`
dependent, a denying adverb ("never", "no longer"), a denying determiner on its subject or object ("No
one was hurt", "took no part"), is the infinitive of a denying verb ("failed to win"), or a passive
denying verb with its object ("was denied re-election"). The words
are in `verify/lexicons/nonfactual.toml` [negation]; the claim then carries `negated` and its judge
never reads it as the affirmed fact (verify.judge)."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from verify import lexicons

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Doc, Token

# how a claim's words hang from the verb that states them ("sworn in as prime minister on Tuesday"):
# not a subject or an aside, whose own facts the verb does not state ("Montenegro, a lawyer, has never ...")
_LINKS = {"prep", "pobj", "pcomp", "agent", "dative", "conj", "cc", "punct", "prt"}  # "sworn in as prime minister"
_FILLERS = {"dobj", "attr", "oprd", "acomp", "npadvmod", "advmod"}  # "won 80 seats", "on Tuesday"
_MODIFIERS = {"nummod", "quantmod", "compound", "amod", "nmod", "det"}  # "the March 10 election"
_ATTACHED = frozenset(_LINKS | _FILLERS | _MODIFIERS)
_VERBS = frozenset({"VERB", "AUX"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_RANKING = frozenset({"ever", "since", "before"})  # "No one had ever won four", "no team had managed since": a first


@functools.cache
def _words() -> dict[str, frozenset[str]]:
    listed = lexicons.load("nonfactual")["negation"]
    return {key: frozenset(w.lower() for w in value) for key, value in listed.items()}


def _denying_adverb(token: Token) -> bool:
    """'never', or the last word of a phrase like 'no longer' written as such."""
    words = _words()
    if token.lower_ in words["adverbs"]:
        return True
    for phrase in words["adverb_phrases"]:
        *before, last = phrase.split()
        if token.lower_ == last and before:
            start = token.i - len(before)
            if start >= 0 and [t.lower_ for t in token.doc[start : token.i]] == before:
                return True
    return False


def _denied_noun(noun: Token) -> bool:
    """A subject or object that denies its clause: 'no one', 'nobody', 'neither rival', 'no part'."""
    words = _words()
    if noun.lower_ in words["subjects"] or (noun.lower_ == "one" and noun.i > 0 and noun.nbor(-1).lower_ == "no"):
        return True
    return any(c.dep_ in {"det", "neg"} and c.lower_ in words["determiners"] for c in noun.children)


def _excepted(neg: Token) -> bool:
    """'not only', 'not just', 'not least', 'did not ... until': no denial of the verb."""
    exceptions = _words()["exceptions"]
    after = neg.doc[neg.i + 1] if neg.i + 1 < len(neg.doc) else None
    if after is not None and after.lower_ in exceptions:
        return True
    return any(c.lower_ in exceptions for c in neg.head.children if c.dep_ in {"prep", "mark", "advcl"}) or any(
        c.dep_ == "advcl" and any(m.lower_ in exceptions for m in c.children if m.dep_ == "mark")
        for c in neg.head.children
    )


def denial(verb: Token) -> Token | None:
    """The word that denies `verb`'s clause ('not', 'never', 'longer' of 'no longer', 'No' of 'No one',
    'failed' of 'failed to win'), or None when the clause is affirmed."""
    ranking = any(c.lower_ in _RANKING for c in verb.children)
    for child in verb.children:
        if child.dep_ == "neg" and child.lower_ not in _words()["determiners"] and not _excepted(child):
            return child
        if child.dep_ in {"advmod", "neg"} and _denying_adverb(child) and not _excepted(child):
            return child
        if child.dep_ in _SUBJECTS and _denied_noun(child) and not ranking:
            return child
        if child.dep_ == "dobj" and _denied_noun(child):
            return child
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    if passive and verb.lemma_.lower() in _words()["passive_verbs"] and any(c.dep_ == "dobj" for c in verb.children):
        return verb  # "was denied re-election": what it names did not happen
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _words()["verbs"]:
        return verb.head  # "failed to win a majority"
    if verb.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ in {"or", "nor"} for c in verb.head.children):
        return denial(verb.head)  # "has not been charged or convicted"
    if verb.dep_ == "conj" and (
        instead := next((c for c in verb.head.children if c.dep_ == "cc" and c.lower_ in _words()["instead"]), None)
    ):
        return instead  # "stood down rather than be re-elected": the alternative set aside did not happen
    return None


# how words hang from the verb above them, so that a 'not' or a verb of denying there reaches them ('will never
# accept "a deal"', 'denied that she won', 'rumours that he was arrested were denied'); a relative or adverbial
# clause, an apposition, starts words of their own
_UNDER_ITS_VERB = frozenset(
    # 'oprd': what an object is called or made ('had never called the deal "a disaster"'), under the verb's 'never';
    # 'pcomp': a gerund after a preposition ('was accused of calling the plan "a disaster"')
    {
        "xcomp", "ccomp", "dobj", "attr", "acomp", "oprd", "pcomp", "pobj", "prep", "nsubj", "nsubjpass", "aux",
        "auxpass", "conj",
    }
)  # fmt: skip
_SHARED_NEGATION = frozenset({"or", "nor"})  # 'will not raise pensions or cut taxes': the 'not' reaches 'cut'
_COMPLEMENT = frozenset({"ccomp", "xcomp"})  # 'denied that she was arrested', 'denied being arrested'
_TOLD_AS = frozenset({"acomp", "oprd", "attr", "advmod"})  # 'proved false', 'were untrue', 'wrongly reported'


def denied_above(
    node: Token, own: set[int], verbs: frozenset[str], false_words: frozenset[str] = frozenset()
) -> Token | None:
    """The word that denies `node`'s words from further up its parse: a 'not' of a verb they hang from (not one
    among their own tokens, `own`, nor one of a verb of holding back above them, whose denial affirms them: 'never
    hesitated to call the deal "a disaster"'), or one of `verbs` above them (a verb of denying: 'she denied that she had
    promised to "cut taxes"'), or one of `false_words` telling a verb above them false ('reports that she had been
    arrested proved false', 'was wrongly reported to have been arrested'); climbing only through complements,
    objects and subjects, and through 'or'/'nor' but not 'but' ('would not raise pensions but would cut taxes').
    None when nothing above denies them."""
    while True:
        neg = next((c for c in node.children if c.dep_ == "neg" and c.i not in own), None)
        if neg is not None and not (node.i not in own and node.lemma_.lower() in _words()["restraint_verbs"]):
            return neg  # not 'never hesitated to call ...': holding back denied, the words below are affirmed
        if node.i not in own and node.lemma_.lower() in verbs:
            return node
        if node.i not in own and (
            told_false := next((c for c in node.children if c.dep_ in _TOLD_AS and c.lower_ in false_words), None)
        ):
            return told_false
        if node.head is node or (node.dep_ not in _UNDER_ITS_VERB and not _content_clause(node, bool(false_words))):
            return None
        if node.dep_ == "conj" and not any(c.dep_ == "cc" and c.lower_ in _SHARED_NEGATION for c in node.head.children):
            return None  # 'would not raise pensions but would cut taxes': the 'not' stops at 'but'
        if _set_apart(node, node.head):
            return None  # 'she was arrested; she denied the charges': the parse may hang a clause on the next one
        node = node.head


def _content_clause(verb: Token, misparsed: bool = False) -> bool:
    """Whether `verb` heads a clause that tells what a noun says ('claims that she founded the bank', 'rumours that
    he was arrested'): a clause opened by 'that' as its conjunction, not a relative clause ('the bank that she
    founded', whose 'that' is the verb's object). With `misparsed`, also one the parser calls a relative clause
    though its 'that' is a mark ('Reports in 2019 that she had been arrested proved false'; asked by the page side
    alone, so that extraction reads as before)."""
    told_so = verb.dep_ == "acl" or (misparsed and verb.dep_ == "relcl")
    return told_so and any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)


def _set_apart(word: Token, head: Token) -> bool:
    """Whether a semicolon stands between a word and the head the parse gave it: the clauses it separates are two
    statements, whichever the parser hung on the other."""
    low, high = sorted((word.i, head.i))
    return any(t.text == ";" for t in word.doc[low + 1 : high])


def _verb_over(token: Token) -> Token | None:
    """The verb whose clause states `token`'s words, climbing only through objects, prepositions and
    modifiers; a subject, an aside or a clause of its own is stated by no verb above it."""
    seen = 0
    while token.pos_ not in _VERBS:
        if token.dep_ not in _ATTACHED or token.head.i == token.i or seen > 12:
            return None
        token, seen = token.head, seen + 1
    return token


def phrases(words: Iterable[str]) -> tuple[tuple[str, ...], ...]:
    """Lexicon phrases of verbs ('decline', 'turn down', 'stop short') split into a lemma and the words hanging from
    it, for `is_one_of`."""
    return tuple(tuple(phrase.split()) for phrase in words)


def is_one_of(verb: Token, verbs: tuple[tuple[str, ...], ...]) -> bool:
    """Whether `verb` is one of the phrases `verbs` (see `phrases`): its lemma, with the phrase's other words among the
    words hanging from it ('turned down', 'stopped short of')."""
    lemma = verb.lemma_.lower()
    children = {c.lower_ for c in verb.children}
    return any(words[0] == lemma and set(words[1:]) <= children for words in verbs)


@functools.cache
def undone_words() -> dict[str, frozenset[str]]:
    """nonfactual.toml's [undone] words (verbs that only offer a deed, adverbs of a near miss, words that report it
    false), read once for the article side and the page side."""
    return {key: frozenset(words) for key, words in lexicons.load("nonfactual")["undone"].items()}


def near_miss(verb: Token) -> Token | None:
    """The adverb that tells `verb`'s deed as not quite done ('nearly became', 'was almost arrested'), or None; not
    one that rounds a measured change ('nearly doubled': it grew, by about as much)."""
    words = undone_words()
    if verb.lemma_.lower() in words["approximating_verbs"]:
        return None
    return next((c for c in verb.children if c.dep_ == "advmod" and c.lower_ in words["adverbs"]), None)


def denied_at(doc: Doc, start: int, end: int) -> Token | None:
    """The word denying the clause that the article's characters `start`..`end` state, if one does:
    the span's own verb, or the verb its top words hang from."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    tokens = [t for t in span if not t.is_punct and not t.is_space]
    inside = {t.i for t in tokens}
    tops = [t for t in tokens if t.head.i not in inside or t.head.i == t.i]
    # and the infinitive a denying verb in the words governs: "failed to win a seat" is about winning
    tops += [t for t in tokens if t.dep_ == "xcomp" and t.head.i in inside]
    verbs = [verb for top in tops if (verb := _verb_over(top)) is not None]
    if (found := _set_aside_phrase(tokens)) is not None:
        return found
    for verb in verbs:
        if (found := denial(verb)) is not None or (found := _denied_by_a_verb_above(verb, inside)) is not None:
            return found
        if (found := near_miss(verb)) is not None:
            return found  # 'Ana Ruiz nearly became prime minister': what did not happen
    if verbs:
        return None  # 'Ana Ruiz, no longer finance minister, spoke': the speaking is not denied
    return next((found for t in tokens if (found := _denied_apposition(t)) is not None), None)


@functools.cache
def _denying_verbs() -> frozenset[str]:
    return frozenset(lexicons.load("judging")["holder"]["denying_verbs"])


def _denied_by_a_verb_above(verb: Token, inside: set[int]) -> Token | None:
    """The verb of denying a claim's verb is told under ('denied that she was arrested', 'has denied being
    arrested', 'rejected claims that she founded'), inside the claim's words or above them (`denied_above`): the
    article does not assert the fact, whoever does. Not the claim's verb itself ('was denied by a federal court in
    July' tells when the denial was), nor a 'not' above it ('will not arrive until 2031, after an eight-year
    journey', 'not enough to close a gap of 190', 'did not deny that she was arrested': the words below are the
    article's own)."""
    if verb.dep_ in _COMPLEMENT and verb.head.i in inside and verb.head.lemma_.lower() in _denying_verbs():
        return verb.head  # 'has denied being arrested': the denying verb among the claim's own words
    found = denied_above(verb, inside | {verb.i}, _denying_verbs(), undone_words()["false_words"])
    if found is not None and found.dep_ == "neg" and not _told_true(found.head):
        return None
    return found  # 'Rumours that X are false', 'It is not true that X': the frame rebuts X


def _told_true(verb: Token) -> bool:
    """Whether `verb` tells the clause it frames true ('It is true that ...', '... is correct'), so that its 'not'
    rebuts the clause ('It is not true that Ivo Stam was born in Tarsa')."""
    told = [c for c in verb.children if c.dep_ in _TOLD_AS]
    return any(
        " ".join(t.lower_ for t in c.subtree) in _words()["true_words"] or c.lower_ in _words()["true_words"]
        for c in told
    )


def _set_aside_phrase(tokens: list[Token]) -> Token | None:
    """The 'not' of a phrase set aside for another, among a claim's own words ('was born not in Tarsa but in
    Halden'): the claim's words tell where he was not born."""
    for token in tokens:
        if token.dep_ != "neg" or token.head.pos_ in _VERBS or _excepted(token):
            continue
        if any(c.dep_ == "cc" and c.lower_ == "but" for c in token.head.children):
            return token
    return None


def _denied_apposition(noun: Token) -> Token | None:
    """The adverb denying a noun set beside a name with no verb of its own ('Ana Ruiz, no longer finance
    minister, spoke': 'longer'), or None: the apposition says what the person is not, as a clause would."""
    if noun.dep_ != "appos" or noun.pos_ not in {"NOUN", "PROPN"}:
        return None
    return next((c for c in noun.children if c.dep_ in {"amod", "advmod"} and _denying_adverb(c)), None)
