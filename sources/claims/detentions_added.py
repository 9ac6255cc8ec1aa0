"""A count added to a detention just reported, with no noun of its own before a bare participle.

"police arrested 200 people on Monday in addition to 500 held a day earlier", "помимо 30 задержанных накануне":
the second count is of the same people, detained ("held", "задержанных") at another time. It stands only after a
counted detention in the same sentence and only behind an additive phrase ("in addition to", "besides", "помимо",
"кроме", "қоса"), so a bare "500 held a meeting" or "held 30 seats" never counts.

Also a group's count in an apposition right after the verb's object: "detained journalists, at least 4 of them, ...",
and a list of places after a counted detention, its verb and noun said once: "задержаны 312 человек, в Алматы — 289",
and whom "N of them" counts: the group named before as the detention's subject.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from sources.claims.counted import GAP_WORDS, POST_GAP_WORDS, Counted, gap_ok
from sources.claims.detention_triggers import Trigger, triggers
from sources.claims.reading import Reading
from sources.claims.spans import Coverage
from sources.claims.vocabulary import GROUP_PATTERNS, SUBJECT_PATTERNS
from sources.records import DetentionClaim

FLAGS = re.IGNORECASE

_ADDITIVE_BEFORE_RE = re.compile(
    r"(?<![\w-])(?:in\s+addition\s+to|on\s+top\s+of|besides|as\s+well\s+as|помимо|кроме|сверх)\s+(?:the\s+|ещё\s+)?$",
    FLAGS,
)
_BARE_PARTICIPLE_RE = re.compile(
    r"\s+(?:(?:already|previously|earlier|уже|ранее)\s+)?(?:held|detained|arrested|задержанн\w*|арестованн\w*)"
    # "held a rally", "held 30 seats" have an object; "held a day earlier" a time
    r"(?!\s+(?:\d|(?:a|an|the|their|its|his|her)\s+(?!(?:day|week|month|night|few|couple|fortnight)\b)\w))",
    FLAGS,
)


def added_counts(text: str, counted: list[Counted], claimed: set[int], subject: str) -> list[tuple[Counted, int]]:
    """Counts added to a counted detention of `subject`, each with the position its date is read from."""
    out = []
    for c in counted:
        q = c.quantity
        if q.start in claimed or c.subject is not None or not q.written:
            continue
        participle = _BARE_PARTICIPLE_RE.match(text, q.end)
        if participle and _ADDITIVE_BEFORE_RE.search(text, max(0, q.start - 40), q.start):
            out.append((replace(c, subject=subject, end=participle.end(), as_written=None), participle.end()))
    return out


# The group's count in an apposition after it: "detained human rights defenders, at least 7 of them, ...",
# "задержали активистов, не менее 5 из них, ...".
_OF_THEM_AFTER_RE = re.compile(r"\s+(?:of\s+them|of\s+whom|из\s+них|олардың)\s*[,.;]", FLAGS)
_OF_THEM_REACH = 80


def count_of_them(reading: Reading, trigger_end: int, noun: bool) -> Counted | None:
    """The verb's object group, then its count between commas."""
    text = reading.text
    if noun:
        return None
    space = re.match(r"\s+", text[trigger_end:])
    if space is None:
        return None
    for subject, pattern in GROUP_PATTERNS:
        group = pattern.match(text, trigger_end + space.end())
        if group is None:
            continue
        for q in reading.quantities:
            if q.share or not q.written or not group.end() < q.start <= group.end() + _OF_THEM_REACH:
                continue
            if re.fullmatch(r"\s*,\s*", text[group.end() : q.start]) and _OF_THEM_AFTER_RE.match(text, q.end):
                return Counted(q, q.end, subject, False, group.group(0) if subject is None else None)
        return None
    return None


# A list of places after a counted detention, the verb and noun said once: "задержаны 312 человек, в Алматы — 289, в
# Шымкенте — 17", "Алматыда — 289", "in Almaty – 289": each item a count of the same people, in its own place.
_PLACE_ITEM_RE = re.compile(
    r"[,;]\s*(?:and\s+|а\s+|и\s+|және\s+)?(?:(?:в|во|на|in|at)\s+)?(?:[^\W\d_][\w-]*\s+){0,2}?[^\W\d_][\w-]*\s*[—–-]\s*$",
    FLAGS,
)


