"""Document sources: Hugging Face datasets (Hub or local), local files, the bundled sample.

Every source yields :class:`DocumentBatch` objects in a fixed order and can start after the first
``skip_rows`` rows, which is how a run resumes from its cursor. Rows whose text is missing, null
or not a string, and JSON lines that do not parse, are skipped and counted, never fatal.

Readers:
- ``.jsonl``, ``.jsonl.gz``, ``.txt``, ``.txt.gz`` files: a tolerant streaming line reader (bad
  lines and invalid UTF-8 are counted and skipped; ``datasets``' JSON builder aborts on them);
- ``.json``, ``.parquet`` files, local dataset directories and Hub names:
  ``datasets.load_dataset(..., streaming=True)``; ``save_to_disk`` directories via
  ``datasets.load_from_disk``.
"""

from __future__ import annotations

import ast
import glob
import gzip
import io
import itertools
import json
import os
import re
import socket
import time
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from singleton.errors import UserError

TEXT_COLUMNS = ("text", "content", "document", "body", "article")
ID_COLUMNS = ("id", "doc_id", "document_id", "uuid", "url")
TITLE_COLUMNS = ("title",)
LINE_FILE_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".txt", ".txt.gz")
DATASETS_FILE_SUFFIXES = {".json": "json", ".parquet": "parquet"}
SUPPORTED = ".jsonl, .jsonl.gz, .json, .parquet, .txt, .txt.gz"
HUB_PROBE_TIMEOUT_S = 3.0


@dataclass
class DocumentBatch:
    """A slice of the source: the usable documents plus accounting for every row read."""

    doc_ids: list[str] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)
    titles: list[str | None] = field(default_factory=list)
    rows: int = 0  # rows consumed from the source, including skipped ones
    bytes: int = 0  # UTF-8 bytes of the usable texts
    skipped: int = 0  # null, non-string or empty text
    malformed: int = 0  # lines that are not valid JSON / UTF-8

    def __len__(self) -> int:
        return len(self.texts)


@dataclass(frozen=True)
class Columns:
    text: str | None = None  # None: auto-detect
    id: str | None = None
    title: str | None = None


class Source:
    """Base class: subclasses implement :meth:`rows` (row dicts in order, from ``skip_rows``)."""

    kind = "abstract"

    def __init__(self, columns: Columns) -> None:
        self.columns = columns

    @property
    def label(self) -> str:
        raise NotImplementedError

    def describe(self) -> dict[str, Any]:
        """JSON-able description, stored with the run and compared on resume."""
        return {"kind": self.kind, "text_column": self.columns.text, "id_column": self.columns.id}

    def rows(self, skip_rows: int) -> Iterator[tuple[str, dict[str, Any] | None]]:
        """Yield ``(fallback_id, row)``; ``row`` is None for a malformed row (counted, skipped)."""
        raise NotImplementedError

    def batches(
        self,
        skip_rows: int = 0,
        batch_docs: int = 256,
        batch_bytes: int = 8_000_000,
        limit_rows: int | None = None,
    ) -> Iterator[DocumentBatch]:
        """Documents in batches closed at ``batch_docs`` documents or ``batch_bytes`` of text,
        starting after ``skip_rows`` rows and stopping after ``limit_rows`` more (if given)."""
        columns: _ResolvedColumns | None = None
        batch = DocumentBatch()
        rows = self.rows(skip_rows)
        if limit_rows is not None:
            rows = itertools.islice(rows, max(limit_rows, 0))
        for fallback_id, row in rows:
            batch.rows += 1
            if row is None:
                batch.malformed += 1
            else:
                if columns is None:
                    columns = _resolve_columns(self.columns, row.keys(), self.label)
                text = row.get(columns.text)
                if not isinstance(text, str) or not text.strip():
                    batch.skipped += 1
                else:
                    doc_id = row.get(columns.id) if columns.id else None
                    batch.doc_ids.append(fallback_id if doc_id is None else str(doc_id))
                    batch.texts.append(text)
                    title = row.get(columns.title) if columns.title else None
                    batch.titles.append(title if isinstance(title, str) else None)
                    batch.bytes += len(text.encode("utf-8", "surrogatepass"))
            if len(batch.texts) >= batch_docs or batch.bytes >= batch_bytes:
                yield batch
                batch = DocumentBatch()
        if batch.rows:
            yield batch


