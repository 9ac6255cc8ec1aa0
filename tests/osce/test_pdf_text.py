"""PDF text: running headers dropped, footnotes linked to their markers, paragraphs re-joined."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fpdf import FPDF

from sources.osce.pdf_text import join_wrapped, read_pdf, text_blocks
from sources.records import ParseError, TextBlock

from .typesetting import Run, column, running_header, typeset


def _blocks(body: bytes) -> list[TextBlock]:
    return text_blocks(read_pdf(body))


def _block_with(blocks: list[TextBlock], words: str) -> TextBlock:
    found = [block for block in blocks if words in block.text]
    assert len(found) == 1, f"{words!r} in {len(found)} blocks"
    return found[0]


# --- the reference reports -----------------------------------------------------------------


def test_pages_are_numbered_physically(final_report_2019: bytes) -> None:
    pages = read_pdf(final_report_2019)
    assert [page.number for page in pages] == [1, 2, 3, 4]
    # The printed "Page: 2" is on the third sheet; the physical index is what we keep.
    assert pages[2].running[0].text == "Republic of Kazakhstan Page: 2"


@pytest.mark.parametrize("fixture", ["statement_2019", "final_report_2019", "final_report_2016"])
def test_running_headers_are_dropped(fixture: str, request: pytest.FixtureRequest) -> None:
    pages = read_pdf(request.getfixturevalue(fixture))
    for page in pages[1:]:
        assert page.running[0].text.startswith("Republic of Kazakhstan Page:")
        assert len(page.running) == 2  # the page-number line and the document-title line under it
    body = "\n".join(block.text for block in text_blocks(pages))
    assert "Page:" not in body
    assert "EOM Final Report" not in body
    assert "Conclusions Statement" not in body


def test_footnotes_of_the_final_report_are_linked_to_their_markers(final_report_2019: bytes) -> None:
    blocks = _blocks(final_report_2019)
    footnotes = {block.footnote: block for block in blocks if block.kind == "footnote"}
    assert {n: (b.text, b.page) for n, b in footnotes.items()} == {
        1: ("CEC press release of 10 June 2019.", 3),
        2: ("Briefing of the Deputy Prosecutor General, 9 June 2019.", 3),
        3: ("Statement of the Ministry of Internal Affairs, 11 June 2019.", 3),
        4: ("Statement of the Minister of Internal Affairs to the Mazhilis, 13 June 2019.", 3),
    }
    complaints = _block_with(blocks, "voter impersonation.")
    assert complaints.footnote_refs == (1, 2)
    assert "voter impersonation. On election day the Prosecutor General's Office" in complaints.text
    assert "18 administrative cases. Of the administrative offence cases" in complaints.text
    assert _block_with(blocks, "some 200 more people").footnote_refs == (3,)
    detained = _block_with(blocks, "approximately 4,000 people")
    assert detained.footnote_refs == (4,)
    assert "305 were fined. Civil society organisations" in detained.text


def test_statement_footnote_and_real_numbers_survive(statement_2019: bytes) -> None:
    blocks = _blocks(statement_2019)
    note = next(block for block in blocks if block.kind == "footnote")
    assert (note.footnote, note.page) == (1, 2)
    assert note.text == "Statement of a spokesperson of the Ministry of Internal Affairs, 10 June 2019."
    detained = _block_with(blocks, "approximately 500 people")
    assert detained.footnote_refs == (1,)
    assert detained.text.endswith("detained on election day in the two cities.")
    cec = _block_with(blocks, "oversees 9,968")
    assert (
        "9,968 precinct election commissions. The election law was last amended in 2017; the 1990" in cec.text
    )
    assert cec.footnote_refs == ()


def test_paragraphs_and_headings_of_the_final_report(final_report_2019: bytes) -> None:
    blocks = _blocks(final_report_2019)
    headings = [block.text for block in blocks if block.kind == "heading" and block.page == 3]
    assert headings == [
        "I. EXECUTIVE SUMMARY", "II. ELECTION ADMINISTRATION", "III. COMPLAINTS AND APPEALS",
        "IV. ELECTION DAY", "V. POST-ELECTION DEVELOPMENTS", "VI. ANNOUNCEMENT OF RESULTS",
    ]  # fmt: skip
    administration = _block_with(blocks, "precinct election commissions")
    assert administration == TextBlock(
        "The election was administered by the CEC, 17 territorial election commissions of regional level "
        "and 9,968 precinct election commissions, including 64 abroad.",
        page=3,
    )
    detained = _block_with(blocks, "approximately 4,000 people")
    assert (
        "approximately 4,000 people were detained between 9 and 13 June across the country" in detained.text
    )


def test_annex_and_contents_are_table_rows(final_report_2019: bytes) -> None:
    blocks = _blocks(final_report_2019)
    rows = [block.text for block in blocks if block.kind == "table_row"]
    assert "Kassym-Jomart Tokayev Nur Otan 6,539,715 70.96" in rows
    assert any(row.startswith("III. COMPLAINTS AND APPEALS ....") for row in rows)
    assert not any("6,539,715" in block.text for block in blocks if block.kind != "table_row")


def test_cover_title_wrapped_over_lines_is_one_heading(statement_2019: bytes) -> None:
    blocks = _blocks(statement_2019)
    assert (
        TextBlock("Republic of Kazakhstan – Early Presidential Election, 9 June 2019", 1, "heading") in blocks
    )
    assert TextBlock("STATEMENT OF PRELIMINARY FINDINGS AND CONCLUSIONS", 1, "heading") in blocks


# --- layouts built here ----------------------------------------------------------------------


def _report_page(number: int, body: list[Run]) -> list[Run]:
    return [*running_header(number), *body]


def test_marker_glued_to_a_word_without_superscript() -> None:
    body = typeset([
        _report_page(1, [
            *column([
                "The CEC received 16 reports of violations, including voter impersonation.1 On",
                "election day 9,968 commissions worked; the law of 2017; the count on 13 June",
                "ended in two cities.2 Article 7 of the Code applies to G7 observers.",
            ], top=90),
            *column(["1 CEC press release of 10 June 2019.", "2 Media reports."], top=760, size=7, leading=9),
        ]),
    ])  # fmt: skip
    blocks = _blocks(body)
    text = _block_with(blocks, "16 reports")
    assert text.text == (
        "The CEC received 16 reports of violations, including voter impersonation. On election day 9,968 "
        "commissions worked; the law of 2017; the count on 13 June ended in two cities. "
        "Article 7 of the Code "
        "applies to G7 observers."
    )
    assert text.footnote_refs == (1, 2)
    notes = [(b.footnote, b.text) for b in blocks if b.kind == "footnote"]
    assert notes == [(1, "CEC press release of 10 June 2019."), (2, "Media reports.")]


def test_superscript_marker_glued_to_a_word() -> None:
    body = typeset([
        _report_page(1, [
            Run(72, 90, "Protesters were detained in large numbers in major cities."),
            Run(346, 86, "3", 6),
            Run(350, 90, " Police said so."),
            Run(72, 104, "More were held later.", 10),
            Run(72, 770, "3", 5),
            Run(76, 772, "Statement of the Ministry of Internal Affairs.", 7),
        ]),
    ])  # fmt: skip
    blocks = _blocks(body)
    assert TextBlock(
        "Protesters were detained in large numbers in major cities. Police said so. More were held later.",
        page=1, footnote_refs=(3,),
    ) in blocks  # fmt: skip
    assert TextBlock("Statement of the Ministry of Internal Affairs.", 1, "footnote", footnote=3) in blocks


def test_fpdf_superscript_via_char_vpos() -> None:
    pdf = FPDF(unit="pt", format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    pdf.set_xy(72, 80)
    pdf.write(14, "Ballot box stuffing was observed in some cases")
    pdf.char_vpos = "SUP"
    pdf.write(14, "1")
    pdf.char_vpos = "LINE"
    pdf.write(14, ", mostly in the evening.")
    pdf.set_font("Helvetica", size=7)
    pdf.text(72, 780, "1 ODIHR observers' reports.")
    blocks = _blocks(bytes(pdf.output()))
    assert blocks[0] == TextBlock(
        "Ballot box stuffing was observed in some cases, mostly in the evening.", 1, footnote_refs=(1,)
    )
    assert blocks[1] == TextBlock("ODIHR observers' reports.", 1, "footnote", footnote=1)


def test_numbered_line_at_the_foot_is_no_footnote_without_a_marker() -> None:
    body = typeset([[
        *column(["Results by region:", "17 regions reported on time."], top=90),
        Run(72, 780, "2 regions reported late.", 7),
    ]])  # fmt: skip
    pages = read_pdf(body)
    assert pages[0].footnotes == ()
    assert [line.text for line in pages[0].lines][-1] == "2 regions reported late."


def test_footnote_in_body_type_at_the_foot_of_the_page() -> None:
    body = typeset([[
        *column(["Some 300 observers were deployed in all regions.4", "", "", ""], top=90),
        Run(72, 780, "4 Including 39 long-term observers."),
    ]])  # fmt: skip
    blocks = _blocks(body)
    assert blocks == [
        TextBlock("Some 300 observers were deployed in all regions.", 1, footnote_refs=(4,)),
        TextBlock("Including 39 long-term observers.", 1, "footnote", footnote=4),
    ]


def test_footnote_continues_on_a_second_line() -> None:
    body = typeset([[
        Run(72, 90, "Voting was calm in most places.1"),
        *column(["1 According to the CEC, complaints were few and were all handled within the",
                 "legal deadlines."], top=770, size=7, leading=9),
    ]])  # fmt: skip
    note = _blocks(body)[-1]
    assert note == TextBlock(
        "According to the CEC, complaints were few and were all handled within the legal deadlines.",
        1, "footnote", footnote=1,
    )  # fmt: skip


def test_lines_drawn_word_by_word_are_prose_not_a_table() -> None:
    pdf = FPDF(unit="pt", format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    sentences = ["The CEC has seven members.", "The law was amended in 2017.", "The count was slow."]
    for i, sentence in enumerate(sentences):
        x = 72.0
        for word in sentence.split():  # every word its own text object, as some generators draw them
            pdf.text(x, 100 + 14 * i, word)
            x += pdf.get_string_width(word + " ")
    assert _blocks(bytes(pdf.output())) == [TextBlock(" ".join(sentences), 1)]


def test_footnote_line_wrapping_at_a_date_is_no_new_footnote() -> None:
    text = [
        "Protests continued after election day in Nur-Sultan, Almaty and Shymkent. Police",
        "dispersed gatherings and said that some 200 more people were detained.5 The",
        "Minister spoke about the detentions in parliament later that week.6",
    ]
    notes = [
        "5 Statement of the Ministry of Internal Affairs published on the evening of",
        "6 June 2019, after the rallies.",
        "6 Address to the Mazhilis.",
    ]
    body = typeset([[*column(text, top=300), *column(notes, top=760, size=7, leading=9)]])
    footnotes = [(b.footnote, b.text) for b in _blocks(body) if b.kind == "footnote"]
    wrapped = "Statement of the Ministry of Internal Affairs published on the evening of 6 June 2019, after"
    assert footnotes == [(5, f"{wrapped} the rallies."), (6, "Address to the Mazhilis.")]


def test_running_header_repeated_without_a_page_number() -> None:
    pages = [
        [Run(72, 36, "ODIHR Final Report", 8), Run(72, 90, f"Body text of page {n}.")] for n in (1, 2, 3)
    ]
    read = read_pdf(typeset(pages))
    assert [[line.text for line in page.lines] for page in read] == [
        ["Body text of page 1."], ["Body text of page 2."], ["Body text of page 3."],
    ]  # fmt: skip


def test_paragraph_running_on_to_the_next_page_is_one_block() -> None:
    first = ["II. ELECTION DAY", "", "Voting was orderly, but in several polling stations"]
    second = ["observers saw group voting.", "", "The count was slow."]
    body = typeset([_report_page(1, column(first, top=90)), _report_page(2, column(second, top=90))])
    blocks = _blocks(body)
    assert blocks == [
        TextBlock("II. ELECTION DAY", 1, "heading"),
        TextBlock("Voting was orderly, but in several polling stations observers saw group voting.", 1),
        TextBlock("The count was slow.", 2),
    ]


@pytest.mark.parametrize(
    ("left", "right", "vocabulary", "joined"),
    [
        ("in Nur-", "Sultan and Almaty", set(), "in Nur-Sultan and Almaty"),
        ("24 long-", "term observers", {"long-term"}, "24 long-term observers"),
        ("the adminis-", "trative courts", {"administrative"}, "the administrative courts"),
        ("the adminis\u00ad", "trative courts", set(), "the administrative courts"),
        ("between 9 and", "13 June", set(), "between 9 and 13 June"),
        (
            "Republic of Kazakhstan –",
            "Early Presidential Election",
            set(),
            "Republic of Kazakhstan – Early Presidential Election",
        ),
    ],
    ids=["compound-kept", "known-compound", "syllable-break", "soft-hyphen", "plain", "dash"],
)
def test_wrapped_lines_are_joined(left: str, right: str, vocabulary: set[str], joined: str) -> None:
    assert join_wrapped(left, right, vocabulary) == joined


def test_syllable_hyphen_is_dropped_when_the_document_spells_the_word_whole() -> None:
    body = typeset([[
        *column(["Complaints went to the administrative courts first. Appeals to the higher adminis-",
                 "trative courts followed."], top=90),
    ]])  # fmt: skip
    assert _blocks(body)[0].text.endswith("Appeals to the higher administrative courts followed.")


# --- unreadable input ------------------------------------------------------------------------


def _encrypted() -> bytes:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    pdf.text(20, 20, "secret")
    pdf.set_encryption(owner_password="owner", user_password="user")
    return bytes(pdf.output())


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda report: b"", "not a PDF"),
        (lambda report: b"<html><body>Not found</body></html>", "not a PDF"),
        (lambda report: b"%PDF-1.7\n%garbage that is no PDF at all", "unreadable PDF"),
        (lambda report: report[: len(report) // 2], "unreadable PDF"),
        (lambda report: _encrypted(), "encrypted"),
        (lambda report: typeset([[]]), "no text layer"),
    ],
    ids=["empty", "html", "garbage-after-header", "truncated", "encrypted", "no-text"],
)
def test_unreadable_pdf_raises_parse_error(
    make: Callable[[bytes], bytes], message: str, final_report_2019: bytes
) -> None:
    with pytest.raises(ParseError, match=message):
        read_pdf(make(final_report_2019))


def test_pdf_with_only_an_owner_password_is_read() -> None:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    pdf.text(20, 20, "Readable despite restrictions.")
    pdf.set_encryption(owner_password="owner")
    assert read_pdf(bytes(pdf.output()))[0].lines[0].text == "Readable despite restrictions."
