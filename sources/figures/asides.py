"""Figures a release states that are no figure of this vote, whatever they are bound to.

- an earlier vote: the sentence names a year two or more before publication, or a date months before it
  ("В результате прошлых выборов, состоявшихся в марте 2016 года, … – 7,14 %": the whole sentence, not only
  the clause with the year);
- an earlier vote named by words ("на прошлых выборах", "during the last elections");
- another body's results the same day ("… мәслихаты сайлауының қорытындыларына сәйкес …");
- an exit poll or an opinion poll ("по данным экзит-пола …", "exit poll results …", "по данным опроса");
- a share of 100 ("всех 100 % бюллетеней"): the whole, not a measurement;
- a bound, not a count: "более 8,3 млн", "свыше 7 млн", "more than 11.7 million", "exceeding 50 per cent",
  "бес миллионнан астам" — the figure is rounded and one-sided, an exact column must not hold it;
- a threshold to pass ("семипроцентный барьер", "the 5 percent threshold");
- the make-up of a list or a faction ("на 32 % состоит из женщин").

Each returns the reason an `Unread` records, or None. The words come from `sources/lexicon`
(`exit_poll_words`, `bound_words.before` / `.after`, `threshold_words`).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from sources.figures.text_layer import read_numbers
from sources.lexicon import Lexicon, all_lexicons, compile_phrases, load_lexicon
from sources.text import Number

HISTORY_YEARS = 2  # a year this many years before publication is another vote's
HISTORY_DAYS = 120  # a dated vote this many days before publication is another vote's
BOUND_REACH = 25  # characters before a figure within which a bound word must end


def earlier_vote(sentence: str, language: str, published_on: dt.date | None,
                 vote_date: dt.date | None = None) -> str | None:
    """"Tokayev came to power in 2019 with 70.96 percent": a year or date well before publication. An undated
    page (a history or encyclopedia page) is measured against its own vote's date instead, either way: "at the
    1995 elections … 79%" on a page about 1999, "elections were held on 10 January 1999" on one about 1995."""
    if published_on is None:
        return _another_year(sentence, language, vote_date) if vote_date is not None else None
    asides = relative_asides(sentence)
    for n in read_numbers(sentence, language):
        if any(a <= n.start < b for a, b in asides):
            continue  # "Nur Otan, which has held the majority since 2007, secured …": the aside's time, not the vote's
        if n.kind == "year" and n.value <= published_on.year - HISTORY_YEARS:
            return f"the sentence speaks of an earlier vote ({n.text})"
        if n.kind == "date" and n.date is not None and (published_on - n.date).days > HISTORY_DAYS:
            return f"the sentence speaks of an earlier vote ({n.text})"
    return None


# A relative clause set off by a comma or a dash, up to the next one: "…, which had taken 82.20 percent at the
# previous election in 2016, …", "… – which in the 2016 election collected 7.18% – …"
_RELATIVE_ASIDE_RE = re.compile(
    r"(?:,|\s[–—])\s*(?:which|who|whose|которая|которое|который|которые|которую|которой|чья|чей)\b"
    r"(?P<body>[^,;()–—]*)(?=[,;)]|\s[–—]\s|$)",
    re.I,
)


def relative_asides(sentence: str) -> list[tuple[int, int]]:
    """The spans of the relative clauses a sentence sets off: what they date is no date of the sentence's vote."""
    return [m.span() for m in _RELATIVE_ASIDE_RE.finditer(sentence)]


def _another_year(sentence: str, language: str, vote_date: dt.date) -> str | None:
    asides = relative_asides(sentence)
    for n in read_numbers(sentence, language):
        if any(a <= n.start < b for a, b in asides):
            continue
        if n.kind == "year" and n.value != vote_date.year:
            return f"the sentence speaks of another vote ({n.text})"
        if n.kind == "date" and n.date is not None and abs((vote_date - n.date).days) > HISTORY_DAYS:
            return f"the sentence speaks of another vote ({n.text})"
    return None


