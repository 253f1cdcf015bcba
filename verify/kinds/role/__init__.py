"""Role claims: who holds (or held) which office, with what rank and nationality."""

from __future__ import annotations

import datetime as dt
import functools

from verify import aliases, lexicons
from verify.kinds.base import ArticleView, Aspect, BaseKind, Finding, Mode, Relation, Retrieved, Stance, Wants
from verify.kinds.duration.judge import age_taking_up_findings
from verify.kinds.role.judge import (
    a_place_in_its_line,
    a_step_as,
    as_former,
    as_past,
    as_told,
    as_worded,
    both_offices,
    cleaned_office,
    count_checked,
    earlier_spells,
    end_told,
    ended_first,
    ended_in_the_window,
    ended_within,
    first_of_a_kind,
    first_stated,
    first_to_do,
    former_office,
    held_in_past_years,
    held_until,
    leaving,
    nationality_findings,
    of_a_possessive_country,
    of_a_shared_form,
    of_the_posts_country,
    office_findings,
    only_its_origin,
    ordinal_checked,
    ordinal_of,
    owner_as_head,
    predecessor_checked,
    qualifier_never_held,
    rank_findings,
    rank_stated,
    ranked_office,
    recency,
    repeat_checked,
    second_office,
    served_under,
    since_checked,
    spell_sibling_findings,
    start_sibling_findings,
    step_as_findings,
    successor_checked,
    taken_by,
    terms_counted,
    then_in_the_sentences_years,
    to_take_up,
    told_with_its_length,
    took_up,
    unchecked,
    under_a_past_head,
    under_head,
    until_sibling_findings,
    values_checked,
    with_stated_years,
    without_former,
    without_status,
)
from verify.link import office_titles
from verify.models import Claim
from verify.offices import POST, office_page_title


def _known_as(claim: Claim, f: Finding) -> bool:
    """Whether a finding only says a person is one of an occupation now ('is a Vestrian politician, diplomat and
    lawyer'): for a 'former diplomat' that is what the person is known as, not a post held on the article's day,
    and no evidence that they are one still. A post ('former minister') is held or not, and is judged."""
    return f.stance == Stance.SUPPORTS and not POST.search(aliases.fold(claim.effective_value or ""))


