"""Which contestant a figure belongs to: the one named before it, after it with only linking words between,
or the one a pronoun stands for (`figure_contestant`, the binder's first question of every figure)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sources.figures.antecedents import antecedent, prefers
from sources.figures.asides import earlier_aside, threshold
from sources.figures.mentions import Mention
from sources.figures.names import Contestant, contestant_from_name
from sources.figures.text_layer import figures
from sources.text import Number
from sources.text.letters import CAPITALISED

if TYPE_CHECKING:
    from sources.figures.binder import Binder

# "… and Adal (": a name of one to three capitalised words joined by "and" / "и" / "және", a bracket after it
JOINED_NAME_RE = re.compile(rf"(?:\s(?:and|и|және)|,)\s+((?:{CAPITALISED}\s?){{1,3}})"
                            r"\s*\(\s*$")


@dataclass(frozen=True)
class Choice:
    """The contestant of a figure, the other names it might be of, and whether it is a second share after one
    contestant's whose own contestant goes unnamed ("за X – 80,7 %, за партию патриотов – 0,9 %")."""

    contestant: Contestant | None = None
    alternatives: tuple[str, ...] = ()
    unnamed: bool = False


NOBODY = Choice()


_OPENED_AFTER_COUNT_RE = re.compile(r"(?:\s+[^\W\d]+){0,2}\s*\(\s*$")
_CLOSED_AFTER_SHARE_RE = re.compile(r"\s*\)")


def _bracketed_after(clause: str, number: Number, language: str) -> Number | None:
    """The count a bracketed share stands right after, its unit word at most between: "N адам (P пайыз)"."""
    if not _CLOSED_AFTER_SHARE_RE.match(clause, number.end):
        return None
    before = [n for n in figures(clause, language) if n.end <= number.start]
    if not before or before[-1].kind != "count":
        return None
    return before[-1] if _OPENED_AFTER_COUNT_RE.fullmatch(clause, before[-1].end, number.start) else None


