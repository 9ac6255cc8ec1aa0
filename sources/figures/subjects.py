"""The subjects a figure can belong to, chosen by the words between them and the figure.

For one figure of a clause, given the mentions on its left and its right: what it counts (`field`: a count,
a share, seats), which indicator takes it (`indicator`), the area it is of (`region`), whether only linking
words stand between it and a subject on its right (`linked`), and whether the clause gives its figures
before their contestants (`figures_first`). The contestant itself, which depends on what earlier clauses
named, is the binder's (`sources.figures.binder`). The words come from `sources/lexicon`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from sources.figures.answers import PUNCTUATION_RE
from sources.figures.asides import threshold
from sources.figures.mentions import Mention
from sources.figures.names import Contestant
from sources.figures.readings import FEWEST_VOTES
from sources.figures.relations import is_part_of_whole, is_whole_of_part, seats_part
from sources.figures.text_layer import figures
from sources.lexicon import Lexicon
from sources.text import Number
from sources.text.letters import UPPER_LETTERS

# Turnout fields a count or a share of an indicator fills.
MOST_STATIONS = 20_000  # more polling stations than the country has ever had: a count above it is of people
COUNT_FIELD = {"registered_voters": "registered_voters", "ballots_cast": "ballots_cast", "turnout": "ballots_cast",
               "invalid_ballots": "invalid_ballots", "both_marked_ballots": "both_marked_ballots",
               "polling_stations": "polling_stations"}
SHARE_FIELD = {"ballots_cast": "turnout_pct", "turnout": "turnout_pct"}
SEAT_REACH = 25  # characters after a count within which a seat word makes it seats
_LATER_CLAUSE_RE = re.compile(r",\s*(?:and|и|және)\s")  # a coordinated clause of its own after the subject


@dataclass(frozen=True)
class Subjects:
    """The subject choices of one language's clauses: no state, the same answer for the same clause."""

    lexicon: Lexicon
    language: str

    def field(self, clause: str, number: Number, right: list[Mention]) -> str:
        if number.kind == "share":
            return "share"
        seat = next((m for m in right if m.kind == "seats"), None)
        if seat is not None and seat.start - number.end <= SEAT_REACH and not re.search(
                r"\d", clause[number.end: seat.start]):
            return "seats"
        if seats_part(self.lexicon, clause, number, right):
            return "seats"  # "won 23 of the 77 seats": the part of the chamber's seats is the contestant's
        return "count"

    def linked(self, clause: str, start: int, end: int, section: str, subject: Mention | None = None,
                verbs: bool = False, seats: bool = False) -> bool:
        """Only linking words (and no punctuation) between a figure and a subject on its right."""
        # a bracketed figure is no break: "151,285 people (2.01%) cast their votes for X"
        between = re.sub(r"\([^()]*\)|^\s*\)|[«“„\"]\s*$", " ", clause[start:end])  # the subject's opening quote
        if subject is not None and subject.text.split()[:1]:
            between += " " + subject.text.split()[0] if subject.text.split()[0].lower() in self.lexicon.words(
                section) else ""
        if PUNCTUATION_RE.search(between) or re.search(r"\d", between):
            return False
        words = between.split()
        if not words:
            return False
        links = self.lexicon.words(section) | {"the", "of", "a"}
        if verbs:
            links |= self.lexicon.words("vote_links")
        if seats:  # "98 депутатских мандатов получила партия X", "all 98 seats went to X"
            links |= self.lexicon.words("seat_links")
        rest = " ".join(words).lower()
        for link in sorted(links, key=len, reverse=True):
            rest = re.sub(rf"(?<!\w){re.escape(link)}(?!\w)", " ", rest)
        return not rest.strip() and any(w.lower() in links for w in words)

    def _predicate_then_region(self, clause: str, number: Number, region: Mention) -> bool:
        """"Больше всего голосов «против» — 214,6 тыс. — подано в Алматы.": the figure set off by dashes, one verb
        and a region link after it, the region ending the clause."""
        between = clause[number.end: region.start]
        words = between.strip(" –—-").split()
        links = self.lexicon.words("region_links")
        link_in_region = region.text.split()[0].lower() in links
        rest = clause[region.end:].strip(" .;").split()
        if re.fullmatch(r"\s*[–—]\s*", between) and len(rest) == 1:
            return True  # "… – 214,6 мың – Алматыда берілді": the region in the locative, its verb after it
        linked = link_in_region or (len(words) > 1 and words[-1].lower() in links)
        return bool(re.fullmatch(r"\s*[–—]\s*(?:[^\W\d_]+\s*){1,3}", between)) and linked and not rest

    def _clause_ends_in_region(self, clause: str, number: Number, region: Mention, right: list[Mention]) -> bool:
        """"72.53 percent of eligible voters attended the referendum in Shymkent.": the clause's one region closes
        it after a region link ("in", "в"), with only words between the figure and it: the figure is of that area."""
        between = clause[number.end: region.start]
        if PUNCTUATION_RE.search(between) or re.search(r"\d", between) or clause[region.end:].strip(" .;!"):
            return False
        if any(m.kind in {"region", "contestant"} and m is not region for m in right):
            return False
        links = self.lexicon.words("region_links")
        words = between.split()
        return region.text.split()[0].lower() in links or bool(words and words[-1].lower() in links)

    def figures_first(self, clause: str, left: list[Mention], right: list[Mention]) -> bool:
        """True when the clause's first figure comes before its first contestant (figure → subject order)."""
        first_subject = next((m for m in left + right if m.kind == "contestant"), None)
        # an indicator makes it a turnout clause; polling stations and all parties' votes count no participation
        # (an indicator told after the subject, in a clause of its own, is no figure's before it: "457,900 voters
        # (5.52%) ticked the "Against all" box, and 82,383 ballots were declared invalid")
        if first_subject is None or any(m.kind == "indicator" and m.key not in {"polling_stations", "valid_votes"}
                                        and not (m.start > first_subject.end and _LATER_CLAUSE_RE.search(
                                            clause, first_subject.end, m.start))
                                        for m in left + right):
            return False
        # a threshold or a handful ("7 % барьер … преодолели две партии: A (7,18 %) и B") is no result figure
        numbers = [n for n in figures(clause[: first_subject.start], self.language)
                   if threshold(self.lexicon, clause, n) is None and not (n.kind == "count" and n.value < FEWEST_VOTES)]
        # "62.7 percent for A, followed by B with 12.5 percent": the first is linked, the order is subject → figure
        return bool(numbers) and not self.linked(clause, numbers[-1].end, first_subject.start, "forward_links")

    def counts_noun(self, clause: str, number: Number, *keys: str) -> bool:
        """The word right after the count is one of the lexicon's `keys` nouns: the count counts those."""
        after = number.end + len(clause[number.end:]) - len(clause[number.end:].lstrip())
        return any((nouns := self.lexicon.pattern(key)) is not None and nouns.match(clause, after) for key in keys)

    def indicator(self, clause: str, number: Number, left: list[Mention], right: list[Mention],
                  contestant: Contestant | None) -> str | None:
        found = self._indicator(clause, number, left, right, contestant)
        if found == "polling_stations" and self.counts_noun(clause, number, "people_counted", "places_counted"):
            # "учаскелерде бір сайлаушыға бірнеше бюллетень берілген": one voter; "Polling stations in the five
            # western regions": five regions -- no count of stations
            return None
        return found

    def _indicator(self, clause: str, number: Number, left: list[Mention], right: list[Mention],
                   contestant: Contestant | None) -> str | None:
        inds_left = [m for m in left if m.kind == "indicator"]
        inds_right = [m for m in right if m.kind == "indicator"]
        if contestant is not None:
            # With a contestant in the clause, only an indicator standing between them takes the figure.
            subject = next((m for m in reversed(left) if m.kind in {"contestant", "pronoun"}), None)
            if inds_left and subject is not None and inds_left[-1].start > subject.end:
                if inds_left[-1].key == "registered_voters" and is_part_of_whole(self.lexicon, clause, number):
                    return "ballots_cast"  # "енгізілген M сайлаушының N-і": the register's part took part
                return inds_left[-1].key
            if inds_right and inds_right[0].start - number.end < 30 and not PUNCTUATION_RE.search(
                    clause[number.end: inds_right[0].start]) and not figures(
                    clause[number.end: inds_right[0].start], self.language):
                if number.kind == "share" and inds_right[0].key == "registered_voters":
                    # "For X, N voters or P percent of electorate cast ballots": the register is the share's base,
                    # X its subject, never the turnout
                    return None
                named_right = next((m for m in right if m.kind == "contestant"), None)
                if inds_right[0].key in {"ballots_cast", "turnout"} and named_right is not None and (
                        named_right.contestant == contestant and inds_right[0].end <= named_right.start):
                    return None  # "7,738,112 voters cast their ballots for X": the verb of X's votes, no turnout
                return inds_right[0].key  # "…, and 146,558 ballots were declared invalid"
            return None
        if is_part_of_whole(self.lexicon, clause, number):
            return "ballots_cast"  # "N out of M eligible voters": those of the register who took part
        if is_whole_of_part(self.lexicon, clause, number):
            return "registered_voters"  # "N человека из M участников референдума": the whole is the register
        if number.kind == "count" and (glossed := self._glossed(clause, number, inds_left)) is not None:
            return glossed  # "… of the voters included in the lists (11 960 364), received ballots"
        candidates = [(number.start - m.end, m) for m in inds_left] + [(m.start - number.end, m) for m in inds_right]
        # an indicator beyond another figure belongs to that figure ("9,261,460 out of 11,960,364 registered")
        # (one of another kind may stand between: "turnout was 77.4 per cent, with 9,261,460 …"; so may a count in
        # brackets that glosses the indicator before it)
        candidates = [(d, m) for d, m in candidates if not [n for n in figures(
            clause[min(m.end, number.end): max(m.start, number.start)], self.language)
            if n.kind == number.kind and self._glossed(clause, replace(
                n, start=n.start + min(m.end, number.end), end=n.end + min(m.end, number.end)),
                inds_left + inds_right) is None]]
        if number.kind == "count":
            # "… азаматтар санының N адамды немесе P %": the register named as the share's base is not N's subject
            candidates = [(d, m) for d, m in candidates if not self.share_base(clause, m)]
            if number.value > MOST_STATIONS:  # "барлық сайлау учаскелеріне 6 366 441 ел азаматы келіп": people
                candidates = [(d, m) for d, m in candidates if m.key != "polling_stations"]
        columns = SHARE_FIELD if number.kind == "share" else COUNT_FIELD
        if any(m.key in columns for _, m in candidates):  # "62.4% of voters on the lists received ballots"
            candidates = [(d, m) for d, m in candidates if m.key in columns]
        if not candidates:
            if self.lexicon.has("vote_verbs_without_subject", clause):
                return "ballots_cast"  # "Всего проголосовали 8 300 046 человек"
            return None
        chosen = min(candidates, key=lambda c: (c[0], c[1].start > number.start))[1]
        slashed = [m for m in inds_left
                   if m.end <= chosen.start and re.fullmatch(r"\s*/\s*", clause[m.end: chosen.start])]
        if number.kind == "count" and slashed and slashed[-1].key in COUNT_FIELD:
            # "Registered voters/turnout 9,110,156 91.21%": a label "A/B" over its two values, the count is A's
            return slashed[-1].key
        if number.kind == "count" and chosen.key == "registered_voters" and chosen.start > number.end and any(
                n.kind == "share" for n in figures(clause[number.end: chosen.start], self.language)):
            # "N people voted, representing P % of registered voters": the register is the share's base; the
            # count before the share is its part, those who took part
            return "ballots_cast"
        if number.kind == "count" and chosen.key == "registered_voters" and chosen.start > number.end and \
                self.lexicon.has("vote_verbs_without_subject", clause[number.end: chosen.start]):
            # "7 млн 537 мың 675 азамат дауыс берді, бұл – тізімдегілердің 61,56 пайызы": the count's own verb says
            # they voted; the register named after it is the base of the share that follows
            return "ballots_cast"
        return chosen.key

    def _glossed(self, clause: str, number: Number, inds_left: list[Mention]) -> str | None:
        """A count in brackets right after an indicator ("включенных в списки (11 960 364)", "… (11 950 485
        человек)") is that indicator's."""
        before = clause[: number.start]
        if not re.search(r"\(\s*$", before) or not re.match(r"\s*(?:[^\W\d_]+\s*)?\)", clause[number.end:]):
            return None
        head = before.rstrip()[:-1].rstrip()
        # the indicator right before the bracket, or before the one noun it qualifies ("енгізілген сайлаушылардың (M)")
        noun = re.search(r"\s+[^\W\d_]+$", head)
        ends = {len(head), noun.start() if noun else -1}
        ind = next((m for m in reversed(inds_left) if m.end in ends and m.end <= number.start), None)
        return ind.key if ind is not None and ind.key in COUNT_FIELD else None

    def share_of_participants(self, clause: str, m: Mention) -> bool:
        """"69,44% — сайлауға қатысқан сайлаушылардың үлесі", "доля принявших участие": the share OF those who took
        part (of the register: the turnout), not a share among them (a result's base)."""
        before = self.lexicon.pattern("participation_share.before")
        after = self.lexicon.pattern("participation_share.after")
        head, tail = clause[max(0, m.start - 20): m.start], clause[m.end: m.end + 20]
        found = list(before.finditer(head)) if before is not None else []
        return bool((found and not head[found[-1].end():].strip())
                    or (after is not None and after.match(tail.lstrip()) is not None))

    def share_base(self, clause: str, m: Mention) -> bool:
        """The indicator is named as a share's base: "от числа имеющих право", "азаматтар санының"."""
        before = self.lexicon.pattern("share_base.before")
        after = self.lexicon.pattern("share_base.after")
        head = clause[max(0, m.start - 30): m.start]
        if before is not None and (found := list(before.finditer(head))) and len(head[found[-1].end():].split()) <= 1:
            return True
        tail = clause[m.end: m.end + 40]
        genitive = tuple(self.lexicon.section("share_base.genitive_endings"))
        share = next((n for n in figures(tail, self.language) if n.kind == "share"), None) if genitive else None
        # the register's phrase may run on past the indicator word ("тізімге енгізілгендердің 63,25 пайызы")
        lead = tail[: share.start].split() if share is not None else []
        phrase = [m.text, *lead]
        if share is not None and len(lead) <= 2 and not PUNCTUATION_RE.search(tail[: share.start]) \
                and phrase[-1].lower().endswith(genitive):
            return True  # "тізімдегілердің 69,44 пайызы": the register in the genitive, the share's own base
        skip = re.match(r"\s*(?:[^\W\d_]+\s+)?", tail)
        return after is not None and skip is not None and after.match(tail, skip.end()) is not None

    def region(self, clause: str, number: Number, left: list[Mention], right: list[Mention],
               heading: Mention | None = None) -> Mention | None:
        """The figure's area: a region linked on its right, else the one named before it, else the heading's."""
        region_right = next((m for m in right if m.kind == "region"), None)
        if region_right is not None and self.linked(clause, number.end, region_right.start, "region_links",
                                                            region_right):
            return region_right
        if region_right is not None and self._predicate_then_region(clause, number, region_right):
            return region_right
        if region_right is not None and self._clause_ends_in_region(clause, number, region_right, right):
            return region_right
        region_left = next((m for m in reversed(left) if m.kind == "region"), None)
        # (an initial's full stop ends nothing: "В Атырауской области за кандидата Назарбаева Н. А. подано 98,73 %")
        if region_left is not None and re.search(rf"(?<!\b[{UPPER_LETTERS}])[.!?]\s*[{UPPER_LETTERS}]",
                                                 clause[region_left.end: number.start]):
            return None  # "… по Шымкенту – 59,6 %.Всего проголосовали N": a sentence end the splitter missed
        return region_left or heading
