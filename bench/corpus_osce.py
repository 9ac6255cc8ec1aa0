"""ODIHR publications of a synthetic harvest: the country page, one page per observed vote, and its statement
of preliminary findings and final report as PDFs of realistic length (tens of pages), typeset as the missions
do (cover, running headers, numbered sections, an annex of final results).

Findings sentences (detentions, violations, complaints) are ours, in the shapes the report parser reads; the
pages between them are prose about the process, with the kind of numbers reports are full of (observers,
commissions, articles of law) that are neither detentions nor infractions.
"""

from __future__ import annotations

import random
import textwrap
from dataclasses import dataclass

from fpdf import FPDF

from bench.corpus_text import Vote, en_date

WIDTH, TOP, BOTTOM, LEADING, GAP = 92, 90.0, 760.0, 14.0, 26.0
CITIES = ("Almaty", "Astana", "Shymkent", "Karaganda", "Aktobe", "Oral")
FINAL_SECTIONS = ("EXECUTIVE SUMMARY", "INTRODUCTION AND ACKNOWLEDGEMENTS", "BACKGROUND AND POLITICAL CONTEXT",
                  "LEGAL FRAMEWORK", "ELECTION ADMINISTRATION", "VOTER REGISTRATION", "CANDIDATE REGISTRATION",
                  "ELECTION CAMPAIGN", "MEDIA", "COMPLAINTS AND APPEALS", "ELECTION OBSERVATION",
                  "ELECTION DAY", "POST-ELECTION DEVELOPMENTS", "ANNOUNCEMENT OF RESULTS", "RECOMMENDATIONS")
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV")
PROSE = (
    "The legal framework provides a basis for the conduct of elections, but it leaves several earlier "
    "recommendations unaddressed, in particular on the freedoms of assembly and expression.",
    "Election commissions at all levels met the legal deadlines; their sessions were generally open to observers, "
    "although decisions were often taken without discussion.",
    "Interlocutors told the mission that public-sector employees felt pressure to attend campaign events, which "
    "blurred the line between the state and the incumbent.",
    "Media coverage was extensive but uncritical; broadcasters gave most of their airtime to the activities of "
    "officials rather than to the contestants.",
    "Article {art} of the election law sets out the grounds for refusing registration; the mission was told that "
    "the provision was applied unevenly in {year}.",
    "The mission held meetings with the election administration, state institutions, political parties and civil "
    "society, and followed the process in all {regions} regions.",
    "Some {obs} observers from {countries} participating States were deployed on election day; the mission is "
    "grateful to the authorities for their co-operation.",
    "The {tecs} territorial election commissions received training before election day, and the manuals were "
    "published on the commission's website.",
    "Voters could check their registration online, but the procedure for adding voters on election day was not "
    "consistently followed.",
    "The campaign was low-key and lacked a real debate on policy; contestants rarely criticised each other.",
)


@dataclass(frozen=True)
class Publication:
    path: str  # /files/f/documents/X/Y/NNNNNN.pdf
    listed_as: str
    listed_on: str
    pdf: bytes


def vote_title(vote: Vote) -> str:
    if vote.kind == "referendum":
        return "Referendum"
    body = "Presidential Election" if vote.kind == "presidential" else "Parliamentary Elections"
    return f"Early {body}" if vote.early else body


def _filler(rng: random.Random, n: int) -> list[str]:
    return [rng.choice(PROSE).format(art=rng.randint(12, 120), year=rng.randint(1995, 2024), regions=17,
                                     obs=rng.randint(200, 450), countries=rng.randint(25, 45),
                                     tecs=rng.randint(200, 230)) + " " + rng.choice(PROSE).format(
        art=rng.randint(12, 120), year=rng.randint(1995, 2024), regions=17, obs=300, countries=40, tecs=210)
        for _ in range(n)]


