"""In a turnout bulletin, the people a region's turnout share restates in brackets ("Алматы – 5,2 % (62 112
человек)", "Astana 9.8% (82,810 voters)", "Абай облысы – 21,4% (98 334 адам)") are the region's ballots cast; and
"A total of N voters are registered" states the register in English (bulletins invented)."""

from __future__ import annotations

import pytest

from tests.cec.releases import parse_page, release_page


@pytest.mark.parametrize(("lang", "lead", "regions"), [
    ("ru", "По состоянию на 10:00 в голосовании приняли участие 1 713 123 избирателя, или 14,3 %.",
     "В разрезе регионов: Алматы – 5,2 % (62 112 человек), Астана – 9,8 % (82 810), Абайская область – 21,4 % "
     "(98 334)."),
    ("kk", "Сағат 10:00-дегі жағдай бойынша дауыс беруге 1 713 123 сайлаушы қатысты, бұл 14,3 пайыз.",
     "Өңірлер бойынша: Алматы қаласы – 5,2% (62 112 адам), Астана қаласы – 9,8% (82 810 адам), Абай облысы – "
     "21,4% (98 334 адам)."),
    ("en", "As of 10 a.m., 1,713,123 voters, or 14.3 percent, had cast their ballots.",
     "By region: Almaty city 5.2% (62,112 voters), Astana 9.8% (82,810 voters), Abai region 21.4% (98,334 voters)."),
], ids=["ru", "kk", "en"])
def test_a_regions_bracketed_count_is_its_ballots_cast(lang: str, lead: str, regions: str) -> None:
    out = parse_page(release_page("Явка" if lang != "en" else "Turnout", lead, regions, lang=lang,
                                  date="2023-03-19"), lang)
    by_region = {(t.turnout_pct, t.ballots_cast) for t in out.turnout if t.region_name is not None}
    assert by_region == {(5.2, 62_112), (9.8, 82_810), (21.4, 98_334)}
    assert all(t.as_of == "10:00" for t in out.turnout)


def test_voters_are_registered_states_the_register() -> None:
    out = parse_page(release_page("Voting under way", "As of 10 a.m. Astana time, turnout stood at 14.3 percent, the "
                                  "CEC said. A total of 11,980,107 voters are registered.", lang="en",
                                  date="2023-03-19"), "en")
    assert {t.registered_voters for t in out.turnout if t.region_name is None} >= {11_980_107}


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "Меньше всего проголосовавших в Алматы – 14,7 %, в Астане – 19,3 %."),
    ("en", "The fewest voters cast ballots in Almaty, with 14.7%, and in Astana, with 19.3%."),
], ids=["ru", "en"])
def test_the_share_of_an_areas_voters_who_voted_is_its_turnout(lang: str, text: str) -> None:
    lead = ("По состоянию на 12:00 явка избирателей составила 31,45 %." if lang == "ru"
            else "As of noon, turnout stood at 31.45 percent.")
    out = parse_page(release_page("Явка" if lang == "ru" else "Turnout", lead, text, lang=lang, date="2023-03-19"),
                     lang)
    assert {t.turnout_pct for t in out.turnout if t.region_name is not None} == {14.7, 19.3}
