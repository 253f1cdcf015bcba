"""Whose a page sentence's value is, and whether it is affirmed: the one test the judges share before a sentence
of the subject's page counts for or against a claim.

On the subject's own page not every sentence is about the subject: 'Her husband Per Olsen has been finance
minister since 2019', 'succeeding Tom Berg, who was the youngest at 34', 'an adviser to Per Olsen, finance minister
from 2019 to 2024', 'Her husband Per Olsen (born 3 May 1966)' give another person's post, record, spell or birth.
A value counts as the subject's only when the clause it stands in is said of the subject: its grammatical subject
(or the relative clause, bracket or apposition the value stands in) is not another named person nor a relative
('her husband', 'its coalition'); a pronoun or a description the page uses ('the minister') is taken as the
subject's. And a value the clause denies ('She has not been leader since 2019', 'the first president not to
emerge from the elite') is never the claim without the denial.

The test reads the page's words as written, as `binding` does (a judge never parses a page: replaying a reviewed
claim file loads no language model). It says 'another's' only on positive evidence: a clause it cannot read stays
the subject's, so a page's own sentences keep supporting."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from verify import aliases, lexicons
from verify.link import name_score, plain_capitals
from verify.names import same_person

_WORDS = lexicons.load("judging")["holder"]
_CLAUSE = lexicons.load("judging")["clause"]
_OFFICES = lexicons.load("judging")["offices"]
_NEGATION = lexicons.load("nonfactual")["negation"]


def _any(words: Sequence[str]) -> str:
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))


# a possessive and a noun naming another person or body: 'her husband', "Brandt's father", 'its coalition'
_OTHERS = re.compile(
    rf"\b(?:his|her|their|its|whose|\w+['’]s)\s+(?:(?!(?:as|of|in|to|for|with)\b)[\w-]+\s+){{0,2}}?"
    rf"(?:{_any(_WORDS['others'])})\b",
    re.I,
)
# a fronted phrase: a preposition's ('Since March 2019, ...') or a participle's ('Established in 1945 by the UN
# Charter, the Court began ...')
_FRONTED = re.compile(rf"^\s*(?:(?:(?i:{_any(_WORDS['fronted'])})\b|[A-Z][a-z]+(?:ed|en|ing)\b)[^,;]{{0,80}},\s*)+")
_VERB = re.compile(rf"\b(?:(?:{_any(_WORDS['verbs'])})|[a-z]{{3,}}ed)\b")
# an apposition giving another the subject's name (', also named Karl Moen,'; judging.toml holder.namesake_words):
# the name is a namesake's
_NAMESAKE = re.compile(rf",\s*(?:{_any(_WORDS['namesake_words'])})\s+[^,;()]+,", re.I)
# a relative word (judging.toml clause.relative_words): one pattern the judges and extraction share
RELATIVE_WORDS = _any(_CLAUSE["relative_words"])
RELATIVE = re.compile(rf"\b(?:{RELATIVE_WORDS})\b", re.I)
# with 'that' too (relative_that), where reported speech cannot be meant: after a thing's 'it' or a line's head
RELATIVE_OR_THAT = re.compile(rf"\b(?:{_any([*_CLAUSE['relative_words'], *_CLAUSE['relative_that']])})\b", re.I)
# where a sentence's clauses part: a semicolon, or a comma and a coordinating word before a new subject ('..., but her
# husband'); without the comma the words may be one subject ('Tove Brandt and Per Olsen founded', 'She and her husband')
_NEW_CLAUSE = re.compile(
    r";|,\s+(?:and|but|while|whereas)\s+(?=(?:he|she|they|his|her|their|its)\b|[A-Z][\w'’-]+\s+[A-Z])", re.I
)
# words that open no apposition ('Per Olsen, and later ...', 'Per Olsen, in 2019 ...'): a clause or a phrase
_NO_APPOSITION = frozenset({*_WORDS["fronted"], "and", "or", "but", "to", "for", "including", "who", "which", "whose"})
_PRONOUN = re.compile(r"\s*(he|she|they)\b", re.I)
_SEX = {"he": "m", "his": "m", "him": "m", "she": "f", "her": "f", "hers": "f"}
_OBJECT_PRONOUN = re.compile(r"\s+(?:her|him|them)\b", re.I)
# a run of capitalised words, a quoted nickname or a particle inside it ('John Daniel "Raizin" Caine', 'Cardoso de
# Morais')
_CAPITALISED_RUN = re.compile(
    rf"[A-Z][\w'’-]*\.?(?:\s+(?:(?:{_any(_WORDS['name_particles'])})\s+)*(?:[A-Z][\w'’-]*\.?|[\"“][^\"”]{{1,30}}[\"”]))*"
)
_NOT_NAME_WORDS = frozenset(
    {*(w for w in _OFFICES["post_words"] if w not in _OFFICES["link_words"]), *_CLAUSE["led_institutions"]}
    | {w.lower() for w in _CLAUSE["not_a_name"]}
    | set(lexicons.load("names")["not_name"]["bodies"])
    | {"party", "league", "republic", "kingdom", "states", "nations", "assembly", "front", "movement", "coalition"}
    | set(lexicons.load("dates")["months"])
    | set(_WORDS["places"])
)


def _forms(verb: str) -> str:
    """A pattern of one verb's forms ('fail' -> fail, fails, failed, failing; 'refuse' -> refuses, refused ...;
    'try' -> tries, tried, trying; 'plan' -> planned, planning; 'agree' -> agrees, agreed, agreeing)."""
    v = re.escape(verb)
    if verb.endswith("ee"):
        return v + "(?:s|d|ing)?"
    if verb.endswith("e"):
        return v[:-1] + "(?:e|es|ed|ing)"
    if re.fullmatch(r".*[^aeiou]y", verb):
        return v[:-1] + "(?:y|ies|ied|ying)"
    if re.fullmatch(r"[^aeiou]*[aeiou][^aeiouwxy]", verb):  # one syllable ending in one consonant: doubled
        return v + f"(?:s|{v[-1]}ed|{v[-1]}ing)?"
    return v + "(?:s|ed|ing)?"


def _inflected(verbs: Sequence[str]) -> str:
    """A pattern of each verb's forms (`_forms`)."""
    return "|".join(map(_forms, verbs))


