"""Score the matcher on the adversary's cases: tallies per class, per brand and per (class, brand) cell.

The matcher is used only through its public entry point (MatcherIndex.build(registry).match(listing)), like
`brandsentry backtest`. For an evasion class the figures are recall and precision; for a trap class (nothing
should alert) the figure is "quiet": the share of its listings that alerted no brand.
"""

from __future__ import annotations

import gc
import zlib
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from rich.console import Console
from rich.table import Table

from brandsentry.registry import load_registry
from services.matcher.core import MatcherIndex
from tests.eval.adversary.costs import balanced
from tests.eval.adversary.generate import (CURATED, EVASIONS, SEED_REGISTRY, STRETCH_EVASIONS, STRETCH_TRAPS, TRAPS,
                                           Case, generate, is_stretch, is_trap)
from tests.eval.adversary.public import public_cases
from tests.eval.report import Tally, _pct, kind_table
from tests.shared import ADVERSARY_PARTS, gc_paused, shared, shared_each

FLOOR = 0.98


@dataclass
class Scores:
    cells: dict[tuple[str, str], Tally]  # (class, brand) -> tally

    def by(self, axis: int) -> dict[str, Tally]:
        """Tallies per class (axis 0) or per brand (axis 1), and "overall"; stretch classes have their own rows
        but count in no total."""
        out: dict[str, Tally] = defaultdict(Tally)
        for key, t in self.cells.items():
            stretch = is_stretch(key[0])
            if stretch and axis == 1:
                continue
            for target in (out[key[axis]],) if stretch else (out[key[axis]], out["overall"]):
                target.listings += t.listings
                target.true_positives += t.true_positives
                target.false_positives += t.false_positives
                target.false_negatives += t.false_negatives
                target.false_alert_listings += t.false_alert_listings
                target.misses.extend(t.misses)
        return dict(out)

    @property
    def per_class(self) -> dict[str, Tally]:
        return self.by(0)

    @property
    def per_brand(self) -> dict[str, Tally]:
        return self.by(1)

    def worst(self, brand: str) -> tuple[str, float]:
        """The brand's weakest class held to a floor: the lowest recall, precision or quiet share among its cells."""
        low = ("—", 1.0)
        for (kind, b), t in self.cells.items():
            if b != brand or is_stretch(kind):
                continue
            values = [t.quiet] if is_trap(kind) else [t.recall, t.precision]
            value = min(v for v in values if v is not None) if any(v is not None for v in values) else 1.0
            if value < low[1]:
                low = (kind, value)
        return low


def score(cases: list[Case], registry: Path = SEED_REGISTRY) -> Scores:
    """The tallies of `cases`, matched with the cyclic collector off (tests/shared.gc_paused): a listing's matching
    leaves almost no cycles (3,453 objects over 5,471 listings) but each collection meanwhile walks the young objects
    the matcher makes; on and off, 2026-12-06, one process, 5,471 listings of seed 9: 2,918 / 2,498 and 2,288 / 1,932 µs
    a listing (about a fifth less)."""
    index = _index(registry)
    cells: dict[tuple[str, str], Tally] = defaultdict(Tally)
    with gc_paused():
        for case in cases:
            alerted = {m.brand_id for m in index.match(case.listing)}
            expected = set(case.expect)
            cell = cells[(case.kind, case.brand)]
            cell.add(expected, alerted)
            if alerted != expected:
                cell.misses.append(f"{case.listing.title!r} [{case.listing.category}"
                                   f"{', ' + str(case.listing.price.amount) + ' ' + case.listing.price.currency if case.listing.price else ''}]"
                                   f": expected {sorted(expected)}, alerted {sorted(alerted)}")
    return Scores(dict(cells))


@cache
def _index(registry: Path) -> MatcherIndex:
    """One index a process for every set scored (the matcher's answers do not depend on what it matched before:
    tests/unit/matcher/test_gates.py), built with the cyclic collector off and then frozen, as the matcher service keeps
    its index (services/matcher/fingerprint_feed.py; the build 5.2 -> 4.5 s CPU)."""
    with gc_paused():
        index = MatcherIndex.build(load_registry(registry))
    gc.freeze()
    return index


