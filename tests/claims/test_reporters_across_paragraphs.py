"""A reporter named in one paragraph goes on speaking for the next paragraph of its section (a PDF hands each
paragraph over as its own block) when that paragraph names no source and goes on with the same account: the
authority whose cases and sanctions it was, the person who names the detentions just reported, the share of counts
a finding in the next paragraph goes on from. Never across a heading, and never into the mission's own observation.

Every sentence here is invented for this file, in the shapes such publications use.
"""

from __future__ import annotations

import pytest

from sources.claims import extract_claims
from sources.records import Language, TextBlock

from .documents import context

HEADING = "#"  # a paragraph written "# ..." is a heading block


def _read(paragraphs: list[str], language: Language) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    blocks = [
        TextBlock(p.removeprefix(HEADING).strip(), 2, "heading") if p.startswith(HEADING) else TextBlock(p, 2)
        for p in paragraphs
    ]
    detentions, infractions = extract_claims(blocks, context("osce", language))
    return (
        [(c.detained_min, c.qualifier, c.reported_by) for c in detentions],
        [(c.measure, c.value, c.reported_by) for c in infractions],
    )


PROSECUTORS_EN = "During the campaign, the prosecutor's office opened 14 administrative cases for unlawful campaigning."
SANCTIONED_EN = (
    "In addition, 6 members of polling station commissions were fined for issuing ballots to voters without "
    "identity documents."
)
PROSECUTORS_RU = "В ходе кампании органы прокуратуры возбудили 21 административное дело."
SANCTIONED_RU = (
    "Также семь членов участковых избирательных комиссий были оштрафованы за выдачу бюллетеней без удостоверений "
    "личности."
)
PROSECUTORS_KK = "Сайлау науқаны кезінде прокуратура органдары 12 әкімшілік іс қозғады."
SANCTIONED_KK = "Сондай-ақ учаскелік сайлау комиссиясының 5 мүшесіне айыппұл салынды."
PGO = "Prosecutor General's Office"


@pytest.mark.parametrize(
    ("paragraphs", "language", "sanctioned"),
    [
        pytest.param([PROSECUTORS_EN, SANCTIONED_EN], "en", ("persons_sanctioned", 6.0, PGO), id="en-in-addition"),
        pytest.param([PROSECUTORS_RU, SANCTIONED_RU], "ru", ("persons_sanctioned", 7.0, PGO), id="ru-takzhe"),
        pytest.param([PROSECUTORS_KK, SANCTIONED_KK], "kk", ("persons_sanctioned", 5.0, PGO), id="kk-sondai-aq"),
        pytest.param(
            [PROSECUTORS_EN, "Of these, 9 cases concerned campaigning by public officials.", SANCTIONED_EN],
            "en",
            ("persons_sanctioned", 6.0, PGO),
            id="en-two-paragraphs-on",
        ),
        pytest.param(
            [PROSECUTORS_EN, "# Election day", SANCTIONED_EN], "en", ("persons_sanctioned", 6.0, "ODIHR"),
            id="en-not-across-heading",
        ),
        pytest.param(
            [PROSECUTORS_RU, "# День голосования", SANCTIONED_RU], "ru", ("persons_sanctioned", 7.0, "ODIHR"),
            id="ru-not-across-heading",
        ),
        pytest.param(
            [PROSECUTORS_EN, "Observers noted 10 complaints filed with district election commissions."],
            "en",
            ("complaints", 10.0, "ODIHR"),
            id="en-not-into-observers-noted",
        ),
        pytest.param(
            [PROSECUTORS_EN, "The ODIHR EOM observed that 10 complaints were filed with district commissions."],
            "en",
            ("complaints", 10.0, "ODIHR"),
            id="en-not-into-mission-observed",
        ),
    ],
)  # fmt: skip
def test_authority_speaks_for_the_next_paragraph(paragraphs: list[str], language: Language, sanctioned: tuple) -> None:
    _, infractions = _read(paragraphs, language)
    assert infractions[0][2] == PGO  # the paragraph that names it keeps it
    assert infractions[-1] == sanctioned


POLICE_EN = "Police detained opposition activists near the city hall on election night."
POLICE_RU = "Полиция задержала оппозиционных активистов у здания акимата."