def _findings(vote: Vote, rng: random.Random) -> dict[str, list[str]]:
    """The counted findings: detentions after the vote, violations and complaints, a negative count."""
    city, day = rng.choice(CITIES), en_date(vote.date)
    observed = rng.randint(100, 140)
    return {
        "COMPLAINTS AND APPEALS": [
            f"The CEC informed the ODIHR EOM that it had received {rng.randint(20, 150)} complaints ahead of "
            "election day, most of them about the misuse of administrative resources.",
            f"On election day, the Prosecutor General's Office registered {rng.randint(5, 60)} violations of the "
            "electoral legislation."],
        "ELECTION DAY": [
            f"Counting was assessed negatively in {rng.randint(10, 40)} of the {observed} polling stations "
            "observed, largely because the reconciliation of unused ballots was skipped."],
        "POST-ELECTION DEVELOPMENTS": [
            f"On the evening of {day}, a group of people gathered in {city} to protest against the conduct of the "
            f"vote. According to the Ministry of Internal Affairs, police detained {rng.randint(10, 400)} "
            "participants; most were released the same night.",
            f"Human rights defenders reported that at least {rng.randint(3, 15)} journalists covering the protests "
            "were briefly detained."],
    }


class Typesetter:
    """A report as ODIHR typesets it: a cover page, then running headers, bold headings and paragraphs."""

    def __init__(self, header: str, cover: list[str]) -> None:
        self.pdf, self.header, self.page, self.y = FPDF(unit="pt", format="A4"), header, 1, BOTTOM + 1
        self.pdf.add_page()
        for i, line in enumerate(cover):
            self.pdf.set_font("Helvetica", style="B" if i < 2 else "", size=14 if i < 2 else 11)
            self.pdf.text(150, 200 + i * 26, line)

    def new_page(self) -> None:
        self.page += 1
        self.pdf.add_page()
        self.pdf.set_font("Helvetica", size=8)
        self.pdf.text(72, 36, "Republic of Kazakhstan")
        self.pdf.text(480, 36, f"Page: {self.page}")
        self.pdf.text(72, 47, self.header)
        self.y = TOP

    def heading(self, text: str) -> None:
        if self.y + 3 * LEADING > BOTTOM:
            self.new_page()
        self.pdf.set_font("Helvetica", style="B", size=11)
        self.pdf.text(72, self.y, text)
        self.y += GAP

    def paragraph(self, text: str) -> None:
        lines = textwrap.wrap(text, WIDTH)
        if self.y + len(lines) * LEADING > BOTTOM:
            self.new_page()
        self.pdf.set_font("Helvetica", size=10)
        for line in lines:
            self.pdf.text(72, self.y, line)
            self.y += LEADING
        self.y += GAP - LEADING

    def annex(self, vote: Vote) -> None:
        """ANNEX: FINAL ELECTION RESULTS on a page of its own: indicator rows, then one row per contestant."""
        self.new_page()
        self.heading("ANNEX I: FINAL ELECTION RESULTS")
        first = {"presidential": "Candidate", "parliamentary": "Party", "referendum": "Answer"}[vote.kind]
        self.row(first, "Number of votes", "%", bold=True)
        self.row("Number of voters on the voter lists", f"{vote.registered:,}", "")
        self.row("Number of voters who received ballots", f"{vote.cast:,}", f"{vote.turnout:.1f}")
        self.row("Number of invalid ballots", f"{vote.invalid:,}", "")
        for i, c, n in vote.counted():
            self.row(c.en, f"{n:,}", f"{vote.share(i):.2f}")
        self.pdf.set_font("Helvetica", size=9)
        self.pdf.text(72, self.y + 10, "Source: Resolution of the Central Election Commission.")

    def row(self, label: str, count: str, pct: str, bold: bool = False) -> None:
        self.pdf.set_font("Helvetica", style="B" if bold else "", size=9)
        self.pdf.text(72, self.y, label)
        self.pdf.text(330, self.y, count)
        self.pdf.text(440, self.y, pct)
        self.y += LEADING

    def output(self) -> bytes:
        return bytes(self.pdf.output())


