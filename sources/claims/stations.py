"""Where a finding was made: shares of observations and counts of polling stations (infractions.py's other shapes
are counts of a measure noun).

- a share of observations with a finding or an assessment, as the text writes it: "the count was assessed negatively
  in more than half of the polling stations observed" (value 50, 'more than'), "in one in four", "in 12 per cent of
  observations", "in 27 per cent of the 118 counts" (value 27, base 118);
- N of the M stations or commissions observed: the stations as written, the sample their base (sampled.py): "the
  count was assessed negatively in 62 of the 115 polling stations observed" (polling_stations 62, base 115), "в 14
  из 56 ТИК, где велось наблюдение", "бақылау жүргізілген 210 учаскенің 42-сінде" (42, base 210) -- the share is the
  analyst's arithmetic, never a figure the warehouse makes up;
- polling stations where a finding was made, the finding named first (or the stations fronted): "ballot box
  stuffing was observed in 15 polling stations", "in 6 of the 40 polling stations in the district" (value 6, base
  40); the stations said once for a list of kinds ("... in 17 polling stations, ballot box stuffing in 6 and group
  voting in 11"). Stations observed, visited or followed are coverage, never a value.

`Counted` is what either shape (and infractions.py's) makes of one number. The Kazakh shapes are in stations_kk.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from sources.claims.gapped import gapped_process
from sources.claims.kinds import categories as _categories
from sources.claims.kinds import category_of as _category_of
from sources.claims.quantities import Quantity, parse_number
from sources.claims.reading import Reading
from sources.claims.sampled import (
    WRITTEN_SHARE_RE,
    part_of_sample,
    sample_before,
    sample_in,
    sampled_share,
    written_share,
)
from sources.claims.scope import denied_apart, sub_clause_of
from sources.claims.source_frames import FRAMED_LEAD_RE
from sources.claims.stations_kk import kk_stations
from sources.claims.vocabulary import ASSESSMENT_RE, GENERIC_VIOLATION_RE, OBSERVATIONS_RE, POLLING_STATIONS_RE

FLAGS = re.IGNORECASE

# "in a further 11", "at another 4", "ещё на 5": a count added to the one before is still where a finding was made
_FURTHER = r"(?:a\s+further\s+|another\s+|an\s+additional\s+|(?:ещё|еще)\s+)?"
# where, or where to: "denied access to 46 polling stations"
_LOCATIVE_BEFORE_RE = re.compile(rf"\b(?:in|at|from|on|access\s+to|в|на|по|с|со|из)\s+(?:the\s+)?{_FURTHER}$", FLAGS)
_OTHERS_RE = re.compile(r"\s+(?:others|more)\b(?!\s+(?:than|of)\b)|\s+(?:других|остальных)(?![\w-])", FLAGS)
_FURTHER_AFTER_RE = re.compile(
    r"(?:further|more|additional|other)\s+(?=(?:polling\s+)?stations|PECs?|precincts)", FLAGS)
_FRONTED_RE = re.compile(r"^\s*(?:in|at|в|на)\s+\S+(?:\s+\S+){0,6}?,", FLAGS)  # "In 15 polling stations, ..."
# a list item's mark may come first: "; and (d) in 8 polling stations, …"; an added count: "and in a further 31"
_STATIONS_LEAD_RE = re.compile(
    r"[\s,]*(?:(?:что|that|where|где|while|although|though|хотя|and|и|а|also|также|но|однако|but|however|yet)\s+)?"
    # a connective set off first: "Кроме того, на 6 участках …", "In addition, in 5 polling stations …"
    r"(?:(?:кроме\s+того|помимо\s+этого|in\s+addition|moreover|furthermore|besides)\s*,\s*)?"
    r"(?:\(?[a-zа-я\d]\)\s*)?(?:(?:ещё|еще)\s+)?"
    rf"(?:in|at|в|на)\s+{_FURTHER}",
    FLAGS,
)
# Kazakh names the base first: "байқалған учаскелердің 30 пайызында", "бақылаулардың 7 пайызында".
_OBSERVATIONS_BEFORE_RE = re.compile(r"(?:учаске\w*|комиссия\w*|бақылау\w*|наблюдени\w*)\s+$", FLAGS)
_VOTING_AT_RE = re.compile(
    r"(?P<verb>голосовани\w*|проголосова\w*|voting|voted|vote)\s+(?:at|in|on|на|в)\s+$", FLAGS
)
_DENOMINATOR_RE = re.compile(r"\s+(?:of|out\s+of|из)\s+(?:the\s+|all\s+)?(?P<base>\d[\d,  ]*\d|\d)\s+", FLAGS)
_STATIONS_NOUN_RE = re.compile(
    r"(?:\w+\s+)?(?:polling\s+stations?|PECs?|precincts|участк\w*|учаске\w*"
    r"|(?<!police\s)(?<!railway\s)(?<!radio\s)stations)",  # "in nine stations" of a vote
    FLAGS,
)


@dataclass(frozen=True)
class Counted:
    quantity: Quantity
    measure: str
    category: str
    value: float | None = None  # when not the quantity's own figure (a share computed from "N of M")
    base: float | None = None


@lru_cache(maxsize=256)
def speaks_of_violations(text: str, start: int, end: int) -> bool:
    return bool(GENERIC_VIOLATION_RE.search(text, start, end) or _categories(text, start, end))


def denominator(text: str, position: int) -> tuple[float | None, int]:
    """The denominator right after a count: "62 of the 115" → (115, end of "115 ")."""
    m = _DENOMINATOR_RE.match(text, position)
    if m is None:
        return None, position + len(text[position:]) - len(text[position:].lstrip())
    return parse_number(m.group("base")), m.end()


def own_category(text: str, part: tuple[int, int], q: Quantity, prev_end: int) -> str | None:
    """The kind a share or a station count belongs to: the kinds named between the previous figure and this one
    ("ballot box stuffing in 5 polling stations and group voting in 3 per cent"), else the statement's."""
    own = [c for c in _categories(text, max(part[0], prev_end), part[1])
           if c[0] < q.start and not denied_apart(text, part, c, q.start)]
    # a list closed by a new item before the share: "cases of stuffing and of multiple voting, as well as indications
    # of group voting in 14 per cent" -- the share is the last item's
    split = [i for i in range(1, len(own)) if _NEW_ITEM_RE.search(text, own[i - 1][1], own[i][0])]
    if split:
        own = own[split[-1]:]
    if own:
        return _category_of(text, own)
    if prev_end > part[0]:  # a later item of a list, its kind after its count: "…, ещё на 6 участках — X"
        after = [c for c in _categories(text, q.end, part[1]) if c[2] != "mixed"]
        if after:
            return after[0][2]
    return _category_of(text, [c for c in _categories(text, *part) if not denied_apart(text, part, c, q.start)])


