"""The sources a text may name as its reporter, and the name each is normalised to.

Names are normalised:

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
Kazakhstan International        Kazakhstan International Bureau for Human Rights (and the Rule of Law),
Bureau for Human Rights        KIBHR; бюро по правам человека; адам құқықтары ... бюросы
civil society organisations    civil society organisations, CSOs, NGOs, human rights organisations /
                               defenders, citizen observers; правозащитники, НПО, общественные
                               организации; үкіметтік емес ұйымдар
police                         police; полиция
ODIHR                          ODIHR, OSCE/ODIHR, IEOM, EOM, the mission, (international) observers;
                               БДИПЧ, ОБСЕ, МНВ, МНМВ, миссия; ЕҚЫҰ, ДИАҚБ
=============================  =====================================================================

Anything else named as a source is kept as written (reporter_outlets.py, reporter_roles.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sources.records import Source

FLAGS = re.IGNORECASE

# Kazakh writes a case ending after an acronym with a hyphen ("ІІМ-нің мәліметінше", "ОСК-ға", "ЕҚЫҰ-ның"): the
# name is still the reporter, in its case. Genitive, dative, accusative, locative, ablative, instrumental endings
# (each in its vowel-harmony and consonant variants), optionally followed by a possessive ("ОСК-ның", "ІІМ-дегі").
KAZAKH_CASE_SUFFIX = (
    r"-(?:[ндт][ыі]ң|[ғгқк][ае]|[нд]?[ае]|[ндт][ыі]|[дтн][ае]н?|[мбп]ен|[дтн]?[ае]ғы|[дтн]?егі)(?![\w-])"
)
REPORTER_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(rf"(?<![\w-])(?:{pattern})(?:(?![\w-])|(?={KAZAKH_CASE_SUFFIX}))", FLAGS))
    for name, pattern in (
        ("Minister of Internal Affairs",
         r"(?:deputy\s+)?minister\s+of\s+(?:internal\s+affairs|(?:the\s+)?interior)|interior\s+minister"
         r"|internal\s+affairs\s+minister|(?:замести\w+\s+|первый\s+)?(?:зам)?министр\w*\s+внутренних\s+дел"
         r"|глав\w+\s+МВД"
         r"|ішкі\s+істер\s+(?:вице-)?министрі\w*"),
        ("Ministry of Internal Affairs",
         r"ministry\s+of\s+(?:internal\s+affairs|(?:the\s+)?interior)|interior\s+ministry|(?-i:MIA|MoIA|MVD)"
         r"|министерств\w+\s+внутренних\s+дел|(?-i:МВД)|ішкі\s+істер\s+министрлі\w*|(?-i:ІІМ)"
         r"|the\s+(?:interior\s+)?ministry(?!\s+of\b)"  # "the Ministry of Internal Affairs" is the name whole
         # the bare "министерство" that spoke before, as "the ministry": "как уточнили в министерстве,"
         r"|министерств\w*(?=\s*[,.;:)]|\s+(?:сообщ|заяв|уточн|поясн|отмет|добав|подтверд)\w*)"
         # ... and the Kazakh "Министрлік мәліметі бойынша" (by the ministry's data) after it named itself
         r"|министрлі\w*(?=\s+(?:мәлімет|дерек|ақпарат|хабарла|мәлімде)\w*)"),
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
        ("media",  # not the media as a topic: "media bias", "media coverage", "media freedom"
         r"(?:independent\s+|local\s+|international\s+|online\s+|state\s+)?media(?:\s+outlets)?"
         r"(?!\s+(?:bias|coverage|freedom|environment|landscape|pluralism|law|access|monitoring|restrictions))|press\s+reports"
         r"|news\s+(?:agenc(?:y|ies)|outlets|reports)|(?-i:СМИ)|средств\w*\s+массовой\s+информации|(?-i:БАҚ)"),
        # the human rights bureau by its long name, in any of its languages: one organisation, named as such
        ("Kazakhstan International Bureau for Human Rights",
         r"(?:(?:the\s+)?kazakhstan\s+international\s+)?bureau\s+for\s+human\s+rights(?:\s+and\s+(?:the\s+)?rule\s+of"
         r"\s+law)?|(?-i:KIBHR|КМБПЧ)|(?:казахстанск\w+\s+международн\w+\s+)?бюро\s+по\s+правам\s+человека(?:\s+и\s+"
         r"соблюдению\s+законности)?|адам\s+құқықтары(?:\s+[\w-]+){0,6}?\s+бюро\w*"),
        ("civil society organisations",
         r"civil\s+society\s+(?:organi[sz]ations?|groups?|representatives|activists)|civil\s+society"
         r"|citizen\s+observer\s+(?:groups?|organi[sz]ations?|coalitions?|networks?)|(?-i:CSOs?|NGOs?)|non-governmental\s+organi[sz]ations?|human\s+rights\s+(?:organi[sz]ations?|groups?"
         r"|NGOs|defenders|activists|monitors|bureau)|citizen\s+observers|domestic\s+observers"
         # "according to media freedom groups": watchdogs of the press, not the press
         r"|(?:media|press)[\s-]+freedom\s+(?:groups?|organi[sz]ations?|watchdogs?|NGOs)"
         r"|правозащитн\w+\s+(?:организаци\w*|центр\w*|бюро)|правозащитни(?:к|ц)\w*|гражданск\w+\s+наблюдател\w*"
         r"|общественн\w+\s+(?:организаци\w*"
         r"|объединени\w*)|(?-i:НПО|НКО)|гражданск\w+\s+обществ\w*|үкіметтік\s+емес\s+ұйым\w*"
         r"|құқық\s+қорғау\s+ұйым\w*"),
        ("police", r"police|полици\w*|полиция\w*"),
        # kept as written; observers who are not the mission's: "independent observers", "независимые наблюдатели"
        ("", r"eye-?witness\w*|witnesses|очевидц\w*|куәгер\w*|local\s+observers|independent\s+observers"
             r"|независим\w+\s+наблюдател\w*|местн\w+\s+наблюдател\w*|тәуелсіз\s+бақылаушы\w*"),
        ("ODIHR",
         r"OSCE/ODIHR|(?-i:ODIHR|IEOM|EOM|CSCE)|the\s+mission|organi[sz]ation\s+for\s+security\s+and\s+co-?operation\s+in\s+europe"
         # the OSCE's name until 1995: "a parliamentary delegation from the CSCE"
         r"|conference\s+on\s+security\s+and\s+co-?operation\s+in\s+europe|(?:international|OSCE|ODIHR|IEOM|EOM|short-term"
         # "its observers", "their monitors": the observers of the body just named, not the mission's
         r"|long-term)\s+observers|(?<!its\s)(?<!their\s)(?<!his\s)(?<!her\s)(?<!our\s)(?<!own\s)observers|(?-i:ОБСЕ/БДИПЧ|БДИПЧ|ОБСЕ)|(?-i:МНМВ|МНВ|ММНВ)|наблюдател\w*\s+(?:миссии|(?-i:ОБСЕ|БДИПЧ))|мисси[яиюе]\w*"
         r"|(?-i:ЕҚЫҰ|ДИАҚБ)"),
    )
)  # fmt: skip


@dataclass(frozen=True)
class ReporterMention:
    """A reporter named in a reporting role."""

    start: int
    end: int
    reporter: str


def role_before(text: str, mention: ReporterMention) -> ReporterMention:
    """A person named right after their office's title speaks as that office ("Ішкі істер вице-министрі Марат
    Қожаевтың айтуынша" → Minister of Internal Affairs), as the reporters list names offices, not people."""
    before = text[max(0, mention.start - 60): mention.start]
    for name, pattern in REPORTER_PATTERNS:
        if not name or name == mention.reporter or not OFFICE_RE.search(name):
            continue  # a rights defender, an agency, a group: the person named is the source, as written
        if (m := list(pattern.finditer(before))) and not before[m[-1].end():].strip():
            return ReporterMention(mention.start - len(before) + m[-1].start(), mention.end, name)
    return mention


OFFICE_RE = re.compile(r"\b(?:Minister|Prosecutor|Chair(?:man|person)?|Ombudsman|Commissioner)\b")


# A name right after one of these is an object or a complement, not the sentence's subject.
PREPOSITION_BEFORE_RE = re.compile(
    r"(?:^|\s)(?:of|to|by|in|at|from|with|for|on|about|against|into|в|во|на|к|ко|от|с|со|по|для|о|об|при|против"
    r"|informed|told|asked|urged)\s+(?:the\s+|a\s+|its\s+)?$",
    FLAGS,
)


def default_reporter(publisher: Source) -> str:
    """Who speaks when nobody else is named: the publisher itself."""
    return "CEC" if publisher == "cec" else "ODIHR"
