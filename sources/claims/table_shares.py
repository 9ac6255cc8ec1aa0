"""Tables of per cents and of ratings (tables.py reads the rest of a '|' table).

- A column of per cents ("%", "per cent", "процент", "пайыз") counts a share of observations when the table's
  caption or the header says of what ("Table 2. Voting – serious problems noted (% of observations)"): a unit said
  once, in the caption, for every row.
- A row that rates the process the caption names ("Table 3. Counting – overall assessment" / "Bad or very bad | 29")
  is that process assessed: a negative rating is a finding of the process's category (counting_irregularity for the
  count and the tabulation), a positive one ("Very good or good | 71") is none.

The words are data: lexicon/tables.yaml (share, observations, positive, negative, processes).
"""

from __future__ import annotations

import re

from sources.claims.lexicon import compile_forms, load

FLAGS = re.IGNORECASE
_WORDS = load("tables")
_SHARE_RE = compile_forms(_WORDS["share"], prefix=r"^\s*(?:[\w-]+\s+)?")
_OBSERVATIONS_RE = compile_forms(_WORDS["observations"])
_POSITIVE_RE, _NEGATIVE_RE = (compile_forms(_WORDS[key], prefix=r"^\s*") for key in ("positive", "negative"))
_PROCESSES = tuple((p["category"], compile_forms(p)) for p in _WORDS["processes"])
POSITIVE = "positive"  # a row that rates the process well: no finding


def caption(title: str) -> str:
    """The title's last line: the caption printed right above the table (the text before it may be a paragraph)."""
    lines = [line for line in title.splitlines() if line.strip()]
    return lines[-1] if lines else ""


def share_column(header: str, title: str) -> bool:
    """The column headed `header` holds per cents of observations."""
    if not _SHARE_RE.fullmatch(header.strip()) and not re.fullmatch(r"\s*%\s*", header):
        return False
    return bool(_OBSERVATIONS_RE.search(header) or _OBSERVATIONS_RE.search(caption(title)))


def rated_row(label: str, title: str) -> str | None:
    """A rating row's finding: the category of the caption's process when the rating is negative, POSITIVE when it
    is positive, None when the row is no rating (its label names a kind, read by tables.py)."""
    label = label.strip()
    if _POSITIVE_RE.fullmatch(label):
        return POSITIVE
    if not _NEGATIVE_RE.fullmatch(label):
        return None
    named = [(m.start(), category) for category, p in _PROCESSES if (m := p.search(caption(title)))]
    return min(named)[1] if named else None