_NEW_ITEM_RE = re.compile(r"\bas\s+well\s+as\b|;|,\s*а\s+также\b|\bсондай-ақ\b", FLAGS)


def share_of_observations(reading: Reading, q: Quantity, part: tuple[int, int], prev_end: int) -> Counted | None:
    text = reading.text
    clause = reading.clause_of(q.start)
    tail = text[q.end : clause[1]].lstrip()
    _, after_base = denominator(text, q.end)  # "в каждом пятом из 97 наблюдавшихся участков": the base first
    if after_base > q.end and OBSERVATIONS_RE.match(text[after_base : clause[1]].lstrip()):
        tail = text[after_base : clause[1]].lstrip()
    elided = False
    sample = sample_before(reading) if _OF_THESE_RE.match(text, q.end) else None
    if _OF_THESE_RE.match(text, q.end) and (POLLING_STATIONS_RE.search(text, 0, q.start) or sample is not None):
        # "assessed … in the polling stations visited …, bad in 7 per cent of them"; "Observers reported on the count
        # from 118 polling stations. The count was assessed as bad or very bad in 27 per cent of these."
        tail = "observations"
    if not (OBSERVATIONS_RE.match(tail) or _OBSERVATIONS_BEFORE_RE.search(text, max(clause[0], q.start - 40), q.start)):
        if not (_base_said_before(reading, q) or _base_said_after(reading, q) or _missions_bracket(reading, q)):
            return None
        elided = True
    category = gapped_process(reading, q) or own_category(text, part, q, prev_end)
    if elided and category in (None, "mixed"):
        return None  # "and in 14 per cent, identical signatures": an item of the list names its own kind
    if category is None:
        if not (GENERIC_VIOLATION_RE.search(text, *part) or ASSESSMENT_RE.search(text, *part)):
            return None
        category = "mixed"
    base, _ = denominator(text, q.end)
    if base is None and sample is not None and not POLLING_STATIONS_RE.search(text, 0, q.start):
        base = sample
    return Counted(q, "share_of_observations_pct", category, base=base)


