#!/usr/bin/env python3
"""Tables for report.md: start vs final, per class and per language, and the final run's misses and false alerts.

python3 make_report.py baseline.json final.json > report_tables.md
"""
import json
import sys
from pathlib import Path

import make_set

HERE = Path(__file__).resolve().parent
base, fin = (json.load(open(p, encoding="utf-8")) for p in sys.argv[1:3])
rows = {f"{r['marketplace']}:{r['listing_id']}": r for r in (json.loads(l) for l in open(HERE / "set.jsonl", encoding="utf-8"))}
G = make_set.GENUINE_GOODS


def pct(a, b):
    return f"{100 * a / max(1, b):.1f} %"


def tot(res):
    t = res["totals"]
    cl = res["classes"]
    gin = sum(c["alerted"] for k, c in cl.items() if k in G), sum(c["n"] for k, c in cl.items() if k in G)
    oin = sum(c["alerted"] for k, c in cl.items() if c["kind"] == "innocent" and k not in G), sum(c["n"] for k, c in cl.items() if c["kind"] == "innocent" and k not in G)
    return t, gin, oin


out = []
tb, gb, ob = tot(base)
tf, gf, of = tot(fin)
cb, cf = base["meta"].get("commit", "?")[:7], fin["meta"].get("commit", "?")[:7]
out += [f"## Totals", "", f"| | start {cb} | final {cf} |", "|---|---:|---:|",
        f"| recall | {pct(tb['found'], tb['counterfeit'])} ({tb['found']}/{tb['counterfeit']}) | {pct(tf['found'], tf['counterfeit'])} ({tf['found']}/{tf['counterfeit']}) |",
        f"| precision | {pct(tb['correct_alerts'], tb['alerts'])} ({tb['correct_alerts']}/{tb['alerts']}) | {pct(tf['correct_alerts'], tf['alerts'])} ({tf['correct_alerts']}/{tf['alerts']}) |",
        f"| innocent listings alerted | {tb['innocent_alerted']}/{tb['innocent']} | {tf['innocent_alerted']}/{tf['innocent']} |",
        f"| … genuine goods sold by others | {gb[0]}/{gb[1]} | {gf[0]}/{gf[1]} |",
        f"| … all other innocent classes | {ob[0]}/{ob[1]} | {of[0]}/{of[1]} |",
        f"| wrong-brand alerts on counterfeits | {tb['wrong_brand']} | {tf['wrong_brand']} |",
        f"| registry md5 | {base['meta']['registry_md5'][:8]} | {fin['meta']['registry_md5'][:8]} |", ""]
out += ["## Counterfeit classes (found of 10, start → final; `*` = new class)", "", "| class | new | start | final | Δ | tactic |", "|---|---|---:|---:|---:|---|"]
for k, c in sorted(fin["classes"].items(), key=lambda kv: (kv[1]["found"], kv[0])):
    if c["kind"] != "counterfeit":
        continue
    o = base["classes"][k]
    out.append(f"| {k} | {'*' if make_set.CLASSES[k]['star'] else ''} | {o['found']}/{o['n']} | {c['found']}/{c['n']} | {c['found'] - o['found']:+d} | {c['tactic']} |")
out += ["", "## Innocent classes (listings alerted, start → final; G = genuine goods sold by others)", "",
        "| class | new | G | n | start | final | Δ |", "|---|---|---|---:|---:|---:|---:|"]
for k, c in sorted(fin["classes"].items(), key=lambda kv: (-kv[1]["alerted"], kv[0])):
    if c["kind"] != "innocent":
        continue
    o = base["classes"][k]
    out.append(f"| {k} | {'*' if make_set.CLASSES[k]['star'] else ''} | {'G' if k in G else ''} | {c['n']} | {o['alerted']} | {c['alerted']} | {c['alerted'] - o['alerted']:+d} |")
out += ["", "## Recall per language/market (start → final) and innocents alerted", "",
        "| code | counterfeit n | recall start | recall final | innocent n | alerted start | alerted final |", "|---|---:|---:|---:|---:|---:|---:|"]
langs = sorted(set(fin["languages"]) | set(fin["languages_innocent"]))
for l in langs:
    nb, fb = base["languages"].get(l, [0, 0]); nf, ff = fin["languages"].get(l, [0, 0])
    ib, ab = base["languages_innocent"].get(l, [0, 0]); i_f, af = fin["languages_innocent"].get(l, [0, 0])
    out.append(f"| {l} | {nf} | {pct(fb, nb) if nb else '—'} | {pct(ff, nf) if nf else '—'} | {i_f} | {ab if ib else '—'} | {af if i_f else '—'} |")
out += ["", "## Final run: missed counterfeits (class | brand | title | price | brands matched)", ""]
for k, v in sorted(fin["listings"].items(), key=lambda kv: (kv[1]["cls"], kv[0])):
    if v["kind"] == "counterfeit" and v["brand"] not in v["got"]:
        r = rows[k]
        was = "" if v["brand"] not in base["listings"][k]["got"] else " (found at start)"
        out.append(f"- {v['cls']} | {v['brand']} | {r['title'][:90]} | {r['price'] and (r['price']['amount'], r['price']['currency'])} | {v['got']}{was}")
out += ["", "## Final run: false alerts (innocent listings alerted, wrong brands on counterfeits)", ""]
for k, v in sorted(fin["listings"].items(), key=lambda kv: (kv[1]["cls"], kv[0])):
    r = rows[k]
    ok = {v["brand"], *r["_label"]["also"]} if v["kind"] == "counterfeit" else set()
    wrong = [g for g in v["got"] if g not in ok]
    if wrong:
        was = " (new)" if not [g for g in base["listings"][k]["got"] if g not in ok] else ""
        out.append(f"- {v['cls']} | {r['title'][:90]} | {r['price'] and (r['price']['amount'], r['price']['currency'])} | false: {wrong}{was}")
print("\n".join(out))
