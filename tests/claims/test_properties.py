"""Properties: arbitrary text never breaks the extractor, and a number becomes a claim only when a
detention or infraction word governs it -- in which case the number is recovered."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from sources.claims import extract_claims, paragraph_claims
from sources.claims.vocabulary import CATEGORIES, MEASURES, SUBJECTS
from sources.records import TextBlock

from .documents import context

FAST = settings(max_examples=200, deadline=None)

# Words the extractor reacts to, so random soups of them reach its deeper paths.
TOKENS = [
    "approximately", "some", "at least", "more than", "up to", "nearly", "dozens of", "hundreds of", "several",
    "between", "and", "4,000", "13", "500", "7", "1,5", "2019", "No.", "Art.", "per cent", "%", "half", "of",
    "the", "people", "protesters", "journalists", "human rights defenders", "observers", "were", "was", "detained",
    "arrested", "detentions", "among those detained", "sentenced to administrative arrest", "fined", "violations",
    "complaints", "reports", "administrative cases", "concerned", "cases of", "ballot box stuffing", "group voting",
    "identical signatures", "observed", "noted", "not", "no", "on election day", "on 10 June", "9–13 June",
    "the following day", "in Nur-Sultan and Almaty", "in the two cities", "across the country", "According to the",
    "Ministry of Internal Affairs", "CEC", "Prosecutor General's Office", "reported", "Of the", ",", ";", ".", "!",
    "\n", "задержаны", "около", "человек", "более", "не менее", "сообщений о нарушениях", "в день голосования",
    "10 июня", "МВД", "ЦИК", "поступило", "шамамен", "адам", "ұсталды", "500-ден астам", "(", ")", "«", "»",
]  # fmt: skip
soups = st.lists(st.sampled_from(TOKENS), max_size=40).map(" ".join)
any_text = st.one_of(st.text(max_size=300), soups)
block_kinds = st.sampled_from(["heading", "body", "footnote", "table_row"])
blocks = st.lists(
    st.builds(TextBlock, any_text, st.one_of(st.none(), st.integers(-5, 500)), block_kinds,
              st.one_of(st.none(), st.integers(0, 99))),
    max_size=6,
)  # fmt: skip
dates = st.one_of(st.none(), st.dates(dt.date(1990, 1, 1), dt.date(2035, 12, 31)))


@FAST
@given(any_text, dates)
def test_arbitrary_text_never_raises(text: str, election: dt.date | None) -> None:
    ctx = context(election=election, published=election)
    detentions, infractions, _ = paragraph_claims(text, 1, ctx)  # unguarded: a bug here fails the test
    for claim in detentions:
        assert claim.subject in SUBJECTS
        assert claim.detained_min is None or claim.detained_max is None or claim.detained_min <= claim.detained_max
        assert claim.evidence.text and claim.evidence.text in " ".join(text.split())
    for claim in infractions:
        assert claim.category in CATEGORIES and claim.measure in MEASURES
        assert claim.evidence.text


@FAST
@given(blocks, st.sampled_from(["cec", "osce"]), st.sampled_from(["ru", "kk", "en"]))
def test_arbitrary_blocks_give_lists(blocks: list[TextBlock], publisher: str, language: str) -> None:
    detentions, infractions = extract_claims(blocks, context(publisher, language))  # type: ignore[arg-type]
    assert isinstance(detentions, list) and isinstance(infractions, list)


# --- no governing word, no claim -----------------------------------------------------------------------
NEUTRAL = [
    "Some {n} short-term observers from {m} countries were deployed.",
    "The CEC oversees {n} precinct election commissions.",
    "The mission consisted of {n} experts in Nur-Sultan and {m} long-term observers in the regions.",
    "Article {n} of the Election Law was amended in {year}.",
    "{n} of them were sentenced to administrative arrest and {m} were fined.",
    "Parties contested {n} seats under a proportional system with a {p} per cent threshold.",
    "{n} candidates stood in the election.",
    "Turnout was {p} per cent, and {n} voters took part.",
    "The CEC accredited {n} international observers and {m} journalists.",
    "Some {n} people attended campaign events in {m} cities.",
    "Observers visited {n} polling stations in {m} regions on {day} June.",
    "The law allows detention for up to {n} days.",
    "Article {n} provides for administrative arrest of up to {m} days.",
    "In {year} protesters were detained, and {n} observers were deployed.",
    "The mission published {n} interim reports.",
    "В списки избирателей включено {n} граждан.",
    "Недействительными признаны {n} бюллетеней.",
    "В соответствии со статьей {n} избранным признан кандидат, набравший {p} процента.",
    "Сайлаушылар тізіміне {n} сайлаушы енгізілді.",
]


def _formats(n: int) -> st.SearchStrategy[str]:
    return st.sampled_from([str(n), f"{n:,}", f"{n:,}".replace(",", " ")])


@FAST
@given(
    st.sampled_from(NEUTRAL),
    st.integers(1, 99_999).flatmap(_formats),
    st.integers(1, 99_999).flatmap(_formats),
    st.integers(1991, 2035),
    st.integers(1, 99),
    st.integers(1, 30),
)
def test_ungoverned_numbers_never_become_claims(template: str, n: str, m: str, year: int, p: int, day: int) -> None:
    sentence = template.format(n=n, m=m, year=year, p=p, day=day)
    assert extract_claims([TextBlock(sentence, 2)], context()) == ([], [])


# --- a governing word, and the number comes back ----------------------------------------------------------
QUALIFIERS = {  # written → (normalised, the figure is the low bound, the figure is the high bound)
    "": ("exact", True, True),
    "approximately ": ("approximately", True, True),
    "some ": ("approximately", True, True),
    "about ": ("approximately", True, True),
    "at least ": ("at least", True, False),
    "more than ": ("more than", True, False),
    "over ": ("more than", True, False),
    "nearly ": ("nearly", True, True),
    "up to ": ("up to", False, True),
}
SUBJECT_WORDS = {
    "people": "people", "persons": "people", "protesters": "protesters", "demonstrators": "protesters",
    "journalists": "journalists", "activists": "activists", "observers": "observers",
    "human rights defenders": "human rights defenders",
}  # fmt: skip
WHEN = ["", " on election day", " on 10 June", " between 9 and 13 June", " the following day"]
WHERE = ["", " in Almaty", " in Nur-Sultan and Almaty", " across the country"]


@FAST
@given(
    st.sampled_from(sorted(QUALIFIERS)),
    st.integers(1, 99_999),
    st.sampled_from(sorted(SUBJECT_WORDS)),
    st.sampled_from(["were detained", "were arrested", "had been detained", "were reportedly detained"]),
    st.sampled_from(WHEN),
    st.sampled_from(WHERE),
    st.booleans(),
    st.booleans(),
)
def test_governed_detention_recovers_the_number(
    qualifier: str, n: int, subject: str, verb: str, when: str, where: str, grouped: bool, reported: bool
) -> None:
    figure = f"{n:,}" if grouped else str(n)
    lead = "According to the Ministry of Internal Affairs, " if reported else ""
    sentence = f"{lead}{qualifier}{figure} {subject} {verb}{when}{where}."
    sentence = sentence[0].upper() + sentence[1:]
    (claim,) = extract_claims([TextBlock(sentence, 2)], context())[0]
    normalised, is_low, is_high = QUALIFIERS[qualifier]
    assert claim.qualifier == normalised
    assert (claim.detained_min == n) is is_low or claim.detained_min == claim.detained_max == n
    assert (claim.detained_max == n) if is_high else claim.detained_max is None
    assert claim.subject == SUBJECT_WORDS[subject]
    assert claim.reported_by == ("Ministry of Internal Affairs" if reported else "ODIHR")
    assert (claim.location is None) is (where == "")
    assert claim.evidence.text == sentence


@FAST
@given(
    st.sampled_from(["около ", "более ", "не менее ", ""]),
    st.integers(1, 99_999),
    st.sampled_from(["задержаны {q}{n} человек", "{q}{n} человек были задержаны", "было задержано {q}{n} участников"]),
)
def test_governed_russian_detention_recovers_the_number(qualifier: str, n: int, shape: str) -> None:
    figure = f"{n:,}".replace(",", " ")
    sentence = "В день голосования " + shape.format(q=qualifier, n=figure) + "."
    (claim,) = extract_claims([TextBlock(sentence)], context("cec", "ru"))[0]
    assert claim.detained_min == n
    assert claim.reported_by == "CEC"
    assert claim.date_from == dt.date(2019, 6, 9)


MEASURE_WORDS = {
    "violations": "violations", "complaints": "complaints", "administrative cases": "administrative_cases",
    "criminal cases": "criminal_cases", "reports of violations": "reports",
    "administrative offences": "administrative_offences",
}  # fmt: skip
REPORTERS = {
    "The Prosecutor General's Office": "Prosecutor General's Office", "The CEC": "CEC",
    "Civil society organisations": "civil society organisations", "The Ministry of Internal Affairs": (
        "Ministry of Internal Affairs"),
}  # fmt: skip


@FAST
@given(
    st.sampled_from(sorted(REPORTERS)),
    st.sampled_from(["reported", "registered", "received"]),
    st.integers(1, 99_999),
    st.sampled_from(sorted(MEASURE_WORDS)),
    st.sampled_from(["", " on election day", " concerning group voting", ", including voter impersonation"]),
)
def test_governed_infraction_recovers_the_number(reporter: str, verb: str, n: int, measure: str, tail: str) -> None:
    sentence = f"{reporter} {verb} {n:,} {measure}{tail}."
    (claim,) = extract_claims([TextBlock(sentence, 2)], context())[1]
    assert claim.value == n
    assert claim.measure == MEASURE_WORDS[measure]
    assert claim.reported_by == REPORTERS[reporter]
    expected = {"concerning group voting": "group_voting", "including voter impersonation": "voter_impersonation"}
    assert claim.category == next((v for k, v in expected.items() if k in tail), "mixed")


@FAST
@given(st.integers(1, 99_999), st.sampled_from(["жалоб", "сообщений о нарушениях", "административных дел"]))
def test_governed_russian_infraction_recovers_the_number(n: int, noun: str) -> None:
    sentence = f"В Центральную избирательную комиссию поступило {n:,} {noun}.".replace(",", " ")
    (claim,) = extract_claims([TextBlock(sentence)], context("cec", "ru"))[1]
    assert (claim.value, claim.reported_by) == (n, "CEC")


# --- values: only the governed number comes back, whatever other numbers stand around it ------------------
DISTRACTORS = [
    "Some {a} observers from {b} countries were deployed.",
    "The CEC oversees {a} precinct election commissions in {b} regions.",
    "Observers visited {a} polling stations.",
    "The law provides for up to {a} days of administrative arrest.",
    "Article {a} of the Election Law was amended.",
    "{a} candidates stood and {b} parties campaigned.",
    "The mission observed the count in {a} of {b} polling stations visited.",
    "Turnout was {p} per cent.",
    "Observers visited polling stations on {day} June.",
    "Asked about the number of detainees, officials said {a} people had gathered.",
    "Article {a} of the Constitution and Article {b} of the Election Law were cited.",
    "Hundreds of police officers guarded the square.",
    "Около {a} человек собрались на площади.",
]
GOVERNED_TEMPLATES = [
    ("{g} protesters were detained.", "detention"),
    ("Police detained {g} activists.", "detention"),
    ("Police took {g} people to police stations.", "detention"),
    ("The CEC registered {g} complaints.", "infraction"),
    ("The Prosecutor General's Office reported {g} violations.", "infraction"),
    ("Ballot box stuffing was observed in {g} polling stations.", "infraction"),
]


@FAST
@given(
    st.lists(st.sampled_from(DISTRACTORS), min_size=1, max_size=3),
    st.sampled_from(GOVERNED_TEMPLATES),
    st.integers(2, 99_999),
    st.integers(2, 9_999),
    st.integers(2, 9_999),
    st.integers(1, 99),
    st.integers(1, 28),
    st.booleans(),
)
def test_only_the_governed_number_becomes_a_value(
    distractors: list[str], governed: tuple[str, str], g: int, a: int, b: int, p: int, day: int, lead: bool
) -> None:
    noise = [d.format(a=f"{a:,}", b=b, p=p, day=day) for d in distractors]
    sentence = governed[0].format(g=f"{g:,}")
    paragraph = " ".join([sentence, *noise] if lead else [*noise, sentence])
    detentions, infractions = extract_claims([TextBlock(paragraph, 2)], context())
    values = [c.detained_min for c in detentions] + [c.value for c in infractions]
    assert values == [g]  # the governed figure, once, and no number of the distractors
    assert (detentions != []) is (governed[1] == "detention")


# --- an unrelated negated clause never removes a finding -------------------------------------------------
FINDINGS = [
    ("Observers saw cases of ballot box stuffing", "ballot_box_stuffing"),
    ("Group voting was observed in several polling stations", "group_voting"),
    ("Series of identical signatures were noted on the voter lists", "identical_signatures"),
    ("The count was assessed negatively in 30 per cent of observations", "counting_irregularity"),
    ("Public-sector employees were instructed to vote", "pressure_on_voters"),
    ("Наблюдатели отметили вбросы бюллетеней", "ballot_box_stuffing"),
]
NEGATED = [
    "the chairperson did not intervene",
    "the police were not called",
    "no one objected",
    "the results were not posted",
    "председатель не вмешался",
    "observers could not see the ballots",
    "mostly due to a lack of transparency",
    "without any objection from the chairperson",
    "бақылаушылар қарсылық білдірмеді",
]
JOINERS = ["; ", ", but ", ", while ", " where ", ", although ", ". "]


@FAST
@given(st.sampled_from(FINDINGS), st.sampled_from(NEGATED), st.sampled_from(JOINERS), st.booleans())
def test_an_unrelated_negated_clause_never_removes_a_finding(
    finding: tuple[str, str], negated: str, joiner: str, before: bool
) -> None:
    text, category = finding

    def sentence(s: str) -> str:
        return s[0].upper() + s[1:] + "."

    alone = extract_claims([TextBlock(sentence(text), 2)], context())[1]
    assert category in {c.category for c in alone}
    if before:
        joined = sentence(negated) + " " + sentence(text) if joiner == ". " else sentence(f"{negated}{joiner}{text}")
    else:
        joined = sentence(f"{text}{joiner}{negated}") if joiner != ". " else sentence(text) + " " + sentence(negated)
    with_negation = extract_claims([TextBlock(joined, 2)], context())[1]
    assert category in {c.category for c in with_negation}, joined
