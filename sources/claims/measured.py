"""What a count measures and of what kind: the measure noun after it ("16 reports", "cases (12)"), and the kind
named in the words after it, else before it in its clause, else by the article of a code it cites.

Kept apart from infractions.py (which decides which counts are infractions) so that both stay readable.
"""

from __future__ import annotations

import re

from sources.claims.kinds import categories, category_of
from sources.claims.quantities import Quantity
from sources.claims.reading import Reading
from sources.claims.scope import denied_apart, governed, sub_clause_of
from sources.claims.stations import Counted
from sources.claims.statutes import PROTEST, statute_kind
from sources.claims.vocabulary import MEASURE_FILLER_RE, MEASURE_PATTERNS, NO_PART_MEASURES

FLAGS = re.IGNORECASE
CATEGORY_SEGMENT = 160  # how far after a count its kind may be named


def measure_at(text: str, position: int) -> tuple[str, int] | None:
    """The measure whose noun stands at `position` (after up to two fillers: "12 new complaints"), and its end."""
    filler = MEASURE_FILLER_RE.match(text, position)
    pos = filler.end() if filler else position
    for measure, pattern in MEASURE_PATTERNS:
        m = pattern.match(text, pos)
        if m:
            return measure, m.end()
    return None


_PAREN_AFTER_NOUN_RE = re.compile(r"(?P<noun>[^\W\d_][\w-]*)\s*\(\s*$")
_PAREN_CLOSE_RE = re.compile(r"\s*\)")


def parenthesised(text: str, q: Quantity) -> tuple[str, int] | None:
    """A count in parentheses after its measure noun: "наибольшее количество дел (12) связано с ...", "cases (12)
    concerned ..." -- read as if the count stood before the noun, the parentheses left out."""
    before = _PAREN_AFTER_NOUN_RE.search(text, max(0, q.start - 40), q.start)
    close = _PAREN_CLOSE_RE.match(text, q.end)
    if before is None or close is None:
        return None
    rest = text[close.end() :]
    found = measure_at(before.group("noun") + rest, 0)
    if found is None or found[1] <= len(before.group("noun")) - 1:
        return None
    return found[0], close.end() + max(0, found[1] - len(before.group("noun")))


_BRACKET_BEFORE_RE = re.compile(r"\(\s*$")


def kind_in_brackets(reading: Reading, q: Quantity, prev_end: int) -> Counted | None:
    """A bare count in brackets right after its kind ("illegal campaigning (27)", "незаконной агитацией (71)"), the
    measure said before it in the sentence ("Most of the violations concerned …", "group voting (71 reports),
    … (54)"), else by the sentence before."""
    text = reading.text
    if not (_BRACKET_BEFORE_RE.search(text, max(0, q.start - 3), q.start) and _PAREN_CLOSE_RE.match(text, q.end)):
        return None
    kinds = categories(text, max(prev_end, q.start - 160), q.start)
    if not kinds or len(text[kinds[-1][1] : q.start].split()) > 3 or kinds[-1][2] == "mixed":
        return None
    named = [(m.start(), kind) for kind, p in MEASURE_PATTERNS if kind not in ("cases", "observed")
             for m in p.finditer(text, 0, q.start)]
    measure = max(named)[1] if named else reading.account.measure
    if measure is None or measure in NO_PART_MEASURES:
        return None
    return Counted(q, measure, kinds[-1][2])


_MOSTLY_RE = re.compile(
    r"\b(?:most(?:ly)?|mainly|largely|primarily|the\s+majority|majority|в\s+основном|большинство|преимущественно"
    r"|главным\s+образом|көбі|көпшілігі|негізінен)\b",
    FLAGS,
)


# what a dashed list item opens on ("по фактам … — 12", "for … – 6"): its own kind follows (parts.py reads the item)
DASHED_ITEM_LEAD = r"(?:по\s+фактам|по\s+факту|за|в\s+связи\s+с|for|on|over|concerning|regarding)"
_NEXT_DASHED_ITEM_RE = re.compile(rf",\s*{DASHED_ITEM_LEAD}\s[^,;—–]{{2,80}}?\s[—–]\s", FLAGS)


# a participle set off by a comma right after a kind, the count in its phrase: ", observed in 12 cases",
# ", зафиксированные на 8 участках"
_APPOSED_COUNT_RE = re.compile(
    r"\s*,\s*(?:(?:reportedly|also)\s+)?[^\W\d_]+ed\s+(?:in|at|on)\s+(?:(?:at\s+least|some|about|over)\s+)?$"
    r"|\s*,\s*[а-яё]+(?:нные|нных|тые|тых|вшиеся|вшихся)\s+(?:на|в|во)\s+(?:(?:не менее|около|более)\s+)?$",
    FLAGS,
)


