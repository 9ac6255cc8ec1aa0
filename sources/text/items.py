"""The items of a list: what follows a lead-in is one item per contestant, region or indicator.

Read in this order, the first that applies:

1. item lines: lines opening with a bullet or a dash ("- в Астане – 40,94%;", "• …", "– …"), a number or a letter
   and a bracket ("1) …", "а) …"); a line that does not open one continues the item before it;
2. after a colon, parts separated by semicolons ("… следующим образом: за A – …; за B – …");
3. parts separated by ", " where every part is a "subject – figure" pair ("X – 42,1 %, Y – 3,2 %") or where the
   parts open with the same short word as the enumeration ("в Акмолинской – 59,5 %, в Актюбинской – 56,9 %",
   "за A проголосовали …, или 2,61 процента, за B – …").

The lead-in (text before the first item, "Голоса распределились следующим образом:") is no item. Items are
`Span`s into the given text; `Span.text` is cleaned and loses the bullet and the trailing ";", "," or ".".
A text with no list gives [].
"""

from __future__ import annotations

import re

from sources.text import Span
from sources.text.sentences import _span, clean

_ITEM_LINE_RE = re.compile(r"^[ \t\u00a0]*(?:[-–—•·*▪►‣]|\d{1,2}\)|[a-zа-я]\))[ \t\u00a0]+(?=\S)", re.MULTILINE)
_COLON_RE = re.compile(r":[ \t\u00a0\n]+")
_SEMICOLON_RE = re.compile(r";[ \t\u00a0\n]*")
_COMMA_RE = re.compile(r",[ \t\u00a0\n]+(?P<w>[^\W\d_]+)?")
_PAIR_RE = re.compile(r"\S.*?[ \t\u00a0][–—-][ \t\u00a0]*\d", re.DOTALL)
_FIRST_WORD_RE = re.compile(r"[ \t\u00a0\n]*(?P<w>[^\W\d_]+)")
_TRAILING = " \t\n\u00a0;,."
_MAX_OPENING_WORD = 4  # "за", "в", "по", "на", "in", "for": prepositions, not content words


def list_items(text: str) -> list[Span]:
    """The items of the list in `text`, [] when it holds none (see the module docstring)."""
    lines = list(_ITEM_LINE_RE.finditer(text))
    if lines:
        bounds = [m.end() for m in lines]
        ends = [m.start() for m in lines[1:]] + [len(text)]
        return _spans(text, list(zip(bounds, ends, strict=True)))
    colon = _COLON_RE.search(text)
    body_start = colon.end() if colon else 0
    semis = list(_SEMICOLON_RE.finditer(text, body_start))
    if colon and semis:
        return _spans(text, _cut(body_start, len(text), semis))
    return _comma_items(text, body_start)


def _cut(start: int, end: int, separators: list[re.Match[str]]) -> list[tuple[int, int]]:
    """The pieces between separators; a separator's opening word (group 'w') belongs to the next piece."""
    pieces = []
    for sep in separators:
        pieces.append((start, sep.start()))
        start = sep.start("w") if "w" in sep.re.groupindex and sep.group("w") else sep.end()
    pieces.append((start, end))
    return pieces


def _comma_items(text: str, start: int) -> list[Span]:
    commas = list(_COMMA_RE.finditer(text, start))
    if not commas:
        return []
    pieces = _cut(start, len(text), commas)
    if len(pieces) >= 2 and all(_PAIR_RE.match(text, a, b) for a, b in pieces if text[a:b].strip(_TRAILING)):
        return _spans(text, pieces)
    first = _FIRST_WORD_RE.match(text, start)
    opening = first.group("w").lower() if first else ""
    openers = [m for m in commas if m.group("w") and m.group("w").lower() == opening]
    if opening and len(opening) <= _MAX_OPENING_WORD and openers:
        return _spans(text, _cut(start, len(text), openers))
    return []


def _spans(text: str, pieces: list[tuple[int, int]]) -> list[Span]:
    out = []
    for a, b in pieces:
        span = _span(text, a, b, _TRAILING)
        if span.text:
            out.append(Span(span.start, span.end, clean(span.text)))
    return out
