"""Detentions and infractions: a timeline and the claims with their ranges, reporters, places and sentences."""

from __future__ import annotations

import datetime as dt

import altair as alt
import polars as pl
import streamlit as st

from dashboard import data, ui

ALL = "all elections"

st.title("Detentions and infractions")
st.caption("Counts are ranges as the sources word them (13+ is open-ended: 'at least', 'more than'). "
           "'archived copy' opens the document as the warehouse archived it, at its PDF page; "
           "'original' is the publisher's URL.")

with ui.warehouse() as con:
    options = data.harvested_elections(con)
    wanted = st.query_params.get("election")
    chosen = st.selectbox("Election", [ALL, *options],
                          index=(options.index(wanted) + 1) if wanted in options else 0, key="claims_election")
    election_id = None if chosen == ALL else chosen
    detentions = data.detentions(con, election_id)
    infractions = data.infractions(con, election_id)

st.subheader("Detentions")
if detentions.is_empty():
    st.caption("No detention claims.")
else:
    timeline = detentions.with_columns(
        pl.col("date_from").alias("start"),
        (pl.col("date_to").fill_null(pl.col("date_from")) + dt.timedelta(days=1)).alias("end"),
        pl.struct("detained_min", "detained_max").map_elements(
            lambda r: ui.count_range(r["detained_min"], r["detained_max"]), return_dtype=pl.String).alias("range"),
    )
    st.altair_chart(
        alt.Chart(timeline.select("start", "end", "subject", "reported_by", "range", "qualifier", "location")
                  .to_pandas()).mark_bar(opacity=0.7).encode(
            x=alt.X("start:T", title="dates"), x2="end:T", y=alt.Y("subject:N", title=None),
            yOffset="reported_by:N",  # overlapping reports of one group side by side, not drawn over each other
            color=alt.Color("reported_by:N", title="reported by"),
            tooltip=["subject", "range", "qualifier", "reported_by", "location", "start", "end"]),
        use_container_width=True)
    rows = []
    for r in detentions.to_dicts():
        dates = str(r["date_from"]) if r["date_from"] == r["date_to"] else f"{r['date_from']} – {r['date_to']}"
        rows.append({**r, "range": ui.count_range(r["detained_min"], r["detained_max"]), "dates": dates,
                     "place": r["location"] or r.get("region_name_en") or "",
                     "links": ui.links(r["document_id"], r["page"], r["document_url"])})
    st.markdown(ui.md_table(rows, {"election_id": "election", "dates": "dates", "subject": "who",
                                   "range": "detained", "qualifier": "qualifier", "reported_by": "reported by",
                                   "place": "place", "evidence": "evidence", "page": "page", "links": "document"},
                            links_column=True))

st.subheader("Infractions")
if infractions.is_empty():
    st.caption("No infraction claims.")
else:
    counts = infractions.group_by("category", "reported_by").len("claims").sort("claims", descending=True)
    st.altair_chart(
        alt.Chart(counts.to_pandas()).mark_bar().encode(
            y=alt.Y("category:N", sort="-x", title=None), x=alt.X("claims:Q", title="claims"),
            color=alt.Color("reported_by:N", title="reported by"), tooltip=["category", "reported_by", "claims"]),
        use_container_width=True)
    rows = [{**r, "value_text": "observed" if r["value"] is None else f"{r['value']:g}",
             "place": r["location"] or r.get("region_name_en") or "",
             "links": ui.links(r["document_id"], r["page"], r["document_url"])} for r in infractions.to_dicts()]
    st.markdown(ui.md_table(rows, {"election_id": "election", "category": "category", "measure": "measure",
                                   "value_text": "value", "qualifier": "qualifier", "reported_by": "reported by",
                                   "place": "place", "evidence": "evidence", "page": "page", "links": "document"},
                            links_column=True))

ui.page_end()
