"""Readings → the records a parser returns: one `ResultClaim` per contestant × area × clause, one
`TurnoutClaim` per area × time × block of text; arithmetic settles readings the words left open."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from sources.figures.agreement import reconcile
from sources.figures.arithmetic import Bases, breaking_pairs, rounded_count, share_fits
from sources.figures.readings import Reading
from sources.figures.sums import cumulative_hours, parts_of_the_whole, result_sums, turnout_sums
from sources.records import Evidence, ResultClaim, Stage, TurnoutClaim, Unread

log = logging.getLogger(__name__)
TURNOUT_FIELDS = ("registered_voters", "ballots_cast", "turnout_pct", "invalid_ballots", "both_marked_ballots",
                  "polling_stations")


@dataclass(frozen=True)
class Located:
    """A reading with where it was read and the stage its words give it."""

    reading: Reading
    evidence: Evidence
    stage: Stage
    as_of: str | None = None


@dataclass
class Assembled:
    results: list[ResultClaim] = field(default_factory=list)
    turnout: list[TurnoutClaim] = field(default_factory=list)
    unread: list[Unread] = field(default_factory=list)


def national_bases(located: Iterable[Located]) -> Bases:
    """The document's national denominators. The sum of the contestants' votes is one only when every contestant
    given a share is given its votes too: a partial sum ("Baytaq received only 2.3 percent", no votes) would make
    every share look like another contestant's."""
    values: dict[str, float] = {}
    votes: dict[str | None, float] = {}
    shared: set[str | None] = set()
    for item in located:
        r = item.reading
        if r.region_name is not None:
            continue
        if r.subject == "indicator" and r.field in {"ballots_cast", "invalid_ballots", "registered_voters"}:
            values.setdefault(r.field, r.value)
        if r.subject == "contestant" and r.field == "votes":
            votes.setdefault(r.name, r.value)
        if r.subject == "contestant" and r.field == "vote_share_pct":
            shared.add(r.name)
    total = sum(votes.values()) if votes and shared <= set(votes) else None
    return Bases(values.get("ballots_cast"), values.get("invalid_ballots"), total, values.get("registered_voters"))


def _respectively(located: list[Located], bases: Bases) -> list[Located]:
    """"X – N голосов, Y – M, что составляет соответственно P % и Q %": the words give both shares to Y;
    the arithmetic gives each share to the contestant of the clause whose votes it matches."""
    out = list(located)
    by_clause: dict[tuple, list[int]] = {}
    for i, item in enumerate(out):
        if item.reading.subject == "contestant":
            by_clause.setdefault((item.evidence, item.reading.region_name, item.reading.clause), []).append(i)
    for indices in by_clause.values():
        votes = {out[i].reading.name: out[i].reading.value for i in indices if out[i].reading.field == "votes"}
        shared: set[str | None] = set()
        for i in indices:
            r = out[i].reading
            if r.field != "vote_share_pct":
                continue
            own = votes.get(r.name)
            if r.name not in shared and (own is None or bases.fits(own, r.value)):
                shared.add(r.name)
                continue
            fitting = [n for n, v in votes.items() if n not in shared and bases.fits(v, r.value)]
            if len(fitting) == 1:
                log.info("share %s re-bound from %s to %s by the arithmetic", r.value, r.name, fitting[0])
                out[i] = replace(out[i], reading=replace(r, name=fitting[0]))
                shared.add(fitting[0])
            else:
                shared.add(r.name)
    return out


def _settle(located: list[Located]) -> list[Located]:
    """A share the words allow to two contestants goes to the one whose votes it matches."""
    bases = national_bases(located)
    located = _respectively(located, bases)
    votes = {(x.reading.name, x.reading.region_name, x.evidence.text): x.reading.value for x in located
             if x.reading.subject == "contestant" and x.reading.field == "votes"}
    out = []
    for item in located:
        r = item.reading
        if r.field == "vote_share_pct" and r.alternatives:
            own = votes.get((r.name, r.region_name, item.evidence.text))
            for other in r.alternatives:
                theirs = votes.get((other, r.region_name, item.evidence.text))
                if theirs is not None and bases.fits(theirs, r.value) and not (own and bases.fits(own, r.value)):
                    log.info("share %s re-bound from %s to %s by the arithmetic", r.value, r.name, other)
                    item = replace(item, reading=replace(r, name=other))
                    break
        out.append(item)
    return out


def _answer_figures(located: list[Located]) -> set[tuple]:
    """The figures given to referendum answers: (area, kind of figure, value)."""
    return {(x.reading.region_name, x.reading.field, x.reading.value) for x in located
            if x.reading.subject == "contestant" and x.reading.contestant_type == "option"}


ANSWER_TWIN = {"ballots_cast": "votes", "turnout_pct": "vote_share_pct"}


