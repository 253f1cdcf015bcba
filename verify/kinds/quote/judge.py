"""Judging quotes: a retrieved passage that quotes the phrase and ties it to the claimed speaker supports
it. Words on a page say nothing about who said them: a page quoting them from someone else, or from
nobody it names, leaves the quote unverified (its finding is neutral evidence, shown, never support)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from verify import aliases, lexicons
from verify.extract.patterns import SPEECH_VERB
from verify.kinds.base import Aspect, Finding, Stance
from verify.kinds.quote.attribution import ANOTHER, REFUSED, page_speaker
from verify.match import Unit, units
from verify.models import Claim, Document
from verify.nlp import negation

if TYPE_CHECKING:
    from spacy.tokens import Token

UNATTRIBUTED = "unattributed"  # the extractor's speaker for words it could tie to no one

# The words between a speech verb's subject and the verb: 'Stam has often said', 'Ruiz then replied'.
_BETWEEN = r"(?:\s+(?:also|then|later|once|often|has|had|have|repeatedly|publicly|reportedly))*"
# A verb that gives the words after it to its subject: a verb of saying, or of calling ('Ivo Stam called the plan "…"').
_GIVES_WORDS = rf"(?:{SPEECH_VERB}|{'|'.join(map(re.escape, lexicons.load('judging')['quote']['naming_verbs']))})"
# Such a verb's subject just before it: a run of capitalised words ('Prime Minister Ivo Stam said'), a person
# described through another ('her predecessor said', 'his spokesman, said'), who is not that other, or someone told
# by an indefinite noun phrase ('A 2023 editorial called', 'an opposition MP said', 'a defiant Ruiz called'), who is
# whomever its words name, if anyone.
_NOT_PLURALS = [re.escape(w) for w in lexicons.load("judging")["quote"]["not_plurals"]]
_SUBJECT_BEFORE = re.compile(
    rf"(?:(?P<name>(?:[A-Z][\w'’.\-]*\s+)*[A-Z][\w'’.\-]*)|\b(?P<other>(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)(?:\s+(?!(?:he|she|it|they|we|i)\b)[a-z][\w\-]*){{1,2}})"
    rf"|\b(?P<someone>(?:[Aa]n?)(?:\s+(?!(?:he|she|it|they|we|i)\b)[\w\-]+){{1,3}})"
    # many people told by a plural noun ('critics said', 'opposition leaders said', 'supporters of the deal said'):
    # not the one person the page is about
    rf"|(?<![\w'’])(?P<many>(?!(?:{'|'.join(_NOT_PLURALS)})\b)[a-z][\w\-]*[a-rt-z]s(?:\s+of\s+(?:the\s+)?[a-z][\w\-]*)?))"
    rf"{_BETWEEN}\s+{_GIVES_WORDS}\b[^\"“‘.!?]*$"
)
# The subject after the quote: '"…," Ruiz replied', '"…," said Ruiz'.
_SUBJECT_AFTER = re.compile(
    rf"^[\s,.!?\"”’']*(?:{SPEECH_VERB}\s+(?P<name1>(?:[A-Z][\w'’.\-]*\s+)*[A-Z][\w'’.\-]*)"
    rf"|(?P<name2>(?:[A-Z][\w'’.\-]*\s+)*[A-Z][\w'’.\-]*){_BETWEEN}\s+{SPEECH_VERB}\b)"
)
# Capitalised words that open a sentence or a clause without naming anyone ('In 2023 Stam said', 'He said').
_NOT_NAMES = frozenset(
    {"the", "a", "an", "in", "on", "at", "as", "after", "before", "when", "then", "but", "and"}
    | {"he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those"}
)


def _name_words(speaker: str) -> list[str]:
    """The words that name the speaker in a passage: the whole name and its last capitalised word
    ("Mark Rutte" -> "Rutte", "NATO leaders" -> "NATO")."""
    names = [aliases.fold(speaker)]
    capitalised = [w for w in speaker.split() if w[:1].isupper() and len(w.strip(".,")) >= 3]
    if capitalised:
        names.append(aliases.fold(capitalised[-1]))
    return [n for n in names if n]


def _own_page(doc: Document, speaker: str) -> bool:
    """The speaker's own page: its title (without a "(politician)" qualifier) is the speaker's name."""
    title = aliases.fold(doc.title.split(" (")[0])
    return bool(title) and fuzz.token_set_ratio(title, aliases.fold(speaker)) >= 90


def _names_speaker(passage: str, speaker: str) -> bool:
    folded = aliases.fold(passage)
    return any(re.search(rf"\b{re.escape(name)}\b", folded) for name in _name_words(speaker))


def _named(words: str | None) -> str | None:
    """A name in a speech verb's subject, without the words that open a clause ('In', 'He', 'The')."""
    kept = [w for w in (words or "").split() if w.lower().strip(".") not in _NOT_NAMES]
    return " ".join(kept) or None


