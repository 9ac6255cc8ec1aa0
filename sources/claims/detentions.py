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

from sources.claims.counted import (
    GAP_WORDS,
    MAX_GAP_CHARS,
    POST_GAP_WORDS,
    Counted,
    counted_in,
    gap_ok,
    phrase_gap_ok,
)
from sources.claims.detention_triggers import Trigger, triggers
from sources.claims.detentions_added import added_counts, count_of_them
from sources.claims.lexicon import alternation, detention_words, forms_of
from sources.claims.quantities import non_count_spans
from sources.claims.reading import Reading, date_for, distinct, place_for, reporter_for
from sources.claims.spans import Coverage
from sources.claims.vocabulary import (
    DETENTION_NOUN_RE,
    GATHERING_RE,
    GROUP_RE,
    HYPOTHETICAL_RE,
    LARGE_NUMBERS_RE,
    MASS_DETENTION_RE,
    NEGATION_RE,
    NUMBER_OF_DETAINED_RE,
    SUBJECT_PATTERNS,
)
from sources.records import DetentionClaim

FLAGS = re.IGNORECASE

_CONJUNCTION_RE = re.compile(
    r"^\s*(?:,\s*)?(?:and|as\s+well\s+as|including|among\s+them|of\s+whom|together\s+with|plus|и|а\s+также"
    r"|в\s+том\s+числе|из\s+них|среди\s+них|және|оның\s+ішінде)?\s*,?\s*$",
    FLAGS,
)
_TOTAL_BEFORE_RE = re.compile(
    r"(?:(?:number|total)\s+of\s+(?:people\s+|persons\s+)?(?:detained|detainees|arrested|arrests|detentions)"
    r"(?:\s+\w+){0,3}?\s+(?:reached|rose\s+to|was|stood\s+at|totall?ed|exceeded|is|climbed\s+to|amounted\s+to)"
    r"|(?:число|количество)\s+задержанн\w*(?:\s+\w+){0,3}?\s+(?:составил\w*|достиг\w*|превысил\w*|—|-|:)"
    # "The ministry put the number of people detained at 7,939", "estimated the total of arrests at 500"
    r"|(?:put|puts|putting|placed|estimated|estimates|set)\s+the\s+(?:number|total|count)\s+of\s+(?:people\s+|persons\s+)?"
    r"(?:detained|detainees|arrested|arrests|detentions)(?:\s+\w+){0,3}?\s+at"
    # "Those detained, the ministry said, numbered about 4,000"
    r"|(?:those|the\s+people|persons)\s+(?:detained|arrested|held)\s*(?:,[^,;]{0,60},\s*)?"
    r"(?:numbered|totall?ed|reached|exceeded))\s*$",
    FLAGS,
)
# A restrictive relative clause between the counted people and their verb: "53 people who tried to join the rally
# were detained", "100 of the protesters who gathered in the square were detained". It ends where a passive auxiliary
# opens the main predicate; no figure, comma or detention word inside it (those would be its own claim or clause).
_RELATIVE = detention_words("grammar")["relative"]
_RELATIVE_RE = re.compile(
    rf"\s+{alternation(forms_of(_RELATIVE['pronouns']))}\s+(?P<clause>(?:[^\W\d_][\w'’-]*\s+){{1,10}}?)"
    rf"(?={alternation(forms_of(_RELATIVE['main_auxiliaries']))}\s)",
    FLAGS,
)
_OF_THOSE_WHO_RE = re.compile(r"\s+(?:of\s+(?:those|people|persons|individuals)\s+who|тех,?\s+кто)\b", FLAGS)
_APPOSITION_RE = re.compile(r"\s*,[^,;:]{3,100},")
# Whom the count includes, set off by a comma and running to the next comma or to the verb itself: "бірнеше адамның,
# оның ішінде 30 жастағы әйелдің сәбиімен бірге ұсталуына", "several people, including a woman with her baby, were".
_INCLUSION_RE = re.compile(
    r"\s*,\s*(?:including|among\s+them|в\s+том\s+числе|среди\s+них|(?:с)?оның\s+ішінде)\b[^,;:]{3,100}?(?:,|$)", FLAGS
)
_DETAINEE_WORD_RE = re.compile(r"detainees?|задержанн|ұсталған", FLAGS)
# Who a detention verb names without a count: the subjects, then members of a group (subject None: as written).
_GROUP_PATTERNS: tuple[tuple[str | None, re.Pattern[str]], ...] = (*SUBJECT_PATTERNS, (None, GROUP_RE))


