"""Appeals of which a part are complaints, told with a dash; the whole a breakdown opens with, said again; one person
named before an impersonal verb; participants of pickets; Kazakh counts among which several kinds are named, and
parts whose "оның" is said once (texts invented for these tests)."""

from __future__ import annotations

import pytest

from sources.claims import extract_claims
from sources.records import TextBlock

from .documents import context, infraction_values, read


def test_appeals_with_their_complaints_after_a_dash_and_the_breakdown_of_those() -> None:
    text = ("В ЦИК поступило 156 обращений, из них 48 – жалобы на действия избирательных комиссий. Остальные "
            "обращения носили справочный характер. Из 48 жалоб 19 касались нарушения порядка проведения "
            "предвыборной агитации, 4 – воспрепятствования деятельности наблюдателей.")
    assert infraction_values(text, "ru", publisher="cec") == [
        ("mixed", "complaints", 48, None), ("illegal_campaigning", "complaints", 19, None),
        ("observer_obstruction", "complaints", 4, None)]


def test_a_breakdowns_whole_not_said_before_is_a_count_of_its_own() -> None:
    rows = infraction_values("Из 48 жалоб 19 касались незаконной агитации.", "ru", publisher="cec")
    assert ("mixed", "complaints", 48, None) in rows and ("illegal_campaigning", "complaints", 19, None) in rows


@pytest.mark.parametrize(("text", "row"), [
    ("В Шымкенте нашего наблюдателя доставили в отдел полиции.", (1, 1, "observers")),
    ("Журналиста задержали у здания акимата.", (1, 1, "journalists")),
    ("В Алматы журналистов доставили в отдел полиции.", (None, None, "journalists")),
    ("В Алматы задержаны не менее 15 участников пикетов.", (15, None, "protesters")),
], ids=["nashego-nablyudatelya-dostavili", "zhurnalista-zaderzhali", "zhurnalistov-plural", "uchastnikov-piketov"])
def test_people_before_an_impersonal_verb(text: str, row: tuple) -> None:
    detentions, _ = read(text, language="ru")
    assert [(d.detained_min, d.detained_max, d.subject) for d in detentions] == [row]


def test_a_kazakh_count_with_several_kinds_among_it_is_every_kinds() -> None:
    blocks = [TextBlock("«Адал таңдау»: дауыс беру күнгі бақылау қорытындысы", 1, kind="heading"),
              TextBlock("Бақылаушыларымыз барлығы 212 заң бұзушылықты тіркеді, олардың арасында урнаға бюллетень салу "
                        "(вброс), басқа адамның атынан дауыс беру және сайлаушыларға қысым көрсету бар.", 1),
              TextBlock("Дауыс санау байқалған учаскелердің төрттен бірінде бюллетеньдер бақылаушыларға "
                        "көрсетілмеді.", 1)]
    _, infractions = extract_claims(blocks, context(language="kk"))
    rows = [(i.category, i.measure, i.value, i.reported_by) for i in infractions]
    assert ("mixed", "violations", 212, "Адал таңдау") in rows, rows
    assert ("counting_irregularity", "share_of_observations_pct", 25, "Адал таңдау") in rows, rows


def test_kazakh_parts_with_their_of_them_said_once() -> None:
    text = ("Орталық референдум комиссиясына 73 шағым келіп түсті. Оның 21-і үгіт жүргізу тәртібін бұзу туралы, 9-ы "
            "бақылаушылардың жұмысына кедергі келтіру туралы.")
    assert infraction_values(text, "kk", publisher="cec") == [
        ("mixed", "complaints", 73, None), ("illegal_campaigning", "complaints", 21, None),
        ("observer_obstruction", "complaints", 9, None)]


def test_kazakh_parts_of_a_whole_named_in_the_genitive() -> None:
    _, infractions = read(
        "Дауыс беру күні прокуратура органдарына сайлау заңнамасының бұзылуы туралы 52 хабарлама келіп түсті. Олардың "
        "19-ы бойынша бұзушылық фактілері расталды.",
        "Расталған фактілердің 8-і сайлау комиссиясы мүшелерінің бір сайлаушыға бірнеше бюллетень беруіне, 6-ы басқа "
        "адамның жеке куәлігімен дауыс беруге, 3-еуі дауыс беру үй-жайында үгіт жүргізуге қатысты.",
        publisher="cec", language="kk")
    assert [(i.category, i.value, i.reported_by) for i in infractions][2:] == [
        ("multiple_ballots_issued", 8, "Prosecutor General's Office"),
        ("voter_impersonation", 6, "Prosecutor General's Office"),
        ("illegal_campaigning", 3, "Prosecutor General's Office")]


def test_another_sources_account_elaborates_no_count() -> None:
    rows = infraction_values("По данным ЦИК, в комиссии поступило 63 жалобы, большая часть которых касалась отказов в "
                             "регистрации кандидатов. Ряд собеседников Миссии рассказали о давлении на работников "
                             "бюджетной сферы.", "ru")
    assert ("mixed", "complaints", 63, None) in rows, rows


@pytest.mark.parametrize(("language", "text"), [
    ("ru", "До дня выборов ЦИК получила 215 обращений, из которых лишь 9 были рассмотрены как жалобы."),
    ("en", "The CEC received 215 appeals, of which only 9 were considered complaints."),
], ids=["ru-lish-9-rassmotreny-kak-zhaloby", "en-only-9-considered"])
def test_appeals_of_which_only_a_few_were_complaints(language: str, text: str) -> None:
    assert infraction_values(text, language, publisher="cec") == [("mixed", "complaints", 9, None)]
