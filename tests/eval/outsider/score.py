"""Score tests/eval/outsider/set.jsonl with `brandsentry backtest` (offline, no servers).

  .venv/bin/python tests/eval/outsider/score.py [--registry deploy/seed/registry.yaml] [--misses]

An evasion is caught when its expected brand alerts; an innocent listing is a false alert when any
brand alerts; an evasion that also alerts another brand counts one wrong-brand alert.
Precision = caught / (caught + innocent false alerts + wrong-brand alerts).
"""
from __future__ import annotations

import argparse
import collections
import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).parent
ROOT = HERE.parents[2]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--registry", default=str(ROOT / "deploy/seed/registry.yaml"))
    ap.add_argument("--set", default=str(HERE / "set.jsonl"))
    ap.add_argument("--misses", action="store_true", help="print every miss and false alert")
    ap.add_argument("--json", help="write per-listing results here")
    a = ap.parse_args()
    recs = [json.loads(line) for line in open(a.set, encoding="utf-8")]
    with tempfile.NamedTemporaryFile("w", suffix=".ndjson", delete=False, encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r["listing"], ensure_ascii=False) + "\n")
        path = f.name
    p = subprocess.run([str(ROOT / ".venv/bin/brandsentry"), "backtest", "--registry", a.registry, "--listings", path],
                       capture_output=True, text=True, cwd=ROOT)
    Path(path).unlink()
    if p.returncode != 0:
        sys.exit(f"backtest failed: {p.stderr[-2000:]}")
    alerts: dict[str, dict[str, float]] = collections.defaultdict(dict)
    for line in p.stdout.splitlines():
        if line.strip():
            m = json.loads(line)
            alerts[m["listing_key"]][m["brand_id"]] = m["score"]
    print(p.stderr.strip().splitlines()[-1] if p.stderr.strip() else "", file=sys.stderr)
    rows = collections.defaultdict(lambda: collections.Counter())
    out = []
    for r in recs:
        L = r["listing"]
        got = alerts.get(f"{L['marketplace']}:{L['listing_id']}", {})
        c = rows[r["class"]]
        c["n"] += 1
        res = {"class": r["class"], "expect": r["expect"], "got": got, "title": L["title"], "category": L["category"],
               "price": L.get("price"), "cat_style": r["cat_style"], "lang": r["lang"]}
        if r["kind"] == "evasion":
            ok = r["expect"] in got
            c["tp" if ok else "fn"] += 1
            wrong = [b for b in got if b != r["expect"]]
            c["wrong"] += len(wrong)
            res["outcome"] = "caught" if ok else "missed"
            for k in ("cat_style", "lang"):
                rows[f"~by {k}={r[k]}"]["n"] += 1
                rows[f"~by {k}={r[k]}"]["tp" if ok else "fn"] += 1
        else:
            c["fp" if got else "tn"] += 1
            res["outcome"] = "false_alert" if got else "quiet"
        out.append(res)
    tot = collections.Counter()
    for k, c in rows.items():
        if not k.startswith("~"):
            tot.update(c)
    tp, fn, fp, wrong = tot["tp"], tot["fn"], tot["fp"], tot["wrong"]
    print(f"listings {len(recs)}: evasions {tp + fn}, innocent {fp + tot['tn']}")
    print(f"recall {tp / (tp + fn):.3f}   precision {tp / max(1, tp + fp + wrong):.3f}   "
          f"innocent listings alerted {fp}/{fp + tot['tn']} ({fp / max(1, fp + tot['tn']):.1%})   wrong-brand alerts on evasions {wrong}")
    print("\n| class | n | recall | precision | wrong-brand alerts / innocent false alerts |\n|---|---|---|---|---|")
    for k in sorted(rows):
        c = rows[k]
        if c["tp"] + c["fn"]:
            prec = c["tp"] / max(1, c["tp"] + c["wrong"])
            print(f"| {k} | {c['n']} | {c['tp'] / (c['tp'] + c['fn']):.2f} | {prec:.2f} | {c['wrong']} |")
        else:
            print(f"| {k} | {c['n']} | — | — | {c['fp']}/{c['n']} alerted ({c['fp'] / c['n']:.0%}) |")
    if a.misses:
        for res in out:
            if res["outcome"] in ("missed", "false_alert") or (res["outcome"] == "caught" and len(res["got"]) > 1):
                pr = res["price"]
                print(f"{res['outcome']:11} {res['class']:30} exp={res['expect']} got={res['got']} [{res['category']}, "
                      f"{pr['amount'] if pr else '-'} {pr['currency'] if pr else ''}] {res['title']!r}")
    if a.json:
        Path(a.json).write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
