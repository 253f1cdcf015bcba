"""Who says the quoted words in a page's sentence, read off its parse: the subject of the nearest verb of saying
above them. A sentence on a person's own page may hold words that are not hers: a critic's in a clause of its own
('the critics who called the budget "…"'), a nickname the press gave her ('she has been dubbed "…"'), a question
put to her ('she was asked whether the reform was "…"'), another's she quoted ('quoted Ivo Stam as saying "…"'),
or words she would not say ('declined to say whether ...'). The patterns before and after the quotation
(verify/kinds/quote/judge.py `_said_by`) see only the words next to it."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from verify import aliases, lexicons
from verify.nlp import negation

if TYPE_CHECKING:
    from spacy.tokens import Token

ANOTHER = "another"  # said by someone the sentence does not name, or names only as many ('critics', 'they')
REFUSED = "refused"  # words the sentence tells its subject would not say

_QUOTE = lexicons.load("judging")["quote"]
_SPEECH = frozenset(_QUOTE["speech_lemmas"])
_REFUSING = negation.phrases(_QUOTE["refusing_verbs"])
_REJECTING = negation.phrases(_QUOTE["rejecting_verbs"])
_GROUPS = frozenset(_QUOTE["group_speakers"])
_OTHERS_SPEECH = frozenset(_QUOTE["others_speech_nouns"])
_MAKING_CLAIMS = frozenset(_QUOTE["making_claim_verbs"])
_ABOUT_OTHERS_WORDS = frozenset({"to", "about", "over", "against", "amid", "despite"})  # 'responded to claims ...'
_SUBJECTS = {"nsubj", "nsubjpass", "csubj"}
_PLURAL_PRONOUNS = frozenset({"they", "we", "them", "us"})
_RELATIVE = frozenset({"who", "that", "which", "whom"})
_OBJECT_SAYS = {"xcomp", "pcomp"}  # a verb of saying the object of the verb above says: 'quoted X as saying'


@functools.lru_cache(maxsize=1024)  # the quote judge asks it twice of a sentence (a refusal, then the speaker)
def page_speaker(sentence: str, phrase: str) -> str | None:
    """Whom `sentence` gives the quoted `phrase` to, by its parse: a name (the nearest verb of saying's subject,
    an object it quotes as saying, 'according to' someone), ANOTHER where that subject is many people or the verb is
    passive (the words said of, or put to, its subject), REFUSED where its subject held back from saying them; None
    where the parse leaves it to the page (a pronoun, 'the minister', no verb of saying)."""
    from verify.nlp import parse  # late: only sentences that quote a claim's words are parsed

    found = fuzz.partial_ratio_alignment(aliases.folded_in_place(phrase), aliases.folded_in_place(sentence))
    if found is None or found.score < 95:
        return None
    doc = parse(sentence).doc
    inside = {t.i for t in doc if found.dest_start <= t.idx < found.dest_end}
    if not inside:
        return None
    node = next(t for t in doc if t.i in inside and t.head.i not in inside)
    while node.head.i != node.i:
        if (told := _claims_of_others(node)) is not None:
            return told
        node = node.head
        if (told := _according_to(node)) is not None:
            return told
        if node.pos_ in {"VERB", "AUX"} and node.lemma_.lower() in _SPEECH:
            return _speaker_of(node)
    return None


def _claims_of_others(clause: Token) -> str | None:
    """ANOTHER where the clause headed by `clause` opens right after a noun of what others say ('responded to claims
    the deal was "…"', 'rejected reports that ...'), whichever word the parse hangs the clause from (a content clause
    read as a relative one too); the claims' owner where the sentence names one ("Ruiz's claim that ...") or the
    subject of a verb making them ('she made the claim that ...'); None for 'her claim' (the page's person's)."""
    if clause.dep_ not in {"ccomp", "acl", "relcl"} or clause.left_edge.i == 0:
        return None
    noun = clause.doc[clause.left_edge.i - 1]
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _OTHERS_SPEECH:
        return None
    if noun.dep_ == "pobj" and noun.head.lower_ not in _ABOUT_OTHERS_WORDS:
        return None  # 'she said in a report the deal was "…"': where she said it
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None:
        return _name(owner) if owner.pos_ == "PROPN" else None  # "Stam's claim that ...": his; 'her claim': the page's
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in _MAKING_CLAIMS:
        return _speaker_of(noun.head)  # 'she made the claim that ...': the one who makes it
    return ANOTHER


def _according_to(verb: Token) -> str | None:
    """The name in 'according to Ivo Stam' hanging from `verb`: the words are his."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "according":
            for to in prep.children:
                name = next((c for c in to.children if c.dep_ == "pobj" and c.pos_ == "PROPN"), None)
                if to.lower_ == "to" and name is not None:
                    return _name(name)
    return None


