"""What the binder yields: one figure bound to its subject (`Reading`), and a clause's readings and unread."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from sources.records import Unread
from sources.text import Number

SubjectKind = Literal["contestant", "indicator"]
FEWEST_VOTES = 1000  # below this a count given to a contestant is not its votes (a seat count, a number of parties)
UNPAIRED = "figures given 'respectively'"  # an Unread's reason: contestants' figures, which one's unknown


@dataclass(frozen=True)
class Reading:
    """One figure bound to its subject."""

    figure: Number
    subject: SubjectKind
    field: str  # votes | vote_share_pct | seats, or a turnout field
    value: float
    name: str | None = None  # the contestant
    contestant_type: str | None = None
    region_name: str | None = None
    region_code: str | None = None
    clause: str = ""
    alternatives: tuple[str, ...] = ()  # other contestants the words allowed (arithmetic decides)


@dataclass
class ClauseReading:
    clause: str
    readings: list[Reading] = field(default_factory=list)
    unread: list[Unread] = field(default_factory=list)
