"""A Kazakh page in transition mixes alphabets inside one sentence: a region in Latin letters with marks
("Türkistan облысы", "Aqtöbe облысы") is the region its plain spelling names (sentences invented)."""

from __future__ import annotations

import pytest

from sources.figures.regions import find_regions


@pytest.mark.parametrize(("text", "code"), [
    ("Екінші орында Türkistan облысы – 71,40%.", "KZ-61"),
    ("Aqtöbe облысында 64,15% тіркелді.", "KZ-15"),
    ("Түркістан облысы – 71,40%.", "KZ-61"),
], ids=["turkistan-u-umlaut", "aqtobe-o-umlaut", "cyrillic"])
def test_a_region_in_marked_latin_letters_is_found(text: str, code: str) -> None:
    found = find_regions(text)
    assert [r.code for r in found] == [code], found
    assert text[found[0].start: found[0].end] == found[0].text  # written as the page writes it


def test_marked_letters_elsewhere_add_no_region() -> None:
    assert find_regions("Qūryltai saılaýy: qatysý joǵary.") == []
