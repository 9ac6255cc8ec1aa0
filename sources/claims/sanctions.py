"""People sanctioned for an electoral offence: infractions with measure `persons_sanctioned`, never detentions.

"11 members of precinct commissions were fined for issuing several ballots to one voter", "Девять избирателей
оштрафованы за голосование за других лиц", "courts fined 4 commission chairpersons". Cases opened against a count of
people are as many cases: "criminal cases were opened against three precinct commission members", "В отношении
девяти членов участковых комиссий ... возбуждены административные дела" (`cases_against`, the measure of the case
noun). A sanction is an electoral
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
from sources.claims.vocabulary import (
    ELECTORAL_ACTOR_RE,
    EXAMPLES,
    GENERIC_VIOLATION_RE,
    INCLUDING,
    MEASURE_PATTERNS,
    PROTEST_RE,
    PUBLIC_ORDER_RE,
    SANCTION_VERB_RE,
    SUBJECT_PATTERNS,
)
from sources.records import InfractionClaim

FLAGS = re.IGNORECASE
MAX_GAP_WORDS = 10  # "11 members of precinct election commissions in two regions were fined"
MAX_OBJECT_GAP = 3  # "fined 4 commission chairpersons", "оштрафовали 9 избирателей"
# The people, then one apposition between commas, then the verb: " членов комиссий, выдававших ... лиц, ".
_PARTICIPLE_APPOSITION_RE = re.compile(
    r"(?:\s+[^\W\d][\w-]*){1,4},[^,;:\d]{3,140},\s*(?:были\s+|were\s+|was\s+)?"
    r"(?:(?:судом|судами|судьями|the\s+court|courts)\s+)?",  # "…, судом назначены штрафы": the court that fined them
    FLAGS,
)
# A sum of money is no count of people: "25 АЕК көлемінде айыппұл", "штраф в размере 10 МРП", "fined 25 MCI"
_MONEY_AFTER_RE = re.compile(r"\s*(?:МРП|АЕК|MCI|MRP|МЗП|тенге|тг\b|tenge|monthly\s+calculation)", FLAGS)
_OF_THEM_RE = re.compile(r"^\s*(?:of|из)\s+(?:them|those|these|них|их)\b", FLAGS)

Categories = Callable[[str, int, int], list[tuple[int, int, str]]]
CategoryOf = Callable[[str, list[tuple[int, int, str]]], str | None]


def _people_at(text: str, position: int) -> bool:
    """People are named right after a count: "бірнеше адамның", "several voters", "несколько членов комиссий"."""
    word = re.match(r"\s*", text[position:])
    at = position + (word.end() if word else 0)
    return ELECTORAL_ACTOR_RE.match(text, at) is not None or any(p.match(text, at) for _, p in SUBJECT_PATTERNS)


def _counts_a_measure(text: str, q: Quantity) -> bool:
    at = q.end + len(text[q.end :]) - len(text[q.end :].lstrip())
    words = re.match(r"(?:[^\W\d_][\w-]*\s+){0,2}", text[at:])  # "12 administrative cases", "7 формальных жалоб"
    spans = [at, *(at + m.end() for m in re.finditer(r"\s+", words.group(0)))] if words else [at]
    patterns = [p for measure, p in MEASURE_PATTERNS if measure != "persons_sanctioned"]
    return any(p.match(text, pos) for pos in spans for p in patterns)


_INCLUDED_BEFORE_RE = re.compile(rf",\s*{INCLUDING}\s+$", re.IGNORECASE)


def _subject_count(reading: Reading, start: int, end: int) -> Quantity | None:
    """The count the sanction verb at start..end governs: before it (passive), else just after (active)."""
    text = reading.text
    clause = reading.clause_of(start)
    # a written count: a count word inside the offence ("6 адам бірнеше бюллетень алғаны үшін ... тартылды") is none
    before = [q for q in reading.quantities if clause[0] <= q.start and q.end <= start and not q.share and q.written
              and not _MONEY_AFTER_RE.match(text, q.end)]
    # a count of its own measure noun is no count of people: "opened 12 administrative cases ..., and having warned
    # 30 akims" -- the warning's people come after it
    before = [q for q in before if not _counts_a_measure(text, q)]
    # a part named in apposition is not the subject: "14 persons, including 3 school directors, had been fined"
    whole = [q for q in before if not _INCLUDED_BEFORE_RE.search(text, max(clause[0], q.start - 25), q.start)]
    before = whole or before
    if before:
        q = before[-1]
        gap = text[q.end : start]
        if len(gap.split()) <= MAX_GAP_WORDS and ";" not in gap:
            return q
        # its people described by a participle between commas: "Одиннадцать членов участковых комиссий,
        # выдававших гражданам бюллетени для голосования за других лиц, оштрафованы"
        if _PARTICIPLE_APPOSITION_RE.fullmatch(text, q.end, start):
            return q
    # a vague count of people, when no figure is written: "бірнеше адамның ... жауапкершілікке тартылғандығын",
    # "several voters were fined" (value None, the qualifier says how many)
    vague = [q for q in reading.quantities if clause[0] <= q.start and q.end <= start and not q.share and not q.written]
    if not before and vague and _people_at(text, vague[-1].end):
        q = vague[-1]
        if len(text[q.end : start].split()) <= MAX_GAP_WORDS and ";" not in text[q.end : start]:
            return q
    after = [q for q in reading.quantities if q.start >= end and q.end <= clause[1] and not q.share]
    if after and len(text[end : after[0].start].split()) <= MAX_OBJECT_GAP and (
            _people_at(text, after[0].end) or (after[0].written and not _BALLOTS_AT_RE.match(text, after[0].end))):
        return after[0]  # not "fined for issuing several ballots": a count of ballots is the offence's
    return None


_EXAMPLES_RE = re.compile(rf"{EXAMPLES}|(?<![\w-])в\s+том\s+числе(?![\w-])", FLAGS)  # "fines … such as …"
_BALLOTS_AT_RE = re.compile(r"\s*(?:\w+\s+)?(?:ballots?|бюллетен\w*|бюллетень\w*|votes|голос\w*|дауыс\w*)", FLAGS)


def sanctions_in(
    reading: Reading, categories: Categories, category_of: CategoryOf
) -> tuple[list[InfractionClaim], set[int]]:
    """Sanctions of electoral actors or for named electoral offences; and the starts of the counts they took."""
    text = reading.text
    claims: list[InfractionClaim] = []
    taken: set[int] = set()
    for m in SANCTION_VERB_RE.finditer(text):
        q = _subject_count(reading, m.start(), m.end()) or _lone_sanctioned(reading, m.start(), m.end())
        if q is None or q.start in taken:
            continue
        clause = reading.clause_of(m.start())
        people = text[q.end : m.start()] if q.end <= m.start() else text[q.end : min(clause[1], q.end + 80)]
        # the offence after the verb, before it, or inside a long form ("Штрафы за ... получили 9 избирателей")
        offence = (
            category_of(text, categories(text, m.end(), clause[1]))
            or category_of(text, categories(text, clause[0], m.start()))
            or category_of(text, categories(text, m.start(), m.end()))
        )
        if offence is not None and _EXAMPLES_RE.search(text, m.end(), clause[1]):
            offence = None  # "fines for 31 citizens, for offences such as issuing several ballots": one kind of many
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
            or _violations_named_first(text, clause[0], q.start)
            or ELECTORAL_RE.search(text, *clause) is not None
            # the sentence before counted electoral violations ("… 58 нарушений. К ответственности привлечены 14")
            or (reading.account.in_paragraph > 0 and reading.account.measure in ("violations", "administrative_cases",
                                                                                 "administrative_offences"))
            # the sentences just before told of violations of the election law ("… registered 64 violations of
            # election legislation … 38 people were brought to administrative responsibility")
            or _electoral_violations_before(reading)
            or any(p.search(text, 0, q.start) for p in _CASE_NOUN_RES)  # "19 іс қозғалып, 11 адамға …"
        )
        # People of a detention ("677 of them", or the paragraph's detainees) were punished for protesting.
        # ("in 11 of them, the persons concerned were fined" after 17 cases counted is a part of those cases, and of
        # their kind)
        of_cases = any(p.search(text, 0, q.start) for m_, p in MEASURE_PATTERNS if m_ != "persons_sanctioned")
        if offence is None and of_cases and _OF_THEM_RE.match(people):
            offence = category_of(text, categories(text, 0, q.start))
        # "… 6 administrative cases against commission members for issuing more than one ballot. Four of these
        # commission members were subsequently fined.": a part of the people the cases before were against
        told_before = (reading.account.in_paragraph > 0 and reading.account.sentences
                       and reading.account.measure in _CASE_MEASURES)
        if told_before and actor and _OF_THEM_RE.match(people):
            of_cases = True
            offence = offence or _kind_said_before(reading, categories, category_of)
        after_protest = (
            PROTEST_RE.search(text, *clause) is not None
            or (_OF_THEM_RE.match(people) is not None and not of_cases)
            or (reading.account.detention is not None and not actor)
        )
        after_protest = after_protest or PUBLIC_ORDER_RE.search(text, *clause) is not None
        if offence is None and not after_protest and electoral:
            # "… три административных дела за незаконную агитацию. Виновные оштрафованы": the sanctions the cases
            # counted just before ended in are of those cases' one kind
            offence = _kind_of_cases_before(reading, categories, category_of)
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
                value=_with_one_named_before(text, clause[0], q),
                qualifier=q.qualifier,
                reported_by=reporter_for(reading, q.start),
                location=place_for(reading, q.start),
            )
        )
    return claims, taken


def _kind_said_before(reading: Reading, categories: Categories, category_of: CategoryOf) -> str | None:
    """The kind (or 'mixed') the previous sentence names."""
    previous = reading.account.sentences[-1]
    return category_of(previous, categories(previous, 0, len(previous)))


def _kind_of_cases_before(reading: Reading, categories: Categories, category_of: CategoryOf) -> str | None:
    """The one kind of the cases or violations the paragraph's previous sentence counted, None for none or several."""
    account = reading.account
    if not (account.in_paragraph > 0 and account.sentences and account.measure in {*_CASE_MEASURES, "violations"}):
        return None
    kind = _kind_said_before(reading, categories, category_of)
    return kind if kind != "mixed" else None


