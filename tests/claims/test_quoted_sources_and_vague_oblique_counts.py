"""Shapes an unseen batch of press and prosecutors' texts showed: sources named in a quotation's closing words or in
an apposition at the sentence's end, vague counts in oblique cases, counts of things after a partitive "of",
clock times between a count and its verb, the kindless case counts of riots, ballots put into an urn, and an
observed finding in another place than the count of its kind.

Every sentence here is invented for this file, in the shapes such publications use.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from sources.claims import read_claims
from sources.claims.observed import merge_observed
from sources.records import InfractionClaim, TextBlock

from .documents import context, detention_row, infraction_row, read


def _reporters(*paragraphs: str, language: str = "en") -> list[str | None]:
    detentions, infractions = read(*paragraphs, language=language)  # type: ignore[arg-type]
    return [c.reported_by for c in detentions] + [c.reported_by for c in infractions]


@pytest.mark.parametrize(
    ("paragraph", "language", "expected"),
    [
        # an apposition naming the source ends the sentence (no comma after the name)
        (
            "At least 12 activists were detained in Oral this week, according to rights defender Saule Omarova.",
            "en",
            ["Saule Omarova"],
        ),
        # a quotation whose closing words name its speaker: every sentence inside it is theirs
        (
            'Генпрокурор Ержан Досов выступил в сенате. "В двух областях задержаны семь организаторов. '
            'Под подозрением ещё 40 человек", - сообщил Досов.',
            "ru",
            ["Досов"],
        ),
        ("«Күдікті ретінде 45 адам ұсталды» деді Әлімов.", "kk", ["Әлімов"]),
        # two sources joined after the verb
        (
            'Полиция задержала в Таразе более 50 участников акции. Об этом сообщили "Радио Дала" и Steppe News.',
            "ru",
            ["Радио Дала"],
        ),
        # a source, its verb (however spelt), then the clause it reports
        ("Ранее Qalam.kz сообщл, что около 20 человек задержаны у акимата.", "ru", ["Qalam.kz"]),
        # a second source in the same paragraph reports its own vague count
        (
            "На акции задержаны около 60 человек. Об этом сообщил замминистра внутренних дел. Между тем агентство "
            "Steppe Wire сообщает о сотнях задержанных.",
            "ru",
            ["Minister of Internal Affairs", "Steppe Wire"],
        ),
    ],
    ids=[
        "en-apposition-at-end",
        "ru-quotation-closed",
        "kk-quotation-closed",
        "ru-two-sources",
        "ru-complement-clause",
        "ru-second-source-vague",
    ],
)
def test_sources_named_where_the_press_names_them(paragraph: str, language: str, expected: list[str]) -> None:
    assert _reporters(paragraph, language=language) == expected


def test_a_headline_before_a_quotation_keeps_its_own_reporter() -> None:
    headline = "В Шымкенте задержаны 30 человек"
    quoted = '"Ещё девять человек задержаны в Таразе", - сообщил Досов.'
    detentions, _ = read(headline, quoted, language="ru")
    assert [(c.detained_min, c.reported_by) for c in detentions] == [(30, "ODIHR"), (9, "Досов")]


@pytest.mark.parametrize(
    ("sentence", "language", "row"),
    [
        ("The agency spoke of hundreds of detainees in the two cities.", "en", (200, 999, "hundreds", "people")),
        ("Правозащитники сообщают о сотнях задержанных.", "ru", (200, 999, "hundreds", "people")),
        ("Правозащитники говорят о десятках задержанных.", "ru", (20, 99, "tens", "people")),
        (
            "An unspecified number of protesters were also detained in Shymkent.",
            "en",
            (None, None, "a number of", "protesters"),
        ),
        (
            "В Шымкенте задержано неустановленное число участников акции.",
            "ru",
            (None, None, "a number of", "protesters"),
        ),
    ],
    ids=["en-hundreds-of-detainees", "ru-locative-hundreds", "ru-locative-tens", "en-unspecified", "ru-unspecified"],
)
def test_vague_counts_in_every_case_form(sentence: str, language: str, row: tuple[object, ...]) -> None:
    detentions, _ = read(sentence, language=language)  # type: ignore[arg-type]
    assert [detention_row(c)[:4] for c in detentions] == [row]


@pytest.mark.parametrize(
    ("sentence", "language", "count"),
    [
        ("Dozens of activists were detained in at least four of the country's largest cities.", "en", 24),
        ("Екі жігіт таңғы сағат 10-да ұсталды.", "kk", 2),
        ("Үш белсенді кешкі сағат 7-30-да ұсталды.", "kk", 3),
        ("Полицейлер ондаған адамның уәжіне қарамастан, оларды автозакқа салып әкетті.", "kk", 20),
    ],
    ids=["en-partitive-cities", "kk-clock-time", "kk-clock-time-minutes", "kk-concessive-phrase"],
)
def test_words_between_a_count_and_its_verb(sentence: str, language: str, count: int) -> None:
    detentions, _ = read(sentence, language=language)  # type: ignore[arg-type]
    assert [c.detained_min for c in detentions] == [count]


@pytest.mark.parametrize(
    ("sentence", "language", "subject"),
    [
        ("Жаппай ұстап жатыр: алаңда полиция көп.", "kk", "people"),
        ("Шествие сорвалось: участников акции задерживали у входа в парк.", "ru", "protesters"),
        ("The march never started: demonstrators were detained at the park gates.", "en", "protesters"),
    ],
    ids=["kk-mass-progressive", "ru-colon-after-negation", "en-colon-after-negation"],
)
def test_uncounted_detentions_after_a_negated_clause(sentence: str, language: str, subject: str) -> None:
    detentions, _ = read(sentence, language=language)  # type: ignore[arg-type]
    assert [c.subject for c in detentions] == [subject]
    assert all(c.detained_min is None for c in detentions)


@pytest.mark.parametrize(
    ("paragraphs", "language"),
    [
        (("Prosecutors said 44 criminal cases over the riots and 12 terrorism cases were under investigation.",), "en"),
        (("По фактам массовых беспорядков расследуется 37 уголовных дел.",), "ru"),
        (("Қаңтар оқиғасына байланысты 512 әкімшілік іс қаралды.",), "kk"),
    ],
    ids=["en-riots", "ru-riots", "kk-january-events"],
)
def test_case_counts_of_other_events_are_no_electoral_infractions(paragraphs: tuple[str, ...], language: str) -> None:
    _, infractions = read(*paragraphs, language=language)  # type: ignore[arg-type]
    assert infractions == []


@pytest.mark.parametrize(
    ("paragraphs", "language", "value"),
    [
        # the document speaks of a vote: the same kindless count is the election's
        (("During the riots after the election, prosecutors opened 44 criminal cases.",), "en", 44),
        (("Сайлау күні 9 әкімшілік іс қозғалды.",), "kk", 9),
        # a lone sentence that names no event is read as the election's
        (("Возбуждено 14 административных дел.",), "ru", 14),
    ],
    ids=["en-riots-after-election", "kk-election-day", "ru-no-event-named"],
)
def test_kindless_case_counts_of_an_election_stay(paragraphs: tuple[str, ...], language: str, value: int) -> None:
    _, infractions = read(*paragraphs, language=language)  # type: ignore[arg-type]
    assert [c.value for c in infractions] == [value]


@pytest.mark.parametrize(
    ("sentence", "language", "row"),
    [
        (
            "Observers reported allegations of a commission member placing several ballots into the urn.",
            "en",
            ("ballot_box_stuffing", "observed", None, "allegations", "ODIHR"),
        ),
        (
            "Наблюдатель видел, как председатель комиссии опускает в урну пачку бюллетеней.",
            "ru",
            ("ballot_box_stuffing", "observed", None, "observed", "ODIHR"),
        ),
        (
            "The prosecutor's office said 6 cases of unlawful opinion polls had been registered.",
            "en",
            ("other", "violations", 6, "exact", "Prosecutor General's Office"),
        ),
        (
            "Observers saw commission members tampering with the results protocols.",
            "en",
            ("counting_irregularity", "observed", None, "observed", "ODIHR"),
        ),
    ],
    ids=["en-ballots-into-urn", "ru-pack-of-ballots", "en-illegal-polls", "en-tampering-protocols"],
)
def test_findings_worded_by_what_was_done(sentence: str, language: str, row: tuple[object, ...]) -> None:
    _, infractions = read(sentence, language=language)  # type: ignore[arg-type]
    assert [infraction_row(c) for c in infractions] == [row]


def _stuffing(measure: str, value: float | None, location: str | None) -> InfractionClaim:
    claim = read_claims([TextBlock("Ballot box stuffing was observed.", 1)], context()).infractions[0]
    return replace(claim, measure=measure, value=value, location=location)  # type: ignore[arg-type]


def test_an_observed_finding_elsewhere_than_the_count_of_its_kind_is_kept() -> None:
    counted = _stuffing("polling_stations", 12, "Almaty")
    elsewhere = _stuffing("observed", None, "Shymkent")
    anywhere = _stuffing("observed", None, None)
    assert merge_observed([counted, elsewhere]) == [counted, elsewhere]
    assert merge_observed([counted, anywhere]) == [counted]


@pytest.mark.parametrize(
    ("sentence", "language", "row"),
    [
        (
            "Десятки гражданских активистов подверглись задержаниям накануне голосования.",
            "ru",
            (20, 99, "tens", "activists"),
        ),
        ("Несколько активистов оказались под стражей.", "ru", (3, 9, "several", "activists")),
        ("Four activists were placed in pretrial detention in Oral.", "en", (4, 4, "exact", "activists")),
        ("Вечером 12 марта полицейские задержали группу людей у акимата.", "ru", (None, None, "uncounted", "people")),
        (
            "On 12 March police detained a group of residents outside the akimat.",
            "en",
            (None, None, "uncounted", "people"),
        ),
    ],
    ids=[
        "ru-underwent-detention-civic",
        "ru-in-custody",
        "en-pretrial-detention",
        "ru-group-with-date",
        "en-group-with-date",
    ],
)
def test_detentions_worded_as_custody_or_a_group(sentence: str, language: str, row: tuple[object, ...]) -> None:
    detentions, _ = read(sentence, language=language)  # type: ignore[arg-type]
    assert [detention_row(c)[:4] for c in detentions] == [row]


@pytest.mark.parametrize(
    ("sentence", "language", "value"),
    [
        ("Референдумға қатысты заң бұзған үш адамға айыппұл салынды.", "kk", 3),
        ("During the referendum 5 people were fined.", "en", 5),
    ],
    ids=["kk-fined-over-referendum", "en-fined-during-referendum"],
)
def test_people_sanctioned_in_a_clause_about_the_vote(sentence: str, language: str, value: int) -> None:
    detentions, infractions = read(sentence, language=language)  # type: ignore[arg-type]
    assert detentions == []
    assert [(c.measure, c.value) for c in infractions] == [("persons_sanctioned", value)]


def test_people_fined_after_a_protest_on_election_day_stay_out() -> None:
    _, infractions = read("On election day 30 protesters were fined for the rally.")
    assert infractions == []