# a verb whose infinitive did not happen ('failed to win', 'refused to sign': nonfactual.toml's, read in the
# article's claims), or was only offered, tried, planned or agreed ('offered to buy', 'was in talks to buy':
# judging.toml's), denies what it governs on a page as well; 'declined to 20%', 'declined to a low' take no verb
_UNREALISED_VERBS = [*_NEGATION["verbs"], *_WORDS["attempted"]]
_UNREALISED_LEAD = rf"(?:{_inflected(_UNREALISED_VERBS)}|{_any(_WORDS['attempted_phrases'])})"
# after a determiner or an owner the word is a noun ('carried out his plan to buy', 'her bid to be re-elected was
# successful'), which tells nothing of whether it was done
_NOT_AFTER_AN_OWNER = "".join(rf"(?<!\b{w}\s)" for w in ("a", "an", "the", "his", "her", "its", "their", "my", "our"))
_UNREALISED_INFINITIVE = (
    rf"\b{_NOT_AFTER_AN_OWNER}(?<!['’]s\s){_UNREALISED_LEAD}\s+to\s+(?!(?:the|a|an|its|his|her|their)\b)(?=[a-z])"
)
_DENIAL = re.compile(
    rf"\b(?:{_any([*(w for w in _WORDS['denials'] if w.isalpha() or ' ' in w), *_WORDS['unrealised']])})\b|n't\b"
    rf"|{_UNREALISED_INFINITIVE}",
    re.I,
)
# each of those leads on its own: a page's 'offered to buy' denies nothing of a claim that words 'offered to' itself
_EACH_LEAD = [
    re.compile(rf"\b(?:{lead})\s+to\b", re.I)
    for lead in [*map(_forms, _UNREALISED_VERBS), *map(re.escape, _WORDS["attempted_phrases"])]
]


def _claimed_too(denied: str, claimed: str) -> bool:
    """Whether the claim's words give the same unrealised infinitive's lead as the page's `denied` ('offered to'
    in 'Jon Dahl offered to buy Korvik Bank'): then the page states what the claim does."""
    return bool(claimed) and any(p.match(denied) and p.search(claimed) for p in _EACH_LEAD)


