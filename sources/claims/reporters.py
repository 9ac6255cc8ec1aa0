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
         r"|internal\s+affairs\s+minister|(?:замести\w+\s+)?министр\w*\s+внутренних\s+дел|глав\w+\s+МВД"
         r"|ішкі\s+істер\s+министрі\w*"),
        ("Ministry of Internal Affairs",
         r"ministry\s+of\s+(?:internal\s+affairs|(?:the\s+)?interior)|interior\s+ministry|(?-i:MIA|MoIA|MVD)"
         r"|министерств\w+\s+внутренних\s+дел|(?-i:МВД)|ішкі\s+істер\s+министрлі\w*|(?-i:ІІМ)"
         r"|the\s+(?:interior\s+)?ministry(?!\s+of\s+(?!internal|the\s+interior))"),
        ("Prosecutor General's Office",
         r"(?:prosecutor[- ]general['’]?s|general\s+prosecutor['’]?s|prosecutor['’]?s)\s+offices?"
         r"|office\s+of\s+the\s+prosecutor[- ]general|(?-i:PGO)|prosecution\s+service|prosecutors"
         r"|генеральн\w+\s+прокуратур\w*|генпрокуратур\w*|прокуратур\w*|бас\s+прокуратура\w*"),
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
)
# The name is the grammatical subject of a reporting verb, a few words later at most.
_SUBJECT_OF_VERB_RE = re.compile(
    rf"^(?:['’]s)?\s*(?:\([^)]{{0,40}}\)\s*)?(?:,(?:[^,]|,\d){{0,80}},\s*)?(?:[\w-]+\s+){{0,3}}?(?:{_VERBS})\b", FLAGS
)
_SOURCE_BEFORE_RE = re.compile(
    r"(?:according\s+to|as\s+reported\s+by|reported\s+by|cited\s+by|figures?\s+(?:of|from)|data\s+(?:of|from)"
    r"|information\s+(?:of|from)|statements?\s+(?:of|by)|estimates?\s+(?:of|by)|registered\s+by|received\s+by"
    r"|recorded\s+by|observed\s+by|noted\s+by|по\s+данным|по\s+информации|по\s+сведениям|согласно(?:\s+данным)?"
    r"|со\s+слов|как\s+сообщ\w+(?:\s+в)?|как\s+отметил\w*(?:\s+в)?)"
    r"(?:\s*(?:the|a|its|his|her|спикер\w*|пресс-служб\w*|представител\w*|spokesperson\s+(?:of|for)\s+the"
    r"|a\s+spokesperson\s+(?:of|for)\s+the|officials?\s+(?:of|from)\s+the|head\s+of\s+the)\b)*\s*$",
    FLAGS,
)
_RECEIVED_AFTER_RE = re.compile(r"^[^.;]{0,120}?\b(?:поступил\w*|түсті|келіп\s+түсті)\b", FLAGS)
_KK_SOURCE_AFTER_RE = re.compile(r"^\w*\s*(?:мәліметінше|мәліметі\s+бойынша|хабарлауынша|деректері\s+бойынша)", FLAGS)
_OBJECT_BEFORE_RE = re.compile(
    r"\b(?:informed|told|notified|briefed|asked|invited|urged|called\s+on|to)\s+(?:the\s+)?$", FLAGS
)

CONTINUATION_RE = re.compile(
    r"^(?:of\s+(?:the|these|those|them|which|this)|among\s+(?:them|those|these|the)|these|those|they|this"
    r"|it|in\s+addition|additionally|moreover|furthermore|further|also|later|subsequently|of\s+this\s+number"
    r"|out\s+of\s+(?:the|these)|a\s+further|another|most\s+of|some\s+of|all\s+of|in\s+total|overall|in\s+all"
    r"|из\s+(?:них|этого|общего|которых)|среди\s+(?:них|задержанных)|кроме\s+того|также|помимо\s+(?:этого|того)"
    r"|в\s+том\s+числе|позднее|позже|впоследствии|всего|они|это|при\s+этом|оның\s+ішінде|олардың|сондай-ақ"
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
        or _KK_SOURCE_AFTER_RE.match(after)
        or (re.search(r"\b(?:в|во)\s+(?:органы\s+|адрес\s+|приёмную\s+|приемную\s+)?$", before, FLAGS)
            and _RECEIVED_AFTER_RE.match(after))
    )


def find_reporters(text: str) -> list[ReporterMention]:
    """Reporters the text names in a reporting role, in order; overlapping names keep the longest."""
    candidates = [(m.start(), m.end(), name) for name, pattern in REPORTER_PATTERNS for m in pattern.finditer(text)]
    kept = leftmost_longest(candidates, lambda c: (c[0], c[1]))
    return [ReporterMention(s, e, name) for s, e, name in kept if _in_role(text, s, e)]


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
