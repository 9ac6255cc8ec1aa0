"""One contestant per real contestant, whatever language and case a publication names it in — and never two
different people or parties merged. Names and parties here are invented (except the seed's, for its tests)."""

from __future__ import annotations

import random

import polars as pl
import pytest

from transforms.contestants import ContestantRegistry, read_mention, resolve_contestants
from transforms.parties import read_party, same_party
from transforms.persons import readings, same_person
from warehouse.migrate import sql_dir

SEED = pl.read_csv(sql_dir("seeds") / "contestants.csv", infer_schema=False)


def registry() -> ContestantRegistry:
    return ContestantRegistry.from_frame(SEED)


def election(names: list[tuple[str, str]], etype: str = "presidential", eid: str = "kz-2031-05-04-presidential"
             ) -> tuple[dict[str, str], ContestantRegistry]:
    """Resolve one election's names (name, language) together; returns name → id and the registry."""
    reg = registry()
    frame = pl.DataFrame({"election_id": [eid] * len(names), "election_type": [etype] * len(names),
                          "language": [lang for _, lang in names], "contestant_name": [n for n, _ in names]})
    ids = resolve_contestants(frame, reg)
    return dict(zip(ids["contestant_name"], ids["contestant_id"], strict=True)), reg


def row(reg: ContestantRegistry, cid: str) -> dict:
    return reg.rows[cid]


KUANYSHEV = [
    ("Куанышев Ерлан Бауыржанович", "ru"),
    ("Қуанышев Ерлан Бауыржанұлы", "kk"),
    ("Yerlan Kuanyshev", "en"),
    ("за Куанышева Ерлана", "ru"),  # accusative after «за»
    ("Куанышевым", "ru"),  # instrumental, surname only
    ("Қуанышевқа", "kk"),  # Kazakh dative suffix
    ("Qūanyşev Erlan", "kk"),  # the 2021 Kazakh Latin alphabet
    ("Kuanyshev's", "en"),
    ("Куанышев Е. Б.", "ru"),  # initials
]


def test_one_person_in_every_language_and_case() -> None:
    ids, reg = election(KUANYSHEV)
    assert len(set(ids.values())) == 1, ids
    person = row(reg, ids["Yerlan Kuanyshev"])
    assert (person["name_ru"], person["name_kk"], person["name_en"]) == (
        "Куанышев Ерлан Бауыржанович", "Қуанышев Ерлан Бауыржанұлы", "Yerlan Kuanyshev")
    assert person["names_derived"] is None


def test_the_nominative_wins_whatever_order_the_publications_come_in() -> None:
    names = [("Садыкову Айгерим", "ru"), ("Садыкова Айгерим Нурлановна", "ru"), ("Aigerim Sadykova", "en")]
    seen = set()
    for seed in range(4):
        shuffled = random.Random(seed).sample(names, len(names))
        ids, reg = election(shuffled)
        assert len(set(ids.values())) == 1
        person = row(reg, ids["Aigerim Sadykova"])
        seen.add((person["contestant_id"], person["name_ru"]))
    assert seen == {("aigerim-sadykova", "Садыкова Айгерим Нурлановна")}


def test_a_declined_form_alone_is_made_nominative_by_rule() -> None:
    ids, reg = election([("за Жаксыбекова Талгата Сериковича", "ru")])
    person = row(reg, ids["за Жаксыбекова Талгата Сериковича"])
    assert person["name_ru"] == "Жаксыбеков Талгат Серикович"
    assert person["name_en"] == "Talgat Zhaksybekov"
    assert person["names_derived"] == "name_en,name_ru"


SAME_SURNAME = [
    ("Садыков Марат Ержанович", "ru"), ("Садыкова Айгерим Нурлановна", "ru"),
    ("Садыкову Айгерим", "ru"), ("Садыкова Марата", "ru"), ("Садыковым", "ru"), ("Садыковой", "ru"),
    ("Marat Sadykov", "en"), ("Aigerim Sadykova", "en"),
]


def test_a_man_and_a_woman_of_one_surname_stay_two_people() -> None:
    ids, _ = election(SAME_SURNAME)
    marat, aigerim = ids["Садыков Марат Ержанович"], ids["Садыкова Айгерим Нурлановна"]
    assert marat != aigerim
    assert {ids[n] for n in ("Садыкова Марата", "Садыковым", "Marat Sadykov")} == {marat}
    assert {ids[n] for n in ("Садыкову Айгерим", "Садыковой", "Aigerim Sadykova")} == {aigerim}


def test_two_men_of_one_surname_are_told_apart_by_first_name_and_a_bare_surname_joins_neither() -> None:
    ids, _ = election([("Омаров Даурен Асхатович", "ru"), ("Омаров Бахыт Серикович", "ru"),
                       ("за Омарова Даурена", "ru"), ("Bakhyt Omarov", "en"), ("Омаровым", "ru")])
    dauren, bakhyt = ids["Омаров Даурен Асхатович"], ids["Омаров Бахыт Серикович"]
    assert dauren != bakhyt
    assert ids["за Омарова Даурена"] == dauren and ids["Bakhyt Omarov"] == bakhyt
    assert ids["Омаровым"] not in {dauren, bakhyt}  # could be either: not guessed


