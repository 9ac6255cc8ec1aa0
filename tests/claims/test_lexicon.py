"""The findings lexicon, entry by entry: every entry is well formed and its own example sentences (written for
the lexicon, in the missions' shapes) give its category and measure; further sentences of ours test each kind."""

from __future__ import annotations

import re

import pytest

from sources.claims.lexicon import LANGUAGES, Finding, findings, load
from sources.records import InfractionClaim

from .documents import infraction_row, read

ENTRIES = findings()
EXAMPLES = [
    pytest.param(entry, lang, sentence, id=f"{entry.id}-{lang}-{i}")
    for entry in ENTRIES
    for lang, sentences in entry.examples.items()
    for i, sentence in enumerate(sentences)
]


def _gives(entry: Finding, claims: list[InfractionClaim]) -> bool:
    for c in claims:
        kind_ok = entry.category == "mixed" or c.category == entry.category
        if entry.role == "finding":
            measure_ok = True  # observed without a count, or counted by the sentence's noun
        elif entry.id == "cases":
            measure_ok = c.measure in ("observed", "violations")
        else:  # an assessment's share, or the stations of a sample it is of ("in 9 of the 40 counts observed")
            measure_ok = c.measure == entry.measure or (
                entry.measure == "share_of_observations_pct" and c.measure == "polling_stations" and c.base is not None)
        if kind_ok and measure_ok:
            return True
    return False


@pytest.mark.parametrize("entry", ENTRIES, ids=[e.id for e in ENTRIES])
def test_entry_is_documented_in_english_and_russian(entry: Finding) -> None:
    raw = next(e for e in load("findings")["findings"] if e["id"] == entry.id)
    assert raw.get("en") and raw.get("ru"), "every finding has English and Russian forms"
    assert set(entry.examples) >= {"en", "ru"}, "and is tested with sentences in both"
    assert set(raw) <= {"id", "role", "category", "measure", "counts_people", "examples", *LANGUAGES}


@pytest.mark.parametrize(("entry", "lang", "sentence"), EXAMPLES)
def test_entry_example_gives_its_finding(entry: Finding, lang: str, sentence: str) -> None:
    _, infractions = read(sentence, language=lang)  # type: ignore[arg-type]
    assert _gives(entry, infractions), [infraction_row(c) for c in infractions]


@pytest.mark.parametrize(("entry", "lang", "sentence"), EXAMPLES)
def test_entry_matches_its_examples_itself(entry: Finding, lang: str, sentence: str) -> None:
    # The entry's own pattern, not a neighbour's, reads the example (a list of kinds may hold other entries too).
    assert entry.pattern.search(sentence) or entry.role == "measure", entry.id


# Sentences of ours, beyond the file's examples: each issue item in a shape of its own.
MORE = [
    ("The counting was assessed as bad or very bad in a quarter of the counts observed.",
     ("counting_irregularity", "share_of_observations_pct", 25.0, "exact", "ODIHR")),
    ("In 14 of the 120 polling stations observed, the count was assessed negatively.",
     ("counting_irregularity", "polling_stations", 14, "exact", "ODIHR")),
    ("Tabulation was not assessed positively in more than half of the territorial commissions observed.",
     ("counting_irregularity", "share_of_observations_pct", 50.0, "more than", "ODIHR")),
    ("Serious procedural errors and irregularities occurred throughout voting, counting and tabulation.",
     ("counting_irregularity", "observed", None, "observed", "ODIHR")),
    ("A basic disregard for counting procedures meant that the honesty of the count was not ensured.",
     ("counting_irregularity", "observed", None, "observed", "ODIHR")),
    ("Observers reported discrepancies in the protocols of several commissions.",
     ("counting_irregularity", "observed", None, "observed", "ODIHR")),
    ("Indications of ballot box stuffing were noted in the capital.",
     ("ballot_box_stuffing", "observed", None, "cases", "ODIHR")),
    ("Proxy voting was widespread in the regions visited.",
     ("voter_impersonation", "observed", None, "observed", "ODIHR")),
    ("Voters were seen voting several times in two polling stations.",
     ("other", "polling_stations", 2.0, "exact", "ODIHR")),
    ("Election officials issued more than one ballot to some voters.",
     ("multiple_ballots_issued", "observed", None, "observed", "ODIHR")),
    ("Group voting was observed in 11 per cent of observations.",
     ("group_voting", "share_of_observations_pct", 11.0, "exact", "ODIHR")),
    ("Many of the voter lists bore signatures that looked identical.",
     ("identical_signatures", "observed", None, "observed", "ODIHR")),
    ("Teachers and hospital staff told the mission they had been ordered by their managers to vote.",
     ("pressure_on_voters", "observed", None, "observed", "ODIHR")),
    ("The mission heard allegations of pressure on students.",
     ("pressure_on_voters", "observed", None, "allegations", "ODIHR")),
    ("In a number of polling stations IEOM observers were prevented from observing the count.",
     ("observer_obstruction", "observed", None, "observed", "ODIHR")),
    ("Campaigning on election day was reported from several regions.",
     ("illegal_campaigning", "observed", None, "observed", "ODIHR")),
    ("The CEC received 212 complaints and appeals before election day.",
     ("mixed", "complaints", 212.0, "exact", "CEC")),
    ("The police registered 37 violations of the electoral legislation.",
     ("mixed", "violations", 37.0, "exact", "police")),
    ("Prosecutors opened 4 criminal cases related to vote buying.",
     ("other", "criminal_cases", 4.0, "exact", "Prosecutor General's Office")),
    ("The CEC registered 9 allegations of voter impersonation.",
     ("voter_impersonation", "reports", 9.0, "exact", "CEC")),
    ("Наблюдатели отметили вбросы бюллетеней на ряде участков.",
     ("ballot_box_stuffing", "observed", None, "observed", "ODIHR")),
    ("Подсчет голосов был оценен негативно в 40 из 130 наблюдавшихся участков.",
     ("counting_irregularity", "polling_stations", 40, "exact", "ODIHR")),
    ("Сайлау күні 12 шағым тіркелді.",
     ("mixed", "complaints", 12.0, "exact", "ODIHR")),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "row"), MORE, ids=[re.sub(r"\W+", "-", s[:40]) for s, _ in MORE])
def test_more_findings(sentence: str, row: tuple) -> None:
    language = "en" if sentence.isascii() else "ru"
    _, infractions = read(sentence, language=language)  # type: ignore[arg-type]
    assert row in [infraction_row(c) for c in infractions]


@pytest.mark.parametrize(
    ("sentence", "lang", "value"),
    [
        pytest.param("Observers of the coalition recorded 14 gross violations at the polls.", "en", 14, id="en-gross"),
        pytest.param("The prosecutors received 6 further written complaints.", "en", 6, id="en-two-fillers"),
        pytest.param("Прокуратура зарегистрировала 14 грубых нарушений.", "ru", 14, id="ru-grubyh"),
        pytest.param("Платформа сайлау күні 14 өрескел заңбұзушылық анықтады.", "kk", 14, id="kk-oreskel"),
    ],
)
def test_a_measure_filler_stands_between_a_count_and_its_noun(sentence: str, lang: str, value: int) -> None:
    _, infractions = read(sentence, language=lang)  # type: ignore[arg-type]
    assert [c.value for c in infractions if c.measure in ("violations", "complaints")] == [value]


def test_measure_fillers_are_data_in_every_language() -> None:
    fillers = load("findings")["measure_fillers"]
    assert set(fillers) == set(LANGUAGES) and all(fillers[lang] for lang in LANGUAGES)