def _restated_hours(located: list[Located]) -> list[Located]:
    """"Самый низкий процент явки наблюдается в Астане (19,33%)" in a lead that states no hour, and "- в Астане –
    19,33%" in the table of 12.00 below it: one figure of one area written twice, of the hour the table states."""
    hours: dict[tuple, set[str]] = {}
    for x in located:
        if x.reading.subject == "indicator" and x.as_of is not None:
            key = (x.reading.region_code or x.reading.region_name, x.reading.field, x.reading.value)
            hours.setdefault(key, set()).add(x.as_of)
    out = []
    for x in located:
        key = (x.reading.region_code or x.reading.region_name, x.reading.field, x.reading.value)
        # (the national figure too: a title "Voter turnout stands at 14.21%" over "14.21% … as of 10:10")
        if x.reading.subject == "indicator" and x.as_of is None and (key[0] is not None or (
                x.reading.field == "turnout_pct" and x.reading.value % 1)) and len(hours.get(key, ())) == 1:
            x = replace(x, as_of=next(iter(hours[key])))
        out.append(x)
    return out


REGISTER_FIT = 0.06  # percentage points between an hour's turnout and its count over the register (rounding)


def _register_of_the_day(located: list[Located]) -> list[Located]:
    """"Всего в списки включено N" once below a table of hours: the day's register, stated for no hour. It is the
    register of the first hour whose count over it gives that hour's turnout (the base every later hour's share
    is taken over too); unconfirmed by the arithmetic, it keeps no hour."""
    by_hour: dict[tuple, dict[str, float]] = {}
    for x in located:
        if x.reading.subject == "indicator" and x.as_of is not None:
            area = x.reading.region_code or x.reading.region_name
            by_hour.setdefault((area, x.as_of), {})[x.reading.field] = x.reading.value
    out = []
    for x in located:
        r = x.reading
        if r.subject == "indicator" and r.field == "registered_voters" and x.as_of is None and r.value > 0:
            area = r.region_code or r.region_name
            fits = sorted(hour for (a, hour), f in by_hour.items() if a == area and "registered_voters" not in f
                          and "ballots_cast" in f and "turnout_pct" in f
                          and abs(f["ballots_cast"] / r.value * 100 - f["turnout_pct"]) <= REGISTER_FIT)
            if len(fits) >= 2:  # a table of hours, not one bulletin that happens to fit
                x = replace(x, as_of=fits[0])
        out.append(x)
    return out


def _voters_of_the_register(located: list[Located]) -> list[Located]:
    """"Бюллетени получили 15,63 % избирателей, включенных в списки, – 1 миллион 869 тысяч 61 человек" and "Всего в
    списки внесено 11 961 270": two registers of one area and hour, the smaller the share of the larger that the
    turnout states -- the voters who took a ballot, by the bulletin's own arithmetic."""
    groups: dict[tuple, list[int]] = {}
    for i, x in enumerate(located):
        if x.reading.subject == "indicator":
            groups.setdefault((x.reading.region_code or x.reading.region_name, x.as_of, x.stage), []).append(i)
    out = list(located)
    for indices in groups.values():
        fields = {out[i].reading.field for i in indices}
        registers = sorted({out[i].reading.value for i in indices if out[i].reading.field == "registered_voters"})
        turnouts = {out[i].reading.value for i in indices if out[i].reading.field == "turnout_pct"}
        if "ballots_cast" in fields or len(registers) != 2 or not registers[0] > 0:
            continue
        part, whole = registers
        if any(abs(part / whole * 100 - t) <= REGISTER_FIT for t in turnouts):
            for i in indices:
                r = out[i].reading
                if r.field == "registered_voters" and r.value == part:
                    log.info("%s re-read as ballots cast: %s of the register %s", r.figure.text, part, whole)
                    out[i] = replace(out[i], reading=replace(r, field="ballots_cast"))
    return out


def _cross_check(located: list[Located]) -> tuple[list[Located], list[Unread]]:
    """Each contestant's share against its votes over the base its rivals' pairs agree on (`breaking_pairs`): a
    share bound to the wrong contestant goes to the one whose votes it fits; votes that break a complete set of
    shares are a misprint, unread."""
    groups: dict[tuple, list[int]] = {}
    for i, x in enumerate(located):
        if x.reading.subject == "contestant" and x.reading.field in {"votes", "vote_share_pct"}:
            groups.setdefault((x.reading.region_code or x.reading.region_name, x.stage), []).append(i)
    out, unread, dropped = list(located), [], set()
    for indices in groups.values():
        votes = {str(out[i].reading.name): out[i].reading.value for i in indices if out[i].reading.field == "votes"}
        shares = {str(out[i].reading.name): out[i].reading.value for i in indices
                  if out[i].reading.field == "vote_share_pct"}
        verdicts = breaking_pairs(votes, shares)
        for i in indices:
            r = out[i].reading
            if str(r.name) not in verdicts:
                continue
            target = verdicts[str(r.name)]
            if target is not None and r.field == "vote_share_pct":
                log.info("share %s re-bound from %s to %s by the rivals' base", r.value, r.name, target)
                out[i] = replace(out[i], reading=replace(r, name=target))
            elif target is None and r.field == "votes":
                dropped.add(i)
                unread.append(Unread(r.clause, f"{r.figure.text}: {r.name}'s votes break the base its share and its "
                                               "rivals' pairs agree on (the shares add up to 100)", r.figure.text,
                                     out[i].evidence.page))
    return [x for i, x in enumerate(out) if i not in dropped], unread


