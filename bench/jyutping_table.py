"""Write services/matcher/core/detectors/jyutping_table.json: ToJyutping's candidates for every alias of two to six
Han characters of the repository's registries (issue 16: a matcher build then imports ToJyutping only for an alias
not in the table, ~1 s of CPU a process saved; tests/unit/matcher/test_jyutping_table.py checks the table).

    PYTHONPATH=. .venv/bin/python -m bench.jyutping_table
"""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REGISTRIES = ("deploy/seed/registry.yaml", "tests/fixtures/registry.yaml", "tests/eval/registry.yaml")


def aliases() -> set[str]:
    """The aliases cantonese_readings is asked at the build of REGISTRIES' indexes."""
    from brandsentry.registry import load_registry
    from services.matcher.core import MatcherIndex
    from services.matcher.core.detectors import jyutping

    asked: set[str] = set()
    wrapped = jyutping.jyutping_candidates

    def record(alias: str):
        asked.add(alias)
        return wrapped(alias)

    jyutping.jyutping_candidates = record
    try:
        for path in REGISTRIES:
            MatcherIndex.build(load_registry(ROOT / path))
    finally:
        jyutping.jyutping_candidates = wrapped
    return asked


def main() -> None:
    import ToJyutping

    from services.matcher.core.detectors.jyutping import TABLE

    table = {alias: [[ch, list(c or [])] for ch, c in ToJyutping.get_jyutping_candidates(alias)] for alias in sorted(aliases())}
    TABLE.write_text(json.dumps(table, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{len(table)} aliases in {TABLE.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
