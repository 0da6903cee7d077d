"""ETL: Vietnamese news articles -> Parquet tables of meetings, participants and officials."""
