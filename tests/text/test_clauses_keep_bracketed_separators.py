"""A semicolon inside brackets ("Baytaq (121 002; 1,54%)") parts no clause: the count and the share in them stay
with the name before them; one outside brackets still does (sentences invented)."""

from __future__ import annotations

import pytest

from sources.text import split_clauses


@pytest.mark.parametrize(("sentence", "clauses"), [
    ("Не прошли: «Көк Тау» (214 330; 2,71%), «Ақ Бұлақ» (98 120; 1,24%).", 1),
    ("Did not pass: Kok Tau (214,330; 2.71%) and Ak Bulak (98,120; 1.24%).", 1),
    ("Өтпеді: «Көк Тау» (214 330; 2,71%).", 1),
    ("«Көк Тау» – 2,71%; «Ақ Бұлақ» – 1,24%.", 2),
], ids=["ru-in-brackets", "en-in-brackets", "kk-in-brackets", "ru-outside"])
def test_a_semicolon_inside_brackets_parts_no_clause(sentence: str, clauses: int) -> None:
    spans = split_clauses(sentence)
    assert len(spans) == clauses, spans
    assert all(s.text.count("(") == s.text.count(")") for s in spans), spans
