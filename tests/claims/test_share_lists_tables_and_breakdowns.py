"""Finding and reporter shapes three blind batches used: shares whose base is said once for a list, a base written
before "наблюдавшихся участков", station counts fronting their own finding or in brackets, footnote lines printed in
the body, a breakdown whose verb is said once, a part upheld without a noun, warnings to officials, the view of the
count blocked, a main clause after a fronted participial one, falsified results, Kazakh stems that voice before a
suffix, and reporters: "the latter", a speaker named after a closed quotation, "reports of X" (what is reported),
bare "observers" after independent observers were named, "Их список опубликовала X", a class of source with its
name in quotes, and a sentence cut by hard line breaks.

Every sentence here is invented for this file, in the shapes such publications use.
"""

from __future__ import annotations

import pytest

from sources.records import Language

from .documents import detention_row, infraction_row, read

ODIHR = "ODIHR"
CEC = "CEC"
PGO = "Prosecutor General's Office"


def _infractions(*paragraphs: str, language: Language = "en") -> list[tuple[object, ...]]:
    return [infraction_row(c) for c in read(*paragraphs, language=language)[1]]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "In 8 per cent of polling stations observed, observers noted ballot box stuffing, and in 12 per cent, "
            "seemingly identical signatures; group voting was seen in 6 per cent.",
            "en",
        ),
        (
            "В 8 процентах наблюдений наблюдатели отметили вбросы бюллетеней, а в 12 процентах — одинаковые подписи; "
            "групповое голосование отмечено в 6 процентах.",
            "ru",
        ),
    ],
    ids=["en", "ru"],
)
def test_a_base_of_observations_said_once_for_a_list_of_shares(text: str, language: Language) -> None:
    assert _infractions(text, language=language) == [
        ("ballot_box_stuffing", "share_of_observations_pct", 8, "exact", ODIHR),
        ("identical_signatures", "share_of_observations_pct", 12, "exact", ODIHR),
        ("group_voting", "share_of_observations_pct", 6, "exact", ODIHR),
    ]


def test_a_share_with_a_base_of_its_own_is_no_share_of_observations() -> None:
    rows = _infractions("The count was assessed negatively in 14 per cent of polling stations observed, and in 9 per "
                        "cent of the ballots cast the stamp was missing.")  # fmt: skip
    assert rows == [("counting_irregularity", "share_of_observations_pct", 14, "exact", ODIHR)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Подсчёт был оценён отрицательно на каждом четвёртом из 80 наблюдавшихся участков.", "ru"),
        ("The count was assessed negatively in one in four of the 80 polling stations observed.", "en"),
    ],
    ids=["ru-kazhdom-chetvyortom-iz", "en-one-in-four-of"],
)
def test_a_share_whose_base_stands_between_it_and_the_observations(text: str, language: Language) -> None:
    claims = read(text, language=language)[1]
    assert [(c.category, c.measure, c.value, c.base) for c in claims] == [
        ("counting_irregularity", "share_of_observations_pct", 25, 80)
    ]


@pytest.mark.parametrize(
    ("paragraphs", "language"),
    [
        (
            [
                "Observers noted family voting in 11 polling stations.31",
                "31 In 6 polling stations the chairperson did not announce the results, and in 3 the results protocol "
                "had been signed in advance.",
            ],
            "en",
        ),
        (["На 6 участках председатели не огласили результаты, а на 3 — протоколы были подписаны заранее."], "ru"),
    ],
    ids=["en-footnote-line-in-the-body", "ru-fronted-items"],
)
def test_station_counts_fronting_their_own_finding(paragraphs: list[str], language: Language) -> None:
    rows = [r for r in _infractions(*paragraphs, language=language) if r[0] == "counting_irregularity"]
    assert rows == [
        ("counting_irregularity", "polling_stations", 6, "exact", ODIHR),
        ("counting_irregularity", "polling_stations", 3, "exact", ODIHR),
    ]


def test_a_footnote_number_opening_a_body_line_is_no_count() -> None:
    rows = _infractions(
        "Observers noted family voting in 11 polling stations.31",
        "31 Including ballots issued to voters without identity documents in 4 polling stations.",
    )
    assert [r[2] for r in rows] == [11, 4]


def test_a_bracketed_count_takes_the_unit_of_the_bracket_before() -> None:
    rows = _infractions("Observers noted ballot box stuffing (in 12 polling stations), group voting (7) and seemingly "
                        "identical signatures (4).")  # fmt: skip
    assert rows == [
        ("ballot_box_stuffing", "polling_stations", 12, "exact", ODIHR),
        ("group_voting", "polling_stations", 7, "exact", ODIHR),
        ("identical_signatures", "polling_stations", 4, "exact", ODIHR),
    ]


