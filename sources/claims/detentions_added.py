"""A count added to a detention just reported, with no noun of its own before a bare participle.

"police arrested 200 people on Monday in addition to 500 held a day earlier", "помимо 30 задержанных накануне":
the second count is of the same people, detained ("held", "задержанных") at another time. It stands only after a
counted detention in the same sentence and only behind an additive phrase ("in addition to", "besides", "помимо",
"кроме", "қоса"), so a bare "500 held a meeting" or "held 30 seats" never counts.

Also a group's count in an apposition right after the verb's object: "detained journalists, at least 4 of them, ...".
"""

from __future__ import annotations

import re
from dataclasses import replace

from sources.claims.counted import Counted
from sources.claims.reading import Reading
from sources.claims.vocabulary import GROUP_RE, SUBJECT_PATTERNS

FLAGS = re.IGNORECASE
# Who a detention verb names: the subjects, then members of a group (subject None: as written).
_GROUP_PATTERNS: tuple[tuple[str | None, re.Pattern[str]], ...] = (*SUBJECT_PATTERNS, (None, GROUP_RE))

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
    for subject, pattern in _GROUP_PATTERNS:
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
