"""Pages in odd capitals: "According To The Data Of The Territorial Election Commissions, As Of 14.00 Hours
6 371 286 VOTERS …", "TURKESTAN REGION – 57.18 %". On such a page a capital letter says nothing about a name, so
a capitalised phrase is no contestant by its shape: the page's words are brought to sentence case, except the
words of a contestant the registry knows and short acronyms (CEC, OSDP), before anything is bound.

A page is in odd capitals when one of its paragraphs capitalises the little words of its language (`title_case_words`
in the lexicon: "Of", "The", "To", "По", "И") inside a sentence; a page whose capitals are a name's or a heading's
is left as written.
"""

from __future__ import annotations

import re
from functools import cache

from sources.figures.names import registry_spellings
from sources.lexicon import Lexicon

WORD_RE = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*")
TITLE_CASED_LITTLE_WORDS = 3  # capitalised little words inside one paragraph that make it Title Case
TITLE_CASED_WORDS = 15  # a paragraph this long at least: a shorter one in Title Case is a headline
ACRONYM = 4  # an all-capitals word this short is an acronym, kept
CAPITALS_SHARE = 0.7  # a paragraph with more of its letters in capitals is a heading written in capitals


@cache
def _registry_words() -> frozenset[str]:
    return frozenset(w for name in registry_spellings() for w in WORD_RE.findall(name.lower()) if len(w) > 2)


def title_cased(paragraph: str, lexicon: Lexicon) -> bool:
    """The paragraph capitalises its little words inside a sentence ("… Of The Total Number Of Voters …")."""
    little = {w.lower() for w in lexicon.section("title_case_words")}
    letters = [c for c in paragraph if c.isalpha()]
    if not letters or sum(c.isupper() for c in letters) > CAPITALS_SHARE * len(letters):
        return False  # a heading in capitals ("FINAL RESULTS OF THE ELECTION") is a heading, not Title Case
    words = list(WORD_RE.finditer(paragraph))
    if len(words) < TITLE_CASED_WORDS:
        return False  # a headline in Title Case ("Nazarbayev Wins With 95.5 Per Cent Of The Vote") is a headline
    capitalised = [m for m in words[1:] if m.group(0).lower() in little and m.group(0)[0].isupper()
                   and not (len(m.group(0)) > 1 and m.group(0).isupper())
                   and not re.search(r"[.!?:]\s*$", paragraph[: m.start()])]
    return len(capitalised) >= TITLE_CASED_LITTLE_WORDS


def _lowered(match: re.Match[str]) -> str:
    word = match.group(0)
    if word.islower() or word.lower() in _registry_words() or (word.isupper() and len(word) <= ACRONYM):
        return word
    return word.lower()


def sentence_cased(paragraphs: list[str], lexicon: Lexicon) -> list[str] | None:
    """The paragraphs in sentence case when the page is in odd capitals, else None (the page stays as written)."""
    if not any(title_cased(p, lexicon) for p in paragraphs):
        return None
    out = []
    for paragraph in paragraphs:
        lowered = WORD_RE.sub(_lowered, paragraph)
        out.append(re.sub(r"^(\W*)(\w)", lambda m: m.group(1) + m.group(2).upper(), lowered))
    return out
