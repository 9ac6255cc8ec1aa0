"""Detention claims: a count of people governed by a detention word.

A count becomes a detention only in one of these shapes, within one clause:

- before the verb, nothing but auxiliaries, adverbs, dates and places between:
  "approximately 500 people were detained", "at least 13 journalists and at least 7 human rights
  defenders were among those detained", "около 500 человек были задержаны", "шамамен 500 адам ұсталды";
- after the verb or noun: "police detained some 30 protesters", "задержаны около 500 человек",
  "the detention of at least 20 activists", "those detained included 13 journalists";
- a count of detentions: "4,000 detentions", "500 detainees"; "the number of detainees reached 500",
  "число задержанных составило 500".

Without a figure, a detention is a claim when a word says how many: "detained in large
numbers", "mass detentions of protesters" ('in large numbers', no range), "dozens of activists were
detained" (the count word's range); or when the verb names its group right beside it, uncounted
(qualifier 'uncounted'): "police detained activists of the movement", "journalists were briefly
detained", "белсенділерін ұстап әкетті", "arrests of those who ...". An uncounted group gives way
to a count of the same people in its paragraph. Sanctions ("sentenced to administrative arrest", "fined"),
negated and hypothetical detentions ("no one was detained", "could be detained") are not claims.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace

from sources.claims.coordination import second_predicate
from sources.claims.counted import (
    GAP_WORDS,
    MAX_GAP_CHARS,
    POST_GAP_WORDS,
    Counted,
    colleagues_of,
    counted_in,
    gap_ok,
    phrase_gap_ok,
)
from sources.claims.detention_triggers import Trigger, triggers
from sources.claims.detentions_added import (
    added_counts,
    antecedent,
    bare_object,
    count_of_them,
    place_items,
    trigger_before_colon,
)
from sources.claims.detentions_uncounted import detainee_subject, uncounted_detention
from sources.claims.elided import elided_group
from sources.claims.lexicon import alternation, detention_words, forms_of
from sources.claims.quantities import non_count_spans
from sources.claims.reading import Reading, date_for, distinct, place_for, reporter_for
from sources.claims.released import of_the_detained_before, released_next
from sources.claims.revised import as_revision, revises
from sources.claims.spans import Coverage
from sources.claims.vocabulary import (
    GATHERING_RE,
    INCLUDING,
    NEGATION_RE,
    NUMBER_OF_DETAINED_RE,
    SANCTION_RE,
)
from sources.records import DetentionClaim

FLAGS = re.IGNORECASE

_CONJUNCTION_RE = re.compile(
    r"^\s*(?:,\s*)?(?:and|as\s+well\s+as|including|among\s+them|of\s+whom|together\s+with|plus|и|а\s+также"
    r"|в\s+том\s+числе|из\s+них|среди\s+них|және|оның\s+ішінде)?\s*,?\s*$",
    FLAGS,
)
# The detained as a group some are among: "among those detained", "среди задержанных", "ұсталғандардың арасында".
_AMONG_EN = r"\bamong\s+(?:those|the\s+people|the\s+persons)\s+(?:detained|arrested|held)"
_AMONG_RU = r"(?<![\w-])среди\s+задержанн\w+"
_AMONG_KK = r"(?<![\w-])ұсталғандар\w*\s+арасында"
_TOTAL_BEFORE_RE = re.compile(
    r"(?:(?:number|total)\s+of\s+(?:people\s+|persons\s+)?(?:detained|detainees|arrested|arrests|detentions)"
    r"(?:\s+\w+){0,3}?\s+(?:reached|rose\s+to|was|stood\s+at|totall?ed|exceeded|is|climbed\s+to|amounted\s+to)"
    r"|(?:число|количество)\s+задержанн\w*(?:\s+\w+){0,3}?\s+(?:составил\w*|достиг\w*|превысил\w*|—|-|:)"
    # the detained as the subject of "were": "задержанных были сотни", "задержанных было около 500"
    r"|(?<![\w-])задержанных\s+(?:был[оиа]?|насчитывал\w*|оказал\w*)"
    # those counted among the detained: "среди задержанных в эти дни оказались не менее 10 журналистов"
    rf"|{_AMONG_RU}(?:\s+[\w-]+){{0,6}}?\s+(?:оказал\w*|был[иао]?)"
    rf"|{_AMONG_EN}(?:\s+[\w-]+){{0,4}}?\s+(?:were|was)"
    rf"|{_AMONG_KK}"  # "Ұсталғандардың арасында кемінде екі тілші бар"
    # the number of the detained: "Ұсталғандардың саны 50-ден асады", "ұсталған наразылық білдірушілердің саны"
    r"|(?<![\w-])ұсталған\w*(?:\s+[\w-]+){0,3}?\s+саны"
    # "The ministry put the number of people detained at 7,939", "estimated the total of arrests at 500"
    r"|(?:put|puts|putting|placed|estimated|estimates|set)\s+the\s+(?:(?:overall|total|final|official)\s+)?"
    r"(?:number|total|count)\s+of\s+(?:people\s+|persons\s+)?"
    r"(?:detained|detainees|arrested|arrests|detentions)(?:\s+\w+){0,3}?\s+at"
    # "Those detained, the ministry said, numbered about 4,000"
    r"|(?:those|the\s+people|persons)\s+(?:detained|arrested|held)\s*(?:,[^,;]{0,60},\s*)?"
    r"(?:numbered|totall?ed|reached|exceeded))\s*[“\"«]?$",  # the figure in quotes: 'at “up to 50”'
    FLAGS,
)
# A restrictive relative clause between the counted people and their verb: "53 people who tried to join the rally
# were detained", "100 of the protesters who gathered in the square were detained". It ends where a passive auxiliary
# opens the main predicate; no figure, comma or detention word inside it (those would be its own claim or clause).
_RELATIVE = detention_words("grammar")["relative"]
_RELATIVE_RE = re.compile(
    rf"\s+{alternation(forms_of(_RELATIVE['pronouns']))}\s+(?P<clause>(?:[\w'’-]+\s+){{1,16}}?)"
    rf"(?={alternation(forms_of(_RELATIVE['main_auxiliaries']))}\s)",
    FLAGS,
)
_APPOSITION_RE = re.compile(r"\s*,[^,;:]{3,100},")
# Whom the count includes, set off by a comma and running to the next comma or to the verb itself: "бірнеше адамның,
# оның ішінде 30 жастағы әйелдің сәбиімен бірге ұсталуына", "several people, including a woman with her baby, were".
_INCLUSION_RE = re.compile(
    rf"\s*,\s*{INCLUDING}\b[^,;:]{{3,100}}?(?:,|$)", FLAGS
)


_DIGITS_RE = re.compile(r"\d+")


def _only_dates(reading: Reading, start: int, end: int) -> bool:
    """Every number between start and end is part of a date."""
    return all(any(d.start <= m.start() and m.end() <= d.end for d in reading.dates)
               for m in _DIGITS_RE.finditer(reading.text, start, end))


def _before(
    reading: Reading, blanks: Coverage, trigger: Trigger, counted: list[Counted], clause: tuple[int, int]
) -> list[Counted]:
    """Counts that are the subject of the detention verb: the nearest, and those coordinated with it."""
    if trigger.noun:
        return []
    index = bisect_right(counted, trigger.start, key=lambda c: c.end) - 1
    if index < 0 or counted[index].quantity.start < clause[0]:
        return []
    nearest = counted[index]
    apposition = _APPOSITION_RE.match(reading.text, nearest.end, trigger.start)  # "30 people, identified as ..., were"
    apposition = apposition or _INCLUSION_RE.match(reading.text, nearest.end, trigger.start)
    relative = _RELATIVE_RE.match(reading.text, nearest.end, trigger.start)  # "53 people who tried to ... were"
    if relative is not None and not _only_dates(reading, *relative.span("clause")):
        relative = None  # a figure inside is a claim of its own; a date ("in the evening of 20 November") is none
    gap_start = apposition.end() if apposition else relative.end("clause") if relative else nearest.end
    if not (
        gap_ok(reading, blanks, gap_start, trigger.start, GAP_WORDS)
        or phrase_gap_ok(reading, blanks, nearest.end, trigger.start)
        or second_predicate(reading, gap_start, trigger)
    ):
        return []
    chain = [nearest]
    for c in reversed(counted[:index]):
        if c.quantity.start < clause[0] or not (c.subject or c.as_written):
            break
        between = reading.text[c.end : chain[-1].quantity.start]
        if not (_CONJUNCTION_RE.match(between) or _TAILED_CONJUNCTION_RE.match(between)):
            break
        chain.append(c)
    return chain


# A counted noun with its own prepositional phrase before the next one: "Five supporters of the party and ten
# members of a youth group ... were detained".
_TAILED_CONJUNCTION_RE = re.compile(
    r"^\s*(?:of|from|at|in|из|от)\s+(?:[\w'’-]+\s+){0,5}?(?:and|и|және)\s*$"
    # Russian hangs its genitive on the noun without a preposition: "Трое сторонников партии и шесть членов ..."
    r"|^\s*(?:(?-i:[а-яё])[а-яё-]+\s+){1,3}?и\s*$",
    FLAGS,
)


def _after(
    reading: Reading, blanks: Coverage, trigger: Trigger, counted: list[Counted], clause: tuple[int, int]
) -> list[Counted]:
    """Counts that are the object of the verb or noun: "detained some 30 protesters"."""
    index = bisect_left(counted, trigger.end, key=lambda c: c.quantity.start)
    if index < len(counted) and bare_object(reading, blanks, trigger, counted[index]):
        return [replace(counted[index], subject="people")]  # "были доставлены около 200, привлечены ..."
    if index >= len(counted) or not (counted[index].subject or counted[index].as_written):
        return []
    if counted[index].end > clause[1]:
        return []
    first = counted[index]
    allowed = POST_GAP_WORDS if not trigger.noun else frozenset({"of", "the"})
    if not gap_ok(reading, blanks, trigger.end, first.quantity.start, allowed):
        return []
    chain = [first]
    for c in counted[index + 1 :]:
        if c.end > clause[1] or not c.subject:
            break
        between = reading.text[chain[-1].end : c.quantity.start]
        if not (_CONJUNCTION_RE.match(between) or _INCLUDED_AFTER_PLACE_RE.match(between)):
            break
        chain.append(c)
    return chain


# A part of the people counted, after where and when they were taken: "detained 120 people in Almaty on 12 June
# alone, among them at least four journalists".
_INCLUDED_AFTER_PLACE_RE = re.compile(
    rf"^[^.;:()]{{0,60}}?,\s*(?:{INCLUDING}|of\s+whom|из\s+них)\s*$",
    FLAGS,
)


# The number of a detention just reported, its noun elided: "Dozens were detained ... City police later put the
# number at 31", "Позже полиция назвала число 31" -- only right after a detention (the account's).
_ELIDED_TOTAL_BEFORE_RE = re.compile(
    r"(?:put|puts|putting|placed|set)\s+(?:the|their)\s+(?:number|total|figure|count)\s+at\s*$", FLAGS
)


def _parts_named_after(reading: Reading, total: Counted, counted: list[Counted]) -> list[Counted]:
    """The parts a stated total names after it, each counted with its own noun: "задержанных было не менее 16, в том
    числе двое наблюдателей", "the number of detainees reached 40, among them 3 journalists"."""
    parts: list[Counted] = []
    end = total.end
    clause = reading.clause_of(total.quantity.start)
    for c in counted:
        if c.quantity.start < end:
            continue
        if c.end > clause[1] or not c.subject or not _CONJUNCTION_RE.match(reading.text[end : c.quantity.start]):
            break
        parts.append(c)
        end = c.end
    return parts


