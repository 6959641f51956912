"""`make test`'s step before pytest: pytest's assertion rewriting of every test module done once, not in every worker.

pytest rewrites each test module and conftest.py it imports (assert statements made to explain themselves) and keeps the
result in __pycache__/<module>.<tag>-pytest-<version>.pyc, which it reads in any process, but writes only when
sys.dont_write_bytecode is false: under PYTHONDONTWRITEBYTECODE (set on this machine and the CI image) each of
`make test`'s four workers rewrote all ~310 modules at collection, ~4.8 of its ~17 CPU s (2026-12-06, issue 16; with
the cache a worker's collection took ~12). This writes those files as pytest does (its own functions, the same
name, header and code: a file pytest would not take is rewritten by it as before), so the workers only read them.
Nothing here changes what a test asserts; a pytest without these functions makes the step do nothing.

    .venv/bin/python -m tests.rewrite_cache
"""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _modules() -> list[Path]:
    """The files pytest rewrites here: test modules (python_files' default, test_*.py) and conftest.py under tests/."""
    tests = ROOT / "tests"
    return sorted({*tests.rglob("test_*.py"), *tests.rglob("conftest.py")})


def main() -> int:
    try:
        from _pytest.assertion.rewrite import PYC_TAIL, _rewrite_test, _write_pyc_fp, get_cache_dir
    except ImportError:  # another pytest: its workers rewrite as they always did
        return 0
    for path in _modules():
        cache_dir = get_cache_dir(path)
        try:
            cache_dir.mkdir(parents=True, exist_ok=True)
            stat, code = _rewrite_test(path, None)  # no config: the pass hook off, pytest's default and this project's
        except (OSError, SyntaxError):
            continue  # left to pytest, which reports it
        pyc = cache_dir / (path.name[:-3] + PYC_TAIL)
        part = pyc.with_name(f"{pyc.name}.{os.getpid()}")
        with open(part, "wb") as fp:
            _write_pyc_fp(fp, stat, code)
        os.replace(part, pyc)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
