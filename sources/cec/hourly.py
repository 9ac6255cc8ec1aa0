"""A results release that also tells the day's turnout hour by hour ("к 10:00 в области проголосовали 26,64%, к
16:00 — 72,63%"): the results reading binds the figures to contestants and gives a turnout no hour, so the turnout
figures are taken from the turnout reading of the same page, where each keeps the hour its own text states.

Only a figure the results reading gave to no contestant is taken, and only with an hour from the page's body (a
sentence or its paragraph), never the title's or the publication's: a final's "явка составила 54,21 %" stays as the
results reading has it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from itertools import pairwise

from sources.cec.hours import is_dateline
from sources.figures.claims import Located
from sources.figures.text_layer import stated_clock
from sources.html_text import HtmlPage
from sources.text.numbers import read_numbers


def states_hours(page: HtmlPage) -> bool:
    """Some paragraph of the body (not a dateline) states a clock."""
    return any(stated_clock(p) for p in page.paragraphs if not is_dateline(p))


FIRST_TURNOUT_HOUR = 8  # polls open at 07:00: an earlier hour beside results is when the count's data came in


def _while_polls_are_open(as_of: str) -> bool:
    """ "По предварительным данным на 6.00 5 декабря, ... приняли участие 6 771 940 человек": the morning after,
    the hour the count's data were compiled, not an hour of the voting day."""
    return int(as_of.split(":")[0]) >= FIRST_TURNOUT_HOUR


def hours_off_the_vote(paragraphs: list[str], vote_day: dt.date | None) -> set[str]:
    """ "к 9 часам 11 января", "21 наурыз күні сағат 12.00-де" in the results of a vote the day before: clocks of a day
    after it, when the count's data came in or were announced, no hour of the voting day (nor of any figure the page
    gives that hour)."""
    off: set[str] = set()
    if vote_day is None:
        return off
    for paragraph in paragraphs:
        for first, second in pairwise(read_numbers(paragraph)):
            # the date right after the clock ("к 9 часам 11 января") or before it ("21 наурыз күні сағат 12.00-де")
            clock, date = (first, second) if first.kind == "clock" else (second, first)
            gap = second.start - first.end
            if clock.kind == "clock" and clock.clock and date.kind == "date" and gap <= (3 if clock is first else 14) \
                    and date.day is not None and (date.day, date.month) != (vote_day.day, vote_day.month):
                off.add(clock.clock)
    return off


def _key(item: Located) -> tuple[str, int, str]:
    return item.reading.clause, item.reading.figure.start, item.reading.figure.text


def with_hours(as_results: list[Located], hourly: list[Located], off: set[str] = frozenset()) -> list[Located]:
    """`as_results` with its turnout figures replaced by the hourly reading's where that one has an hour (none of
    the hours `off` the voting day), and the hourly reading's other turnout figures added (the elided "к 16:00 —
    72,63%" the results reading left unread)."""
    given = {_key(x) for x in as_results if x.reading.subject == "contestant"}
    timed = {_key(x): x for x in hourly if x.reading.subject == "indicator" and x.as_of and _key(x) not in given
             and _while_polls_are_open(x.as_of) and x.as_of not in off}
    if not timed:
        return as_results
    out: list[Located] = []
    for item in as_results:
        if item.reading.subject == "indicator" and (found := timed.pop(_key(item), None)) is not None:
            out.append(replace(found, stage=item.stage))
        else:
            out.append(item)
    stage = next((x.stage for x in as_results), None)
    out.extend(replace(x, stage=stage) if stage else x for x in timed.values())
    return out
