"""Parts of a count told before: "of them 12 …", "12 of them were upheld", "семь из них — X, еще четыре — Y",
"по фактам X — 12 дел, по фактам Y — 6", "по 7 из них возбуждены административные производства", "оның 9-ы бойынша
әкімшілік іс қозғалды" (infractions.py reads the whole counts; this module what a part of one counts).
"""

from __future__ import annotations

import re

from sources.claims.kinds import categories as _categories
from sources.claims.kinds import category_of as _category_of
from sources.claims.measured import DASHED_ITEM_LEAD
from sources.claims.measured import measure_at as _measure_at
from sources.claims.measured import segment_category as _segment_category
from sources.claims.quantities import Quantity
from sources.claims.reading import Reading
from sources.claims.sampled import KK_PART_BEFORE_RE
from sources.claims.stations import Counted
from sources.claims.vocabulary import (
    CONFIRMED_RE,
    INCLUDING,
    KK_WHOLE_GENITIVE,
    MEASURE_PATTERNS,
    NO_PART_MEASURES,
    PART_COUNT_RE,
)

FLAGS = re.IGNORECASE

_DASH_BEFORE_RE = re.compile(r"\s[-–—]\s*(?:(?:ещё|еще|another|a\s+further)\s+)?$", FLAGS)
# A dashed list item names what it counts: "по фактам ...", "за ...", "for ...", "on ...".
_ITEM_LEAD_RE = re.compile(rf"\s*{DASHED_ITEM_LEAD}\b", FLAGS)


def measure_said_before(reading: Reading, across: bool = False) -> str | None:
    """The first measure the paragraph's previous sentence named, counted or not ("... бұзылу фактілері расталды");
    `across`, the previous sentence even when it closed the paragraph before (a part said "of them")."""
    if not (reading.account.in_paragraph or across) or not reading.account.sentences:
        return None
    previous = reading.account.sentences[-1]
    named = [(m.start(), kind) for kind, p in MEASURE_PATTERNS for m in p.finditer(previous) if kind != "cases"]
    return min(named)[1] if named else None


def dashed_item(reading: Reading, q: Quantity, measure: str | None) -> Counted | None:
    """An item of a list of counts after dashes, its noun elided: "по фактам выдачи нескольких бюллетеней - 12 дел,
    по фактам голосования на двух участках - 6" under a measure already counted (in the sentence or the one
    before). The item's words before the dash give its kind; an item that names none of the known kinds is
    'other'."""
    text = reading.text
    if measure is None or measure in NO_PART_MEASURES:
        return None
    dash = _DASH_BEFORE_RE.search(text, max(0, q.start - 16), q.start)
    if dash is None:
        return None
    clause = reading.clause_of(q.start)
    # The item runs from the last comma; figures inside it ("на двух участках") are part of its words.
    start = max(clause[0], *(text.rfind(mark, 0, dash.start()) + 1 for mark in ",;:"))
    if not _ITEM_LEAD_RE.match(text, start, dash.start()):
        return None
    category = _category_of(text, _categories(text, start, dash.start()))
    return Counted(q, measure, category if category and category != "mixed" else "other")


# A part of the count before and its kind after a dash: "11 нарушений: семь из них — выдача бюллетеней …, еще четыре —
# незаконная агитация", "12 violations: 7 of them – proxy voting".
_KIND_AFTER_DASH_RE = re.compile(r"\s*(?:(?:из\s+них|of\s+them|олардың)\s*)?[—–]\s*", FLAGS)
_PART_LEAD_RE = re.compile(
    # a conjunction may join the item: "Большинство из них касалось X, а 9 – Y"
    rf"(?:[:;,]\s*(?:(?:а|и|and|while|whereas|ал|ал\s+енді)\s+)?|\b(?:ещё|еще|another|a\s+further|{INCLUDING}|из\s+них)\s+)$",
    FLAGS,
)


def kind_after_dash(reading: Reading, q: Quantity, measure: str | None, next_figure: int) -> Counted | None:
    text = reading.text
    if measure is None or measure in NO_PART_MEASURES:
        return None
    dash = _KIND_AFTER_DASH_RE.match(text, q.end)
    if dash is None or not _PART_LEAD_RE.search(text, max(0, q.start - 16), q.start):
        return None
    end = min(next_figure, reading.clause_of(q.start)[1])
    comma = text.find(",", dash.end(), end)
    # the item's kind opens before the next comma, though its words may run past it ("9 — за агитацию в день,
    # предшествующий голосованию")
    kinds = [k for k in _categories(text, dash.end(), end) if comma < 0 or k[0] < comma]
    category = _category_of(text, kinds)
    return Counted(q, measure, category) if category is not None and category != "mixed" else None


