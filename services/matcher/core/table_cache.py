"""A persistent cache of brand-independent derived tables (numpy arrays), so that a fresh matcher process (a restart
after a crash, every process the tests start) maps them from a file instead of deriving them again (issue 16).

Like pip's and wordfreq's own caches: the tables depend only on the matcher core's code and the packages they are read
from, never on a registry, so one copy serves every process of a machine (the pages of a mapped file are shared).

- Where: `use_dir(path)` (the matcher service passes MatcherSettings.tables_dir), else the environment variable
  MATCHER_TABLES_DIR, else the project's `.local/cache/matcher-tables` in a checkout (gitignored), else the user's cache
  directory (`$XDG_CACHE_HOME` or `~/.cache`, then `brandsentry/matcher-tables`). "off" (or an empty path) turns the
  cache off.
- Key: a subdirectory named by a hash of the core's source files (services/matcher/core, every file), the versions
  of Python and of the packages the tables come from (`PACKAGES`) and FORMAT: a changed rule or an upgraded word
  list reads none of an older key's files.
- Format: one file a table, `<name>.tables`: a JSON header line (each array's dtype, shape and offset, a CRC-32 of the
  data) and the arrays' raw bytes. No pickle: nothing in the file is executed, a corrupt one is only data.
- Written atomically: a temporary file in the same directory, then os.replace; two processes racing both succeed
  (the last rename wins, both files whole and equal).
- Never fails a start: a missing, unreadable, read-only or corrupt cache (bad header, short file, CRC mismatch) makes
  the caller build the table as it would without a cache (and try to write it back).
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import mmap
import os
import sys
import tempfile
import zlib
from importlib import metadata
from pathlib import Path
from typing import Callable

import numpy as np

log = logging.getLogger(__name__)

FORMAT = 1  # bump when the file layout changes
PACKAGES = ("wordfreq", "numpy", "symspellpy")  # the packages whose data or behaviour the cached tables depend on
ENV = "MATCHER_TABLES_DIR"
OFF = "off"
_CORE = Path(__file__).resolve().parent
_ROOT = _CORE.parents[2]  # the project's checkout (services/matcher/core -> the root)

_chosen: str | None = None  # use_dir's path, ahead of the environment


def use_dir(path: str | os.PathLike | None) -> None:
    """Set the cache's directory for this process (None: back to MATCHER_TABLES_DIR and the defaults)."""
    global _chosen
    _chosen = None if path is None else os.fspath(path)


def cache_dir() -> Path | None:
    """The cache's directory (not the key's subdirectory), or None when the cache is off."""
    raw = _chosen if _chosen is not None else os.environ.get(ENV)
    if raw is not None:
        return None if raw.strip() in ("", OFF) else Path(raw).expanduser()
    if (_ROOT / "pyproject.toml").is_file() and ((_ROOT / ".git").exists() or (_ROOT / ".local").is_dir()):
        return _ROOT / ".local" / "cache" / "matcher-tables"
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "brandsentry" / "matcher-tables"


@functools.lru_cache(maxsize=1)
def cache_key() -> str:
    """A hash of the core's source files, the Python and package versions and FORMAT (the key's subdirectory)."""
    h = hashlib.sha256(f"format {FORMAT}\npython {sys.version}\n".encode())
    for package in PACKAGES:
        try:
            version = metadata.version(package)
        except metadata.PackageNotFoundError:
            version = "?"
        h.update(f"{package} {version}\n".encode())
    for path in sorted(p for p in _CORE.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        h.update(path.relative_to(_CORE).as_posix().encode() + b"\0")
        h.update(path.read_bytes())
        h.update(b"\0")
    return h.hexdigest()[:20]


def file_of(name: str) -> Path | None:
    """The file of the table `name` under the current key, or None when the cache is off."""
    base = cache_dir()
    return None if base is None else base / cache_key() / f"{name}.tables"


def read(path: Path) -> dict[str, np.ndarray] | None:
    """The arrays of a cache file (read-only views of its mapped pages), or None if it is missing or not whole."""
    try:
        with open(path, "rb") as fh:
            header_line = fh.readline(1 << 20)
            header = json.loads(header_line)
            start = len(header_line)
            size = os.fstat(fh.fileno()).st_size
            if header.get("format") != FORMAT or size != start + header["size"]:
                return None
            data = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) if size > start else b""
        view = memoryview(data)[start:]
        if zlib.crc32(view) != header["crc"]:
            return None
        arrays = {}
        for name, dtype, shape, offset in header["arrays"]:
            count = int(np.prod(shape, dtype=np.int64))
            arrays[name] = np.frombuffer(view, dtype=np.dtype(dtype), count=count, offset=offset).reshape(shape)
        return arrays
    except (OSError, ValueError, KeyError, TypeError) as exc:
        log.debug("table cache: %s unreadable (%s)", path, exc)
        return None


def write(path: Path, arrays: dict[str, np.ndarray]) -> bool:
    """Write arrays to a cache file atomically (a temporary file, then a rename); False if it cannot be written."""
    entries, chunks, offset = [], [], 0
    for name, array in arrays.items():
        raw = np.ascontiguousarray(array).tobytes()
        entries.append([name, array.dtype.str, list(array.shape), offset])
        chunks.append(raw)
        offset += len(raw)
    data = b"".join(chunks)
    header = json.dumps({"format": FORMAT, "size": len(data), "crc": zlib.crc32(data), "arrays": entries}).encode()
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            fh.write(header + b"\n")
            fh.write(data)
        os.replace(tmp, path)
        return True
    except OSError as exc:
        log.info("table cache: cannot write %s (%s); the table is built in every process", path, exc)
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass
        return False


def writable(path: Path | None) -> bool:
    """Whether a cache file could be written at `path` (its directory made if missing)."""
    if path is None:
        return False
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError:
        return False
    return os.access(path.parent, os.W_OK)


def cached(name: str, make: Callable[[], dict[str, np.ndarray]], *, or_none: bool = False) -> dict[str, np.ndarray] | None:
    """The arrays named `name` from the cache, or made by `make` (then written to the cache when it can be). With
    `or_none`, None instead of making them when they could not be kept (the cache off, its directory not writable):
    for a caller with a cheaper way to answer in that process alone."""
    path = file_of(name)
    if path is not None and (arrays := read(path)) is not None:
        return arrays
    if or_none and not writable(path):
        return None
    arrays = make()
    if path is not None and write(path, arrays):
        prune(path.parent)
    return arrays


KEEP_KEYS = 2  # older keys' directories kept beside the current one (another checkout or a rollback may still read them)


def prune(current: Path, keep: int = KEEP_KEYS) -> list[Path]:
    """Remove the cache's key directories but `current` and the `keep` most recently written others, and return them:
    each change of the core's code makes a new key (~100-300 MB of tables in a checkout), which would otherwise pile
    up. A process still reading a removed file keeps its mapped pages (the file goes when the last map does); a
    directory that cannot be removed is left. Called after this process wrote a table into `current`."""
    try:
        others = [p for p in current.parent.iterdir() if p.is_dir() and p != current]
        others.sort(key=lambda p: p.stat().st_mtime, reverse=True)
    except OSError:
        return []
    gone = []
    for old in others[keep:]:
        try:
            for f in old.iterdir():
                f.unlink()
            old.rmdir()
            gone.append(old)
        except OSError as exc:
            log.info("table cache: cannot remove the old key %s (%s)", old, exc)
    return gone
