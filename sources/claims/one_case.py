"""One case named in the singular, with no figure, is a count of one: "по факту вброса бюллетеней на участке № 517
зарегистрировано уголовное дело", "a criminal case was opened into ballot stuffing", "бюллетень салу фактісі бойынша
қылмыстық іс тіркелді" (the forms: findings.yaml, one_case). The kind is the one the sentence names, else mixed."""

from __future__ import annotations

import re

from sources.claims.kinds import categories, category_of
from sources.claims.lexicon import alternation, forms_of, load
from sources.claims.reading import Reading, place_for, reporter_for
from sources.claims.scope import governed, sub_clause_of
from sources.records import InfractionClaim

FLAGS = re.IGNORECASE
_FORMS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (entry["measure"], re.compile(rf"(?<![\w-]){alternation(forms_of(entry))}(?![\w-])", FLAGS))
    for entry in load("findings")["one_case"]
)


def one_case(reading: Reading, counted: set[str]) -> list[InfractionClaim]:
    """The single cases the sentence opens, each a count of one, unless a count of that measure was read already
    (`counted`: the measures the sentence's figures took)."""
    text = reading.text
    out = []
    for measure, pattern in _FORMS:
        if measure in counted:
            continue
        for m in pattern.finditer(text):
            clause = reading.clause_of(m.start())
            if governed(text, sub_clause_of(text, clause, m.start()), [m.span()], modality=True, blockers=False):
                continue  # "уголовное дело могло быть возбуждено": no case said to be opened
            kinds = [k for k in categories(text, *clause) if not (k[0] < m.end() and m.start() < k[1])]
            out.append(InfractionClaim(
                evidence=reading.evidence,
                category=category_of(text, kinds) or "mixed",  # type: ignore[arg-type]
                measure=measure,  # type: ignore[arg-type]
                value=1,
                qualifier="exact",
                reported_by=reporter_for(reading, m.start()),
                location=place_for(reading, m.start()),
            ))
            break  # one case per measure and sentence
    return out
