"""A person named again by surname alone: "Zhovtis put the overall number of detained at 'up to 50'" after "... monitor
Yevgeny Zhovtis told AFP ...", "Жовтис уточнил, что ..." after "правозащитник Евгений Жовтис": the subject of the
reporting verb is the person the text named in full before (the reporter as first written: first name and surname)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from sources.claims.reporters import ReporterMention, reporting_verb_after
from sources.text.letters import UPPER_LETTERS

_UPPER = UPPER_LETTERS
# The sentence opens on one capitalised word (a few words of time may come before it: "Later, Zhovtis said ...").
_SURNAME_OPENING_RE = re.compile(
    rf"^\W*(?:(?:later|then|позже|затем|кейін),?\s+)?(?P<surname>[{_UPPER}][\w'’-]{{2,}})\b", re.IGNORECASE
)
STEM_KEPT = 5  # letters of a surname compared across its case endings ("Жовтиса" / "Жовтис")


def surname_speaker(text: str, earlier: Sequence[str]) -> ReporterMention | None:
    """The person a sentence's opening surname stands for, when it is the subject of a reporting verb and an earlier
    sentence gave that surname with a first name."""
    m = _SURNAME_OPENING_RE.match(text)
    if m is None or not m.group("surname")[0].isupper() or not reporting_verb_after(text, m.end("surname")):
        return None
    surname = m.group("surname")
    stem = re.escape(surname[:STEM_KEPT] if len(surname) > STEM_KEPT else surname)
    full = re.compile(rf"(?<![\w-])(?P<first>[{_UPPER}][\w'’-]+)\s+{stem}[\w'’-]*")
    for sentence in reversed(earlier):
        named = [f for f in full.finditer(sentence) if f.group("first")[0].isupper()]
        if named:
            return ReporterMention(m.start("surname"), m.end("surname"), f"{named[-1].group('first')} {surname}")
    return None
