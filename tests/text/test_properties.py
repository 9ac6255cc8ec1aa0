"""Property tests over generated bulletin text: clock times, dates and years are never counts or shares, and every
count and share written in the text is read back with its exact value, in Russian, Kazakh and English."""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sources.text import read_numbers, split_sentences

RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
             "ноября", "декабря"]  # fmt: skip
KK_MONTHS = ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан",
             "қараша", "желтоқсан"]  # fmt: skip
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]  # fmt: skip
SPACES = [" ", "\u00a0", "\u202f", "\u2009"]
NOUNS = {"ru": ["избирателей", "голосов", "человек", "участников"], "kk": ["адам", "сайлаушы", "дауыс"],
         "en": ["votes", "voters", "people", "ballots"]}  # fmt: skip
JOINS = {"ru": [", ", "; ", ". ", ", затем ", " — ", " и "], "kk": [", ", "; ", ". ", ", ал "],
         "en": [", ", "; ", ". ", " and ", ", while "]}  # fmt: skip


@dataclass(frozen=True)
class Piece:
    kind: str  # what the piece is: count, share, clock, date, year, filler
    text: str
    value: float | None = None


def grouped(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


@st.composite
def counts(draw: st.DrawFn, lang: str) -> Piece:
    n = draw(st.integers(min_value=0, max_value=20_000_000))
    forms = [str(n)]
    if lang == "en":
        forms.append(grouped(n, ","))
        if n >= 1000 and n % 1000 == 0:
            forms.append(f"{grouped(n // 1000, ',')} thousand")
        if n >= 1_000_000 and n % 10_000 == 0:
            forms.append(f"{n / 1_000_000:.2f} million")
    else:
        forms.append(grouped(n, draw(st.sampled_from(SPACES))))
        millions, rest = divmod(n, 1_000_000)
        thousands, units = divmod(rest, 1000)
        if millions:
            forms.append(f"{millions} млн {thousands:03d} тыс. {units:03d}")
            forms.append(f"{millions} миллионов {thousands} тысяч {units}" if thousands and units else str(n))
            if n % 10_000 == 0:
                forms.append(f"{n / 1_000_000:.2f}".replace(".", ",") + " млн")
        if n >= 1000 and n % 1000 == 0:
            forms.append(f"{grouped(n // 1000, ' ')} {'мың' if lang == 'kk' else 'тыс.'}")
    written = draw(st.sampled_from(forms))
    return Piece("count", f"{written} {draw(st.sampled_from(NOUNS[lang]))}", n)


@st.composite
def shares(draw: st.DrawFn, lang: str) -> Piece:
    hundredths = draw(st.integers(min_value=0, max_value=10_000))
    digits = draw(st.sampled_from([1, 2]))
    value = round(hundredths / 100, digits)
    written = f"{value:.{digits}f}"
    if lang != "en":
        written = written.replace(".", ",")
    marks = {"ru": [" %", "%", " процента", " процентов"], "kk": [" пайызы", " пайыз", "%-ы", " %"],
             "en": [" per cent", " percent", "%", " pct"]}  # fmt: skip
    return Piece("share", written + draw(st.sampled_from(marks[lang])), value)


@st.composite
def clocks(draw: st.DrawFn, lang: str) -> Piece:
    h = draw(st.integers(min_value=0, max_value=23))
    m = draw(st.sampled_from([0, 0, 10, 15, 30, 45]))
    h12 = h % 12 or 12
    forms = {
        "ru": [f"по состоянию на {h} часов", f"на {h}.{m:02d}", f"на {h:02d}:{m:02d}", f"в {h} ч.",
               f"{h}.{m:02d}", f"по состоянию на {h:02d}.{m:02d} часов"],
        "kk": [f"сағат {h}.{m:02d}-дегі", f"сағат {h:02d}:{m:02d}", f"сағат {h}-да", f"{h}.{m:02d}-дегі"],
        "en": [f"as of {h12} {'p.m.' if h >= 12 else 'a.m.'}", f"at {h:02d}:{m:02d}", f"as of {h}.{m:02d}",
               f"{h12}{'pm' if h >= 12 else 'am'}"],
    }  # fmt: skip
    return Piece("clock", draw(st.sampled_from(forms[lang])))


@st.composite
def dates(draw: st.DrawFn, lang: str) -> Piece:
    y = draw(st.integers(min_value=1991, max_value=2030))
    mo = draw(st.integers(min_value=1, max_value=12))
    d = draw(st.integers(min_value=1, max_value=27))
    forms = {
        "ru": [f"{d} {RU_MONTHS[mo - 1]} {y} года", f"{d} {RU_MONTHS[mo - 1]}", f"{d} и {d + 1} {RU_MONTHS[mo - 1]}",
               f"{d:02d}.{mo:02d}.{y}", f"с {d} по {d + 1} {RU_MONTHS[mo - 1]} {y} г."],
        "kk": [f"{y} жылғы {d} {KK_MONTHS[mo - 1]}да", f"{d} {KK_MONTHS[mo - 1]}", f"{d:02d}.{mo:02d}.{y}",
               f"{y} ж. {d} {KK_MONTHS[mo - 1]}"],
        "en": [f"{d} {EN_MONTHS[mo - 1]} {y}", f"{EN_MONTHS[mo - 1]} {d}, {y}", f"on {d} {EN_MONTHS[mo - 1]}",
               f"{y}-{mo:02d}-{d:02d}", f"{d} and {d + 1} {EN_MONTHS[mo - 1]}"],
    }  # fmt: skip
    return Piece("date", draw(st.sampled_from(forms[lang])))


@st.composite
def years(draw: st.DrawFn, lang: str) -> Piece:
    y = draw(st.integers(min_value=1990, max_value=2035))
    forms = {"ru": [f"{y} года", f"в {y} году", f"{y} г.", f"{y}"], "kk": [f"{y} жылы", f"{y} жылғы", f"{y}"],
             "en": [f"in {y}", f"{y}"]}  # fmt: skip
    return Piece("year", draw(st.sampled_from(forms[lang])))


FILLERS = {"ru": ["явка составила", "бюллетени получили", "в списки включены", "ЦИК сообщает"],
           "kk": ["сайлаушылар дауыс берді", "бюллетень алды", "ОСК хабарлайды"],
           "en": ["turnout stood at", "the CEC said", "ballots were cast"]}  # fmt: skip


@st.composite
def bulletins(draw: st.DrawFn) -> tuple[str, list[tuple[Piece, int, int]]]:
    lang = draw(st.sampled_from(["ru", "kk", "en"]))
    kinds = [counts, shares, clocks, dates, years]
    pieces = draw(
        st.lists(
            st.one_of(*(k(lang) for k in kinds), st.sampled_from(FILLERS[lang]).map(lambda f: Piece("filler", f))),
            min_size=1,
            max_size=12,
        )
    )
    text, placed = "", []
    for i, piece in enumerate(pieces):
        if i:
            text += draw(st.sampled_from(JOINS[lang]))
        placed.append((piece, len(text), len(text) + len(piece.text)))
        text += piece.text
    return text + ".", placed


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(bulletins())
def test_no_clock_date_or_year_is_a_figure_and_every_figure_reads_back(bulletin) -> None:
    text, placed = bulletin
    numbers = read_numbers(text)
    figures = [n for n in numbers if n.is_figure]
    for piece, start, end in placed:
        if piece.kind in ("clock", "date", "year"):
            overlapping = [n for n in figures if n.start < end and start < n.end]
            assert not overlapping, (piece, overlapping)
    for kind in ("count", "share"):
        expected = sorted(p.value for p, _, _ in placed if p.kind == kind)
        assert sorted(n.value for n in numbers if n.kind == kind) == expected, (kind, text)


@settings(max_examples=200, deadline=None)
@given(bulletins())
def test_sentences_never_cut_a_figure(bulletin) -> None:
    text, _ = bulletin
    sentences = split_sentences(text)
    assert all(0 <= s.start < s.end <= len(text) for s in sentences)
    for n in read_numbers(text):
        assert any(s.start <= n.start and n.end <= s.end for s in sentences), (n, text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*"0123456789 ,.:;-–%()\n\u00a0аяжқAZamp№", "млн", "тыс.", "June"])).map("".join))
def test_any_text_reads_without_raising_and_spans_point_into_it(text: str) -> None:
    from sources.text import list_items, split_clauses

    for n in read_numbers(text):
        assert text[n.start : n.end] == n.text
    for s in split_sentences(text):
        assert 0 <= s.start <= s.end <= len(text)
        split_clauses(s.text)
    for item in list_items(text):
        assert 0 <= item.start <= item.end <= len(text)
