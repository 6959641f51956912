"""Matcher core throughput on one core, against a naive baseline of per-brand regular expressions.

    .venv/bin/python -m bench.matcher [--brands 10,1000,100000] [--listings 20000]
    .venv/bin/python -m bench.matcher --registry demo [--listings 20000]   # the demo registry, bench.e2e's listings

For each registry size: index build time, index memory (RSS growth while building, and the
index's own estimate), listings per second through MatcherIndex.match, and the same listings
through the baseline (at large sizes on a sample, so that it finishes) with the speed ratio.
Brands and listings are synthetic but shaped like the real thing: every brand has 5-20 marks,
aliases (some Chinese) and model numbers, a price floor, an authorized seller, and some have
logo hashes; listings are marketplace titles and descriptions in which a share names a brand,
often disguised.
"""

from __future__ import annotations

import argparse
import gc
import random
import re
import time
from datetime import datetime, timezone

from rich.console import Console
from rich.table import Table

from brandsentry.registry import Registry
from schemas import (
    AuthorizedSellerFingerprint,
    Brand,
    ImageFingerprint,
    IndustryWorkingGroup,
    Listing,
    MarkFingerprint,
    ModelFingerprint,
    Money,
    PriceFloorFingerprint,
    fingerprint_id,
)
from services.matcher.core import MatcherIndex

SYLLABLES = ("ka ro mi zen tra vo lu xi bel cor dan fe gal hu in jo ke lin mo nor pa qui ras sol tem ul ver wi "
             "ya zor bri cla dro fla gre plo stri tha ven dor mar sa ti ne").split()
CJK = "安百宝贝博大达德迪鼎东尔芳飞丰福富高歌冠海禾恒红鸿华佳嘉金锦晶凯康克兰蓝乐雷力丽利莲良林龙美米明能欧品奇瑞森尚盛诗思斯泰特天通威维香欣星雅亚意英优悦云泽智中卓"
CATEGORIES = ["headphones", "sneakers", "jackets", "phones", "cosmetics", "toys", "watches", "bags", "snacks", "tools"]
WORDS = ("new wireless bluetooth genuine original sale cheap free shipping black white red blue size men women kids "
         "waterproof portable premium edition limited classic style fashion leather cotton steel pro max mini "
         "set pack bundle gift box warranty fast delivery quality best top rated model version color sport outdoor "
         "home office travel durable lightweight comfortable soft high performance battery hours charger included "
         "authentic brand official store sealed unopened used like condition excellent works perfectly").split()
CJK_WORDS = ["全新", "正品", "包邮", "热卖", "新款", "男款", "女款", "耳机", "外套", "手机", "限量", "现货", "特价"]


def _name(rng: random.Random, syllables: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(syllables)).capitalize()


def synthetic_registry(n_brands: int, seed: int = 7) -> Registry:
    """n brands with 5-20 marks, aliases and model numbers each; a third with logo hashes.

    Names are made of syllables, unique across the registry, so the fuzzy index sees as many
    distinct words as a real registry would."""
    rng = random.Random(seed)
    used: set[str] = set()

    def unique_name(low: int, high: int) -> str:
        while True:
            candidate = _name(rng, rng.randint(low, high))
            if candidate not in used and len(candidate) >= 4:
                used.add(candidate)
                return candidate

    now = datetime(2025, 1, 1, tzinfo=timezone.utc)
    reg = Registry(working_groups={"bench": IndustryWorkingGroup(id="bench", name="Bench")})
    for b in range(n_brands):
        brand_id = f"brand-{b:06d}"
        name = unique_name(2, 4)
        aliases = ["".join(rng.choice(CJK) for _ in range(rng.randint(2, 4)))] if rng.random() < 0.5 else []
        reg.brands[brand_id] = Brand(id=brand_id, name=name, iwg="bench", aliases=aliases,
                                     categories=[rng.choice(CATEGORIES)])
        marks = [name] + [f"{name} {_name(rng, 2)}" if rng.random() < 0.3 else unique_name(2, 4)
                          for _ in range(rng.randint(1, 5))]
        models = [f"{rng.choice('ABCDEFGHKLMNPQRSTVWXZ')}{rng.choice('ABCDEFGHKLMNPQRSTVWXZ')}-{rng.randint(100, 99999)}{rng.choice(['', 'X', 'M5', 'PRO'])}"
                  for _ in range(rng.randint(5, 20) - len(marks) - len(aliases))]
        fps = []
        for value in marks + aliases:
            fps.append(MarkFingerprint.model_construct(id=fingerprint_id(brand_id, "mark", value), brand_id=brand_id, value=value,
                                                       everyday_word=False, version=1, active=True, updated_at=now, kind="mark"))
        for value in models:
            fps.append(ModelFingerprint.model_construct(id=fingerprint_id(brand_id, "model", value), brand_id=brand_id, value=value, name="",
                                                        price_floor=Money(amount=rng.randint(20, 900), currency="USD"),
                                                        version=1, active=True, updated_at=now, kind="model"))
        fps.append(PriceFloorFingerprint.model_construct(id=fingerprint_id(brand_id, "price_floor", "*"), brand_id=brand_id, category=None,
                                                         floor=Money(amount=rng.randint(10, 300), currency="USD"),
                                                         version=1, active=True, updated_at=now, kind="price_floor"))
        fps.append(AuthorizedSellerFingerprint.model_construct(id=fingerprint_id(brand_id, "authorized_seller", brand_id), brand_id=brand_id,
                                                               marketplace="amazon", seller_id=f"{brand_id}-official", name="",
                                                               version=1, active=True, updated_at=now, kind="authorized_seller"))
        if rng.random() < 0.33:
            for _ in range(rng.randint(1, 2)):
                h = f"{rng.getrandbits(64):016x}"
                fps.append(ImageFingerprint.model_construct(id=fingerprint_id(brand_id, "image", h), brand_id=brand_id, label="logo",
                                                            algorithm="phash", hash=h, max_distance=10,
                                                            version=1, active=True, updated_at=now, kind="image"))
        for fp in fps:
            reg.fingerprints[fp.id] = fp
    return reg


