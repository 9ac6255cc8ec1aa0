"""Rules found by reading press copies, officials' statements and missions' findings outside the repository: the
article of a code naming the offence, members of a group detained, "the number of detainees" as a topic, Kazakh
qualifiers and typing, nominal negation, assessments "viewed as" bad, the reporter of a headline, of a quote and of
a person introduced with an institution.

Every sentence here is invented for this file, in the shapes such publications use.
"""

from __future__ import annotations

import datetime as dt

import pytest

from sources.claims.quantities import find_quantities
from sources.claims.statutes import PROTEST, statute_kind

from .documents import detention_row, infraction_row, read

ON = dt.date(2023, 3, 19)


def _language(text: str) -> str:
    if any(ch in text for ch in "әіңғүұқөһ"):
        return "kk"
    return "ru" if any("а" <= ch.lower() <= "я" for ch in text) else "en"


def infractions(*paragraphs: str) -> list[tuple[object, ...]]:
    return [infraction_row(c) for c in read(*paragraphs, language=_language(paragraphs[0]))[1]]  # type: ignore[arg-type]


def detentions(*paragraphs: str) -> list[tuple[object, ...]]:
    return [detention_row(c) for c in read(*paragraphs, language=_language(paragraphs[0]))[0]]  # type: ignore[arg-type]


# --- the article of a code names the offence -------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("fined under Article 110 of the Code of Administrative Offences", "multiple_ballots_issued"),
        ("penalised under Article 112 of the Administrative Code", "illegal_campaigning"),
        ("under Article 110.", "multiple_ballots_issued"),
        ("привлечены к ответственности по статье 110 КоАП РК", "multiple_ballots_issued"),
        ("оштрафованы по ст. 488 КоАП", PROTEST),
        ("Әкімшілік құқық бұзушылық туралы кодекстің 110-бабы бойынша", "multiple_ballots_issued"),
        ("Article 33 of the Constitution", None),
        ("по статье 110 Уголовного кодекса", None),
        ("Қылмыстық кодекстің 110-бабы", None),
        ("under Article 999 of the Administrative Code", None),
    ],
    ids=["en-code", "en-media-article", "en-bare", "ru-koap", "ru-assemblies", "kk-code", "en-constitution",
         "ru-criminal-code", "kk-criminal-code", "unknown-article"],
)  # fmt: skip
def test_an_article_of_the_administrative_code_names_its_offence(text: str, kind: str | None) -> None:
    assert statute_kind(text, 0, len(text), ON) == kind


def test_an_article_is_not_read_before_its_code_took_effect() -> None:
    text = "fined under Article 110 of the Administrative Code"
    assert statute_kind(text, 0, len(text), dt.date(2005, 12, 4)) is None


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("Courts fined 14 precinct commission members under Article 110 of the Administrative Code.",
         ("multiple_ballots_issued", "persons_sanctioned", 14.0, "exact", "ODIHR")),
        ("Прокуроры привлекли к ответственности 6 членов участковых комиссий по статье 110 КоАП.",
         ("multiple_ballots_issued", "persons_sanctioned", 6.0, "exact", "Prosecutor General's Office")),
        ("Prosecutors opened 9 administrative cases under Article 112.",
         ("illegal_campaigning", "administrative_cases", 9.0, "exact", "Prosecutor General's Office")),
    ],
    ids=["en-fined-members", "ru-brought-to-responsibility", "en-cases"],
)  # fmt: skip
def test_a_sanction_or_case_takes_its_kind_from_the_article(text: str, row: tuple[object, ...]) -> None:
    assert infractions(text) == [row]


def test_a_sanction_under_the_assemblies_article_is_no_electoral_infraction() -> None:
    assert infractions("Суд оштрафовал 12 избирателей по статье 488 КоАП.") == []


def test_a_sanction_verb_in_the_active_voice_without_a_subject() -> None:
    assert infractions("Двух членов комиссии оштрафовали за вброс бюллетеней.") == [
        ("ballot_box_stuffing", "persons_sanctioned", 2.0, "exact", "ODIHR")
    ]