RECENT_SENTENCES = 3  # how far back the violations of the election law a sanction may follow are told
# the case nouns of the findings lexicon (findings.yaml, role measure): cases counted before the sanction
_CASE_NOUN_RES = tuple(p for m, p in MEASURE_PATTERNS if m in {"administrative_cases", "administrative_offences",
                                                                 "criminal_cases"})


def _electoral_violations_before(reading: Reading) -> bool:
    return any(GENERIC_VIOLATION_RE.search(s) is not None and ELECTORAL_RE.search(s) is not None
               for s in reading.account.sentences[-RECENT_SENTENCES:])


# The offence fronted as the ground of the sanction: "По выявленным нарушениям 15 человек привлечены …", "For the
# violations found, 15 people were fined", "Анықталған бұзушылықтар бойынша 15 адам …".
_GROUND_AFTER_RE = re.compile(r"^[^\d,;]{0,25}?(?:по|бойынша|for|over|за)?\s*,?\s*$", FLAGS)


def _violations_named_first(text: str, start: int, count_start: int) -> bool:
    """The clause opens with violations as the ground of what follows, right before the count of people."""
    found = list(GENERIC_VIOLATION_RE.finditer(text, start, count_start))
    return bool(found) and _GROUND_AFTER_RE.match(text[found[-1].end(): count_start]) is not None


