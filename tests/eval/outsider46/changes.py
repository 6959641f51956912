#!/usr/bin/env python3
"""Listing-by-listing changes start -> final: python3 changes.py baseline.json final.json > changes.md"""
import json
import sys


def main(bp, fp):
    b, f = json.load(open(bp, encoding="utf-8")), json.load(open(fp, encoding="utf-8"))
    groups = {"newly found (counterfeit, expected brand now alerts)": [], "newly missed (counterfeit, expected brand no longer alerts)": [],
              "newly alerted (innocent listing now alerts)": [], "newly quiet (innocent listing no longer alerts)": [],
              "wrong-brand alerts changed (counterfeit)": [], "innocent, alerted brands changed": []}
    for k, v in f["listings"].items():
        o = b["listings"][k]
        t = v["title"].replace("|", "\\|").replace("\n", " ")
        row = f"| {k} | {v['cls']} | {v['brand']} | {', '.join(o['got']) or '-'} | {', '.join(v['got']) or '-'} | {t} |"
        if v["kind"] == "counterfeit":
            was, now = v["brand"] in o["got"], v["brand"] in v["got"]
            if now and not was:
                groups["newly found (counterfeit, expected brand now alerts)"].append(row)
            elif was and not now:
                groups["newly missed (counterfeit, expected brand no longer alerts)"].append(row)
            elif sorted(x for x in o["got"] if x != v["brand"]) != sorted(x for x in v["got"] if x != v["brand"]):
                groups["wrong-brand alerts changed (counterfeit)"].append(row)
        else:
            if v["got"] and not o["got"]:
                groups["newly alerted (innocent listing now alerts)"].append(row)
            elif o["got"] and not v["got"]:
                groups["newly quiet (innocent listing no longer alerts)"].append(row)
            elif o["got"] != v["got"]:
                groups["innocent, alerted brands changed"].append(row)
    out = ["# Outsider 19: listing-by-listing changes, start vs final", ""]
    for g, rows in groups.items():
        out += [f"## {g}: {len(rows)}", ""]
        if rows:
            out += ["| listing | class | brand | alerted at start | alerted at final | title |", "|---|---|---|---|---|---|"] + sorted(rows, key=lambda r: r.split("|")[2])
        out.append("")
    print("\n".join(out))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
