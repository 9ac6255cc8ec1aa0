"""Infraction claims: counted violations, shares of observations, and findings observed without a count.

The kinds and measures are the lexicon's (lexicon/findings.yaml, which also lists the adjectives that may stand
between a count and its noun: "18 serious violations"); this module says which numbers they govern.
A count becomes an infraction only in one of these shapes:

- a count of a measure noun: "16 reports of violations", "19 violations", "18 administrative cases",
  "45 complaints", "12 cases of ballot box stuffing", "16 сообщений о нарушениях" ("reports" only about
  violations: "3 interim reports" is not one);
- a count in a list under a measure: "Of the administrative offence cases ..., 12 concerned X, 6 concerned Y"
  (the measure from the head, or from the previous sentence for "Of these, ...");
- a share of observations with a finding or an assessment ("in more than half of the polling stations observed",
  "in 9 of the 40 counts observed"), and polling stations where a finding was made ("ballot box stuffing was
  observed in 15 polling stations"); coverage ("observers followed the vote at 82 polling stations") is never a
  value (stations.py);
- a total: "the number of complaints reached 45", "число жалоб составило 45";
- a part of a count told before (parts.py): an item of a dashed list under a measure already counted, its noun
  elided ("по фактам выдачи нескольких бюллетеней - 12 дел, по фактам ... - 6": the item's words give the kind,
  'other' when none is known), "of them 12 …", the part upheld, cases opened on a part;
- counts coordinated under one measure noun said once: "7 administrative and 2 criminal cases", "7
  административных дел и 2 уголовных" (each count takes the noun with its own words);
- the part of some appeals found to be complaints ("152 обращения, из которых 31 было квалифицировано как жалоба",
  "Жалобами признаны 27 из них": the part counts, the appeals do not), a part told by its own verb ("17 of these
  alleged that …", "9 из них касались …"), cases counted before their finding ("В 31 случае наблюдателей удаляли");
- people sanctioned for an electoral offence (sanctions.py).

The category comes from the words after the count (else before it, in its clause): one kind named gives that
kind; a list of kinds (joined by any short run of modifiers) or no kind gives 'mixed'. A later sentence of the
paragraph that elaborates on a 'mixed' count ("They concerned ...", "В обращениях говорилось о ...") and names
one kind gives the count that kind (paragraph.py, `kinds.kind_named`). Findings said without a
count give one row per kind, value None, measure 'observed', qualifier 'cases' ("cases of", "signs of"),
'allegations' ("allegations of coercion") or 'observed'. A negator, modal or blocker cancels only the findings of
its own sub-clause (scope.py).
"""

from __future__ import annotations

import re

from sources.claims.breakdowns import gapped_item, in_counted
from sources.claims.cues import reports_observation
from sources.claims.inquiries import appeals_with_complaints_among_them, hotline_inquiries, qualified_complaints
from sources.claims.kinds import categories as _categories
from sources.claims.kinds import category_of as _category_of
from sources.claims.kinds import kind_named, other_finding
from sources.claims.measured import CATEGORY_SEGMENT as _CATEGORY_SEGMENT
from sources.claims.measured import kind_in_brackets
from sources.claims.measured import measure_at as _measure_at
from sources.claims.measured import parenthesised as _parenthesised
from sources.claims.measured import segment_category as _segment_category
from sources.claims.observed import merge_observed, observed_in, spoken_of
from sources.claims.one_case import one_case
from sources.claims.parts import (
    bare_confirmed,
    cases_opened_on_facts,
    cases_opened_on_part,
    confirmed_part,
    dashed_item,
    kind_after_dash,
    measure_said_before,
    of_them,
    part_telling_its_kind,
)
from sources.claims.people_facts import people_facts
from sources.claims.quantities import Quantity
from sources.claims.reading import Reading, distinct, place_for, reporter_for
from sources.claims.sanctions import cases_against, sanctions_in
from sources.claims.scope import governed, statement_of, sub_clause_of
from sources.claims.stations import Counted, share_of_observations, speaks_of_violations, stations_counted
from sources.claims.vocabulary import ENUMERATION_RE, INCLUDING
from sources.records import InfractionClaim

__all__ = ["infractions_in", "kind_named", "merge_observed"]  # kind_named, merge_observed: their old home

FLAGS = re.IGNORECASE

