"""People counted as facts of a finding: "Всего с избирательных участков выведены 32 человека", "Сайлау
учаскелерінен 32 азамат шығарылды", "14 people were removed from polling stations".

A finding marked `counts_people` in findings.yaml (being put out of a polling station) happens to people one at a
time, so a count of people its verb governs -- the people named right after the count, the finding in the same
statement -- counts that many facts ('violations' of the finding's category). The people are no detention (they were
made to leave, not held), and no sanction.
"""

from __future__ import annotations

import re

from sources.claims.quantities import Quantity
from sources.claims.reading import Reading
from sources.claims.vocabulary import PEOPLE_FINDINGS, SUBJECT_PATTERNS

FLAGS = re.IGNORECASE
_PEOPLE_RE = next(p for subject, p in SUBJECT_PATTERNS if subject == "people")
_GAP_RE = re.compile(r"\s*(?:[^\W\d_][\w-]*\s+)?")  # one word between: "32 нетрезвых человека", "14 more people"


def people_facts(reading: Reading, q: Quantity, part: tuple[int, int]) -> str | None:
    """The category of the people-counting finding that governs the count `q` of people, if any."""
    if not q.written or q.share:
        return None
    text = reading.text
    gap = _GAP_RE.match(text, q.end)
    at = [q.end + len(text[q.end :]) - len(text[q.end :].lstrip()), gap.end() if gap else q.end]
    if not any(_PEOPLE_RE.match(text, position) for position in at):
        return None
    found = [(m.start(), category) for category, p in PEOPLE_FINDINGS if (m := p.search(text, *part))]
    return min(found)[1] if found else None
