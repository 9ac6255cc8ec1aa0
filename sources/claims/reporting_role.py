"""Whether a name stands in a reporting role where it is written: the source of what the sentence tells, not its
object or a place ("according to X", "X said", "по данным X", "в X поступило", "X мәліметінше", a Kazakh verb ending
the clause, an institution opening its clause before a verb that is not the event itself). reporters.py lists the
names; this module judges each one's role.
"""

from __future__ import annotations

import re

from sources.claims.lexicon import alternation, forms_of, load
from sources.claims.reporter_names import FLAGS, PREPOSITION_BEFORE_RE
from sources.claims.reporter_outlets import VERB_BEFORE_RE, said_in
from sources.claims.vocabulary import (
    CATEGORY_PATTERNS,
    DETENTION_NOUN_RE,
    DETENTION_VERB_RE,
    GATHERING_RE,
    SANCTION_RE,
)
from sources.text.letters import CAPITAL, UPPER_LETTERS

# the reporting verbs of attribution.yaml (`speaking`), and the verbs of finding, counting and acting a source does
_VERBS = (
    alternation(forms_of(load("attribution")["speaking"])) + "|"
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
    r"|reviewed|examined|considered|рассмотрел\w*|қарады"
)
# The name is the grammatical subject of a reporting verb, a few words later at most.
_SUBJECT_OF_VERB_RE = re.compile(
    # (a name, then where and when it spoke: "Министр … Ерлан Тургумбаев на брифинге 11 июня заявил")
    rf"^(?:['’]s)?\s*(?:\([^)]{{0,40}}\)\s*)?(?:,(?:[^,]|,\d){{0,80}},\s*)?(?:[\w-]+\s+){{0,5}}?"
    rf"(?:(?:на|at|on)\s+(?:a\s+)?(?:брифинге|пресс-конференции|briefing|press\s+conference)\s+(?:[\w-]+\s+){{0,2}}?)?"
    rf"(?:{_VERBS})\b", FLAGS
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
    r"|(?:замеченн|выявленн|зафиксированн|отмеченн|обнаруженн)\w+|по\s+данным|по\s+информации|по\s+сведениям|по\s+подсч[её]там|согласно(?:\s+данным)?"
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


# the agent of a Russian passive: "органами прокуратуры выявлено 23 нарушения", "прокуратурой установлено …"
_AGENT_BEFORE_RE = re.compile(r"(?<![\w-])(?:органами|сотрудниками|представителями|сил(?:ами|ой))\s+$", FLAGS)
_INSTRUMENTAL_NAME_RE = re.compile(r"(?:ой|ами|ями|ом|ем)$", FLAGS)
_PASSIVE_AFTER_RE = re.compile(
    r"^(?:\s+[\w-]+){0,4}?\s+(?:выявлен|установлен|зарегистрирован|зафиксирован|возбужден|возбуждён|составлен)\w*",
    FLAGS,
)


def in_role(text: str, start: int, end: int) -> bool:
    """The name at start..end is the source of what its sentence tells."""
    before, after = text[max(0, start - 80) : start], text[end : end + 160]
    if _FIRST_PERSON_BEFORE_RE.search(before):
        return False  # "our observers recorded ...": the speaker's own people; the speaker reports it
    if (_AGENT_BEFORE_RE.search(before) or _INSTRUMENTAL_NAME_RE.search(text[start:end])) and _PASSIVE_AFTER_RE.match(
            after):
        return True  # the passive's agent found what it tells
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


_KK_HYPHEN_DATIVE_RE = re.compile(r"-(?:ға|ге|қа|ке|на|не)(?![\w-])", FLAGS)  # an acronym's case: "ОСК-ға"


def _kk_recipient(text: str, end: int, after: str) -> bool:
    body = _KK_BODY_DATIVE_RE.match(after)
    hyphen = _KK_HYPHEN_DATIVE_RE.match(after)
    if body is None and hyphen is None and not _KK_DATIVE_RE.search(text, max(0, end - 3), end):
        return False
    rest = after[body.end() :] if body else after[hyphen.end() :] if hyphen else after
    return _KK_RECEIVED_RE.match(rest) is not None


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
    r"|encircl|kettl|used|cordon|разогна|оцепи|блокирова|примени|окружи)\w*",
    FLAGS,
)


def _subject_of_any_verb(text: str, start: int, end: int) -> bool:
    if _CLAUSE_OPENING_RE.search(text, max(0, start - 60), start) is None:
        return False
    if PREPOSITION_BEFORE_RE.search(text, max(0, start - 30), start):
        return False
    verb = _FINITE_VERB_AFTER_RE.match(text[end : end + 60])
    if verb is None:
        return False
    # its own predicate only: what a "that"-clause reports ("released figures showing that 33 were detained") is told
    clause = re.split(r"[.;:!?]|,\s+(?:and|but|а|и|но)\s|\b(?:that|showing|что|о\s+том)\b", text[end:], maxsplit=1)[0]
    # "The police moved in and arrested ...", "полиция приступила к задержаниям": the institution acts in the event
    if _EVENT_VERB_RE.search(clause) is not None or DETENTION_NOUN_RE.search(clause) is not None:
        return False
    # "police officers had ordered them to delete their recordings": the institution commits the finding it is in
    return not any(p.search(clause) for p in FINDING_PATTERNS)


# Kazakh puts the reporting verb last: "Ішкі істер министрі Е. Т. 22 ақпан күні ... 53 адамның ұсталғанын мәлім етті".
_KK_VERB_ENDS_CLAUSE_RE = re.compile(
    r"^[^.;!?«»\"]{0,200}?(?<![\w-])(?:мәлім\s+етті|мәлімдеді|растады|растайды|мәлімдейді|хабарлады|хабарлайды|айтты|атап\s+өтті|жеткізді"
    # the authority's own act ends its clause too: "прокуратура ... 8 адамды жауапкершілікке тартты", "айыппұл салды"
    r"|деді|қозғады|қозғаған|тіркеді|анықтады|ескертті|ескертеді|келтірді|келтіреді|тартты|салды"
    # what it holds to be so: "… саны 50-ден асады деп есептейді"
    r"|деп\s+(?:есептейді|санайды|мәлімдейді|хабарлайды))"
    r"\s*(?:[,.;!?]|және\s|$)",  # "..., және"; a headline ends without a stop
    FLAGS,
)
FINDING_PATTERNS = tuple(p for _, p in CATEGORY_PATTERNS)
_FIRST_PERSON_BEFORE_RE = re.compile(r"\b(?:our|наш\w*|біздің)\s+(?:\w+\s+)?$", FLAGS)
