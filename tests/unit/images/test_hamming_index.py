"""One multi-index serves 64-bit pHash and 256-bit PDQ hashes (core/images.HammingIndex): it finds exactly what a
plain scan (Python ints, popcount) finds, on random hashes and near-duplicates of registered ones, with bounds inside
and beyond the multi-index's exactness bound."""

from __future__ import annotations

import random

import pytest

from services.matcher.core.images import (PDQ_CHUNKS, PDQ_MULTI_INDEX_MAX_DISTANCE, PHASH_CHUNKS, HammingIndex,
                                          parse_pdq, parse_phash, pdq_index, phash_index)

# (width, index factory): pHash and PDQ as the matcher builds them, and each with neighbours filed the other way
# (at build time for PDQ, at search time for pHash), so both ways of reading one-bit neighbours are held to a scan
WIDTHS = {"phash": (64, phash_index), "pdq": (256, pdq_index),
          "phash probing": (64, lambda **kw: HammingIndex(64, parse_phash, PHASH_CHUNKS, spread=False, **kw)),
          "pdq spread": (256, lambda **kw: HammingIndex(256, parse_pdq, PDQ_CHUNKS, spread=True, **kw))}


def _flip(value: int, bits: int, width: int, rng: random.Random) -> int:
    for position in rng.sample(range(width), bits):
        value ^= 1 << position
    return value


def _scan(registered: list[tuple[int, int]], queries: list[int]) -> list[tuple[int, int]]:
    """The answer by definition: each registered hash's distance to the nearest query, kept within its bound."""
    found = []
    for i, (value, bound) in enumerate(registered):
        distance = min((value ^ q).bit_count() for q in queries)
        if distance <= bound:
            found.append((i, distance))
    return sorted(found)


@pytest.mark.parametrize("kind", WIDTHS)
def test_the_multi_index_finds_what_a_scan_finds(kind: str) -> None:
    width, make = WIDTHS[kind]
    rng = random.Random(width)
    exact = make(multi_index_from=0).max_multi_index_distance  # 11 for pHash, 31 for PDQ
    # bounds up to the multi-index's own, and a few wider ones that it must scan
    registered = [(rng.getrandbits(width), rng.choice([0, exact // 3, exact, exact]) if i % 50 else exact + 14)
                  for i in range(3000)]
    index, scan = make(multi_index_from=0), make(multi_index_from=10**9)
    for i, (value, bound) in enumerate(registered):
        assert index.add(f"{value:0{width // 4}x}", bound, i) and scan.add(f"{value:0{width // 4}x}", bound, i)
    index.compile()
    scan.compile()
    assert index._chunks is not None and scan._chunks is None
    found = 0
    for _ in range(400):
        near = registered[rng.randrange(len(registered))][0]
        # a near-duplicate of a registered hash among random ones (a photo's PDQ rotations/mirrors; pHash sends one)
        queries = [_flip(near, rng.randint(0, exact + 20), width, rng)] + [
            rng.getrandbits(width) for _ in range(rng.randint(0, 7))]
        rng.shuffle(queries)
        expected = _scan(registered, queries)
        hexes = [f"{q:0{width // 4}x}" for q in queries]
        assert index.search(hexes) == expected
        assert scan.search(hexes) == expected
        found += bool(expected)
    assert found > 150  # the comparison covered hits, not only empty answers


@pytest.mark.parametrize("kind", WIDTHS)
def test_every_distance_up_to_the_bound_is_found(kind: str) -> None:
    width, make = WIDTHS[kind]
    rng = random.Random(16)
    index = make(multi_index_from=0)
    bound = index.max_multi_index_distance
    registered = rng.getrandbits(width)
    index.add(f"{registered:0{width // 4}x}", bound, 7)
    for n in range(1000):  # unrelated hashes fill the buckets
        index.add(f"{rng.getrandbits(width):0{width // 4}x}", bound, 100 + n)
    index.compile()
    for distance in range(0, bound + 9):
        # differing bits spread evenly (every chunk touched once the distance reaches the number of chunks: only the
        # one-bit neighbour probes find these) and placed at random
        spread = registered
        for j in range(distance):
            spread ^= 1 << (j * width // distance)
        for query in (spread, _flip(registered, distance, width, rng)):
            hits = [hit for hit in index.search([f"{query:0{width // 4}x}"]) if hit[0] == 7]
            assert hits == ([(7, distance)] if distance <= bound else []), distance


def test_the_exactness_bounds() -> None:
    assert phash_index().max_multi_index_distance == 11
    assert pdq_index().max_multi_index_distance == PDQ_MULTI_INDEX_MAX_DISTANCE == 31


@pytest.mark.parametrize("kind", WIDTHS)
def test_not_a_hash_of_this_width(kind: str) -> None:
    width, make = WIDTHS[kind]
    index = make(multi_index_from=0)
    digits = width // 4
    assert not index.add("abc", 5, 1) and not index.add("z" * digits, 5, 1) and not index.add("0" * (digits + 1), 5, 1)
    index.add("0" * digits, 5, 2)
    index.compile()
    assert index.search(["xyz", "f" * (digits - 1), None]) == []
    assert index.search(["0" * (digits - 1) + "1"]) == [(2, 1)]
