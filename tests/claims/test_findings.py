"""Findings read clause by clause: negation, modality and hedges govern their own sub-clause; lists of kinds;
shares with their base; coverage is never a value; sanctions are infractions, never detentions."""

from __future__ import annotations

import pytest

from sources.claims import extract_claims
from sources.records import TextBlock

from .documents import context, infraction_row, read

ODIHR = "ODIHR"


@pytest.mark.parametrize(
    ("sentence", "rows"),
    [
        ("Serious irregularities were seen, among them cases of multiple voting, and the disregard of counting rules "
         "meant that the count's honesty was not assured.",
         [("other", "observed", None, "cases", ODIHR), ("counting_irregularity", "observed", None, "observed", ODIHR)]),
        # "one polling station" counts the station: the where-clause's negation governs nothing of the finding
        ("Ballot box stuffing was observed in one polling station where the chairperson did not intervene.",
         [("ballot_box_stuffing", "polling_stations", 1, "exact", ODIHR)]),
        ("Group voting was seen in rural areas, but observers did not see any ballot box stuffing.",
         [("group_voting", "observed", None, "observed", ODIHR)]),
        ("No cases of ballot box stuffing were observed.", []),
        ("The mission was not informed of any instances of proxy voting.", []),
        ("The law prohibits group voting and proxy voting.", []),
        ("The ODIHR recommends measures to prevent ballot box stuffing.", []),
        ("Commissions should ensure that family voting does not take place.", []),
        ("Наблюдатели не зафиксировали вбросов бюллетеней.", []),
        ("Вбросы бюллетеней были отмечены на участке, где председатель не вмешался.",
         [("ballot_box_stuffing", "observed", None, "observed", ODIHR)]),
        # a concessive clause fronted before the finding keeps its negation (and its speaker) to itself
        ("Although the CEC said no violations had been registered, observers reported ballot box stuffing.",
         [("ballot_box_stuffing", "observed", None, "observed", ODIHR)]),
        ("Хотя ЦИК заявил, что нарушений не было, наблюдатели отметили вбросы бюллетеней.",
         [("ballot_box_stuffing", "observed", None, "observed", ODIHR)]),
        # ... unless the main clause speaks of the subordinate's finding, or the subordinate is a condition
        ("Although ballot box stuffing was reported, it could not be confirmed.", []),
        ("If ballot box stuffing occurred, the commissions did not report it.", []),
    ],
    ids=["two-findings-own-negation", "negation-in-where-clause", "negated-second-clause", "no-cases",
         "not-informed", "law-prohibits", "recommends-prevent", "should", "ru-negated", "ru-where-clause",
         "en-concessive", "ru-concessive", "concessive-referred-back", "conditional"],
)  # fmt: skip
def test_negation_governs_its_own_clause(sentence: str, rows: list[tuple]) -> None:
    _, infractions = read(sentence, language="en" if sentence.isascii() else "ru")
    assert [infraction_row(c) for c in infractions] == rows


def test_a_list_of_kinds_joined_by_modifiers_is_one_row_per_kind() -> None:
    _, infractions = read(
        "Observers witnessed a series of apparently identical signatures, repeated instances of seemingly organised "
        "group voting and several clear cases of ballot box stuffing."
    )
    assert sorted(c.category for c in infractions) == ["ballot_box_stuffing", "group_voting", "identical_signatures"]


def test_a_count_of_a_list_of_kinds_is_mixed() -> None:
    _, infractions = read("The CEC received 52 complaints about pressure on voters and illegal campaigning.")
    assert [infraction_row(c) for c in infractions] == [("mixed", "complaints", 52, "exact", "CEC")]


@pytest.mark.parametrize(
    ("sentence", "value", "base", "measure"),
    [
        # N of the M stations observed: the stations as written, the sample they are of kept as the base
        ("The count was assessed negatively in 62 of the 115 polling stations observed.", 62, 115,
         "polling_stations"),
        ("The count was assessed negatively in 62 of 115 polling stations observed.", 62, 115,
         "polling_stations"),
        ("Подсчёт оценён отрицательно на 23 из 115 наблюдавшихся участков.", 23, 115, "polling_stations"),
        # the stations as written, with their base, when the text does not say the M were observed
        ("The count was assessed negatively in 6 of the 40 polling stations in the district.", 6, 40,
         "polling_stations"),
        ("Counting was assessed negatively in one in four polling stations observed.", 25.0, None,
         "share_of_observations_pct"),
        ("The count was rated bad or very bad in one out of five counts observed.", 20.0, None,
         "share_of_observations_pct"),
        ("The count was assessed negatively in a quarter of the polling stations observed.", 25.0, None,
         "share_of_observations_pct"),
        ("The count was assessed negatively in 12 per cent of observations.", 12.0, None, "share_of_observations_pct"),
        ("The count was assessed negatively in 12 per cent of the 1,140 polling stations observed.", 12.0, 1140,
         "share_of_observations_pct"),
        ("The count was assessed negatively in 9 of the 60 counts observed.", 9, 60, "polling_stations"),
        ("Подсчет голосов оценен отрицательно на каждом четвертом из наблюдавшихся участков.", 25.0, None,
         "share_of_observations_pct"),
    ],
    ids=["n-of-the-m", "n-of-m", "ru-n-of-m-observed", "stations-with-base",
         "one-in-four", "one-out-of-five", "a-quarter", "per-cent", "per-cent-of-base",
         "n-of-m-counts", "ru-every-fourth"],
)  # fmt: skip
def test_shares_keep_their_base(sentence: str, value: float, base: float | None, measure: str) -> None:
    _, infractions = read(sentence, language="en" if sentence.isascii() else "ru")
    [claim] = infractions
    assert (claim.category, claim.measure, claim.value, claim.base) == ("counting_irregularity", measure, value, base)


