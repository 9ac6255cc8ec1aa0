"""Streamlit entry point: `kzelect dashboard` runs `streamlit run dashboard/app.py` with the settings in the
environment (KZELECT_WAREHOUSE, KZELECT_ARCHIVE, KZELECT_DOCUMENTS_URL)."""

from __future__ import annotations

import sys
from pathlib import Path

import streamlit as st

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # `streamlit run` puts only this folder on the path; the views import `dashboard`
    sys.path.insert(0, str(ROOT))

VIEWS = Path(__file__).resolve().parent / "views"

st.set_page_config(page_title="kzelect", layout="wide")
pages = [
    st.Page(VIEWS / "elections.py", title="Elections", url_path="elections", default=True),
    st.Page(VIEWS / "election.py", title="One election", url_path="election"),
    st.Page(VIEWS / "claims.py", title="Detentions and infractions", url_path="detentions"),
    st.Page(VIEWS / "health.py", title="Run health", url_path="health"),
]
st.navigation(pages).run()