def test_different_patronymics_are_different_people() -> None:
    assert not same_person("Ахметов Серик Болатович", "Ахметов Серик Маратович", "ru", "ru")
    assert same_person("Ахметов Серик Болатович", "Ахметов Серік Болатұлы", "ru", "kk")


READINGS = [
    ("Токаева Касым-Жомарта Кемелевича", "ru", "Токаев Касым-Жомарт Кемелевич"),
    ("Ивановой Анны Петровны", "ru", "Иванова Анна Петровна"),
    ("Оспанову Меруерт", "ru", "Оспанова Меруерт"),  # a feminine first name in a consonant does not decline
    ("Ахметовым", "ru", "Ахметов"),
    ("Сериковтың", "kk", "Сериков"),
    ("Таспаев Амангельды", "ru", "Таспаев Амангельды"),  # a Kazakh first name that does not decline
]


@pytest.mark.parametrize(("written", "language", "nominative"), READINGS, ids=[r[0] for r in READINGS])
def test_the_likeliest_reading_is_the_nominative(written: str, language: str, nominative: str) -> None:
    assert readings(written, language)[0].display() == nominative


PARTIES = [
    ["Партия «Таза Булак»", "«Таза Бұлақ» партиясы", "Taza Bulak Party", "the Taza Bulak party",
     "«Таза Бұлақ» партиясына", "Taza Bulaq partiiasy"],
    ["Зеленая партия Казахстана", "Green Party of Kazakhstan", "Қазақстанның жасыл партиясы"],
    ["Народно-демократическая партия «Жарық Жол»", "«Жарық Жол» халықтық-демократиялық партиясы",
     "Zharyk Zhol People's Democratic Party", "Партия «Жарык Жол»"],
]


@pytest.mark.parametrize("spellings", PARTIES, ids=[p[2] for p in PARTIES])
def test_one_party_in_every_language(spellings: list[str]) -> None:
    languages = ["ru" if "парти" in s.lower() and "партиясы" not in s.lower() else "en" for s in spellings]
    ids, reg = election(list(zip(spellings, languages, strict=True)), "parliamentary",
                        "kz-2031-03-16-parliamentary")
    assert len(set(ids.values())) == 1, ids
    assert row(reg, ids[spellings[0]])["name_en"]


NEAR_MISSES = [
    ("Народная партия", "Народно-демократическая партия"),
    ("«Ак жол»", "«Ауыл»"),
    ("People's Party", "People's Democratic Party"),
    ("Партия «Таза Булак»", "Партия «Таза Жол»"),
    ("Партия «Алга»", "Партия «Алга Казахстан»"),
    ("Аграрная партия", "Аграрно-индустриальная партия"),
]


@pytest.mark.parametrize(("a", "b"), NEAR_MISSES, ids=[f"{a} vs {b}" for a, b in NEAR_MISSES])
def test_near_misses_are_two_parties(a: str, b: str) -> None:
    assert not same_party(read_party(a), read_party(b))
    ids, _ = election([(a, "ru"), (b, "ru")], "parliamentary", "kz-2031-03-16-parliamentary")
    assert ids[a] != ids[b]


SEEDED = [
    ("Ak Zhol Democratic Party", "en", "ak-zhol"),
    ("«Ақ жол»", "kk", "ak-zhol"),
    ("the Auyl party", "en", "auyl"),
    ("«Ауыл» партиясы", "kk", "auyl"),
    ("the Amanat party", "en", "nur-otan"),
    ("«AMANAT»", "ru", "nur-otan"),
    ("People's Party of Kazakhstan", "en", "communist-peoples-party-of-kazakhstan"),
    ("Халық партиясы", "kk", "communist-peoples-party-of-kazakhstan"),
    ("Народная партия Казахстана", "ru", "communist-peoples-party-of-kazakhstan"),
]


@pytest.mark.parametrize(("name", "language", "cid"), SEEDED, ids=[s[0] for s in SEEDED])
def test_seed_parties_in_english_and_cyrillic(name: str, language: str, cid: str) -> None:
    assert registry().resolve(name, "parliamentary", language) == cid


SEEDED_PEOPLE = [
    ("за Токаева Касым-Жомарта Кемелевича", "ru", "kassym-jomart-tokayev"),
    ("Назарбаеву", "ru", "nursultan-nazarbayev"),
    ("Тоқаевқа", "kk", "kassym-jomart-tokayev"),
    ("Косанова Амиржана", "ru", "amirzhan-kossanov"),
]


@pytest.mark.parametrize(("name", "language", "cid"), SEEDED_PEOPLE, ids=[s[0] for s in SEEDED_PEOPLE])
def test_seed_people_in_oblique_cases(name: str, language: str, cid: str) -> None:
    assert registry().resolve(name, "presidential", language) == cid


def test_seed_names_are_nominative_so_no_run_rewrites_them() -> None:
    for seed_row in SEED.filter(pl.col("contestant_type") == "candidate").iter_rows(named=True):
        for language in ("ru", "kk", "en"):
            name = seed_row[f"name_{language}"]
            assert read_mention(name, "presidential", language).nominative() is not None, name


