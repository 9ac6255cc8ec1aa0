"""What a run did, in words: printed by the CLI and published as a Prefect markdown artifact."""

from __future__ import annotations

from dataclasses import dataclass, field


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
            url, err = self.fetch_failures[0]
            parts.append(f"{len(self.fetch_failures)} document(s) could not be fetched (first: {url}: {err})")
        if self.refused:
            url, reasons = next(iter(self.refused.items()))
            sets = sum(len({(r[0], r[2] if len(r) > 2 else "document") for r in rs}) for rs in self.refused.values())
            parts.append(f"{len(self.refused)} document(s) refused ({sets} claim set(s); first: {url}: "
                         f"{reasons[0][1]})")
        return "; ".join(parts) or "ok"

    def lines(self) -> list[str]:
        out = [
            f"run {self.run_id} → {self.warehouse}",
            f"documents: {self.documents_found} found, {self.fetched} fetched "
            f"({self.unchanged} unchanged), {len(self.fetch_failures)} failed, {self.parsed} parsed",
            "rows loaded: " + ", ".join(f"{t} {n}" for t, n in self.rows_loaded.items()),
            f"unread: {self.unread} figure(s) or clause(s) seen and not read (audit.unread)",
        ]
        if self.refused_links:
            out.append(f"links outside the allowed origins, not followed: {self.refused_links}")
        for url, err in self.fetch_failures:
            out.append(f"FETCH FAILED {url}: {err}")
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
