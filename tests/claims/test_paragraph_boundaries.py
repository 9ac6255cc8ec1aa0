"""A paragraph boundary neither loses nor invents an account. A PDF hands each paragraph over as its own block and a
press story puts its title, byline and quotation on lines of their own: what one paragraph says, the next may go on
with -- a speaker's quotation, a part of a count, the kind of a count, the same detention counted, a story's source.
Each shape is read the same whether its paragraphs come as one block or as several.

Every sentence here is invented for this file, in the shapes such publications use.
"""

from __future__ import annotations

import pytest

from sources.records import Language

from .documents import read

Row = tuple[object, ...]


def _rows(paragraphs: list[str], language: Language, joined: bool) -> tuple[list[Row], list[Row]]:
    blocks = ["\n".join(paragraphs)] if joined else paragraphs
    detentions, infractions = read(*blocks, language=language)
    return (
        sorted(((c.detained_min, c.qualifier, c.subject, c.reported_by) for c in detentions), key=str),
        sorted(
            ((c.category, c.measure, c.value, c.reported_by) for c in infractions),
            key=lambda r: tuple(str(x) for x in r),
        ),
    )


CASES = [
    pytest.param(
        [
            "По словам местной жительницы Гульжан Омаровой, люди собрались у акимата.",
            "— Несколько активистов были задержаны ещё до начала встречи, — говорит она.",
        ],
        "ru",
        [(3, "several", "activists", "Гульжан Омаровой")],
        [],
        id="ru-dash-quotation-after-its-speaker",
    ),
    pytest.param(
        [
            "Бас прокуратураның өкілі Ерлан Досов брифинг барысында сайлау күнгі заңбұзушылықтар туралы айтты.",
            '"Бүгінгі күнге дейін 14 тұлғаның заң талаптарын бұзу фактілері расталды. Олардың 9-ы азаматтарға басқа '
            'адамдар үшін дауыс беруге мүмкіндік жасау мақсатында бюллетень берумен байланысты". Ерлан Досов',
        ],
        "kk",
        [],
        [("multiple_ballots_issued", "violations", 9.0, "Prosecutor General's Office")],
        id="kk-quotation-paragraph-and-a-part-of-what-it-named",
    ),
    pytest.param(
        [
            "The regional prosecutor's office said it had opened 11 administrative cases over the vote.",
            "He said that the cases mostly concerned campaigning on election day.",
            "3 cases concerned issuing several ballots to one voter.",
        ],
        "en",
        [],
        [
            ("illegal_campaigning", "administrative_cases", 11.0, "Prosecutor General's Office"),
            ("multiple_ballots_issued", "violations", 3.0, "Prosecutor General's Office"),
        ],
        id="en-speaker-then-cases-no-one-saw",
    ),
    pytest.param(
        [
            "Protesters detained after the count in Shymkent",
            "Dozens of people who had gathered outside the city akimat were detained late on Sunday.",
        ],
        "en",
        [(24, "dozens", "protesters", "ODIHR")],
        [],
        id="en-title-uncounted-lead-counts",
    ),
    pytest.param(
        [
            "С утра в органы прокуратуры поступило 31 обращение о возможных нарушениях, сообщил Ерлан Досов.",
            "Он добавил, что обращения переданы районным прокурорам.",
            "В обращениях говорится о проведении агитации в день тишины.",
        ],
        "ru",
        [],
        [("illegal_campaigning", "complaints", 31.0, "Prosecutor General's Office")],
        id="ru-elaboration-two-paragraphs-on",
    ),
    pytest.param(
        [
            "Лига независимых наблюдателей зафиксировала 17 нарушений на участках в трёх городах",
            "Среди нарушений — агитационные материалы у входа и запрет на видеосъёмку.",
            "Также отмечено, что на четырёх участках наблюдателям не выдали протокол открытия.",
        ],
        "ru",
        [],
        [
            ("mixed", "violations", 17.0, "Лига независимых наблюдателей"),
            ("observer_obstruction", "polling_stations", 4.0, "Лига независимых наблюдателей"),
        ],
        id="ru-story-lead-organisation-speaks-for-the-story",
    ),
]


@pytest.mark.parametrize("joined", [False, True], ids=["paragraph-blocks", "one-block"])
@pytest.mark.parametrize(("paragraphs", "language", "detentions", "infractions"), CASES)
def test_a_boundary_neither_loses_nor_invents_an_account(
    paragraphs: list[str], language: Language, detentions: list[Row], infractions: list[Row], joined: bool
) -> None:
    found_detentions, found_infractions = _rows(paragraphs, language, joined)
    assert found_detentions == sorted(detentions, key=str)
    assert found_infractions == sorted(infractions, key=lambda r: tuple(str(x) for x in r))


