"""Whether a word is a verb's past form, by the model's own lemmatiser tables, whatever the tagger made of it.

The small model tags the verb after a bare age as a noun ('the 55-year-old ran for president', 'the 23-year-old
finished in 2:01:53': 'ran' and 'finished' are NN), so the age reads as a modifier of that "noun" and the person
it stands for is lost. The English lemmatiser's tables (irregular verb forms, the '-ed' suffix rules and the index
of verb lemmas they must land on) tell such a word apart from a noun without a word list of our own.
"""

from __future__ import annotations

import functools
import re

from verify import lexicons
from verify.nlp import load_model

_PAST_SUFFIX = "ed"
_DATES = lexicons.load("dates")
# A word told in the past, as a pattern to build into others (their flags are theirs): a regular '-ed' form with two
# letters or more before its ending that is no word of dates.toml `not_past_ed` ('need', 'hundred'), or an irregular
# form or past auxiliary of `told_past` ('won', 'was'). One builder for the date's tense, the role judge's 'until she
# became' and a title's past deed ('the prime minister ousted in 2023'), which built it three times (review33 B9).
PAST_FORM = (
    rf"(?!(?:{'|'.join(map(re.escape, _DATES['not_past_ed']))})\b)"
    rf"(?:[a-z]{{2,}}{_PAST_SUFFIX}|{'|'.join(map(re.escape, _DATES['told_past']))})"
)


@functools.cache
def _verb_tables() -> tuple[dict[str, list[str]], list[list[str]], frozenset[str]]:
    lookups = load_model().get_pipe("lemmatizer").lookups
    exceptions = dict(lookups.get_table("lemma_exc").get("verb", {}))
    rules = list(lookups.get_table("lemma_rules").get("verb", []))
    index = frozenset(lookups.get_table("lemma_index").get("verb", []))
    return exceptions, rules, index


def past_verb_form(word: str) -> bool:
    """'ran', 'won', 'finished', 'joked': an irregular verb form the tables list, or an '-ed' form whose stem is a
    known verb; not 'lawyer', 'tree' or 'votes' (an '-s' form is as often a plural noun, so it is not read)."""
    lower = word.lower()
    exceptions, rules, index = _verb_tables()
    if lower in exceptions:
        return any(lemma != lower for lemma in exceptions[lower])
    if not lower.endswith(_PAST_SUFFIX):
        return False
    return any(old == _PAST_SUFFIX and (lower[: -len(old)] + new) in index for old, new in rules)


def bare_verb_form(word: str) -> bool:
    """'vote', 'rally', 'march': a verb's bare form, by the lemmatiser's index of verb lemmas, whatever the tagger
    made of it; not 'lawyer' or 'election'. Many nouns are verbs too ('rain', 'flood'): a caller asks for a doer."""
    return word.lower() in _verb_tables()[2]
