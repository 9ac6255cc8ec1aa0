"""The binder: each figure of a clause paired with its subject by the words between them.

A figure (a count or a share from the text layer) goes to
- the contestant named before it ("за X проголосовали N", "X набрал N", "«X» партиясына N адам", "X – P %"),
  or after it when only linking words stand between ("P percent for X"), or the one a pronoun stands for
  ("Он набрал 91,2 %");
- else the nearest indicator ("в списки включено N", "N voters were included in the lists", "явка – P %");
- else, in a turnout context, the region it follows ("в Актюбинской – 56,9 %").
Its area is the region named before it in the clause ("по Акмолинской области за X – P %"), or after it
when linked ("53.3 percent in Astana"), else the region a heading set. Where two readings remain, the
publication's arithmetic (`sources.figures.arithmetic`) decides; a figure with no subject is `Unread`.
The binder keeps what reaches across clauses (the contestants named so far, a pronoun's antecedent, a list's
lead-in, a region heading); the contestant of one figure is `sources.figures.named_contestant`, its field,
indicator and region `sources.figures.subjects`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from sources.figures.answers import governing_answer
from sources.figures.arithmetic import cast_by_turnout, cast_restating_turnout, share_restating_votes
from sources.figures.asides import (
    abroad,
    bound,
    difference,
    earlier_aside,
    file_name,
    hearsay,
    negated,
    nominees,
    of_another_vote,
    own_before_comparison,
    part_of_chamber,
    threshold,
    voting_apart,
    whole,
)
from sources.figures.clause_scope import (
    answered_indicator,
    bare_contestant_shares,
    bare_region_shares,
    national_share,
    without_asides,
)
from sources.figures.legend import legend, named_alone, named_last, slashed_run
from sources.figures.legend import paired as paired_in_order
from sources.figures.mentions import Mention, MentionFinder
from sources.figures.named_contestant import figure_contestant
from sources.figures.names import Contestant, NameBook
from sources.figures.pairing import each, one_value_each, respectively
from sources.figures.readings import FEWEST_VOTES, ClauseReading, Reading
from sources.figures.relations import chamber_whole, for_each
from sources.figures.spreads import range_end, statistic
from sources.figures.subjects import COUNT_FIELD, SHARE_FIELD, Subjects
from sources.figures.tally import stated_totals, tallied
from sources.figures.text_layer import figures
from sources.lexicon import Lexicon, load_lexicon
from sources.records import Unread
from sources.text import Number

# a clause that only says how many people that was: "Бұл – 3 млн 689 мың адам", "Это 7,3 млн человек", "That is 5.1
# million people"
_THAT_IS_RE = re.compile(r"^\W*(?:бұл|это|that\s+is|this\s+is|that\s+was|this\s+was)\s*(?:[–—-]\s*|:\s*)?(?:\w+\s+)?\d",
                         re.IGNORECASE)
PARTICIPATION = {"ballots_cast", "turnout"}  # the indicators of "took part": a referendum answer may govern them
MOST_SEATS = 150  # more seats than any Kazakh chamber has: not seats


@dataclass
class Binder:
    """Binds the clauses of one document in order (pronouns and headings reach across clauses)."""

    language: str
    kind: str = "results"  # results | turnout: in a turnout bulletin no label is a contestant
    referendum: bool = False
    published_on: dt.date | None = None  # a clause about a vote years before this is history, not a claim
    vote_date: dt.date | None = None  # an undated page's own vote: a clause about another year is another vote's
    lexicon: Lexicon = field(init=False)
    book: NameBook = field(init=False)
    finder: MentionFinder = field(init=False)
    subjects: Subjects = field(init=False)
    last_contestant: Contestant | None = None
    recent: list[Contestant] = field(default_factory=list)  # the contestants named so far, latest last
    list_context: str | None = None  # 'seats' after "Мандаты распределены следующим образом:"
    region_context: Mention | None = None  # a heading "По Акмолинской области:"
    last_field: str | None = None  # the field of the last contestant figure: "X – 84 мандата. Y – 7." is seats
    named_before: bool = False  # the clause just bound named a contestant: "Или 6,64 %" may go on about it
    # the contestant that opened the latest clause naming one ("Karakat Abden, the only woman besides Saltanat
    # Tursynbekova, came third."): a pronoun opening the next sentence is its subject, not the latest name
    opener: Contestant | None = None
    # the contestants of the clause just bound when it stated no figure: "… у X и Y. 0,38 и 0,32 процента
    # соответственно." pairs the next clause's figures with them
    alone: str = ""
    # the last turnout share read: "At 10 a.m. the figure had been 14.02%" stands for its indicator and area
    last_turnout: Reading | None = None
    # the indicator a clause named without a figure: "… признаны недействительными. Число таких бюллетеней – N"
    named_indicator: str | None = None
    # the last answer a region was given a share of: "«Иә» … Түркістан облысында (93,40%). Қарағанды облысында (86,71%)"
    regional_answer: Reading | None = None
    seat_totals: set[float] = field(default_factory=set)  # "145 seats": the totals a tally of handfuls may add up to
    tallied: set[int] = field(default_factory=set)  # this clause's handfuls that add up to a seat total: seats
    legend: list[Mention] = field(default_factory=list)  # "Орындар (A / B / C): …": the names a later run pairs with

    def __post_init__(self) -> None:
        self.lexicon = load_lexicon(self.language)
        self.book = NameBook.for_document(self.language, self.lexicon)
        self.subjects = Subjects(self.lexicon, self.language)
        self.finder = MentionFinder(self.language, self.lexicon, self.book, referendum=self.referendum,
                                    contestants_allowed=self.kind != "turnout")

    def restart(self) -> None:
        """Back to the document's start, keeping the names met: a second pass names "Ержанова" and
        "Yerzhanov" by the fullest spelling the document gives anywhere ("Ержанов Тимур Кайратович")."""
        self.last_contestant = None
        self.opener = None
        self.recent = []
        self.last_field = None
        self.named_before = False
        self.list_context = None
        self.region_context = None
        self.last_turnout = None
        self.named_indicator = None
        self.regional_answer = None
        self.legend = []

    def new_block(self) -> None:
        """A new paragraph or table: a list's lead-in still holds, a region heading does not."""
        self.region_context = None
        self.alone = ""

    # --- one clause ----------------------------------------------------------------------------------
    def bind(self, clause: str, page: int | None = None, sentence: str | None = None) -> ClauseReading:
        """The readings of one clause; `sentence`, the sentence it was cut from, tells whether the clause
        speaks of another vote (an earlier one, an exit poll) when the clause itself does not say so."""
        out = ClauseReading(clause)
        mentions = without_asides(self.lexicon, clause, self.finder.find(clause))
        contestants = [m for m in mentions if m.kind == "contestant"]
        numbers = [n for n in figures(clause, self.language)
                   if not any(c.start <= n.start < c.end for c in contestants)]
        if self.kind == "turnout":
            extra = bare_region_shares(self.language, clause, numbers, mentions)
            numbers = sorted([n for n in numbers if n.start not in {x.start for x in extra}] + extra,
                             key=lambda n: n.start)
        else:
            numbers = sorted(numbers + bare_contestant_shares(self.language, clause, sentence or clause, contestants),
                             key=lambda n: n.start)
        self.seat_totals |= stated_totals(clause, numbers, mentions)
        self.tallied = tallied(numbers, contestants, self.seat_totals) if self.kind != "turnout" else set()
        lead = next((m for m in mentions if m.kind == "lead_in"), None)
        if lead is not None:
            seats_first = any(m.kind == "seats" and m.start < lead.end + 20 for m in mentions)
            self.list_context = "seats" if seats_first else "votes"
        regions = [m for m in mentions if m.kind == "region"]
        if not numbers:
            if regions and len(clause) < len(regions[0].text) + 25 and not contestants \
                    and not clause.rstrip().endswith("."):  # "Астана." opens a dateline, heads no list
                self.region_context = regions[0]  # a heading: "По Акмолинской области:"
            self._met(contestants, clause)
            self.named_before = bool(contestants)
            self.alone = clause
            self.named_indicator = next((m.key for m in mentions if m.kind == "indicator"), None)
            return out
        context = sentence or clause
        aside = of_another_vote(self.lexicon, context, self.language, self.published_on, self.vote_date)
        own_until = own_before_comparison(self.lexicon, context, clause, self.published_on, self.vote_date) \
            if aside else -1
        respectively_only = not contestants and self.lexicon.has("respectively_words", clause)
        carried = (named_alone(self.finder, self.alone, clause) or named_last(self.recent, numbers, mentions)) \
            if respectively_only else []
        self.alone = ""
        paired = respectively(self.lexicon, self.kind, clause, numbers, mentions + carried)
        paired.update(self._by_legend(clause, numbers, mentions, respectively_only))
        for number in numbers:
            reason = ((aside if number.end > own_until else None) or bound(self.lexicon, clause, number)
                      or difference(self.lexicon, clause, number) or nominees(self.lexicon, clause, number)
                      or whole(number) or file_name(clause, number) or hearsay(self.lexicon, context)
                      or negated(self.lexicon, clause, number) or range_end(self.lexicon, clause, number)
                      or statistic(self.lexicon, clause, number) or abroad(self.lexicon, clause, number)
                      or voting_apart(self.lexicon, clause, number))
            if reason:
                out.unread.append(Unread(clause, f"{number.text}: {reason}" if aside else reason, number.text, page))
                continue
            reading = paired.get(number.start) or self._bind_figure(clause, number, mentions)
            if isinstance(reading, Reading) and reading.field == "seats" and (
                    part := part_of_chamber(self.lexicon, context)) is not None:
                reading = f"{number.text}: {part}"
            if isinstance(reading, Reading):
                out.readings.append(reading)
                if for_each(self.lexicon, clause, number):
                    out.readings += each(clause, reading, mentions)
                if reading.subject == "contestant":
                    self.last_field = reading.field
                    answered = reading.contestant_type == "option" and reading.region_name is not None
                    self.regional_answer = reading if answered else None
                elif reading.field == "turnout_pct":
                    self.last_turnout = reading
                    self.regional_answer = None
            else:
                out.unread.append(Unread(clause, reading, number.text, page))
        cast_by_turnout(out, numbers)
        cast_restating_turnout(out, numbers)
        share_restating_votes(out)
        self._met(contestants, clause)
        self.named_before = bool(contestants) or any(r.subject == "contestant" for r in out.readings)
        self.named_indicator = None  # "таких бюллетеней" reaches back one clause only
        one_value_each(out, contestants, page)
        return out

    def _by_legend(self, clause: str, numbers: list[Number], mentions: list[Mention],
                   respectively_only: bool) -> dict[int, Reading]:
        """"Орындар (A / B / C): 95 / 16 / 14." and a later "сол ретпен: 58,70 / 10,15 / 8,90 пайыз" (legend.py)."""
        here = legend(self.finder, self.lexicon, clause) if self.kind != "turnout" else []
        self.legend = here or self.legend
        names = here or (self.legend if respectively_only else [])
        return paired_in_order(self.lexicon, clause, slashed_run(clause, numbers), names, mentions) if names else {}

    def _met(self, contestants: list[Mention], clause: str = "") -> None:
        if contestants:
            first = contestants[0]
            self.opener = first.contestant if not clause[: first.start].strip(" -–—•*\"«") else None
        for m in contestants:
            if m.contestant is not None:
                self.recent = [*[c for c in self.recent if c.name != m.contestant.name][-5:], m.contestant]
        if contestants:
            self.last_contestant = contestants[-1].contestant

    def _bind_figure(self, clause: str, number: Number, mentions: list[Mention]) -> Reading | str:
        left = [m for m in mentions if m.end <= number.start]
        # "87,15 пайызы қолдады": an answer whose phrase opens with the figure's own unit word stands on its right
        right = [m for m in mentions if m.start >= number.end or (
            m.kind == "contestant" and number.start < m.start < number.end < m.end)]
        # "процент проголосовавших" is the turnout indicator whole: its participle is no "of those who voted"
        inside = [(m.start, m.end) for m in mentions if m.kind == "indicator" and m.key == "turnout"]
        participants = any(m.kind == "participants"
                           and not any(s <= m.start and m.end <= e for s, e in inside)
                           and clause[m.end: m.end + 1] not in {"'", "’"}  # "the ballots' printing orders"
                           and not self.subjects.share_of_participants(clause, m)
                           and (0 <= m.start - number.end < 40 or 0 <= number.start - m.end < 40)
                           and not re.search(r"\d", clause[min(m.end, number.end): max(m.start, number.start)])
                           for m in mentions)
        reason = threshold(self.lexicon, clause, number) or earlier_aside(
            self.lexicon, clause, number, self.published_on, self.vote_date)
        if reason is not None:
            return reason
        if chamber_whole(self.lexicon, clause, number, right):
            return f"{number.text}: the seats in all, of which a part is given"
        if number.kind == "count" and (size := self.lexicon.pattern("chamber_size")) is not None and size.match(
                clause[number.end:].lstrip(" -‑")):
            return f"{number.text}: the chamber's size, no contestant's seats"  # "the 145-member chamber"
        field = self.subjects.field(clause, number, right)
        choice = figure_contestant(self, clause, number, left, right)
        if choice.unnamed:
            return f"{number.text}: a second share after one contestant's, its own contestant unnamed"
        contestant, alternatives = choice.contestant, choice.alternatives
        indicator = self.subjects.indicator(clause, number, left, right, contestant)
        answer = (governing_answer(self.language, clause, number, left + right)
                  if self.referendum and indicator in PARTICIPATION else None)
        if answer is not None:
            # "N %, or M citizens who took part, voted in favour": those who took part are the subject's
            # qualifier, the answer governs the figure (in a referendum, a Yes figure is never turnout)
            contestant, indicator, participants = answer, None, False
        region = self.subjects.region(clause, number, left, right, self.region_context)
        region_name = region.name if region else None
        region_code = region.key if region else None
        if contestant is not None and field == "seats" and indicator is not None and not participants \
                and number.value <= MOST_SEATS and contestant.contestant_type == "party":
            # "«X» партиясына N сайлаушы, яғни қатысқандардың P пайызы дауыс берді – 40 мандат": a seat word right
            # after the count makes it the party's seats, whatever indicator the clause names for its other figures
            indicator = None
        if contestant is not None and (indicator is None or participants):
            if field == "count" and self.list_context == "seats" and not self.lexicon.has(
                    "vote_words", clause[number.end: number.end + 30]) \
                    and number.value <= MOST_SEATS:  # "«Отан» - 2883706 (60,61%)" under a seats title: votes
                field = "seats"
            value_field = {"count": "votes", "share": "vote_share_pct", "seats": "seats"}[field]
            if value_field == "seats" and number.value > MOST_SEATS:
                # "Baytaq: 2.20% (168,800 votes) – no seats": more than any chamber has is never seats
                value_field = "votes"
            if value_field == "votes" and number.value < FEWEST_VOTES:
                # "«Ак жол» – 12" after "76 мест", "три партии", "seven candidates": no contestant of a national
                # vote or a region gets a handful of votes; with seat words about, it is seats, else unread
                if number.value <= MOST_SEATS and (any(m.kind == "seats" for m in mentions)
                                                   or self.last_field == "seats" or number.start in self.tallied):
                    value_field = "seats"
                else:
                    return f"{number.text}: too few for the votes of {contestant.name}, and no seat word says seats"
            if value_field == "seats" and contestant.contestant_type == "candidate" and self.list_context != "seats" \
                    and not any(m.kind == "seats" and m.start >= number.end and not clause[number.end: m.start].strip()
                                for m in mentions):
                # "Nazarbayev, 70, another five-year mandate": an age, not seats ("Мандаты: Respublika — 6" reads)
                return f"{number.text}: seats of a candidate ({contestant.name}), no party list's"
            return Reading(number, "contestant", value_field, number.value, contestant.name,
                           contestant.contestant_type, region_name, region_code, clause, alternatives)
        # a count next to "took part" with no contestant is those who took part ("The number of citizens who took
        # part was N people"): the indicator below takes it
        if participants and self.kind == "turnout" and number.kind == "share" and region is not None \
                and not self.referendum:
            # "Меньше всего проголосовавших в Алматы – 14,7 %": in a turnout bulletin, the share of an area's voters
            # who voted is that area's turnout
            return Reading(number, "indicator", "turnout_pct", number.value, region_name=region_name,
                           region_code=region_code, clause=clause)
        if participants and (number.kind == "share" or not any(
                m.kind == "indicator" and m.key in PARTICIPATION for m in mentions)):
            return f"a share of those who voted ({number.text}) with no contestant to give it to"
        if indicator is not None:
            target = (SHARE_FIELD if number.kind == "share" else COUNT_FIELD).get(indicator)
            if target in {"registered_voters", "ballots_cast"} and number.value < FEWEST_VOTES:
                # "В выборах участвовали пять партий": no area's register or turnout is a handful of people
                return f"{number.text}: too few for {target}"
            if number.kind == "share" and indicator == "registered_voters":
                target = "turnout_pct"  # "63,66 % от числа имеющих право": a share of the register is the turnout
            if target is None:
                return f"{number.text}: a share of '{indicator}', which has no column"
            return Reading(number, "indicator", target, number.value, region_name=region_name,
                           region_code=region_code, clause=clause)
        if region is not None and number.kind == "share" and (self.kind == "turnout" or self.list_context == "turnout"):
            return Reading(number, "indicator", "turnout_pct", number.value, region_name=region_name,
                           region_code=region_code, clause=clause)
        if region is not None and number.kind == "share" and self.regional_answer is not None and \
                self.kind != "turnout" and not any(m.kind == "indicator" for m in mentions):
            # the regions' shares of one answer go on in the next sentence, which names no answer or indicator
            answer = self.regional_answer
            return Reading(number, "contestant", "vote_share_pct", number.value, answer.name, answer.contestant_type,
                           region_name, region_code, clause)
        if region is not None and self.kind == "turnout" and number.kind == "count" and \
                number.value >= FEWEST_VOTES and any(n.kind == "share" and re.fullmatch(r"\s*\(\s*", clause[
                    n.end: number.start]) for n in figures(clause, self.language)):
            # "Алматы – 5,2 % (62 112 человек)": the people a region's turnout share restates are its ballots cast
            return Reading(number, "indicator", "ballots_cast", number.value, region_name=region_name,
                           region_code=region_code, clause=clause)
        if region is not None:
            return f"{number.text} for {region.name}: no contestant or indicator says what it counts"
        if contestant is None and (target := answered_indicator(clause, number, self.named_indicator)) is not None:
            return Reading(number, "indicator", target, number.value, clause=clause)  # "And turnout?" "— 73.1%."
        if number.kind == "count" and contestant is None and self.named_indicator in COUNT_FIELD and \
                self.lexicon.has("indicator_anaphors", clause):
            # "Число таких бюллетеней составило … 206 096": the indicator the clause before named, stating no figure
            target = COUNT_FIELD[self.named_indicator]
            return Reading(number, "indicator", target, number.value, region_name=region_name,
                           region_code=region_code, clause=clause)
        if number.kind == "share" and contestant is None and self.last_turnout is not None and \
                self.lexicon.has("figure_anaphors", clause):
            # "At 10 a.m. the figure had been 14.02%": the turnout of the area the last turnout figure was of
            last = self.last_turnout
            if self.lexicon.has("national_words", clause):  # "Общий показатель по республике … 30,65%"
                return Reading(number, "indicator", "turnout_pct", number.value, clause=clause)
            return Reading(number, "indicator", "turnout_pct", number.value, region_name=last.region_name,
                           region_code=last.region_code, clause=clause)
        if self.kind == "turnout" and contestant is None and national_share(self.lexicon, clause, number):
            return Reading(number, "indicator", "turnout_pct", number.value, clause=clause)  # "39,77% по стране"
        if self.kind == "turnout" and number.kind == "count" and number.value >= FEWEST_VOTES and \
                self.last_turnout is not None and _THAT_IS_RE.match(clause) and self.subjects.counts_noun(
                    clause, number, "people_counted"):
            # "… 30,62 пайызы бюллетень алды. Бұл – 3 млн 689 мың адам": the people the last turnout share counted
            last = self.last_turnout
            return Reading(number, "indicator", "ballots_cast", number.value, region_name=last.region_name,
                           region_code=last.region_code, clause=clause)
        return f"no contestant or indicator for {number.text}"
