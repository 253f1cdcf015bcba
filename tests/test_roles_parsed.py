"""Role claims read off the parse (issue 14): offices and titles in appositives, predicates and
lists, their holders through pronouns and relative clauses, and the claims that are no role."""

from __future__ import annotations

import pytest

from verify.article import Article
from verify.extract import extract_claims
from verify.kinds.role import KIND
from verify.models import Claim


def roles(body: str) -> list[Claim]:
    """The role claims of a one-paragraph article body (after a headline and an unrelated paragraph)."""
    text = f"Headline\n\nThe agency reported the news.\n\n{body}\n"
    article = Article(path="story.txt", stem="story", sha256="0", title="Headline", text=text)
    return [c for c in extract_claims(article) if c.kind == "role"]


# (sentence, holder, office as the claim gives it, relation)
ROLE_SHAPES = {
    "appositive with an age and former": (
        "Keir Starmer won. Starmer, a 61-year-old former director of public prosecutions, spoke.",
        "Keir Starmer",
        "director of public prosecutions",
        "held office",
    ),
    "appositive with two roles, first": (
        "Azali Assoumani, President of the Union of the Comoros and Chairperson of the African Union, spoke.",
        "Azali Assoumani",
        "President of the Union of the Comoros",
        "holds office",
    ),
    "appositive with two roles, second": (
        "Azali Assoumani, President of the Union of the Comoros and Chairperson of the African Union, spoke.",
        "Azali Assoumani",
        "Chairperson of the African Union",
        "holds office",
    ),
    "role before the name": (
        "The cathedral reopened on Saturday, said its rector, Olivier Ribadeau-Dumas.",
        "Olivier Ribadeau-Dumas",
        "rector",
        "holds office",
    ),
    "role before the name, then of": (
        '"This is a unique contract," said his agent, Nez Balelo of CAA.',
        "Nez Balelo",
        "agent",
        "holds office",
    ),
    "will remain": (
        "Bobby Kotick will remain CEO of Activision Blizzard.",
        "Bobby Kotick",
        "CEO of Activision Blizzard",
        "holds office",
    ),
    "inverted copula": (
        "The Chairperson of the African Union Commission is Moussa Faki Mahamat.",
        "Moussa Faki Mahamat",
        "Chairperson of the African Union Commission",
        "holds office",
    ),
    "became its": (
        "Kelly Ortberg joined Rockwell Collins in 1987 and became its chief executive in 2013.",
        "Kelly Ortberg",
        "chief executive of Rockwell Collins",
        "holds office",
    ),
    "rose to, through a pronoun": (
        "Katalin Karikó joined BioNTech in 2013, where she rose to senior vice-president.",
        "Katalin Karikó",
        "senior vice-president",
        "holds office",
    ),
    "interim, from a date to a date": (
        "Kristalina Georgieva was interim president of the World Bank Group from 1 February to 8 April 2019.",
        "Kristalina Georgieva",
        "interim president of the World Bank Group",
        "held office",
    ),
    "resigns as, coordinated": (
        "Luis Rubiales resigns as federation president and as a vice-president of UEFA.",
        "Luis Rubiales",
        "vice-president of UEFA",
        "held office",
    ),
    "professor of ... at": (
        "Katalin Karikó is an adjunct professor of neurosurgery at Penn.",
        "Katalin Karikó",
        "adjunct professor of neurosurgery at Penn",
        "holds office",
    ),
    "who has been": (
        "Kelly Ortberg succeeds Dave Calhoun, who has been CEO since January 2020.",
        "Dave Calhoun",
        "CEO",
        "holds office",
    ),
    "president-elect": (
        "US President-elect Donald Trump attended.",
        "Donald Trump",
        "US President-elect",
        "holds office",
    ),
    "plural title before a list": (
        "Justices Clarence Thomas, Samuel Alito and Neil Gorsuch joined the opinion.",
        "Samuel Alito",
        "Justice",
        "holds office",
    ),
    "former and a lower-case title": (
        "The seat was held by former prime minister Liz Truss.",
        "Liz Truss",
        "prime minister",
        "held office",
    ),
    "lower-case adjective in the title": (
        "The case was brought by special counsel Jack Smith.",
        "Jack Smith",
        "special counsel",
        "holds office",
    ),
    "honorific between the title and the name": (
        "He was escorted by External Affairs Minister Dr. S. Jaishankar.",
        "S. Jaishankar",
        "Minister of External Affairs",
        "holds office",
    ),
    "two-word title before the name": (
        "Chief Justice John Roberts wrote the opinion.",
        "John Roberts",
        "Chief Justice",
        "holds office",
    ),
    "regnal number, then a second title": (
        "King Felipe VI and Prime Minister Pedro Sánchez visited Paiporta.",
        "Pedro Sánchez",
        "Prime Minister",
        "holds office",
    ),
    "regnal number in the name": (
        "King Felipe VI and Prime Minister Pedro Sánchez visited Paiporta.",
        "Felipe VI",
        "King",
        "holds office",
    ),
    "the body named in apposition": (
        "Philippe Lazzarini, head of the UN agency for Palestinian refugees, UNRWA, said the school was hit.",
        "Philippe Lazzarini",
        "head of UNRWA",
        "holds office",
    ),
    "appositive naming a profession": (
        "The prize went to John Hopfield, a 91-year-old American physicist, and Geoffrey Hinton.",
        "John Hopfield",
        "American physicist",
        "holds office",
    ),
    "appositive naming a former position in a team": (
        "George Weah, the former Liberia striker, won the award in 1995.",
        "George Weah",
        "Liberia striker",
        "held office",
    ),
    "a participle's role after an appositive": (
        "Rosalyn Higgins, a former president of Britain's Supreme Court sitting as an ad hoc judge, dissented.",
        "Rosalyn Higgins",
        "ad hoc judge",
        "holds office",
    ),
    "a candidacy in a participle after an appositive": (
        "Marine Le Pen, a former lawyer running for the National Rally, came second.",
        "Marine Le Pen",
        "candidate of National Rally",
        "holds office",
    ),
    "a role noun with the name in apposition, as subject": (
        "Joe Biden won the primary. His running mate, Kamala Harris, was elected vice-president.",
        "Kamala Harris",
        "vice-president",
        "holds office",
    ),
    "a two-word role in apposition": (
        "Joe Biden won the primary. His running mate, Kamala Harris, was elected vice-president.",
        "Kamala Harris",
        "running mate",
        "holds office",
    ),
    "a club and a position before the name": (
        "Bayern Munich striker Harry Kane scored twice.",
        "Harry Kane",
        "striker of Bayern Munich",
        "holds office",
    ),
    "a position before a name the recogniser takes for an organisation": (
        "Real Madrid winger Rodrygo Goes finished second.",
        "Rodrygo Goes",
        "Real Madrid winger",
        "holds office",
    ),
    "a title and its place before a name tagged apart": (
        "Archbishop of Paris Laurent Ulrich struck the doors.",
        "Laurent Ulrich",
        "Archbishop of Paris",
        "holds office",
    ),
    "a role with a Latin tail": (
        "Rep. Nancy Mace of South Carolina becomes speaker pro tempore, with no power.",
        "Nancy Mace",
        "speaker pro tempore",
        "holds office",
    ),
    "a name after a role noun the parse left unlinked": (
        "The broadcasters' union, which has run the contest since 1956, disqualified the Dutch entrant, Joost Klein,"
        " hours before the final after a complaint.",
        "Joost Klein",
        "Dutch entrant",
        "holds office",
    ),
    "a one-word name beside a position": (
        "Pedri, the Barcelona and Spain midfielder, scored in the final.",
        "Pedri",
        "Barcelona and Spain midfielder",
        "holds office",
    ),
    "a passive office verb after the body, first holder": (
        "A Joint Working Group, co-chaired by Anna Lindqvist of Sweden and Peter Okafor of Nigeria, will draft it.",
        "Anna Lindqvist",
        "co-chair of Joint Working Group",
        "holds office",
    ),
    "a passive office verb after the body, holder coordinated after a place": (
        "A Joint Working Group, co-chaired by Anna Lindqvist of Sweden and Peter Okafor of Nigeria, will draft it.",
        "Peter Okafor",
        "co-chair of Joint Working Group",
        "holds office",
    ),
    "a relative clause after the place": (
        "Donald Knuth taught for decades. In 1968 he moved to Stanford University, where he is now a"
        " professor emeritus.",
        "Donald Knuth",
        "professor emeritus",
        "holds office",
    ),
    "pronoun opening a sentence, its": (
        "Kristalina Georgieva leads the fund. She returned to the World Bank as its chief executive in January 2017.",
        "Kristalina Georgieva",
        "chief executive of World Bank",
        "holds office",
    ),
}


