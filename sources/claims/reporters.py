"""Who reported a figure: the source named in the sentence, not the document's publisher.

A name counts as the reporter only in a reporting role: "according to X", "X reported / said /
informed / registered / observed ...", "reported by X", "по данным X", "X сообщил", "в X поступило",
"X мәліметінше", and the Kazakh verb that ends the clause ("X ... 53 адамның ұсталғанын мәлім етті"), the Kazakh
recipient of a receiving verb in the dative ("прокуратура органдарына ... 37 шағым келіп түсті"), and a name that
opens its clause before any finite verb that is not the event itself ("The Interior Ministry released figures showing
...", "Генпрокуратура обнародовала данные о ..."; not "Police detained 41 people"). A name in another role ("the CEC
informed *the mission*", "*observers* were deployed") does not. `named_subject` gives the institution a sentence is
about, whatever its verb, for a pronoun that speaks next ("It said that ...", "По её данным"); `lead_organisation` the
organisation named in quotes at a story's lead, which speaks for the findings the story lists without a source.

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

from sources.claims.reporter_outlets import BYLINE_RE, CITING_RE, VERB_BEFORE_RE, cited_offices, named_outlets, said_in
from sources.claims.reporter_roles import organisation_subjects, role_reporters
from sources.claims.spans import leftmost_longest
from sources.claims.vocabulary import (
    DETENTION_NOUN_RE,
    DETENTION_VERB_RE,
    GATHERING_RE,
    SANCTION_RE,
)
from sources.records import Source
from sources.text.letters import CAPITAL, CAPITALISED_WORD, UPPER_LETTERS

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
         r"|the\s+(?:interior\s+)?ministry(?!\s+of\s+(?!internal|the\s+interior))"
         # the bare "министерство" that spoke before, as "the ministry": "как уточнили в министерстве,"
         r"|министерств\w*(?=\s*[,.;:)]|\s+(?:сообщ|заяв|уточн|поясн|отмет|добав|подтверд)\w*)"),
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
        ("civil society organisations",
         r"civil\s+society\s+(?:organi[sz]ations?|groups?|representatives|activists)|civil\s+society"
         r"|citizen\s+observer\s+(?:groups?|organi[sz]ations?|coalitions?|networks?)|(?-i:CSOs?|NGOs?)|non-governmental\s+organi[sz]ations?|human\s+rights\s+(?:organi[sz]ations?|groups?"
         r"|NGOs|defenders|activists|monitors|bureau)|citizen\s+observers|domestic\s+observers"
         # "according to media freedom groups": watchdogs of the press, not the press
         r"|(?:media|press)[\s-]+freedom\s+(?:groups?|organi[sz]ations?|watchdogs?|NGOs)"
         r"|правозащитн\w+\s+(?:организаци\w*|центр\w*|бюро)|правозащитни(?:к|ц)\w*|общественн\w+\s+(?:организаци\w*"
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
         r"|long-term)\s+observers|observers|(?-i:ОБСЕ/БДИПЧ|БДИПЧ|ОБСЕ)|миссия\w*|(?-i:ЕҚЫҰ|ДИАҚБ)"),
    )
)  # fmt: skip

_VERBS = (
    r"reported|reports|report|said|says|stated|states|announced|announces|informed|informs|told|noted|notes"
    r"|observed|saw|assessed|recorded|registered|received|initiated|opened|documented|claimed|claims|confirmed"
    r"|confirms|estimated|estimates|counted|indicated|indicates|established|found|cited|published|put\s+the|detailed|described"
    r"|spoke|explained|briefed|commented|added|wrote|declared|acknowledged|admitted|gave|provided|presented"
    r"|branded|critici[sz]ed|condemned|denounced|faulted"
    r"|привел\w*|привёл|предоставил\w*|представил\w*"
    r"|выступил\w*|пояснил\w*|рассказал\w*|добавил\w*|заявляет|признал\w*|уточнил\w*"
    r"|сообщил\w*|сообщает|заявил\w*|отметил\w*|зарегистрировал\w*|зафиксировал\w*|получил\w*|возбудил\w*"
    r"|выявил\w*|установил\w*|информирует|информировал\w*|хабарлады|мәлімдеді|тіркеді|анықтады|хабарлайды"
    r"|instituted|brought|filed|прокомментировал\w*|возбужден\w*|возбуди\w*|направил\w*|сообща\w*|отмеча\w*"
    r"|рассказыва\w*|проинформировал\w*|айтты|атап\s+өтті|мәлім\s+етті|жеткізді|заявля\w*|привлек\w*|fined"
    r"|отчитал\w*|доложил\w*|деді|дейді|айтады|жазады|қозғады|ескертті|ескертеді|келтірді|келтіреді|мәлімдейді"
)
# The name is the grammatical subject of a reporting verb, a few words later at most.
_SUBJECT_OF_VERB_RE = re.compile(
    rf"^(?:['’]s)?\s*(?:\([^)]{{0,40}}\)\s*)?(?:,(?:[^,]|,\d){{0,80}},\s*)?(?:[\w-]+\s+){{0,5}}?(?:{_VERBS})\b", FLAGS
)

# The reporting verb right after a name, its subject: "Zhovtis put the number at ...", "Жовтис также уточнил".
_VERB_NEXT_RE = re.compile(rf"\s+(?:(?:has|had|also|later|then|также|позже|тоже)\s+)?(?:{_VERBS})\b", FLAGS)


def reporting_verb_after(text: str, end: int) -> bool:
    """A reporting verb follows the name that ends at `end`, as its subject."""
    return _VERB_NEXT_RE.match(text, end) is not None


_SOURCE_BEFORE_RE = re.compile(
    r"(?:according\s+to|as\s+reported\s+by|reported\s+by|cited\s+by|figures?\s+(?:of|from)|data\s+(?:of|from)"
    r"|information\s+(?:of|from)|statements?\s+(?:of|by)|estimates?\s+(?:of|by)|registered\s+by|received\s+by"
    r"|recorded\s+by|observed\s+by|noted\s+by|seen\s+by|witnessed\s+by|noticed\s+by|submitted\s+by|collected\s+by"
    r"|gathered\s+by|documented\s+by"
    # the agent of a passive participle: "факты нарушений, замеченные независимыми наблюдателями"
    r"|(?:замеченн|выявленн|зафиксированн|отмеченн|обнаруженн)\w+|по\s+данным|по\s+информации|по\s+сведениям|согласно(?:\s+данным)?"
    r"|со\s+слов|по\s+словам|по\s+оценкам|как\s+сообщ\w+(?:\s+в)?|как\s+отметил\w*(?:\s+в)?|как\s+переда\w+"
    r"|следует\s+из(?:\s+(?:данных|сообщения|информации))?|из\s+данных"
    r"|как\s+пиш\w+|со\s+ссылкой\s+на|with\s+reference\s+to|citing|quoting"
    r"|в\s+(?:сообщении|заявлении|пресс-релизе|информации|ответе)|in\s+(?:a|the|its)\s+(?:statement|press\s+release|message)"
    r"\s+(?:of|by|from))"
    r"(?:\s*(?:the|a|its|his|her|спикер\w*|пресс-служб\w*|представител\w*|ведомств\w*|spokesperson\s+(?:of|for)\s+the"
    r"|a\s+spokesperson\s+(?:of|for)\s+the|officials?\s+(?:of|from)\s+the|head\s+of\s+the"
    # an adjective before the source: "по данным местного правозащитного центра", "according to the local police"
    r"|(?-i:[а-яё])[а-яё]+(?:ого|его|ой|ей|ых|их)|local|regional|city|national|independent"
    r"|департамент\w*|управлени\w*)\b)*"
    rf"(?:\s+(?-i:[{UPPER_LETTERS}][\w.-]*)){{0,2}}\s*$",  # "according to the Nur-Sultan Police Department"
    FLAGS,
)
_RECEIVED_AFTER_RE = re.compile(r"^[^.;]{0,120}?\b(?:поступил\w*|түсті|келіп\s+түсті)\b", FLAGS)
# the receiving verb first: "Два обращения поступило в прокуратуру за вчерашний день"
_RECEIVED_BEFORE_RE = re.compile(
    r"\b(?:поступил\w*|поступа\w*|поступивш\w*)\s+(?:[\w-]+\s+){0,3}?(?:в|во)\s+(?:органы\s+)?$", FLAGS
)
_KK_SOURCE_AFTER_RE = re.compile(r"^\w*\s*(?:мәліметінше|мәліметі\s+бойынша|хабарлауынша|деректері\s+бойынша)", FLAGS)
_OBJECT_BEFORE_RE = re.compile(
    r"\b(?:informed|told|notified|briefed|asked|invited|urged|called\s+on|to"
    # what is reported, not who reports: "with reports of independent observers being denied access"
    r"|reports?\s+of|allegations?\s+of|accounts?\s+of|сообщени\w+\s+о)\s+(?:the\s+)?$",
    FLAGS,
)

_DASH_BEFORE_RE = re.compile(r"\S\s+[–—]\s*$")
_HEADLINE_END_RE = re.compile(rf"^\w*\s*(?:$|[.!]|\s+{CAPITAL})")


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
    if _SOURCE_BEFORE_RE.search(before) or said_in(text, start, end, before):
        return True
    if _OBJECT_BEFORE_RE.search(before):
        return False  # "informed the mission": told, not telling
    if _DASH_BEFORE_RE.search(before) and _HEADLINE_END_RE.match(after):
        return True  # a headline's source after a dash: "18 нарушений выявлено – Генпрокуратура"
    return bool(
        _SUBJECT_OF_VERB_RE.match(after)
        or _subject_of_any_verb(text, start, end)
        or _KK_VERB_ENDS_CLAUSE_RE.match(after)
        or VERB_BEFORE_RE.search(before[-70:])
        # a parenthesis between the verb and its subject: "Их список опубликовала на странице в Facebook (...) X"
        or VERB_BEFORE_RE.search(_PARENTHESIS_RE.sub(" ", text[max(0, start - 300) : start])[-70:])
        or _KK_SOURCE_AFTER_RE.match(after)
        or (
            re.search(r"\b(?:в|во)\s+(?:органы\s+|адрес\s+|приёмную\s+|приемную\s+)?$", before, FLAGS)
            and (_RECEIVED_AFTER_RE.match(after) or _RECEIVED_BEFORE_RE.search(before))
        )
        or _kk_recipient(text, end, after)
    )


_PARENTHESIS_RE = re.compile(r"\s*\([^()]{0,240}\)")


# Kazakh names the recipient of what was received in the dative, on the name or on the body after it:
# "прокуратура органдарына ... 37 шағым келіп түсті", "Бас прокуратураға 12 өтініш түсті".
_KK_DATIVE_RE = re.compile(r"(?:ға|ге|қа|ке|на|не)$", FLAGS)
_KK_BODY_DATIVE_RE = re.compile(
    r"^\s+(?:орган|бөлім|басқарма|департамент|комиссия|қызмет|кеңсе)\w*(?:ға|ге|қа|ке|на|не)(?![\w-])", FLAGS
)
_KK_RECEIVED_RE = re.compile(r"^[^.;!?]{0,160}?(?<![\w-])(?:келіп\s+түсті|түсті|түскен|келді|жолданды)(?![\w-])", FLAGS)


def _kk_recipient(text: str, end: int, after: str) -> bool:
    body = _KK_BODY_DATIVE_RE.match(after)
    if body is None and not _KK_DATIVE_RE.search(text, max(0, end - 3), end):
        return False
    return _KK_RECEIVED_RE.match(after[body.end() :] if body else after) is not None


# The name opens its clause (a few words of time or place may come first) and a finite verb follows it, whatever the
# verb: "The Interior Ministry released figures showing ...", "Генпрокуратура обнародовала данные о 12 нарушениях",
# "The CEC tallied 12 complaints". An institution that is the subject of a clause with a figure is its source -- unless
# the verb is the event itself ("Police detained 41 people", "police dispersed ..."): then the text reports it.
_CLAUSE_OPENING_RE = re.compile(r"(?:^|[.;:!?]\s+|,\s+)(?:[\w-]+\s+){0,5}?(?:the\s+)?$", FLAGS)
_FINITE_VERB_AFTER_RE = re.compile(
    r"^(?:['’]s)?\s+(?:(?:has|have|had|also|then|later|on\s+\w+|в\s+\w+|также|тоже|же)\s+)?"
    r"(?P<verb>[a-z]+(?:ed|es|s)|[а-яё]+(?:ил|ила|ило|или|ал|ала|ало|али|ял|яла|яло|яли|ел|ела|ело|ели|ет|ит|ют|ят|ает"
    r"|яет))\b",
)
_EVENT_VERB_RE = re.compile(
    rf"{DETENTION_VERB_RE.pattern}|{SANCTION_RE.pattern}|{GATHERING_RE.pattern}|(?:dispers|disband|brok|block|surround"
    r"|used|разогна|оцепи|блокирова|примени|окружи)\w*",
    FLAGS,
)


def _subject_of_any_verb(text: str, start: int, end: int) -> bool:
    if _CLAUSE_OPENING_RE.search(text, max(0, start - 60), start) is None:
        return False
    if _PREPOSITION_BEFORE_RE.search(text, max(0, start - 30), start):
        return False
    verb = _FINITE_VERB_AFTER_RE.match(text[end : end + 60])
    if verb is None:
        return False
    # its own predicate only: what a "that"-clause reports ("released figures showing that 33 were detained") is told
    clause = re.split(r"[.;:!?]|,\s+(?:and|but|а|и|но)\s|\b(?:that|showing|что|о\s+том)\b", text[end:], maxsplit=1)[0]
    # "The police moved in and arrested ...", "полиция приступила к задержаниям": the institution acts in the event
    return _EVENT_VERB_RE.search(clause) is None and DETENTION_NOUN_RE.search(clause) is None


# Kazakh puts the reporting verb last: "Ішкі істер министрі Е. Т. 22 ақпан күні ... 53 адамның ұсталғанын мәлім етті".
_KK_VERB_ENDS_CLAUSE_RE = re.compile(
    r"^[^.;!?«»\"]{0,200}?(?<![\w-])(?:мәлім\s+етті|мәлімдеді|мәлімдейді|хабарлады|хабарлайды|айтты|атап\s+өтті|жеткізді"
    # the authority's own act ends its clause too: "прокуратура ... 8 адамды жауапкершілікке тартты", "айыппұл салды"
    r"|деді|қозғады|қозғаған|тіркеді|анықтады|ескертті|ескертеді|келтірді|келтіреді|тартты|салды)"
    r"\s*(?:[,.;!?]|және\s|$)",  # "..., және"; a headline ends without a stop
    FLAGS,
)
_FIRST_PERSON_BEFORE_RE = re.compile(r"\b(?:our|наш\w*|біздің)\s+(?:\w+\s+)?$", FLAGS)


def find_reporters(text: str) -> list[ReporterMention]:
    """Reporters the text names in a reporting role, in order; overlapping names keep the longest."""
    candidates = [(m.start(), m.end(), name) for name, pattern in REPORTER_PATTERNS for m in pattern.finditer(text)]
    kept = leftmost_longest(candidates, lambda c: (c[0], c[1]))
    organisations = organisation_subjects(text)
    kept = [k for k in kept if not any(o.start <= k[0] and k[1] <= o.end for o in organisations)]
    # a name inside the detention's own words is where people were taken, not who tells: "в отделы полиции доставили"
    taken_to = [m.span() for m in DETENTION_VERB_RE.finditer(text)]
    kept = [k for k in kept if not any(s < k[0] and k[1] <= e for s, e in taken_to)]
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
    # "the news agency Akipress", "по словам правозащитника Евгения Жовтиса": the outlet or person named, not the
    # generic "media" or "civil society organisations" their role word stands for.
    generic = ("media", "civil society organisations")
    known = [k for k in known if k.reporter not in generic or not any(0 <= o.start - k.end <= 2 for o in outlets)]
    # a class of source with its own name in quotes: "правозащитного центра «Кадир-касиет»" is the centre named
    known = [_named_in_quotes(text, k) if k.reporter in generic else k for k in known]
    outlets += [ReporterMention(*r) for r in role_reporters(text) if all(r.end <= s or e <= r.start for s, e in taken)]
    outlets += [ReporterMention(*o) for o in organisations]
    if (m := BYLINE_RE.match(text)) is not None:
        outlets = [o for o in outlets if o.start >= m.end()] + [ReporterMention(*m.span("name"), m.group("name"))]
    return sorted((*known, *outlets), key=lambda m: m.start)


_QUOTED_AFTER_RE = re.compile(r"\s{0,2}[«\"“](?P<name>[^«»\"“”]{2,40})[»\"”]")
# a person's name right after the role word: "правозащитница Бахытжан Торегожина", "rights defender Aida Sarsen"
_PERSON_AFTER_RE = re.compile(rf"\s{CAPITALISED_WORD}\s{CAPITALISED_WORD}(?![\w-])")


def _named_in_quotes(text: str, mention: ReporterMention) -> ReporterMention:
    m = _QUOTED_AFTER_RE.match(text, mention.end)
    if m is not None:
        return ReporterMention(mention.start, m.end(), m.group("name").strip())
    person = _PERSON_AFTER_RE.match(text, mention.end)
    return ReporterMention(mention.start, person.end(), text[mention.start : person.end()]) if person else mention


# A name right after one of these is an object or a complement, not the sentence's subject.
_PREPOSITION_BEFORE_RE = re.compile(
    r"(?:^|\s)(?:of|to|by|in|at|from|with|for|on|about|against|into|в|во|на|к|ко|от|с|со|по|для|о|об|при|против"
    r"|informed|told|asked|urged)\s+(?:the\s+|a\s+|its\s+)?$",
    FLAGS,
)


# An organisation named by its class noun and its name in quotes at the start of the sentence, the subject of whatever
# verb follows: "Общественный фонд «Чистый голос», наблюдавший за ..., собрал журналистов".
_QUOTED_ORGANISATION_LEAD_RE = re.compile(
    r"^\W*(?:[\w-]+\s+){0,3}?(?:объединени|организаци|фонд|коалици|движени|лиг|альянс|платформ|ассоциаци|сеть|центр"
    r"|association|coalition|foundation|movement|league|alliance|platform|network|centre|center|ұйым|қор|қозғалыс"
    r"|коалиция|платформа|орталығ)\w*\s+[«\"“](?P<name>[^«»\"“”]{2,40})[»\"”]",
    FLAGS,
)
# Kazakh puts the name first: "«Таза сайлау» қоғамдық қоры 19 наурыздағы сайлауды байқау қорытындысын жариялады".
_KK_QUOTED_ORGANISATION_LEAD_RE = re.compile(
    r"^\W*[«\"“](?P<name>[^«»\"“”]{2,40})[»\"”]\s+(?:қоғамдық\s+|азаматтық\s+|үкіметтік\s+емес\s+|тәуелсіз\s+)?"
    # whose members it unites may stand before the class noun: "«X» қоғамдық байқаушылар коалициясы"
    r"(?:(?:байқаушы|бақылаушы|сайлаушы|жастар)\w*\s+)?"
    r"(?:қор|ұйым|қозғалыс|коалиция|платформа|орталығ|желі|альянс)\w*(?![\w-])",
    FLAGS,
)


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
        if not _PREPOSITION_BEFORE_RE.search(text, max(0, m.start() - 30), m.start())
    ]
    # an organisation named as a speaker stands for any listed name inside it ("the X coalition of citizen observers")
    organisations = [o for o in organisation_subjects(text) if o.start <= LEAD_SUBJECT_REACH * 4]
    found = [f for f in found if not any(o.start <= f[0] < o.end for o in organisations)]
    found += [(o.start, -(o.end - o.start), o.reporter) for o in organisations]
    for stem, institution in aliases.items():
        at = text.lower().find(stem)
        if at >= 0:
            found.append((at, 0, institution))
    return min(found)[2] if found else None


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


def default_reporter(publisher: Source) -> str:
    """Who speaks when nobody else is named: the publisher itself."""
    return "CEC" if publisher == "cec" else "ODIHR"