def _speaker_of(verb: Token) -> str | None:
    """Who says the words of the verb of saying `verb`: its agent or ANOTHER when passive, else its subject, or,
    without one, the one of the verb it hangs from: that verb's object where the object is quoted as saying them
    ('quoted Ivo Stam as saying'), else its subject ('was criticised for calling'); REFUSED where that verb held back
    from saying them ('declined to say', 'warned against calling', 'rejected calls to describe')."""
    if any(c.dep_ == "auxpass" for c in verb.children):
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        named = next((c for c in agent.children if c.pos_ == "PROPN"), None) if agent is not None else None
        return _name(named) if named is not None else ANOTHER
    step = verb
    while (subject := next((c for c in step.children if c.dep_ in _SUBJECTS), None)) is None:
        above = step.head
        while above.pos_ not in {"VERB", "AUX"} and above.head.i != above.i:
            above = above.head  # 'stopped short of calling', 'criticised for calling': through the preposition
        if above.i == step.i or above.pos_ not in {"VERB", "AUX"}:
            return None
        if _refusing(above) or (_rejecting(above) and _proposed(step)):
            return REFUSED
        quoted = next((c for c in above.children if c.dep_ == "dobj"), None)
        if quoted is not None and step.dep_ in _OBJECT_SAYS:
            return _who(quoted)  # 'quoted Ivo Stam as saying': the object says them
        step = above
    if step.i != verb.i and subject.lower_ == "it" and any(c.dep_ in {"acomp", "attr"} for c in step.children):
        return ANOTHER  # 'it was unfair to call the plan "…"': a saying judged, no one's (review38 R22)
    return _who(subject)


def _refusing(verb: Token) -> bool:
    """Whether `verb` holds back from saying words (lexicon `refusing_verbs`: 'declined', 'stopped short of')."""
    return negation.is_one_of(verb, _REFUSING)


def _rejecting(verb: Token) -> bool:
    """Whether `verb` argues against words (lexicon `rejecting_verbs`: 'rejected', 'warned against')."""
    return negation.is_one_of(verb, _REJECTING)


def _proposed(step: Token) -> bool:
    """Whether a verb of saying with no subject of its own is put as a proposal, an infinitive ('calls to describe')
    or after a preposition ('against calling'), not a participle beside its verb ('rejected the plan, calling it')."""
    return step.head.pos_ == "ADP" or any(c.dep_ == "aux" and c.lower_ == "to" for c in step.children)


def _who(subject: Token) -> str | None:
    """A subject as a speaker: a name, ANOTHER for many people (a plural noun or pronoun, a relative pronoun standing
    for them), None for one person the page may be about ('she', 'the minister')."""
    if subject.lower_ in _RELATIVE and subject.head.dep_ == "relcl":
        subject = subject.head.head  # 'the critics who called ...': the critics
    if subject.pos_ == "PROPN":
        return _name(subject)
    if subject.lower_ in _PLURAL_PRONOUNS or subject.tag_ in {"NNS", "NNPS"}:
        return ANOTHER
    if subject.pos_ == "NOUN" and subject.lemma_.lower() in _GROUPS:
        return ANOTHER  # 'she said the opposition had called the plan "…"': the opposition's (review38 R22)
    appos = next((c for c in subject.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    return _name(appos) if appos is not None else None


def _name(word: Token) -> str:
    """A proper noun with the name words before it ('Ivo Stam')."""
    words = [c for c in word.children if c.dep_ == "compound" and c.i < word.i] + [word]
    return " ".join(t.text for t in sorted(words, key=lambda t: t.i))