_COORDINATION = detention_words("grammar")["coordination"]
_FIRST_MAX_WORDS: int = _COORDINATION["first_max_words"]
_PASSIVE_FIRST_MAX_WORDS: int = _COORDINATION["passive_first_max_words"]
_PASSIVE_AUXILIARIES = frozenset(w.lower() for words in _COORDINATION["passive_auxiliaries"].values() for w in words)
_CONJUNCTION_WORD_RE = re.compile(
    rf"(?<![\w-])(?:{'|'.join(w for words in _COORDINATION['conjunctions'].values() for w in words)})(?![\w-])", FLAGS
)
_AUXILIARIES = frozenset(w.lower() for words in _COORDINATION["auxiliaries"].values() for w in words)
_STATIVE_RE = re.compile(alternation(forms_of(_COORDINATION["stative"])), FLAGS)


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
    gap_start = apposition.end() if apposition else relative.end("clause") if relative else nearest.end
    if not (
        gap_ok(reading, blanks, gap_start, trigger.start, GAP_WORDS)
        or phrase_gap_ok(reading, blanks, nearest.end, trigger.start)
        or _second_predicate(reading, nearest.end, trigger)
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
    r"^\s*(?:of|from|at|in|из|от)\s+(?:[\w'’-]+\s+){0,5}?(?:and|и|және)\s*$", FLAGS
)


def _second_predicate(reading: Reading, start: int, trigger: Trigger) -> bool:
    """The detention is the counted subject's second predicate: "несколько активистов столкнулись с
    преследованием и оказались под стражей" (rules and why in detentions.yaml, grammar.coordination)."""
    text = reading.text
    gap = text[start : trigger.start]
    joins = list(_CONJUNCTION_WORD_RE.finditer(gap))
    if not joins or re.search(r"[\d,;:()«»\"]", gap):
        return False
    first, rest = gap[: joins[-1].start()], gap[joins[-1].end() :]
    passive = bool(rest.split()) and rest.split()[0].lower() in _PASSIVE_AUXILIARIES
    limit = _PASSIVE_FIRST_MAX_WORDS if passive else _FIRST_MAX_WORDS
    if not first.strip() or len(first.split()) > limit:
        return False
    if any(start <= q.start < trigger.start for q in reading.quantities):
        return False  # "hundreds gathered and dozens were detained": the second count is the detained
    if NEGATION_RE.search(first) or GATHERING_RE.search(first) or HYPOTHETICAL_RE.search(first):
        return False
    words = rest.split()
    while words and words[0].lower() in _AUXILIARIES:
        words.pop(0)
    tail = " ".join([*words, text[trigger.start : trigger.end]])
    return _STATIVE_RE.fullmatch(tail) is not None or _STATIVE_RE.fullmatch(
        " ".join([*rest.split(), text[trigger.start : trigger.end]])
    ) is not None


def _after(
    reading: Reading, blanks: Coverage, trigger: Trigger, counted: list[Counted], clause: tuple[int, int]
) -> list[Counted]:
    """Counts that are the object of the verb or noun: "detained some 30 protesters"."""
    index = bisect_left(counted, trigger.end, key=lambda c: c.quantity.start)
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
        if not _CONJUNCTION_RE.match(reading.text[chain[-1].end : c.quantity.start]):
            break
        chain.append(c)
    return chain