# One person named by a role before the count and joined to it: "the chairwoman and two members of PEC No. 5 were
# fined", "председатель и два члена комиссии", "төрағасы мен үш мүшесі" -- the count counts one more.
_ONE_ROLE_BEFORE_RE = re.compile(
    r"(?<![\w-])(?:(?:deputy\s+)?chair(?:wo)?man|(?:deputy\s+)?chairperson|(?:deputy\s+)?chair|secretary|председател\w*"
    r"|заместител\w+\s+председател\w*|секретар\w*|төраға\w*|хатшы\w*)(?:\s+of\s+the\s+\w+)?\s+(?:and|и|мен|және)\s+$",
    FLAGS,
)


# One electoral actor named in the singular as the one sanctioned: the court "оштрафовал председателя одной из
# участковых комиссий", "a precinct commission chairperson was fined", "комиссия төрағасына айыппұл салынды".
_ONE_ACTOR_AFTER_RE = re.compile(
    r"\s+(?:(?:бывшего|одного|одну)\s+)?(?:председателя|члена|секретаря|заместителя\s+председателя)(?![\w-])"
    r"|\s+(?:a|one|the)\s+(?:\w+\s+){0,3}?(?:chair(?:person|man|woman)?|member|secretary)(?![\w-])(?!\s+and\b)",
    FLAGS,
)
_ONE_ACTOR_BEFORE_RE = re.compile(
    r"(?:(?<![\w-])(?:a|one|the)\s+(?:[\w-]+\s+){0,4}?(?:chair(?:person|man|woman)?|member|secretary)"
    r"(?:\s+(?:of|in|from)\s+(?:[\w-]+\s+){0,3}?[\w-]+)?\s+(?:was|has\s+been|had\s+been)\s+"
    r"|(?<![\w-])(?:председатель|член|секретарь)\s+(?:[\w-]+\s+){0,6}?(?:был\s+)?"
    r"|(?<![\w-])(?:төраға|мүше|хатшы)\w*(?:на|не|ға|ге)\s+)$",
    FLAGS,
)