class RoleKind(BaseKind):
    name = "role"

    def find(self, view: ArticleView) -> list[Claim]:
        from verify.extract import engine_claims  # the shared reader imports this kind's rules: import it late

        return engine_claims(view, self.name)  # the patterns' role claims with the parse's corrections

    def wants(self, claim: Claim) -> Wants:
        claim = without_status(claim)  # 'outgoing president': the office asked as 'president'
        if former_office(claim):
            claim = without_former(claim)
        offices = tuple(office_titles(claim)) if claim.relation in {Relation.HOLDS_OFFICE, Relation.HELD_OFFICE} else ()
        if _bare_post(claim):  # "Attorney General" of no country named: a page of that title names no holder
            offices = ()
        # the office as Wikipedia titles it when the article puts its country first; asked only when new
        titled = office_page_title(claim.effective_value or "", claim.nationality) if offices else None
        if titled and titled.lower() not in {o.lower() for o in offices}:
            offices = (*offices, titled)
        subject = claim.effective_subject
        return Wants(titles=(subject, *offices), people=(subject,), offices=offices, at_date=True)

    def judge(self, claim: Claim, evidence: Retrieved, as_of: dt.date | None) -> list[Finding]:
        return then_in_the_sentences_years(claim, self._judged(claim, evidence, as_of))

    def _judged(self, claim: Claim, evidence: Retrieved, as_of: dt.date | None) -> list[Finding]:
        outgoing = leaving(claim)  # 'outgoing president': held, and its end told
        claim = without_status(claim)  # 'outgoing president': the office, not when it is held
        claim = of_the_posts_country(claim, list(evidence.own))  # 'President X': the article's one country's post
        claim = of_a_shared_form(claim, list(evidence.own))  # 'Congolese President X': the Congo whose post she holds
        claim = of_a_possessive_country(claim)  # "Speaker of Canada's House of Commons": Canada's Speaker
        # 'defence minister under Yasuo Fukuda', "Ivo Stam's finance minister": the head too
        claim, head = under_head(owner_as_head(cleaned_office(claim), evidence.everything))
        claim = to_take_up(claim)  # 'will be sworn in as prime minister': the incoming prime minister
        # 'the first prime minister to have studied abroad', 'the first finance minister to become prime minister':
        # held, the record unchecked
        claim, record = first_to_do(claim)
        claim, count = terms_counted(claim)  # 'a two-time finance minister': held, that many times
        claim, kind = first_of_a_kind(claim)  # 'first woman president': that she was the first, too
        claim, rank = ranked_office(claim)  # 'the youngest vice president': the office, and the rank to be stated
        found = self._findings(claim, evidence, as_of, head)
        told = told_with_its_length(claim)
        held_today = any(f.stance == Stance.SUPPORTS and f.aspect == Aspect.MAIN for f in found)
        if told is not None and not held_today and not told.recent:
            # 'Lena Vos, prime minister for a decade, spoke.': a holding of that length, now or before ('for the
            # past year' is up to the article's day: held now)
            held = self._findings(claim.model_copy(update={"relation": Relation.HELD_OFFICE}), evidence, as_of, head)
            # 'the prime minister ousted in 2023': a term of that year, or the holding today is what is judged
            fits = told.deed is None or any(f.stance == Stance.SUPPORTS for f in as_told(held, told, as_of))
            found = held if fits else found
        found = found if told is None else as_told(found, told, as_of)
        if (
            rank is not None
            and ordinal_of(rank) is None
            and claim.relation == Relation.HOLDS_OFFICE
            and not recency(rank)
        ):
            # 'is the youngest prime minister in its history': a record of a spell, true after the spell ends
            held = self._findings(claim.model_copy(update={"relation": Relation.HELD_OFFICE}), evidence, as_of, head)
            found = held if any(f.stance == Stance.SUPPORTS and f.aspect == Aspect.MAIN for f in held) else found
        if claim.relation == Relation.HOLDS_OFFICE and (a_place_in_its_line(claim) or kind is not None):
            # 'Jon Dahl, the first president of the bank, died': a place in the post's line, true after the spell ends;
            # so is a first of a kind ('Greta Lind, the first female prime minister, has died': review38 R4)
            held = self._findings(claim.model_copy(update={"relation": Relation.HELD_OFFICE}), evidence, as_of, head)
            found = held if any(f.aspect == Aspect.MAIN and f.stance == Stance.SUPPORTS for f in held) else found
        found = ordinal_checked(claim, served_under(found, head, evidence.everything))
        found = first_stated(found, kind, evidence.everything, claim.effective_subject, claim.effective_value or "")
        found = rank_stated(found, rank, evidence.everything, claim.effective_subject, claim.effective_value or "")
        # 'leader of the party since March 2019': that spell's start; 'will be sworn in ... on Wednesday' too
        found = since_checked(as_worded(claim), found, as_of)
        found = repeat_checked(claim, found)  # 're-elected prime minister in 2023': not the first spell's start
        found = predecessor_checked(claim, found, as_of)  # 'replaced Ana Ruiz as prime minister': her spell ended
        found = successor_checked(claim, found, evidence.everything, as_of)  # the one whose spell it began from
        found = values_checked(claim, found)  # 'took over from Ola Sund as chair ... in Naples': those too
        found = count_checked(claim, found, count, evidence.everything)
        found = found if record is None else unchecked(found, f"no page checks '{record}'")
        if any(f.stance == Stance.CONTRADICTS for f in age_taking_up_findings(claim, list(evidence.own))):
            # 'Ana Ruiz became prime minister in 2023 at the age of 49': the step's age, measured at its start, is not
            found = unchecked(found, "the age told at the step is refuted by the birth date")
        found = only_its_origin(claim, found, evidence.everything)  # 'Danish diplomat' of a 'Danish-born British' one
        found = end_told(found, as_of) if outgoing else found
        other = second_office(claim)  # 'vice chancellor and finance minister': both offices
        return found if other is None else both_offices(found, self._findings(other, evidence, as_of, head))

    def _findings(
        self, claim: Claim, evidence: Retrieved, as_of: dt.date | None, head: str | None = None
    ) -> list[Finding]:
        """The findings on the claim's office (its head, if named, split off by `under_head`)."""
        docs = evidence.everything
        if claim.relation in {Relation.HOLDS_OFFICE, Relation.HELD_OFFICE} and former_office(claim):
            # "Former Prime Minister Rishi Sunak": held before the article's day, and not on it
            claim = without_former(claim)
            return (
                [as_former(f) for f in office_findings(claim, docs, as_of) if not _known_as(claim, f)]
                + qualifier_never_held(claim, docs)
                + nationality_findings(claim, docs)
                + rank_findings(claim, docs)
            )
        taken_up = claim.relation == Relation.HOLDS_OFFICE and (took_up(claim, as_of) or held_until(claim, as_of))
        # 'Ana Ruiz, finance minister under Ivo Stam,' when Stam has left office: held in his time, not on the day
        past_head = under_a_past_head(head, docs, as_of) if claim.relation == Relation.HOLDS_OFFICE else None
        taken_up = taken_up or past_head is not None
        # 'Lena Vos, the mayor of Korvik from 2009 to 2013,': held in years before the article's, not on its day
        taken_up = taken_up or (claim.relation == Relation.HOLDS_OFFICE and held_in_past_years(claim, as_of))
        if claim.relation == Relation.HELD_OFFICE or taken_up:
            return (
                ended_within(
                    with_stated_years(
                        claim,
                        ended_in_the_window(
                            claim,
                            ended_first(taken_by([as_past(f) for f in office_findings(claim, docs, as_of)], as_of)),
                            as_of,
                        ),
                        docs,
                    ),
                    past_head,
                    "held under a head who left office",
                )
                + (spell_sibling_findings(claim, docs) if claim.relation == Relation.HELD_OFFICE else [])
                + start_sibling_findings(claim, docs)  # 'was appointed finance minister in December 2020'
                + until_sibling_findings(claim, docs, as_of)  # 'served as commerce minister until April'
                + qualifier_never_held(claim, docs)
                + nationality_findings(claim, docs)
                + rank_findings(claim, docs)
            )
        if claim.relation == Relation.HOLDS_OFFICE:
            held = earlier_spells(office_findings(claim, docs, as_of))  # a past term before the one held now
            return held + nationality_findings(claim, docs) + rank_findings(claim, docs)
        if claim.relation == Relation.RANK:
            return rank_findings(claim, docs) + nationality_findings(claim, docs)
        if a_step_as(claim):
            return step_as_findings(claim, docs, as_of)  # 'The Korvik Museum has appointed Jon Dahl as its director'
        return []

    def phrase(self, finding: Finding) -> str:
        """A page sentence placing the office in the past, against a claim that it is held now."""
        past_only = finding.mode == Mode.PAST and finding.stance == Stance.CONTRADICTS and finding.unit.field is None
        return finding.detail + (" only in the past" if past_only else "")


def _bare_post(claim: Claim) -> bool:
    """A post written in title words alone ("Attorney General", "Deputy Prime Minister"), with no
    country, body or known alias: many countries and bodies have one, and a page of that title names
    no holder. A post titled by country ("Chancellor") stays: retrieval asks it as the post of the
    one country the article names (`verify.retrieve.bare_post_title`)."""
    value = aliases.fold(claim.effective_value or "")
    if aliases.country_of(claim.nationality) or value in aliases.TITLED_BY_COUNTRY:
        return False
    if any(form in value for forms in aliases.OFFICE_ALIASES.values() for form in forms):
        return False
    words = value.replace("-", " ").split()
    return bool(words) and all(word in _title_words() for word in words)


@functools.cache
def _title_words() -> frozenset[str]:
    """The words of the lexicons' titles and their modifiers ("prime", "minister", "vice")."""
    titles = lexicons.load("titles")
    phrases = [*titles["titles"], *titles["modifiers"], *lexicons.load("offices")["heads"]]
    return frozenset(word for phrase in phrases for word in aliases.fold(phrase).replace("-", " ").split())


KIND = RoleKind()