@pytest.mark.parametrize(("sentence", "holder", "office", "relation"), ROLE_SHAPES.values(), ids=ROLE_SHAPES.keys())
def test_a_role_shape_of_real_news_is_a_role_claim_about_its_holder(sentence, holder, office, relation):
    held = {(c.value, c.relation) for c in roles(sentence) if c.subject == holder}
    assert (office, relation) in held, held


# (sentence, a subject no role claim may have, the holder whose role stays)
NOT_HOLDERS = {
    "a place after the name": ("Kevin McCarthy of California is elected speaker.", "California", "Kevin McCarthy"),
    "an opening phrase before a pronoun": (
        "Kelly Ortberg ran Rockwell Collins. After United Technologies bought it in 2018, he ran the merged company."
        " He is a former chair of the Aerospace Industries Association.",
        "After United Technologies",
        "Kelly Ortberg",
    ),
    "a nickname inside a quote": (
        '"Kelly is an experienced leader," said Steven Mollenkopf, Boeing\'s board chair.',
        "Kelly",
        "Steven Mollenkopf",
    ),
    "a day before an appositive role": (
        "In an interview with the BBC's Today programme on Saturday, Estonia's foreign minister, Margus Tsahkna,"
        " said Europe must be ready to defend itself.",
        "Saturday",
        "Margus Tsahkna",
    ),
    "a firm beside its calling": (
        "Microsoft bought Activision Blizzard Inc., the publisher of Call of Duty. Its CEO, Satya Nadella, spoke.",
        "Activision Blizzard Inc.",
        "Satya Nadella",
    ),
    "a regnal name cut short": ("King Charles III asked Keir Starmer to form a government.", "Charles", "Charles III"),
}


