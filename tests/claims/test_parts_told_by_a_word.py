"""A part of a count told by a word ("Most of them concerned …", "Большинство из них касалось …", "Олардың көбі …
қатысты") gives the whole count no kind and is no finding of its own; a later part's "of them" may be left unsaid
("…, while 9 related to …"); superiors pushing their staff to the polls is pressure on voters (texts invented for
these tests)."""

from __future__ import annotations

import pytest

from .documents import infraction_values

TOTAL = ("mixed", "violations", 64, None)


@pytest.mark.parametrize(("language", "paragraphs"), [
    ("en", ("The office registered 64 violations of election legislation.",
            "Most of them concerned campaign materials posted in prohibited places, he said.")),
    ("ru", ("Прокуратура выявила 64 нарушения избирательного законодательства.",
            "Большинство из них касалось размещения агитационных материалов в неустановленных местах.")),
    ("kk", ("Прокуратура сайлау заңнамасын бұзудың 64 дерегін анықтады.",
            "Олардың көбі заңсыз үгітке қатысты.")),
], ids=["en-most-of-them", "ru-bolshinstvo-iz-nih", "kk-olardyn-kobi"])
def test_a_part_told_by_a_word_leaves_the_count_mixed(language: str, paragraphs: tuple[str, str]) -> None:
    assert infraction_values(" ".join(paragraphs), language, publisher="cec") == [TOTAL]


def test_a_later_part_with_its_of_them_left_unsaid_across_paragraphs() -> None:
    from .documents import read

    _, infractions = read("The office registered 64 violations of election legislation.",
                          "Most of them concerned campaign materials posted in prohibited places, while 9 related to "
                          "heads of budget organizations pressing their employees to go to the polls.", publisher="cec")
    assert [(i.category, i.measure, i.value) for i in infractions] == [
        ("mixed", "violations", 64), ("pressure_on_voters", "violations", 9)]


@pytest.mark.parametrize(("language", "text", "part"), [
    ("en", "Prosecutors established 22 violations. Fourteen of them concerned voting on behalf of other citizens.",
     ("voter_impersonation", "violations", 14, None)),
    ("en", "Prosecutors established 22 violations. Four cases involved issuing more than one ballot to a voter, and "
           "four more concerned campaigning on voting day.", ("illegal_campaigning", "violations", 4, None)),
    ("ru", "Прокуроры выявили 22 нарушения. Четырнадцать из них касались голосования за других граждан.",
     ("voter_impersonation", "violations", 14, None)),
], ids=["en-fourteen-of-them-on-behalf", "en-four-more-concerned", "ru-chetyrnadcat-iz-nih"])
def test_a_part_said_in_words_keeps_the_whole_mixed(language: str, text: str, part: tuple) -> None:
    rows = infraction_values(text, language, publisher="cec")
    assert TOTAL[:2] == rows[0][:2] and rows[0][2] == 22, rows  # the whole stays mixed ("on behalf" holds no "half")
    assert part in rows, rows


def test_campaigning_outside_the_legal_period_is_illegal_campaigning() -> None:
    text = "Prosecutors had opened 17 administrative cases for campaigning outside the legally defined period."
    assert infraction_values(text, publisher="cec") == [("illegal_campaigning", "administrative_cases", 17, None)]


@pytest.mark.parametrize(("language", "paragraphs", "part"), [
    ("kk", ("Бас прокуратураның мәліметінше, дауыс беру барысында сайлау заңнамасын бұзудың 26 фактісі анықталды.",
            "Олардың 15-і бір сайлаушыға бірнеше бюллетень берумен байланысты."),
     ("multiple_ballots_issued", 15)),
    ("ru", ("По данным Генеральной прокуратуры, в день голосования выявлено 26 нарушений.",
            "Из них 15 связаны с выдачей нескольких бюллетеней одному избирателю."), ("multiple_ballots_issued", 15)),
    ("en", ("According to the Prosecutor General's Office, 26 violations were identified on voting day.",
            "Of these, 15 concerned issuing several ballots to one voter."), ("multiple_ballots_issued", 15)),
], ids=["kk-olardyn", "ru-iz-nih", "en-of-these"])
def test_a_part_opening_the_next_paragraph_keeps_its_counts_source(language: str, paragraphs: tuple[str, str],
                                                                   part: tuple) -> None:
    from .documents import read

    _, infractions = read(*paragraphs, publisher="cec", language=language)  # type: ignore[arg-type]
    assert [(i.category, i.value, i.reported_by) for i in infractions] == [
        ("mixed", 26, "Prosecutor General's Office"), (*part, "Prosecutor General's Office")]


@pytest.mark.parametrize(("language", "text", "kind"), [
    ("ru", "К 16:00 прокуроры выявили 12 нарушений. Во всех случаях члены комиссий по просьбе избирателей выдавали им "
           "бюллетени, чтобы те проголосовали за родственников.", "multiple_ballots_issued"),
    ("en", "By 4 p.m. prosecutors had identified 12 violations. In all cases, commission members issued ballots to "
           "voters so that they could vote for relatives.", "multiple_ballots_issued"),
    ("kk", "Прокурорлар 12 заң бұзушылық анықтады. Барлық жағдайда комиссия мүшелері сайлаушыларға бірнеше бюллетень "
           "берген.", "multiple_ballots_issued"),
], ids=["ru-vo-vseh-sluchayah", "en-in-all-cases", "kk-barlyq-zhagdaida"])
def test_a_kind_said_of_all_the_cases_is_the_counts(language: str, text: str, kind: str) -> None:
    assert infraction_values(text, language, publisher="cec") == [(kind, "violations", 12, None)]


def test_two_or_three_ballots_each_is_multiple_ballots() -> None:
    text = "Суд оштрафовал трёх членов участковой комиссии, которые выдавали избирателям по два-три бюллетеня."
    assert infraction_values(text, "ru") == [("multiple_ballots_issued", "persons_sanctioned", 3, None)]


@pytest.mark.parametrize("text", [
    "Прокуратура выявила 64 нарушения. Большинство из них касалось размещения агитационных материалов в "
    "неустановленных местах, а 9 – давления на избирателей.",
    "Прокуратура выявила 64 нарушения. 40 из них касались незаконной агитации, а 9 – давления на избирателей.",
], ids=["after-a-part-by-a-word", "after-a-counted-part"])
def test_a_dashed_part_joined_by_a_conjunction(text: str) -> None:
    assert ("pressure_on_voters", "violations", 9, None) in infraction_values(text, "ru", publisher="cec")
