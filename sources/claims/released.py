"""What became of people detained before: released, freed, let go ("1,047 of those detained had been released",
"Из задержанных 120 человек были отпущены", "олар босатылды"). Such a count is no detention of its own
(detentions.py skips it)."""

from __future__ import annotations

import re

_OF_THE_DETAINED_BEFORE_RE = re.compile(
    r"(?:of\s+(?:those|the\s+people|the\s+persons|them)|(?<![\w-])из(?:\s+(?:них|числа))?)\s*$", re.IGNORECASE
)
_RELEASED_RE = re.compile(
    r"(?:(?:of\s+)?(?:those|the\s+people|the\s+persons)\s+(?:detained|arrested|held)\s+)?(?:(?:had|have|has)\s+been\s+"
    r"|were\s+|was\s+|были\s+|был[аио]?\s+)?(?:\w+\s+)?(?:released|freed|let\s+go|освобожден\w*|отпущен\w*"
    r"|выпущен\w*|босатыл\w*)(?![\w-])",
    re.IGNORECASE,
)


def released_next(text: str, end: int) -> bool:
    """The people counted right before `end` were released."""
    return _RELEASED_RE.match(text, end + len(text[end:]) - len(text[end:].lstrip())) is not None


def of_the_detained_before(text: str, start: int) -> bool:
    """The detention word at `start` names those a part is of: "of those detained", "из задержанных"."""
    return _OF_THE_DETAINED_BEFORE_RE.search(text, max(0, start - 30), start) is not None
