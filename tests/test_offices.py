"""Offices over time: Vice / Deputy / -elect are part of an office, a term covering the article's
date supports it, and another office of the same government held that day contradicts it."""

import asyncio
import datetime as dt

import httpx
import pytest

from tests.conftest import PAGES
from tests.support.checked import verdicts
from tests.support.fakewiki import FakeWiki
from verify.app import article_from_text
from verify.extract import extract_claims
from verify.kinds.role.judge import _qualifier_conflict
from verify.match import Unit
from verify.models import Document, InfoboxField, Stance
from verify.offices import Term, names_government, office_wordings, qualifiers, sibling_office
from verify.pipeline import check_async
from verify.sources.http import HttpClient
from verify.sources.wikipedia import WikipediaSource

WIKI_DOC = Document(
    url="https://en.wikipedia.org/wiki/Kirsty_Coventry",
    title="Kirsty Coventry",
    source="wikipedia",
    retrieved_at=dt.datetime(2025, 3, 21, tzinfo=dt.UTC),
    text="",
)


def test_vice_is_part_of_the_office():
    got = verdicts("U.S. Joint Chiefs of Staff Vice Chairman Gen. Dan Caine attended.", dt.date(2025, 8, 20))
    assert got["U.S. Joint Chiefs of Staff Vice Chairman Gen. Dan Caine"] != "supported"


def test_a_deputy_is_not_contradicted_by_the_holder_of_the_office_itself():
    got = verdicts("Radmila Šekerinska, NATO's deputy secretary general, spoke.", dt.date(2024, 10, 2))
    assert got["Radmila Šekerinska, NATO's deputy secretary general"] != "contradicted"


def test_a_sibling_office_of_the_same_government_is_contradicted():
    got = verdicts("Russian Defence Minister Sergey Lavrov arrived.", dt.date(2025, 8, 20))
    assert got["Russian Defence Minister Sergey Lavrov"] == "contradicted"


def test_a_term_at_the_articles_date_supports_the_office_that_a_later_page_lists_as_past():
    got = verdicts("Dutch Prime Minister Mark Rutte spoke.", dt.date(2024, 6, 27))
    assert got["Dutch Prime Minister Mark Rutte"] == "supported"


def test_the_same_words_are_contradicted_after_the_term_ended():
    got = verdicts("Dutch Prime Minister Mark Rutte spoke.", dt.date(2024, 10, 2))
    assert got["Dutch Prime Minister Mark Rutte"] == "contradicted"


@pytest.mark.parametrize(
    ("office", "expected"),
    [
        ("Vice Chairman", {"vice"}),
        ("President-elect", {"elect"}),
        ("Deputy Prime Minister", {"deputy"}),
        ("Chair", set()),
    ],
)
def test_qualifiers_are_read_from_the_office_words(office: str, expected: set[str]):
    assert qualifiers(office) == expected


def term(office: str, start: str, end: str | None = None) -> Term:
    return Term(
        InfoboxField(label="office", value=office), dt.date.fromisoformat(start), end and dt.date.fromisoformat(end)
    )


def test_another_wording_of_the_held_office_is_no_sibling():
    held = [term("Minister of Youth, Sport, Arts and Recreation of Zimbabwe", "2018-09-10", "2025-03-25")]
    assert sibling_office("sports minister", "Zimbabwean", held, dt.date(2025, 3, 21)) is None


def test_an_office_held_only_before_the_date_is_no_sibling():
    held = [term("Minister of Foreign Affairs", "2004-03-09", "2010-01-01")]
    assert sibling_office("Defence Minister", "Russian", held, dt.date(2025, 8, 20)) is None


def test_an_office_of_another_body_is_no_sibling():
    held = [term("Prime Minister of the Netherlands", "2010-10-14", "2024-07-02")]
    assert sibling_office("Secretary General of NATO", None, held, dt.date(2024, 6, 27)) is None


def test_a_successor_named_before_taking_office_is_contradicted():
    got = verdicts("IOC President Kirsty Coventry spoke.", dt.date(2025, 3, 21))
    assert got["IOC President Kirsty Coventry"] == "contradicted"