_NOT_A_DENIAL_AFTER = frozenset({*_NEGATION["exceptions"], "long", "far"})  # 'not only', 'Not long after, ...'
# the value's own words followed by a denied infinitive: 'the first president not to emerge from the elite'
_DENIED_AFTER = re.compile(r"\b(?:not|never)\s+(?:to|having|being)\b", re.I)
_BREAK = re.compile(rf"[,;—–(]|\b(?:{_any([*_CLAUSE['clause_breaks'], *_CLAUSE['relative_words']])})\b", re.I)


def clause_around(sentence: str, at: int) -> tuple[int, int]:
    """Where the clause holding the character `at` begins and ends: a semicolon parts clauses, and so does a comma
    and a coordinating word before a new subject ('She won 30 seats, but her coalition won 42')."""
    start, end = 0, len(sentence)
    for m in _NEW_CLAUSE.finditer(sentence):
        if m.end() <= at:
            start = m.end()
        elif m.start() >= at:
            end = m.start()
            break
    return start, end


def another_holder(names: Sequence[str], sentence: str, start: int, pronoun: str | None = None) -> str | None:
    """The words naming someone else than the subject (known by any of `names`: the claim's subject, its page's
    title) whom the clause holding `sentence[start]` says its value of; None when it is said of the subject or
    the words do not tell. The value's own relative clause, bracket or apposition speaks first ('Gabriel Attal,
    who was the youngest', 'Per Olsen (born 1966)', 'an adviser to Per Olsen, finance minister from 2019'), then
    the clause's grammatical subject ('Since 2019, her husband Per Olsen has been ...', 'Per Olsen, her husband,
    has been ...'). A pronoun is the subject's unless the page calls its person by the other one (`pronoun`: on a
    page that calls her 'she', 'and he became minister in 2019' is someone else's)."""
    begin, end = clause_around(sentence, start)
    part, at = sentence[begin:end], start - begin
    before = part[:at]
    value = part[at : at + 40]
    antecedents = (_relative_antecedent(before), _bracket_antecedent(before), _apposition_antecedent(before, value))
    for whose in (*antecedents, _as_antecedent(before)):
        if whose is not None:
            return _someone_else(names, whose)
    fronted = _FRONTED.match(part)
    front = fronted.end() if fronted else 0
    # 'His father, also named Karl Moen, was mayor': the namesake's apposition is no verb nor the subject (S11)
    body = _NAMESAKE.sub(lambda m: " " * len(m.group(0)), part[front:])
    verb = _VERB.search(body)
    if verb is None or (at >= front and verb.start() > at - front):
        return None  # no verb before the value: the words do not say whose it is ('On 3 May 2019, her husband ...' do)
    after = _CAPITALISED_RUN.match(body[verb.end() :].lstrip())
    if _OBJECT_PRONOUN.match(body[verb.end() :]) or (after is not None and _is_subject(names, after.group(0))):
        return None  # 'Per Olsen appointed her finance minister', 'Donald Trump named Caine as ...': hers
    opening = body[: verb.start()]
    segments = opening.split(",")
    if any(_names_the_subject(names, segment, pronoun) for segment in segments[1:]):
        return None  # 'Daughter of Edo Marr, Tove Brandt was born', 'Like her mentor Per Olsen, she has been'
    said = _PRONOUN.match(opening)
    if said is not None and pronoun is not None and _SEX.get(said.group(1).lower(), _SEX[pronoun]) != _SEX[pronoun]:
        return said.group(1)  # 'he' on a page that calls its person 'she'
    if (
        said is not None
        and sentence[begin - 1 : begin] == ";"
        and (other := _before_the_semicolon(names, sentence[: begin - 1], said.group(1), pronoun))
    ):
        return other  # 'His son, Per Moen, was born in 1992; he became chief executive': the son's (review47 S20)
    whose = _someone_else(names, opening.split(",")[0] if not _OTHERS.match(opening.strip()) else opening, any_one=True)
    # 'Her running mate, Ana Berg, has been', 'The brother of Tove Brandt has been'
    return whose if whose is not None else _belonging(names, opening, pronoun)


