"""Cases opened on a count of facts count the cases: "По 31 факту возбуждены дела об административных
правонарушениях", "had opened administrative cases in 15 of them", "31 дерек бойынша әкімшілік іс қозғалды"
(sentences invented for these tests)."""

from __future__ import annotations

import pytest

from .documents import infraction_values


@pytest.mark.parametrize(("language", "sentence", "row"), [
    ("ru", "По 31 факту возбуждены дела об административных правонарушениях.",
     ("mixed", "administrative_cases", 31, None)),
    ("ru", "По 12 фактам незаконной агитации возбуждены административные дела.",
     ("illegal_campaigning", "administrative_cases", 12, None)),
    ("en", "Administrative cases were opened in 24 instances of illegal campaigning.",
     ("illegal_campaigning", "administrative_cases", 24, None)),
    ("kk", "31 дерек бойынша әкімшілік іс қозғалды.", ("mixed", "administrative_cases", 31, None)),
], ids=["ru-po-faktu", "ru-po-faktam-agitacii", "en-cases-opened-in", "kk-derek-boiynsha"])
def test_cases_opened_on_facts_are_cases(language: str, sentence: str, row: tuple) -> None:
    assert infraction_values(sentence, language, publisher="cec") == [row]


def test_the_violations_and_the_cases_opened_on_a_part_of_them() -> None:
    text = ("The Prosecutor General's Office said it had registered 21 violations and had opened administrative cases "
            "in 15 of them.")
    assert infraction_values(text, publisher="cec") == [("mixed", "violations", 21, None),
                                                        ("mixed", "administrative_cases", 15, None)]


def test_facts_with_no_cases_opened_stay_violations() -> None:
    assert infraction_values("По 31 факту нарушений проведены проверки.", "ru", publisher="cec") == [
        ("mixed", "violations", 31, None)]


def test_cases_counted_then_opened_with_their_articles_and_a_dashed_part() -> None:
    text = ("Органами прокуратуры выявлено 23 нарушения, по которым возбуждено 21 дело об административных "
            "правонарушениях. Так, 13 дел возбуждено по статье 110 КоАП в отношении членов участковых комиссий, "
            "выдавших избирателям по нескольку бюллетеней, ещё 7 – по статье 108 КоАП за голосование вместо других "
            "избирателей.")
    rows = infraction_values(text, "ru", publisher="cec")
    assert rows == [("mixed", "violations", 23, None), ("mixed", "administrative_cases", 21, None),
                    ("multiple_ballots_issued", "administrative_cases", 13, None),
                    ("voter_impersonation", "administrative_cases", 7, None)], rows


@pytest.mark.parametrize("text", [
    "В день выборов органами прокуратуры выявлено 23 нарушения.",
    "Прокуратурой установлено 23 нарушения.",
], ids=["organami-prokuratury", "prokuraturoi"])
def test_the_agent_of_a_passive_reports_what_it_found(text: str) -> None:
    from .documents import read

    _, infractions = read(text, publisher="cec", language="ru")
    assert [(i.value, i.reported_by) for i in infractions] == [(23, "Prosecutor General's Office")]


@pytest.mark.parametrize(("language", "body", "signature"), [
    ("ru", "В день голосования выявлено 23 нарушения.", "Пресс-служба Генеральной прокуратуры Республики Казахстан"),
    ("en", "On voting day 23 violations were identified.", "Press service of the Prosecutor General's Office"),
    ("kk", "Дауыс беру күні 23 заң бұзушылық анықталды.", "Бас прокуратураның баспасөз қызметі"),
], ids=["ru-press-sluzhba", "en-press-service", "kk-baspasoz-qyzmeti"])
def test_a_release_signed_by_an_office_is_its_account(language: str, body: str, signature: str) -> None:
    from .documents import read

    _, infractions = read(body, signature, publisher="cec", language=language)  # type: ignore[arg-type]
    assert [(i.value, i.reported_by) for i in infractions] == [(23, "Prosecutor General's Office")]
