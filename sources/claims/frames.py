"""Frames that make a whole sentence assert no event: a question, a drill's scenario, a claim the next sentence
refutes (lexicon/frames.yaml); and a question a bare count answers, read as the statement the answer makes.

The clause-level scope of negation and modality (scope.py) decides which finding a "not" governs; a frame governs
every finding and detention of its sentence, whatever its clauses."""

from __future__ import annotations

import re

from sources.claims.kinds import categories
from sources.claims.lexicon import FLAGS, alternation, compile_forms, forms_of, load
from sources.claims.quantities import find_quantities

_FRAMES = load("frames")
SCENARIO_RE = compile_forms(_FRAMES["scenarios"], whole_words=False, prefix=r"(?<![\w-])")
REFUTATION_RE = compile_forms(_FRAMES["refutations"], whole_words=False, prefix=r"(?<![\w-])")
# a recommendation's verb after its subject opening the sentence, or closing a Kazakh one
RECOMMENDATION_RE = compile_forms(
    _FRAMES["recommendations"], prefix=r"^\W*(?:(?!(?:and|и)\s)[^\W\d][^\s,;:.]*\s+){0,7}?"
)
RECOMMENDATION_CLOSING_RE = re.compile(
    rf"(?<![\w-]){alternation(forms_of(_FRAMES['recommendations_closing']))}\W*$", FLAGS
)
DENIAL_RE = compile_forms(_FRAMES["denials"], whole_words=False, prefix=r"(?<![\w-])")
DENIAL_BACK_RE = compile_forms(_FRAMES["denials_back"], whole_words=False, prefix=r"(?<![\w-])")
# a negative-polarity determiner ending the text before a detention word ("... reported any ")
# (up to two words may stand between: "бірде-бір адам ұсталмаған", "никаких массовых задержаний")
POLARITY_BEFORE_RE = re.compile(
    rf"(?<![\w-]){alternation(forms_of(_FRAMES['polarity']))}\s+(?:[^\W\d_][\w-]*\s+){{0,2}}$", FLAGS
)
_CLOSERS = " \t\n\"'»”“)]*"
ASKED_RE = compile_forms(_FRAMES["asked"])
_YES_RE = re.compile(rf"\W*{alternation(forms_of(_FRAMES['affirmations']))}\W*", FLAGS)
_PRONOUN_RE = compile_forms(_FRAMES["pronouns"])


# a statement before a colon or a dash asserts on its own: "Mass detentions: how is the rally going?"
_STATEMENT_BEFORE_RE = re.compile(r"\S(?::|\s[–—-])\s")


def is_question(text: str) -> bool:
    """The sentence is a question: it ends in a question mark (closing quotes and brackets aside) and opens with no
    statement of its own before a colon or a dash."""
    return text.rstrip(_CLOSERS).endswith("?") and _STATEMENT_BEFORE_RE.search(text) is None


def refutes(text: str) -> bool:
    """The sentence says the one before it is false ("The claim is false.")."""
    return REFUTATION_RE.search(text) is not None


# a clause of its own before a denial asserts what it says: "Police detained 20 people, but denied reports that ..."
_CLAUSE_BEFORE_DENIAL_RE = re.compile(r";|,\s+(?:but|while|however|но|однако|а)\s", FLAGS)


def denies(text: str) -> bool:
    """The sentence reports a claim only to deny it, with no clause of its own before the denial."""
    if DENIAL_BACK_RE.search(text) is not None:
        return True  # "…, однако в МВД эту информацию опровергли": the clause before is what is denied
    m = DENIAL_RE.search(text)
    return m is not None and _CLAUSE_BEFORE_DENIAL_RE.search(text, 0, m.start()) is None


def asserted(text: str, following: str | None = None) -> bool:
    """Whether the sentence reports events at all: not a question, not a drill's scenario, not a denied claim, not
    refuted next."""
    if is_question(text) or SCENARIO_RE.search(text) or denies(text) or recommends(text):
        return False
    return following is None or not refutes(following)


def recommends(text: str) -> bool:
    """The sentence recommends a remedy: what it names is to be done, nothing that happened."""
    return RECOMMENDATION_RE.search(text) is not None or RECOMMENDATION_CLOSING_RE.search(text) is not None


def polarity_before(text: str) -> bool:
    """The text before a detention word ends on a negative-polarity determiner ("reported any ")."""
    return POLARITY_BEFORE_RE.search(text) is not None


def answered(question: str, answer: str) -> str | None:
    """The question read as the statement a bare count answering it makes: "Were any of your observers detained?" /
    "Four." → "Were Four of your observers detained." (None unless the answer is a count alone and the question
    has a quantifier for it)."""
    if not is_question(question):
        return None
    count = answer.strip().rstrip(".!").strip()
    found = find_quantities(count)
    if len(found) != 1 or found[0].start != 0 or found[0].end != len(count) or found[0].figure is None:
        return None
    asked = ASKED_RE.search(question)
    if asked is None:
        return None
    body = question.rstrip(_CLOSERS)[:-1]
    return f"{body[: asked.start()]}{count}{body[asked.end() :]}."


def finding_answered(previous: tuple[str, ...], text: str) -> str | None:
    """An answer read with the one finding its yes/no question named in place of its pronoun: "Did you see ballot
    stuffing?" / "Yes." / "Our people filmed it in nine stations." → "Our people filmed ballot stuffing in nine
    stations." (None unless the question, right before or before a bare "yes", names one finding)."""
    if not previous:
        return None
    question = previous[-1]
    if _YES_RE.fullmatch(question) and len(previous) > 1:
        question = previous[-2]
    if not is_question(question):
        return None
    kinds = categories(question, 0, len(question))
    pronoun = _PRONOUN_RE.search(text)
    if len({category for _, _, category in kinds}) != 1 or pronoun is None:
        return None
    start, end = kinds[0][0], kinds[0][1]
    return f"{text[: pronoun.start()]}{question[start:end]}{text[pronoun.end() :]}"
