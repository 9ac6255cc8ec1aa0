"""One election: national results by stage with their sources, regions, hourly turnout, disagreements."""

from __future__ import annotations

import altair as alt
import polars as pl
import streamlit as st

from dashboard import data, ui

st.title("One election")

with ui.warehouse() as con:
    options = data.harvested_elections(con)
    election_id = ui.election_choice(options)
    if election_id is None:
        st.info("The warehouse holds no election yet: run `make run`.")
        st.stop()
    by_stage = data.national_results_by_stage(con, election_id)
    marts_results = data.authoritative_results(con, election_id)
    turnout = data.turnout(con, election_id)
    regional_turnout = data.regional_turnout_at_close(con, election_id)
    disagreements = data.discrepancies(con, election_id)
    revisions = data.revisions(con, election_id)

national = marts_results.filter(pl.col("region_code") == "KZ")
regional = marts_results.filter(pl.col("region_code") != "KZ")

# --- the headline: the authoritative national figures (marts.results) -----------------------------------------
if not national.is_empty():
    winner = national.sort(["votes", "vote_share_pct"], descending=True, nulls_last=True).row(0, named=True)
    st.subheader(f"Leading: {winner['contestant_name_en']}")
    columns = st.columns(3)
    columns[0].metric("Votes", ui.votes(winner["votes"]))
    columns[1].metric("Share", ui.share(winner["vote_share_pct"]))
    columns[2].metric("Stage", winner["stage"])
    st.markdown(f"> {winner['evidence']}\n\n{winner['stage']} · {winner['document_title'] or ''} · "
                f"{ui.links(winner['document_id'], winner['page'], winner['url'])}")

st.subheader("National results by stage")
if by_stage.is_empty():
    st.info("No national result claims for this election.")
else:
    rows = [{**r, "votes_text": ui.votes(r["votes"]), "share_text": ui.share(r["vote_share_pct"]),
             "source_text": f"{r['source']} ({r['language']})", "title": ui.short(r["title"]),
             "stage_text": r["stage"] + (" (incomplete set)" if r["incomplete"] else ""),
             "links": ui.links(r["document_id"], r["page"], r["url"])} for r in by_stage.to_dicts()]
    st.markdown(ui.md_table(rows, {"stage_text": "stage", "contestant": "contestant", "votes_text": "votes",
                                   "share_text": "share", "seats": "seats", "source_text": "source",
                                   "title": "document", "evidence": "evidence", "links": "links"},
                            links_column=True))

    st.subheader("Preliminary vs final")
    shares = by_stage.filter(pl.col("vote_share_pct").is_not_null()).select("contestant", "stage", "vote_share_pct")
    if shares["stage"].n_unique() < 2:
        st.caption("Only one stage published so far.")
    else:
        paired = shares.pivot(on="stage", index="contestant", values="vote_share_pct")
        if {"preliminary", "final"} <= set(paired.columns):
            paired = paired.with_columns((pl.col("final") - pl.col("preliminary")).round(2).alias("change"))
            st.markdown(ui.md_table(paired.sort("final", descending=True, nulls_last=True).to_dicts(),
                                    {"contestant": "contestant", "preliminary": "preliminary %",
                                     "final": "final %", "change": "change (points)"}))
        st.altair_chart(
            alt.Chart(shares.to_pandas()).mark_bar().encode(
                y=alt.Y("contestant:N", sort="-x", title=None), x=alt.X("vote_share_pct:Q", title="share %"),
                color=alt.Color("stage:N"), yOffset="stage:N",
                tooltip=["contestant", "stage", "vote_share_pct"]),
            use_container_width=True)

st.subheader("Results by region")
if regional.is_empty():
    st.caption("No results by region in the warehouse for this election.")
else:
    leader = regional.sort("vote_share_pct", descending=True, nulls_last=True).group_by("region_code",
                                                                                          maintain_order=True).first()
    st.altair_chart(
        alt.Chart(regional.to_pandas()).mark_bar().encode(
            y=alt.Y("region_name_en:N", sort="-x", title=None), x=alt.X("vote_share_pct:Q", title="share %"),
            color="contestant_name_en:N", tooltip=["region_name_en", "contestant_name_en", "votes", "vote_share_pct"]),
        use_container_width=True)
    st.markdown(ui.md_table(leader.to_dicts(), {"region_code": "code", "region_name_en": "region",
                                                "region_name_ru": "регион", "region_name_kk": "өңір",
                                                "contestant_name_en": "leading", "vote_share_pct": "share %"}))

st.subheader("Turnout by region")
if regional_turnout.is_empty():
    st.caption("No turnout by region in the warehouse for this election.")
else:
    st.altair_chart(
        alt.Chart(regional_turnout.to_pandas()).mark_bar().encode(
            y=alt.Y("region_name_en:N", sort="-x", title=None), x=alt.X("turnout_pct:Q", title="turnout %"),
            tooltip=["region_code", "region_name_en", "turnout_pct", "stage", "as_of"]),
        use_container_width=True)
    rows = [{**r, "when": r["as_of"].strftime("%H:%M") if r["as_of"] else r["stage"],
             "turnout_text": ui.share(r["turnout_pct"]), "links": ui.links(r["document_id"], r["page"], r["url"])}
            for r in regional_turnout.to_dicts()]
    st.markdown(ui.md_table(rows, {"region_code": "code", "region_name_en": "region", "region_name_ru": "регион",
                                   "region_name_kk": "өңір", "turnout_text": "turnout", "when": "as of",
                                   "evidence": "evidence", "links": "links"}, links_column=True))

st.subheader("Hourly turnout by region")
hourly = turnout.filter(pl.col("as_of").is_not_null() & pl.col("turnout_pct").is_not_null())
if hourly.is_empty():
    st.caption("No hourly bulletins in the warehouse for this election.")
else:
    hourly = hourly.with_columns(pl.col("as_of").dt.strftime("%H:%M").alias("hour"))
    st.altair_chart(
        alt.Chart(hourly.to_pandas()).mark_line(point=True).encode(
            x=alt.X("hour:O", title="bulletin (local time)"), y=alt.Y("turnout_pct:Q", title="turnout %"),
            color=alt.Color("region_name_en:N", title="region"),
            tooltip=["region_name_en", "hour", "turnout_pct"]),
        use_container_width=True)

st.subheader("Where the sources disagree")
if disagreements.is_empty():
    st.caption("No two claims about the same figure disagree.")
else:
    rows = [{**r, "links_a": ui.links(r["document_a"], r["page_a"], r["url_a"]),
             "links_b": ui.links(r["document_b"], r["page_b"], r["url_b"]),
             "a_says": ui.figure(r["value_a"]), "b_says": ui.figure(r["value_b"])} for r in disagreements.to_dicts()]
    for r in rows:
        r["links"] = f"A: {r['links_a']}<br>B: {r['links_b']}"
    st.markdown(ui.md_table(rows, {"region_name_en": "area", "subject": "about", "stage": "stage",
                                   "figure": "figure", "a_says": "A says", "evidence_a": "A's sentence",
                                   "b_says": "B says", "evidence_b": "B's sentence", "links": "documents"},
                            links_column=True), unsafe_allow_html=True)

st.subheader("Revisions (what a corrected release changed)")
if revisions is None:
    st.caption("This warehouse has no marts.revisions view yet.")
elif revisions.is_empty():
    st.caption("No corrected release changed a figure of this election.")
else:
    st.markdown(ui.md_table(revisions.to_dicts(), {c: c for c in revisions.columns}))

ui.page_end()
