"""Detentions in active and passive voice (English, Russian, Kazakh), with modifiers and coordination between
count, noun and verb, vague counts by the rule table, and unknown nouns kept as written; reporters, dates and
places from the sentence, the previous sentence and the paragraph."""

from __future__ import annotations

import datetime as dt

import pytest

from .documents import read

D = dt.date


def _rows(*paragraphs: str, language: str = "en") -> list[tuple]:
    detentions, _ = read(*paragraphs, language=language)  # type: ignore[arg-type]
    return [(c.detained_min, c.detained_max, c.qualifier, c.subject, c.subject_as_written) for c in detentions]


@pytest.mark.parametrize(
    ("sentence", "language", "row"),
    [
        ("Police took some 200 people to police stations.", "en", (200, 200, "approximately", "people", None)),
        ("Riot police pushed at least 35 demonstrators into waiting vans.", "en",
         (35, None, "at least", "protesters", None)),
        ("Police rounded up dozens of activists outside the polling station.", "en",
         (24, 99, "dozens", "activists", None)),
        ("Officers arrested 14 journalists covering the count.", "en", (14, 14, "exact", "journalists", None)),
        ("In the evening 60 protesters were taken to police stations.", "en",
         (60, 60, "exact", "protesters", None)),
        ("Some 80 people were held at police stations overnight.", "en", (80, 80, "approximately", "people", None)),
        ("В полицию доставили не менее 400 человек.", "ru", (400, None, "at least", "people", None)),
        ("Полиция задержала около 700 человек.", "ru", (700, 700, "approximately", "people", None)),
        ("Более 120 участников акции были доставлены в отделы полиции.", "ru",
         (120, None, "more than", "protesters", None)),
        ("Задержаны 17 журналистов.", "ru", (17, 17, "exact", "journalists", None)),
        ("Алматыда 50-ден астам адам ұсталды.", "kk", (50, None, "more than", "people", None)),
        ("Полиция 30 белсендіні ұстады.", "kk", (30, 30, "exact", "activists", None)),
        ("Шамамен 200 адам қамауға алынды.", "kk", (200, 200, "approximately", "people", None)),
        ("Вечером полицейские доставили в отдел около сорока человек.", "ru",
         (40, 40, "approximately", "people", None)),
        ("Полиция Шымкентте жиналған 18 белсендіні қамауға алды.", "kk", (18, 18, "exact", "activists", None)),
        ("Полицейлер 9 журналисті тұтқындады.", "kk", (9, 9, "exact", "journalists", None)),
    ],
    ids=["took-to-stations", "pushed-into-vans", "rounded-up-dozens", "active-arrested", "taken-to-stations",
         "held-at-stations", "ru-active-delivered", "ru-active-detained", "ru-passive-delivered", "ru-passive-first",
         "kk-passive", "kk-active", "kk-custody", "ru-active-place-first", "kk-active-arrest", "kk-active-captured"],
)  # fmt: skip
def test_active_and_passive_voice(sentence: str, language: str, row: tuple) -> None:
    assert _rows(sentence, language=language) == [row]


@pytest.mark.parametrize(
    ("sentence", "rows"),
    [
        ("30 demonstrators against the election were detained.", [(30, 30, "exact", "protesters", None)]),
        ("Two observers from a citizen observer group were briefly detained.",
         [(2, 2, "exact", "observers", None)]),
        ("Dozens of peaceful activists and demonstrators were detained.", [(24, 99, "dozens", "activists", None)]),
        ("A number of activists were detained.", [(None, None, "a number of", "activists", None)]),
        ("Several dozen protesters were arrested.", [(36, 108, "several", "protesters", None)]),
        ("Scores of people were detained.", [(40, 199, "scores", "people", None)]),
        ("Police detained 15 of his supporters.", [(15, 15, "exact", "activists", None)]),
        ("8 членов партии были задержаны.", [(8, 8, "exact", "people", "членов партии")]),
        ("Police detained 12 members of the movement.", [(12, 12, "exact", "people", "members")]),
        ("More than 40 students were detained.", [(40, None, "more than", "people", "students")]),
    ],
    ids=["pp-against", "pp-from", "coordinated-nouns", "a-number-of", "several-dozen", "scores", "of-his",
         "ru-unknown-noun", "unknown-noun-pp", "students"],
)  # fmt: skip
def test_modifiers_coordination_and_unknown_nouns(sentence: str, rows: list[tuple]) -> None:
    assert _rows(sentence, language="en" if sentence.isascii() else "ru") == rows


def test_no_detention_from_things_counted() -> None:
    assert _rows("500 ballots were detained at the border.", "Police seized 300 leaflets and detained no one.") == []


def _full(*paragraphs: str, language: str = "en", publisher: str = "osce") -> list[tuple]:
    detentions, _ = read(*paragraphs, language=language, publisher=publisher)  # type: ignore[arg-type]
    return [(c.detained_min, c.reported_by, c.date_from, c.date_to, c.location) for c in detentions]


