#!/usr/bin/env python3
"""Tables for report.md from baseline.json and final.json (no listing texts)."""
import json, sys
b = json.load(open("baseline.json")); f = json.load(open("final.json"))
GEN = {"in_used_genuine_fair", "in_new_retail_fair", "in_refurbished_openbox", "in_rental_instalment", "in_single_unit_sample", "in_vehicles",
       "in_vintage_genuine", "in_licensed_merch"}


def pct(x):
    return f"{100 * x:.1f} %"


def tot(r):
    t = r["totals"]
    gi = sum(c["alerted"] for k, c in r["classes"].items() if k in GEN); gn = sum(c["n"] for k, c in r["classes"].items() if k in GEN)
    oi = sum(c["alerted"] for k, c in r["classes"].items() if c["kind"] == "innocent" and k not in GEN)
    on = sum(c["n"] for k, c in r["classes"].items() if c["kind"] == "innocent" and k not in GEN)
    gfa = sum(c["false_alerts"] for k, c in r["classes"].items() if k in GEN)
    return t, gi, gn, oi, on, t["correct_alerts"] / max(1, t["alerts"] - gfa)


out = ["| | " + b["meta"].get("commit", "?")[:7] + " (start) | " + f["meta"].get("commit", "?")[:7] + " (final) |", "|---|---|---|"]
tb, tf = tot(b), tot(f)
rows = [("recall", lambda t: f"**{pct(t[0]['recall'])}** ({t[0]['found']}/{t[0]['counterfeit']})"),
        ("precision", lambda t: f"**{pct(t[0]['precision'])}** ({t[0]['correct_alerts']}/{t[0]['alerts']})"),
        ("innocent listings alerted", lambda t: f"{t[0]['innocent_alerted']}/{t[0]['innocent']}"),
        ("… outside the genuine-goods classes", lambda t: f"{t[3]}/{t[4]}"),
        ("… inside the genuine-goods classes", lambda t: f"{t[1]}/{t[2]}"),
        ("precision without genuine-goods alerts", lambda t: pct(t[5])),
        ("wrong-brand alerts on counterfeits", lambda t: str(t[0]["wrong_brand"])),
        ("backtest time", lambda t: "")]
for name, fn in rows[:-1]:
    out.append(f"| {name} | {fn(tb)} | {fn(tf)} |")
out.append(f"| backtest wall time | {b['meta']['seconds']} s | {f['meta']['seconds']} s |")
out += ["", "### Counterfeit classes (found / 10), sorted by the final recall", "", "| class | start | final | tactic |", "|---|---:|---:|---|"]
for k, c in sorted(f["classes"].items(), key=lambda kv: (kv[1]["found"] / kv[1]["n"], kv[0])):
    if c["kind"] != "counterfeit":
        continue
    o = b["classes"][k]
    mark = " ▲" if c["found"] > o["found"] else " ▼" if c["found"] < o["found"] else ""
    out.append(f"| {k} | {o['found']}/{o['n']} | {c['found']}/{c['n']}{mark} | {c['tactic']} |")
out += ["", "### Innocent classes (listings alerted), sorted by the final count", "", "| class | n | start | final | tactic |", "|---|---:|---:|---:|---|"]
for k, c in sorted(f["classes"].items(), key=lambda kv: (-kv[1]["alerted"], kv[0])):
    if c["kind"] != "innocent":
        continue
    o = b["classes"][k]
    g = " (genuine goods)" if k in GEN else ""
    out.append(f"| {k}{g} | {c['n']} | {o['alerted']} | {c['alerted']} | {c['tactic']} |")
lang = ["", "### Recall per language (start → final)", "", "| lang | n | start | final |", "|---|---:|---:|---:|"]
for k, (n, x) in f["languages"].items():
    lang.append(f"| {k} | {n} | {pct(b['languages'][k][1] / n)} | {pct(x / n)} |")
gained = sum(1 for k, v in f["listings"].items() if v["kind"] == "counterfeit" and v["brand"] in v["got"] and v["brand"] not in b["listings"][k]["got"])
lost = sum(1 for k, v in f["listings"].items() if v["kind"] == "counterfeit" and v["brand"] not in v["got"] and v["brand"] in b["listings"][k]["got"])
newfa = sum(1 for k, v in f["listings"].items() if v["kind"] == "innocent" and v["got"] and not b["listings"][k]["got"])
gonefa = sum(1 for k, v in f["listings"].items() if v["kind"] == "innocent" and not v["got"] and b["listings"][k]["got"])
out.append(f"\nCounterfeits newly found: {gained}; newly missed: {lost}. Innocent listings newly alerted: {newfa}; no longer alerted: {gonefa}.")
print("\n".join(out + lang))
