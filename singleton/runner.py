"""``singleton run``: resolve the source and options, start or resume a run, drive an engine.

A database holds at most one unfinished run. Running the same command again resumes it from its
cursor; a different source or different extraction options is refused (``--restart`` discards
the unfinished run and starts over), because mixing two configurations in one run would make its
counts meaningless.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

import pyarrow as pa

from singleton.categories import Category, load_categories
from singleton.engines.batch import ExtractionSettings
from singleton.errors import UserError
from singleton.extract import EXTRACTOR_VERSION
from singleton.progress import Progress
from singleton.recipes import find_recipe, load_recipe
from singleton.sources import Columns, DocumentBatch, Source, open_source
from singleton.store import Run, Store

PROGRESS_INTERVAL_ENV = "SINGLETON_PROGRESS_INTERVAL"
COMMIT_INTERVAL_ENV = "SINGLETON_COMMIT_INTERVAL"


@dataclass
class RunRequest:
    """What the user asked for (CLI flags; None = not given, fall back to the recipe)."""

    source: str | None = None
    config: str | None = None
    split: str | None = None
    text_column: str | None = None
    id_column: str | None = None
    title_column: str | None = None
    categories: list[str] | None = None
    categories_file: str | None = None
    spacy_model: str | None = None
    limit_docs: int | None = None
    workers: int | None = None
    batch_docs: int | None = None
    engine: str | None = None
    ray_address: str | None = None
    restart: bool = False
    trust_remote_code: bool = False


@dataclass
class ResolvedRun:
    name: str
    source: Source
    categories: list[Category]
    categories_file: str | None
    spacy_model: str | None
    limit_docs: int | None
    workers: int
    batch_docs: int
    engine: str
    ray_address: str | None
    options: dict[str, Any] = field(default_factory=dict)


def resolve(request: RunRequest) -> ResolvedRun:
    """Merge the request with a pipeline recipe (flags win) and open the source."""
    recipe = find_recipe(request.source) if request.source is not None else None
    source_cfg: dict[str, Any] = {}
    extract_cfg: dict[str, Any] = {}
    run_cfg: dict[str, Any] = {}
    spec = request.source
    name = request.source or "sample"
    if recipe is not None:
        loaded = load_recipe(recipe)
        source_cfg, extract_cfg, run_cfg = loaded.source, loaded.extract, loaded.run
        spec, name = loaded.source_spec, loaded.name

    def pick(flag: Any, cfg: dict[str, Any], key: str, default: Any = None) -> Any:
        return flag if flag is not None else cfg.get(key, default)

    columns = Columns(
        text=pick(request.text_column, source_cfg, "text_column"),
        id=pick(request.id_column, source_cfg, "id_column"),
        title=pick(request.title_column, source_cfg, "title_column"),
    )
    source = open_source(
        spec,
        columns=columns,
        config=pick(request.config, source_cfg, "config"),
        split=pick(request.split, source_cfg, "split"),
        trust_remote_code=request.trust_remote_code or source_cfg.get("trust_remote_code", False),
    )
    names = request.categories
    if names is None:
        configured = extract_cfg.get("categories", "all")
        names = None if configured == "all" else list(configured)
    categories_file = pick(request.categories_file, extract_cfg, "categories_file")
    categories = load_categories(names, categories_file)
    workers = pick(request.workers, run_cfg, "workers", os.cpu_count() or 1)
    if workers < 1:
        raise UserError(f"--workers must be at least 1, not {workers}")
    limit = pick(request.limit_docs, run_cfg, "limit_docs")
    if limit is not None and limit < 1:
        raise UserError(f"--limit-docs must be at least 1, not {limit}")
    engine = pick(request.engine, run_cfg, "engine", "local")
    spacy_model = pick(request.spacy_model, extract_cfg, "spacy_model")
    progress_interval()  # a bad SINGLETON_*_INTERVAL fails before a run is created
    commit_interval()
    resolved = ResolvedRun(
        name=name,
        source=source,
        categories=categories,
        categories_file=categories_file,
        spacy_model=spacy_model,
        limit_docs=limit,
        workers=workers,
        batch_docs=pick(request.batch_docs, run_cfg, "batch_docs", 256),
        engine=engine,
        ray_address=request.ray_address,
    )
    # what must match for a resume to continue the same counting
    resolved.options = {
        "categories": [c.name for c in categories],
        "category_definitions": [repr(c) for c in categories],
        "answer_spaces": {c.name: c.answer_space for c in categories},
        "spacy_model": spacy_model,
        "limit_docs": limit,
        "engine": engine,
    }
    return resolved


def _source_name(source: dict[str, Any], fallback: str) -> str:
    paths = source.get("paths") or source.get("data_files") or (
        [source["path"]] if source.get("path") else []
    )
    name = ", ".join(str(p) for p in paths[:3]) + (" ..." if len(paths) > 3 else "")
    for key in ("config", "split"):
        if source.get(key):
            name += f" ({key} {source[key]})"
    return name or fallback


def _describe_difference(run: Run, source: dict[str, Any], options: dict[str, Any]) -> str:
    if run.source != source:
        def without_files(desc: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in desc.items() if k != "files"}

        if without_files(run.source) == without_files(source):
            return "its source file has changed since it started (size or modification time)"
        if _source_name(run.source, run.name) == _source_name(source, ""):
            return "its source was read with other columns, config or split"
        return (f"its source was {_source_name(run.source, run.name)}, not "
                f"{_source_name(source, 'the bundled sample')}")
    for key in options:
        if run.options.get(key) != options.get(key):
            if key in ("categories", "spacy_model", "limit_docs", "engine"):
                def shown(value: Any) -> str:
                    if value is None:
                        return "none"
                    return ", ".join(map(str, value)) if isinstance(value, list) else str(value)

                verb = "were" if key == "categories" else "was"
                return (f"its {key.replace('_', ' ')} {verb} {shown(run.options.get(key))}, "
                        f"not {shown(options.get(key))}")
            return f"its {key.replace('_', ' ')} differ"
    return f"its extractor version was {run.extractor_version}"


def start_or_resume(store: Store, resolved: ResolvedRun, *, restart: bool, out: TextIO) -> Run:
    source_desc = resolved.source.describe()
    unfinished = store.unfinished_run()
    if unfinished is not None:
        same = (
            unfinished.source == source_desc
            and unfinished.options == resolved.options
            and unfinished.extractor_version == EXTRACTOR_VERSION
        )
        if restart:
            store.delete_run(unfinished.id)
            print(f"discarded unfinished run {unfinished.id} (--restart)", file=out)
        elif same:
            print(
                f"resuming run {unfinished.id} after {unfinished.documents:,} documents "
                f"({unfinished.mentions:,} mentions so far)",
                file=out,
            )
            store.set_status(unfinished.id, "running")
            return store.run(unfinished.id)
        else:
            raise UserError(
                f"{store.path}: run {unfinished.id} is unfinished and was started with other "
                f"settings ({_describe_difference(unfinished, source_desc, resolved.options)}); "
                "rerun its command to resume it, pass --restart to discard it, or use another --db"
            )
    return store.create_run(
        name=resolved.name,
        source=source_desc,
        categories=[c.name for c in resolved.categories],
        options=resolved.options,
        extractor_version=EXTRACTOR_VERSION,
    )


@dataclass
class RunOutcome:
    run: Run
    interrupted: bool = False
    malformed: int = 0


def execute(store: Store, resolved: ResolvedRun, run: Run, *, out: TextIO = sys.stderr) -> RunOutcome:
    """Stream the source from the run's cursor through the engine into the store."""
    settings = ExtractionSettings(tuple(resolved.categories), resolved.spacy_model)
    rows_done = int(run.cursor.get("rows", 0))
    remaining = None if resolved.limit_docs is None else resolved.limit_docs - rows_done
    progress = Progress(
        f"run {run.id}", stream=out, interval_s=progress_interval(),
        initial_docs=run.documents, initial_bytes=run.bytes, initial_facts=run.mentions,
    )
    outcome = RunOutcome(run=run)
    malformed_before = int(run.cursor.get("malformed", 0))
    state = {"rows": rows_done, "malformed": malformed_before}

    def commit(batch: DocumentBatch, mentions: pa.Table) -> None:
        state["rows"] += batch.rows
        state["malformed"] += batch.malformed
        store.commit_batch(
            run.id,
            mentions,
            cursor=dict(state),
            documents=batch.rows,
            bytes_read=batch.bytes,
            skipped=batch.skipped + batch.malformed,
        )
        progress.update(batch.rows, batch.bytes, mentions.num_rows)

    try:
        # fail fast (e.g. a missing spaCy model) before reading anything; inside the try, so a
        # run that counted nothing is not left behind as "unfinished"
        if resolved.engine == "local" and resolved.workers <= 1:
            settings.extractor()  # extraction runs in this process: build it now
        elif resolved.spacy_model:
            check_spacy_model(resolved.spacy_model)  # workers build their own extractor
        if remaining is None or remaining > 0:
            if resolved.engine == "ray":
                from singleton.engines import ray_engine

                ray_engine.require_ray()
                # partials live beside the database; the cursor says which ones are merged
                ray_engine.discard_other_partials(store.path, run.id)
                ray_engine.run_on_ray(
                    resolved.source, settings, commit,
                    partials=ray_engine.partials_dir(store.path, run.id),
                    start_rows=rows_done, limit_rows=remaining,
                    batch_docs=resolved.batch_docs, address=resolved.ray_address,
                )
            else:
                from singleton.engines.local import run_batches

                batches = resolved.source.batches(
                    skip_rows=rows_done, batch_docs=resolved.batch_docs, limit_rows=remaining
                )
                pace = commit_interval()
                run_batches(batches, settings, commit, workers=resolved.workers,
                            **({} if pace is None else {"commit_interval_s": pace}))
    except KeyboardInterrupt:
        progress.close()
        store.set_status(run.id, "interrupted")
        outcome.interrupted = True
        outcome.run = store.run(run.id)
        return outcome
    except BaseException:
        progress.close(summary=False)  # the error line is what the user needs to see
        if state["rows"] == rows_done == 0:
            store.delete_run(run.id)  # nothing was counted: leave no half-started run behind
        else:
            store.set_status(run.id, "failed")
        raise
    if state["rows"] == 0:
        progress.close(summary=False)
        store.delete_run(run.id)
        raise UserError(
            f"{resolved.source.label}: holds no documents (no rows, or only blank lines); "
            "check the path, --config and --split"
        )
    progress.close()
    partial = resolved.limit_docs is not None and state["rows"] >= resolved.limit_docs
    store.set_status(run.id, "finished", partial=partial)
    outcome.malformed = state["malformed"]
    outcome.run = store.run(run.id)
    return outcome


def _seconds_from_env(name: str) -> float | None:
    text = os.environ.get(name, "").strip()
    if not text:
        return None
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not value >= 0:
        raise UserError(f"{name}={text!r}: expected a number of seconds, like 5")
    return value


def progress_interval() -> float:
    """Seconds between plain progress lines when stderr is not a terminal (default 10);
    ``SINGLETON_PROGRESS_INTERVAL=0`` prints a line after every commit."""
    value = _seconds_from_env(PROGRESS_INTERVAL_ENV)
    return 10.0 if value is None else value


def commit_interval() -> float | None:
    """``SINGLETON_COMMIT_INTERVAL``: least seconds between two commits of the local engine
    (None: the engine's default); 0 commits every batch, the finest resume points."""
    return _seconds_from_env(COMMIT_INTERVAL_ENV)


def check_spacy_model(name: str) -> None:
    """Fail before reading anything when the optional spaCy model is not installed, without
    loading it (each worker loads its own)."""
    import spacy.util

    if not (spacy.util.is_package(name) or Path(name).is_dir()):
        raise UserError(
            f"spaCy model '{name}' is not installed: run `python -m spacy download {name}` "
            "(e.g. en_core_web_sm) or `pip install singleton[ner]`"
        )