@pytest.mark.parametrize(
    ("sentence", "rows"),
    [
        ("Observers followed the vote at 82 polling stations and found about ten violations.",
         [("mixed", "violations", 10, "approximately", ODIHR)]),
        ("The IEOM observed voting in 1,212 polling stations and counting in 118.", []),
        ("The mission deployed 310 observers, who visited 1,050 polling stations and noted group voting.",
         [("group_voting", "observed", None, "observed", ODIHR)]),
        ("The CEC, which oversees 10,013 precinct election commissions, registered 45 complaints.",
         [("mixed", "complaints", 45, "exact", "CEC")]),
        ("Избирательные комиссии 18 регионов получили 31 жалобу.",
         [("mixed", "complaints", 31, "exact", ODIHR)]),
    ],
    ids=["followed-at-82", "observed-in-1212", "deployed-visited", "commissions", "ru-commissions"],
)  # fmt: skip
def test_coverage_is_never_a_value(sentence: str, rows: list[tuple]) -> None:
    _, infractions = read(sentence, language="en" if sentence.isascii() else "ru")
    assert [infraction_row(c) for c in infractions] == rows


@pytest.mark.parametrize(
    ("sentence", "row"),
    [
        ("11 members of precinct commissions were fined for issuing several ballots to one voter.",
         ("multiple_ballots_issued", "persons_sanctioned", 11, "exact", ODIHR)),
        ("Courts fined 4 commission chairpersons for falsifying protocols.",  # results protocols: the count's
         ("counting_irregularity", "persons_sanctioned", 4, "exact", ODIHR)),
        ("According to the Prosecutor General's Office, 23 voters were brought to administrative responsibility "
         "for voting on behalf of others.",
         ("voter_impersonation", "persons_sanctioned", 23, "exact", "Prosecutor General's Office")),
        ("Девять избирателей оштрафованы за голосование за других лиц.",
         ("voter_impersonation", "persons_sanctioned", 9, "exact", ODIHR)),
        ("Семь членов участковых комиссий привлечены к административной ответственности за вбросы бюллетеней.",
         ("ballot_box_stuffing", "persons_sanctioned", 7, "exact", ODIHR)),
        ("Басқа адамның орнына дауыс берген 5 сайлаушыға айыппұл салынды.",
         ("voter_impersonation", "persons_sanctioned", 5, "exact", ODIHR)),
    ],
    ids=["fined-commission-members", "active-fined", "brought-to-responsibility", "ru-fined-voters",
         "ru-commission-members", "kk-fined"],
)  # fmt: skip
def test_sanctions_are_infractions_not_detentions(sentence: str, row: tuple) -> None:
    detentions, infractions = read(sentence, language="en" if sentence.isascii() else "ru")
    assert detentions == []
    assert [infraction_row(c) for c in infractions] == [row]


@pytest.mark.parametrize(
    "sentence",
    [
        "677 were sentenced to administrative arrest.",
        "Of those detained, 412 were fined and 96 were sentenced to up to 15 days of administrative arrest.",
        "Участники несанкционированного митинга оштрафованы, 40 из них арестованы на 10 суток.",
    ],
    ids=["administrative-arrest", "of-those-detained", "ru-protest-fines"],
)
def test_sanctions_after_protests_are_neither(sentence: str) -> None:
    detentions, infractions = read(sentence, language="en" if sentence.isascii() else "ru")
    assert (detentions, infractions) == ([], [])


def test_an_uncounted_kind_in_a_cec_release_needs_someone_who_saw_it() -> None:
    seen = "Наблюдатели отметили случаи группового голосования."
    said = "По фактам группового голосования возбуждены дела об административных правонарушениях."
    assert [c.category for c in read(seen, publisher="cec", language="ru")[1]] == ["group_voting"]
    assert read(said, publisher="cec", language="ru")[1] == []