def test_a_breakdown_whose_verb_is_said_once_and_the_part_upheld() -> None:
    rows = _infractions(
        "The CEC received 40 complaints, of which 18 concerned campaigning by public officials, 12 the "
        "voter lists and 10 the obstruction of observers; the CEC said that 6 had been upheld."
    )
    assert rows == [
        ("mixed", "complaints", 40, "exact", CEC),
        ("illegal_campaigning", "complaints", 18, "exact", CEC),
        ("other", "complaints", 12, "exact", CEC),
        ("observer_obstruction", "complaints", 10, "exact", CEC),
        ("mixed", "violations", 6, "exact", CEC),
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The CEC received 30 complaints after election day and upheld 4 of them.", "en"),
        ("ЦИК получила 30 жалоб и удовлетворила 4 из них.", "ru"),
    ],
    ids=["en-upheld-n-of-them", "ru-udovletvorila"],
)
def test_the_authority_upholding_a_part(text: str, language: Language) -> None:
    rows = _infractions(text, language=language)
    assert ("mixed", "violations", 4, "exact", CEC) in rows, rows


def test_warnings_to_officials_are_people_sanctioned_not_the_cases_before() -> None:
    rows = _infractions("Prosecutors opened 8 administrative cases for campaign violations and warned 25 akims "
                        "against using their office for campaigning.")  # fmt: skip
    assert sorted(rows) == [
        ("illegal_campaigning", "administrative_cases", 8, "exact", PGO),
        ("illegal_campaigning", "persons_sanctioned", 25, "exact", PGO),
    ]


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("В 9 случаях наблюдателям не дали возможности видеть процесс подсчёта голосов.", "ru", 9),
        ("In 6 cases observers were not able to follow the counting procedures.", "en", 6),
        ("Бірнеше жағдайда бақылаушыларға санау процесін көруге мүмкіндік берілмеді.", "kk", None),
    ],
    ids=["ru", "en", "kk"],
)
def test_the_view_of_the_count_blocked_is_obstruction(text: str, language: Language, value: int | None) -> None:
    rows = _infractions(text, language=language)
    assert [(r[0], r[2]) for r in rows] == [("observer_obstruction", value)]


@pytest.mark.parametrize(
    "text",
    ["Observers did not see any ballot box stuffing.", "Наблюдатели не смогли увидеть нарушений."],
    ids=["en-saw-none", "ru-saw-none"],
)
def test_seeing_no_finding_is_no_obstruction(text: str) -> None:
    assert _infractions(text, language="ru" if text[0] == "Н" else "en") == []


def test_a_recommendation_after_a_fronted_finding_does_not_cancel_it() -> None:
    rows = _infractions("Noting that serious irregularities were observed during the count, the mission recommends "
                        "that the law be amended to prevent fraud.")  # fmt: skip
    assert rows == [("counting_irregularity", "observed", None, "observed", ODIHR)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("A senior official said the mission had reported several instances of falsification of results.", "en"),
        ("Наблюдатели сообщили о фальсификации итогов голосования на нескольких участках.", "ru"),
        ("Later the official results were found to contradict the protocols the observers held.", "en"),
    ],
    ids=["en-falsification-of-results", "ru-falsifikatsiya-itogov", "en-results-contradict-protocols"],
)
def test_falsified_results_are_a_counting_irregularity(text: str, language: Language) -> None:
    assert [r[0] for r in _infractions(text, language=language)] == ["counting_irregularity"]


def test_kazakh_stems_voice_before_a_suffix() -> None:
    rows = _infractions("Сайлау барысында 17 заңбұзушылығы анықталды.", language="kk")
    assert [(r[1], r[2]) for r in rows] == [("violations", 17)]


# --- reporters ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "reporter"),
    [
        (
            "Наблюдателей направили три группы: «Адал», сеть «Голос» и «Лига избирателей». Участники последней "
            "работали на 40 участках и выявили 12 нарушений.",
            "ru",
            "Лига избирателей",
        ),
        (
            "Observers were fielded by the Free Vote Coalition and the Clean Count Foundation. The latter's monitors "
            "recorded 14 violations.",
            "en",
            "Clean Count Foundation",
        ),
        (
            "Бақылауға екі ұйым қатысты: «Таза дауыс» және «Ашық санау». Соңғысының бақылаушылары 9 заңбұзушылықты "
            "тіркеді.",
            "kk",
            "Ашық санау",
        ),
    ],
    ids=["ru-uchastniki-posledney", "en-the-latters", "kk-songysynyn"],
)
def test_the_latter_is_the_last_organisation_named_before(text: str, language: Language, reporter: str) -> None:
    assert [r[4] for r in _infractions(text, language=language)] == [reporter]


