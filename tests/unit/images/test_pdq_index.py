"""PDQ's multi-index finds exactly what a full scan finds within the bounds it covers (core/images.PdqIndex)."""

from __future__ import annotations

import random

from services.matcher.core.images import PDQ_MULTI_INDEX_MAX_DISTANCE, PdqIndex


def _flip(value: int, bits: int, rng: random.Random) -> int:
    for position in rng.sample(range(256), bits):
        value ^= 1 << position
    return value


def test_multi_index_finds_what_a_scan_finds() -> None:
    rng = random.Random(15)
    hashes = [rng.getrandbits(256) for _ in range(3000)]
    # bounds up to the multi-index's 31, and a few wider ones that it must scan
    bounds = [rng.choice([0, 10, 24, 31, 31, 31]) if i % 50 else 45 for i in range(len(hashes))]
    index, scan = PdqIndex(multi_index_from=0), PdqIndex(multi_index_from=10**9)
    for i, (h, bound) in enumerate(zip(hashes, bounds)):
        assert index.add(f"{h:064x}", bound, i) and scan.add(f"{h:064x}", bound, i)
    index.compile()
    scan.compile()
    assert index._chunks is not None and scan._chunks is None
    found = 0
    for _ in range(400):
        near = rng.randrange(len(hashes))
        # the photo's own hash and its 7 rotations/mirrors: one of them near a registered hash, the others anywhere
        variants = [f"{_flip(hashes[near], rng.randint(0, 50), rng):064x}"] + [
            f"{rng.getrandbits(256):064x}" for _ in range(7)]
        rng.shuffle(variants)
        expected = scan.search(variants)
        assert index.search(variants) == expected
        found += bool(expected)
    assert found > 150  # the comparison covered hits, not only empty answers


def test_every_distance_up_to_the_bound_is_found() -> None:
    rng = random.Random(16)
    registered = rng.getrandbits(256)
    index = PdqIndex(multi_index_from=0)
    index.add(f"{registered:064x}", PDQ_MULTI_INDEX_MAX_DISTANCE, 7)
    for n in range(1000):  # unrelated hashes fill the buckets
        index.add(f"{rng.getrandbits(256):064x}", PDQ_MULTI_INDEX_MAX_DISTANCE, 100 + n)
    index.compile()
    for distance in range(0, 40):
        query = f"{_flip(registered, distance, rng):064x}"
        hits = [hit for hit in index.search([query]) if hit[0] == 7]
        assert hits == ([(7, distance)] if distance <= PDQ_MULTI_INDEX_MAX_DISTANCE else []), distance


def test_not_a_pdq_hash() -> None:
    index = PdqIndex(multi_index_from=0)
    assert not index.add("abc", 31, 1)
    index.add("0" * 64, 31, 2)
    index.compile()
    assert index.search(["xyz", "f" * 63]) == []
    assert index.search(["0" * 63 + "1"]) == [(2, 1)]
