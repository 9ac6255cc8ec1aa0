"""The contestant a pronoun stands for ("он", "she", "the party", "оның"), from the contestants named so far."""

from __future__ import annotations

from sources.figures.names import Contestant
from sources.lexicon import Lexicon


def prefers(lexicon: Lexicon, pronoun: str) -> str | None:
    """The kind of contestant the pronoun's gender names ("она": a party), None when it names none."""
    return next((kind for kind, words in lexicon.mapping("pronoun_prefers").items()
                 if pronoun.lower() in {str(w) for w in words}), None)


def antecedent(lexicon: Lexicon, recent: list[Contestant], last: Contestant | None, pronoun: str) -> Contestant | None:
    """The contestant a pronoun stands for: the latest of the kind its gender names ("за нее" after "Партию «Нур
    Отан» возглавляет … Назарбаев" is the party), else the latest named (`last`)."""
    for kind, words in lexicon.mapping("pronoun_prefers").items():
        if pronoun.lower() in {str(w) for w in words}:
            match = next((c for c in reversed(recent) if c.contestant_type == kind), None)
            if match is not None:
                return match
    return last