def test_a_report_names_each_observed_kind_once() -> None:
    blocks = [
        TextBlock("EXECUTIVE SUMMARY", 2, "heading"),
        TextBlock("Voting was marred by ballot box stuffing, and the count was assessed negatively in 40 per cent "
                  "of observations, so an honest count was not guaranteed.", 2),
        TextBlock("ELECTION DAY", 5, "heading"),
        TextBlock("Observers saw cases of ballot box stuffing in the capital.", 5),
    ]  # fmt: skip
    _, infractions = extract_claims(blocks, context())
    assert [infraction_row(c) for c in infractions] == [
        ("counting_irregularity", "share_of_observations_pct", 40, "exact", ODIHR),
        ("ballot_box_stuffing", "observed", None, "cases", ODIHR),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Counting procedures were often disregarded, so that an honest count could not be guaranteed.",
        "Significant irregularities on election day meant that an honest count could not be guaranteed.",
    ],
    ids=["disregarded", "honest-count"],
)
def test_findings_that_carry_their_own_negation(sentence: str) -> None:
    _, infractions = read(sentence)
    assert [infraction_row(c) for c in infractions] == [("counting_irregularity", "observed", None, "observed", ODIHR)]


# A generic head noun and the process it concerns, whatever modifiers stand between (findings.yaml, `composed`).
@pytest.mark.parametrize(
    ("sentence", "language", "category"),
    [
        pytest.param("Observers described problems with how the ballots were tabulated in several districts.", "en",
                     "counting_irregularity", id="en-problems-with-how"),
        pytest.param("The mission noted numerous minor inconsistencies during the recount.", "en",
                     "counting_irregularity", id="en-inconsistencies-during"),
        pytest.param("Short-term observers reported tabulation mistakes in two regions.", "en",
                     "counting_irregularity", id="en-compound"),
        pytest.param("Monitors documented repeated problems with the work of citizen observers.", "en",
                     "observer_obstruction", id="en-work-of-observers"),
        pytest.param("Наблюдатели отметили многочисленные мелкие недочёты в ходе подсчёта голосов.", "ru",
                     "counting_irregularity", id="ru-nedochety-v-hode"),
        pytest.param("Миссия зафиксировала проблемы с допуском местных наблюдателей.", "ru",
                     "observer_obstruction", id="ru-dopusk-nablyudateley"),
        pytest.param("Бақылаушылар қорытынды хаттамалар бойынша кемшіліктерді атап өтті.", "kk",
                     "counting_irregularity", id="kk-hattama-boiynsha"),
    ],
)
def test_a_finding_is_a_head_noun_and_its_process(sentence: str, language: str, category: str) -> None:
    _, infractions = read(sentence, language=language)  # type: ignore[arg-type]
    assert [(c.category, c.measure, c.value) for c in infractions] == [(category, "observed", None)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Observers saw no problems with how the ballots were tabulated.",
        "Наблюдатели не отметили недочётов в ходе подсчёта голосов.",
        "The law provides for the correction of errors in the results protocols.",
    ],
)
def test_a_composed_finding_is_negated_and_blocked_like_any_other(sentence: str) -> None:
    _, infractions = read(sentence, language="ru" if sentence[0] in "Н" else "en")
    assert infractions == []


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        pytest.param("The candidate kept copies of the protocols, yet at the district commission two forgeries turned "
                     "up in their place.", "en", id="en-no-form-forgeries"),
    ],
)
def test_a_forgery_without_its_document_is_not_guessed(sentence: str, language: str) -> None:
    # the Russian form needs the protocol named in the sentence; an English 'forgeries' alone stays unread
    _, infractions = read(sentence, language=language)  # type: ignore[arg-type]
    assert infractions == []


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        pytest.param("Хотя у кандидата остались копии протоколов с печатями, в окружкоме нашлись три фальшивки.", "ru",
                     id="ru-falshivki-after-protocols"),
        pytest.param("Суд признал поддельным итоговый протокол участка.", "ru", id="ru-poddelnyi-protokol"),
        pytest.param("Но в районную комиссию позже поступил протокол, где за кандидата значится всего 52 голоса.", "ru",
                     id="ru-odnako-peredali-protokol"),
        pytest.param("Observers were given copies with 300 votes for her, but the city commission received a protocol "
                     "with different figures.", "en", id="en-different-figures"),
    ],
)
def test_a_forged_or_substituted_protocol_is_a_counting_irregularity(sentence: str, language: str) -> None:
    _, infractions = read(sentence, language=language)  # type: ignore[arg-type]
    assert [(c.category, c.measure, c.value) for c in infractions] == [("counting_irregularity", "observed", None)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The speaker urged changes to the electoral rules with regard to ballot box stuffing.",
        "He said liability for issuing several ballots to one voter was too mild.",
        "Group voting is punishable by a fine under the code.",
        "New legislation on proxy voting was discussed at the conference.",
    ],
)
def test_a_finding_named_as_a_topic_of_rules_is_no_observation(sentence: str) -> None:
    assert read(sentence) == ([], [])


