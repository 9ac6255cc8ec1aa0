"""Detention and infraction claims from narrative text (ODIHR reports, CEC releases).

`read_claims(blocks, context)` reads body paragraphs and footnotes sentence by sentence (sentences from the
text layer, `sources.text`) and returns every detention and infraction they report, each with its sentence as
evidence and the page of its block, plus the paragraphs it could not read (`Unread`); `extract_claims` returns
the two claim lists only. Headings and table rows carry no narrative claims and are skipped. The words are
data: lexicon/findings.yaml, lexicon/detentions.yaml, lexicon/clauses.yaml, lexicon/statutes.yaml,
lexicon/frames.yaml, lexicon/missions.yaml, lexicon/attribution.yaml.

Modules, in the order text flows through them:
    dates       "on election day", "between 9 and 13 June" → (date_from, date_to)
    quantities  "approximately 4,000", "more than half", "dozens" → qualifier and (low, high)
    count_words the words of that rule table: "dozens", "сотнях", "a quarter", "тыс."
    places      "in Nur-Sultan and Almaty", "in the two cities", "across the country"
    reporters   "According to the Ministry of Internal Affairs" → who reported it
    reporter_names  the sources the list normalises ("МВД" → Ministry of Internal Affairs), and the publisher's
    reporting_role  whether a name stands in a reporting role ("according to X", "X said", "в X поступило")
    reporter_subjects  the institution a sentence is about, for a pronoun speaking next ("It said that ...")
    source_frames  a source of any name by its frame, kept as written ("по словам координатора штаба X", "We, the
                undersigned members of X", "X информирует.", "... — «X» қозғалысы.")
    attribution the one rule: a named source reports the findings after it in its paragraph until another is named
    reporter_outlets  "передаёт «X»", "по словам жителя ...", "ALMATY (Reuters) -" → sources kept as written
    reporter_roles  "officials said", "«Таза сайлау» ұйымы ... анықтаған" → reporters kept as written
    observer_groups  observers who are not the mission's: "independent observers", a body that fielded its own
    cues        what a sentence says of its neighbours: "Из них", "Об этом заявил", a quotation closed
    reading     one sentence read once, and the paragraph's running account
    frames      what makes a whole sentence assert nothing (a question, a drill, a claim refuted next), and a bare
                count answering a question ("... detained?" / "Four.")
    paragraph   a paragraph's sentences in order: reporters and kinds said later, the authority speaking
    boundary    what a paragraph settles about the one before: a title's detention counted by its lead, a kind said
                later, a byline printed over lines of its own
    latin_kazakh  Kazakh in a Latin alphabet read in Cyrillic, the evidence kept as written
    counted     a count and the noun it counts ("approximately 500 peaceful protesters"), and the words between
    detentions  counts governed by a detention word → DetentionClaim
    coordination  a detention as the counted subject's second predicate ("... demonstrated and were arrested")
    detentions_added  "in addition to 500 held a day earlier" → a count added to a detention just reported
    revised     "... it revised the figure to 164" → the later count stands, the earlier one is dropped
    elided      "Ещё двоих доставили ...", "two more", "five of them" → the group named before
    scope       the sub-clause a negation, modal or hedge governs
    kinds       the kinds of infraction a stretch of text names (one, a list → 'mixed', or none)
    infractions counts governed by an infraction word → InfractionClaim
    measured    what a count measures ("16 reports", "cases (12)") and the kind its words name
    breakdowns  the later items of a breakdown whose verb is said once ("of which 21 concerned X, 14 Y and 9 Z")
    observed    findings said without a count, one row per kind and reporter
    sanctions   people sanctioned for an electoral offence → InfractionClaim (persons_sanctioned)
    electoral   whether the document speaks of a vote: kindless case counts stand only in one that does
    statutes    the offence an article of a code names ("по статье 110 КоАП", lexicon/statutes.yaml)
    vocabulary  subjects, categories and measures of DESIGN.md and the words for them
    authors     the author of a first-person post named by its header line ("Ашық дауыс | Наблюдение")
    missions    an observer mission that is not the OSCE's (CIS, SCO) speaking for its own "Mission"
    restated    a count said again with its source gives its source to where it was first said with none
    tables      a table of findings printed as '|' rows: a count per kind and column
    table_shares  a table's per cents of observations (the unit in its caption) and its rating rows ("Bad or very bad")
    sampled     "in 48 of the 160 polling stations observed" → a share of observations (30) with its base (160)
    inquiries   a hotline's appeals that asked something: no complaints
    people_facts  people put out of a polling station counted as facts ("выведены 32 человека")
    spans       bookkeeping of taken character spans, kept linear in the text's length
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import TypeVar

from sources.claims.attribution import parts_keep_their_source
from sources.claims.authors import as_author, post_author, signed_by
from sources.claims.boundary import Revision
from sources.claims.electoral import electoral_only, speaks_of_a_vote
from sources.claims.latin_kazakh import as_written
from sources.claims.missions import as_mission, other_mission
from sources.claims.observed import merge_observed
from sources.claims.paragraph import paragraph_claims
from sources.claims.reading import Account
from sources.claims.reporters import default_reporter, find_reporters
from sources.claims.restated import (
    NARRATIVE_KINDS,
    count_key,
    restated_once,
    source_of_restated,
    told_again,
    value_key,
)
from sources.claims.source_frames import title_source
from sources.claims.story_lead import ends_a_sentence, story_source
from sources.claims.tables import table_claims, table_row
from sources.records import ClaimContext, DetentionClaim, InfractionClaim, TextBlock, Unread
from sources.text.latin_kazakh import cyrillic_reading, is_latin_kazakh
from sources.text.letters import UPPER_LETTERS

log = logging.getLogger(__name__)



@dataclass
class Claims:
    """What the narrative of one document yields: its claims, and the paragraphs the reader could not read."""

    detentions: list[DetentionClaim] = field(default_factory=list)
    infractions: list[InfractionClaim] = field(default_factory=list)
    unread: list[Unread] = field(default_factory=list)


def _narrative(block: TextBlock) -> str:
    text = block.text
    if block.kind == "footnote" and block.footnote is not None:
        # A footnote's own number may still lead its text: "4 Statement of the Minister ...".
        text = re.sub(rf"^\s*{block.footnote}[.)]?\s+", "", text)
    return text


# A footnote's marker glued to the word or full stop it follows ("during voting.31 The count", "observed.32"), and a
# line of the same text opening on that number and a capital ("31 Including family voting in 17 ..."): the footnote's
# text, printed in the body by a layout that keeps no footnote blocks; its number is no count.
_MARKER_RE = re.compile(r"(?<=[^\W\d_][.,;:»”\")]|[^\W\d_]{2})(\d{1,3})(?=\s|$)")
_FOOTNOTE_LINE_RE = re.compile(rf"^(?P<n>\d{{1,3}})\s+(?=[{UPPER_LETTERS}])", re.MULTILINE)


def _footnote_numbers(blocks: Sequence[TextBlock]) -> frozenset[str]:
    return frozenset(m.group(1) for b in blocks if b.kind == "body" for m in _MARKER_RE.finditer(b.text))


def _without_footnote_numbers(text: str, markers: frozenset[str]) -> str:
    if not markers:
        return text
    return _FOOTNOTE_LINE_RE.sub(lambda m: "" if m.group("n") in markers else m.group(0), text)


def _places_in(blocks: Sequence[TextBlock]) -> Callable[[InfractionClaim], tuple[int, int] | None]:
    """Where a claim's sentence stands: its paragraph (block) and its offset there (for merge_observed)."""
    texts = [_narrative(b) if b.kind in NARRATIVE_KINDS else "" for b in blocks]

    def place(claim: InfractionClaim) -> tuple[int, int] | None:
        sentence = claim.evidence.text
        return next(((i, t.find(sentence)) for i, t in enumerate(texts) if sentence and sentence in t), None)

    return place


