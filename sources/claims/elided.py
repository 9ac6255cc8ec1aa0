"""A count stated apart from its noun: the people it counts were named before it.

"В Таразе задержаны трое наблюдателей. Ещё двоих доставили в отдел полиции", "Наблюдателей фонда выгоняли с
участков, а ещё двоих доставили в полицию", "Activists gathered in the square; police detained five of them": a
count with no noun of its own that says it goes on from a group ("more", "another", "ещё", "тағы", "of them", "из
них") or is a collective numeral ("двоих", "трое", "екеуі") counts the group named last -- earlier in its sentence,
else in the sentence before, else the last detention's people. A group of no kind leaves it 'people'.
"""

from __future__ import annotations

import re

from sources.claims.counted import Counted
from sources.claims.reading import Reading
from sources.claims.vocabulary import SUBJECT_PATTERNS

FLAGS = re.IGNORECASE
_GOES_ON_BEFORE_RE = re.compile(
    r"(?<![\w-])(?:more|another|a\s+further|further|other|ещё|еще|также|тағы|тағы\s+да)\s+$", FLAGS
)
_GOES_ON_AFTER_RE = re.compile(r"\s+(?:more|others|of\s+them|of\s+those|из\s+них|олардың)(?![\w-])", FLAGS)
_COLLECTIVE_RE = re.compile(
    r"^(?:дво|тро|четвер|пятер|шестер|семер)(?:е|их|ым|ими)$|^(?:екеу|үшеу|төртеу|бесеу|алтау|жетеу)\w*$", FLAGS
)
REACH = 12  # characters before a count its "more" / "ещё" may take


def _elided(reading: Reading, c: Counted) -> bool:
    q = c.quantity
    text = reading.text
    words = text[q.start : q.end].split()
    collective = bool(words) and _COLLECTIVE_RE.match(words[-1]) is not None  # it stands alone: no noun follows it
    if c.subject not in (None, "people") or c.self_governing or (c.as_written is not None and not collective):
        return False
    if c.subject == "people" and c.end > q.end and not c.anaphor:
        return False  # "five people": its own noun (a bare count the verb took for people has none)
    return (
        c.anaphor
        or collective
        or _GOES_ON_BEFORE_RE.search(text, max(0, q.start - REACH), q.start) is not None
        or _GOES_ON_AFTER_RE.match(text, q.end) is not None
    )


def _last_group(text: str, end: int) -> str | None:
    found = [
        (m.end(), -m.start(), subject)
        for subject, pattern in SUBJECT_PATTERNS
        for m in pattern.finditer(text, 0, end)
        if not (m.start() and text[m.start() - 1].isalnum())  # a word's own start: no "людателей" in "наблюдателей"
    ]
    return max(found)[2] if found else None


def elided_group(reading: Reading, c: Counted) -> str | None:
    """The group a count with no noun of its own counts, when it says it goes on from one."""
    if not _elided(reading, c):
        return None
    group = _last_group(reading.text, c.quantity.start)
    if group is None and reading.account.sentences and reading.account.in_paragraph:
        previous = reading.account.sentences[-1]
        group = _last_group(previous, len(previous))
    if group is None and reading.account.detention is not None and reading.account.detention.subject != "people":
        group = reading.account.detention.subject
    # "On election night people gathered in Almaty. Police took 18 of them": people of no kind, named last
    return None if group == "people" else group