def test_a_speaker_named_after_a_closed_quotation_speaks_for_it() -> None:
    rows = _infractions("«Мы выявили 15 нарушений. Все материалы переданы в прокуратуру», – сказал Ахметов в кулуарах "
                        "парламента.", language="ru")  # fmt: skip
    assert [(r[2], r[4]) for r in rows] == [(15, "Ахметов")]


def test_what_reports_are_of_is_not_their_source() -> None:
    detentions, _ = read("Dozens of protesters were detained in Almaty, with reports of independent observers being "
                         "denied access at some polling stations.")  # fmt: skip
    assert [detention_row(c)[4] for c in detentions] == [ODIHR]


def test_bare_observers_after_independent_observers_were_named_are_those_observers() -> None:
    rows = _infractions("Independent observers recorded violations at many stations. According to the observers, "
                        "ballot box stuffing was widespread.")  # fmt: skip
    assert ("ballot_box_stuffing", "observed", None, "observed", "independent observers") in rows, rows


def test_a_list_published_by_its_source_names_the_source_of_the_count_before() -> None:
    detentions, _ = read("Более десяти активистов были задержаны накануне праздника. Их список опубликовала "
                         "правозащитница Анна Иванова.", language="ru")  # fmt: skip
    assert [detention_row(c)[4] for c in detentions] == ["правозащитница Анна Иванова"]


def test_a_sentence_cut_by_hard_line_breaks_is_read_whole() -> None:
    rows = _infractions("Our observations tracked with the OSCE's, in that observers witnessed a",
                        "range of minor violations at several stations.")  # fmt: skip
    assert [(r[0], r[1]) for r in rows] == [("mixed", "observed")]


def test_a_quotation_closed_by_a_name_with_an_apposition_is_the_speakers() -> None:
    detentions, _ = read(
        "“300 people were detained on the first day, 120 of them were fined. On the second day police held 90 "
        "people,” Aidos Serik, a spokesman for the Interior Ministry, said.",
    )
    assert [(c.detained_min, c.reported_by) for c in detentions][:2] == [
        (300, "Ministry of Internal Affairs"),
        (90, "Ministry of Internal Affairs"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "About 400 protesters were detained in the capital, currenttime.tv reports.",
        "About 400 protesters were detained in the capital, Vlast.kz reported.",
    ],
    ids=["tv-address", "kz-address"],
)
def test_a_web_address_reporting_is_the_source(text: str) -> None:
    detentions, _ = read(text)
    assert [c.reported_by.lower() for c in detentions] == [text.split(", ")[1].split()[0].lower()]


@pytest.mark.parametrize(
    ("paragraph", "language"),
    [
        ("Прокуратура органдарына 5 өтініш түсті. Екі өтініште заңды түсіндіру сұранысы болған.", "kk"),
        ("В прокуратуру поступило 5 обращений. В двух обращениях содержалась просьба разъяснить закон.", "ru"),
    ],
    ids=["kk-locative", "ru-v-dvuh-obrashcheniyah"],
)
def test_what_some_of_the_counted_contained_is_no_new_count(paragraph: str, language: Language) -> None:
    assert [r[2] for r in _infractions(paragraph, language=language)] == [5]


@pytest.mark.parametrize(
    ("text", "reporter"),
    [
        ("The Embassy fielded 25 observers in six cities. In that sense observers witnessed a variety of relatively "
         "minor violations.", "Embassy observers"),
        ("The IEOM deployed 352 observers from 41 countries. Observers noted ballot box stuffing in 12 polling "
         "stations.", ODIHR),
    ],
    ids=["a-body-of-its-own", "the-mission-itself"],
)
def test_bare_observers_are_those_of_the_body_that_fielded_them(text: str, reporter: str) -> None:
    assert [r[4] for r in _infractions(text)] == [reporter]


def test_one_observer_of_a_named_group_speaks_for_the_group() -> None:
    rows = _infractions("«Наблюдатель из @cleanvote (сеть наблюдателей), участок 12, зафиксировал, как в урну "
                        "бросили пачку бюллетеней», — говорится в описании к видео.", language="ru")  # fmt: skip
    assert [(r[0], r[4]) for r in rows] == [("ballot_box_stuffing", "@cleanvote")]


def test_a_headlines_finding_given_again_with_its_source_is_said_once() -> None:
    rows = _infractions(
        "Вброс бюллетеней попал на видео в Таразе",
        "Наблюдатели от «Адал сайлау» зафиксировали вброс бюллетеней на участке 7.",
        language="ru",
    )
    assert [(r[0], r[4]) for r in rows] == [("ballot_box_stuffing", "Адал сайлау")]


def test_a_source_after_a_long_parenthesis_and_a_role_before_a_name() -> None:
    detentions, _ = read("Более десяти активистов были задержаны накануне праздника. Их список опубликовала на своей "
                         "странице (соцсеть, которую в ряде стран блокируют по решению суда) правозащитница Анна "
                         "Иванова.", language="ru")  # fmt: skip
    assert [detention_row(c)[4] for c in detentions] == ["правозащитница Анна Иванова"]