# Counts coordinated under one measure noun said once, before or after: each count takes the noun with its own words.
@pytest.mark.parametrize(
    ("sentence", "language", "rows"),
    [
        pytest.param("Prosecutors opened 4 administrative and 3 criminal cases after the vote.", "en",
                     [("administrative_cases", 4), ("criminal_cases", 3)], id="en-noun-after-second"),
        pytest.param("The platform counted 6 gross and 31 minor violations.", "en",
                     [("violations", 6), ("violations", 31)], id="en-fillers-coordinated"),
        pytest.param("Прокуроры возбудили 4 административных и 3 уголовных дела.", "ru",
                     [("administrative_cases", 4), ("criminal_cases", 3)], id="ru-noun-after-second"),
        pytest.param("По итогам проверок возбуждено 4 административных дела и 3 уголовных.", "ru",
                     [("administrative_cases", 4), ("criminal_cases", 3)], id="ru-noun-after-first"),
        pytest.param("Прокурорлар 4 әкімшілік және 3 қылмыстық іс қозғады.", "kk",
                     [("administrative_cases", 4), ("criminal_cases", 3)], id="kk-noun-after-second"),
    ],
)
def test_coordinated_counts_share_their_measure_noun(sentence: str, language: str, rows: list[tuple]) -> None:
    _, infractions = read(sentence, language=language)  # type: ignore[arg-type]
    assert [(c.measure, c.value) for c in infractions] == rows


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        pytest.param("Observers visited 9 urban and 23 rural polling stations.", "en", id="en-coverage-coordinated"),
        pytest.param("Наблюдатели работали на 9 городских и 23 сельских участках.", "ru", id="ru-coverage-coordinated"),
        pytest.param("The commission has 5 permanent and 2 rotating members.", "en", id="en-no-measure-noun"),
    ],
)
def test_coordinated_counts_of_no_measure_are_nothing(sentence: str, language: str) -> None:
    assert read(sentence, language=language) == ([], [])  # type: ignore[arg-type]


@pytest.mark.parametrize(("sentence", "value"), [
    ("Unauthorized persons, often local officials, were present in 1 in 10 polling stations observed.", 10.0),
    ("Unauthorised people were present in 14 per cent of polling stations.", 14.0),
    ("Посторонние лица, в основном сотрудники акимата, присутствовали на каждом пятом участке.", 20.0),
    ("На 8 процентах участков находились посторонние лица.", 8.0),
], ids=["en-apposition", "en-bare", "ru-apposition", "ru-verb-first"])
def test_the_presence_of_unauthorised_persons_with_its_share(sentence: str, value: float) -> None:
    _, infractions = read(sentence, language="en" if sentence.isascii() else "ru")
    assert [(c.category, c.measure, c.value) for c in infractions] == [("other", "share_of_observations_pct", value)]


@pytest.mark.parametrize(("sentence", "rows"), [
    ("The mission observed 30 counts; in 12 of them, basic procedures were not followed, and in 5 the figures in the "
     "protocol did not match.", [(12, 30.0), (5, 30.0)]),
    ("Наблюдатели посетили 120 участков; в 15 из них зафиксированы вбросы бюллетеней, а в 6 — групповое голосование.",
     [(15, 120.0), (6, 120.0)]),
    ("Миссия бақылаушылары дауыс санауды 120 учаскеде бақылап, оның 15-інде санау теріс бағаланды.",
     [(15, 120.0)]),
], ids=["en-counts", "ru-stations", "kk-stations"])
def test_the_parts_of_a_sample_counted_first_are_its_stations(sentence: str, rows: list[tuple]) -> None:
    language = "en" if sentence.isascii() else "kk" if "ы" in sentence and "қ" in sentence else "ru"
    _, infractions = read(sentence, language=language)  # type: ignore[arg-type]
    assert [(c.measure, c.value, c.base) for c in infractions] == [
        ("polling_stations", value, base) for value, base in rows]  # the sample is each part's base
    assert 30.0 not in {c.value for c in infractions} and 120.0 not in {c.value for c in infractions}


def test_a_sample_whose_parts_name_no_finding_gives_nothing() -> None:
    assert read("Observers visited 80 polling stations; in 9 of them, the premises were too small.") == ([], [])