def _total_stated(reading: Reading, c: Counted) -> bool:
    start = c.quantity.start
    if _TOTAL_BEFORE_RE.search(reading.text, max(0, start - MAX_GAP_CHARS), start) is not None:
        return True
    return (
        reading.account.detention is not None
        and c.quantity.written
        and _ELIDED_TOTAL_BEFORE_RE.search(reading.text, max(0, start - 40), start) is not None
    )


_AMONG_THE_DETAINED_RE = re.compile(f"{_AMONG_EN}|{_AMONG_RU}|{_AMONG_KK}", FLAGS)
_KK_ALSO_RE = re.compile(r"(?<=[^\W\d_])\s+(?:да|де|та|те)(?=\s)", FLAGS)  # "Нұр-Сұлтанда да полиция …"
_ALSO_RE = re.compile(r"\b(?:also|too)\b|(?<![\w-])(?:также|тоже)(?![\w-])", FLAGS)


def _claim(reading: Reading, c: Counted, anchor: int) -> DetentionClaim:
    q = c.quantity
    date_from, date_to = date_for(reading, anchor)
    location = place_for(reading, anchor)
    previous = reading.account.detention
    group = elided_group(reading, c)  # "Ещё двоих доставили ...": the people named before
    # "... were among those detained": the same event, so its dates and place; so is a detention told "also" right
    # after another in the paragraph ("Two journalists covering the gathering were also briefly held")
    also = reading.account.in_paragraph > 0 and _ALSO_RE.search(reading.text) is not None
    if (reading.continues or also) and previous is not None:
        if date_from is None and date_to is None:
            date_from, date_to = previous.date_from, previous.date_to
        location = location or previous.location
    elif previous is not None and date_from is None and date_to is None and not reading.dates and (
            _AMONG_THE_DETAINED_RE.search(reading.text) or _KK_ALSO_RE.search(reading.text)
            or (reading.places and q.high is not None and previous.detained_max is not None
                and q.high < previous.detained_max)):  # a place's part of the whole
        # a part of the detentions told before, in a sentence naming no day of its own: "… 9 и 10 июня … задержаны 957
        # человек." then "… в Алматы задержаны 610 человек", "среди задержанных были …", "Нұр-Сұлтанда да …"
        date_from, date_to = previous.date_from, previous.date_to
    return DetentionClaim(
        evidence=reading.evidence,
        detained_min=None if q.low is None else round(q.low),
        detained_max=None if q.high is None else round(q.high),
        qualifier=q.qualifier,
        subject=detainee_subject(
            reading,
            (c.anaphor and antecedent(reading, q.start)) or group or c.subject or colleagues_of(reading.text, c),
        ),
        reported_by=reporter_for(reading, q.start),
        date_from=date_from,
        date_to=date_to,
        location=location,
        subject_as_written=c.as_written if c.subject is None and group is None else None,
    )


