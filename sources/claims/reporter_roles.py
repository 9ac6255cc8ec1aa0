"""Reporters named by a role or as a quoted organisation, which reporters.py's list does not normalise.

Two shapes, each kept as written:

- unnamed officials as the subject of a reporting verb: "officials said only 80 people were arrested", "власти
  заявили ...", "ресми өкілдер мәлімдеді" → "officials" / "власти" / "ресми өкілдер";
- a Kazakh organisation named in quotes with its class noun, the subject of a finding verb a few words on (the
  count of its members may stand between): "«Әділ сайлау» ұйымының 300 бақылаушысы 120 заң бұзу дерегін
  анықтаған" → "Әділ сайлау".

- observers of a named group: "наблюдатели от «Таза сайлау»", "«Х» бақылаушылары" → "Таза сайлау";
- an organisation named by its class noun as the subject of a finding verb: "Лига молодых избирателей
  зафиксировала 23 нарушения", "Общественный фонд «X» выявил ...", "The Alliance of Independent Observers recorded
  ..." → the phrase as written, or the name in quotes when it has one ("X").

All are found only in a reporting role (the verb follows within the clause), so "officials were detained" names
no reporter.
"""

from __future__ import annotations

import re

from sources.claims.lexicon import alternation, forms_of, load
from sources.claims.reporter_outlets import FLAGS
from sources.claims.reporter_outlets import Mention as RoleMention  # a source's span and the reporter it names
from sources.text.letters import CAPITAL, CAPITALISED_WORD

# A source's reporting verb, every language's (lexicon/attribution.yaml, `speaking`).
_SPEAKING = alternation(forms_of(load("attribution")["speaking"]))
_ROLE_RE = re.compile(
    r"(?<![\w-])(?P<who>(?:(?:government|state|local|city|regional|police)\s+)?officials|the\s+authorities"
    r"|чиновник\w*|власти|официальн\w+\s+лиц\w*|билік\s+өкілдері|ресми\s+өкілдер)"
    rf"(?=\s+(?:[\w-]+\s+){{0,2}}?(?:{_SPEAKING}|put\s+the)(?![\w-]))",
    FLAGS,
)
# «Таза сайлау» ұйымының 5 мың белсендісі ... 500 заң бұзу дерегін анықтаған
_KK_ORGANISATION_RE = re.compile(
    r"«(?P<who>[^«»]{2,40})»\s+(?:қоғамдық\s+|азаматтық\s+)?(?:платформа|ұйым|қозғалыс|қор|орталығ|коалиция|альянс"
    r"|желі|бірлест)\w*"
    # a finding verb, or its findings published: "«X» қоғамдық қоры ... байқау қорытындысын жариялады"
    r"(?=[^.;!?]{0,120}?(?<![\w-])(?:анықта|тірке|мәлімде|хабарла|жеткіз|көрсет|қорытынды\w*\s+жариял)\w*)",
    FLAGS,
)


# "Лига молодых избирателей зафиксировала ...": the class noun with up to two words before it and its name after.
# An organisation presenting what it found: "The Erkin Saylau observer coalition presented its election-day findings",
# "Лига подвела итоги наблюдения" -- the findings it goes on to list are its own (a story's lead, reading.py).
PRESENTED_FINDINGS = (
    r"(?:presented|published|released|announced|представил\w*|опубликовал\w*|обнародовал\w*|огласил\w*)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:findings|results|report|conclusions|итоги|выводы|результаты|отч[её]т)\w*"
    r"|подвел\w*\s+итоги|подвёл\w*\s+итоги|қорытындылад\w*"
    # "«X» коалициясы ... алдын ала есебін жариялады": its (preliminary) report published
    r"|(?:есеб|баянда|қорытынды)\w*\s+(?:жариялад|ұсынд|таныстыр)\w*"
)
PRESENTED_FINDINGS_RE = re.compile(PRESENTED_FINDINGS, FLAGS)
_ORGANISATION_SUBJECT_RE = re.compile(
    rf"(?<![\w«-])(?P<who>(?:{CAPITAL}[\w-]*\s+|(?:the|общественн\w+|гражданск\w+|республиканск\w+|независим\w+"
    r"|independent|public|civic)\s+){0,3}?"
    # "Erkin Saylau observer coalition"
    r"(?:(?:observer|observers['’]?|monitoring|citizen|youth|election|watchdog)\s+)?"
    r"(?:лиг|фонд|движени|коалици|альянс|объединени|платформ|сет(?=[ьи]\b)|league|foundation"
    r"|coalition|alliance|network|platform|movement)\w*(?:(?:\s+[\w-]+)?\s+«(?P<name>[^«»]{2,40})»|(?:\s+(?:of\s+)?(?!(?:said|says|stated|reported|told|it|they|he|she|had|has|was|were|заявил\w*|сообщил\w*)\b)"
    r"(?-i:[a-zа-яёA-Z])[\w-]+){0,5}))"
    # (not past a person named after it: "Координатор лиги Анна Ким рассказала" is the coordinator's account)
    rf"(?=\s+(?:(?!{CAPITALISED_WORD}\s+{CAPITALISED_WORD})[\w-]+\s+){{0,6}}?(?:(?:зафиксировал|выявил|обнаружил|recorded|found|documented|registered)\w*"
    # a named organisation as a speaker: "..., the Taza Saylau coalition of citizen observers said on Monday"
    # (told others: "informed the EOM" is source_frames.py's, whose subject phrase may open on lower-case words)
    rf"|(?:said|says|stated|reported|заявил\w*|сообщил\w*|рассказал\w*)\b"
    rf"|{PRESENTED_FINDINGS}))",
    FLAGS,
)


