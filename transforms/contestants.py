"""Contestant names as written → one contestant, whatever the language or transliteration.

1. exact match on any registered spelling (after folding case, Kazakh letters and quotes);
2. a quoted party name inside a longer one («Нур Отан» in "Народно-демократическая партия «Нур Отан»");
3. a person's name: surname and first name compared by consonant skeletons, in any order
   ("Kassym-Jomart Tokayev" = "Токаев Касым-Жомарт Кемелевич" = "Тоқаев Қасым-Жомарт Кемелұлы");
4. otherwise a new contestant, named in the document's language, with an id from its transliteration.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import polars as pl

from transforms.names import fold, skeleton, slug

QUOTED_RE = re.compile(r"[«\"“]([^»\"”]+)[»\"”]")
AGAINST_ALL_RE = re.compile(r"против всех|against all|бәріне қарсы|барине карсы", re.I)
LANGUAGE_COLUMN = {"en": "name_en", "ru": "name_ru", "kk": "name_kk"}
CONTESTANT_COLUMNS = ["contestant_id", "contestant_type", "name_en", "name_ru", "name_kk"]


def _person_key(name: str) -> frozenset[str]:
    return frozenset(skeleton(w) for w in re.split(r"[\s]+", fold(name)) if len(w) > 1)


@dataclass
class ContestantRegistry:
    rows: dict[str, dict[str, str | None]] = field(default_factory=dict)
    spellings: dict[str, str] = field(default_factory=dict)
    new_ids: list[str] = field(default_factory=list)

    @classmethod
    def from_frame(cls, frame: pl.DataFrame) -> ContestantRegistry:
        registry = cls()
        for row in frame.iter_rows(named=True):
            registry._add(row, aliases=(row.get("aliases") or "").split("|"))
        registry.new_ids.clear()
        return registry

    def _add(self, row: dict, aliases: list[str] = ()) -> None:  # type: ignore[assignment]
        cid = row["contestant_id"]
        self.rows[cid] = {c: row.get(c) for c in CONTESTANT_COLUMNS}
        for name in [row.get("name_en"), row.get("name_ru"), row.get("name_kk"), *aliases]:
            if name:
                self.spellings.setdefault(fold(name), cid)
                for quoted in QUOTED_RE.findall(name):
                    self.spellings.setdefault(fold(quoted), cid)
        self.new_ids.append(cid)

    def _match_person(self, name: str) -> str | None:
        key = _person_key(name)
        if len(key) < 2:
            return None
        for cid, row in self.rows.items():
            if row["contestant_type"] != "candidate":
                continue
            for known in (row["name_en"], row["name_ru"], row["name_kk"]):
                if known and len(_person_key(known) & key) >= 2:
                    return cid
        return None

    def resolve(self, name: str, election_type: str | None, language: str | None) -> str:
        folded = fold(name)
        if folded in self.spellings:
            return self.spellings[folded]
        for quoted in QUOTED_RE.findall(name):
            if fold(quoted) in self.spellings:
                return self.spellings[fold(quoted)]
        if election_type == "presidential" and (cid := self._match_person(name)):
            column = LANGUAGE_COLUMN.get(language or "ru", "name_ru")
            if cid in self.new_ids and not self.rows[cid][column]:
                self.rows[cid][column] = name  # a new candidate met in another language: keep that spelling
            self.spellings[folded] = cid
            return cid
        kind = ("against_all" if AGAINST_ALL_RE.search(name) else
                {"presidential": "candidate", "referendum": "option"}.get(election_type or "", "party"))
        cid = slug(name) or "unnamed"
        row = {c: None for c in CONTESTANT_COLUMNS} | {"contestant_id": cid, "contestant_type": kind}
        row[LANGUAGE_COLUMN.get(language or "ru", "name_ru")] = name
        if cid not in self.rows:
            self._add(row)
        self.spellings[folded] = cid
        return cid

    def new_contestants(self) -> pl.DataFrame:
        rows = [self.rows[cid] for cid in self.new_ids]
        return pl.DataFrame(rows, schema={c: pl.String for c in CONTESTANT_COLUMNS})


def resolve_contestants(results: pl.DataFrame, registry: ContestantRegistry) -> pl.DataFrame:
    """Add `contestant_id` to staged results; unknown names become new contestants in the registry."""
    ids = [
        registry.resolve(name, etype, lang)
        for name, etype, lang in results.select("contestant_name", "election_type", "language").iter_rows()
    ]
    return results.with_columns(pl.Series("contestant_id", ids, dtype=pl.String))