def _said_by(sentence: str, phrase: str) -> str | None:
    """Whom the sentence quoting `phrase` gives the words to, when it says: the subject of the speech verb
    before the quote ('her predecessor Ivo Stam said Norby had "…"') or after it ('"…," Ruiz replied').
    A person described through another ('her predecessor said') is told by the mark OTHER; None where the
    sentence names no one (a pronoun, 'the press secretary said', a verb after an aside)."""
    found = fuzz.partial_ratio_alignment(phrase.lower(), sentence.lower())
    if found is None:
        return None
    before = _SUBJECT_BEFORE.search(sentence[: found.dest_start].rstrip(" \"“‘'"))
    if before and (before["other"] or before["many"]):
        return OTHER
    if before and before["someone"]:
        return before["someone"]  # 'A 2023 editorial' names no one; 'a defiant Ruiz' names her
    if before and (name := _named(before["name"])):
        return name
    after = _SUBJECT_AFTER.match(sentence[found.dest_end :])
    return _named(after["name1"] or after["name2"]) if after else None


OTHER = ANOTHER  # `_said_by`'s mark for a speaker described only through someone else

# A speaker the extractor names as a person's family ('family of Ana Ruiz', '"…," her family said'): the family,
# not the person, so neither the person's own page nor the person's name ties words to it.
_FAMILY_OF = "family of "
# A sentence that gives its quoted words to a family: 'her family said', '"…," the family said', 'said the family'.
_FAMILY_SAID = re.compile(
    rf"\bfamily{_BETWEEN}\s+{SPEECH_VERB}\b|\b{SPEECH_VERB}\s+(?:the|his|her|their)\s+family\b", re.I
)


def ties_to_speaker(doc: Document, passage: str, speaker: str, sentence: str = "", phrase: str = "") -> bool:
    """Whether a passage quoting the words shows `speaker` as the one who said them. Where the quoting
    `sentence` gives them to someone (its speech verb's subject), that decides; a name elsewhere in the
    passage or the page being the speaker's does not make another's words theirs. Where it names no one,
    the speaker's own page or their name in the passage ties them. An unattributed quote claims no speaker,
    so the words alone settle it."""
    if speaker == UNATTRIBUTED:
        return True
    if speaker.startswith(_FAMILY_OF):  # the person's page ties a family's words only where it gives them to one
        person = speaker.removeprefix(_FAMILY_OF)
        tied = _own_page(doc, person) or _names_speaker(passage, person)
        return tied and _FAMILY_SAID.search(sentence) is not None
    parsed = page_speaker(sentence, phrase) if sentence and phrase else None
    if parsed is not None:  # the parse's verb of saying above the words: a clause or a passive of its own
        return parsed not in {ANOTHER, REFUSED} and _names_speaker(parsed, speaker)
    said_by = _said_by(sentence, phrase) if sentence and phrase else None
    if said_by is not None:
        return said_by != OTHER and _names_speaker(said_by, speaker)
    return _own_page(doc, speaker) or _names_speaker(passage, speaker)