# Kazakh names the speaker after "деп" and the verb, to the sentence's end: "..., деп хабарлады «Адал бақылау»
# бастамасының үйлестірушісі." (the initiative's coordinator said) -- kept as written, up to six words.
_KK_SPEAKER_AFTER_RE = re.compile(
    r"(?<![\w-])деп\s+(?:хабарлады|мәлімдеді|айтты|жеткізді|атап\s+өтті|мәлім\s+етті)\s+"
    r"(?P<who>(?:«[^«»]{2,40}»|[\w-]+)(?:\s+(?:«[^«»]{2,40}»|[\w-]+)){0,5})\s*[.;!]",
    FLAGS,
)


# The speaker named after a closed quotation by name only: '...», – деді Өмірәлиев.', '..." – сказал Асылов.',
# '...," said Kunadilov.' (a pronoun or a role is paragraph.py's and reporters.py's).
_CAPITALISED = CAPITALISED_WORD
_NAMED_AFTER_QUOTE_RE = re.compile(
    rf"[»\"”][\s,–—-]*(?:деді|дейді|айтты|айтады|мәлімдеді|сказал\w*|заявил\w*|сообщил\w*|отметил\w*|said|added|stated)"
    # where or when it was said may follow: '– сообщил Нурдильда Ораз в кулуарах Правительства.'
    rf"\s+(?P<who>{_CAPITALISED}(?:\s+{_CAPITALISED}){{0,2}})(?:\s+(?:в|на|после|во|in|at|after|on)\s[^.!?«»\"]{{0,60}})?"
    rf"\s*[.!]?\s*$",
    FLAGS,
)


# A view and who holds it, at the sentence's end: "..., считают объединения наблюдателей.", "..., observer groups
# believe." -- the account that follows in the paragraph is theirs (reading.py keeps it as the paragraph's lead).
VIEW_HOLDER_RE = re.compile(
    r"[,—–-]\s*(?:считают|полагают|утверждают|уверены|констатируют|убеждены|believe|argue|maintain|contend)\s+"
    r"(?P<who>(?:[\w«»\"-]+\s+){0,4}?[\w«»\"-]+)\s*[.!]\s*$",
    FLAGS,
)


# An outlet's correspondent as the source, at the clause's end: "..., передает корреспондент Sputnik Казахстан.",
# "..., Fergana’s correspondent reports.", "..., a correspondent for the agency said." -- kept as written.
_CORRESPONDENT_RE = re.compile(
    # (the correspondent who tells, not the one told: "рассказали корреспонденту KazTAG" names the addressee)
    r"(?:передает|передаёт|сообщает|пишет|рассказал\w*)\s+(?P<ru>(?:собственный\s+)?корреспондент(?:ы)?\s+"
    r"(?:[«\"]?[\w-]+(?:\.[\w-]+)*[»\"]?\s*){1,3}?)\s*(?=[.,;!]|$)"
    # the outlet's name with or without a possessive: "Fergana’s correspondent", "a Reuters reporter"
    r"|(?P<en>(?:(?-i:(?!(?:An?|The)\s)[A-Z])[\w’'./-]+(?:\s+(?-i:[A-Z])[\w’'./-]+){0,2}(?:[’']s?)?\s+)?(?:own\s+)?(?:correspondent|reporter)"
    r"(?:\s+(?:for|of|from)\s+(?:the\s+)?[\w’'./-]+(?:\s+(?-i:[A-Z])[\w’'./-]+){0,2})?)\s+(?:reports|reported|said|says"
    r"|wrote|writes|saw)\b",
    FLAGS,
)


_KK_CLASS_NOUN_ONLY_RE = re.compile(
    r"«(?P<name>[^«»]{2,40})»\s+(?:қоғамдық\s+|азаматтық\s+)?(?:платформа|ұйым|қозғалыс|қор|орталығ|коалиция|альянс"
    r"|желі|бірлест)\w*",
    FLAGS,
)


