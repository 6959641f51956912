"""CPU ms a listing of MatcherIndex.match on a sample of a bench.verdicts corpus, overall and per stage (issue 16).

    cd /tmp && PYTHONPATH=<tree> python <this tree>/bench/stages.py CORPUS.jsonl --every 40 --offset 7 --warm 3000 --stages

The sample: every --every-th listing (from --offset) of the corpus rows whose set starts with --sets (default
"adversary"), on deploy/seed/registry.yaml of the tree on PYTHONPATH; --warm other listings of the same rows are matched
first (steady state: the per-process memos and lazily compiled patterns made), then the collector is frozen and off.
--stages wraps the index's stage methods (detectors, context evidence, cues, trade, community, fair price, the other
fields' reader, ListingText) with time.process_time: nested stages count in their callers too. --cprofile FILE writes
a cProfile of the timed loop. Run it for two trees in turn, several rounds, and compare medians (a shared machine).
"""
import argparse, gc, json, sys, time
from collections import defaultdict
p = argparse.ArgumentParser()
p.add_argument("corpus"); p.add_argument("--every", type=int, default=4); p.add_argument("--offset", type=int, default=0)
p.add_argument("--warm", type=int, default=2000); p.add_argument("--cprofile"); p.add_argument("--stages", action="store_true")
p.add_argument("--sets", default="adversary")
a = p.parse_args()
from brandsentry.registry import load_registry
from schemas import Listing
import services.matcher.core as core
from services.matcher.core import MatcherIndex
from services.matcher.core import index as ix
ROOT = core.__file__.rsplit("/services/", 1)[0]
print("core:", core.__file__, file=sys.stderr)
idx = MatcherIndex.build(load_registry(ROOT + "/deploy/seed/registry.yaml"))
rows = []; warm = []
k = 0
with open(a.corpus, encoding="utf-8") as fh:
    for line in fh:
        row = json.loads(line)
        if not row["set"].startswith(a.sets) or row["registry"] != "seed":
            continue
        k += 1
        if (k - a.offset) % a.every == 0:
            rows.append(Listing.model_validate(row["listing"]))
        elif (k - a.offset) % a.every == a.every // 2 and len(warm) < a.warm:
            warm.append(Listing.model_validate(row["listing"]))
for l in warm:
    idx.match(l)
gc.collect(); gc.freeze(); gc.disable()
T = defaultdict(float)
if a.stages:
    def wrap(obj, name, label):
        f = getattr(obj, name)
        def w(*args, **kw):
            t = time.process_time()
            try:
                return f(*args, **kw)
            finally:
                T[label] += time.process_time() - t
        setattr(obj, name, w)
    wrap(idx, "_identity_evidence", "detectors (_identity_evidence)")
    wrap(idx._judge, "read", "judge.read")
    wrap(idx, "_cue_evidence", "cues")
    wrap(idx, "_trade_evidence", "trade")
    wrap(idx, "_community_evidence", "community")
    wrap(idx, "_context_evidence", "context_evidence")
    wrap(idx, "_fair_price", "fair_price")
    wrap(idx, "score_listing", "score_listing (all)")
    wrap(idx._other_fields, "evidence", "other fields")
    orig_lt = ix.ListingText
    def LT(*args, **kw):
        t = time.process_time()
        try:
            return orig_lt(*args, **kw)
        finally:
            T["ListingText()"] += time.process_time() - t
    ix.ListingText = LT
prof = None
if a.cprofile:
    import cProfile; prof = cProfile.Profile(); prof.enable()
t = time.process_time(); w = time.perf_counter()
n_alerts = 0
for l in rows:
    n_alerts += len(idx.match(l))
cpu = time.process_time() - t; wall = time.perf_counter() - w
if prof:
    prof.disable(); prof.dump_stats(a.cprofile)
print(f"{len(rows)} listings, {n_alerts} alerts, CPU {cpu*1e3/len(rows):.3f} ms a listing, wall {wall*1e3/len(rows):.3f}")
for k2, v in sorted(T.items(), key=lambda kv: -kv[1]):
    print(f"  {k2:40s} {v*1e3/len(rows):.3f} ms")