# "In 9 per cent of polling stations observed, X; and in 14 per cent, Y; Z was seen in 11 per cent": the base of
# observations said once for the sentence's list of shares, each later share standing after "in" ("в") with no base.
_SHARE_LOCATIVE_BEFORE_RE = re.compile(r"(?:^|[\s,;])(?:in|в|во)\s+(?:a\s+further\s+|another\s+|ещё\s+)?$", FLAGS)


# "group voting (12 per cent of polling stations observed) and X (17 per cent)"
_BRACKET_BEFORE_RE = re.compile(r"\(\s*(?:(?:in|at|на|в|во)\s+)?$", re.IGNORECASE)


def _base_said_before(reading: Reading, q: Quantity) -> bool:
    text = reading.text
    before = (max(0, q.start - 20), q.start)
    if not (_SHARE_LOCATIVE_BEFORE_RE.search(text, *before) or _BRACKET_BEFORE_RE.search(text, *before)):
        return False
    if OBSERVATIONS_RE.match(text[q.end :].lstrip()) is None and re.match(r"\s+(?:of|из)\s", text[q.end :]):
        return False  # "in 14 per cent of the ballots" has a base of its own
    return any(
        p.share and p.end <= q.start and OBSERVATIONS_RE.match(text[p.end : p.end + 80].lstrip())
        for p in reading.quantities
    )


def _missions_bracket(reading: Reading, q: Quantity) -> bool:
    """"голосование без документа (9 процентов), групповое голосование (8 процентов)": in a mission's report a bare
    per cent in brackets after a kind is the share of its observations, the only per cent its findings give."""
    text = reading.text
    bracket = _BARE_BRACKET_RE.search(text, max(0, q.start - 3), q.start)
    if reading.context.publisher != "osce" or bracket is None or not re.match(r"\s*\)", text[q.end:]):
        return False
    # the kind's words end its item, a few words before the bracket ("голосование без документа, удостоверяющего
    # личность (9 процентов)"); "... stations observed (35 per cent)" glosses a count, not a kind
    return any(_ITEM_TAIL_RE.fullmatch(text, e, bracket.start())
               for _, e, _ in _categories(text, max(0, bracket.start() - 160), bracket.start()))


_ITEM_TAIL_RE = re.compile(r"[^\d();:.]{0,45}")


BASE_AFTER_REACH = 120  # characters from a share to the next one, whose base of observations it shares


def _base_said_after(reading: Reading, q: Quantity) -> bool:
    """"X in 12 per cent and Y in 3 per cent of polling stations observed": the base said once, after the last
    share of the list."""
    text = reading.text
    if not q.share or not _SHARE_LOCATIVE_BEFORE_RE.search(text, max(0, q.start - 20), q.start):
        return False
    if re.match(r"\s+(?:of|из)\s", text[q.end :]):
        return False  # its own base, whatever it is
    return any(
        p.share and q.end < p.start <= q.end + BASE_AFTER_REACH and re.search(r"[.;]", text[q.end : p.start]) is None
        and OBSERVATIONS_RE.match(text[p.end : p.end + 80].lstrip())
        for p in reading.quantities
    )


