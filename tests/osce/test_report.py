"""ODIHR reports: kind, election, results annex, turnout and polling stations, exact to facts.yaml."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

import pytest

import sources.osce.report as report
from sources.claims import Claims
from sources.osce.report import parse_odihr_pdf
from sources.records import (
    ClaimContext,
    DetentionClaim,
    ElectionRef,
    Evidence,
    InfractionClaim,
    ParseError,
    ResultClaim,
    TextBlock,
    TurnoutClaim,
)

from .typesetting import Run, column, running_header, typeset

# The CEC's final figures as ODIHR's annexes print them (shared/reference/facts.yaml).
PRESIDENTIAL_2019 = {
    "Zhambyl Akhmetbekov": (167649, 1.82),
    "Daniya Yespayeva": (465714, 5.05),
    "Amirzhan Kossanov": (1495401, 16.23),
    "Toleutai Rakhimbekov": (280451, 3.04),
    "Amangeldy Taspikhov": (182898, 1.98),
    "Kassym-Jomart Tokayev": (6539715, 70.96),
    "Sadybek Tugel": (84582, 0.92),
}
PARLIAMENTARY_2016 = {
    "Nur Otan": (6183757, 82.2, 84),
    "Ak Zhol": (540406, 7.18, 7),
    "Communist People's Party of Kazakhstan": (537123, 7.14, 7),
    "Auyl": (151285, 2.01, 0),
    "Nationwide Social Democratic Party": (88813, 1.18, 0),
    "Birlik": (21484, 0.29, 0),
}


# --- the reference reports -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("fixture", "kind", "election", "published_on", "title"),
    [
        ("statement_2019", "odihr_statement", "kz-2019-06-09-presidential", dt.date(2019, 6, 10),
         "Kazakhstan, Early Presidential Election, 9 June 2019: "
         "Statement of Preliminary Findings and Conclusions"),
        ("final_report_2019", "odihr_final_report", "kz-2019-06-09-presidential", dt.date(2019, 10, 4),
         "Kazakhstan, Early Presidential Election, 9 June 2019: "
         "ODIHR Election Observation Mission Final Report"),
        ("final_report_2016", "odihr_final_report", "kz-2016-03-20-parliamentary", dt.date(2016, 6, 27),
         "Kazakhstan, Early Parliamentary Elections, 20 March 2016: "
         "OSCE/ODIHR Election Observation Mission Final Report"),
    ],
    ids=["statement-2019", "final-2019", "final-2016"],
)  # fmt: skip
def test_document_identity(
    fixture: str, kind: str, election: str, published_on: dt.date, title: str, request: pytest.FixtureRequest
) -> None:
    out = parse_odihr_pdf(request.getfixturevalue(fixture), "doc")
    assert (out.document_id, out.doc_kind, out.language) == ("doc", kind, "en")
    assert out.election is not None and out.election.election_id == election
    assert out.published_on == published_on
    assert out.title == title


def test_presidential_annex_2019(final_report_2019: bytes) -> None:
    out = parse_odihr_pdf(final_report_2019, "fr2019")
    assert {r.contestant_name: (r.votes, r.vote_share_pct) for r in out.results} == PRESIDENTIAL_2019
    assert {(r.stage, r.seats, r.region_name, r.evidence.page) for r in out.results} == {
        ("final", None, None, 4)
    }
    wrapped = next(r for r in out.results if r.contestant_name == "Toleutai Rakhimbekov")
    assert wrapped.evidence == Evidence(
        "fr2019", "Toleutai Rakhimbekov Auyl People's Democratic Patriotic Party 280,451 3.04", 4
    )
    tokayev = next(r for r in out.results if r.votes == 6539715)
    assert tokayev.evidence.text == "Kassym-Jomart Tokayev Nur Otan 6,539,715 70.96"


def test_turnout_and_polling_stations_2019(final_report_2019: bytes) -> None:
    out = parse_odihr_pdf(final_report_2019, "fr2019")
    national, stations = out.turnout
    assert national == TurnoutClaim(
        stage="final",
        evidence=Evidence(
            "fr2019",
            "Number of voters on the voter lists 11,960,364; "
            "Number of voters who received ballots 9,274,110 77.5; "
            "Number of invalid ballots 57,700",
            4,
        ),
        registered_voters=11960364, ballots_cast=9274110, turnout_pct=77.5, invalid_ballots=57700,
    )  # fmt: skip
    assert stations == TurnoutClaim(
        stage="final",
        evidence=Evidence(
            "fr2019",
            "The election was administered by the CEC, 17 territorial election commissions of regional level "
            "and "
            "9,968 precinct election commissions, including 64 abroad.",
            3,
        ),
        polling_stations=9968,
    )


def test_parliamentary_annex_2016(final_report_2016: bytes) -> None:
    out = parse_odihr_pdf(final_report_2016, "fr2016")
    assert {
        r.contestant_name: (r.votes, r.vote_share_pct, r.seats) for r in out.results
    } == PARLIAMENTARY_2016
    assert out.results[0].evidence == Evidence("fr2016", "Nur Otan 6,183,757 82.20 84", 4)
    assert out.turnout == []  # this annex prints no indicator rows, and no sentence counts polling stations


def test_statement_2019_has_preliminary_polling_stations_and_no_results(statement_2019: bytes) -> None:
    out = parse_odihr_pdf(statement_2019, "st2019")
    assert out.results == []
    assert out.turnout == [
        TurnoutClaim(
            stage="preliminary",
            evidence=Evidence(
                "st2019",
                "The Central Election Commission (CEC) has seven members and oversees 9,968 precinct "
                "election "
                "commissions.",
                2,
            ),
            polling_stations=9968,
        )
    ]


def test_claim_extraction_gets_body_and_footnotes(
    final_report_2019: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[tuple[Sequence[TextBlock], ClaimContext]] = []
    detention = DetentionClaim(Evidence("x", "t"), 1, 1, "exact", "people", None)
    infraction = InfractionClaim(Evidence("x", "t"), "other", "reports", 1, "exact", None)

    def fake_read(blocks: Sequence[TextBlock], context: ClaimContext) -> Claims:
        seen.append((blocks, context))
        return Claims([detention], [infraction])

    monkeypatch.setattr(report, "read_claims", fake_read)
    out = parse_odihr_pdf(final_report_2019, "fr2019")
    assert (out.detentions, out.infractions) == ([detention], [infraction])
    [(blocks, context)] = seen
    assert context == ClaimContext("fr2019", "osce", "en", dt.date(2019, 6, 9), dt.date(2019, 10, 4))
    assert {block.kind for block in blocks} == {"body", "footnote", "heading"}  # headings end a section's account
    assert [b.footnote for b in blocks if b.kind == "footnote"] == [1, 2, 3, 4]
    assert any(b.footnote_refs == (4,) and "approximately 4,000 people" in b.text for b in blocks)


def test_a_paragraph_the_claims_reader_crashes_on_is_recorded(
    final_report_2019: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sources.claims as claims

    real = claims.paragraph_claims

    def crash_on_protests(text: str, *args: object, **kwargs: object) -> object:
        if "Protests continued" in text:
            raise RuntimeError("boom")
        return real(text, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(claims, "paragraph_claims", crash_on_protests)
    out = parse_odihr_pdf(final_report_2019, "fr2019")
    [unread] = [u for u in out.unread if u.reason.startswith("claims reader crashed")]
    assert "Protests continued" in unread.clause and "RuntimeError: boom" in unread.reason
    assert unread.page is not None
    assert any(c.detained_min == 4000 for c in out.detentions)  # the other paragraphs still read


# --- layouts built here ----------------------------------------------------------------------

COVER = [
    Run(150, 200, "REPUBLIC OF KAZAKHSTAN", 14, bold=True),
    Run(150, 230, "EARLY PRESIDENTIAL ELECTION", 14, bold=True),
    Run(150, 255, "9 June 2019", 11),
    Run(150, 280, "ODIHR Election Observation Mission Final Report", 11),
    Run(150, 305, "Warsaw, 4 October 2019", 11),
]


def _report(
    *annex: Run, body: Sequence[str] = ("The CEC oversees 9,968 precinct election commissions.",)
) -> bytes:
    return typeset([
        COVER,
        [*running_header(1), *column(["I. ELECTION ADMINISTRATION", *body], top=90)],
        [*running_header(2), *annex],
    ])  # fmt: skip


def test_differently_worded_annex_with_wrapped_top_aligned_rows() -> None:
    rows = [
        Run(72, 90, "ANNEX: OFFICIAL RESULTS OF THE ELECTION", 11, bold=True),
        Run(72, 120, "Candidate", 9, bold=True), Run(220, 120, "Nominating party", 9, bold=True),
        Run(400, 120, "Votes received", 9, bold=True), Run(490, 120, "Per cent", 9, bold=True),
        Run(72, 140, "Total number of registered voters", 9), Run(400, 140, "12,000,000", 9),
        Run(72, 155, "Number of voters who took part in voting", 9), Run(400, 155, "9,000,000", 9),
        Run(490, 155, "75.00%", 9),
        Run(72, 170, "Number of ballots declared invalid", 9), Run(400, 170, "50,000", 9),
        Run(72, 185, "Number of valid ballots", 9), Run(400, 185, "8,950,000", 9),
        Run(72, 205, "Kassym-Jomart", 9), Run(220, 205, "Nur Otan Party of", 9),
        Run(400, 205, "6,000,000", 9),
        Run(490, 205, "67.04", 9),
        Run(72, 216, "Tokayev", 9), Run(220, 216, "Kazakhstan", 9),
        Run(72, 236, "Amirzhan Kossanov", 9), Run(220, 236, "Self-nominated", 9),
        Run(400, 236, "2,950,000", 9),
        Run(490, 236, "32.96", 9),
        Run(72, 260, "Source: CEC protocol of 11 June 2019; 2 regions reported late.", 9),
    ]  # fmt: skip
    out = parse_odihr_pdf(_report(*rows), "doc")
    assert [(r.contestant_name, r.votes, r.vote_share_pct, r.evidence.page) for r in out.results] == [
        ("Kassym-Jomart Tokayev", 6000000, 67.04, 3),
        ("Amirzhan Kossanov", 2950000, 32.96, 3),
    ]
    assert (
        out.results[0].evidence.text == "Kassym-Jomart Tokayev Nur Otan Party of Kazakhstan 6,000,000 67.04"
    )
    n = out.turnout[0]
    assert (n.registered_voters, n.ballots_cast, n.turnout_pct, n.invalid_ballots) == (
        12000000, 9000000, 75.0, 50000,
    )  # fmt: skip
    assert out.turnout[1].polling_stations == 9968


def test_referendum_annex_drawn_as_whole_line_runs() -> None:
    body = typeset([
        [Run(100, 200, "REPUBLIC OF KAZAKHSTAN", 14, bold=True),
         Run(100, 230, "REPUBLICAN REFERENDUM", 14, bold=True), Run(100, 255, "6 October", 11),
         Run(100, 268, "2024", 11),
         Run(100, 290, "ODIHR Referendum Assessment Mission Final Report", 11),
         Run(100, 315, "Warsaw, 20 December 2024", 11)],
        [*running_header(1, "Republican Referendum, 6 October 2024"),
         *column(["ANNEX 2 - REFERENDUM RESULTS"], top=90, size=11, bold=True),
         *column(["Number of voters on the voter lists 12,284,487",
                  "Number of voters who received ballots 7,820,204 63.66",
                  "Yes 5,561,937 71.12", "No 2,045,271 26.15"], top=115, size=9)],
    ])  # fmt: skip
    out = parse_odihr_pdf(body, "ref")
    assert (out.doc_kind, out.election) == (
        "odihr_final_report",
        ElectionRef(dt.date(2024, 10, 6), "referendum"),
    )
    assert (
        out.title == "Kazakhstan, Republican Referendum, 6 October 2024: "
        "ODIHR Referendum Assessment Mission Final Report"
    )
    assert out.results == [
        ResultClaim(
            "Yes", "final", Evidence("ref", "Yes 5,561,937 71.12", 2), votes=5561937, vote_share_pct=71.12
        ),
        ResultClaim(
            "No", "final", Evidence("ref", "No 2,045,271 26.15", 2), votes=2045271, vote_share_pct=26.15
        ),
    ]
    assert (out.turnout[0].registered_voters, out.turnout[0].ballots_cast, out.turnout[0].turnout_pct) == (
        12284487, 7820204, 63.66,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("cover", "kind"),
    [
        ("NEEDS ASSESSMENT MISSION REPORT", "odihr_other"),
        ("INTERIM REPORT 1", "odihr_other"),
        ("STATEMENT OF PRELIMINARY FINDINGS AND CONCLUSIONS", "odihr_statement"),
        ("ODIHR Limited Election Observation Mission Final Report", "odihr_final_report"),
    ],
    ids=["needs-assessment", "interim", "statement", "limited-mission-final"],
)
def test_kind_from_the_cover(cover: str, kind: str) -> None:
    body = typeset([
        [Run(100, 200, "Republic of Kazakhstan - Early Parliamentary Elections, 19", 14, bold=True),
         Run(100, 220, "March 2023", 14, bold=True), Run(100, 250, cover, 12),
         Run(100, 280, "Astana, 1 May 2023", 11)],
        column(["Some 10,100 polling stations will be set up.", "Observers visited 1,200 polling stations."],
               top=90),
    ])  # fmt: skip
    out = parse_odihr_pdf(body, "doc")
    assert out.doc_kind == kind
    assert out.election == ElectionRef(dt.date(2023, 3, 19), "parliamentary")
    assert out.published_on == dt.date(2023, 5, 1)
    assert [(t.polling_stations, t.stage) for t in out.turnout] == [
        (10100, "final" if kind == "odihr_final_report" else "preliminary")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The IEOM observed voting in 1,234 polling stations across the country.",
        "Voting took place in 64 polling stations abroad.",
        "Counting was assessed negatively in 35 per cent of polling stations observed.",
        "The CEC has 17 territorial election commissions.",
    ],
    ids=["observed", "abroad", "share", "territorial"],
)
def test_sentences_that_do_not_count_the_polling_stations(sentence: str) -> None:
    rows = [
        Run(72, 90, "ANNEX I: FINAL ELECTION RESULTS", 11, bold=True),
        Run(72, 110, "Yes 10,000 100.0", 9),
    ]
    out = parse_odihr_pdf(_report(*rows, body=[sentence]), "doc")
    assert [t.polling_stations for t in out.turnout] == []


DETAINED = "Police detained some 40 protesters in Almaty on election day."


def test_annex_heading_without_rows_is_recorded_and_the_claims_still_read() -> None:
    rows = column(
        ["ANNEX I: FINAL ELECTION RESULTS", "The CEC had not published final results by then."], top=90
    )
    out = parse_odihr_pdf(_report(*rows, body=[DETAINED]), "doc")
    assert out.results == []
    assert any(re.search(r"page 3 has a results annex .* no result row", u.reason) for u in out.unread)
    assert [(c.detained_min, c.subject, c.location) for c in out.detentions] == [(40, "protesters", "Almaty")]


def test_contents_listing_a_missing_annex_is_recorded() -> None:
    contents = column([
        "I. EXECUTIVE SUMMARY ........................................ 2",
        "ANNEX I: FINAL ELECTION RESULTS .............................. 3",
    ], top=90, size=9)  # fmt: skip
    body = typeset(
        [COVER, [*running_header(1), *contents], [*running_header(2), *column([DETAINED], top=90)]]
    )
    out = parse_odihr_pdf(body, "doc")
    assert any("table of contents lists a results annex" in u.reason for u in out.unread)
    assert [c.detained_min for c in out.detentions] == [40]
    assert out.election == ElectionRef(dt.date(2019, 6, 9), "presidential")


def test_share_over_a_hundred_refuses_the_annex_only() -> None:
    rows = [Run(72, 90, "ANNEX: FINAL RESULTS", 11, bold=True), Run(72, 110, "Nur Otan 6,183,757 182.20", 9)]
    out = parse_odihr_pdf(_report(*rows, body=[DETAINED]), "doc")
    assert out.results == [] and any("share over 100" in u.reason for u in out.unread)
    assert [c.detained_min for c in out.detentions] == [40]


def test_non_pdf_body_raises() -> None:
    with pytest.raises(ParseError, match="not a PDF"):
        parse_odihr_pdf(b"<html>moved</html>", "doc")


@pytest.mark.parametrize(
    ("text", "value"),
    [("9,968", 9968), ("11,960,364", 11960364), ("84", 84), ("0", 0)],
    ids=["thousands", "millions", "small", "zero"],
)
def test_counts(text: str, value: int) -> None:
    assert report.parse_int(text) == value


@pytest.mark.parametrize(
    "text", ["9.968", "1,23", "12,34,567", "", "x"], ids=["dot", "short", "indian", "empty", "x"]
)
def test_bad_counts_raise(text: str) -> None:
    with pytest.raises(ParseError):
        report.parse_int(text)


def _party_header(y: float) -> list[Run]:
    return [
        Run(72, y, "Party", 9, bold=True),
        Run(300, y, "Number of votes", 9, bold=True),
        Run(410, y, "%", 9, bold=True),
        Run(470, y, "Seats", 9, bold=True),
    ]


def _party_row(y: float, party: str, votes: str, share: str, seats: str) -> list[Run]:
    return [Run(72, y, party, 9), Run(300, y, votes, 9), Run(410, y, share, 9), Run(470, y, seats, 9)]


def test_annex_table_continues_on_the_next_page() -> None:
    first = [
        *running_header(2),
        Run(72, 90, "ANNEX I: FINAL ELECTION RESULTS", 11, bold=True),
        *_party_header(115),
        Run(72, 130, "Registered voters", 9), Run(300, 130, "9,810,264", 9),
        *_party_row(145, "Nur Otan", "6,183,757", "82.20", "84"),
        *_party_row(160, "Ak Zhol", "540,406", "7.18", "7"),
    ]  # fmt: skip
    second = [
        *running_header(3), *_party_header(90),
        *_party_row(105, "Communist People's Party of Kazakhstan", "537,123", "7.14", "7"),
        Run(72, 125, "Source: CEC resolution of 22 March 2016.", 10),
        Run(72, 150, "ANNEX II: LIST OF OBSERVERS", 11, bold=True),
        Run(72, 170, "Observers 1,234 56.7", 9),
    ]  # fmt: skip
    out = parse_odihr_pdf(typeset([COVER, first, second]), "doc")
    assert [
        (r.contestant_name, r.votes, r.vote_share_pct, r.seats, r.evidence.page) for r in out.results
    ] == [
        ("Nur Otan", 6183757, 82.2, 84, 2),
        ("Ak Zhol", 540406, 7.18, 7, 2),
        ("Communist People's Party of Kazakhstan", 537123, 7.14, 7, 3),
    ]
    assert out.turnout[0].registered_voters == 9810264


def test_table_by_region_is_refused() -> None:
    rows = [
        Run(72, 90, "ANNEX: FINAL RESULTS BY REGION", 11, bold=True),
        Run(72, 110, "Akmola 10,000 20,000 30,000 40,000 50,000", 9),
    ]
    out = parse_odihr_pdf(_report(*rows), "doc")
    assert out.results == [] and any("page 3: 5 figures in one row" in u.reason for u in out.unread)


def test_annex_named_in_a_sentence_is_no_annex() -> None:
    body = ["Annex I gives the final results, as announced by the CEC on 11 June 2019."]
    out = parse_odihr_pdf(typeset([COVER, column(body, top=90)]), "doc")
    assert out.results == []
