"""A table of areas whose last row is the country by name ("Kazakhstan", "Республика Казахстан", "Қазақстан
Республикасы") gives that row to the country, as a "Total" row would be (tables invented)."""

from __future__ import annotations

import pytest

from tests.cec.releases import parse_page, release_page


def _table(head: tuple[str, str, str], rows: list[tuple[str, str, str]]) -> str:
    cells = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in rows)
    return f"<table><tr><th>{head[0]}</th><th>{head[1]}</th><th>{head[2]}</th></tr>{cells}</table>"


@pytest.mark.parametrize(("lang", "lead", "head", "areas", "country"), [
    ("en", "Final results of the October 6 referendum by region:", ("Region", "Yes", "No"),
     [("Abai", "77.81", "20.12"), ("Almaty city", "52.11", "45.6")], "Kazakhstan"),
    ("ru", "Итоги республиканского референдума 6 октября 2024 года по регионам:", ("Регион", "Да", "Нет"),
     [("Абайская область", "77,81", "20,12"), ("г. Алматы", "52,11", "45,6")], "Республика Казахстан"),
    ("kk", "2024 жылғы 6 қазандағы республикалық референдум қорытындысы өңірлер бойынша:", ("Өңір", "Иә", "Жоқ"),
     [("Абай облысы", "77,81", "20,12"), ("Алматы қаласы", "52,11", "45,6")], "Қазақстан Республикасы"),
], ids=["en", "ru", "kk"])
def test_the_countrys_row_is_national(lang: str, lead: str, head: tuple[str, str, str],
                                      areas: list[tuple[str, str, str]], country: str) -> None:
    yes, no = ("71.12", "26.15") if lang == "en" else ("71,12", "26,15")
    table = _table(head, [*areas, (country, yes, no)])
    out = parse_page(release_page("Итоги" if lang != "en" else "Results", lead, table, lang=lang, date="2024-10-10"),
                     lang)
    national = sorted(r.vote_share_pct for r in out.results if r.region_name is None)
    assert national == [26.15, 71.12]
    assert len([r for r in out.results if r.region_name is not None]) == 4
