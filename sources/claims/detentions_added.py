"""A count added to a detention just reported, with no noun of its own before a bare participle.

"police arrested 200 people on Monday in addition to 500 held a day earlier", "помимо 30 задержанных накануне":
the second count is of the same people, detained ("held", "задержанных") at another time. It stands only after a
counted detention in the same sentence and only behind an additive phrase ("in addition to", "besides", "помимо",
"кроме", "қоса"), so a bare "500 held a meeting" or "held 30 seats" never counts.
"""

from __future__ import annotations

import re
from dataclasses import replace

from sources.claims.counted import Counted

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
