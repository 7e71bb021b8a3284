"""Plain rendering of query results as an aligned table, CSV or JSON (for sql, facts, runs)."""

from __future__ import annotations

import csv
import datetime
import io
import json
import math
from collections.abc import Sequence
from typing import Any

MAX_CELL = 80


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return "" if math.isnan(value) else f"{value:.6g}"
    text = str(value).replace("\n", " ")
    return text if len(text) <= MAX_CELL else text[: MAX_CELL - 1] + "…"


def render(columns: Sequence[str], rows: Sequence[Sequence[Any]], fmt: str) -> str:
    if fmt == "json":
        return json.dumps([dict(zip(columns, _plain(r))) for r in rows], indent=2, ensure_ascii=False)
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows(_plain(r) for r in rows)
        return buffer.getvalue().rstrip("\n")
    cells = [[_text(v) for v in row] for row in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths))]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths)) for r in cells]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines)


def _plain(row: Sequence[Any]) -> list[Any]:
    out = []
    for value in row:
        if isinstance(value, float) and not math.isfinite(value):
            out.append(None)
        elif isinstance(value, (datetime.date, datetime.datetime, datetime.time)):
            out.append(value.isoformat())
        elif isinstance(value, (bytes, bytearray)):
            out.append(value.hex())
        elif isinstance(value, (int, float, str, bool, list, dict)) or value is None:
            out.append(value)
        else:
            out.append(str(value))
    return out
