"""Ray engine: the same extraction in Ray Data ``map_batches``, merged into DuckDB in order.

The driver reads the source with our own :meth:`Source.batches` and cuts it into *shards* (a
few dozen batches). For each shard it builds a dataset of work items (``ray.data.from_arrow``,
one block per item, cut exactly as the local engine cuts them), runs :func:`extract_item` over
it with ``map_batches``, and writes the shard's mentions to a Parquet *partial* in
``<db>.partials/run-<id>/shard-<first row>.parquet``, the shard's row accounting in the file's
metadata. Shards are merged into DuckDB strictly in source order, each in one transaction
together with the cursor (rows through that shard); a merged partial is deleted. Counts are
sums, so the merge is exact: mentions equal the local engine's.

Resume: shards before the cursor are in the database; a partial that starts at the cursor was
computed but not merged, and is merged without recomputing. A few shards run at once, so the
cluster stays busy while the driver reads the next shard and merges the previous one.

Ray reuses its task worker processes across shards, and the extractor is cached per process
(:meth:`ExtractionSettings.extractor`), so each worker builds it once per run. (A callable
class would start a new actor pool, and rebuild the extractor, for every shard's dataset.)
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import shutil
import threading
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from singleton.engines.batch import (
    MAX_CHUNK_CHARS,
    ExtractionSettings,
    WorkItem,
    extract_item,
    work_items,
)
from singleton.errors import UserError
from singleton.mentions import MENTIONS_OUT_SCHEMA, concat_mentions
from singleton.sources import DocumentBatch, Source

# A shard closes at SHARD_BATCHES source batches or SHARD_MB of text. Bigger shards mean fewer
# transactions and Ray executions; smaller ones lose less work on a crash and use less memory.
SHARD_BATCHES = int(os.environ.get("SINGLETON_RAY_SHARD_BATCHES", "64"))
SHARD_MB = float(os.environ.get("SINGLETON_RAY_SHARD_MB", "32"))
SHARDS_IN_FLIGHT = int(os.environ.get("SINGLETON_RAY_SHARDS_IN_FLIGHT", "3"))
LOCAL_OBJECT_STORE = 512 * 1024 * 1024  # bytes, for a Ray started by singleton itself
META_KEY = b"singleton.shard"
INSTALL_HINT = 'pip install "singleton[ray]"'

_ITEM_SCHEMA = pa.schema(
    [
        pa.field("doc_id", pa.string()),
        pa.field("text", pa.string()),
        pa.field("title", pa.string()),
        pa.field("offset", pa.int64()),
        pa.field("doc_hash", pa.string()),
    ]
)


def require_ray() -> Any:
    try:
        import ray
        import ray.data  # noqa: F401 - the [data] extra
    except ImportError:
        raise UserError(f"--engine ray needs Ray Data, which is not installed: {INSTALL_HINT}") from None
    return ray


def partials_root(db_path: str | Path) -> Path:
    return Path(f"{db_path}.partials")


def partials_dir(db_path: str | Path, run_id: int) -> Path:
    return partials_root(db_path) / f"run-{run_id}"


def discard_other_partials(db_path: str | Path, run_id: int) -> None:
    """Partials of other runs are dead: a database holds one unfinished run, this one."""
    root = partials_root(db_path)
    if root.is_dir():
        for path in root.glob("run-*"):
            if path.name != f"run-{run_id}":
                shutil.rmtree(path, ignore_errors=True)


# ------------------------------------------------------------------------------- shards


@dataclass
class Shard:
    start: int  # first source row (the cursor's "rows" before the shard)
    accounting: DocumentBatch  # rows, bytes, skipped, malformed; no texts
    items: list[WorkItem] = field(default_factory=list)
    partial: Path | None = None  # already computed by an earlier attempt


def _shard_path(directory: Path, start: int) -> Path:
    return directory / f"shard-{start:015d}.parquet"


def _read_meta(path: Path) -> DocumentBatch | None:
    try:
        meta = pq.read_schema(path).metadata or {}
        info = json.loads(meta[META_KEY])
    except (OSError, KeyError, ValueError, pa.ArrowException):
        return None  # unreadable or foreign: recompute
    return DocumentBatch(
        rows=int(info["rows"]), bytes=int(info["bytes"]), skipped=int(info["skipped"]),
        malformed=int(info["malformed"]),
    )


def plan_shards(
    source: Source,
    directory: Path,
    *,
    start_rows: int,
    limit_rows: int | None,
    batch_docs: int,
    shard_batches: int = SHARD_BATCHES,
    shard_bytes: int = int(SHARD_MB * 1e6),
    max_chars: int = MAX_CHUNK_CHARS,
) -> Iterator[Shard]:
    """Consecutive shards from ``start_rows``; a shard whose partial exists is not read again."""
    end = None if limit_rows is None else start_rows + limit_rows
    pos = start_rows
    reader: Iterator[DocumentBatch] | None = None
    while end is None or pos < end:
        path = _shard_path(directory, pos)
        done = _read_meta(path) if path.exists() else None
        if done is not None and done.rows > 0 and (end is None or pos + done.rows <= end):
            yield Shard(pos, done, partial=path)
            pos += done.rows
            reader = None  # the source is reopened after the rows this partial covers
            continue
        if reader is None:
            reader = source.batches(
                skip_rows=pos, batch_docs=batch_docs,
                limit_rows=None if end is None else end - pos,
            )
        shard = Shard(pos, DocumentBatch())
        for taken, batch in enumerate(reader, start=1):
            acc = shard.accounting
            acc.rows += batch.rows
            acc.bytes += batch.bytes
            acc.skipped += batch.skipped
            acc.malformed += batch.malformed
            shard.items.extend(work_items(batch, max_chars))
            if taken >= shard_batches or acc.bytes >= shard_bytes:
                break
        if shard.accounting.rows == 0:
            return
        yield shard
        pos += shard.accounting.rows


# ------------------------------------------------------------------------------- workers


def _item_table(item: WorkItem) -> pa.Table:
    return pa.table(
        [item.doc_ids, item.texts, item.titles, item.offsets, item.doc_hashes], schema=_ITEM_SCHEMA
    )


def extract_block(block: pa.Table, settings: ExtractionSettings) -> pa.Table:
    """``map_batches`` function: one block is one work item (runs on a Ray worker)."""
    item = WorkItem(
        doc_ids=block.column("doc_id").to_pylist(),
        texts=block.column("text").to_pylist(),
        titles=block.column("title").to_pylist(),
        offsets=block.column("offset").to_pylist(),
        doc_hashes=block.column("doc_hash").to_pylist(),
    )
    return extract_item(settings, item)


def compute_shard(shard: Shard, settings: ExtractionSettings, directory: Path) -> Path:
    """Extract a shard on Ray and write its partial (atomically: a partial is whole or absent)."""
    import ray

    tables: list[pa.Table] = []
    if shard.items:  # (a shard of only empty or malformed rows has nothing to extract)
        dataset = ray.data.from_arrow([_item_table(item) for item in shard.items])
        shard.items = []  # the object store holds the texts now
        mapped = dataset.map_batches(
            extract_block,
            fn_args=(settings,),
            batch_format="pyarrow",
            batch_size=None,  # one block = one work item, as the local engine cuts them
            zero_copy_batch=True,
        )
        tables = [t for t in ray.get(mapped.to_arrow_refs()) if t.num_rows]
    mentions = concat_mentions([t.cast(MENTIONS_OUT_SCHEMA) for t in tables])
    acc = shard.accounting
    meta = {
        "start": shard.start, "rows": acc.rows, "bytes": acc.bytes, "skipped": acc.skipped,
        "malformed": acc.malformed, "mentions": mentions.num_rows,
    }
    mentions = mentions.replace_schema_metadata({META_KEY: json.dumps(meta).encode()})
    path = _shard_path(directory, shard.start)
    tmp = path.with_name(path.name + ".tmp")
    pq.write_table(mentions, tmp, compression="zstd")
    os.replace(tmp, path)
    return path


def merge_partial(
    path: Path, shard: Shard, commit: Callable[[DocumentBatch, pa.Table], None]
) -> None:
    """Commit a shard's mentions with its cursor (one transaction), then drop the partial."""
    mentions = pq.read_table(path).replace_schema_metadata(None).cast(MENTIONS_OUT_SCHEMA)
    commit(shard.accounting, mentions)
    path.unlink(missing_ok=True)