def _shares_of_the_register(located: list[Located]) -> tuple[list[Located], list[Unread]]:
    """"Если считать от всех внесённых в списки, «за» — 63,73%": a contestant given two national shares, one its votes
    over those who voted, the other its votes over the register, keeps the first; the second is of another base."""
    bases = national_bases(located)
    if not bases.registered:
        return located, []
    votes = {x.reading.name: x.reading.value for x in located if x.reading.subject == "contestant"
             and x.reading.field == "votes" and x.reading.region_name is None}
    shares: dict[str | None, list[int]] = {}
    for i, x in enumerate(located):
        r = x.reading
        if r.subject == "contestant" and r.field == "vote_share_pct" and r.region_name is None and r.name in votes:
            shares.setdefault(r.name, []).append(i)
    dropped: dict[int, Unread] = {}
    for name, indices in shares.items():
        own = votes[name]
        of_voters = [i for i in indices if bases.fits(own, located[i].reading.value)]
        if not of_voters:
            continue
        for i in indices:
            r = located[i].reading
            if i not in of_voters and share_fits(own, r.value, bases.registered):
                dropped[i] = Unread(r.clause, f"{r.figure.text}: {name}'s votes over the register, not over those "
                                              "who voted", r.figure.text, located[i].evidence.page)
    return [x for i, x in enumerate(located) if i not in dropped], list(dropped.values())


def assemble(located: list[Located]) -> Assembled:
    out = Assembled()
    located = _voters_of_the_register(_register_of_the_day(_restated_hours(_settle(located))))
    located, of_register = _shares_of_the_register(located)
    out.unread += of_register
    located, disagreeing = reconcile(located, lambda x: x.reading, lambda x: x.stage, lambda x: x.evidence.page)
    out.unread += disagreeing
    located, breaking = _cross_check(located)
    out.unread += breaking
    # the release's own sums over what the words bound
    for check in (turnout_sums, parts_of_the_whole, result_sums, cumulative_hours):
        located, broken = check(located)
        out.unread += broken
    answered = _answer_figures(located)
    results: dict[tuple, dict] = {}
    turnout: dict[tuple, dict] = {}
    for item in located:
        r = item.reading
        if r.subject == "contestant":
            key = (r.name, r.region_name, item.evidence, item.stage)
            slot = results.setdefault(key, {})
            if r.field in slot:
                out.unread.append(Unread(r.clause, f"a second {r.field} for {r.name}: {r.figure.text}",
                                         r.figure.text, item.evidence.page))
                continue
            slot[r.field] = int(r.value) if r.field in {"votes", "seats"} else r.value
        elif (r.region_name, ANSWER_TWIN.get(r.field), r.value) in answered:
            # "N took part" where another sentence gives the same N to an answer: a lead that drops its
            # subject ("Yes"), not the turnout; a figure cannot be both
            out.unread.append(Unread(r.clause, f"{r.figure.text}: the figure of a referendum answer, not {r.field}",
                                     r.figure.text, item.evidence.page))
        else:
            key = (r.region_name, item.as_of, item.evidence, item.stage)
            slot = turnout.setdefault(key, {})
            if r.field in slot:
                count = r.field != "turnout_pct"
                if slot[r.field] != r.value and count and rounded_count(slot[r.field], r.value):
                    slot[r.field] = int(r.value)  # "7,68 млн избирателей – 7 681 904 человек": the exact one
                elif slot[r.field] != r.value and not (count and rounded_count(r.value, slot[r.field])):
                    out.unread.append(Unread(r.clause, f"a second {r.field}: {r.figure.text}", r.figure.text,
                                             item.evidence.page))
                continue
            slot[r.field] = r.value if r.field == "turnout_pct" else int(r.value)
    for (name, region, evidence, stage), values in results.items():
        out.results.append(ResultClaim(name, stage, evidence, votes=values.get("votes"),
                                       vote_share_pct=values.get("vote_share_pct"), seats=values.get("seats"),
                                       region_name=region))
    for (region, as_of, evidence, stage), values in turnout.items():
        out.turnout.append(TurnoutClaim(stage, evidence, as_of=as_of, region_name=region,
                                        **{f: values.get(f) for f in TURNOUT_FIELDS}))
    return out
