"""A person's name as written, in any case and script → its possible nominative readings, and whether two names
can be one person.

"за Токаева Касым-Жомарта Кемелевича" reads only as the accusative/genitive of "Токаев Касым-Жомарт Кемелевич";
"Оспанову Меруерт" only as the accusative of "Оспанова Меруерт" (a masculine first name would have declined
too: "Меруерту"). Every reading agrees in gender and case over the name's words. Two names are one person
when some reading of each has the same surname (same gender form: Ахметов ≠ Ахметова), compatible first
names (or an initial) and compatible patronymics.
Endings and suffixes are data (transforms/contestant_words.yaml).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from itertools import product

from transforms.spelling import CYRILLIC_RE, latin, lower, same_spelling, vocabulary

INITIAL_RE = re.compile(r"^[^\W\d_]\.?$")
NAME_WORD_RE = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*\.?")
ROLES = ("surname", "given", "patronymic")


@dataclass(frozen=True)
class Form:
    """One word read as a nominative: the nominative as it would be written, its gender (m/f/None) and case."""

    nominative: str
    gender: str | None
    case: str | None  # None: the word shows no case (indeclinable, English)


@dataclass(frozen=True)
class Reading:
    """A whole name read in one gender and case: nominative surname, given name and patronymic as written."""

    surname: str
    given: str | None
    patronymic: str | None
    gender: str | None
    case: str
    initials: str = ""  # "Н. Б." → 'nb': initials stand for the given name (and patronymic)

    def cyrillic(self) -> bool:
        return bool(CYRILLIC_RE.search(self.surname))

    def display(self) -> str:
        """Cyrillic order Surname Given Patronymic; Latin order Given Surname."""
        if self.cyrillic():
            parts = [self.surname, self.given, self.patronymic]
        else:
            parts = [self.given, self.patronymic, self.surname]
        return " ".join(p for p in parts if p)


@cache
def _rows(table: str) -> tuple[tuple[str, str, str, str], ...]:
    """An ending table, every language together, longest written ending first."""
    rows = [tuple(str(x) for x in row) for rows in vocabulary()[table].values() for row in rows]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))  # type: ignore[return-value]


def _with_ending(word: str, written: str, nominative: str) -> str:
    stem = word[: len(word) - len(written)] if written else word
    if nominative and word[: len(stem)].isupper() and len(stem) > 1:
        nominative = nominative.upper()
    return stem + nominative


def _forms(word: str, table: str) -> list[Form]:
    """Every reading of `word` under the ending table (the word ends with the written ending)."""
    low = lower(word)
    out = []
    vowel_final = low[-1:] in vocabulary()["vowels"]
    for written, nominative, gender, case in _rows(table):
        if not written and vowel_final:
            continue  # only consonant-final words stand undeclined
        if low.endswith(written) and len(low) - len(written) >= 2:
            out.append(Form(_with_ending(word, written, nominative), gender, case))
    return out


def _surname_shaped(word: str) -> bool:
    if _forms(word, "surname_endings"):
        return True
    key = latin(word)
    return any(key.endswith(shape) for shape in vocabulary()["surname_shapes"])


def _patronymic(word: str) -> list[Form]:
    return _forms(word, "patronymic_endings")


def _kazakh_suffix(word: str) -> tuple[str, str, str] | None:
    """'Тоқаевқа' → ('Тоқаев', 'dat', 'қа'): a Kazakh case suffix on a name's last word, when one is there."""
    low = lower(word)
    for case, suffixes in vocabulary()["kazakh_case_suffixes"].items():
        for suffix in sorted(suffixes, key=len, reverse=True):
            if low.endswith(suffix) and len(low) - len(suffix) >= 4:
                return word[: -len(suffix)], case, suffix
    return None


def _strip_titles(tokens: list[str]) -> list[str]:
    titles = {t for ts in vocabulary()["name_titles"].values() for t in ts}
    while tokens and lower(tokens[0]).rstrip(".") in titles:
        tokens = tokens[1:]
    return tokens


