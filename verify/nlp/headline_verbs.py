"""A present-tense verb that the tagger took for a plural noun in a line's verbless opening ("June 6 -
The capsule docks with the station", "16 June 2023 - The expedition sails from the port").

Timeline entries and captions are written like headlines: a short subject and a verb in the present
tense, with no auxiliary before it. After a common noun, a verb ending in -s reads like a plural noun
("capsule docks", "rocket lifts", "expedition sails"), and the tagger and parser make the whole line one
noun phrase: no verb, so no clause, date or owner is read off it. Where no finite verb stands before such
a word in its sentence, no verb takes it as an argument, and it ends the sentence's (or the entry's)
opening noun phrase, right after the common noun that is its real subject and before a preposition,
particle, determiner or the sentence's end, it gets its verb back: tagged VBZ (so the attribute ruler and
the lemmatizer read it as a verb), the noun before it its subject, when the word less its -s is a verb
the model's lemmatizer knows ("docks": dock; not "workers"). Runs after the parser; no word list of
ours. A capitalised subject ("Attal hands in his resignation") is the date reader's name glued onto its
verb (verify.kinds.date.parsed `_name_before_verb`) as before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from verify.nlp.components import add_component

if TYPE_CHECKING:  # pragma: no cover - typing only
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

__all__ = ["COMPONENT", "add_to", "restore_headline_verbs"]

COMPONENT = "verify_headline_verbs"
FINITE = frozenset({"VBZ", "VBP", "VBD", "MD"})  # a sentence with one of these has its verb
SUBJECT_DEPS = frozenset({"compound", "amod", "nmod"})  # how the parser hung the real subject on the "noun"
SUBJECT_TAGS = frozenset({"NN", "NNP", "JJ"})  # tags only: the attribute ruler has set no part of speech yet
AFTER_VERB = frozenset({"IN", "RP", "DT", "TO", "PRP$", "RB", "."})  # "docks with", "lifts off", "opens."
ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr", "dative", "oprd", "conj"})
OPENERS = frozenset({"-", "–", "—", ":"})  # what a timeline line's head ends with (not a comma: an apposition)


_VERBS: set[str] = set()  # the base forms the model's lemmatizer knows as verbs, read when the component is added


def _a_verb(word: str) -> bool:
    """Whether a word in -s is a verb's third person ("docks", "reaches", "carries"), by the verb base forms of
    the model's own lemmatizer: "workers" is no verb ("The rescue workers at the site"), "docks" is."""
    bases = {word[:-1]}
    if word.endswith("es"):
        bases.add(word[:-2])
    if word.endswith("ies"):
        bases.add(word[:-3] + "y")
    return bool(bases & _VERBS)


def _opens_clause(first: Token, sentence: Span) -> bool:
    """Whether the phrase starting at `first` opens its sentence, or the entry after a date's dash."""
    return first.i == sentence.start or first.nbor(-1).text in OPENERS or first.nbor(-1).is_space


def _verb_taken_for_noun(token: Token, sentence: Span) -> Token | None:
    """The real subject of a verb the tagger read as a plural noun (`token`), or None when `token` is no
    such verb: a lower-case NNS word ending in a single -s, right after a noun (not a number) hung on it, at
    the end of the sentence's opening phrase and followed by what follows a verb."""
    text = token.text
    if token.tag_ != "NNS" or not text.islower() or not text.endswith("s") or text.endswith("ss"):
        return None
    if token.i == sentence.start or token.i + 1 >= sentence.end or token.dep_ in ARGUMENTS:
        return None  # "The harbour docks in Lund were flooded": a noun some verb takes, as read
    subject = token.nbor(-1)
    if subject.head.i != token.i or subject.dep_ not in SUBJECT_DEPS or subject.tag_ not in SUBJECT_TAGS:
        return None
    if subject.like_num:  # "Two sets down, ...": a count of the plural noun, not its subject
        return None
    if subject.tag_ == "JJ" and not subject.text.islower():  # "Lindqvist hands in ...": a name the tagger read
        return None  # as an adjective, the date reader's to tell (verify.kinds.date.parsed `_named_elsewhere`)
    if token.nbor(1).tag_ not in AFTER_VERB or not _a_verb(text):
        return None
    first = min([token, *token.lefts], key=lambda t: t.i).left_edge
    return subject if _opens_clause(first, sentence) else None


def restore_headline_verbs(doc: Doc) -> Doc:
    """Tag each verb of a verbless headline-style sentence a verb again, its subject a noun (in place)."""
    for sentence in doc.sents:
        for token in sentence:
            if token.tag_ in FINITE:
                break  # the opening clause has its verb
            subject = _verb_taken_for_noun(token, sentence)
            if subject is None:
                continue
            token.tag_ = "VBZ"
            if token.dep_ == "appos":  # hung on the line's date as a noun beside it: a clause set beside it
                token.dep_ = "parataxis"
            subject.dep_ = "nsubj"
            if subject.tag_ == "JJ":  # "The capsule docks": the subject read as an adjective of the "noun"
                subject.tag_ = "NN"
            for det in [t for t in token.lefts if t.dep_ == "det" and t.i < subject.i]:
                det.head = subject  # "The capsule": the article is the subject's
            break  # one verb per sentence
    return doc


def add_to(nlp: Language) -> None:
    """Put the component right after the parser (once): the attribute ruler and the lemmatizer then read
    the restored verb as a verb."""
    if "lemmatizer" in nlp.pipe_names and not _VERBS:
        lookups = nlp.get_pipe("lemmatizer").lookups
        if lookups.has_table("lemma_index"):
            _VERBS.update(lookups.get_table("lemma_index").get("verb", ()))
    add_component(nlp, COMPONENT, restore_headline_verbs, "parser", after="parser")