def _finding_first(reading: Reading, q: Quantity, part: tuple[int, int]) -> bool:
    """A finding is named before the count in its statement, or the stations lead the sentence."""
    text = reading.text
    if speaks_of_violations(text, part[0], q.start) or ASSESSMENT_RE.search(text, part[0], q.start):
        return True
    if gapped_process(reading, q) is not None:
        return True  # "…, and the count in 76 of 145 observations": the assessment said once, before
    fronted = _FRONTED_RE.match(text)
    if fronted is not None and fronted.end() > q.end and speaks_of_violations(text, *part):
        return True
    # The stations open their statement and a kind is named after them: "(..., что) на пяти участках наблюдателям
    # не выдали протокол", "at 12 polling stations ballot box stuffing was seen".
    own = sub_clause_of(text, part, q.start)
    framed = FRAMED_LEAD_RE.match(text, own[0], q.start)  # "По данным миссии, на 5 участках …": its source first
    lead = own[0] if framed is None else framed.end()
    return _STATIONS_LEAD_RE.fullmatch(text, lead, q.start) is not None and any(
        category != "mixed" for _, _, category in _categories(text, q.end, part[1])
    )


_BASE_OF_A_SHARE_RE = re.compile(r"(?:%|процент\w*|per\s*cent|percent|пайыз\w*)\s+(?:из|of(?:\s+the)?)\s+$", re.I)


def stations_counted(reading: Reading, q: Quantity, part: tuple[int, int], prev_end: int) -> Counted | None:
    """Polling stations (or observations) where a finding was made: "in 62 of the 115 polling stations"."""
    text = reading.text
    if _BASE_OF_A_SHARE_RE.search(text, max(0, q.start - 30), q.start):
        return None  # "на 41 проценте из 152 участков": the stations are the share's base, no count of their own
    base, after = denominator(text, q.end)
    if (further := _FURTHER_AFTER_RE.match(text, after)) is not None:
        after = further.end()  # "In 17 further polling stations, …": a count added to the one before
    clause = reading.clause_of(q.start)
    before = max(clause[0], q.start - 40)
    if (kk := kk_stations(text, q, part)) is not None:
        measure, category, value, kk_base = kk
        return Counted(q, measure, category, value=value, base=kk_base)
    if (bracketed := _bracketed(text, q, part)) is not None:
        return bracketed
    if base is None and (of_sample := _part_of_sample(reading, q, part, prev_end)) is not None:
        return of_sample
    if not _LOCATIVE_BEFORE_RE.search(text, before, q.start):
        return None
    if _OTHERS_RE.match(text, q.end) and _stations_counted_before(reading):
        # "… in 7 polling stations. In at least 5 others, observers were restricted": more stations, said once
        category = own_category(text, part, q, prev_end)
        return Counted(q, "polling_stations", category) if category not in (None, "mixed") else None
    if not _finding_first(reading, q, part):
        return None
    voting = _VOTING_AT_RE.search(text, before, q.start)
    if voting is not None and not _names_kind_at(text, part, voting.end("verb")):
        return None  # "voting at two or more polling stations" says what was done, not where it was seen
    category = gapped_process(reading, q) or own_category(text, part, q, prev_end) or "mixed"
    if POLLING_STATIONS_RE.match(text, after) or (base is not None and _STATIONS_NOUN_RE.match(text, after)) or (
            base is None and _COUNTS_SAID_RE.match(text, after)):
        written = written_share(text, q, base, after)
        if written is not None:  # "в 14 из 112 посещённых участков (12,5%)": the share the text writes itself
            return Counted(q, "share_of_observations_pct", category, value=written, base=base)
        if WRITTEN_SHARE_RE.match(text, after) is None and (share := sampled_share(text, q, base, after)) is not None:
            return _of_sample(q, category, share.base)
        if base is not None and q.figure is not None and base in {sample_in(text, q.start), sample_before(reading)}:
            # "Наблюдатели работали на 412 участках. На 41 из 412 участков …": the base is the sample counted before
            return _of_sample(q, category, base)
        return Counted(q, "polling_stations", category, base=base)
    if base is None and _OF_THE_OBSERVED_RE.match(text, q.end):
        return Counted(q, "polling_stations", category)  # "In five of the counts observed, … stuffing": no base given
    if (share := sampled_share(text, q, base, after)) is not None:  # "in 14 of the 56 TECs where it was observed"
        return _of_sample(q, category, share.base)
    if base and q.figure is not None and OBSERVATIONS_RE.match(text, after):  # "in 9 of the 40 counts observed"
        return _of_sample(q, category, base)
    if base is None and _elided_stations(text, q, part, prev_end):
        return Counted(q, "polling_stations", own_category(text, part, q, prev_end) or "mixed")
    if base is None and (fronted_kind := _elided_fronted(text, q, part)) is not None:
        return Counted(q, "polling_stations", fronted_kind)
    if base is None and _OF_THESE_RE.match(text, q.end) and (
            _STATIONS_COUNTED_RE.search(text, 0, q.start) or _stations_counted_before(reading)):
        # "Recounts were held in 7 PECs; in 3 of these, ... stuffing"; "… in 26 of the 104 polling stations observed.
        # In 10 of these, observers were not given …"
        return Counted(q, "polling_stations", category)
    return None