def _denied(text: str, start: int, kind: tuple[int, int, str]) -> bool:
    """A negation stands between the count's own sub-clause (ending at `start`) and the kind."""
    return governed(text, (start, kind[0]), [], modality=False, blockers=False)


_SET_OFF_RE = re.compile(r"\s*(?:\(|[—–]|\s-)\s*$")
_KIND_TAIL_RE = re.compile(r"(?:\s+[^\W\d_][\w-]*){0,4}")


# the rest of the kind's last word, or one word more, in the genitive, then the count
_KK_OF_KIND_RE = re.compile(r"(?:[\w-]*(?:\s+[\w-]+)?)(?<=дың|дің|ның|нің|тың|тің)\s+")


def segment_category(reading: Reading, q: Quantity, after: int, next_start: int, prev_end: int) -> str | None:
    """The kind of the count `q`: named after it (up to the next count or the clause's end), else before it in its
    clause (after the previous count), else the offence of an article it cites; None when none is named."""
    text = reading.text
    clause = reading.clause_of(q.start)
    # Kazakh names the kind first, in the genitive, right before its count: "бюллетень салудың 41 жағдайы"
    preceding = categories(text, max(prev_end, clause[0], q.start - CATEGORY_SEGMENT), q.start)
    # (the act's verbal noun may close it: "бір сайлаушыға бірнеше бюллетень берудің 27 жағдайы")
    if preceding and preceding[-1][2] != "mixed" and _KK_OF_KIND_RE.fullmatch(text, preceding[-1][1], q.start):
        return preceding[-1][2]
    end = min(next_start, clause[1], after + CATEGORY_SEGMENT)
    colon = text.find(":", after, end)  # "13 cases: for X - 8, for Y - 5": the list after a colon is its breakdown
    end = colon if colon >= 0 else end
    # the next item of a dashed list, its kind its own: "по фактам X возбуждено 9 дел, по фактам Y — еще три"
    item = _NEXT_DASHED_ITEM_RE.search(text, after, end)
    end = item.start() if item is not None else end
    # "obstruction of observers (392 cases)", "о препятствиях наблюдению — 241 случай": the count set off right after
    # its kind, by a bracket or a dash, is that kind's
    if (set_off := _SET_OFF_RE.search(text, max(clause[0], q.start - 6), q.start)) is not None:
        before = categories(text, max(prev_end, clause[0], set_off.start() - CATEGORY_SEGMENT), set_off.start())
        if before and _KIND_TAIL_RE.fullmatch(text, before[-1][1], set_off.start()) and before[-1][2] != "mixed":
            return before[-1][2]  # (the kind's phrase may run on: "о препятствиях в осуществлении наблюдения — 241")
    told = _APPOSED_COUNT_RE.search(text, max(clause[0], q.start - 40), q.start)
    if told is not None:  # "ballot box stuffing, observed in 12 cases, and ...": the count tells of the kind before it
        before = categories(text, max(prev_end, clause[0], told.start() - CATEGORY_SEGMENT), told.start())
        if before and before[-1][1] == told.start():
            return before[-1][2]
    # "23 complaints, none of which alleged ballot box stuffing": a kind denied in a clause of its own is none of theirs
    own = sub_clause_of(text, clause, q.start)
    # the count's own noun may open its kind: "31 violations of campaign rules", "23 нарушения порядка агитации"
    nouns = [k for k in categories(text, q.end, end) if k[0] < after < k[1]]
    kinds = nouns[:1] + [k for k in categories(text, after, end) if not (k[0] >= own[1] and _denied(text, own[1], k))
                         and not (nouns and k[0] < nouns[0][1])]
    found = category_of(text, kinds)
    if found is not None and found != "mixed" and _MOSTLY_RE.search(text, after, kinds[0][0]):
        return "mixed"  # "97 complaints, most of them about X": X is the main kind, not every complaint's
    if found is None:
        # "While no ballot box stuffing was seen, observers were restricted in 9 stations": a kind its own sub-clause
        # denies is not the count's
        found = category_of(text, [k for k in preceding if not denied_apart(text, clause, k, q.start)])
    if found is None:  # "12 дел по статье 110 КоАП": the article names the offence
        cited = statute_kind(text, after, end, reading.context.election_date or reading.context.published_on)
        found = cited if cited != PROTEST else None
    return found