@dataclass(frozen=True)
class _ResolvedColumns:
    text: str
    id: str | None
    title: str | None


def _resolve_columns(columns: Columns, available: Iterable[str], label: str) -> _ResolvedColumns:
    available = list(available)
    if columns.text is not None:
        if columns.text not in available:
            raise UserError(
                f"{label}: no text column {columns.text!r}; available columns: "
                f"{', '.join(available) or '(none)'} (pass one with --text-column)"
            )
        text = columns.text
    else:
        text = next((c for c in TEXT_COLUMNS if c in available), None)
        if text is None:
            raise UserError(
                f"{label}: cannot find a text column (looked for {', '.join(TEXT_COLUMNS)}); "
                f"available columns: {', '.join(available) or '(none)'} "
                "(pass one with --text-column)"
            )
    if columns.id is not None and columns.id not in available:
        raise UserError(
            f"{label}: no id column {columns.id!r}; available columns: {', '.join(available)}"
        )
    doc_id = columns.id or next((c for c in ID_COLUMNS if c in available), None)
    title = columns.title or next((c for c in TITLE_COLUMNS if c in available), None)
    return _ResolvedColumns(text=text, id=doc_id, title=title)


# --------------------------------------------------------------------------- line files


class LineFileSource(Source):
    """JSON lines or plain text files, read line by line, tolerant of bad lines.

    A ``.txt`` file is one document per non-empty line (web-corpus dumps look like that); its id
    is ``FILE:LINE``. JSON lines without an id column get the same ``FILE:LINE`` id.
    """

    kind = "files"

    def __init__(self, paths: list[Path], columns: Columns, label: str | None = None) -> None:
        super().__init__(columns)
        self.paths = paths
        self._label = label

    @property
    def label(self) -> str:
        if self._label:
            return self._label
        return str(self.paths[0]) if len(self.paths) == 1 else f"{len(self.paths)} files"

    def describe(self) -> dict[str, Any]:
        return {**super().describe(), "paths": [str(p) for p in self.paths],
                "files": file_identities(self.paths)}

    def rows(self, skip_rows: int) -> Iterator[tuple[str, dict[str, Any] | None]]:
        seen = 0
        for path in self.paths:
            is_text = path.name.endswith((".txt", ".txt.gz"))
            line_no = 0
            try:
                with _open_binary(path) as handle:
                    for line_no, raw in enumerate(handle, start=1):
                        if not raw.strip():
                            continue
                        seen += 1
                        if seen <= skip_rows:
                            continue
                        yield f"{path.name}:{line_no}", _parse_line(raw, is_text)
            except (EOFError, OSError, zlib.error) as exc:
                raise UserError(_explain_read_error(path, line_no, exc)) from exc


def _explain_read_error(path: Path, line_no: int, exc: BaseException) -> str:
    """A truncated or corrupt file (a partial download, say): where it broke and what to do."""
    if isinstance(exc, PermissionError | FileNotFoundError | IsADirectoryError):
        return f"{path}: cannot read the file: {exc.strerror}"
    if isinstance(exc, EOFError):
        reason = "the compressed data ends early (a truncated file?)"
    else:
        reason = f"the file is corrupt ({exc})" if str(exc) else "the file is corrupt"
    where = f"after line {line_no:,}" if line_no else "at its start"
    return (f"{path}: cannot read {where}: {reason}; replace the file (and rerun with "
            "--restart) or leave it out")


def file_identities(paths: Iterable[str | Path]) -> list[dict[str, Any]]:
    """Absolute path, size and modification time of each file: stored with a run, so that a
    resume is refused when the file was replaced or changed (the cursor counts its rows)."""
    identities = []
    for path in paths:
        resolved = Path(path).resolve()
        try:
            stat = resolved.stat()
        except OSError:
            identities.append({"path": str(resolved)})
            continue
        identities.append({"path": str(resolved), "size": stat.st_size, "mtime": int(stat.st_mtime)})
    return identities


