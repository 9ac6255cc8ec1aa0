"""Sentences of a text, the clauses of a sentence, and the items of a list.

A sentence ends at ". ", "! ", "? ", "…" (closing quotes and brackets included) before a capital letter, a digit, an
opening quote, a bracket, a dash or the end of the text -- except after an abbreviation ("approx. 4,000", "No. 5",
"Art. 69", "e.g.", "г. Алматы", "ст. 44", "4 тыс. человек", "7 млн 062 тыс. 358"), an initial ("K. Tokayev",
"Сериков Н. Б. набрал") or inside a number ("77.4", "6 539 715"). A full stop typed without its space ends a
sentence only after a number or "%" and before a capitalised word ("59,56%.Всего"). Abbreviations are in
data/abbreviations.yaml. Line breaks are whitespace, but a blank line, a heading line ("IV. ELECTION DAY") and a
list item's line ("- в Астане – 40,94%;", "• …", "1) …" after a line ending in punctuation, or after another item)
end a sentence; with `lines=True` every line break does (text made of HTML blocks). Footnote markers still glued to
a word ("impersonation.1") are dropped and whitespace runs become one space: `Span.text` is the sentence an analyst
would quote, `Span.start`/`end` its place in the given text.

Clauses split a sentence where a new statement begins (";", ", while", ", but", ", а", ", бірақ"), so that
"4,000 people were detained; 677 of them were sentenced" keeps the two figures apart. `list_items` cuts
enumerations: bullet lines, "1)" items, "…: за A – …; за B – …", and "X – N %, Y – M %" or "в A – …, в B – …".

razdel (a Russian sentence splitter) was evaluated on these rules' tests and not adopted: it agrees on Russian
abbreviations and initials, but keeps bullet lines, headings and glued footnote markers inside sentences, splits
the Kazakh "2023 ж. 19 наурызда", and is slower than this code; it would also be a new locked dependency.
"""

from __future__ import annotations

import re
from itertools import pairwise

from sources.text import Span
from sources.text.letters import UPPER_LETTERS
from sources.text.vocab import load

FLAGS = re.IGNORECASE
_ABBR = load("abbreviations")
ABBREVIATIONS = frozenset(str(w).lower() for words in _ABBR["never_final"].values() for w in words)
SOMETIMES_FINAL = frozenset(str(w).lower() for words in _ABBR["sometimes_final"].values() for w in words)

_END_RE = re.compile(
    r"(?:[.!?…]+|;(?=[ \t]*\n))[\"'»”’)\]]*(?P<marker>\d{1,3})?(?=\s|$)"
    # "59,56%.Всего": a full stop typed without its space, after a share or a number and before a capitalised word
    # ("г.Алматы", "т.е.", "K.Tokayev" have a letter before the stop and are never cut here)
    rf"|(?<=[\d%])\.(?=[{UPPER_LETTERS}][a-zа-яёәғқңөұүһі])"
)
_NEXT_RE = re.compile(r"\s*(?P<c>\S)?")
_HEADING_LINE_RE = re.compile(r"^\s*(?:(?:[IVXLC]+|\d{1,2}|[A-Z])\.\s+)?[^\na-zа-яёәғқңөұүһі]{4,100}\s*$", re.MULTILINE)
_LETTERS_RE = re.compile(r"[^\W\d_]{2}")
_BLANK_RE = re.compile(r"\n[ \t\u00a0]*\n")
_BULLET_RE = re.compile(r"[ \t\u00a0]*(?P<b>[-–—•·*▪►‣](?=[ \t\u00a0])|\d{1,2}\)|[a-zа-я]\)(?=[ \t\u00a0]))")
_STRONG_BULLET = "•·*▪►‣)"
_LINE_RE = re.compile(r"[^\n]*(?:\n|$)")
_GLUED_MARKER_RE = re.compile(
    r"(?<=[^\W\d_]{2})(?<![Nn]o)(?<![Aa]rt)(?<![Pp]p)(?<![Pp]ara)([.,;:)»”\"’]+)\d{1,3}(?=\s|$)"
)
_HYPHEN_BREAK_RE = re.compile(r"-\s*\n\s*(?=\w)")  # a hyphenated word split by a line break
_DIGIT_RE = re.compile(r"\d")
_WHITESPACE_RUN_RE = re.compile(r"\s{2,}|[^\S \u00a0\u202f\u2009]")
_CLAUSE_RE = re.compile(
    r";\s*|,\s+(?=(?:while|whereas|but|yet|although|though|however|а(?!\s+также)|но|однако|тогда\s+как|алайда|бірақ)\b)"
    r"|\s+(?=(?:while|whereas)\b)",
    FLAGS,
)


def clean(text: str) -> str:
    """One-line text without glued footnote markers, hyphenated line breaks joined."""
    if "\n" in text:
        text = _HYPHEN_BREAK_RE.sub("-", text)
    # whitespace runs and line breaks become one space; a single (no-break) space is kept as written, so that
    # "6\u00a0539\u00a0715" stays a substring of the source
    text = _WHITESPACE_RUN_RE.sub(" ", text).strip()
    return _GLUED_MARKER_RE.sub(r"\1", text) if _DIGIT_RE.search(text) else text


def _last_word(text: str, end: int) -> str:
    start = end
    while start > 0 and end - start < 40 and not text[start - 1].isspace() and text[start - 1] not in '(«"“[':
        start -= 1
    return text[start:end]


