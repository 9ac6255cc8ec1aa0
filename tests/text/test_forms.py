"""More written forms, in the shapes releases, wire copies and reports use (invented sentences)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sources.text import guess_language, read_numbers

FORMS = [
    # (text, language or None, [(kind, value), ...])
    ("К 16:00 явка составила 51,3%, следующая информация будет в 18:10.", None,
     [("clock", 16), ("share", 51.3), ("clock", 18 + 10 / 60)]),
    ("Информация о предварительных итогах будет представлена в 22.00 ч.", None, [("clock", 22)]),
    ("по состоянию на 12:00 19 марта 2023 года бюллетени получили 30,1%", None,
     [("clock", 12), ("date", 19), ("share", 30.1)]),
    ("Участки работают с 7 до 20 часов, голосование продлится до 20.00.", None, [("clock", 7), ("clock", 20),
                                                                              ("clock", 20)]),
    ("from 8 to 20 hours local time 1,234,567 voters cast ballots", "en", [("clock", 8), ("clock", 20),
                                                                           ("count", 1_234_567)]),
    # a span of hours is no hour of the day: a count of hours (measure 'duration', never a figure)
    ("за пять часов проголосовали 2 миллиона 15 тысяч избирателей", None, [("count", 5), ("count", 2_015_000)]),
    ("к пяти часам проголосовали 2 миллиона 15 тысяч избирателей", None, [("clock", 5), ("count", 2_015_000)]),
    ("сағат 14-ке дейін сайлаушылардың 68,48 пайызы дауыс берді", None, [("clock", 14), ("share", 68.48)]),
    ("10 қаңтар сағат 22:00-дегі жағдай бойынша 63,3 пайызы алды", None,
     [("date", 10), ("clock", 22), ("share", 63.3)]),
    ("Елорда уақытымен 12.00-дегі жағдай бойынша 28,8 проценті дауыс берді", None, [("clock", 12), ("share", 28.8)]),
    ("18:00-дегі жағдай: 8 миллион 108 мың адам дауыс берді, 67,85%-тін құрады", None,
     [("clock", 18), ("count", 8_108_000), ("share", 67.85)]),
    ("saǵat 16:05-tegi jaǵdaı boıynsha 7 mln 450 myń 395 azamat daýys berdi, 62,34 paıyzy", None,
     [("clock", 16 + 5 / 60), ("count", 7_450_395), ("share", 62.34)]),
    ("19 Наурыз 2023, 18:36", None, [("date", 19), ("clock", 18.6)]),
    ("Свыше восьми миллионов человек, из них двести пять наблюдателей", None, [("count", 8_000_000), ("count", 205)]),
    ("Постановлением ЦИК № 12/150 от 10 июня утверждены итоги", None,
     [("list_number", 12), ("list_number", 150), ("date", 10)]),
    ("Указ № 123 от 20.04.2019 г.", None, [("list_number", 123), ("date", 20)]),
    ("телефон горячей линии 8 (7172) 74-00-00, на участке №58", None, [("list_number", 0), ("list_number", 58)]),
    ("пункт 3 статьи 44 и ст.45 Конституционного закона", None,
     [("list_number", 3), ("list_number", 44), ("list_number", 45)]),
    ("44-бабының 3-тармағына сәйкес 2-ші турда", None, [("list_number", 44), ("list_number", 3), ("ordinal", 2)]),
    ("в 2019-2023 годах, в 1990-х годах", None, [("year", 2019), ("year", 2023), ("ordinal", 1990)]),
    ("in 2019 the CEC reported 2,000 polling stations", "en", [("year", 2019), ("count", 2000)]),
    ("в 14 186 избирательных участках, 1 234,5 тыс. рублей", None, [("count", 14_186), ("count", 1_234_500)]),
    ("more than 900 people had been detained on 9 and 10 June, police said on 13 June", "en",
     [("count", 900), ("date", 9), ("date", 10), ("date", 13)]),
    ("between 9 and 13 June, approximately 4,000 people were detained", "en",
     [("date", 9), ("date", 13), ("count", 4000)]),
    ("from 30 May to 2 June 2019", "en", [("date", 30), ("date", 2)]),
    ("June 9th, and Jun. 10, 2019", "en", [("date", 9), ("date", 10)]),
    ("Serikov won 42.10% of the vote, 6.98 million votes", "en", [("share", 42.1), ("count", 6_980_000)]),
    ("turnout was 2.5 times higher than 1.5 per cent", "en", [("decimal", 2.5), ("share", 1.5)]),
    ("19-наурызда сайлау өтті", None, [("date", 19)]),
    ("«Бәріне қарсымын» деп 123 456 адам дауыс берді", None, [("count", 123_456)]),
    ("5 млн 000 тыс. 000 избирателей", None, [("count", 5_000_000)]),
    ("полтора миллиона избирателей и полторы тысячи наблюдателей", None, [("count", 1_500_000), ("count", 1500)]),
    ("явка выросла в полтора раза", None, [("decimal", 1.5)]),
    ("a hundred and five people, a thousand protesters and a dozen observers", "en",
     [("count", 105), ("count", 1000), ("count", 12)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "expected"), FORMS, ids=[f[0][:40] for f in FORMS])
def test_written_forms(text: str, language, expected: list[tuple[str, float]]) -> None:
    got = [(n.kind, n.value) for n in read_numbers(text, language)]
    assert [k for k, _ in got] == [k for k, _ in expected]
    assert [v for _, v in got] == pytest.approx([v for _, v in expected])


def test_every_number_keeps_its_place_in_the_text() -> None:
    for text, language, _ in FORMS:
        for n in read_numbers(text, language):
            assert text[n.start : n.end] == n.text


def test_a_partial_date_keeps_day_and_month_and_a_full_one_its_date() -> None:
    partial, full = read_numbers("20 ноября и 9 июня 2019 года")
    assert (partial.day, partial.month, partial.date) == (20, 11, None)
    assert full.date is not None and full.date.isoformat() == "2019-06-09"


def test_clock_numbers_carry_hh_mm() -> None:
    assert [n.clock for n in read_numbers("на 18.10, в 6 p.m., сағат 9-да")] == ["18:10", "18:00", "09:00"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Явка избирателей составила 69,4 процента, сообщает ЦИК.", "ru"),
        ("Сайлаушылардың 63,3 пайызы бюллетень алды, деп хабарлайды ОСК.", "kk"),
        ("Turnout stood at 63.3 percent as of 6 p.m., the CEC said.", "en"),
        ("По области Ұлытау явка составила 58,6 процента, по Астане – 44,4 процента.", "ru"),
    ],
)
def test_language_is_guessed_from_the_letters(text: str, language: str) -> None:
    assert guess_language(text) == language


def test_every_data_file_says_what_it_holds() -> None:
    data = Path(__file__).parents[2] / "sources" / "text" / "data"
    files = sorted(data.glob("*.yaml"))
    assert files
    for f in files:
        assert f.read_text(encoding="utf-8").startswith("#"), f.name
        assert f.name in (data / "README.md").read_text(encoding="utf-8")


MEASURES = [("sentenced to 15 days of detention", "duration"), ("арестованы на 10 суток", "duration"),
            ("10 күнге қамауға алынды", "duration"), ("штраф 50 000 тенге", "money"), ("fined 100 MCI", "money"),
            ("задержаны 500 человек", None), ("200 people were detained", None)]  # fmt: skip


@pytest.mark.parametrize(("text", "measure"), MEASURES, ids=[m[0] for m in MEASURES])
def test_counts_of_days_or_tenge_carry_their_measure(text: str, measure: str | None) -> None:
    (n,) = read_numbers(text)
    assert (n.kind, n.measure) == ("count", measure)


@pytest.mark.parametrize("text", ["no one was detained", "ни один кандидат не снят", "each one of them voted"])
def test_one_as_a_pronoun_is_no_number(text: str) -> None:
    assert read_numbers(text) == []


def test_one_as_a_number_is_a_count() -> None:
    found = read_numbers("one observer and один наблюдатель")
    assert [(n.kind, n.value) for n in found] == [("count", 1), ("count", 1)]
