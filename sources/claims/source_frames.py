"""Any source, named by the frame that makes it one (lexicon/attribution.yaml), kept as written.

reporters.py knows the institutions it normalises (the Interior Ministry, the CEC, the mission, ...) and outlets by
their names; a source of any other name is found here by its frame, not by its name:

- after "according to", "по данным", "по словам", "со слов" ... up to the clause's comma: "According to the
  Kazakhstan International Bureau for Human Rights, ..." → "Kazakhstan International Bureau for Human Rights";
- before a Kazakh postposition: "Адвокаттар алқасының мәліметінше, ..." → "Адвокаттар алқасы";
- the subject opening its sentence before a reporting verb that introduces what is told: "Координатор фонда по
  Туркестанской области Ерлан Сейтказы добавил, что ..." → that phrase; "ДП Павлодарской области информирует.";
- the subject after a closing comma: "..., the bar association said.", "..., сообщил адвокат задержанных.";
- a statement's authors in apposition to its "we": "We, the undersigned members of the X Bar Association, ...".

A phrase that is no one's report (a law, results, a time: "по данным на 10:00") or that opens on a pronoun
("according to him": cues.py's speaker) is no source. `announcer` and `statement_authors` give the source that speaks
for a whole text: a line that only announces it ("ДП Павлодарской области информирует.") and a statement's authors.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from sources.claims.lexicon import alternation, compile_forms, forms_of, load
from sources.claims.reporter_names import REPORTER_PATTERNS, ReporterMention
from sources.claims.vocabulary import CATEGORY_PATTERNS, DETENTION_VERB_RE, MEASURE_PATTERNS

FLAGS = re.IGNORECASE
_LEXICON = load("attribution")
NP_WORDS = 14  # the longest source phrase kept: "the Kazakhstan International Bureau for Human Rights and Rule of Law"

_BEFORE = alternation(forms_of(_LEXICON["before"]))
_AFTER = alternation(forms_of(_LEXICON["after"]))
# Kazakh ends its clause on the verb, so the words before it are what is told, not who tells (reporting_role.py reads
# that order); only a line that does nothing but announce takes a Kazakh verb.
_SPEAKING = alternation(forms_of(_LEXICON["speaking"], ("en", "ru")))
_ANNOUNCING = alternation(forms_of(_LEXICON["speaking"]))
_NOT_SOURCE_RE = compile_forms(_LEXICON["not_sources"])
_FIRST_PERSON_RE = compile_forms(_LEXICON["first_person"])
_HEARSAY_RE = compile_forms(_LEXICON["hearsay"])
_PRONOUN_RE = re.compile(rf"^(?:the\s+)?{alternation(forms_of(_LEXICON['pronouns']))}(?![\w-])", FLAGS)
_AUTHORS_RE = re.compile(
    rf"^\W*{alternation(forms_of(_LEXICON['authors']))}\s+(?P<np>[^,;:.!?\d]{{3,160}}?)\s*,", FLAGS
)

# a source phrase: no clause punctuation, no figure; "г." of a city inside it ("Департамента полиции г. Алматы")
_PHRASE = r"(?:[^,;:.!?\d()\n]|(?<=\sг)\.){2,120}?"
_FRAMED_BEFORE_RE = re.compile(
    rf"(?<![\w-]){_BEFORE}\s+(?P<np>{_PHRASE})(?=\s*(?:[,;:(]|(?<!\sг)\.(?:\s|$)|$))", FLAGS
)
# a frame right before a name, a few words of it between: "в предварительном заявлении миссии БДИПЧ", "по данным МВД"
_FRAME_ENDING_RE = re.compile(rf"(?<![\w-]){_BEFORE}\s+(?:[\w-]+\s+){{0,3}}?$", FLAGS)


def framed_before(text: str, start: int) -> bool:
    """The name at `start` follows a source frame ("according to", "по данным", "в заявлении")."""
    return _FRAME_ENDING_RE.search(text, max(0, start - 60), start) is not None


# a clause opened by its source, up to the comma: "По данным миссии, ", "According to the CEC, "
FRAMED_LEAD_RE = re.compile(rf"\s*(?<![\w-]){_BEFORE}\s+{_PHRASE}\s*,\s*", FLAGS)
_FRAMED_AFTER_RE = re.compile(rf"(?:^|[,;:]\s*|\.\s+)(?P<np>{_PHRASE})\s+{_AFTER}(?![\w-])", FLAGS)
# The subject may carry one apposition ("The head of the bureau, Aidar Nurlanov, said that ..."); what is told follows
# the verb after a complementiser, a colon or nothing at all -- or straight away after an English "said" ("The court's
# press service said five people were fined") or a Russian "сообщил о" ("... сообщил о 15 нарушениях").
_SUBJECT_RE = re.compile(
    # a time or place may come first: "In the days before the vote, the X coalition informed the EOM that ..."
    r"^\W*(?:(?:in|on|at|during|before|after|earlier|later|в|во|на|до|после|ранее)\s[^,;:.!?]{2,60},\s+"
    # or one sentence adverb: "Separately, the X foundation said ...", "Кроме того, ..."
    r"|(?:separately|meanwhile|however|also|earlier|later|additionally|moreover|кроме\s+того|между\s+тем"
    r"|тем\s+временем|также|однако),\s+)?"
    rf"(?P<np>{_PHRASE}(?:,\s*[^,;:.!?\d]{{2,60}},)?)"
    # a relative clause of its own between commas may hold figures: "The party (OSDP), which won 4.54 percent, said"
    r"(?:,\s*(?:which|who|которая|которое|который|которые)\s[^;:!?]{2,140}?,)?"
    r"\s+(?:(?:has|had|also|later|then|также|тоже|позже)\s+)?"
    rf"(?:{_SPEAKING}"
    # a day between the verb and what it tells: "заявил во вторник, что", "said on Monday that"
    r"(?=(?:\s+(?:(?:во?|on)\s+[^\W\d]+|накануне|сегодня|вчера|yesterday|today))?"
    r"(?:\s*(?:,\s*(?:что|that|как)\b|\s+that\b|:|[.;!]?\s*$)|\s+(?:on\s+\w+\s+)?that\b|\s+(?:о|об)\s))"
    r"|(?P<bare>said|says|told\s+(?:reporters|journalists))\s+(?=\S))",
    FLAGS,
)
# A subject whose verb runs straight on to what it tells must be an institution's ("the court's press service said
# five people ..."): a person or an observer saying so ("A party observer said she was refused entry") is the account
# the text gives, and a phrase naming a finding is a clause ("Local monitors cited cases of ... and said").
_WITNESS_RE = re.compile(r"(?<![\w-])(?:observers?|monitors?|voters?|residents?|witness\w*)(?![\w-])", FLAGS)


def _bare_subject(phrase: str) -> bool:
    return (
        _BODY_RE.search(phrase) is not None
        and _WITNESS_RE.search(phrase) is None
        and not any(p.search(phrase) for _, p in CATEGORY_PATTERNS)
    )


# "In the period from 15 July to 30 September, the Commissioner received 126 appeals": the recipient counts them.
COUNTING_WORDS = 6
_COUNTING_SUBJECT_RE = re.compile(
    rf"^\W*(?:[^,;:.!?]{{0,80}},\s+)?(?P<np>{_PHRASE})\s+(?:(?:has|had|also|later|также)\s+)?"
    rf"{alternation(forms_of(_LEXICON['counting']))}(?![\w-])",
    FLAGS,
)
_VERB_IN_PHRASE_RE = re.compile(r"(?<![\w-])(?:there|is|are|was|were|be|been|being|has|have|had|not)(?![\w-])", FLAGS)


def _counting_subject(phrase: str) -> bool:
    return len(phrase.split()) <= COUNTING_WORDS and _VERB_IN_PHRASE_RE.search(phrase) is None


_TRAILING_RE = re.compile(
    rf",\s*(?:[–—-]\s*)?(?:(?P<np>{_PHRASE})\s+{_SPEAKING}|{_SPEAKING}\s+(?P<np2>{_PHRASE}))\s*[.!]?\s*$", FLAGS
)
_KK_GENITIVE_RE = re.compile(r"(?:ның|нің|дың|дің|тың|тің|ң)$", FLAGS)
_HEAD_RE = re.compile(r"\s(?:of|for|on|about|in|о|об|по|в|во)\s", FLAGS)  # where a head noun's complement begins
_QUOTED_RE = re.compile(r"[«\"“]([^«»\"“”]{2,60})[»\"”]")
_DETAINEES_RE = re.compile(r"(?:detainees?|задержанн|арестованн|ұсталған)", FLAGS)
_ARTICLE_RE = re.compile(r"^(?:the|a|an)\s+", FLAGS)
_LEADING_ADVERB_RE = re.compile(
    r"^(?:earlier|later|meanwhile|also|then|yesterday|today|most\s+often|ранее|позже|затем|также|вчера|сегодня|кроме\s+того"
    r"|чаще\s+всего|в\s+основном|больше\s+всего)\s+",
    FLAGS,
)
_CLAUSE_WORD_RE = re.compile(
    r"(?<![\w-])(?:who|which|that|what|whom|when|where|кто|что|который\w*|где|когда"
    # a Kazakh verbal noun as an object is a clause told, not a name: "... байқамағанын атап өтті"
    r"|[а-яәіңғүұқөһ]+(?:ған|ген|қан|кен)(?:дығ|дік|тығ|тік)?(?:ын|ін|ы|і))(?![\w-])",
    FLAGS,
)


# The Russian impersonal "в X сообщили" (they said in X, no subject of its own): the institution X, in the locative, is
# the teller, kept as written: "В акимате Алматы сообщили, что ...", "как рассказали Азаттыку в пресс-службе суда,".
RU_PLURAL_SAID = r"(?:сообщил|рассказал|пояснил|уточнил|заявил|добавил|подтвердил|ответил)и"
_SAID_IN_RE = re.compile(
    rf"(?:^\W*|[,;]\s*|(?<![\w-])как\s+)(?:[«\"]?[\w.-]+[»\"]?\s+(?={RU_PLURAL_SAID}))?(?:(?:в|во)\s+(?P<np>{_PHRASE})\s+(?:также\s+|же\s+)?{RU_PLURAL_SAID}(?![\w-])"
    rf"|{RU_PLURAL_SAID}\s+(?:[«\"]?[\w.-]+[»\"]?\s+)?(?:в|во)\s+(?P<np2>{_PHRASE})(?=\s*[,.;:]|\s+(?:что|о|об)\s))",
    FLAGS,
)


# Kazakh puts the verb last: a body named in quotes opening the sentence that ends on a verb of saying is its source
# ("«Адал сайлау» байқаушылар қозғалысы … заң бұзушылық тіркелгенін мәлімдеді").
_KK_OPENING_BODY_RE = re.compile(
    r"^\W*(?P<np>«[^«»]{2,40}»\s+(?:[\w-]+\s+){0,2}?(?:ұйым|қозғалыс|коалиция|қор|партия|штаб|орталы|бюро|альянс)\w*)\s",
    FLAGS,
)
_KK_SPOKEN_END_RE = re.compile(r"(?<![\w-])(?:мәлімдеді|хабарлады|хабарлайды|мәлім\s+етті|айтты|жеткізді)\s*[.!]?\s*$",
                               FLAGS)


def said_in_sources(text: str) -> list[FramedSource]:
    """Institutions a Russian impersonal verb says it in, in order."""
    out = []
    for m in _SAID_IN_RE.finditer(text):
        group = "np" if m.group("np") is not None else "np2"
        head = m.group(group).split()[0]
        if not (head.isupper() or head[-1:].lower() in "еи"):
            continue  # "сообщили в полицию": whom it was told to, in the accusative
        if _BODY_RE.search(m.group(group)) is not None and (source := _source(text, *m.span(group))) is not None:
            out.append(source)
    return out


_CLASS_NOUN_ONLY_RE = re.compile(
    r"^(?:the|this|that)\s+(?:same\s+)?(?:(?:rights|human\s+rights|advocacy|monitoring)\s+)?(?:group|organi[sz]ation|watchdog|NGO"
    r"|coalition|movement|foundation|monitor|office|ministry|department|bureau|network|alliance|league|agency)$",
    FLAGS,
)


# the same class nouns in Russian and Kazakh, in any case: "По данным сети", "Департамент мәліметінше"
_RU_CLASS_NOUN_ONLY_RE = re.compile(
    r"(?:(?:эт\w+|т[оаую]т?\s+же|т[ое]\s+же|той\s+же|того\s+же)\s+)?(?:сет[ьиюе]|издани[еяюи]|фонд[аеу]?|коалици[ияюе]|движени[еяю]|групп[аыеу]|организаци[ияюе]"
    r"|объединени[еяю]|департамент\w*|ведомств[аоу]|штаб[аеу]?|партии|партия|қор\w*|ұйым\w*|қозғалыс\w*|бірлест\w*"
    r"|басылым\w*)",
    FLAGS,
)
# a phrase that ends on an auxiliary or opens on a conjunction is a clause, not a name
_NOT_A_NAME_RE = re.compile(
    r"(?:^|\s)(?:were|was|been|being|are|is|had|have|has)$|^(?:although|though|while|whereas|but|and|that|if|when)\s",
    FLAGS,
)


def class_noun_only(phrase: str) -> bool:
    """The phrase names a body by its class noun alone ("the group", "сети", "То же движение")."""
    return _CLASS_NOUN_ONLY_RE.match(phrase) is not None or _RU_CLASS_NOUN_ONLY_RE.fullmatch(phrase) is not None


class FramedSource(NamedTuple):
    start: int
    end: int
    reporter: str


def _source(
    text: str, start: int, end: int, *, kk_genitive: bool = False, subject: bool = False, named: bool = False
) -> FramedSource | None:
    raw = text[start:end]
    phrase = raw.strip(' \t\n"“”»–—-,')  # a closed quotation, a dash or an apposition's comma is not its name
    start = text.find(phrase, start) if phrase else start
    words = phrase.split()
    if not words or len(words) > NP_WORDS or not any(ch.isalpha() for ch in phrase):
        return None
    # "the For a Just Kazakhstan coalition": a capital after a lower-case article opens a name, no preposition
    named_after_article = re.match(r"the\s+[A-ZА-ЯЁ]", phrase) is not None
    if (_PRONOUN_RE.match(phrase) and not named_after_article) or _CLAUSE_WORD_RE.search(phrase) or (
            _FIRST_PERSON_RE.search(phrase)):
        return None
    if _HEARSAY_RE.search(phrase) and not any(w[:1].isupper() for w in words[1:]) and not _QUOTED_RE.search(raw):
        return None  # "according to reports", "по неофициальным данным" -- what was said, no one who said it
    # its head, before any complement: "the law on elections", not "the Bureau for ... Rule of Law"; a Kazakh noun
    # phrase ends on its head ("Адам құқықтары мен заңдылықты сақтау жөніндегі … бюросы")
    head = words[-1] if kk_genitive else _HEAD_RE.split(phrase, maxsplit=1)[0]
    if _NOT_SOURCE_RE.search(head):
        return None
    if subject and any(not _DETAINEES_RE.match(phrase, m.start()) for m in DETENTION_VERB_RE.finditer(phrase)):
        return None  # "Police detained activists who said ...": the event, not its source ("адвокат задержанных" is)
    if class_noun_only(phrase):
        return None  # "…, the group said", "По данным сети": the body named before, whose account carries on
    if _NOT_A_NAME_RE.search(phrase):
        return None  # "…, although a number of serious irregularities were reported": a passive, no one's name
    if (subject or named) and len(words) == 1:
        return None  # a bare name ("Nurlanov said"): surnames.py finds the person it stands for, outlets.py an outlet
    name = _LEADING_ADVERB_RE.sub("", _ARTICLE_RE.sub("", phrase))  # "Ранее Казахстанское бюро …": the bureau
    if (subject or named) and len(name.split()) == 1 and len(words) > 1:
        return None  # "Чаще всего наблюдатели сообщали": a bare noun once the adverb is gone, as above
    if (quoted := _QUOTED_RE.search(raw)) is not None:
        return FramedSource(start, start + len(phrase), quoted.group(1).strip())  # "штаба «X»": the body is X
    if kk_genitive:
        name = _KK_GENITIVE_RE.sub("", name)  # "алқасының" → "алқасы"
        # "Азаттық тілшісінің айтуынша": the outlet's correspondent reports for the outlet
        name = re.sub(r"(?<=\w)\s+(?:тілшісі|корреспонденті)$", "", name)
    return FramedSource(start, start + len(phrase), name)


# the observers or members of a body named before by its class noun only: "наблюдатели фонда", "volunteers of the group"
_MEMBERS_OF_CLASS_RE = re.compile(
    r"(?:наблюдател\w*|представител\w*|пресс-секретар\w*|волонт[её]р\w*|корреспондент\w*|журналист\w*"
    r"|координатор\w*|руководител\w*|юрист\w*|(?:observers|volunteers|members|monitors)\s+of)\s+"
    r"(?:the\s+)?(?:фонда|сети|коалиции|движения|группы|организации|объединения|ведомства|издания|штаба|group|movement|network|coalition"
    r"|foundation)(?![\w-])"
    # Kazakh names the body first: "Ұйымның байқаушылары", "Қор өкілі", "Бірлестік мүшелері"
    r"|(?<![\w-])(?:ұйым|қор|бірлестік|қозғалыс|коалиция|штаб)\w*\s+(?:байқаушы|бақылаушы|өкіл|тілші|мүше|үйлестіруші)\w*"
    # the body by its class noun as the subject of its finding verb: "По итогам дня объединение зафиксировало 211"
    r"|(?<![\w-])(?:фонд|сеть|коалиция|движение|группа|организация|объединение|штаб|ұйым|қор|бірлестік)\s+"
    r"(?:\w+\s+)?(?:зафиксировал\w*|выявил\w*|насчитал\w*|отметил\w*|тіркеді|анықтады)"
    # a monitors' report in the first person: "наши наблюдатели зафиксировали", "our observers recorded"
    r"|(?<![\w-])(?:наш\w*|our)\s+(?:наблюдател\w*|волонт[её]р\w*|observers|monitors|volunteers)(?![\w-])",
    FLAGS,
)


# The document a body named before published, as the source: "Согласно докладу, …", "According to the report, …",
# "Баяндамаға сәйкес, …" -- its author speaks.
_REPORT_FRAME_RE = re.compile(
    r"(?<![\w-])(?:according\s+to\s+(?:the|its|this|their)\s+(?:report|statement|study|survey|findings|monitoring)"
    r"|согласно\s+(?:этому\s+|её\s+|ее\s+|его\s+|их\s+)?(?:доклад\w*|отч[её]т\w*|заявлени\w*|исследовани\w*)"
    r"|по\s+данным\s+(?:этого\s+)?(?:доклада|отч[её]та|исследования|мониторинга)"
    r"|(?:баяндама|есеп|мәлімдеме)\w*\s+сәйкес|(?:баяндама|есеп)\w*\s+(?:бойынша|мәліметінше))(?![\w-])",
    FLAGS,
)


def class_noun_source(text: str) -> tuple[int, int] | None:
    """Where the sentence names its source by a class noun alone ("По данным сети", "…, the group said", "наблюдатели
    фонда зафиксировали") or by the report it published ("Согласно докладу"): the body a sentence before named,
    whose span it is."""
    if (report := _REPORT_FRAME_RE.search(text)) is not None:
        return report.span()
    matches = [*_FRAMED_BEFORE_RE.finditer(text), *_FRAMED_AFTER_RE.finditer(text)]  # "Ұйым мәліметінше"
    for rx in (_SUBJECT_RE, _COUNTING_SUBJECT_RE):
        if (m := rx.match(text)) is not None:
            matches.append(m)
    if (m := _TRAILING_RE.search(text)) is not None:
        matches.append(m)
    for m in matches:
        group = "np2" if "np2" in m.re.groupindex and m.group("np2") is not None else "np"
        phrase = m.group(group).strip(' \t\n"“”»–—-,')
        phrase = _LEADING_ADVERB_RE.sub("", phrase)
        if class_noun_only(phrase):
            return m.span(group)
    members = _MEMBERS_OF_CLASS_RE.search(text)
    return members.span() if members is not None else None


# A body's own people by its class noun capitalised as its short name: "a Bureau lawyer said", "The Bureau's 380
# independent observers documented ...", "the Foundation's monitors" -- the body named before speaks through them.
_MEMBERS_OF_SHORT_NAME_RE = re.compile(
    r"(?<![\w-])(?:the|a|an)\s+(?P<noun>(?-i:[A-Z])[a-z]+)(?:['’]s\s+(?:[\w-]+\s+){0,3}?|\s+)(?:observers?|monitors?"
    r"|lawyers?|volunteers?|staff|spokes(?:person|man|woman)|representatives?|experts?|coordinators?)(?![\w-])",
    FLAGS,
)


def _of_a_class_noun(phrase: str) -> bool:
    m = _MEMBERS_OF_CLASS_RE.search(phrase)
    return m is not None and not re.match(r"наш|our", m.group(0), FLAGS)  # "our observers": the speaker's own


def members_speak_for(text: str, reporters: list[ReporterMention], named: str) -> list[ReporterMention]:
    """The body named before (`named`) for the people a sentence names by its short name ("a Bureau lawyer") or by
    its class noun ("..., заявил журналистам официальный представитель ведомства")."""
    reporters = [
        ReporterMention(r.start, r.end, named) if _of_a_class_noun(text[r.start : r.end]) else r for r in reporters
    ]
    for m in _MEMBERS_OF_SHORT_NAME_RE.finditer(text):
        if m.group("noun").lower() not in named.lower().split():
            continue
        reporters = [r for r in reporters if not (r.start < m.end() and m.start() < r.end)]
        reporters = sorted([*reporters, ReporterMention(m.start(), m.end(), named)], key=lambda r: r.start)
    return reporters


def framed_sources(text: str) -> list[FramedSource]:
    """The sources the text names by a frame, in order (one per place)."""
    found: list[FramedSource | None] = []
    found += [_source(text, *m.span("np")) for m in _FRAMED_BEFORE_RE.finditer(text)]
    found += [_source(text, *m.span("np"), kk_genitive=True) for m in _FRAMED_AFTER_RE.finditer(text)]
    subject = _SUBJECT_RE.match(text) or _COUNTING_SUBJECT_RE.match(text)
    if subject is not None and subject.re is _SUBJECT_RE and subject.group("bare") and not _bare_subject(subject["np"]):
        subject = None
    if subject is not None and (subject.re is _SUBJECT_RE or _counting_subject(subject.group("np"))):
        found.append(_source(text, *subject.span("np"), subject=True))
    if (m := _TRAILING_RE.search(text)) is not None:
        group = "np" if m.group("np") is not None else "np2"
        found.append(_source(text, *m.span(group), named=True))
    if (m := _AUTHORS_RE.match(text)) is not None:
        found.append(_source(text, *m.span("np")))
    if (back := _BACK_REFERENCE_RE.match(text)) is not None:
        found.append(_source(text, *back.span("kk" if back.group("kk") is not None else "ru"), named=True))
    found += said_in_sources(text)
    if (kk := _KK_OPENING_BODY_RE.match(text)) is not None and _KK_SPOKEN_END_RE.search(text, kk.end()):
        found.append(_source(text, *kk.span("np")))
    for shape in (_COLON_LEAD_RE.match(text), _DASH_TAIL_RE.search(text)):
        if shape is not None and _headline_source(shape.group("np")):
            found.append(_source(text, *shape.span("np"), subject=True))
    kept: list[FramedSource] = []
    for source in sorted((f for f in found if f is not None), key=lambda f: (f.start, -f.end)):
        if not any(k.start < source.end and source.start < k.end for k in kept):
            kept.append(source)
    return kept


# A ticker's or a headline's source: "Түркістан облысы прокуратурасы: бүгін ... 12 арыз түсті.", "... дерегі
# тіркелді — «Әділ бақылау» қозғалысы." Two to six words, none a verb of speaking (", — сказал Иванов" is a quote's).
_COLON_LEAD_RE = re.compile(rf"^(?:[^|\n]{{1,20}}\|)?\W*(?P<np>{_PHRASE}):\s+\S", FLAGS)  # a ticker's time first
_DASH_TAIL_RE = re.compile(rf"\S(?:\s+\S+){{3,}}\s+[—–]\s+(?P<np>{_PHRASE})\s*[.!]?\s*$", FLAGS)
_ANY_SPEAKING_RE = re.compile(rf"(?<![\w-]){_ANNOUNCING}(?![\w-])", FLAGS)
HEADLINE_SOURCE_WORDS = (2, 6)


_BODY_RE = compile_forms(_LEXICON["bodies"])
_PAST_VERB_RE = re.compile(  # a Russian past tense: "приступила", "задержали"
    r"(?<![\w-])[а-яё]{3,}(?:ила|ило|или|ала|али|яла|яли|ела|ели|ился|илась|ились)(?![\w-])", FLAGS
)


def _headline_source(phrase: str) -> bool:
    low, high = HEADLINE_SOURCE_WORDS
    if not low <= len(phrase.split()) <= high or _ANY_SPEAKING_RE.search(phrase) is not None:
        return False
    if _PAST_VERB_RE.search(phrase):
        return False  # "Полиция приступила к задержаниям: ...": a clause that acts, not a name
    if any(p.search(phrase) for _, p in (*CATEGORY_PATTERNS, *MEASURE_PATTERNS)):
        return False  # "«Около полутора сотен нарушений»: ...": a headline's finding, not its source
    return _BODY_RE.search(phrase) is not None or _QUOTED_RE.search(phrase) is not None


# The source of what the sentences before told, named after a back-reference: "Бұл туралы облыстық сот баспасөз
# қызметі хабарлады.", "Об этом сообщила пресс-служба суда.", "Об этом сообщили в пресс-службе суда."
_BACK_REFERENCE_RE = re.compile(
    rf"^\W*(?:бұл\s+туралы\s+(?P<kk>{_PHRASE})\s+{_ANNOUNCING}"
    rf"|(?:об\s+этом|о\s+том)\s+{_SPEAKING}\s+(?:в\s+|во\s+)?(?P<ru>{_PHRASE}))\s*[.!]?\s*$",
    FLAGS,
)
_ANNOUNCING_LINE_RE = re.compile(rf"^\W*(?P<np>{_PHRASE})\s+{_ANNOUNCING}\s*[.:!]?\s*$", FLAGS)


def title_source(text: str) -> str | None:
    """The source a story's title names before a colon ("ІІМ: сайлау күні тәртіп сақталды", "Фонд «Адал сайлау»: итоги
    наблюдения"): the one who speaks for the story."""
    m = _COLON_LEAD_RE.match(text)
    if m is None:
        return None
    phrase = m.group("np").strip(" «»\"")
    named = next((name for name, pattern in REPORTER_PATTERNS if name and pattern.fullmatch(phrase)), None)
    if named is not None:
        return named
    if re.fullmatch(r"\W*[«\"“][^«»\"“”]{2,40}[»\"”]\s*", text[: m.end("np")]) and not any(
            p.search(phrase) for _, p in (*CATEGORY_PATTERNS, *MEASURE_PATTERNS)):
        # "«Ашық сайлау»: в день выборов зафиксировано 154 нарушения": a body by its quoted name (a quoted finding,
        # "«Около двух сотен нарушений»: …", is the headline's claim)
        return phrase
    quoted = _QUOTED_BODY_RE.fullmatch(text[: m.end("np")])
    if quoted is not None and _BODY_RE.search(quoted.group("noun")):
        return quoted.group("name")  # "«Ашық сайлау» қоғамдық бірлестігі: …": a body by its quoted name and its noun
    source = _source(text, *m.span("np"), subject=True) if _headline_source(m.group("np")) else None
    return source.reporter if source is not None else None


_QUOTED_BODY_RE = re.compile(r"\W*[«\"“](?P<name>[^«»\"“”]{2,40})[»\"”]\s+(?P<noun>[^\W\d_][\w\s-]{2,40}?)\s*")


def announcer(text: str) -> str | None:
    """The source of a line that only announces it: "ДП Павлодарской области информирует.", "The Bureau reports:"."""
    m = _ANNOUNCING_LINE_RE.match(text)
    source = _source(text, *m.span("np"), subject=True) if m is not None else None
    return source.reporter if source is not None else None


def statement_authors(text: str) -> str | None:
    """The authors a first-person statement names in apposition to its "we"."""
    m = _AUTHORS_RE.match(text)
    source = _source(text, *m.span("np")) if m is not None else None
    return source.reporter if source is not None else None