def _in_thread(fn: Callable[..., Path], *args: Any) -> Future[Path]:
    """Run ``fn`` in a daemon thread: Ctrl-C must not wait for a shard in progress."""
    future: Future[Path] = Future()

    def target() -> None:
        if not future.set_running_or_notify_cancel():
            return
        try:
            future.set_result(fn(*args))
        except BaseException as exc:  # handed to the main thread by future.result()
            future.set_exception(exc)

    threading.Thread(target=target, name="singleton-ray-shard", daemon=True).start()
    return future


# ------------------------------------------------------------------------------- driver


def connect(address: str | None) -> bool:
    """Join ``address`` (or a Ray already initialised in this process), else start a local
    Ray with this machine's cores. True when this call started it (and so must stop it)."""
    ray = require_ray()
    logging.getLogger("ray.data").setLevel(logging.ERROR)  # no per-shard execution chatter
    context = ray.data.DataContext.get_current()
    context.enable_progress_bars = False  # singleton's own progress line counts documents
    context.print_on_execution_start = False
    context.execution_options.preserve_order = True  # mentions in source order, like local
    if ray.is_initialized():
        return False
    kwargs: dict[str, Any] = {"include_dashboard": False, "logging_level": logging.WARNING}
    try:
        if address:
            ray.init(address=address, **kwargs)
        else:
            # a bounded object store: a few shards in flight need far less than Ray's default
            # (30% of RAM), and every page the store has touched stays in its RSS
            ray.init(num_cpus=os.cpu_count() or 1, object_store_memory=LOCAL_OBJECT_STORE, **kwargs)
    except ConnectionError as exc:
        raise UserError(f"cannot connect to the Ray cluster at {address}: {exc}") from exc
    return True