def _is_boundary(text: str, match: re.Match[str], limit: int) -> bool:
    following = _NEXT_RE.match(text, match.end(), limit)
    next_char = following.group("c") if following else None
    if next_char is None:
        return True
    punct = match.group(0).rstrip("0123456789")
    if punct.startswith(";"):
        return True  # ";" at a line's end: a list item ends
    if match.group("marker") and not (match.start() > 0 and text[match.start() - 1].isalpha()):
        return False  # "77.4 per cent": a decimal, not a footnote marker after a full stop
    starts_new = next_char.isupper() or next_char.isdigit() or next_char in '«"“‘([–—•-'
    if not starts_new:
        return False
    if not punct.startswith(".") or len(punct.rstrip("\"'»”’)]")) > 1:
        return True  # "!", "?", "..." end sentences
    written = _last_word(text, match.start())
    word = written.lower().lstrip('(«"“[')
    if word in ABBREVIATIONS or re.fullmatch(r"(?:[^\W\d_]\.)+[^\W\d_]", word):
        return False  # "approx.", "No.", "e.g.", "т.е."
    if word in SOMETIMES_FINAL:
        return next_char.isupper()
    # an initial ("K. Tokayev", "Н. Б.") does not end a sentence
    return not (len(word) == 1 and word.isalpha() and written.lstrip('(«"“[').isupper())


def _line_cuts(text: str, lines: bool) -> tuple[set[int], set[tuple[int, int]]]:
    """Where lines end sentences: every line (`lines`), list-item lines, heading lines; and the headings."""
    cuts: set[int] = set()
    headings: set[tuple[int, int]] = set()
    previous_end_char = "."
    previous_item = False
    for m in _LINE_RE.finditer(text):
        start, end = m.span()
        if start == end:
            break
        line = m.group(0)
        body = line.strip()
        if not body:
            previous_end_char = "."
            continue
        bullet = _BULLET_RE.match(line)
        is_item = bool(bullet) and (
            bullet.group("b")[-1] in _STRONG_BULLET or previous_item or previous_end_char in ".;:!?"
        )
        if lines or is_item:
            cuts.add(start)
        previous_item = is_item or (previous_item and previous_end_char not in ".;:!?")
        previous_end_char = body[-1]
    for m in _HEADING_LINE_RE.finditer(text):
        if _LETTERS_RE.search(m.group(0)):
            cuts.update(m.span())
            headings.add(m.span())
    return cuts, headings


def _segments(text: str, lines: bool) -> list[tuple[int, int, bool]]:
    """Spans separated by blank lines, heading lines and list items, each flagged when it is a heading."""
    cuts = {0, len(text)}
    headings: set[tuple[int, int]] = set()
    for m in _BLANK_RE.finditer(text):
        cuts.update(m.span())
    if "\n" in text:
        line_cuts, headings = _line_cuts(text, lines)
        cuts |= line_cuts
    points = sorted(cuts)
    return [(a, b, (a, b) in headings) for a, b in pairwise(points) if text[a:b].strip()]


def split_sentences(text: str, *, lines: bool = False) -> list[Span]:
    """The sentences of a text, in order (see the module docstring for the rules)."""
    sentences: list[Span] = []
    for seg_start, seg_end, heading in _segments(text, lines):
        if heading:
            _append(sentences, text, seg_start, seg_end)
            continue
        start = seg_start
        for m in _END_RE.finditer(text, seg_start, seg_end):
            if _is_boundary(text, m, seg_end):
                _append(sentences, text, start, m.end())
                start = m.end()
        _append(sentences, text, start, seg_end)
    return sentences


def _append(sentences: list[Span], text: str, start: int, end: int) -> None:
    piece = text[start:end]
    cleaned = clean(piece)
    if cleaned:
        lead = len(piece) - len(piece.lstrip())
        trail = len(piece) - len(piece.rstrip())
        sentences.append(Span(start + lead, end - trail, cleaned))


def split_clauses(sentence: str) -> list[Span]:
    """The clauses of a (cleaned) sentence; offsets into `sentence`, the text stripped of the separator."""
    spans: list[Span] = []
    start = 0
    for m in _CLAUSE_RE.finditer(sentence):
        if _bracketed(sentence, m.start()):
            continue  # "ОСДП (274 880; 3,51%)": a separator inside brackets parts no clause
        if m.start() > start:
            spans.append(_span(sentence, start, m.start()))
        start = m.end()
    if start < len(sentence) or not spans:
        spans.append(_span(sentence, start, len(sentence)))
    return [s for s in spans if s.text] or [Span(0, len(sentence), sentence.strip())]


def _bracketed(text: str, at: int) -> bool:
    """`at` stands inside round brackets opened and closed on the same sentence."""
    opened = text.rfind("(", 0, at)
    return opened >= 0 and text.rfind(")", 0, at) < opened and text.find(")", at) > at


def _span(text: str, start: int, end: int, strip: str = " \t\n\u00a0") -> Span:
    while start < end and text[start] in strip:
        start += 1
    while end > start and text[end - 1] in strip:
        end -= 1
    return Span(start, end, clean(text[start:end]))


from sources.text.items import list_items  # noqa: E402  (items use the helpers above)

__all__ = ["ABBREVIATIONS", "SOMETIMES_FINAL", "clean", "list_items", "split_clauses", "split_sentences"]
