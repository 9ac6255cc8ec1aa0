"""The CEC lexicons (cec_ru.yaml, cec_kk.yaml, cec_en.yaml) compiled into patterns; see README.md.

The code that uses them is language-free: it asks for a section ("vote_words", "indicators.turnout")
and gets one compiled pattern that finds any phrase of that section in a text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from sources.datafiles import parse_yaml
from sources.lexicon.latin import kazakh_latin

LEXICON_DIR = Path(__file__).resolve().parent
LANGUAGES = ("ru", "kk", "en")
# A word character of any of the three languages (Kazakh letters included).
WORD = r"[\wӘәҒғҚқҢңӨөҰұҮүҺһІі«»\"'.-]"
_GAP = r"(?:[\s,]+[^\s,.;:]+){0,2}?[\s,]+"


def _word(token: str) -> str:
    alternatives = []
    for alt in token.split("|"):
        if alt.endswith("*"):
            alternatives.append(re.escape(alt[:-1]) + r"[\wӘәҒғҚқҢңӨөҰұҮүҺһІі-]*")
        else:
            alternatives.append(re.escape(alt))
    return "(?:" + "|".join(alternatives) + ")"


def phrase_pattern(phrase: str) -> str:
    """'включ* ~ в списк*' → a regex: words at word boundaries, '~' up to two other words between."""
    parts: list[str] = []
    pending_gap = False
    for token in phrase.split():
        if token == "~":
            pending_gap = True
            continue
        if parts:
            parts.append(_GAP if pending_gap else r"[\s,]+")
        parts.append(_word(token))
        pending_gap = False
    body = "".join(parts)
    return rf"(?<![\wӘәҒғҚқҢңӨөҰұҮүҺһІі]){body}(?![\wӘәҒғҚқҢңӨөҰұҮүҺһІі])"


def compile_phrases(phrases: list[str]) -> re.Pattern[str] | None:
    if not phrases:
        return None
    # Longest phrases first, so "против всех" wins over "против".
    ordered = sorted({str(p) for p in phrases}, key=len, reverse=True)
    return re.compile("|".join(f"(?:{phrase_pattern(p)})" for p in ordered), re.IGNORECASE)


@dataclass(frozen=True)
class Lexicon:
    """One language's CEC words, each section compiled once."""

    language: str
    data: dict[str, Any]
    _compiled: dict[str, re.Pattern[str] | None] = field(default_factory=dict, compare=False, repr=False)

    def section(self, path: str) -> list[str]:
        node: Any = self.data
        for key in path.split("."):
            node = node.get(key, {}) if isinstance(node, dict) else {}
        return [str(w) for w in node] if isinstance(node, list) else []

    def pattern(self, path: str) -> re.Pattern[str] | None:
        if path not in self._compiled:
            phrases = self.section(path)
            if self.language == "kk":  # press copies write Kazakh in the Latin alphabet of 2018 as well
                phrases = phrases + [latin for p in phrases if (latin := kazakh_latin(p)) != p]
            self._compiled[path] = compile_phrases(phrases)
        return self._compiled[path]

    def finds(self, path: str, text: str) -> list[re.Match[str]]:
        rx = self.pattern(path)
        return list(rx.finditer(text)) if rx else []

    def has(self, path: str, text: str) -> bool:
        rx = self.pattern(path)
        return bool(rx and rx.search(text))

    def words(self, path: str) -> set[str]:
        return {w.lower() for w in self.section(path)}

    def mapping(self, path: str) -> dict[str, Any]:
        node: Any = self.data
        for key in path.split("."):
            node = node.get(key, {}) if isinstance(node, dict) else {}
        return node if isinstance(node, dict) else {}

    @property
    def indicator_fields(self) -> list[str]:
        return list(self.mapping("indicators"))


@cache
def load_lexicon(language: str) -> Lexicon:
    """The lexicon of 'ru', 'kk' or 'en' (anything else reads as Russian, the CEC's main language)."""
    language = language if language in LANGUAGES else "ru"
    data = parse_yaml((LEXICON_DIR / f"cec_{language}.yaml").read_text(encoding="utf-8"))
    return Lexicon(language, data)


def all_lexicons() -> list[Lexicon]:
    """Every language: a Russian release quotes Kazakh names, an English one Russian words."""
    return [load_lexicon(lang) for lang in LANGUAGES]