def _open_binary(path: Path) -> io.BufferedIOBase:
    if path.name.endswith(".gz"):
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return open(path, "rb")  # noqa: SIM115 - closed by the caller's with-block


def _parse_line(raw: bytes, is_text: bool) -> dict[str, Any] | None:
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if is_text:
        return {"text": line.rstrip("\r\n")}
    try:
        row = json.loads(line)
    except json.JSONDecodeError:
        return None
    return row if isinstance(row, dict) else None


# --------------------------------------------------------------------------- datasets


class DatasetsSource(Source):
    """Anything ``datasets`` streams: Hub names, local dataset directories, .json/.parquet files."""

    def __init__(
        self,
        kind: str,
        columns: Columns,
        *,
        path: str,
        config: str | None = None,
        split: str | None = None,
        data_files: list[str] | None = None,
        trust_remote_code: bool = False,
    ) -> None:
        super().__init__(columns)
        self.kind = kind
        self.path = path
        self.config = config
        self.split = split
        self.data_files = data_files
        self.trust_remote_code = trust_remote_code

    @property
    def label(self) -> str:
        if self.kind == "files" and self.data_files:
            return self.data_files[0] if len(self.data_files) == 1 else (
                f"{self.data_files[0]} and {len(self.data_files) - 1} more files"
            )
        return self._id_prefix

    @property
    def _id_prefix(self) -> str:
        """Prefix of the ``PREFIX:ROW`` ids of documents without an id column."""
        parts = [self.path] + [p for p in (self.config, self.split) if p]
        return "/".join(parts) if self.kind == "hub" else self.path

    def describe(self) -> dict[str, Any]:
        return {
            **super().describe(),
            "path": self.path,
            "config": self.config,
            "split": self.split,
            "data_files": self.data_files,
            **({"files": file_identities(self.data_files)} if self.data_files else {}),
        }

    def open(self):  # -> datasets.IterableDataset
        import datasets

        datasets.disable_progress_bars()
        # datasets logs a failure before raising it; the raised error becomes our one line
        datasets.logging.set_verbosity(datasets.logging.CRITICAL)
        split = self.split or "train"
        if self.kind == "saved":
            return _split_of(datasets.load_from_disk(self.path), split, self.label).to_iterable_dataset()
        if self.kind == "hub":
            _prepare_hub_access(self.path)
        kwargs: dict[str, Any] = {"streaming": True}
        if self.trust_remote_code:
            kwargs["trust_remote_code"] = True
        try:
            if self.data_files is not None:
                loaded = datasets.load_dataset(self.path, data_files=self.data_files, **kwargs)
            else:
                loaded = datasets.load_dataset(self.path, self.config, **kwargs)
        except UserError:
            raise
        except Exception as exc:  # datasets raises many types; turn them into one clear line
            raise UserError(_explain_datasets_error(self, exc)) from exc
        return _split_of(loaded, split, self.label)

    def rows(self, skip_rows: int) -> Iterator[tuple[str, dict[str, Any] | None]]:
        dataset = self.open()
        if skip_rows:
            dataset = dataset.skip(skip_rows)
        prefix = self._id_prefix
        index = skip_rows
        chunks = dataset.iter(batch_size=1000)
        while True:
            try:
                chunk = next(chunks)
            except StopIteration:
                return
            except UserError:
                raise
            except Exception as exc:  # a file that does not parse, a dropped connection
                message = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
                name = type(exc).__name__
                network = isinstance(exc, ConnectionError | TimeoutError) or any(
                    word in name for word in ("Connection", "Timeout", "HTTP", "Remote")
                )
                advice = ("the connection failed: rerun the same command to resume" if network
                          else "fix or leave out the broken file")
                raise UserError(
                    f"{self.label}: cannot read the data after row {index:,} ({name}: "
                    f"{message}); {advice}"
                ) from exc
            keys = list(chunk)
            width = len(chunk[keys[0]]) if keys else 0
            for i in range(width):
                yield f"{prefix}:{index}", {k: chunk[k][i] for k in keys}
                index += 1


