"""Observers who are not the mission's: a group named as such ("independent observers", "гражданские наблюдатели")
or a body that fielded its own ("The Embassy fielded 25 observers", "Фонд «X» направил 520 наблюдателей"); the bare
"observers" after them are theirs."""

from __future__ import annotations

import re

from sources.claims.reporter_names import REPORTER_PATTERNS, ReporterMention

_BARE_OBSERVERS_RE = re.compile(r"(?:the\s+)?observers['’]?|наблюдател(?:и|ей|ям|ями)", re.IGNORECASE)
_OBSERVER_GROUP_RE = re.compile(
    r"(?:independent|local|domestic|citizen|non-partisan)\s+observers|(?:независим|местн|гражданск)\w+\s+наблюдател\w*",
    re.IGNORECASE,
)
# A body that fielded observers of its own: "The Embassy fielded 25 observers in six cities" -- its observers, unless
# the body is the mission itself.
_FIELDED_RE = re.compile(
    r"(?:[Tt]he\s+)?(?P<body>(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2})\s+(?:fielded|deployed|sent|dispatched)\s+"
    r"(?:(?:some|about|around|over)\s+)?(?:\d[\d,]*\s+)?(?:\w+\s+)?observers",
)
OBSERVERS_BACK_SENTENCES = 3
# ... and in Russian, named in quotes: "Общественный фонд «Адал сайлау» направил на выборы 520 наблюдателей"
_FIELDED_RU_RE = re.compile(
    r"[«\"](?P<body>[^»\"]{2,40})[»\"]\s+(?:направил\w*|аккредитовал\w*|выставил\w*|отправил\w*|подготовил\w*)\s+"
    r"(?:[\w-]+\s+){0,6}?\d[\d\s]*\s+(?:наблюдател|волонт[её]р)\w*",
    re.IGNORECASE,
)


def fielding_body(text: str) -> str | None:
    """The body a sentence says fielded observers of its own ("The Embassy fielded 25 observers"), not the mission."""
    m = _FIELDED_RE.search(text) or _FIELDED_RU_RE.search(text)
    if m is None or any(name == "ODIHR" and pattern.search(m.group("body")) for name, pattern in REPORTER_PATTERNS):
        return None
    return m.group("body")


def observers_named_before(text: str, reporters: list[ReporterMention], sentences: tuple[str, ...]
                           ) -> list[ReporterMention]:
    """Bare "observers" right after a text named independent observers are those observers, not the mission's:
    "... independent observers recorded violations ... According to the observers, the violations ..."."""
    recent = " ".join((*sentences[-OBSERVERS_BACK_SENTENCES:], text))
    groups = [(m.start(), " ".join(m.group(0).lower().split())) for m in _OBSERVER_GROUP_RE.finditer(recent)]
    groups += [
        (m.start(), f"{m.group('body')} observers")
        for m in _FIELDED_RE.finditer(recent)
        if not any(name == "ODIHR" and pattern.search(m.group("body")) for name, pattern in REPORTER_PATTERNS)
    ]
    if not groups:
        return reporters
    group = max(groups)[1]
    return [
        ReporterMention(r.start, r.end, group)
        if r.reporter == "ODIHR" and _BARE_OBSERVERS_RE.fullmatch(text, r.start, r.end)
        else r
        for r in reporters
    ]