def _of_sample(q: Quantity, category: str, base: float) -> Counted:
    """"in 62 of the 115 polling stations observed": the stations as written, out of the sample they are part of (the
    share is the analyst's arithmetic, value / base: the warehouse keeps the figures the text gives)."""
    return Counted(q, "polling_stations", category, base=base)


def _stations_counted_before(reading: Reading) -> bool:
    """The sentence before, in the paragraph, counted polling stations."""
    account = reading.account
    return bool(account.in_paragraph and account.sentences and _STATIONS_COUNTED_RE.search(account.sentences[-1]))


def _part_of_sample(reading: Reading, q: Quantity, part: tuple[int, int], prev_end: int) -> Counted | None:
    """A part of the sample the sentence (or the one before) counted first: "observed 30 counts; in 12 of them, …, and
    in 5 …"."""
    text = reading.text
    share = part_of_sample(text, q, sample_before(reading))
    if share is None:
        return None
    category = own_category(text, part, q, prev_end)
    if category in (None, "mixed"):  # the finding's words run from the sample to the part: "counts; in 12 of them, …"
        found = [k for k in _categories(text, share.sample_start or part[0], part[1]) if k[2] != "mixed"]
        # ... or stand between them: "observed the count in 114 polling stations, and assessed it negatively in 44"
        spanning = [k for k in found if k[1] > q.end] or [k for k in found if k[1] <= q.start]
        category = spanning[0][2] if spanning else None
    return None if category is None else _of_sample(q, category, share.base)


# A part of the stations counted before it in the sentence: "in 3 of these", "в трёх из них".
_OF_THESE_RE = re.compile(r"\s+(?:of\s+(?:these|them|those|which)|из\s+(?:них|которых))\b", FLAGS)
_STATIONS_COUNTED_RE = re.compile(rf"\d+\s+(?:[\w-]+\s+)?{POLLING_STATIONS_RE.pattern}", FLAGS)


# A kind's count in brackets, its unit said by an earlier bracket of the list: "ballot box stuffing (in 19 polling
# stations), seemingly identical signatures on voter lists (43) and group voting (...)".
_BARE_BRACKET_RE = re.compile(r"\(\s*$")
_BRACKET_CLOSE_RE = re.compile(r"\s*\)")


