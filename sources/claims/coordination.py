"""A detention as the counted subject's second predicate, joined by a conjunction: "несколько активистов столкнулись с
преследованием и оказались под стражей", "Five X and ten Y demonstrated ... and were promptly arrested", "observers
being denied access or detained" (rules and why in detentions.yaml, grammar.coordination)."""

from __future__ import annotations

import re

from sources.claims.detention_triggers import Trigger
from sources.claims.lexicon import alternation, detention_words, forms_of
from sources.claims.reading import Reading
from sources.claims.vocabulary import GATHERING_RE, HYPOTHETICAL_RE, NEGATION_RE
from sources.text.letters import CAPITALISED

FLAGS = re.IGNORECASE

_COORDINATION = detention_words("grammar")["coordination"]
_FIRST_MAX_WORDS: int = _COORDINATION["first_max_words"]
_PASSIVE_FIRST_MAX_WORDS: int = _COORDINATION["passive_first_max_words"]
_PASSIVE_AUXILIARIES = frozenset(w.lower() for words in _COORDINATION["passive_auxiliaries"].values() for w in words)
_CONJUNCTION_WORD_RE = re.compile(
    rf"(?<![\w-])(?:{'|'.join(w for words in _COORDINATION['conjunctions'].values() for w in words)})(?![\w-])", FLAGS
)
_AUXILIARIES = frozenset(w.lower() for words in _COORDINATION["auxiliaries"].values() for w in words)
_STATIVE_RE = re.compile(alternation(forms_of(_COORDINATION["stative"])), FLAGS)
_GERUND_AUXILIARIES = frozenset(w.lower() for words in _COORDINATION["gerund_auxiliaries"].values() for w in words)
_PARTICIPLE_RE = re.compile(alternation(forms_of(_COORDINATION["participles"])), FLAGS)


# A proper name inside a sentence, its own punctuation kept: "the youth movement Oyan, Qazaqstan! demonstrated",
# "движения «Оян, Казахстан!»"; capitalised words after a lower-case one, a comma only between two of them.
_CAP = CAPITALISED
_NAME_RUN_RE = re.compile(rf"(?<=[^\W\d_]\s)(?<!\.\s){_CAP}(?:(?:,\s+|\s+){_CAP})*[!?]?(?=\s)|«[^«»;]{{1,40}}»")


_KK_CONVERB_RE = re.compile(r"([а-яәғқңөұүһі]{2,}(?:ып|іп|йып|йіп)),\s+", FLAGS)


def second_predicate(reading: Reading, start: int, trigger: Trigger) -> bool:
    """The detention is the counted subject's second predicate: "несколько активистов столкнулись с
    преследованием и оказались под стражей" (rules and why in detentions.yaml, grammar.coordination)."""
    text = reading.text
    gap = _NAME_RUN_RE.sub("Name", text[start : trigger.start])  # "Oyan, Qazaqstan!" is one name, not a clause
    # a Kazakh converb and its comma join the predicates as "and" does: "учаскеден шығарылып, полицияға жеткізілді"
    gap = _KK_CONVERB_RE.sub(r"\1 және ", gap)
    joins = list(_CONJUNCTION_WORD_RE.finditer(gap))
    if not joins or re.search(r"[\d,;:()«»\"]", gap):
        return False
    first, rest = gap[: joins[-1].start()], gap[joins[-1].end() :]
    # a passive on either side of the conjunction has no subject but the counted one: "… and were promptly
    # arrested", "were removed from the polling station and driven to the police"
    passive = (bool(rest.split()) and rest.split()[0].lower() in _PASSIVE_AUXILIARIES) or (
        bool(first.split()) and first.split()[0].lower() in _PASSIVE_AUXILIARIES)
    limit = _PASSIVE_FIRST_MAX_WORDS if passive else _FIRST_MAX_WORDS
    if not first.strip() or len(first.split()) > limit:
        return False
    if any(start <= q.start < trigger.start for q in reading.quantities):
        return False  # "hundreds gathered and dozens were detained": the second count is the detained
    if NEGATION_RE.search(first) or GATHERING_RE.search(first) or HYPOTHETICAL_RE.search(first):
        return False  # "300 people gathered and ... were detained": not all who gathered need be the detained
    words = rest.split()
    participle = _PARTICIPLE_RE.fullmatch(text, trigger.start, trigger.end) is not None
    if not words and first.split()[0].lower() in _GERUND_AUXILIARIES:
        # a participle sharing the gerund before it: "observers being denied access or detained"
        return participle
    if not words and first.split()[0].lower() in _PASSIVE_AUXILIARIES and participle:
        return True  # ... or the passive before it: "30 people ... were encircled by police and detained"
    while words and words[0].lower() in _AUXILIARIES:
        words.pop(0)
    tail = " ".join([*words, text[trigger.start : trigger.end]])
    return (
        _STATIVE_RE.fullmatch(tail) is not None
        or _STATIVE_RE.fullmatch(" ".join([*rest.split(), text[trigger.start : trigger.end]])) is not None
    )