def _disguise(rng: random.Random, mark: str) -> str:
    trick = rng.random()
    if trick < 0.5:
        return mark
    if trick < 0.65:
        return mark.replace("o", "0").replace("e", "3")
    if trick < 0.8:
        return ".".join(mark)
    i = rng.randrange(1, len(mark))
    return mark[:i] + mark[i + 1:] if len(mark) > 5 else mark + mark[-1]


def synthetic_listings(reg: Registry, n: int, seed: int = 11) -> list[Listing]:
    """~6% name a brand (half of those disguised), ~2% a model number, ~8% are Chinese (a quarter of
    those name a brand), ~30% carry a pHash (a tenth of those a registered logo)."""
    rng = random.Random(seed)
    marks = [fp for fp in reg.fingerprints.values() if isinstance(fp, MarkFingerprint)]
    models = [fp for fp in reg.fingerprints.values() if isinstance(fp, ModelFingerprint)]
    images = [fp for fp in reg.fingerprints.values() if isinstance(fp, ImageFingerprint)]
    now = datetime(2025, 1, 1, tzinfo=timezone.utc)
    out = []
    for i in range(n):
        title = [rng.choice(WORDS) for _ in range(rng.randint(5, 10))]
        description = [rng.choice(WORDS) for _ in range(rng.randint(15, 30))]
        r = rng.random()
        if r < 0.06:
            title.insert(rng.randrange(len(title)), _disguise(rng, rng.choice(marks).value))
        elif r < 0.08:
            title.insert(rng.randrange(len(title)), rng.choice(models).value)
        elif r < 0.16:
            title = [rng.choice(CJK_WORDS) for _ in range(4)] + ([rng.choice(marks).value] if r < 0.10 else [])
        phash = None
        if rng.random() < 0.3:
            phash = rng.choice(images).hash if images and rng.random() < 0.1 else f"{rng.getrandbits(64):016x}"
        out.append(Listing(
            marketplace=rng.choice(["amazon", "ebay", "taobao"]), listing_id=str(i), title=" ".join(title)[:1000],
            description=" ".join(description), price=Money(amount=round(rng.uniform(3, 500), 2), currency="USD"),
            seller={"id": f"seller-{rng.randrange(5000)}"}, category=rng.choice(CATEGORIES),
            images=[{"phash": phash}] if phash else [], observed_at=now,
        ))
    return out


class NaiveBaseline:
    """What one would write first: a case-insensitive regex per brand, tried on every listing."""

    def __init__(self, reg: Registry) -> None:
        terms: dict[str, list[str]] = {}
        for fp in reg.fingerprints.values():
            if isinstance(fp, (MarkFingerprint, ModelFingerprint)):
                terms.setdefault(fp.brand_id, []).append(re.escape(fp.value))
        self.patterns = [(brand, re.compile(rf"(?<!\w)(?:{'|'.join(ts)})(?!\w)", re.IGNORECASE)) for brand, ts in terms.items()]

    def match(self, listing: Listing) -> list[str]:
        text = f"{listing.title}\n{listing.description}"
        return [brand for brand, pattern in self.patterns if pattern.search(text)]


def _rss_bytes() -> int:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * 4096


def _rate(fn, items: list) -> float:
    started = time.perf_counter()
    for item in items:
        fn(item)
    return len(items) / (time.perf_counter() - started)