def _bracketed(text: str, q: Quantity, part: tuple[int, int]) -> Counted | None:
    if not _BARE_BRACKET_RE.search(text, max(0, q.start - 3), q.start) or not _BRACKET_CLOSE_RE.match(text, q.end):
        return None
    said = [
        m
        for m in _STATIONS_SAID_RE.finditer(text, 0, q.start)
        if text.rfind("(", 0, m.start()) > text.rfind(")", 0, m.start())  # said inside a bracket itself
    ]
    if not said:
        return None
    bracket = q.start - 1 - (len(text[: q.start]) - len(text[: q.start].rstrip("( ")))
    kinds = [k for k in _categories(text, max(part[0], said[-1].end()), q.start) if k[1] <= bracket + 2]
    kind = kinds[-1][2] if kinds else None
    return Counted(q, "polling_stations", kind) if kind is not None and kind != "mixed" else None


# The stations said once, each later count fronting its own finding: "In 9 polling stations the chairperson did not
# announce the results, and in 4 the protocol had been signed before the count", "на 9 участках ..., а на 4 — ...".
_FRONTED_ITEM_RE = re.compile(r"\s*(?:,\s*|\s[—–-]\s*)?(?=(?:the|a|an|some|its|their)\s|[—–-]|,)", FLAGS)


def _elided_fronted(text: str, q: Quantity, part: tuple[int, int]) -> str | None:
    if _FRONTED_ITEM_RE.match(text, q.end) is None:
        return None
    if _STATIONS_SAID_RE.search(text, 0, q.start) is None:
        return None
    kinds = _categories(text, q.end, part[1])
    kind = _category_of(text, kinds)
    return kind if kind is not None and kind != "mixed" else None




# The stations said once for a list of kinds: "identical signatures in 17 polling stations, ballot box stuffing in 6
# and group voting in 11" -- the later counts end their item, and a kind of their own stands right before them.
_ITEM_END_RE = re.compile(r"\s*(?:[,;.)]|and\b|и\b|а\b|$)", FLAGS)
# the count of stations a digit or a number word: "ballot box stuffing was witnessed in two polling stations and …"
_STATION_COUNT = (r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|двух|трёх|трех|четырёх"
                  r"|четырех|пяти|шести|семи|восьми|девяти|десяти|екі|үш|төрт|бес|алты|жеті|сегіз|тоғыз|он)")
# the counts observed stand for their stations: "in 38 counts observed, unused ballots were not cancelled, and in 27 …"
# the part of the observations with no number for them: "In five of the counts observed, …"
_OF_THE_OBSERVED_RE = re.compile(
    r"\s+of\s+the\s+(?:counts|polling\s+stations|stations|precincts)\s+(?:observed|visited|followed)\b", FLAGS)
_COUNTS_OBSERVED_RE = re.compile(r"counts?\s+observed\b|наблюдавш\w+\s+подсч[её]т\w*", FLAGS)
# the counts where a finding was made are the stations that held them: "restricted in their observation in 12 counts"
_COUNTS_SAID_RE = re.compile(rf"{_COUNTS_OBSERVED_RE.pattern}|counts\b(?!\s+of\b)|подсч[её]тах\b", FLAGS)
_STATIONS_SAID_RE = re.compile(
    rf"\b(?:in|at|в|на)\s+{_FURTHER}{_STATION_COUNT}\s+(?:{POLLING_STATIONS_RE.pattern}|{_COUNTS_OBSERVED_RE.pattern})",
    FLAGS,
)


def _names_kind_at(text: str, part: tuple[int, int], end: int) -> bool:
    """A kind's name ends here: "group voting in 17 polling stations" is where group voting was seen."""
    return any(e == end and category != "mixed" for _, e, category in _categories(text, part[0], end))


def _elided_stations(text: str, q: Quantity, part: tuple[int, int], prev_end: int) -> bool:
    sentence_part = max(text.rfind(mark, 0, q.start) for mark in ".;:") + 1  # the clauses of its list
    if not _ITEM_END_RE.match(text, q.end) or _STATIONS_SAID_RE.search(text, sentence_part, q.start) is None:
        return False
    return any(category != "mixed" for _, _, category in _categories(text, max(part[0], prev_end), q.start))