# The place after the item's count, the verb and noun said once before: "387 people were detained in Nur-Sultan and
# 225 in Almaty", "в Астане задержаны 387 человек и 225 в Алматы" (or a part of them, "including 12 in Almaty").
_ITEM_BEFORE_COUNT_RE = re.compile(
    # or a part of them: "Some 30 activists were detained ..., including 12 in Almaty on 1 December"
    r"(?:,\s*(?:and\s+|и\s+|а\s+|және\s+|including\s+|в\s+том\s+числе\s+|из\s+них\s+|оның\s+ішінде\s+)?"
    r"|\s+(?:and|и|а|және)\s+)(?:a\s+further\s+|another\s+|ещё\s+|еще\s+)?$",
    FLAGS,
)
_IN_PLACE_RE = re.compile(r"\s+(?:in|at|в|во)\s+$", FLAGS)


def _place_after(reading: Reading, c: Counted) -> tuple[re.Match[str], str] | None:
    q = c.quantity
    before = _ITEM_BEFORE_COUNT_RE.search(reading.text, max(0, q.start - 30), q.start)
    if before is None or c.end > q.end:  # "and 225 people in Almaty" counts its own noun: a claim of its own
        return None
    # a place's span holds its preposition ("in Almaty"), or starts after it
    place = next((p for p in reading.places if q.end < p.start <= q.end + 6 and (
        _IN_PLACE_RE.fullmatch(reading.text, q.end, p.start) or _IN_PLACE_RE.fullmatch(
            reading.text, q.end, p.start + len(reading.text[p.start:].split()[0]) + 1))), None)
    # the place may be followed by the days ("… and a further 412 in Nur-Sultan between 9 and 10 June")
    if place is None or not re.match(r"\s*(?:[,;.]|$|and\b|on\b|between\b|from\b|during\b|и\b|а\b)",
                                     reading.text[place.end:]):
        return None
    return before, place.location


def place_items(
    reading: Reading,
    counted: list[Counted],
    used: set[int],
    claims: list[DetentionClaim],
    make: Callable[[Reading, Counted, int], DetentionClaim],
) -> list[DetentionClaim]:
    """The list's items as claims (`make` builds one); the list's head takes the place its own words name."""
    out: list[DetentionClaim] = []
    out += _items_before_the_verb(reading, counted, used, claims, make)
    for c in counted:
        q = c.quantity
        if q.start in used or c.self_governing or not q.written or q.share:
            continue  # a bare count ("в Алматы — 289") or one with its noun ("в Актобе — не менее 20 человек")
        previous = [d for d in claims + out if d.detained_min is not None and d.evidence.text == reading.text]
        if not previous or not any(p < q.start for p in used):
            continue
        item = _PLACE_ITEM_RE.search(reading.text, max(0, q.start - 60), q.start)
        if item is None or not any(item.start() <= p.start and p.end <= q.start for p in reading.places):
            after = _place_after(reading, c)  # "387 people were detained in Nur-Sultan and 225 in Almaty"
            if after is None:
                continue
            item, place = after
        else:
            if not re.match(r"\s*(?:[,;.]|$|and\b|и\b|а\b)", reading.text[c.end :]):
                continue  # "в Алматы — 289 участков": the item counts something of its own
            place = next(p.location for p in reading.places if item.start() <= p.start and p.end <= q.start)
        claim = make(reading, c, q.start)
        if not out:  # the list's head is where its own words say, before the list: "в Нур-Султане задержаны 312"
            head = max((i for i, d in enumerate(claims) if d in previous), default=None)
            own = [p for p in reading.places if p.end <= item.start()]
            if head is not None and claims[head].location == place:
                # no place of its own: the head is all of them, wherever they were ("30 activists were detained …,
                # including 12 in Almaty")
                claims[head] = replace(claims[head], location=own[-1].location if own else None)
        subject = claim.subject if c.subject is not None or c.as_written else previous[-1].subject
        following = [n.start for n in reading.quantities if n.start > q.start]
        stop = following[0] if following else len(reading.text)
        own = [r for r in reading.reporters if item.start() <= r.start < stop]
        if own:  # "в Актобе — не менее 20 человек, по данным местного правозащитного центра": the item's own source
            claim = replace(claim, reported_by=own[0].reporter)
        # the item's own days when it states them ("… and a further 412 in Nur-Sultan between 9 and 10 June")
        own_days = any(q.end < d.start < stop for d in reading.dates)
        out.append(replace(claim, subject=subject, location=place,
                           date_from=claim.date_from if own_days else previous[-1].date_from,
                           date_to=claim.date_to if own_days else previous[-1].date_to))  # fmt: skip
        used.add(q.start)
    return out