@pytest.mark.parametrize(("sentence", "nobody", "holder"), NOT_HOLDERS.values(), ids=NOT_HOLDERS.keys())
def test_words_that_name_no_office_holder_get_no_role_claim(sentence, nobody, holder):
    found = roles(sentence)
    assert all(c.subject != nobody for c in found), [(c.subject, c.value) for c in found]
    assert any(c.subject == holder for c in found)


# (sentence, holder, office as the claim gives it, relation): who holds what, and since when
WHO_HOLDS_WHAT = {
    "a dateline before a former title": (
        "HELSINKI - Former finance minister Arto Lund won the vote on Sunday.",
        "Arto Lund",
        "finance minister",
        "held office",
    ),
    "a dateline with an agency": (
        "LIMA (Reuters) - President Rosa Quispe signed the law on Monday.",
        "Rosa Quispe",
        "President",
        "holds office",
    ),
    "deputy kept in front": (
        "Deputy Prime Minister Tomas Berg opened the session.",
        "Tomas Berg",
        "Deputy Prime Minister",
        "holds office",
    ),
    "a two-word title ending in a rank word": (
        "Former Interpol Secretary General Paulo Reis visited the school.",
        "Paulo Reis",
        "Secretary General of Interpol",
        "held office",
    ),
    "a bare post of the country named before it in its sentence": (
        "After Austria voted on Sunday, Chancellor Petra Lang spoke.",
        "Petra Lang",
        "Chancellor of Austria",
        "holds office",
    ),
    "a bare post after a country named in another sentence stays bare": (
        "Austria voted on Sunday. Chancellor Petra Lang spoke.",
        "Petra Lang",
        "Chancellor",
        "holds office",
    ),
    "a bare post after two countries named": (
        "Austria and Hungary voted on Sunday. Chancellor Petra Lang spoke.",
        "Petra Lang",
        "Chancellor",
        "holds office",
    ),
    "a bare post with no country named": ("Chancellor Petra Lang spoke.", "Petra Lang", "Chancellor", "holds office"),
    "a surname that is a country's name is no country": (
        "Rui Montenegro won the vote in Portugal, and later Montenegro met President Ana Sousa at the palace.",
        "Ana Sousa",
        "President of Portugal",
        "holds office",
    ),
    "replaced as: the successor's office": (
        "Daniel Okoro replaced Maria Lind as prime minister in May.",
        "Daniel Okoro",
        "prime minister",
        "holds office",
    ),
}


