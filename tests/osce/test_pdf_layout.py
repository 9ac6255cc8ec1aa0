"""Layouts the missions' PDFs (and other publishers' reports) come in: two columns, justified lines drawn word by
word, numbered paragraphs, words hyphenated at line ends. The sentences are invented."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from fpdf import FPDF

from sources.osce.pdf_text import join_wrapped, read_pdf, text_blocks
from sources.osce.report import parse_odihr_pdf
from sources.records import TextBlock

SIZE, LEADING = 10.0, 13.0
LEFT_COLUMN, RIGHT_COLUMN, COLUMN_WIDTH = (72.0, 290.0), (310.0, 528.0), 218.0


def _blocks(body: bytes) -> list[TextBlock]:
    return text_blocks(read_pdf(body))


def _pdf() -> FPDF:
    pdf = FPDF(unit="pt", format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("Helvetica", size=SIZE)
    return pdf


def _wrap(pdf: FPDF, text: str, width: float) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        trial = f"{line} {word}".strip()
        if line and pdf.get_string_width(trial) > width:
            lines.append(line)
            line = word
        else:
            line = trial
    return [*lines, line]


def _set(pdf: FPDF, lines: Sequence[str], box: tuple[float, float], top: float, *, justify: bool) -> float:
    """Lines one under the other in the box; justified lines are drawn word by word with stretched spaces."""
    x0, x1 = box
    y = top
    for i, line in enumerate(lines):
        words = line.split()
        last = i == len(lines) - 1
        if not justify or last or len(words) < 2:
            pdf.text(x0, y, line)
        else:
            gap = (x1 - x0 - sum(pdf.get_string_width(w) for w in words)) / (len(words) - 1)
            x = x0
            for word in words:
                pdf.text(x, y, word)
                x += pdf.get_string_width(word) + gap
        y += LEADING
    return y


LEFT_TEXT = (
    "The commission registered the candidates within the deadlines set by law, and none of the applicants was "
    "refused. Observers from the mission followed the sessions of the commission in the capital and in four "
    "regions, where the meetings were open and the agendas were published in advance of each sitting. The "
    "commission adopted its decisions by consensus and published them on its website within a day, although "
    "some regional bodies posted theirs only after the deadlines for appeals had passed, which left little time"
)
RIGHT_TEXT = (
    "for the contestants to challenge them in court. On the eve of the vote, the police held twelve members of an "
    "unregistered movement for several hours after they tried to hand out leaflets near the central square of the "
    "city. Voting was calm in most polling stations that the mission visited."
)


def _two_columns(*, justify: bool) -> bytes:
    pdf = _pdf()
    _set(pdf, _wrap(pdf, LEFT_TEXT, COLUMN_WIDTH), LEFT_COLUMN, 90, justify=justify)
    right = _wrap(pdf, RIGHT_TEXT, COLUMN_WIDTH)
    _set(pdf, right, RIGHT_COLUMN, 90, justify=justify)
    return bytes(pdf.output())


@pytest.mark.parametrize("justify", [False, True], ids=["ragged-lines", "justified-word-by-word"])
def test_two_columns_are_read_column_by_column(justify: bool) -> None:
    blocks = _blocks(_two_columns(justify=justify))
    assert [block.kind for block in blocks] == ["body"]
    # the sentence that runs from the foot of the left column to the top of the right one stays in its paragraph
    assert blocks[0].text == f"{LEFT_TEXT} {RIGHT_TEXT}"


SINGLE = (
    "The mission assessed the opening of polling stations positively in nearly all cases observed, and the "
    "voters were able to find their names on the lists without difficulty. In a small number of stations the "
    "ballot boxes were not sealed properly before the start of voting, and in some others the commission "
    "members did not check the identity documents of the voters. Counting was slow but orderly, and the "
    "protocols were posted at the entrance of most stations once the results had been established."
)


def test_justified_single_column_drawn_word_by_word_is_one_paragraph() -> None:
    """Word starts that happen to line up across a few lines make neither a table nor a second column."""
    pdf = _pdf()
    _set(pdf, _wrap(pdf, SINGLE, 451), (72.0, 523.0), 90, justify=True)
    assert _blocks(bytes(pdf.output())) == [TextBlock(SINGLE, 1)]


def test_a_word_starting_at_one_x_on_every_line_is_no_column() -> None:
    """Each line drawn in two halves, the second always starting at x = 300 one space after the first: no gutter."""
    pdf = _pdf()
    halves = [("The count took place in every", "station the mission observed,"),
              ("although in several of them", "the unused ballots were not"),
              ("cancelled before the ballot", "boxes were opened, and the"),
              ("results were entered in pencil", "on the protocols.")]  # fmt: skip
    for i, (first, second) in enumerate(halves):
        y = 90 + i * LEADING
        pdf.text(300 - pdf.get_string_width(first + " "), y, first)
        pdf.text(300, y, second)
    [block] = _blocks(bytes(pdf.output()))
    assert block.text == " ".join(f"{a} {b}" for a, b in halves)


def test_results_table_is_no_second_column() -> None:
    pdf = _pdf()
    rows = [("Voters on the voter lists", "3,118,402"), ("Voters who received ballots", "2,204,911"),
            ("Invalid ballots", "40,118"), ("Candidate Aitbayeva", "1,310,500"), ("Candidate Oralov", "854,293")]
    for i, (label, value) in enumerate(rows):
        pdf.text(72, 90 + i * 16, label)
        pdf.text(330, 90 + i * 16, value)
    blocks = _blocks(bytes(pdf.output()))
    assert [block.kind for block in blocks] == ["table_row"] * len(rows)
    assert blocks[0].text == "Voters on the voter lists 3,118,402"


def test_paragraph_numbers_are_layout_not_text() -> None:
    pdf = _pdf()
    paragraphs = [
        ("11.", ["Some 60 people were questioned by the police after the rally."]),
        ("12.", ["40 of them were fined for taking part in an unauthorized event, the", "ministry said."]),
    ]
    y = 90.0
    for number, lines in paragraphs:
        pdf.text(72, y, number)  # the number hangs left of the paragraph's text
        y = _set(pdf, lines, (94.0, 523.0), y, justify=False) + 8
    texts = [block.text for block in _blocks(bytes(pdf.output()))]
    assert texts == [
        "Some 60 people were questioned by the police after the rally.",
        "40 of them were fined for taking part in an unauthorized event, the ministry said.",
    ]


@pytest.mark.parametrize(
    ("left", "right", "vocabulary", "joined"),
    [
        ("the Parlia-", "mentary parties", {"the", "parties"}, "the Parliamentary parties"),
        ("were detai-", "ned overnight", {"were", "overnight"}, "were detained overnight"),
        ("the pre-", "election period", {"the", "election", "period"}, "the pre-election period"),
        ("in pre-", "vious reports", {"in", "reports"}, "in previous reports"),
        ("party-", "affiliated monitors", {"party", "monitors"}, "party-affiliated monitors"),
        ("election-", "related disputes", {"election", "related", "disputes"}, "election-related disputes"),
        ("in Shym-", "kent", {"in"}, "in Shymkent"),
        ("in Nur-", "Sultan", {"in"}, "in Nur-Sultan"),
    ],
    ids=["syllable", "syllable-verb", "prefix", "prefix-of-no-word", "suffix", "two-words", "city", "capital"],
)
def test_line_end_hyphens(left: str, right: str, vocabulary: set[str], joined: str) -> None:
    assert join_wrapped(left, right, vocabulary) == joined


def test_pieces_of_a_broken_word_are_no_words_of_the_document() -> None:
    """"consi-" and "deration" occur only as the two halves of one word: it is read whole."""
    pdf = _pdf()
    _set(pdf, ["The appeal of the candidate remained under consi-", "deration for three weeks."], (72.0, 523.0), 90,
         justify=False)  # fmt: skip
    [block] = _blocks(bytes(pdf.output()))
    assert block.text == "The appeal of the candidate remained under consideration for three weeks."


def test_detention_read_across_columns_hyphen_and_footnote() -> None:
    """A report in two columns: the finding's sentence is hyphenated at the foot of the left column and goes on at
    the top of the right one; a footnote's marker sticks to its last word and the note sits at the foot."""
    pdf = _pdf()
    pdf.set_font("Helvetica", style="B", size=14)
    pdf.text(120, 200, "REPUBLIC OF KAZAKHSTAN")
    pdf.text(120, 230, "EARLY PRESIDENTIAL ELECTION")
    pdf.text(120, 260, "9 June 2030")
    pdf.set_font("Helvetica", size=12)
    pdf.text(120, 290, "STATEMENT OF PRELIMINARY FINDINGS AND CONCLUSIONS")
    pdf.text(120, 320, "Astana, 10 June 2030")
    pdf.add_page()
    pdf.set_font("Helvetica", size=8)
    pdf.text(72, 36, "Republic of Kazakhstan")
    pdf.text(480, 36, "Page: 1")
    pdf.set_font("Helvetica", size=SIZE)
    left = _wrap(pdf, LEFT_TEXT.replace(", which left little time", "."), COLUMN_WIDTH)
    left += ["On the evening of election day, police detai-"]
    y = _set(pdf, left, LEFT_COLUMN, 90, justify=True)
    right = ["ned 35 protesters in the centre of the city,", "the Ministry of Internal Affairs said."]
    right += _wrap(pdf, "Voting was calm in most polling stations that the mission visited.", COLUMN_WIDTH)
    _set(pdf, right, RIGHT_COLUMN, 90, justify=True)
    pdf.set_font("Helvetica", size=6)
    pdf.text(RIGHT_COLUMN[1] + 0.5, 90 + LEADING - 3.5, "1")  # the justified line ends at the column's edge
    pdf.set_font("Helvetica", size=8)
    pdf.text(72, 780, "1")
    pdf.text(80, 783, "Statement of the Ministry of Internal Affairs of 10 June 2030, paragraph 4.")
    assert y < 780
    out = parse_odihr_pdf(bytes(pdf.output()), "two-columns")
    [detention] = out.detentions
    assert (detention.detained_min, detention.subject) == (35, "protesters")
    assert detention.reported_by == "Ministry of Internal Affairs"
    assert "police detained 35 protesters" in detention.evidence.text
    assert not any(c.value in (2030, 10, 4) for c in out.infractions)

