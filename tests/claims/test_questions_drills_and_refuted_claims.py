"""Frames that make a whole sentence assert nothing (lexicon/frames.yaml, sources/claims/frames.py): a question, a
drill's scenario and what is staged in it, a claim the next sentence says is false, and a negative-polarity
determiner ("any", "никаких", "бірде-бір") before a detention word whose negator stands far before it. Each form
of the lexicon is tried with a sentence of its own, and each frame beside a sentence that still asserts.

Every sentence here is invented for this file, in the shapes such publications use.
"""

from __future__ import annotations

import pytest

from sources.claims.frames import asserted, is_question, polarity_before, refutes
from sources.claims.lexicon import LANGUAGES, load

from .documents import read


def _rows(*paragraphs: str, language: str = "en") -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    detentions, infractions = read(*paragraphs, language=language)  # type: ignore[arg-type]
    return (
        [(c.detained_min, c.subject) for c in detentions],
        [(c.category, c.value) for c in infractions],
    )


@pytest.mark.parametrize(
    ("paragraph", "language"),
    [
        pytest.param("Were any of the coalition's monitors arrested on polling day?", "en", id="en-question-detention"),
        pytest.param("Did your volunteers witness ballot box stuffing in Taraz?", "en", id="en-question-finding"),
        pytest.param("Были ли задержаны наблюдатели партии в Семее?", "ru", id="ru-question-detention"),
        pytest.param("Видели ли вы вбросы бюллетеней на участках?", "ru", id="ru-question-finding"),
        pytest.param("Сайлау күні бақылаушылар ұсталды ма?", "kk", id="kk-question-detention"),
        pytest.param('"How many observers were detained in Kokshetau?"', "en", id="en-question-in-quotes"),
    ],
)
def test_a_question_reports_no_claim(paragraph: str, language: str) -> None:
    assert _rows(paragraph, language=language) == ([], [])


@pytest.mark.parametrize(
    ("paragraph", "language", "expected"),
    [
        pytest.param(
            "Police detained 12 protesters at the station square: what happens to them now?",
            "en",
            [(12, "protesters")],
            id="en-statement-before-colon",
        ),
        pytest.param(
            "Полиция задержала 8 активистов – что будет дальше?",
            "ru",
            [(8, "activists")],
            id="ru-statement-before-dash",
        ),
    ],
)
def test_a_statement_before_a_question_stands(
    paragraph: str, language: str, expected: list[tuple[object, ...]]
) -> None:
    assert _rows(paragraph, language=language)[0] == expected


@pytest.mark.parametrize(
    ("paragraph", "language"),
    [
        pytest.param(
            "Under the exercise scenario, four trainees posing as voters tried to stuff ballots and were detained.",
            "en",
            id="en-scenario",
        ),
        pytest.param(
            "In the simulated incident, 6 people were detained for ballot box stuffing.", "en", id="en-simulated"
        ),
        pytest.param(
            "During the drill, 10 cadets acting as protesters were detained near polling station 12.",
            "en",
            id="en-during-the-drill",
        ),
        pytest.param(
            "In the staged arrests, played by cadets, 7 people were detained outside the commission.",
            "en",
            id="en-staged-arrests-played-by-cadets",
        ),
        pytest.param(
            "По сценарию тренировки трое статистов вбросили пачку бюллетеней и были задержаны.",
            "ru",
            id="ru-po-scenariyu",
        ),
        pytest.param("В ходе учений 9 «нарушителей» были задержаны у избирательного участка.", "ru", id="ru-ucheniya"),
        pytest.param(
            "Шестеро «провокаторов» были условно задержаны нарядом полиции.", "ru", id="ru-uslovno-zaderzhany"
        ),
        pytest.param(
            "Роли нарушителей исполняли курсанты: 5 человек задержаны за вброс бюллетеней.",
            "ru",
            id="ru-roli-ispolnyali",
        ),
        pytest.param("Оқу-жаттығу барысында учаскеде 4 адам ұсталды.", "kk", id="kk-oku-zhattygu"),
        pytest.param("Сценарий бойынша 3 белсенді полиция бөліміне жеткізілді.", "kk", id="kk-scenariy-boyynsha"),
        pytest.param("Бес адам шартты түрде ұсталды.", "kk", id="kk-shartty-turde"),
    ],
)
def test_a_drill_scenario_reports_no_claim(paragraph: str, language: str) -> None:
    assert _rows(paragraph, language=language) == ([], [])


def test_protesters_who_staged_a_rally_are_still_counted() -> None:
    detentions, _ = _rows("Opposition supporters staged a rally in Uralsk and 14 protesters were detained.")
    assert detentions == [(14, "protesters")]