# --- who was detained ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "subject", "as_written"),
    [
        ("Police detained members of the unregistered party near the akimat.", "people", "members"),
        ("Алматыда полиция қозғалыс мүшелерін ұстап әкетті.", "people", "мүшелерін"),
        ("В Таразе задержали членов инициативной группы.", "people", "членов"),
        ("Pensioners, passers-by and even teenagers were detained.", "people", None),
        ("Арнайы жасақ митингке келгендерді біртіндеп ұстап әкетті.", "protesters", None),
    ],
    ids=["en-members", "kk-members", "ru-members", "en-list-of-people", "kk-rally-goers-one-by-one"],
)
def test_an_uncounted_group_is_named(text: str, subject: str, as_written: str | None) -> None:
    (claim,) = read(text, language=_language(text))[0]  # type: ignore[arg-type]
    assert (claim.qualifier, claim.subject, claim.subject_as_written) == ("uncounted", subject, as_written)


def test_an_uncounted_group_gives_way_only_to_a_count_near_it() -> None:
    near = detentions("Police detained activists near the square. About 20 activists were detained in all.")
    far = detentions(
        "Teenagers were detained near the square. Two journalists were beaten. The rally ended at night. "
        "The Ministry said that 900 people were detained across the country between 9 and 13 June."
    )
    assert [r[2] for r in near] == ["approximately"]
    assert [r[2] for r in far] == ["uncounted", "exact"]


@pytest.mark.parametrize(
    ("text", "low"),
    [
        ("— Думаю, речь идёт примерно о 60 человек, — ответил он на вопрос о числе задержанных.", 60),
        ("Asked about the number of those detained, the spokesman said it was about 40 people.", 40),
    ],
    ids=["ru-topic", "en-topic"],
)
def test_the_number_of_detainees_as_a_topic_gives_its_count_of_people(text: str, low: int) -> None:
    assert [r[0] for r in detentions(text)] == [low]


@pytest.mark.parametrize(
    "text",
    [
        "The number of detainees was not given, but some 300 people gathered in the square.",
        "Число задержанных не называется, но на площадь вышли около 500 человек.",
    ],
    ids=["en-gathered", "ru-came-out"],
)
def test_people_gathering_are_not_the_number_of_detainees(text: str) -> None:
    assert detentions(text) == []


# --- how many ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "qualifier", "low", "high"),
    [
        ("около сотни человек", "approximately", 100, 100),
        ("более тысячи наблюдателей", "more than", 1000, None),
        ("сотни человек", "hundreds", 200, 999),
        ("кемі жүз шақты азамат", "at least", 100, None),
        ("елу шақты адам", "approximately", 50, 50),
    ],
    ids=["ru-about-a-hundred", "ru-over-a-thousand", "ru-hundreds", "kk-at-least-about", "kk-about"],
)
def test_counts_in_words(text: str, qualifier: str, low: int, high: int | None) -> None:
    (q,) = find_quantities(text)
    assert (q.qualifier, q.low, q.high) == (qualifier, low, high)


def test_a_kazakh_count_detained() -> None:
    assert [r[:4] for r in detentions("Алматыда кемі жүз шақты азамат ұсталды.")] == [(100, None, "at least", "people")]


# --- negation that belongs to a noun -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("The count was assessed negatively in 35 per cent of polling stations observed, mostly due to a lack of "
         "transparency.", ("counting_irregularity", "share_of_observations_pct", 35.0, "exact", "ODIHR")),
        ("Подсчёт голосов был оценён отрицательно на 20 процентах участков из-за отсутствия прозрачности.",
         ("counting_irregularity", "share_of_observations_pct", 20.0, "exact", "ODIHR")),
    ],
    ids=["en-lack-of-after", "ru-absence-after"],
)  # fmt: skip
def test_a_nominal_negator_after_a_finding_leaves_it(text: str, row: tuple[object, ...]) -> None:
    assert infractions(text) == [row]


def test_a_nominal_negator_before_a_finding_cancels_it() -> None:
    assert infractions("The election took place without any pressure on voters.") == []


def test_an_unsanctioned_rally_does_not_negate_its_detentions() -> None:
    assert [r[0] for r in detentions("Рұқсат етілмеген, санкцияланбаған митингте 40 адам ұсталды.")] == [40]


# --- assessments ---------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The process deteriorated in the count, which was viewed as bad or very bad in one out of four counts "
         "observed.", 25.0),
        ("Observers assessed the count as bad or very bad in one of every three counts observed.", 33.3),
    ],
    ids=["viewed-as", "one-of-every"],
)  # fmt: skip
def test_a_count_viewed_as_bad(text: str, value: float) -> None:
    assert [r[:3] for r in infractions(text)] == [("counting_irregularity", "share_of_observations_pct", value)]