def _split(name: str) -> tuple[list[str], str]:
    """Name words (titles, possessives dropped) and the initials ("Сериков Н. Б." → ['Сериков'], 'nb')."""
    tokens = NAME_WORD_RE.findall(name)
    while tokens and not tokens[0][:1].isupper():  # "за", "for": a name starts with a capital
        tokens = tokens[1:]
    tokens = _strip_titles(tokens)
    initials = "".join(latin(t.rstrip("."))[:1] for t in tokens if INITIAL_RE.match(t))
    words = [t.rstrip(".") for t in tokens if not INITIAL_RE.match(t)]
    for ending in vocabulary()["english_possessive"]:
        words = [w[: -len(ending)] if lower(w).endswith(ending) else w for w in words]
    return words, initials


def _roles(words: list[str]) -> dict[str, str]:
    """Which word is the surname, the given name, the patronymic. Cyrillic names are written Surname Given
    Patronymic, Latin ones Given Surname, unless the surname's shape says otherwise."""
    roles: dict[str, str] = {}
    rest = list(words)
    if len(rest) >= 2 and _patronymic(rest[-1]):
        roles["patronymic"] = rest.pop()
    if not rest:
        return roles
    cyrillic = bool(CYRILLIC_RE.search(" ".join(rest)))
    first_is_surname = cyrillic
    if len(rest) >= 2:
        if cyrillic and not _surname_shaped(rest[0]) and _surname_shaped(rest[-1]):
            first_is_surname = False
        elif not cyrillic and _surname_shaped(rest[0]) and not _surname_shaped(rest[-1]):
            first_is_surname = True
    surname = rest.pop(0) if first_is_surname else rest.pop()
    roles["surname"] = surname
    if rest:
        roles["given"] = rest[0]
    return roles


def _word_forms(role: str, word: str, cyrillic: bool, declines: bool) -> list[Form]:
    """The word's readings; in a Kazakh text (`declines` false) a Cyrillic word is nominative, in its own gender."""
    if not cyrillic:
        return [Form(word, _latin_gender(word) if role == "surname" else None, None)]
    if role == "patronymic":
        forms = _patronymic(word)
    elif role == "surname":
        forms = _forms(word, "surname_endings") or _forms(word, "first_name_endings")
    else:
        forms = _forms(word, "first_name_endings")
    if not declines:
        forms = [f for f in forms if f.case == "nom" and f.nominative == word]
    return forms or [Form(word, None, None)]


def _latin_gender(word: str) -> str | None:
    key = latin(word)
    if re.search(r"(?:ova|eva|ina|skaya|kyzy)$", key):
        return "f"
    if re.search(r"(?:ov|ev|in|skiy|ski|uly)$", key):
        return "m"
    return None


def _agree(forms: dict[str, Form]) -> tuple[str | None, str] | None:
    """The gender and case all words agree on, or None when they do not."""
    genders = {f.gender for f in forms.values() if f.gender}
    cases = {f.case for f in forms.values() if f.case}
    if len(genders) > 1 or len(cases) > 1:
        return None
    return (genders.pop() if genders else None), (cases.pop() if cases else "nom")


def readings(name: str, language: str | None = None) -> list[Reading]:
    """Every agreeing reading of a person's name, the most likely first (see `_readings`)."""
    return list(_readings(name, language))


