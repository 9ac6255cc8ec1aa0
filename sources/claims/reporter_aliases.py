"""People named with the institution they speak for ("Eoghan Murphy, head of the ODIHR mission, said", "начальник
управления Генпрокуратуры Азамат Саргазин"): later sentences that quote the person by name report for it."""

from __future__ import annotations

import re

from sources.claims.reporters import FLAGS, REPORTER_PATTERNS, ReporterMention
from sources.text.letters import NAME_WORDS

# A person named with the institution they speak for: "Eoghan Murphy, head of the ODIHR mission, said", "начальник
# управления Генпрокуратуры Азамат Саргазин". Later sentences that quote the person by name ("Murphy said",
# "рассказал Саргазин") report for that institution.
_ROLE = (
    r"(?:head|chair(?:man|woman|person)?|director|spokes(?:man|woman|person)|representative|coordinator|deputy"
    r"|official|начальник\w*|руководител\w*|представител\w*|глав\w*|замести\w*|председател\w*|координатор\w*"
    r"|спикер\w*|официальн\w+\s+представител\w*|басшы\w*|бастығы|төраға\w*|өкілі)"
)
_PERSON = rf"{NAME_WORDS}"
_NAME_THEN_ROLE_RE = re.compile(
    rf"(?P<name>{_PERSON}),\s+(?:the\s+|a\s+)?{_ROLE}\b(?P<role>[^;:]{{0,160}}?)(?:,|\s+said|$)", FLAGS
)
_ROLE_THEN_NAME_RE = re.compile(
    rf"\b{_ROLE}\b(?P<role>[^.;:,]{{0,160}}?)\s+(?P<name>{_PERSON})"
    r"(?=\s*(?:[,.;:]|$|\s+(?-i:[a-zа-яёәіңғүұқөһ])))",
    FLAGS,
)
STEM = 6  # a surname's first letters, the same in its cases ("Саргазин", "Саргазина", "Саргазиным")


def _surname(name: str) -> str:
    return name.split()[-1].lower()[:STEM]


def aliases_in(text: str) -> dict[str, str]:
    """Surname stem → the institution the person is named as speaking for, in this sentence."""
    out: dict[str, str] = {}
    for pattern in (_NAME_THEN_ROLE_RE, _ROLE_THEN_NAME_RE):
        for m in pattern.finditer(text):
            start, end = m.span("role") if pattern is _NAME_THEN_ROLE_RE else (m.start("role"), m.end("name"))
            found = [
                (s.start(), s.end(), name)
                for name, p in REPORTER_PATTERNS
                if name and name not in ("media", "civil society organisations")
                for s in p.finditer(text, start, end)
            ]
            if not found:
                continue
            first = min(found)
            # "начальник управления Генпрокуратуры Ержан Досов": the person is who follows the institution
            person = m.group("name") if pattern is _NAME_THEN_ROLE_RE else text[max(first[1], m.start("name")) : end]
            if person.strip()[:1].isupper():
                out[_surname(person.strip())] = first[2]
    return out


def as_institution(mention: ReporterMention, aliases: dict[str, str]) -> ReporterMention:
    """A person quoted by name reports for the institution they were introduced with."""
    institution = aliases.get(_surname(mention.reporter)) if mention.reporter else None
    return ReporterMention(mention.start, mention.end, institution) if institution else mention
