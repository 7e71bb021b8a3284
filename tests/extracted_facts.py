"""The facts one document yields, as the per-sentence extraction tests compare them.

Test modules import it as ``from extracted_facts import facts`` (like ``sample_db``).
"""

from __future__ import annotations

from singleton.extract import extract


def facts(text: str, title: str | None) -> set[tuple[str, str, str]]:
    """(category, subject key, value) of every row extracted from ``text`` titled ``title``."""
    rows = extract([text], ["d"], None, [title]).to_pylist()
    return {(r["category"], r["subject"], r["value"]) for r in rows}