# The number of a detention just reported, its noun elided: "Dozens were detained ... City police later put the
# number at 31", "Позже полиция назвала число 31" -- only right after a detention (the account's).
_ELIDED_TOTAL_BEFORE_RE = re.compile(
    r"(?:put|puts|putting|placed|set)\s+(?:the|their)\s+(?:number|total|figure|count)\s+at\s*$", FLAGS
)


def _total_stated(reading: Reading, c: Counted) -> bool:
    start = c.quantity.start
    if _TOTAL_BEFORE_RE.search(reading.text, max(0, start - MAX_GAP_CHARS), start) is not None:
        return True
    return (
        reading.account.detention is not None
        and c.quantity.written
        and _ELIDED_TOTAL_BEFORE_RE.search(reading.text, max(0, start - 40), start) is not None
    )


def _subject(reading: Reading, subject: str | None) -> str:
    subject = subject or "people"
    return "protesters" if subject == "people" and reading.about_protests else subject


def _claim(reading: Reading, c: Counted, anchor: int) -> DetentionClaim:
    q = c.quantity
    date_from, date_to = date_for(reading, anchor)
    location = place_for(reading, anchor)
    previous = reading.account.detention
    if reading.continues and previous is not None:
        # "... were among those detained": the same event, so its dates and place.
        if date_from is None and date_to is None:
            date_from, date_to = previous.date_from, previous.date_to
        location = location or previous.location
    return DetentionClaim(
        evidence=reading.evidence,
        detained_min=None if q.low is None else round(q.low),
        detained_max=None if q.high is None else round(q.high),
        qualifier=q.qualifier,
        subject=_subject(reading, c.subject),
        reported_by=reporter_for(reading, q.start),
        date_from=date_from,
        date_to=date_to,
        location=location,
        subject_as_written=c.as_written if c.subject is None else None,
    )


def _named_group(reading: Reading, trigger: Trigger, clause: tuple[int, int]) -> tuple[str, str | None] | None:
    """The people a detention verb names without counting them: its object right after it ("police detained
    activists of a movement", "задержали активистов") or its subject right before it, nothing but auxiliaries
    and adverbs between ("activists were briefly detained", "белсенділерін ұстап әкетті")."""
    text = reading.text
    if trigger.noun or DETENTION_NOUN_RE.fullmatch(text, trigger.start, trigger.end):
        # A noun names a group only by who they are: "arrests of those who expressed dissent".
        return ("people", None) if _OF_THOSE_WHO_RE.match(text, trigger.end, clause[1]) else None
    in_dates = [(d.start, d.end) for d in reading.dates]  # "вечером 26 ноября" counts no one
    if any(
        q.written and clause[0] <= q.start < clause[1] and not any(s <= q.start < e for s, e in in_dates)
        for q in reading.quantities
        if not q.share
    ):
        return None  # "начались задержания участников" is a noun; a counted clause counts its own people
    after = re.match(r"\s+", text[trigger.end : clause[1]])
    if after is not None:
        pos = trigger.end + after.end()
        for subject, pattern in _GROUP_PATTERNS:
            m = pattern.match(text, pos)
            if m and m.end() <= clause[1] and not _DETAINEE_WORD_RE.match(m.group(0)):
                return subject, (m.group(0) if subject is None else None)
    blanks = Coverage(len(text), [(d.start, d.end) for d in reading.dates] + [(p.start, p.end) for p in reading.places])
    nearest: tuple[int, str | None, str] | None = None
    for subject, pattern in _GROUP_PATTERNS:
        for m in pattern.finditer(text, clause[0], trigger.start):
            if _DETAINEE_WORD_RE.match(m.group(0)) or not gap_ok(reading, blanks, m.end(), trigger.start, GAP_WORDS):
                continue
            if nearest is None or m.end() > nearest[0]:
                nearest = (m.end(), subject, m.group(0))
    if nearest is None:
        return None
    return (nearest[1], None) if nearest[1] is not None else ("people", nearest[2])