@pytest.mark.parametrize(
    ("sentence", "holder", "office", "relation"), WHO_HOLDS_WHAT.values(), ids=WHO_HOLDS_WHAT.keys()
)
def test_who_holds_which_office_is_read_whole(sentence, holder, office, relation):
    found = roles(sentence)
    assert (holder, office, relation) in {(c.subject, c.value, c.relation) for c in found}, found
    dateline = sentence.split(" - ")[0] if " - " in sentence else None
    assert not dateline or all(dateline.split()[0] not in (c.value or "") for c in found)


@pytest.mark.parametrize("sentence", ["Attorney General Nora Hale spoke.", "Deputy Prime Minister Tomas Berg spoke."])
def test_a_post_in_title_words_alone_is_looked_up_under_no_title(sentence):
    claim = next(c for c in roles(sentence) if c.kind == "role")
    assert KIND.wants(claim).offices == ()


def test_a_bare_post_of_the_one_country_named_is_looked_up_as_its_post():
    named = next(c for c in roles("In Austria, Chancellor Petra Lang spoke.") if c.subject == "Petra Lang")
    assert KIND.wants(named).offices == ("Chancellor of Austria",)


def test_a_piece_of_a_country_name_after_a_title_is_nobody():
    found = roles("LONDON - Elena Marsh became Prime Minister of the United Kingdom on 5 May 2031, after the vote.")
    assert all(c.subject != "Kingdom" for c in found), found


def test_the_predecessor_in_a_succession_is_not_said_to_hold_the_office_now():
    found = roles("Daniel Okoro replaced Maria Lind as prime minister in May.")
    assert all(not (c.subject == "Maria Lind" and c.relation == "holds office") for c in found), found


def test_an_ordinal_before_a_title_is_a_clause_fact_not_a_role():
    found = roles("Mike Johnson, a congressman from Louisiana, is elected the 56th speaker.")
    assert all("56th" not in (c.value or "") and "speaker" not in (c.value or "") for c in found)


def test_a_role_the_patterns_read_is_not_claimed_twice():
    found = roles("Saab's chief executive, Micael Johansson, joined Saab in 2010 and became CEO in 2019.")
    assert len([c for c in found if c.subject == "Micael Johansson"]) == 1


def quote_speakers(body: str) -> dict[str, str]:
    text = f"Headline\n\nThe agency reported the news.\n\n{body}\n"
    article = Article(path="story.txt", stem="story", sha256="0", title="Headline", text=text)
    return {c.value or "": c.subject for c in extract_claims(article) if c.kind == "quote"}


