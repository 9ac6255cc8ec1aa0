"""Attribution as one rule: who reports a finding whose own sentence names no source.

A clause that names a source in a reporting role (reporters.py finds them: an institution or a role in any case, an
outlet, a press conference's speaker, a statement's authors) makes that source the reporter of the findings in the
clauses and sentences that follow it in its paragraph, until another source is named: "According to the Bureau, 19
observers were detained on election day. The next day 60 more were detained in Almaty." gives both counts to the
Bureau. A text copied with one line per paragraph ends its paragraph at the line break.

A source speaks for what follows only when its own sentence tells of what the rule reads -- detentions, violations,
complaints, cases, sanctions, a kind of finding -- or announces a list ("X reported the following:"): "Turnout was
high, the governor said." lends the governor nothing. Two things stop the rule: the mission's own observation or
assessment ("ballot stuffing was observed", "the count was assessed negatively in half of the polling stations
observed") is the mission's whatever was named before it, and a sentence that names a source of its own starts that
source's run. The
publisher (or nobody, for an ODIHR document's own findings) reports only what follows no named source.

A paragraph that opens on a part of the count the paragraph before ended on ("Олардың 15-і …", "Of these, 9 …")
goes on with that count's source (`parts_keep_their_source`).

A source may speak for the whole text, across its paragraphs, when a line does nothing but announce it ("ДП
Павлодарской области информирует.", "The Bureau reports:") or a statement's "we" names its authors ("We, the
undersigned members of the X Bar Association, ..."): like a dateline's agency, it reports what no paragraph gives
another source for.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Protocol

from sources.claims.cues import reports_observation
from sources.claims.lexicon import compile_forms, load
from sources.claims.source_frames import announcer, statement_authors
from sources.claims.vocabulary import (
    CATEGORY_PATTERNS,
    DETENTION_NOUN_RE,
    DETENTION_VERB_RE,
    KK_WHOLE_GENITIVE,
    MEASURE_PATTERNS,
    SANCTION_RE,
    SANCTION_VERB_RE,
)
from sources.records import InfractionClaim

_OWN_FINDING_RE = compile_forms(load("attribution")["own_findings"], whole_words=False)
_ANNOUNCES_LIST_RE = re.compile(r"(?:following|следующ\w*|мынадай)[^.:]{0,60}:|:\s*$", re.IGNORECASE)


def tells_of_findings(text: str) -> bool:
    """The sentence speaks of what the claims readers read: a detention, a sanction, a count's measure, a kind of
    finding, or a list it announces."""
    return any(
        r.search(text)
        for r in (DETENTION_VERB_RE, DETENTION_NOUN_RE, SANCTION_RE, SANCTION_VERB_RE, _ANNOUNCES_LIST_RE)
    ) or any(p.search(text) for _, p in (*MEASURE_PATTERNS, *CATEGORY_PATTERNS))


class _Named(Protocol):
    @property
    def reporter(self) -> str: ...


def source_after(source: str | None, reporters: Sequence[_Named], text: str) -> str | None:
    """The paragraph's source once this sentence is read: the last source it names when it tells of findings (a
    source telling of something else lends none), else the one before goes on."""
    if reporters:
        return reporters[-1].reporter if tells_of_findings(text) else None
    return source


def carried_source(source: str | None, reporters: Sequence[_Named], text: str) -> str | None:
    """The paragraph's source for a sentence that names none of its own, unless the sentence is the mission's own
    observation."""
    if reporters or source is None or reports_observation(text) or _OWN_FINDING_RE.search(text):
        return None
    return source


def whole_text_source(text: str) -> str | None:
    """The source a sentence makes the speaker of the whole text: an announcing line or a statement's authors."""
    return announcer(text) or statement_authors(text)


# a paragraph opening on a part of what was counted before: "Олардың 15-і …", "Из них 12 …", "Of these, 9 …"
_PART_OPENING_RE = re.compile(
    r"^\W*(?:олардың|оның|из\s+них|из\s+которых|of\s+(?:these|them|those)|(?:\d+|[^\W\d]+)\s+of\s+(?:these|them|those)"
    rf"|(?:[\w-]+\s+)?{KK_WHOLE_GENITIVE}\s+\d)\b",
    re.IGNORECASE,
)


def parts_keep_their_source(found: list[InfractionClaim], before: list[InfractionClaim],
                             default: str) -> list[InfractionClaim]:
    """A paragraph's parts of the count the paragraph before ended on keep that count's source when they name none
    ("Бас прокуратураның мәліметінше, … 26 фактісі анықталды." then "Олардың 15-і …")."""
    counted = next((c for c in reversed(before) if c.value is not None), None)
    if counted is None or counted.reported_by in (None, default) or not found:
        return found
    # the paragraph opens on the part: its other counts, told by no one, go on with the same account ("Fourteen of
    # them concerned X … Four cases involved Y, and four more Z.")
    if not _PART_OPENING_RE.match(found[0].evidence.text):
        return found
    return [replace(c, reported_by=counted.reported_by) if c.reported_by == default and c.value is not None else c
            for c in found]
