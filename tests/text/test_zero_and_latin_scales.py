"""Number words met in the seventeenth round: zero opening a decimal said as speech, and the Latin-script Kazakh
scale words with their dot ("149 mln. 548 myń teńge"), which read as one sum of money."""

from __future__ import annotations

import pytest

from sources.text.numbers import read_numbers


@pytest.mark.parametrize(("lang", "text", "value"), [
    ("ru", "ноль целых тридцать четыре сотых процента", 0.34),
    ("kk", "нөл бүтін жүзден отыз төрт пайыз", 0.34),
    ("en", "zero point three four percent", 0.34),
], ids=["ru", "kk", "en"])
def test_zero_opens_a_decimal_said_as_speech(lang: str, text: str, value: float) -> None:
    shares = [n for n in read_numbers(text, lang) if n.kind == "share"]
    assert len(shares) == 1 and abs(shares[0].value - value) < 1e-9


@pytest.mark.parametrize(("text", "value"), [
    ("onda uıym da 149 mln. 548 myń teńge qarjy bóledi", 149548000),
    ("jalpy 7 mln. 450 myń 395 saılaýshy", 7450395),
], ids=["money", "people"])
def test_latin_kazakh_scales_with_a_dot_make_one_number(text: str, value: int) -> None:
    counts = [n for n in read_numbers(text, "kk") if n.kind == "count"]
    assert [n.value for n in counts] == [value]
    assert (counts[0].measure == "money") == ("teńge" in text)
