"""The regular expressions compiled while the core is imported, kept compiled in the table cache (table_cache.py), so
that a fresh process does not parse and compile them again (issue 16).

Compiling the ~1,500 module-level patterns of the core's modules (their cue lists, phrasebooks, alternations) was
about 60 % of importing the core: ~0.7 s CPU of every process that imports it (each matcher the tests start, every
test worker). What Python's `re` makes of a pattern is a pure function of the pattern's text, its flags and the
interpreter's regular-expression engine: `re._compiler.compile` parses the text into SRE code (a list of integers) and
hands it with the groups' names to `_sre.compile`. This module keeps that code; a later process hands the kept code to
`_sre.compile` itself, which validates it (CPython checks every SRE program it is given) and returns the same Pattern.

- `kept(name)`: while inside, `re._compiler.compile` is wrapped: a str pattern whose (text, flags) the cache file holds
  is made from the kept code, any other is compiled as ever; the first block of a key (no file yet, or one not whole)
  writes the file with every pattern it asked for. Written once: a pattern joined from a set's words changes with the
  process's string hashing (~95 of the core's, a tenth of the time), is compiled in every process and never rewrites
  the file. Only what the block
  compiles is kept: the core's import, which reads no registry (its patterns are brand-independent, like every table
  of the cache). The pattern text is the lookup key, so a pattern that changed is compiled anew; the cache's key (the
  core's source, Python's version) makes a new file for new code or another interpreter.
- Format: arrays as every table of the cache (no pickle): the patterns' texts as UTF-8 (surrogates passed) and the
  code as uint32 (SRE's code words are 4 bytes, `_sre.CODESIZE`), with the groups' names beside them.
- Never fails an import: a missing or corrupt file, an interpreter whose engine differs (another CODESIZE, no
  `_sre.compile`) or code the engine refuses makes the pattern compile as it would without the cache.
"""

from __future__ import annotations

import contextlib
import logging
import re
import threading
from collections.abc import Iterator

import numpy as np

from services.matcher.core import table_cache

try:
    import _sre
    from re import _compiler
except ImportError:  # pragma: no cover - an interpreter without CPython's engine
    _sre = _compiler = None

log = logging.getLogger(__name__)

_ENABLED = _sre is not None and getattr(_sre, "CODESIZE", None) == 4 and hasattr(_compiler, "compile")
_lock = threading.Lock()
_active = False  # one block at a time: a nested one (an import inside the block) reads through the outer
missed: list[str] = []  # the patterns the last block compiled that its file did not hold (a test's or a profile's view)


def _encode(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass")


def _decode(raw: bytes) -> str:
    return raw.decode("utf-8", "surrogatepass")


class _Kept:
    """The patterns of one cache file: (text, flags) -> (code, flags, groups, groupindex, indexgroup)."""

    def __init__(self, arrays: dict[str, np.ndarray] | None) -> None:
        self.entries: dict[tuple[str, int], tuple] = {}
        if arrays is None:
            return
        text, code, rows = arrays["text"].tobytes(), arrays["code"], arrays["rows"]
        names, named = arrays["names"].tobytes(), arrays["named"]
        groupindexes: dict[int, dict[str, int]] = {}
        for entry, group, start, end in named.tolist():
            groupindexes.setdefault(entry, {})[_decode(names[start:end])] = group
        for entry, (t0, t1, c0, c1, flags_in, flags_out, groups) in enumerate(rows.tolist()):
            self.entries[(_decode(text[t0:t1]), flags_in)] = (code[c0:c1], flags_out, groups,
                                                               groupindexes.get(entry, {}))

    def pattern(self, text: str, flags: int) -> re.Pattern | None:
        entry = self.entries.get((text, flags))
        if entry is None:
            return None
        code, flags_out, groups, groupindex = entry
        indexgroup = [None] * groups
        for name, i in groupindex.items():
            indexgroup[i] = name
        try:
            return _sre.compile(text, flags_out, code.tolist(), groups - 1, dict(groupindex), tuple(indexgroup))
        except (RuntimeError, TypeError, ValueError, OverflowError) as exc:  # code the engine refuses
            log.debug("compiled patterns: %r not made from the cache (%s)", text[:40], exc)
            return None


def arrays_of(patterns: dict[tuple[str, int], re.Pattern], codes: dict[tuple[str, int], list[int]]) -> dict[str, np.ndarray]:
    """The cache file's arrays for these patterns (each with its SRE code)."""
    text, code, rows, names, named = bytearray(), [], [], bytearray(), []
    for entry, ((source, flags_in), pattern) in enumerate(patterns.items()):
        raw = _encode(source)
        words = codes[(source, flags_in)]
        rows.append((len(text), len(text) + len(raw), len(code), len(code) + len(words), flags_in, pattern.flags,
                     pattern.groups + 1))
        text += raw
        code.extend(words)
        for name, i in pattern.groupindex.items():
            n = _encode(name)
            named.append((entry, i, len(names), len(names) + len(n)))
            names += n
    return {"text": np.frombuffer(bytes(text), dtype=np.uint8), "code": np.array(code, dtype=np.uint32),
            "rows": np.array(rows, dtype=np.int64).reshape(len(rows), 7),
            "names": np.frombuffer(bytes(names), dtype=np.uint8),
            "named": np.array(named, dtype=np.int64).reshape(len(named), 4)}


@contextlib.contextmanager
def kept(name: str) -> Iterator[None]:
    """Inside the block, str patterns are made from the cache file `name` when it holds them (see the module's doc)."""
    global _active
    path = table_cache.file_of(name) if _ENABLED else None
    with _lock:
        if path is None or _active:
            path = None
        else:
            _active = True
    if path is None:
        yield
        return
    arrays = table_cache.read(path)
    kept_ = _Kept(arrays)
    original = _compiler.compile
    asked: dict[tuple[str, int], re.Pattern] = {}
    codes: dict[tuple[str, int], list[int]] = {}
    misses: list[str] = []

    def compile(p, flags=0):
        if not isinstance(p, str) or flags & re.DEBUG:
            return original(p, flags)
        key = (p, flags)
        pattern = kept_.pattern(p, flags)
        if pattern is not None:
            asked[key] = pattern
            codes[key] = kept_.entries[key][0]
            return pattern
        try:  # as re._compiler.compile does, keeping the code
            parsed = _compiler._parser.parse(p, flags)
            code = _compiler._code(parsed, flags)
            groupindex = parsed.state.groupdict
            indexgroup = [None] * parsed.state.groups
            for group_name, i in groupindex.items():
                indexgroup[i] = group_name
            pattern = _sre.compile(p, flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex,
                                   tuple(indexgroup))
        except re.error:
            raise
        except Exception as exc:  # noqa: BLE001 - an engine unlike this module's: compiled as ever, not kept
            log.debug("compiled patterns: %r not kept (%s)", p[:40], exc)
            return original(p, flags)
        asked[key], codes[key] = pattern, code
        misses.append(p)
        return pattern

    _compiler.compile = compile
    try:
        yield
    finally:
        _compiler.compile = original
        with _lock:
            _active = False
        missed[:] = misses
        if arrays is None and misses and table_cache.writable(path):
            try:
                arrays = arrays_of(asked, {k: list(v) for k, v in codes.items()})
            except (ValueError, OverflowError) as exc:  # a code word beyond uint32: not this engine's
                log.info("compiled patterns: not kept (%s)", exc)
            else:
                if table_cache.write(path, arrays):
                    table_cache.prune(path.parent)
