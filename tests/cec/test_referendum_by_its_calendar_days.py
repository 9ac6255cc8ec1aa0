"""A wire that never names its vote ("Kazakhstan approves nuclear plant … 71.12% voting yes") is about the
calendar's vote of its days: within two weeks of a referendum its answers are read as answers, by region too, and
its regions' shares of "yes" are never turnout. Far from any referendum, the same words give no answer (texts
invented)."""

from __future__ import annotations

import pytest

from tests.cec.releases import parse_page, release_page

WIRES = [
    ("en", "Kazakhstan backs nuclear plant",
     "Voters backed the construction of a nuclear power plant, with 70.4% voting yes, the CEC said. Turnout was "
     "62.9%.", "In the capital Astana, 80.2% voted in favour, while in Almaty support stood at 55.6%."),
    ("ru", "Казахстанцы поддержали строительство АЭС",
     "За строительство атомной станции высказались 70,4 % проголосовавших, сообщили в ЦИК. Явка составила 62,9 %.",
     "В столице «за» проголосовали 80,2 %, в Алматы поддержка составила 55,6 %."),
]


@pytest.mark.parametrize(("lang", "title", "lead", "regions"), WIRES, ids=["en", "ru"])
def test_a_wire_of_a_referendums_days_reads_its_answers(lang: str, title: str, lead: str, regions: str) -> None:
    out = parse_page(release_page(title, lead, regions, lang=lang, date="2024-10-08"), lang)
    assert out.election is not None and out.election.election_id == "kz-2024-10-06-referendum"
    assert 70.4 in {r.vote_share_pct for r in out.results if r.region_name is None}
    assert not [t for t in out.turnout if t.region_name is not None]  # a region's "yes" is no turnout


def test_far_from_a_referendum_the_same_words_give_no_answer() -> None:
    out = parse_page(release_page(*WIRES[0][1:], lang="en", date="2023-03-21"), "en")
    assert not [r for r in out.results if r.contestant_name in {"Yes", "No"}]
