"""What of a clause the binder binds: names inside an aside after a candidate are dropped, and bare decimals that
the clause's shape makes shares (a region's item in a turnout bulletin, a contestant's after a dash in a sentence of
shares) are taken as shares. Used by `sources.figures.binder`."""

from __future__ import annotations

import re
from dataclasses import replace

from sources.figures.mentions import Mention
from sources.figures.names import registry_spellings
from sources.figures.text_layer import figures, read_numbers
from sources.lexicon import Lexicon
from sources.text import Number
from transforms.names import fold


def without_asides(lexicon: Lexicon, clause: str, mentions: list[Mention]) -> list[Mention]:
    """"Mels Yeleusizov, who on Sunday said he had voted for Nazarbayev, picked up 1.2 per cent", "Zhambyl
    Akhmetbekov, head of the Communist People's Party, …, received 1.4 per cent", "Nur Otan, chaired by President
    Nazarbayev, will receive 98 seats": a relative clause or a role set off by commas after a candidate or a party
    (`aside_openers`) holds no subject of the figure that follows it; the names inside it are dropped (the aside
    holds no figure of its own)."""
    # "КОРРЕСПОНДЕНТ: — 61,4%.", "ТІЛШІ (Астана): …": a transcript's speaker label in capitals names who speaks
    # (a role, no person the registry knows: "ТОҚАЕВ: 81,31%" in an infographic stays his)
    mentions = [m for m in mentions if not (
        m.kind == "contestant" and m.contestant is not None and m.contestant.contestant_type == "candidate"
        and m.text.isupper() and len(m.text) > 2 and not clause[: m.start].strip()
        and re.match(r"\s*(?:\([^()]{0,40}\))?\s*:", clause[m.end:])
        and fold(m.contestant.name) not in registry_spellings())]
    rx = lexicon.pattern("aside_openers")
    if rx is None:
        return mentions
    drop: list[tuple[int, int]] = []
    for m in mentions:
        if m.kind != "contestant" or m.contestant is None or m.contestant.contestant_type not in {"candidate", "party"}:
            continue
        opener = re.match(r"\s*(?:\([^()]{1,20}\))?\s*,\s*", clause[m.end:])  # "The X Party (OSDP), led by …"
        if opener is None or not rx.match(clause, m.end + opener.end()):
            continue
        start = m.end + opener.end()
        first = next((n for n in figures(clause, lexicon.language) if n.start >= start), None)
        stop = first.start if first is not None else len(clause)
        end = clause.rfind(",", start, stop)
        if end > start:
            drop.append((start, end))
    return [m for m in mentions if not any(a <= m.start and m.end <= b for a, b in drop)]


def bare_contestant_shares(language: str, clause: str, sentence: str, contestants: list[Mention]) -> list[Number]:
    """"За X — ноль целых тридцать четыре сотых, за Y — ноль целых двадцать восемь сотых процента": a bare
    decimal right after a contestant and a dash, in a sentence whose other figures are shares, is a share whose
    per cent the speaker said once."""
    if not any(n.kind == "share" for n in figures(sentence, language)):
        return []
    out = []
    for n in read_numbers(clause, language):
        if n.kind == "decimal" and 0 < n.value < 100 and any(
                c.end <= n.start and re.fullmatch(r"\s*[–—-]\s*", clause[c.end: n.start]) for c in contestants):
            out.append(replace(n, kind="share"))
    return out


def bare_region_shares(language: str, clause: str, numbers: list[Number], mentions: list[Mention]) -> list[Number]:
    """"Абай облысы бойынша – 69,32,": in a turnout bulletin a bare decimal right after a region is its share."""
    regions = [m for m in mentions if m.kind == "region"]
    taken = {n.start for n in numbers}

    def after_region(n: Number) -> bool:
        return 0 < n.value < 100 and any(
            r.end <= n.start and not re.search(r"\d", clause[r.end: n.start]) for r in regions)

    found = [n for n in read_numbers(clause, language) if after_region(n)]
    decimals = [n for n in found if n.kind == "decimal" and n.start not in taken]
    run = sum(1 for n in found if n.kind in {"decimal", "share"})  # the regions' shares, read or bare
    # "Мангистауской - 74,2, Павлодарской - 71, Северо-Казахстанской - 80": a whole number ending a region's
    # item inside a run of the regions' decimal shares is one of them, rounded; alone, it stays unread
    wholes = [n for n in found if n.kind == "count" and "," not in n.text and "." not in n.text
              and re.match(r"\s*(?:[,;.]|и\s|and\s|$)", clause[n.end:])] if run >= 2 else []
    return [replace(n, kind="share") for n in sorted(decimals + wholes, key=lambda n: n.start)]


NATIONAL_REACH = 25  # characters between a share and the national words that place it


def national_share(lexicon: Lexicon, clause: str, number: Number) -> bool:
    """"Данные на 14:00: 39,77% по стране", "Nationwide – 39.77%", "ел бойынша 39,77%": in a turnout bulletin a share
    with the country's words right before or after it, nothing but a dash or an hour's words between, is the
    national turnout."""
    if number.kind != "share":
        return False
    after = clause[number.end: number.end + NATIONAL_REACH]
    before = clause[max(0, number.start - NATIONAL_REACH): number.start]
    if any(not re.search(r"\d|[,;.]", after[: m.start()]) for m in lexicon.finds("national_words", after)):
        return True
    return any(re.fullmatch(r"[\s:–—-]*", before[m.end():]) for m in lexicon.finds("national_words", before))


SPEAKER_RE = re.compile(r"^\s*(?:[^\W\d_][\w .()-]{0,40}:\s*)?[-–—\s]*")  # "CORRESPONDENT (Astana): — "


def answered_indicator(clause: str, number: Number, named: str | None) -> str | None:
    """"ANCHOR: And turnout?" / "CORRESPONDENT: Seventy-three point one two percent.": a clause that is a bare share
    and nothing else (after a speaker's label or a dash) answers the clause before, which named an indicator and
    no figure -- the share is that indicator's (only a turnout is a share on its own)."""
    if named != "turnout" or number.kind != "share":
        return None
    lead = SPEAKER_RE.match(clause)
    rest = clause[lead.end() if lead else 0: number.start] + clause[number.end:]
    return "turnout_pct" if not rest.strip(" .!;…") else None
