"""A count and the noun it counts, and the words that may stand between it and its detention verb.

"approximately 500 peaceful protesters" (up to MAX_MODIFIERS words between count and noun), "activists and
demonstrators" (coordinated nouns), "30 demonstrators against the election" (a prepositional phrase on the noun),
"8 членов партии" (a noun that is none of the subjects, kept as written; never a thing), "20 of them", "4,000
detentions" (a count of detentions governs itself). The words allowed in the gaps are lexicon data
(detentions.yaml: grammar).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sources.claims.lexicon import detention_words
from sources.claims.quantities import Quantity
from sources.claims.reading import Reading
from sources.claims.spans import Coverage
from sources.claims.vocabulary import DETENTION_VERB_RE, GATHERING_RE, NON_PERSON_RE, SUBJECT_PATTERNS
from sources.text.letters import CAPITAL

FLAGS = re.IGNORECASE

MAX_MODIFIERS = 2  # words between a count and its noun: "approximately 500 peaceful protesters"
MAXGAP_WORDS = 12
MAX_GAP_CHARS = 160

# Words that may stand between a counted noun and its detention verb ("... were reportedly detained").
_GRAMMAR = detention_words("grammar")
GAP_WORDS = frozenset(w.lower() for lang in _GRAMMAR["gap"].values() for w in " ".join(lang).split())
# Word forms allowed in the same gap ("сайлау учаскесінің жанында"): a Kazakh genitive or locative word.
GAP_FORM_RE = re.compile(
    "|".join(f"(?:{form})" for lang in _GRAMMAR.get("gap_forms", {}).values() for form in lang) or r"(?!)", FLAGS
)
# After a verb: "detained a total of", "detention of", "задержано всего".
POST_GAP_WORDS = GAP_WORDS | frozenset(w.lower() for lang in _GRAMMAR["after_verb"].values() for w in lang)
_STOP_MODIFIERS = frozenset(w.lower() for lang in _GRAMMAR["stop"].values() for w in " ".join(lang).split())

_NOUN_COUNT_RE = re.compile(
    r"\s*(?:(?:more|new|further|additional|other|reported)\s+)?(?:detentions|arrests|detainees"
    r"|задержани\w*|задержанн\w*|арестов)\b",
    FLAGS,
)
_LEAD_RE = re.compile(
    r"\s*(?:(?:more|other|additional|further|of|the|those|them|his|her|their|its|our|из|его|её|их)\s+)*", FLAGS
)
# A prepositional phrase after the counted noun: "30 demonstrators against the election were detained", "two
# observers from a citizen observer group were briefly detained", "8 членов партии «Х» были задержаны".
_NOUN_PHRASE_TAIL_RE = re.compile(
    r"\s*(?:against|from|of|for|with|near|outside|supporting|representing|belonging\s+to|opposed\s+to|из|от|против"
    r"|партии|движения|[^\W\d_]+ing)\s+",
    FLAGS,
)
MAX_PHRASE_WORDS = 5
_GENITIVE_TAILS = frozenset({"партии", "движения"})
# a name in quotes is one word of the phrase: "двух активистов движения «Оян, Казахстан» полицейские задержали"
_QUOTED_NAME_RE = re.compile(r"[«\"“„][^»\"”“]{1,60}[»\"”“]\s*")
# Nouns coordinated with the counted one: "dozens of peaceful activists and demonstrators".
_NOUN_COORDINATION_RE = re.compile(r"\s*(?:,|\band\b|\bor\b|\bи\b|\bжәне\b)\s*", FLAGS)
_DETAINED_JOINED_RE = re.compile(r",\s*(?:detainees?|задержанн\w*|ұсталған\w*)", FLAGS)
_WORD_AFTER_RE = re.compile(r"\s*([^\W\d_][\w'’-]*)")
_OF_THEM_RE = re.compile(r"\s+(?:of\s+them|of\s+those|из\s+них|олардың)\b", FLAGS)
_OF_THEM_BEFORE_RE = re.compile(r"(?<![\w-])(?:из\s+них|олардың|оның\s+ішінде)\s*,?\s*$", FLAGS)
_KK_PART_SUFFIX_RE = re.compile(r"(?:-?(?:сы|сі|ы|і))?", FLAGS)  # the part's possessive: "9-ы", "10-ы"
MAX_NOUN_WORDS = 3  # an unknown noun kept as written: "членов партии", "members of the movement"
_MODIFIER_RE = re.compile(r"([^\W\d_][\w'’-]*)\s+")
_WORD_RE = re.compile(r"[^\W\d_][\w'’.-]*|\d[\d,.]*|[(),]")
_PUNCT = frozenset({",", "(", ")"})


@dataclass(frozen=True)
class Counted:
    """A count and the noun it counts: "approximately 500 people"."""

    quantity: Quantity
    end: int  # end of the noun (or of the count when no noun follows)
    subject: str | None
    self_governing: bool  # "4,000 detentions", "500 detainees"
    as_written: str | None = None  # a noun that is none of the subjects: "членов партии"
    anaphor: bool = False  # "13 of them": the people are those the sentence named before (detentions.py)


def _subject_at(text: str, position: int) -> tuple[str, int, bool] | None:
    """The counted noun right after a count: its subject, end, and whether it names detainees."""
    head = _LEAD_RE.match(text, position)
    pos = head.end() if head else position
    for _ in range(MAX_MODIFIERS + 1):
        for subject, pattern in SUBJECT_PATTERNS:
            m = pattern.match(text, pos)
            if m:
                detainees = re.match(r"detainees?|задержанн", m.group(0), FLAGS) is not None
                return subject, m.end(), detainees
        word = _MODIFIER_RE.match(text, pos)
        if not word or word.group(1).lower() in _STOP_MODIFIERS:
            return None
        pos = word.end()
    return None


def _subject_match(text: str, position: int) -> int | None:
    """The end of a subject noun at position, or after one modifier ("and peaceful demonstrators")."""
    for pos in (position, *(m.end() for m in [_MODIFIER_RE.match(text, position)] if m)):
        for _, pattern in SUBJECT_PATTERNS:
            m = pattern.match(text, pos)
            if m:
                return m.end()
    return None


def _noun_end(text: str, end: int) -> int:
    """Past nouns coordinated with the counted one: "activists and demonstrators"."""
    while (coordination := _NOUN_COORDINATION_RE.match(text, end)) is not None:
        following = _subject_match(text, coordination.end())
        if following is None:
            break
        end = following
    return end


def phrase_gap_ok(reading: Reading, blanks: Coverage, start: int, end: int, *, one_more: bool = True) -> bool:
    """The gap before the verb opens with a prepositional phrase on the noun: "against the election were" -- and
    may go on with one more person coordinated, uncounted: "four of his colleagues from the weekly X and a reporter
    from Y were detained" (the count stays the four)."""
    phrase = _NOUN_PHRASE_TAIL_RE.match(reading.text, start)
    if phrase is None:
        return one_more and _one_more_person(reading, blanks, start, end)  # "трое его коллег и один журналист были"
    pos = phrase.end()
    if phrase.group(0).strip().lower() in _GENITIVE_TAILS and gap_ok(reading, blanks, pos, end, GAP_WORDS):
        return True  # "двух активистов движения задержали": the genitive noun is the whole phrase
    for _ in range(MAX_PHRASE_WORDS):
        word = _MODIFIER_RE.match(reading.text, pos) or _QUOTED_NAME_RE.match(reading.text, pos)
        if word is None or pos >= end or DETENTION_VERB_RE.match(reading.text, pos):
            return False
        pos = word.end()
        if gap_ok(reading, blanks, pos, end, GAP_WORDS) or (one_more and _one_more_person(reading, blanks, pos, end)):
            return True
    return False


