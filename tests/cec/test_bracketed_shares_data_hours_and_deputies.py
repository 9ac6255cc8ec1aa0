"""A share in brackets right after a count is that count's contestant's, whatever verb follows the bracket; a bracket
closed after a share keeps a threshold word after it away; "will have N deputies" is seats; "of the voters who
took part" is a share's base, not a turnout; the hour the count's data came in the morning after is no hour of the
voting day (invented releases, in the CEC's shapes, three languages)."""

from __future__ import annotations

from sources.records import Extraction

from .releases import parse_page, release_page


def _results(extraction: Extraction) -> dict[str, tuple[int | None, float | None, int | None]]:
    return {r.contestant_name.strip("«»"): (r.votes, r.vote_share_pct, r.seats)
            for r in extraction.results if r.region_name is None}


def test_a_bracketed_share_after_a_kazakh_count_is_that_answers() -> None:
    page = release_page("Республикалық референдумның алдын ала қорытындылары туралы",
                        "«Иә» деп 5 212 400 адам (71,4 пайыз) дауыс берді, «Жоқ» деп – 1 838 100 адам (25,2 пайыз).",
                        lang="kk", date="2022-06-06")
    assert _results(parse_page(page, "kk")) == {"Иә": (5212400, 71.4, None), "Жоқ": (1838100, 25.2, None)}


def test_a_threshold_word_after_a_closed_bracket_leaves_the_share() -> None:
    page = release_page("ЦИК установил итоги выборов депутатов Курултая",
                        "Партия «Аманат» набрала 3 514 220 голосов (52,1 %).",
                        "ОСДП (297 833, 4,32 %) и партия «Байтак» (126 402, 1,83 %) пятипроцентный барьер не "
                        "преодолели.", date="2026-08-28")
    shares = {name: share for name, (_, share, _) in _results(parse_page(page)).items()}
    assert [share for name, share in shares.items() if "Байтак" in name] == [1.83]


def test_deputies_to_come_are_seats() -> None:
    page = release_page("CEC: final results of Mazhilis elections",
                        "The ruling Nur Otan party won 80.9 percent (5,402,114 votes) and 83 seats. Ak Zhol gained "
                        "502,210 votes, or 7.52 percent, which gives it 8 seats, while the Communist People's Party "
                        "of Kazakhstan, with 481,006 votes (7.2%), will have 7 deputies.", lang="en",
                        date="2012-01-20")
    assert _results(parse_page(page, "en"))["Communist People's Party of Kazakhstan"] == (481006, 7.2, 7)


def test_the_share_of_the_voters_who_took_part_is_the_candidates() -> None:
    page = release_page("CEC establishes the final results of the presidential election",
                        "The turnout was 77.02 per cent.",
                        "Nursultan Nazarbayev received 6,140,112 votes, or 91.15 per cent of the voters who took part. "
                        "Zharmakhan Tuyakbay came second with 441,934 votes (6.56%).", lang="en", date="2005-12-09")
    extraction = parse_page(page, "en")
    assert _results(extraction)["Nursultan Nazarbayev"] == (6140112, 91.15, None)
    assert {t.turnout_pct for t in extraction.turnout if t.region_name is None} == {77.02}


def test_the_hour_the_counts_data_came_in_is_no_voting_hour() -> None:
    page = release_page("О предварительных итогах выборов Президента Республики Казахстан",
                        "По предварительным данным, поступившим из территориальных избирательных комиссий на 6.00 "
                        "5 декабря, в списки было включено 8 790 112 избирателей, в голосовании приняли участие "
                        "6 702 400 человек, или 76,25 процента.",
                        "За Назарбаева Нурсултана Абишевича проголосовали 6 080 000 избирателей (90,7 процента), за "
                        "Туякбая Жармахана Айтбаевича – 440 000 (6,56 процента).", date="2005-12-05")
    national = [t for t in parse_page(page).turnout if t.region_name is None]
    assert national and all(t.as_of is None for t in national)
    assert {t.ballots_cast for t in national} >= {6702400}
