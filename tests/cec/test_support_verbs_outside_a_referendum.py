"""A verb of support around a figure ("«Тулпар» партиясын 691 375 адам (10,90%) қолдады", "поддержали 12,4 %
избирателей") is an answer's only in a referendum; in a Mazhilis or presidential election it gives the figure to
the party or candidate named before it, never to a «Иә»/«Да» (sentences invented)."""

from __future__ import annotations

from tests.cec.releases import parse_page, release_page


def _results(lang: str, *paragraphs: str, date: str = "2023-03-28") -> dict[str, tuple]:
    out = parse_page(release_page("Қорытынды" if lang == "kk" else "Итоги", *paragraphs, lang=lang, date=date), lang)
    return {r.contestant_name: (r.votes, r.vote_share_pct) for r in out.results if r.region_name is None}


def test_a_kazakh_support_verb_gives_the_party_its_votes() -> None:
    found = _results("kk", "ОСК 2023 жылғы 19 наурыздағы Мәжіліс депутаттарын сайлаудың қорытындысын шығарды.",
                     "«Тулпар» партиясы үшін 3 431 855 сайлаушы дауыс берді (53,90%). «Шугыла» партиясын 691 375 "
                     "адам (10,90%) қолдады.")
    assert (691_375, 10.9) in found.values()
    assert not [name for name in found if "Иә" in name or "иә" in name]


def test_in_a_referendum_the_same_verb_is_the_answer() -> None:
    found = _results("kk", "2024 жылғы 6 қазандағы республикалық референдумның алдын ала қорытындысы шықты.",
                     "Атом электр станциясын салуды 5 561 937 адам (71,12%) қолдады.", date="2024-10-07")
    assert found.get("«Иә»") == (5_561_937, 71.12) or (5_561_937, 71.12) in found.values()
