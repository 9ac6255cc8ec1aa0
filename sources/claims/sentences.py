"""Sentences of a paragraph, and the clauses inside a sentence.

A sentence ends at ". ", "! ", "? " (closing quotes and brackets included) before a capital
letter, a digit, an opening quote or the end of the text -- except after an abbreviation
("approx. 4,000", "No. 5", "Art. 69", "e.g.", "г. Алматы", "тыс. человек"), an initial ("K. Tokayev")
or inside a number ("77.4"). Line breaks are whitespace, but a blank line or a heading line
("IV. ELECTION DAY") ends a sentence. Footnote markers still glued to a word ("impersonation.1") are
dropped, whitespace runs become one space: the result is the sentence an analyst would quote.

Clauses split a sentence where a new statement begins (";", ", while", ", but", ", а"), so that
"4,000 people were detained; 677 of them were sentenced" keeps the two figures apart.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

FLAGS = re.IGNORECASE

# Never the last word of a sentence.
ABBREVIATIONS = frozenset({
    "approx", "appr", "ca", "cf", "vs", "no", "nos", "nr", "art", "arts", "para", "paras", "p", "pp", "sec",
    "ch", "vol", "fig", "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen", "col", "lt", "sgt", "rep",
    "sen", "gov", "dept", "est", "incl", "e.g", "i.e", "viz", "jan", "feb", "mar", "apr", "jun", "jul",
    "aug", "sep", "sept", "oct", "nov", "dec", "ст", "г", "гг", "тыс", "млн", "млрд", "им", "ул", "обл",
    "р-н", "т.е", "т.к", "напр", "см", "ж", "жж", "мың", "п", "пп", "стр", "рис", "проф", "акад", "кв", "д",
})  # fmt: skip
# End a sentence only when a capital letter follows.
SOMETIMES_FINAL = frozenset({"etc", "др", "т.д", "т.п", "пр"})

_END_RE = re.compile(r"[.!?…]+[\"'»”’)\]]*(?P<marker>\d{1,3})?(?=\s|$)")
_NEXT_RE = re.compile(r"\s*(?P<c>\S)?")
_HEADING_LINE_RE = re.compile(r"^\s*(?:(?:[IVXLC]+|\d{1,2}|[A-Z])\.\s+)?[^\na-zа-яёәғқңөұүһі]{4,100}\s*$", re.MULTILINE)
_BLANK_RE = re.compile(r"\n\s*\n")
_GLUED_MARKER_RE = re.compile(
    r"(?<=[^\W\d_]{2})(?<![Nn]o)(?<![Aa]rt)(?<![Pp]p)(?<![Pp]ara)([.,;:)»”\"’]+)\d{1,3}(?=\s|$)"
)
_CLAUSE_RE = re.compile(
    r";\s*|,\s+(?=(?:while|whereas|but|yet|although|though|however|а|но|однако|тогда\s+как|алайда|бірақ)\b)"
    r"|\s+(?=(?:while|whereas)\b)",
    FLAGS,
)


@dataclass(frozen=True)
class Sentence:
    """One sentence: its span in the source text and its cleaned text."""

    start: int
    end: int
    text: str


def clean(text: str) -> str:
    """One-line text without glued footnote markers."""
    text = re.sub(r"-\s*\n\s*(?=\w)", "-", text)  # a hyphenated word split by a line break
    text = re.sub(r"\s+", " ", text).strip()
    return _GLUED_MARKER_RE.sub(r"\1", text)


def _last_word(text: str, end: int) -> str:
    start = end
    while start > 0 and not text[start - 1].isspace() and text[start - 1] not in '(«"“[':
        start -= 1
    return text[start:end]


def _is_boundary(text: str, match: re.Match[str], limit: int) -> bool:
    following = _NEXT_RE.match(text, match.end(), limit)
    next_char = following.group("c") if following else None
    if next_char is None:
        return True
    punct = match.group(0).rstrip("0123456789")
    if match.group("marker") and not (match.start() > 0 and text[match.start() - 1].isalpha()):
        return False  # "77.4 per cent": a decimal, not a footnote marker after a full stop
    starts_new = next_char.isupper() or next_char.isdigit() or next_char in '«"“‘([–—•'
    if not starts_new:
        return False
    if not punct.startswith(".") or len(punct.rstrip("\"'»”’)]")) > 1:
        return True  # "!", "?", "..." end sentences
    word = _last_word(text, match.start()).lower()
    word = word.lstrip('(«"“[')
    if word in ABBREVIATIONS or re.fullmatch(r"(?:[^\W\d_]\.)+[^\W\d_]", word):
        return False  # "approx.", "No.", "e.g.", "т.е."
    if word in SOMETIMES_FINAL:
        return next_char.isupper()
    # an initial ("K. Tokayev") does not end a sentence
    return not (len(word) == 1 and word.isalpha() and _last_word(text, match.start()).isupper())


def _segments(text: str) -> list[tuple[int, int, bool]]:
    """Spans separated by blank lines and heading lines, each flagged when it is a heading."""
    cuts = {0, len(text)}
    headings: set[tuple[int, int]] = set()
    for m in _BLANK_RE.finditer(text):
        cuts.update(m.span())
    if "\n" in text:
        for m in _HEADING_LINE_RE.finditer(text):
            if re.search(r"[^\W\d_]{2}", m.group(0)):
                cuts.update(m.span())
                headings.add(m.span())
    points = sorted(cuts)
    return [(a, b, (a, b) in headings) for a, b in pairwise(points) if text[a:b].strip()]


def split_sentences(text: str) -> list[Sentence]:
    """The sentences of a text, in order (see the module docstring for the rules)."""
    sentences: list[Sentence] = []
    for seg_start, seg_end, heading in _segments(text):
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


def _append(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    cleaned = clean(text[start:end])
    if cleaned:
        offset = len(text[start:end]) - len(text[start:end].lstrip())
        sentences.append(Sentence(start + offset, end, cleaned))


def split_clauses(sentence: str) -> list[tuple[int, int]]:
    """Spans of the clauses of a (cleaned) sentence."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _CLAUSE_RE.finditer(sentence):
        if m.start() > start:
            spans.append((start, m.start()))
        start = m.end()
    if start < len(sentence) or not spans:
        spans.append((start, len(sentence)))
    return spans
