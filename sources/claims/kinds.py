"""The kinds of infraction a stretch of text names (lexicon/findings.yaml): one kind, a list of kinds ('mixed'), or
none. Shared by the counted shapes (infractions.py), the uncounted findings (observed.py) and sanctions."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from sources.claims.lexicon import by_role
from sources.claims.spans import leftmost_longest
from sources.claims.vocabulary import CATEGORY_PATTERNS

FLAGS = re.IGNORECASE
_OTHER_FINDINGS = tuple(f for f in by_role("finding") if f.category == "other")

# Kinds in one list: any short run of modifiers between them ("series of seemingly", "cases of", "and the").
_COORDINATION_RE = re.compile(r"^[\s,]*(?:[^\W\d_][\w'’-]*[\s,]+){0,5}$", FLAGS)


# A kind told again in other words, after a comma: "…, with one person casting ballots for …", "…, когда один
# избиратель голосовал за …", "…, яғни …".
_ELABORATING_JOIN_RE = re.compile(
    r"^\s*(?:,|\s[—–])\s*(?:with|where|whereby|in\s+which|i\.e\.|that\s+is|namely|когда|при\s+котором|то\s+есть|т\.\s?е\."
    r"|а\s+именно|яғни)(?![\w-])",
    FLAGS,
)


def elaborates(text: str, previous_end: int, start: int) -> bool:
    """The kind at `start` tells again, after a comma, the kind that ended at `previous_end`."""
    return _ELABORATING_JOIN_RE.match(text[previous_end:start]) is not None


def categories(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Kinds of infraction named between start and end, in order, without overlaps."""
    return _categories_cached(text, start, end)


@lru_cache(maxsize=1024)
def _categories_cached(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    found = [(a, b, category) for category, pattern in CATEGORY_PATTERNS for a, b in _starts(pattern, text, start, end)]
    return leftmost_longest(found, lambda f: (f[0], f[1]))


def _starts(pattern: re.Pattern[str], text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Every match of `pattern`, one per start, overlapping ones too: "Процедуры подсчёта не соблюдались, и подсчёт
    был оценён отрицательно" holds a match from each "подсчёт", and the second must survive when the first overlaps
    an earlier kind."""
    out = []
    pos = start
    while (m := pattern.search(text, pos, end)) is not None:
        out.append((m.start(), m.end()))
        pos = m.start() + 1
    return out


def other_finding(text: str, start: int, end: int) -> str | None:
    """The lexicon entry of an 'other' kind named at `start` ("vote buying" → vote_buying): the warehouse's one
    category 'other' covers several kinds, and the entry tells two of them in one document apart."""
    return next((f.id for f in _OTHER_FINDINGS if f.pattern.match(text, start, end)), None)


def kind_named(text: str) -> str | None:
    """The one kind a sentence names (None when it names none or several)."""
    kinds = {kind for _, _, kind in categories(text, 0, len(text))}
    return kinds.pop() if len(kinds) == 1 and "mixed" not in kinds else None


def category_of(text: str, matches: list[tuple[int, int, str]]) -> str | None:
    """One kind, 'mixed' for a list of kinds, None when none is named."""
    if not matches:
        return None
    kinds = [matches[0]]
    for previous, current in pairwise(matches):
        if elaborates(text, previous[1], current[0]):
            break  # "family voting, with one person casting ballots for several relatives": the same finding told
        if _COORDINATION_RE.match(text[previous[1] : current[0]]):
            kinds.append(current)
        else:
            break
    distinct_kinds = {k[2] for k in kinds}
    return kinds[0][2] if len(distinct_kinds) == 1 else "mixed"