def _before_the_semicolon(names: Sequence[str], before: str, said: str, pronoun: str | None) -> str | None:
    """The other person a pronoun opening a clause after a semicolon stands for: the one the clause before it is said
    of ('His son, Per Moen, was born in 1992; he became chief executive of Korvik Bank in 2020' -> 'His son'), when
    that one is not the subject, is named by name and no word of theirs gives them the other sex ('Her husband, Per
    Moe, died in 2020; she became chair': hers). None when the clause before is the subject's ('He joined Korvik Bank
    in 1990; he became its chief executive') or tells of an unnamed kin, where the page turns back to its subject by
    contrast ('His father ran a small shop; he founded Moen Shipping in 1988': review48 B5)."""
    sex = _SEX.get(said.lower())
    if sex is None or not before.strip():
        return None
    other = another_holder(names, before, len(before.rstrip()) - 1, pronoun)
    if other is None:
        return None
    if not _names_its_kin(before.rsplit(";", 1)[-1].lstrip()):
        return None  # 'His father ran a small shop; he founded Moen Shipping': back to the subject (review48 B5)
    words = set(re.findall(r"[a-z]+", other.lower()))
    told = {"m" for _ in words & _MALE_WORDS} | {"f" for _ in words & _FEMALE_WORDS}
    return other if sex in told or not told else None


def _names_its_kin(clause: str) -> bool:
    """Whether a clause opens with a kin named by name ('His son, Per Moen, was born', 'His son Per was born'): a
    person the page tells of in their own right, whom a pronoun after the semicolon can go on with."""
    kin = _OTHERS.match(clause)
    return kin is not None and re.match(r",?\s+[A-Z]", clause[kin.end() :]) is not None


_MALE_WORDS = frozenset(lexicons.load("names")["gender"]["male_words"])
_FEMALE_WORDS = frozenset(lexicons.load("names")["gender"]["female_words"])


# a clause's subject that is someone's or something's of the person: 'her running mate', 'the brother of Tove Brandt'
_POSSESSED = re.compile(r"\s*(?:his|her|their)\s+(?P<noun>[^,;()]+)", re.I)
_OF_SOMEONE = re.compile(r"\s*the\s+(?P<noun>(?:[\w'’-]+\s+){1,3}?)of\s+(?P<whose>[^,;()]+)", re.I)
_OWN_THINGS = frozenset(_WORDS["own_things"])


def _belonging(names: Sequence[str], opening: str, pronoun: str | None) -> str | None:
    """The words of a clause's subject that name someone or something of the person's, not the person: a possessive
    ('her running mate', 'his chief of staff') or 'the ... of' the person ('the brother of Tove Brandt'), whatever
    the noun, unless it names a thing of the person's own life that a post can be (`own_things`: 'her first post
    was', 'her tenure'); None for any other subject."""
    m = _POSSESSED.match(opening)
    if m is None:
        m = _OF_SOMEONE.match(opening)
        if m is None or not _names_the_subject(names, m["whose"], pronoun) or _is_its_name(names, m.group(0)):
            return None
    words = set(re.findall(r"[a-z]+", aliases.fold(m["noun"])))
    return None if words & _OWN_THINGS else m.group(0).strip()


def _is_its_name(names: Sequence[str], words: str) -> bool:
    """Whether 'the ... of ...' words are the subject's own whole name ('The Bank of Norland' on the Bank of
    Norland's page), not a thing of a subject named by their tail ('the brother of Tove Brandt')."""
    said = aliases.fold(re.sub(r"^\s*the\s+", "", words, flags=re.I))
    return any(name and aliases.fold(re.sub(r"^\s*the\s+", "", name, flags=re.I)) == said for name in names)


def _names_the_subject(names: Sequence[str], words: str, pronoun: str | None) -> bool:
    """Whether words are the subject: a pronoun of the page's person's sex (any, the page's unknown), or a name of
    theirs ('Brandt'), not a possessive ("Brandt's husband")."""
    said = _PRONOUN.match(words)
    if said is not None:
        return pronoun is None or _SEX.get(said.group(1).lower(), _SEX[pronoun]) == _SEX[pronoun]
    runs = [r.group(0) for r in _CAPITALISED_RUN.finditer(plain_capitals(words))]
    return any(not re.search(r"['’]s$", r) and _is_subject(names, r) for r in runs)