Claim = TypeVar("Claim", DetentionClaim, InfractionClaim)


def _revise(claims: list[Claim], revised: Sequence[Revision]) -> list[Claim]:
    """The claims with a later paragraph's revisions applied (by identity; a revision to None drops the claim)."""
    new = {id(old): change for old, change in revised}
    return [new.get(id(c), c) for c in claims if new.get(id(c), c) is not None]  # type: ignore[misc]


def _given(claims: list[Claim], default: str, source: str, ids: set[int]) -> list[Claim]:
    """The claims, those of `ids` the publisher was left to speak for given to `source`; a claim whose own sentence
    names the publisher's kind of source ("ASTANA (Reuters) - ..., but international observers branded the vote
    flawed, citing ballot box stuffing") keeps it: the wire passes on what the observers said."""
    return [
        replace(c, reported_by=source) if id(c) in ids and c.reported_by == default and not _names(c, default) else c
        for c in claims
    ]


def _names(claim: DetentionClaim | InfractionClaim, reporter: str) -> bool:
    return any(m.reporter == reporter for m in find_reporters(claim.evidence.text))


@dataclass
class _Table:
    """The rows of a '|' table being read, across blocks (one per line in some layouts), and its title: the text
    said last before it (tables.py)."""

    rows: list[str] = field(default_factory=list)
    title: str = ""
    page: int | None = None
    last_text: str = ""
    unread: list[Unread] = field(default_factory=list)  # rows and cells of its tables that could not be read

    def flush(self, context: ClaimContext) -> list[InfractionClaim]:
        found = table_claims(self.rows, self.title, context, self.page, self.unread) if self.rows else []
        self.rows = []
        return found

    def take(self, text: str, page: int | None, context: ClaimContext, infractions: list[InfractionClaim]) -> str:
        """The block's text without its table rows; rows join the table, which is read once the table ends."""
        lines = text.splitlines()
        if not any(table_row(line) for line in lines):
            infractions += self.flush(context)
            self.last_text = text
            return text
        rest: list[str] = []
        since: list[str] = []  # the block's text since its last table row: the next table's title (its caption)
        for line in lines:
            if table_row(line):
                if not self.rows:
                    self.title = "\n".join(since).strip() or self.last_text
                    self.page = page
                self.rows.append(line)
                since = []
                continue
            if self.rows and line.strip():
                infractions += self.flush(context)  # the table ended inside this block: a caption, another table
            rest.append(line)
            since.append(line)
        kept = "\n".join(rest)
        if kept.strip():
            self.last_text = kept
        return kept


