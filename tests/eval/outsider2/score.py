#!/usr/bin/env python3
"""Score set.jsonl through BrandSentry's `brandsentry backtest`, as a user runs it.

usage: score.py [--tree DIR] [--set set.jsonl] [--misses] [--save results.json] [--compare other.json]

--tree     the checkout whose code and deploy/seed/registry.yaml are used (default: this checkout); the
           interpreter is the one running this script, with PYTHONPATH=DIR, so a git worktree can be scored.
--misses   list the counterfeit listings missed and the innocent listings alerted.
--save     write per-class results (JSON) for a later --compare.
--compare  print this run's per-class table beside a saved one.

Counts: a counterfeit listing is found when its expected brand is among the backtest's matches; precision
is correct alerts / all alerts (an alert on an innocent listing, or on another brand than expected, is false);
"innocents alerted" counts innocent listings with any alert.
"""
import argparse
import collections
import json
import os
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))  # the checkout this file is in
PY = sys.executable


def run_backtest(tree, listings):
    with tempfile.NamedTemporaryFile("w", suffix=".ndjson", delete=False) as f:
        for d in listings:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
        path = f.name
    env = dict(os.environ, PYTHONPATH=tree)
    cmd = [PY, "-c", "import sys; sys.argv[0]='brandsentry'; from brandsentry.cli import app; app()",
           "backtest", "--registry", os.path.join(tree, "deploy/seed/registry.yaml"), "--listings", path]
    t = time.time()
    p = subprocess.run(cmd, cwd=tree, env=env, capture_output=True, text=True)
    os.unlink(path)
    if p.returncode != 0:
        sys.exit("backtest failed (%d): %s" % (p.returncode, p.stderr[-2000:]))
    matches = collections.defaultdict(dict)
    for line in p.stdout.splitlines():
        if line.strip():
            m = json.loads(line)
            matches[m["listing_key"]][m["brand_id"]] = m
    return matches, p.stderr, time.time() - t


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tree", default=ROOT)
    ap.add_argument("--set", default=os.path.join(HERE, "set.jsonl"))
    ap.add_argument("--misses", action="store_true")
    ap.add_argument("--save")
    ap.add_argument("--compare")
    a = ap.parse_args()

    rows = [json.loads(l) for l in open(a.set, encoding="utf-8") if l.strip()]
    listings = [{k: v for k, v in r.items() if not k.startswith("_")} for r in rows]
    matches, stderr, secs = run_backtest(a.tree, listings)
    head = subprocess.run(["git", "-C", a.tree, "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
    invalid = [l for l in stderr.splitlines() if "invalid" in l.lower() or "line" in l.lower()]

    cls = collections.OrderedDict()
    tot = collections.Counter()
    misses = []
    for r in rows:
        key = "%s:%s" % (r["marketplace"], r["listing_id"])
        got = matches.get(key, {})
        c = cls.setdefault(r["_class"], collections.Counter(kind=0))
        c["n"] += 1
        c["brands"] = 0
        if r["_kind"] == "counterfeit":
            c["cf"] += 1
            tot["cf"] += 1
            if r["_brand"] in got:
                c["hit"] += 1
                tot["hit"] += 1
                tot["alerts_ok"] += 1
            else:
                misses.append(("MISS", r, got))
            wrong = [b for b in got if b != r["_brand"]]
        else:
            c["inn"] += 1
            tot["inn"] += 1
            wrong = list(got)
            if got:
                c["inn_alerted"] += 1
                tot["inn_alerted"] += 1
                misses.append(("FALSE", r, got))
        c["false"] += len(wrong)
        tot["false"] += len(wrong)
        if wrong and r["_kind"] == "counterfeit":
            misses.append(("WRONG-BRAND", r, {b: got[b] for b in wrong}))

    alerts = tot["alerts_ok"] + tot["false"]
    res = {"commit": head, "tree": a.tree, "listings": len(rows), "counterfeit": tot["cf"], "innocent": tot["inn"],
           "recall": tot["hit"] / tot["cf"] if tot["cf"] else None,
           "precision": tot["alerts_ok"] / alerts if alerts else None,
           "innocents_alerted": tot["inn_alerted"], "false_alerts": tot["false"], "seconds": round(secs, 1),
           "classes": {k: {"kind": "counterfeit" if v["cf"] else "innocent", "n": v["n"],
                           "recall": (v["hit"] / v["cf"]) if v["cf"] else None,
                           "alerted": v["inn_alerted"] if v["inn"] else None, "false": v["false"]}
                       for k, v in cls.items()}}
    other = json.load(open(a.compare)) if a.compare else None

    print("commit %s (%s): %d listings (%d counterfeit, %d innocent), backtest %.1f s" %
          (head, a.tree, len(rows), tot["cf"], tot["inn"], secs))
    if invalid:
        print("backtest stderr lines mentioning invalid/line:", *invalid[:5], sep="\n  ")
    print()
    print("| | recall | precision | innocents alerted | false alerts |")
    print("|---|---|---|---|---|")
    if other:
        print("| %s | %.1f%% | %.1f%% | %d / %d | %d |" % (other["commit"], 100 * other["recall"], 100 * other["precision"],
                                                       other["innocents_alerted"], other["innocent"], other["false_alerts"]))
    print("| %s | %.1f%% (%d/%d) | %.1f%% | %d / %d | %d |" % (head, 100 * res["recall"], tot["hit"], tot["cf"],
                                                           100 * res["precision"], tot["inn_alerted"], tot["inn"], tot["false"]))
    print()
    if other:
        print("| class | kind | n | %s recall / alerted | %s recall / alerted | %s false | %s false |" % (
            other["commit"], head, other["commit"], head))
        print("|---|---|---|---|---|---|---|")
    else:
        print("| class | kind | n | recall (counterfeit) / alerted (innocent) | false alerts |")
        print("|---|---|---|---|---|")

    def cell(c):
        if c is None:
            return "—"
        return "%.0f%%" % (100 * c["recall"]) if c["kind"] == "counterfeit" else "%d alerted" % c["alerted"]

    order = sorted(res["classes"].items(), key=lambda kv: (kv[1]["kind"] != "counterfeit",
                                                          kv[1]["recall"] if kv[1]["recall"] is not None else -kv[1]["alerted"], kv[0]))
    for k, c in order:
        if other:
            o = other["classes"].get(k)
            print("| %s | %s | %d | %s | %s | %s | %d |" % (k, c["kind"], c["n"], cell(o), cell(c),
                                                          o["false"] if o else "—", c["false"]))
        else:
            print("| %s | %s | %d | %s | %d |" % (k, c["kind"], c["n"], cell(c), c["false"]))

    if a.save:
        json.dump(res, open(a.save, "w"), indent=1)
    if a.misses:
        print("\n## misses and false alerts")
        for tag, r, got in misses:
            sig = "; ".join("%s %.2f [%s]" % (b, m["score"], ",".join(sorted({s["rule"] for s in m["signals"] if s["weight"]})))
                            for b, m in got.items())
            print("%-11s %-26s exp=%-15s %s | %s || %s" % (tag, r["_class"], r["_brand"], r["listing_id"],
                                                          r["title"][:100], sig))


if __name__ == "__main__":
    main()
