"""Kazakh in a Latin alphabet is read in Cyrillic (the 2021 official alphabet and the older Turkish-style spelling),
its claims quoting the text as written.

Every sentence here is invented for this file, in the shapes such publications use.
"""

from __future__ import annotations

import pytest

from sources.text.latin_kazakh import cyrillic_reading, is_latin_kazakh

from .documents import infraction_row, read

PGO = "Prosecutor General's Office"


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        ("Aqtöbe oblysynda 5 adam bırneşe biulleten alğany üşın jauapkerşılıkke tartyldy.",
         "Ақтөбе облысында 5 адам бірнеше бюллетен алғаны үшін жауапкершілікке тартылды."),
        ("Bas prokuratura birneşe adamnıñ äkimşilik jauapkerşilikke tartılğanın habarladı.",
         "Бас прокуратура бірнеше адамның әкімшілік жауапкершілікке тартылғанын хабарлады."),
        ("Olarğa 10 AEK mölşerınde aiyppūl salyndy.", "Оларға 10 АЕК мөлшерінде айыппұл салынды."),
        # the 2018 alphabet with acutes: á ǵ ń ó ú ý, sh/ch digraphs, ı as и or й
        ("Prokýratýra organdaryna saılaýǵa baılanysty 6 ótinish tústi.",
         "Прокуратура органдарына сайлауға байланысты 6 өтініш түсті."),
    ],
    ids=["official-2021", "turkish-style", "official-2021-u-bar", "acute-2018"],
)  # fmt: skip
def test_latin_kazakh_reads_in_cyrillic(latin: str, cyrillic: str) -> None:
    assert is_latin_kazakh(latin)
    assert cyrillic_reading(latin) == cyrillic


@pytest.mark.parametrize(
    "text",
    ["Police detained 30 people in Almaty.", "Полиция задержала 30 человек, сообщает Türkiye Today.", "Astana, Almaty"],
    ids=["english", "russian-with-a-name", "place-names"],
)
def test_other_text_is_not_latin_kazakh(text: str) -> None:
    assert not is_latin_kazakh(text)


def test_claims_of_latin_kazakh_quote_the_text_as_written() -> None:
    text = (
        "Qaraǧandy oblysynda saılau künı 7 adam bırneşe biulleten alğany üşın äkımşılık jauapkerşılıkke tartyldy, "
        "dep habarlady oblystyq prokuratura."
    )
    _, infractions = read(text, language="kk")
    assert [infraction_row(c) for c in infractions] == [
        ("multiple_ballots_issued", "persons_sanctioned", 7, "exact", PGO)
    ]
    assert infractions[0].evidence.text == text


def test_latin_script_is_read_only_in_a_kazakh_document() -> None:
    text = "Qaraǧandy oblysynda 7 adam bırneşe biulleten alğany üşın äkımşılık jauapkerşılıkke tartyldy."
    assert read(text, language="en") == ([], [])


def test_the_2018_alphabet_with_acutes_gives_its_claims_as_written() -> None:
    text = "Saılaý kúni prokýratýra organdaryna 6 ótinish tústi. Eki ótinishte zańdy túsindirý suranysy bolǵan."
    infractions = read(text, language="kk")[1]
    assert [(c.measure, c.value, c.reported_by) for c in infractions] == [("complaints", 6, PGO)]
    assert infractions[0].evidence.text.startswith("Saılaý kúni")  # quoted as written