def _relative_antecedent(before: str) -> str | None:
    """The words a relative clause the value stands in hangs from ('succeeding Gabriel Attal, who was the'
    -> 'succeeding Gabriel Attal'), its own 'whose' noun with them ('Brandt, whose husband'); None when the value
    stands in no open relative clause (a comma closes it: 'Attal, who was 34, became ...')."""
    found = list(RELATIVE.finditer(before))
    if not found or "," in before[found[-1].end() :]:
        return None
    m = found[-1]
    kin = _OTHERS.match(before, m.start()) if m.group(0).lower() == "whose" else None
    return kin.group(0) if kin is not None else before[: m.start()].rstrip(" ,")


# a name given a post by 'as' ('with Eva Lund as his deputy mayor'), a few words of the post before the value
_GIVEN_AS = re.compile(
    rf"\b(?P<giving>{_any(_WORDS['giving_a_post'])})\s+(?P<whose>[A-Z][^,;()]*?)\s+as\s+"
    r"(?:(?P<its>his|her|their|its|the|a|an)\s+)?(?:[a-z][\w'’-]*\s+){0,2}$"
)
# a verb of serving before 'with': 'he has served with Mayor Jon Dahl as deputy mayor' names whom he serves beside; an
# adverb or a time may stand between ('has served together with', 'has served since March 2017 with'), a noun may not
# ('has been mayor since 2017 with Eva Lund as deputy mayor': hers)
_SERVING_BETWEEN = (
    rf"(?:\s+(?:[a-z]+ly|{_any(_WORDS['serving_beside_adverbs'])}|(?:{_any(_WORDS['serving_beside_times'])})\s+"
    rf"(?:\d{{1,2}}\s+)?(?:(?:{_any(aliases.MONTHS)})\s+)?\d{{4}}))*"
)
_SERVING_WITH = re.compile(rf"\b(?:{_any(_WORDS['serving_beside'])}){_SERVING_BETWEEN}\s*$", re.I)


def _as_antecedent(before: str) -> str | None:
    """The name a post after 'as' is given to, when 'with' or a verb of appointing names it ('He has been Mayor of
    Halden since 2017, with Eva Lund as his deputy mayor' -> 'Eva Lund'): the value is that name's post, not the
    clause subject's (review47 S18). The subject's own name there ('Dahl named Moen as his deputy', on Moen's page)
    is read as the subject by `_someone_else`. After a verb of serving, 'with' names whom the subject serves beside,
    and a post after 'as' with no possessive is the subject's ('he has served with Mayor Jon Dahl as deputy mayor')."""
    given = _GIVEN_AS.search(before)
    if given is None:
        return None
    beside = _SERVING_WITH.search(before[: given.start()]) is not None
    if given["giving"] == "with" and given["its"] not in _OWNERS and beside:
        return None  # 'he has served with Mayor Jon Dahl as deputy mayor': his own post beside Dahl (review48 B2)
    return given["whose"]


_OWNERS = frozenset({"his", "her", "their"})  # 'served with Eva Lund as his deputy': the post his gives her


def _bracket_antecedent(before: str) -> str | None:
    """The words a bracket the value stands in follows ('Her husband Per Olsen (born' -> 'Her husband Per Olsen')."""
    opened = before.rfind("(")
    if opened < 0 or ")" in before[opened:]:
        return None
    return before[:opened].rstrip()


def _apposition_antecedent(before: str, value: str) -> str | None:
    """The words an apposition the value stands in follows: a comma, then a few lower-case words of no verb
    ('an adviser to Per Olsen, finance minister from' -> 'an adviser to Per Olsen')."""
    comma = before.rfind(",")
    if comma < 0:
        return None
    between = before[comma + 1 :]
    words = between.split() or value.split()[:1]  # the value may open the apposition ('Per Olsen, finance minister')
    between = between if between.strip() else f" {' '.join(words)} "
    if not words or words[0].lower() in _NO_APPOSITION or _VERB.search(between) or len(words) > 6:
        return None
    if not re.fullmatch(r"\s*(?:[a-z][\w'’-]*\s*)+", between):
        return None  # 'born in Sundby, Norby County': a capitalised word after the comma is a place's
    if _own_post_apposed(before[:comma], f"{between} {value}"):
        return None  # 'he was the director of the Korvik Museum, the first non-Norbian head': the director's words
    return before[:comma]