def earlier_aside(lexicon: Lexicon, clause: str, number: Number, published_on: dt.date | None = None,
                  vote_date: dt.date | None = None) -> str | None:
    """"«Ак жол», которая, как и пять лет назад, когда за нее проголосовали 7,18 процента, вновь проходит, – 10,95
    процента": a figure inside an aside that names an earlier time is that earlier vote's, the clause's other figures
    still this one's."""
    starts = [m.end() for m in re.finditer(r"[,;(]|\s[–—-]\s", clause[: number.start])]
    ends = re.search(r"[,;)]|\s[–—-]\s", clause[number.end:])
    segment = clause[(starts[-1] if starts else 0): number.end + (ends.start() if ends else len(clause) - number.end)]
    # the aside and the segment before it ("как и пять лет назад, когда за нее проголосовали 7,18 процента")
    before = clause[(starts[-2] if len(starts) > 1 else 0): (starts[-1] if starts else 0)]
    if not starts or not ends:
        return None  # a figure not set off on both sides is the clause's own
    found = lexicon.finds("earlier_aside_words", segment) or lexicon.finds("earlier_aside_words", before)
    if found:
        return f"{number.text}: a figure of an earlier vote, told in an aside ({found[0].group(0)})"
    # a relative clause about an earlier vote, by its words or its year: "…, which had taken 82.20 percent at the
    # previous election in 2016, …"
    aside = next(((a, b) for a, b in relative_asides(clause) if a <= number.start < b), None)
    if aside is None:
        return None
    text = clause[aside[0]: aside[1]]
    year = published_on.year if published_on else vote_date.year if vote_date else None
    older = [n for n in read_numbers(text, lexicon.language) if n.kind == "year" and year and n.value < year]
    earlier = lexicon.finds("earlier_vote_words", text)
    if older or earlier:
        said = older[0].text if older else earlier[0].group(0)
        return f"{number.text}: a figure of an earlier vote, told in an aside ({said})"
    return None


def earlier_by_words(lexicon: Lexicon, sentence: str) -> str | None:
    """"на прошлых выборах … явка составила 75,45 %", "during the last elections": no year, still another vote."""
    asides = relative_asides(sentence)  # "…, which had taken 82.20 percent at the previous election, gained …"
    found = [m for m in lexicon.finds("earlier_vote_words", sentence) if not _held_on(sentence, m.start())
             and not any(a <= m.start() < b for a, b in asides)]
    return f"the sentence speaks of an earlier vote ({found[0].group(0)})" if found else None


# Kazakh "өткен" is "past" and "held": after its day ("18 тамызда өткен сайлау", "кеше өткен сайлау") it says when
# this vote was held, not that another vote came before
_HELD_ON_BEFORE_RE = re.compile(r"(?:\d+\s+[^\W\d_]+(?:да|де|та|те)|кеше|бүгін|жексенбіде)\s+$", re.IGNORECASE)


def _held_on(sentence: str, start: int) -> bool:
    return sentence[start:].lower().startswith("өткен") and _HELD_ON_BEFORE_RE.search(sentence[:start]) is not None


def other_body(lexicon: Lexicon, sentence: str) -> str | None:
    """"Алматы қаласы мәслихаты сайлауының қорытындыларына сәйкес …": the results of a maslikhat (or the Senate)
    elected the same day, in a sentence that names no body of this vote."""
    # "баспасөз мәслихаты" is a press conference, no body
    body = [m for m in lexicon.finds("other_vote_words.body", sentence)
            if not lexicon.has("other_vote_words.not_body", sentence[max(0, m.start() - 30): m.end()])]
    # its results by result words, or by what a contestant got ("мәслихат сайлауында «Amanat» партиясы 61,3 пайыз
    # жинап, 1 240 мандаттың 802-сін алды")
    said = any(lexicon.has(section, sentence) for section in ("result_words", "vote_words", "seat_words"))
    if body and said and not lexicon.has("other_vote_words.this_body", sentence):
        return f"the results of another body ({body[0].group(0)})"
    return None


def other_body_document(lexicon: Lexicon, title: str) -> str | None:
    """"Объявлены итоги выборов депутатов маслихата Карагандинской области": a title that names only another
    body (a maslikhat, the Senate) tells whose vote every figure below it is, though the list items never repeat it."""
    body = lexicon.finds("other_vote_words.body", title)
    if body and not lexicon.has("other_vote_words.this_body", title):
        return f"the document reports another body's vote ({body[0].group(0)})"
    return None


def electors(lexicon: Lexicon, sentence: str) -> str | None:
    """"явка выборщиков составила 30 %": the Senate's electors (maslikhat deputies) are no voters of a national
    vote; their count or attendance is no figure of one."""
    found = lexicon.finds("elector_words", sentence)
    return f"the Senate's electors ({found[0].group(0)}), not voters" if found else None


def whole(number: Number) -> str | None:
    """"данные всех 100% бюллетеней": a share of a whole is the whole, no turnout or result."""
    if number.kind == "share" and number.value >= 100:
        return f"{number.text}: the whole, not a measured share"
    return None


FILE_NAME_RE = re.compile(r"[\w-]*\.(?:jpe?g|png|gif|svg|webp|pdf|docx?)\b", re.IGNORECASE)


