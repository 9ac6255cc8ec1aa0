"""One sentence read once -- its figures, dates, places and reporters -- in the context of its paragraph.

Detentions and infractions are both read off a `Reading`; the paragraph's running `Account` carries
what later sentences lean on: the reporter ("Of the cases reported later, 12 ..."), the last
detention ("... were among those detained"), the last measure ("Of these, 5 concerned ..."), the last
date ("the following day") and the places named ("in the two cities").
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, replace
from functools import cached_property
from typing import TypeVar

from sources.claims.attribution import carried_source, source_after, whole_text_source
from sources.claims.cues import continues_account, speaker_goes_on
from sources.claims.dates import DateMention, day_told, find_dates
from sources.claims.observer_groups import fielding_body, observers_named_before
from sources.claims.places import PlaceMention, find_places
from sources.claims.quantities import Quantity, find_quantities
from sources.claims.reporter_aliases import aliases_in, as_institution
from sources.claims.reporter_names import role_before
from sources.claims.reporter_outlets import byline, correspondent_sighting, dateline_agency
from sources.claims.reporter_roles import VIEW_HOLDER_RE, interviewee, latter_reporter
from sources.claims.reporters import (
    ReporterMention,
    default_reporter,
    find_reporters,
    introduced_body,
    named_subject,
    reporting_verb_after,
)
from sources.claims.scope import fronted_clause, sub_clause_of
from sources.claims.source_frames import class_noun_source, framed_before, members_speak_for, title_source
from sources.claims.story_lead import story_lead
from sources.claims.surnames import surname_speaker
from sources.claims.vocabulary import PROTEST_RE
from sources.records import ClaimContext, DetentionClaim, Evidence, InfractionClaim
from sources.text.sentences import split_clauses

PROTEST_CONTEXT_SENTENCES = 3  # how far back "people" can learn they were protesters
KEPT_SENTENCES = 8  # earlier sentences kept for "in the two cities" and protest context


@dataclass(frozen=True)
class Account:
    """What the section has said so far.

    `reporter` and `measure` belong to the paragraph (a new paragraph starts a new account of who
    said what); the rest runs on through the section, since the next paragraph often goes on with
    the same events ("Protests continued ..." / "According to the Minister, approximately 4,000
    people were detained ...").
    """

    sentences: tuple[str, ...] = ()
    reporter: str | None = None  # named (or carried) by the paragraph's last sentence
    detention: DetentionClaim | None = None  # the last detention reported
    measure: str | None = None  # the last infraction measure the paragraph counted
    anchor: dt.date | None = None  # the last date named
    lead: str | None = None  # the reporter of a paragraph that opens with "X reported the following:"
    wire: str | None = None  # the agency of a dateline ("ALMATY (Reuters) -"): speaks for the whole story
    previous_days: tuple[dt.date | None, dt.date | None] | None = None  # the previous sentence's (last) date
    in_paragraph: int = 0  # sentences read in this paragraph
    # The last paragraph's trailing claims no one was named for, and the reporter this paragraph's first sentence
    # names for them ("... 500 people were detained." / "Об этом заявил X ..."): read_claims re-attributes them.
    unnamed: tuple[DetentionClaim | InfractionClaim, ...] = ()
    renamed: tuple[str, tuple[DetentionClaim | InfractionClaim, ...]] | None = None
    # People named with the institution they speak for ("Eoghan Murphy, head of the ODIHR mission"): surname stem →
    # institution, for the sentences that quote them by name.
    aliases: tuple[tuple[str, str], ...] = ()
    # The institution the last sentence was about, whatever its verb ("The Ministry issued a statement."): who a
    # pronoun speaking next stands for ("It said that ...", "По её данным").
    subject: str | None = None
    # The authority (not the publisher) whose cases and sanctions the last paragraph ended on: its next paragraph
    # goes on with the same account unless it names a source of its own (paragraph.py; a heading resets it).
    authority: str | None = None
    # The last paragraph's closing sentence's uncounted detentions no one was named for: the next paragraph's first
    # sentence going on with the same detentions and naming a source gives them that source ("renamed").
    unnamed_last: tuple[DetentionClaim, ...] = ()
    # Who speaks in a quotation the last paragraph left open, and who it named last: the quotation's closing
    # paragraph ('..., – дейді ол.') gives its claims to them.
    quote_speaker: str | None = None
    last_named: str | None = None
    # The detentions of the last paragraph's closing sentence, and its counts of no single kind no sentence has yet
    # elaborated on: the next paragraph's first sentence may count the same people, a later one name their kind.
    detained_last: tuple[DetentionClaim, ...] = ()
    counted_last: tuple[InfractionClaim, ...] = ()
    # Claims of earlier paragraphs this paragraph revised, (old, new); new None drops it (read_claims applies them).
    revised: tuple[tuple[DetentionClaim | InfractionClaim, DetentionClaim | InfractionClaim | None], ...] = ()
    story: bool = True  # the text before any heading: a story whose lead may name its source (_story_lead)
    # An interview: the person it is with, and whether a question to them has been asked -- the answers that follow
    # it are theirs ("Did you notice any irregularities? ... Three observers were detained.").
    interviewee: str | None = None
    answering: bool = False
    # A byline printed over lines of its own: the last paragraph was a bare name, or a byline whose person speaks
    # for the next paragraph (boundary.py, byline_over).
    name_line: str | None = None
    byline_next: str | None = None
    # The source the paragraph named last: it reports the findings that follow until another is named (attribution.py).
    source: str | None = None
    # The last body the text named as a source, whatever it told: a class noun later stands for it ("По данным сети").
    named: str | None = None
    # The bodies named before it, each with the sentence that named it: a class noun stands for the latest one named
    # by the same noun ("сообщили в объединении «X»" … the police … "по данным объединения" is X).
    named_in: tuple[tuple[str, str], ...] = ()

    def next_paragraph(self) -> Account:
        return replace(
            self,
            reporter=None,
            measure=None,
            lead=None,
            in_paragraph=0,
            previous_days=None,
            renamed=None,
            subject=None,
            revised=(),
            source=None,
        )


@dataclass(frozen=True)
class Reading:
    """A sentence with everything the claim readers need, found once."""

    text: str
    page: int | None
    context: ClaimContext
    account: Account
    clauses: tuple[tuple[int, int], ...]
    dates: tuple[DateMention, ...]
    quantities: tuple[Quantity, ...]
    places: tuple[PlaceMention, ...]
    reporters: tuple[ReporterMention, ...]
    continues: bool  # goes on with the previous sentence's account
    speaker: bool = False  # "He said that ...": the previous sentence's reporter speaks on
    aliases: tuple[tuple[str, str], ...] = ()  # the account's, with this sentence's

    def clause_of(self, position: int) -> tuple[int, int]:
        index = bisect_right(self.clauses, (position, len(self.text) + 1)) - 1
        if index >= 0 and position < self.clauses[index][1]:
            return self.clauses[index]
        return 0, len(self.text)

    @property
    def carried(self) -> str | None:
        """The reporter this sentence takes from the one before: the account's, when it goes on with it, or the
        institution a pronoun speaking now points back to ("It said that ...")."""
        if (self.continues or self.speaker) and self.account.reporter:
            return self.account.reporter
        return self.account.subject if self.speaker else None

    @property
    def evidence(self) -> Evidence:
        return Evidence(self.context.document_id, self.text, self.page)

    @cached_property
    def resolved_dates(self) -> tuple[DateMention, ...]:
        return tuple(d for d in self.dates if d.date_from is not None or d.date_to is not None)

    @cached_property
    def about_protests(self) -> bool:
        """The sentence or the few before it speak of protests, rallies, dispersed gatherings."""
        recent = (*self.account.sentences[-PROTEST_CONTEXT_SENTENCES:], self.text)
        return any(PROTEST_RE.search(s) for s in recent)


def _names_place(reporter: str, location: str) -> bool:
    """The reporter's name is the place's own, or one of a group's ("Astana and Shymkent")."""
    return re.search(rf"(?<!\w){re.escape(reporter)}(?!\w)", location) is not None


def read_sentence(text: str, page: int | None, context: ClaimContext, account: Account) -> Reading:
    dates = find_dates(text, context.election_date, context.published_on, account.anchor)
    masked = [(d.start, d.end) for d in dates]
    aliases = {**dict(account.aliases), **aliases_in(text)}
    places = find_places(text, account.sentences, context.election_date or context.published_on)
    # "Students in Astana and Shymkent told observers": a place is where the speakers are, never who speaks
    reporters = [
        as_institution(m, aliases)
        for m in find_reporters(text)
        if not any(p.start <= m.start and m.end <= p.end and _names_place(m.reporter, p.location) for p in places)
    ]
    reporters = [role_before(text, r) for r in reporters]  # "вице-министрі Марат Қожаев": the office speaks
    # an office by its bare noun ("По словам министра"): the body the text named with that noun before
    # ("police" is an institution of its own, never another body named near the word before)
    reporters = [replace(r, reporter=named) if _BARE_NOUN_RE.fullmatch(r.reporter) and r.reporter != "police" and (
        named := named_by_noun(r.reporter, account)) is not None else r for r in reporters]
    if not reporters and (person := surname_speaker(text, account.sentences)) is not None:
        reporters = [person]  # "Zhovtis put the overall number ... at 'up to 50'": the person named in full before
    if not reporters and (seen := correspondent_sighting(text)) is not None:
        reporters = [ReporterMention(*seen)]  # "Корреспонденты издания Vlast.kz видели, как ...": the outlet's
    # "По данным сети": the network named before; "Observers found 23 violations, the bureau said": the bureau's
    # observers, not the mission's
    if account.named and all(r.reporter in PUBLISHERS for r in reporters) and (
            span := class_noun_source(text)) is not None:
        reporters = [ReporterMention(*span, named_by_noun(text[span[0]: span[1]], account) or account.named)]
    if account.named:
        reporters = members_speak_for(text, reporters, account.named)
    latter = latter_reporter(text, account.sentences[-1] if account.sentences else "")
    reporters = observers_named_before(text, reporters, account.sentences)
    if latter is not None:  # "Участники последней ... выявили", "The latter's observers": the list's last one
        reporters = [ReporterMention(*latter)] + [r for r in reporters if not r.start < latter.end]
    return Reading(
        text=text,
        page=page,
        context=context,
        account=account,
        clauses=tuple((c.start, c.end) for c in split_clauses(text)),
        dates=tuple(dates),
        quantities=tuple(find_quantities(text, masked)),
        places=tuple(places),
        reporters=tuple(reporters),
        aliases=tuple(aliases.items()),
        continues=continues_account(text),
        speaker=speaker_goes_on(text),
    )


# the publishers as reporters: who speaks when no one else is named, never "the body named before"
PUBLISHERS = frozenset({default_reporter("osce"), default_reporter("cec")})
Mention = TypeVar("Mention", DateMention, PlaceMention, ReporterMention)


def _between(mentions: Sequence[Mention], start: int, end: int) -> Sequence[Mention]:
    """The mentions (sorted by start) that lie within start..end."""
    first = bisect_left(mentions, start, key=lambda m: m.start)
    last = bisect_left(mentions, end, key=lambda m: m.start)
    return [m for m in mentions[first:last] if m.end <= end]


def _nearest(mentions: Sequence[DateMention], position: int) -> DateMention | None:
    index = bisect_left(mentions, position, key=lambda m: m.start)
    around = mentions[max(0, index - 1) : index + 1]
    return min(around, key=lambda d: min(abs(d.start - position), abs(d.end - position)), default=None)


_ATTRIBUTIVE_AFTER_RE = re.compile(r"[»\"]?(?:\s+[^\W\d_]+)?\s+[^\W\d_]+(?:ған|ген|қан|кен)\s+[^\W\d_]", re.IGNORECASE)
_TELLER_BEFORE_RE = re.compile(r"(?<![\w-])деп\s+(?:хабарла|мәлімде|айт|жаз|мәлім\s+ет)\w*\s+$", re.IGNORECASE)


def reporter_for(reading: Reading, position: int) -> str:
    """The reporter of the figure at `position` (rules in reporters.py)."""
    clause = reading.clause_of(position)
    in_clause = _between(reading.reporters, *clause)
    fronted = fronted_clause(reading.text, *clause)
    # "Although the CEC said …, observers reported 36 …": who speaks in the subordinate clause is not the main's
    conceded = fronted is not None and position > fronted[1]
    if conceded:
        in_clause = [r for r in in_clause if r.start > fronted[1]]  # type: ignore[index]
    # a Kazakh sentence closed by its teller, "…, деп хабарлайды Азаттық тілшісі": the teller of all it says, not a
    # body named inside it only to describe something ("«X» қозғалысы шақырған жиынға": the gathering X called)
    told = [r for r in reading.reporters if _TELLER_BEFORE_RE.search(reading.text, max(0, r.start - 30), r.start)]
    in_clause = [r for r in in_clause if not (told and _ATTRIBUTIVE_AFTER_RE.match(reading.text, r.end))]
    if told and not in_clause and not conceded:
        return told[-1].reporter
    if in_clause:
        # "according to the CEC, it received 170 complaints, the Prosecutor General's Office reported 40 …": a later
        # source that tells its own figure, right before it, is that figure's
        # (or one framed as the source: "Секретарь ЦИК напомнил, что в заявлении миссии БДИПЧ отмечены …")
        own = [r for r in in_clause[1:] if in_clause[0].end <= r.start and r.end < position
               and (reporting_verb_after(reading.text, r.end) or framed_before(reading.text, r.start))]
        if own:
            return own[-1].reporter
        return in_clause[0].reporter
    if reading.reporters and not conceded:
        # a dateline's agency ("ASTANA (Reuters) - ...") gives way to a source its sentence names
        wire = dateline_agency(reading.text)
        named = [r for r in reading.reporters if r.reporter != wire]
        return (named or reading.reporters)[0].reporter
    if reading.carried:
        return reading.carried
    if (source := carried_source(reading.account.source, reading.reporters, reading.text)) is not None:
        return source
    if reading.account.lead:
        return reading.account.lead
    if reading.account.answering and reading.account.interviewee:
        return reading.account.interviewee
    if reading.account.wire:
        return reading.account.wire
    return default_reporter(reading.context.publisher)


def date_for(reading: Reading, position: int) -> tuple[dt.date | None, dt.date | None]:
    """The resolved date nearest the event word at `position`: in its sub-clause first, so that "On 13 June the
    ministry said that 900 people had been detained on 9 and 10 June" takes the event's days, not the
    announcement's; then in its clause, then the sentence."""
    resolved = reading.resolved_dates
    clause = reading.clause_of(position)
    own = sub_clause_of(reading.text, clause, position)
    for pool in (_between(resolved, *own), _between(resolved, *clause), resolved):
        nearest = _nearest(pool, position)
        if nearest is not None:
            return nearest.date_from, nearest.date_to
    # "On election night, people gathered in Almaty. Police took 18 of them to police stations.": that night.
    return reading.account.previous_days or (None, None)


def place_for(reading: Reading, position: int) -> str | None:
    """Where the event at `position` happened: the first place after it in its clause, else before."""
    start, end = reading.clause_of(position)
    in_clause = _between(reading.places, start, end)
    index = bisect_left(in_clause, position, key=lambda p: p.start)
    if index < len(in_clause):
        return in_clause[index].location
    return in_clause[-1].location if in_clause else None


def advance(reading: Reading, detentions: list[DetentionClaim], measure: str | None) -> Account:
    """The account after this sentence."""
    account = reading.account
    if reading.reporters:
        reporter: str | None = reading.reporters[0].reporter
    elif reading.continues or reading.speaker:
        reporter = reading.carried
    else:
        reporter = None
    resolved = [d.date_to or d.date_from for d in reading.dates if d.date_to or d.date_from]
    # the next sentence's events keep this one's day, unless it is only the day something was told or published
    # ("Фонд «Адил соз» 22 ноября опубликовал доклад. Согласно докладу, задержаны …": not the day of the detentions)
    days = [d for d in reading.resolved_dates if not day_told(reading.text, d)]
    last = days[-1] if days else None
    lead = account.lead
    lead = byline(reading.text) or lead  # who speaks for the rest of the paragraph
    if lead is None and reading.reporters and VIEW_HOLDER_RE.search(reading.text):
        lead = reading.reporters[-1].reporter  # "..., считают объединения наблюдателей." and their account goes on
    interviewed = account.interviewee or interviewee(reading.text)
    named = next((r.reporter for r in reversed(reading.reporters) if r.reporter not in PUBLISHERS), None) or \
        fielding_body(reading.text) or introduced_body(reading.text) or account.named
    return replace(
        account,
        interviewee=interviewed,
        answering=account.answering or (interviewed is not None and reading.text.rstrip().endswith("?")),
        wire=account.wire or dateline_agency(reading.text) or story_lead(reading) or whole_text_source(reading.text)
        or (title_source(reading.text) if account.story and not account.sentences else None),
        aliases=reading.aliases,
        lead=lead,
        in_paragraph=account.in_paragraph + 1,
        previous_days=(last.date_from, last.date_to) if last else None,
        sentences=(*account.sentences[-KEPT_SENTENCES + 1 :], reading.text),
        subject=named_subject(reading.text, dict(reading.aliases)),
        reporter=reporter,
        source=source_after(account.source, reading.reporters, reading.text),
        named=named,
        named_in=_named_in(account, named, reading.text),
        detention=detentions[-1] if detentions else account.detention,
        measure=measure or account.measure,
        anchor=resolved[-1] if resolved else account.anchor,
    )


def _named_in(account: Account, named: str | None, sentence: str) -> tuple[tuple[str, str], ...]:
    """The bodies named so far with the sentence that named each: a new one (or the first) is added."""
    if named is None or (named == account.named and account.named_in):
        return account.named_in
    return (*account.named_in[-KEPT_SENTENCES + 1:], (named, sentence))


_BARE_NOUN_RE = re.compile(r"(?-i:[a-zа-яёәғқңөұүһі])[^\W\d_]{3,}")  # "министра", "minister": one common noun


def named_by_noun(phrase: str, account: Account) -> str | None:
    """The latest body named in a sentence that calls it by the class noun `phrase` uses ("объединения" →
    "… в объединении «X»"); None when no sentence kept names one so."""
    words = re.findall(r"[^\W\d_]{3,}", phrase)
    if not words:
        return None
    head = words[-1].lower()  # the class noun heads its phrase: "по данным объединения", "the group"
    stem = head[: min(6, max(3, len(head) - 2))]
    for body, sentence in reversed(account.named_in):
        if re.search(rf"(?<!\w){re.escape(stem)}", sentence, re.IGNORECASE):
            return body
    return None


Claim = TypeVar("Claim")


def distinct(claims: list[Claim], key: Callable[[Claim], Hashable]) -> list[Claim]:
    """One row per finding: the same figure said twice in one sentence is kept once, in order."""
    seen: set[Hashable] = set()
    out = []
    for claim in claims:
        if (k := key(claim)) not in seen:
            seen.add(k)
            out.append(claim)
    return out