# "Of them, 12 ...", "Олардың 12-сі ...", "Из них 12 ...": a part of the count before, of a kind named after it.
# "оның 12-сі", "из которых 12": the same, said of the count as one whole ("18 facts, of which 12 ...").
_OF_THEM_BEFORE_RE = re.compile(
    r"(?:олардың|оның|из\s+них|из\s+которых|of\s+(?:them|these|those|which)"
    # the whole by its noun in the genitive: "Расталған фактілердің 8-і …" (of the confirmed facts, 8)
    rf"|(?<![\w-]){KK_WHOLE_GENITIVE})\s*,?\s*$",
    FLAGS,
)
_KK_PART_SUFFIX_RE = re.compile(r"-?(?:еуі|ауы|уы|уі|сі|сы|і|ы)\b")  # "12-сі", "5-еуі" (of бесеуі), "6-уы"


_KK_PART_SAID_RE = re.compile(
    rf"(?<![\w-])(?:оның|олардың|{KK_WHOLE_GENITIVE})"
    r"\s+\d+-?[а-яәіңғүұқөһ]{0,4}\s", FLAGS)


def of_them(reading: Reading, q: Quantity, measure: str | None, next_start: int) -> Counted | None:
    text = reading.text
    # a later Kazakh part, its "оның" said once: "Оның 21-і X туралы, 9-ы Y туралы"
    later_kk = _KK_PART_SUFFIX_RE.match(text, q.end) is not None and _KK_PART_SAID_RE.search(text, 0, q.start)
    if not (_OF_THEM_BEFORE_RE.search(text, max(0, q.start - 20), q.start) or later_kk):
        return None
    # "18 тұлғаның ... бұзылу фактілері расталды. Олардың 12-сі ...": a part of what the sentence before named, even
    # when it closed the paragraph before
    measure = measure or measure_said_before(reading, across=True)
    if measure is None or measure in NO_PART_MEASURES:
        return None
    suffix = _KK_PART_SUFFIX_RE.match(text, q.end)
    category = _segment_category(reading, q, suffix.end() if suffix else q.end, next_start, next_start)
    return Counted(q, measure, category) if category is not None else None


# "Доводы 21 из них подтвердились", "12 of them were upheld": the part of the complaints borne out counts violations.
_OF_THEM_AFTER_RE = re.compile(r"\s+(?:из\s+них|из\s+которых|of\s+(?:them|these|those|which)|олардың|оның)\b", FLAGS)
_CONFIRMABLE = frozenset({"complaints", "reports"})
# the authority's active verb before the part: "The CEC received 64 complaints ... and upheld 3 of them"
_UPHELD_BEFORE_RE = re.compile(
    r"\b(?:upheld|sustained|granted|satisfied|accepted|удовлетворил\w*|признал\w*\s+обоснованными|қанағаттандырды)\s+$",
    FLAGS,
)


# Cases opened on a part of what was counted: "12 нарушений, по 7 из них возбуждены административные производства",
# "12 violations; on 7 of them administrative cases were opened": the part counts the cases the verb names.
_OPENED_ON_PART_RE = re.compile(
    r"\s*,?\s*(?:(?:были|было|были бы|were|have\s+been|had\s+been)\s+)?(?:возбужден\w*|возбуждено|заведен\w*"
    r"|открыт\w*|составлен\w*|opened|instituted|initiated|started|filed|brought)\s+",
    FLAGS,
)
_CASE_MEASURES = frozenset({"administrative_cases", "administrative_offences", "criminal_cases"})


# Kazakh: "27 заңбұзушылық анықталып, оның 9-ы бойынша әкімшілік іс қозғалды" (the part, then the cases opened on it)
_KK_ON_PART_RE = re.compile(rf"(?:{_KK_PART_SUFFIX_RE.pattern})?\s+бойынша\s+", FLAGS)
_KK_OPENED_AFTER_RE = re.compile(r"\s+(?:қозғал|қозғады|қозғалған|тіркел)\w*", FLAGS)


