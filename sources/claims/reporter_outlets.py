"""Sources outside reporters.py's normalised list, kept as written, and the verbs that put a name in a reporting role.

A press outlet or website named in a reporting role ("передаёт «X»", "Как пишет x.kz", "according to the news agency
X", "X reported"), a person in the words of ("по словам жителя Шу ...", "Елдос Қилымжановтың айтуынша"), the speaker a
verb names after a quote ("..., – сказал Кожаев"), an outlet's own correspondent who saw it, a byline over an
interview, a wire dateline's agency ("ALMATY (Reuters) -"). reporters.py decides which of them is the reporter.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from sources.claims.source_frames import RU_PLURAL_SAID, class_noun_only
from sources.text.letters import CAPITAL, CAPITALISED_WORD, NAME_WORDS, UPPER_LETTERS

FLAGS = re.IGNORECASE


class Mention(NamedTuple):
    start: int
    end: int
    reporter: str


# The reporting verb before its subject: "Об этом заявил первый замминистра ...", "..., said the website of the".
VERB_BEFORE_RE = re.compile(
    r"\b(?:said|says|told|reported|reports|stated|announced|wrote|writes|сообщил\w*|сообщает|сообщают|заявил\w*"
    r"|передает|передаёт|передают|пишет|пишут|рассказал\w*|отметил\w*|отмеча\w*|сообща\w*|сказал\w*"
    r"|проинформировал\w*|хабарлады|хабарлайды|жазады|жазды|мәлімдеді|деді|confirmed|подтвердил\w*|подтверждают|растады"
    r"|зафиксировал\w*|выявил\w*|уточнил\w*|пояснил\w*"
    # a view or a list and who holds it: "..., считают независимые наблюдатели", "Их список опубликовала X"
    r"|считают|полагают|утверждают|уверены|констатируют|опубликовал\w*|published)"
    # not across a complementiser: in "They told us that ... police officers had ordered" the police are told of
    r"(?:\s+(?!(?:that|что|чтобы)(?![\w-]))[\w.'’/-]+){0,8}?\s*$",
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
    rf"(?-i:[{UPPER_LETTERS}][\w.'’/-]*(?:\s+[{UPPER_LETTERS}][\w.'’/-]*){{0,3}})"
)
_OUTLET_RE = re.compile(
    r"«(?P<q1>[^»]{2,40})»|\"(?P<q2>[^\"]{2,40})\"|(?P<web>(?<![\w.])[A-Za-z][\w-]*\.(?:kz|kg|ru|uz|com|org|net|info|tv|media|news|eu|asia))"
    rf"|(?<![\w-]){_OUTLET_NOUNS}\s+(?P<named>{_NAME})|(?P<cap>(?<![\w-]){_NAME})(?=\s+(?:{_OUTLET_NOUNS}\s+)?(?:has\s+|had\s+)?"
    r"(?:reported|reports|said|says|wrote|writes|told|сообщает|сообщил\w*|передает|передаёт|пишет)\b)",
    FLAGS,
)
# The class noun a quoted organisation's name may carry after it: "«Таза сайлау» ұйымы", "«Эрkindik qanaty» движение".
_CLASS_NOUN_AFTER = (
    r"(?:ұйым|қозғалыс|қор|платформа|коалиция|альянс|организаци|движени|фонд|объединени|платформ|organi[sz]ation"
    r"|movement|foundation|platform|group)\w*"
)
_AT_END = rf"^[»\"]?\s*(?:{_CLASS_NOUN_AFTER}\s*)?(?:[.;]|$|(?:и|and|және)\s)"
# "Ранее News.ru писал, что ...": a source, one word (its verb, however spelt), then the clause it reports.
_COMPLEMENT_AFTER_RE = re.compile(r"^[»\"]?\s+(?-i:[a-zа-яё])[^\W\d_]+,\s+(?:что|будто|that)\b", FLAGS)
CITING_RE = re.compile(r"\b(?:со\s+ссылкой\s+на|ссылаясь\s+на|with\s+reference\s+to|citing|quoting)\b", FLAGS)
_OUTLET_VERB_AFTER_RE = re.compile(
    r"^[»\"]?\s+(?:(?:correspondent|reporter|корреспондент\w*|тілшісі\w*)\b[^.;]{0,120}?\b)?(?:reported|reports|said"
    r"|says|wrote|writes|сообщает|сообщил\w*|передает|передаёт|пишет|хабарлайды|хабарлады|жеткізді|мәлімдеді)\b",
    FLAGS,
)
# "По словам жителя Шу Акторе Комытова, ...", "according to local resident John Smith,", "По информации Касымова,": the
# person as written.
_WORDS_OF_RE = re.compile(
    r"\b(?:по\s+словам|со\s+слов|по\s+(?:информации|данным|сведениям)|according\s+to)\s+(?:(?-i:[a-zа-яё][\w-]*)\s+){0,3}?"
    rf"(?P<who>{NAME_WORDS})\s*(?:[,.;]|$)",  # a comma, or the sentence's end
    FLAGS,
)
# "жительницы Кокшетау Динары Абеновой", "a resident of Taraz Aigul Nurova": the town before a two-word name is where
# the person lives, not part of the name.
_RESIDENT_BEFORE_RE = re.compile(r"\b(?:жител\w*|уроженц\w*|residents?(?:\s+of)?|natives?\s+of)\s+$", FLAGS)


def _without_home_town(text: str, m: re.Match[str]) -> Mention:
    start, end = m.span("who")
    words = m.group("who").split()
    if len(words) == 3 and _RESIDENT_BEFORE_RE.search(text[max(0, start - 40) : start]):
        start = text.index(words[1], start + len(words[0]))
    return Mention(start, end, text[start:end])


# "Елдос Қилымжановтың айтуынша, ..." (in the words of): the person as written, without the genitive ending.
_KK_WORDS_OF_RE = re.compile(
    rf"(?P<who>(?-i:[{UPPER_LETTERS}][\w'’-]+(?:\s+[{UPPER_LETTERS}][\w'’-]+){{0,2}}?))-?(?:тың|тің|дың|дің|ның|нің)"
    r"\s+(?:айтуынша|сөзінше|мәліметінше)",
)
_OUTLET_ROLE_BEFORE_RE = re.compile(
    r"(?:(?:как\s+)?(?:сообщает|сообщают|передает|передаёт|передают|пишет|пишут)|according\s+to|reported\s+by|cited\s+by"
    r"|со\s+ссылкой\s+на|по\s+данным|по\s+информации|citing)(?:\s+the)?(?:\s+(?:[\w-]+\s+)?"
    + _OUTLET_NOUNS
    + r")?\s*$",
    FLAGS,
)

# A byline opening the text: a person's name, then their role ("Valery Ivanov Coordinator of the youth observers'
# league in Almaty ..."), as a press interview prints the speaker over their words.
BYLINE_RE = re.compile(
    rf"^(?P<name>{CAPITALISED_WORD}\s+{CAPITALISED_WORD})\s+(?-i:Координатор|Руководител\w*|Председател\w*|Директор"
    r"|Глава|Представител\w*|Coordinator|Head|Chair\w*|Director|Spokes\w+|Representative|Үйлестіруші\w*|Басшы\w*"
    r"|Төраға\w*)\b",
)


# A wire dateline: the place in capitals, the agency in brackets, then a dash or the line's end: "ALMATY (Reuters) -".
_DATELINE_RE = re.compile(
    rf"(?<!\w)(?-i:[{UPPER_LETTERS}]{{3,}}(?:[ -][{UPPER_LETTERS}]{{2,}}){{0,2}})"
    rf"(?:,\s+(?-i:[{UPPER_LETTERS}][a-zа-яё]+))?,?\s*"
    rf"\((?P<name>(?-i:[{UPPER_LETTERS}][\w/.-]{{1,15}}(?: [{UPPER_LETTERS}][\w.-]{{1,15}})?))\)"
    rf"\s*(?:[-–—]|$|(?={CAPITAL}))"
)


def dateline_agency(text: str) -> str | None:
    """The agency a wire dateline names ("ALMATY (Reuters) -"): it speaks for the whole story."""
    m = _DATELINE_RE.search(text)
    return m.group("name").strip() if m else None


def byline(text: str) -> str | None:
    """The person a byline at the start of the text names, if any."""
    m = BYLINE_RE.match(text)
    return m.group("name") if m else None


# "Как сообщают российские информагентства, ...", "As local outlets reported, ...": whoever follows is the source.
_AS_REPORTED_RE = re.compile(
    r"\b(?:как\s+(?:сообща\w+|переда\w+|пиш\w+|отмеча\w+)|as\s+(?:reported\s+by|\w+\s+(?:outlets?\s+)?report(?:ed|s)?))"
    r"\s+(?P<who>[^\W\d][^,.;:«»\"]{2,50}?)\s*,",
    FLAGS,
)


# The verb, then the speaker's name, then a comma or the end: "..., – сказал Кожаев, отвечая на вопрос", "said Smith.".
_VERB_THEN_NAME_RE = re.compile(
    r"\b(?:said|says|added|stated|told\s+reporters|сказал\w*|заявил\w*|сообщил\w*|отметил\w*|добавил\w*"
    r"|пояснил\w*|рассказал\w*|уточнил\w*|считает|полагает|подтвердил\w*|confirmed|айтты|мәлімдеді|деді|хабарлады"
    r"|жеткізді)\s+"
    # the speaker's role may come between, lower-case with a quoted name: "сообщил представитель платформы «X» Имя"
    r"(?:(?:(?-i:[a-zа-яё][\w-]*)|«[^»]{1,40}»)\s+){0,6}?(?P<who>(?!(?:on|in|at|late|earlier|that|в|на|что)\b)"
    rf"{NAME_WORDS})(?=\s*(?:[,.;]|$))",
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
    rf"(?:репорт[её]р\w*|корреспондент\w*)\s+(?:(?:издания|агентства|портала|газеты|телеканала|сайта)\s+)?«?"
    rf"(?P<ru>(?-i:[{UPPER_LETTERS}][\w/.-]*\w))"
    rf"|(?P<kk>(?-i:[{UPPER_LETTERS}][\w-]+))\s+тілшіс\w*"
    r"|\b(?:an?|the)\s+(?P<en>(?-i:[A-Z][\w/-]+))\s+(?:correspondent|reporter)\b"
    r"|\b(?:the\s+)?(?:reporter|correspondent|journalist)\s+(?P<name>(?-i:[A-Z][\w'’-]+\s+[A-Z][\w'’-]+))",
    FLAGS,
)
_WITNESS_RE = re.compile(
    r"\b(?:увидел\w*|видел\w*|заметил\w*|наблюдал\w*|сообщ\w*|көрді|көрген|байқа\w*|хабарла\w*|saw|seen|witnessed"
    r"|observed|reported|recorded|filmed)",
    FLAGS,
)


# The source an outlet cites, named by its office: "РБК со ссылкой на пресс-службу президента", "citing the press
# service of the Akimat": the office and up to three words of whose it is, as written.
_CITED_OFFICE_RE = re.compile(
    r"\b(?:со\s+ссылкой\s+на|ссылаясь\s+на|with\s+reference\s+to|citing|quoting)\s+(?:the\s+)?"
    r"(?P<who>(?:пресс-служб|департамент|управлени|ведомств|press\s+service|department|office|spokes\w+)\w*"
    r"(?:\s+(?:of\s+(?:the\s+)?)?[\w-]+){1,3}?)(?=\s*(?:[,.;:]|$|\s+(?:по|on|about|that|что|о)\b))",
    FLAGS,
)


# A person introduced by role, the subject of a reporting verb later in the sentence (the Kazakh verb ends it):
# "Платформа жетекшісі Мұрат Әбенов ... жұмыс істегенін айтады", "Координатор лиги Анна Ким рассказала, что ...".
_ROLE_NAME_SUBJECT_RE = re.compile(
    r"(?<![\w-])(?:жетекшісі|басшысы|төрағасы|өкілі|үйлестірушісі|представител\w*|руководител\w*|председател\w*"
    r"|координатор\w*|head|chair(?:man|woman|person)?|leader|coordinator|spokes(?:man|woman|person))\s+"
    r"(?:(?-i:[a-zа-яёәіңғүұқөһ])[\w'’-]*\s+|«[^«»]{1,40}»\s+){0,3}?"  # "Координатор лиги «X» Анна Ким"
    rf"(?P<who>{CAPITALISED_WORD}\s+{CAPITALISED_WORD})"
    r"(?=[^.;!?]{0,160}?(?<![\w-])(?:айтады|айтты|мәлімдеді|хабарлады|деді|дейді|сообщил\w*|заявил\w*|рассказал\w*"
    r"|said|says|told|spoke)(?![\w-]))",
    FLAGS,
)


# A person who speaks for herself, named before what she is: "Жазира Ильясова, наблюдатель от «Ак жола»,
# сообщила, что ...", "John Smith, a lawyer for the party, said ..."; or a rights defender or activist by role right
# before a reporting verb: "Rights defender Bakhytzhan Toreghozhina counted at least 26 activists detained".
_PERSON_NAME = rf"{CAPITALISED_WORD}\s+{CAPITALISED_WORD}"
_SPEAKING_VERB = (
    r"(?:сообщил\w*|заявил\w*|рассказал\w*|подсчитал\w*|насчитал\w*|said|says|told|reported|stated|counted|estimated"
    r"|айтты|мәлімдеді|хабарлады)"
)
_NAME_APPOSITION_RE = re.compile(
    rf"(?<![\w-])(?P<who>{_PERSON_NAME}),\s+[^,.;:\d]{{3,80}},\s+(?:(?:has|had|also|тоже|также)\s+)?{_SPEAKING_VERB}(?![\w-])",
    FLAGS,
)
_ADVOCATE_RE = re.compile(
    r"(?<![\w-])(?:(?:human\s+)?rights\s+(?:defender|activist)|activist|lawyer|правозащитни(?:к|ца)|адвокат"
    r"|құқық\s+қорғаушы)\s+"
    rf"(?P<who>{_PERSON_NAME})\s+(?:(?:has|had|also|тоже|также)\s+)?{_SPEAKING_VERB}(?![\w-])",
    FLAGS,
)


def correspondent_outlet(text: str) -> str | None:
    """The outlet whose correspondent opens the sentence with what they saw ("Репортер Азаттыка, побывавший на
    участке, увидел ...", "A Vlast reporter saw ..."): a story told from its own reporter's sighting is the outlet's."""
    seen = correspondent_sighting(text)
    return seen[2] if seen is not None else None


def correspondent_sighting(text: str) -> tuple[int, int, str] | None:
    """Where a sentence's correspondent of a named outlet saw what it tells ("Корреспонденты издания Vlast.kz
    видели, как ..."), and the outlet: (start, end, outlet)."""
    if not _WITNESS_RE.search(text):
        return None
    for m in _CORRESPONDENT_RE.finditer(text):
        # the correspondent is the subject of the seeing (a title line may run into the lead before it)
        if _WITNESS_RE.search(text, m.end()) and (group := next((g for g in ("ru", "kk", "en") if m.group(g)), None)):
            return m.start(), m.end(), m.group(group)
    return None


def cited_offices(text: str) -> list[Mention]:
    """Offices an outlet cites as its source ("со ссылкой на пресс-службу президента"), as written."""
    return [Mention(*m.span("who"), " ".join(m.group("who").split())) for m in _CITED_OFFICE_RE.finditer(text)]


_PLACE_BEFORE_RE = re.compile(r"\b(?:city|town|village|region|province|district|oblast|capital)(?:\s+of)?\s+$", FLAGS)


_NAME_GOES_ON_RE = re.compile(r"(?<![\w-])(?:of|for|on|and|дел|прав|по)\s+$", FLAGS)


def named_outlets(text: str) -> list[Mention]:
    """Sources outside the normalised list, in a reporting role: press outlets, websites, named people."""
    out = [Mention(*m.span("who"), m.group("who")) for m in _AS_REPORTED_RE.finditer(text)]
    out += [Mention(*m.span("who"), m.group("who")) for m in _ROLE_NAME_SUBJECT_RE.finditer(text)]
    for pattern in (_NAME_APPOSITION_RE, _ADVOCATE_RE):
        out += [Mention(*m.span("who"), m.group("who")) for m in pattern.finditer(text)]
    if _WITNESS_RE.search(text):
        for m in _CORRESPONDENT_RE.finditer(text):
            group = next(g for g in ("ru", "kk", "en", "name") if m.group(g))
            out.append(Mention(*m.span(group), m.group(group)))
    out += [_without_home_town(text, m) for m in _WORDS_OF_RE.finditer(text)]
    # "Бірлестіктің мәліметінше": a class noun opening the sentence is the body named before, no name of its own
    out += [Mention(*m.span("who"), m.group("who")) for m in _KK_WORDS_OF_RE.finditer(text)
            if not class_noun_only(m.group("who"))]
    out += [
        Mention(*m.span("who"), m.group("who"))
        for m in _VERB_THEN_NAME_RE.finditer(text)
        if not _NOT_A_NAME_RE.match(m.group("who")) and not _told_to(text, *m.span("who"))
    ]
    for m in _OUTLET_RE.finditer(text):
        group = next(g for g in ("q1", "q2", "web", "named", "cap") if m.group(g))
        start, end = m.span(group)
        while end > start and text[end - 1] in ".,;:’'":
            end -= 1
        before = text[max(0, start - 60) : m.start()]
        # the sentence's end, or a second source joined to it: "Об этом сообщили «X» и Y."
        at_end = re.match(_AT_END, text[m.end() : m.end() + 40])
        if group == "cap" and _PLACE_BEFORE_RE.search(before):
            continue  # "A journalist in the city of Uralsk told AFP": the place is no speaker
        if group == "cap" and _NAME_GOES_ON_RE.search(before):
            continue  # "... Foundation for Protection of Freedom of Speech reported", "Департамент внутренних дел
            # Алматы сообщил": the last word of a longer name, no outlet of its own
        if _told_to(text, start, end):
            continue
        if (
            group == "cap"
            or _OUTLET_ROLE_BEFORE_RE.search(before)
            or _OUTLET_VERB_AFTER_RE.match(text[m.end() :])
            or (group != "q1" and group != "q2" and _COMPLEMENT_AFTER_RE.match(text[m.end() :]))
            or (VERB_BEFORE_RE.search(before[-30:]) and at_end)
        ):
            out.append(Mention(start, end, text[start:end].strip()))
    return out


# A Russian name in the dative next to a reporting verb with no subject of its own ("Азаттыку сообщили в полиции",
# "сообщили «Курсиву» в акимате"): the outlet told, not telling; the teller is the institution the verb names.
_DATIVE_NAME_RE = re.compile(r"(?-i:[а-яё])[ую][»\"]?$", FLAGS)
_PLURAL_VERB_AFTER_RE = re.compile(rf"[»\"]?\s+(?:также\s+|же\s+)?{RU_PLURAL_SAID}\b", FLAGS)
_PLURAL_VERB_BEFORE_RE = re.compile(rf"\b{RU_PLURAL_SAID}\s+[«\"]?$", FLAGS)


def _told_to(text: str, start: int, end: int) -> bool:
    if not _DATIVE_NAME_RE.search(text[start:end]):
        return False
    before = text[max(0, start - 30) : start]
    return bool(_PLURAL_VERB_AFTER_RE.match(text, end) or _PLURAL_VERB_BEFORE_RE.search(before))


# The institution that said it, in the locative after the verb: "сообщили в пресс-службе департамента полиции",
# "добавили в полиции" -- not the accusative of whom it was told to ("сообщили в полицию"): see `said_in`.
_SAID_IN_BEFORE_RE = re.compile(
    r"\b(?:сообщил|сообщал|добавил|рассказал|уточнил|пояснил|заявил|отметил|подтвердил|заверил)\w*\s+в"
    r"(?:\s+(?:пресс-служб\w*|департамент\w*|управлени\w*|(?-i:[а-яё])[а-яё]+(?:ого|его|ой|ей|ых|их)))*\s+$",
    FLAGS,
)


def said_in(text: str, start: int, end: int, before: str) -> bool:
    """The name at start..end is the institution a reporting verb said it in ("добавили в полиции", "уточнили в
    МВД"): a locative or an abbreviation, `before` being the text before the name."""
    name = text[start:end]
    return _SAID_IN_BEFORE_RE.search(before) is not None and (name.isupper() or name[-1:].lower() in "еи")
