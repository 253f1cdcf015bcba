"""Session 17 (judge17): a post titled without its country ('President Ana Roth') read as the post of the
article's one country, an office page's stale holder row, and a start worded 'take over'. Invented people,
pages of our own."""

from __future__ import annotations

import datetime as dt

from tests.support.judging import boxed, clause_claim, verdict
from verify.models import Verdict

SPRING_2031 = dt.date(2031, 4, 1)

# 'President of Chile' as retrieval asks for a bare 'President' in an article that names Chile alone
_POST = boxed(
    "President of Chile",
    "The president of Chile is the head of state and head of government of Chile.",
    [("post", "President"), ("body", "Chile"), ("incumbent", "Luis Pardo"), ("incumbentsince", "11 March 2030")],
)


def _president(name: str) -> object:
    return clause_claim(
        f"President {name}", name, "holds office", kind="role", relation="holds office", value="President"
    )


# Ana Roth's page names her finance ministry alone, since 2030
_FINANCE_MINISTER_ROTH = boxed(
    "Ana Roth",
    "Ana Roth (born 4 April 1970) is a Chilean politician.",
    [("office", "Minister of Finance of Chile"), ("term_start", "11 March 2030"), ("birth_date", "4 April 1970")],
)


def _chilean_president_roth() -> object:
    """'Chilean President Ana Roth': a post named by the country's adjective alone."""
    return clause_claim(
        "Chilean President Ana Roth", "Ana Roth", "holds office", kind="role", relation="holds office",
        value="President", nationality="Chilean",
    )  # fmt: skip


def test_a_bare_president_is_read_as_the_post_of_the_country_the_persons_page_names() -> None:
    roth = boxed(
        "Ana Roth",
        "Ana Roth (born 4 April 1970) is a Chilean politician who has served as Minister of Finance since 2030.",
        [("office", "Minister of Finance of Chile"), ("term_start", "11 March 2030"), ("birth_date", "4 April 1970")],
    )
    result = verdict(_president("Ana Roth"), [roth, _POST], SPRING_2031)
    assert result.verdict == Verdict.CONTRADICTED
    assert "Luis Pardo" in result.rationale


def test_a_bare_president_whose_page_names_another_country_is_not_read_as_the_articles_post() -> None:
    # a foreign leader the article titles without a country: 'President of Chile' was asked for the article's
    # country, not for hers
    vell = boxed(
        "Mia Vell",
        "Mia Vell (born 2 May 1968) is an Argentine politician who has served as president of Argentina since 2027.",
        [("birth_date", "2 May 1968")],
    )
    assert verdict(_president("Mia Vell"), [vell, _POST], SPRING_2031).verdict != Verdict.CONTRADICTED


def test_an_office_pages_holder_whose_own_page_ends_the_term_is_no_rival_on_the_articles_day() -> None:
    # the office page's revision still names Pardo, but his own page ends his term before the article's day
    pardo = boxed(
        "Luis Pardo",
        "Luis Pardo (born 1 June 1960) is a Chilean politician.",
        [("office", "President of Chile"), ("term_start", "11 March 2030"), ("term_end", "2 March 2031")],
    )
    roth = _FINANCE_MINISTER_ROTH
    claim = _chilean_president_roth()
    assert verdict(claim, [roth, _POST, pardo], SPRING_2031).verdict != Verdict.CONTRADICTED


def test_an_office_pages_holder_is_still_a_rival_while_his_own_page_keeps_the_term_open() -> None:
    pardo = boxed(
        "Luis Pardo",
        "Luis Pardo (born 1 June 1960) is a Chilean politician.",
        [("office", "President of Chile"), ("term_start", "11 March 2030")],
    )
    roth = boxed("Ana Roth", "Ana Roth (born 4 April 1970) is a Chilean politician.", [("birth_date", "4 April 1970")])
    claim = _chilean_president_roth()
    assert verdict(claim, [roth, _POST, pardo], SPRING_2031).verdict == Verdict.CONTRADICTED


_GOVERNOR = boxed(
    "Ana Roth",
    "Ana Roth (born 4 April 1970) is a Chilean economist.",
    [
        ("office", "Governor of the Central Bank of Chile"),
        ("term_start", "18 September 2031"),
        ("office2", "Deputy Governor of the Central Bank of Chile"),
        ("term_start2", "2 April 2027"),
        ("term_end2", "17 September 2031"),
    ],
)


def _takes_over(day: str) -> Verdict:
    sentence = f"She will take over on {day} as the bank's governor."
    claim = clause_claim(
        f"take over on {day}", "Ana Roth", "take over", sentence, kind="date", value=day, time=day,
        with_predicate=False,
    )  # fmt: skip
    return verdict(claim, [_GOVERNOR], dt.date(2031, 7, 17)).verdict


def test_taking_over_on_another_day_than_the_term_to_come_begins_is_contradicted() -> None:
    assert _takes_over("18 October") == Verdict.CONTRADICTED


def test_taking_over_on_the_day_the_term_to_come_begins_is_supported() -> None:
    assert _takes_over("18 September") == Verdict.SUPPORTED


def test_a_countrys_bare_president_is_not_supported_by_another_post_of_that_country() -> None:
    # 'President' names no body: its country alone ties it to a held office only when that office is the
    # country's presidency, not its finance ministry
    roth = _FINANCE_MINISTER_ROTH
    claim = _chilean_president_roth()
    assert verdict(claim, [roth], SPRING_2031).verdict != Verdict.SUPPORTED


def test_a_rivals_vague_since_is_dated_by_his_own_term_start_for_a_post_named_by_country_alone() -> None:
    # 'since 2031' on a later page, of a 2031 article: the rival's infobox dates his term to a day after the
    # article's, so the holder the article names stays supported
    roth = boxed(
        "Ana Roth",
        "Ana Roth (born 4 April 1970) is a Chilean politician. She is the current President of Chile since 2027.",
        [("office", "President of Chile"), ("term_start", "11 March 2027"), ("birth_date", "4 April 1970")],
    )
    pardo = boxed(
        "Luis Pardo",
        "Luis Pardo (born 1 June 1960) is a Chilean politician who has served as president of Chile since 2031.",
        [("office", "President of Chile"), ("term_start", "11 October 2031"), ("predecessor", "Ana Roth")],
        saved=dt.datetime(2032, 1, 1, tzinfo=dt.UTC),
    )
    claim = _chilean_president_roth()
    assert verdict(claim, [roth, pardo], SPRING_2031).verdict == Verdict.SUPPORTED


def test_a_countrys_bare_president_is_supported_by_its_presidency_under_the_states_formal_name() -> None:
    roth = boxed(
        "Ana Roth",
        "Ana Roth (born 4 April 1970) is a Chilean politician.",
        [("office", "President of the Republic of Chile"), ("term_start", "11 March 2030")],
    )
    claim = _chilean_president_roth()
    assert verdict(claim, [roth], SPRING_2031).verdict == Verdict.SUPPORTED
