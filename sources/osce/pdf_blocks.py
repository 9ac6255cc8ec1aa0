"""The `TextBlock`s claim extraction reads: a document's body lines joined into paragraphs and headings across line
and page breaks (a sentence that runs on continues its paragraph), table rows kept apart (ruled ones and rows
printed with '|' between their cells), and each page's footnotes as blocks of their own, numbered.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from sources.claims.tables import table_row
from sources.datafiles import read_yaml
from sources.osce.pdf_lines import SENTENCE_END_RE, PdfLine
from sources.records import TextBlock
from sources.text.letters import UPPER_LETTERS

if TYPE_CHECKING:
    from sources.osce.pdf_text import PdfPage

HEADING_RATIO = 1.15  # a line this much larger than body text is a heading
PARAGRAPH_GAP = 1.3  # a baseline gap this many times the usual leading starts a new paragraph
DEFAULT_LEADING = 1.2  # baseline distance / type size when a document gives no evidence
BULLET_RE = re.compile(r"^[•●▪◦■□➢►–-]\s")
ROMAN_HEADING_RE = re.compile(r"^[IVXLC]+\.\s+\S")
WORD_RE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
LINE_END_HYPHENS = ("-", "\u2010", "\u00ad")
# A numbered paragraph's number ("12. The Commission ..."): layout, not the paragraph's first sentence (it would read
# "12. 3,000 of them were released" as a sentence "12." and one that no longer opens with "3,000 of them").
# The paragraph may open in Cyrillic, with a quotation or a dash line: "3. — Некоторые активисты были задержаны ...".
PARAGRAPH_NUMBER_RE = re.compile(rf"^\d{{1,3}}\.\s+(?=[{UPPER_LETTERS}\d“”\"‘(«—–-])")


def text_blocks(pages: Sequence[PdfPage]) -> list[TextBlock]:
    """Headings, paragraphs, table rows and footnotes of the pages, in reading order.

    A paragraph that runs on to the next page (no sentence end at the foot of the page) is kept
    whole and carries the page it starts on.
    """
    vocabulary = _vocabulary(pages)
    leading = _leading(pages)
    blocks: list[TextBlock] = []
    draft: _Draft | None = None
    for page in pages:
        previous: PdfLine | None = None
        for line in page.lines:
            kind: _Kind = "heading" if is_heading(line, page.body_size) else "body"
            if line.table:
                kind, previous = "table_row", None
            elif draft is not None and _continues(draft, previous, line, kind, leading):
                draft.lines.append(line)
                previous = line
                continue
            if draft is not None:
                blocks.append(draft.block(vocabulary))
            draft = _Draft(kind, page.number, [line])
            previous = line if kind != "table_row" else None
        if draft is not None and (draft.kind != "body" or SENTENCE_END_RE.search(draft.lines[-1].text)):
            blocks.append(draft.block(vocabulary))
            draft = None
        blocks.extend(_footnote_blocks(page, vocabulary))
    if draft is not None:
        blocks.append(draft.block(vocabulary))
    return blocks


_Kind = Literal["heading", "body", "table_row"]


@dataclass
class _Draft:
    """Lines gathered into one block (a table row is always a block of its own)."""

    kind: _Kind
    page: int
    lines: list[PdfLine] = field(default_factory=list)

    def block(self, vocabulary: set[str]) -> TextBlock:
        refs = tuple(dict.fromkeys(n for line in self.lines for n in line.footnote_refs))
        text = _join_lines([line.text for line in self.lines], vocabulary)
        if self.kind == "body":
            text = PARAGRAPH_NUMBER_RE.sub("", text, count=1)
        return TextBlock(text, self.page, self.kind, footnote_refs=refs)


def _footnote_blocks(page: PdfPage, vocabulary: set[str]) -> list[TextBlock]:
    notes: list[tuple[int, list[PdfLine]]] = []
    for line in page.footnotes:
        if line.footnote is not None:
            notes.append((line.footnote, [line]))
        elif notes:
            notes[-1][1].append(line)
    return [
        TextBlock(
            _join_lines([line.text for line in lines], vocabulary),
            page.number,
            "footnote",
            footnote=number,
            footnote_refs=tuple(dict.fromkeys(n for line in lines for n in line.footnote_refs)),
        )
        for number, lines in notes
    ]


def is_heading(line: PdfLine, body_size: float) -> bool:
    """Larger type, capitals, a Roman-numbered section, or a short bold line."""
    text = line.text
    letters = [c for c in text if c.isalpha()]
    if len(text) > 150 or len(letters) < 2:
        return False
    if line.size >= body_size * HEADING_RATIO:
        return True
    if len(letters) >= 4 and sum(c.isupper() for c in letters) >= 0.9 * len(letters):
        return True  # "III. COMPLAINTS AND APPEALS", "PRELIMINARY FINDINGS"
    if ROMAN_HEADING_RE.match(text) and len(text) <= 100 and not text.endswith("."):
        return True
    return line.bold and len(text) <= 90 and not re.search(r"[.,;:]$", text) and line.size >= body_size * 0.95


def _continues(draft: _Draft, previous: PdfLine | None, line: PdfLine, kind: _Kind, leading: float) -> bool:
    if draft.kind != kind or kind == "table_row":
        return False
    if table_row(line.text) or table_row(draft.lines[-1].text):
        # a row of a table printed with '|' between its cells, one a line at the body's leading: a line of its own,
        # never a paragraph's, so that the claims reader sees the table's rows
        return False
    if previous is None:  # first line of a page: the previous page's paragraph runs on
        return kind == "body" and not BULLET_RE.match(line.text)
    gap = (previous.y - line.y) / previous.size
    if gap <= 0 and line.x > previous.x + 4 * previous.size and kind == "body":
        # the top of the next column: a sentence left open at the foot of the previous one runs on
        same_type = abs(line.size - previous.size) <= 0.1 * previous.size
        return same_type and not BULLET_RE.match(line.text) and not SENTENCE_END_RE.search(previous.text)
    if abs(line.size - previous.size) > 0.1 * previous.size or gap <= 0:
        return False
    if kind == "heading":
        return previous.bold == line.bold and gap <= 1.8 and not ROMAN_HEADING_RE.match(line.text)
    if BULLET_RE.match(line.text):
        return False
    if line.x > previous.x + 1.5 * line.size and SENTENCE_END_RE.search(previous.text):
        return False  # an indented first line
    return gap <= leading * PARAGRAPH_GAP


def _leading(pages: Sequence[PdfPage]) -> float:
    """The usual baseline distance within a paragraph, as a multiple of the type size."""
    ratios = []
    for page in pages:
        body = [line for line in page.lines if not line.table]
        for above, below in pairwise(body):
            if abs(above.size - below.size) < 0.05 * above.size:
                ratio = (above.y - below.y) / above.size
                if 0.8 <= ratio <= 3.0:
                    ratios.append(ratio)
    if len(ratios) < 3:
        return DEFAULT_LEADING
    return statistics.quantiles(ratios, n=4)[0]


def _vocabulary(pages: Sequence[PdfPage]) -> set[str]:
    """The words the document uses whole: the pieces of a word broken at a line end ("consi-" / "deration") are
    left out, so that they never pass for words of their own."""
    words: set[str] = set()
    for page in pages:
        broken = False
        for line in (*page.lines, *page.footnotes):
            found = [word.lower() for word in WORD_RE.findall(line.text)]
            if broken and found:
                found = found[1:]
            broken = line.text.rstrip().endswith(LINE_END_HYPHENS)
            if broken and found:
                found = found[:-1]
            words.update(found)
    return words


def _join_lines(texts: list[str], vocabulary: set[str]) -> str:
    text = ""
    for piece in texts:
        text = join_wrapped(text, piece, vocabulary)
    return text.replace("\u00ad", "")  # soft hyphens left inside a line are invisible


def join_wrapped(left: str, right: str, vocabulary: set[str] | None = None) -> str:
    """Join two wrapped lines. A soft hyphen always goes. A hard hyphen stays where the word is a compound
    (hyphenation.yaml: the document spells it so, "Nur-" / "Sultan", "pre-" / "election", "election-" /
    "related") and goes where it only broke a word at a syllable ("Parlia-" / "mentary")."""
    left, right = left.rstrip(), right.lstrip()
    if not left or not right:
        return left or right
    if left.endswith("\u00ad"):
        return left[:-1] + right
    if left.endswith(("-", "\u2010")) and len(left) > 1 and left[-2].isalpha():
        head = WORD_RE.findall(left[:-1])
        tail = WORD_RE.match(right)
        if head and tail and not _compound(head[-1], tail.group(0), vocabulary or set()):
            return left[:-1] + right
        return left + right
    return f"{left} {right}"


def _compound(head: str, tail: str, vocabulary: set[str]) -> bool:
    """Whether "head-" at a line end and "tail" on the next line are one hyphenated word."""
    joined, hyphenated = (head + tail).lower(), f"{head}-{tail}".lower()
    if hyphenated in vocabulary or "-" in tail:
        return True
    if joined in vocabulary or not vocabulary:
        return not vocabulary  # without the document's words to judge by, the hyphen is kept as printed
    if tail[0].isupper() or head[-1].isupper():
        return True  # "Nur-" / "Sultan", "OSCE-" / "wide"
    rules = _hyphenation()
    first, second = head.split("-")[-1].lower(), tail.split("-")[0].lower()
    if first in rules["prefixes"] and second in vocabulary:
        return True
    if second in rules["suffixes"] and first in vocabulary:
        return True
    return len(first) >= 4 and len(second) >= 4 and first in vocabulary and second in vocabulary


@cache
def _hyphenation() -> dict[str, frozenset[str]]:
    data = read_yaml(Path(__file__).with_name("hyphenation.yaml"))
    return {key: frozenset(word.lower() for word in data[key]) for key in ("prefixes", "suffixes")}
