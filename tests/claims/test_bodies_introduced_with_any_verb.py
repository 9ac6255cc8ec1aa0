"""A body a sentence opens on, whatever it does there ("The independent monitoring group Steppe Watch, which fielded
…, disagreed."), stands for the class noun that later names the source ("the group said", "according to the
foundation", "Ұйым мәліметінше"), and its people named by its capitalised short name ("a Bureau lawyer", "the
Bureau's observers") speak for it (sentences of ours, in the shapes of the press and of monitors' statements)."""

from __future__ import annotations

import pytest

from sources.claims.reporters import introduced_body
from sources.records import Language

from .documents import read


@pytest.mark.parametrize(("paragraphs", "language", "reporter"), [
    (("The independent monitoring group Steppe Watch, which fielded 310 observers, disagreed.",
      "Its volunteers recorded 41 violations on election day, the group said."), "en", "Steppe Watch"),
    (("The Aq Zhol Monitor foundation, which has followed the campaign since May, published its conclusions.",
      "According to the foundation, nine journalists were detained in Shymkent."), "en", "Aq Zhol Monitor"),
    (("The Tabighat civic movement held a press conference in Almaty.",
      "Ballot box stuffing was seen at 14 polling stations, the movement said."), "en", "Tabighat"),
    (("«Ашық алаң» қоғамдық бірлестігі сайлау қорытындысын жұртшылыққа ұсынды.",
      "Ұйым мәліметінше, сайлау учаскелерінде 38 бұзушылық тіркелді."), "kk", "Ашық алаң"),
    (("Общественное объединение «Прозрачный участок», наблюдавшее за голосованием в трёх областях, провело брифинг.",
      "По данным объединения, на 11 участках зафиксированы вбросы бюллетеней."), "ru", "Прозрачный участок"),
])
def test_a_class_noun_stands_for_a_body_introduced_with_any_verb(paragraphs: tuple[str, ...], language: Language,
                                                                  reporter: str) -> None:
    detentions, infractions = read(*paragraphs, language=language, publisher="cec")
    claims = [*detentions, *infractions]
    assert claims and all(reporter in (c.reported_by or "") for c in claims)


@pytest.mark.parametrize("text", [
    "Its observers documented 52 violations, a Bureau lawyer said.",
    "The Bureau's 240 independent observers documented 52 violations.",
])
def test_the_people_of_a_body_named_by_its_short_name_speak_for_it(text: str) -> None:
    opening = "The Almaty Bureau for Electoral Rights monitored the vote in four regions."
    _, infractions = read(opening, text, publisher="cec")
    assert [(c.value, c.reported_by) for c in infractions] == [(52, "Almaty Bureau for Electoral Rights")]


def test_a_short_name_that_is_not_the_bodys_own_changes_nothing() -> None:
    opening = "The Almaty Bureau for Electoral Rights monitored the vote in four regions."
    _, infractions = read(opening, "Its observers documented 52 violations, a Foundation lawyer said.", publisher="cec")
    assert [c.reported_by for c in infractions] != ["Almaty Bureau for Electoral Rights"]


@pytest.mark.parametrize(("text", "body"), [
    ("The OSCE/ODIHR mission deployed 300 observers.", None),  # the publisher, never a body introduced
    ("The group of voters gathered outside.", None),  # a class noun without a name
    ("The Adil Soz media freedom foundation published a list of incidents.", "Adil Soz media freedom foundation"),
])
def test_which_openings_introduce_a_body(text: str, body: str | None) -> None:
    assert introduced_body(text) == body


@pytest.mark.parametrize(("paragraphs", "language", "reporter"), [
    # the ministry named in the paragraph before, then its spokesperson by the class noun "ведомство"
    (("Министерство внутренних дел сообщило, что акции прошли в нескольких городах.",
      "В Шымкенте задержаны 58 человек, заявил журналистам официальный представитель ведомства."), "ru",
     "Ministry of Internal Affairs"),
    # "по сообщению X" is a frame like "по данным X"
    (("По сообщению департамента полиции Алматы, 6 января задержаны 31 участник несанкционированного митинга.",),
     "ru", "police"),
    # an outlet's correspondents who saw it, named with the outlet's class noun first
    (("Корреспонденты издания «Орда» видели, как полицейские задержали 14 активистов у здания акимата.",), "ru",
     "Орда"),
    # ... and by the class noun alone, the outlet named before
    (("Журналисты портала «Орда» весь день провели у здания акимата.",
      "Корреспонденты издания видели, как полицейские задержали 14 активистов."), "ru", "Орда"),
])
def test_offices_and_outlets_named_by_their_people(paragraphs: tuple[str, ...], language: Language,
                                                    reporter: str) -> None:
    detentions, _ = read(*paragraphs, language=language, publisher="cec")
    assert detentions and all(d.reported_by == reporter for d in detentions)


@pytest.mark.parametrize(("paragraphs", "language", "reporter"), [
    # a long name whose last words read like an outlet's ("... of Speech reported", "... дел Алматы сообщил")
    (("The Kazakh International Foundation for Defence of Freedom of Speech reported that at least 8 journalists "
      "were held by police in Almaty.",), "en", "Kazakh International Foundation for Defence of Freedom of Speech"),
    (("Департамент внутренних дел Костанайской области сообщил, что у здания акимата задержаны 9 участников митинга.",),
     "ru", "Департамент внутренних дел Костанайской области"),
    # one sentence adverb before the subject; the police in what it said are not its source
    (("Separately, the Aq Zhol free-speech foundation said police in Taraz had held two reporters.",), "en",
     "Aq Zhol free-speech foundation"),
])
def test_long_names_and_an_adverb_before_the_speaker(paragraphs: tuple[str, ...], language: Language,
                                                     reporter: str) -> None:
    detentions, _ = read(*paragraphs, language=language, publisher="cec")
    assert detentions and all(d.reported_by == reporter for d in detentions)


@pytest.mark.parametrize(("paragraphs", "language", "reporter"), [
    (("Общественный штаб «Честный подсчёт» направил на выборы 300 наблюдателей.",
      "Вбросы бюллетеней наблюдатели штаба видели на 14 участках, по словам координатора штаба."), "ru",
     "Честный подсчёт"),
    (("Общественное объединение «Открытый участок» подвело итоги дня голосования.",
      "По итогам дня объединение зафиксировало 118 нарушений."), "ru", "Открытый участок"),
    (("«Ашық алаң» қоғамдық бірлестігі сайлау қорытындысын жариялады.",
      "Ұйымның байқаушылары 16 учаскеде бюллетень салу фактілерін тіркеді."), "kk", "Ашық алаң"),
    (("The Steppe Rights Bureau issued a statement on Monday.",
      "Observers found 23 violations of counting procedures, the bureau said."), "en", "Steppe Rights Bureau"),
])
def test_a_bodys_people_and_its_class_noun_as_a_subject(paragraphs: tuple[str, ...], language: Language,
                                                         reporter: str) -> None:
    _, infractions = read(*paragraphs, language=language, publisher="cec")
    assert infractions and all(c.reported_by == reporter for c in infractions)


def test_an_adverb_opening_the_speakers_phrase_is_no_part_of_it() -> None:
    _, infractions = read("Чаще всего наблюдатели сообщали о групповом голосовании на 12 участках.", language="ru")
    assert [c.reported_by for c in infractions] and all(c.reported_by == "ODIHR" for c in infractions)