def quote_findings(claim: Claim, docs: list[Document]) -> list[Finding]:
    phrase = aliases.fold(claim.value or "")
    if len(phrase) <= 8:
        return []
    out = []
    for doc in docs:
        doc_units = units(doc)
        for at, unit in enumerate(doc_units):
            score = _in_whole_words(phrase, aliases.fold(unit.text))
            if score < 95:
                continue
            if (denial := _denial_cut_off(claim, unit.text)) is not None:
                detail = f"quotes the phrase after '{denial}', which the claim's quotation leaves out"
                out.append(Finding(unit, Stance.NEUTRAL, score, Aspect.MAIN, detail))
            elif (denial := _denial_added(claim, unit.text)) is not None:
                detail = f"quotes the phrase that the claim denies with '{denial}', with no denial of its own"
                out.append(Finding(unit, Stance.NEUTRAL, score, Aspect.MAIN, detail))
            elif (figures := _other_figures(claim.value or "", unit.text)) is not None:
                detail = f"quotes the words with {figures or 'no figure'} where the claim's quotation has another"
                out.append(Finding(unit, Stance.NEUTRAL, score, Aspect.MAIN, detail))
            elif (other := _named_otherwise(claim, unit.text)) is not None:
                out.append(Finding(unit, Stance.NEUTRAL, score, Aspect.MAIN, f"quotes the phrase {other}"))
            elif page_speaker(unit.text, claim.value or "") == REFUSED:
                detail = "quotes the phrase as words its sentence's subject would not say"
                out.append(Finding(unit, Stance.NEUTRAL, score, Aspect.MAIN, detail))
            elif ties_to_speaker(doc, _passage(doc_units, at), claim.subject, unit.text, claim.value or ""):
                out.append(Finding(unit, Stance.SUPPORTS, score, Aspect.MAIN, "quotes the phrase"))
            else:
                detail = f"quotes the phrase but does not name {claim.subject} as saying it"
                out.append(Finding(unit, Stance.NEUTRAL, score, Aspect.MAIN, detail))
    return out


# a naming verb, then what it names, right before the quoted words: 'called the deal "…"', 'described it as "…"'
_NAMES_A_THING = re.compile(
    rf"\b(?:{'|'.join(map(re.escape, lexicons.load('judging')['quote']['naming_verbs']))})\s+"
    r"(?P<thing>[^\"“‘.;:!?]{1,80}?)(?:\s+as)?$",
    re.I,
)
_NOT_THE_THING = frozenset(lexicons.load("judging")["quote"]["not_the_thing"])  # 'the', 'it', 'her': no thing
_A_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_OPENING_TIME = re.compile(r"^\s*(?:In|During|By|Since|Until)\s+(?:\w+\s+){0,2}(?:1[89]|20)\d\d\b")


def _naming(sentence: str, phrase: str) -> tuple[set[str], set[str]] | None:
    """What a naming verb right before the quoted `phrase` names ('called the deal "a disaster"': {'deal'}), and
    the years the sentence opens with or gives after the quotation (its time: 'In 2023 she called ...', '... "a
    disaster" in 2019'). None when no naming verb stands right before the words."""
    found = fuzz.partial_ratio_alignment(phrase.lower(), sentence.lower())
    if found is None:
        return None
    before = sentence[: found.dest_start].rstrip(" \"“‘'")
    named = _NAMES_A_THING.search(before)
    if named is None:
        return None
    thing = {w for w in re.findall(r"[a-z0-9]+", aliases.fold(named["thing"])) if w not in _NOT_THE_THING}
    opening = _OPENING_TIME.match(sentence)  # 'In 2023 she called ...'; not an aside's 'Ruiz, elected in 2019,'
    rest = (opening.group(0) if opening else "") + " " + sentence[found.dest_end :]
    return thing, set(_A_YEAR.findall(rest))


def _named_otherwise(claim: Claim, sentence: str) -> str | None:
    """How a page sentence gives the claimed words to another thing or time than the claim's, when both name what
    they were said of with a naming verb ('Ana Ruiz called the budget "a disaster"' against 'In 2023 she called the
    deal "a disaster"': 'said of the deal'), or both give the year ('... "a disaster" in 2019': 'said in 2023'):
    the words said of one thing, or on one day, are no quote about another (review36 R9). None when they agree or
    either leaves it unsaid."""
    phrase = claim.value or ""
    claimed, given = _naming(claim.sentence, phrase), _naming(sentence, phrase)
    if claimed is None or given is None:
        return None
    (thing, years), (page_thing, page_years) = claimed, given
    if thing and page_thing and not thing & page_thing:
        return f"said of '{' '.join(sorted(page_thing))}', not of what the claim names"
    if years and page_years and not years & page_years:
        return f"as said in {', '.join(sorted(page_years))}, not {', '.join(sorted(years))}"
    return None


