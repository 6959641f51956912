#!/usr/bin/env python3
"""Tables for outsider 19's report: python3 make_report.py baseline.json final.json > report_tables.md
Totals, per-class and per-market tables start vs final, and every miss and false alert of both runs."""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def pct(a, b):
    return f"{100 * a / b:.1f} %" if b else "-"


def main(bp, fp):
    b, f = json.load(open(bp, encoding="utf-8")), json.load(open(fp, encoding="utf-8"))
    also = {}
    for line in open(HERE / "set.jsonl", encoding="utf-8"):
        r = json.loads(line)
        also[f"{r['marketplace']}:{r['listing_id']}"] = set(r["_label"].get("also", []))
    novel = set()
    for line in open(HERE / "classes.md", encoding="utf-8"):
        cells = [c.strip() for c in line.split("|")]
        if len(cells) > 3 and cells[2] == "*":
            novel.add(cells[1])
    genuine = {k for k, c in b["classes"].items() if c["kind"] == "innocent"}
    import re
    g = re.search(r"GENUINE_GOODS = (\{.*?\})", open(HERE / "score.py", encoding="utf-8").read(), re.S)
    genuine = eval(g.group(1)) if g else set()
    out = [f"# Outsider 19: tables, start {b['meta'].get('commit', '?')[:7]} vs final {f['meta'].get('commit', '?')[:7]}", "",
           f"set md5 {b['meta']['set_md5']} / {f['meta']['set_md5']}; registry md5 {b['meta']['registry_md5']} / {f['meta']['registry_md5']}", "",
           "## Totals", "", "| | start | final |", "|---|---:|---:|"]
    tb, tf = b["totals"], f["totals"]

    def inn(res, sel):
        n = sum(c["n"] for k, c in res["classes"].items() if c["kind"] == "innocent" and sel(k))
        a = sum(c["alerted"] for k, c in res["classes"].items() if c["kind"] == "innocent" and sel(k))
        return f"{a}/{n}"

    def sub_recall(res, star):
        n = sum(c["n"] for k, c in res["classes"].items() if c["kind"] == "counterfeit" and ((k in novel) == star))
        x = sum(c["found"] for k, c in res["classes"].items() if c["kind"] == "counterfeit" and ((k in novel) == star))
        return f"{pct(x, n)} ({x}/{n})"
    rows = [("recall", f"{pct(tb['found'], tb['counterfeit'])} ({tb['found']}/{tb['counterfeit']})", f"{pct(tf['found'], tf['counterfeit'])} ({tf['found']}/{tf['counterfeit']})"),
            ("… everyday classes", sub_recall(b, False), sub_recall(f, False)),
            ("… rarer classes (*)", sub_recall(b, True), sub_recall(f, True)),
            ("precision", f"{pct(tb['correct_alerts'], tb['alerts'])} ({tb['correct_alerts']}/{tb['alerts']})", f"{pct(tf['correct_alerts'], tf['alerts'])} ({tf['correct_alerts']}/{tf['alerts']})"),
            ("innocent listings alerted", f"{tb['innocent_alerted']}/{tb['innocent']}", f"{tf['innocent_alerted']}/{tf['innocent']}"),
            ("… genuine goods sold by others", inn(b, lambda k: k in genuine), inn(f, lambda k: k in genuine)),
            ("… all other innocents", inn(b, lambda k: k not in genuine), inn(f, lambda k: k not in genuine)),
            ("wrong-brand alerts", str(tb["wrong_brand"]), str(tf["wrong_brand"]))]
    out += [f"| {a} | {x} | {y} |" for a, x, y in rows]
    out += ["", "## Counterfeit classes", "", "| class | * | n | start | final |", "|---|:-:|---:|---:|---:|"]
    for k, c in sorted(f["classes"].items(), key=lambda kv: (kv[1]["found"] / kv[1]["n"], kv[0])):
        if c["kind"] == "counterfeit":
            o = b["classes"][k]
            out.append(f"| {k} | {'*' if k in novel else ''} | {c['n']} | {o['found']} | {c['found']} |")
    out += ["", "## Innocent classes (listings alerted)", "", "| class | * | genuine goods | n | start | final |", "|---|:-:|:-:|---:|---:|---:|"]
    for k, c in sorted(f["classes"].items(), key=lambda kv: (-kv[1]["alerted"], kv[0])):
        if c["kind"] == "innocent":
            o = b["classes"][k]
            out.append(f"| {k} | {'*' if k in novel else ''} | {'yes' if k in genuine else ''} | {c['n']} | {o['alerted']} | {c['alerted']} |")
    out += ["", "## Per market (language-market code)", "", "| market | counterfeit n | found start | found final | innocent n | alerted start | alerted final |",
            "|---|---:|---:|---:|---:|---:|---:|"]
    langs = sorted(set(f["languages"]) | set(f.get("languages_innocent", {})))
    for l in langs:
        cn, cs = b["languages"].get(l, [0, 0])
        _, cf = f["languages"].get(l, [0, 0])
        inn_n, ia = b.get("languages_innocent", {}).get(l, [0, 0])
        _, ib = f.get("languages_innocent", {}).get(l, [0, 0])
        out.append(f"| {l} | {cn} | {cs} | {cf} | {inn_n} | {ia} | {ib} |")
    for name, res in (("start", b), ("final", f)):
        out += ["", f"## Every miss and false alert, {name} ({res['meta'].get('commit', '?')[:7]})", "",
                "| listing | kind | class | brand | alerted brands | title |", "|---|---|---|---|---|---|"]
        items = sorted(res["listings"].items(), key=lambda kv: (kv[1]["kind"], kv[1]["cls"], kv[0]))
        for key, v in items:
            bad = (v["kind"] == "counterfeit" and (v["brand"] not in v["got"] or any(x != v["brand"] and x not in also.get(key, set()) for x in v["got"]))) or (v["kind"] == "innocent" and v["got"])
            if bad:
                t = v["title"].replace("|", "\\|").replace("\n", " ")
                out.append(f"| {key} | {v['kind']} | {v['cls']} | {v['brand']} | {', '.join(v['got']) or '-'} | {t} |")
    print("\n".join(out))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
