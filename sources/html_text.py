"""HTML → the parts a parser reads: title, date, paragraphs, tables, links.

By structure and content, not by one template's CSS classes: the CEC site has an older template
(`h3` title, `dd.mm.yyyy` date text) and a redesigned one (`<article>`, `<time datetime>`, `h1`).
Page chrome (`header`, `nav`, `footer` elements, menus, the copyright line) is left out of the text.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from sources import budget
from sources.text import find_dates

BLOCK_TAGS = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "div", "section", "article", "blockquote", "br"}
CHROME_TAGS = {"header", "nav", "footer", "script", "style", "head", "noscript", "form"}
CHROME_CLASS_RE = re.compile(r"(?:^|[\s_-])(footer|header|menu|breadcrumbs?|lang-switch|top-line|nav)(?:$|[\s_-])")
# an older template marks its chrome by id only (<div id="header">, <div id="top-menu">): the whole id names it
CHROME_ID_RE = re.compile(
    r"^(?:page|site|main|top)?[_-]?(?:header|footer|menu|nav|navigation|navbar|breadcrumbs?)$", re.IGNORECASE
)
HEADINGS = {"h1", "h2", "h3", "h4"}
VOID_TAGS = {"br", "img", "meta", "link", "input", "hr", "source", "wbr"}


def clean_text(text: str) -> str:
    text = html.unescape(text).replace("\u00ad", "")
    return re.sub(r"[ \t\r\n\f\v]+", " ", text).strip()


@dataclass
class Table:
    rows: list[list[str]]  # merged cells (rowspan/colspan) repeated into every position they cover
    header_rows: int = 0  # how many leading rows are headers (<th> only)


@dataclass
class HtmlLink:
    href: str
    text: str
    date_before: dt.date | None  # the last date printed before the link (listing items)


BYLINE_STAMP_RE = re.compile(
    r"\W*(?:by|posted|published|updated|опубликовано|дата\s+публикации|автор|жарияланды|жарияланған)\b", re.IGNORECASE
)
STAMP_CLOCK_RE = re.compile(r"(?<![\d:])(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:])")


@dataclass
class HtmlPage:
    head_title: str = ""
    headings: list[str] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    links: list[HtmlLink] = field(default_factory=list)
    time_datetime: list[str] = field(default_factory=list)
    lang: str | None = None

    @property
    def title(self) -> str:
        """The heading that the <title> starts with, else the <title> up to its site-name suffix."""
        for heading in self.headings:
            if heading and self.head_title.startswith(heading[:40]):
                return heading
        return self.head_title.split(" | ")[0].strip() or (self.headings[0] if self.headings else "")

    @property
    def published_on(self) -> dt.date | None:
        for value in self.time_datetime:
            try:
                return dt.date.fromisoformat(value[:10])
            except ValueError:
                continue
        for text in self.paragraphs[:4]:
            dates = find_dates(text)
            # the page's stamp: a short line opening with its date, or holding it with the hour after a rubric
            # ("Политика 6 маусым 2022, 09:30"): the publication date, never a vote's
            if dates and len(text) < 40 and (dates[0][1] == 0 or (len(dates) == 1 and STAMP_CLOCK_RE.search(
                    text, dates[0][2]))):
                return dates[0][0]
            # a byline with its date: "By Staff Report in Nation on 20 March 2023", "Опубликовано: 20 марта 2023"
            if len(dates) == 1 and len(text) < 90 and BYLINE_STAMP_RE.match(text):
                return dates[0][0]
        return None


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.page = HtmlPage()
        self.stack: list[tuple[str, bool]] = []  # (tag, is chrome)
        self.buffer: list[str] = []
        self.in_title = False
        self.heading: list[str] | None = None
        self.table_stack: list[dict] = []
        self.cell: list[str] | None = None
        self.link: tuple[str, list[str]] | None = None
        self.last_date: dt.date | None = None

    @property
    def in_chrome(self) -> bool:
        return any(chrome for _, chrome in self.stack)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "html" and a.get("lang"):
            self.page.lang = a["lang"]
        if tag == "title":
            self.in_title = True
        if tag in VOID_TAGS:
            if tag == "br":
                self._flush()
            return
        chrome = tag in CHROME_TAGS or bool(CHROME_CLASS_RE.search(a.get("class", ""))) or bool(
            CHROME_ID_RE.match(a.get("id", "")))
        self.stack.append((tag, chrome))
        if tag == "time" and a.get("datetime"):
            self.page.time_datetime.append(a["datetime"])
        if tag == "a" and a.get("href"):
            self.link = (a["href"], [])
        if (tag in HEADINGS or tag == "table") and self.cell is not None and self.table_stack:
            # a heading or a table inside a cell: the cell lays out a page (an older site's layout table), its
            # text is the page's flow, not a cell's value
            self.buffer.extend(self.cell)
            self.cell = None
            self.table_stack[-1]["layout"] = True
        if tag in HEADINGS:
            self._flush()
            self.heading = []
        elif tag == "table":
            self._flush()
            self.table_stack.append({"rows": [], "header_rows": 0, "row": None, "spans": {}})
        elif tag == "tr" and self.table_stack:
            self.table_stack[-1]["row"] = {"cells": [], "all_th": True}
        elif tag in {"td", "th"} and self.table_stack and self.table_stack[-1]["row"] is not None:
            self.cell = []
            row = self.table_stack[-1]["row"]
            row["cur"] = (int(a.get("rowspan") or 1), int(a.get("colspan") or 1))
            if tag == "td":
                row["all_th"] = False
        elif tag in BLOCK_TAGS:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if tag == "a" and self.link:
            href, parts = self.link
            if not self.in_chrome:
                text = clean_text(" ".join(parts))
                self.page.links.append(HtmlLink(href, text, self.last_date))
            self.link = None
        if tag in HEADINGS and self.heading is not None:
            text = clean_text(" ".join(self.heading))
            if text and not self.in_chrome:
                self.page.headings.append(text)
            self.heading = None
        elif tag in {"td", "th"} and self.cell is not None and self.table_stack:
            row = self.table_stack[-1]["row"]
            if row is not None:
                row["cells"].append((clean_text(" ".join(self.cell)), *row.get("cur", (1, 1))))
            self.cell = None
        elif tag == "tr" and self.table_stack and self.table_stack[-1]["row"] is not None:
            self._close_row(self.table_stack[-1])
        elif tag == "table" and self.table_stack:
            t = self.table_stack.pop()
            if t["rows"] and not self.in_chrome and not t.get("layout"):
                self.page.tables.append(Table(t["rows"], t["header_rows"]))
        elif tag in BLOCK_TAGS:
            self._flush()
        # pop to the matching tag (tolerates unclosed inner tags)
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                del self.stack[i:]
                break

    def _close_row(self, table: dict) -> None:
        row = table["row"]
        spans: dict[int, tuple[int, str]] = table["spans"]  # column → (rows left, text)
        out: list[str] = []
        col = 0
        cells = list(row["cells"])
        while cells or any(c >= col for c in spans):
            if col in spans:
                left, text = spans[col]
                out.append(text)
                if left <= 1:
                    del spans[col]
                else:
                    spans[col] = (left - 1, text)
                col += 1
                continue
            if not cells:
                break
            text, rowspan, colspan = cells.pop(0)
            for _ in range(colspan):
                out.append(text)
                if rowspan > 1:
                    spans[col] = (rowspan - 1, text)
                col += 1
        if out:
            table["rows"].append(out)
            if row["all_th"] and table["header_rows"] == len(table["rows"]) - 1:
                table["header_rows"] += 1
        table["row"] = None

    def handle_data(self, data: str) -> None:
        budget.check()  # the document's parse deadline (a no-op outside sources.budget.parsing)
        if self.in_title:
            self.page.head_title += data
            return
        if self.link:
            self.link[1].append(data)
        for _date, _s, _e in find_dates(data):
            self.last_date = _date
        if self.cell is not None:
            self.cell.append(data)
        elif self.heading is not None:
            self.heading.append(data)
        elif not self.in_chrome:
            self.buffer.append(data)

    def _flush(self) -> None:
        text = clean_text(" ".join(self.buffer))
        self.buffer = []
        if text and not text.startswith("©"):
            self.page.paragraphs.append(text)

    def close(self) -> None:
        super().close()
        self._flush()
        self.page.head_title = clean_text(self.page.head_title)


def decode_html(body: bytes, content_type: str | None = None) -> str:
    """Bytes → text: the declared charset, else UTF-8, else Windows-1251 (older Bitrix pages)."""
    charset = None
    if content_type and "charset=" in content_type:
        charset = content_type.split("charset=")[-1].split(";")[0].strip()
    if not charset:
        m = re.search(rb"<meta[^>]+charset=[\"']?([\w-]+)", body[:4096], re.IGNORECASE)
        charset = m.group(1).decode("ascii") if m else None
    for candidate in (charset, "utf-8", "windows-1251"):
        if not candidate:
            continue
        try:
            return body.decode(candidate)
        except (LookupError, UnicodeDecodeError):
            continue
    return body.decode("utf-8", errors="replace")


def read_html(body: bytes, content_type: str | None = None) -> HtmlPage:
    collector = _Collector()
    text = decode_html(body, content_type)
    budget.check(len(text))  # over the text budget: refused before the costly walk
    collector.feed(text)
    collector.close()
    return collector.page