def file_name(clause: str, number: Number) -> str | None:
    """"Nazarbayev 27092007.jpg": digits inside a file's name (a photo's caption on a page) count nothing."""
    if FILE_NAME_RE.match(clause[number.end:]):
        return f"{number.text}: part of a file name"
    return None


# An aside that compares the count with another ("received – as most exit polls had predicted – 5,348,102 votes",
# ", как и предсказывали экзитполы,"): the figure around it is the commission's, the poll only foretold it.
@lru_cache(maxsize=8)
def _comparing_aside_re(language: str) -> re.Pattern[str] | None:
    lexicon = load_lexicon(language)
    openers = [*lexicon.section("comparing_words.agreeing"), *lexicon.section("comparing_words.bare")]
    words = compile_phrases(openers)
    if words is None:
        return None
    return re.compile(rf"[–—]\s*(?:{words.pattern})[^–—]{{0,160}}[–—]|,\s*(?:{words.pattern})\s[^,]{{0,120}},",
                      re.IGNORECASE)


def comparing_asides(sentence: str) -> list[tuple[int, int]]:
    """The spans of the asides, in any language, that compare the count with another."""
    return [m.span() for lx in all_lexicons() if (rx := _comparing_aside_re(lx.language)) is not None
            for m in rx.finditer(sentence)]


def agrees_with(sentence: str, start: int) -> bool:
    """The words right before `start` compare with what follows ("как и по предварительным данным"): agreement, no
    quotation of it."""
    for lx in all_lexicons():
        words = lx.pattern("comparing_words.agreeing")
        if words is not None and re.search(rf"(?:{words.pattern})\s+(?:[\w-]+\s+){{0,2}}$", sentence[:start],
                                           re.IGNORECASE):
            return True
    return False


def exit_poll(sentence: str) -> str | None:
    """A sentence that reports an exit poll: a press copy quotes one beside the CEC's figures. Every
    language's words are tried (a Russian copy writes "exit poll" in Latin letters). Poll words in an aside that
    compares ("– as the exit polls had predicted –") make no figure a poll's."""
    asides = comparing_asides(sentence)
    for lexicon in all_lexicons():
        found = [f for f in lexicon.finds("exit_poll_words", sentence)
                 if not any(s <= f.start() < e for s, e in asides)]
        if found:
            return f"an exit poll's figure ({found[0].group(0)}), not the commission's"
    return None


def hearsay(lexicon: Lexicon, sentence: str) -> str | None:
    """"A screenshot … claimed that turnout in Almaty had reached 91.3%": a figure someone is reported to claim (a
    post, a rumour a fact-check debunks) is that claim's, never the commission's."""
    found = lexicon.finds("hearsay_words", sentence)
    return f"a figure of a claim the text reports ({found[0].group(0)}), not the commission's" if found else None


def negated(lexicon: Lexicon, clause: str, number: Number) -> str | None:
    """"Almaty did not record 91.3% turnout", "явка не достигла 90 %": the verb that governs the figure, right before
    it, is negated -- the text denies the figure."""
    words = lexicon.words("negations")
    head = clause[: number.start]
    for match in list(re.finditer(r"[^\W\d_][\w'’-]*", head))[-2:]:
        # the negation, then at most its verb, and nothing else (no figure, no pause) before the figure
        if match.group(0).lower() in words and len(head[match.end():].split()) <= 1 and not re.search(
                r"[\d,;:–—()]", head[match.end():]):
            return f"a figure the text denies ({head[match.start():].strip()})"
    return None


def bound(lexicon: Lexicon, clause: str, number: Number) -> str | None:
    """"более 8,3 млн человек", "exceeding 50 per cent", "5 миллионнан астам": a bound, not the figure."""
    before = clause[max(0, number.start - BOUND_REACH): number.start]
    found = [m for m in lexicon.finds("bound_words.before", before) if not before[m.end():].strip()]
    if found:
        return f"{number.text}: a bound ('{found[-1].group(0)}'), not an exact figure"
    after = re.match(r"[\w%-]*\s+", clause[number.end:])  # the number's own case ending, then the word
    if after is not None:
        rest = clause[number.end + after.end(): number.end + after.end() + 20]
        rx = lexicon.pattern("bound_words.after")
        if rx is not None and (m := rx.match(rest)):
            return f"{number.text}: a bound ('{m.group(0)}'), not an exact figure"
    return None