_HEAD_RE = re.compile(
    r"^\s*(?:of|among|out\s+of|from|из|среди|из\s+числа)\s+(?:the\s+|these\s+|those\s+|all\s+)?", FLAGS
)
_TOTAL_RE = re.compile(
    r"(?:(?:number|total)\s+of\s+(?P<m>[\w\s-]{3,40}?)(?:\s+\w+){0,3}?\s+(?:reached|rose\s+to|was|stood\s+at"
    r"|totall?ed|amounted\s+to|exceeded|climbed\s+to)|(?:число|количество)\s+(?P<r>[\w\s]{3,40}?)\s+"
    r"(?:составил\w*|достиг\w*|превысил\w*))\s*$",
    FLAGS,
)
_CASES_AGAINST_RE = re.compile(r"\s(?:against|в\s+отношении|in\s+respect\s+of)\s+(?:the\s+)?$", FLAGS)


# "... материалах, по которым установлены признаки правонарушения. Их было всего 19": a total of what the sentence
# before named without a count ("There were 19 in all", "Олардың саны 19").
_ANAPHORIC_TOTAL_RE = re.compile(
    r"(?:^|[\s«\"])(?:их|они|there\s+were|they\s+(?:were|numbered)|олардың\s+(?:жалпы\s+)?саны)"
    r"\s+(?:было\s+|всего\s+|in\s+all\s+|in\s+total\s+|барлығы\s+|only\s+)*$",
    FLAGS,
)


_TOTAL_END_RE = re.compile(r"\s*(?:(?:in\s+all|in\s+total|altogether|всего|барлығы)\s*)?(?:[,.;:)»\"]|$)", FLAGS)


def _anaphoric_total(reading: Reading, q: Quantity) -> str | None:
    if _ANAPHORIC_TOTAL_RE.search(reading.text, max(0, q.start - 40), q.start) is None:
        return None
    if _TOTAL_END_RE.match(reading.text, q.end) is None:  # "there were seven candidates": a count of its own noun
        return None
    return measure_said_before(reading)


def _head_measure(reading: Reading) -> str | None:
    """The measure a list counts: "Of the administrative offence cases reported later, 12 ..."."""
    head = _HEAD_RE.match(reading.text)
    if head:
        for _ in range(4):  # a few words may come first: "Of the 40 formal complaints"
            found = _measure_at(reading.text, head.end())
            if found and found[0] != "cases":
                return found[0]
            head = re.compile(r"\S+\s+").match(reading.text, head.end())
            if head is None:
                break
    return reading.account.measure if reading.continues else None


def _base_of_parts(reading: Reading, quantities: list[Quantity]) -> Quantity | None:
    """The count a sentence opens with as the whole its parts come out of ("Of the 48 complaints, 19 …", "Из 48
    жалоб 19 …"), when a count of that measure was said before: the base again, no new finding."""
    head = _HEAD_RE.match(reading.text)
    if head is None or len(quantities) < 2 or quantities[0].start != head.end() or not quantities[0].written:
        return None
    first = quantities[0]
    found = _measure_at(reading.text, first.end)
    figure = rf"(?<![\d,.])(?<!\d\s){int(first.figure or 0)}(?![\d,.]|\s\d)"
    said = any(re.search(figure, sentence) for sentence in reading.account.sentences[-3:])
    return first if found is not None and said and quantities[1].written else None


def _violations_just_said(reading: Reading) -> bool:
    """The sentence before spoke of violations: "cases" counted now are cases of them."""
    previous = reading.account.sentences[-1] if reading.account.in_paragraph and reading.account.sentences else ""
    return bool(previous) and speaks_of_violations(previous, 0, len(previous))


_CASES_FRONTED_BEFORE_RE = re.compile(r"(?:^|\s)(?:в|во|in)\s+$", FLAGS)
_CASES_FRONTED_AFTER_RE = re.compile(r"\s+(?:случа(?:е|ях|ев)|cases|instances)(?!\s+of\b)\s*,?\s*", FLAGS)


def _total_with_parts(text: str, q: Quantity) -> bool:
    """A count whose noun names no kind before "including" / "в том числе", the parts after it counted themselves
    ("154 нарушения, в том числе вбросы бюллетеней на 11 участках"): the total, each part its own count."""
    including = _INCLUDING_RE.match(text, q.end)
    if including is None:
        return False
    lead = re.search(rf"(?:{INCLUDING}|such\s+as|ranging\s+from)\s*$", text[q.end : including.end()], FLAGS)
    # a part counted by a figure, or one case in the singular: "3 уголовных дела, в том числе по факту вброса"
    counted_part = re.match(r"[^.;]*?\d|\s*(?:по\s+факту|one\s+(?:case|for))\b", text[including.end() :],
                            FLAGS) is not None
    return lead is not None and counted_part and not _categories(text, q.end, q.end + lead.start())


