#!/usr/bin/env python3
"""Post-freeze helper: class lines start -> final, five weakest, for report.md. python3 summary.py baseline.json final.json"""
import json, sys
b, f = (json.load(open(p, encoding="utf-8")) for p in sys.argv[1:3])
novel = set()
for line in open("classes.md", encoding="utf-8"):
    c = [x.strip() for x in line.split("|")]
    if len(c) > 3 and c[2] == "*":
        novel.add(c[1])
def tot(r):
    t = r["totals"]
    return f"recall {100*t['recall']:.1f} % ({t['found']}/{t['counterfeit']}), precision {100*t['precision']:.1f} % ({t['correct_alerts']}/{t['alerts']}), innocents alerted {t['innocent_alerted']}/{t['innocent']}, wrong-brand {t['wrong_brand']}"
print("start:", tot(b)); print("final:", tot(f))
print("\n| class | * | kind | n | start | final |\n|---|:-:|---|---:|---:|---:|")
for k in b["classes"]:
    cb, cf = b["classes"][k], f["classes"][k]
    key = "found" if cb["kind"] == "counterfeit" else "alerted"
    lab = "found" if key == "found" else "alerted"
    print(f"| {k} | {'*' if k in novel else ''} | {cb['kind']} | {cb['n']} | {cb[key]} {lab} | {cf[key]} {lab} |")
w = sorted((c["found"] / c["n"], k) for k, c in f["classes"].items() if c["kind"] == "counterfeit")[:5]
print("\nfive weakest counterfeit classes at final:", [(k, f['classes'][k]['found'], f['classes'][k]['n']) for _, k in w])
wi = sorted((-c["alerted"], k) for k, c in f["classes"].items() if c["kind"] == "innocent")[:5]
print("five innocent classes most alerted at final:", [(k, f['classes'][k]['alerted'], f['classes'][k]['n']) for _, k in wi])
