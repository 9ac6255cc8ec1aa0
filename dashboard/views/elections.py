"""Elections: every vote of the calendar and what the warehouse holds for it."""

from __future__ import annotations

import streamlit as st

from dashboard import data, ui

st.title("Elections")
st.caption("Every national vote of the calendar, with what the warehouse holds for it. "
           "Each page load reads the latest published warehouse.")

with ui.warehouse() as con:
    table = data.elections(con)

harvested = table.filter(table["status"] == "harvested").height
st.markdown(f"**{table.height}** elections in the calendar, **{harvested}** with documents or claims in the "
            "warehouse.")
rows = []
for row in table.iter_rows(named=True):
    row["election"] = (f"[{row['election_id']}](/election?election={row['election_id']})"
                       if row["status"] == "harvested" else row["election_id"])
    row["links"] = row["election"]
    row["calendar"] = {True: "yes", False: "no: named by a document"}.get(row["in_calendar"], "")
    rows.append(row)
st.markdown(ui.md_table(rows, {
    "links": "election", "election_date": "date", "election_type": "type", "name_en": "name",
    "documents": "documents", "odihr_documents": "ODIHR documents", "result_claims": "result claims",
    "turnout_claims": "turnout claims", "detention_claims": "detentions", "infraction_claims": "infractions",
    "status": "status", "calendar": "in the calendar",
}, links_column=True))

ui.page_end()