def run_on_ray(
    source: Source,
    settings: ExtractionSettings,
    commit: Callable[[DocumentBatch, pa.Table], None],
    *,
    partials: Path,
    start_rows: int = 0,
    limit_rows: int | None = None,
    batch_docs: int = 256,
    address: str | None = None,
    shard_batches: int | None = None,
    shard_bytes: int | None = None,
    in_flight: int | None = None,
    max_chars: int = MAX_CHUNK_CHARS,
) -> None:
    """Extract the source from ``start_rows`` on Ray; ``commit`` each shard in source order."""
    require_ray()
    partials.mkdir(parents=True, exist_ok=True)
    for stale in partials.glob("shard-*"):  # behind the cursor (merged) or half-written
        if stale.name.endswith(".tmp") or int(stale.stem.split("-")[1]) < start_rows:
            stale.unlink(missing_ok=True)
    started = connect(address)
    depth = max(1, in_flight or SHARDS_IN_FLIGHT)
    pending: deque[tuple[Shard, Future[Path]]] = deque()

    def merge_oldest() -> None:
        shard, future = pending.popleft()
        merge_partial(future.result(), shard, commit)

    try:
        shards = plan_shards(
            source, partials, start_rows=start_rows, limit_rows=limit_rows,
            batch_docs=batch_docs, shard_batches=shard_batches or SHARD_BATCHES,
            shard_bytes=shard_bytes or int(SHARD_MB * 1e6), max_chars=max_chars,
        )
        for shard in shards:
            if shard.partial is not None:
                future: Future[Path] = Future()
                future.set_result(shard.partial)
            else:
                future = _in_thread(compute_shard, shard, settings, partials)
            pending.append((shard, future))
            while len(pending) >= depth:
                merge_oldest()
        while pending:
            merge_oldest()
    except BaseException:
        if not started:  # Ray outlives this call: let running shards end before returning
            for _, running in pending:
                running.exception()  # waits; the outcome no longer matters
        raise
    finally:
        if started:
            import ray

            ray.shutdown()  # also stops shards still running
    shutil.rmtree(partials, ignore_errors=True)
    with contextlib.suppress(OSError):
        partials.parent.rmdir()  # the <db>.partials folder, when no other run left one