_AUXILIARY_RE = re.compile(r"\s*(?:(?:были|был|была|were|was|had\s+been|have\s+been)\s+)?", re.IGNORECASE)


def _sanctioned_next(text: str, end: int) -> bool:
    """A sanction is the verb right after the detainees counted: "64 задержанных были оштрафованы"."""
    gap = _AUXILIARY_RE.match(text, end)
    return gap is not None and SANCTION_RE.match(text, gap.end()) is not None


def detentions_in(reading: Reading) -> list[DetentionClaim]:
    """Every detention the sentence reports (shapes in the module docstring)."""
    in_places = [(p.start, p.end) for p in reading.places]  # "в двух городах задержаны 57 человек": two cities
    counted = [c for c in counted_in(reading) if not any(s <= c.quantity.start < e for s, e in in_places)]
    claims: list[DetentionClaim] = []
    used: set[int] = set()
    for c in counted:
        if c.self_governing and _sanctioned_next(reading.text, c.end):
            continue  # "150 задержанных арестованы на срок до 15 суток": the detained sanctioned, told before
        if released_next(reading.text, c.end):
            continue  # "1,047 of those detained had been released", "120 человек были отпущены": freed, told before
        if c.self_governing or _total_stated(reading, c):  # "500 detainees", "hundreds of detainees"
            claims.append(_claim(reading, c, c.quantity.start))
            used.add(c.quantity.start)
            for part in _parts_named_after(reading, c, counted):  # "задержанных было 16, в том числе двое наблюдателей"
                claims.append(_claim(reading, part, c.quantity.start))
                used.add(part.quantity.start)
    blanks = Coverage(  # dates, places and numbers that count nothing ("таңғы сағат 9-30-да") may stand in a gap
        len(reading.text),
        [
            *((d.start, d.end) for d in reading.dates),
            *((p.start, p.end) for p in reading.places),
            *non_count_spans(reading.text),
            *((r.start, r.end) for r in reading.reporters),  # "were detained, according to the MIA, some 500"
        ],
    )
    tried: set[tuple[int, int]] = set()
    for trigger in triggers(reading.text):
        clause = reading.clause_of(trigger.start)
        attached = [
            c
            for c in (
                *_before(reading, blanks, trigger, counted, clause),
                *_after(reading, blanks, trigger, counted, clause),
            )
            if c.quantity.start not in used
        ]
        if attached and of_the_detained_before(reading.text, trigger.start) \
                and (released_next(reading.text, trigger.end) or any(released_next(reading.text, c.end)
                                                                      for c in attached)):
            continue  # "1,047 of those detained had been released": what became of them, no detention of its own
        for c in sorted(attached, key=lambda c: c.quantity.start):
            claims.append(_claim(reading, c, trigger.start))
            used.add(c.quantity.start)
        if not attached and (of_them := count_of_them(reading, trigger.end, trigger.noun)) is not None:
            claims.append(_claim(reading, of_them, trigger.start))  # "detained activists, at least 7 of them, ..."
            used.add(of_them.quantity.start)
            continue
        if not attached and clause not in tried:
            tried.add(clause)  # one uncounted detention per clause is enough
            uncounted = uncounted_detention(reading, trigger, clause)
            # a count in the sentence counts its people; an uncounted group of others is a claim of its own
            # ("Dozens of activists were detained, with reports of observers being denied access or detained")
            others = uncounted is not None and not any(c.subject == uncounted.subject for c in claims)
            if uncounted is not None and others and (not claims or _other_group(uncounted)):
                claims.append(uncounted)
    for c in counted:  # "Journalists were among those rounded up in the square: at least 9 of them"
        if c.anaphor and c.quantity.start not in used and (t := trigger_before_colon(reading, c)) is not None:
            claims.append(_claim(reading, c, t.start))
            used.add(c.quantity.start)
    claims = _revisions(reading, counted, used, claims)
    claims += _other_estimate(reading, used, claims)
    claims += place_items(reading, counted, used, claims, _claim)
    if claims and claims[0].detained_min is not None:  # "... 200 people on Monday in addition to 500 held earlier"
        for c, anchor in added_counts(reading.text, counted, used, claims[0].subject):
            claims.append(_claim(reading, c, anchor))
    if not claims and (topic := NUMBER_OF_DETAINED_RE.search(reading.text)) is not None:
        # "about a hundred people, he said, asked about the number of detainees": the one count of people is it.
        people = [c for c in counted if c.subject is not None and not c.self_governing]
        if len(people) == 1 and not _not_the_number(reading, people[0]):
            claims.append(_claim(reading, people[0], topic.start()))
    return distinct(claims, lambda c: (c.detained_min, c.detained_max, c.qualifier, c.subject))