def nominees(lexicon: Lexicon, clause: str, number: Number) -> str | None:
    """"«Нур Отан» — 127 кандидатов", "35 candidates", "22 кандидат ұсынды": a count of the people a list put
    forward, never its votes or seats."""
    if number.kind != "count":
        return None
    after = re.match(r"[\w-]*?\s+", clause[number.end:])  # the number's own case ending, then the word
    rx = lexicon.pattern("nominee_words")
    if after is not None and rx is not None and rx.match(clause[number.end + after.end():]):
        return f"{number.text}: a count of nominees or contestants, not a result"
    return None


def threshold(lexicon: Lexicon, clause: str, number: Number) -> str | None:
    """"the 5 percent threshold", "7-процентный порог": the threshold word stands by the share, no comma between
    ("has not surpassed the threshold, garnering 2.3%" gives the party its share)."""
    if number.kind != "share":
        return None
    before = re.split(r"[,;:]", clause[max(0, number.start - 30): number.start])[-1]
    # "не преодолела 5-процентный барьер – у нее 2,3 %": words after a dash make the share another clause's
    # ("барьер — 5 процентов" with nothing between the dash and the share still states the threshold)
    before = re.split(r"\s[–—-]\s", before)[-1] if re.search(r"\s[–—-]\s+\w", before) else before
    # "«Байтак» (126 402, 1,83 %) барьер не преодолели": a bracket closed after the share ends what it belongs to
    after = re.split(r"[,;:)]", clause[number.end: number.end + 30])[0]
    if re.search(r"(?:\bwith|\bполучив|\bнабрав|\bжинап|\bалып)\s+(?:only\s+|лишь\s+|всего\s+)?$", before, re.I):
        return None  # "fell short of the barrier with 2.31 percent": the share is what the party got
    if lexicon.has("threshold_words", f"{before}{number.text}{after}"):
        return f"{number.text}: the threshold to pass, not a result"
    return None


ABROAD_AFTER_WORDS = 3  # "68 abroad", "68 участках за рубежом", "12 500 граждан проголосовали за рубежом"
PART_AFTER_WORDS = 5  # "13,282 voters cast their ballots with absentee certificates"


_PART_PARTICIPLE_RE = re.compile(
    # after a comma, or an English participle straight after the stations ("62 polling stations opened at
    # Kazakhstan's missions in 46 countries")
    r"(?:[^,;:()\d]{0,30},\s*|\s+(?:polling\s+)?stations\s+)"
    r"(?:образованн|созданн|открыт|расположенн|организованн|ашылған|құрылған|organi[sz]ed|opened"
    r"|set\s+up|located|established)\w*\s(?P<where>[^,;:()\d]{0,50})",
    re.I,
)


def _named_part(lexicon: Lexicon, section: str, clause: str, number: Number, after_words: int) -> bool:
    """The section's words name the part of the voters or stations a figure counts: within a few words after it,
    or before it in its part of the clause (no comma between), or fronting the sentence ("Abroad, …")."""
    rx = lexicon.pattern(section)
    if rx is None:
        return False
    after = re.split(r"[,;:(]", clause[number.end:])[0]
    near = rx.search(after)
    if near is not None and len(re.findall(r"\w+", after[: near.start()])) <= after_words \
            and not re.search(r"\d", after[: near.start()]):
        return True
    # the stations' participle after a comma: "на 65 участках, образованных при загранучреждениях"
    participle = _PART_PARTICIPLE_RE.match(clause, number.end)
    if participle is not None and rx.search(participle.group("where")):
        return True
    segments = re.split(r"[,;:)]|\s[–—-]\s", clause[: number.start])
    # the words fronted before a comma: "Abroad, 3,200 citizens have voted", "За рубежом же, по данным ЦИК, …"
    fronted = len(segments) > 1 and rx.fullmatch(re.sub(r"^\W*(?:also|and|in|также|а|и)?\s*", "", segments[0],
                                                        flags=re.I).strip()) is not None
    # ... or a fronted place phrase naming them: "At the 68 polling stations at Kazakhstan's foreign missions, 9,104 …"
    fronted = fronted or (len(segments) > 1 and re.match(r"\W*(?:at|in|в|во|на)\s", segments[0], re.I) is not None
                          and rx.search(segments[0]) is not None)
    return bool(rx.search(segments[-1]) or fronted)


def abroad(lexicon: Lexicon, clause: str, number: Number) -> str | None:
    """"…, including 68 abroad", "В 68 участках за рубежом проголосовали 12 500 граждан": a figure of the stations or
    voters abroad is no area's of the register and no national figure."""
    if _named_part(lexicon, "abroad_words", clause, number, ABROAD_AFTER_WORDS):
        return f"{number.text}: a figure of the voters or stations abroad, no area's"
    return None