def _counted_one(
    reading: Reading, q: Quantity, following: tuple[int, int], prev_end: int, head: str | None, last: str | None
) -> Counted | None:
    """What the count measures, if anything; `following` is where the next number and the next figure start."""
    text = reading.text
    next_start, next_figure = following
    clause = reading.clause_of(q.start)
    part = statement_of(text, clause, q.start)
    if q.share:
        return share_of_observations(reading, q, part, prev_end)
    if not q.written:
        return None
    if qualified_complaints(text, q):  # "из которых 31 было квалифицировано как жалоба", "Жалобами признаны 27"
        return Counted(q, "complaints", _segment_category(reading, q, q.end, next_figure, prev_end) or "mixed")
    if (on_facts := cases_opened_on_facts(reading, q, next_figure, prev_end)) is not None:
        return on_facts  # "По 31 факту возбуждены дела об АП": the cases opened, counted by their facts
    found = _measure_at(text, q.end) or _parenthesised(text, q)
    if found is None and (bracketed := kind_in_brackets(reading, q, prev_end)) is not None:
        return bracketed  # "Most of the violations concerned illegal campaigning (27)"
    if found:
        measure, after = found
        if measure == "reports" and not speaks_of_violations(text, *clause):
            return None
        if measure == "complaints" and (hotline_inquiries(reading, q, after, clause)
                                        or appeals_with_complaints_among_them(text, q, after)):
            return None
        if measure == reading.account.measure and in_counted(text, q, after):
            return None  # "... 4 өтініш түсті. Екі өтініште ... сұраныс мазмұндалған": what two of them contained
        # "12 criminal cases against 15 people for ballot box stuffing": the people the cases concern are no count
        # of their own kind, and the kind is named after them.
        against = _CASES_AGAINST_RE.search(text, after, next_figure) if next_figure < len(text) else None
        category = _segment_category(reading, q, after, part[1] if against else next_figure, prev_end)
        if measure != "cases" and _total_with_parts(text, q):
            category = "mixed"  # "154 нарушения, в том числе вбросы бюллетеней на 11 участках": every kind, one a part
        if measure != "cases" and _INCLUDING_RE.match(text, q.end) and len(
                {k for *_, k in _categories(text, q.end, len(text))} - {"mixed"}) > 1:
            category = "mixed"  # "212 заң бұзушылық, олардың арасында X (…), Y және Z": kinds of many, as examples
        if measure != "cases" and category not in (None, "mixed") and examples_after(reading, q, next_figure):
            category = "mixed"  # "17 cases related to breaches of the law …, including for campaigning …": examples
        if measure == "cases":
            if category is None and (_violations_just_said(reading) or speaks_of_violations(text, *clause)):
                category = "mixed"  # "X spoke of violations at polling stations. Nine cases were found by 16:00."
            if category is None:
                return None
            observed = reports_observation(text) or reporter_for(reading, q.start) == "ODIHR"
            measure = "observed" if observed else "violations"
        return Counted(q, measure, category or "mixed")
    if (opened := cases_opened_on_part(reading, q, next_figure, prev_end)) is not None:
        return opened
    confirmed = confirmed_part(reading, q, head or last or reading.account.measure) or bare_confirmed(
        reading, q, head or last or reading.account.measure
    )
    if confirmed is not None:
        return confirmed
    dashed = dashed_item(reading, q, head or last or reading.account.measure) or kind_after_dash(
        reading, q, head or last or reading.account.measure, next_figure)
    if dashed is not None:
        return dashed
    portion = of_them(reading, q, head or last or reading.account.measure, next_figure) or part_telling_its_kind(
        reading, q, head or last or reading.account.measure, next_figure, prev_end)
    if portion is not None:
        return portion
    enumeration = ENUMERATION_RE.match(text, q.end)
    if enumeration and (head or last):
        category = _segment_category(reading, q, enumeration.end(), next_start, next_start)
        if category is not None:
            return Counted(q, head or last or "violations", category)
    gapped = gapped_item(reading, q, last or head, next_figure)
    if gapped is not None:
        return gapped
    stations = stations_counted(reading, q, part, prev_end)
    if stations is not None:
        return stations
    if _CASES_FRONTED_BEFORE_RE.search(text, max(0, q.start - 6), q.start) and (
            cases := _CASES_FRONTED_AFTER_RE.match(text, q.end)) is not None:
        # "В 31 случае наблюдателей удаляли с участков": the cases counted before the finding they are of
        category = _segment_category(reading, q, cases.end(), next_figure, prev_end)
        if category is not None and category != "mixed":
            return Counted(q, "violations", category)
    if (people := people_facts(reading, q, part)) is not None:  # "с участков выведены 32 человека"
        return Counted(q, "violations", people)
    anaphoric = _anaphoric_total(reading, q)
    if anaphoric is not None:
        return Counted(q, anaphoric, _segment_category(reading, q, q.end, next_start, prev_end) or "mixed")
    total = _TOTAL_RE.search(text, max(clause[0], q.start - _CATEGORY_SEGMENT), q.start)
    if total:
        named = _measure_at(total.group("m") or total.group("r") or "", 0)
        if named and named[0] != "cases":
            return Counted(q, named[0], "mixed")
    return None


