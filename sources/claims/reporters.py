"""Who reported a figure: the source named in the sentence, not the document's publisher.

A name counts as the reporter only in a reporting role: "according to X", "X reported / said /
informed / registered / observed ...", "reported by X", "по данным X", "X сообщил", "в X поступило",
"X мәліметінше", and the Kazakh verb that ends the clause ("X ... 53 адамның ұсталғанын мәлім етті"). A
name in another role ("the CEC informed *the mission*", "*observers* were deployed") does not. Names are normalised:

=============================  =====================================================================
reporter                       written as
=============================  =====================================================================
Minister of Internal Affairs   Minister of Internal Affairs / of the Interior, Interior Minister;
                               министр внутренних дел, глава МВД; ішкі істер министрі
Ministry of Internal Affairs   Ministry of Internal Affairs / of the Interior, Interior Ministry, MIA;
                               МВД, министерство внутренних дел; ішкі істер министрлігі, ІІМ
Prosecutor General's Office    Prosecutor General's Office, General Prosecutor's Office, prosecutor's
                               office; (Генеральная) прокуратура, Генпрокуратура; Бас прокуратура
Prosecutor General             (Deputy) Prosecutor General; Генеральный прокурор; Бас прокурор
CEC                            Central Election Commission, CEC; ЦИК, Центральная избирательная
                               комиссия; Орталық сайлау комиссиясы, ОСК
media                          media (reports), press reports, news agencies; СМИ; БАҚ
civil society organisations    civil society organisations, CSOs, NGOs, human rights organisations /
                               defenders, citizen observers; правозащитники, НПО, общественные
                               организации; үкіметтік емес ұйымдар
police                         police; полиция
ODIHR                          ODIHR, OSCE/ODIHR, IEOM, EOM, the mission, (international) observers;
                               БДИПЧ, ОБСЕ, миссия; ЕҚЫҰ, ДИАҚБ
=============================  =====================================================================

Sources outside this list are kept as written (reporter_outlets.py finds them): a press outlet or website named in
a reporting role ("передаёт «X»", "Как пишет x.kz", "according to the news agency X", "X reported"), eyewitnesses
("по словам очевидцев"), "как сообщают <whoever>", an office an outlet cites ("со ссылкой на пресс-службу
президента"); an outlet citing a listed source ("X reports, citing the Interior
Ministry", "со ссылкой на МВД") passes that source on. The verb may come first: "Об этом заявил <role>",
"..., said the website of the police".

A sentence that names the reporter of the claims before it ("Об этом заявил ...", "This was reported by ...",
"1,500 of them were released, X reports"; "Как сообщает X, людей задерживают ..." right after detentions no one
was named for) gives them that reporter when they had none of their own; cases,
sanctions and complaints keep the paragraph's authority (the prosecutors who opened the cases).

When a sentence names no reporter: a sentence that reports what observers saw ("were observed",
"noted") in an ODIHR document is ODIHR's; a sentence that continues the paragraph's account
("Of the administrative offence cases reported later, 12 ...", "Of them", "Из них") keeps the
reporter of the sentence before; otherwise the publisher speaks for itself (cec → CEC, osce → ODIHR).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sources.claims.reporter_outlets import BYLINE_RE, CITING_RE, VERB_BEFORE_RE, cited_offices, named_outlets
from sources.claims.reporter_roles import organisation_subjects, role_reporters
from sources.claims.spans import leftmost_longest
from sources.records import Source

FLAGS = re.IGNORECASE
CITING_REACH = 90  # characters between an outlet and the source it cites

REPORTER_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(rf"(?<![\w-])(?:{pattern})(?![\w-])", FLAGS))
    for name, pattern in (
        ("Minister of Internal Affairs",
         r"(?:deputy\s+)?minister\s+of\s+(?:internal\s+affairs|(?:the\s+)?interior)|interior\s+minister"
         r"|internal\s+affairs\s+minister|(?:замести\w+\s+|первый\s+)?(?:зам)?министр\w*\s+внутренних\s+дел"
         r"|глав\w+\s+МВД"
         r"|ішкі\s+істер\s+министрі\w*"),
        ("Ministry of Internal Affairs",
         r"ministry\s+of\s+(?:internal\s+affairs|(?:the\s+)?interior)|interior\s+ministry|(?-i:MIA|MoIA|MVD)"
         r"|министерств\w+\s+внутренних\s+дел|(?-i:МВД)|ішкі\s+істер\s+министрлі\w*|(?-i:ІІМ)"
         r"|the\s+(?:interior\s+)?ministry(?!\s+of\s+(?!internal|the\s+interior))"),
        ("Prosecutor General's Office",
         r"(?:prosecutor[- ]general['’]?s|general\s+prosecutor['’]?s|prosecutor['’]?s)\s+offices?"
         r"|office\s+of\s+the\s+prosecutor[- ]general|(?-i:PGO)|prosecution\s+service|prosecutors"
         r"|генеральн\w+\s+прокуратур\w*|генпрокуратур\w*|прокуратур\w*|бас\s+прокуратура\w*"
         r"|прокурор(?:ы|ами|ов)|прокурорлар\w*"  # "прокуроры установили", "прокурорами возбуждено"
         r"|(?<=деді\s)прокурор|(?<=сказал\s)прокурор"),  # a quote's speaker by role: "..., – деді прокурор"
        ("Prosecutor General",
         r"(?:deputy\s+)?(?:prosecutor[- ]general|general\s+prosecutor)|(?:заместител\w+\s+)?генеральн\w+\s+"
         r"прокурор\w*|генпрокурор\w*|бас\s+прокурор\w*"),
        ("CEC",
         r"central\s+election\s+commission|(?-i:CEC)|центральн\w+\s+избирательн\w+\s+комисси\w*|(?-i:ЦИК)"
         r"|орталық\s+сайлау\s+комиссия\w*|(?-i:ОСК)"),
        ("media",
         r"(?:independent\s+|local\s+|international\s+|online\s+|state\s+)?media(?:\s+outlets)?|press\s+reports"
         r"|news\s+(?:agenc(?:y|ies)|outlets|reports)|(?-i:СМИ)|средств\w*\s+массовой\s+информации|(?-i:БАҚ)"),
        ("civil society organisations",
         r"civil\s+society\s+(?:organi[sz]ations?|groups?|representatives|activists)|civil\s+society"
         r"|citizen\s+observer\s+(?:groups?|organi[sz]ations?|coalitions?|networks?)|(?-i:CSOs?|NGOs?)|non-governmental\s+organi[sz]ations?|human\s+rights\s+(?:organi[sz]ations?|groups?"
         r"|NGOs|defenders|activists|monitors|bureau)|citizen\s+observers|domestic\s+observers"
         r"|правозащитн\w+\s+(?:организаци\w*|центр\w*|бюро)|правозащитник\w*|общественн\w+\s+(?:организаци\w*"
         r"|объединени\w*)|(?-i:НПО|НКО)|гражданск\w+\s+обществ\w*|үкіметтік\s+емес\s+ұйым\w*"
         r"|құқық\s+қорғау\s+ұйым\w*"),
        ("police", r"police|полици\w*|полиция\w*"),
        ("", r"eye-?witness\w*|witnesses|очевидц\w*|куәгер\w*|local\s+observers"),  # kept as written
        ("ODIHR",
         r"OSCE/ODIHR|(?-i:ODIHR|IEOM|EOM)|the\s+mission|organi[sz]ation\s+for\s+security\s+and\s+co-?operation\s+in\s+europe|(?:international|OSCE|ODIHR|IEOM|EOM|short-term"
         r"|long-term)\s+observers|observers|(?-i:ОБСЕ/БДИПЧ|БДИПЧ|ОБСЕ)|миссия\w*|(?-i:ЕҚЫҰ|ДИАҚБ)"),
    )
)  # fmt: skip

_VERBS = (
    r"reported|reports|report|said|says|stated|states|announced|announces|informed|informs|told|noted|notes"
    r"|observed|saw|assessed|recorded|registered|received|initiated|opened|documented|claimed|claims|confirmed"
    r"|confirms|estimated|estimates|counted|indicated|indicates|established|found|cited|published|put\s+the|detailed|described"
    r"|spoke|explained|briefed|commented|added|wrote|declared|acknowledged|admitted|gave|provided|presented"
    r"|привел\w*|привёл|предоставил\w*|представил\w*"
    r"|выступил\w*|пояснил\w*|рассказал\w*|добавил\w*|заявляет|признал\w*|уточнил\w*"
    r"|сообщил\w*|сообщает|заявил\w*|отметил\w*|зарегистрировал\w*|зафиксировал\w*|получил\w*|возбудил\w*"
    r"|выявил\w*|установил\w*|информирует|информировал\w*|хабарлады|мәлімдеді|тіркеді|анықтады|хабарлайды"
    r"|instituted|brought|filed|прокомментировал\w*|возбужден\w*|возбуди\w*|направил\w*|сообща\w*|отмеча\w*"
    r"|рассказыва\w*|проинформировал\w*|айтты|атап\s+өтті|мәлім\s+етті|жеткізді|заявля\w*|привлек\w*|fined"
    r"|отчитал\w*|доложил\w*|деді|дейді|айтады|жазады"
)
# The name is the grammatical subject of a reporting verb, a few words later at most.
_SUBJECT_OF_VERB_RE = re.compile(
    rf"^(?:['’]s)?\s*(?:\([^)]{{0,40}}\)\s*)?(?:,(?:[^,]|,\d){{0,80}},\s*)?(?:[\w-]+\s+){{0,5}}?(?:{_VERBS})\b", FLAGS
)
_SOURCE_BEFORE_RE = re.compile(
    r"(?:according\s+to|as\s+reported\s+by|reported\s+by|cited\s+by|figures?\s+(?:of|from)|data\s+(?:of|from)"
    r"|information\s+(?:of|from)|statements?\s+(?:of|by)|estimates?\s+(?:of|by)|registered\s+by|received\s+by"
    r"|recorded\s+by|observed\s+by|noted\s+by|по\s+данным|по\s+информации|по\s+сведениям|согласно(?:\s+данным)?"
    r"|со\s+слов|по\s+словам|по\s+оценкам|как\s+сообщ\w+(?:\s+в)?|как\s+отметил\w*(?:\s+в)?|как\s+переда\w+"
    r"|как\s+пиш\w+|со\s+ссылкой\s+на|with\s+reference\s+to|citing|quoting)"
    r"(?:\s*(?:the|a|its|his|her|спикер\w*|пресс-служб\w*|представител\w*|spokesperson\s+(?:of|for)\s+the"
    r"|a\s+spokesperson\s+(?:of|for)\s+the|officials?\s+(?:of|from)\s+the|head\s+of\s+the)\b)*"
    r"(?:\s+(?-i:[A-ZА-ЯЁ][\w.-]*)){0,2}\s*$",  # "according to the Nur-Sultan Police Department"
    FLAGS,
)
_RECEIVED_AFTER_RE = re.compile(r"^[^.;]{0,120}?\b(?:поступил\w*|түсті|келіп\s+түсті)\b", FLAGS)
_KK_SOURCE_AFTER_RE = re.compile(r"^\w*\s*(?:мәліметінше|мәліметі\s+бойынша|хабарлауынша|деректері\s+бойынша)", FLAGS)
_OBJECT_BEFORE_RE = re.compile(
    r"\b(?:informed|told|notified|briefed|asked|invited|urged|called\s+on|to)\s+(?:the\s+)?$", FLAGS
)

_DASH_BEFORE_RE = re.compile(r"\S\s+[–—]\s*$")
_HEADLINE_END_RE = re.compile(r"^\w*\s*(?:$|[.!]|\s+(?-i:[A-ZА-ЯЁӘІҢҒҮҰҚӨҺ]))")

@dataclass(frozen=True)
class ReporterMention:
    """A reporter named in a reporting role."""

    start: int
    end: int
    reporter: str


def _in_role(text: str, start: int, end: int) -> bool:
    before, after = text[max(0, start - 80) : start], text[end : end + 160]
    if _FIRST_PERSON_BEFORE_RE.search(before):
        return False  # "our observers recorded ...": the speaker's own people; the speaker reports it
    if _SOURCE_BEFORE_RE.search(before):
        return True
    if _OBJECT_BEFORE_RE.search(before):
        return False  # "informed the mission": told, not telling
    if _DASH_BEFORE_RE.search(before) and _HEADLINE_END_RE.match(after):
        return True  # a headline's source after a dash: "18 нарушений выявлено – Генпрокуратура"
    return bool(
        _SUBJECT_OF_VERB_RE.match(after)
        or _KK_VERB_ENDS_CLAUSE_RE.match(after)
        or VERB_BEFORE_RE.search(before[-70:])
        or _KK_SOURCE_AFTER_RE.match(after)
        or (
            re.search(r"\b(?:в|во)\s+(?:органы\s+|адрес\s+|приёмную\s+|приемную\s+)?$", before, FLAGS)
            and _RECEIVED_AFTER_RE.match(after)
        )
    )


# Kazakh puts the reporting verb last: "Ішкі істер министрі Е. Т. 22 ақпан күні ... 53 адамның ұсталғанын мәлім етті".
_KK_VERB_ENDS_CLAUSE_RE = re.compile(
    r"^[^.;!?«»\"]{0,160}?(?<![\w-])(?:мәлім\s+етті|мәлімдеді|хабарлады|айтты|атап\s+өтті|жеткізді|деді)\s*[,.;!?]",
    FLAGS,
)
_FIRST_PERSON_BEFORE_RE = re.compile(r"\b(?:our|наш\w*|біздің)\s+(?:\w+\s+)?$", FLAGS)


def find_reporters(text: str) -> list[ReporterMention]:
    """Reporters the text names in a reporting role, in order; overlapping names keep the longest."""
    candidates = [(m.start(), m.end(), name) for name, pattern in REPORTER_PATTERNS for m in pattern.finditer(text)]
    kept = leftmost_longest(candidates, lambda c: (c[0], c[1]))
    organisations = organisation_subjects(text)
    kept = [k for k in kept if not any(o.start <= k[0] and k[1] <= o.end for o in organisations)]
    known = [ReporterMention(s, e, name or text[s:e]) for s, e, name in kept if _in_role(text, s, e)]
    taken = [(m.start, m.end) for m in (*known, *(ReporterMention(s, e, n) for s, e, n in kept))]
    outlets = [ReporterMention(*m) for m in named_outlets(text)]
    outlets = [m for m in outlets if not any(s < m.end and m.start < e for s, e in taken)]
    # an office cited by name when no listed source is inside it: "со ссылкой на пресс-службу президента"
    cited = [ReporterMention(*c) for c in cited_offices(text) if not any(c.start <= s and e <= c.end for s, e in taken)]
    outlets = [o for o in outlets if not any(c.start < o.end and o.start < c.end for c in cited)] + cited
    # "X reports, citing the Ministry": the figure is the Ministry's; the outlet only passes it on (its correspondent
    # and the region may stand between: "Корреспондент Радио Свобода в ... области со ссылкой на департамент полиции").
    sources = [k for k in (*known, *cited) if k.reporter]
    outlets = [
        o
        for o in outlets
        if not any(0 <= k.start - o.end <= CITING_REACH and CITING_RE.search(text, o.end, k.start) for k in sources)
    ]
    # "the news agency Akipress": the outlet named, not the generic "media".
    known = [k for k in known if k.reporter != "media" or not any(0 <= o.start - k.end <= 2 for o in outlets)]
    outlets += [ReporterMention(*r) for r in role_reporters(text) if all(r.end <= s or e <= r.start for s, e in taken)]
    outlets += [ReporterMention(*o) for o in organisations]
    if (m := BYLINE_RE.match(text)) is not None:
        outlets = [o for o in outlets if o.start >= m.end()] + [ReporterMention(*m.span("name"), m.group("name"))]
    return sorted((*known, *outlets), key=lambda m: m.start)


def default_reporter(publisher: Source) -> str:
    """Who speaks when nobody else is named: the publisher itself."""
    return "CEC" if publisher == "cec" else "ODIHR"


# A person named with the institution they speak for: "Eoghan Murphy, head of the ODIHR mission, said", "начальник
# управления Генпрокуратуры Азамат Саргазин". Later sentences that quote the person by name ("Murphy said",
# "рассказал Саргазин") report for that institution.
_ROLE = (
    r"(?:head|chair(?:man|woman|person)?|director|spokes(?:man|woman|person)|representative|coordinator|deputy"
    r"|official|начальник\w*|руководител\w*|представител\w*|глав\w*|замести\w*|председател\w*|координатор\w*"
    r"|спикер\w*|официальн\w+\s+представител\w*|басшы\w*|бастығы|төраға\w*|өкілі)"
)
_PERSON = r"(?-i:[A-ZА-ЯЁӘІҢҒҮҰҚӨҺ][\w'’-]+(?:\s+[A-ZА-ЯЁӘІҢҒҮҰҚӨҺ][\w'’-]+){0,2})"
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