def _in_whole_words(phrase: str, text: str) -> float:
    """How closely `text` holds the quoted `phrase` (rapidfuzz's partial ratio), its best-matching words read whole:
    a match that starts or ends inside a longer word is scored against that word ('a success' is no quote of 'a
    successor to failure', nor 'a win for Norby' of 'a win for Norbyans abroad': review33 R11). The words found whole
    anywhere in `text` hold it, even after a longer word's match ('"a successor ..." and "a success"': review34 B6)."""
    if re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", text):
        return 100.0
    found = fuzz.partial_ratio_alignment(phrase, text)
    if found is None:
        return 0.0
    start, end = found.dest_start, found.dest_end
    while start > 0 and text[start - 1].isalnum() and text[start].isalnum():
        start -= 1
    while 0 < end < len(text) and text[end].isalnum() and text[end - 1].isalnum():
        end += 1
    if (start, end) == (found.dest_start, found.dest_end):
        return found.score
    return fuzz.ratio(phrase, text[start:end])


def _passage(doc_units: list[Unit], at: int) -> str:
    """The sentence quoting the words with the one before it, where "X said:" often stands."""
    before = doc_units[at - 1].text if at > 0 and doc_units[at - 1].field is None else ""
    return f"{before} {doc_units[at].text}"


_HOLDER = lexicons.load("judging")["holder"]
# a word that denies what follows it ('never', 'not', 'no longer') or turns it round ('anything but', 'far from'):
# judging.toml holder.denials and holder.reversals
_DENIAL = re.compile(
    rf"\b(?:{'|'.join(re.escape(w) for w in [*_HOLDER['denials'], *_HOLDER['reversals']])})(?:\b|(?=\s))", re.I
)
_DENYING_VERBS = frozenset(_HOLDER["denying_verbs"])  # 'denied that she had promised to "..."'
_ACCUSING_VERBS = frozenset(_HOLDER["accusing_verbs"])  # 'accused Ivo Stam of "..."': the accuser's words
_FIGURE = re.compile(rf"\b(?:\d+(?:[.,]\d+)*|{aliases.NUMBER_WORD_PATTERN})\b", re.I)
_NOT_DENYING = frozenset(lexicons.load("nonfactual")["negation"]["exceptions"])  # 'not only ... but also'
_DENIAL_REACH = 3  # the most words before a fragment, inside its quotation, that a denial is read from
_CLAUSE_ENDS = re.compile(r"[.;:!?]")
_QUOTE_OPENS = re.compile(r"[\"“”«»„.;:!?]")


def _denial_cut_off(claim: Claim, text: str) -> str | None:
    """The denying word the page's quotation sets right before the claim's quoted words, when the claim's own
    sentence gives none there: 'would "borrow to pay its bills"' cut from 'would "never again borrow to pay its
    bills"' says the opposite of what was said, so the page's words are no support for it. The claim keeping the
    denial outside its quotation marks ('would never again "borrow ..."') quotes fairly. None when no denial is cut."""
    phrase = (claim.value or "").lower()
    found = fuzz.partial_ratio_alignment(phrase, text.lower())
    if found is None or found.score < 95:
        return None
    page = _denial_before(text[: found.dest_start], _QUOTE_OPENS)
    page = page or _denied_above(text, found.dest_start, found.dest_end)
    if page is None:
        return None
    at = (claim.sentence or "").lower().find(phrase)
    if at < 0:
        return page
    fair = _denial_before(claim.sentence[:at], _CLAUSE_ENDS) or _denied_above(claim.sentence, at, at + len(phrase))
    return None if fair else page


