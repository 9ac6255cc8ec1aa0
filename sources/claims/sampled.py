"""N of the M stations or commissions observed: which M is the sample a count of stations is part of.

A mission that says a finding was made "in 48 of the 160 polling stations observed" reports on a sample -- the
stations its observers visited. The warehouse keeps the figures as written, the 48 stations out of a base of 160
(stations.py; the share, 30 per cent, is value / base). The sample is named by the words around the base:

- after the noun: "observed", "visited", "monitored", "where (the count was) observed", "где велось наблюдение",
  "в которых велось наблюдение";
- before the noun (Russian and Kazakh adjectives and participles): "из 115 наблюдавшихся / посещённых
  участков", "бақылау жүргізілген / байқалған 210 учаскенің 42-сінде" (Kazakh names the base first, in the
  genitive, and the part after it with a possessive locative).

Without such words ("in 6 of the 40 polling stations in the district") the base is the stations the text names. The
sample may be counted in the sentence before ("The IEOM observed the vote count in 114 polling stations. In 61 of
these counts, …"), and the publication may write the share itself after "N of M" ("(12,5%)"): a written share is
kept as the share, when its own arithmetic confirms it. `Sampled.value` is the share the sample gives, used to check
a written one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sources.claims.quantities import Quantity, parse_number
from sources.claims.reading import Reading

FLAGS = re.IGNORECASE

# Where a sample is drawn: stations and the commissions that tabulate, in each language.
_SAMPLE_NOUN = (
    r"(?:[\w-]+\s+){0,2}?(?:polling\s+stations?|stations|PECs?|TECs?|DECs?|precincts|(?:\w+\s+)?commissions"
    r"|cases|(?:избирательн\w+\s+)?участк\w*|случа\w*|(?:\w+\s+){0,2}?комисси\w*|(?:сайлау\s+)?учаске\w*|(?:\w+\s+)?комиссия\w*)"
    r"(?:\s*\([^()]{1,16}\))?"  # the abbreviation in brackets: "территориальных избирательных комиссий (ТИК)"
)
_OBSERVED_AFTER = (
    r"(?:observed|visited|monitored|followed|assessed"
    r"|(?:where|in\s+which|that|which)\s+(?:\w+\s+){0,4}?(?:observed|visited|monitored|followed|present)"
    r"|где\s+(?:\w+\s+){0,2}?(?:наблюдени\w*|наблюдал\w*|велось\s+наблюдение|присутствовал\w*)"
    r"|(?:в|на)\s+которых\s+(?:\w+\s+){0,2}?(?:наблюдени\w*|наблюдал\w*|присутствовал\w*|велось\s+наблюдение)"
    r"|(?:охваченн|посещённ|посещенн)\w+\s+наблюдени\w*)"
)
_OBSERVED_BEFORE = r"(?:наблюдавш\w+|посещ[её]нн\w+|наблюдаемы\w+|охваченн\w+\s+наблюдением)\s+"
_SAMPLE_AFTER_BASE_RE = re.compile(
    rf"(?:{_OBSERVED_BEFORE}{_SAMPLE_NOUN}|{_SAMPLE_NOUN}\s*,?\s*{_OBSERVED_AFTER})(?![\w-])", FLAGS
)
# Kazakh: "бақылау жүргізілген 210 учаскенің 42-сінде", "байқалған 120 учаскенің 30-ында".
_KK_BASE_BEFORE_RE = re.compile(
    r"(?:бақылау\s+жүргізілген|байқалған|бақыланған|бақылаушылар\s+болған|(?:бақылаушы|байқаушы)\w*\s+(?:барған|болған))\s+(?P<base>\d[\d\s\u00a0]*?)\s+"
    r"(?:сайлау\s+)?(?:учаске|комиссия)\w*(?:дің|нің|тің|дың|ның|тың)\s+$",
    FLAGS,
)
# The base in the genitive with no participle of observation: "129 учаскенің 38-інде" (in 38 of 129 stations).
_KK_PLAIN_BASE_BEFORE_RE = re.compile(
    r"(?<![\d\s\u00a0])\s*(?P<base>\d[\d\s\u00a0]*?)\s+(?:сайлау\s+)?(?:учаске|комиссия)\w*(?:дің|нің|тің|дың|ның|тың)\s+$",
    FLAGS,
)
_KK_OBSERVERS_RE = re.compile(r"(?<![\w-])(?:бақылаушы|байқаушы)\w*", FLAGS)
_KK_PART_AFTER_RE = re.compile(r"-?(?:сі|сы|і|ы|ін|ын)?(?:нде|нда|де|да|те|та)(?![\w-])", FLAGS)


@dataclass(frozen=True)
class Sampled:
    """A share of observations read from "N of M": its value (a per cent), base, and where its words end."""

    value: float
    base: float
    end: int
    sample_start: int | None = None  # where the sample counted earlier is named ("observed 30 counts")


def sampled_share(text: str, q: Quantity, base: float | None, after: int) -> Sampled | None:
    """"N of the M stations observed" (`after` is where the words after the base start) → the share of M."""
    if base is None or not base or q.figure is None or q.share or q.figure > base:
        return None
    m = _SAMPLE_AFTER_BASE_RE.match(text, after)
    if m is None:
        return None
    return Sampled(round(100 * q.figure / base, 1), base, m.end())


def kk_sampled_share(text: str, q: Quantity) -> Sampled | None:
    """The Kazakh shape, the base first: "бақылау жүргізілген 210 учаскенің 42-сінде"."""
    before = _KK_BASE_BEFORE_RE.search(text, max(0, q.start - 80), q.start)
    part = _KK_PART_AFTER_RE.match(text, q.end)
    if before is None or part is None or q.figure is None or q.share:
        return None
    base = parse_number(re.sub(r"\s", "", before.group("base")))
    if not base or q.figure > base:
        return None
    return Sampled(round(100 * q.figure / base, 1), base, part.end())


def kk_part_of_stations(text: str, q: Quantity) -> tuple[float, int, bool] | None:
    """"129 учаскенің 38-інде": the base in the genitive, no participle of observation: (base, where the words end,
    whether observers are the sentence's subject before it, which makes the stations their sample)."""
    before = _KK_PLAIN_BASE_BEFORE_RE.search(text, max(0, q.start - 40), q.start)
    part = _KK_PART_AFTER_RE.match(text, q.end)
    if before is None or part is None or q.figure is None or q.share:
        return None
    base = parse_number(re.sub(r"\s", "", before.group("base")))
    if not base or q.figure > base:
        return None
    return base, part.end(), _KK_OBSERVERS_RE.search(text, 0, before.start()) is not None


# The sample counted earlier in the sentence, its parts after it: "The mission observed 30 counts; in 12 of them,
# basic procedures were not followed, and in 5 the figures did not match", "наблюдатели посетили 120 участков; в
# 15 из них …". The verb of observing governs the count, so the 30 is a sample and each part a share of it.
_SAMPLE_COUNTED_RE = re.compile(
    r"(?:observed|followed|visited|monitored|watched|attended|covered|наблюдал\w*|посетил\w*|посещ[её]н\w*"
    r"|работал\w*(?=\s+на\s)|присутствовал\w*(?=\s+на\s)"  # "наблюдатели работали на 412 участках"
    r"|reported\s+on(?=\s+(?:the\s+)?(?:vote\s+)?(?:count|voting|opening)))\s+"
    # what was observed before where: "observed the vote count in 114 polling stations", "наблюдали за подсчётом
    # голосов на 104 участках"
    r"(?:(?:the\s+)?(?:vote\s+|ballot\s+)?(?:count(?:ing)?|voting|opening|closing|tabulation)(?:\s+process)?\s+"
    r"|за\s+(?:подсч[её]том(?:\s+голосов)?|голосованием)\s+)?"
    r"(?:(?:the|a\s+total\s+of|some|about|in\s+total|всего|около)\s+)?(?:(?:at|in|from|на|в)\s+)?"
    rf"(?P<base>\d[\d,\s\u00a0]*\d|\d)\s+(?:{_SAMPLE_NOUN}|counts|(?:\w+\s+)?подсч[её]т\w*)(?![\w-])"
    # Kazakh puts the verb last: "97 учаскеде бақылап, оның 21-інде …"
    r"|(?<![\d\s])\s*(?P<kk_base>\d[\d\s\u00a0]*?)\s+(?:сайлау\s+)?учаске\w*\s+(?:бақыла|байқа|бар)\w*",
    FLAGS,
)
_OF_THEM_RE = re.compile(r"\s+(?:of\s+(?:these|them|those)|из\s+(?:них|этих))\b", FLAGS)
# stations this sentence counts itself: "Recounts were held in 7 PECs; in 3 of these" -- a part of those, not of the
# sample the sentence before counted
_STATIONS_BEFORE_RE = re.compile(r"\d\s+(?:[\w-]+\s+)?(?:polling\s+stations?|PECs?|precincts|участк\w*)", FLAGS)
_PART_LOCATIVE_BEFORE_RE = re.compile(r"(?:^|\s)(?:in|at|в|во|на)\s+$", FLAGS)
KK_PART_BEFORE_RE = re.compile(r"(?:^|\s)(?:оның|олардың)\s+$", FLAGS)  # "оның 21-інде": of it, the part
# a later part of the same sample, its "of them" elided: "…, and in 5 the figures …", "а в 3 — …"
_ELIDED_PART_BEFORE_RE = re.compile(r"(?:,|;|\band|\bи|\bа)\s+(?:in|at|в|на)\s+$", FLAGS)
_LATER_PART_AFTER_RE = re.compile(r"\s*(?:,|[—–-]\s|(?:the|a|an|some|its|their)\s)", FLAGS)


def sample_in(text: str, end: int) -> float | None:
    """The sample the text counts before `end` ("observers worked at 412 polling stations. In 41 of 412 …")."""
    sample = next(reversed(list(_SAMPLE_COUNTED_RE.finditer(text, 0, end))), None)
    if sample is None or sample.group("base") is None:
        return None
    return parse_number(re.sub(r"[,\s\u00a0]", "", sample.group("base"))) or None


def sample_said_before(sentence: str) -> float | None:
    """The sample the sentence before counted, when it counted one: "The IEOM observed the vote count in 114 polling
    stations." → 114, for "In 61 of these counts, …" or "… bad or very bad in 27 per cent of these" after it."""
    sample = next(reversed(list(_SAMPLE_COUNTED_RE.finditer(sentence))), None)
    if sample is None or sample.group("base") is None:
        return None
    return parse_number(re.sub(r"[,\s\u00a0]", "", sample.group("base"))) or None


def of_these(text: str, q: Quantity) -> int | None:
    """Where "of these"/"of them"/"из них" right after a count ends, if it stands there."""
    m = _OF_THEM_RE.match(text, q.end)
    return m.end() if m else None


def part_of_sample(text: str, q: Quantity, sample_before: float | None = None) -> Sampled | None:
    """"in 12 of them" (or a later "and in 5") after "observed 30 counts" in the same sentence → the share of 30;
    Kazakh "97 учаскеде бақылап, оның 21-інде"; `sample_before`, the sample the sentence before counted, when this
    one counts none ("… observed the count in 114 polling stations. In 61 of these counts, …, and in 48 …")."""
    if q.figure is None or q.share:
        return None
    kazakh = KK_PART_BEFORE_RE.search(text, max(0, q.start - 12), q.start) is not None
    if not kazakh and _PART_LOCATIVE_BEFORE_RE.search(text, max(0, q.start - 6), q.start) is None:
        return None
    sentence = text.rfind(".", 0, q.start) + 1
    sample = next(reversed(list(_SAMPLE_COUNTED_RE.finditer(text, sentence, q.start))), None)
    if sample is not None:
        base = parse_number(re.sub(r"[,\s\u00a0]", "", sample.group("base") or sample.group("kk_base")))
        sample_start, sample_end = sample.start(), sample.end()
    elif sample_before is not None and not kazakh and not _STATIONS_BEFORE_RE.search(text, 0, q.start):
        base, sample_start, sample_end = sample_before, None, 0
    else:
        return None
    if not base or q.figure > base:
        return None
    if kazakh:
        part = _KK_PART_AFTER_RE.match(text, q.end)
        return None if part is None else Sampled(round(100 * q.figure / base, 1), base, part.end(), sample_start)
    of_them = _OF_THEM_RE.match(text, q.end)
    if of_them is not None:
        return Sampled(round(100 * q.figure / base, 1), base, of_them.end(), sample_start)
    earlier = re.search(rf"\d\s*{_OF_THEM_RE.pattern}", text[sample_end:q.start], FLAGS)
    if earlier and _ELIDED_PART_BEFORE_RE.search(text, max(0, q.start - 12), q.start) and _LATER_PART_AFTER_RE.match(
            text, q.end):
        return Sampled(round(100 * q.figure / base, 1), base, q.end, sample_start)
    return None


# The share a publication writes after "N of M stations", in brackets: "(12,5%)", "(12.5 per cent)".
WRITTEN_SHARE_RE = re.compile(
    r"\s*(?:[\w-]+\s+){0,2}?(?:[\w-]+)?\s*\(\s*(?P<share>\d{1,2}(?:[.,]\d{1,2})?)\s*(?:%|per\s*cent|percent|процент\w*|пайыз\w*)"
    r"\s*\)",
    FLAGS,
)


def written_share(text: str, q: Quantity, base: float | None, after: int) -> float | None:
    """The bracketed share after "N of M stations", when the publication's own arithmetic confirms it (N / M)."""
    m = WRITTEN_SHARE_RE.match(text, after)
    if m is None or base is None or not base or q.figure is None:
        return None
    share = float(m.group("share").replace(",", "."))
    return share if abs(share - 100 * q.figure / base) <= 0.5 else None


def sample_before(reading: Reading) -> float | None:
    """The sample of observations the paragraph's sentence before counted ("The IEOM observed the count in 114
    polling stations.")."""
    account = reading.account
    if not (account.in_paragraph and account.sentences):
        return None
    return sample_said_before(account.sentences[-1])
