"""What a paragraph's sentences settle about the paragraph before: a boundary between paragraphs (a PDF hands each
one over as its own block; a press story puts its title on a line of its own) must neither lose nor invent an
account.

- the same people, uncounted on one side and counted on the other: "Protesters arrested over the vote" (a title)
  / "Dozens of people protesting ... were arrested" (its lead) is one detention, the count's -- as within a
  paragraph (paragraph.py's `finish`);
- a byline printed over its lines -- a name, then a role ("Валерий Ким" / "Координатор лиги в Алматы") -- and the
  words of the person it names in the paragraph after it (`byline_over`);
- a count of no single kind given its kind by a later paragraph that elaborates on it: "25 appeals about possible
  violations were received." / "The appeals concern campaigning while it was prohibited." (the elaboration is no
  new finding), as `_Paragraph.elaborate` does within a paragraph.

The paragraph records what it revises as (old, new) pairs on its account (`Account.revised`; new None drops the
claim); read_claims applies them to the claims already read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from sources.claims.kinds import kind_named
from sources.claims.reporter_outlets import byline
from sources.claims.reporters import find_reporters
from sources.claims.vocabulary import ELABORATION_RE, NO_ELABORATION_RE, PART_COUNT_RE
from sources.records import DetentionClaim, InfractionClaim
from sources.text.letters import CAPITALISED_WORD

Revision = tuple[DetentionClaim | InfractionClaim, DetentionClaim | InfractionClaim | None]


def same_people(a: str, b: str) -> bool:
    """People of a protest are its protesters (the subject depends on how recently the text spoke of it)."""
    return a == b or {a, b} == {"people", "protesters"}


def _counted(claim: DetentionClaim) -> bool:
    return claim.qualifier != "uncounted"


def counted_across(
    closing: Sequence[DetentionClaim], opening: list[DetentionClaim]
) -> tuple[list[Revision], list[DetentionClaim]]:
    """The paragraph before closed on `closing`'s detentions and this one opens with `opening`'s: an uncounted
    detention whose people the other side counts is that count's event. Returns the earlier claims to drop and the
    opening sentence's claims to keep."""
    dropped: list[Revision] = [
        (old, None)
        for old in closing
        if not _counted(old) and any(_counted(new) and same_people(new.subject, old.subject) for new in opening)
    ]
    kept = [
        new
        for new in opening
        if _counted(new) or not any(_counted(old) and same_people(old.subject, new.subject) for old in closing)
    ]
    return dropped, kept


def elaborated_across(
    text: str, carried: Sequence[InfractionClaim], infractions: list[InfractionClaim]
) -> tuple[list[Revision], list[InfractionClaim]] | None:
    """A sentence that elaborates on the counts of no single kind the paragraph before ended on and names one kind
    gives them that kind; the sentence's own finding of that kind is the same finding said again. None when the
    sentence is no such elaboration (it counts something itself, names no kind or no elaboration word)."""
    if not carried or any(c.value is not None for c in infractions):
        return None
    kind = kind_named(text)
    if kind is None or ELABORATION_RE.search(text) is None or PART_COUNT_RE.search(text) or NO_ELABORATION_RE.search(
            text):
        return None  # "Most of them concerned campaign materials, while 9 …": a part's kind, not the count's
    named = {m.reporter for m in find_reporters(text)}
    if named and not named & {d.reported_by for d in carried}:
        return None  # another source's finding of that kind ("Кроме того, представители гражданского общества …")
    revised: list[Revision] = [(c, replace(c, category=kind)) for c in carried if c.category == "mixed"]  # type: ignore[arg-type]
    if not revised and not any(c.category == kind for c in carried):
        return None
    return revised, [c for c in infractions if c.category != kind]


_NAME_LINE_RE = re.compile(rf"^\s*{CAPITALISED_WORD}\s+{CAPITALISED_WORD}\s*$")


def byline_over(name_line: str | None, text: str, title_line: bool) -> tuple[str | None, str | None]:
    """A title line (no full stop) that is a byline on its own or with the name line before it: the person it names
    (who speaks in the next paragraph), and this line if it is a bare name (a role may follow on the next)."""
    if not title_line:
        return None, None
    person = byline(f"{name_line} {text.strip()}") if name_line else None
    return person or byline(text), (text.strip() if _NAME_LINE_RE.match(text) else None)