# One more person joined to the counted ones: "and a reporter from Radio Free Europe", "и один журналист".
_ONE_MORE_RE = re.compile(
    rf"(?:\s*{CAPITAL}[\w'’.-]*)*\s*(?:and|и|және)\s+(?:a|an|one|another|один|одна|ещё\s+один|бір)\s+", FLAGS
)


def _one_more_person(reading: Reading, blanks: Coverage, start: int, end: int) -> bool:
    more = _ONE_MORE_RE.match(reading.text, start)
    person = _subject_match(reading.text, more.end()) if more is not None else None
    if person is None or person > end:
        return False
    return gap_ok(reading, blanks, person, end, GAP_WORDS) or phrase_gap_ok(
        reading, blanks, person, end, one_more=False
    )


def _unknown_noun(text: str, position: int) -> tuple[str, int] | None:
    """A counted noun that is none of the subjects, kept as written ("членов партии"); never a thing."""
    head = _LEAD_RE.match(text, position)
    pos = head.end() if head else position
    words: list[str] = []
    end = pos
    for _ in range(MAX_NOUN_WORDS):
        m = _WORD_AFTER_RE.match(text, end)
        if m is None:
            break
        word = m.group(1)
        if (
            word.lower() in GAP_WORDS
            or word.lower() in _STOP_MODIFIERS
            or DETENTION_VERB_RE.match(text, m.start(1))
            or GATHERING_RE.match(text, m.start(1))  # "8 членов движения пришли ...": the noun ends at its verb
        ):
            break
        if not words and NON_PERSON_RE.match(word):
            return None
        words.append(word)
        end = m.end()
    # "three of Kazakhstan's main cities": after a partitive "of" the head noun ends the phrase, and a thing there
    # makes the count one of things ("членов партии" has no "of": its head comes first).
    partitive = head is not None and re.search(r"\b(?:of|из)\b", head.group(0), FLAGS) is not None
    if partitive and any(NON_PERSON_RE.fullmatch(w) for w in words):
        return None
    # English puts the head noun last: "three major cities" counts cities ("членов партии" puts it first)
    if words and all(w.isascii() for w in words) and any(NON_PERSON_RE.fullmatch(w) for w in words):
        return None
    return (" ".join(words), end) if words else None