# a copula's complement that is a post of a body, running up to the comma: 'he was the director of the Korvik Museum'
_OWN_POST_BEFORE = re.compile(
    r"\b(?:is|was|has\s+been|had\s+been|became|becomes)\s+(?:the|a|an)\s+(?P<post>(?:[a-z][\w'’-]*\s+){0,2}?"
    r"(?P<head>[a-z][\w'’-]*))\s+of\s+(?:the\s+)?(?P<body>[A-Z][\w'’.-]*(?:\s+(?:(?:of|the|and|for)\s+)*[A-Z][\w'’.-]*)*)"
    r"\s*$"
)
_PERSON_POSTS = frozenset(w.lower() for w in (*aliases.OFFICE_HEADS, *aliases.BARE_HEADS) if " " not in w)


def _own_post_apposed(antecedent: str, apposition: str) -> bool:
    """Whether an apposition follows the clause subject's own post ('he was the director of the Korvik Museum, the
    first non-Norbian head of the museum'): the copula's complement, a post of a body, ends right at the comma, and
    the apposition names a post too; it tells the post's holder, not the body the post's 'of' names. A post of a
    person ('the secretary of Ivo Stam, the first ...') leaves the apposition to that person."""
    own = _OWN_POST_BEFORE.search(antecedent)
    if own is None or own["head"].lower() not in _PERSON_POSTS:
        return False
    from verify.nlp.reference import no_person_nouns  # late: holder is read without the linguistic layer too

    body = own["body"]
    if _name_part(body) and not {w.lower() for w in body.split()} & (no_person_nouns() | _NOT_NAME_WORDS):
        return False  # 'the secretary of Ivo Stam, the first ... head': the apposition is Ivo Stam's (review46 B2)
    return any(w.lower() in _PERSON_POSTS for w in re.findall(r"[A-Za-z]+", apposition))


def holds_a_verb(words: str) -> bool:
    """Whether words hold a verb ('Eva Lund is a politician, the daughter of'), so name no one by themselves."""
    return _VERB.search(words) is not None


def bracket_follows(names: Sequence[str], before: str) -> bool:
    """Whether the words a bracket follows (`before`, up to it) end with a name of the subject's ('Lena Sand (',
    'Margaret Hilda Thatcher, Baroness Thatcher ('): a bracket is said of the name or noun right before it, so
    'the daughter of Ivo Stam (', 'Ivo Stam, the former prime minister (' and 'Her father, a painter (' are not."""
    words = before.rstrip()
    run = next((r for r in _CAPITALISED_RUN.finditer(plain_capitals(words)) if r.end() == len(words)), None)
    return run is not None and _is_subject(names, run.group(0))


def _someone_else(names: Sequence[str], words: str, any_one: bool = False) -> str | None:
    """`words` name another person or body than the subject: a relative of theirs ('her husband') or a person's
    name that is none of `names` (a run of two or more capitalised words, no post's or body's word). Of a relative
    clause's, a bracket's or an apposition's antecedent only its last words count, the noun the value hangs from
    ('an adviser to Per Olsen, finance minister'; 'an American general who is serving as' is a description, the
    subject's); of a clause's subject (`any_one`) every name, one of them the subject's making it hers ('Tove
    Brandt and Per Olsen founded ...')."""
    words = words.rstrip(" ,")
    # a possessive names someone's relative or thing, not them ("Brandt's husband")
    runs = [r for r in _CAPITALISED_RUN.finditer(plain_capitals(words)) if not re.search(r"['’]s$", r.group(0))]
    if not any_one:
        runs = [r for r in runs if r.end() == len(words)]  # the name the antecedent ends with, if it ends with one
        last = runs[0].start() - 1 if runs else len(words)  # a relative right before that name, or at the end
        kin = next((k for k in _OTHERS.finditer(words) if k.end() >= last), None)
    elif _PRONOUN.match(words) or any(_is_subject(names, words[r.start() : r.end()]) for r in runs):
        return None  # 'She and her husband have', 'Tove Brandt and Per Olsen founded': she is one of them
    else:
        kin = _OTHERS.search(words)
    if kin is not None:
        return kin.group(0)
    if any(_is_subject(names, words[r.start() : r.end()]) for r in runs):
        return None
    people = [p for p in (_name_part(words[r.start() : r.end()]) for r in runs) if p]
    if not people and any_one and _another_name_alone(names, words):
        return words.strip()  # 'Olsen has been finance minister since 2019' on Tove Brandt's page
    return people[-1] if people else None


