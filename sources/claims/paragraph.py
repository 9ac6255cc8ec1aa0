"""One paragraph read sentence by sentence, with what later sentences say about the claims of earlier ones.

A sentence's claims are read off the sentence itself (detentions.py, infractions.py); the paragraph then
settles three things the sentence alone cannot:

- who reported them, when the sentence names no one but a later one does: "... 500 people were detained. Об
  этом заявил X", "1,500 of them were released, X reports", "Как сообщает X, людей задерживают ..." right after
  detentions no one was named for;
- their kind, when a later sentence elaborates on a count of no single kind: "25 complaints were received. They
  concerned campaigning ...", "В обращениях говорилось о ..." (the elaboration is not a new finding);
- the authority that speaks for cases opened, people sanctioned and complaints received: the prosecutors who
  opened the cases keep reporting them in the sentences that follow.

An uncounted detention of a group gives way to a count of the same people in the paragraph.

A PDF hands each paragraph over as its own block, so some of this runs on into the next paragraph of the section
(never across a heading, never into the mission's own observation): the authority's cases and sanctions, the source
a connective ("In addition", "Кроме того", "Сондай-ақ") goes on with, the source the next paragraph's first sentence
names for the uncounted detentions the paragraph closed on, and the speaker of a quotation left open.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import TypeVar

from sources.claims.boundary import Revision, byline_over, counted_across, elaborated_across, same_people
from sources.claims.continuation import goes_on_from, goes_on_with_detentions, names_a_source
from sources.claims.cues import (
    closed_by_pronoun,
    closes_quote,
    names_the_detentions,
    opens_quote,
    opens_with_quote,
    refers_back,
    reports_observation,
    speaker_goes_on,
)
from sources.claims.detentions import detentions_in, revision_of
from sources.claims.frames import answered, asserted, finding_answered
from sources.claims.infractions import infractions_in
from sources.claims.kinds import kind_named
from sources.claims.reading import Account, Reading, advance, read_sentence
from sources.claims.reporters import default_reporter, find_reporters
from sources.claims.story_lead import ends_a_sentence
from sources.claims.vocabulary import DETENTION_VERB_RE, ELABORATION_RE, NO_ELABORATION_RE, PART_COUNT_RE
from sources.records import ClaimContext, DetentionClaim, InfractionClaim
from sources.text.sentences import split_sentences

Claim = TypeVar("Claim", DetentionClaim, InfractionClaim)

# A part counted out of what was counted before: "in 3 of these", "12 of them", "из них 5", "олардың 4-і".
SAME_EVENT_SENTENCES = 1  # an uncounted detention and a count of the same people a sentence away: one event
TOTAL_RE = re.compile(
    r"\b(?:in\s+all|in\s+total|overall|altogether|a\s+total\s+of|всего|в\s+общей\s+сложности|итого|барлығы"
    r"|жалпы)\b",
    re.IGNORECASE,
)
AUTHORITY_MEASURES = frozenset(
    {
        "administrative_cases",
        "administrative_offences",
        "criminal_cases",
        "persons_sanctioned",
        "complaints",
        "violations",
    }
)

# What the authority of the paragraph before still speaks for: its own cases and sanctions (the mission counts
# complaints and violations too).
CARRIED_MEASURES = frozenset(
    {"administrative_cases", "administrative_offences", "criminal_cases", "persons_sanctioned"}
)


@dataclass
class _Paragraph:
    detentions: list[DetentionClaim] = field(default_factory=list)
    infractions: list[InfractionClaim] = field(default_factory=list)
    counted: list[int] = field(default_factory=list)  # the last counted infractions (for a kind said next)
    authority: str | None = None  # the last authority (not the publisher) named as a reporter
    authority_carried: bool = False  # the authority is the previous paragraph's: this one has not named it
    spoke_for: bool = False  # a claim of this paragraph was given to the authority
    unattributed: tuple[int, int] | None = None  # where the claims no one was named for begin (detentions, infractions)
    just_before: tuple[int, int] | None = None  # where the previous sentence's unattributed detentions begin
    sentence_of: list[int] = field(default_factory=list)  # the sentence of each detention
    totals: set[int] = field(default_factory=set)  # sentences that sum up ("In all, ...", "В общей сложности")
    quote_opened: tuple[int, int] | None = None  # where the claims of a quotation left open begin
    last_named: str | None = None  # the first reporter the last sentence naming one named
    quote_speaker: str | None = None  # who was last named when the open quotation began

    def attribute_back(
        self, reading: Reading, detentions: list[DetentionClaim], infractions: list[InfractionClaim]
    ) -> None:
        """A reporter named now for the claims before that had none."""
        goes_on = (
            self.just_before is not None
            and not infractions
            and (
                (all(c.qualifier == "uncounted" for c in detentions) and DETENTION_VERB_RE.search(reading.text))
                or names_the_detentions(reading.text)  # "The arrests began on 21 February, ..., X reports."
            )
        )
        reporters = [m.reporter for m in reading.reporters]
        if not reporters and self.quote_opened is not None and (speaker := self.pronoun_speaker(reading)):
            reporters = [speaker]  # '..., – дейді ол.': the person named before the quotation opened
        if reporters and self.unattributed is not None:
            if refers_back(reading.text) or reading.continues:
                first = self.unattributed
            elif closes_quote(reading.text) and self.quote_opened is not None:
                # only the quotation's own sentences: a headline before it keeps its (lack of a) reporter
                first = (
                    max(self.unattributed[0], self.quote_opened[0]),
                    max(self.unattributed[1], self.quote_opened[1]),
                )
            elif goes_on and self.just_before is not None:
                first = self.just_before
            else:
                first = None
            if first is not None:
                reporter = reporters[0]
                self.detentions[first[0] :] = [replace(c, reported_by=reporter) for c in self.detentions[first[0] :]]
                self.infractions[first[1] :] = [replace(c, reported_by=reporter) for c in self.infractions[first[1] :]]
        elif reporters and self.quote_opened is not None and closes_quote(reading.text):
            # '"... 24 заңбұзушылығы анықталды. ... органдарына 4 өтініш түсті ...", – деді X.': the quotation's claims
            # no source of their own was named for are the speaker's
            start_d, start_i = self.quote_opened
            self.detentions[start_d:] = [self._quoted(c, reading, reporters[0]) for c in self.detentions[start_d:]]
            self.infractions[start_i:] = [self._quoted(c, reading, reporters[0]) for c in self.infractions[start_i:]]
        account = reading.account
        if reading.reporters or account.lead or reading.carried:
            self.unattributed = None
        elif self.unattributed is None and (detentions or infractions):
            self.unattributed = (len(self.detentions), len(self.infractions))
        if opens_quote(reading.text):
            self.quote_opened = (len(self.detentions), len(self.infractions))
            self.quote_speaker = self.last_named
        elif closes_quote(reading.text):
            self.quote_opened = None
        if reading.reporters:  # the sentence's first source: "X айтты, деп хабарлайды Y" is X's word
            self.last_named = reading.reporters[0].reporter
        named_none = self.unattributed is not None and bool(detentions)
        self.just_before = (len(self.detentions), len(self.infractions)) if named_none and not infractions else None

    @staticmethod
    def _quoted(claim: Claim, reading: Reading, speaker: str) -> Claim:
        """A claim said inside the quotation: the speaker's, unless its own sentence named a source (a carried or
        default one gives way)."""
        own = claim.evidence.text != reading.text and any(m.reporter for m in find_reporters(claim.evidence.text))
        return claim if own else replace(claim, reported_by=speaker)

    def pronoun_speaker(self, reading: Reading) -> str | None:
        """The person a quotation closed by a pronoun ('", – сказала она.') is: the one named before it opened (or
        before this sentence, when the quotation opens and closes in it)."""
        if reading.reporters or not closed_by_pronoun(reading.text):
            return None
        return self.quote_speaker if self.quote_opened is not None else self.last_named

    def own_quote(
        self, reading: Reading, detentions: list[DetentionClaim], infractions: list[InfractionClaim]
    ) -> tuple[list[DetentionClaim], list[InfractionClaim]]:
        """This sentence's claims, said in a quotation its pronoun gives to the person named before."""
        speaker = self.pronoun_speaker(reading)
        default = default_reporter(reading.context.publisher)
        if speaker is None:
            return detentions, infractions
        return (
            [replace(c, reported_by=speaker) if c.reported_by == default else c for c in detentions],
            [replace(c, reported_by=speaker) if c.reported_by == default else c for c in infractions],
        )

    def elaborate(self, reading: Reading, infractions: list[InfractionClaim]) -> list[InfractionClaim]:
        """The kind a sentence gives the count before it; the sentence's claims without that repeated finding."""
        if any(c.value is not None for c in infractions) or not self.counted:
            return infractions
        kind = kind_named(reading.text)
        if kind is None or ELABORATION_RE.search(reading.text) is None:
            return infractions
        if PART_COUNT_RE.search(reading.text) or NO_ELABORATION_RE.search(reading.text):
            return infractions  # "in 3 of these, ... stuffing": the kind is the part's, not the total's before
        counted_by = {self.infractions[index].reported_by for index in self.counted}
        named = {m.reporter for m in reading.reporters}
        if named and not named & counted_by:
            return infractions  # "По данным ЦИК, … 63 жалобы … Ряд собеседников рассказали о давлении": another's
        for index in self.counted:
            if self.infractions[index].category == "mixed":
                self.infractions[index] = replace(self.infractions[index], category=kind)  # type: ignore[arg-type]
        repeated = any(self.infractions[index].category == kind for index in self.counted)
        self.counted = []
        return [c for c in infractions if c.category != kind] if repeated else infractions

    def speak_for(self, reading: Reading, infractions: list[InfractionClaim]) -> list[InfractionClaim]:
        """Cases, sanctions and complaints of a sentence that names no one stay with the paragraph's authority."""
        default = default_reporter(reading.context.publisher)
        named = [m.reporter for m in reading.reporters if m.reporter != default]
        if not named and reading.carried not in (None, default):
            named = [reading.carried]  # "Олардың 12-сі ...", "По его словам": the speaker going on is the authority now
        if named:
            self.authority, self.authority_carried = named[0], False
        elif self.authority_carried and (reading.reporters or reports_observation(reading.text)):
            self.authority = None  # the mission's own observation: the previous paragraph's authority stops here
        own = bool(reading.reporters) or bool(reading.carried)
        if self.authority is None or own:
            return infractions
        self.spoke_for = self.spoke_for or any(
            c.measure in (CARRIED_MEASURES if self.authority_carried else AUTHORITY_MEASURES) for c in infractions
        )
        out = []
        for c in infractions:
            measures = CARRIED_MEASURES if self.authority_carried else AUTHORITY_MEASURES
            if c.measure == "observed" and c.value is not None and not reports_observation(reading.text):
                # "5 cases" no one saw: the cases the authority counted (in the paragraph after its own, too)
                c, measures = replace(c, measure="violations"), AUTHORITY_MEASURES
            out.append(replace(c, reported_by=self.authority) if c.measure in measures else c)
        return out

    def drop(self, claim: DetentionClaim) -> None:
        """A detention a later count revised."""
        index = next(i for i, c in enumerate(self.detentions) if c is claim)
        del self.detentions[index], self.sentence_of[index]

    def add(
        self,
        detentions: list[DetentionClaim],
        infractions: list[InfractionClaim],
        sentence: int = 0,
        total: bool = False,
    ) -> None:
        self.sentence_of += [sentence] * len(detentions)
        if total:
            self.totals.add(sentence)
        if any(c.value is not None for c in infractions):
            start = len(self.infractions)
            new = [start + i for i, c in enumerate(infractions) if c.value is not None]
            said_again = {(c.value, c.measure) for c in infractions}  # the same count restated keeps its kind
            kept = [i for i in self.counted if (self.infractions[i].value, self.infractions[i].measure) in said_again]
            self.counted = kept + new
        self.detentions += detentions
        self.infractions += infractions

    def finish(self) -> tuple[list[DetentionClaim], list[InfractionClaim]]:
        # "Police detained people near the square. In all, about 30 people were detained.": the count says it --
        # when it follows soon after, or sums up; a count of the whole period later on is another row.
        def counted_later(index: int, claim: DetentionClaim) -> bool:
            at = self.sentence_of[index]
            return any(
                other.qualifier != "uncounted"
                and same_people(other.subject, claim.subject)
                and (abs(self.sentence_of[j] - at) <= SAME_EVENT_SENTENCES or self.sentence_of[j] in self.totals)
                for j, other in enumerate(self.detentions)
            )

        detentions = [c for i, c in enumerate(self.detentions) if c.qualifier != "uncounted" or not counted_later(i, c)]
        return detentions, self.infractions


