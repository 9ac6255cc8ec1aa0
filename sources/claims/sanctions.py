"""People sanctioned for an electoral offence: infractions with measure `persons_sanctioned`, never detentions.

"11 members of precinct commissions were fined for issuing several ballots to one voter", "Девять избирателей
оштрафованы за голосование за других лиц", "courts fined 4 commission chairpersons". A sanction is an electoral
infraction only when the people sanctioned are electoral actors (commission members, voters, officials,
candidates) or the clause names the electoral offence, in words or by the article of a code that defines it
("по статье 110 КоАП", lexicon/statutes.yaml); people sanctioned after a protest ("677 of them were
sentenced to administrative arrest and 305 were fined", of the detained) are not.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sources.claims.electoral import ELECTORAL_RE
from sources.claims.quantities import Quantity
from sources.claims.reading import Reading, place_for, reporter_for
from sources.claims.scope import governed, sub_clause_of
from sources.claims.statutes import PROTEST, statute_kind
from sources.claims.vocabulary import ELECTORAL_ACTOR_RE, GENERIC_VIOLATION_RE, PROTEST_RE, SANCTION_VERB_RE
from sources.records import InfractionClaim

FLAGS = re.IGNORECASE
MAX_GAP_WORDS = 10  # "11 members of precinct election commissions in two regions were fined"
MAX_OBJECT_GAP = 3  # "fined 4 commission chairpersons", "оштрафовали 9 избирателей"
# The people, then one apposition between commas, then the verb: " членов комиссий, выдававших ... лиц, ".
_PARTICIPLE_APPOSITION_RE = re.compile(
    r"(?:\s+[^\W\d][\w-]*){1,4},[^,;:\d]{3,140},\s*(?:были\s+|were\s+|was\s+)?", FLAGS
)
_OF_THEM_RE = re.compile(r"^\s*(?:of|из)\s+(?:them|those|these|них|их)\b", FLAGS)

Categories = Callable[[str, int, int], list[tuple[int, int, str]]]
CategoryOf = Callable[[str, list[tuple[int, int, str]]], str | None]


def _subject_count(reading: Reading, start: int, end: int) -> Quantity | None:
    """The count the sanction verb at start..end governs: before it (passive), else just after (active)."""
    text = reading.text
    clause = reading.clause_of(start)
    before = [q for q in reading.quantities if clause[0] <= q.start and q.end <= start and not q.share]
    if before:
        q = before[-1]
        gap = text[q.end : start]
        if len(gap.split()) <= MAX_GAP_WORDS and ";" not in gap:
            return q
        # its people described by a participle between commas: "Одиннадцать членов участковых комиссий,
        # выдававших гражданам бюллетени для голосования за других лиц, оштрафованы"
        if _PARTICIPLE_APPOSITION_RE.fullmatch(text, q.end, start):
            return q
    after = [q for q in reading.quantities if q.start >= end and q.end <= clause[1] and not q.share]
    if after and len(text[end : after[0].start].split()) <= MAX_OBJECT_GAP:
        return after[0]
    return None


def sanctions_in(
    reading: Reading, categories: Categories, category_of: CategoryOf
) -> tuple[list[InfractionClaim], set[int]]:
    """Sanctions of electoral actors or for named electoral offences; and the starts of the counts they took."""
    text = reading.text
    claims: list[InfractionClaim] = []
    taken: set[int] = set()
    for m in SANCTION_VERB_RE.finditer(text):
        q = _subject_count(reading, m.start(), m.end())
        if q is None or q.start in taken or not q.written:
            continue
        clause = reading.clause_of(m.start())
        people = text[q.end : m.start()] if q.end <= m.start() else text[q.end : min(clause[1], q.end + 80)]
        offence = category_of(text, categories(text, m.end(), clause[1])) or category_of(
            text, categories(text, clause[0], m.start())
        )
        cited = statute_kind(text, *clause, reading.context.election_date or reading.context.published_on)
        if cited == PROTEST:
            continue  # "fined under Article 488" (assemblies): punished for a protest, not an electoral offence
        offence = offence or cited
        actor = ELECTORAL_ACTOR_RE.search(people) is not None
        # the offence said, a violation after the verb, or the clause itself about the vote ("референдумға қатысты
        # заң бұзған екі адамға айыппұл салынды": two people who broke the law on the referendum were fined)
        electoral = (
            offence is not None
            or GENERIC_VIOLATION_RE.search(text, m.end(), clause[1]) is not None
            or ELECTORAL_RE.search(text, *clause) is not None
        )
        # People of a detention ("677 of them", or the paragraph's detainees) were punished for protesting.
        after_protest = (
            PROTEST_RE.search(text, *clause) is not None
            or _OF_THEM_RE.match(people) is not None
            or (reading.account.detention is not None and not actor)
        )
        if not (actor or electoral) or (after_protest and offence is None):
            continue
        scope = sub_clause_of(text, clause, m.start())
        if governed(text, scope, [(q.start, m.end())], modality=True, blockers=False):
            continue
        taken.add(q.start)
        claims.append(
            InfractionClaim(
                evidence=reading.evidence,
                category=offence or "mixed",  # type: ignore[arg-type]
                measure="persons_sanctioned",
                value=q.figure,
                qualifier=q.qualifier,
                reported_by=reporter_for(reading, q.start),
                location=place_for(reading, q.start),
            )
        )
    return claims, taken