def test_elect_is_supported_before_the_term_starts_and_contradicts_holding_it():
    listed = InfoboxField(label="office", value="President-elect of the International Olympic Committee")
    unit = Unit(WIKI_DOC, listed.value, listed)
    start, day = dt.date(2025, 6, 23), dt.date(2025, 3, 21)
    (elect,) = _qualifier_conflict("Kirsty Coventry", unit, listed.value, start, None, day, claimed_elect=True)
    assert elect.stance == Stance.SUPPORTS
    assert _qualifier_conflict("Kirsty Coventry", unit, listed.value, start, None, day, claimed_elect=False) == []


def test_the_holder_then_is_supported_though_todays_pages_name_the_successor():
    text = "European Council President Charles Michel met António Costa, a former Portuguese prime minister."
    got = verdicts(text, dt.date(2024, 6, 28))
    assert got["European Council President Charles Michel"] == "supported"


def test_the_right_day_of_another_event_does_not_support_a_date_claim():
    got = verdicts("Starmer became Chancellor of the Exchequer on 5 July 2024.", dt.date(2024, 7, 6))
    assert got["became Chancellor of the Exchequer on 5 July 2024"] != "supported"


def test_vice_added_to_an_office_the_article_puts_its_country_before_is_contradicted():
    got = verdicts("U.S. Joint Chiefs of Staff Vice Chairman Gen. Dan Caine attended.", dt.date(2025, 8, 20))
    assert got["U.S. Joint Chiefs of Staff Vice Chairman Gen. Dan Caine"] == "contradicted"


def test_vice_added_to_a_head_of_state_is_contradicted_by_his_page():
    got = verdicts("U.S. Vice President Donald Trump spoke.", dt.date(2025, 8, 20))
    assert got["U.S. Vice President Donald Trump"] == "contradicted"


@pytest.mark.parametrize(
    ("office", "nationality", "wording"),
    [
        ("Vice Chairman of U.S. Joint Chiefs of Staff", "U.S.", "chairman of the joint chiefs of staff"),
        ("Vice President of U.S.", "U.S.", "president of the united states"),
        ("Deputy Prime Minister", "British", "prime minister of the united kingdom"),
    ],
)
def test_offices_are_also_sought_as_pages_word_them(office: str, nationality: str, wording: str):
    assert wording in office_wordings(office, nationality)


def test_a_bare_post_is_never_sought_alone():
    assert office_wordings("Vice President", None) == []


def test_a_bare_president_names_no_government():
    assert not names_government("President", None)
    assert names_government("European Council President", None)
    assert names_government("President", "Portuguese")


def test_another_bodys_president_is_no_rival_of_a_bare_president():
    text = "European Council President Charles Michel met President Marcelo Rebelo de Sousa in Lisbon."
    got = verdicts(text, dt.date(2024, 4, 3))
    assert got["European Council President Charles Michel"] == "supported"
    assert got["President Marcelo Rebelo de Sousa"] != "contradicted"


def test_a_party_leader_is_the_head_of_that_party_whatever_the_post_is_called():
    from verify.offices import same_office

    assert same_office("Socialist leader", None, "Secretary-General of the Socialist Party")
    assert not same_office("Socialist leader", None, "Prime Minister of Portugal")
    assert not same_office("Conservative leader", None, "Leader of the Opposition")


def test_a_party_leader_whose_term_ended_before_the_article_is_contradicted():
    got = verdicts("Socialist leader António Costa spoke.", dt.date(2024, 4, 3))
    assert got["Socialist leader António Costa"] == "contradicted"


def test_a_country_of_two_words_is_read_in_an_office():
    from verify.offices import office_country

    assert office_country("Prime Minister of the United Kingdom") == "United Kingdom"


@pytest.mark.parametrize(
    ("office", "nationality", "title"),
    [
        ("Vice Chairman of U.S. Joint Chiefs of Staff", "U.S.", "Vice Chairman of the Joint Chiefs of Staff"),
        ("Vice President of U.S.", "U.S.", "Vice President of the United States"),
        ("Deputy Prime Minister", "British", "Deputy Prime Minister of the United Kingdom"),
        ("Chairman of the Joint Chiefs of Staff", "U.S.", "Chairman of the Joint Chiefs of Staff"),
        ("Foreign Minister", "Russian", None),
    ],
)
def test_an_office_written_country_first_is_looked_up_by_its_page_title(office, nationality, title):
    from verify.offices import office_page_title

    assert office_page_title(office, nationality) == title


