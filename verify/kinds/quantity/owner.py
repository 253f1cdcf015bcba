"""Whom a count, amount, share or length belongs to, read off the dependency parse.

The patterns find a number and what it counts ("170,000 employees"); the entity the fact is about
is elsewhere in the clause: its possessor ("the company's more than 170,000 employees"), the named
thing an apposition holding it is set beside ("the capital, a city of some 300,000 people"), the named
thing its noun is attached to ("650 seats in the House of Commons") or compounded with ("8.5 million
Windows devices"), for votes the named thing the approval they carried is of ("the approval of the
Agreement ... by 124 votes"), the subject of the clause it
stands in ("Boeing reported a loss of $1.4 billion"), a pronoun's or definite description's
antecedent ("the fund approved ...", "it"), or, when the clause's subject names nothing, its named
object ("FIFA bans him for three years"). The walk over the article that remembers antecedents is
the clause kind's (verify.kinds.clause.extract), so both kinds resolve "it" and "the company" alike.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from verify import aliases, lexicons, names
from verify.kinds.clause.extract import (
    ACTORS,
    CLAUSE_DEPS,
    NAMED,
    PERSON_PRONOUNS,
    SUBJECT_DEPS,
    TIMES,
    _Finder,
)
from verify.models import Claim
from verify.nlp import Parsed, first_conjunct
from verify.nlp.reference import References, _aged_description, _person_nouns, _sort_of, misread, ranked

if TYPE_CHECKING:  # pragma: no cover - typing only
    from spacy.tokens import Span, Token

__all__ = ["OwnerReader", "describe_lengths", "give_owners", "person_called", "someone", "topic_called_otherwise"]

NOUNS = frozenset({"NOUN", "PROPN", "NUM", "PRON"})
LOCATING = frozenset({"in", "at"})  # attachments that may only say where the counted things are
# where a subject is or comes from: "A man in Madrid", "Imports of steel from China", "a farmer near Lyon"
WHERE_FROM = frozenset({"in", "at", "near", "from", "outside", "across", "inside", "throughout"})
PLACES = frozenset({"GPE", "LOC"})  # not FAC: the small model tags events so ("the show at Super Bowl LIX")
ATTACHING = frozenset({"of", "in", "at", "for"})  # "650 seats in the House of Commons", "a panel of the appeals court"
OBJECTS = frozenset({"dobj", "dative", "attr", "oprd"})
# prepositions that set a measured thing as the time of a clause ("after a nine-week trial", "for a four-year term")
TIME_ADJUNCTS = frozenset({"after", "before", "following", "for", "in", "within"})
MAX_CLIMB = 12


@functools.cache
def _people_nouns() -> frozenset[str]:
    """Nouns for people: callings and offices (verify/lexicons/titles.toml `people`, `roles`) and general
    words for a person or people as such (`people_in_general`: "a man", "fans", "tourists")."""
    titles = lexicons.load("titles")
    return frozenset(w.lower() for w in [*titles["people"], *titles["roles"], *titles["people_in_general"]])


def people_noun(token: Token) -> bool:
    """A common noun for a person or people ("a boy", "two fishermen", "residents"): someone of their
    own, where a noun for a thing or a measure ("exports", "unemployment") is not."""
    return token.pos_ == "NOUN" and token.lemma_.lower() in _people_nouns()


MODIFYING = frozenset({"compound", "nmod", "nummod", "amod", "quantmod"})  # "the $426.5 million extension Mike Trout"
OBJECT_PRONOUNS = frozenset({"him", "her"})
SAME_ENTITY = 80  # token-set ratio of folded names: 'Rutte' is 'Mark Rutte'
THING_POSSESSIVES = frozenset({"its", "their"})
# entities no number after them is part of the name of: "Norway 16 medals", "on Friday 40 people"
NOT_NAMING_A_THING = frozenset({*TIMES, "GPE", "LOC", "NORP", "PERSON"})


class OwnerReader(_Finder):
    """The clause kind's walk over a parsed article, asked whom numbers belong to."""

    def __init__(self, parsed: Parsed, body_start: int = 0, memory_only: bool = True) -> None:
        """`memory_only`: the walk keeps only what it remembers, the facts are the clause kind's (see `_Finder.run`);
        a whole walk remembers the same (tests/test_memory_walk.py)."""
        super().__init__(parsed)
        for ent in parsed.entities:  # "Turnout was 70 percent": a sentence's capital, no person's name
            if misread(ent) and ent.label_ != "NORP":  # "Socialists hold 88 seats": a party, whatever its tag
                self.entity_of.pop(ent.start, None)
        self.body_start = body_start
        self.unasserted_counts: list[Claim] = []  # counts give_owners dropped as hedged or denied
        self.refs = References.of(parsed, body_start)  # pronouns' people, descriptions' entities, the topic
        self.run(body_start, memory_only)  # remembers, sentence by sentence, whom pronouns stand for

    def owner_of(self, start: int, end: int, object_first: bool = False, voted_on: bool = False) -> str | None:
        """The named entity the number at [start, end) is about, or None where the parse names none.

        `object_first`: a length ("suspends Rubiales for 90 days") is about what the verb acts on
        before whoever acts, unless a person acts ("Rutte led the Netherlands for 14 years").
        `voted_on`: a count of votes is about the named thing an action noun the verb acts on is of
        ("followed the approval of the Agreement ... by 124 votes": the Agreement)."""
        span = self.parsed.span_of(start, end)
        if span is None:
            return None
        self.recall(span.root)
        gapped = self._gapped_subject(span) or self._distance_aside(span)
        if gapped:
            return gapped
        for token in span:  # "200 votes to 212 for Democratic leader Hakeem Jeffries": the words name whose
            behind = token.dep_ == "pobj" and token.head.lower_ == "for" and token.head.i > span.start
            if behind and self._named(token) and self.entity_of[token.i].label_ in ACTORS:
                return self.subject_name(token)
        survived = self._survivors_of(span)  # "He is survived by his wife, Lisa, and eight children": his
        if survived:
            return survived
        undergoer = self._agents_undergoer(span)  # "It has been used by two million people": its users
        if undergoer:
            return undergoer
        priced = self._premium_to(span)  # "a premium of 32.7% to Norvik's closing price": Norvik's
        if priced:
            return priced
        rival = self._for_rival(span)  # "against 45.9 percent for Tomas Berg": Berg's share
        if rival:
            return rival
        if self._names_its_group(span.root):
            return self.subject_name(span.root)  # "Eight Republicans join ...": the count names whom it counts
        nouns = []  # the nouns on the way up: a pronoun possessing one ("its employees") is the last resort
        found = self._climb(span.root, {t.i for t in span}, object_first, nouns, voted_on)
        for noun in [] if found else nouns:
            found = next((self.subject_name(c) for c in noun.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
            if found:
                break
        return found

    def _distance_aside(self, span: Span) -> str | None:
        """The name a distance is set off beside ("Velmora, more than 100 kilometres away, where ..."): how far
        that place is, though the parser hangs "away" on the clause's verb. Only right after a comma that
        follows a name; a distance in the clause itself ("walked 12 kilometres away") is the clause's."""
        root = span.root
        if root.dep_ != "npadvmod" or root.head.lower_ != "away":
            return None
        first = span.doc[root.left_edge.i]
        comma = span.doc[first.i - 1] if first.i > span.sent.start + 1 else None
        name = span.doc[comma.i - 1] if comma is not None and comma.text == "," else None
        if name is None or not self._named(name):
            return None
        return self.subject_name(name)

    def _gapped_subject(self, span: Span) -> str | None:
        """The subject of a gapped clause the count stands in: "Labour won 412 seats and the Conservatives
        121", "X took 28 percent and Y's coalition about 20 percent", "X finished first with 37 percent
        and Y second with 30 percent". The verb is left out after "and", so the parser hangs the second
        subject on the first clause's count as its conjunct, right before the second count; the count is
        that subject's, not the first clause's. Only after an earlier number in the sentence: the shape
        repeats a count."""
        doc = span.doc
        i = span.start - 1
        while i > span.sent.start and (doc[i].lower_ == "with" or doc[i].lower_ in _ordinals()):
            i -= 1  # "Milei second with 30 percent"
        noun = doc[i] if i >= span.sent.start else None
        if noun is None or noun.dep_ != "conj" or noun.pos_ not in {"NOUN", "PROPN"}:
            return None
        before = doc[noun.left_edge.i - 1] if noun.left_edge.i > span.sent.start else None
        if before is None or before.lower_ != "and":
            return None
        if not any(t.like_num for t in doc[span.sent.start : before.i]):
            return None
        phrase = doc[noun.left_edge.i : noun.i + 1]
        names = [e for e in self.parsed.entities_in(phrase) if e.label_ in NAMED and e.label_ not in TIMES]
        if names:
            return self.subject_name(names[-1].root) or names[-1].text  # "the Conservatives", "Y's Ensemble"
        return self.subject_name(noun) if noun.pos_ == "PROPN" else None

    def _climb(
        self, root: Token, inside: set[int], object_first: bool, nouns: list[Token], voted_on: bool = False
    ) -> str | None:
        """From the count's words up the tree to the first clause: a named possessor on the way, a
        named thing the count's own noun hangs on, the clause's owner."""
        node = root
        for _ in range(MAX_CLIMB):
            if node.i != root.i and node.pos_ == "PROPN" and self._named(node) and _modifies(root, node):
                return self.subject_name(node)  # "the $426.5 million extension Mike Trout signed": a name's own
            if node.dep_ == "appos" and node.head.i not in inside:  # "the capital, a city of 300,000 people": what
                found = self._apposed(node.head)  # the apposition describes
                if found:
                    return found
            if node.pos_ == "NOUN" and node.i != root.i and _modifies(root, node) and _definite(node):
                found = self.refs.described(node)  # "shares the 11 million kronor award": the prize named before
                if found:
                    return found
            if node.pos_ == "NOUN":
                found = self._agent_of(node)
                if found:
                    return found
            if node.pos_ == "NOUN" and _counts(root, node):
                found = self._relative_subject(node)  # "the 93 million votes Widodo received": his, not the
                if found:  # subject's of the clause the votes are beaten in
                    return found
            if node.pos_ == "NOUN" and node.i != root.i and (event := self.refs.event_title(node)):
                return event  # "after Taiwan's strongest earthquake in 25 years killed nine": the story's event's
            if node.pos_ in NOUNS:
                nouns.append(node)
                possessed = _counts(root, node) and _possessed_by_pronoun(node)
                found = self._own_possessor(node) if possessed else None  # "its 13 nominations at the Awards":
                attachments = node.i == root.i and not possessed  # the film's, whoever "its" is, not the ceremony's
                places = not self._taken_by_actor(node)  # "Liberals won 14 seats in the Senate": the winners'
                found = found or self._attached_name(
                    node, inside, pronouns=False, attachments=attachments, places=places
                )
                found = found or (self._share_for(node) if node.i == root.i else None)
                if found:
                    return found
                if voted_on and node.pos_ == "NOUN" and any(c.lower_ == "by" and c.i in inside for c in node.children):
                    found = self._thing_of(node)  # "the approval of the Ocean Treaty by 98 votes": the treaty
                    if found:
                        return found
                if node.pos_ == "NOUN" and _counts(root, node) and not _gained(node):  # "8.5 million Windows
                    found = self._named_compound(node)  # devices": the name they are of
                    if found:
                        return found
            if node.dep_ in SUBJECT_DEPS and node.i not in inside:
                found = self.subject_name(node)
                if found:
                    return found
            if _is_clause(node):
                found = self._rival_with(node, inside)  # "Brel came third with 2.8 percent, ahead of Lena
                if found:  # Park with 1.56 percent": the second share is Park's
                    return found
                found, climb = self._clause_owner(node, inside, object_first, voted_on)
                if found or not climb:
                    return found
                if node.tag_ == "VBG" and node.dep_ == "advcl":  # ", receiving $2 million a year": the main clause's
                    node = node.sent.root
                    continue
            if node.head.i == node.i:
                return None
            inside.add(node.i)
            node = node.head
        return None

    def _relative_subject(self, noun: Token) -> str | None:
        """The named subject of a relative clause on the counted noun that takes the noun as its object ("the
        93 million votes Widodo received", "the $24 million that her lawyers asked for" is no name's): the
        clause says whose the counted things are. A clause with an object of its own ("the votes that put
        Widodo in office") says something else of them; one that reports them ("the 2,000 deaths that the
        spokesman had reported") names their source (counted.toml `reporting_verbs`)."""
        for clause in (c for c in noun.children if c.dep_ == "relcl" and c.pos_ in {"VERB", "AUX"}):
            if clause.lemma_.lower() in _unasserting()[2]:
                continue
            if any(c.dep_ in {"dobj", "attr"} and c.tag_ not in {"WDT", "WP"} for c in clause.children):
                continue
            subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.tag_ not in {"WDT", "WP"} and self._named(subject):
                return self.subject_name(subject)
        return None

    def _apposed(self, head: Token) -> str | None:
        """The named thing (or the thing a description stands for) an apposition holding a count is
        set beside: "the World Bank, an institution of 189 member countries" is the Bank's count."""
        if head.pos_ == "NOUN":
            return self.name_of(head)
        return self.subject_name(head) if self._named(head) or head.pos_ == "PROPN" else None

    def _names_its_group(self, root: Token) -> bool:
        """Whether the counted word names the group the count is about: a people or party acting in its
        clause ("Eight Republicans join ..."). Things a name counts are someone else's: "won five
        Oscars", "beat a field of four Americans" are the winner's."""
        ent = self.entity_of.get(root.i)
        if ent is None or not self._named(root) or ent.label_ not in ACTORS:
            return False
        return ent.label_ == "NORP" and root.dep_ in SUBJECT_DEPS

    def _taken_by_actor(self, noun: Token) -> bool:
        """Whether the counted noun is what a named actor (a person, a body, a party, a people) does
        something to: "Liberals won 14 seats in the Senate", "Norvik sold 40 jets in Asia" count the
        doer's seats and jets, the place after "in" or "at" only says where they are; "There are 100
        seats in the Senate", with no one acting, counts the Senate's."""
        if noun.dep_ != "dobj" or noun.head.pos_ not in {"VERB", "AUX"}:
            return False
        subject = self.clause_subject(noun.head)  # a participle's is its main clause's ("..., serving three tours")
        ent = self.entity_of.get(subject.i) if subject is not None else None
        if ent is not None and ent.label_ in ACTORS:
            return True
        # a person acts too when named by a pronoun or a description of one ("The pilot served three tours in Iraq")
        if subject is None:
            return False
        return subject.lower_ in PERSON_PRONOUNS or (subject.tag_ == "NN" and someone(subject))

    def _says_of_others(self, verb: Token, inside: set[int]) -> bool:
        """Whether a person says the count in a clause with a subject of its own ("He said 3,069 people had
        been moved into 45 relief camps"): the clause tells of others, the speaker only gives the figure. (A
        clause about the speaker, "she said she had won 54 percent", is hers before the climb gets here.)"""
        if verb.lemma_.lower() not in _speaking():
            return False
        speaker = self.clause_subject(verb)
        if speaker is None or not (speaker.lower_ in PERSON_PRONOUNS or self.label(speaker) == "PERSON"):
            return False
        said = next((c for c in verb.children if c.i in inside and c.dep_ == "ccomp"), None)
        return said is not None and any(c.dep_ in SUBJECT_DEPS for c in said.children)

    def _rival_with(self, verb: Token, inside: set[int]) -> str | None:
        """The one named between a verb's "with" phrase and the next one that holds the count ("Dia came third
        with 2.8 percent, ahead of Khalifa Sall, a former mayor, with 1.56 percent", or "on 1.56 percent"): the
        subject's share stands in the first, the later one is the share of the person or body named after it.
        After an "on" phrase ("won on Sunday, ahead of Sall, with 54 percent") the share is still the subject's."""
        withs = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"with", "on"}]
        mine = next((w for w in withs if w.i in inside), None)
        if mine is None or withs.index(mine) == 0 or withs[withs.index(mine) - 1].lower_ != "with":
            return None
        between = verb.doc[withs[withs.index(mine) - 1].right_edge.i + 1 : mine.i]
        named = [  # no place: "won with 54 percent, and in the capital with 70 percent" is still the winner's
            t
            for t in between
            if t.dep_ == "pobj"
            and self._named(t)
            and (self.label(t) in _RIVALS or self.refs.is_person(t) or _set_against(t))
            and not _in_apposition(t, verb)  # "Khalifa Sall, a former mayor of Dakar, with": Sall's
        ]
        return self.subject_name(named[-1]) if named else None

    def _survivors_of(self, span: Span) -> str | None:
        """Whom relatives counted in a passive "survive"'s agent survive ("He is survived by Lisa, his wife of 41
        years, eight children and seven grandchildren"): the children are his, not the wife's named before them
        in the list (counted.toml `surviving_verbs`)."""
        node = span.root
        while node.dep_ in {"conj", "appos"} and node.head.i != node.i:
            node = node.head  # up the list to its first member
        if node.dep_ != "pobj" or node.head.dep_ != "agent" or node.head.head.lemma_.lower() not in _surviving():
            return None
        subject = next((c for c in node.head.head.children if c.dep_ == "nsubjpass"), None)
        return self.name_of(subject) if subject is not None else None

    def _agents_undergoer(self, span: Span) -> str | None:
        """What a passive clause is about when its agent is the count ("The app is used by 40,000 clinics",
        "the rocket is driven by 33 Raptor engines"): the clause's subject, whose users or parts are counted,
        not a name inside the agent's own words nor the sentence's topic. Counted things of a named body ("by
        all nine justices of the Supreme Court") are that body's: the walk finds it."""
        root = span.root
        if root.dep_ != "pobj" or root.head.dep_ != "agent":
            return None
        if any(p.lower_ == "of" and any(self._named(o) for o in p.children) for p in root.children):
            return None
        subject = next((c for c in root.head.head.children if c.dep_ == "nsubjpass"), None)
        if subject is None or self.refs.is_person(subject) or self.label(subject) == "PERSON":
            return None  # 'Karl Moen was re-elected by 12,000 voters': a deed done to a person, its count (review47 B5)
        return self.name_of(subject)

    def _premium_to(self, span: Span) -> str | None:
        """Whose price a premium is reckoned against ("a premium of 32.7% to Norvik's closing share price", "and
        of 16% to its average price"): the company whose shares are priced, not the buyer who pays it
        (counted.toml `premium_nouns`). "its" is the company an earlier figure of the sentence was set against."""
        doc, start, end = span.doc, span.sent.start, span.sent.end
        if (
            span.start - 2 < start
            or doc[span.start - 1].lower_ != "of"
            or span.end >= end
            or doc[span.end].lower_ != "to"
        ):
            return None
        before = doc[span.start - 2].lower_
        premiums = [t for t in doc[start : span.start - 1] if t.lower_ in _premium_nouns()]
        if not (before in _premium_nouns() or (premiums and before in {"and", ","})):  # "..., and of 16% to its"
            return None
        owner = next((t for t in doc[span.end + 1 : min(span.end + 8, end)] if t.dep_ == "poss"), None)
        if owner is not None and owner.pos_ == "PRON" and premiums:
            earlier = [t for t in doc[premiums[0].i : span.start] if t.dep_ == "poss" and t.pos_ != "PRON"]
            owner = earlier[-1] if earlier else None
        if owner is None or owner.pos_ == "PRON":
            return None
        return self.name_of(owner) if owner.pos_ == "NOUN" else self.subject_name(owner)

    def _for_rival(self, span: Span) -> str | None:
        """The one named after "for" right behind a figure set against another ("won 54 percent against 45.9 percent
        for Tomas Berg", "against a 19 percent rise for Norvik"): the figure is that rival's, not the clause
        subject's. Only after a word of rivalry earlier in the sentence (counted.toml `rivalry_words`): "paid
        $40 million for Norvik" is the buyer's."""
        doc, end = span.doc, span.sent.end
        i = span.end
        if i < end and doc[i].pos_ == "NOUN" and span.root.head.i == i and span.root.dep_ in {"compound", "nummod"}:
            i += 1  # "a 19 percent rise for Norvik": the figure's noun stands between
        if i >= end or doc[i].lower_ != "for":
            return None
        if not any(t.lower_ in _rivalry_words() for t in doc[span.sent.start : span.start]):
            return None
        name = next((t for t in doc[i + 1 : min(i + 5, end)] if t.dep_ == "pobj" and t.head.i == i), None)
        if name is None or not (self._named(name) or name.pos_ == "PROPN"):  # "Tomas Brel": a name half tagged
            return None
        if self.label(name) not in {*_RIVALS, ""} and not self.refs.is_person(name):
            return None  # "for Dalen": a place's, no rival's
        return self.subject_name(name)

    def _share_for(self, noun: Token) -> str | None:
        """The one named after "for" right behind a share a poll's verb gives ("The poll showed 35 percent for Ana
        Ruiz"; counted.toml `share_for_verbs`, `share_nouns`), which the parser hangs on the verb, not the share: a
        person, body or party's share. Not a sum ("paid $40 million for Korvik") nor another verb's."""
        verbs, shares = _share_words()
        if noun.lower_ not in shares or noun.dep_ not in OBJECTS or noun.head.lemma_.lower() not in verbs:
            return None
        after = noun.doc[noun.right_edge.i + 1] if noun.right_edge.i + 1 < noun.sent.end else None
        if after is None or after.lower_ != "for" or after.head.i != noun.head.i:
            return None
        name = next((t for t in after.children if t.dep_ == "pobj"), None)
        if name is None or (self.label(name) not in {*_RIVALS, ""} and not self.refs.is_person(name)):
            return None  # "for March": a time's, no one's share ("Ana Ruiz" the recogniser missed is still hers)
        return self.subject_name(name)

    def _agent_of(self, noun: Token) -> str | None:
        """The named agent of a participle describing the noun: "the mark of 812 goals set by X" is X's
        mark, whoever breaks it."""
        for acl in (c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"):
            for agent in (c for c in acl.children if c.dep_ == "agent"):
                for pobj in (c for c in agent.children if c.dep_ == "pobj" and self._named(c)):
                    return self.subject_name(pobj)
        return None

    def _own_possessor(self, noun: Token) -> str | None:
        """What "its" or "their" before the counted noun itself stands for: "won seven of its 13
        nominations at the Academy Awards" counts the film's nominations, not the ceremony's. The
        grammar says whose the counted things are; a place or event hung on them says only where."""
        possessor = next((c for c in noun.children if c.dep_ == "poss" and c.lower_ in THING_POSSESSIVES), None)
        return self.subject_name(possessor) if possessor is not None else None

    def unasserted(self, start: int, end: int) -> bool:
        """Whether the count at [start, end) is what its clause does not assert but guesses, supposes or
        hedges: "could cost $10 billion", "is expected to cut 4,000 jobs", "if 50 countries ratify it"
        (the cues of verify/lexicons/nonfactual.toml and counted.toml). Only a count the clause's verb
        takes as its object or in a phrase on it: one in its subject ("all 14 members must now report")
        or inside a description ("committed to the company's 170,000 employees") is said as known,
        whatever the clause does."""
        span = self.parsed.span_of(start, end)
        if span is None:
            return False
        node, hops = span.root, 0
        while not _is_clause(node):
            if node.head.i == node.i or hops > 2 or node.dep_ in {"poss", "relcl", "acl", "appos", *SUBJECT_DEPS}:
                return False  # a subject's count is presupposed: "all 14 members must now report"
            node, hops = node.head, hops + 1
        frames, stating, reporting = _unasserting()
        believing, future = _believing()
        verb = node
        while True:
            for child in verb.children:
                reported = child.lower_ == "would" and verb.dep_ == "ccomp" and verb.head.lemma_ in reporting
                if child.dep_ in {"aux", "auxpass"} and child.lower_ in self.modals - stating and not reported:
                    return True  # "announced that it would buy four jets" reports a "will"
                if child.dep_ == "mark" and child.lower_ in self.conditionals:
                    return True
                if child.dep_ in {"advmod", "acomp"} and child.lower_ in self.hedges:
                    return True
                if child.dep_ == "neg" or (child.dep_ in SUBJECT_DEPS and _nobody(child)):
                    return True  # "No club had ever sold 80,000 tickets", "did not win 300 seats": denied
            head = verb.head
            # "expects the deal to add $4 billion": a guessing verb before the clause it frames
            guessed = verb.dep_ == "ccomp" and head.i < verb.i and head.lemma_.lower() in frames
            coming = any(c.dep_ == "aux" and c.lower_ in future for c in verb.children)
            if verb.dep_ == "ccomp" and head.i < verb.i and head.lemma_.lower() in believing and coming:
                return True  # "believe the merger will add 8 percent": a belief about what is to come
            if head.i == verb.i or not (verb.dep_ == "xcomp" or guessed):
                return False
            framing = head.lemma_.lower() in frames or any(head.lower_.startswith(f) for f in frames)
            if head.lower_ in self.hedges or framing:  # the tagger reads some forms wrong: "hopes" as "hop"
                return True  # "is expected to cut", "hopes to raise"
            verb = head

    def result_owner(self, start: int, end: int) -> str | None:
        """The named subject of the verb a score is the result of ("Vardo beat Lund 93-83": Vardo)."""
        span = self.parsed.span_of(start, end)
        verb = next((t for t in span.root.ancestors if t.pos_ in {"VERB", "AUX"}), None) if span is not None else None
        if verb is None:
            return None
        if span[-1].pos_ == "NOUN":  # "a 2-1 win": the side given it or whose it is, else the one who gets it
            given = self._given_result(span)
            if given or span[-1].dep_ != "dobj" or self.lost(span):  # "The 2-1 win at Lund sealed it": no side
                return given
            verb = span[-1].head  # "Spain secured a 2-1 win"
        subject = self.clause_subject(verb)
        described = subject is not None and (self.refs._describes_person(subject) or _aged_description(subject))
        if described and not self._named(subject):
            meant = self.refs.person_meant(subject)  # "The 19-year-old from Delray Beach, Florida, won ...":
            if meant:  # the player named before, not the place the description names
                return meant
        if subject is None or not self._named(subject):  # "No. 4 Vardo beat ...": the parser's subject is "No"
            subject = next((t for t in reversed(verb.sent[: verb.i - verb.sent.start]) if self._named(t)), subject)
        if subject is None:
            return None
        named = self._entity_name(subject) if self._named(subject) and subject.pos_ == "PROPN" else None
        return named[0] if named else self.subject_name(subject)  # a team by its own name, not a person it fields

    def _given_result(self, span: Span) -> str | None:
        """Whose a result written as a noun after its score is ("a 2-1 win"): its possessor ("Spain's 2-1
        win"), else the one a verb gives it to ("gave him a 7.5-6.5 victory"); None when neither stands."""
        noun = span[-1]
        possessor = next((c for c in noun.children if c.dep_ == "poss"), None)
        if self.lost(span):
            # "Norway's 2-1 loss to Sweden", "suffered a 3-0 defeat by Sweden": the side it went to, else none
            around = [*noun.children, *(noun.head.children if noun.dep_ == "dobj" else ())]
            winner = next((o for c in around if c.lower_ in {"to", "against", "by"} for o in c.children), None)
            return self.subject_name(winner) if winner is not None and self._named(winner) else None
        if possessor is None and noun.dep_ == "dobj":
            possessor = next((c for c in noun.head.children if c.dep_ == "dative" and c.i < noun.i), None)
        return self.subject_name(possessor) if possessor is not None else None

    @staticmethod
    def lost(span: Span) -> bool:
        """Whether a score written before a result noun is a loss ("a 3-0 defeat", "Norway's 2-1 loss"): a
        loss's score is the winner's, whoever suffered, slumped to or was handed it; "defeat of" names whom
        the possessor beat, so "Norway's 3-0 defeat of Sweden" is no loss of Norway's."""
        noun = span[-1]
        return noun.lower_ in _losing_nouns() and not any(c.lower_ == "of" for c in noun.children)

    def clause_above(self, start: int, end: int) -> Token | None:
        """The verb of the first clause above the words [start, end), at most MAX_CLIMB steps up (None when
        the climb reaches the sentence's root or its limit first)."""
        span = self.parsed.span_of(start, end)
        node = span.root if span is not None else None
        for _ in range(MAX_CLIMB if node is not None else 0):
            if _is_clause(node):
                return node
            if node.head.i == node.i:
                return None
            node = node.head
        return None

    def clause_subject_words(self, start: int, end: int) -> str:
        """The words of the subject of the first clause above [start, end) ("" when it has none)."""
        verb = self.clause_above(start, end)
        subject = self.clause_subject(verb) if verb is not None else None
        if subject is None:
            return ""
        return self.text[subject.left_edge.idx : subject.right_edge.idx + len(subject.right_edge)]

    def places_of_subject(self, start: int, end: int) -> tuple[str, list[str]]:
        """The subject's words and the places a phrase of place or source inside the clause's subject
        names, when that subject is a noun for people ("A man in Madrid won 4 million euros", "Tourists
        from Japan spent ..."): they say where the people are or come from; the count is theirs, never the
        place's. A noun for a thing or a measure ("Exports from Germany rose", "Unemployment in Spain
        fell") is the place's own: no places then, nor for a name, a pronoun or the count itself."""
        span, node = self.parsed.span_of(start, end), self.clause_above(start, end)
        if span is None or node is None:
            return "", []
        subject = self.clause_subject(node)
        if subject is None or not people_noun(subject) or span.start <= subject.i < span.end:
            return "", []
        places = []
        for token in subject.subtree:
            ent = self.entity_of.get(token.i)
            located = token.dep_ == "pobj" and token.head.lower_ in WHERE_FROM
            if located and ent is not None and ent.label_ in PLACES:
                places.append(self.subject_name(token) or ent.text)
        return self.text[subject.left_edge.idx : subject.idx + len(subject)], places

    def acting_person(self, start: int, end: int) -> str | None:
        """The person whose clause has the held thing at [start, end) as its object: "Georgieva began a
        second five-year term" (None for an event, "Macron began a three-day state visit", or when no
        person acts: "Lawmakers passed a 45-day bill")."""
        span = self.parsed.span_of(start, end)
        if span is None or span.root.lemma_.lower() not in _held():
            return None
        if any(c.dep_ == "nummod" and not list(c.children) for c in span.root.children):
            return None  # "Duda, who has served two five-year terms": a length of such terms, not of his
        verb = span.root.head
        if span.root.dep_ == "pobj" and verb.dep_ == "prep":
            verb = verb.head  # "Ohtani agreed to a 10-year contract"
        elif span.root.dep_ not in OBJECTS:
            return None
        subject = self.clause_subject(verb) if verb.pos_ in {"VERB", "AUX"} else None
        if subject is None or not (self.refs.is_person(subject) or self.label(subject) == "PERSON"):
            return None
        self.recall(subject)
        return self.subject_name(subject)

    def in_whose_clause(self, start: int, end: int) -> str | None:
        """Whose time a measured thing set as a phrase of the clause is ("jurors convict Ana Ruiz after a
        two-week trial", "Ruiz takes office for a four-year term"): the clause's named subject, else the
        one it names as its object (by name or named apposition) when the subject names no one ("jurors").
        Only a thing set as the clause's time ("after", "for", "in" it). None when the thing is the clause's own
        subject or object ("The two-week trial decided damages", "Brandt began a three-day state visit":
        the thing's) or when no one in the clause is named ("a team connected the organ in a four-hour
        operation")."""
        span = self.parsed.span_of(start, end)
        if span is None or span.root.pos_ != "NOUN" or span.root.dep_ != "pobj" or span.root.head.dep_ != "prep":
            return None
        if span.root.head.lower_ not in TIME_ADJUNCTS:
            return None  # "sentenced Tom Berg to a five-year prison term": what the clause gives, not its time
        if any(c.dep_ == "poss" for c in span.root.children):
            return None  # "at Brandt's three-day state visit": a thing of its own owner, its own length
        if span.root.head.lower_ == "for" and span.root.lemma_.lower() not in _held():
            return None  # "arrived for a three-day state visit": what the clause is for, the visit's own length
        verb = span.root.head.head
        if verb.pos_ == "NOUN" and verb.dep_ in OBJECTS:
            verb = verb.head  # "take office for a four-year term": the parser hung the phrase on the object
        if verb.pos_ not in {"VERB", "AUX"}:
            return None
        node, subject = verb, self.clause_subject(verb)
        while subject is None and node.dep_ in {"xcomp", "acomp", "conj"}:  # "Ruiz is due to take office for ..."
            node = node.head
            subject = self.clause_subject(node)
        if subject is not None and subject.lower_ in {"who", "that"}:
            subject = self.refs.antecedent(subject) or subject  # "Ruiz, who stepped down after two terms"
        if subject is not None and self._named(subject):  # not a capitalised word the tagger took for a name
            return self.subject_name(subject)  # ("March 6 - Jurors convict ...")
        if subject is not None and self._pointing_back(subject):
            meant = self.subject_name(subject)  # "The 44-year-old will take over for a one-year term": hers
            if meant:
                return meant
        if subject is not None and subject.pos_ != "NOUN" and not _capitalised_first(subject):
            return None  # a name the recogniser missed ("Ana Ruiz hired Tom Berg after a two-year search"): hers,
            # never whom she acts on; only a subject that names no one ("jurors", "a jury") leaves it to the object
        for acted in (c for c in verb.children if c.dep_ in {"dobj", "dative"}):
            name = self.subject_name(acted) if self._named(acted) else self._apposed_name(acted)
            if name:
                return name
        return None

    def _pointing_back(self, subject: Token) -> bool:
        """Whether a clause's subject points back at a person named before: "he" or "she", or a description by
        age ("The 44-year-old"). Not an office ("The president is elected for a five-year term": any holder's
        term), nor a thing ("The court ruled after a three-week hearing": the hearing's own time), nor "it",
        whose resolver takes the last named subject (in "The agency launched the probe in 2023. It will arrive
        after an eight-year journey", the agency)."""
        if subject.pos_ == "PRON":
            return subject.lower_ in {"he", "she"}
        return _aged_description(subject)

    def owned_by(self, noun: Token) -> str | None:
        """The named owner of a thing: its possessor ("Patrick Mahomes' deal", "its term"), or the name
        the parser hung it on ("the extension Mike Trout signed")."""
        possessor = next((c for c in noun.children if c.dep_ == "poss"), None)
        if possessor is not None:
            self.recall(possessor)
            return self.name_of(possessor) or self._its_thing(possessor)
        if noun.dep_ == "compound" and noun.head.pos_ == "PROPN" and self._named(noun.head):
            return self.subject_name(noun.head)
        return None

    def _its_thing(self, possessor: Token) -> str | None:
        """What "its" stands for when no subject before it does: the nearest thing its sentence names before it
        ("the first woman to lead the bank in its 63-year history": the bank, named before as the Reserve Bank
        of Australia). Only a thing: a person, a people or a time is no "it"."""
        if possessor.lower_ != "its":
            return None
        for token in reversed(possessor.doc[possessor.sent.start : possessor.i]):
            if token.pos_ == "NOUN" and not someone(token) and token.lemma_.lower() not in _time_words():
                return self.name_of(token)
            if token.pos_ == "PROPN" and self._named(token) and self.label(token) not in {"PERSON", "NORP"}:
                return self.subject_name(token)
        return None

    def subject_token(self, claim: Claim) -> Token | None:
        """The parse's token for the last word of a claim's subject, in the claim's sentence nearest its
        words ("verdict" in "The verdict, on 30 May 2024, came after ...")."""
        span = self.parsed.span_of(*claim.span)
        if span is None or not claim.subject.split():
            return None
        word = claim.subject.split()[-1].lower()
        found = [t for t in self._sentence_on_its_line(span) if t.lower_ == word]
        return min(found, key=lambda t: abs(t.idx - claim.span[0])) if found else None

    def _sentence_on_its_line(self, span: Span) -> list[Token]:
        """The parse's sentence of a span, and the ones after it on its line while each before ends
        unfinished: a timeline's date ("November 18, 2023 -") is a fragment the parser cuts off from the
        line's clause ("The second flight achieves stage separation"), whose subject the date is of."""
        doc, sent = span.doc, span.sent
        tokens = list(sent)
        while sent.end < len(doc) and "\n" not in self.text[sent.end_char : doc[sent.end].idx]:
            last = next((t for t in reversed(sent) if not t.is_space), None)
            if last is None or last.text in {".", "!", "?", '"', "”"}:
                break
            sent = doc[sent.end].sent
            tokens += list(sent)
        return tokens

    def subject_name(self, token: Token) -> str | None:
        """The clause kind's name for a token, and a capitalised word inside a sentence that the tagger
        took for a common noun ("FIFA suspends Rubiales": Rubiales)."""
        antecedent = self.refs.antecedent(token) if token.lower_ == "whose" else None
        if antecedent is not None:  # "Ana Ruiz, whose 12 titles ...": the noun the clause is attached to
            return self.subject_name(antecedent)
        if token.lower_ == "they" and (couple := self.couple_after_a_marriage(token)):
            return couple  # 'She married Tom Berg in 2001 and they have two sons': hers, with him
        if token.lower_ in {"it", "its", "they", "them", "their"}:  # the named thing last a subject in its
            return self.refs.thing_before(token.i)  # paragraph, else no one (verify.nlp.reference)
        if token.lower_ in OBJECT_PRONOUNS and token.dep_ == "dobj" and token.head.dep_ == "conj":
            found = self._parallel_object(token)  # "found X guilty of ... his wife, Y, and sentenced him": X
            if found:
                return found
        if token.lower_ in PERSON_PRONOUNS:  # "he", "his", "him": the one resolver (verify.nlp.reference)
            found = self.refs.person_before(token.i)  # "convicts Rubiales ... and fines him": the person named
            if found:  # before it in its sentence, else the last one named as a subject
                return found
        return super().subject_name(token) or (token.text if _mistagged_name(token) else None)

    def _parallel_object(self, pronoun: Token) -> str | None:
        """The person the first of two joined verbs acts on, for the object pronoun of the second: the
        verbs share their doer, so "him" repeats the first verb's object, not the last person named
        between them ("convicted X of assaulting Y and fined him": X)."""
        first = pronoun.head.head
        objects = [c for c in first.children if c.dep_ in {"dobj", "dative"}]
        objects += [s for c in first.children if c.dep_ == "ccomp" for s in c.children if s.dep_ in SUBJECT_DEPS]
        person = next((o for o in objects if self.label(o) == "PERSON" or self.refs.is_person(o)), None)
        return self.subject_name(person) if person is not None else None

    def clause_subject(self, verb: Token) -> Token | None:
        """The clause kind's subject, but not one on an earlier line: "The key moments:\n\nJanuary 7 -
        Kevin McCarthy ... is elected" is about McCarthy (the parser glues a timeline line to the line before)."""
        subject = super().clause_subject(verb)
        if subject is None or "\n" not in self.text[subject.idx : verb.idx]:
            return subject
        return next(
            (c for c in verb.children if c.dep_ in SUBJECT_DEPS and "\n" not in self.text[c.idx : verb.idx]), None
        )

    def name_of(self, token: Token) -> str | None:
        """A subject's name: its own or its antecedent's, a named apposition ("a rover, Pragyan, which
        ..."), or the named thing it is of ("The war in Sudan has displaced ...")."""
        apposed = self._apposed_name(token) if token.pos_ == "NOUN" else None
        if apposed:  # "Her closest rival, Tomas Brel, took 26 percent": the rival named, not whose rival he is
            return apposed
        if token.pos_ == "NOUN" and ranked(token):
            return None  # "the first party to win three terms": one of a class, no one named before
        described = (
            self.refs.affiliation(token)
            or self._own_possessor(token)  # "its parliament ratified": that country's, not the last one named
            or self._own_name(token)  # "The Eaton fire": its own name, not the last "fire" named before it
            or self.named_before(token)
            or self.refs.described(token)
            or self.refs.place_meant(token)  # "The city has 200,000 residents": the city's, not the flood's
            if token.pos_ == "NOUN"
            else None
        )  # "his party": the party the person leads
        described = described or self.refs.bearer(token)  # "Turnout was 70 percent": the election's
        found = described or self.subject_name(token)  # "the court": the court named before, not the last actor
        if found or token.pos_ != "NOUN":
            return found
        return self._attached_name(token, set(), pronouns=False)

    def _apposed_name(self, noun: Token) -> str | None:
        """The name set beside a common noun ("a rover, Pragyan, which ...", "Her closest rival, Tomas Brel,"):
        the noun's own name, before whose it is or what it stood for earlier."""
        for child in noun.children:
            if child.dep_ == "appos" and self._named(child):
                return self.subject_name(child)
        return None

    def _own_name(self, noun: Token) -> str | None:
        """The name a definite description carries in itself ("the Eaton fire", "the Chandrayaan-3
        mission"): the thing is that name's, whatever was last called a "fire" before. Not a person's
        description, whose name is the team or place he is of ("the Iowa guard" is the player named before).
        The noun stays: "the Eaton fire" is the fire, not Eaton; "the Rodna summit" is no town."""
        if not _definite(noun) or self.refs._describes_person(noun):
            return None
        first = next((c for c in noun.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"), None)
        whole = self.entity_of.get(first.i) if first is not None else None
        if whole is not None and whole.end > noun.i:  # the recogniser took the noun in ("the Gaza war", "The Korvik
            return self.text[first.left_edge.idx : noun.idx + len(noun)]  # war began"): its words up to the noun
        name = self._named_compound(noun)
        return f"{name} {noun.text}" if name else None

    @functools.cached_property
    def _tokens_by_lemma(self) -> dict[str, list[int]]:
        """Token positions by lower-cased lemma, in order: `named_before` looks up its noun's earlier
        occurrences instead of walking back over the article for each description."""
        index: dict[str, list[int]] = {}
        for token in self.parsed.tokens():
            index.setdefault(token.lemma_.lower(), []).append(token.i)
        return index

    def named_before(self, noun: Token) -> str | None:
        """The named thing a definite description points back to by its head noun: "the fund" after
        "the International Monetary Fund", "The mission" after "the Chandrayaan-3 mission's lander"."""
        if not any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in noun.children):
            return None
        if ranked(noun):
            return None  # "the first party to win three terms" points back at no party
        same_lemma = [i for i in self._tokens_by_lemma.get(noun.lemma_.lower(), ()) if i < noun.i]
        for earlier in (self.parsed.doc[i] for i in reversed(same_lemma)):  # the headline counts too:
            # "Valencia's floods: the hours ..." names "the floods"
            if self._named(earlier) and self.entity_of[earlier.i][-1].i == earlier.i:
                return self.subject_name(earlier)  # the name ends in the noun: "International Monetary Fund"
            found = self._named_modifier(earlier) or self._pronoun_owner(earlier)
            if found and any(c.dep_ == "poss" and c.pos_ != "PRON" for c in earlier.children):
                # "Astrobotic Technology's Peregrine lander" only says whose that lander was: the thing the body
                # itself said is one ("Odysseus, a six-legged Nova-C lander") is the one "the lander" stands for
                return self.refs.defined_as(noun) or found
            if found:
                return found  # the noun carries the name: "the Chandrayaan-3 mission"; "its stock": the company's
        return None

    def _pronoun_owner(self, noun: Token) -> str | None:
        """What "its" or "their" before a noun stands for ("Its stock had closed at ...": the company
        named as a subject before it), so that "the stock" later is that company's too."""
        possessor = next((c for c in noun.children if c.dep_ == "poss" and c.lower_ in {"its", "their"}), None)
        return self.refs.thing_before(possessor.i) if possessor is not None else None

    def _attached_name(
        self, noun: Token, inside: set[int], pronouns: bool = True, attachments: bool = True, places: bool = True
    ) -> str | None:
        """A noun's possessor, or (`attachments`) the named thing hung on it by "of", "in", "at" or
        "for": only the count's own noun, since "a $650 billion allocation of Special Drawing Rights"
        is no allocation the rights own. Without `places`, "in" and "at" only say where the things are."""
        for child in noun.children:
            if child.dep_ == "poss" and child.i not in inside and (pronouns or child.pos_ != "PRON"):
                found = self.name_of(child)
                if found:
                    return found
        for child in noun.children if attachments else ():
            if child.dep_ == "prep" and child.lower_ in ATTACHING and child.i not in inside:
                if not places and child.lower_ in LOCATING:
                    continue
                for pobj in child.children:
                    if pobj.dep_ == "pobj" and self._named(pobj):
                        return self.subject_name(pobj)
                    if pobj.dep_ == "pobj":  # "14 years of Conservative government": the named modifier
                        found = self._named_thing(pobj) or self._named_modifier(pobj)
                        if found:
                            return found
                    if pobj.dep_ == "pobj" and pobj.pos_ == "NOUN" and child.lower_ == "of":
                        found = self.named_before(pobj)  # "all 124 member states of the court": the court named before
                        if found:
                            return found
        return None

    def _named_compound(self, noun: Token) -> str | None:
        """The proper noun a counted noun is compounded with ("Windows devices", "NATO allies"); not an
        adjective ("six Southeastern states" are no one's)."""
        names = [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < noun.i]
        if not names:
            return None
        return self._entity_name(names[0])[0] if self._named(names[0]) else names[0].text  # type: ignore[index]

    def _named_thing(self, noun: Token) -> str | None:
        """A singular common noun with a proper noun compounded before it ("Korvik fever", "Halden flu"): the
        name with its head names one thing, a disease named after a town being no town's. Plural things are the
        name's own ("CrowdStrike shares", "Windows devices")."""
        if noun.pos_ != "NOUN" or noun.tag_ != "NN":
            return None
        name = next((c for c in noun.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"), None)
        return self.text[name.idx : noun.idx + len(noun)] if name is not None else None

    def _named_modifier(self, noun: Token) -> str | None:
        for child in noun.children:
            if child.dep_ not in {"amod", "compound", "poss"} or child.i > noun.i:
                continue
            if self._named(child):
                return self._entity_name(child)[0]  # type: ignore[index]
            if child.pos_ == "PROPN" and child.dep_ == "compound" and noun.pos_ == "PROPN":
                return self.text[child.idx : noun.idx + len(noun)]  # a person's name the recogniser missed: "Ana Ruiz"
            if child.pos_ == "PROPN" and child.dep_ == "compound":  # a name the recogniser missed: "Chandrayaan-3"
                return child.text
        return None

    def _clause_owner(
        self, verb: Token, inside: set[int], object_first: bool, voted_on: bool = False
    ) -> tuple[str | None, bool]:
        """The clause's named subject (or its antecedent); else, or first for a length, its named object;
        and whether to look further up. A clause whose subject is the count itself ("About 40 heads of
        state attended") or a thing of its own ("The floods hit 75 municipalities") names no owner; a
        clause with no subject of its own, or a bare attribute for one ("and revenue fell 15 percent"),
        belongs to the clause above it."""
        spoken_for = self._body_spoken_for(verb, inside)  # "Korvik Bank's chief executive, Jon Dahl, said net
        if spoken_for:  # profit rose 12%": the bank's
            return spoken_for, False
        if self._says_of_others(verb, inside):  # "He said 3,069 people had been moved into 45 relief camps":
            return None, False  # the speaker only tells of them
        reported = self._reported_clause(verb, inside)
        if reported is not None:  # "the quake hit at dawn, the agency said, at a depth of 9 km": the quake's
            return (
                self._clause_owner(reported, inside, object_first, voted_on)[0] if reported.i != verb.i else None
            ), False
        subject = self.clause_subject(verb)
        if subject is not None and subject.i in inside:  # the count acts: "Nearly 200 countries signed the
            named = [o for o in verb.children if o.dep_ == "dobj" and self._named(o)]  # accord" counts its signers
            return (self.subject_name(named[0]) if named else None), False
        by_subject = self._people_of_a_name(subject) if subject is not None else None  # "Navy divers pulled ..."
        if (
            by_subject is None
            and subject is not None
            and subject.pos_ == "NOUN"
            and not _definite(subject)
            and not _a_group(subject)
        ):
            by_subject = self._named_thing(subject) or self._named_compound(subject)  # "CrowdStrike shares fell
            # 15 percent": CrowdStrike's; "Korvik fever has ...": the disease's, not the town's
        if subject is not None and by_subject is None:
            by_subject = self.name_of(subject)
        objects = [c for c in verb.children if c.dep_ in OBJECTS]
        objects += [  # "found Donald Trump guilty": the subject of the small clause is what the verb acts on
            s
            for c in verb.children
            if c.dep_ == "ccomp" and c.pos_ == "ADJ"
            for s in c.children
            if s.dep_ in SUBJECT_DEPS
        ]
        by_object = next(
            (self.subject_name(o) for o in objects if o.i not in inside and self._names_something(o)),
            None,
        )
        by_votes = any(c.lower_ == "by" and c.i in inside for c in verb.children)  # the votes are this verb's
        if voted_on and by_votes:  # "followed the approval of the Agreement by 124 votes": what was approved
            found = next((self._thing_of(o) for o in objects if o.i not in inside and o.pos_ == "NOUN"), None)
            if found:
                return found, False
        if object_first and by_object is None:  # "transfer the rights to Ubisoft for 15 years": the recipient
            by_object = next(
                (
                    self.subject_name(pobj)
                    for prep in verb.children
                    if prep.dep_ in {"prep", "dative"} and prep.lower_ == "to" and prep.i not in inside
                    for pobj in prep.children
                    if pobj.dep_ == "pobj" and self._named(pobj)
                ),
                None,
            )
        lasting = any(c.i in inside and c.lower_ == "for" for c in verb.children)  # "led the party for ten years"
        person_acting = subject is not None and (
            self.label(subject) == "PERSON"
            or subject.lower_ in PERSON_PRONOUNS
            or (lasting and self.refs.is_person(subject))
        )  # "Rutte led the Netherlands for 14 years" is Rutte's (a surname the recogniser missed too, for the span of
        # the deed); "FIFA banned Rubiales for three years", his; "returning the Front to power after five years", its
        person_acted_on = by_object is not None and any(
            self.refs.is_person(o) or self.label(o) == "PERSON" for o in objects if o.i not in inside
        )  # "A jury found Donald Trump guilty of 34 counts", "fines him 10,800 euros": the person's
        # "Justice Ana Burke sentenced him to 23 years": a penalty is the one penalised, whoever passes it
        penalty = person_acted_on and verb.lemma_.lower() in penalising()
        object_before = (object_first or person_acted_on) and (not person_acting or penalty)
        first, then = (by_object, by_subject) if object_before else (by_subject, by_object)
        found = first or then or self._scene(verb)
        own = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        attribute = own is not None and own.pos_ == "NOUN" and not any(c.dep_ in {"det", "poss"} for c in own.children)
        return found, own is None or attribute

    def _body_spoken_for(self, verb: Token, inside: set[int]) -> str | None:
        """The named body a person speaks for, when he says a bare attribute of it ("Korvik Bank's chief executive,
        Jon Dahl, said net profit rose 12%", "Jon Dahl, the chief executive of Korvik Bank, said revenue fell"): the
        figure is the body his post is of, not his (review42 R11). None for a clause of anything else ("said
        investigators had found four points", "said 572 millimetres of rain had fallen"), whose speaker stays its
        source as before, and for a speaker no post of a named body is set beside (a body saying its own figures,
        "Korvik Bank said net profit rose", is the clause's owner as before)."""
        said = next((c for c in verb.children if c.i in inside and c.dep_ == "ccomp"), None)
        if verb.lemma_.lower() not in _speaking() or said is None:
            return None
        subject = next((c for c in said.children if c.dep_ in SUBJECT_DEPS), None)
        bare = subject is not None and subject.tag_ == "NN" and not any(c.dep_ != "amod" for c in subject.children)
        speaker = self.clause_subject(verb)
        if not bare or speaker is None:
            return None
        beside = [speaker, *(c for c in speaker.children if c.dep_ == "appos")]  # his post, before or after his name
        for post in (t for t in beside if t.pos_ == "NOUN"):
            named = [c for c in post.children if c.dep_ == "poss"]
            named += [p for c in post.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]
            for body in named:
                if self._named(body) and self.label(body) != "PERSON":
                    return self.subject_name(body)
        return None

    def _people_of_a_name(self, noun: Token) -> str | None:
        """People a name is joined to ("Navy divers", "Red Crescent workers", "the Navy's divers"): the
        people act, not the whole body named, so what they do is theirs, in the article's words. None for
        things ("CrowdStrike shares fell": the company's) and for members standing for their body."""
        if noun.pos_ != "NOUN" or noun.tag_ != "NNS" or not (_a_group(noun) or self.people_noun(noun)):
            return None
        joined = (c for c in noun.lefts if c.dep_ in {"compound", "poss"} and c.pos_ == "PROPN")
        name = next(joined, None)
        words = [t for t in name.subtree if t.pos_ != "DET"] if name is not None else []
        return self.text[words[0].idx : noun.idx + len(noun)] if words else None

    def spoken_by(self, start: int, end: int) -> str | None:
        """Who only says the count at [start, end): the subject of a verb of saying that carries it as a
        phrase of its own (see `_reported_clause`), or None."""
        span = self.parsed.span_of(start, end)
        if span is None:
            return None
        path, node = {t.i for t in span}, span.root
        for _ in range(MAX_CLIMB):
            if node.head.i == node.i:
                return None
            path.add(node.i)
            node = node.head
            if node.pos_ in {"VERB", "AUX"} and self._reported_clause(node, path) is not None:
                subject = self.clause_subject(node)
                return self.subject_name(subject) if subject is not None else None
        return None

    def _reported_clause(self, verb: Token, inside: set[int]) -> Token | None:
        """For a count a verb of saying carries as a phrase of its own ("the agency said, at a depth of
        9 kilometres"), the clause it reports (itself when it reports none): the speaker is only the
        source. None for any other verb, and where the count is what is said or done ("Boeing reported a
        loss of $1.4 billion", "approved by 124 votes")."""
        if verb.lemma_.lower() not in _speaking() or _does_a_count(verb, inside):
            return None
        path = next((c for c in verb.children if c.i in inside), None)
        absolute = path is not None and any(c.dep_ == "mark" and c.lower_ == "with" for c in path.children)
        if path is None or (
            path.dep_ in {*OBJECTS, *SUBJECT_DEPS, "ccomp", "xcomp", "acomp", "agent"} and not absolute
        ):
            return None  # what is said or done; not ", with 300 people injured" (the parser's "ccomp")
        if path.lower_ == "by":
            return None
        said = next((c for c in verb.children if c.dep_ == "ccomp" and c.i not in inside), None)
        if said is None and verb.dep_ == "parataxis" and verb.head.i not in inside:
            said = verb.head  # "The toll rose to 90, the agency said, with 300 injured": the toll's clause
        return said if said is not None else verb

    def _scene(self, verb: Token) -> str | None:
        """The named place (or body: "In Congress, ...") a sentence opens with, when its clause names no
        owner: "In Mandalay, a school collapsed, killing 50 children" (the clause and the clauses joined
        to it are set there)."""
        verb = first_conjunct(verb)
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ != "in" or prep.i != verb.sent.start:
                continue
            for pobj in prep.children:  # any label: the small model reads some towns as an ORG or a PERSON
                if pobj.dep_ == "pobj" and pobj.pos_ == "PROPN" and self._named(pobj):
                    return self.subject_name(pobj)
        return None

    def _thing_of(self, noun: Token) -> str | None:
        """The named thing an action noun is of ("the approval of the Agreement": the Agreement)."""
        for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                if self._named(pobj) or pobj.pos_ == "PROPN":
                    return self.subject_name(pobj)
        return None

    def _named(self, token: Token) -> bool:
        ent = self.entity_of.get(token.i)
        return ent is not None and ent.label_ in NAMED and ent.label_ not in TIMES

    def _names_something(self, token: Token) -> bool:
        """A named entity, or a pronoun or definite description the walk can resolve."""
        return (
            self._named(token)
            or token.pos_ in {"PROPN", "PRON"}
            or _mistagged_name(token)
            or self.subject_name(token) is not None
        )


@functools.cache
def _ordinals() -> frozenset[str]:
    """Ordinal words ("second", "third"): verify/lexicons/numbers.toml."""
    return frozenset(lexicons.load("numbers")["ordinals"])


@functools.cache
def _capitalised_first(word: Token) -> bool:
    """Whether a one-word proper noun no entity holds opens its line or sentence ("Jurors convict ...", "March 6 -
    Jurors convict ..."): the tagger takes any capitalised first word for a name, so it names no one for sure; a
    name of several words ("Ana Ruiz") or one inside the sentence is a name the recogniser missed."""
    if word.pos_ != "PROPN" or any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in word.children):
        return False
    first = next(t for t in word.subtree if not t.is_punct)  # the parser may hang the line's dash on it
    before = word.doc[first.i - 1] if first.i > 0 else None
    return first.i == word.sent.start or before is None or before.is_punct or before.is_space


def _gained(noun: Token) -> bool:
    """Whether counted things are (a conjunct of) the object of a verb of gaining ("received six Oscar
    nominations", "won four titles and four MVP awards"): counted.toml `gaining_verbs`."""
    noun = first_conjunct(noun)
    verb = noun.head
    gaining = frozenset(lexicons.load("counted")["gaining_verbs"])
    return noun.dep_ == "dobj" and verb.pos_ in {"VERB", "AUX"} and verb.lemma_.lower() in gaining


@functools.cache
def penalising() -> frozenset[str]:
    """Verbs that give a person a penalty, its length written "to" it ("sentenced him to 20 years"):
    verify/lexicons/counted.toml `penalising`."""
    return frozenset(lexicons.load("counted")["penalising"])


def _held() -> frozenset[str]:
    """What a person holds for a length of time (a term, a contract): verify/lexicons/counted.toml."""
    return frozenset(lexicons.load("counted")["held"])


@functools.cache
def _unasserting() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Guessing frames, stating modals, reporting verbs: verify/lexicons/counted.toml."""
    counted = lexicons.load("counted")
    return (
        frozenset(counted["guessing_frames"]),
        frozenset(counted["stating_modals"]),
        frozenset(counted["reporting_verbs"]),
    )


@functools.cache
def _believing() -> tuple[frozenset[str], frozenset[str]]:
    """Verbs of belief and the modals of a future they frame as a guess: verify/lexicons/counted.toml."""
    counted = lexicons.load("counted")
    return frozenset(counted["believing_frames"]), frozenset(counted["future_modals"])


@functools.cache
def _speaking() -> frozenset[str]:
    """Verbs whose subject is the source of what follows, not its owner: verify/lexicons/counted.toml."""
    return frozenset(lexicons.load("counted")["speaking_verbs"])


def _does_a_count(verb: Token, inside: set[int]) -> bool:
    """Whether a verb of saying acts on a counted object of its own ("added 12 points, with 3 steals",
    "wrote four novels"): it scores or makes something, it reports nothing, so its subject owns the
    counts beside that object."""
    return any(
        c.dep_ == "dobj" and c.i not in inside and (c.like_num or any(n.dep_ == "nummod" for n in c.children))
        for c in verb.children
    )


def _modifies(count: Token, name: Token) -> bool:
    """Whether the count's words only modify the name above them ("$426.5 million extension Mike Trout")."""
    node = count
    while node.i != name.i:
        if node.dep_ not in MODIFYING or node.head.i == node.i:
            return False
        node = node.head
    return True


@functools.cache
def _groups() -> frozenset[str]:
    """Nouns for a group of people acting on their own: verify/lexicons/counted.toml `groups`."""
    return frozenset(lexicons.load("counted").get("groups", []))


def _a_group(noun: Token) -> bool:
    return noun.lemma_.lower() in _groups() or noun.lower_ in _groups()


def _nobody(subject: Token) -> bool:
    """A subject that denies its clause: "no one", "no candidate", "nobody", "none"."""
    return subject.lower_ in {"nobody", "none", "nothing"} or any(
        c.dep_ == "det" and c.lower_ == "no" for c in subject.children
    )


def _possessed_by_pronoun(noun: Token) -> bool:
    return any(c.dep_ == "poss" and c.lower_ in THING_POSSESSIVES for c in noun.children)


def _definite(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in noun.children)


def _counts(count: Token, noun: Token) -> bool:
    """Whether `noun` is the noun the count's words count: the count's own root, or the noun its
    number and modifiers hang on ("about 8.5 million Windows" on "devices")."""
    return noun.i == count.i or (count.head.i == noun.i and count.dep_ in MODIFYING)


def _mistagged_name(token: Token) -> bool:
    return token.pos_ == "NOUN" and token.text[:1].isupper() and token.i > token.sent.start and token.text.isalpha()


def _known_or_same(context: str, owner: str, where: str) -> bool:
    """Whether the patterns' context stands: a known organisation they read a head count against, named `where`
    (the count's sentence and the headline: "the alliance's 32 members", "the last of the 31 allies" in a story
    on NATO; not "Park came second with 25.2 percent" in a story that names NATO in passing), or the parse's
    owner under a fuller name."""
    return _named_in(context, where) or _same_entity(owner, context)


def _only_the_articles(claim: Claim, where: str) -> bool:
    """Whether a count's context is only the patterns' last resort, the first known organisation the article names
    (verify.kinds.quantity.extract `quantity_context`), where the parse found no owner: an organisation the count's
    sentence and the headline never name ("Three more parties cleared the 5% threshold" in a story naming NATO
    once in passing) owns nothing there, so the count's description or the story's topic decides instead. One
    they name stays ("the alliance's 32 members" under a headline on NATO)."""
    context = claim.context or ""
    return context in aliases.ORGANISATION_ALIASES and not _named_in(context, where)


def _named_in(organisation: str, sentence: str) -> bool:
    """Whether a known organisation (organisations.toml `aliases`) is named in the sentence, by any of its names."""
    forms = aliases.ORGANISATION_ALIASES.get(organisation)
    if forms is None:
        return False
    folded = aliases.fold(sentence)
    return any(re.search(rf"\b{re.escape(aliases.fold(form))}\b", folded) for form in [organisation, *forms])


def _same_entity(a: str, b: str) -> bool:
    return fuzz.token_set_ratio(aliases.fold(a), aliases.fold(b)) >= SAME_ENTITY


def _length_owner(claim: Claim, reader: OwnerReader) -> str | None:
    """Whom a length is about, where the parse knows better than the patterns: the named object it
    acts on ("FIFA banned Luis Rubiales for three years"), else the clause's named subject; the person
    whose clause has the measured thing as its object ("Georgieva began a second five-year term"); None
    when the patterns' subject is what it measures already, the noun it modifies ("a three-day state
    visit", "five hours of debate") or the subject of its own clause ("the man had flown the drone
    for 20 minutes")."""
    said = aliases.fold(claim.subject)
    last_word = (claim.span[0] + claim.text.rstrip().rfind(" ") + 1, claim.span[0] + len(claim.text.rstrip()))
    if said in aliases.fold(claim.text):  # "a two-week trial": the holder's, else the named one its clause acts on
        return reader.acting_person(*last_word) or reader.in_whose_clause(*last_word)
    owner = reader.owner_of(*last_word, object_first=True)  # "banned Luis Rubiales for three years": from "years"
    if owner and claim.subject.islower():
        if _a_person_called_otherwise(claim, owner, reader):
            return None  # "The opposition leader has served as mayor for six years": the leader's, not the topic's
        return owner  # "The fight over the gavel paralysed the US House for three weeks": a named entity's time
    acting_on_a_named_object = owner != reader.owner_of(*last_word)
    if not acting_on_a_named_object and said in aliases.fold(reader.clause_subject_words(*last_word)):
        return None
    return owner


def _a_person_called_otherwise(claim: Claim, owner: str, reader: OwnerReader) -> bool:
    """Whether the parse gave a length's subject, a common noun for a person ("the opposition leader"), to a
    person the text never calls by it: the clause kind resolves such a description as it would a pronoun (the
    person named last), but a length is a fact about one person, and another's term must not decide it."""
    noun = reader.subject_token(claim)
    if noun is None or not someone(noun) or not _same_entity(reader.subject_name(noun) or "", owner):
        return False  # not a person noun, or the owner is another entity of the clause ("suspended X for ...")
    called = person_called(noun, reader.refs)
    return not (called and _same_entity(called, owner))


def _date_owner(claim: Claim, reader: OwnerReader) -> str | None:
    """The named entity a date whose subject is a common noun is about: the one its description stands
    for ("The justices had heard arguments": the court), else the article's topic ("The verdict, on 30
    May 2024" in a story on Trump's conviction; `_topic_for`). None when the subject is a name already."""
    noun = reader.subject_token(claim)
    if noun is None:
        return None
    if _a_time(claim.subject):  # "On the morning of Sunday, 19 October": a time word is no one a date is of
        return reader.refs.topic
    if not _common_subject(claim, noun, reader):
        return None  # a name, or a noun with a name of its own: "Asheville police said"
    return reader.refs.described(noun) or _topic_for(noun, reader)


@functools.cache
def _time_words() -> frozenset[str]:
    """Months, weekdays, parts of a day and clock words: verify/lexicons/dates.toml."""
    dates = lexicons.load("dates")
    return frozenset([*aliases.MONTHS, *aliases.WEEKDAYS, *dates["day_parts"], *dates["clock_words"]])


_CALENDAR_WORDS = frozenset(w.lower() for w in [*aliases.MONTHS, *aliases.WEEKDAYS])  # words a surname may be


def _a_time(subject: str) -> bool:
    """Whether a subject the patterns took is only a time ("April", "Sunday", "Eastern time"): the date's
    clause says nothing of it, so the date is the story's. A month or weekday after a capitalised word
    that is no time is a surname ("Clara May", "Paul Friday"): someone the date is of."""
    words = [w.strip(".,") for w in subject.split()]
    if not words or words[-1].lower() not in _time_words():
        return False
    named = len(words) > 1 and words[-2][:1].isupper() and words[-2].lower() not in _time_words()
    return not (named and words[-1].lower() in _CALENDAR_WORDS)


def _described_length_owner(claim: Claim, reader: OwnerReader) -> str | None:
    """The named entity a length whose subject is a common noun is about, as a date's (`_date_owner`):
    its possessor ("Widodo's second five-year term"), the entity its description stands for, else the
    article's topic ("The whole raid took less than seven minutes" in a story on the robbery).

    The noun keeps the length where it stands in the length's own words ("a three-day state visit",
    "three weeks of training", "said the deployment would last nine months"), unless it is a thing a
    person holds and a possessor names its holder (counted.toml `held`); where it counts, ranks or
    distributes ("one boat stayed at sea for 204 days", "its biggest rival", "each count carries four
    years"); and where it is a person or people of their own ("German crews train on it for a year"). A
    length the judge reads as an event's (a context) keeps its event."""
    noun = reader.subject_token(claim)
    if noun is None or claim.context or not _common_subject(claim, noun, reader):
        return None
    owner = reader.owned_by(noun) if noun.lemma_.lower() in _held() else None  # "her second term": hers
    if not owner and _an_event_s_own_length(claim, noun):
        return None if _kept_description(noun) else reader.refs.described(noun) or _undergoer(reader.refs)
    if owner or claim.span[0] <= noun.idx < claim.span[1]:
        return owner  # "his second five-year term": his; "Macron's three-day state visit": the visit's
    if _counted_description(noun):
        return None
    possessed = any(c.dep_ == "poss" for c in noun.children)
    if possessed:  # "Her deputy / her colleague has served ... for six years": theirs, not the story's topic; a
        return reader.refs.described(noun)  # possessed noun that is no held thing (above) is never its possessor
    if someone(noun):  # "The suspect has lived there for six years": a length of people is theirs, whatever the
        return reader.refs.described(noun) or person_called(noun, reader.refs)  # story; the topic's if called so
    return reader.refs.described(noun) or reader.refs.topic


_HYPHENED_LENGTH = re.compile(r"\w-(?:year|month|week|day|hour|minute|decade)\b", re.IGNORECASE)


def _an_event_s_own_length(claim: Claim, noun: Token) -> bool:
    """A hyphened length written before the noun of an event no one is said to own ("ending a five-day flight",
    "after a two-week trial", "The title ends a 47-year wait"): the length of what the story's entity did or
    underwent, not of a thing of its own, so the noun stands for that entity (the one the description names,
    else the story's topic). A possessed noun keeps it ("Orbis Space's three-day state visit"), as a held thing
    ("a five-year term") does, which its holder's clause decides."""
    if not claim.span[0] <= noun.idx < claim.span[1] or noun.lemma_.lower() in _held():
        return False
    before = noun.doc.text[claim.span[0] : noun.idx]  # the length's words before its noun
    return _HYPHENED_LENGTH.search(before) is not None and not any(c.dep_ == "poss" for c in noun.children)


def _undergoer(refs: References) -> str | None:
    """The story's topic as the one an unowned event's length is of, unless the story titles it by a rank or office
    ("Judge Ana Ruiz blocked the merger ... after a three-week hearing"): an official acts in office, and the
    hearing or session they hold is no length of their own, so the event keeps it."""
    topic = refs.topic
    if topic is None or names.titled(topic):
        return None
    for mention in re.finditer(rf"\b{re.escape(topic)}\b", refs.text):
        before = refs.text[max(0, mention.start() - 40) : mention.start()].split()[-3:]
        if any(names.titled(" ".join([*before[i:], topic])) for i in range(len(before))):
            return None  # "Judge Ana Ruiz", "Chief Justice Ana Ruiz"
    return topic


def _counted_description(noun: Token) -> bool:
    """A noun that counts ("Each count", "one boat"), names a nation's people ("German crews": Germany's) or ranks
    ("its biggest rival"): a length of its own, never the story's topic's."""
    counted = any(c.dep_ == "nummod" or c.lower_ in {"each", "every"} for c in noun.children)
    national = any(c.ent_type_ in {"NORP", "GPE"} for c in noun.lefts)
    return counted or national or ranked(noun)


def _kept_description(noun: Token) -> bool:
    """A counted, national or ranked noun, or a person or people: theirs, never the topic's (see below)."""
    return _counted_description(noun) or someone(noun)


def _topic_for(noun: Token, reader: OwnerReader) -> str | None:
    """The article's topic as what a common noun naming no one a date is said of stands for, unless the noun is
    one person and the topic a person the text never calls by it: "The newcomer was elected on 1 March 2023"
    in a profile of a president is the newcomer's, and her own term must not decide it. People in the plural,
    and anyone in a story about an event or a thing, act in the story's event ("Two men were detained on
    Saturday night": the robbery's date)."""
    if not someone(noun) or noun.tag_ in {"NNS", "NNPS"} or reader.refs.topic_person is None:
        return reader.refs.topic
    return person_called(noun, reader.refs)


@functools.cache
def _relations() -> frozenset[str]:
    """Nouns for a person by their tie to another (verify/lexicons/titles.toml `relations`: "her predecessor")
    and for a relative (predicates.toml `people.kin`: "her husband")."""
    kin = lexicons.load("predicates")["people"]["kin"]
    return frozenset(w.lower() for w in [*lexicons.load("titles")["relations"], *kin])


@functools.cache
def _person_words() -> frozenset[str]:
    """Every lexicon class of nouns for a person or people: callings, offices and roles, words for people in
    general (`_people_nouns`), ties and kin (`_relations`), nouns a description of a person ends in
    (verify.nlp.reference), members of bodies, and parties to a case (titles.toml `members`, `parties`)."""
    titles = lexicons.load("titles")
    listed = [*titles["members"], *titles["parties"], *titles["event_titles"]]
    return _people_nouns() | _relations() | _person_nouns() | frozenset(w.lower() for w in listed)


WHO = frozenset({"who", "whom", "whose"})
AS_A_PERSON = frozenset({"attr", "oprd"})  # "The suspect is a nurse", "was named chief executive"


def someone(noun: Token) -> bool:
    """Whether a common noun is a person or people ("her deputy", "the suspect", "the opposition leader"): a
    noun of a lexicon class of people (`_person_words`), or one the parse says is someone: the antecedent of
    "who" ("the official who ..."), or the subject of a clause that makes it a person ("The newcomer has
    served as mayor", "The newcomer is a lawyer"). A length said of them is theirs."""
    if noun.pos_ != "NOUN":
        return False
    if noun.lemma_.lower() in _person_words() or noun.lower_ in _person_words():
        return True
    if any(c.dep_ == "relcl" and c.left_edge.lower_ in WHO and c.left_edge.i <= noun.i + 2 for c in noun.children):
        return True  # "the official who ...", "the newcomer, who ...": not "a comedy about a worker who ..."
    if noun.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    said = [c for c in noun.head.children if c.dep_ in AS_A_PERSON]
    said += [p for prep in noun.head.children if prep.lower_ == "as" for p in prep.children if p.dep_ == "pobj"]
    return any(t.pos_ == "NOUN" and t.lemma_.lower() in _person_words() for t in said)


def person_called(noun: Token, refs: References) -> str | None:
    """The person named before a description who the text calls by its noun (and by the nouns compounded with
    it: "the opposition leader"): a title or description beside a mention ("President Jane Roe", "Roe, the
    president"), or a role a clause gives the person ("Roe was sworn in as president"). Not whom a pronoun in
    its place would mean: a person noun the text calls no one named by is someone of its own."""
    words = {noun.lemma_.lower(), noun.lower_}
    compounds = {c.lower_ for c in noun.lefts if c.dep_ == "compound" and c.pos_ == "NOUN"}
    for ent in reversed(refs.people):
        if ent.end > noun.i or ent.start_char < refs.body_start:
            continue
        if _calls(ent, words, compounds):
            return refs.full(refs.words(ent), ent)
    return None


def topic_called_otherwise(refs: References, words: str, near: tuple[int, int], person: str) -> bool:
    """Whether `person`, whom a description of one person ("the opposition leader") was read as the way a
    pronoun is, is the story's topic and the text never calls the topic by that description: a length or a
    date of someone of their own, which the topic's own term must not decide."""
    topic = refs.topic_person
    span = refs.parsed.span_of(*near)
    if topic is None or span is None or not words.split() or not _same_entity(person, topic):
        return False
    last = words.split()[-1].strip(".,").lower()
    token = next((t for sent in {span[0].sent, span[-1].sent} for t in sent if t.lower_ == last), None)
    if token is None or token.tag_ in {"NNS", "NNPS"} or not someone(token):
        return False
    called = person_called(token, refs)
    return not (called and _same_entity(called, topic))


def _calls(ent: Span, words: set[str], compounds: set[str]) -> bool:
    """Whether the text calls a person's mention by `words` with `compounds` among the words beside them: the
    noun phrase and apposition around the mention, or the role its clause gives it ("as president", "is the
    president", "became president")."""
    doc = ent.doc
    beside = list(doc[max(ent.sent.start, ent.start - 4) : ent.end])
    beside += [t for c in ent.root.children if c.dep_ == "appos" for t in c.subtree]
    beside += list(ent.root.head.subtree) if ent.root.dep_ == "appos" else []
    if ent.root.dep_ in {"nsubj", "nsubjpass"}:
        verb = ent.root.head
        beside += [t for c in verb.children if c.dep_ in AS_A_PERSON for t in c.subtree]
        beside += [w for t in verb.subtree if t.dep_ == "pobj" and t.head.lower_ == "as" for w in t.subtree]
        if ent.root.dep_ == "nsubj" and _agent_noun(words, verb.lemma_.lower()):
            beside += list(verb.subtree)  # "Roe leads the opposition": the opposition leader; "Harvey won": the winner
            words = words | {verb.lemma_.lower()}
    said = {t.lower_ for t in beside} | {t.lemma_.lower() for t in beside}
    return bool(said & words) and compounds <= said


def _agent_noun(words: set[str], verb: str) -> bool:
    """Whether a noun is the doer's noun of a verb ("leader" of "lead", "winner" of "win", "ruler" of "rule"):
    the text calls the subject of that verb by it."""
    stem = verb[:-1] if verb.endswith("e") else verb
    return len(stem) >= 3 and any(w.startswith(stem) and len(w) > len(verb) for w in words)


def describe_lengths(reader: OwnerReader, lengths: list[Claim], body_start: int) -> None:
    """Give each length of the body whose subject is a common noun naming no one ("The journey took six
    and a half weeks") the named entity that noun stands for (`_described_length_owner`)."""
    body = reader.text[body_start:]
    for claim in lengths:
        if claim.span[0] < body_start or claim.kind != "duration":
            continue
        owner = _described_length_owner(claim, reader)
        if owner and _written(owner, body, reader) and not _same_entity(owner, claim.subject):
            claim.subject = owner


def _common_subject(claim: Claim, noun: Token, reader: OwnerReader) -> bool:
    """Whether the patterns' subject is a common noun naming no one: its last word in lower case ("the
    second flight", "Kasparov record"). A capitalised first word of a sentence or a timeline line is left
    as it is, the tagger takes names for nouns there ("June 13 - Trump signs"), unless the article never
    writes it capitalised inside a sentence: a name keeps its capital everywhere, a common noun only where
    a sentence or line begins ("22 December - Residents are allowed back", "Investigators on Friday ...")."""
    if noun.pos_ != "NOUN" or reader._named(noun):
        return False
    last = claim.subject.split()[-1]
    return last.islower() or (claim.subject == last == noun.text and _capitalised_only_at_heads(last, reader.text))


def _capitalised_only_at_heads(word: str, text: str) -> bool:
    """Whether `word`, capitalised, stands in `text` only where a sentence or a line begins: never after a
    word or comma inside a sentence ("the Dragon capsule" shows a name; "Residents are allowed" alone
    does not)."""
    return re.search(rf"(?<=[\w,;:] ){re.escape(word)}\b", text) is None


def _counted_noun(claim: Claim, reader: OwnerReader) -> Token | None:
    span = reader.parsed.span_of(*claim.span)
    if span is None:
        return None
    return span.root if span.root.pos_ == "NOUN" else span.root.head


def _part_of(claim: Claim, reader: OwnerReader) -> str | None:
    """What the thing a hyphenated count describes is of: "a three-judge panel of the appeals court"
    counts the appeals court's judges (a named court before it or the description's own words)."""
    noun = _counted_noun(claim, reader)
    counted = noun
    while counted is not None and counted.dep_ == "compound" and counted.head.pos_ == "NOUN":
        counted = counted.head  # "a three-judge panel": the panel
    for prep in counted.children if counted is not None and counted.i != noun.i else ():  # type: ignore[union-attr]
        for pobj in (c for c in prep.children if prep.lower_ == "of" and c.dep_ == "pobj" and c.pos_ == "NOUN"):
            found = reader.refs.described(pobj) or reader.refs.description_words(pobj)
            if found:
                return found
    return None


@functools.cache
def _tallied() -> frozenset[str]:
    """The nouns a tally of votes is written with: verify/lexicons/counted.toml `tallied`."""
    return frozenset(lexicons.load("counted")["tallied"])


def _a_vote(claim: Claim) -> bool:
    """A tally, or a count of votes ("by 124 votes in favour"): about what was voted on before who voted."""
    return claim.relation == "tally" or (claim.unit or "").lower() in _tallied()


def _day_spans(text: str) -> list[tuple[int, int]]:
    """Where the text writes a day of a month ("Jan. 7", "14 July 2024"): the dates verify.kinds.date reads."""
    from verify.kinds.date.parsed import _mention_pattern  # the date kind's one pattern for a written date

    return [m.span() for m in _mention_pattern().finditer(text) if m["d1"] or m["d2"]]


def _a_day(claim: Claim, days: list[tuple[int, int]]) -> bool:
    """Whether the count's number is the day of a date: "broke out on Jan. 7 during a windstorm", where a
    sentence cut after "Jan." leaves "7 during a windstorm" looking like a count. A day is the date kind's."""
    digit = next((i for i, ch in enumerate(claim.text) if ch.isdigit()), None)
    at = claim.span[0] + digit if digit is not None else None
    return at is not None and any(a <= at < b for a, b in days)


def _in_a_name(claim: Claim, reader: OwnerReader) -> bool:
    """Whether a count's number is part of a name ("Talon 9 rockets", "Users of Windora 11", "Harbor Nine
    shareholders", "the Group of Seven leaders"): a number word capitalised after a word, or a number after
    a capitalised noun of its own noun phrase that names no place, people or person. A name the verb
    governs apart ("gave Ukraine 40 tanks"), a possessive ("Group A's 4 points"), a rating ("a Category 4
    storm"), a table's row ("Norway 16 medals") or a word before a number at a sentence's start ("About
    40") is none."""
    span = reader.parsed.span_of(*claim.span) if claim.relation == "count" else None
    number = next((t for t in span or () if t.like_num), None)
    if number is None or number.i == number.sent.start:
        return False
    before, after = number.doc[number.i - 1], number.doc[min(number.i + 1, len(number.doc) - 1)]
    if before.lower_ in _rating_words() or before.dep_ == "dative" or after.lower_ == "of":
        return False  # "gave the Janata Party 240 of the 543 seats": the parse may join the number to the name
    if number.is_alpha and number.text[:1].isupper() and before.is_alpha:
        return True  # "Harbor Nine shareholders", "the Group of Seven leaders"
    if not (before.is_alpha and before.text[:1].isupper()) or before.ent_type_ in NOT_NAMING_A_THING:
        return False
    joined = before.head.i in {number.i, number.head.i} or number.head.i == before.i
    return before.pos_ in {"PROPN", "NOUN"} and joined


@functools.cache
def _rating_words() -> frozenset[str]:
    """Words that rate a thing by the number after them: verify/lexicons/counted.toml `rating_words`."""
    return frozenset(lexicons.load("counted").get("rating_words", []))


def _cautionary_start(text: str, body_start: int) -> int:
    """Where a press release's forward-looking statements begin (a line that is only their heading,
    verify/lexicons/counted.toml `cautionary_headings`), else the end of the text: what follows states
    expectations, which no editor checks."""
    headings = tuple(h.lower() for h in lexicons.load("counted")["cautionary_headings"])
    offset = body_start
    for line in text[body_start:].splitlines(keepends=True):
        if line.strip().lower().rstrip(":.") in headings:
            return offset
        offset += len(line)
    return len(text)


def _spoken_by(claim: Claim, reader: OwnerReader, name: str) -> bool:
    """Whether `name` only says the count: the subject of a verb of saying carrying it as a phrase."""
    source = reader.spoken_by(*claim.span)
    return bool(source) and _same_entity(source, name)  # type: ignore[arg-type]


def _count_owner(claim: Claim, reader: OwnerReader) -> str | None:
    """Whom a count the clause names no owner for is about: the entity its noun's description stands
    for ("the 12 jurors": the jury named before), else the article's topic."""
    noun = _counted_noun(claim, reader)
    if noun is None:
        return None
    return (reader.refs.described(noun) if noun.pos_ == "NOUN" else None) or reader.refs.topic


def _toll_owner(claim: Claim, reader: OwnerReader) -> str | None:
    """What a death toll is the toll of: the named thing hung on it ("the toll from Hurricane Helene"),
    else the article's topic; never who reports it ("the government put the toll at ...")."""
    span = reader.parsed.span_of(*claim.span)
    before = span.doc[span.sent.start : span.start] if span is not None else ()
    toll = next((t for t in reversed(before) if t.lower_ == "toll"), None)
    preps = [c for c in toll.children if c.dep_ == "prep" and c.lower_ in {"from", "of", "in"}] if toll else []
    for pobj in (c for prep in preps for c in prep.children if c.dep_ == "pobj" and c.pos_ in {"NOUN", "PROPN"}):
        if reader._names_something(pobj):
            return reader.subject_name(pobj) or pobj.text
    return reader.refs.topic


@functools.cache
def _valuing_verbs() -> frozenset[str]:
    """Verbs that give a thing's figure after "at": verify/lexicons/counted.toml `valuing_verbs`."""
    return frozenset(lexicons.load("counted")["valuing_verbs"])


def _valued_thing(claim: Claim, reader: OwnerReader) -> Token | None:
    """The thing a figure is given for by a verb of valuing ("the regional government puts the damage at 17.8
    billion euros", "the prosecutor put the haul's value at 88 million euros"): the verb's object, when the
    figure stands after its "at"; None for any other count."""
    span = reader.parsed.span_of(*claim.span)
    number = next((t for t in span or () if t.like_num), None)
    at = number.head if number is not None else None
    while at is not None and at.dep_ in {"nummod", "quantmod", "compound"} and at.head.i != at.i:
        at = at.head  # "17.8 billion euros": the number hangs on its unit, the unit on "at"
    if at is None or at.dep_ != "pobj" or at.head.lower_ != "at":
        return None
    verb = at.head.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _valuing_verbs():
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)


def _valued_owner(thing: Token, reader: OwnerReader) -> str | None:
    """Whom a valued thing's figure is about: its named possessor, the entity its possessor or itself stands for
    (the haul the robbery's, "the damage" the floods' the story reports), else the article's topic."""
    possessor = next((c for c in thing.children if c.dep_ == "poss"), None)
    for noun in (possessor, thing):
        if noun is None:
            continue
        if noun.pos_ == "PROPN" or reader._named(noun):
            return reader.subject_name(noun) or noun.text
        if noun.pos_ == "NOUN" and (found := reader.refs.described(noun) or reader.refs.event_before(noun)):
            return found
    return reader.refs.topic


def _rated_owner(claim: Claim, reader: OwnerReader) -> str | None:
    """What a magnitude is the size of: the named thing or event its noun describes ("the magnitude 6.8
    quake": the earthquake named before, or the one the lede reports unnamed), else the article's topic;
    never the agency that measured it ("the survey, which put its magnitude at 7.4")."""
    span = reader.parsed.span_of(*claim.span)
    noun = next((t for t in span or () if t.pos_ == "NOUN" and t.lower_ != "magnitude"), None)  # "6.4-magnitude
    if noun is None and span is not None:  # aftershock"; "The magnitude 6.8 quake": the noun after it
        after = span.doc[span.end] if span.end < len(span.doc) else None
        noun = after if after is not None and after.pos_ == "NOUN" else None
        noun = noun or (span.root.head if span.root.head.pos_ == "NOUN" else None)
    if noun is None and span is not None and span.root.dep_ == "dobj":  # "The 2023 Korvik earthquake had a
        noun = reader.clause_subject(span.root.head)  # magnitude of 6.8": what has it, the clause's subject
        noun = noun if noun is not None and noun.pos_ == "NOUN" else None
    named = (reader.refs.described(noun) or reader.refs.event_before(noun)) if noun is not None else None
    return named or reader.refs.topic


def _is_clause(token: Token) -> bool:
    """Whether a token is the verb of a clause of its own: where a climb from a count's words stops."""
    return token.pos_ in {"VERB", "AUX"} and token.dep_ in CLAUSE_DEPS


@functools.cache
def _losing_nouns() -> frozenset[str]:
    """Result nouns whose possessor lost ("Norway's 2-1 loss"): verify/lexicons/counted.toml `losing_nouns`."""
    return frozenset(lexicons.load("counted")["losing_nouns"])


@functools.cache
def _holding_words() -> frozenset[str]:
    """Prepositions after a clause's verb that give its counted things to the one they name ("went to Roth",
    "were cast for Roth"): verify/lexicons/counted.toml `holding_prepositions`."""
    return frozenset(lexicons.load("counted")["holding_prepositions"])


@functools.cache
def _of_events() -> frozenset[str]:
    """Nouns for what an event counts (votes, turnout, viewers): verify/lexicons/counted.toml `of_events`."""
    return frozenset(w.lower() for w in lexicons.load("counted")["of_events"])


def _event_counted(claim: Claim, reader: OwnerReader) -> Token | None:
    """The counted noun of a count or share when it is one an event counts: "640 million votes", "99
    percent of polling stations" (the noun a share is of), "a turnout of 61 percent" (the noun the share is the
    measure of); None for other counts."""
    span = reader.parsed.span_of(*claim.span)
    if span is None:
        return None
    noun = span.root if span.root.pos_ == "NOUN" else span.root.head
    nouns = [noun]
    if claim.relation == "share":  # "99.28 percent of polling stations": what the share is of
        nouns += [p for prep in noun.children if prep.lower_ == "of" for p in prep.children if p.dep_ == "pobj"]
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in _events_only():
            nouns.append(noun.head.head)  # "a record turnout of 61 percent": the turnout's measure
    for counted in nouns:
        said = " ".join([*(c.lower_ for c in counted.lefts if c.dep_ == "compound"), counted.lower_])
        if counted.pos_ == "NOUN" and {counted.lower_, counted.lemma_.lower(), said} & _of_events():
            return counted  # "valid votes", "polling stations": the words with the compounds before them
    return None


@functools.cache
def _events_only() -> frozenset[str]:
    """What only an event has, never a candidate ("turnout"): counted.toml `of_events_only`."""
    return frozenset(lexicons.load("counted")["of_events_only"])


def _only_an_events(noun: Token) -> bool:
    """Whether the counted noun is one only an event has, not held by a possessor ("a record turnout of 61
    percent" after "beating Lena Park" is the vote's, not Park's nor the winner's)."""
    return noun.lemma_.lower() in _events_only() and not any(c.dep_ == "poss" for c in noun.children)


def _held_by_someone(noun: Token, reader: OwnerReader) -> bool:
    """Whether someone named holds the counted things: a possessor of them ("Milei's 13.7 million votes"),
    a name they are for ("44 percent for Massa"), or the named subject or person of the clause that takes
    them ("Milei received 13.7 million votes"). Not the whole a share is of ("96 million of the 164.2
    million valid votes"), nor things the clause's own subject is ("votes were counted", "With 99
    percent of polling stations counted") or counts for a thing ("the game, which averaged 126 million
    viewers")."""
    whole = noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NUM"
    if whole:
        return False
    if reader._relative_subject(noun):
        return True  # "the 93 million votes Widodo received": his
    node = noun
    for _ in range(MAX_CLIMB):
        if any(c.dep_ == "poss" for c in node.children):
            return True
        if any(c.lower_ == "for" and any(reader._named(p) for p in c.children) for c in node.children):
            return True
        if _is_clause(node):
            break
        if node.head.i == node.i:
            return True
        node = node.head
    else:
        return True
    if any(c.lower_ in _holding_words() and any(reader._named(o) for o in c.children) for c in node.children):
        return True  # "More than 6 million votes went to Roth", "were cast for Roth": hers
    subject = reader.clause_subject(node)
    if subject is not None and subject.tag_ in {"WDT", "WP"} and node.dep_ == "relcl":
        subject = node.head  # "the game, which averaged ...": the noun the clause describes
    if subject is None:
        return True  # a clause the parse gives no subject: whose it is stays the owner the walk found
    if subject.i in {t.i for t in noun.subtree} or subject.head.i == noun.i:
        return False  # the counted things are the subject: "votes were counted"
    objects = [c for c in node.children if c.dep_ in OBJECTS and c.i not in {t.i for t in noun.subtree}]
    if any(reader.refs.is_person(o) or reader.label(o) == "PERSON" for o in objects):
        return True  # "The commission declared Vega the winner with 52 percent of the vote": hers
    person = subject.lower_ in PERSON_PRONOUNS or reader.refs.is_person(subject)
    person = person or (subject.pos_ == "NOUN" and subject.lemma_.lower() in _person_nouns())  # "the mayor drew 21%"
    return person or reader._named(subject) or subject.pos_ == "PROPN"  # "The RN ... top the first round"


def _event_owner(claim: Claim, reader: OwnerReader) -> str | None:
    """The event a count of what events count belongs to, when no one named holds the counted things: the
    event named nearest before it in its paragraph (its sentence's first), else the event the headline or
    lede reports (verify.nlp.events). "More than 640 million votes were counted" is the election's, not
    the winner's the story is about; "Milei received 13.7 million votes" stays his."""
    noun = _event_counted(claim, reader)
    if noun is None or (not _only_an_events(noun) and _held_by_someone(noun, reader)):
        return None
    doc = noun.doc
    paragraph = reader.text.rfind("\n", 0, noun.idx) + 1
    found = next(filter(None, (_event_at(t, reader) for t in noun.sent)), None)  # its sentence's first
    if found is None:
        for token in reversed(doc[: noun.sent.start]):
            if token.idx < max(paragraph, reader.body_start):
                break
            found = _event_at(token, reader)
            if found:
                break
    return found or next(filter(None, map(reader.refs.event_title, doc)), None)  # the lede's event


def _event_at(token: Token, reader: OwnerReader) -> str | None:
    """The event a token names: an event entity ("Super Bowl LIX"), or a noun for an event the story
    names or leaves unnamed ("the vote", "the runoff")."""
    ent = reader.entity_of.get(token.i)
    if ent is not None and ent.label_ == "EVENT" and token.i == ent.root.i:
        return reader.subject_name(token) or ent.text
    if token.pos_ != "NOUN" or _sort_of(token) is None:
        return None
    return reader.refs.event_title(token) or reader.refs.event_named(token)


def _written(owner: str, body: str, reader: OwnerReader) -> bool:
    """Whether an owner is one the body names, or the reference name of an event it leaves unnamed
    ("2024 Ruritania earthquake", verify.nlp.events): not a name only a Title Case headline gives."""
    return owner in body or owner in reader.refs.titled_events


_RIVALS = frozenset({"PERSON", "ORG", "NORP"})


@functools.cache
def _surviving() -> frozenset[str]:
    """Verbs whose passive agent lists the relatives a person leaves: counted.toml `surviving_verbs`."""
    return frozenset(lexicons.load("counted")["surviving_verbs"])


@functools.cache
def _premium_nouns() -> frozenset[str]:
    """Nouns of a figure reckoned against another's price: counted.toml `premium_nouns`."""
    return frozenset(lexicons.load("counted")["premium_nouns"])


@functools.cache
def _rivalry_words() -> frozenset[str]:
    """Words that set a name against the winner ("ahead of", "over", "against"): counted.toml `rivalry_words`."""
    return frozenset(lexicons.load("counted")["rivalry_words"])


@functools.cache
def _share_words() -> tuple[frozenset[str], frozenset[str]]:
    """The verbs of a poll's finding and the nouns of a share (counted.toml `share_for_verbs`, `share_nouns`)."""
    counted = lexicons.load("counted")
    return frozenset(counted["share_for_verbs"]), frozenset(counted["share_nouns"])


def _set_against(name: Token) -> bool:
    """Whether a name stands after a word of rivalry ("ahead of Lena Park", "over Lena Park"): a rival, whatever
    the recogniser tags it (the small model may take 'Lena Park' for a place)."""
    prep = name.head
    return prep.lower_ in _rivalry_words() or (prep.lower_ == "of" and prep.head.lower_ in _rivalry_words())


def _in_apposition(token: Token, top: Token) -> bool:
    """Whether a token stands in an apposition on the way up to `top` ("a former mayor of Dakar")."""
    while token.i != top.i and token.head.i != token.i:
        if token.dep_ == "appos":
            return True
        token = token.head
    return False


def give_owners(reader: OwnerReader, claims: list[Claim], body_start: int = 0) -> None:
    """Set each count's context and subject (its noun stays its unit), and the subject of each length
    that is no war's, to the entity the parse says it belongs to, where the parse names one and the
    patterns named another (a fuller name the patterns resolved, "Mark Rutte" for the parse's
    "Rutte", stays); a count the parse finds no owner for is about the entity its description stands
    for, else the article's topic. A date said of a common noun is about the entity that noun stands
    for, the noun kept as the date's event (context). An acronym the article spells out is named in
    full. (A length's context stays empty: the duration judge reads it as an event whose start it
    dates.)"""
    body, headline = reader.text[body_start:], reader.text[:body_start]
    cautioned = _cautionary_start(reader.text, body_start)
    days = _day_spans(reader.text)
    claims[:] = [  # a date's day is no count, nor a number that is part of a name ("Falcon 9 rockets")
        c for c in claims if c.kind != "quantity" or not (_a_day(c, days) or _in_a_name(c, reader))
    ]
    kept = [  # a count its clause predicts, supposes, hedges or denies is no claim (the list is the caller's)
        c
        for c in claims
        if c.kind != "quantity" or c.span[0] < body_start or not (c.span[0] >= cautioned or reader.unasserted(*c.span))
    ]
    # what such a count counts still names what a bare number after it counts ("No club had sold 80,000
    # tickets. Vardo sold 60,000": tickets), so the reader keeps them for verify.kinds.quantity.ellipsis
    held = {id(c) for c in kept}  # by identity: `in kept` compared every pair of claims field by field
    reader.unasserted_counts = [c for c in claims if id(c) not in held]
    claims[:] = kept
    unowned: set[int] = set()  # scores of a loss whose winner the article does not name: by identity too
    for claim in claims:
        if claim.span[0] < body_start or claim.kind not in {"quantity", "duration", "date"}:
            continue
        if claim.kind == "date":
            owner = _date_owner(claim, reader)
            if owner and _written(owner, body, reader) and not claim.context and not _same_entity(owner, claim.subject):
                event = None if _a_time(claim.subject) else claim.subject  # "Sunday" is no event a date is of
                claim.subject, claim.context = owner, event
            continue
        if claim.kind == "duration" and claim.context:
            continue
        if claim.kind == "duration":
            owner = _length_owner(claim, reader)
        elif claim.relation == "toll":  # "officials put the death toll at 3,000": the disaster's, not theirs
            owner = _toll_owner(claim, reader)
        elif claim.relation == "magnitude":  # "the survey put its magnitude at 7.4": the quake's, not the survey's
            owner = _rated_owner(claim, reader)
        elif (valued := _valued_thing(claim, reader)) is not None:  # "the government puts the damage at ..."
            owner = _valued_owner(valued, reader)
        elif claim.relation == "score":  # "Vardo beat No. 1 Lund 93-83": the winner's, not whom it beat
            owner = reader.result_owner(*claim.span)
            span = reader.parsed.span_of(*claim.span)
            if owner is None and span is not None and span[-1].pos_ == "NOUN" and reader.lost(span):
                unowned.add(id(claim))  # "Norway suffered a 3-0 defeat": the winner's score, and no winner is named
                continue
        else:  # a tally is about what was voted on: "Republicans drop Jordan by a vote of 112-86"
            owner = reader.owner_of(*claim.span, object_first=claim.relation == "tally", voted_on=_a_vote(claim))
        if claim.kind == "quantity" and claim.relation in {"count", "share"}:
            event = _event_owner(claim, reader)  # "640 million votes were counted": the election's
            counted = _event_counted(claim, reader) if event is None else None
            if counted is not None and _only_an_events(counted):
                owner = counted.text  # "beating Lena Park, with a record turnout of 61 percent": no one's, the turnout
            owner = event or owner
        if claim.kind == "quantity" and not owner:
            owner = _part_of(claim, reader)  # before the patterns' guess at the article's organisation
        people, elsewhere = reader.places_of_subject(*claim.span)  # "A man in Madrid won ...": not Madrid's
        if owner and any(_same_entity(owner, place) for place in elsewhere):
            owner = None
        if claim.kind == "quantity" and claim.context and any(_same_entity(claim.context, p) for p in elsewhere):
            claim.context = None  # the patterns' nearest name was the place
        if claim.kind == "quantity" and elsewhere and claim.subject in {claim.unit, *elsewhere}:
            claim.subject = people  # the people's count: neither the place's nor its unit's
        if owner and _written(owner, body, reader):  # a name only the headline's title case gives is not trusted
            if claim.kind == "quantity" and not (
                claim.context and _known_or_same(claim.context, owner, f"{headline}\n{claim.sentence}")
            ):
                claim.context = owner
            elif claim.kind == "duration" and not _same_entity(owner, claim.subject):
                claim.subject = owner
        if claim.kind == "quantity" and not owner and claim.context and _spoken_by(claim, reader, claim.context):
            claim.context = None  # "the agency said, with 300 people injured": the ministry is the source
        if claim.kind == "quantity" and not owner and _only_the_articles(claim, f"{headline}\n{claim.sentence}"):
            if claim.subject == claim.context:  # "Three more parties cleared the 5% threshold": no alliance
                claim.subject = claim.unit or claim.subject  # named in passing's; the counted noun, as the
            claim.context = None  # patterns write a count they find no owner for
        if claim.kind == "quantity" and not claim.context:
            fallback = _count_owner(claim, reader)
            said = fallback and _spoken_by(claim, reader, fallback)
            claim.context = fallback if fallback and _written(fallback, body, reader) and not said else None
    claims[:] = [c for c in claims if id(c) not in unowned]  # no one else's name may be filled in for them
    for claim in claims:  # an acronym the article spells out is named in full: "the DPP" is the party's
        if claim.span[0] >= body_start and claim.kind in {"quantity", "duration", "date"}:
            if claim.kind == "quantity" and claim.context:
                claim.context = claim.subject = reader.refs.expand(claim.context)  # the noun stays the unit
            elif claim.kind != "quantity":
                claim.subject = reader.refs.expand(claim.subject)