# --- counts and kinds across sentences -----------------------------------------------------------------------------
def test_cases_counted_after_a_sentence_about_violations() -> None:
    rows = infractions(
        "Генпрокуратура рассказала о нарушениях на участках. К полудню выявили семь случаев, сообщает наш сайт."
    )
    assert rows == [("mixed", "violations", 7.0, "exact", "Prosecutor General's Office")]


def test_kazakh_of_them_counts_take_the_measure_before() -> None:
    rows = infractions(
        "Бас прокуратура сайлау заңнамасын бұзудың 15 фактісін анықтады. "
        "Олардың 9-ы басқа сайлаушылардың орнына дауыс берумен байланысты."
    )
    assert rows == [
        ("mixed", "violations", 15.0, "exact", "Prosecutor General's Office"),
        ("voter_impersonation", "violations", 9.0, "exact", "Prosecutor General's Office"),
    ]


def test_kazakh_i_typed_as_a_latin_i() -> None:
    (row,) = infractions("Бақылаушылар басқа адамдар үшiн дауыс беру жағдайларын тіркеді.")
    assert row[:2] == ("voter_impersonation", "observed")


def test_a_source_speaking_of_violations_without_a_kind() -> None:
    assert infractions("Однако наблюдатели от ОБСЕ заявляли о нарушениях в ходе выборов.") == [
        ("mixed", "observed", None, "allegations", "ODIHR")
    ]


# --- reporters -----------------------------------------------------------------------------------------------------
def reporters(*paragraphs: str) -> list[str | None]:
    found = read(*paragraphs, language=_language(paragraphs[0]))  # type: ignore[arg-type]
    return [c.reported_by for c in found[0]] + [c.reported_by for c in found[1]]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (("В Шымкенте выявлено 11 нарушений – Генпрокуратура",), ["Prosecutor General's Office"]),
        (("Eoghan Byrne, head of the ODIHR mission, spoke at a briefing.",
          "\"Serious irregularities were observed during the counting,\" Byrne said."), ["ODIHR"]),
        (("Начальник управления Генпрокуратуры Ержан Досов провёл брифинг.",
          "По его данным, выявлено 14 нарушений, сказал Досов."), ["Prosecutor General's Office"]),
        (("- Думаю, задержано около 70 человек, - сказал Иманов, отвечая журналистам.",), ["Иманов"]),
        (("По словам жительницы Гульнар Сеитовой, полиция задержала 12 активистов.",), ["Гульнар Сеитовой"]),
        (("Stan.kz тілшісі полиция 30 адамды ұстап әкеткенін жеткізді.",), ["Stan.kz"]),
        (("Security forces detained 1,200 people, the interior ministry of the central Asian country said.",),
         ["Ministry of Internal Affairs"]),
        (("По словам местного жителя Нурлана Ахметова, люди собирались у вокзала.",
          "— Некоторые активисты были задержаны ещё утром, — говорит он."), ["Нурлана Ахметова"]),
        (("В Генпрокуратуре рассказали о нарушениях.", "На 15:00 выявили восемь нарушений."),
         ["Prosecutor General's Office"]),
    ],
    ids=["ru-headline-dash", "en-person-of-the-mission", "ru-person-of-the-office", "ru-verb-then-name",
         "ru-words-of", "kk-correspondent", "en-ministry-of-the-country", "ru-quoted-line", "ru-subjectless-verb"],
)  # fmt: skip
def test_reporters_named_as_the_press_names_them(paragraphs: tuple[str, ...], expected: list[str]) -> None:
    assert reporters(" ".join(paragraphs)) == expected


def test_a_byline_names_the_speaker_of_the_paragraph() -> None:
    text = (
        "Айгуль Серикова Координатор сети наблюдателей в Караганде Нас часто не пускали на участки. "
        "Наблюдателей не допускали к подсчёту голосов."
    )
    assert reporters(text) == ["Айгуль Серикова"]


def test_a_byline_does_not_outlive_its_paragraph() -> None:
    found = read(
        "Айгуль Серикова Координатор сети наблюдателей в Караганде Нас часто не пускали на участки.",
        "Наблюдателей не допускали к подсчёту голосов.",
        language="ru",
    )
    assert [c.reported_by for c in found[1]] == ["ODIHR"]