@pytest.mark.parametrize(
    ("paragraphs", "language", "reporter"),
    [
        pytest.param(
            [POLICE_EN, "Aigerim Bekova told journalists that she and other activists were detained for hours."],
            "en",
            "Aigerim Bekova",
            id="en-source-of-the-same-detentions",
        ),
        pytest.param(
            [
                POLICE_RU,
                "Айгерим Бекова сообщила журналистам, что её и других активистов задержали на несколько часов.",
            ],
            "ru",
            "Айгерим Бекова",
            id="ru-source-of-the-same-detentions",
        ),
        pytest.param(
            [
                POLICE_EN,
                "Organisers had gathered outside the building an hour earlier.",
                "Among those detained, according to Aigerim Bekova, were two members of her party.",
            ],
            "en",
            "Aigerim Bekova",
            id="en-among-those-detained-past-a-paragraph-with-no-claims",
        ),
        pytest.param(
            [POLICE_EN, "# Aftermath", "Aigerim Bekova told journalists that she and other activists were detained."],
            "en",
            "ODIHR",
            id="en-not-across-heading",
        ),
        pytest.param(
            [POLICE_EN, "Aigerim Bekova said the rally had been announced a week in advance."],
            "en",
            "ODIHR",
            id="en-not-another-account",
        ),
    ],
)
def test_source_of_the_detentions_before(paragraphs: list[str], language: Language, reporter: str) -> None:
    detentions, _ = _read(paragraphs, language)
    assert detentions[0] == (None, "uncounted", reporter)


SHARE = "Counting was assessed as bad or very bad in one in five counts observed."
TAMPERING = "Observers also saw tampering with result protocols during the count."


@pytest.mark.parametrize(
    ("paragraphs", "observed"),
    [
        pytest.param([SHARE, TAMPERING], True, id="next-paragraph-its-own-row"),
        pytest.param([f"{SHARE} {TAMPERING}"], True, id="same-paragraph-its-own-row"),
        pytest.param([SHARE, "# Counting", TAMPERING], False, id="after-heading-restates-the-share"),
    ],
)
def test_finding_after_a_share(paragraphs: list[str], observed: bool) -> None:
    _, infractions = _read(paragraphs, "en")
    assert infractions[0] == ("share_of_observations_pct", 20.0, "ODIHR")
    assert (("observed", None, "ODIHR") in infractions) is observed


MINISTRY_RU = "По данным МВД, в день выборов в Шымкенте были задержаны 40 человек."


@pytest.mark.parametrize(
    ("paragraphs", "language", "reporter"),
    [
        pytest.param(
            [
                "The Interior Ministry said that 25 protesters were detained in Almaty on election night.",
                "Moreover, 12 people were detained in Shymkent the following morning.",
            ],
            "en",
            "Ministry of Internal Affairs",
            id="en-moreover",
        ),
        pytest.param(
            [MINISTRY_RU, "Кроме того, ещё 15 человек были задержаны в Таразе."],
            "ru",
            "Ministry of Internal Affairs",
            id="ru-krome-togo",
        ),
        pytest.param(
            [MINISTRY_RU, "# Наблюдение", "Кроме того, ещё 15 человек были задержаны в Таразе."],
            "ru",
            "ODIHR",
            id="ru-not-across-heading",
        ),
        pytest.param(
            [MINISTRY_RU, "Ещё 15 человек были задержаны в Таразе после митинга."],
            "ru",
            "ODIHR",
            id="ru-no-connective",
        ),
    ],
)
def test_connective_carries_the_source(paragraphs: list[str], language: Language, reporter: str) -> None:
    detentions, _ = _read(paragraphs, language)
    assert detentions[-1][2] == reporter


def test_complaints_in_the_next_paragraph_stay_the_missions() -> None:
    _, infractions = _read([PROSECUTORS_EN, "Some 30 complaints were lodged with election commissions."], "en")
    assert infractions[-1] == ("complaints", 30.0, "ODIHR")


@pytest.mark.parametrize(
    ("paragraphs", "language", "reporter"),
    [
        pytest.param(
            [
                "Бақылаушылар тобының жетекшісі Айдос Серікбаев жұмыс қорытындысы туралы айтады.",
                '"Біз учаскелерде бір ай бойы жұмыс істедік. Көп нәрсені көрдік.',
                'Барлығы 14 заңбұзушылық анықтадық", - дейді ол.',
            ],
            "kk",
            "Айдос Серікбаев",
            id="kk-quotation-closed-by-pronoun-two-paragraphs-on",
        ),
        pytest.param(
            [
                "Руководитель группы наблюдателей Данияр Омаров рассказал об итогах дня.",
                "«Мы работали на участках с самого утра.",
                "Всего мы зафиксировали 14 нарушений», — сказал он.",
            ],
            "ru",
            "Данияр Омаров",
            id="ru-quotation-closed-by-pronoun-two-paragraphs-on",
        ),
    ],
)
def test_quotation_across_paragraphs_is_its_speakers(paragraphs: list[str], language: Language, reporter: str) -> None:
    _, infractions = _read(paragraphs, language)
    assert [c[1:] for c in infractions] == [(14.0, reporter)]