def test_a_written_bound_said_in_the_headline_is_the_leads_row_with_its_source() -> None:
    detentions, _ = read(
        "Свыше двадцати активистов задержали в Актобе",
        "Более двадцати активистов были задержаны 5 мая, сообщила правозащитница Анна Иванова.",
        language="ru",
    )
    sources = {detention_row(c)[4] for c in detentions}
    assert len(detentions) == 1 and len(sources) == 1 and "Иванова" in sources.pop()


@pytest.mark.parametrize(
    ("text", "language", "category", "measure"),
    [
        ("Студенты сообщили наблюдателям, что их вынуждали участвовать в митингах и голосовать за кандидата.", "ru",
         "pressure_on_voters", "observed"),
        ("Днём с участка №5 удаляют второго наблюдателя.", "ru", "observer_obstruction", "observed"),
        ("Сайлау басталғаннан бері 7 заң бұзу фактісі тіркелді.", "kk", "mixed", "violations"),
        ("Тұрғындардан 12 арыз түскен.", "kk", "mixed", "complaints"),
        ("Олар тыйым салынған кезде сайлау алдындағы үгітті жүргізген.", "kk", "illegal_campaigning", "observed"),
        ("Комиссия мүшесі сайлаушыға біреуден артық бюллетень берген.", "kk", "multiple_ballots_issued", "observed"),
    ],
    ids=["ru-vynuzhdali", "ru-udalyayut-nablyudatelya", "kk-zan-buzu-faktisi", "kk-aryz", "kk-tyiym-kezde-ugit",
         "kk-bireuden-artyq"],
)  # fmt: skip
def test_batch_ad_wordings(text: str, language: Language, category: str, measure: str) -> None:
    assert [(r[0], r[1]) for r in _infractions(text, language=language)] == [(category, measure)]


def test_a_kind_most_of_a_count_concerns_leaves_the_count_mixed() -> None:
    rows = _infractions("The CEC said it had received 97 complaints, most of them about the misuse of administrative "
                        "resources.")  # fmt: skip
    assert rows == [("mixed", "complaints", 97, "exact", CEC)]


@pytest.mark.parametrize(
    ("text", "language", "reporter"),
    [
        ("Police detained several dozen people in the square, Fergana’s correspondent reports.", "en",
         "Fergana’s correspondent"),
        ("Полицейские задержали несколько десятков человек у акимата, передает корреспондент Sputnik Казахстан.", "ru",
         "корреспондент Sputnik Казахстан"),
        # the outlet's name without a possessive, after an article that is no part of it
        ("A Kapital reporter saw officers push at least 14 people into a waiting van outside the akimat.", "en",
         "Kapital"),
        ("Police held some 30 protesters near the square, the Orda correspondent said.", "en", "Orda correspondent"),
    ],
    ids=["en-correspondent-reports", "ru-peredaet-korrespondent", "en-outlet-reporter-saw", "en-the-outlet-said"],
)  # fmt: skip
def test_an_outlets_correspondent_is_the_source(text: str, language: Language, reporter: str) -> None:
    detentions, _ = read(text, language=language)
    assert [c.reported_by for c in detentions] == [reporter]


def test_detentions_of_a_named_group_by_noun() -> None:
    detentions, _ = read("There was intimidation and detentions of campaign staff of opposition candidates.")
    assert [(c.qualifier, c.subject, c.subject_as_written) for c in detentions] == [
        ("uncounted", "people", "campaign staff")
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        pytest.param("Observers saw group voting in 11 per cent and ballot box stuffing in 4 per cent of polling "
                     "stations observed.", "en", id="en-base-after-the-last-share"),
        pytest.param("Наблюдатели отметили групповое голосование в 11 процентах, а вброс бюллетеней в 4 процентах "
                     "наблюдавшихся участков.", "ru", id="ru-base-after-the-last-share"),
    ],
)
def test_the_base_of_observations_said_after_the_last_share_serves_the_list(text: str, language: str) -> None:
    _, infractions = read(text, language=language)  # type: ignore[arg-type]
    assert {(i.category, i.measure, i.value) for i in infractions} == {
        ("group_voting", "share_of_observations_pct", 11.0),
        ("ballot_box_stuffing", "share_of_observations_pct", 4.0),
    }


def test_a_share_with_a_base_of_its_own_takes_no_later_base() -> None:
    _, infractions = read("In 11 per cent of the ballots the mark was unclear, and ballot box stuffing was seen in "
                          "4 per cent of polling stations observed.")
    assert [(i.category, i.value) for i in infractions] == [("ballot_box_stuffing", 4.0)]
