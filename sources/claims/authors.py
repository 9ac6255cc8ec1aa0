"""The author of a first-person post, named by its header line (lexicon/authors.yaml).

A channel's or a page's post is copied with a header line first, the channel's name and what it is ("Ашық дауыс |
Наблюдение", "Adal Saylau | Citizen observers"). When the post speaks in the first person plural ("our observers",
"к нам поступило"), the claims no one else was named for are the author's, not the publisher's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TypeVar

from sources.claims.lexicon import compile_forms, load
from sources.records import DetentionClaim, InfractionClaim

Claim = TypeVar("Claim", DetentionClaim, InfractionClaim)

_FIRST_PERSON_RE = compile_forms(load("authors")["first_person"])
# "Name | what it is": a name of letters (no date or clock time), a bar, a short descriptor, nothing else on the line
_HEADER_RE = re.compile(r"^\s*(?P<name>[^\W\d_][^|\n\d]{1,58}?)\s+\|\s+[^|\n]{1,80}$")


_REPORT_HEADING_RES = tuple(
    re.compile(form, re.IGNORECASE if language != "en" else 0)
    for language, forms in load("authors")["report_headings"].items() for form in forms
)


def post_author(texts: Sequence[str]) -> str | None:
    """The name a first-person post's header line gives (the first line of the first text), or the author its
    report's heading names, else None."""
    if not texts or not any(_FIRST_PERSON_RE.search(t) for t in texts):
        return None
    first = texts[0].strip().split("\n", 1)[0]
    header = _HEADER_RE.match(first)
    if header is not None:
        return header.group("name").strip()
    for rx in _REPORT_HEADING_RES:
        if (m := rx.search(first)) is not None:
            return m.group("name").strip()
    return None


def as_author(claims: list[Claim], author: str | None, default: str) -> list[Claim]:
    """The claims left to the publisher given to the post's author."""
    if author is None:
        return claims
    return [replace(c, reported_by=author) if c.reported_by == default else c for c in claims]