def _lone_sanctioned(reading: Reading, start: int, end: int) -> Quantity | None:
    """One commission member named in the singular as the one the verb at start..end sanctions: a count of one."""
    text = reading.text
    clause = reading.clause_of(start)
    after = _ONE_ACTOR_AFTER_RE.match(text, end, clause[1])
    if after is not None:
        return Quantity(after.start() + len(after.group(0)) - len(after.group(0).lstrip()), after.end(), "exact", 1,
                        1, 1)
    before = _ONE_ACTOR_BEFORE_RE.search(text, max(clause[0], start - 90), start)
    if before is not None:
        return Quantity(before.start(), before.end(), "exact", 1, 1, 1)
    return None


def _with_one_named_before(text: str, start: int, q: Quantity) -> float | None:
    if q.figure is not None and _ONE_ROLE_BEFORE_RE.search(text, max(start, q.start - 60), q.start) is not None:
        return q.figure + 1
    return q.figure


# The people the cases were opened against: "against three precinct commission members", "в отношении девяти членов
# участковых комиссий", "бес адамға қатысты"; and the opening verb of the case noun's clause.
_AGAINST_BEFORE_RE = re.compile(r"(?:against|в\s+отношении|in\s+respect\s+of)\s+(?:the\s+)?$", FLAGS)
_KK_AGAINST_AFTER_RE = re.compile(r"\s+(?:[^\W\d_]+\s+)?[^\W\d_]+(?:ға|ге|қа|ке|на|не)\s+қатысты\b", FLAGS)
_OPENED_RE = re.compile(
    r"\b(?:opened|instituted|initiated|brought|filed|launched|возбужден\w*|возбуждён\w*|возбудил\w*|заведен\w*"
    r"|заведён\w*|қозғал\w*)",
    FLAGS,
)
_CASE_MEASURES = frozenset({"administrative_cases", "criminal_cases"})


def cases_against(
    reading: Reading, categories: Categories, category_of: CategoryOf, taken: set[int]
) -> list[InfractionClaim]:
    """Cases opened against a count of people, one case each, with the kind the clause names."""
    text = reading.text
    claims: list[InfractionClaim] = []
    for q in reading.quantities:
        if not q.written or q.share or q.start in taken:
            continue
        clause = reading.clause_of(q.start)
        if not (
            _AGAINST_BEFORE_RE.search(text, max(clause[0], q.start - 20), q.start)
            or _KK_AGAINST_AFTER_RE.match(text, q.end)
        ):
            continue
        nouns = [(m.start(), measure) for measure, p in MEASURE_PATTERNS if measure in _CASE_MEASURES
                 for m in p.finditer(text, *clause)]  # fmt: skip
        if not nouns or _OPENED_RE.search(text, *clause) is None:
            continue
        if any(other.written and 0 <= at - other.end <= 3 for at, _ in nouns for other in reading.quantities):
            continue  # "12 criminal cases were opened against ...": the cases are counted themselves
        scope = sub_clause_of(text, clause, q.start)
        own = [(q.start, q.end), *((s, e) for s, e, _ in categories(text, *scope))]  # "заңсыз салғаны": the kind's word
        if governed(text, scope, own, modality=True, blockers=False):
            continue
        kind = category_of(text, categories(text, q.end, clause[1])) or category_of(text, categories(text, *clause))
        taken.add(q.start)
        claims.append(
            InfractionClaim(
                evidence=reading.evidence,
                category=kind or "mixed",  # type: ignore[arg-type]
                measure=min(nouns)[1],  # type: ignore[arg-type]
                value=q.figure,
                qualifier=q.qualifier,
                reported_by=reporter_for(reading, q.start),
                location=place_for(reading, q.start),
            )
        )
    return claims