# A part of the count told before, its kind said by its own verb: "83 complaints; 17 of these alleged that voters had
# been issued more than one ballot", "9 из них касались воспрепятствования работе наблюдателей".
_TELLS_OF_RE = re.compile(
    r"\s+(?:(?:had\s+|have\s+)?(?:alleged|concerned|related\s+to|referred\s+to|complained\s+(?:of|about)|dealt\s+with"
    r"|were\s+about|were\s+related\s+to)|касал\w*|относил\w*|был[иа]?\s+связан\w*|связан\w*\s+с|қатысты)(?![\w-])",
    FLAGS,
)


_MORE_AFTER_RE = re.compile(r"\s+(?:more|others|другие|ещё|еще)(?=\s)", FLAGS)


def part_telling_its_kind(reading: Reading, q: Quantity, measure: str | None, next_figure: int,
                          prev_end: int) -> Counted | None:
    text = reading.text
    of_them = _OF_THEM_AFTER_RE.match(text, q.end) or _MORE_AFTER_RE.match(text, q.end)  # "and four more concerned"
    # "of them" said once for the parts of the sentence: "Most of them concerned X, while 9 related to Y"
    elided = of_them is None and PART_COUNT_RE.search(text, 0, q.start) is not None
    measure = measure or measure_said_before(reading, across=of_them is not None or elided)
    if (of_them is None and not elided) or measure is None or measure in NO_PART_MEASURES:
        return None
    tells = _TELLS_OF_RE.match(text, of_them.end() if of_them is not None else q.end)
    if tells is None and elided and _GAPPED_LEAD_RE.search(text, max(0, q.start - 12), q.start) and any(
            _TELLS_OF_RE.match(text, m.start()) for m in re.finditer(r"\s", text[: q.start])):
        # the verb said once for the parts: "12 of which concerned campaigning … and 7 the obstruction of observers"
        # (its kind right after it: "and 7 were rejected" tells no kind)
        kinds = _categories(text, q.end, min(next_figure, reading.clause_of(q.start)[1]))
        category = _category_of(text, kinds) if kinds and len(text[q.end : kinds[0][0]].split()) <= 2 else None
        return Counted(q, measure, category) if category not in (None, "mixed") else None
    if tells is None:
        return None
    category = _segment_category(reading, q, tells.end(), next_figure, prev_end)
    return Counted(q, measure, category) if category is not None else None


_GAPPED_LEAD_RE = re.compile(r"(?:,\s*|\s)(?:and|while|whereas|а|и|ал)\s+$", FLAGS)


def cases_opened_on_part(reading: Reading, q: Quantity, next_figure: int, prev_end: int) -> Counted | None:
    text = reading.text
    of_them = _OF_THEM_AFTER_RE.match(text, q.end)
    opened = _OPENED_ON_PART_RE.match(text, of_them.end()) if of_them is not None else None
    found = _measure_at(text, opened.end()) if opened is not None else None
    kk_part = KK_PART_BEFORE_RE.search(text, max(0, q.start - 12), q.start) is not None
    kk_on = _KK_ON_PART_RE.match(text, q.end) if kk_part else None
    if found is None and kk_on is not None and (found := _measure_at(text, kk_on.end())) is not None and \
            not _KK_OPENED_AFTER_RE.match(text, found[1]):
        found = None
    if found is None or found[0] not in _CASE_MEASURES:
        return None
    return Counted(q, found[0], _segment_category(reading, q, found[1], next_figure, prev_end) or "mixed")


# Cases opened on a count of facts: "По 31 факту возбуждены дела об административных правонарушениях", "по 12 из
# них составлены протоколы"; the cases named before the count: "had opened administrative cases in 15 of them",
# "Administrative cases were opened over 24 instances of ..."
_ON_FACTS_BEFORE_RE = re.compile(r"(?:^|[\s,;])по\s+$", FLAGS)
_KK_FACTS_AFTER_RE = re.compile(r"\s+(?:дерек|факт|жағдай|бұзушылық|заңбұзушылық)\w*\s+бойынша\s+", FLAGS)
# the facts' noun and up to three words of their kind: "по 12 фактам незаконной агитации возбуждены дела"
_FACTS_AFTER_RE = re.compile(
    r"\s*(?:(?:факт|случа|нарушени|эпизод)\w*(?:\s+[^\W\d]+){0,3}?"
    r"(?=\s*,?\s*(?:были\s+|было\s+)?(?:возбужден|возбуждено|заведен|открыт|составлен)))?",
    FLAGS,
)
_CASES_BEFORE_RE = re.compile(
    r"(?P<cases>administrative\s+(?:offen[cs]e\s+)?(?:cases?|proceedings)|criminal\s+(?:cases?|proceedings))"
    r"(?:\s+(?:were|was|have\s+been|had\s+been))?(?:\s+(?:opened|instituted|initiated|started|brought))?"
    r"\s+(?:in|on|over|for|concerning)\s+$",
    FLAGS,
)


