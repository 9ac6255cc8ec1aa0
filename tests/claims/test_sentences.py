"""Sentence splitting that keeps abbreviations, initials, decimals and footnote markers in their place."""

from __future__ import annotations

import pytest

from sources.text.sentences import clean, split_clauses, split_sentences


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


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


def test_a_sentence_may_start_with_a_figure() -> None:
    assert texts("The law was amended in 2019. 677 people were fined.") == [
        "The law was amended in 2019.",
        "677 people were fined.",
    ]


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


def test_spans_point_into_the_source_text() -> None:
    text = "  First one.  Second one."
    assert [text[s.start : s.end] for s in split_sentences(text)] == ["First one.", "Second one."]


def test_clauses() -> None:
    sentence = (
        "Approximately 4,000 people were detained; 677 of them were sentenced, while 305 were fined, but not all."
    )
    assert [sentence[c.start : c.end] for c in split_clauses(sentence)] == [
        "Approximately 4,000 people were detained",
        "677 of them were sentenced",
        "while 305 were fined",
        "but not all.",
    ]