_A_NAME_ALONE = re.compile(r"\s*[A-Z][a-z][\w'’-]*\s*")
_NOT_ONES_NAME = frozenset({*_NOT_NAME_WORDS, *lexicons.load("names")["not_name"]["function"], *_CLAUSE["not_a_name"]})


def _another_name_alone(names: Sequence[str], words: str) -> bool:
    """Whether a clause's whole subject is one capitalised word that is a name and none of the subject's: a surname
    the page gave another person before ('She was succeeded by Per Olsen. Olsen has been ...'). Not a word of the
    subject's names ('Lula' of 'Luiz Inácio Lula da Silva'), a post's, a body's or a function word, nor a country."""
    if not _A_NAME_ALONE.fullmatch(words):
        return False
    word = aliases.fold(words.strip())
    own = {w for name in names for w in re.findall(r"[a-z]+", aliases.fold(name))}
    if word in own | _NOT_ONES_NAME or aliases.country_of(words.strip()) or aliases.country_of(word):
        return False
    return not _is_subject(names, words.strip())


def _name_part(run: str) -> str | None:
    """The person's name a capitalised run ends with ('Finance Minister Per Olsen' -> 'Per Olsen'), when it has
    two or more words none of which names a post, a body or a month or is an acronym, and is no country's name."""
    words = [w for w in run.split() if w[:1] not in {'"', "“"} and w[-1:] not in {'"', "”"}]
    while words and aliases.fold(words[0]) in _NOT_NAME_WORDS | {"the"}:
        words.pop(0)
    tail: list[str] = []
    for word in reversed(words):
        if aliases.fold(word) in _NOT_NAME_WORDS or (len(word) > 1 and word.isupper()):
            break  # a post's, a body's or a month's word, or an acronym ('the UN Charter')
        tail.insert(0, word)
    name = " ".join(tail)
    return name if len(tail) >= 2 and aliases.country_of(name) is None else None  # 'South Africa' is no person


@functools.lru_cache(maxsize=4096)
def _is_subject_named(name: str, run: str) -> bool:
    return name_score(name, run) >= 85 or same_person(name, run)


def _is_subject(names: Sequence[str], run: str) -> bool:
    return any(name and _is_subject_named(name, run) for name in names)


_COPULA_THEN = re.compile(rf"[^,;()]*?\b(?:{_any(_CLAUSE['calling_copulas'])})\s+(?=[A-Z])")


def named_by_the_copula(names: Sequence[str], sentence: str, start: int) -> str | None:
    """The other person a copula names after the clause's subject the value stands in: 'The youngest prime minister
    of Velmara was Edo Marr' gives the record to Edo Marr, whatever page it is on (`another_holder` reads the
    subject before the verb, and this value is that subject); None when the value stands after the clause's verb,
    or the copula names the subject ('The youngest prime minister was Ilo Marr') or no one."""
    begin, end = clause_around(sentence, start)
    part, at = sentence[begin:end], start - begin
    fronted = _FRONTED.match(part)
    front = fronted.end() if fronted else 0
    if at < front or _VERB.search(part[front:at]):
        return None
    copula = _COPULA_THEN.match(part, at)
    if copula is None:
        return None
    run = _CAPITALISED_RUN.match(part, copula.end())
    if run is None or re.search(r"['’]s$", run.group(0)) or _is_subject(names, run.group(0)):
        return None  # "... was Edo Marr's successor": a possessive names someone's thing, not who it is
    return _name_part(run.group(0))


def denial(sentence: str, start: int, end: int, claimed: str = "") -> str | None:
    """The word that denies the value at `sentence[start:end]` in its clause ('She has not been leader of the
    Green League since', 'She was never born in'), or gives it as only wanted ('needed 42 seats for a majority'),
    or the denied infinitive right after it ('the first president not to emerge'); None when the clause affirms
    it. 'not only', 'Not long after' deny nothing, nor an unrealised infinitive's lead the claim's words
    (`claimed`) give themselves ('offered to buy' of 'Jon Dahl offered to buy Korvik Bank')."""
    begin = max((m.end() for m in _BREAK.finditer(sentence, 0, start)), default=0)
    for m in _DENIAL.finditer(sentence, begin, start):
        after = sentence[m.end() :].split()
        if (not after or after[0].lower().strip(",") not in _NOT_A_DENIAL_AFTER) and not _claimed_too(
            m.group(0), claimed
        ):
            return m.group(0)
    m = _DENIED_AFTER.search(sentence, start, end + 30)  # in the value's words or right after them, in its phrase
    if m is None or re.search(r"[,;(—–]", sentence[end : max(end, m.start())]):
        return None  # 'finance minister since 2019, not to mention ...', ', never having lost a vote': no denial of it
    return m.group(0).strip(" ,")