def test_a_role_claim_asks_for_the_offices_page_title_too():
    from verify.kinds.role import KIND
    from verify.models import Claim

    claim = Claim(
        id="c1",
        kind="role",
        text="U.S. Joint Chiefs of Staff Vice Chairman Gen. Dan Caine",
        sentence="U.S. Joint Chiefs of Staff Vice Chairman Gen. Dan Caine attended.",
        span=(0, 55),
        subject="Dan Caine",
        relation="holds office",
        value="Vice Chairman of U.S. Joint Chiefs of Staff",
        nationality="U.S.",
    )
    assert "Vice Chairman of the Joint Chiefs of Staff" in KIND.wants(claim).offices


def test_a_former_holder_whose_term_ended_before_the_article_is_supported():
    got = verdicts("Former Prime Minister Rishi Sunak conceded.", dt.date(2024, 7, 6))
    assert got["Former Prime Minister Rishi Sunak"] == "supported"


def test_former_is_contradicted_for_the_holder_on_the_articles_day():
    got = verdicts("Former Prime Minister Keir Starmer spoke.", dt.date(2024, 7, 6))
    assert got["Former Prime Minister Keir Starmer"] == "contradicted"


def test_a_term_the_page_says_was_served_until_the_articles_year_makes_a_former_holder():
    got = verdicts("Former NATO Secretary General Jens Stoltenberg attended.", dt.date(2024, 10, 2))
    assert got["Former NATO Secretary General Jens Stoltenberg"] == "supported"


def test_former_is_when_the_office_was_held_not_part_of_its_name():
    from verify.kinds.role.judge import without_former
    from verify.models import Claim

    claim = Claim(
        id="c1",
        kind="role",
        text="Former Prime Minister Rishi Sunak",
        sentence="Former Prime Minister Rishi Sunak conceded.",
        span=(0, 33),
        subject="Rishi Sunak",
        relation="holds office",
        value="Prime Minister of the Former",
    )
    assert without_former(claim).value == "Prime Minister"


def test_a_post_in_a_part_of_a_body_is_not_the_head_of_the_body():
    text = "Montenegro, who has led the Social Democratic Party since 2022, spoke."
    got = verdicts(f"Luís Montenegro is prime minister. {text}", dt.date(2024, 4, 3))
    assert got["Montenegro, who has led the Social Democratic Party"] == "supported"


def test_a_lone_word_taken_for_a_holder_has_no_rivals():
    from verify.models import Claim

    text = "Keir Starmer became Prime Minister of the United Kingdom on 5 July 2024."
    misread = Claim(
        id="c1",
        kind="role",
        text="Prime Minister of the United Kingdom",
        sentence=text,
        span=(20, 56),
        subject="Kingdom",
        relation="holds office",
        value="Prime Minister of the United",  # as a reader may split 'the United Kingdom'
    )

    async def run() -> str:
        wiki = FakeWiki.from_directory(PAGES)
        http = HttpClient(transport=httpx.MockTransport(wiki.handler))
        article = article_from_text(f"Test\n\n{text}", as_of=dt.date(2024, 7, 6))
        claims = [*extract_claims(article), misread]
        report = await check_async(article, claims, WikipediaSource(http))
        await http.aclose()
        return next(c.verdict.value for c in report.claims if c.id == "c1")

    assert asyncio.run(run()) != "contradicted"


def test_former_said_of_something_else_leaves_the_office_held_now():
    from verify.kinds.role.judge import former_office
    from verify.models import Claim

    def claim(text: str) -> Claim:
        return Claim(
            id="c1",
            kind="role",
            text=text,
            sentence=text,
            span=(0, len(text)),
            subject="Dick Schoof",
            relation="holds office",
            value="Prime Minister",
        )

    assert not former_office(claim("Dutch Prime Minister Dick Schoof, a former civil servant"))
    assert former_office(claim("Former Prime Minister Dick Schoof"))


def test_someone_elses_holding_the_office_now_does_not_show_a_past_term():
    text = "NATO Secretary General Mark Rutte met Dick Schoof, who previously served as NATO secretary general."
    got = verdicts(text, dt.date(2024, 10, 2))
    assert got["NATO Secretary General Mark Rutte"] == "supported"
    assert got["Dick Schoof, who previously served as NATO secretary general"] != "supported"