# The suite's largest work, shared by the processes of one test run (tests/shared.py): the generated set is made
# once a run, and scored once a run in CHUNKS chunks of classes that every process needing scores shares
# (shared_each), so that whoever asks at once (the two workers of `make test`) scores different chunks. The floor
# tests sit in SHARDS xdist groups (parts; tests/conftest.py runs them first after the servers'), a part's tests
# reading only its own chunks.
SHARDS = 8  # 4 until 2026-12-06: one worker scored a part of four chunks (~580 s) while the server chains ran
CHUNKS = 16  # a multiple of SHARDS: the chunks of a part are those whose number is the part's modulo SHARDS
# The CPU ms of the run's draw (held(generate(seed=9)): 39.9 CPU s for 139,317 listings, 2026-12-06), which the first
# part to run makes (its first test asks for the set first): the chunks of part 0, which the floor tests put first, hold
# that much less scoring. Split by class name (crc32 % 8) the parts had 49.7-72.5 CPU s of scoring, part 6 the draw too
# (99; 356-394 s on two CIs of 3391538, the others 88-148 s); split by cost (costs.py) each has 63.8.
DRAW_COST_MS = 40_000.0


@cache
def _chunks() -> dict[str, int]:
    """Every class's chunk, split by measured cost (costs.balanced: chunks of equal CPU, part 0's two less by the
    draw); a class of no generator (none: the set holds only these) by its name's hash."""
    kinds = sorted({*EVASIONS, *TRAPS, *STRETCH_EVASIONS, *STRETCH_TRAPS, *CURATED})
    return balanced(kinds, CHUNKS, start={chunk: DRAW_COST_MS / 2 for chunk in range(0, CHUNKS, SHARDS)})


@cache
def shard_of(kind: str) -> int:
    """The part of the adversary's classes `kind` is held to the floor in (the same in every process)."""
    return chunk_of(kind) % SHARDS


def shard_group(kind: str) -> str:
    """The xdist group of the floor test of `kind` (tests/conftest.py runs these groups first after the servers')."""
    return f"{ADVERSARY_PARTS}{shard_of(kind)}"


@cache
def chunk_of(kind: str) -> int:
    """The chunk of the adversary's classes `kind` is scored in: every cell of a class is in one chunk, and the chunk
    is one of its part's (chunk_of(kind) % SHARDS == shard_of(kind))."""
    chunk = _chunks().get(kind)
    return zlib.crc32(kind.encode()) % CHUNKS if chunk is None else chunk


# The set the floors hold is the first listings of every (class, brand) cell of the generator's draw: at least
# CLASS_LISTINGS a class where its cells have them, never fewer than CELL_LISTINGS a cell (a class of all 54 demo brands:
# 3 a cell, 162 listings, where 1 miss moves the class 0.006 and the floor lets 3 pass), every listing of a smaller
# class, and every hand-written trap (generate.CURATED: 1,581 listings in 20 classes). The draw had grown to 284,922
# listings (1,039 classes, 2026-12-06), the held set at 250 a class to 188,002 of them, ~40 % of the suite's CPU
# (per-test CPU of a whole run, session 56); at 160 a class it is 138,069 (median 162 a class). A smaller draw is the
# same draw stopped sooner (generate.generate), so the held set is each cell's first listings, as
# `generate(per_class=k)` would give them but for their marketplaces and sellers.
CLASS_LISTINGS = 160
CELL_LISTINGS = 3


