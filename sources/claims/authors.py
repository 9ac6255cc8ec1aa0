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
from sources.claims.reporter_names import REPORTER_PATTERNS
from sources.records import DetentionClaim, InfractionClaim

Claim = TypeVar("Claim", DetentionClaim, InfractionClaim)

_FIRST_PERSON_RE = compile_forms(load("authors")["first_person"])
# "Name | what it is": a name of letters (no date or clock time), a bar, a short descriptor, nothing else on the line
_HEADER_RE = re.compile(r"^\s*(?P<name>[^\W\d_][^|\n\d]{1,58}?)\s+\|\s+[^|\n]{1,80}$")


_GROUP_REFERENCE_RE = compile_forms(load("authors")["group_reference"], whole_words=False)
_NOT_AUTHOR_RE = compile_forms(load("authors")["not_authors"], whole_words=False)
_REPORT_HEADING_RES = tuple(
    re.compile(form, re.IGNORECASE if language != "en" else 0)
    for language, forms in load("authors")["report_headings"].items() for form in forms
)


def post_author(texts: Sequence[str]) -> str | None:
    """The name a first-person post's header line gives (the first line of the first text), or the author its
    report's heading names, else None."""
    if not texts:
        return None
    first_person = any(_FIRST_PERSON_RE.search(t) for t in texts)
    first = texts[0].strip().split("\n", 1)[0]
    header = _HEADER_RE.match(first)
    if header is not None and first_person:
        return header.group("name").strip()
    # a group's report in the third person calls it by its class noun: "In total, the coalition recorded …"
    if not (first_person or any(_GROUP_REFERENCE_RE.search(t) for t in texts[1:])):
        return None
    for rx in _REPORT_HEADING_RES:
        if (m := rx.search(first)) is not None and not _NOT_AUTHOR_RE.search(m.group("name")):
            return m.group("name").strip()
    return None


# a release signed at its foot by the office that issued it: "Пресс-служба Генеральной прокуратуры Республики
# Казахстан", "Press service of the Prosecutor General's Office", "Бас прокуратураның баспасөз қызметі"
_SIGNATURE_RE = re.compile(
    r"^\W*(?:пресс-служба|пресс-центр|press\s+(?:service|office)|.{3,80}?\s+баспасөз\s+қызметі\W*$)", re.IGNORECASE)
SIGNATURE_WORDS = 12  # a signature line is short: the office's name, nothing told


def signed_by(texts: Sequence[str]) -> str | None:
    """The office a release's last line signs it with (its name as the reporters list normalises it), else None."""
    if not texts:
        return None
    last = texts[-1].strip()
    if len(last.split()) > SIGNATURE_WORDS or re.search(r"\d", last) or not _SIGNATURE_RE.match(last):
        return None
    return next((name for name, pattern in REPORTER_PATTERNS if name and pattern.search(last)), None)


def as_author(claims: list[Claim], author: str | None, default: str) -> list[Claim]:
    """The claims left to the publisher given to the post's author."""
    if author is None:
        return claims
    # the cases a group counts are violations it recorded ("obstruction of observers (392 cases)"), not the mission's
    # own observations, which the reading took them for while no author was known
    return [replace(c, reported_by=author, **_as_recorded(c)) if c.reported_by == default else c for c in claims]


def _as_recorded(claim: Claim) -> dict[str, str]:
    counted = isinstance(claim, InfractionClaim) and claim.measure == "observed" and claim.value is not None
    return {"measure": "violations"} if counted else {}
