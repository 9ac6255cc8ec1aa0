"""An assessment said once for two processes, its verb left out the second time: "Voting was assessed negatively in
14 per cent of observations, and the count in 76 of 145", "Процесс голосования был оценён отрицательно в 14
процентах наблюдений, а подсчёт голосов — в 76 из 145 наблюдений". The second statement is the process alone, then
its figure; it takes the assessment of the first and the category of its own process (findings.yaml `composed`
domains)."""

from __future__ import annotations

import re

from sources.claims.quantities import Quantity
from sources.claims.reading import Reading
from sources.claims.vocabulary import ASSESSMENT_RE, PROCESS_PATTERNS

# the second statement up to its figure: a conjunction, the process, a dash standing for the verb, a preposition
_SECOND_STATEMENT_RE = re.compile(
    r",\s*(?:and|while|whereas|а|и|ал)\s+(?P<process>[^,;.\d]{2,48}?)\s*(?:[—–-]\s*)?(?:in|at|в|во|на)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
REACH = 80  # characters before the figure the second statement may open


def gapped_process(reading: Reading, q: Quantity) -> str | None:
    """The category of the process a statement names alone before its figure, when an assessment came before it."""
    text = reading.text
    m = _SECOND_STATEMENT_RE.search(text, max(0, q.start - REACH), q.start)
    if m is None or ASSESSMENT_RE.search(text, 0, m.start()) is None:
        return None
    return next((category for category, pattern in PROCESS_PATTERNS if pattern.fullmatch(m.group("process"))), None)
