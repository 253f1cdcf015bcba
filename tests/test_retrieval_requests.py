"""What retrieval asks the wiki for: one search per person, no search for words that name no event,
and the pages that speak of someone found however their name is accented."""

import asyncio
import datetime as dt
from dataclasses import replace
from urllib.parse import parse_qsl, unquote_plus, urlsplit

from tests.support.fakewiki import FakeWiki
from verify.kinds.date import KIND as DATE
from verify.models import Claim, Document
from verify.pipeline import pages_to_read_whole
from verify.retrieve import EvidencePool, article_country, given_name_of, retrieve, searched_names, spelled_out
from verify.sources.wikipedia import WikipediaSource

run = asyncio.run
NOW = dt.datetime(2025, 6, 2, tzinfo=dt.UTC)


def _claim(kind: str, subject: str, text: str, **fields: object) -> Claim:
    return Claim(
        id=f"{kind}-{subject}-{text}", kind=kind, text=text, sentence=text, span=(0, len(text)), subject=subject,
        **fields,  # type: ignore[arg-type]
    )  # fmt: skip


def _role(name: str, office: str) -> Claim:
    return _claim("role", name, f"{office} {name}", relation="holds office", value=office)


def _searches(wiki: FakeWiki) -> list[str]:
    queries = [dict(parse_qsl(urlsplit(url).query)) for url in wiki.requests]
    return [q["gsrsearch"] for q in queries if q.get("generator") == "search"]


def test_a_surname_and_the_full_name_the_article_gives_cost_one_search(fake_wiki: FakeWiki, wikipedia):
    # neither name has a page in the store: both go to search, as one person
    claims = [_role("Rustem Umerov", "Defence Minister"), _role("Umerov", "Defence Minister")]
    pool = run(retrieve(claims, wikipedia))
    assert _searches(fake_wiki) == ["Rustem Umerov"]
    assert all(any("Rustem Umerov" in n for n in pool.notes[c.id]) for c in claims)


def test_a_surname_takes_the_page_its_full_name_found_without_a_search(fake_wiki: FakeWiki, wikipedia):
    claims = [_role("Mark Rutte", "Secretary General of NATO"), _role("Rutte", "Secretary General of NATO")]
    pool = run(retrieve(claims, wikipedia))
    assert "Mark Rutte" in [d.title for d in pool.by_claim[claims[1].id]]
    assert _searches(fake_wiki) == []


def test_two_spellings_of_one_person_share_a_search_across_articles(fake_wiki: FakeWiki, wikipedia: WikipediaSource):
    first = run(wikipedia.search_person("Alexus Grynkewich"))
    again = run(wikipedia.search_person("Alexus G. Grynkewich"))
    other = run(wikipedia.search_person("Christopher Cavoli"))
    assert _searches(fake_wiki) == ["Alexus Grynkewich", "Christopher Cavoli"]
    assert [d.title for d in again] == [d.title for d in first]
    assert "Christopher G. Cavoli" in [d.title for d in other]


def test_the_names_searched_for_the_people_of_an_article():
    names = ["Alexus Grynkewich", "Alexus G. Grynkewich", "Umerov", "Rustem Umerov", "Smith", "John Smith"]
    names.append("Adam Smith")
    assert searched_names(names) == {
        "Alexus Grynkewich": "Alexus Grynkewich",
        "Alexus G. Grynkewich": "Alexus Grynkewich",
        "Umerov": "Rustem Umerov",
        "Rustem Umerov": "Rustem Umerov",
        "Smith": "Smith",  # two Smiths: the surname alone is neither
        "John Smith": "John Smith",
        "Adam Smith": "Adam Smith",
    }


def test_a_date_whose_words_before_it_are_only_a_time_searches_for_no_event():
    on_a_weekday = _claim("date", "Leaders", "17 June 2025", relation="met", value="2025-06-17", context="Tuesday")
    from_years = _claim("date", "Cavoli", "1 July 2025", relation="handed", value="2025-07-01", context="2022 to 2025")
    election = _claim("date", "Labour", "4 July 2024", relation="held", value="2024-07-04", context="general election")
    assert [DATE.wants(c).events for c in (on_a_weekday, from_years, election)] == [(), (), ("general election",)]