def figure_contestant(binder: Binder, clause: str, number: Number, left: list[Mention],
                      right: list[Mention]) -> Choice:
    """The contestant a figure of `clause` belongs to, from the mentions left and right of it."""
    if not binder.finder.contestants_allowed:
        return NOBODY
    if number.kind == "share" and (count := _bracketed_after(clause, number, binder.language)) is not None:
        # "«Иә» деп 6 124 770 адам (77,2 пайыз) дауыс берді, «Жоқ» деп – …": a share in brackets right after a count
        # is that count's, whoever the verb after the bracket leads to
        return figure_contestant(binder, clause, count, [m for m in left if m.end <= count.start],
                                 [m for m in left + right if m.start >= count.end])
    named_left = next((m for m in reversed(left) if m.kind in {"contestant", "pronoun"}), None)
    named_right = next((m for m in right if m.kind == "contestant"), None)
    if named_right is not None and named_right.start - number.end < 40 and not figures(
            clause[number.end: named_right.start], binder.language) and (
            said := binder.lexicon.pattern("said_after")) is not None and said.match(
            clause[named_right.end:].lstrip(" »\"”")):
        return Choice(named_right.contestant)  # "87,15 пайызы «Иә» деп": the answer the share said
    if named_right is not None and binder.subjects.figures_first(clause, left, right):
        # "0,7 % отдали голоса X, 1,6 % – Y": the clause names each contestant after its figure
        return Choice(named_right.contestant)
    if (named_right is not None and named_right.contestant is not None
            and named_right.contestant.contestant_type == "option"
            and not clause[number.end: named_right.start].strip()
            and named_right.text[:1].islower() and len(named_right.text) > 3):
        return Choice(named_right.contestant)  # "… and 178,148 voting against it": an answer's verb right after it
    # "only 11% of the electorate voted for Asar": the share's base named between it and its verb
    base = next((m for m in right if m.kind == "indicator" and m.key == "registered_voters"
                 and named_right is not None and m.end <= named_right.start
                 and re.fullmatch(r"\s*(?:of\s+(?:the\s+)?|от\s+)?", clause[number.end: m.start], re.I)), None)
    link_from = base.end if base is not None and number.kind == "share" else number.end
    # "95 seats for Amanat", "95 — seats for Amanat", "все 98 депутатских мандатов получила X": the seat word naming
    # the count (its adjectives between) stands before its link
    unit = next((m for m in right if m.kind == "seats" and number.kind == "count"
                 and re.fullmatch(r"\s*(?:[-–—:]\s*)?(?:[^\W\d][\w-]*\s+){0,2}", clause[number.end: m.start])), None)
    link_from = unit.end if unit is not None else link_from
    if named_right is not None and binder.subjects.linked(clause, link_from, named_right.start, "forward_links",
                                                        verbs=True, seats=unit is not None):
        others = (named_left.name,) if named_left is not None and named_left.kind == "contestant" else ()
        return Choice(named_right.contestant, tuple(n for n in others if n))
    if named_left is None:
        opening = binder.lexicon.pattern("continuations")
        if binder.named_before and opening is not None and opening.match(clause.lstrip(" ,–—-")) and not any(
                m.kind == "indicator" for m in left + right):
            return Choice(binder.last_contestant)  # "… проголосовали 445 047. Или 6,64 процента голосовавших."
        return NOBODY
    if named_left.kind == "pronoun" and (order := _order(binder, named_left.text)) is not None and (
            not clause[: named_left.start].strip() or clause[: named_left.start].rstrip()[-1] in ":;,–—"):
        # "X мен Y 6 мандаттан алды: біріншісі N дауыс, екіншісі M": the first or second of the two named last
        named = [m.contestant for m in left if m.kind == "contestant" and m.contestant is not None]
        pair = named[-2:] if len(named) >= 2 else binder.recent[-2:]
        return Choice(pair[order]) if len(pair) == 2 else NOBODY
    if named_left.kind == "pronoun":
        # "Каракат Абден набрала 2,60%, за неё проголосовали …": a contestant named before the pronoun in
        # its own clause is the one it stands for
        kind = next((k for k, words in binder.lexicon.mapping("pronoun_kinds").items()
                     if named_left.text.lower() in {str(w) for w in words}), None)
        # "Petrov … said, adding that the party won 76 mandates": "the party" is a party, never the speaker
        own = next((m for m in reversed(left) if m.kind == "contestant" and m.end <= named_left.start
                    and m.contestant is not None and kind in {None, m.contestant.contestant_type}), None)
        if own is None and binder.opener is not None and not clause[: named_left.start].strip(" ,;–—-") and (
                prefers(binder.lexicon, named_left.text) in {None, binder.opener.contestant_type}):
            return Choice(binder.opener)  # "She received 2.60%": the subject of the sentence before
        if own is not None:
            return Choice(own.contestant)
        return Choice(antecedent(binder.lexicon, binder.recent, binder.last_contestant, named_left.text))
    between = clause[named_left.end: number.start]
    # a threshold between ("fell short of the 5 percent threshold - it received 3.1 percent") or an earlier vote's
    # share told in an aside is no share of the contestant's: the next share is still its own
    shares_between = [n for n in figures(clause, binder.language) if n.kind == "share" and named_left.end <= n.start
                      and n.end <= number.start and threshold(binder.lexicon, clause, n) is None
                      and earlier_aside(binder.lexicon, clause, n, binder.published_on, binder.vote_date) is None]
    if number.kind == "share" and shares_between and not any(
            m.kind == "region" and m.start >= named_left.end for m in left):
        last_share = shares_between[-1].end
        if any(m.kind == "indicator" and m.start >= last_share for m in left):
            # "approved by 90.0% of voters, with turnout reported to be 90.6%": the indicator named after
            # the contestant's share takes the next one
            return NOBODY
        # "Auyl (5.29 percent) and Adal (3.57 percent)": a name joined to X's, its share in brackets after it,
        # is a contestant of X's kind though no list knows it
        joined = JOINED_NAME_RE.search(between)
        if joined and named_left.contestant is not None and not any(
                w.lower() in binder.finder.not_names for w in joined.group(1).split()):
            kind = named_left.contestant.contestant_type
            named = contestant_from_name(joined.group(1).strip(), kind, binder.language, binder.lexicon)
            return Choice(binder.book.meet(named))
        # "за X – 80,7 %, за партию патриотов – 0,9 %": a second share after X is another's, unnamed
        return Choice(unnamed=True)
    return Choice(named_left.contestant)


def _order(binder: Binder, pronoun: str) -> int | None:
    """0 for "the former" / "біріншісі", 1 for "the latter" / "екіншісі", None for any other pronoun."""
    orders = binder.lexicon.mapping("pronoun_order")
    said = pronoun.lower()
    return next((i for i, key in enumerate(("first", "second")) if said in {str(w) for w in orders.get(key, ())}), None)