def counted_in(reading: Reading) -> list[Counted]:
    counted = []
    text = reading.text
    for q in reading.quantities:
        if q.share:
            continue
        noun = _NOUN_COUNT_RE.match(text, q.end)
        if noun and not noun.group(0).strip().lower().startswith(("detainee", "задержанн")):
            counted.append(Counted(q, noun.end(), "people", True))
            continue
        found = _subject_at(text, q.end)
        anaphor = _OF_THEM_RE.match(text, q.end) if found is None else None
        if anaphor is not None:
            found = ("people", anaphor.end(), False)  # "20 of them": the people the text spoke of
        elif found is None and _OF_THEM_BEFORE_RE.search(text, max(0, q.start - 24), q.start):
            anaphor = _KK_PART_SUFFIX_RE.match(text, q.end)  # "олардың 9-ы қамауға алынды", "из них 9 задержаны"
            found = ("people", anaphor.end(), False)
        if found:
            subject, end, detainees = found
            joined = _noun_end(text, end)
            # "47 человек, задержанных накануне": the participle after the comma says they were detained
            detainees = detainees or _DETAINED_JOINED_RE.search(text, end, joined) is not None
            counted.append(Counted(q, joined, subject, detainees, anaphor=anaphor is not None))
            continue
        unknown = _unknown_noun(text, q.end) if q.written else None
        if unknown:
            written, end = unknown
            counted.append(Counted(q, _noun_end(text, end), None, False, as_written=written))
        else:
            counted.append(Counted(q, q.end, None, False))
    return counted


def gap_ok(reading: Reading, blanks: Coverage, start: int, end: int, allowed: frozenset[str]) -> bool:
    """Only allowed words (or names, dates, places) between a count and its verb."""
    if end - start > MAX_GAP_CHARS or ";" in reading.text[start:end]:
        return False
    words = _WORD_RE.findall(blanks.blank(reading.text, start, end))
    if len(words) > MAXGAP_WORDS:
        return False
    forms = allowed is GAP_WORDS  # the place-phrase forms stand only before the verb
    return all(
        w.lower() in allowed or w in _PUNCT or w[:1].isupper() or (forms and GAP_FORM_RE.fullmatch(w) is not None)
        for w in words
    )


# "four of his colleagues", "трое его коллег", "оның 3 әріптесі": people of the kind of the one who speaks of them,
# named before the count in the sentence ("A journalist ... told AFP that four of his colleagues ... were detained").
_COLLEAGUES_RE = re.compile(r"^(?:colleagues|коллег\w*|әріптес\w*)", FLAGS)


def colleagues_of(text: str, c: Counted) -> str | None:
    """The kind of people whose colleagues a count counts, named before it in the sentence."""
    if c.as_written is None or _COLLEAGUES_RE.match(c.as_written) is None:
        return None
    named = [(m.start(), subject) for subject, p in SUBJECT_PATTERNS for m in p.finditer(text, 0, c.quantity.start)]
    named = [n for n in named if n[1] not in ("people", "protesters")]
    return max(named)[1] if named else None