def test_words_before_a_date_that_name_a_person_of_the_article_are_not_searched_as_an_event(
    fake_wiki: FakeWiki, wikipedia
):
    president = _role("Volodymyr Zelenskyy", "President of Ukraine")
    met = _claim(
        "date", "Volodymyr Zelenskyy", "met Macron on 26 March 2025", relation="met", value="2025-03-26",
        context="2025 Ukrainian President Volodymyr Zelenskyy",
    )  # fmt: skip
    pool = run(retrieve([president, met], wikipedia))
    assert _searches(fake_wiki) == []
    assert "Volodymyr Zelenskyy" in [d.title for d in pool.by_claim[met.id]]


def test_a_page_naming_a_person_with_accents_is_kept_for_them(fake_wiki: FakeWiki, wikipedia):
    # no page of her own in the store; Mark Rutte's infobox names her as his deputy ('Radmila Šekerinska')
    for name in ("Radmila Šekerinska", "Radmila Shekerinska"):
        claim = _role(name, "deputy secretary general of NATO")
        pool = run(retrieve([claim], wikipedia))
        assert "Mark Rutte" in [d.title for d in pool.by_claim[claim.id]], name
        assert not pool.entity_pages(claim.id)  # his page speaks of her, but is not hers to read whole


def test_an_office_titled_by_an_acronym_is_asked_as_the_article_spells_it_out(fake_wiki: FakeWiki, wikipedia):
    sentence = "IOC President Thomas Bach opened the session of the International Olympic Committee."
    role = _claim("role", "Thomas Bach", sentence, relation="holds office", value="President of IOC")
    pool = run(retrieve([role], wikipedia))
    assert "President of the International Olympic Committee" in [d.title for d in pool.by_claim[role.id]]
    assert not any("President of IOC" in note for note in pool.notes.get(role.id, []))


def test_an_acronym_the_article_spells_out_in_no_way_or_in_two_is_left_as_it_is():
    assert spelled_out("President of IOC", ["The IOC met in Lausanne."]) is None
    two = ["The International Olympic Committee met.", "The Irish Olympic Council did not."]
    assert spelled_out("President of IOC", two) is None
    assert spelled_out("President of IOC", two[:1]) == "President of the International Olympic Committee"


def test_a_page_whose_size_is_its_lead_is_not_asked_for_whole(fake_wiki: FakeWiki, wikipedia: WikipediaSource):
    found = run(wikipedia.lookup(["Dan Caine", "Thomas Bach"]))  # stored copies: a lead only; a lead and sections
    asked = len(fake_wiki.requests)
    caine, bach = found["Dan Caine"].document, found["Thomas Bach"].document
    assert run(wikipedia.full_text(caine)) is caine
    assert len(fake_wiki.requests) == asked
    assert "== " in run(wikipedia.full_text(bach)).text
    assert len(fake_wiki.requests) == asked + 1


def test_the_whole_page_budget_goes_to_pages_that_have_a_body():
    claim = _claim("clause", "Thomas Bach", "Thomas Bach won gold in 1976.", relation="won")
    pool = EvidencePool()
    for title in ("Thomas Bach", "IOC", "Olympics"):
        doc = Document(url=f"https://w/{title}", title=title, source="wikipedia", retrieved_at=NOW, text="")
        pool.add(claim.id, doc, entity=True)
    chosen = pages_to_read_whole([claim], pool, budget=2, readable=lambda doc: doc.title != "Thomas Bach")
    assert [d.title for d in chosen] == ["IOC", "Olympics"]


def test_a_bare_post_is_asked_as_the_post_of_the_one_country_the_article_names(fake_wiki: FakeWiki, wikipedia):
    scholz = _claim("role", "Olaf Scholz", "Chancellor Olaf Scholz", relation="holds office", value="Chancellor")
    vote = _claim("clause", "Germany", "Germany's voters went to the polls.", relation="went")
    pool = run(retrieve([scholz, vote], wikipedia))
    assert "Chancellor of Germany" in [d.title for d in pool.by_claim[scholz.id]]


def test_a_bare_post_is_left_as_written_when_the_article_names_two_countries(fake_wiki: FakeWiki, wikipedia):
    scholz = _claim("role", "Olaf Scholz", "Chancellor Olaf Scholz", relation="holds office", value="Chancellor")
    visit = _claim("clause", "Germany", "Germany's leader flew to France.", relation="flew")
    pool = run(retrieve([scholz, visit], wikipedia))
    assert "Olaf Scholz" in [d.title for d in pool.by_claim[scholz.id]]  # the person is still looked up
    assert "Chancellor of Germany" not in [d.title for d in pool.documents]
    asked = [unquote_plus(url) for url in fake_wiki.requests if "titles=" in url]
    assert asked and not any("Chancellor of" in url for url in asked)  # neither country's chancellor


