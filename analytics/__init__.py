"""Cakupan's domain and data layer: store, import, metrics, demo data. No Streamlit here."""
