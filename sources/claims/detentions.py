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
from dataclasses import dataclass

from sources.claims.lexicon import detention_words
from sources.claims.quantities import Quantity
from sources.claims.reading import Reading, date_for, distinct, place_for, reporter_for
from sources.claims.spans import Coverage, leftmost_longest
from sources.claims.vocabulary import (
    DETENTION_NOUN_RE,
    DETENTION_VERB_RE,
    HYPOTHETICAL_RE,
    LARGE_NUMBERS_RE,
    MASS_DETENTION_RE,
    NEGATION_RE,
    NON_PERSON_RE,
    SANCTION_RE,
    SUBJECT_PATTERNS,
)
from sources.records import DetentionClaim

FLAGS = re.IGNORECASE

MAX_MODIFIERS = 2  # words between a count and its noun: "approximately 500 peaceful protesters"
MAX_GAP_WORDS = 12
MAX_GAP_CHARS = 160

# Words that may stand between a counted noun and its detention verb ("... were reportedly detained").
_GRAMMAR = detention_words("grammar")
_GAP_WORDS = frozenset(w.lower() for lang in _GRAMMAR["gap"].values() for w in " ".join(lang).split())
# After a verb: "detained a total of", "detention of", "задержано всего".
_POST_GAP_WORDS = _GAP_WORDS | frozenset(w.lower() for lang in _GRAMMAR["after_verb"].values() for w in lang)
_STOP_MODIFIERS = frozenset(w.lower() for lang in _GRAMMAR["stop"].values() for w in " ".join(lang).split())
_CONJUNCTION_RE = re.compile(
    r"^\s*(?:,\s*)?(?:and|as\s+well\s+as|including|among\s+them|of\s+whom|together\s+with|plus|и|а\s+также"
    r"|в\s+том\s+числе|из\s+них|среди\s+них|және|оның\s+ішінде)?\s*,?\s*$",
    FLAGS,
)
_NOUN_COUNT_RE = re.compile(
    r"\s*(?:(?:more|new|further|additional|other|reported)\s+)?(?:detentions|arrests|detainees"
    r"|задержани\w*|задержанн\w*|арестов)\b",
    FLAGS,
)
_TOTAL_BEFORE_RE = re.compile(
    r"(?:(?:number|total)\s+of\s+(?:people\s+|persons\s+)?(?:detained|detainees|arrested|arrests|detentions)"
    r"(?:\s+\w+){0,3}?\s+(?:reached|rose\s+to|was|stood\s+at|totall?ed|exceeded|is|climbed\s+to|amounted\s+to)"
    r"|(?:число|количество)\s+задержанн\w*(?:\s+\w+){0,3}?\s+(?:составил\w*|достиг\w*|превысил\w*|—|-|:))\s*$",
    FLAGS,
)
_LEAD_RE = re.compile(
    r"\s*(?:(?:more|other|additional|further|of|the|those|them|his|her|their|its|our|из|его|её|их)\s+)*", FLAGS
)
# A prepositional phrase after the counted noun: "30 demonstrators against the election were detained", "two
# observers from a citizen observer group were briefly detained", "8 членов партии «Х» были задержаны".
_NOUN_PHRASE_TAIL_RE = re.compile(
    r"\s*(?:against|from|of|with|near|outside|supporting|representing|belonging\s+to|opposed\s+to|из|от|против"
    r"|партии|движения|[^\W\d_]+ing)\s+",
    FLAGS,
)
MAX_PHRASE_WORDS = 5
# Nouns coordinated with the counted one: "dozens of peaceful activists and demonstrators".
_NOUN_COORDINATION_RE = re.compile(r"\s*(?:,|\band\b|\bor\b|\bи\b|\bжәне\b)\s*", FLAGS)
_WORD_AFTER_RE = re.compile(r"\s*([^\W\d_][\w'’-]*)")
_OF_THEM_RE = re.compile(r"\s+(?:of\s+them|of\s+those|из\s+них|олардың)\b", FLAGS)
MAX_NOUN_WORDS = 3  # an unknown noun kept as written: "членов партии", "members of the movement"
_MODIFIER_RE = re.compile(r"([^\W\d_][\w'’-]*)\s+")
_WORD_RE = re.compile(r"[^\W\d_][\w'’.-]*|\d[\d,.]*|[(),]")
_PUNCT = frozenset({",", "(", ")"})


