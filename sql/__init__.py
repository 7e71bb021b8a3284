"""The DuckDB schema and views of singleton (shipped in the wheel as ``singleton.sql``)."""
