"""A post that quotes an open API's answer as JSON lines (posts invented for these tests): each object a row, its
keys the columns read as words, the label the object's name or level; a key no vocabulary knows stays unread."""

from __future__ import annotations

import pytest

from sources.cec.json_lines import json_line
from sources.figures.regions import find_regions
from tests.cec.releases import parse_page, release_page


def _code(name: str | None) -> str | None:
    return next(iter({r.code for r in find_regions(name)}), None) if name else None


LEADS = {
    "ru": ("Явка через открытый API ЦИК", "Ответ сервиса на запрос итоговой явки (по объекту в строке):"),
    "kk": ("ОСК ашық API арқылы белсенділік",
           "Құрылтай сайлауына қатысу туралы сервистің жауабы (әр жолда бір нысан):"),
    "en": ("Reading turnout from the CEC's API", "The endpoint answered with one object per line:"),
}
LINES = [
    '{"level": "national", "registered": 11950300, "ballots_issued": 7410186, "turnout_pct": 62.01, '
    '"invalid_ballots": 120455, "stations": 10020}',
    '{"level": "region", "name": "Atyrau Region", "turnout_pct": 71.33}',
    '{"level": "region", "name": "Astana", "turnout_pct": 47.10}',
]


@pytest.mark.parametrize("lang", list(LEADS), ids=list(LEADS))
def test_each_object_is_a_row_and_each_key_a_column(lang: str) -> None:
    title, lead = LEADS[lang]
    e = parse_page(release_page(title, lead, *LINES, "Status 200, 95 ms.", lang=lang, date="2026-08-24"), lang)
    national = next(t for t in e.turnout if t.region_name is None)
    assert (national.registered_voters, national.ballots_cast, national.turnout_pct, national.invalid_ballots) == (
        11950300, 7410186, 62.01, 120455)
    by_area = {_code(t.region_name): t.turnout_pct for t in e.turnout if t.region_name}
    assert by_area == {_code("Atyrau Region"): 71.33, _code("Astana"): 47.10}
    assert e.results == []


@pytest.mark.parametrize(("line", "expected"), [
    ('{"name": "Astana", "turnout_pct": 47.1}', [["", "turnout pct"], ["Astana", "47.1"]]),
    ('{"level": "national", "ballotsIssued": 7410186}', [["", "ballots Issued"], ["national", "7410186"]]),
    ('{"name": "Astana"}', None),
    ('{"data": [1, 2]}', None),
    ("{not json}", None),
    ("Plain text", None),
], ids=["name-and-share", "camel-case-key", "no-number", "nested", "broken", "prose"])
def test_a_json_line_is_one_row(line: str, expected: list | None) -> None:
    table = json_line(line)
    assert (table.rows if table else None) == expected
