"""Contestant names as written → one contestant per real contestant, whatever language and case a publication
names it in.

Names are resolved election by election:
1. every name any publication of the election gives is read by meaning — a person's possible nominative
   readings (transforms/persons.py), a party's concepts and proper name (transforms/parties.py), "against all",
   a referendum answer;
2. the election's names are grouped: the fullest nominative names first, then each other name joins the one
   group it can belong to ("Оспанову Меруерт" joins "Оспанова Меруерт Кайратовна" and "Meruert Ospanova");
   a name that could belong to two groups joins none (two people are never merged);
3. each group is matched to the registry (the seed warehouse/seeds/contestants.csv and contestants earlier runs
   created): any exact spelling, else the one entry it can be; otherwise it is a new contestant, named in each
   language by the nominative a publication gives — or, when none does, by rule (the nominative read from the
   declined form; an English name transliterated) — with the names so derived listed in `names_derived`.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

import polars as pl

from transforms.names import fold, slug
from transforms.parties import PartyName, concept_of, english_name, read_party, same_party
from transforms.persons import Reading, fullness, readings, same_reading
from transforms.spelling import lower, romanize, vocabulary

log = logging.getLogger(__name__)
LANGUAGE_COLUMN = {"en": "name_en", "ru": "name_ru", "kk": "name_kk"}
CONTESTANT_COLUMNS = ["contestant_id", "contestant_type", "name_en", "name_ru", "name_kk", "names_derived"]
TYPE_OF_ELECTION = {"presidential": "candidate", "referendum": "option", "parliamentary": "party"}


@dataclass
class Mention:
    """One name as an election's publications write it, read by meaning."""

    name: str
    language: str | None
    kind: str  # candidate | party | option | against_all
    persons: list[Reading] = field(default_factory=list)
    party: PartyName | None = None

    def nominative(self) -> Reading | None:
        """The reading that is the name as written (a nominative a publication gives), if any."""
        return next((r for r in self.persons if r.case == "nom" and fold(r.display()) == fold(self.name)), None)

    def weight(self) -> tuple:
        """Fullest nominative names first: they found the groups the declined ones join; a name as a title
        writes it ("Kok Zhaylau Party") before one from inside a sentence ("the Kok Zhaylau party")."""
        best = self.persons[0] if self.persons else None
        in_sentence = self.name[:1].islower()
        return (self.nominative() is None, -(fullness(best) if best else 0), in_sentence, -len(self.name), self.name)


def _against_all(name: str) -> bool:
    low = lower(name)
    return any(lower(w) in low for ws in vocabulary()["against_all"].values() for w in ws)


def read_mention(name: str, election_type: str | None, language: str | None) -> Mention:
    """What a name is: "against all", a party (party words or a parliamentary vote), a candidate, an answer."""
    if _against_all(name):
        return Mention(name, language, "against_all")
    party = read_party(name)
    kind = TYPE_OF_ELECTION.get(election_type or "", "party")
    if kind != "option" and party.is_party and ("party" in _concept_words(name) or kind == "party"):
        return Mention(name, language, "party", party=party)
    if kind == "candidate":
        return Mention(name, language, "candidate", persons=readings(name, language))
    return Mention(name, language, kind, party=party if kind == "party" else None)


def _concept_words(name: str) -> set[str]:
    return {c for w in name.split() if (c := concept_of(w))}


def _same(a: Mention, b: Mention) -> bool:
    if a.kind != b.kind:
        return False
    if a.kind == "candidate":
        return any(same_reading(x, y) for x in a.persons for y in b.persons)
    if a.kind == "party" and a.party and b.party and a.party.describes() and b.party.describes():
        return same_party(a.party, b.party)
    return fold(a.name).strip("«»\"") == fold(b.name).strip("«»\"")


@dataclass
class Entry:
    """A registered contestant and every name it is known by, read."""

    row: dict[str, str | None]
    spellings: set[str]
    mentions: list[Mention]


def _groups(mentions: list[Mention]) -> tuple[list[list[Mention]], set[int]]:
    """The election's names grouped by contestant: a name joins the one group it fits, else founds its own;
    also the indexes of groups founded by a name that fitted several (matched to the registry only exactly)."""
    groups: list[list[Mention]] = []
    ambiguous: set[int] = set()
    for mention in sorted(mentions, key=Mention.weight):
        fits = [g for i, g in enumerate(groups) if i not in ambiguous and any(_same(mention, m) for m in g)]
        if len(fits) == 1:
            # a declined name keeps only the readings that name the group's person ("Садыкова Марата" is
            # then Садыков Марат, no longer also a woman "Садыкова Марата" another name could meet)
            mention.persons = [r for r in mention.persons
                               if any(same_reading(r, x) for m in fits[0] for x in m.persons)] or mention.persons
            fits[0].append(mention)
            continue
        if len(fits) > 1:
            log.warning("%r could be %s: kept apart", mention.name, " or ".join(repr(g[0].name) for g in fits))
            ambiguous.add(len(groups))
        groups.append([mention])
    return groups, ambiguous


