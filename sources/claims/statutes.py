"""The kind of offence an article of a code names: "fined under Article 110 of the Administrative Code".

The table is data (lexicon/statutes.yaml): each code with the forms that name it, the date its numbering took
effect, and its articles' kinds. An article cited with its code is read by that code's table; an article cited
alone ("по статье 110") by the administrative code's, unless another law is named after it ("Article 33 of the
Constitution"). A text about an election before a code's numbering took effect is not read by it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from sources.claims.lexicon import FLAGS, alternation, form_regex, forms_of, load

PROTEST = "protest"  # the kind of an assembly offence: the sanction followed a protest
_OTHER_LAW_RE = re.compile(r"кодекс|заң|закон|конституц|\bcode\b|\blaw\b|constitution", FLAGS)


@dataclass(frozen=True)
class _Code:
    name: str
    pattern: re.Pattern[str]
    in_force_from: dt.date
    kinds: dict[int, str]


@cache
def _codes() -> tuple[_Code, ...]:
    out = []
    for name, entry in load("statutes")["codes"].items():
        kinds = {int(n): (PROTEST if a.get("protest") else a["category"]) for n, a in entry["articles"].items()}
        start = entry["in_force_from"]
        start = start if isinstance(start, dt.date) else dt.date.fromisoformat(str(start))
        out.append(_Code(name, re.compile(alternation(forms_of(entry)), FLAGS), start, kinds))
    return tuple(out)


@cache
def _citation_res() -> tuple[re.Pattern[str], ...]:
    # One pattern per form: each names its groups (article, code), which one alternation could not repeat.
    return tuple(re.compile(rf"(?<![\w-]){form_regex(f)}", FLAGS) for f in forms_of(load("statutes")["citations"]))


def statute_kind(text: str, start: int, end: int, on: dt.date | None) -> str | None:
    """The kind of the first article cited in text[start:end] that the table knows: a category, PROTEST, or None."""
    codes = _codes()
    default = next((c for c in codes if c.name == "administrative"), None)
    citations = sorted((m for p in _citation_res() for m in p.finditer(text, start, end)), key=lambda m: m.start())
    for m in citations:
        article = int(m.group("article"))
        law = m.group("law") if "law" in m.re.groupindex else None
        named = law or (m.group("code") if "code" in m.re.groupindex else None) or ""
        code = next((c for c in codes if c.pattern.search(named)), None)
        if code is None:
            if (law and law[:1].isupper()) or _OTHER_LAW_RE.search(named):
                continue  # another law is named: "Article 33 of the Constitution", "статьи 33 Конституции"
            code = default
        if code is None or (on is not None and on < code.in_force_from):
            continue
        if article in code.kinds:
            return code.kinds[article]
    return None