def _split_of(loaded: Any, split: str, label: str) -> Any:
    """Pick ``split`` from a DatasetDict-like object (or return a single split unchanged)."""
    if isinstance(loaded, dict):  # DatasetDict / IterableDatasetDict
        names = list(loaded.keys())
        if split not in names:
            raise UserError(
                f"{label}: no split {split!r}; available splits: {', '.join(names)} "
                "(choose one with --split)"
            )
        return loaded[split]
    return loaded


def _listed_names(text: str) -> list[str] | None:
    """The names in ``Available: ['a', 'b']`` / ``available configs: [...]`` of a datasets error."""
    match = re.search(r"[Aa]vailable(?: configs)?:\s*(\[[^\]]*\])", text)
    if match is None:
        return None
    try:
        names = ast.literal_eval(match.group(1))
    except (ValueError, SyntaxError):
        return None
    return [str(n) for n in names] if isinstance(names, list | tuple) else None


def _explain_datasets_error(source: DatasetsSource, exc: Exception) -> str:
    message = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    name = type(exc).__name__
    configs = _listed_names(str(exc))
    if "config name is missing" in message.lower():
        listing = f": {', '.join(configs)}" if configs else ""
        return f"{source.label}: the dataset has several configs; choose one with --config{listing}"
    if "config" in message.lower() and ("available" in message.lower() or "not found" in message.lower()):
        if configs is not None:
            return (
                f"{source.label}: unknown dataset config {source.config!r}; available configs: "
                f"{', '.join(configs) or '(none)'} (choose one with --config)"
            )
        return f"{source.label}: unknown dataset config {source.config!r}: {message}"
    if "split" in message.lower():
        return f"{source.label}: {message} (choose one with --split)"
    if name in {"DatasetNotFoundError", "FileNotFoundError", "EmptyDatasetError"}:
        return f"{source.label}: dataset not found: {message}"
    if "trust_remote_code" in message:
        return (
            f"{source.label}: this dataset runs its own loading script; review it and pass "
            "--trust-remote-code only if you trust it"
        )
    return f"{source.label}: cannot load the dataset ({name}: {message})"


def hub_endpoint() -> str:
    return os.environ.get("HF_ENDPOINT", "https://huggingface.co")


def hub_reachable(timeout: float = HUB_PROBE_TIMEOUT_S) -> bool:
    """One TCP connection attempt to the Hub endpoint, bounded by ``timeout`` seconds."""
    endpoint = urlparse(hub_endpoint())
    port = endpoint.port or (443 if endpoint.scheme == "https" else 80)
    try:
        with socket.create_connection((endpoint.hostname or "", port), timeout=timeout):
            return True
    except OSError:
        return False


def _prepare_hub_access(name: str) -> None:
    """Fail in seconds, not after minutes of retries, when the Hub cannot be reached.

    When the endpoint does not answer we switch ``datasets`` to offline mode, so a dataset that is
    already in the local cache still loads, and anything else fails at once with a clear message.
    """
    import datasets

    offline = os.environ.get("HF_HUB_OFFLINE", "").lower() in {"1", "true", "yes"}
    started = time.monotonic()
    if not offline and hub_reachable():
        return
    datasets.config.HF_HUB_OFFLINE = True
    try:
        import huggingface_hub.constants

        huggingface_hub.constants.HF_HUB_OFFLINE = True
    except ImportError:  # pragma: no cover - huggingface_hub ships with datasets
        pass
    os.environ["HF_HUB_OFFLINE"] = "1"
    try:
        datasets.load_dataset_builder(name)
    except Exception as exc:
        waited = time.monotonic() - started
        why = "offline mode is on (HF_HUB_OFFLINE)" if offline else (
            f"the Hugging Face Hub ({hub_endpoint()}) cannot be reached (gave up after {waited:.1f} s)"
        )
        raise UserError(
            f"{name}: {why} and the dataset is not in the local cache; download its files and "
            "point singleton at them (singleton run 'data/*.parquet'), or run where the Hub is "
            "reachable"
        ) from exc