@dataclass
class ContestantRegistry:
    entries: dict[str, Entry] = field(default_factory=dict)
    spellings: dict[str, str] = field(default_factory=dict)  # folded spelling → contestant_id
    new_ids: list[str] = field(default_factory=list)  # created or given better names by this run

    @property
    def rows(self) -> dict[str, dict[str, str | None]]:
        return {cid: e.row for cid, e in self.entries.items()}

    @classmethod
    def from_frame(cls, frame: pl.DataFrame) -> ContestantRegistry:
        """The seed (with its `aliases`) and the warehouse's contestants; the first row of an id wins."""
        registry = cls()
        for row in frame.iter_rows(named=True):
            if row["contestant_id"] in registry.entries:
                continue
            registry._register(row, (row.get("aliases") or "").split("|"))
        return registry

    def _register(self, row: dict, aliases: list[str]) -> Entry:
        cid = row["contestant_id"]
        clean = {c: row.get(c) for c in CONTESTANT_COLUMNS}
        names = [(clean.get(col), lang) for lang, col in LANGUAGE_COLUMN.items()]
        derived = (clean.get("names_derived") or "").split(",")
        # names derived by rule are spellings to find, not publications to read (a published one replaces them)
        mentions = [read_mention(n, _election_type(clean["contestant_type"]), lang) for n, lang in names
                    if n and LANGUAGE_COLUMN[lang] not in derived]
        # A person's alias may be a bare surname ("Tokayev"): found by its spelling, not read as a whole name.
        if clean["contestant_type"] != "candidate":
            mentions += [read_mention(a, _election_type(clean["contestant_type"]), None) for a in aliases if a]
        entry = Entry(clean, {fold(n) for n, _ in names if n} | {fold(a) for a in aliases if a}, mentions)
        self.entries[cid] = entry
        for spelling in entry.spellings:
            self.spellings.setdefault(spelling, cid)
        return entry

    def resolve(self, name: str, election_type: str | None, language: str | None) -> str:
        """One name on its own (no other publication of its election known): see `resolve_election`."""
        return self.resolve_election([(name, election_type, language)])[name]

    def resolve_election(self, names: list[tuple[str, str | None, str | None]]) -> dict[str, str]:
        """Every name (name, election type, language) one election's publications give → contestant ids."""
        mentions: dict[str, Mention] = {}
        for name, election_type, language in names:
            mentions.setdefault(name, read_mention(name, election_type, language))
        out: dict[str, str] = {}
        groups, ambiguous = _groups(list(mentions.values()))
        for i, group in enumerate(groups):
            cid = self._match(group, exact_only=i in ambiguous) or self._create(group)
            self._improve(cid, group)
            out.update({m.name: cid for m in group})
        return out

    def _match(self, group: list[Mention], exact_only: bool = False) -> str | None:
        exact = {self.spellings[fold(m.name)] for m in group if fold(m.name) in self.spellings}
        if len(exact) == 1:
            return exact.pop()
        if len(exact) > 1:
            log.warning("%r spells several contestants %s: the group's fullest name decides", group[0].name, exact)
            return self.spellings.get(fold(group[0].name)) or sorted(exact)[0]
        if exact_only:
            return None
        fits = [cid for cid, e in self.entries.items()
                if e.row["contestant_type"] == group[0].kind and any(_same(m, k) for m in group for k in e.mentions)]
        if len(fits) > 1:
            log.warning("%r could be %s: a new contestant", group[0].name, fits)
        return fits[0] if len(fits) == 1 else None

    def _create(self, group: list[Mention]) -> str:
        """A new contestant; its id is the slug of its proper name (a party's, not "the … party") or English name."""
        proper = max((m.party.proper_written for m in group if m.party), key=len, default=())
        base = slug(" ".join(romanize(w) for w in proper) or _names(group)[0]["name_en"] or group[0].name)
        base = base or "unnamed"
        cid, n = base, 2
        while cid in self.entries:
            cid, n = f"{base}-{n}", n + 1
        row = {c: None for c in CONTESTANT_COLUMNS} | {"contestant_id": cid, "contestant_type": group[0].kind}
        self._register(row, [])
        return cid

    def _improve(self, cid: str, group: list[Mention]) -> None:
        """Fill a contestant's missing names from this election's publications, and replace a name that was
        derived by rule or is a declined form with one a publication writes (seed names are all published)."""
        entry = self.entries[cid]
        for mention in group:
            self.spellings.setdefault(fold(mention.name), cid)
        names, derived = _names([*group, *entry.mentions])
        row = entry.row
        was_derived = set((row.get("names_derived") or "").split(",")) - {""}
        changed = False
        for language, column in LANGUAGE_COLUMN.items():
            value, current = names.get(column), row.get(column)
            if not value or value == current:
                continue
            if current is None:
                replace = True
            else:
                weak = column in was_derived or _declined(current, row["contestant_type"], language)
                replace = weak and column not in derived
            if replace:
                row[column], changed = value, True
                was_derived = (was_derived | {column}) if column in derived else (was_derived - {column})
        row["names_derived"] = ",".join(sorted(was_derived)) or None
        entry.mentions += [m for m in group if m not in entry.mentions]
        if changed and cid not in self.new_ids:
            self.new_ids.append(cid)

    def new_contestants(self) -> pl.DataFrame:
        rows = [self.entries[cid].row for cid in self.new_ids]
        return pl.DataFrame(rows, schema={c: pl.String for c in CONTESTANT_COLUMNS})


