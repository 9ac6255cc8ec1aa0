"""Region names as written ("по Акмолинской области", "г. Нур-Султан", "Aqtobe") → ISO 3166-2:KZ codes.

Russian names inflect ("Акмолинская область" / "Акмолинской области"), so names are compared by
stems: generic words (область, облысы, region, город, г.; the Latin-script Kazakh oblysy, qalasy) dropped,
adjective endings cut. Every Kazakh name is also indexed as Kazakh's Latin alphabet of 2018 writes it
("Қостанай облысы" → "Qostanaı oblysy"), the spelling press copies of the CEC's Kazakh pages use.
"""

from __future__ import annotations

import re

import polars as pl

from sources.figures.regions import find_regions
from sources.lexicon.latin import kazakh_latin
from sources.text.latin_kazakh import from_latin_2021
from transforms.names import fold

GENERIC_WORDS = re.compile(
    r"(?<![\w-])(?:по|в|во|the|of|region|oblast|область|области|областью|облысы|облысынын|облысында"
    r"|oblysy|oblysynyń|oblysynda|boıynsha)(?![\w-])"
)
# A city marker matters: "г. Алматы" is the city (KZ-75), "Алматы облысы" the region (KZ-19).
CITY_WORDS = re.compile(r"(?<![\w-])(?:г|город\w*|каласы|каласынын|city|qalasy|qalasynyń|qalasynda)(?![\w-])")
ADJECTIVE_ENDING = re.compile(r"(?:ская|ской|скую|ский|ского|ском|ое|ая|ой|ую|ий|ый|ого)$")
NATIONAL_CODE = "KZ"


def region_key(name: str) -> str:
    """'по г. Нур-Султан' → 'city:нур-султан'; 'Акмолинской области' → 'акмолин'."""
    folded = fold(name)
    is_city = bool(CITY_WORDS.search(folded))
    words = CITY_WORDS.sub(" ", GENERIC_WORDS.sub(" ", folded)).split()
    stems = [ADJECTIVE_ENDING.sub("", w) if len(w) > 5 else w for w in words]
    key = " ".join(s for s in stems if s)
    return f"city:{key}" if is_city and key else key


def _indexed(index: dict[str, str], name: str) -> str | None:
    key = region_key(name)
    plain = key.removeprefix("city:")
    return index.get(key) or index.get(plain if key.startswith("city:") else f"city:{plain}")


def lookup(index: dict[str, str], name: str) -> str | None:
    """The marked key first; a city name without the marker ("Nur-Sultan") still finds its city. A spelling the
    seed lacks is read as the parsers read prose (sources.figures.regions: abbreviations "БҚО", demonyms
    "алматылықтар", former names "Алма-Атинской", "в столице"; Kazakh's Latin alphabet of 2021), so that a name
    the parser bound a figure to is never refused here for want of a spelling; it resolves only when the whole
    name is that one region."""
    found = _indexed(index, name)
    if found is None:  # a short name carries too few of the 2021 alphabet's letters for is_latin_2021 to tell
        found = _indexed(index, from_latin_2021(name))
    if found is None:
        mentions = find_regions(name)
        codes = {m.code for m in mentions}
        covered = sum(m.end - m.start for m in mentions)
        if len(codes) == 1 and covered >= len(re.sub(r"[\W_]+$|^[\W_]+", "", name)) - 1:
            found = codes.pop()
    return found


def region_index(regions: pl.DataFrame) -> dict[str, str]:
    """Every spelling in the regions seed (name_en, name_ru, name_kk, other_spellings) → code."""
    index: dict[str, str] = {}
    for row in regions.iter_rows(named=True):
        names = [row.get("name_en") or ""]
        for column in ("name_ru", "name_kk", "other_spellings"):
            names += (row.get(column) or "").split("|")
        names += [kazakh_latin(name) for name in (row.get("name_kk") or "").split("|")]
        for name in filter(None, (n.strip() for n in names)):
            key = region_key(name)
            if key:
                index.setdefault(key, row["region_code"])
    return index


def resolve_regions(frame: pl.DataFrame, regions: pl.DataFrame, column: str = "region_name") -> pl.DataFrame:
    """Add `region_code`: KZ where the name is null (national level), null where no spelling matches."""
    index = region_index(regions)
    names = frame.get_column(column).unique().drop_nulls().to_list()
    mapping = {name: lookup(index, name) for name in names}
    return frame.with_columns(
        pl.when(pl.col(column).is_null())
        .then(pl.lit(NATIONAL_CODE))
        .otherwise(pl.col(column).replace_strict(mapping, default=None, return_dtype=pl.String))
        .alias("region_code")
    )
