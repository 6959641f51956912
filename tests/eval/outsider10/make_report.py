#!/usr/bin/env python3
"""python3 make_report.py baseline.json final.json > report_tables.md

Tables start vs final from two score.py --save outputs: totals, per class, per market (language-market code), and every
miss and false alert of either run, one row each."""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def novel():
    out = set()
    for line in (HERE / "classes.md").read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.split("|")]
        if len(cells) > 3 and cells[2] == "*":
            out.add(cells[1])
    return out


def pct(a, b):
    return f"{100 * a / b:.1f} %" if b else "–"


def main():
    a, b = (json.load(open(p, encoding="utf-8")) for p in sys.argv[1:3])
    ca, cb = a["meta"].get("commit", "?")[:7], b["meta"].get("commit", "?")[:7]
    nov = novel()
    sys.path.insert(0, str(HERE))
    from score import GENUINE_GOODS
    ta, tb = a["totals"], b["totals"]
    o = [f"# outsider10: start {ca} vs final {cb}", "", f"set md5 {a['meta']['set_md5']} (start) / {b['meta']['set_md5']} (final)", "",
         "## Totals", "", f"| | start {ca} | final {cb} |", "|---|---:|---:|"]

    def gg(res, inside):
        cl = res["classes"]
        ks = [k for k, c in cl.items() if c["kind"] == "innocent" and ((k in GENUINE_GOODS) == inside)]
        return f"{sum(cl[k]['alerted'] for k in ks)}/{sum(cl[k]['n'] for k in ks)}"

    def star_recall(res, star):
        cl = res["classes"]
        ks = [k for k, c in cl.items() if c["kind"] == "counterfeit" and ((k in nov) == star)]
        f, n = sum(cl[k]["found"] for k in ks), sum(cl[k]["n"] for k in ks)
        return f"{pct(f, n)} ({f}/{n})"

    rows = [("recall", f"{pct(ta['found'], ta['counterfeit'])} ({ta['found']}/{ta['counterfeit']})", f"{pct(tb['found'], tb['counterfeit'])} ({tb['found']}/{tb['counterfeit']})"),
            ("precision", f"{pct(ta['correct_alerts'], ta['alerts'])} ({ta['correct_alerts']}/{ta['alerts']})", f"{pct(tb['correct_alerts'], tb['alerts'])} ({tb['correct_alerts']}/{tb['alerts']})"),
            ("innocent listings alerted", f"{ta['innocent_alerted']}/{ta['innocent']}", f"{tb['innocent_alerted']}/{tb['innocent']}"),
            ("… genuine goods sold by others", gg(a, True), gg(b, True)),
            ("… all other innocents", gg(a, False), gg(b, False)),
            ("wrong-brand alerts on counterfeits", str(ta["wrong_brand"]), str(tb["wrong_brand"])),
            ("recall, everyday classes (no `*`)", star_recall(a, False), star_recall(b, False)),
            ("recall, `*` classes", star_recall(a, True), star_recall(b, True))]
    o += [f"| {r[0]} | {r[1]} | {r[2]} |" for r in rows]
    o += ["", "## Counterfeit classes", "", f"| class | * | n | found {ca} | found {cb} | wrong-brand {ca} | wrong-brand {cb} |", "|---|:-:|---:|---:|---:|---:|---:|"]
    cls_b = b["classes"]
    for k, c in sorted(a["classes"].items(), key=lambda kv: (cls_b[kv[0]]["found"] / kv[1]["n"], kv[0])):
        if c["kind"] == "counterfeit":
            d = cls_b[k]
            o.append(f"| {k} | {'*' if k in nov else ''} | {c['n']} | {c['found']} | {d['found']} | {c['false_alerts']} | {d['false_alerts']} |")
    o += ["", "## Innocent classes", "", f"| class | * | genuine goods | n | alerted {ca} | alerted {cb} | false alerts {ca} | false alerts {cb} |", "|---|:-:|:-:|---:|---:|---:|---:|---:|"]
    for k, c in sorted(a["classes"].items(), key=lambda kv: (-cls_b[kv[0]]["alerted"], kv[0])):
        if c["kind"] == "innocent":
            d = cls_b[k]
            o.append(f"| {k} | {'*' if k in nov else ''} | {'yes' if k in GENUINE_GOODS else ''} | {c['n']} | {c['alerted']} | {d['alerted']} | {c['false_alerts']} | {d['false_alerts']} |")
    o += ["", "## Per market (language-market code)", "", f"| market | counterfeits | found {ca} | found {cb} | innocents | alerted {ca} | alerted {cb} |", "|---|---:|---:|---:|---:|---:|---:|"]
    langs = sorted(set(a["languages"]) | set(a["languages_innocent"]))
    for lg in langs:
        n1, f1 = a["languages"].get(lg, [0, 0])
        _, f2 = b["languages"].get(lg, [0, 0])
        m1, g1 = a["languages_innocent"].get(lg, [0, 0])
        _, g2 = b["languages_innocent"].get(lg, [0, 0])
        o.append(f"| {lg} | {n1} | {f1} | {f2} | {m1} | {g1} | {g2} |")
    o += ["", "## Every miss and false alert of either run", "",
          "One row per listing that is a missed counterfeit, a counterfeit with a wrong-brand alert, or an alerted innocent listing, at start or final. "
          "`alerted` lists the brands that alerted (— none).", "",
          f"| kind | class | brand | alerted {ca} | alerted {cb} | status | title |", "|---|---|---|---|---|---|---|"]

    def bad(v, ok):
        if v["kind"] == "counterfeit":
            return v["brand"] not in v["got"] or any(g not in ok for g in v["got"])
        return bool(v["got"])

    set_rows = {}
    for line in open(HERE / "set.jsonl", encoding="utf-8"):
        r = json.loads(line)
        set_rows[f"{r['marketplace']}:{r['listing_id']}"] = r["_label"]
    out = []
    for key, v in a["listings"].items():
        w = b["listings"].get(key, v)
        lab = set_rows.get(key, {})
        ok = {v["brand"], *lab.get("also", [])}
        ba, bb = bad(v, ok), bad(w, ok)
        if not (ba or bb):
            continue
        status = "both" if ba and bb else ("fixed at final" if ba else "new at final")
        out.append((v["kind"], v["cls"], v["brand"], ", ".join(v["got"]) or "—", ", ".join(w["got"]) or "—", status, v["title"].replace("|", "/")))
    for r in sorted(out):
        o.append("| " + " | ".join(r) + " |")
    print("\n".join(o))


if __name__ == "__main__":
    main()
