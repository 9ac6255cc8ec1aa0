"""Kazakh in the Arabic script (tote jazu) read back into Cyrillic: words invented for these tests in the shape of
the Arabic-script mirrors of Kazakh papers."""

from __future__ import annotations

import pytest

from sources.text.latin_kazakh import from_latin_2021, is_latin_2021
from sources.text.scripts import fold_vowels, from_arabic_kazakh, is_arabic_script


@pytest.mark.parametrize(("arabic", "cyrillic"), [
    ("ساعات", "сағат"),  # back word: а, ғ
    ("پايىزى", "пайызы"),
    ("وبلىسى", "облысы"),
    ("تىزىمگە", "тізімге"),  # گ and ە mark a front word: ы → і
    ("ءسابيلا", "сәбйлә"),  # the hamza makes the whole word front
    ("قاراعاندى", "қарағанды"),
], ids=["back-ghayn", "back-share-word", "back-oblysy", "front-by-letters", "front-by-hamza", "back-qaf"])
def test_words_follow_vowel_harmony(arabic: str, cyrillic: str) -> None:
    assert from_arabic_kazakh(arabic) == cyrillic


@pytest.mark.parametrize(("arabic", "cyrillic"), [
    ("شىمكەنت", "шымкент"),  # ك and ە would make it front: the dictionary keeps the loanword's back vowels
    ("تۇركىستان", "түркістан"),
    ("كوميسسيالارى", "комиссиялары"),  # the stem "комиссия" (и + я written as one glide)
], ids=["shymkent", "turkistan", "commission"])
def test_known_words_take_their_spelling(arabic: str, cyrillic: str) -> None:
    known = ["Шымкент", "Түркістан", "комиссия"]
    assert from_arabic_kazakh(arabic, known) == cyrillic


def test_digits_punctuation_and_latin_are_kept() -> None:
    text = "اقمولا وبلىسى – 61,4، Egemen.kz ساعات 18-00-دەگى"
    assert from_arabic_kazakh(text) == "ақмола облысы – 61,4, Egemen.kz сағат 18-00-дегі"


@pytest.mark.parametrize(("text", "expected"), [
    ("ساعات 18-00-دەگى جاعداي بويىنشا 58,2 پايىزى", True),
    ("Сағат 18:00-дегі жағдай бойынша 58,2 пайызы", False),
    ("Turnout was 58.2 per cent", False),
    ("", False),
], ids=["arabic", "cyrillic", "latin", "empty"])
def test_is_arabic_script(text: str, expected: bool) -> None:
    assert is_arabic_script(text) is expected


def test_fold_vowels_pairs_front_and_back() -> None:
    assert fold_vowels("шімкент") == fold_vowels("Шымкент")
    assert fold_vowels("комиссия") == fold_vowels("көмйссйә")


@pytest.mark.parametrize(("written", "expected"), [
    ("Aqtöbe oblysy boiynşa", "Aqtóbe oblysy boıynsha"),
    ("Maŋǧystau oblysy", "Mańǵystaý oblysy"),
    ("Soltüstık Qazaqstan", "Soltústik Qazaqstan"),
    ("Ūlytau oblysy", "Ulytaý oblysy"),
    ("sailauǧa qatysty, 62,34%-y", "saılaýǵa qatysty, 62,34%-y"),
], ids=["o-umlaut", "eng-and-g-breve", "dotless-i", "u-macron", "numbers-kept"])
def test_the_2021_kazakh_latin_alphabet_is_spelt_in_the_2018_one(written: str, expected: str) -> None:
    assert from_latin_2021(written) == expected


def test_the_2021_alphabet_is_told_by_its_own_letters() -> None:
    assert is_latin_2021("Aimaqtar boiynşa: Şymkent qalasy, Maŋǧystau oblysy")
    assert not is_latin_2021("Aqmola oblysy boıynsha daýys berdi")  # the 2018 alphabet
    assert not is_latin_2021("Ақмола облысы бойынша")