def _items_before_the_verb(
    reading: Reading,
    counted: list[Counted],
    used: set[int],
    claims: list[DetentionClaim],
    make: Callable[[Reading, Counted, int], DetentionClaim],
) -> list[DetentionClaim]:
    """Kazakh says the verb once, after the last item: "олардың төртеуі Алматыда, екеуі Ақтөбеде ұсталғанын айтты" --
    a count with its place and a comma right before a count the verb took is a detention of the same kind."""
    out: list[DetentionClaim] = []
    for c, after in zip(reversed(counted[:-1]), reversed(counted[1:]), strict=True):
        q = c.quantity
        if q.start in used or c.self_governing or q.share or after.quantity.start not in used:
            continue
        place = next((p for p in reading.places if 0 <= p.start - c.end <= 2), None)
        if place is None or not re.fullmatch(r"\s*,\s*", reading.text[place.end : after.quantity.start]):
            continue
        head = next((d for d in claims if d.detained_min == after.quantity.low), None)
        claim = make(reading, c, after.quantity.start)
        out.append(replace(claim, subject=head.subject if head and c.subject is None else claim.subject,
                           location=place.location))
        used.add(q.start)
    return out


_COLON_GAP_RE = re.compile(r"[^.;:\d]{0,60}:\s*$")


def trigger_before_colon(reading: Reading, c: Counted) -> Trigger | None:
    """The detention whose clause a colon closes right before the count of them."""
    before = [t for t in triggers(reading.text) if t.end <= c.quantity.start]
    if not before or _COLON_GAP_RE.fullmatch(reading.text, before[-1].end, c.quantity.start) is None:
        return None
    return before[-1]


def antecedent(reading: Reading, position: int) -> str | None:
    """Whom "at least 13 of them" counts: the group the sentence named before as the subject of a detention verb,
    nothing but auxiliaries and adverbs between ("Journalists were also among those rounded up: at least 13 of
    them", "Журналисты также были задержаны: не менее 13 из них")."""
    text = reading.text
    blanks = Coverage(len(text), [(d.start, d.end) for d in reading.dates] + [(p.start, p.end) for p in reading.places])
    for trigger in reversed([t for t in triggers(text) if t.end <= position]):
        found = [
            (m.end(), subject)
            for subject, pattern in SUBJECT_PATTERNS
            for m in pattern.finditer(text, 0, trigger.start)
            if subject != "people" and gap_ok(reading, blanks, m.end(), trigger.start, GAP_WORDS)
        ]
        if found:
            return max(found)[1]
    return None


# A verb's count with its noun left out, ending its clause: "Во второй день в органы внутренних дел были доставлены
# около 200, привлечены около 150 человек", "задержано 15." -- the people the verb is about.
_BARE_END_RE = re.compile(r"\s*(?:(?:more|others)\s*)?(?:[,;.]|$)", re.IGNORECASE)  # "detained three more."


def bare_object(reading: Reading, blanks: Coverage, trigger: Trigger, c: Counted) -> bool:
    q = c.quantity
    if trigger.noun or c.subject or c.as_written or not q.written or q.share or c.self_governing:
        return False
    if _BARE_END_RE.match(reading.text, q.end) is None:
        return False
    return gap_ok(reading, blanks, trigger.end, q.start, POST_GAP_WORDS)
