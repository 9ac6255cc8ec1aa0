"""The analysts' dashboard (Streamlit): reads the published warehouse read-only, never writes.

Start it with `kzelect dashboard` (or `make dashboard`); `dashboard/app.py` is the Streamlit entry point.
"""