def held(cases: Iterable[Case]) -> tuple[Case, ...]:
    """The first listings of every (class, brand) cell of `cases`, in their order: ceil(CLASS_LISTINGS / cells of the
    class) a cell, at least CELL_LISTINGS (as many as a cell has, if fewer); every listing of a curated class."""
    cases = tuple(cases)
    brands: dict[str, set[str]] = defaultdict(set)
    for case in cases:
        brands[case.kind].add(case.brand)
    per_cell = {kind: max(CELL_LISTINGS, -(-CLASS_LISTINGS // len(cell_brands))) for kind, cell_brands in brands.items()}
    taken: Counter[tuple[str, str]] = Counter()
    out = []
    for case in cases:
        cell = (case.kind, case.brand)
        if taken[cell] < per_cell[case.kind] or case.kind in CURATED:
            taken[cell] += 1
            out.append(case)
    return tuple(out)


def adversary_cases(seed: int = 9) -> tuple[Case, ...]:
    """The held set of `seed` (held), made once per test run: the floor tests score it, the generator tests read it."""
    return _generated(seed)  # one cache key however it is called (functools.cache tells f() from f(9))


@cache
def _generated(seed: int) -> tuple[Case, ...]:
    """Made or read with the cyclic collector off (tests/shared.gc_paused), then kept out of every later collection
    (gc.freeze, as brandsentry.health.quiet_gc keeps a service's start-up heap): the set lives as long as the process."""
    with gc_paused():
        cases = shared(f"adversary-{seed}", lambda: held(generate(seed=seed)))
    gc.freeze()
    return cases


def _chunk_scores(seed: int, chunk: int) -> tuple[Scores, dict[tuple[str, str], int]]:
    """The scores of one chunk's classes, and where each of its cells first comes in the set (for the set's order)."""
    cases = adversary_cases(seed)
    first: dict[tuple[str, str], int] = {}
    for n, case in enumerate(cases):
        if chunk_of(case.kind) == chunk:
            first.setdefault((case.kind, case.brand), n)
    return score([c for c in cases if chunk_of(c.kind) == chunk]), first


def chunk_scores(seed: int = 9, chunks: list[int] | None = None) -> Scores:
    """The scores of `chunks` (all when None), each made once a run by whoever asks (shared_each), their cells in the
    set's order (as one score of the whole set has them)."""
    chunks = sorted(range(CHUNKS) if chunks is None else chunks, reverse=True)
    made = shared_each([f"adversary-{seed}-chunk-{c}" for c in chunks],
                       lambda name: _chunk_scores(seed, int(name.rsplit("-", 1)[1])))
    cells: dict[tuple[str, str], Tally] = {}
    first: dict[tuple[str, str], int] = {}
    for part, where in made.values():
        cells.update(part.cells)
        first.update(where)
    return Scores({key: cells[key] for key in sorted(cells, key=first.__getitem__)})


@cache
def adversary_scores(seed: int = 9) -> Scores:
    """The whole set's scores."""
    return chunk_scores(seed)


@cache
def part_tallies(shard: int, seed: int = 9) -> dict[str, Tally]:
    """The tallies per class of the classes of one part (shard_of), from its chunks only: as adversary_scores has them."""
    return chunk_scores(seed, [c for c in range(CHUNKS) if c % SHARDS == shard]).per_class


def cells(cases) -> dict[tuple[str, str], list[tuple]]:
    """Each (class, brand) cell's listings in the order drawn, as test_same_seed compares draws: everything a listing
    shows but its id, marketplace and seller (drawn from the cell's random stream after all its listings, so they
    follow how many listings a cell was asked for)."""
    out: dict[tuple[str, str], list[tuple]] = defaultdict(list)
    for c in cases:
        listing = c.listing
        out[(c.kind, c.brand)].append((listing.title, listing.description, listing.category, listing.price, listing.url,
                                       sorted(listing.attributes.items()), list(listing.images), sorted(c.expect)))
    return dict(out)


def small_draw(seed: int, kinds: tuple[str, ...] | None = None) -> dict[tuple[str, str], list[tuple]]:
    """A small draw of the generator (3 listings a class and brand), by cell. A cell's listings come from a random
    stream of its own (seed, brand, class), tried until it has its count: a smaller draw is the same draw stopped
    sooner, each cell the first listings of the same cell of a bigger draw."""
    return cells(generate(seed=seed, per_class=3, per_trap=3, kinds=kinds))


@cache
def public_scores() -> Scores:
    return score(public_cases())


def brand_table(scores: Scores) -> Table:
    per_brand = scores.per_brand
    table = Table(title=f"Adversary per brand (worst class of each brand; floor {FLOOR:.0%})")
    for column in ("brand", "listings", "recall", "precision", "quiet", "worst class", "worst"):
        table.add_column(column, justify="left" if column in ("brand", "worst class") else "right")
    rows = sorted((b for b in per_brand if b != "overall"), key=lambda b: (scores.worst(b)[1], b))
    for b in rows:
        t = per_brand[b]
        kind, value = scores.worst(b)
        table.add_row(b, str(t.listings), _pct(t.recall), _pct(t.precision), _pct(t.quiet), kind, _pct(value),
                      style="red" if value < FLOOR else None)
    t = per_brand["overall"]
    below = sum(scores.worst(b)[1] < FLOOR for b in rows)
    table.add_row("overall", str(t.listings), _pct(t.recall), _pct(t.precision), _pct(t.quiet),
                  f"{below} of {len(rows)} brands below", "", style="bold")
    return table


def class_table(scores: Scores, title: str) -> Table:
    """Per class: the tallies, and how many brands fall below the floor in that class."""
    below: dict[str, int] = defaultdict(int)
    for (kind, _), t in scores.cells.items():
        values = [t.quiet] if is_trap(kind) else [t.recall, t.precision]
        below[kind] += any(v is not None and v < FLOOR for v in values)
    below["overall"] = sum(v for k, v in below.items() if not is_stretch(k))
    return kind_table(scores.per_class, title, (f"brands < {FLOOR:.0%}", {k: str(v) for k, v in below.items()}))


def headline(scores: Scores) -> str:
    """One line: recall over the evasion classes, precision, innocent listings alerted, what is below the floor."""
    per_class = scores.per_class
    evasions = [t for k, t in per_class.items() if k in EVASIONS]
    traps = [t for k, t in per_class.items() if k in TRAPS]
    tp, fn = sum(t.true_positives for t in evasions), sum(t.false_negatives for t in evasions)
    innocent, alerted = sum(t.listings for t in traps), sum(t.false_alert_listings for t in traps)
    weak = [k for k, t in per_class.items() if k in EVASIONS and min(t.recall or 1, t.precision or 1) < FLOOR
            or k in TRAPS and (t.quiet or 1) < FLOOR]
    brands = [b for b in scores.per_brand if b != "overall"]
    return (f"evasion recall {tp / (tp + fn):.1%}, precision {per_class['overall'].precision:.1%}, "
            f"innocent listings alerted {alerted}/{innocent} ({alerted / innocent:.1%}); "
            f"classes below {FLOOR:.0%}: {len(weak)} ({', '.join(weak) or 'none'}); "
            f"brands with a class below: {sum(scores.worst(b)[1] < FLOOR for b in brands)} of {len(brands)}")


def print_adversary(console: Console, misses: bool = False, seed: int = 9) -> None:
    scores = adversary_scores(seed)
    per_class = scores.per_class
    console.print(class_table(scores, f"Matcher evaluation: the adversary's generated set (tests/eval/adversary, seed {seed}), per class"))
    console.print(f"evasion classes: {', '.join(k for k in EVASIONS if k in per_class)}; "
                  f"trap classes (quiet = share of listings with no alert): {', '.join(k for k in TRAPS if k in per_class)}; "
                  "stretch_* classes go beyond issue 9 and are held to no floor",
                  markup=False, highlight=False)
    console.print(headline(scores), markup=False, highlight=False, soft_wrap=True)
    console.print(brand_table(scores))
    public = public_scores()
    console.print(kind_table(public.per_class, "Matcher evaluation: public-report tactics (tests/eval/adversary/public.py)"))
    if misses:
        for name, s in (("adversary", scores), ("public", public)):
            for (kind, brand), t in sorted(s.cells.items()):
                for miss in t.misses:
                    console.print(f"[{name} {kind} {brand}] {miss}", markup=False, highlight=False, soft_wrap=True)
