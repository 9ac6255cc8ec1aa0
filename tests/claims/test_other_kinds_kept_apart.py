"""Kinds the contract folds into 'other' (vote buying, multiple voting, ...) stay apart by the findings-lexicon entry
that named them: two of them in one sentence or one report are two rows, each saying which kind it is, and the
warehouse and its mart keep both."""

from __future__ import annotations

import datetime as dt

import pytest

from sources.archive import UrlRecord
from sources.records import ElectionRef, Extraction, Language
from sources.rows import claim_rows
from tests.claims.documents import read


@pytest.mark.parametrize(
    ("paragraphs", "language"),
    [
        (["Observers noted vote buying outside two schools, and carousel voting was reported in Taraz."], "en"),
        (["Наблюдатели сообщили о подкупе избирателей в Таразе; там же отмечена «карусель»."], "ru"),
        (["Байқаушылар сайлаушыларды сатып алу фактілерін анықтады, кейбір учаскелерде қайталап дауыс берген "
          "адамдар да болды."], "kk"),
        # one kind in each of two paragraphs of one report
        (["Mission observers saw vote buying near a polling station in Shymkent.",
          "In a separate case, a voter was seen voting more than once."], "en"),
    ],
    ids=["en-one-sentence", "ru-one-sentence", "kk-one-sentence", "en-two-paragraphs"],
)  # fmt: skip
def test_two_other_kinds_are_two_rows(paragraphs: list[str], language: Language) -> None:
    _, infractions = read(*paragraphs, language=language)
    assert sorted((c.category, c.finding, c.measure) for c in infractions) == [
        ("other", "multiple_voting", "observed"),
        ("other", "vote_buying", "observed"),
    ]


def test_one_other_kind_said_twice_is_one_row() -> None:
    _, infractions = read("Observers saw vote buying in Taraz.", "The mission also heard of vote buying in Almaty.")
    assert [(c.category, c.finding) for c in infractions] == [("other", "vote_buying")]


def test_the_named_categories_carry_no_entry() -> None:
    _, infractions = read("Ballot box stuffing and group voting were observed in several polling stations.")
    assert {(c.category, c.finding) for c in infractions} == {("ballot_box_stuffing", None), ("group_voting", None)}


def test_the_rows_of_two_other_kinds_have_their_own_ids() -> None:
    _, infractions = read("Observers noted vote buying outside two schools, and carousel voting was reported in Taraz.")
    election = ElectionRef(dt.date(2019, 6, 9), "presidential")
    extraction = Extraction("doc-under-test", "odihr_statement", election=election, infractions=infractions)
    record = UrlRecord(url="https://www.osce.org/files/f/documents/1/2/1.pdf", document_id="doc-under-test",
                       source="osce", content_type="application/pdf", byte_size=1, fetched_at="2019-06-10T08:00:00Z")
    rows = claim_rows(extraction, record)["infractions"]
    assert len({r["infraction_id"] for r in rows}) == 2
    assert sorted(r["finding"] for r in rows) == ["multiple_voting", "vote_buying"]


@pytest.mark.parametrize(("text", "language"), [
    ("Observers recorded 21 cases of vote buying and 9 cases of multiple voting.", "en"),
    ("Наблюдатели зафиксировали 21 случай подкупа избирателей и 9 случаев многократного голосования.", "ru"),
])
def test_two_counted_other_kinds_are_two_rows_with_their_entries(text: str, language: Language) -> None:
    _, infractions = read(text, language=language)
    assert sorted((c.finding, c.value) for c in infractions if c.category == "other") == [
        ("multiple_voting", 9), ("vote_buying", 21)]
