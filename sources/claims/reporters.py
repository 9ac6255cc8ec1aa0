"""Who reported a figure: the source named in the sentence, not the document's publisher.

A name counts as the reporter only in a reporting role: "according to X", "X reported / said /
informed / registered / observed ...", "reported by X", "по данным X", "X сообщил", "в X поступило",
"X мәліметінше". A name in another role ("the CEC informed *the mission*", "*observers* were
deployed") does not. Names are normalised:

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

Sources outside this list are kept as written: a press outlet or website named in a reporting role
("передаёт «X»", "Как пишет x.kz", "according to the news agency X", "X reported"), eyewitnesses ("по словам
очевидцев"), "как сообщают <whoever>"; an outlet citing a listed source ("X reports, citing the Interior
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

from sources.claims.spans import leftmost_longest
from sources.records import Source

FLAGS = re.IGNORECASE

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
         r"|прокурор(?:ы|ами|ов)|прокурорлар\w*"),  # "прокуроры установили", "прокурорами возбуждено"
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
        ("", r"eye-?witness\w*|witnesses|очевидц\w*|куәгер\w*"),  # kept as written
        ("ODIHR",
         r"OSCE/ODIHR|(?-i:ODIHR|IEOM|EOM)|the\s+mission|(?:international|OSCE|ODIHR|IEOM|EOM|short-term"
         r"|long-term)\s+observers|observers|(?-i:ОБСЕ/БДИПЧ|БДИПЧ|ОБСЕ)|миссия\w*|(?-i:ЕҚЫҰ|ДИАҚБ)"),
    )
)  # fmt: skip

_VERBS = (
    r"reported|reports|report|said|says|stated|states|announced|announces|informed|informs|told|noted|notes"
    r"|observed|saw|assessed|recorded|registered|received|initiated|opened|documented|claimed|claims|confirmed"
    r"|confirms|estimated|estimates|counted|indicated|indicates|established|found|cited|published|put\s+the"
    r"|spoke|explained|briefed|commented|added|wrote|declared|acknowledged|admitted|gave|provided|presented"
    r"|привел\w*|привёл|предоставил\w*|представил\w*"
    r"|выступил\w*|пояснил\w*|рассказал\w*|добавил\w*|заявляет|признал\w*|уточнил\w*"
    r"|сообщил\w*|сообщает|заявил\w*|отметил\w*|зарегистрировал\w*|зафиксировал\w*|получил\w*|возбудил\w*"
    r"|выявил\w*|установил\w*|информирует|информировал\w*|хабарлады|мәлімдеді|тіркеді|анықтады|хабарлайды"
    r"|instituted|brought|filed|прокомментировал\w*|возбужден\w*|возбуди\w*|направил\w*|сообща\w*|отмеча\w*"
    r"|рассказыва\w*|проинформировал\w*"
)
# The name is the grammatical subject of a reporting verb, a few words later at most.
_SUBJECT_OF_VERB_RE = re.compile(
    rf"^(?:['’]s)?\s*(?:\([^)]{{0,40}}\)\s*)?(?:,(?:[^,]|,\d){{0,80}},\s*)?(?:[\w-]+\s+){{0,4}}?(?:{_VERBS})\b", FLAGS
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
# The reporting verb before its subject: "Об этом заявил первый замминистра ...", "..., said the website of the".
_VERB_BEFORE_RE = re.compile(
    r"\b(?:said|says|told|reported|reports|stated|announced|wrote|writes|сообщил\w*|сообщает|сообщают|заявил\w*"
    r"|передает|передаёт|передают|пишет|пишут|рассказал\w*|отметил\w*|отмеча\w*|сообща\w*|сказал\w*"
    r"|проинформировал\w*|хабарлады|мәлімдеді)"
    r"(?:\s+[\w.'’/-]+){0,8}?\s*$",
    FLAGS,
)
# A press outlet or other source outside the normalised list, kept as written: a name in quotes, a web address,
# a capitalised name after an outlet noun ("the news agency X", "the website X") or right before/after a
# reporting verb ("X reported", "передает «X»", "Как передает X").
_OUTLET_NOUNS = (
    r"(?:news\s+agency|agency|website|outlet|newspaper|portal|channel|service|информагентств\w*|агентств\w*"
    r"|издани\w*|портал\w*|сайт\w*|телеканал\w*|газет\w*)"
)
_NAME = (
    r"(?!(?:как|as|this|it|he|she|they|об|это|он|она|они|так)\b)"
    r"(?-i:[A-ZА-ЯЁ][\w.'’/-]*(?:\s+[A-ZА-ЯЁ][\w.'’/-]*){0,3})"
)
_OUTLET_RE = re.compile(
    r"«(?P<q1>[^»]{2,40})»|\"(?P<q2>[^\"]{2,40})\"|(?P<web>(?<![\w.])[A-Za-z][\w-]*\.(?:kz|kg|ru|uz|com|org|net|info))"
    rf"|(?<![\w-]){_OUTLET_NOUNS}\s+(?P<named>{_NAME})|(?P<cap>(?<![\w-]){_NAME})(?=\s+(?:{_OUTLET_NOUNS}\s+)?"
    r"(?:reported|reports|said|says|wrote|writes|told|сообщает|сообщил\w*|передает|передаёт|пишет)\b)",
    FLAGS,
)
_CITING_RE = re.compile(r"\b(?:со\s+ссылкой\s+на|ссылаясь\s+на|with\s+reference\s+to|citing|quoting)\b", FLAGS)
_OUTLET_VERB_AFTER_RE = re.compile(
    r"^[»\"]?\s+(?:reported|reports|said|says|wrote|writes|сообщает|сообщил\w*|передает|передаёт|пишет)\b", FLAGS
)
_OUTLET_ROLE_BEFORE_RE = re.compile(
    r"(?:(?:как\s+)?(?:сообщает|сообщают|передает|передаёт|передают|пишет|пишут)|according\s+to|reported\s+by|cited\s+by"
    r"|со\s+ссылкой\s+на|по\s+данным|по\s+информации|citing)(?:\s+the)?(?:\s+(?:[\w-]+\s+)?"
    + _OUTLET_NOUNS
    + r")?\s*$",
    FLAGS,
)
_OBJECT_BEFORE_RE = re.compile(
    r"\b(?:informed|told|notified|briefed|asked|invited|urged|called\s+on|to)\s+(?:the\s+)?$", FLAGS
)

CONTINUATION_RE = re.compile(
    r"^(?:of\s+(?:the|these|those|them|which|this)|among\s+(?:them|those|these|the)|these|those|they|this"
    r"|it|in\s+addition|additionally|moreover|furthermore|further|also|later|subsequently|of\s+this\s+number"
    r"|out\s+of\s+(?:the|these)|a\s+further|another|most\s+of|some\s+of|all\s+of|in\s+total|overall|in\s+all"
    r"|из\s+(?:них|этого|общего|которых)|среди\s+(?:них|задержанных)|кроме\s+того|также|помимо\s+(?:этого|того)"
    r"|в\s+том\s+числе|позднее|позже|впоследствии|всего|они|это|при\s+этом|оның\s+ішінде|олардың|сондай-ақ"
    r"|сообщается|отмечается|уточняется|it\s+(?:is|was)\s+(?:reported|stated|noted)"
    r"|бұдан\s+басқа)\b"
    r"|\b(?:reported\s+later|later\s+reported|subsequently\s+reported"
    r"|among\s+(?:those|the\s+people|the\s+persons)\s+(?:detained|arrested)|среди\s+задержанных)\b",
    FLAGS,
)
# The speaker of the previous sentence goes on: "He said that ...", "По его словам, ...".
SPEAKER_RE = re.compile(
    r"^(?:he|she|они|он|она|ол)\s+(?:\w+\s+)?(?:said|added|stated|reported|told|noted|explained|сообщил\w*|заявил\w*"
    r"|добавил\w*|отметил\w*|пояснил\w*|уточнил\w*|айтты|мәлімдеді|хабарлады)\b"
    r"|^(?:по\s+(?:его|её|ее|их)\s+(?:словам|данным)|according\s+to\s+(?:him|her|them|the\s+same\s+source)"
    r"|оның\s+айтуынша)\b",
    FLAGS,
)
OBSERVED_RE = re.compile(
    r"\b(?:were|was|been)\s+(?:\w+\s+)?(?:observed|noted|witnessed|seen)\b|\bobservers\s+(?:\w+\s+)?(?:saw|noted"
    r"|observed|reported|witnessed)\b|\b(?:the\s+)?(?:IEOM|EOM|ODIHR|mission)\s+(?:\w+\s+)?(?:observed|noted"
    r"|assessed|saw)\b",
    FLAGS,
)


@dataclass(frozen=True)
class ReporterMention:
    """A reporter named in a reporting role."""

    start: int
    end: int
    reporter: str


def _in_role(text: str, start: int, end: int) -> bool:
    before, after = text[max(0, start - 80) : start], text[end : end + 160]
    if _SOURCE_BEFORE_RE.search(before):
        return True
    if _OBJECT_BEFORE_RE.search(before):
        return False  # "informed the mission": told, not telling
    return bool(
        _SUBJECT_OF_VERB_RE.match(after)
        or _VERB_BEFORE_RE.search(before[-70:])
        or _KK_SOURCE_AFTER_RE.match(after)
        or (
            re.search(r"\b(?:в|во)\s+(?:органы\s+|адрес\s+|приёмную\s+|приемную\s+)?$", before, FLAGS)
            and _RECEIVED_AFTER_RE.match(after)
        )
    )


def find_reporters(text: str) -> list[ReporterMention]:
    """Reporters the text names in a reporting role, in order; overlapping names keep the longest."""
    candidates = [(m.start(), m.end(), name) for name, pattern in REPORTER_PATTERNS for m in pattern.finditer(text)]
    kept = leftmost_longest(candidates, lambda c: (c[0], c[1]))
    known = [ReporterMention(s, e, name or text[s:e]) for s, e, name in kept if _in_role(text, s, e)]
    taken = [(m.start, m.end) for m in (*known, *(ReporterMention(s, e, n) for s, e, n in kept))]
    outlets = [m for m in _outlets(text) if not any(s < m.end and m.start < e for s, e in taken)]
    # "X reports, citing the Ministry": the figure is the Ministry's; the outlet only passes it on.
    outlets = [
        o
        for o in outlets
        if not any(0 <= k.start - o.end <= 60 and _CITING_RE.search(text, o.end, k.start) for k in known if k.reporter)
    ]
    # "the news agency Akipress": the outlet named, not the generic "media".
    known = [k for k in known if k.reporter != "media" or not any(0 <= o.start - k.end <= 2 for o in outlets)]
    return sorted((*known, *outlets), key=lambda m: m.start)


# "Как сообщают российские информагентства, ...", "As local outlets reported, ...": whoever follows is the source.
_AS_REPORTED_RE = re.compile(
    r"\b(?:как\s+(?:сообща\w+|переда\w+|пиш\w+|отмеча\w+)|as\s+(?:reported\s+by|\w+\s+(?:outlets?\s+)?report(?:ed|s)?))"
    r"\s+(?P<who>[^\W\d][^,.;:«»\"]{2,50}?)\s*,",
    FLAGS,
)


def _outlets(text: str) -> list[ReporterMention]:
    """Sources outside the normalised list, in a reporting role: press outlets, websites, named people."""
    out = [ReporterMention(*m.span("who"), m.group("who")) for m in _AS_REPORTED_RE.finditer(text)]
    for m in _OUTLET_RE.finditer(text):
        group = next(g for g in ("q1", "q2", "web", "named", "cap") if m.group(g))
        start, end = m.span(group)
        while end > start and text[end - 1] in ".,;:’'":
            end -= 1
        before = text[max(0, start - 60) : m.start()]
        at_end = re.match(r"^[»\"]?\s*(?:[.;]|$)", text[m.end() : m.end() + 3])
        if (
            group == "cap"
            or _OUTLET_ROLE_BEFORE_RE.search(before)
            or _OUTLET_VERB_AFTER_RE.match(text[m.end() :])
            or (_VERB_BEFORE_RE.search(before[-30:]) and at_end)
        ):
            out.append(ReporterMention(start, end, text[start:end].strip()))
    return out


# The sentence names who said what the sentences before it reported: "Об этом заявил ...", "This was reported by".
BACK_REFERENCE_RE = re.compile(
    r"^(?:об\s+этом|о\s+(?:б\s+)?этом|эти\s+(?:данные|цифры)|такие\s+(?:данные|цифры)|this\s+was|these\s+(?:figures|numbers"
    r"|data)|the\s+figures?\s+(?:was|were)|бұл\s+туралы)\b",
    FLAGS,
)


# The sentence goes on about the people or cases counted before: "1,500 of them were released, X reports".
_OF_THEM_RE = re.compile(r"\b(?:of\s+them|of\s+whom|из\s+них|олардың\s+ішінде)\b", FLAGS)


def refers_back(text: str) -> bool:
    """The sentence names the reporter of what the sentences before it said ("Об этом сообщил ...")."""
    return BACK_REFERENCE_RE.search(text) is not None or _OF_THEM_RE.search(text) is not None


def default_reporter(publisher: Source) -> str:
    """Who speaks when nobody else is named: the publisher itself."""
    return "CEC" if publisher == "cec" else "ODIHR"


def continues_account(text: str) -> bool:
    """The sentence goes on with the previous sentence's account ("Of them, ...", "Из них ...")."""
    return CONTINUATION_RE.search(text) is not None


def speaker_goes_on(text: str) -> bool:
    """The sentence goes on with the previous sentence's speaker ("He said that ...")."""
    return SPEAKER_RE.search(text) is not None


def reports_observation(text: str) -> bool:
    """The sentence reports what observers saw."""
    return OBSERVED_RE.search(text) is not None
