"""Execution engines: where the extraction function runs (local processes, Ray Data)."""
