#!/usr/bin/env python3
"""Helper for report.md (written after the freeze): python3 summary.py baseline.json final.json"""
import json
import sys

b, f = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
nov = set()
for line in open("classes.md", encoding="utf-8"):
    c = [x.strip() for x in line.split("|")]
    if len(c) > 3 and c[2] == "*" and c[1] != "class":
        nov.add(c[1])
print("| class | * | kind | n | start | final |\n|---|:-:|---|---:|---:|---:|")
for k in sorted(f["classes"], key=lambda k: (f["classes"][k]["kind"], k)):
    c, o = f["classes"][k], b["classes"][k]
    if c["kind"] == "counterfeit":
        print(f"| {k} | {'*' if k in nov else ''} | counterfeit | {c['n']} | {o['found']}/{c['n']} found | {c['found']}/{c['n']} found |")
    else:
        print(f"| {k} | {'*' if k in nov else ''} | innocent | {c['n']} | {o['alerted']} alerted | {c['alerted']} alerted |")
print()
weak = sorted((k for k, c in f["classes"].items() if c["kind"] == "counterfeit"), key=lambda k: (f["classes"][k]["found"] / f["classes"][k]["n"], k))[:8]
for k in weak:
    print(k, f["classes"][k]["found"], "/", f["classes"][k]["n"], "start", b["classes"][k]["found"])