@pytest.mark.parametrize(
    ("paragraphs", "row"),
    [
        (["A representative of the Ministry of Internal Affairs spoke to the mission. He said that 30 protesters "
          "had been detained in Almaty."], (30, "Ministry of Internal Affairs", None, None, "Almaty")),
        (["Представитель Генеральной прокуратуры сообщил, что задержаны 25 человек."],
         (25, "Prosecutor General's Office", None, None, None)),
        (["The Ministry of Internal Affairs gave the following figures: on election day 300 people were detained "
          "in Shymkent. The next day another 50 were detained in Taraz."],
         (50, "Ministry of Internal Affairs", D(2019, 6, 10), D(2019, 6, 10), "Taraz")),
        (["По данным Министерства внутренних дел, в Алматы задержаны около 100 человек."],
         (100, "Ministry of Internal Affairs", None, None, "Алматы")),
        (["Police detained 40 people in Almaty."], (40, "ODIHR", None, None, "Almaty")),
    ],
    ids=["previous-sentence", "ru-oblique-role", "paragraph-lead", "ru-po-dannym", "publisher-only"],
)  # fmt: skip
def test_reporters(paragraphs: list[str], row: tuple) -> None:
    rows = _full(*paragraphs, language="en" if paragraphs[0].isascii() else "ru")
    assert rows[-1] == row


def test_event_date_not_announcement_date() -> None:
    assert _full("On 13 June the ministry announced that more than 900 people had been detained on 9 and 10 June.")[-1][
        2:4
    ] == (D(2019, 6, 9), D(2019, 6, 10))
    assert _full("Министерство 13 июня сообщило, что 9 и 10 июня задержаны 900 человек.", language="ru")[-1][2:4] == (
        D(2019, 6, 9),
        D(2019, 6, 10),
    )


@pytest.mark.parametrize(
    ("paragraphs", "location"),
    [
        (["In Kazakhstan's largest city of Almaty, 50 protesters were detained."], "Almaty"),
        (["Police detained 50 protesters in the country's largest city, Almaty."], "Almaty"),
        (["Some 40 protesters were detained in the capital."], "Nur-Sultan"),
        (["Алматыда 50-ден астам адам ұсталды."], "Алматы"),
        (["Шымкентте 20 белсенді ұсталды."], "Шымкент"),
        (["Protesters gathered in Aktobe. Police detained 20 of them there."], "Aktobe"),
        (["Около 30 человек задержаны в столице."], "Nur-Sultan"),
    ],
    ids=["apposition-of", "apposition-comma", "capital-2019", "kk-locative", "kk-locative-te", "there", "ru-capital"],
)
def test_places(paragraphs: list[str], location: str) -> None:
    assert _full(*paragraphs, language="en" if paragraphs[0].isascii() else "ru")[-1][4] == location


def test_the_capital_is_named_for_the_election_date() -> None:
    from sources.claims import extract_claims
    from sources.records import TextBlock

    from .documents import context

    for election, capital in ((D(2015, 4, 26), "Astana"), (D(2019, 6, 9), "Nur-Sultan"), (D(2022, 11, 20), "Astana")):
        blocks = [TextBlock("Police detained 12 activists in the capital.")]
        [claim] = extract_claims(blocks, context(election=election))[0]
        assert claim.location == capital


# Counted subjects, each with its own phrase, coordinated before one passive predicate after a longer first one: a
# passive right after the conjunction has no subject of its own (detentions.yaml, grammar.coordination).
@pytest.mark.parametrize(
    ("sentence", "language", "counts"),
    [
        pytest.param("Four supporters of the movement and six members of a student club staged a picket near the "
                     "akimat and were detained.", "en", [4, 6], id="en-two-tailed-subjects"),
        pytest.param("Eleven activists from the regional branch held up placards outside the building for an hour and "
                     "were later detained.", "en", [11], id="en-long-first-predicate"),
        pytest.param("Семь членов партии провели одиночные пикеты у здания акимата в центре города и были задержаны.",
                     "ru", [7], id="ru-long-first-predicate"),
    ],
)
def test_counted_subjects_share_a_passive_after_a_long_first_predicate(
    sentence: str, language: str, counts: list[int]
) -> None:
    assert [row[0] for row in _rows(sentence, language=language)] == counts


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        pytest.param("Hundreds of residents stood in the square with banners for an hour and dozens were detained.",
                     "en", id="en-second-count-is-the-detained"),
        pytest.param("About 300 people gathered in the square with banners and were dispersed, and police detained 20.",
                     "en", id="en-gathering-first"),
    ],
)
def test_a_long_first_predicate_never_counts_the_wrong_people(sentence: str, language: str) -> None:
    counts = [row[0] for row in _rows(sentence, language=language)]
    assert 300 not in counts and not any(c is not None and c >= 100 for c in counts)
