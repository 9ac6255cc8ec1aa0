"""Objects a page quotes as JSON lines (an open API's answer copied into a post), one table each.

    {"level": "national", "registered": 12610402, "ballots_issued": 7891330, "turnout_pct": 62.58}
    {"level": "region", "name": "Astana", "turnout_pct": 49.06}

A line that is a flat JSON object with at least one number becomes a `Table` of one row: the numbers' keys head the
columns, read as words ("ballots_issued" → "ballots issued"), so `sources.cec.tables.read_table` binds each value as
it binds a printed table's cell; the row's label is the object's name (a "name" / "region" / "title" value), else its
level ("national"), else any text value. Keys no vocabulary knows leave their values unread, never guessed.
"""

from __future__ import annotations

import json
import re

from sources.html_text import Table

NAME_KEYS = ("name", "region", "area", "title", "label", "level")  # in order of preference for the row's label


def json_line(paragraph: str) -> Table | None:
    """The table of one JSON object line, None when the paragraph is none."""
    text = paragraph.strip()
    if not (text.startswith("{") and text.endswith("}")):
        return None
    try:
        data = json.loads(text)
    except ValueError:
        return None
    if not isinstance(data, dict) or any(isinstance(v, dict | list) for v in data.values()):
        return None
    numbers = {k: v for k, v in data.items() if isinstance(v, int | float) and not isinstance(v, bool)}
    texts = {k.lower(): v for k, v in data.items() if isinstance(v, str) and v.strip()}
    if not numbers:
        return None
    label = next((texts[k] for k in NAME_KEYS if k in texts), None) or next(iter(texts.values()), "")
    header = ["", *(_words(k) for k in numbers)]
    row = [label, *(_cell(v) for v in numbers.values())]
    return Table([header, row], header_rows=1)


def _words(key: str) -> str:
    """"ballots_issued" → "ballots issued", "turnoutPct" → "turnout Pct"."""
    return re.sub(r"(?<=[a-zа-яё])(?=[A-ZА-ЯЁ])", " ", key).replace("_", " ").replace("-", " ").strip()


def _cell(value: float) -> str:
    return str(int(value)) if isinstance(value, int) else repr(float(value))
