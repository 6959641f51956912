#!/usr/bin/env python3
"""Numbers for outsider18's report.md: python3 summary.py baseline.json final.json"""
import json
import sys

b, f = (json.load(open(p, encoding="utf-8")) for p in sys.argv[1:3])
novel = set()
for line in open("classes.md", encoding="utf-8"):
    c = [x.strip() for x in line.split("|")]
    if len(c) > 3 and c[2] == "*":
        novel.add(c[1])
for name, r in (("start", b), ("final", f)):
    t = r["totals"]
    cs = r["classes"]
    ev = [(k, c) for k, c in cs.items() if c["kind"] == "counterfeit" and k not in novel]
    rr = [(k, c) for k, c in cs.items() if c["kind"] == "counterfeit" and k in novel]
    print(name, r["meta"].get("commit", "")[:12], f"recall {t['found']}/{t['counterfeit']} = {100*t['recall']:.1f} %",
          f"precision {t['correct_alerts']}/{t['alerts']} = {100*t['precision']:.1f} %", f"innocents alerted {t['innocent_alerted']}/{t['innocent']}",
          f"wrong-brand {t['wrong_brand']}", f"everyday {sum(c['found'] for _, c in ev)}/{sum(c['n'] for _, c in ev)}",
          f"rarer {sum(c['found'] for _, c in rr)}/{sum(c['n'] for _, c in rr)}")
print("\nweakest at final:")
for k, c in sorted(((k, c) for k, c in f["classes"].items() if c["kind"] == "counterfeit"), key=lambda kv: (kv[1]["found"] / kv[1]["n"], kv[0]))[:8]:
    print(f"  {k} {b['classes'][k]['found']}/{c['n']} -> {c['found']}/{c['n']}")
print("\nclass changes:")
for k in sorted(f["classes"]):
    o, c = b["classes"][k], f["classes"][k]
    if c["kind"] == "counterfeit" and o["found"] != c["found"]:
        print(f"  {k} {o['found']} -> {c['found']} /{c['n']}")
    if c["kind"] == "innocent" and o["alerted"] != c["alerted"]:
        print(f"  {k} alerted {o['alerted']} -> {c['alerted']} /{c['n']}")
