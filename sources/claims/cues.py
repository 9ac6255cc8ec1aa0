"""What a sentence says about the sentences around it, without naming a reporter itself: it goes on with the
previous sentence's account ("Of them, ...", "Из них"), its speaker goes on ("He said that ...", "По его словам"),
it names who said what came before ("Об этом заявил ...", "This was reported by"), it opens or closes a quotation
('"...", - сообщил Досов'), or it reports what observers saw. reporters.py finds the names; paragraph.py and
reading.py decide with these cues whose claims they are.
"""

from __future__ import annotations

import re

from sources.text.letters import CAPITALISED_WORD

FLAGS = re.IGNORECASE

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
    r"^(?:he|she|it|they|они|он|она|оно|ол|олар)\s+(?:\w+\s+)?(?:said|says|added|stated|reported|told|noted|explained"
    r"|announced|claimed|confirmed|wrote|сообщил\w*|сообщает|заявил\w*|заявляет|добавил\w*|отметил\w*|пояснил\w*"
    # or a finding verb: "It recorded 64 violations in all" (the organisation named before counted them)
    r"|уточнил\w*|айтты|мәлімдеді|хабарлады|recorded|documented|registered|counted|зафиксировал\w*|выявил\w*)\b"
    r"|^\s*[—–-]\s"  # a quoted line ("— Некоторые активисты были задержаны ..."): the speaker introduced before it
    r"|^(?:по\s+(?:его|её|ее|их)\s+(?:словам|данным|информации|сведениям)|according\s+to\s+(?:him|her|it|them"
    r"|the\s+same\s+source|(?:the|its|his|her|their)\s+(?:statement|figures|data))"
    r"|(?:оның|олардың)\s+(?:айтуынша|мәліметінше|сөзінше))\b"
    # the organisation named before, by its class noun: "Қор бақылаушыларының мәліметінше, ...", "The coalition said"
    r"|^(?:the\s+)?(?:foundation|coalition|league|network|alliance|group|organi[sz]ation|watchdog|фонд|лига|коалиция"
    r"|организация|қор|қордың|коалицияның)"
    r"\s+(?:[\w-]+\s+)?(?:said|says|reported|stated|found|documented|recorded|сообщил\w*|заявил\w*|мәліметінше"
    r"|айтуынша|хабарлады|мәлімдеді)\b"
    # A Russian finding verb in the plural with no subject before it ("На 16:00 выявили девять случаев"): they who
    # were speaking, not the publisher.
    r"|^(?:(?:на|в|по|к|с|за)\s+[^,.]{0,30}?\s+)?(?:выявили|установили|зафиксировали|зарегистрировали|обнаружили"
    r"|возбудили|пресекли)\b",
    FLAGS,
)
OBSERVED_RE = re.compile(
    r"\b(?:were|was|been)\s+(?:\w+\s+)?(?:observed|noted|witnessed|seen)\b|\bobservers\s+(?:\w+\s+)?(?:saw|noted"
    r"|observed|reported|witnessed)\b|\b(?:the\s+)?(?:IEOM|EOM|ODIHR|mission)\s+(?:\w+\s+)?(?:observed|noted"
    r"|assessed|saw)\b",
    FLAGS,
)


# The sentence names who said what the sentences before it reported: "Об этом заявил ...", "This was reported by".
BACK_REFERENCE_RE = re.compile(
    r"^(?:об\s+этом|о\s+(?:б\s+)?этом|эти\s+(?:данные|цифры)|такие\s+(?:данные|цифры)|this\s+was|these\s+(?:figures|numbers"
    r"|data)|the\s+figures?\s+(?:was|were)|бұл\s+туралы|так\s+(?:считает|полагает|заявляет|утверждает))\b"
    # the source's own message goes on with the figures before: "В заявлении министерства говорится, что ..."
    r"|^в\s+(?:сообщении|заявлении|пресс-релизе|информации)\s+[^,.;]{3,80}?\s+(?:уточняется|говорится|отмечается"
    r"|сообщается|добавляется|поясняется)\b"
    # the list of those just counted published by its source: "Их список опубликовала правозащитница X", "Their names
    # were published by X", "Тізімін X жариялады"
    r"|^(?:их|этот|такой)\s+(?:список|перечень)\s+(?:[\w-]+\s+){0,2}?(?:опубликовал\w*|привел\w*|привёл|составил\w*"
    r"|распространил\w*)|^(?:their|the)\s+(?:list|names)\s+(?:was|were|has\s+been|have\s+been)\s+(?:published|compiled"
    r"|released)|^(?:олардың\s+)?тізім\w*\s+(?:[\w-]+\s+){0,3}?жариял\w*",
    FLAGS,
)


# the sentence's own count before "of them": people, or what is counted ("received 32 complaints … dismissed all
# of them")
_COUNT_BEFORE_RE = re.compile(
    r"\d[\d,. ]*\s+(?:[\w-]+\s+){0,2}?(?:people|persons|protesters|activists|человек|адам|complaints|appeals|reports"
    r"|violations|cases|жалоб\w*|обращени\w*|сообщени\w*|нарушени\w*|дел[аио]?|шағым\w*|арыз\w*|өтініш\w*)\b.*\S\s",
    FLAGS,
)
# The sentence goes on about the people or cases counted before: "1,500 of them were released, X reports".
_OF_THEM_RE = re.compile(r"\b(?:of\s+them|of\s+whom|из\s+них|олардың\s+ішінде)\b", FLAGS)