def test_a_story_source_is_not_found_after_a_heading() -> None:
    """A section of a report opening with an organisation's findings does not make it the source of the section."""
    from sources.claims import extract_claims
    from sources.records import TextBlock

    from .documents import context

    blocks = [
        TextBlock("The mission deployed observers to all regions.", 2),
        TextBlock("Election Day", 3, "heading"),
        TextBlock("The Alliance of Citizen Observers found 40 violations in its own sample.", 3),
        TextBlock("Group voting was observed in 12 polling stations.", 3),
    ]
    _, infractions = extract_claims(blocks, context())
    assert [(c.measure, c.value, c.reported_by) for c in infractions] == [
        ("violations", 40.0, "Alliance of Citizen Observers"),
        ("polling_stations", 12.0, "ODIHR"),
    ]


def test_a_headline_count_said_again_with_its_source_is_the_bodys_row() -> None:
    detentions, _ = read(
        "Около 40 человек задержаны в Актобе",
        "На акции 12 марта задержаны около 40 человек. Об этом сообщил журналистам начальник городской полиции.",
        language="ru",
    )
    assert [(c.detained_min, c.reported_by, c.evidence.text[:8]) for c in detentions] == [(40, "police", "На акции")]


def test_two_sources_of_one_count_leave_the_headline_to_the_one_of_its_days() -> None:
    detentions, _ = read(
        "12 наурыздағы шеруде 40 адам ұсталған",
        "Ішкі істер министрі 12 наурыз күні өткен шеруде 40 адамның ұсталғанын мәлім етті.",
        '"40 адам ұсталды", – деді БАҚ өкілдерінің сауалына жауап берген министр.',
        language="kk",
    )
    assert detentions[0].reported_by == "Minister of Internal Affairs"


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Суд оставил в силе штраф в размере 172,5 тысячи тенге жителю, вышедшему на пикет после выборов.", "ru"),
        ("The court upheld a fine of 1.5 million tenge imposed on a voter after the election.", "en"),
        ("Сот сайлаудан кейін пикетке шыққан тұрғынға 2 миллион теңге айыппұл салды.", "kk"),
    ],
    ids=["ru-thousand-tenge", "en-million-tenge", "kk-million-tenge"],
)
def test_money_is_no_count_of_people_sanctioned(sentence: str, language: Language) -> None:
    assert read(sentence, language=language) == ([], [])


@pytest.mark.parametrize("joined", [False, True], ids=["paragraph-blocks", "one-block"])
def test_a_byline_over_two_lines_speaks_for_the_paragraph_after_it(joined: bool) -> None:
    paragraphs = [
        "Айгерим Сапарова",
        "Координатор движения наблюдателей в Караганде",
        "С утра было трудно: наблюдателей не хотели допускать на территорию участков.",
    ]
    _, infractions = read(*(["\n".join(paragraphs)] if joined else paragraphs), language="ru")
    assert [(c.category, c.reported_by) for c in infractions] == [("observer_obstruction", "Айгерим Сапарова")]


@pytest.mark.parametrize("joined", [False, True], ids=["paragraph-blocks", "one-block"])
def test_the_answers_of_an_interview_are_the_interviewee_s(joined: bool) -> None:
    paragraphs = [
        "In Oral I had a conversation with Dana Serikova, who leads a small network of citizen observers.",
        "What did your observers see on election day?",
        "Commission members would not let the observers see the marks on the ballots. Two observers were detained.",
    ]
    detentions, infractions = read(*(["\n".join(paragraphs)] if joined else paragraphs))
    assert [(c.detained_min, c.subject, c.reported_by) for c in detentions] == [(2, "observers", "Dana Serikova")]
    assert [(c.category, c.reported_by) for c in infractions] == [("observer_obstruction", "Dana Serikova")]


@pytest.mark.parametrize("joined", [False, True], ids=["paragraph-blocks", "one-block"])
def test_a_story_told_from_an_outlet_s_own_reporter_is_the_outlet_s(joined: bool) -> None:
    paragraphs = [
        "Вброс на участке.",
        "Корреспондент Власти, побывавший на участке № 12 в Таразе, увидел, что одна избирательница опустила в урну "
        "пачку бюллетеней.",
        "Председатель комиссии потребовала, чтобы журналист Власти покинул участок.",
    ]
    _, infractions = read(*(["\n".join(paragraphs)] if joined else paragraphs), language="ru")
    assert sorted((c.category, c.reported_by) for c in infractions) == [
        ("ballot_box_stuffing", "Власти"),
        ("observer_obstruction", "Власти"),
    ]


def test_an_elaboration_retypes_a_count_said_in_two_paragraphs_before_it() -> None:
    _, infractions = read(
        "Представитель прокуратуры сообщил о поступлении 18 обращений о нарушениях.",
        "С начала голосования в органы прокуратуры поступило 18 обращений о возможных нарушениях.",
        "В обращениях говорится о проведении агитации в день тишины.",
        language="ru",
    )
    assert [(c.category, c.value) for c in infractions] == [("illegal_campaigning", 18), ("illegal_campaigning", 18)]
