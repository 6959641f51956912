#!/usr/bin/env python3
"""Per-class table baseline vs final for report.md (python3 make_report_tables.py baseline.json final.json)."""
import json, sys
b, f = (json.load(open(p, encoding="utf-8")) for p in sys.argv[1:3])
def pct(x): return f"{100*x:.1f} %"
tb, tf = b["totals"], f["totals"]
G = {"in_used_genuine_resale", "in_broken_for_parts", "in_installment_rental_price", "in_retail_fair_price", "in_vehicles_used", "in_licensed_collab", "in_free_giveaways", "in_vintage_ads_ephemera"}
def inn(res, genuine):
    return sum(c["alerted"] for k, c in res["classes"].items() if c["kind"] == "innocent" and (k in G) == genuine), \
           sum(c["n"] for k, c in res["classes"].items() if c["kind"] == "innocent" and (k in G) == genuine)
def prec_ng(res):
    t = res["totals"]
    return t["correct_alerts"] / max(1, t["alerts"] - sum(c["false_alerts"] for k, c in res["classes"].items() if k in G))
print("| | baseline 2f50b8b | final " + f["meta"].get("commit", "")[:7] + " |\n|---|---|---|")
print(f"| recall | {pct(tb['recall'])} ({tb['found']}/{tb['counterfeit']}) | {pct(tf['recall'])} ({tf['found']}/{tf['counterfeit']}) |")
print(f"| precision | {pct(tb['precision'])} ({tb['correct_alerts']}/{tb['alerts']}) | {pct(tf['precision'])} ({tf['correct_alerts']}/{tf['alerts']}) |")
print(f"| precision without genuine-goods alerts | {pct(prec_ng(b))} | {pct(prec_ng(f))} |")
print(f"| innocent listings alerted | {tb['innocent_alerted']}/{tb['innocent']} | {tf['innocent_alerted']}/{tf['innocent']} |")
a, n = inn(b, False); a2, _ = inn(f, False)
print(f"| of which outside genuine-goods classes | {a}/{n} | {a2}/{n} |")
a, n = inn(b, True); a2, _ = inn(f, True)
print(f"| of which genuine-goods classes | {a}/{n} | {a2}/{n} |")
print(f"| wrong-brand alerts | {tb['wrong_brand']} | {tf['wrong_brand']} |")
print()
print("| class | n | baseline | final |\n|---|---:|---:|---:|")
for k, c in sorted(f["classes"].items(), key=lambda kv: (kv[1]["kind"], kv[1]["found"] / kv[1]["n"] if kv[1]["kind"] == "counterfeit" else -kv[1]["alerted"], kv[0])):
    o = b["classes"][k]
    if c["kind"] == "counterfeit":
        print(f"| {k} | {c['n']} | {o['found']}/{o['n']} | **{c['found']}/{c['n']}** |")
    else:
        print(f"| {k} | {c['n']} | {o['alerted']} alerted | **{c['alerted']} alerted** |")