@pytest.mark.parametrize(
    ("paragraph", "language"),
    [
        pytest.param(
            'A viral post claims that "300 observers were detained in Shymkent". The claim is false.',
            "en",
            id="en-the-claim-is-false",
        ),
        pytest.param(
            "A video circulating online says 40 voters were arrested at a polling station. This report was untrue.",
            "en",
            id="en-report-was-untrue",
        ),
        pytest.param(
            "В соцсетях пишут, что задержаны 70 наблюдателей. Эта информация не соответствует действительности.",
            "ru",
            id="ru-ne-sootvetstvuet",
        ),
        pytest.param(
            "В сети утверждают, что задержаны 50 активистов. Это сообщение является фейком.",
            "ru",
            id="ru-feyk",
        ),
        pytest.param(
            "Әлеуметтік желіде 60 бақылаушы ұсталды деген хабар тарады. Бұл ақпарат жалған.",
            "kk",
            id="kk-aqparat-zhalgan",
        ),
        pytest.param(
            "Желіде 25 белсенді ұсталды деп жазылды. Аталған ақпарат шындыққа сәйкес келмейді.",
            "kk",
            id="kk-shyndyqqa-sai-kes-kelmeydi",
        ),
    ],
)
def test_a_claim_refuted_by_the_next_sentence_is_no_claim(paragraph: str, language: str) -> None:
    assert _rows(paragraph, language=language) == ([], [])


def test_a_refutation_cancels_only_the_sentence_before_it() -> None:
    detentions, _ = _rows(
        "Police detained 9 protesters near the akimat. A post says 400 people were detained. The claim is false."
    )
    assert detentions == [(9, "protesters")]


@pytest.mark.parametrize(
    ("paragraph", "language"),
    [
        pytest.param(
            "Neither the city police nor the two observer groups, which we asked on Monday, reported any detention.",
            "en",
            id="en-neither-nor-any",
        ),
        pytest.param(
            "Ни полиция, ни наблюдатели, с которыми мы связались в понедельник, о каких-либо задержаниях не сообщали.",
            "ru",
            id="ru-kakih-libo",
        ),
        pytest.param(
            "По словам представителя полиции, обошлось без происшествий и никаких задержаний в городе не было.",
            "ru",
            id="ru-nikakih",
        ),
        pytest.param(
            "Полиция департаментінің мәліметінше, өткен аптадағы жиындарда бірде-бір адам ұсталмаған.",
            "kk",
            id="kk-birde-bir",
        ),
    ],
)
def test_a_negative_polarity_detention_is_no_claim(paragraph: str, language: str) -> None:
    assert _rows(paragraph, language=language)[0] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Were any observers detained?", True, id="plain"),
        pytest.param("«Сколько задержанных?»", True, id="closing-quote"),
        pytest.param("Mass detentions: how is the rally going?", False, id="statement-then-question"),
        pytest.param("Police detained five people.", False, id="statement"),
    ],
)
def test_is_question(text: str, expected: bool) -> None:
    assert is_question(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Verdict: FALSE", True, id="en-verdict"),
        pytest.param("That allegation is baseless.", True, id="en-allegation-baseless"),
        pytest.param("There is no evidence for this claim.", True, id="en-no-evidence"),
        pytest.param("Эти сведения ложные.", True, id="ru-svedeniya-lozhnye"),
        pytest.param("Данное утверждение является ложью.", True, id="ru-lozh"),
        pytest.param("The claim was investigated by prosecutors.", False, id="en-not-a-refutation"),
    ],
)
def test_refutes(text: str, expected: bool) -> None:
    assert refutes(text) is expected


def test_asserted_takes_the_following_sentence_into_account() -> None:
    assert asserted("12 observers were detained.", "The police confirmed it.")
    assert not asserted("12 observers were detained.", "The claim is false.")


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        pytest.param("did not report any ", True, id="en-any"),
        pytest.param("не было ни одного ", True, id="ru-ni-odnogo"),
        pytest.param("ешбір ", True, id="kk-eshbir"),
        pytest.param("police reported many ", False, id="en-many"),
    ],
)
def test_polarity_before(before: str, expected: bool) -> None:
    assert polarity_before(before) is expected


@pytest.mark.parametrize(
    "section", ["scenarios", "refutations", "asked", "affirmations", "pronouns", "polarity"], ids=str
)
def test_every_frame_has_forms_in_every_language(section: str) -> None:
    forms = load("frames")[section]
    assert all(forms.get(language) for language in LANGUAGES)
