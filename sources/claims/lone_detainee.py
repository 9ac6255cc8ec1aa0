"""One person named in the singular beside a detention verb that counts no one: "a correspondent of the outlet was
taken to a police station", "Корреспондент «Власти» также был задержан", "полиция задержала журналиста",
"тілші ұсталды". Such a sentence reports one detention, not an uncounted group (detentions.yaml, `lone`).

A noun joined to another ("a journalist and a blogger were detained"), a plural verb ("were") or a plural noun
keeps the group uncounted.
"""

from __future__ import annotations

import re

from sources.claims.detention_triggers import Trigger
from sources.claims.lexicon import alternation, detention_words, forms_of
from sources.claims.reading import Reading

FLAGS = re.IGNORECASE
_LONE = detention_words("lone")
_DETERMINER_RE = re.compile(
    rf"\b(?:{alternation(forms_of(_LONE['determiners']))})\s+(?:[\w'’-]+\s+){{0,3}}$", FLAGS
)
_PLURAL_RE = {lang: re.compile(alternation(_LONE["plural"][lang]), FLAGS) for lang in ("en", "ru", "kk")}
# the verb as the trigger spans it, its destination with it: "была доставлена в отдел полиции"
_SINGULAR_VERB_RE = re.compile(rf"(?:{alternation(forms_of(_LONE['singular_verbs']))})(?!\w)", FLAGS)
_ACCUSATIVE_RE = re.compile(alternation(forms_of(_LONE["accusative"])), FLAGS)
_JOINED_RE = re.compile(r"\b(?:and|or|were|are|have|и|или|және|мен|бен|пен)\b|,", FLAGS)
# another person joined after the noun: "a reporter of the outlet and a blogger", "журналист и блогер"
_ANOTHER_PERSON_RE = re.compile(
    r"\b(?:and|or|и|или|және)\s+(?:an?|another|one|two|three|\d+|[а-яё]+(?:ист|ер|тель|ник|ент)\w?)\b", FLAGS
)


# a person's name right after the noun: "activist Nurlan Sadykov", "журналист Данияр Сейткали", "белсенді Асқар Ермеков"
_NAMED_AFTER_RE = re.compile(r"\s+(?-i:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w'’-]+)\s+(?-i:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w'’-]+)")


# a person's name before the noun, the noun in apposition to it: "Aigerim Tleuzhan, an activist of the movement,
# was detained", "Асель Нурланова, журналист издания «Власть», была задержана", "Асқар Ермеков, «Оян, Қазақстан»
# қозғалысының белсендісі, ұсталды" (the apposition may quote a name with a comma in it)
_NAMED_BEFORE_RE = re.compile(
    r"(?-i:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w'’-]+)\s+(?-i:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w'’-]+),\s+(?:«[^»]*»|[^,.;«])*$", FLAGS
)


def apposition_end(text: str, span: tuple[int, int], clause: tuple[int, int], until: int) -> int | None:
    """Where the apposition the noun at `span` stands in ends (just after its last comma before `until`), when it
    names the person written before it; else None."""
    if _NAMED_BEFORE_RE.search(text, max(clause[0], span[0] - 80), span[0]) is None:
        return None
    comma = text.rfind(",", span[1], min(until, clause[1]))
    return None if comma < 0 else comma + 1


def lone_person(reading: Reading, span: tuple[int, int], trigger: Trigger, clause: tuple[int, int]) -> bool:
    """The noun at `span`, which the detention `trigger` names, is one person."""
    text = reading.text
    if trigger.noun:
        return False  # "the detention of a journalist" is read by the counted path when it counts
    noun = text[span[0] : span[1]]
    head = noun.split()[-1] if span[0] < trigger.start else noun.split()[0]
    between = text[span[1] : trigger.start] if span[0] < trigger.start else text[trigger.end : span[0]]
    rest = text[span[1] : clause[1]].split(",")[0]
    language = reading.context.language
    plural = _PLURAL_RE.get(language, _PLURAL_RE["en"])
    closed = apposition_end(text, span, clause, trigger.start) if span[0] < trigger.start else None
    if closed is not None and closed <= trigger.start:
        # "Aigerim Tleuzhan, an activist of the movement, was detained": one person, named
        return not _JOINED_RE.search(text[closed : trigger.start]) and not plural.fullmatch(head)
    if _JOINED_RE.search(between) or _ANOTHER_PERSON_RE.search(rest):
        return False  # "a journalist and a blogger were detained": two, uncounted
    if _NAMED_AFTER_RE.match(text, span[1]) and not plural.fullmatch(head):
        return True  # "detained activist Nurlan Sadykov", "journalist Daniyar Seitkali was briefly detained"
    if language == "en":
        return _DETERMINER_RE.search(text, clause[0], span[0]) is not None and not _PLURAL_RE["en"].fullmatch(head)
    if language == "kk":
        return not _PLURAL_RE["kk"].fullmatch(head)  # "тілші ұсталды"
    if _PLURAL_RE["ru"].fullmatch(head):
        return False
    verb = text[trigger.start : trigger.end]
    if _SINGULAR_VERB_RE.match(verb):
        return True  # "Корреспондент … был задержан", "задержан журналист издания": a singular short passive
    # an active verb's singular object after it: "задержала журналиста"
    if span[0] > trigger.start:
        return _ACCUSATIVE_RE.fullmatch(head) is not None and not verb.lower().endswith("и")
    # ... or before an impersonal plural: "В Шымкенте нашего наблюдателя доставили в отдел полиции"
    return _ACCUSATIVE_RE.fullmatch(head) is not None and re.match(r"[а-яё]+ли\b", verb, FLAGS) is not None