# --------------------------------------------------------------------------- resolution


def bundled_sample_path() -> Path:
    """The sample corpus shipped inside the package (works from an installed wheel)."""
    return Path(str(resources.files("singleton.data").joinpath("enwiki_sample.jsonl.gz")))


def bundled_sample(columns: Columns | None = None) -> Source:
    return LineFileSource([bundled_sample_path()], columns or Columns(), label="sample")


def _looks_like_glob(text: str) -> bool:
    return any(ch in text for ch in "*?[")


def _file_source(paths: list[Path], columns: Columns, label: str) -> Source:
    suffixes = {_suffix(p) for p in paths}
    unsupported = [p for p in paths if _suffix(p) not in (*LINE_FILE_SUFFIXES, *DATASETS_FILE_SUFFIXES)]
    if unsupported:
        raise UserError(
            f"{unsupported[0]}: unsupported file type {_suffix(unsupported[0]) or '(none)'!r}; "
            f"singleton reads {SUPPORTED}"
        )
    for path in paths:
        if path.stat().st_size == 0:
            raise UserError(f"{path}: the file is empty")
    if suffixes <= set(LINE_FILE_SUFFIXES):
        return LineFileSource(paths, columns, label=label if len(paths) > 1 else None)
    if len(suffixes) > 1:
        raise UserError(f"{label}: mixed file types {sorted(suffixes)}; give one type at a time")
    builder = DATASETS_FILE_SUFFIXES[suffixes.pop()]
    return DatasetsSource(
        "files", columns, path=builder, data_files=[str(p) for p in paths], split="train"
    )


def _suffix(path: Path) -> str:
    name = path.name.lower()
    for suffix in (".jsonl.gz", ".txt.gz", ".json.gz"):
        if name.endswith(suffix):
            return suffix
    return path.suffix.lower()


def _is_saved_dataset(path: Path) -> bool:
    return (path / "state.json").exists() or (path / "dataset_dict.json").exists()


def open_source(
    spec: str | None,
    *,
    columns: Columns | None = None,
    config: str | None = None,
    split: str | None = None,
    trust_remote_code: bool = False,
) -> Source:
    """Turn what the user typed into a :class:`Source` (the pipeline recipes are resolved first,
    by :func:`singleton.pipelines.resolve_run_spec`)."""
    columns = columns or Columns()
    if spec is None:
        return bundled_sample(columns)
    path = Path(spec).expanduser()
    if path.is_dir():
        if _is_saved_dataset(path):
            return DatasetsSource("saved", columns, path=str(path), split=split)
        if not any(p.is_file() for p in path.rglob("*")):
            raise UserError(f"{path}: the directory holds no data files")
        return DatasetsSource("local", columns, path=str(path), config=config, split=split)
    if path.is_file():
        return _file_source([path], columns, label=str(path))
    if _looks_like_glob(spec):
        matches = sorted(Path(p) for p in glob.glob(os.path.expanduser(spec), recursive=True))
        files = [p for p in matches if p.is_file()]
        if not files:
            raise UserError(f"{spec}: no file matches this pattern")
        return _file_source(files, columns, label=spec)
    if _looks_like_hub_name(spec):
        return DatasetsSource(
            "hub", columns, path=spec, config=config, split=split,
            trust_remote_code=trust_remote_code,
        )
    raise UserError(
        f"{spec}: no such file or directory (and not a Hugging Face dataset name like "
        "'wikimedia/wikipedia' or a pipeline name; see `singleton run --help`)"
    )


def _looks_like_hub_name(spec: str) -> bool:
    """``owner/name`` or a bare canonical name, without path or file-type markers."""
    if spec.startswith((".", "/", "~")) or "\\" in spec or spec.count("/") > 1:
        return False
    if any(spec.lower().endswith(s) for s in (*LINE_FILE_SUFFIXES, *DATASETS_FILE_SUFFIXES, ".gz", ".toml")):
        return False
    return all(part and all(c.isalnum() or c in "-_." for c in part) for part in spec.split("/"))