# Counts coordinated under one noun, said once: "7 administrative and 2 criminal cases", "9 серьёзных и 23 мелких
# нарушения" (the noun after the second count), "7 административных дел и 2 уголовных" (after the first).
_ELIDED_BEFORE_CONJUNCTION_RE = re.compile(
    r"\s+(?P<words>(?:[^\W\d_][\w-]*\s+){1,2}?)(?:and|or|и|или|және|немесе)\s+$", FLAGS
)
_ELIDED_AFTER_CONJUNCTION_RE = re.compile(r"\s*(?:and|or|и|или|және|немесе)\s+$", FLAGS)
_ELIDED_TAIL_RE = re.compile(r"\s+(?P<words>(?:[^\W\d_][\w-]*)(?:\s+[^\W\d_][\w-]*)?)\s*(?=[,.;:)]|$)", FLAGS)


def _head_noun(text: str, q: Quantity) -> str | None:
    """The last word of the measure noun phrase a count governs ("criminal cases" → "cases")."""
    found = _measure_at(text, q.end)
    return text[q.end : found[1]].split()[-1] if found and text[q.end : found[1]].split() else None


def _elided(reading: Reading, q: Quantity, index: int, quantities: list[Quantity]) -> Counted | None:
    """A count whose measure noun is said only with the count coordinated with it; its own words before the
    conjunction (or after the count) are read with that noun: "7 administrative [cases] and 2 criminal cases"."""
    text = reading.text
    if not q.written:
        return None
    words, noun = None, None
    if index + 1 < len(quantities):
        following = quantities[index + 1]
        between = _ELIDED_BEFORE_CONJUNCTION_RE.fullmatch(text, q.end, following.start)
        if between is not None and (noun := _head_noun(text, following)) is not None:
            words = between.group("words")
    if words is None and index > 0:
        previous = quantities[index - 1]
        previous_end = _measure_at(text, previous.end)
        tail = _ELIDED_TAIL_RE.match(text, q.end)
        if previous_end and tail and _ELIDED_AFTER_CONJUNCTION_RE.fullmatch(text, previous_end[1], q.start):
            words, noun = tail.group("words"), _head_noun(text, previous)
    if words is None or noun is None:
        return None
    found = _measure_at(f" {words.strip()} {noun}", 0)
    if found is None or found[0] == "cases":
        return None
    end = q.end + len(words) + 1
    return Counted(q, found[0], _segment_category(reading, q, end, len(text), q.start) or "mixed")


def _other_entry(reading: Reading, q: Quantity, next_figure: int) -> str | None:
    """The findings-lexicon entry of the 'other' kind a count counts: the first named after it up to the next
    figure, else the last before it in its clause ("38 cases of vote buying and 15 of multiple voting")."""
    clause = reading.clause_of(q.start)
    after = [k for k in _categories(reading.text, q.end, min(next_figure, clause[1])) if k[2] == "other"]
    before = [k for k in _categories(reading.text, clause[0], q.start) if k[2] == "other"]
    kind = after[0] if after else before[-1] if before else None
    return other_finding(reading.text, kind[0], kind[1]) if kind is not None else None


def _negated(reading: Reading, q: Quantity) -> bool:
    """ "the CEC did not register 16 ...": a negator in the count's own sub-clause, outside the findings' own
    words ("not assessed positively in 9 of the 40")."""
    scope = sub_clause_of(reading.text, reading.clause_of(q.start), q.start)
    # a finding's words may open before the sub-clause: "observed 30 counts; in 12 of them, rules were not followed"
    own = [(q.start, q.end), *((s, e) for s, e, _ in _categories(reading.text, 0, scope[1]) if e > scope[0])]
    return governed(reading.text, scope, own, modality=True, blockers=False)


