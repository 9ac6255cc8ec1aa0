"""The contestant a pronoun stands for ("он", "she", "the party", "оның"), from the contestants named so far."""

from __future__ import annotations

from sources.figures.names import Contestant
from sources.lexicon import Lexicon
from transforms.spelling import lower, vocabulary


def prefers(lexicon: Lexicon, pronoun: str) -> str | None:
    """The kind of contestant the pronoun's gender names ("она": a party), None when it names none."""
    return next((kind for kind, words in lexicon.mapping("pronoun_prefers").items()
                 if pronoun.lower() in {str(w) for w in words}), None)


def antecedent(lexicon: Lexicon, recent: list[Contestant], last: Contestant | None, pronoun: str) -> Contestant | None:
    """The contestant a pronoun stands for: the latest of the kind its gender names ("за нее" after "Партию «Нур
    Отан» возглавляет … Назарбаев" is the party), else the latest named (`last`); never a candidate of the other
    gender ("he" after "… Saltanat Tursynbekova 2.12%" is the latest man, or a name no ending tells)."""
    said = pronoun.lower()
    gender = next((g for g, words in lexicon.mapping("pronoun_gender").items() if said in {str(w) for w in words}),
                  None)

    def agrees(c: Contestant) -> bool:
        return gender is None or gender_of(c) in {None, gender}

    for kind, words in lexicon.mapping("pronoun_prefers").items():
        if said in {str(w) for w in words}:
            match = next((c for c in reversed(recent) if c.contestant_type == kind and agrees(c)), None)
            if match is not None:
                return match
    if last is not None and not agrees(last):
        return next((c for c in reversed(recent) if c.contestant_type == "candidate" and agrees(c)), None)
    return last


def gender_of(contestant: Contestant) -> str | None:
    """'f' or 'm' by the endings of a candidate's name's words (contestant_words.yaml), None when none tells."""
    if contestant.contestant_type != "candidate":
        return None
    words = [w for w in lower(contestant.name).replace("-", " ").split() if len(w) > 3]
    for part in ("patronymic", "surname"):
        for gender, endings in vocabulary()["name_gender_endings"][part].items():
            if any(w.endswith(tuple(endings)) for w in words):
                return str(gender)
    return None
