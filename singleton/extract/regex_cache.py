"""Compiled pattern code kept on disk, so a new process does not parse the patterns again.

The extraction patterns expand to very large regular expressions. Python parses a regex in pure
Python before handing the compiled code to its C engine, and for singleton's patterns that took
about 2.5 CPU-seconds per process, which every worker paid at start-up. This module keeps what
that parse produces (the engine's code list and group tables, plus the anchoring plan derived
from each pattern) in one file per Python version, like ``__pycache__`` keeps byte code, and
builds the same ``re.Pattern`` from it with the engine's own constructor.

Nothing here changes what a pattern matches: an entry is looked up by the full pattern text, the
file is specific to the Python build (``sys.version`` and the engine's magic number), the engine
validates code it is given, and anything unexpected falls back to ``re.compile``. A missing,
unreadable or stale file only costs the parse. Set ``SINGLETON_CACHE_DIR`` to move the file,
or to an empty string to turn the cache off.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import re
import sys
import tempfile
from array import array
from collections.abc import Callable
from pathlib import Path
from typing import Any

try:  # CPython's regex engine; elsewhere the cache is off
    import _sre
    from re import _compiler, _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    _sre = None

# the engine's code words, packed: an array type of the engine's word size
_CODE_TYPE = next((t for t in "IL" if _sre is not None and array(t).itemsize == _sre.CODESIZE), "I")
_MAX_ENTRIES = 2048  # a file that grows past this keeps only the entries used last
_entries: dict[str, Any] | None = None
_used: set[str] = set()
_dirty = False


def cache_file() -> Path | None:
    """The cache file for this Python build, or None when caching is off."""
    if _sre is None:
        return None
    root = os.environ.get("SINGLETON_CACHE_DIR")
    if root is None:
        base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        root = os.path.join(base, "singleton")
    if not root:
        return None
    build = f"{sys.version}|{sys.implementation.cache_tag}|{_sre.MAGIC}|{_sre.CODESIZE}"
    return Path(root) / f"regex-{hashlib.sha256(build.encode()).hexdigest()[:16]}.marshal"


def _load() -> dict[str, Any]:
    global _entries
    if _entries is None:
        _entries = {}
        path = cache_file()
        if path is not None:
            try:
                data = marshal.loads(path.read_bytes())
                if isinstance(data, dict):
                    _entries = data
            except (OSError, EOFError, ValueError, TypeError):
                pass
    return _entries


def _put(key: str, value: Any) -> None:
    global _dirty
    _load()[key] = value
    _used.add(key)
    _dirty = True


def cached_compile(pattern: str) -> re.Pattern[str]:
    """``re.compile(pattern)``, from the cached engine code when there is some."""
    if _sre is None:
        return re.compile(pattern)
    key = "re\0" + pattern
    stored = _load().get(key)
    if stored is not None:
        try:
            flags, code, groups, groupindex, indexgroup = stored
            rx = _sre.compile(pattern, flags, array(_CODE_TYPE, code).tolist(), groups,
                              groupindex, indexgroup)  # fmt: skip
            _used.add(key)
            return rx
        except Exception:  # a damaged or foreign entry: compile afresh
            pass
    try:
        parsed = _parser.parse(pattern, 0)
        code = _compiler._code(parsed, 0)
        groupindex = dict(parsed.state.groupdict)
        indexgroup = [None] * parsed.state.groups
        for name, i in groupindex.items():
            indexgroup[i] = name
        flags = int(parsed.state.flags)
        rx = _sre.compile(pattern, flags, code, parsed.state.groups - 1, groupindex,
                          tuple(indexgroup))  # fmt: skip
        # the code as packed machine words: a tenth of the memory of a list of ints
        packed = array(_CODE_TYPE, code).tobytes()
    except re.error:
        raise
    except Exception:  # an engine that differs from the one this was written for
        return re.compile(pattern)
    _put(key, (flags, packed, parsed.state.groups - 1, groupindex, tuple(indexgroup)))
    return rx


def memo(kind: str, key: str, compute: Callable[[], Any]) -> Any:
    """``compute()``, cached on disk under (kind, key). The value must be marshal-able (numbers,
    strings, tuples, lists, dicts, None) and a pure function of ``key``."""
    full = kind + "\0" + key
    entries = _load()
    if full in entries:
        _used.add(full)
        return entries[full]
    value = compute()
    _put(full, value)
    return value


def save() -> None:
    """Write the new entries (atomically; concurrent writers each leave a whole file)."""
    global _dirty
    path = cache_file()
    if not _dirty or path is None or _entries is None:
        return
    entries = _entries
    if len(entries) > _MAX_ENTRIES:
        entries = {k: v for k, v in entries.items() if k in _used}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".regex-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(marshal.dumps(entries))
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
    except (OSError, ValueError):
        return  # a read-only home, or a value marshal cannot write: run without the cache
    _dirty = False


def release() -> None:
    """Drop the loaded entries once the patterns are built (they are kept by their users)."""
    global _entries
    _entries = None
    _used.clear()


def clear_memory() -> None:
    """Forget what was loaded and not yet saved (tests: the next use reads the file again)."""
    global _dirty
    release()
    _dirty = False
