"""What the core's module-level regular expressions cost a listing, and what `prefilter.gated` would save on each (issue 16).

    cd /tmp && PYTHONPATH=<tree> python <tree>/bench/pattern_calls.py CORPUS.jsonl --every 40 [--all 30]

Every module-level compiled pattern of services.matcher.core is replaced by a recorder; the listings (every --every-th
row of a bench.verdicts corpus on the seed registry; the first 300 warm the process) are matched and every call
(method, arguments) recorded; then each pattern's calls are replayed alone, plain and behind prefilter.gated (best
of three), and their answers compared (spans and groups). Prints the total of all patterns, the --all costliest, and
every pattern that has required words with its saving (µs a listing; negative: the gate costs more than it saves).
"""
import argparse, importlib, json, pkgutil, re, sys, time, types
from collections import defaultdict

p = argparse.ArgumentParser()
p.add_argument("corpus"); p.add_argument("--every", type=int, default=40); p.add_argument("--all", type=int, default=30)
a = p.parse_args()
from brandsentry.registry import load_registry
from schemas import Listing
import services.matcher.core as core
from services.matcher.core import MatcherIndex, prefilter

ROOT = core.__file__.rsplit("/services/", 1)[0]
for m in pkgutil.walk_packages(core.__path__, "services.matcher.core."):
    try:
        importlib.import_module(m.name)
    except Exception:
        pass
CALLS = defaultdict(list)
RECORDING = [False]


class Recorder:
    __slots__ = ("_p", "_k")

    def __init__(self, p, k):
        self._p, self._k = p, k

    def __getattr__(self, name):
        return getattr(self._p, name)

    def __hash__(self):
        return hash(self._p)

    def __eq__(self, o):
        return self._p == (o._p if isinstance(o, Recorder) else o)

    def _method(name):
        def call(self, *args, **kw):
            if RECORDING[0] and not kw:
                CALLS[self._k].append((name, args))
            return getattr(self._p, name)(*args, **kw)
        return call

    search, match, fullmatch, finditer = _method("search"), _method("match"), _method("fullmatch"), _method("finditer")
    findall, sub, subn, split = _method("findall"), _method("sub"), _method("subn"), _method("split")


recorders, patterns = {}, {}
for name, mod in list(sys.modules.items()):
    if not name.startswith("services.matcher.core") or not isinstance(mod, types.ModuleType):
        continue
    for k, v in list(vars(mod).items()):
        if isinstance(v, prefilter.Gated):
            v = v.regex  # measured plain, and gated below
        if isinstance(v, re.Pattern) and isinstance(v.pattern, str):
            if id(v) not in recorders:
                key = f"{name.split('core.')[-1]}.{k}"
                recorders[id(v)], patterns[key] = Recorder(v, key), v
            setattr(mod, k, recorders[id(v)])
idx = MatcherIndex.build(load_registry(ROOT + "/deploy/seed/registry.yaml"))
rows = []
with open(a.corpus, encoding="utf-8") as fh:
    for i, line in enumerate(fh):
        if i % a.every == 0 and (r := json.loads(line))["registry"] == "seed":
            rows.append(Listing.model_validate(r["listing"]))
for listing in rows[:300]:
    idx.match(listing)
RECORDING[0] = True
for listing in rows[300:]:
    idx.match(listing)
n = len(rows) - 300


def run(p, calls):
    t = time.process_time()
    for name, args in calls:
        r = getattr(p, name)(*args)
        if name == "finditer":
            list(r)
    return time.process_time() - t


def answers(p, calls):
    out = []
    for name, args in calls:
        r = getattr(p, name)(*args)
        if name == "finditer":
            r = [(m.span(), m.groups()) for m in r]
        elif name in ("search", "match", "fullmatch"):
            r = r and (r.span(), r.groups())
        out.append(r)
    return out


plain = {key: min(run(patterns[key], calls) for _ in range(2)) for key, calls in CALLS.items()}
print(f"{n} listings; all module-level patterns: {sum(plain.values()) * 1e6 / n:.1f} µs a listing, "
      f"{sum(map(len, CALLS.values())) / n:.1f} calls")
for key, t in sorted(plain.items(), key=lambda kv: -kv[1])[:a.all]:
    print(f"  {t * 1e6 / n:7.2f} µs {len(CALLS[key]) / n:6.2f} calls  {key}")
print("behind prefilter.gated (saved, plain -> gated, µs a listing):")
rows_out = []
for key, calls in CALLS.items():
    g = prefilter.gated(patterns[key])
    if g is patterns[key]:
        continue
    same = answers(g, calls) == answers(patterns[key], calls)
    tp, tg = min(run(patterns[key], calls) for _ in range(3)), min(run(g, calls) for _ in range(3))
    rows_out.append(((tp - tg) * 1e6 / n, tp * 1e6 / n, tg * 1e6 / n, key, same))
for d, tp, tg, key, same in sorted(rows_out, reverse=True):
    print(f"  {d:7.2f} saved {tp:7.2f} -> {tg:7.2f}  {key}{'' if same else '  ANSWERS DIFFER'}")