def role_reporters(text: str) -> list[RoleMention]:
    """Officials named by role, quoted Kazakh organisations and Kazakh speakers after "деп хабарлады", in a
    reporting role; in text order."""
    found = [RoleMention(*m.span("who"), _as_written(m.group("who"))) for m in _ROLE_RE.finditer(text)]
    found += [RoleMention(*m.span("who"), m.group("who").strip()) for m in _KK_ORGANISATION_RE.finditer(text)]
    for m in _KK_SPEAKER_AFTER_RE.finditer(text):
        # an organisation by its quoted name and class noun only ("деп хабарлады «X» ұйымы") is its name; a person
        # speaking for it ("«X» бастамасының үйлестірушісі") is kept as written
        organisation = _KK_CLASS_NOUN_ONLY_RE.fullmatch(m.group("who").strip())
        who = organisation.group("name").strip() if organisation else m.group("who").strip()
        found.append(RoleMention(*m.span("who"), who))
    for m in _CORRESPONDENT_RE.finditer(text):
        group = "ru" if m.group("ru") else "en"
        found.append(RoleMention(*m.span(group), " ".join(m.group(group).split())))
    view = VIEW_HOLDER_RE.search(text)
    if view is not None:
        found.append(RoleMention(*view.span("who"), view.group("who").strip()))
    m = _NAMED_AFTER_QUOTE_RE.search(text)
    if m is not None and not any(f.start <= m.start("who") < f.end for f in found):
        found.append(RoleMention(*m.span("who"), m.group("who")))
    return sorted(found)


# Observers of a named group speak for it: "наблюдатели от «Таза сайлау»", "observers from «X»", "«X» бақылаушылары"
# (in the plural: "Наблюдатель от партии «X» Имя Фамилия" is a person who speaks for herself).
_GROUP_OBSERVERS_RE = re.compile(
    r"(?:(?:наблюдател(?:и|ей|ям|ями|ях)|observers|monitors)\s+(?:от|из|of|from)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    r"«(?P<who>[^«»]{2,40})»|«(?P<kk>[^«»]{2,40})»\s+(?:[\w-]+\s+)?бақылаушылар\w*"
    # a capitalised name with its class noun: "Domestic observers from the Erkindik Kanaty movement"
    r"|(?:(?:domestic|citizen|local|independent|national)\s+)?(?:observers|monitors)\s+(?:from|of)\s+the\s+(?P<en>(?-i:(?:[A-Z][\w'’-]*\s+){1,4})(?:movement|network|coalition"
    r"|group|foundation|platform|alliance|league|initiative|association))\b)"
    # in a reporting role only: "наблюдателей от партии «Ак жол» не были допущены" names who was barred, not who tells
    r"(?=[^.;!?]{0,160}?(?<![\w-])(?:зафиксировал|выявил|отметил|заметил|увидел|сообщил|заявил|обнаружил|рассказал"
    r"|recorded|reported|noted|saw|found|observed|documented|said|stated|тіркеді|байқады|анықтады|хабарлады"
    r"|мәлімдеді|атап\s+өтті)\w*)",
    FLAGS,
)


# One observer of a named group who saw it: "Наблюдатель из @mnextkz (...), участок 103, зафиксировал, как ...", "An
# observer from the Next network recorded ..." -- the group, as written.
_GROUP_OBSERVER_RE = re.compile(
    r"(?:наблюдател(?:ь|ьница)|an?\s+observer|бақылаушы)\s+(?:из|от|from|of)\s+(?:the\s+)?"
    rf"(?P<who>@[\w.]+|«[^«»]{{2,40}}»|{CAPITAL}[\w.-]+(?:\s+{CAPITAL}[\w.-]+){{0,3}})"
    r"(?=(?:[^.;!?]|\.(?=\S)){0,160}?(?<![\w-])(?:зафиксировал|заметил|увидел|сообщил|снял|recorded|saw|noticed|filmed|reported"
    r"|тіркеді|байқады)\w*)",
    FLAGS,
)


def organisation_subjects(text: str) -> list[RoleMention]:
    """Organisations named as the subject of a finding verb; they stand for any listed name inside them ("the
    Alliance of Independent Observers" is not the mission's observers)."""
    found = []
    for m in _ORGANISATION_SUBJECT_RE.finditer(text):
        who = m.group("name") or re.sub(r"^(?:the|a|an)\s+", "", " ".join(m.group("who").split()), flags=FLAGS)
        if m.group("name") or who[:1].isupper():  # a name, not "the platform found"
            found.append(RoleMention(*m.span("who"), who.strip()))
    for m in _GROUP_OBSERVERS_RE.finditer(text):
        found.append(RoleMention(*m.span(), (m.group("who") or m.group("kk") or m.group("en")).strip()))
    for m in _GROUP_OBSERVER_RE.finditer(text):
        if not any(f.start <= m.start() < f.end for f in found):
            found.append(RoleMention(*m.span(), m.group("who").strip("«» ")))
    return sorted(found)