def voting_apart(lexicon: Lexicon, clause: str, number: Number) -> str | None:
    """"13,282 voters cast their ballots with absentee certificates", "на дому проголосовали 41 200 человек": the
    voters who voted one way apart (absentee certificates, at home, early) are a part, no indicator of an area."""
    if _named_part(lexicon, "voting_apart_words", clause, number, PART_AFTER_WORDS):
        return f"{number.text}: a figure of the voters who voted apart (absentee, at home), no area's total"
    return None


def difference(lexicon: Lexicon, clause: str, number: Number) -> str | None:
    """"лишь на 3% хуже", "17.3 pp", "2 points higher": a share told as a difference between two figures is no
    figure of the vote."""
    if number.kind != "share" and not re.match(r"\s*(?:pp|п\.\s?п\.)", clause[number.end:]):
        return None
    rx = lexicon.pattern("difference_words")
    if rx is not None and re.match(rf"\s*(?:{rx.pattern})", clause[number.end: number.end + 25], re.I):
        return f"{number.text}: a difference between two figures, not a figure of the vote"
    return None


def composition(lexicon: Lexicon, sentence: str) -> str | None:
    """"Фракция на 32 % состоит из женщин", "the list is made up of 40 % women": the make-up of a list or a
    faction, no share of the vote."""
    found = lexicon.finds("composition_words", sentence)
    return f"the make-up of a list or faction ({found[0].group(0)}), not a vote" if found else None


def of_another_vote(lexicon: Lexicon, sentence: str, language: str, published_on: dt.date | None,
                    vote_date: dt.date | None = None) -> str | None:
    """Why no figure of the sentence is one of this vote (an earlier vote, an exit poll, another body, the Senate's
    electors, a list's make-up), or None."""
    return (earlier_vote(sentence, language, published_on, vote_date) or earlier_by_words(lexicon, sentence)
            or exit_poll(sentence) or other_body(lexicon, sentence) or electors(lexicon, sentence)
            or composition(lexicon, sentence) or one_station(lexicon, sentence))


def one_station(lexicon: Lexicon, sentence: str) -> str | None:
    """"Учаскеде тізімге 2 184 сайлаушы енгізілген …", "На участке № 512 проголосовали …": the figures of one polling
    station (a repeat vote, a local story) are no area's of the warehouse (`station_words`); "N (референдум)
    учаскесінде" (at N stations) counts stations and is not one."""
    for m in lexicon.finds("station_words", sentence):
        if not re.search(r"\d[\d\s]*(?:(?:сайлау|референдум|избирательн\w*)\s+)?$", sentence[: m.start()], re.I):
            return "the figures of one polling station, no area's"
    return None


def own_before_comparison(lexicon: Lexicon, context: str, clause: str, published_on: dt.date | None,
                          vote_date: dt.date | None) -> int:
    """"Явка на 16.00 составила 76,9 %, превысив показатель 2005 года": the other vote is named only inside a
    comparison (`comparison_words`), so the figures of the clause before it are this vote's. Returns the clause
    offset up to which figures stay this vote's (-1: none)."""
    found = lexicon.finds("comparison_words", context)
    at = context.find(clause)
    if not found or at < 0:
        return -1
    cut = found[0].start()
    # "2005 жылмен салыстырғанда": a postposition follows the year it compares with, or the year's figure ("2012
    # жылғы 69,10 пайызбен салыстырғанда")
    if (year := re.search(r"\b\d{4}\s*[\w-]*\s*(?:\d+(?:[.,]\d+)?\s*%?[\w-]*\s*)?$", context[:cut])) is not None:
        cut = year.start()
    if of_another_vote(lexicon, context[:cut], lexicon.language, published_on, vote_date):
        return -1
    return cut - at


def part_of_chamber(lx: Lexicon, sentence: str) -> str | None:
    """Seats that are not a party's seats in the chamber, by what the sentence says they count: races won in
    single-mandate constituencies ("Otan won 27 races", "по одномандатным округам"), a running tally before the
    final result ("cumulative results as of 23 September", "на данный момент", "әзірге"), or the party-list part
    of a mixed chamber set against the whole in one sentence ("Ten seats in the 77-member chamber are distributed
    by party slates, giving X seven"). A seats figure of a sentence that names the list vote alone ("по итогам
    выборов по партийным спискам … 40 мандатам") is that vote's result and stays."""
    if lx.has("partial_seats.constituency", sentence):
        return "seats won in single-mandate constituencies, not the party's seats"
    if lx.has("partial_seats.running", sentence):
        return "a running tally of seats before the final result, not the party's seats"
    if lx.has("partial_seats.list_part", sentence) and lx.has("partial_seats.whole", sentence):
        return "seats of one part of a mixed chamber set against the whole, not the party's seats"
    return None
