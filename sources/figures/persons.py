"""Whether a capitalised run is a person's name, and the nominative of a Kazakh surname in another case.

A run is a person by its shape (Surname Name Patronymic, initials, a surname ending) or its neighbours (a vote
word after it, "за"/"for" or a candidate word before it), never by capitals alone. Used by
`sources.figures.mentions`; the words come from `sources/lexicon`.
"""

from __future__ import annotations

import re

from sources.figures.regions import find_regions
from sources.figures.text_layer import figures as figures_after
from sources.lexicon import Lexicon
from sources.text.letters import UPPER_LETTERS

INITIALS = rf"(?:[{UPPER_LETTERS}]\.\s?){{1,2}}"


def looks_like_person(lx: Lexicon, language: str, text: str, start: int, end: int, words: list[str]) -> bool:
    """A capitalised run is a person when its shape or its neighbours say so, never by capitals alone."""
    if any(find_regions(w) for w in words):
        return False
    endings = tuple(lx.section("patronymic_endings"))
    if len(words) >= 2 and endings and words[-1].lower().endswith(endings):
        return True  # Surname Name Patronymic
    if re.search(INITIALS, " ".join(words)):
        return True  # Сериков Н. Б.
    if len(words) == 1 and not text[:start].strip(" -–—•*") and surname(lx, words[0]) and lx.has(
            "vote_words", text[end:]):
        return True  # "Сериковке 3 456 789 адам дауыс берді": a surname opening a clause about votes
    before, after = text[max(0, start - 25): start].lower(), text[end: end + 40]
    # ("followed by X", "trailed by X" orders the contestants: no nominator)
    if re.search(r"(?:\bof|\bfrom|(?<!followed )(?<!trailed )\bby)(?:\s+the)?\s*$", before):
        return False  # "Kossanov of the Ult Tagdyry Movement": the nominator, not a person
    if lx.has("candidate_words", before) or re.search(r"(?:^|\s)(?:за|for)\s*$", before):
        return True
    placing = [m for m in lx.finds("placing_words", before) if not before[m.end():].strip(" –—-:")]
    placed_after = lx.pattern("placing_words")
    # "Karakat Abden, the only woman on the ballot, came third": an aside may stand between the name and its place
    after_aside = re.sub(r"^\s*,[^,.;]{1,70},", "", text[end: end + 120]).lstrip(" ,")
    if placed_after is not None and placed_after.match(after_aside) and (len(words) >= 2 or (
            surname(lx, words[0]) and not text[:start].strip(" -–—•*"))):
        return True  # "X came third", "Tursynbekova finished last": a placing after the name
    if len(words) >= 2 and placing:
        return True  # "Второе место занял Жигули Дайрабаев.", "Екінші орында – X:": a placing before it
    if len(words) >= 2 and not text[:start].strip(" -–—•*") and lx.has("vote_words", text[end:]):
        return True  # the clause opens with a name and goes on to its votes
    if len(words) >= 2 and figures_after(text, language):
        return True  # "… while Karakat Abden was third with 2.6 percent", "… for Saltanat Tursynbekova"
    vote_before = [m for m in lx.finds("vote_words", before) if not before[m.end():].strip()]
    if vote_before or re.search(r"\d[^\d]{0,25}[–—]\s*$", before):
        return True  # "отдали свои голоса Кусаинову", "1,6 процента – Сыздыкову"
    vote_after = lx.pattern("vote_words")
    if len(words) == 1 and surname(lx, words[0]) and vote_after is not None and vote_after.match(after.lstrip(" ,")):
        return True  # "По данным ЦИК, Ержанов набрал …": a surname and its vote verb
    if len(words) == 1 and surname(lx, words[0]) and re.match(r"\s*[–—-]\s*\d", text[end:]):
        return True  # "за Ахматбекова - 1,4 процента, Елиусизова - 1,2 процента": a surname, a dash, its figure
    if len(words) == 1 and re.search(r"(?:,|\band|\bи|\bжәне)\s*$", before) and re.match(r"\s*[–—-]?\s*\d", after):
        return True  # "The Azamat party has 1.68 percent, Birlik 1.21 and Adilet 0.71 percent": a list's next item
    if start > 0 and text[:start].strip(" -–—•*") != "" and len(words) < 2:
        return False  # one capitalised word inside a sentence: most likely not a name
    vote = lx.pattern("vote_words")
    return bool(vote and vote.match(after.lstrip(" ,")))


def nominative(lx: Lexicon, word: str) -> str:
    """The word with the longest case ending cut that leaves a surname's shape ("Кемелұлына", "Серікұлын" →
    "-ұлы"); the word itself when none does ("Кусаин" keeps its "-н")."""
    for ending in sorted(lx.words("name_case_endings"), key=len, reverse=True):
        if word.lower().endswith(ending) and len(word) - len(ending) >= 4 and _surname_shape(lx, word[: -len(ending)]):
            return word[: -len(ending)]
    return word


def surname(lx: Lexicon, word: str) -> bool:
    """A word shaped like a surname, as written or with a case ending cut: "-ов", "-ева", "-ұлы", "-bekov"."""
    return _surname_shape(lx, word) or nominative(lx, word) != word


def _surname_shape(lx: Lexicon, word: str) -> bool:
    return word.lower().endswith(tuple(lx.words("surname_endings")))


def genitive_nominative(lx: Lexicon, text: str, start: int, words: list[str]) -> str | None:
    """"у депутата, коммуниста Ерасыла Абылкасымова", "лидера движения … Жармахана Туякбая": a Russian name whose
    every word is in the genitive (masculine -а/-я after a stem that ends in a consonant) after a word that governs
    the genitive (`genitive_governors`: "у", "лидера", "депутата"), read in the nominative ("Ерасыл Абылкасымов");
    None when the words or their context do not say so (a woman's "Гульнара Абдыкаримова" stays as written)."""
    governors = lx.section("genitive_governors")
    if not governors or len(words) not in (2, 3):
        return None
    if not all(re.fullmatch(r"[А-ЯЁ][а-яё]+[бвгджзклмнпрстфхцчшщй]а|[А-ЯЁ][а-яё]+[аоуеиы]я", w) for w in words):
        return None
    before = text[max(0, start - 80): start].lower().split()
    if not before or not any(re.fullmatch(g, w.strip(",«»\"")) for w in before[-6:] for g in governors):
        return None
    return " ".join(w[:-1] + ("й" if w.endswith("я") else "") for w in words)