def test_words_before_a_date_that_hold_a_description_the_article_looked_up_are_still_searched(
    fake_wiki: FakeWiki, wikipedia
):
    turnout = _claim("quantity", "poll", "59.7%", relation="share", value="59.7%", context="general election")
    election = fake_wiki.pages["2024 United Kingdom general election"]
    fake_wiki.pages["General election"] = replace(election, title="General election")  # Wikipedia has such a page
    held = _claim(
        "date", "Labour", "held on 4 July 2024", relation="held", value="2024-07-04", context="2024 general election"
    )
    run(retrieve([turnout, held], wikipedia))
    assert _searches(fake_wiki) == ["2024 general election"]


def test_a_search_hit_is_taken_for_a_person_by_one_of_its_own_names_not_by_a_mention(fake_wiki: FakeWiki, wikipedia):
    born_as = _role("Luís Filipe Montenegro Cardoso de Morais Esteves", "Prime Minister of Portugal")
    pool = run(retrieve([born_as], wikipedia))
    (own,) = pool.entity_pages(born_as.id)
    assert own.title == "Luís Montenegro" and own.link_reason.endswith("its birth_name is the name")
    # Mark Rutte's page names his deputy: it stays a page about someone else
    deputy = _role("Radmila Šekerinska", "deputy secretary general of NATO")
    assert not run(retrieve([deputy], wikipedia)).entity_pages(deputy.id)


def test_a_surname_that_is_also_a_country_makes_no_article_country():
    sentences = ["Prime Minister Luís Montenegro met António Costa.", "Montenegro succeeded António Costa."]
    assert article_country(sentences, ["Luís Montenegro", "Montenegro", "António Costa"]) is None
    assert article_country(["Montenegro joined NATO in 2017."], ["Montenegro"]) == "Montenegro"


def test_a_search_hit_named_after_a_person_is_not_taken_for_their_page(fake_wiki: FakeWiki, wikipedia):
    # a page whose title holds the name but which is no biography (an airport, a ship named after someone)
    election = fake_wiki.pages["2024 United Kingdom general election"]
    fake_wiki.pages["Rustem Umerov International Airport"] = replace(
        election, title="Rustem Umerov International Airport"
    )
    claim = _role("Rustem Umerov", "Defence Minister")
    pool = run(retrieve([claim], wikipedia))
    assert _searches(fake_wiki) == ["Rustem Umerov"]
    assert "Rustem Umerov International Airport" not in [d.title for d in pool.by_claim.get(claim.id, [])]
    assert any("no Wikipedia page found for 'Rustem Umerov'" in note for note in pool.notes[claim.id])


def test_a_lone_word_is_the_one_full_name_of_the_article_it_opens():
    people = ["Ana Lima Costa", "Rui Tavares", "Rui Machado"]
    assert given_name_of("Ana", people) == "Ana Lima Costa"
    assert given_name_of("Rui", people) is None  # two people open with it: neither
    assert given_name_of("Lima", people) is None  # a word inside a name opens none
    assert given_name_of("Ana Lima", people) is None


def test_a_countrys_name_is_no_given_name_even_when_a_person_of_the_article_bears_it():
    assert given_name_of("Israel", ["Israel Katz", "Ana Lima Costa"]) is None


def test_a_given_name_takes_the_page_its_full_name_found_without_a_note(fake_wiki: FakeWiki, wikipedia):
    claims = [_role("Gibran Rakabuming Raka", "Vice President"), _role("Gibran", "Vice President")]
    pool = run(retrieve(claims, wikipedia))
    assert "Gibran Rakabuming Raka" in [d.title for d in pool.entity_pages(claims[1].id)]
    assert not any("'Gibran'" in n for n in pool.notes.get(claims[1].id, []))


def test_an_event_searched_in_an_article_about_one_country_keeps_no_other_countrys_page(wikipedia):
    text = "The British general election was held on 4 July 2024."
    held = Claim(id="d1", kind="date", text="4 July 2024", sentence=text, span=(0, len(text)), subject="Labour",
                 relation="held", value="2024-07-04", context="general election")  # fmt: skip
    titles = [d.title for d in run(retrieve([held], wikipedia)).documents]
    assert "2024 United Kingdom general election" in titles
    assert "2024 Indonesian general election" not in titles  # the same search's page of another country's event
