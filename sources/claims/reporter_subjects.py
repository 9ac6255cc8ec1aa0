"""The institution a sentence is about, whatever its verb, and the organisation a story's lead names: who a pronoun
speaking next stands for ("It said that ...", "По её данным"), and who speaks for findings a story lists without a
source.
"""

from __future__ import annotations

import re

from sources.claims.reporter_names import FLAGS, PREPOSITION_BEFORE_RE, REPORTER_PATTERNS
from sources.claims.reporter_roles import organisation_subjects

# An organisation named by its class noun and its name in quotes at the start of the sentence, the subject of whatever
# verb follows: "Общественный фонд «Чистый голос», наблюдавший за ..., собрал журналистов".
_QUOTED_ORGANISATION_LEAD_RE = re.compile(
    r"^\W*(?:[\w-]+\s+){0,3}?(?:объединени|организаци|фонд|коалици|движени|лиг|альянс|платформ|ассоциаци|сеть|центр"
    r"|association|coalition|foundation|movement|league|alliance|platform|network|centre|center|ұйым|қор|қозғалыс"
    # what the body defends may follow its class noun: "Фонд защиты свободы слова «Адил соз» опубликовал доклад"
    r"|коалиция|платформа|орталығ|издани|портал|агентств|газет|телеканал)\w*(?:\s+(?-i:[а-яё])[\w-]+){0,4}?"
    r"\s+[«\"“](?P<name>[^«»\"“”]{2,40})[»\"”]",
    FLAGS,
)
# Kazakh puts the name first: "«Таза сайлау» қоғамдық қоры 19 наурыздағы сайлауды байқау қорытындысын жариялады".
_KK_QUOTED_ORGANISATION_LEAD_RE = re.compile(
    r"^\W*[«\"“](?P<name>[^«»\"“”]{2,40})[»\"”]\s+(?:қоғамдық\s+|азаматтық\s+|үкіметтік\s+емес\s+|тәуелсіз\s+)?"
    # whose members it unites may stand before the class noun: "«X» қоғамдық байқаушылар коалициясы"
    r"(?:(?:байқаушы|бақылаушы|сайлаушы|жастар)\w*\s+)?"
    r"(?:қор|ұйым|қозғалыс|коалиция|платформа|орталығ|желі|альянс|бірлест)\w*(?![\w-])",
    FLAGS,
)


# An English organisation a sentence opens on, whatever it does next, by its class noun and its capitalised name in
# either order: "The independent monitoring group Echo, which deployed 450 observers, disagreed.", "The International
# Foundation for Freedom of Speech Adil Soz published ...", "The Adil Soz media freedom foundation ...".
_BODY = r"(?:foundation|group|coalition|movement|network|alliance|league|association|bureau|cent(?:re|er)|platform" \
    r"|initiative|organi[sz]ation|union|committee|institute|watchdog|NGO|fund|society|council)"
_CAPITAL_WORD = r"(?-i:[A-Z])[\w'’-]+"
_EN_INTRODUCED_RE = re.compile(
    rf"^\W*(?:the|an?)\s+(?P<named_after>(?:[\w-]+\s+){{0,4}}?{_BODY}(?:\s+(?:of|for|on)\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,5}}?)?"
    rf"\s*{_CAPITAL_WORD}(?:\s+{_CAPITAL_WORD}){{0,2}})(?=\s*[,(]|\s+(?!(?:of|for|on|and|the)\s)(?-i:[a-z]))"
    rf"|^\W*(?:the\s+)?(?!(?:the|an?)\s)(?P<named_before>{_CAPITAL_WORD}(?:\s+{_CAPITAL_WORD}){{0,3}}(?:\s+(?-i:[a-z])[\w-]+){{0,3}}\s+{_BODY})"
    r"(?![\w-])",
    FLAGS,
)


def introduced_body(text: str) -> str | None:
    """The organisation a sentence opens on, whatever its verb: by its name in quotes ("Общественный фонд «X», ...,
    собрал журналистов", "«X» қоғамдық бірлестігі ...") or in English by its class noun and capitalised name. A class
    noun later ("according to the foundation", "the group said", "Ұйым мәліметінше") stands for it. The missions
    and the commission are the publishers, never a body introduced this way."""
    if (lead := _quoted_lead(text)) is not None:
        return lead
    m = _EN_INTRODUCED_RE.match(text)
    if m is None:
        return None
    name = " ".join((m.group("named_after") or m.group("named_before")).split())
    # "The OSCE/ODIHR mission ...": a publisher's name opening it or making most of it ("... group Steppe Observers" is
    # a body of its own)
    for listed, pattern in REPORTER_PATTERNS:
        m = pattern.search(name) if listed in {"ODIHR", "CEC"} else None
        if m is not None and (m.start() == 0 or 2 * (m.end() - m.start()) >= len(name)):
            return None
    return name


def _quoted_lead(text: str) -> str | None:
    lead = _QUOTED_ORGANISATION_LEAD_RE.match(text) or _KK_QUOTED_ORGANISATION_LEAD_RE.match(text)
    return lead.group("name").strip() if lead is not None else None


def named_subject(text: str, aliases: dict[str, str]) -> str | None:
    """The institution the sentence is about, whatever its verb: the first listed name not governed by a preposition
    ("The Ministry of Internal Affairs issued a statement", "Генпрокуратура провела брифинг"), or a person introduced
    with the institution they speak for. A later sentence's pronoun ("It said that ...", "According to him", "По её
    данным") points back to it. An organisation named in quotes at the start is that name."""
    if (lead := _quoted_lead(text)) is not None:
        return lead
    found = [
        (m.start(), -len(m.group()), name)  # the longest name at a place: "Prosecutor General's Office"
        for name, pattern in REPORTER_PATTERNS
        if name
        for m in pattern.finditer(text)
        if not PREPOSITION_BEFORE_RE.search(text, max(0, m.start() - 30), m.start())
    ]
    # an organisation named as a speaker stands for any listed name inside it ("the X coalition of citizen observers")
    organisations = [o for o in organisation_subjects(text) if o.start <= LEAD_SUBJECT_REACH * 4]
    found = [f for f in found if not any(o.start <= f[0] < o.end for o in organisations)]
    found += [(o.start, -(o.end - o.start), o.reporter) for o in organisations]
    for stem, institution in aliases.items():
        at = text.lower().find(stem)
        if at >= 0:
            found.append((at, 0, institution))
    return min(found)[2] if found else introduced_body(text)


LEAD_SUBJECT_REACH = 40  # characters before an organisation opening a story's lead ("Общественный фонд «X» ...")


def lead_organisation(text: str) -> str | None:
    """The organisation a story's lead is about, named in quotes at its start ("Фонд «X», ..., собрал журналистов и
    перечислил нарушения, замеченные его людьми") or as the subject of its finding verb ("Лига молодых избирателей
    зафиксировала 23 нарушения"): it speaks for the story."""
    lead = _quoted_lead(text)
    if lead is not None:
        return lead
    subjects = [o for o in organisation_subjects(text) if o.start <= LEAD_SUBJECT_REACH]
    return subjects[0].reporter if subjects else None
