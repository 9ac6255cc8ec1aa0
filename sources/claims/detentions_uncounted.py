"""Detentions without a figure: a group the verb names ("police detained activists of the movement", "journalists
were briefly detained", "белсенділерін ұстап әкетті"), a caption of the detentions and their place ("Задержания на
площади Республики"), and detentions "in large numbers" or "mass detentions" (qualifier 'in large numbers').

An uncounted group is qualifier 'uncounted'; detentions.py lets it give way to a count of the same people. One
person named in the singular ("a correspondent … was taken to a police station") is a detention of one
(lone_detainee.py).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from sources.claims.coordination import second_predicate
from sources.claims.counted import GAP_WORDS, gap_ok
from sources.claims.detention_triggers import Trigger
from sources.claims.lexicon import alternation, detention_words, forms_of
from sources.claims.lone_detainee import apposition_end, lone_person
from sources.claims.reading import Reading, date_for, place_for, reporter_for
from sources.claims.spans import Coverage
from sources.claims.vocabulary import (
    DETENTION_NOUN_RE,
    GROUP_PATTERNS,
    LARGE_NUMBERS_RE,
    MASS_DETENTION_RE,
    NON_PERSON_RE,
    PREEMPTIVE_RE,
    SUBJECT_PATTERNS,
)
from sources.records import DetentionClaim

FLAGS = re.IGNORECASE
_OF_GROUP_RE = re.compile(r"\s+(?:of|задержани\w*)\s+", FLAGS)
_OF_THOSE_WHO_RE = re.compile(r"\s+(?:of\s+(?:those|people|persons|individuals)\s+who|тех,?\s+кто)\b", FLAGS)
_DETAINEE_WORD_RE = re.compile(r"detainees?|задержанн|ұсталған", FLAGS)
# one or more: "a journalist of an online outlet covering the rally was held"
_AFFILIATION_RE = re.compile(rf"(?:\s+(?:{alternation(forms_of(detention_words('affiliation')))}))+", FLAGS)


class Named(NamedTuple):
    """The people a detention names without a count, and where the verb names them (None: no one noun does)."""

    subject: str
    as_written: str | None
    span: tuple[int, int] | None


def detainee_subject(reading: Reading, subject: str | None) -> str:
    subject = subject or "people"
    if subject != "people" or not reading.about_protests or PREEMPTIVE_RE.search(reading.text):
        return subject  # people held before the rally never protested: "заранее задержали десятки человек"
    return "protesters"


# The object first, then a series of verbs that share it, the detention among them: "наблюдателей не пускали на
# участки, задерживали и выставляли за дверь" (a negation of the first verb is not the detention's).
_VERB_SERIES_RE = re.compile(r"\s+(?:не\s+)?(?-i:[а-яё])[а-яё]+ли(?:\s+[^\s,;\d]+){0,4}\s*,\s*", FLAGS)


_THING_AFTER_RE = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:polling\s+)?(?:stations?|cities|regions?|towns?|участк\w*|город\w*)\b", FLAGS
)


_OBJECT_DETERMINER_RE = re.compile(
    r"(\s+)(?:(?:an?|another)\s+(?:(?:small|large)\s+)?(?:group\s+of\s+)?|(?:небольш\w+\s+)?групп\w+\s+)?", FLAGS
)


def _named_group(reading: Reading, trigger: Trigger, clause: tuple[int, int]) -> Named | None:
    """The people a detention verb names without counting them: its object right after it ("police detained
    activists of a movement", "задержали активистов") or its subject right before it, nothing but auxiliaries
    and adverbs between ("activists were briefly detained", "белсенділерін ұстап әкетті")."""
    text = reading.text
    if trigger.noun or DETENTION_NOUN_RE.fullmatch(text, trigger.start, trigger.end):
        # A noun names a group only by who they are: "arrests of those who expressed dissent", "detentions of
        # campaign staff and supporters of opposition candidates"
        if _OF_THOSE_WHO_RE.match(text, trigger.end, clause[1]):
            return Named("people", None, None)
        of = _OF_GROUP_RE.match(text, trigger.end, clause[1])
        if of is None:
            return None
        for subject, pattern in GROUP_PATTERNS:
            m = pattern.match(text, of.end())
            if m and m.end() <= clause[1]:
                return Named(subject or "people", None if subject else m.group(0), None)
        return None
    in_dates = [(d.start, d.end) for d in reading.dates]  # "вечером 26 ноября" counts no one
    # the verb's own stretch of the clause, from the last comma before it: "Dozens ... were detained in three cities,
    # with reports of observers being denied access or detained" -- the dozens are not the observers
    own = max(clause[0], text.rfind(",", clause[0], trigger.start) + 1)
    things = [
        (q.start, q.end)
        for q in reading.quantities
        if NON_PERSON_RE.match(text, q.end + 1) or _THING_AFTER_RE.match(text, q.end)
    ]
    if any(
        q.written
        and own <= q.start < clause[1]
        and not any(s <= q.start < e for s, e in in_dates)
        and (q.start, q.end) not in things  # "in at least four major cities", "at two polling stations": no people
        for q in reading.quantities
        if not q.share
    ):
        return None  # "начались задержания участников" is a noun; a counted clause counts its own people
    # "detained a correspondent", "detained a small group of activists", "задержали группу активистов"
    after = _OBJECT_DETERMINER_RE.match(text[trigger.end : clause[1]])
    if after is not None:
        for pos in dict.fromkeys((trigger.end + after.end(1), trigger.end + after.end())):
            for subject, pattern in GROUP_PATTERNS:
                m = pattern.match(text, pos)
                if m and m.end() <= clause[1] and not _DETAINEE_WORD_RE.match(m.group(0)):
                    return Named(subject or "people", None if subject else m.group(0), m.span())
    blanks = Coverage(len(text), [(d.start, d.end) for d in reading.dates] + [(p.start, p.end) for p in reading.places])
    nearest: tuple[int, str | None, re.Match[str]] | None = None
    for subject, pattern in GROUP_PATTERNS:
        for m in pattern.finditer(text, clause[0], trigger.start):
            joined = _AFFILIATION_RE.match(text, m.end())  # "a correspondent of an online outlet was taken to"
            # "Асель Нурланова, журналист издания «X», была задержана": the apposition's end stands for the noun
            closed = apposition_end(text, m.span(), clause, trigger.start)
            if _DETAINEE_WORD_RE.match(m.group(0)) or not (
                gap_ok(reading, blanks, m.end(), trigger.start, GAP_WORDS)
                or (closed is not None and closed <= trigger.start
                    and gap_ok(reading, blanks, closed, trigger.start, GAP_WORDS))
                or (joined is not None and gap_ok(reading, blanks, joined.end(), trigger.start, GAP_WORDS))
                or second_predicate(reading, m.end(), trigger)
                or _VERB_SERIES_RE.fullmatch(text, m.end(), trigger.start)
            ):
                continue
            if nearest is None or m.end() > nearest[0]:
                nearest = (m.end(), subject, m)
    if nearest is None:
        return None
    _, subject, m = nearest
    return Named(subject or "people", None if subject else m.group(0), m.span())


# A passive detention participle in the singular names one person, not a group: "оппозиционера, арестованного
# накануне", "активист был задержан" (an active verb's number is its agent's: "Полиция задержала активистов").
_SINGULAR_RE = re.compile(r"(?:задержан|арестован|доставлен)(?:н?ого|н?ый|н?ая|н?ой|н?ую|н?ому|а)?", FLAGS)


CAPTION_CHARS = 90
# A finite verb makes it a sentence, not a caption: "Задержания также проходят в столице", "Arrests were reported".
_FINITE_RE = re.compile(
    r"(?-i:[а-яё])[а-яё]+(?:ют|ят|ет|ит|ются|ятся|ется|ится|ли|ла|лись|лось)\b|\b(?:are|were|is|was|took|take[sn]?"
    r"|began|begin|continu\w+|followed|follow)\b",
    FLAGS,
)


def _caption(reading: Reading, trigger: Trigger) -> Named | None:
    """A caption or headline that is the detention noun and its place ("Задержания на площади Республики в Алма-Ате.",
    "Arrests in central Almaty"): people were detained there, uncounted."""
    text = reading.text
    noun = trigger.noun or DETENTION_NOUN_RE.match(text, trigger.start) is not None
    if not noun or text[: trigger.start].strip(" \"'«“—-") or len(text) > CAPTION_CHARS or "," in text:
        return None
    if _FINITE_RE.search(text, trigger.end):
        return None
    return Named("people", None, None) if place_for(reading, trigger.start) is not None else None


def uncounted_detention(reading: Reading, trigger: Trigger, clause: tuple[int, int]) -> DetentionClaim | None:
    """Uncounted detentions: "protesters were detained in large numbers", "mass detentions of activists"."""
    text = reading.text
    clause_text = text[clause[0] : clause[1]]
    qualifier = "in large numbers"
    as_written: str | None = None
    if not (LARGE_NUMBERS_RE.search(clause_text) or MASS_DETENTION_RE.search(clause_text)):
        singular = _SINGULAR_RE.fullmatch(text, trigger.start, trigger.end) is not None
        named = _named_group(reading, trigger, clause) or _caption(reading, trigger)
        if named is not None and named.span is not None and lone_person(reading, named.span, trigger, clause):
            return _claim(reading, trigger, detainee_subject(reading, named.subject), 1, "exact", named.as_written)
        if named is None or singular:
            return None  # "оппозиционера, арестованного накануне": one person, no group
        subjects, qualifier, as_written = [(trigger.start, named.subject)], "uncounted", named.as_written
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
    return _claim(reading, trigger, detainee_subject(reading, subject), None, qualifier, as_written)


def _claim(
    reading: Reading, trigger: Trigger, subject: str, count: int | None, qualifier: str, as_written: str | None
) -> DetentionClaim:
    date_from, date_to = date_for(reading, trigger.start)
    return DetentionClaim(
        evidence=reading.evidence,
        detained_min=count,
        detained_max=count,
        qualifier=qualifier,
        subject=subject,
        reported_by=reporter_for(reading, trigger.start),
        date_from=date_from,
        date_to=date_to,
        location=place_for(reading, trigger.start),
        subject_as_written=as_written,
    )
