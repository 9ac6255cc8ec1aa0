"""The claims lexicons (findings.yaml, detentions.yaml), loaded once and compiled; the code stays language-free.

A form is a case-insensitive regular-expression fragment in which a plain space matches any run of whitespace, a
Kazakh і also matches the Latin i it is often typed as, and "…" stands for a short run of modifiers (see the header
of findings.yaml). `compile_forms` joins the forms of every language into one pattern; `Finding` is one entry of
findings.yaml.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, get_args

from sources.datafiles import read_yaml
from sources.records import Category, Measure

HERE = Path(__file__).parent
LANGUAGES = ("en", "ru", "kk")
FLAGS = re.IGNORECASE
MODIFIERS = r"(?:[\w'’/-]+,?\s+){0,4}?"  # "…": up to four words between the parts of a form
ROLES = ("finding", "measure", "assessment", "sanction")


def load(name: str) -> dict[str, Any]:
    """One lexicon file (`name` without '.yaml')."""
    return read_yaml(HERE / f"{name}.yaml")


_BETWEEN_WORDS_RE = re.compile(r"(?<=[^\W\d_]|\*|\+) (?=[^\W\d_])")
_GLOSS = r"(?:\s+\([^()\n]{1,40}\))?\s+"


def form_regex(form: str) -> str:
    """One form as a regular expression (spaces → whitespace runs, "…" → a run of modifiers)."""
    out = form.replace(" … ", " " + MODIFIERS).replace("…", MODIFIERS)
    out = out.replace("і", "[іi]")  # Kazakh texts often type і as a Latin i: "үшiн", "бюллетеньдерiн"
    # a short gloss in brackets may stand between two words: "групповое (семейное) голосование", "ballot (box) stuffing"
    out = _BETWEEN_WORDS_RE.sub(lambda _: _GLOSS, out)
    return re.sub(r"(?<!\\) ", r"\\s+", out)


def alternation(forms: Iterable[str]) -> str:
    return "(?:" + "|".join(f"(?:{form_regex(f)})" for f in forms) + ")"


# Kazakh voices a stem's final қ, к, п before a suffix that opens on a vowel: "заңбұзушылық" → "заңбұзушылығы",
# "куәлік" → "куәлігі". A Kazakh form's stem that ends so before "\w*" matches both.
_KK_VOICING_RE = re.compile(r"([қкп])(?=\\w\*)")
_KK_VOICED = {"қ": "[қғ]", "к": "[кг]", "п": "[пб]"}


def _kk_voiced(form: str) -> str:
    return _KK_VOICING_RE.sub(lambda m: _KK_VOICED[m.group(1)], form)


def forms_of(section: dict[str, Any], languages: Iterable[str] = LANGUAGES) -> list[str]:
    """Every form of a section ({en: [...], ru: [...], kk: [...]}), in language order (Kazakh stems voiced)."""
    return [_kk_voiced(form) if lang == "kk" else form for lang in languages for form in (section.get(lang) or [])]


def compile_forms(section: dict[str, Any], *, whole_words: bool = True, prefix: str = r"(?<![\w-])") -> re.Pattern[str]:
    """One pattern for every form of a section; whole words unless told otherwise."""
    tail = r"(?![\w-])" if whole_words else ""
    return re.compile(f"{prefix}{alternation(forms_of(section))}{tail}", FLAGS)


@dataclass(frozen=True)
class Finding:
    """One entry of findings.yaml, with its forms compiled into one pattern."""

    id: str
    role: str  # finding | measure | assessment | sanction
    category: str
    measure: str
    pattern: re.Pattern[str]
    examples: dict[str, tuple[str, ...]]


@cache
def findings() -> tuple[Finding, ...]:
    """The entries of findings.yaml, checked against the warehouse vocabularies."""
    categories, measures = set(get_args(Category)), set(get_args(Measure))
    out = []
    for entry in load("findings")["findings"]:
        if entry["role"] not in ROLES or entry["category"] not in categories or entry["measure"] not in measures:
            raise ValueError(f"findings.yaml: bad role, category or measure in {entry['id']!r}")
        # Word-final only: "violations?" must not end inside "violationsXYZ"; stems end in \w* anyway.
        pattern = re.compile(rf"(?<![\w-]){alternation(forms_of(entry))}(?![\w])", FLAGS)
        examples = {lang: tuple(texts) for lang, texts in (entry.get("examples") or {}).items()}
        out.append(Finding(entry["id"], entry["role"], entry["category"], entry["measure"], pattern, examples))
    return tuple(out)


def by_role(role: str) -> tuple[Finding, ...]:
    return tuple(f for f in findings() if f.role == role)


def finding(entry_id: str) -> Finding:
    return next(f for f in findings() if f.id == entry_id)


def detention_words(key: str) -> dict[str, Any]:
    """One section of detentions.yaml."""
    return load("detentions")[key]
