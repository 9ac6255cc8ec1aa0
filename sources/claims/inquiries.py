"""Appeals that were inquiries: a hotline's count of what callers asked is no count of complaints.

"Обращения", "өтініштер", "requests" are complaints in a commission's or a prosecutor's tally, but a call centre's
appeals are mostly questions: "в колл-центр ЦИК поступило 1 847 звонков ... ещё порядка 300 обращений касались
голосования по открепительным удостоверениям" counts inquiries. A count of such a word is no complaint when the
paragraph names the hotline that received it, its clause says what it was about, and that topic names no violation
(the words are data: clauses.yaml `inquiries`). "140 complaints and appeals, the majority concerning ..." names
complaints among them; "30 обращений касались давления на избирателей" names a kind: both stay complaints.
"""

from __future__ import annotations

import re

from sources.claims.quantities import Quantity
from sources.claims.reading import Reading
from sources.claims.stations import speaks_of_violations
from sources.claims.vocabulary import INQUIRY_CHANNEL_RE, INQUIRY_NOUN_RE, INQUIRY_TOPIC_RE, MEASURE_PATTERNS

TOPIC_REACH = 60  # characters between the counted noun and the words that say what it was about (Kazakh: after it)


def hotline_inquiries(reading: Reading, q: Quantity, noun_end: int, clause: tuple[int, int]) -> bool:
    """The count `q` of an ambiguous appeal noun (ending at `noun_end`) counts a hotline's inquiries."""
    text = reading.text
    noun = text[q.end : noun_end]
    if INQUIRY_NOUN_RE.search(noun) is None:
        return False
    if any(p.search(INQUIRY_NOUN_RE.sub(" ", noun)) for _, p in MEASURE_PATTERNS):
        return False  # "140 complaints and appeals, the majority concerning ...": complaints among them
    topic = INQUIRY_TOPIC_RE.search(text, noun_end, min(clause[1], noun_end + TOPIC_REACH))
    if topic is None or speaks_of_violations(text, topic.end(), clause[1]):
        return False
    account = reading.account
    paragraph = account.sentences[len(account.sentences) - account.in_paragraph :] if account.in_paragraph else ()
    return any(INQUIRY_CHANNEL_RE.search(sentence) for sentence in (*paragraph, text))


# Appeals of which a part was found to be complaints: "поступило 152 обращения, из которых 31 было квалифицировано как
# жалоба", "47 appeals, of which 27 were considered complaints", "Жалобами признаны 27 из них": the part is the
# complaints, the appeals as a whole are not.
_QUALIFIED_AFTER_RE = re.compile(
    r"\s+(?:\w+\s+){0,2}?(?:был[оаи]?\s+|were\s+|was\s+)?(?:квалифицирован\w*|признан\w*|рассмотрен\w*(?=\s+как)|(?:considered|classified|deemed"
    r"|recogni[sz]ed|qualified)(?:\s+as)?)\s+(?:как\s+)?(?:жалоб\w*|complaints?|шағым\w*)"
    # the part named by a dash: "156 обращений, из них 48 – жалобы на действия комиссий"
    r"|\s*[–—-]\s*(?:жалоб\w*|complaints?|шағым\w*)",
    re.IGNORECASE,
)
_QUALIFIED_BEFORE_RE = re.compile(r"(?:жалобами|as\s+complaints)\s+(?:был[оаи]?\s+)?(?:признан\w*|were\s+\w+)\s+$",
                                  re.IGNORECASE)
_OF_WHICH_RE = re.compile(
    r"(?:из\s+(?:которых|них)|of\s+(?:which|them|these))\s*,?\s*(?:(?:лишь|только|всего|only|just)\s+)?$",
    re.IGNORECASE,
)


def qualified_complaints(text: str, q: Quantity) -> bool:
    """The count is the part of some appeals that was found to be complaints."""
    return bool(_QUALIFIED_AFTER_RE.match(text, q.end) or _QUALIFIED_BEFORE_RE.search(text, 0, q.start))


def appeals_with_complaints_among_them(text: str, q: Quantity, noun_end: int) -> bool:
    """An appeal count whose sentence says which part of it were complaints: the part counts, the appeals do not."""
    if INQUIRY_NOUN_RE.search(text[q.end : noun_end]) is None:
        return False
    rest = text[noun_end:]
    return any(_OF_WHICH_RE.search(rest, 0, m.start()) for m in _PART_COUNT_RE.finditer(rest)
               if _QUALIFIED_AFTER_RE.match(rest, m.end()))


_PART_COUNT_RE = re.compile(r"\d+(?:[\s\u00a0]\d{3})*")