# (paragraph, words of the quote, its speaker)
SPEAKERS = {
    "a pronoun after another speaker": (
        'Edmund de Waal chaired the judges. "It is a great book," he said. Samantha Harvey won the prize.'
        ' Accepting it, Harvey thanked the judges. "What we do to the Earth, we do to ourselves," she said.',
        "What we do to the Earth, we do to ourselves",
        "Samantha Harvey",
    ),
    "a role with the name in apposition": (
        'Shohei Ohtani signed on Monday. "This is a historic contract," said his agent, Nez Balelo of CAA.',
        "This is a historic contract",
        "Nez Balelo",
    ),
    "a title standing for the person given it": (
        'Prime Minister Narendra Modi opened the summit. "I request the AU head to take his seat," the Prime'
        " Minister said.",
        "I request the AU head to take his seat",
        "Narendra Modi",
    ),
    "the subject of a verb the quote completes": (
        'Governor Josh Green called it "the largest natural disaster we have ever experienced."',
        "the largest natural disaster we have ever experienced",
        "Josh Green",
    ),
    "a second quote with no saying verb": (
        '"Today is a good day," said Phil Spencer, CEO of Microsoft Gaming. "You are all welcome here."'
        " Bobby Kotick will remain CEO of Activision Blizzard.",
        "You are all welcome here",
        "Phil Spencer",
    ),
    "a description with a name the text tied to the person, after another speaker": (
        'Kamala Harris, running for the Democratic Party, conceded. "It was close," said Jen Dillon, her campaign'
        ' chair. Harris thanked her supporters. "We will keep fighting," the Democratic candidate said.',
        "We will keep fighting",
        "Kamala Harris",
    ),
    "a quote in the clause a verb of saying governs": (
        'Before landfall, Jamie Rhome, deputy director of the centre, had warned that a "catastrophic storm surge"'
        " would follow.",
        "catastrophic storm surge",
        "Jamie Rhome",
    ),
    "an organisation saying, its second verb holding the quote": (
        'Tony Xu spoke first. DoorDash says the suit lacks merit and vows to "fight the claims in court."',
        "fight the claims in court",
        "DoorDash",
    ),
    "a description the text gave the person in apposition": (
        'Dmitry Peskov, a spokesman for the Kremlin, spoke on Monday. "We are reviewing the proposal," the'
        " spokesman said.",
        "We are reviewing the proposal",
        "Dmitry Peskov",
    ),
    "a description the text gave the person as a title": (
        'Minister Keir Starmer visited Leeds on Friday. "Growth is the priority," the minister said.',
        "Growth is the priority",
        "Keir Starmer",
    ),
    "a description whose name the text set beside the person": (
        'Hou Yu-ih is running for the Kuomintang (KMT). "We will win the vote," the KMT candidate said.',
        "We will win the vote",
        "Hou Yu-ih",
    ),
    "a quote in a clause another speaker reports": (
        'Benjamin Netanyahu denied the charges. Agnes Callamard said Netanyahu was "now officially a wanted man"'
        " after the ruling.",
        "now officially a wanted man",
        "Agnes Callamard",
    ),
    "a quote going on after a description the text tied to a person": (
        'Dmitry Peskov, a spokesman for the Kremlin, spoke on Monday. "We are reviewing the proposal," the'
        ' spokesman said. "The talks will go on for days."',
        "The talks will go on for days",
        "Dmitry Peskov",
    ),
    "a pronoun set between commas before the quote, after the person spoke": (
        'Mara Lindqvist opened the session on Monday. "We start today," Lindqvist said. The budget, she added,'
        ' "will not grow this year."',
        "will not grow this year",
        "Mara Lindqvist",
    ),
    "a pronoun set between commas before the clause the quote ends": (
        'Mara Lindqvist opened the session on Monday. For her party, she said, the result was "a clear mandate'
        ' from voters."',
        "a clear mandate from voters",
        "Mara Lindqvist",
    ),
    "a participle of saying after the speaker's own verb": (
        "Her closest rival, Pavel Ostrow, took 26 percent and has rejected the outcome, calling the vote"
        ' "deeply flawed".',
        "deeply flawed",
        "Pavel Ostrow",
    ),
    "an adverb opening the sentence, no name though a person's name starts with it": (
        "The trial opened in March before Judge Eric Holm. Justin Berg led the defence. Just before noon Holm"
        ' took the bench and announced: "The parties have settled the case."',
        "The parties have settled the case",
        "Eric Holm",
    ),
    "a pronoun aside after a name, the last speaker's": (
        'Mara Lindqvist won the vote. Pavel Ostrow, 51, conceded in a brief speech. "The results are not what we'
        ' expected," he told supporters, adding that he had called Lindqvist to congratulate her. Lindqvist, he'
        ' said, "is the leader the voters chose."',
        "is the leader the voters chose",
        "Pavel Ostrow",
    ),
    # the name before the aside a man's, so the parse may take 'he' for him (mutation quote-pronoun-aside-the-name-
    # before-it, session 49: with Mara the parse already says Ostrow, and the order of the two readings went unseen)
    "a pronoun aside after a man's name, the last speaker's": (
        'Karl Lindqvist won the vote. Pavel Ostrow, 51, conceded in a brief speech. "The results are not what we'
        ' expected," he told supporters. Lindqvist, he said, "is the leader the voters chose."',
        "is the leader the voters chose",
        "Pavel Ostrow",
    ),
    "a pronoun aside after a speaker named with an apposition after his quote": (
        'Judge Eric Holm took the bench. "The parties have settled," Holm said. "Lies have consequences," Tomas'
        ' Berg, the firm\'s lead lawyer, told reporters; the deal, he said, "ends a long fight".',
        "ends a long fight",
        "Tomas Berg",
    ),
    # A description the text never gave anyone names an unnamed person: the quote is nobody's it named.
    "a quote going on after an untied description, not the person quoted before": (
        'Vladimir Putin met envoys on Monday. "We are ready to talk," Putin said. Envoys arrived later. "We are'
        ' reviewing the proposal," the spokesman said. "The talks will go on for days."',
        "The talks will go on for days",
        "unattributed",
    ),
    "an untied spokesman after a named person": (
        'Vladimir Putin met envoys in Moscow on Monday. "We are reviewing the proposal," the spokesman said.',
        "We are reviewing the proposal",
        "unattributed",
    ),
    "an untied minister after a named person and a place": (
        'Keir Starmer visited Leeds on Friday. "Growth is the priority," the minister said.',
        "Growth is the priority",
        "unattributed",
    ),
    "an untied official telling reporters": (
        'Keir Starmer visited Leeds on Friday. "Growth is the priority," the official told reporters.',
        "Growth is the priority",
        "unattributed",
    ),
    "an untied official before the quote": (
        'Keir Starmer visited Leeds on Friday. The official told reporters: "Growth is the priority for us."',
        "Growth is the priority for us",
        "unattributed",
    ),
    "an untied architect": (
        'Norman Foster opened the museum on Friday. "Light is the material," the architect said.',
        "Light is the material",
        "unattributed",
    ),
    "a description with a name the text never set beside the person": (
        'Hou Yu-ih visited Taipei on Friday. "We will win the vote," the KMT candidate said.',
        "We will win the vote",
        "unattributed",
    ),
    "an untied description after another speaker, not the last speaker": (
        'Kamala Harris conceded. "It was close," said Jen Dillon, her campaign chair. "We will keep fighting,"'
        " the Democratic candidate said.",
        "We will keep fighting",
        "unattributed",
    ),
}


