"""A tiny typesetter: PDFs that each show one layout trait of ODIHR reports, built in the test."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from fpdf import FPDF


@dataclass(frozen=True)
class Run:
    """A run of text: x and baseline y in points from the top-left corner of an A4 page."""

    x: float
    y: float
    text: str
    size: float = 10.0
    bold: bool = False


def typeset(pages: Sequence[Sequence[Run]]) -> bytes:
    """A PDF with each run drawn where it says (Helvetica; bold runs in Helvetica-Bold)."""
    pdf = FPDF(unit="pt", format="A4")
    for runs in pages:
        pdf.add_page()
        for run in runs:
            pdf.set_font("Helvetica", style="B" if run.bold else "", size=run.size)
            pdf.text(run.x, run.y, run.text)
    return bytes(pdf.output())


def column(
    texts: Sequence[str],
    *,
    top: float,
    x: float = 72.0,
    size: float = 10.0,
    leading: float = 14.0,
    bold: bool = False,
) -> list[Run]:
    """Lines set one under the other, `leading` points apart."""
    return [Run(x, top + i * leading, text, size, bold) for i, text in enumerate(texts)]


def running_header(page_number: int, title: str = "Early Presidential Election, 9 June 2019") -> list[Run]:
    """The ODIHR running header: country and page number, the document title under it."""
    return [
        Run(72, 36, "Republic of Kazakhstan", 8),
        Run(480, 36, f"Page: {page_number}", 8),
        Run(72, 47, f"{title}   ODIHR EOM Final Report", 8),
    ]
