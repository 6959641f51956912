#!/usr/bin/env python3
"""Score a BrandSentry checkout on the outsider-3 held-out set.

    python3 score.py --tree /path/to/checkout [--set set.jsonl] [--save out.json]
                     [--compare baseline.json] [--misses] [--python /work/main/.venv/bin/python]

Runs `brandsentry backtest --registry <tree>/deploy/seed/registry.yaml --listings <tmp>` with the
project's venv python, cwd=<tree> and PYTHONPATH=<tree> (so the tree's own code is imported),
on the set with its "_label" fields stripped (the Listing schema forbids extra fields).

Definitions
  counterfeit found   its expected brand is among the brands the backtest matched for it
  recall              found / counterfeit listings
  false alert         a (listing, brand) match that is not (counterfeit listing, its expected brand):
                      any match on an innocent listing, or a different brand on a counterfeit one
  precision           correct matches / all matches
  innocents alerted   innocent listings with at least one match
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent


def run_backtest(tree: Path, rows: list[dict], python: str) -> tuple[dict[str, set[str]], str]:
    with tempfile.TemporaryDirectory() as td:
        lp = Path(td) / "listings.ndjson"
        with lp.open("w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps({k: v for k, v in r.items() if k != "_label"}, ensure_ascii=False) + "\n")
        env = dict(os.environ, PYTHONPATH=str(tree))
        cmd = [python, "-c", "import sys; from brandsentry.cli import app; sys.argv[0]='brandsentry'; sys.exit(app())",
               "backtest", "--registry", str(tree / "deploy/seed/registry.yaml"), "--listings", str(lp)]
        p = subprocess.run(cmd, cwd=tree, env=env, capture_output=True, text=True)
        if p.returncode != 0:
            sys.exit(f"backtest failed ({p.returncode}):\n{p.stderr[-4000:]}")
    hits: dict[str, set[str]] = defaultdict(set)
    for line in p.stdout.splitlines():
        line = line.strip()
        if not line:
            continue
        m = json.loads(line)
        lid = m.get("listing", {}).get("listing_id") or m["listing_key"].split(":", 1)[1]
        hits[lid].add(m["brand_id"])
    return hits, p.stderr


def score(rows, hits):
    cls = defaultdict(lambda: {"kind": "", "n": 0, "found": 0, "alerted": 0, "false": 0, "wrong_brand": 0})
    tot = dict(cf=0, found=0, inn=0, inn_alerted=0, correct=0, matches=0, wrong_brand=0, inn_false=0)
    brand = defaultdict(lambda: {"n": 0, "found": 0})
    per_listing = {}
    for r in rows:
        lab = r["_label"]
        lid = r["listing_id"]
        got = hits.get(lid, set())
        c = cls[lab["class"]]
        c["kind"] = lab["kind"]
        c["n"] += 1
        tot["matches"] += len(got)
        if lab["kind"] == "counterfeit":
            tot["cf"] += 1
            exp = lab["expected_brand"]
            ok = exp in got
            wrong = len(got - {exp})
            c["found"] += ok
            c["wrong_brand"] += wrong
            c["false"] += wrong
            tot["found"] += ok
            tot["correct"] += ok
            tot["wrong_brand"] += wrong
            brand[exp]["n"] += 1
            brand[exp]["found"] += ok
        else:
            tot["inn"] += 1
            c["alerted"] += bool(got)
            c["false"] += len(got)
            tot["inn_alerted"] += bool(got)
            tot["inn_false"] += len(got)
        per_listing[lid] = sorted(got)
    recall = tot["found"] / tot["cf"] if tot["cf"] else 0.0
    precision = tot["correct"] / tot["matches"] if tot["matches"] else 1.0
    return {"totals": dict(tot, recall=round(recall, 4), precision=round(precision, 4),
                           false_alerts=tot["matches"] - tot["correct"]),
            "classes": {k: dict(v) for k, v in sorted(cls.items())},
            "brands": {k: dict(v) for k, v in sorted(brand.items())},
            "listings": per_listing}


def pct(a, b):
    return f"{100 * a / b:5.1f}%" if b else "   - "


def show(res, base=None, rows=None, misses=False):
    t = res["totals"]
    bt = base["totals"] if base else None

    def delta(k, fmt="{:+.1f}", scale=100):
        return f" ({fmt.format((t[k] - bt[k]) * scale)})" if bt else ""

    print(f"counterfeit listings {t['cf']}, innocent listings {t['inn']}")
    print(f"recall     {100 * t['recall']:.1f}%{delta('recall')}   ({t['found']}/{t['cf']})")
    print(f"precision  {100 * t['precision']:.1f}%{delta('precision')}   ({t['correct']}/{t['matches']} matches correct)")
    print(f"innocents alerted {t['inn_alerted']}/{t['inn']}" + (f" (was {bt['inn_alerted']})" if bt else ""))
    print(f"wrong-brand alerts on counterfeit listings {t['wrong_brand']}" + (f" (was {bt['wrong_brand']})" if bt else ""))
    print(f"false alerts (listing, brand) total {t['false_alerts']}" + (f" (was {bt['false_alerts']})" if bt else ""))
    print()
    print("| counterfeit class | n | found | recall | wrong-brand |" + (" baseline recall |" if base else ""))
    print("|---|---|---|---|---|" + ("---|" if base else ""))
    for k, c in res["classes"].items():
        if c["kind"] != "counterfeit":
            continue
        extra = ""
        if base:
            b = base["classes"].get(k)
            extra = f" {pct(b['found'], b['n'])} |" if b else " - |"
        print(f"| {k} | {c['n']} | {c['found']} | {pct(c['found'], c['n'])} | {c['wrong_brand']} |{extra}")
    print()
    print("| innocent class | n | alerted | false alerts | quiet |" + (" baseline alerted |" if base else ""))
    print("|---|---|---|---|---|" + ("---|" if base else ""))
    for k, c in res["classes"].items():
        if c["kind"] != "innocent":
            continue
        extra = ""
        if base:
            b = base["classes"].get(k)
            extra = f" {b['alerted']} |" if b else " - |"
        print(f"| {k} | {c['n']} | {c['alerted']} | {c['false']} | {pct(c['n'] - c['alerted'], c['n'])} |{extra}")
    print()
    low = [(k, v) for k, v in res["brands"].items() if v["n"] and v["found"] / v["n"] < 0.5]
    print("brands below 50% recall: " + (", ".join(f"{k} {v['found']}/{v['n']}" for k, v in low) or "none"))
    if misses and rows:
        print("\nmisses and false alerts:")
        for r in rows:
            lab = r["_label"]
            got = set(res["listings"].get(r["listing_id"], []))
            if lab["kind"] == "counterfeit" and lab["expected_brand"] not in got:
                print(f"  MISS  {lab['class']:32} {lab['expected_brand']:16} {r['title'][:90]!r}")
            elif got - {lab["expected_brand"]}:
                print(f"  FALSE {lab['class']:32} {','.join(sorted(got - {lab['expected_brand']})):16} {r['title'][:90]!r}")
    if base:
        changed = [lid for lid in res["listings"] if set(res["listings"][lid]) != set(base["listings"].get(lid, []))]
        print(f"\nlistings whose matched brands changed against the baseline: {len(changed)}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tree", required=True, type=Path)
    ap.add_argument("--set", default=HERE / "set.jsonl", type=Path)
    ap.add_argument("--python", default="/work/main/.venv/bin/python")
    ap.add_argument("--save", type=Path)
    ap.add_argument("--compare", type=Path)
    ap.add_argument("--misses", action="store_true")
    a = ap.parse_args()
    tree = a.tree.resolve()
    rows = [json.loads(l) for l in a.set.read_text(encoding="utf-8").splitlines() if l.strip()]
    hits, stderr = run_backtest(tree, rows, a.python)
    bad = [l for l in stderr.splitlines() if l.strip().startswith("line ")]
    if bad:
        print(f"backtest rejected {len(bad)} lines:\n" + "\n".join(bad[:20]), file=sys.stderr)
    res = score(rows, hits)
    try:
        commit = subprocess.run(["git", "-C", str(tree), "rev-parse", "HEAD"], capture_output=True, text=True).stdout.strip()
    except Exception:
        commit = ""
    res["tree"] = str(tree)
    res["commit"] = commit
    base = json.loads(a.compare.read_text()) if a.compare else None
    print(f"tree {tree} commit {commit[:12]}" + (f"; baseline {base.get('commit', '')[:12]}" if base else ""))
    show(res, base, rows, a.misses)
    if a.save:
        a.save.write_text(json.dumps(res, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
