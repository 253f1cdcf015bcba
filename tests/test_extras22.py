"""Extras on real news (ext22p, issue 14's precision): claims an editor would not mark a second time or at
all. Invented or generic wording, in the shapes the general set's tuning articles showed."""

from __future__ import annotations

import pytest

from tests.test_clauses import article
from verify.extract import extract_claims


@pytest.mark.parametrize(
    "body",
    [
        # the clause holds the quotation the quote claim already carries for the same speaker
        'John Miller called the merger the "best solution" for the region.',
        # the clause runs up to the quotation
        'John Miller won the race. He called the victory "a dream come true" and thanked his family.',
    ],
)
def test_a_clause_framing_a_speakers_quote_is_the_quotes_twin(body: str) -> None:
    claims = extract_claims(article(body))
    quotes = [c for c in claims if c.kind == "quote"]
    assert quotes and quotes[0].subject == "John Miller"
    framing = [c for c in claims if c.kind == "clause" and c.span[0] <= quotes[0].span[0] <= c.span[1] + 1]
    assert not framing, [c.text for c in framing]


@pytest.mark.parametrize(
    "body",
    [
        'John Miller turned "Fly Me to the Moon" into a hit in 1964.',
        'John Miller recorded "Fly Me to the Moon" in 1964.',
    ],
)
def test_a_clause_around_a_quoted_title_stays(body: str) -> None:
    claims = extract_claims(article(body))
    assert [c for c in claims if c.kind == "clause" and '"Fly Me to the Moon"' in c.text]


def test_an_extraposed_comment_of_excess_is_no_claim() -> None:
    body = (
        "The European Commission approved the vaccine in May. "
        "It is too early to know whether it will protect children for years."
    )
    assert not [c for c in extract_claims(article(body)) if "too early" in c.text]


def test_what_a_named_thing_is_able_to_do_stays_a_claim() -> None:
    body = "The Aurora ferry entered service in 2019. It was able to carry 400 passengers on its first crossing."
    assert [c for c in extract_claims(article(body)) if c.kind == "clause" and "able to carry" in c.text]


@pytest.mark.parametrize(
    ("sentence", "comment"),
    [
        ("It is hard to imagine the lines delivered by anyone else.", True),
        ("It is hard to think of a singer who worked harder for a second act.", True),
        ("It is too early to know whether it will work.", True),
        ("It is too close to call.", True),
        ("It is due to open in 2026.", False),
        ("It was able to carry 400 passengers.", False),
        ("It is hard to reach the village in winter.", False),
        ("It is the first time the court has ruled on the question.", False),
        ("It is difficult to say who won the vote.", True),
        ("It is impossible to know how many voters stayed home.", True),
        ("It is fair to say that she won the 2014 election by 12 points.", False),
        ("It is safe to say she dominated the race, finishing 12 minutes ahead.", False),
        ("It is true to say that the bridge opened in 2019.", False),
        ("It is no exaggeration to say that the strike closed every port.", False),
    ],
)
def test_an_extraposed_it_comments_with_excess_or_a_verb_of_knowing(sentence: str, comment: bool) -> None:
    from verify.kinds.clause.extract import _extraposed_comment
    from verify.nlp import parse

    root = next(t for t in parse(sentence).doc if t.dep_ == "ROOT")
    assert _extraposed_comment(root) is comment


# review22 B4: an adjective that vouches for the statement ('fair', 'safe', 'true to say') asserts it; only one of
# difficulty or doubt ('hard', 'impossible to say') makes the frame a comment (the first row copied from
# tests/test_review22.py, the second its 'also' sentence)
@pytest.mark.parametrize(
    ("body", "fact"),
    [
        (
            "Tove Brandt led Vestria from 2010 to 2018. It is fair to say that she won the 2014 election by 12 points.",
            "won the 2014 election",
        ),
        (
            "Tove Brandt ran the Norby marathon in May. It is safe to say she dominated the race, finishing 12 minutes "
            "ahead.",
            "dominated the race",
        ),
    ],
)
def test_a_statement_the_writer_vouches_for_with_it_is_fair_to_say_stays_a_claim(body: str, fact: str) -> None:
    clauses = [c.text for c in extract_claims(article(body)) if c.kind == "clause"]
    assert any(fact in text for text in clauses), clauses


def _headed(title: str, body: str) -> list:
    from verify.models import Article

    text = f"{title}\n\n{body}\n"
    return extract_claims(Article(path="s.txt", stem="s", sha256="0", title=title, text=text))


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Mensah sworn in as Ghana's president",
            "John Mensah took the oath of office as Ghana's president on Tuesday.",
        ),
        (
            "Daniel Okoro, the quiet diplomat who now runs the commission",
            "Daniel Okoro, the commission's chairperson since 2021, spoke on Tuesday.",
        ),
    ],
)
def test_a_headline_title_the_body_states_is_no_second_claim(title: str, body: str) -> None:
    claims = _headed(title, body)
    assert [c for c in claims if c.kind == "role" and c.span[0] < len(title)] == []
    assert [c for c in claims if c.subject.endswith(("Mensah", "Okoro"))]


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("President Mensah visits the port", "John Mensah arrived in Tema on Tuesday."),
        ("Mensah sworn in as Ghana's president", "John Mensah took the oath of office on Tuesday."),
    ],
)
def test_a_headline_title_the_body_never_gives_stays(title: str, body: str) -> None:
    assert [c for c in _headed(title, body) if c.kind == "role" and c.span[0] < len(title)]


@pytest.mark.parametrize(
    "body",
    [
        "Two men were detained on Saturday night, one of them a pilot from the city.",
        "Eight villages were flattened; in one of them, about 100 people survived.",
        "The reef lies in waters that no one patrols.",
    ],
)
def test_one_that_only_points_is_no_count(body: str) -> None:
    counts = [c for c in extract_claims(article(body)) if c.kind == "quantity"]
    assert not [c for c in counts if c.number == 1], [c.text for c in counts]


def test_a_number_of_them_is_still_a_count() -> None:
    body = "The factory built 2 million drones in 2024 and sent 1.5 million of them to the front."
    assert [c for c in extract_claims(article(body)) if c.kind == "quantity" and c.number == 1_500_000]


def _claim(kind: str, text: str, sentence: str, subject: str = "Ann Moor"):
    """A claim on `text` of `sentence` (the general set's test helper), told in that whole sentence."""
    from tests.test_extraction_general import claim_at

    return claim_at(sentence, text, subject, kind).model_copy(update={"sentence": sentence, "value": text.strip('"')})


@pytest.mark.parametrize(
    ("sentence", "frame", "role", "kept"),
    [
        (
            'The American critic Ann Moor called the novel "the master of the form".',
            "The American critic Ann Moor called the novel",
            None,
            True,
        ),
        (
            'The American critic Ann Moor called the novel "the master of the form".',
            "The American critic Ann Moor called the novel",
            "The American critic Ann Moor",
            False,
        ),
        ('Ann Moor called the novel "the master of the form".', "Ann Moor called the novel", None, False),
        ('She called the novel "the master of the form".', "She called the novel", None, False),
    ],
)
def test_a_quote_frame_that_describes_the_speaker_stays(
    sentence: str, frame: str, role: str | None, kept: bool
) -> None:
    from verify.extract import _without_quote_frames

    claims = [_claim("clause", frame, sentence), _claim("quote", '"the master of the form"', sentence)]
    if role:
        claims.append(_claim("role", role, sentence))
    assert (claims[0] in _without_quote_frames(claims)) is kept
