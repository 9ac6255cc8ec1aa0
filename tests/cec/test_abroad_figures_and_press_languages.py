"""Figures of the voters and stations abroad are no area's and no national figure; a copy outside the CEC's site (a
news agency's page, no language prefix in its URL) is read in the language its words are written in, whatever its
template declares (pages and sentences invented)."""

from __future__ import annotations

import pytest

from sources.cec.release import parse_release

NEWS_URL = "https://news.example.kz/politics/2022/11/20/turnout-at-two"


def _news_page(title: str, *paragraphs: str, lang: str | None = None) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    declared = f' lang="{lang}"' if lang else ""
    return (f"<html{declared}><head><title>{title} | Example News</title></head><body><nav>Главная | Политика</nav>"
            f"<main><h1>{title}</h1><div class='dateline'>20.11.2022 14:35</div>{body}</main>"
            "<footer>© Example News</footer></body></html>").encode()


@pytest.mark.parametrize(("lang", "title", "paragraphs"), [
    ("ru", "Явка на 10:00", ["По состоянию на 10:00 проголосовали 18,4 % избирателей.",
                             "Голосование проходит на 10 101 избирательном участке, в том числе 68 за рубежом.",
                             "На 71 участке за рубежом уже проголосовали 3 200 граждан."]),
    ("kk", "Сағат 10:00-дегі белсенділік", ["Сағат 10:00-дегі жағдай бойынша сайлаушылардың 18,4 пайызы дауыс берді.",
                                            "Дауыс беру 10 101 сайлау учаскесінде өтеді, оның ішінде 68-і шетелде.",
                                            "Шетелде 3 200 азамат дауыс берді."]),
    ("en", "Turnout at 10:00", ["As of 10:00, 18.4 per cent of voters had cast their ballots.",
                                "Voting is under way at 10,101 polling stations, including 68 abroad.",
                                "Abroad, 3,200 citizens have already voted."]),
], ids=["ru", "kk", "en"])
def test_figures_abroad_are_recorded_not_loaded(lang: str, title: str, paragraphs: list[str]) -> None:
    e = parse_release(_news_page(title, *paragraphs, lang=lang), "doc", NEWS_URL)
    assert [(t.region_name, t.turnout_pct) for t in e.turnout if t.turnout_pct] == [(None, 18.4)]
    assert not any(t.ballots_cast == 3200 or t.polling_stations == 68 for t in e.turnout)
    abroad = {u.figure for u in e.unread if "abroad" in u.reason}
    assert {"68", "3 200", "3,200"} & abroad and any(f.startswith("68") for f in abroad), e.unread


@pytest.mark.parametrize(("declared", "paragraphs", "language"), [
    (None, ["Turnout in the presidential election reached 51.4 per cent by 2 p.m., the CEC said."], "en"),
    ("ru", ["Turnout in the presidential election reached 51.4 per cent by 2 p.m., the CEC said."], "en"),
    (None, ["Сағат 14:00-дегі жағдай бойынша сайлаушылардың 51,4 пайызы дауыс берді."], "kk"),
    ("en", ["По состоянию на 14:00 явка составила 51,4 процента."], "ru"),
], ids=["en-undeclared", "en-under-a-russian-template", "kk-undeclared", "ru-under-an-english-template"])
def test_a_press_copy_is_read_in_the_language_it_is_written_in(declared: str | None, paragraphs: list[str],
                                                               language: str) -> None:
    e = parse_release(_news_page("Turnout" if language == "en" else "Явка", *paragraphs, lang=declared), "doc",
                      NEWS_URL)
    assert e.language == language
    assert [t.turnout_pct for t in e.turnout if t.region_name is None] == [51.4]
