"""The vocabularies in `data/` (see data/README.md), loaded once, and regex builders over them."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from sources.datafiles import read_yaml

DATA = Path(__file__).parent / "data"
LANGUAGES = ("ru", "kk", "en")
SPACE_CHARS = " \u00a0\u202f\u2009"
SP = "[ \u00a0\u202f\u2009]"  # the spaces that group digits: plain, no-break, narrow no-break, thin


def load(name: str) -> dict[str, Any]:
    """One data file (`name` without '.yaml')."""
    return read_yaml(DATA / f"{name}.yaml")


def alternation(words: Iterable[str], *, stems: bool = False) -> str:
    """A regex alternation of the words, longest first; a space matches any run of spaces.

    Words match whole (not followed by a letter) unless `stems`, in which case any letters may follow.
    """
    parts = []
    for w in sorted(set(words), key=len, reverse=True):
        body = re.escape(w).replace(r"\ ", r"\s+")
        if stems:
            parts.append(body + r"\w*")
        elif w[-1:].isalnum():
            parts.append(body + r"(?!\w)")
        else:
            parts.append(body)
    return "(?:" + "|".join(parts) + ")" if parts else "(?!)"


def trie(words: Iterable[str], tail: str = r"(?!\w)") -> str:
    r"""A regex matching exactly the words, factored by common prefixes ("тысяч(?:а|и|у|ей)?"): the engine then
    tries one branch per letter instead of every word at every position. `tail` follows: by default no letter
    may (whole words); r"\w*" for stems."""
    root: dict[str, dict] = {}
    for w in set(words):
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            return f"(?:{body})?"
        return body

    return "(?:" + build(root) + ")" + tail if root else "(?!)"


def cased(words: Iterable[str]) -> list[str]:
    """Each word as written in lower case and capitalised: for case-sensitive patterns, which the regex engine
    scans many times faster than case-insensitive alternations of literals."""
    out: list[str] = []
    for w in words:
        out.extend({w.lower(), w[:1].upper() + w[1:].lower()})
    return out


def all_languages(section: dict[str, Any], key: str) -> list[str]:
    """The union of one key over the ru/kk/en sections of a data file."""
    out: list[str] = []
    for lang in LANGUAGES:
        out.extend(section.get(lang, {}).get(key, []) or [])
    return out
