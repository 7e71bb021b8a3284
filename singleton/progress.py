"""Progress: a live bar on a terminal, plain periodic lines otherwise (logs, CI, pipes)."""

from __future__ import annotations

import sys
import time
from typing import TextIO


class Progress:
    """Counts documents, bytes and facts; shows docs/s and MB/s."""

    def __init__(self, label: str, *, stream: TextIO | None = None, interval_s: float = 10.0,
                 initial_docs: int = 0, initial_bytes: int = 0, initial_facts: int = 0) -> None:
        self.stream = stream or sys.stderr
        self.label = label
        self.interval_s = interval_s
        self.docs = initial_docs
        self.bytes = initial_bytes
        self.facts = initial_facts
        self._start_docs, self._start_bytes = initial_docs, initial_bytes
        self._started = time.monotonic()
        self._last_line = self._started
        self._bar = None
        if getattr(self.stream, "isatty", lambda: False)():
            from tqdm import tqdm

            self._bar = tqdm(desc=label, unit=" docs", file=self.stream, dynamic_ncols=True,
                             initial=initial_docs, smoothing=0.1)

    def rates(self) -> tuple[float, float]:
        elapsed = max(time.monotonic() - self._started, 1e-9)
        return (self.docs - self._start_docs) / elapsed, (self.bytes - self._start_bytes) / 1e6 / elapsed

    def update(self, docs: int, nbytes: int, facts: int) -> None:
        self.docs += docs
        self.bytes += nbytes
        self.facts += facts
        docs_s, mb_s = self.rates()
        if self._bar is not None:
            self._bar.update(docs)
            self._bar.set_postfix_str(
                f"{self.bytes / 1e6:,.1f} MB, {mb_s:.2f} MB/s, {self.facts:,} facts", refresh=False
            )
            return
        now = time.monotonic()
        if now - self._last_line >= self.interval_s:
            self._last_line = now
            print(self.line(docs_s, mb_s), file=self.stream, flush=True)

    def line(self, docs_s: float, mb_s: float) -> str:
        return (f"{self.label}: {self.docs:,} docs, {self.bytes / 1e6:,.1f} MB, {docs_s:,.0f} docs/s, "
                f"{mb_s:.2f} MB/s, {self.facts:,} facts")

    def close(self, *, summary: bool = True) -> None:
        """Close the bar, or print the final plain line (``summary=False``: print nothing)."""
        if self._bar is not None:
            self._bar.close()
        elif summary:
            print(self.line(*self.rates()), file=self.stream, flush=True)
