"""The publication's own arithmetic: a share ≈ votes ÷ base, a set's shares ≈ 100, turnout ≈ cast ÷ registered.

Used to decide between readings the words leave open (a share that could belong to the contestant on
its left or on its right), and to tell which base a document's shares are taken of.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

# A published share is rounded to one or two decimals; copies misprint the last digit.
SHARE_TOLERANCE = 0.06
SUM_TOLERANCE = 0.6


def share_fits(votes: float, share: float, base: float | None, tolerance: float = SHARE_TOLERANCE) -> bool:
    return bool(base) and abs(votes / base * 100 - share) <= tolerance  # type: ignore[operator]


@dataclass(frozen=True)
class Bases:
    """The denominators a document's shares can be of."""

    cast: float | None = None
    invalid: float | None = None
    votes_sum: float | None = None
    registered: float | None = None

    def candidates(self) -> list[float]:
        out = [self.cast, self.votes_sum]
        if self.cast and self.invalid:
            out.append(self.cast - self.invalid)  # valid ballots
        return [b for b in out if b]

    def fits(self, votes: float, share: float) -> bool:
        return any(share_fits(votes, share, b) for b in self.candidates())


def shares_total(shares: Iterable[float]) -> float:
    return round(sum(shares), 2)


def complete(shares: Iterable[float]) -> bool:
    """A set of shares that adds up to 100 (within rounding): no contestant is missing."""
    return abs(shares_total(shares) - 100) <= SUM_TOLERANCE


def turnout_fits(cast: float, registered: float, turnout_pct: float) -> bool:
    return share_fits(cast, turnout_pct, registered, tolerance=0.06)