def _other_estimate(reading: Reading, used: set[int], claims: list[DetentionClaim]) -> list[DetentionClaim]:
    """Another source's number for the detentions its sentence just counted: "38 persons were detained, while civil
    society organisations put the number at over 100" -- a claim of its own, by its own source."""
    if not claims or claims[0].detained_min is None:
        return []
    out = []
    for q in reading.quantities:
        if q.start in used or not q.written or q.share:
            continue
        if _ELIDED_TOTAL_BEFORE_RE.search(reading.text, max(0, q.start - 40), q.start) is None:
            continue
        counted = Counted(q, q.end, claims[0].subject, False)
        out.append(_claim(reading, counted, q.start))
        used.add(q.start)
    return out


def _revisions(
    reading: Reading, counted: list[Counted], used: set[int], claims: list[DetentionClaim]
) -> list[DetentionClaim]:
    """A count revising the one before it in its sentence ("... 112 had been detained; on 27 August it revised the
    figure to 164") stands in its place (revised.py)."""
    for c in counted:
        if not claims or c.quantity.start in used or not c.quantity.written or not revises(reading.text, c.quantity):
            continue
        written = reading.text[c.quantity.start : c.quantity.end]
        claims = [*claims[:-1], as_revision(_claim(reading, c, c.quantity.start), claims[-1], written)]
        used.add(c.quantity.start)
    return claims


def revision_of(reading: Reading, earlier: DetentionClaim, claims: list[DetentionClaim]) -> DetentionClaim | None:
    """The count of this sentence that revises a detention an earlier sentence reported ("Two days later the police
    raised the number to 65."), none of this sentence's own claims."""
    figures = {c.detained_max for c in claims} | {c.detained_min for c in claims}
    for c in counted_in(reading):
        q = c.quantity
        if q.written and q.high not in figures and revises(reading.text, q):
            return as_revision(_claim(reading, c, q.start), earlier, reading.text[q.start : q.end])
    return None


def _other_group(claim: DetentionClaim) -> bool:
    """An uncounted group named by who they are (observers, journalists), not just people or protesters."""
    return claim.qualifier == "uncounted" and claim.subject not in ("people", "protesters")


def _not_the_number(reading: Reading, c: Counted) -> bool:
    """The count is negated or counts a gathering ("but some 300 people attended"), not the detainees."""
    clause = reading.clause_of(c.quantity.start)
    return (
        NEGATION_RE.search(reading.text, clause[0], c.quantity.start) is not None
        or GATHERING_RE.search(reading.text, *clause) is not None
    )