@cache
def _readings(name: str, language: str | None) -> tuple[Reading, ...]:
    """Every agreeing reading of a person's name, the most likely first (nominative, then the cases the CEC's
    wording uses most); the name as written when nothing reads (it is compared as it stands). Russian endings
    apply to Russian text, Kazakh suffixes to Kazakh text; both when the language is not known."""
    words, initials = _split(name)
    if not words:
        return ()
    roles = _roles(words)
    cyrillic = bool(CYRILLIC_RE.search(" ".join(words)))
    suffixed = _kazakh_suffix(words[-1]) if cyrillic and language != "ru" else None
    if suffixed and language is None and (_forms(words[-1], "surname_endings") or _patronymic(words[-1])):
        suffixed = None  # a Russian form ("Петровны"), not a Kazakh suffix
    variants: list[tuple[dict[str, str], str | None]] = [(roles, None)]
    likely_suffix = False
    if suffixed:  # Kazakh inflects only a name's last word: "Оспанова Меруертке"
        stem, case, suffix = suffixed
        variants.append((_roles([*words[:-1], stem]), case))
        # a surname-shaped stem ("Тоқаев|қа") or a long suffix ("|ның") makes the suffix a case, not a letter
        likely_suffix = _surname_shaped(stem) or len(suffix) >= 3
    order = {case: i for i, case in enumerate(vocabulary()["case_order"])}
    found: dict[Reading, float] = {}
    for variant_roles, suffix_case in variants:
        options = {role: _word_forms(role, word, cyrillic, language != "kk")
                   for role, word in variant_roles.items()}
        if suffix_case:  # the suffix is the case; the stripped words are nominative
            options = {role: [f for f in forms if f.case in (None, "nom")] or [Form(variant_roles[role], None, None)]
                       for role, forms in options.items()}
        present = [r for r in ROLES if r in options]
        for combo in product(*(options[r] for r in present)):
            forms = dict(zip(present, combo, strict=True))
            agreed = _agree(forms)
            if agreed is None:
                continue
            gender, case = agreed
            case = suffix_case or case
            changed = sum(f.nominative != variant_roles[r] for r, f in forms.items())
            score = order.get(case, len(order)) + 0.1 * changed
            if suffix_case and likely_suffix:
                score -= len(order)
            reading = Reading(forms["surname"].nominative if "surname" in forms else "",
                              forms["given"].nominative if "given" in forms else None,
                              forms["patronymic"].nominative if "patronymic" in forms else None,
                              gender, case, initials)
            found[reading] = min(score, found.get(reading, score))
    if not found:  # no agreeing declension (Kazakh names that do not decline: "Амангельды"): as written
        gender = next((f.gender for f in _word_forms("surname", roles.get("surname", ""), cyrillic, False)), None)
        found[Reading(roles.get("surname", ""), roles.get("given"), roles.get("patronymic"), gender, "nom",
                      initials)] = 0
    return tuple(sorted(found, key=lambda r: found[r]))


def _patronymic_stem(patronymic: str) -> str:
    key = latin(patronymic)
    for ending in sorted((latin(e) for e in vocabulary()["patronymic_stems"]), key=len, reverse=True):
        if key.endswith(ending) and len(key) > len(ending) + 1:
            return key[: -len(ending)]
    return key


def _same_given(a: str, b: str) -> bool:
    """One given name; a compound one may be written by its first part ("Kasim Tokayev" for "Kassym-Jomart
    Tokayev"), but two compounds must agree whole."""
    if same_spelling(latin(a), latin(b)):
        return True
    return ("-" in a) != ("-" in b) and same_spelling(latin(a.split("-")[0]), latin(b.split("-")[0]))


def same_reading(a: Reading, b: Reading) -> bool:
    """One person: the same surname in the same gender form, agreeing first names (or initials), agreeing
    patronymics (by the father's name: Кемелевич = Кемелұлы)."""
    if not a.surname or not b.surname or not same_spelling(latin(a.surname), latin(b.surname)):
        return False
    if a.gender and b.gender and a.gender != b.gender:
        return False
    if a.given and b.given:
        if not _same_given(a.given, b.given):
            return False
    elif a.initials or b.initials:
        given = a.given or b.given
        initials = a.initials or b.initials
        if given and latin(given)[:1] != initials[:1]:
            return False
    if a.patronymic and b.patronymic:
        sa, sb = _patronymic_stem(a.patronymic), _patronymic_stem(b.patronymic)
        if not (same_spelling(sa, sb) or sa.startswith(sb) or sb.startswith(sa)):
            return False
    return True


def fullness(r: Reading) -> int:
    """How much of a person a reading names: surname, given name, patronymic."""
    return 1 + (r.given is not None) + (r.patronymic is not None)


def same_person(a: str, b: str, language_a: str | None = None, language_b: str | None = None) -> bool:
    """Some reading of `a` and some reading of `b` name one person."""
    return any(same_reading(x, y) for x in readings(a, language_a) for y in readings(b, language_b))
