"""The split of the adversary's floor tests into parts of equal measured CPU (tests/eval/adversary/costs.py and
report.py)."""

from __future__ import annotations

from tests.eval.adversary.costs import balanced, class_costs
from tests.eval.adversary.generate import CURATED, EVASIONS, STRETCH_EVASIONS, STRETCH_TRAPS, TRAPS
from tests.eval.adversary.report import CHUNKS, DRAW_COST_MS, SHARDS, chunk_of, shard_of


def test_every_class_has_one_chunk_of_its_part_and_the_parts_cost_alike():
    kinds = {*EVASIONS, *TRAPS, *STRETCH_EVASIONS, *STRETCH_TRAPS, *CURATED}
    assert all(0 <= chunk_of(k) < CHUNKS and chunk_of(k) % SHARDS == shard_of(k) for k in kinds)
    costs = class_costs()
    median = sorted(costs.values())[len(costs) // 2]
    parts = [0.0] * SHARDS
    for kind in kinds:
        parts[shard_of(kind)] += costs.get(kind, median)
    parts[0] += DRAW_COST_MS  # part 0 makes the run's draw
    assert max(parts) <= 1.1 * min(parts), parts


def test_the_split_is_the_costliest_first_to_the_least_loaded_and_the_same_every_time():
    costs = class_costs()
    kinds = sorted(costs)[:40]
    split = balanced(kinds, 4, start={0: 5.0})
    assert split == balanced(list(reversed(kinds)), 4, start={0: 5.0})
    assert set(split) == set(kinds) and set(split.values()) <= {0, 1, 2, 3}
    assert balanced(["a", "b", "c"], 2) == {"a": 0, "b": 1, "c": 0}  # unmeasured: the median each, ties by name