def statement(vote: Vote, rng: random.Random, pages: int) -> bytes:
    title, day = vote_title(vote), en_date(vote.date)
    doc = Typesetter(f"{title}, {day}   Statement of Preliminary Findings and Conclusions",
                     ["REPUBLIC OF KAZAKHSTAN", title.upper(), day,
                      "STATEMENT OF PRELIMINARY FINDINGS AND CONCLUSIONS"])
    findings = _findings(vote, rng)
    sections = ["PRELIMINARY CONCLUSIONS", "BACKGROUND", "ELECTION ADMINISTRATION", "ELECTION DAY",
                "POST-ELECTION DEVELOPMENTS"]
    per_section = max(1, pages * 8 // len(sections))
    for heading in sections:
        doc.heading(heading)
        for text in _filler(rng, per_section) + findings.get(heading, []):
            doc.paragraph(text)
    return doc.output()


def final_report(vote: Vote, rng: random.Random, pages: int) -> bytes:
    title, day = vote_title(vote), en_date(vote.date)
    doc = Typesetter(f"{title}, {day}   ODIHR EOM Final Report",
                     ["REPUBLIC OF KAZAKHSTAN", title.upper(), day, "ODIHR Election Observation Mission Final Report"])
    findings = _findings(vote, rng)
    per_section = max(1, pages * 8 // len(FINAL_SECTIONS))  # about eight paragraphs fill a page
    for numeral, heading in zip(ROMAN, FINAL_SECTIONS, strict=True):
        doc.heading(f"{numeral}. {heading}")
        for text in _filler(rng, per_section) + findings.get(heading, []):
            doc.paragraph(text)
    doc.annex(vote)
    return doc.output()


def publications(vote: Vote, rng: random.Random, doc_id: int, final_pages: int = 24,
                 statement_pages: int = 8) -> list[Publication]:
    title, day = vote_title(vote), en_date(vote.date)
    following = vote.date.toordinal() + 1
    listed_on = en_date(type(vote.date).fromordinal(following))
    out = [Publication(f"/files/f/documents/{doc_id % 16:x}/{doc_id // 16 % 16:x}/{doc_id}.pdf",
                       f"{title}, {day}: Statement of Preliminary Findings and Conclusions", listed_on,
                       statement(vote, rng, statement_pages))]
    later = en_date(type(vote.date).fromordinal(vote.date.toordinal() + 120))
    out.append(Publication(f"/files/f/documents/{(doc_id + 1) % 16:x}/{(doc_id + 1) // 16 % 16:x}/{doc_id + 1}.pdf",
                           f"{title}, {day}: Final Report", later, final_report(vote, rng, final_pages)))
    return out


def _page(title: str, body: str) -> str:
    return ('<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>' + title + " | OSCE</title></head>\n"
            '<body><header class="site-header"><a href="/">Organization for Security and Co-operation in Europe</a>\n'
            '<nav><a href="/odihr">ODIHR</a> <a href="/odihr/elections">Elections</a></nav></header>\n'
            f'<main id="main-content"><h1 class="page-title">{title}</h1>\n{body}\n</main>'
            "<footer>OSCE Secretariat, Vienna</footer></body></html>\n")


def election_page(vote: Vote, docs: list[Publication]) -> str:
    items = "\n".join(f'<li class="document"><span class="date">{d.listed_on}</span> <a href="{d.path}">'
                      f'{d.listed_as}</a> <span class="filetype">(PDF)</span></li>' for d in docs)
    return _page(f"Kazakhstan, {vote_title(vote)}, {en_date(vote.date)}",
                 f'<section class="related-documents"><h2>Documents</h2><ul>\n{items}\n</ul></section>')


def country_page(pages: list[tuple[str, Vote]]) -> str:
    items = "\n".join(f'<li><a href="/odihr/elections/kazakhstan/{page_id}">Kazakhstan, {vote_title(v)}, '
                      f"{en_date(v.date)}</a></li>" for page_id, v in pages)
    listing = f'<div class="view-content"><ul class="election-list">\n{items}\n</ul></div>'
    return _page("Elections in Kazakhstan", listing)