# A quotation closed and its speaker named: '... 278 лиц", – сообщил Асылов.', '... берген» деді Серғазин.', '...,
# – деді прокурор.': every sentence of the quotation is the speaker's.
_QUOTE_CLOSED_RE = re.compile(
    r"(?:[»\"”]\s*[,–—-]*|,\s*[–—-])\s*(?:сообщил\w*|сказал\w*|заявил\w*|отметил\w*|добавил\w*|пояснил\w*"
    r"|рассказал\w*|уточнил\w*|деді|дейді|айтты|айтады|мәлімдеді|said|added|stated|told)\s+\S"
    # the speaker named before the verb: '... of the polls," Tolegen Kunadilov said.'
    rf"|[»\"”]\s*[,–—-]*\s*{CAPITALISED_WORD}(?:\s+{CAPITALISED_WORD}){{0,2}}"
    # with an apposition: '...," Nurdilda Oraz, a representative of the Interior Ministry, said.'
    r"(?:,[^,;.]{3,90},)?\s+(?:said|says|added|stated|told"
    r"|сказал\w*|заявил\w*|сообщил\w*|отметил\w*|деді|айтты)\b",
    FLAGS,
)


# The quotation closed by its verb and a pronoun or a bare role: '..., – дейді ол.', '...», — сказал он.', '...," she
# said.', '..., - деді министр.'
_PRONOUN_CLOSED_RE = re.compile(
    r"[»\"”][\s,–—-]*(?:(?:сообщил\w*|сказал\w*|заявил\w*|отметил\w*|добавил\w*|пояснил\w*|деді|дейді|айтты"
    r"|айтады|said|added|stated|told)\s+(?:он|она|ол|he|she|(?:the\s+)?(?:вице-)?(?:министр|minister|спикер|official))"
    r"|(?:he|she|the\s+minister|the\s+official)\s+(?:said|added|stated|told))\s*[.!]?\s*$",
    FLAGS,
)


def closed_by_pronoun(text: str) -> bool:
    """The sentence ends a quotation whose speaker is a pronoun: the person named before it opened."""
    return _PRONOUN_CLOSED_RE.search(text) is not None


def closes_quote(text: str) -> bool:
    """The sentence ends a quotation and names its speaker."""
    return _QUOTE_CLOSED_RE.search(text) is not None


# A quotation opened and not closed in the sentence: '"В Актюбинской ... арестованы девять организаторов.', a quote
# the previous sentence introduced with "айтуынша" / "по его словам" and a colon, or a line opening with a dash.
_QUOTE_OPEN_RE = re.compile(
    r"^\s*(?:[«\"“]|[–—-]\s)|(?:айтуынша|словам|said|заявил\w*|сказал\w*)\s*[,:]?\s*[«\"“]", FLAGS
)


def opens_quote(text: str) -> bool:
    """The sentence opens a quotation that it does not close."""
    if _QUOTE_OPEN_RE.search(text) is None:
        return False
    return text.count("«") > text.count("»") or text.count('"') % 2 == 1 or text.lstrip()[:1] in "–—-“"


_QUOTE_START_RE = re.compile(r"\s*[«\"“]")


def opens_with_quote(text: str) -> bool:
    """The sentence opens with a quotation it leaves open ('"Бүгінгі жағдайда 18 ...'): at a paragraph's start, the
    words of the speaker the paragraph before named."""
    return _QUOTE_START_RE.match(text) is not None and opens_quote(text)


def refers_back(text: str) -> bool:
    """The sentence names the reporter of what the sentences before it said ("Об этом сообщил ...")."""
    if BACK_REFERENCE_RE.search(text) is not None:
        return True
    m = _OF_THEM_RE.search(text)
    # "... 37 people had been detained ...; 21 of them were sentenced": "them" are the sentence's own, not the past's
    return m is not None and _COUNT_BEFORE_RE.search(text, 0, max(0, m.start() - 1)) is None


# The sentence opens on the detentions just told, by name: "The arrests began on 21 February, with ...", "Задержания
# начались ещё накануне", "Бұл ұстаулар ...": it goes on with them, its source is theirs.
_THE_DETENTIONS_RE = re.compile(
    r"^\W*(?:the|these|those|such)\s+(?:arrests|detentions|detainees|round-?ups)\b|^\W*(?:эти\s+|такие\s+)?задержани[яй]\b"
    r"|^\W*(?:бұл\s+|осы\s+)?ұстаулар\w*",
    FLAGS,
)


def names_the_detentions(text: str) -> bool:
    """The sentence opens on the detentions the sentence before reported ("The arrests began ...")."""
    return _THE_DETENTIONS_RE.match(text) is not None


def continues_account(text: str) -> bool:
    """The sentence goes on with the previous sentence's account ("Of them, ...", "Из них ...")."""
    return CONTINUATION_RE.search(text) is not None


# The same speaker in an aside anywhere in the sentence: "Forty-two people had been detained, it said, ...", "...,
# according to the same statement, ...", "..., сообщил он,", "..., по тем же данным,".
_SPEAKER_ASIDE_RE = re.compile(
    r",\s*(?:(?:he|she|it|they)\s+(?:said|says|added|reported|stated|noted|claimed|told\s+\w+)"
    r"|(?:сообщил\w*|заявил\w*|добавил\w*|уточнил\w*)\s+(?:он|она|они)"
    r"|according\s+to\s+the\s+same\s+(?:statement|source|report|figures|data)"
    r"|по\s+тем\s+же\s+(?:данным|сведениям))\s*(?:[,.;]|$)",
    FLAGS,
)


def speaker_goes_on(text: str) -> bool:
    """The sentence goes on with the previous sentence's speaker ("He said that ...", "..., it said, ...")."""
    return SPEAKER_RE.search(text) is not None or _SPEAKER_ASIDE_RE.search(text) is not None


def reports_observation(text: str) -> bool:
    """The sentence reports what observers saw."""
    return OBSERVED_RE.search(text) is not None
