"""Sentences, clauses and list items: abbreviations, initials, numbers and footnote markers stay in place."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sources.text import clean, list_items, split_clauses, split_sentences


def texts(text: str, **kw) -> list[str]:
    return [s.text for s in split_sentences(text, **kw)]


@pytest.mark.parametrize(
    "sentence",
    [
        "According to the Minister, approx. 4,000 people were detained.",
        "Statement No. 5 of the CEC was published.",
        "Art. 69 of the Law applies.",
        "Candidate K. Tokayev received 70.96 per cent.",
        "Turnout was 77.4 per cent, e.g. in Almaty it was lower.",
        "В г. Алматы задержано 4 тыс. человек.",
        "Т.е. нарушений было мало.",
        "Кандидат Сериков Н. Б. набрал 3 456 789 голосов (42,1 %).",
        "Всего 7 млн 062 тыс. 358 избирателей, согласно ст. 44 Закона.",
        "На 18.10 явка составила 53,11 %.",
        "Голосовали 6 539 715 избирателей, или 70,96 процента.",
        "«Алға» партиясына 812 334 адам, яғни 12,3 пайызы дауыс берді.",
        "Serikov received 3,456,789 votes, or 42.1 per cent, as of 6 p.m. on 9 June.",
    ],
)
def test_one_sentence_stays_whole(sentence: str) -> None:
    assert texts(sentence) == [sentence]


def test_sentences_split_at_full_stops() -> None:
    text = "Protests continued after election day. On 10 June, 200 more people were detained. Why? Nobody said!"
    assert texts(text) == [
        "Protests continued after election day.",
        "On 10 June, 200 more people were detained.",
        "Why?",
        "Nobody said!",
    ]


def test_a_sentence_may_start_with_a_figure_or_a_quote() -> None:
    assert texts("The law was amended in 2019. 677 people were fined.") == [
        "The law was amended in 2019.",
        "677 people were fined.",
    ]
    assert texts("Явка составила 69,4 %. «Алга» получила 40 мандатов.") == [
        "Явка составила 69,4 %.",
        "«Алга» получила 40 мандатов.",
    ]


def test_a_thousand_abbreviation_ends_a_sentence_only_before_a_capital() -> None:
    assert texts("Проголосовали 6 980 тыс. В Астане явка ниже.") == ["Проголосовали 6 980 тыс.", "В Астане явка ниже."]


def test_glued_footnote_markers_are_dropped() -> None:
    text = "It received 16 reports of violations, including voter impersonation.1 On election day the PGO acted.2"
    assert texts(text) == [
        "It received 16 reports of violations, including voter impersonation.",
        "On election day the PGO acted.",
    ]
    assert clean("see No.5 and 77.4 per cent") == "see No.5 and 77.4 per cent"


def test_line_breaks_are_spaces_but_headings_stand_alone() -> None:
    text = "The IEOM assessed the counting\nnegatively.\nIV. ELECTION DAY\nVoting was calm.\n\nA new paragraph"
    assert texts(text) == [
        "The IEOM assessed the counting negatively.",
        "IV. ELECTION DAY",
        "Voting was calm.",
        "A new paragraph",
    ]


def test_bullet_lines_are_sentences_of_their_own() -> None:
    text = "Явка по регионам:\n- в Астане – 40,94%;\n– в области Абай - 73,57 процента;\n- Алматы қаласы – 30,3 пайыз"
    assert texts(text) == [
        "Явка по регионам:",
        "- в Астане – 40,94%;",
        "– в области Абай - 73,57 процента;",
        "- Алматы қаласы – 30,3 пайыз",
    ]


def test_a_wrapped_dash_is_no_bullet() -> None:
    text = "Turnout in Astana was reported\n– by the CEC – at 40 per cent."
    assert texts(text) == ["Turnout in Astana was reported – by the CEC – at 40 per cent."]


def test_every_line_is_a_sentence_when_lines_are_blocks() -> None:
    text = "Голоса распределились следующим образом:\nСериков Нурлан – 3 456 789 голосов\nАрманова Гульнар – 98 765"
    assert len(texts(text, lines=True)) == 3


def test_spans_point_into_the_source_text() -> None:
    text = "  First one.  Second one.  "
    assert [text[s.start : s.end] for s in split_sentences(text)] == ["First one.", "Second one."]


def test_clauses() -> None:
    sentence = (
        "Approximately 4,000 people were detained; 677 of them were sentenced, while 305 were fined, but not all."
    )
    clauses = split_clauses(sentence)
    assert [c.text for c in clauses] == [
        "Approximately 4,000 people were detained",
        "677 of them were sentenced",
        "while 305 were fined",
        "but not all.",
    ]
    assert all(sentence[c.start : c.end] == c.text for c in clauses)


def test_semicolon_clauses_keep_grouped_and_decimal_numbers() -> None:
    sentence = "За положительное решение проголосовали 5 123 456 участников, или 71,4 %; против – 1 987 654 (27,7 %)"
    assert [c.text for c in split_clauses(sentence)] == [
        "За положительное решение проголосовали 5 123 456 участников, или 71,4 %",
        "против – 1 987 654 (27,7 %)",
    ]


ITEMS = [
    (
        "Голоса избирателей распределились следующим образом: за Арманову Гульнар проголосовали 206 107 человек, "
        "или 2,61 процента; за Бекова Ерлана – 98 765 избирателей (1,25 %).",
        ["за Арманову Гульнар проголосовали 206 107 человек, или 2,61 процента",
         "за Бекова Ерлана – 98 765 избирателей (1,25 %)"],
    ),
    (
        "Голоса распределились так: за Арманову проголосовали 206 107 человек, или 2,61 процента, за Бекова – "
        "98 765 (1,25 %), за Серикова – 3 456 789 (42,1 %).",
        ["за Арманову проголосовали 206 107 человек, или 2,61 процента", "за Бекова – 98 765 (1,25 %)",
         "за Серикова – 3 456 789 (42,1 %)"],
    ),
    (
        "в том числе в Акмолинской области – 59,5 %, в Актюбинской – 56,9 %, в Алматинской – 59,7 %",
        ["в том числе в Акмолинской области – 59,5 %", "в Актюбинской – 56,9 %", "в Алматинской – 59,7 %"],
    ),
    (
        "Явка:\n- в Астане – 40,94%;\n- в области Абай - 73,57 процента;\n1) Алматы қаласы – 30,3 пайыз.",
        ["в Астане – 40,94%", "в области Абай - 73,57 процента", "Алматы қаласы – 30,3 пайыз"],
    ),
    ("Астанада – 40,9 %, Алматыда – 30,3 %, Шымкентте – 51,2 %",
     ["Астанада – 40,9 %", "Алматыда – 30,3 %", "Шымкентте – 51,2 %"]),
    ("Turnout stood at 63.3 percent as of 6 p.m., the CEC said.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ITEMS, ids=[i[0][:30] for i in ITEMS])
def test_list_items(text: str, expected: list[str]) -> None:
    items = list_items(text)
    assert [i.text for i in items] == expected
    assert all(clean(text[i.start : i.end]) == i.text for i in items)


SENTENCE_POOL = [
    "В г. Алматы проголосовали 1 234 567 избирателей, т.е. 62,3 процента.",
    "Кандидат Сериков Н. Б. набрал 3 456 789 голосов (42,1 %).",
    "Всего 7 млн 062 тыс. 358 избирателей включены в списки согласно ст. 44 Закона.",
    "На 18.10 явка составила 53,11 %.",
    "Approx. 4,000 people were detained, according to K. Tokayev's office.",
    "Statement No. 5 was published on 9 June 2019 at 6 p.m. local time.",
    "Сайлаушылардың 63,3 пайызы бюллетень алды.",
    "«Алга» получила 40 мандатов, а «Ак жол» – 6 мандатов.",
    "Turnout stood at 77.4 per cent, e.g. in Almaty it was lower.",
    "Why?",
]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(SENTENCE_POOL), min_size=1, max_size=8), st.sampled_from([" ", "  ", "\n"]))
def test_generated_paragraphs_split_into_their_sentences(sentences: list[str], space: str) -> None:
    text = space.join(sentences)
    assert texts(text) == sentences


def test_a_bare_hh_mm_is_a_time_only_when_it_reads_hh_00() -> None:
    from sources.text import read_numbers

    assert [n.kind for n in read_numbers("Партия «Алга» 812 334 12.30")] == ["count", "decimal"]
    assert [n.kind for n in read_numbers("Явка 10.00 – 12,3 %")] == ["clock", "share"]


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(SENTENCE_POOL), min_size=1, max_size=6))
def test_a_sentence_of_one_line_text_is_its_source_slice(sentences: list[str]) -> None:
    text = " ".join(sentences).replace("1 234 567", "1\u00a0234\u00a0567")
    assert all(text[s.start : s.end] == s.text for s in split_sentences(text))