@dataclass(frozen=True)
class _Counted:
    """A count and the noun it counts: "approximately 500 people"."""

    quantity: Quantity
    end: int  # end of the noun (or of the count when no noun follows)
    subject: str | None
    self_governing: bool  # "4,000 detentions", "500 detainees"
    as_written: str | None = None  # a noun that is none of the subjects: "членов партии"


_OF_THOSE_WHO_RE = re.compile(r"\s+(?:of\s+(?:those|people|persons|individuals)\s+who|тех,?\s+кто)\b", FLAGS)
_APPOSITION_RE = re.compile(r"\s*,[^,;:]{3,100},")
_DETAINEE_WORD_RE = re.compile(r"detainees?|задержанн|ұсталған", FLAGS)


@dataclass(frozen=True)
class _Trigger:
    start: int
    end: int
    noun: bool


def _subject_at(text: str, position: int) -> tuple[str, int, bool] | None:
    """The counted noun right after a count: its subject, end, and whether it names detainees."""
    head = _LEAD_RE.match(text, position)
    pos = head.end() if head else position
    for _ in range(MAX_MODIFIERS + 1):
        for subject, pattern in SUBJECT_PATTERNS:
            m = pattern.match(text, pos)
            if m:
                detainees = re.match(r"detainees?|задержанн", m.group(0), FLAGS) is not None
                return subject, m.end(), detainees
        word = _MODIFIER_RE.match(text, pos)
        if not word or word.group(1).lower() in _STOP_MODIFIERS:
            return None
        pos = word.end()
    return None


def _subject_match(text: str, position: int) -> int | None:
    """The end of a subject noun at position, or after one modifier ("and peaceful demonstrators")."""
    for pos in (position, *(m.end() for m in [_MODIFIER_RE.match(text, position)] if m)):
        for _, pattern in SUBJECT_PATTERNS:
            m = pattern.match(text, pos)
            if m:
                return m.end()
    return None


def _noun_end(text: str, end: int) -> int:
    """Past nouns coordinated with the counted one: "activists and demonstrators"."""
    while (coordination := _NOUN_COORDINATION_RE.match(text, end)) is not None:
        following = _subject_match(text, coordination.end())
        if following is None:
            break
        end = following
    return end


def _phrase_gap_ok(reading: Reading, blanks: Coverage, start: int, end: int) -> bool:
    """The gap before the verb opens with a prepositional phrase on the noun: "against the election were"."""
    phrase = _NOUN_PHRASE_TAIL_RE.match(reading.text, start)
    if phrase is None:
        return False
    pos = phrase.end()
    for _ in range(MAX_PHRASE_WORDS):
        word = _MODIFIER_RE.match(reading.text, pos)
        if word is None or pos >= end or DETENTION_VERB_RE.match(reading.text, pos):
            return False
        pos = word.end()
        if _gap_ok(reading, blanks, pos, end, _GAP_WORDS):
            return True
    return False


def _unknown_noun(text: str, position: int) -> tuple[str, int] | None:
    """A counted noun that is none of the subjects, kept as written ("членов партии"); never a thing."""
    head = _LEAD_RE.match(text, position)
    pos = head.end() if head else position
    words: list[str] = []
    end = pos
    for _ in range(MAX_NOUN_WORDS):
        m = _WORD_AFTER_RE.match(text, end)
        if m is None:
            break
        word = m.group(1)
        if word.lower() in _GAP_WORDS or word.lower() in _STOP_MODIFIERS or DETENTION_VERB_RE.match(text, m.start(1)):
            break
        if not words and NON_PERSON_RE.match(word):
            return None
        words.append(word)
        end = m.end()
    return (" ".join(words), end) if words else None


