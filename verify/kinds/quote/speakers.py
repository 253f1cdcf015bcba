"""Quote speakers the parse knows better than the patterns (verify/nlp/titles.py `quote_speakers`):
'"…," she said' after a paragraph about Samantha Harvey, '"…," said his agent, Nez Balelo',
'"…," the Prime Minister said' after "Prime Minister Narendra Modi"."""

from __future__ import annotations

from verify.aliases import fold, title_cased
from verify.kinds.base import ArticleView
from verify.models import Claim
from verify.nlp import parse_view
from verify.nlp.titles import quote_speakers

UNATTRIBUTED = "unattributed"


def _a_name(words: str) -> bool:
    """Quotation marks around a title: every word capitalised but the minor ones ("The Code", "Rim Tim
    Tagi Dim", "Pride and Prejudice"), the name of a song, book or film rather than words someone said."""
    tokens = [w.strip(".,!?;:'’–—-") for w in words.split()]  # "River Deep – Mountain High": the dash no word
    tokens = [w for w in tokens if w]
    return bool(tokens) and tokens[0][:1].isupper() and title_cased(tokens)


def _written_in(claim: Claim) -> bool:
    """The patterns' speaker is a name written in the quote's sentence, not one they resolved."""
    return fold(claim.subject) in fold(claim.sentence)


def _continue_speakers(
    view: ArticleView, quotes: list[Claim], sentences: list[tuple[int, int]], speakers: list[str | None]
) -> None:
    """A quote that is the whole sentence after a quoted one, no speaker of its own, goes on with that
    quote's speaker: '"…," the spokesman said. "…"' after the text made the spokesman Dmitry Peskov."""
    for at in range(1, len(quotes)):
        quote, before = quotes[at], quotes[at - 1]
        alone = not view.text[sentences[at][0] : quote.span[0]].strip(" \"“‘'")  # the sentence is the quote
        alone = alone and not view.text[quote.span[1] : sentences[at][1]].strip(" .,!?\"”’'")
        follows = not view.text[sentences[at - 1][1] : sentences[at][0]].strip()
        if quote.subject == UNATTRIBUTED and speakers[at] is None and alone and follows:
            quote.subject = before.subject


def with_parsed_speakers(view: ArticleView, quotes: list[Claim]) -> list[Claim]:
    """`quotes` with the parse's speaker wherever the patterns found none, resolved a pronoun or
    description themselves, or took a title for a name ("Prime Minister")."""
    from verify.kinds.role.parsed import body_start, parsed_titles  # the role kind reads the titles once

    if not quotes:
        return quotes
    before_names, in_clauses = parsed_titles(view)
    people = {t.person for t in before_names + in_clauses}
    people |= {e.text for e in parse_view(view).entities if e.label_ == "PERSON"}
    sentences = [next(((s.start, s.end) for s in view.sentences if s.start <= q.span[0] < s.end), q.span)
                 for q in quotes]  # fmt: skip
    titles = before_names + in_clauses
    speakers = quote_speakers(parse_view(view), [q.span for q in quotes], sentences, titles, body_start(view))
    for quote, speaker in zip(quotes, speakers, strict=True):
        if not speaker or speaker == quote.subject:
            continue
        named_person = _written_in(quote) and any(fold(quote.subject) in fold(p) for p in people)
        if quote.subject == UNATTRIBUTED or not named_person:
            quote.subject = speaker
    _continue_speakers(view, quotes, sentences, speakers)
    start = body_start(view)  # a headline capitalises every word: only the body's capitals tell a name
    return [q for q in quotes if q.subject != UNATTRIBUTED or q.span[0] < start or not _a_name(q.value or "")]