def test_a_declined_name_an_earlier_run_stored_is_replaced_by_the_nominative() -> None:
    stored = pl.DataFrame([{"contestant_id": "meruert-kasenova", "contestant_type": "candidate",
                            "name_en": None, "name_ru": "Касенову Меруерт", "name_kk": None, "names_derived": None}])
    reg = ContestantRegistry.from_frame(pl.concat([SEED, stored], how="diagonal"))
    ids = reg.resolve_election([("Касенова Меруерт Ерболовна", "presidential", "ru"),
                                ("Meruert Kassenova", "presidential", "en")])
    assert set(ids.values()) == {"meruert-kasenova"}
    updated = reg.new_contestants().row(0, named=True)
    assert (updated["name_ru"], updated["name_en"]) == ("Касенова Меруерт Ерболовна", "Meruert Kassenova")
    assert updated["names_derived"] is None


def test_against_all_and_answers_are_never_people_or_parties() -> None:
    ids, _ = election([("Против всех", "ru"), ("Бәріне қарсымын", "kk"), ("Against all", "en")])
    assert set(ids.values()) == {"against-all"}
    ids, _ = election([("«Да»", "ru"), ("«Иә»", "kk"), ("Yes", "en"), ("«Нет»", "ru")], "referendum",
                      "kz-2031-06-01-referendum")
    assert {ids["«Да»"], ids["«Иә»"], ids["Yes"]} == {"yes"} and ids["«Нет»"] == "no"


def test_a_bare_surname_two_candidates_share_is_not_given_to_the_seed_either() -> None:
    ids, _ = election([("Назарбаев Ерлан Маратович", "ru"), ("Назарбаева Дана Маратовна", "ru"),
                       ("Назарбаеву", "ru")])  # his dative or her accusative
    assert len({ids["Назарбаев Ерлан Маратович"], ids["Назарбаева Дана Маратовна"], ids["Назарбаеву"]}) == 3
    assert "nursultan-nazarbayev" not in ids.values()


def test_the_2021_latin_alphabet_in_kazakh_order() -> None:
    ids, reg = election([("Qūanyşev Erlan Bauyrjanūly", "kk"), ("Куанышев Ерлан Бауыржанович", "ru")])
    assert len(set(ids.values())) == 1
    assert row(reg, ids["Куанышев Ерлан Бауыржанович"])["name_en"] == "Erlan Kuanyshev"  # derived: no English page


def test_a_party_only_kazakh_and_russian_pages_name_gets_an_english_name_by_rule() -> None:
    ids, reg = election([("«Көк Жайлау» партиясы", "kk"), ("Партия «Кок Жайлау»", "ru")], "parliamentary",
                        "kz-2031-03-16-parliamentary")
    party = row(reg, ids["«Көк Жайлау» партиясы"])
    assert (party["contestant_id"], party["name_en"], party["names_derived"]) == (
        "kok-zhaylau", "Kok Zhaylau Party", "name_en")
    assert (party["name_ru"], party["name_kk"]) == ("Партия «Кок Жайлау»", "«Көк Жайлау» партиясы")


def test_an_english_page_later_replaces_the_derived_english_name() -> None:
    stored = pl.DataFrame([{"contestant_id": "kok-zhailau", "contestant_type": "party", "name_en": "Kok Zhailau Party",
                            "name_ru": "Партия «Кок Жайлау»", "name_kk": None, "names_derived": "name_en"}])
    reg = ContestantRegistry.from_frame(pl.concat([SEED, stored], how="diagonal"))
    ids = reg.resolve_election([("the Kok Zhaylau party", "parliamentary", "en"),
                                ("Kok Zhaylau Party", "parliamentary", "en")])
    assert set(ids.values()) == {"kok-zhailau"}
    updated = reg.new_contestants().row(0, named=True)
    assert (updated["name_en"], updated["names_derived"]) == ("Kok Zhaylau Party", None)


@pytest.mark.parametrize(
    ("names", "seed_id"),
    [
        ([("Party of Patriots", "en"), ("Партия патриотов Казахстана", "ru"), ("Қазақстан патриоттары партиясы", "kk")],
         "party-of-patriots-of-kazakhstan"),
        ([('Social Democratic Party "Aul"', "en"), ("Партия «Ауыл»", "ru")], "auyl"),
        ([("All-National Social Democratic Party", "en"), ("ОСДП", "ru")], "nationwide-social-democratic-party"),
        ([("CPP", "en"), ("Коммунистическая народная партия Казахстана", "ru")],
         "communist-peoples-party-of-kazakhstan"),
    ],
    ids=["patriots-genitive-plural", "aul-older-spelling", "all-national-translation", "cpp-initials"],
)
def test_a_seed_party_under_its_other_names_is_the_seed_party(names: list[tuple[str, str]], seed_id: str) -> None:
    """Wires write a party by an older spelling, another translation or its initials: one seed party, never a
    second contestant beside it in the marts."""
    ids, _ = election(names, "parliamentary", "kz-2012-01-15-parliamentary")
    assert set(ids.values()) == {seed_id}, ids
