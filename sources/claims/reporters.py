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

from sources.claims.reporter_roles import role_reporters
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
    r"|отчитал\w*|доложил\w*|деді"
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
# The reporting verb before its subject: "Об этом заявил первый замминистра ...", "..., said the website of the".
_VERB_BEFORE_RE = re.compile(
    r"\b(?:said|says|told|reported|reports|stated|announced|wrote|writes|сообщил\w*|сообщает|сообщают|заявил\w*"
    r"|передает|передаёт|передают|пишет|пишут|рассказал\w*|отметил\w*|отмеча\w*|сообща\w*|сказал\w*"
    r"|проинформировал\w*|хабарлады|мәлімдеді|деді)"
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
# "Ранее News.ru писал, что ...": a source, one word (its verb, however spelt), then the clause it reports.
_COMPLEMENT_AFTER_RE = re.compile(r"^[»\"]?\s+(?-i:[a-zа-яё])[^\W\d_]+,\s+(?:что|будто|that)\b", FLAGS)
_CITING_RE = re.compile(r"\b(?:со\s+ссылкой\s+на|ссылаясь\s+на|with\s+reference\s+to|citing|quoting)\b", FLAGS)
_OUTLET_VERB_AFTER_RE = re.compile(
    r"^[»\"]?\s+(?:(?:correspondent|reporter|корреспондент\w*|тілшісі\w*)\b[^.;]{0,120}?\b)?(?:reported|reports|said"
    r"|says|wrote|writes|сообщает|сообщил\w*|передает|передаёт|пишет|хабарлайды|хабарлады|жеткізді|мәлімдеді)\b",
    FLAGS,
)
# "По словам жителя Шу Акторе Комытова, ...", "according to local resident John Smith,": the person as written.
_WORDS_OF_RE = re.compile(
    r"\b(?:по\s+словам|со\s+слов|according\s+to)\s+(?:(?-i:[a-zа-яё][\w-]*)\s+){0,3}?"
    r"(?P<who>(?-i:[A-ZА-ЯЁ][\w'’-]+(?:\s+[A-ZА-ЯЁ][\w'’-]+){0,2}))\s*(?:[,.;]|$)",  # a comma, or the sentence's end
    FLAGS,
)
# "Елдос Қилымжановтың айтуынша, ..." (in the words of): the person as written, without the genitive ending.
_KK_WORDS_OF_RE = re.compile(
    r"(?P<who>(?-i:[A-ZА-ЯЁӘІҢҒҮҰҚӨҺ][\w'’-]+(?:\s+[A-ZА-ЯЁӘІҢҒҮҰҚӨҺ][\w'’-]+){0,2}?))-?(?:тың|тің|дың|дің|ның|нің)"
    r"\s+(?:айтуынша|сөзінше|мәліметінше)",
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
        or _VERB_BEFORE_RE.search(before[-70:])
        or _KK_SOURCE_AFTER_RE.match(after)
        or (
            re.search(r"\b(?:в|во)\s+(?:органы\s+|адрес\s+|приёмную\s+|приемную\s+)?$", before, FLAGS)
            and _RECEIVED_AFTER_RE.match(after)
        )
    )


_FIRST_PERSON_BEFORE_RE = re.compile(r"\b(?:our|наш\w*|біздің)\s+(?:\w+\s+)?$", FLAGS)


# A byline opening the text: a person's name, then their role ("Valery Ivanov Coordinator of the youth observers'
# league in Almaty ..."), as a press interview prints the speaker over their words.
BYLINE_RE = re.compile(
    r"^(?P<name>(?-i:[A-ZА-ЯЁ][\w'’-]+\s+[A-ZА-ЯЁ][\w'’-]+))\s+(?-i:Координатор|Руководител\w*|Председател\w*|Директор"
    r"|Глава|Представител\w*|Coordinator|Head|Chair\w*|Director|Spokes\w+|Representative|Үйлестіруші\w*|Басшы\w*"
    r"|Төраға\w*)\b",
)


# A wire dateline: the place in capitals, the agency in brackets, then a dash or the line's end: "ALMATY (Reuters) -".
_DATELINE_RE = re.compile(
    r"(?<!\w)(?-i:[A-ZА-ЯЁ]{3,}(?:[ -][A-ZА-ЯЁ]{2,}){0,2})(?:,\s+(?-i:[A-ZА-ЯЁ][a-zа-яё]+))?,?\s*"
    r"\((?P<name>(?-i:[A-ZА-ЯЁ][\w/.-]{1,15}(?: [A-ZА-ЯЁ][\w.-]{1,15})?))\)"
    r"\s*(?:[-–—]|$|(?=(?-i:[A-ZА-ЯЁ])))"
)


def dateline_agency(text: str) -> str | None:
    """The agency a wire dateline names ("ALMATY (Reuters) -"): it speaks for the whole story."""
    m = _DATELINE_RE.search(text)
    return m.group("name").strip() if m else None


def byline(text: str) -> str | None:
    """The person a byline at the start of the text names, if any."""
    m = BYLINE_RE.match(text)
    return m.group("name") if m else None


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
    outlets += [ReporterMention(*r) for r in role_reporters(text) if all(r.end <= s or e <= r.start for s, e in taken)]
    if (m := BYLINE_RE.match(text)) is not None:
        outlets = [o for o in outlets if o.start >= m.end()] + [ReporterMention(*m.span("name"), m.group("name"))]
    return sorted((*known, *outlets), key=lambda m: m.start)


# "Как сообщают российские информагентства, ...", "As local outlets reported, ...": whoever follows is the source.
_AS_REPORTED_RE = re.compile(
    r"\b(?:как\s+(?:сообща\w+|переда\w+|пиш\w+|отмеча\w+)|as\s+(?:reported\s+by|\w+\s+(?:outlets?\s+)?report(?:ed|s)?))"
    r"\s+(?P<who>[^\W\d][^,.;:«»\"]{2,50}?)\s*,",
    FLAGS,
)


# The verb, then the speaker's name, then a comma or the end: "..., – сказал Кожаев, отвечая на вопрос", "said Smith.".
_VERB_THEN_NAME_RE = re.compile(
    r"\b(?:said|says|added|stated|told\s+reporters|сказал\w*|заявил\w*|сообщил\w*|отметил\w*|добавил\w*"
    r"|пояснил\w*|рассказал\w*|уточнил\w*|считает|полагает|айтты|мәлімдеді|деді)\s+"
    # the speaker's role may come between, lower-case with a quoted name: "сообщил представитель платформы «X» Имя"
    r"(?:(?:(?-i:[a-zа-яё][\w-]*)|«[^»]{1,40}»)\s+){0,6}?(?P<who>(?!(?:on|in|at|late|earlier|that|в|на|что)\b)"
    r"(?-i:[A-ZА-ЯЁӘІҢҒҮҰҚӨҺ][\w'’-]+(?:\s+[A-ZА-ЯЁӘІҢҒҮҰҚӨҺ][\w'’-]+){0,2}))(?=\s*(?:[,.;]|$))",
    FLAGS,
)
_NOT_A_NAME_RE = re.compile(
    r"^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july"
    r"|august|september|october|november|december)\b",
    FLAGS,
)


# An outlet's own correspondent who saw or reports it: "Репортер Азаттыка ... увидел", "Азаттық тілшісі ... көрді",
# "an RFE/RL correspondent saw": the outlet as written (its genitive kept).
_CORRESPONDENT_RE = re.compile(
    r"(?:репорт[её]р\w*|корреспондент\w*)\s+(?P<ru>(?-i:[A-ZА-ЯЁ][\w/-]+))"
    r"|(?P<kk>(?-i:[A-ZА-ЯЁӘІҢҒҮҰҚӨҺ][\w-]+))\s+тілшіс\w*"
    r"|\b(?:an?|the)\s+(?P<en>(?-i:[A-Z][\w/-]+))\s+(?:correspondent|reporter)\b"
    r"|\b(?:the\s+)?(?:reporter|correspondent|journalist)\s+(?P<name>(?-i:[A-Z][\w'’-]+\s+[A-Z][\w'’-]+))",
    FLAGS,
)
_WITNESS_RE = re.compile(
    r"\b(?:увидел\w*|видел\w*|заметил\w*|наблюдал\w*|сообщ\w*|көрді|көрген|байқа\w*|хабарла\w*|saw|seen|witnessed"
    r"|observed|reported|recorded|filmed)",
    FLAGS,
)


def _outlets(text: str) -> list[ReporterMention]:
    """Sources outside the normalised list, in a reporting role: press outlets, websites, named people."""
    out = [ReporterMention(*m.span("who"), m.group("who")) for m in _AS_REPORTED_RE.finditer(text)]
    if _WITNESS_RE.search(text):
        for m in _CORRESPONDENT_RE.finditer(text):
            group = next(g for g in ("ru", "kk", "en", "name") if m.group(g))
            out.append(ReporterMention(*m.span(group), m.group(group)))
    out += [ReporterMention(*m.span("who"), m.group("who")) for m in _WORDS_OF_RE.finditer(text)]
    out += [ReporterMention(*m.span("who"), m.group("who")) for m in _KK_WORDS_OF_RE.finditer(text)]
    out += [
        ReporterMention(*m.span("who"), m.group("who"))
        for m in _VERB_THEN_NAME_RE.finditer(text)
        if not _NOT_A_NAME_RE.match(m.group("who"))
    ]
    for m in _OUTLET_RE.finditer(text):
        group = next(g for g in ("q1", "q2", "web", "named", "cap") if m.group(g))
        start, end = m.span(group)
        while end > start and text[end - 1] in ".,;:’'":
            end -= 1
        before = text[max(0, start - 60) : m.start()]
        # the sentence's end, or a second source joined to it: "Об этом сообщили «X» и Y."
        at_end = re.match(r"^[»\"]?\s*(?:[.;]|$|(?:и|and|және)\s)", text[m.end() : m.end() + 8])
        if (
            group == "cap"
            or _OUTLET_ROLE_BEFORE_RE.search(before)
            or _OUTLET_VERB_AFTER_RE.match(text[m.end() :])
            or (group != "q1" and group != "q2" and _COMPLEMENT_AFTER_RE.match(text[m.end() :]))
            or (_VERB_BEFORE_RE.search(before[-30:]) and at_end)
        ):
            out.append(ReporterMention(start, end, text[start:end].strip()))
    return out


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
