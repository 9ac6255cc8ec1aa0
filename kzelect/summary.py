"""What a run did, in words: printed by the CLI and published as a Prefect markdown artifact."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

# A fetch error → the short cause it is counted under (first match wins); the full text is in audit.fetches.
CAUSES: tuple[tuple[str, str], ...] = (
    (r"refused|Errno 111", "connection refused"),
    (r"Name or service not known|nodename nor servname|getaddrinfo|Temporary failure in name resolution",
     "host name not found"),
    (r"timed? ?out|Timeout", "timed out"),
    (r"outside the allowed origins", "redirected outside the allowed origins"),
    (r"robots\.txt", "disallowed by robots.txt"),
    (r"larger than|too large|body limit|max_body_bytes", "body over the size limit"),
    (r"[Ii]ncomplete|truncated|IncompleteRead|ChunkedEncoding|ProtocolError|Connection (aborted|reset)",
     "connection cut short"),
    (r"unexpected content type|content type", "unexpected content type"),
)


def fetch_cause(error: str) -> str:
    """The cause a failed fetch is counted under: 'HTTP 503', 'connection refused', 'timed out', …"""
    if m := re.search(r"\bHTTP (\d{3})\b", error):
        return f"HTTP {m.group(1)}"
    for pattern, cause in CAUSES:
        if re.search(pattern, error):
            return cause
    first = re.sub(r"https?://\S+", "…", error.split("\n", 1)[0]).strip()
    return first[:80] + ("…" if len(first) > 80 else "") or "unknown error"


@dataclass
class RunSummary:
    run_id: str
    warehouse: str
    documents_found: int = 0
    fetched: int = 0
    unchanged: int = 0
    fetch_failures: list[tuple[str, str]] = field(default_factory=list)  # (url, error)
    parsed: int = 0
    rows_loaded: dict[str, int] = field(default_factory=dict)
    # url → [(table, reason, claim set)]: a claim set refused, or the whole document ('document')
    refused: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)
    unread: int = 0  # figures and clauses seen and not read (audit.unread)
    elections_created: list[tuple[str, str]] = field(default_factory=list)  # (election_id, url) not in calendar
    refused_links: int = 0
    deferred: int = 0  # documents over a discovery cap, left for the next run (audit.fetches, note 'deferred')
    error: str | None = None  # the run itself failed (e.g. the warehouse was busy)

    @property
    def ok(self) -> bool:
        return self.error is None and not self.fetch_failures and not self.refused

    @property
    def reason(self) -> str:
        """One line for a non-zero exit."""
        if self.error:
            return self.error
        parts = []
        if self.fetch_failures:
            parts.append(f"{len(self.fetch_failures)} document(s) could not be fetched ({self.causes_line()})")
        if self.refused:
            url, reasons = next(iter(self.refused.items()))
            sets = sum(len({(r[0], r[2] if len(r) > 2 else "document") for r in rs}) for rs in self.refused.values())
            parts.append(f"{len(self.refused)} document(s) refused ({sets} claim set(s); first: {url}: "
                         f"{reasons[0][1]})")
        return "; ".join(parts) or "ok"

    def causes(self) -> list[tuple[str, int, str]]:
        """(cause, count, first URL) of the failed fetches, most frequent first."""
        counts = Counter(fetch_cause(err) for _url, err in self.fetch_failures)
        first = {}
        for url, err in self.fetch_failures:
            first.setdefault(fetch_cause(err), url)
        return [(cause, n, first[cause]) for cause, n in counts.most_common()]

    def causes_line(self) -> str:
        return ", ".join(f"{n} {cause}" for cause, n, _url in self.causes())

    @property
    def unchanged_run(self) -> bool:
        """Nothing new to read: every fetched document was unchanged and nothing was parsed."""
        return self.error is None and self.parsed == 0 and 0 < self.fetched == self.unchanged

    def rows_line(self) -> str:
        if self.error:
            return "rows loaded: none (nothing was published)"
        if self.fetched == 0 and self.parsed == 0:
            return "rows loaded: none — nothing could be fetched" if self.fetch_failures else "rows loaded: none"
        if self.unchanged_run and not any(self.rows_loaded.values()):
            return "rows loaded: none — nothing changed since the last run; the warehouse keeps its rows"
        return "rows loaded: " + (", ".join(f"{t} {n}" for t, n in self.rows_loaded.items()) or "none")

    def message(self) -> str:
        """What happened, in one line (audit.runs.message, the Prefect state message)."""
        if not self.ok:
            return f"failed: {self.reason}" if self.error else f"partial: {self.reason}"
        if self.unchanged_run:
            return f"ok: {self.documents_found} document(s), all unchanged; nothing to load"
        loaded = sum(self.rows_loaded.values())
        return f"ok: {self.fetched} document(s) fetched ({self.unchanged} unchanged), {self.parsed} parsed, " \
               f"{loaded} row(s) loaded"

    def lines(self) -> list[str]:
        out = [
            f"run {self.run_id} → {self.warehouse}",
            f"documents: {self.documents_found} found, {self.fetched} fetched "
            f"({self.unchanged} unchanged), {len(self.fetch_failures)} failed, {self.parsed} parsed",
            self.rows_line(),
            f"unread: {self.unread} figure(s) or clause(s) seen and not read (audit.unread)",
        ]
        if self.deferred:
            out.append(f"deferred to the next run: {self.deferred} document(s) over the discovery caps "
                       "(max_links_per_listing, max_documents_per_run; audit.fetches)")
        if self.refused_links:
            out.append(f"links outside the allowed origins, not followed: {self.refused_links}")
        for cause, n, url in self.causes():  # once per cause; every URL and its full error: audit.fetches
            out.append(f"FETCH FAILED {n} × {cause} (first: {url}; all in audit.fetches)")
        for election_id, url in self.elections_created:
            out.append(f"ELECTION NOT IN CALENDAR {election_id}: created from the date and type stated by {url}")
        for url, reasons in self.refused.items():
            for table, reason, *claim_set in reasons:
                where = f" {claim_set[0]}" if claim_set and claim_set[0] != "document" else ""
                out.append(f"REFUSED {url} [{table}]{where}: {reason}")
        if self.error:
            out.append(f"FAILED: {self.error}")
        return out

    def markdown(self) -> str:
        rows = "\n".join(f"| {t} | {n} |" for t, n in self.rows_loaded.items())
        problems = "\n".join(f"- `{line}`" for line in self.lines()[4:]) or "- none"
        return (f"# kzelect run {self.run_id}\n\n{self.lines()[1]}\n\n| table | rows loaded |\n|---|---|\n"
                f"{rows}\n\n{self.lines()[3]}\n\n## Problems\n{problems}\n")