_OPEN_END_RE = re.compile(r"[^.!?…:;»\"”)\]]\s*$")
_LOWER_START_RE = re.compile(r"^\s*(?-i:[a-zа-яёәғқңөұүһі])")


def _rejoined(blocks: Sequence[TextBlock]) -> list[TextBlock]:
    """Body blocks a hard line break cut inside a sentence joined again: a block that ends without a full stop and a
    next one that opens in lower case ("... in that observers witnessed a" / "variety of relatively minor
    violations ..."): a cable or a plain-text copy printed line by line."""
    out: list[TextBlock] = []
    for block in blocks:
        last = out[-1] if out else None
        if (
            last is not None
            and last.kind == block.kind == "body"
            and _OPEN_END_RE.search(last.text)
            and _LOWER_START_RE.match(block.text)
        ):
            out[-1] = replace(last, text=f"{last.text.rstrip()} {block.text.lstrip()}")
            continue
        out.append(block)
    return out


def read_claims(blocks: Sequence[TextBlock], context: ClaimContext) -> Claims:
    """Every detention and infraction the blocks report, each with its sentence as evidence; a paragraph the
    reader crashes on is recorded in `unread` (with its page and the error) and the others are still read."""
    blocks = _rejoined(blocks)
    out = Claims()
    section = Account()  # runs on across the paragraphs of a section; a heading starts a new one
    default = default_reporter(context.publisher)
    titled: tuple[str, set[int]] | None = None  # the story's source and the claims of the title lines before its lead
    body_read = False
    table = _Table()
    markers = _footnote_numbers(blocks)
    for block in blocks:
        if block.kind == "heading":
            # a story's lead opens the text (after its title and cover lines), not a later section
            # a title naming its source before a colon ("Генеральная прокуратура: итоги …") speaks for the story
            section = Account(story=not body_read, wire=None if body_read else title_source(block.text))
        if block.kind not in NARRATIVE_KINDS or not block.text.strip():
            out.infractions += table.flush(context)
            continue
        written = table.take(_narrative(block), block.page, context, out.infractions)
        written = _without_footnote_numbers(written, markers) if block.kind == "body" else written
        if not written.strip():
            continue
        # Kazakh in a Latin alphabet is read in Cyrillic, its claims quoting the text as written
        read = cyrillic_reading(written) if context.language == "kk" and is_latin_kazakh(written) else written
        try:
            found_detentions, found_infractions, after = paragraph_claims(
                read, block.page, context, section if block.kind == "body" else None
            )
            if read is not written:
                found_detentions = as_written(found_detentions, read, written)
                found_infractions = as_written(found_infractions, read, written)
        except Exception as error:  # one unreadable paragraph must not cost the document its other claims
            log.warning("claims: a paragraph of %s (page %s) could not be read", context.document_id, block.page,
                        exc_info=True)  # fmt: skip
            reason = f"claims reader crashed: {type(error).__name__}: {error}"
            out.unread.append(Unread(clause=block.text, reason=reason[:500], page=block.page))
            continue
        before, section = section, (after if block.kind == "body" else section)
        body_read = body_read or (block.kind == "body" and ends_a_sentence(block.text))  # not a title or header line
        if after.revised:  # a boundary settled: the title's uncounted detention was its lead's count, a kind said later
            out.detentions, out.infractions = (
                _revise(out.detentions, after.revised),
                _revise(out.infractions, after.revised),
            )
        if after.renamed is not None:  # "Об этом заявил X" opening this paragraph: the claims before were X's
            reporter, claims = after.renamed
            ids = {id(c) for c in claims}
            out.detentions = [replace(c, reported_by=reporter) if id(c) in ids else c for c in out.detentions]
            out.infractions = [replace(c, reported_by=reporter) if id(c) in ids else c for c in out.infractions]
        if block.kind == "body" and (source := story_source(before, after)) is not None:
            # the story's lead named its source: the title lines before it (no one named) are that source's too
            titled = (
                source,
                {id(c) for c in (*out.detentions, *out.infractions, *found_detentions, *found_infractions)},
            )
        found_infractions = parts_keep_their_source(found_infractions, out.infractions, default)
        out.detentions += found_detentions
        out.infractions += found_infractions
    out.infractions += table.flush(context)
    out.unread += table.unread
    out.detentions = restated_once(out.detentions)
    out.detentions, out.infractions = told_again(out.detentions, blocks), told_again(out.infractions, blocks)
    out.detentions = source_of_restated(out.detentions, default, count_key)
    out.infractions = source_of_restated(out.infractions, default, value_key)
    if titled is not None:  # after the restated counts took their sources: "Nearly 8,000 detained" is the lead's count
        out.detentions, out.infractions = (
            _given(out.detentions, default, *titled),
            _given(out.infractions, default, *titled),
        )
    electoral = speaks_of_a_vote(_narrative(b) for b in blocks if b.kind in NARRATIVE_KINDS | {"heading"})
    out.infractions = electoral_only(merge_observed(out.infractions, _places_in(blocks)), electoral)
    out.infractions = _headline_findings_sourced(out.infractions, default)
    # a CIS (SCO, ...) mission's statement: its "Миссия" is not the OSCE's
    mission = other_mission((b.text for b in blocks if b.kind in NARRATIVE_KINDS | {"heading"}), context.language)
    out.detentions, out.infractions = as_mission(out.detentions, mission), as_mission(out.infractions, mission)
    # a channel's first-person post: "Ашық дауыс | Наблюдение" / "задержаны ещё трое наших наблюдателей"
    author = post_author([b.text for b in blocks if b.kind in NARRATIVE_KINDS | {"heading"}]) or signed_by(
        [b.text for b in blocks if b.kind in NARRATIVE_KINDS])  # or the office that signs the release at its foot
    out.detentions = as_author(out.detentions, author, default)
    out.infractions = as_author(out.infractions, author, default)
    return out


def _headline_findings_sourced(claims: list[InfractionClaim], default: str) -> list[InfractionClaim]:
    """A headline's uncounted finding ("Массовый вброс бюллетеней попал на видео") that the story goes on to give with
    its source ("Наблюдатель из X зафиксировал ... вброс") is that source's finding, said once."""
    sourced = {c.category for c in claims if c.measure == "observed" and c.reported_by not in (None, default)}
    return [
        c
        for c in claims
        if not (
            c.measure == "observed"
            and c.reported_by == default
            and c.category in sourced
            and not ends_a_sentence(c.evidence.text)
        )
    ]


def extract_claims(
    blocks: Sequence[TextBlock], context: ClaimContext
) -> tuple[list[DetentionClaim], list[InfractionClaim]]:
    """Every detention and infraction the blocks report (`read_claims` without the unread paragraphs, which
    are logged: callers that keep an `Extraction` should use `read_claims` and record them)."""
    claims = read_claims(blocks, context)
    return claims.detentions, claims.infractions
