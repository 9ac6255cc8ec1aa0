"""Whether a paragraph goes on with the account of the one before: a connective opening it ("In addition", "Также",
"Сондай-ақ"), or a first sentence naming a source for the uncounted detentions the paragraph before closed on.
paragraph.py reads the paragraphs; these are the tests it applies at a paragraph's start.
"""

from __future__ import annotations

import re

from sources.claims.cues import reports_observation
from sources.claims.reading import Account, Reading
from sources.claims.reporters import default_reporter
from sources.claims.vocabulary import DETENTION_VERB_RE, NEGATION_RE
from sources.records import DetentionClaim, InfractionClaim

# The connectives that open a paragraph going on with the same account (not "Of the complaints, ...": a new count).
ADDITIVE_RE = re.compile(
    r"(?:in\s+addition|additionally|moreover|furthermore|also|of\s+(?:these|them|those)|кроме\s+того|также"
    r"|помимо\s+(?:этого|того)|из\s+них|сондай-ақ|бұдан\s+басқа|оның\s+ішінде)\b",
    re.IGNORECASE,
)


def goes_on_from(before: Account, text: str) -> bool:
    """A paragraph opening with a connective goes on with the account of the one before -- not when it is the
    mission's own observation ("In addition, the ODIHR EOM observed ...")."""
    return before.reporter is not None and ADDITIVE_RE.match(text) is not None and not reports_observation(text)


def goes_on_with_detentions(
    reading: Reading, detentions: list[DetentionClaim], infractions: list[InfractionClaim]
) -> bool:
    """A paragraph's first sentence names a source and goes on with the uncounted detentions the paragraph before
    closed on, none of its own counted ("Police detained activists." / "X told reporters that she and others were
    detained ..."); not the mission's own observation."""
    return (
        names_a_source(reading)
        and not infractions
        and all(c.qualifier == "uncounted" for c in detentions)
        and DETENTION_VERB_RE.search(reading.text) is not None
        # a denial goes on with no detention: "The Interior Ministry said nobody had been detained in Almaty"
        and (bool(detentions) or NEGATION_RE.search(reading.text) is None)
    )


def names_a_source(reading: Reading) -> bool:
    """The sentence names a source other than the publisher, and is not the mission's own observation."""
    default = default_reporter(reading.context.publisher)
    return (
        bool(reading.reporters) and reading.reporters[0].reporter != default and not reports_observation(reading.text)
    )
