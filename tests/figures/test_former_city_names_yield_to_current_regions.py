"""A bare name that spells a region of today and, once, a city ("Akmola": the Akmola Region, and Astana's name of
1994–1998, "Akmola city" in the seed's other spellings) is the region of today; the city only when the text says
city. Almaty keeps its convention (the bare name is the city: both are names of today) (sentences invented)."""

from __future__ import annotations

import pytest

from sources.figures.regions import find_regions
from tests.cec.releases import parse_page, release_page


@pytest.mark.parametrize(("text", "code"), [
    ("Akmola 69.3%", "KZ-11"),
    ("in Akmola, 69.3 percent", "KZ-11"),
    ("Akmola city: 40.2%", "KZ-71"),
    ("Aqmola region 61.0%", "KZ-11"),
    ("Tselinograd", "KZ-71"),
    ("в Алматы 30,1 %", "KZ-75"),
    ("Алматы облысы 50,2 %", "KZ-19"),
], ids=["bare", "locative", "said-city", "region-word", "former-only", "almaty-city", "almaty-region"])
def test_a_bare_name_is_todays_region(text: str, code: str) -> None:
    assert [r.code for r in find_regions(text)] == [code]


def test_a_bulletin_by_region_gives_akmola_its_own_figure() -> None:
    out = parse_page(release_page("Turnout by 6 p.m.", "As of 6 p.m., 58.7 percent of voters had cast their ballots. "
                                  "By region: Akmola 69.3%, Aktobe 60.2%, Astana 48.8%.", lang="en",
                                  date="2023-03-19"), "en")
    by_name = {t.region_name: t.turnout_pct for t in out.turnout}
    assert [find_regions(name)[0].code for name, pct in by_name.items() if name and pct == 69.3] == ["KZ-11"]
    assert [find_regions(name)[0].code for name, pct in by_name.items() if name and pct == 48.8] == ["KZ-71"]
