"""Repairs to a page's paragraphs before anything is read: cells a copy glued together, names in typographic single
quotes, a decimal an aggregator broke across two paragraphs, and a wire's sentences hard-wrapped into lines. Used by
`sources.cec.release`."""

from __future__ import annotations

import itertools
import re

# an infobox copied without its cell borders: "Yes7,932,83496.21%", "Registered voters/turnout9,110,15691.21%"
_GLUED_LABEL_RE = re.compile(r"(?<=[^\W\d_])(?=\d{1,3}(?:,\d{3})+)")
_GLUED_SHARE_RE = re.compile(r"(\d{1,3}(?:,\d{3})+)(?=\d{1,3}\.\d{1,2}(?:\s*%|\s|$))")
# "Turnout87.05% (Decrease1.18pp)": a label glued to a share that opens the line
_GLUED_LEAD_SHARE_RE = re.compile(r"^([^\W\d_]{3,})(?=\d{1,3}(?:\.\d{1,2})?%)")


# an apostrophe inside a word ("‘People’s Party of Kazakhstan’") is no closing quote
_SINGLE_QUOTED_RE = re.compile(r"‘((?:[^‘’\n]|’(?=\w)){1,80})’(?!\w)")


def requoted(paragraph: str) -> str:
    """"for the political party ‘Adal’ – 3.57 percent": a name in typographic single quotes is quoted as «Adal» is
    (the apostrophe of "People’s" opens no quote, so it is left alone)."""
    return _SINGLE_QUOTED_RE.sub(r"«\1»", paragraph)


# "… 2,3% избирателей.Ранее ЦИК …", "(нижнюю палату парламента).Пяти": two sentences a copy glued at the full stop
# (a word of three lower-case letters at least, or a bracket, before it: "г.Алматы" is an abbreviation)
_GLUED_SENTENCE_RE = re.compile(
    r"(?:(?<=[a-zа-яёәғқңөұүһі]{3})|(?<=\)))\.(?=[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][a-zа-яёәғқңөұүһі])")


def unglued(paragraph: str) -> str:
    """Cells a copy glued together parted again: a label before a comma-grouped count, and the count before its
    share (the count's groups of three end where the share's own digits begin); so are two sentences glued at
    their full stop."""
    paragraph = _GLUED_SENTENCE_RE.sub(". ", paragraph)
    paragraph = _GLUED_LEAD_SHARE_RE.sub(r"\1 ", paragraph)
    if not _GLUED_LABEL_RE.search(paragraph):
        return paragraph
    return _GLUED_SHARE_RE.sub(r"\1 ", _GLUED_LABEL_RE.sub(" ", paragraph))


# a share's whole (no more than three digits, no digit group before it: "… 110 447." ends a count, not a share)
_BROKEN_DECIMAL_RE = re.compile(r"(?<![\d.,])(?<!\d[\s\u00a0])\d{1,3}\.$")
_DECIMAL_TAIL_RE = re.compile(r"^\d{1,2}\s*(?:%|per ?cent|процент|пайыз)", re.I)


_HARD_WRAP_RE = re.compile(r"[^\W\d_]{2,}[,\-–—]?$")  # a line broken inside a sentence ends in a word (or a comma)
_HARD_WRAP_WORDS = 4
# a PDF's text layer: a word hyphenated at the line's end ("ко-" / "миссии"), a count broken at its group space
# ("– 3 431" / "510 голосов"), a count's bracketed share wrapped onto the next line ("– 331 058" / "(5,20 %);")
_HYPHENATED_RE = re.compile(r"[^\W\d_]{2}-$")
_COUNT_END_RE = re.compile(r"(?<![\d.,:])\d{1,3}(?:[\u00a0 ]\d{3})*$")
_COUNT_REST_RE = re.compile(r"^\d{3}(?![\d.,:])(?:[\u00a0 ]\d{3})*(?![\d.,:])")
_WRAPPED_LAYER = 2  # hyphenated line ends that show a text layer is hard-wrapped
_CLAUSE_OPEN_RE = re.compile(r"\w\W?\s*[,–—]$")
_BRACKETED_SHARE_RE = re.compile(r"^\(\s*\d{1,3}(?:[.,]\d{1,3})?\s*(?:%|процент|пайыз|per ?cent)", re.I)


def rejoined(paragraphs: list[str]) -> list[str]:
    """"… 71." then "09 percent," …": a decimal an aggregator broke across two paragraphs is one figure again; so is
    a sentence a wire hard-wrapped into lines ("… - партия "Ак" / "жол" ("Светлый путь"), которая …"): a line of some
    words ending in a word, the next opening in lower case, is one paragraph."""
    out: list[str] = []
    # a hard-wrapped text layer (a PDF's): its words are hyphenated at line ends, so a line ending inside a clause
    # (a comma, a dash before its figure) goes on in the next whatever that one opens with
    wrapped = sum(1 for a, b in itertools.pairwise(paragraphs)
                  if _HYPHENATED_RE.search(a) and b[:1].islower()) >= _WRAPPED_LAYER
    for paragraph in paragraphs:
        tabled = bool(out) and ("|" in out[-1] or "|" in paragraph or "\t" in out[-1])
        if out and _BROKEN_DECIMAL_RE.search(out[-1]) and _DECIMAL_TAIL_RE.match(paragraph):
            out[-1] += paragraph
        elif out and not tabled and paragraph[:1].islower() and _HYPHENATED_RE.search(out[-1]):
            out[-1] = out[-1][:-1] + paragraph  # "ко-" / "миссии": one word
        elif out and not tabled and _COUNT_END_RE.search(out[-1]) and len(out[-1].split()) >= _HARD_WRAP_WORDS and (
                _COUNT_REST_RE.match(paragraph) or _BRACKETED_SHARE_RE.match(paragraph)):
            out[-1] += " " + paragraph  # "… – 3 431" / "510 голосов …": one count (or a count and its share)
        elif out and wrapped and not tabled and _CLAUSE_OPEN_RE.search(out[-1]) and paragraph[:1] not in "-–—•*":
            out[-1] += " " + paragraph  # "… «Байтак» –" / "146 431 (2,30 %)", "… – 6," / "«Ак жол» – 6"
        elif out and paragraph[:1].islower() and _HARD_WRAP_RE.search(out[-1]) and len(
                out[-1].split()) >= _HARD_WRAP_WORDS and "|" not in out[-1]:
            out[-1] += " " + paragraph
        else:
            out.append(paragraph)
    return out