def cases_opened_on_facts(reading: Reading, q: Quantity, next_figure: int, prev_end: int) -> Counted | None:
    """The count the cases were opened on is the cases' count: "По 31 факту возбуждены дела об АП" (31
    administrative cases), "opened administrative cases in 15 of them"."""
    text = reading.text
    if _ON_FACTS_BEFORE_RE.search(text, max(0, q.start - 4), q.start):
        facts = _FACTS_AFTER_RE.match(text, q.end)
        of_them = _OF_THEM_AFTER_RE.match(text, facts.end())
        opened = _OPENED_ON_PART_RE.match(text, of_them.end() if of_them else facts.end())
        found = _measure_at(text, opened.end()) if opened is not None else None
        return _cases(reading, q, found, q.end, next_figure, prev_end)  # the kind of the facts, or of the cases after
    kk_facts = _KK_FACTS_AFTER_RE.match(text, q.end)  # "31 дерек бойынша әкімшілік іс қозғалды"
    if kk_facts is not None and (found := _measure_at(text, kk_facts.end())) is not None:
        return _cases(reading, q, found, found[1], next_figure, prev_end)
    before = _CASES_BEFORE_RE.search(text, max(0, q.start - 80), q.start)
    if before is None or not re.search(r"opened|instituted|initiated|started|brought", text[max(0, before.start() - 40):
                                                                                          q.start], FLAGS):
        return None
    return _cases(reading, q, _measure_at(before.group("cases"), 0), q.end, next_figure, prev_end)


def _cases(reading: Reading, q: Quantity, found: tuple[str, int] | None, kind_from: int, next_figure: int,
           prev_end: int) -> Counted | None:
    """The count as cases of the measure found, when it is a case measure; its kind named from `kind_from` on."""
    if found is None or found[0] not in _CASE_MEASURES:
        return None
    return Counted(q, found[0], _segment_category(reading, q, kind_from, next_figure, prev_end) or "mixed")


_BARE_PART_END_RE = re.compile(r"\s*(?:[;,.)]|$|(?:and|but|while|и|а|но)\s)", FLAGS)


def confirmed_part(reading: Reading, q: Quantity, measure: str | None) -> Counted | None:
    text = reading.text
    if measure not in _CONFIRMABLE:
        return None
    after = _OF_THEM_AFTER_RE.match(text, q.end)
    clause = reading.clause_of(q.start)
    upheld_bare = after is None and q.written and _BARE_PART_END_RE.match(text, q.end) is not None
    if upheld_bare and _UPHELD_BEFORE_RE.search(text, max(clause[0], q.start - 30), q.start):
        # "... considered 38 of them and upheld 4;": the part borne out, its noun left out
        return Counted(q, "violations", _segment_category(reading, q, q.end, clause[1], q.start) or "mixed")
    if after is None and not _OF_THEM_BEFORE_RE.search(text, max(0, q.start - 20), q.start):
        return None
    upheld = after is not None and _UPHELD_BEFORE_RE.search(text, max(clause[0], q.start - 30), q.start) is not None
    if not upheld and CONFIRMED_RE.search(text, after.end() if after else q.end, clause[1]) is None:
        return None
    return Counted(q, "violations", _segment_category(reading, q, q.end, clause[1], q.start) or "mixed")


# "the CEC told the mission that 5 had been upheld": the part of the complaints counted before that was borne out,
# its noun left out.
def bare_confirmed(reading: Reading, q: Quantity, measure: str | None) -> Counted | None:
    gap = re.match(r"\s+", reading.text[q.end :])
    if measure not in _CONFIRMABLE or not q.written or gap is None:
        return None
    if CONFIRMED_RE.match(reading.text, q.end + gap.end()) is None:
        return None  # "5 had been upheld", "3 подтвердились"
    category = _segment_category(reading, q, q.end, reading.clause_of(q.start)[1], q.start)
    return Counted(q, "violations", category or "mixed")
