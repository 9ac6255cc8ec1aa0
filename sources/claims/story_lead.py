"""A story's lead and title lines: the organisation or outlet a story's lead names speaks for the findings the story
lists without a source, and for the title lines before it (reading.py's account carries what it finds)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sources.claims.reporter_outlets import correspondent_outlet
from sources.claims.reporter_roles import PRESENTED_FINDINGS_RE
from sources.claims.reporter_subjects import lead_organisation
from sources.claims.vocabulary import GENERIC_VIOLATION_RE

if TYPE_CHECKING:
    from sources.claims.reading import Account, Reading

LEAD_SENTENCES = 2  # a story's title and its lead
TITLE_LINES = 4  # lines without a full stop that may stand before them: subtitle, byline, a view count
_TERMINATED_RE = re.compile(r"[.!?…][»\"”)]*\s*$")


def story_lead(reading: Reading) -> str | None:
    """A story whose lead tells of violations an organisation found ("Фонд «X» ... перечислил замеченные
    нарушения", "Лига X зафиксировала 23 нарушения"), or an outlet's own reporter saw ("Репортер Азаттыка ...
    увидел"): that organisation or outlet speaks for the findings the story goes on to list without a source.
    The lead is the story's first sentences before any heading; title lines (no full stop: a headline, a subtitle,
    a byline, a view count) do not count against it."""
    account = reading.account
    if not account.story or sum(1 for s in account.sentences if _TERMINATED_RE.search(s)) >= LEAD_SENTENCES:
        return None
    if len(account.sentences) >= LEAD_SENTENCES + TITLE_LINES:
        return None
    findings = GENERIC_VIOLATION_RE.search(reading.text) or PRESENTED_FINDINGS_RE.search(reading.text)
    # "Фонд «X» направил 520 наблюдателей. … наблюдатели фонда зафиксировали 1 214 нарушений": the body named before
    named_before = account.named if findings and any(r.reporter == account.named for r in reading.reporters) else None
    return (lead_organisation(reading.text) if findings else None) or named_before or correspondent_outlet(reading.text)


def ends_a_sentence(text: str) -> bool:
    """The text ends with a full stop (or ! ? …): a paragraph, not a title line, byline or running header."""
    return _TERMINATED_RE.search(text) is not None


def story_source(before: Account, after: Account) -> str | None:
    """The source a story's lead named in this paragraph: it speaks for the title lines before it too."""
    return after.wire if after.wire is not None and before.wire is None and after.story else None
