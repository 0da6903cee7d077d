"""Streamlit dashboard over the ETL's tables."""
