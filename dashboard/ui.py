"""Shared page helpers: the warehouse connection of one render, figures formatted once, tables with links.

Figures an analyst checks (votes, shares, ranges, sentences) are written as Markdown tables, which render as
HTML text that can be read and copied (and that the browser test reads); st.dataframe draws on a canvas.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from collections.abc import Iterator, Sequence
from typing import Any

import duckdb
import streamlit as st

from dashboard import data
from dashboard.documents import DocumentServer, document_link

DOCUMENTS_URL_ENV = "KZELECT_DOCUMENTS_URL"


@st.cache_resource
def _own_document_server() -> DocumentServer:
    # Only when the app runs without `kzelect dashboard` (plain `streamlit run`, tests): one per process.
    return DocumentServer(data.warehouse_path(), data.archive_path()).start()


def documents_url() -> str:
    """Base URL of the archived-document server: the one `kzelect dashboard` started, else our own."""
    return os.environ.get(DOCUMENTS_URL_ENV) or _own_document_server().url


@contextlib.contextmanager
def warehouse() -> Iterator[duckdb.DuckDBPyConnection]:
    """This render's read-only connection; stops the page with a message when there is no warehouse to read."""
    try:
        with data.connect() as con:
            yield con
    except data.WarehouseUnavailable as exc:
        st.warning(f"The warehouse cannot be read right now: {exc}")
        st.stop()


def page_end() -> None:
    """The last line of every page: which warehouse was read, as published when (also the browser test's cue
    that the page has rendered to its end)."""
    path = data.warehouse_path()
    published = dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC) if path.is_file() else None
    when = published.strftime("%Y-%m-%d %H:%M:%S UTC") if published else "never"
    st.caption(f"Read from the warehouse published {when} ({path}), read-only, at this page load.")


def votes(value: Any) -> str:
    return "—" if value is None else f"{int(value):,}"


def share(value: Any) -> str:
    return "—" if value is None else f"{float(value):.2f} %"


def figure(value: Any) -> str:
    """Any figure of marts.discrepancies (stored as DOUBLE): counts without decimals, shares as written."""
    if value is None:
        return "—"
    number = float(value)
    return f"{int(number):,}" if number.is_integer() else f"{number:g}"


def count_range(low: Any, high: Any) -> str:
    """A count as the source bounds it: 500, 24–99, 13+ (open-ended), — (no count)."""
    if low is None and high is None:
        return "—"
    if high is None:
        return f"{int(low):,}+"
    if low == high:
        return f"{int(low):,}"
    return f"{int(low):,}–{int(high):,}"


def short(text: str | None, limit: int = 45) -> str:
    """A long title cut at a word, for table cells (the full title is in the marts)."""
    if not text or len(text) <= limit:
        return text or ""
    return text[:limit].rsplit(" ", 1)[0] + " …"


def links(document_id: str | None, page: Any, url: str | None) -> str:
    """Markdown links: the archived copy served by the dashboard (at its PDF page) and the publisher's URL."""
    parts = []
    if document_id:
        parts.append(f"[archived copy]({document_link(documents_url(), document_id, page)})")
    if url:
        parts.append(f"[original]({url})")
    return " · ".join(parts)


def _cell(value: Any) -> str:
    text = "" if value is None else str(value)
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ").replace("$", "\\$")


def md_table(rows: Sequence[dict[str, Any]], columns: dict[str, str], links_column: bool = False) -> str:
    """A Markdown table of `rows` (dicts) under the headings of `columns` (key → heading). Cells that already
    hold Markdown links are passed through when `links_column` names the 'links' key."""
    head = list(columns.items())
    lines = ["| " + " | ".join(h for _, h in head) + " |", "|" + "---|" * len(head)]
    for row in rows:
        cells = [row.get(k) if (links_column and k == "links") else _cell(row.get(k)) for k, _ in head]
        lines.append("| " + " | ".join(str(c) for c in cells) + " |")
    return "\n".join(lines)


def table_or_note(frame: Any, columns: dict[str, str], when_empty: str) -> None:
    """A section's table, or the good news in green when it has no rows (no failures, nothing refused)."""
    if frame.is_empty():
        st.success(when_empty)
    else:
        st.markdown(md_table(frame.to_dicts(), columns))


def election_choice(options: list[str], key: str = "election") -> str | None:
    """An election picked from `options`, kept in the URL (?election=...) so that a page can link to another."""
    if not options:
        return None
    wanted = st.query_params.get(key)
    index = options.index(wanted) if wanted in options else 0
    chosen = st.selectbox("Election", options, index=index, key=f"{key}_select")
    if chosen != wanted:
        st.query_params[key] = chosen
    return chosen
