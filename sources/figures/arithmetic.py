"""The publication's own arithmetic: a share ≈ votes ÷ base, a set's shares ≈ 100, turnout ≈ cast ÷ registered.

Used to decide between readings the words leave open (a share that could belong to the contestant on
its left or on its right), and to tell which base a document's shares are taken of.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sources.figures.readings import ClauseReading, Reading
from sources.text import Number

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


CONSENSUS = 3  # contestants whose votes and shares agree on one base before it judges another's pair


def consensus_base(pairs: dict[str, tuple[float, float]]) -> tuple[float, set[str]] | None:
    """The base (ballots the shares are of) that most contestants' (votes, share) pairs agree on, and those
    contestants; None when fewer than `CONSENSUS` agree. A large share gives the most precise base."""
    best: tuple[int, float, float, set[str]] | None = None
    for votes, share in pairs.values():
        if share <= 0:
            continue
        base = votes * 100 / share
        agreeing = {n for n, (v, s) in pairs.items() if share_fits(v, s, base)}
        key = (len(agreeing), share)
        if best is None or key > best[:2]:
            best = (len(agreeing), share, base, agreeing)
    if best is None or best[0] < CONSENSUS:
        return None
    return best[2], best[3]


def breaking_pairs(votes: dict[str, float], shares: dict[str, float]) -> dict[str, str | None]:
    """Contestants whose votes and share break the base their rivals' pairs agree on. Each maps to the one
    contestant whose votes its share fits and who has no share of its own (the share was bound to the wrong
    contestant), or to None when the shares add up to 100 and so the votes are the misprint. A pair that fits
    neither reading is left as written: a misprint cannot be told from a wrong binding."""
    pairs = {n: (votes[n], shares[n]) for n in votes if n in shares}
    found = consensus_base(pairs)
    if found is None:
        return {}
    base, agreeing = found
    out: dict[str, str | None] = {}
    for name, (_v, share) in pairs.items():
        if name in agreeing or len(agreeing - {name}) < CONSENSUS:
            continue
        fitting = [n for n, v in votes.items() if n != name and share_fits(v, share, base)]
        if len(fitting) == 1 and fitting[0] not in shares:
            out[name] = fitting[0]
        elif not fitting and complete(shares.values()):
            out[name] = None
    return out


def cast_by_turnout(out: ClauseReading, numbers: Sequence[Number]) -> None:
    """A count the words left unbound whose share of the register read in the same clause is the turnout read
    there: "8 301 239 voters, or 69.44 percent of the 11 954 275 on the lists, had cast their ballots" -- the
    count is the ballots cast, by the clause's own arithmetic. The count's unread entry gives way to the reading."""
    national = [r for r in out.readings if r.region_name is None and r.subject == "indicator"]
    turnout = [r.value for r in national if r.field == "turnout_pct"]
    registered = [r.value for r in national if r.field == "registered_voters"]
    if len(turnout) != 1 or len(registered) != 1 or any(r.field == "ballots_cast" for r in national):
        return
    unread = {u.figure: u for u in out.unread}
    for number in numbers:
        u = unread.get(number.text)
        if u is None or number.kind != "count" or not number.value < registered[0]:
            continue
        if turnout_fits(number.value, registered[0], turnout[0]):
            out.readings.append(Reading(number, "indicator", "ballots_cast", number.value, clause=out.clause))
            out.unread.remove(u)
            return


# A count in apposition to the turnout share, either side: "62.46 percent of voters on the lists, or 7,470,443
# people", "получили 3 698 984 избирателя, или 30,72 процента от общего числа граждан, включённых в списки".
# the words that join two figures of the same people: "N, или P %", "P пайызы, яғни N", "P percent, or N"
_SAME_PEOPLE = r"(?:or|или|яғни|немесе|то\s+есть|т\.\s*е\.|i\.e\.)"
_COUNT_AFTER_SHARE_RE = re.compile(
    # the share's base may follow it in the genitive, a participle of its own after a comma: "62,87 % граждан,
    # включенных в списки избирателей, – это 7,32 млн человек"
    rf"^\s*(?:(?:of|от|из)\s+)?[^;\d]{{0,80}}?\s*,?\s*(?:{_SAME_PEOPLE}|[–—])\s*(?:это\s+|бұл\s+|that\s+is\s+)?$", re.I)
# the count's own noun at most between: "3 698 984 избирателя, или 30,72 процента"
_COUNT_BEFORE_SHARE_RE = re.compile(rf"^\s*(?:[^\W\d]+\s*)?,?\s*(?:{_SAME_PEOPLE}|[–—]|\()\s*$", re.I)


ROUNDED_RELATIVE = 0.005  # "6,69 млн" for 6 694 000: a count rounded to three significant digits


def rounded_count(rounded: float, exact: float) -> bool:
    """`rounded` is `exact` told in thousands ("7,68 млн" for 7 681 904), or `exact` itself when that is whole."""
    return rounded == round(rounded, -3) and abs(exact - rounded) <= ROUNDED_RELATIVE * exact


def cast_restating_turnout(out: ClauseReading, numbers: Sequence[Number]) -> None:
    """A count set beside the turnout share as the same people ("P percent of those on the lists, or N people"; "N
    voters, or P percent of those on the lists") is the ballots cast, whatever register word stands between: the
    register is the share's base, not the count's field. Read as the register or left unread, it becomes the cast."""
    told = [r for r in out.readings if r.field == "ballots_cast" and r.region_name is None]
    for share in [r for r in out.readings if r.field == "turnout_pct"]:
        for number in numbers:
            # (a cast told already stands, unless it is this count rounded: "7,68 млн избирателей – 7 681 904")
            if number.kind != "count" or not all(rounded_count(r.value, number.value) for r in told):
                continue
            text = out.clause
            after = share.figure.end <= number.start and _COUNT_AFTER_SHARE_RE.match(
                text[share.figure.end: number.start])
            before = number.end <= share.figure.start and _COUNT_BEFORE_SHARE_RE.match(
                text[number.end: share.figure.start])
            if not (after or before):
                continue
            own = [r for r in out.readings if r.figure.start == number.start]
            if own and not all(r.field == "registered_voters" and r.region_name == share.region_name for r in own):
                continue
            if not own and not any(u.figure == number.text and u.reason.startswith("no contestant or indicator")
                                   for u in out.unread):
                continue  # unread for a reason of its own: a bound ("более 8,1 млн"), another vote's figure
            registers = [r.value for r in out.readings if r.field == "registered_voters" and r.figure is not number
                         and r.region_name == share.region_name]
            if registers and not turnout_fits(number.value, registers[0], share.value):
                continue  # "7 204 118 voters, or 51.90 percent of the 11 953 800": the clause's own sums disagree
            for r in own + told:
                out.readings.remove(r)
            out.unread = [u for u in out.unread if u.figure != number.text]
            out.readings.append(Reading(number, "indicator", "ballots_cast", number.value,
                                        region_name=share.region_name, region_code=share.region_code,
                                        clause=out.clause))
            return


# a contestant's votes, then the same people as a share: "«X» үшін 5 660 362 сайлаушы, яғни 81,37 пайызы дауыс берді"
_SHARE_RESTATING_VOTES_RE = re.compile(rf"^\s*(?:[^\W\d]+\s*)?,?\s*{_SAME_PEOPLE}\s*$", re.I)


def share_restating_votes(out: ClauseReading) -> None:
    """A share set beside a contestant's votes as the same people ("N сайлаушы, яғни P пайызы") is that contestant's
    share, not the turnout a participation verb after it would make it."""
    votes = [r for r in out.readings if r.subject == "contestant" and r.field == "votes"]
    for i, r in enumerate(out.readings):
        if r.subject != "indicator" or r.field != "turnout_pct":
            continue
        before = next((v for v in reversed(votes) if v.figure.end <= r.figure.start), None)
        if before is not None and _SHARE_RESTATING_VOTES_RE.match(out.clause[before.figure.end: r.figure.start]):
            out.readings[i] = Reading(r.figure, "contestant", "vote_share_pct", r.value, before.name,
                                      before.contestant_type, before.region_name, before.region_code, r.clause)
