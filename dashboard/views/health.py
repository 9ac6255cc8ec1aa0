"""Run health: the last runs, what failed, what was refused or left unread, and why."""

from __future__ import annotations

import streamlit as st

from dashboard import data, ui

st.title("Run health")

with ui.warehouse() as con:
    runs = data.runs(con)
    fetches = data.failed_fetches(con)
    refused = data.quarantine(con)
    validations = data.failed_validations(con)
    unread = data.unread(con)

st.subheader("Last runs")
if runs.is_empty():
    st.info("No run recorded yet.")
else:
    last = runs.row(0, named=True)
    st.markdown(f"Latest run **{last['run_id']}**: status **{last['status']}**, "
                f"{last['documents_fetched']} fetched, {last['documents_failed']} failed, "
                f"{last['documents_parsed']} parsed, {last['documents_quarantined']} with refused claims.")
    shown = {"run_id": "run", "started_at": "started", "finished_at": "finished", "status": "status",
             "documents_fetched": "fetched", "documents_failed": "failed", "documents_parsed": "parsed",
             "documents_quarantined": "refused", "message": "message"}
    st.markdown(ui.md_table(runs.to_dicts(), shown))

st.subheader("Failed fetches")
ui.table_or_note(fetches, {"run_id": "run", "url": "URL", "status": "HTTP status", "attempts": "attempts",
                           "error": "why"}, "No fetch failed in the recorded runs.")

st.subheader("Refused (quarantine)")
columns = {"run_id": "run", "url": "URL", "table_name": "table", "reason": "why"}
if "claim_set" in refused.columns:
    columns["claim_set"] = "claim set"
ui.table_or_note(refused, columns, "Nothing was refused.")

st.subheader("Failed validations")
ui.table_or_note(validations, {"run_id": "run", "suite": "suite", "document_id": "document",
                               "failed_expectations": "failed expectations"}, "Every Great Expectations suite passed.")

st.subheader("Seen and not read (latest run)")
if unread is None:
    st.caption("This warehouse has no audit.unread table (built before it existed).")
elif unread.is_empty():
    st.success("The parsers read everything they saw.")
else:
    rows = [{**r, "links": ui.links(r["document_id"], r.get("page"), r.get("url"))} for r in unread.to_dicts()]
    st.markdown(ui.md_table(rows, {"clause": "clause", "figure": "figure", "reason": "why", "links": "document"},
                            links_column=True))

ui.page_end()