def said_of(
    names: Sequence[str], sentence: str, start: int, end: int, pronoun: str | None = None, claimed: str = ""
) -> bool:
    """Whether the value at `sentence[start:end]` is said of the subject (known by `names`, and by `pronoun` on its
    own page: `pronoun_of`) and affirmed: the one question a judge asks of a page sentence before it counts for or
    against a claim."""
    return another_holder(names, sentence, start, pronoun) is None and denial(sentence, start, end, claimed) is None


def titled_name_after(names: Sequence[str], sentence: str, end: int) -> str | None:
    """The other person's name the value ending at `sentence[end]` stands right before as a title ('the Nobel laureate
    Ivo Stam', 'behind the gold medallist Ana Ruiz'): a post or description written before a name is that name's,
    not the clause's subject's; None when no name follows or it is the subject's ('Prime Minister Eva Lund')."""
    start = len(sentence[:end].rstrip()) + 1  # the word after the value's, whether `end` is before the space or after
    run = _CAPITALISED_RUN.match(sentence, start) if sentence[start - 1 : start].isspace() else None
    if run is None or _is_subject(names, run.group(0)):
        return None
    return _name_part(re.sub(r"['’]s$", "", run.group(0)))


@functools.lru_cache(maxsize=256)
def pronoun_of(text: str) -> str | None:
    """'he' or 'she': the pronoun a page calls its person by, when its opening uses one at least twice and three
    times as often as the other; None for a page that does not tell (a body's, a couple's)."""
    head = text[:_PRONOUN_READ]
    he = len(re.findall(r"\b(?:he|his|him)\b", head, re.I))
    she = len(re.findall(r"\b(?:she|her|hers)\b", head, re.I))
    if he >= 2 and he >= 3 * she:
        return "he"
    if she >= 2 and she >= 3 * he:
        return "she"
    return None


_PRONOUN_READ = 4000  # characters of a page's opening read for its person's pronoun


def only_pronoun(text: str) -> str | None:
    """'he' or 'she' when the text uses the one and never the other (a short page `pronoun_of` cannot decide: 'She
    won two gold medals.'); None when it uses both or neither."""
    he, she = _HE.search(text) is not None, _SHE.search(text) is not None
    return "he" if he and not she else "she" if she and not he else None


def from_folded(text: str, folded_at: int) -> int:
    """Where in `text` the word stands that `aliases.fold(text)` has at `folded_at` (fold drops punctuation and
    spaces, so its offsets are not the text's): the same word, counted from the start."""
    index = len(aliases.fold(text)[:folded_at].split())
    words = list(re.finditer(r"[\w'’.]+", text))
    return words[index].start() if index < len(words) else len(text)


_SHE = re.compile(r"\b(?:she|her|hers|herself)\b", re.I)
_HE = re.compile(r"\b(?:he|him|his|himself)\b", re.I)


def pronoun_read(subject: str, text: str, sentence: str) -> str | None:
    """'he' or 'she' when a claim's subject was read from that pronoun: its sentence names no word of the subject,
    and the claim's words (else its sentence's words before them) say only that one ('She was born in Bangkok',
    'She ... and has two children'). None for a named subject, or words that use both or neither."""
    words = [w for w in re.findall(r"[a-z]{3,}", aliases.fold(subject)) if w not in _CLAUSE["stop_words"]]
    said = set(re.findall(r"[a-z]+", aliases.fold(sentence)))
    if not words or any(w in said for w in words):
        return None
    at = sentence.find(text) if text else -1
    for part in (text, sentence[:at] if at > 0 else ""):
        she, he = bool(_SHE.search(part)), bool(_HE.search(part))
        if she != he:
            return "she" if she else "he"
    return None