@pytest.mark.parametrize(("paragraph", "words", "speaker"), SPEAKERS.values(), ids=SPEAKERS.keys())
def test_a_quote_is_given_to_its_speaker(paragraph, words, speaker):
    found = quote_speakers(paragraph)
    assert found.get(words) == speaker, found


def test_a_title_in_quotation_marks_that_nobody_says_is_no_quote():
    found = quote_speakers(
        'Croatia came second. Baby Lasagna, whose "Rim Tim Tagi Dim" came second, thanked fans. "We are so'
        ' happy," said Marko Purišić.'
    )
    assert "Rim Tim Tagi Dim" not in found, found
    assert found.get("We are so happy") == "Marko Purišić"


def test_a_name_inside_an_organisation_name_is_not_whom_a_later_she_means():
    text = (
        "Headline\n\nKristalina Georgieva, the head of the fund, began a second term in 2024.\n\n"
        "Born in Sofia in 1953, the economist holds a doctorate from the University of National and World Economy,"
        " where she taught from 1977 to 1991.\n\n"
        "She returned to the World Bank as its chief executive in January 2017.\n"
    )
    article = Article(path="story.txt", stem="story", sha256="0", title="Headline", text=text)
    dated = [c for c in extract_claims(article) if c.kind == "date" and "2017" in c.text]
    assert dated and all(c.subject == "Kristalina Georgieva" for c in dated), [(c.subject, c.text) for c in dated]


def test_a_title_with_a_dash_in_quotation_marks_that_nobody_says_is_no_quote():
    found = quote_speakers(
        'Mara Lind and her brother formed a band in 1960. As the Lind Revue they recorded "Summer Rain – Winter Sun"'
        " (1966), a production that flopped in America but was a hit in Europe."
    )
    assert "Summer Rain – Winter Sun" not in found, found