def _counted(reading: Reading) -> list[_Counted]:
    counted = []
    text = reading.text
    for q in reading.quantities:
        if q.share:
            continue
        noun = _NOUN_COUNT_RE.match(text, q.end)
        if noun and not noun.group(0).strip().lower().startswith(("detainee", "задержанн")):
            counted.append(_Counted(q, noun.end(), "people", True))
            continue
        found = _subject_at(text, q.end)
        if found is None and (anaphor := _OF_THEM_RE.match(text, q.end)):
            found = ("people", anaphor.end(), False)  # "20 of them": the people the text spoke of
        if found:
            subject, end, detainees = found
            counted.append(_Counted(q, _noun_end(text, end), subject, detainees))
            continue
        unknown = _unknown_noun(text, q.end) if q.written else None
        if unknown:
            written, end = unknown
            counted.append(_Counted(q, _noun_end(text, end), None, False, as_written=written))
        else:
            counted.append(_Counted(q, q.end, None, False))
    return counted


def _triggers(text: str) -> list[_Trigger]:
    sanctions = Coverage(len(text), (m.span() for m in SANCTION_RE.finditer(text)))
    found = [_Trigger(m.start(), m.end(), False) for m in DETENTION_VERB_RE.finditer(text)]
    found += [_Trigger(m.start(), m.end(), True) for m in DETENTION_NOUN_RE.finditer(text)]
    kept = []
    for t in leftmost_longest(found, lambda t: (t.start, t.end)):
        if not sanctions.free(t.start, t.start + 1):
            continue
        before = text[max(0, t.start - 40) : t.start]
        if NEGATION_RE.search(before.split(",")[-1]) or HYPOTHETICAL_RE.search(before):
            continue
        kept.append(t)
    return kept


def _gap_ok(reading: Reading, blanks: Coverage, start: int, end: int, allowed: frozenset[str]) -> bool:
    """Only allowed words (or names, dates, places) between a count and its verb."""
    if end - start > MAX_GAP_CHARS or ";" in reading.text[start:end]:
        return False
    words = _WORD_RE.findall(blanks.blank(reading.text, start, end))
    if len(words) > MAX_GAP_WORDS:
        return False
    return all(w.lower() in allowed or w in _PUNCT or w[:1].isupper() for w in words)


def _before(
    reading: Reading, blanks: Coverage, trigger: _Trigger, counted: list[_Counted], clause: tuple[int, int]
) -> list[_Counted]:
    """Counts that are the subject of the detention verb: the nearest, and those coordinated with it."""
    if trigger.noun:
        return []
    index = bisect_right(counted, trigger.start, key=lambda c: c.end) - 1
    if index < 0 or counted[index].quantity.start < clause[0]:
        return []
    nearest = counted[index]
    apposition = _APPOSITION_RE.match(reading.text, nearest.end, trigger.start)  # "30 people, identified as ..., were"
    gap_start = apposition.end() if apposition else nearest.end
    if not (
        _gap_ok(reading, blanks, gap_start, trigger.start, _GAP_WORDS)
        or _phrase_gap_ok(reading, blanks, nearest.end, trigger.start)
    ):
        return []
    chain = [nearest]
    for c in reversed(counted[:index]):
        if c.quantity.start < clause[0] or not c.subject:
            break
        if not _CONJUNCTION_RE.match(reading.text[c.end : chain[-1].quantity.start]):
            break
        chain.append(c)
    return chain


def _after(
    reading: Reading, blanks: Coverage, trigger: _Trigger, counted: list[_Counted], clause: tuple[int, int]
) -> list[_Counted]:
    """Counts that are the object of the verb or noun: "detained some 30 protesters"."""
    index = bisect_left(counted, trigger.end, key=lambda c: c.quantity.start)
    if index >= len(counted) or not (counted[index].subject or counted[index].as_written):
        return []
    if counted[index].end > clause[1]:
        return []
    first = counted[index]
    allowed = _POST_GAP_WORDS if not trigger.noun else frozenset({"of", "the"})
    if not _gap_ok(reading, blanks, trigger.end, first.quantity.start, allowed):
        return []
    chain = [first]
    for c in counted[index + 1 :]:
        if c.end > clause[1] or not c.subject:
            break
        if not _CONJUNCTION_RE.match(reading.text[chain[-1].end : c.quantity.start]):
            break
        chain.append(c)
    return chain