def paragraph_claims(
    text: str, page: int | None, context: ClaimContext, account: Account | None = None
) -> tuple[list[DetentionClaim], list[InfractionClaim], Account]:
    """The claims of one paragraph, its sentences read in order so later ones can lean on earlier ones;
    `account` is what the section said before it, and the account after it is returned."""
    before = account
    account = account.next_paragraph() if account is not None else Account()
    # The authority a paragraph's cases and sanctions ended on goes on speaking for the next paragraph's
    # ("The prosecutor's office opened 36 cases." / "11 commission members were fined ...").
    paragraph = _Paragraph(authority=account.authority, authority_carried=account.authority is not None)
    paragraph.last_named = account.last_named
    if account.quote_speaker is not None:  # a quotation goes on from the paragraph before
        paragraph.quote_opened, paragraph.quote_speaker = (0, 0), account.quote_speaker
    unnamed_last, detained_last, counted_last = account.unnamed_last, account.detained_last, account.counted_last
    account = replace(
        account, authority=None, unnamed_last=(), quote_speaker=None, last_named=None, detained_last=(), counted_last=()
    )
    renamed = None
    revised: list[Revision] = []
    number = 0
    if before is not None and before.byline_next:  # "Валерий Ким" / "Координатор лиги": the words that follow
        account = replace(account, lead=before.byline_next)
    sentences = split_sentences(text)
    for number, sentence in enumerate(sentences):
        if number and "\n" in text[sentences[number - 1].end : sentence.start]:
            account = replace(account, source=None)  # one line per paragraph: the line's source ends with it
        if number == 0 and before is not None and goes_on_from(before, sentence.text):
            # "In addition, ...", "Также ...": the paragraph before's source goes on (what "these" counted does not)
            account = replace(account, reporter=before.reporter)
        quoted = number == 0 and before is not None and opens_with_quote(sentence.text)
        if number == 0 and before is not None and (quoted or speaker_goes_on(sentence.text)):
            # "— Некоторые активисты были задержаны ...", '"Бүгінгі жағдайда 18 ...', "He said that ...": the speaker
            # the paragraph before named last speaks on (a paragraph boundary does not end a speaker's account)
            account = replace(account, reporter=before.reporter or before.last_named)
        # a bare count answering the question before it ("... detained?" / "Four.") says what the question asked
        asked = sentences[number - 1].text if number else (account.sentences[-1] if account.sentences else None)
        statement = answered(asked, sentence.text) if asked else None
        statement = statement or finding_answered(account.sentences[-2:], sentence.text)  # "Yes. We filmed it ..."
        reading = read_sentence(statement or sentence.text, page, context, account)
        if quoted:
            reading = replace(reading, speaker=True)
        detentions = detentions_in(reading)
        if (old := account.detention) is not None and (new := revision_of(reading, old, detentions)) is not None:
            # "The ministry later revised the figure to 164.": the count before no longer stands
            if any(c is old for c in paragraph.detentions):
                paragraph.drop(old)
            else:
                revised.append((old, None))
            detentions = [*detentions, new]
        infractions, measure = infractions_in(reading)
        if statement is not None:  # the evidence is what was written: the question and its answer
            evidence = replace(reading.evidence, text=f"{asked} {sentence.text}")
            detentions = [replace(c, evidence=evidence) for c in detentions]
            infractions = [replace(c, evidence=evidence) for c in infractions]
        if not asserted(sentence.text, sentences[number + 1].text if number + 1 < len(sentences) else None):
            detentions, infractions = [], []  # a question, a drill's scenario, a claim refuted next (frames.py)
        if account.in_paragraph == 0 and account.unnamed and reading.reporters and refers_back(reading.text):
            renamed = (reading.reporters[0].reporter, account.unnamed)  # the paragraph before was theirs
        elif number == 0 and account.unnamed and reading.continues and names_a_source(reading):
            renamed = (reading.reporters[0].reporter, account.unnamed)  # "Among those detained, according to X"
        elif number == 0 and unnamed_last and goes_on_with_detentions(reading, detentions, infractions):
            renamed = (reading.reporters[0].reporter, unnamed_last)  # the same detentions, now with a source
        if number == 0 and detained_last:  # a title uncounted, its lead counting the same people (or the reverse)
            dropped, detentions = counted_across(detained_last, detentions)
            revised += dropped
        if (
            counted_last
            and not paragraph.counted
            and (found := elaborated_across(sentence.text, counted_last, infractions))
        ):
            revised += found[0]  # "В обращениях говорится о ...": the kind of the count the paragraph before ended on
            infractions, counted_last = found[1], ()
        detentions, infractions = paragraph.own_quote(reading, detentions, infractions)
        paragraph.attribute_back(reading, detentions, infractions)
        infractions = paragraph.speak_for(reading, paragraph.elaborate(reading, infractions))
        paragraph.add(detentions, infractions, number, TOTAL_RE.search(sentence.text) is not None)
        account = advance(reading, detentions, measure)
    unnamed: tuple[DetentionClaim | InfractionClaim, ...] = ()
    if paragraph.unattributed is not None:
        first_detention, first_infraction = paragraph.unattributed
        unnamed = (*paragraph.detentions[first_detention:], *paragraph.infractions[first_infraction:])
    elif not paragraph.detentions and not paragraph.infractions and paragraph.last_named is None:
        unnamed = account.unnamed  # a paragraph with no claims and no source does not end the run before it
    last: tuple[DetentionClaim, ...] = ()
    if paragraph.just_before is not None:
        last = tuple(paragraph.detentions[paragraph.just_before[0] :])
    # a paragraph that named or spoke for the authority ends on its account; one whose claims were others' does not
    spoke = paragraph.spoke_for or not (paragraph.detentions or paragraph.infractions)  # no claims: the run goes on
    live = paragraph.authority is not None and (spoke or not paragraph.authority_carried)
    detentions, infractions = paragraph.finish()
    kept = {id(c) for c in detentions}
    closing = tuple(
        c for i, c in enumerate(paragraph.detentions) if paragraph.sentence_of[i] == number and id(c) in kept
    )
    if any(c.value is not None for c in paragraph.infractions):  # its own counts end those the paragraph before left
        own = tuple(paragraph.infractions[i] for i in paragraph.counted)
        said_again = {(c.value, c.measure) for c in own}  # the same count said again keeps the earlier mention too
        counted_last = own + tuple(c for c in counted_last if (c.value, c.measure) in said_again)
    speaker_next, name_line = byline_over(before.name_line if before else None, text, not ends_a_sentence(text))
    after = replace(
        account,
        byline_next=speaker_next,
        name_line=name_line,
        authority=paragraph.authority if live else None,
        unnamed_last=last,
        quote_speaker=paragraph.quote_speaker if paragraph.quote_opened is not None else None,
        last_named=paragraph.last_named,
        detained_last=closing,
        counted_last=counted_last,
        revised=tuple(revised),
    )
    return detentions, infractions, replace(after, unnamed=unnamed, renamed=renamed)