def _denial_added(claim: Claim, text: str) -> str | None:
    """The denying word the claim's own sentence sets before its quoted words, outside the quotation marks, when the
    page's quotation of them gives none: 'said the deal was not "a disaster"' against 'called the deal "a disaster"'
    denies what was said, so the page's words are no support for it (`_denial_cut_off` the other way round). None
    when the claim denies nothing there, or the page denies the words too."""
    phrase = (claim.value or "").lower()
    at = (claim.sentence or "").lower().find(phrase)
    if at < 0:
        return None
    ours = _denial_before(claim.sentence[:at], _CLAUSE_ENDS) or _denied_above(claim.sentence, at, at + len(phrase))
    if ours is None:
        return None
    found = fuzz.partial_ratio_alignment(phrase, text.lower())
    if found is None or found.score < 95:
        return None
    page = _denial_before(text[: found.dest_start], _QUOTE_OPENS)
    return None if page or _denied_above(text, found.dest_start, found.dest_end) else ours


def _denied_above(text: str, start: int, end: int) -> str | None:
    """The word that denies the words `text[start:end]` from further back in the parse of their sentence: a 'not'
    or 'never' of the verb they hang from ('"We will not, under any circumstances, cut taxes."'), of the verb they
    are coordinated with by 'or' ('"We will not raise pensions or cut taxes."'), or a verb of denying above them
    ('she denied that she had promised to "cut taxes"'). A denial inside the words is theirs, not a cut."""
    from verify.nlp import parse  # late: the parse is only asked of a sentence that quotes the claim's words

    doc = parse(text).doc
    inside = [t for t in doc if start <= t.idx < end]
    if not inside:
        return None
    own = {t.i for t in inside}
    top = next((t for t in inside if t.head.i not in own), inside[0])
    if top.dep_ == "appos" and top.head.dep_ == "dobj":
        top = top.head  # 'would never call the plan "…"' parsed as the plan's apposition: what the object is called
    found = negation.denied_above(top, own, _DENYING_VERBS)
    while found is not None and found.dep_ != "neg" and _its_subjects_words(found, top):
        own.add(found.i)  # her own words under the verb: a denial further up may still reach them
        found = negation.denied_above(found, own, _DENYING_VERBS)
    return found.text if found is not None else None


def _its_subjects_words(verb: Token, words: Token) -> bool:
    """Whether the denying `verb` found above the quoted `words` gives them as its own subject's, not as what it
    denies: what she dismisses or rejects something AS ('dismissed the plan as "a disaster"'), or what she, active,
    accuses another OF ('accused Ivo Stam of "lying to the nation"'; passive, 'was accused of', they are another's
    charge against her). review37 B7."""
    step = words
    while step.i != verb.i and step.head.i != step.i:
        if step.dep_ == "prep" and step.lower_ == "as" and verb.i in {step.head.i, step.head.head.i}:
            return True  # 'as' of the verb, or of its object as the parser may hang it ('rejected the plan as ...')
        step = step.head
    passive = any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children)
    return verb.lemma_.lower() in _ACCUSING_VERBS and not passive


def _other_figures(value: str, text: str) -> str | None:
    """The figures the page's quotation has where the claim's quoted words have others ('below 3%' quoted as 'below
    2%'), as written on the page ('' for none); None when the figures agree. A figure in quoted words is part of
    the words, but one changed keeps the rest of a long quotation a near match."""
    found = fuzz.partial_ratio_alignment(value.lower(), text.lower())
    if found is None:
        return None
    claimed = sorted(m.group(0).lower() for m in _FIGURE.finditer(value))
    given = [m.group(0) for m in _FIGURE.finditer(text[found.dest_start : found.dest_end])]
    return None if claimed == sorted(g.lower() for g in given) else ", ".join(given)


def _denial_before(before: str, bounds: re.Pattern[str]) -> str | None:
    """The denial among the last few words of `before` that stand after its last bound: on the page the same
    quotation (no quotation mark or sentence end between them and the fragment), in the claim's sentence its clause
    (quotation marks aside: the claim may keep the denial outside them)."""
    inside = bounds.split(before)[-1]
    words = " ".join(inside.split()[-_DENIAL_REACH:])
    for m in _DENIAL.finditer(words):
        following = words[m.end() :].split()
        if not following or following[0].lower().strip(",") not in _NOT_DENYING:
            return m.group(0)
    return None