def _as_written(who: str) -> str:
    return re.sub(r"^the\s+", "", " ".join(who.split()), flags=FLAGS)


# The person an interview is with: "I had a conversation with Araylim Nazar, the head of ...", "мы побеседовали с
# Айгуль Сейтовой", "Асель Ким берген сұхбатында": the answers after the interviewer's questions are theirs.
_INTERVIEWEE_RE = re.compile(
    r"\b(?:conversation|interview|talked|spoke|sat\s+down)\s+with\s+(?P<en>(?-i:[A-Z][\w'’-]+\s+[A-Z][\w'’-]+))"
    r"|(?:побеседовал\w*|беседа|интервью|поговорил\w*)\s+с\s+(?:\w+\s+){0,3}?(?P<ru>(?-i:[А-ЯЁ][\w-]+\s+[А-ЯЁ][\w-]+))"
    r"|(?P<kk>(?-i:[А-ЯЁӘІҢҒҮҰҚӨҺ][\w-]+\s+[А-ЯЁӘІҢҒҮҰҚӨҺ][\w-]+))\s+(?:\w+\s+)?сұхбат\w*"
    # the person introduced as the head of what the interview is about: "Aizhan K. heads Adal, a network of ..."
    r"|(?P<head_en>(?-i:[A-Z][\w'’-]+\s+[A-Z][\w'’-]+))\s+(?:heads|leads|chairs|runs|coordinates|directs)\s"
    r"|(?P<head_ru>(?-i:[А-ЯЁ][\w-]+\s+[А-ЯЁ][\w-]+))\s+(?:возглавляет|руководит|координирует)\s",
    FLAGS,
)


def interviewee(text: str) -> str | None:
    """The person the text says an interview is with, as written."""
    m = _INTERVIEWEE_RE.search(text)
    return next((m.group(g) for g in ("en", "ru", "kk", "head_en", "head_ru") if m.group(g)), None) if m else None


# "the latter" pointing back to the last organisation of a list in the sentence before: "Наблюдателей готовили
# несколько организаций: «X», сеть Y, «Лига Z». Участники последней ... выявили около десяти нарушений", "The latter's
# observers recorded ...". The anaphor must open the sentence and a finding or reporting verb follow it.
_LATTER_RE = re.compile(
    r"^\W*(?P<who>(?:(?:участники|члены|наблюдатели|представители|активисты|волонт[её]ры|сотрудники)\s+)?"
    r"последн(?:ей|его|их|яя|ее|ий)|(?:(?:observers|members|monitors|volunteers|representatives)\s+of\s+)?the\s+latter"
    r"(?:['’]s(?:\s+(?:observers|members|monitors|volunteers|representatives))?)?"
    r"|соңғысының\s+(?:бақылаушылары|мүшелері|өкілдері)|соңғысы)"
    r"(?=[^.;!?]{0,200}?(?<![\w-])(?:выявил|зафиксировал|обнаружил|сообщил|заявил|насчитал|recorded|found|documented"
    r"|reported|said|counted|noted|анықта|тірке|хабарла|мәлімде)\w*)",
    FLAGS,
)
_QUOTED_NAME_RE = re.compile(r"[«\"“](?P<name>[^«»\"“”]{2,60})[»\"”]")
_CAPITALISED_ORGANISATION_RE = re.compile(
    r"(?-i:(?:[A-Z][\w'’-]*\s+){1,4}(?:Coalition|League|Foundation|Network|Alliance|Movement|Platform|Centre|Center"
    r"|Association|Bureau)|(?:League|Foundation|Network|Alliance|Coalition|Association|Bureau)\s+of\s+(?:[A-Z][\w'’-]*"
    r"\s*){1,4})"
)


def latter_reporter(text: str, previous: str) -> RoleMention | None:
    """The organisation "the latter" (последней, соңғысы) opening the sentence stands for: the last one named in the
    sentence before, in quotes or by a capitalised name with its class noun; as written."""
    m = _LATTER_RE.match(text)
    if m is None or not previous:
        return None
    names = [(n.start(), n.group("name").strip()) for n in _QUOTED_NAME_RE.finditer(previous)]
    names += [(n.start(), n.group(0).strip()) for n in _CAPITALISED_ORGANISATION_RE.finditer(previous)]
    return RoleMention(*m.span("who"), max(names)[1]) if names else None