def _total_stated(reading: Reading, c: _Counted) -> bool:
    start = c.quantity.start
    return _TOTAL_BEFORE_RE.search(reading.text, max(0, start - MAX_GAP_CHARS), start) is not None


def _subject(reading: Reading, subject: str | None) -> str:
    subject = subject or "people"
    return "protesters" if subject == "people" and reading.about_protests else subject


def _claim(reading: Reading, c: _Counted, anchor: int) -> DetentionClaim:
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


def _named_group(reading: Reading, trigger: _Trigger, clause: tuple[int, int]) -> str | None:
    """The people a detention verb names without counting them: its object right after it ("police detained
    activists of a movement", "задержали активистов") or its subject right before it, nothing but auxiliaries
    and adverbs between ("activists were briefly detained", "белсенділерін ұстап әкетті")."""
    text = reading.text
    if trigger.noun or DETENTION_NOUN_RE.fullmatch(text, trigger.start, trigger.end):
        # A noun names a group only by who they are: "arrests of those who expressed dissent".
        return "people" if _OF_THOSE_WHO_RE.match(text, trigger.end, clause[1]) else None
    if any(q.written and clause[0] <= q.start < clause[1] for q in reading.quantities if not q.share):
        return None  # "начались задержания участников" is a noun; a counted clause counts its own people
    after = re.match(r"\s+", text[trigger.end : clause[1]])
    if after is not None:
        pos = trigger.end + after.end()
        for subject, pattern in SUBJECT_PATTERNS:
            m = pattern.match(text, pos)
            if m and m.end() <= clause[1] and not _DETAINEE_WORD_RE.match(m.group(0)):
                return subject
    blanks = Coverage(len(text), [(d.start, d.end) for d in reading.dates] + [(p.start, p.end) for p in reading.places])
    nearest: tuple[int, str] | None = None
    for subject, pattern in SUBJECT_PATTERNS:
        for m in pattern.finditer(text, clause[0], trigger.start):
            if _DETAINEE_WORD_RE.match(m.group(0)) or not _gap_ok(reading, blanks, m.end(), trigger.start, _GAP_WORDS):
                continue
            if nearest is None or m.end() > nearest[0]:
                nearest = (m.end(), subject)
    return nearest[1] if nearest else None


def _uncounted(reading: Reading, trigger: _Trigger, clause: tuple[int, int]) -> DetentionClaim | None:
    """Uncounted detentions: "protesters were detained in large numbers", "mass detentions of activists"."""
    text = reading.text
    clause_text = text[clause[0] : clause[1]]
    qualifier = "in large numbers"
    if not (LARGE_NUMBERS_RE.search(clause_text) or MASS_DETENTION_RE.search(clause_text)):
        group = _named_group(reading, trigger, clause)
        if group is None:
            return None
        subjects, qualifier = [(trigger.start, group)], "uncounted"
    else:
        subjects = []
        for subject, pattern in SUBJECT_PATTERNS:
            subjects += [(m.start(), subject) for m in pattern.finditer(text, clause[0], clause[1])]
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
    )


def detentions_in(reading: Reading) -> list[DetentionClaim]:
    """Every detention the sentence reports (shapes in the module docstring)."""
    counted = _counted(reading)
    claims: list[DetentionClaim] = []
    used: set[int] = set()
    for c in counted:
        if (c.self_governing and c.quantity.written) or _total_stated(reading, c):
            claims.append(_claim(reading, c, c.quantity.start))
            used.add(c.quantity.start)
    blanks = Coverage(
        len(reading.text), [*((d.start, d.end) for d in reading.dates), *((p.start, p.end) for p in reading.places)]
    )
    tried: set[tuple[int, int]] = set()
    for trigger in _triggers(reading.text):
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
        if not attached and not claims and clause not in tried:
            tried.add(clause)  # one uncounted detention per clause is enough
            uncounted = _uncounted(reading, trigger, clause)
            if uncounted is not None:
                claims.append(uncounted)
    return distinct(claims, lambda c: (c.detained_min, c.detained_max, c.qualifier, c.subject))