# a count's noun, then the kinds it includes: "1,143 violations, including …", "27 нарушений, в том числе …"
_EXAMPLES_MARK_RE = re.compile(rf",\s*(?:{INCLUDING}|such\s+as)\s", FLAGS)
EXAMPLES_REACH = 120  # how far after its count a count's noun phrase may run before its examples


def examples_after(reading: Reading, q: Quantity, next_figure: int) -> re.Match[str] | None:
    """The "…, including …" that gives a count's kinds as examples only: no kind named between the count and it, two
    kinds or more after it ("17 administrative cases related to breaches of electoral legislation were initiated …,
    including for campaigning outside the official period and for vote buying")."""
    text = reading.text
    end = next_figure  # the examples may run past the comma that closes the count's clause
    mark = _EXAMPLES_MARK_RE.search(text, q.end, min(end, q.end + EXAMPLES_REACH))
    if mark is None or _categories(text, q.end, mark.start()):
        return None
    # two kinds or more: one kind "including" is the count's own (the reference's 2019 report: "16 reports of
    # violations, including voter impersonation" are reports of voter impersonation)
    following = {k for *_, k in _categories(text, mark.end(), end)} - {"mixed"}
    return mark if len(following) > 1 else None


_INCLUDING_RE = re.compile(
    rf"\s*(?:[\w-]+\s*){{1,6}}?,?\s*(?:{INCLUDING}|such\s+as|ranging\s+from)\s",
    FLAGS,
)


def infractions_in(reading: Reading) -> tuple[list[InfractionClaim], str | None]:
    """Every infraction the sentence reports, and the measure later sentences may continue with."""
    head = _head_measure(reading)
    claims, sanctioned = sanctions_in(reading, _categories, _category_of)
    claims += cases_against(reading, _categories, _category_of, sanctioned)
    quantities = [q for q in reading.quantities if q.start not in sanctioned]
    used: set[str] = {c.category for c in claims}
    last: str | None = None
    base_of_parts = _base_of_parts(reading, quantities)
    for i, q in enumerate(quantities):
        if q is base_of_parts:
            continue  # "Of the 48 complaints, 19 concerned …", "Из 48 жалоб 19 касались …": the count said before
        next_start = quantities[i + 1].start if i + 1 < len(quantities) else len(reading.text)
        # the previous and the next figure (a count word like "several ballots" is part of a finding, not a figure)
        prev_end = next((p.end for p in reversed(quantities[:i]) if p.written or p.share), 0)
        next_figure = next((n.start for n in quantities[i + 1 :] if n.written or n.share), len(reading.text))
        counted = _counted_one(reading, q, (next_start, next_figure), prev_end, head, last) or _elided(
            reading, q, i, quantities
        )
        if counted is None or _negated(reading, q):
            continue
        last = counted.measure if counted.measure != "share_of_observations_pct" else last
        used.add(counted.category)
        if counted.category == "mixed":  # the kinds of a counted list are that count's, not findings of their own
            part = statement_of(reading.text, reading.clause_of(q.start), q.start)
            # ... unless violations were counted "including" them: each kind named so was found, not alleged
            # ("observers reported 1,143 violations, including group voting and pressure on employees")
            included = _INCLUDING_RE.match(reading.text, q.end) if counted.measure == "violations" else None
            included = included or examples_after(reading, q, next_figure)  # ("… 64 complaints …, including several
            used.update(category for start, _, category in _categories(reading.text, *part)  # alleging pressure")
                        if included is None or start < included.end())
        claims.append(
            InfractionClaim(
                evidence=reading.evidence,
                category=counted.category,  # type: ignore[arg-type]
                measure=counted.measure,  # type: ignore[arg-type]
                value=counted.value if counted.value is not None else q.figure,
                qualifier=q.qualifier,
                reported_by=reporter_for(reading, q.start),
                location=place_for(reading, q.start),
                base=counted.base,
                finding=_other_entry(reading, q, next_figure) if counted.category == "other" else None,
            )
        )
    single = one_case(reading, {c.measure for c in claims})  # "возбуждено уголовное дело": a count of one
    used.update(c.category for c in single)
    claims += single
    claims += observed_in(reading, used)
    claims += spoken_of(reading, {c.category for c in claims})
    return distinct(claims, lambda c: (c.category, c.finding, c.measure, c.value, c.qualifier)), last or head
