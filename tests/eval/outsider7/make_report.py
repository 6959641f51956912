#!/usr/bin/env python3
"""Tables for report.md from baseline.json and final.json: totals, per class (start, final, tactic), per language, changes."""
import json, sys
from pathlib import Path
HERE = Path(__file__).resolve().parent
b = json.load(open(HERE / "baseline.json", encoding="utf-8"))
f = json.load(open(HERE / (sys.argv[1] if len(sys.argv) > 1 else "final.json"), encoding="utf-8"))
GEN = {"in_used_genuine_fair", "in_new_retail_fair", "in_refurbished_openbox", "in_rental_hire", "in_small_genuine_units", "in_vehicles",
       "in_vintage_genuine", "in_grey_import"}


def pct(x):
    return f"{100 * x:.1f} %"


def tot(r):
    t = r["totals"]
    cl = r["classes"]
    g_al = sum(c["alerted"] for k, c in cl.items() if k in GEN)
    g_n = sum(c["n"] for k, c in cl.items() if k in GEN)
    return t, g_al, g_n


out = []
tb, gb, gn = tot(b)
tf, gf, _ = tot(f)
cb, cf = b["meta"].get("commit", "?")[:7], f["meta"].get("commit", "?")[:7]
out += [f"| | start {cb} | final {cf} |", "|---|---:|---:|",
        f"| recall | {pct(tb['recall'])} ({tb['found']}/{tb['counterfeit']}) | {pct(tf['recall'])} ({tf['found']}/{tf['counterfeit']}) |",
        f"| precision | {pct(tb['precision'])} ({tb['correct_alerts']}/{tb['alerts']}) | {pct(tf['precision'])} ({tf['correct_alerts']}/{tf['alerts']}) |",
        f"| innocent listings alerted | {tb['innocent_alerted']}/{tb['innocent']} | {tf['innocent_alerted']}/{tf['innocent']} |",
        f"| — of which genuine goods sold by others ({len(GEN)} classes) | {gb}/{gn} | {gf}/{gn} |",
        f"| — of which all other innocent classes | {tb['innocent_alerted'] - gb}/{tb['innocent'] - gn} | {tf['innocent_alerted'] - gf}/{tf['innocent'] - gn} |",
        f"| wrong-brand alerts on counterfeit listings | {tb['wrong_brand']} | {tf['wrong_brand']} |",
        f"| backtest time | {b['meta']['seconds']} s | {f['meta']['seconds']} s |", ""]
out += ["### Counterfeit classes (found/10)", "", "| class | start | final | tactic |", "|---|---:|---:|---|"]
for k, c in sorted(f["classes"].items(), key=lambda kv: (kv[1]["found"] / kv[1]["n"], kv[0])):
    if c["kind"] != "counterfeit":
        continue
    o = b["classes"][k]
    mark = "" if o["found"] == c["found"] else (" ▲" if c["found"] > o["found"] else " ▼")
    out.append(f"| {k} | {o['found']}/{o['n']} | {c['found']}/{c['n']}{mark} | {c['tactic']} |")
out += ["", "### Innocent classes (listings alerted/n)", "", "| class | start | final | tactic |", "|---|---:|---:|---|"]
for k, c in sorted(f["classes"].items(), key=lambda kv: (-kv[1]["alerted"] / kv[1]["n"], kv[0])):
    if c["kind"] != "innocent":
        continue
    o = b["classes"][k]
    mark = "" if o["alerted"] == c["alerted"] else (" ▼" if c["alerted"] < o["alerted"] else " ▲")
    out.append(f"| {k}{' (genuine goods)' if k in GEN else ''} | {o['alerted']}/{o['n']} | {c['alerted']}/{c['n']}{mark} | {c['tactic']} |")
out += ["", "### Recall per language", "", "| language | n | start | final |", "|---|---:|---:|---:|"]
for k, (n, fo) in f["languages"].items():
    n0, f0 = b["languages"][k]
    out.append(f"| {k} | {n} | {pct(f0 / n0)} | {pct(fo / n)} |")
out += ["", "### Innocent listings alerted per language", "", "| language | n | start | final |", "|---|---:|---:|---:|"]
for k, (n, a) in f["languages_innocent"].items():
    out.append(f"| {k} | {n} | {b['languages_innocent'][k][1]} | {a} |")
gained = [(v["cls"]) for k, v in f["listings"].items() if v["kind"] == "counterfeit" and v["brand"] in v["got"] and v["brand"] not in b["listings"][k]["got"]]
lost = [(v["cls"]) for k, v in f["listings"].items() if v["kind"] == "counterfeit" and v["brand"] not in v["got"] and v["brand"] in b["listings"][k]["got"]]
quiet = [(v["cls"]) for k, v in f["listings"].items() if v["kind"] == "innocent" and not v["got"] and b["listings"][k]["got"]]
loud = [(v["cls"]) for k, v in f["listings"].items() if v["kind"] == "innocent" and v["got"] and not b["listings"][k]["got"]]
import collections
def cnt(xs):
    return ", ".join(f"{k} {v}" for k, v in collections.Counter(xs).most_common()) or "—"
out += ["", "### Changes between start and final", "",
        f"- counterfeits newly found: **{len(gained)}** ({cnt(gained)})",
        f"- counterfeits newly missed: **{len(lost)}** ({cnt(lost)})",
        f"- innocent listings newly quiet: **{len(quiet)}** ({cnt(quiet)})",
        f"- innocent listings newly alerted: **{len(loud)}** ({cnt(loud)})", ""]
fp = f.get("false_alert_brands", {})
out += ["### Brands raising false alerts at the final commit", "", ", ".join(f"{k} {v}" for k, v in fp.items()), ""]
(HERE / "report_tables.md").write_text("\n".join(out), encoding="utf-8")
print("\n".join(out[:12]))