def _uncounted(reading: Reading, trigger: Trigger, clause: tuple[int, int]) -> DetentionClaim | None:
    """Uncounted detentions: "protesters were detained in large numbers", "mass detentions of activists"."""
    text = reading.text
    clause_text = text[clause[0] : clause[1]]
    qualifier = "in large numbers"
    as_written: str | None = None
    if not (LARGE_NUMBERS_RE.search(clause_text) or MASS_DETENTION_RE.search(clause_text)):
        named = _named_group(reading, trigger, clause)
        if named is None:
            return None
        group, as_written = named
        subjects, qualifier = [(trigger.start, group)], "uncounted"
    else:
        subjects = []
        for subject, pattern in SUBJECT_PATTERNS:
            subjects += [(m.start(), subject) for m in pattern.finditer(text, clause[0], clause[1])]
        if not subjects and MASS_DETENTION_RE.search(clause_text):
            subjects = [(trigger.start, "people")]  # "Жаппай ұстап жатыр", "mass arrests were reported": people
    if not subjects:
        return None
    before = [s for s in subjects if s[0] <= trigger.start]
    _, subject = max(before) if before else min(subjects)
    date_from, date_to = date_for(reading, trigger.start)
    return DetentionClaim(
        evidence=reading.evidence,
        detained_min=None,
        detained_max=None,
        qualifier=qualifier,
        subject=_subject(reading, subject),
        reported_by=reporter_for(reading, trigger.start),
        date_from=date_from,
        date_to=date_to,
        location=place_for(reading, trigger.start),
        subject_as_written=as_written,
    )


def detentions_in(reading: Reading) -> list[DetentionClaim]:
    """Every detention the sentence reports (shapes in the module docstring)."""
    counted = counted_in(reading)
    claims: list[DetentionClaim] = []
    used: set[int] = set()
    for c in counted:
        if c.self_governing or _total_stated(reading, c):  # "500 detainees", "hundreds of detainees"
            claims.append(_claim(reading, c, c.quantity.start))
            used.add(c.quantity.start)
    blanks = Coverage(  # dates, places and numbers that count nothing ("таңғы сағат 9-30-да") may stand in a gap
        len(reading.text),
        [
            *((d.start, d.end) for d in reading.dates),
            *((p.start, p.end) for p in reading.places),
            *non_count_spans(reading.text),
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
        for c in sorted(attached, key=lambda c: c.quantity.start):
            claims.append(_claim(reading, c, trigger.start))
            used.add(c.quantity.start)
        if not attached and (of_them := count_of_them(reading, trigger.end, trigger.noun)) is not None:
            claims.append(_claim(reading, of_them, trigger.start))  # "detained activists, at least 7 of them, ..."
            used.add(of_them.quantity.start)
            continue
        if not attached and not claims and clause not in tried:
            tried.add(clause)  # one uncounted detention per clause is enough
            uncounted = _uncounted(reading, trigger, clause)
            if uncounted is not None:
                claims.append(uncounted)
    if claims and claims[0].detained_min is not None:  # "... 200 people on Monday in addition to 500 held earlier"
        for c, anchor in added_counts(reading.text, counted, used, claims[0].subject):
            claims.append(_claim(reading, c, anchor))
    if not claims and (topic := NUMBER_OF_DETAINED_RE.search(reading.text)) is not None:
        # "about a hundred people, he said, asked about the number of detainees": the one count of people is it.
        people = [c for c in counted if c.subject is not None and not c.self_governing]
        if len(people) == 1 and not _not_the_number(reading, people[0]):
            claims.append(_claim(reading, people[0], topic.start()))
    return distinct(claims, lambda c: (c.detained_min, c.detained_max, c.qualifier, c.subject))


def _not_the_number(reading: Reading, c: Counted) -> bool:
    """The count is negated or counts a gathering ("but some 300 people attended"), not the detainees."""
    clause = reading.clause_of(c.quantity.start)
    return (
        NEGATION_RE.search(reading.text, clause[0], c.quantity.start) is not None
        or GATHERING_RE.search(reading.text, *clause) is not None
    )