def _declined(name: str, contestant_type: str | None, language: str) -> bool:
    """A person's name stored in a case other than the nominative (what an older run may have kept)."""
    return contestant_type == "candidate" and read_mention(name, "presidential", language).nominative() is None


def _election_type(contestant_type: str | None) -> str | None:
    return {v: k for k, v in TYPE_OF_ELECTION.items()}.get(contestant_type or "")


def _names(group: list[Mention]) -> tuple[dict[str, str | None], set[str]]:
    """A group's name per language, and the columns whose name was derived by rule (no publication wrote it)."""
    names: dict[str, str | None] = dict.fromkeys(LANGUAGE_COLUMN.values())
    derived: set[str] = set()
    anchor = next((m.nominative() for m in sorted(group, key=Mention.weight) if m.nominative()), None)
    for language, column in LANGUAGE_COLUMN.items():
        own = sorted((m for m in group if m.language == language), key=Mention.weight)
        if not own:
            continue
        best = own[0]
        if best.kind == "candidate" and best.nominative() is None and best.persons:
            # no nominative in this language: the reading that names the group's person, else the likeliest
            reading = next((r for r in best.persons if anchor and same_reading(r, anchor)), best.persons[0])
            names[column] = reading.display()
            if fold(reading.display()) != fold(best.name):
                derived.add(column)
        else:
            names[column] = best.name
    if names["name_en"] is None:
        names["name_en"] = _english(group, anchor)
        if names["name_en"]:
            derived.add("name_en")
    return names, derived


def _english(group: list[Mention], anchor: Reading | None) -> str | None:
    """An English name by rule: a person's Given Surname transliterated, a party's proper name + "Party"."""
    first = sorted(group, key=Mention.weight)[0]
    if first.kind == "candidate":
        reading = anchor or (first.persons[0] if first.persons else None)
        if reading is None:
            return romanize(first.name)
        return " ".join(romanize(p) for p in (reading.given, reading.surname) if p)
    if first.kind == "party" and first.party and first.party.describes():
        return english_name(max((m.party for m in group if m.party), key=lambda p: len(p.proper) + len(p.concepts)))
    return romanize(first.name.strip("«»\" "))


def resolve_contestants(results: pl.DataFrame, registry: ContestantRegistry) -> pl.DataFrame:
    """Add `contestant_id` to staged results, election by election; unknown contestants join the registry."""
    ids: dict[tuple[str | None, str], str] = {}
    had_election = "election_id" in results.columns
    if not had_election:  # names of no known election: resolved together
        results = results.with_columns(pl.lit(None, dtype=pl.String).alias("election_id"))
    columns = results.select("election_id", "contestant_name", "election_type", "language")
    by_election: dict[str | None, list[tuple[str, str | None, str | None]]] = {}
    for election_id, name, election_type, language in columns.unique(maintain_order=True).iter_rows():
        if name is not None:
            by_election.setdefault(election_id, []).append((name, election_type, language))
    for election_id in sorted(by_election, key=str):
        for name, cid in registry.resolve_election(by_election[election_id]).items():
            ids[(election_id, name)] = cid
    keys = columns.select("election_id", "contestant_name").iter_rows()
    resolved = results.with_columns(pl.Series("contestant_id", [ids.get(k) for k in keys], dtype=pl.String))
    return resolved if had_election else resolved.drop("election_id")