def run(n_brands: int, n_listings: int, baseline_budget_s: float = 8.0) -> dict:
    reg = synthetic_registry(n_brands)
    listings = synthetic_listings(reg, n_listings)
    gc.collect()
    rss_before = _rss_bytes()
    started = time.perf_counter()
    index = MatcherIndex.build(reg)
    build_s = time.perf_counter() - started
    gc.collect()
    rss_growth = _rss_bytes() - rss_before
    index.match(listings[0])  # warm the per-character fold tables
    # As a worker would: move the registry and the index out of the collector's way, so that
    # collections triggered by per-listing garbage do not walk millions of long-lived objects.
    gc.freeze()
    rate = _rate(index.match, listings)
    gc.unfreeze()
    matched = sum(1 for listing in listings[:2000] if index.match(listing))
    baseline = NaiveBaseline(reg)
    probe = max(5, int(baseline_budget_s * _rate(baseline.match, listings[:3])))
    sample = listings[: min(len(listings), probe)]
    baseline_rate = _rate(baseline.match, sample)
    stats = index.stats()
    return {
        "brands": n_brands, "fingerprints": stats["fingerprints"], "patterns": stats["patterns"],
        "build_s": build_s, "rss_mib": rss_growth / 2**20, "estimate_mib": stats["approx_memory_bytes"] / 2**20,
        "rate": rate, "listings": len(listings), "alerting_share": matched / min(2000, len(listings)),
        "baseline_rate": baseline_rate, "baseline_sample": len(sample),
    }


def demo_run(n_listings: int) -> dict:
    """The demo registry (deploy/seed/registry.yaml, 54 brands) and bench.e2e's listings (the demo feed with fresh
    ids, repeated): what the matcher service does per listing, a third of which name a brand."""
    from bench.e2e import SEED, listings as e2e_listings
    from brandsentry.registry import load_registry

    reg = load_registry(SEED / "registry.yaml")
    listings = [Listing.model_validate_json(value) for _, value in e2e_listings(n_listings, "bench-matcher")]
    gc.collect()
    rss_before = _rss_bytes()
    started = time.perf_counter()
    index = MatcherIndex.build(reg)
    build_s = time.perf_counter() - started
    rss_growth = _rss_bytes() - rss_before
    for listing in listings[:400]:  # warm the fold tables and the token caches, as a running worker has them
        index.match(listing)
    gc.freeze()
    rate = _rate(index.match, listings)
    gc.unfreeze()
    matched = sum(1 for listing in listings[:2000] if index.match(listing))
    baseline = NaiveBaseline(reg)
    baseline_rate = _rate(baseline.match, listings[:2000])
    stats = index.stats()
    return {
        "brands": len(reg.brands), "fingerprints": stats["fingerprints"], "patterns": stats["patterns"],
        "build_s": build_s, "rss_mib": rss_growth / 2**20, "estimate_mib": stats["approx_memory_bytes"] / 2**20,
        "rate": rate, "listings": len(listings), "alerting_share": matched / min(2000, len(listings)),
        "baseline_rate": baseline_rate, "baseline_sample": min(2000, len(listings)),
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--brands", default="10,1000,100000")
    parser.add_argument("--listings", type=int, default=20000)
    parser.add_argument("--registry", choices=["synthetic", "demo"], default="synthetic",
                        help="demo: the demo registry and bench.e2e's listings instead of the synthetic sizes")
    args = parser.parse_args(argv if argv is not None else [])
    console = Console(width=150)
    table = Table(title="Matcher core, one core, no Kafka (python -m bench.matcher)")
    for column in ("brands", "fingerprints", "patterns", "build s", "index MiB (RSS / est.)", "listings/s",
                   "alerting", "baseline listings/s (sample)", "speed-up"):
        table.add_column(column, justify="right")
    sizes = ["demo"] if args.registry == "demo" else [int(x) for x in args.brands.split(",")]
    for n in sizes:
        with console.status(f"{n} brands ..." if n == "demo" else f"{n:,} brands ..."):
            r = demo_run(args.listings) if n == "demo" else run(n, args.listings)
        table.add_row(f"{r['brands']:,}", f"{r['fingerprints']:,}", f"{r['patterns']:,}", f"{r['build_s']:.1f}",
                      f"{r['rss_mib']:.0f} / {r['estimate_mib']:.0f}", f"{r['rate']:,.0f}", f"{r['alerting_share']:.0%}",
                      f"{r['baseline_rate']:,.1f} ({r['baseline_sample']:,})", f"{r['rate'] / r['baseline_rate']:,.0f}x")
    console.print(table)


if __name__ == "__main__":
    import sys

    main(sys.argv[1:])
