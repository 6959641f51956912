#!/usr/bin/env python3
"""python3 make_report.py baseline.json final.json [--tables report_tables.md] : comparison tables start -> final (stdlib only)."""
import json, sys, collections
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
GENUINE = None


def novel():
    out = set()
    for line in (HERE / "classes.md").read_text(encoding="utf-8").splitlines():
        c = [x.strip() for x in line.split("|")]
        if len(c) > 3 and c[2] == "*":
            out.add(c[1])
    return out


def genuine():
    src = (HERE / "score.py").read_text(encoding="utf-8")
    s = src[src.index("GENUINE_GOODS = {"):]
    s = s[:s.index("}") + 1]
    d = {}
    exec(s, d)
    return d["GENUINE_GOODS"]


def pct(a, b):
    return f"{100 * a / max(1, b):.1f} %"


def totals(r, G):
    t = r["totals"]
    gi = sum(c["alerted"] for k, c in r["classes"].items() if k in G)
    gn = sum(c["n"] for k, c in r["classes"].items() if k in G)
    oi = sum(c["alerted"] for k, c in r["classes"].items() if c["kind"] == "innocent" and k not in G)
    on = sum(c["n"] for k, c in r["classes"].items() if c["kind"] == "innocent" and k not in G)
    return dict(recall=f"{pct(t['found'], t['counterfeit'])} ({t['found']}/{t['counterfeit']})",
                precision=f"{pct(t['correct_alerts'], t['alerts'])} ({t['correct_alerts']}/{t['alerts']})",
                innocents=f"{t['innocent_alerted']}/{t['innocent']}", genuine=f"{gi}/{gn}", other=f"{oi}/{on}", wrong=str(t["wrong_brand"]))


def main():
    b = json.load(open(sys.argv[1], encoding="utf-8"))
    f = json.load(open(sys.argv[2], encoding="utf-8"))
    G, N = genuine(), novel()
    bc, fc = b["meta"].get("commit", "?")[:7], f["meta"].get("commit", "?")[:7]
    tb, tf = totals(b, G), totals(f, G)
    o = [f"# outsider9 report tables: start {bc} -> final {fc}", "", f"set md5 {f['meta']['set_md5']}", "",
         f"| | start {bc} | final {fc} |", "|---|---:|---:|"]
    for k, lab in [("recall", "recall"), ("precision", "precision"), ("innocents", "innocent listings alerted"),
                   ("genuine", "… genuine goods sold by others"), ("other", "… all other innocents"), ("wrong", "wrong-brand alerts")]:
        o.append(f"| {lab} | {tb[k]} | {tf[k]} |")
    o += ["", "## Counterfeit classes (found of n)", "", "| class | * | n | start | final | change |", "|---|:-:|---:|---:|---:|---:|"]
    rows = [(k, c) for k, c in f["classes"].items() if c["kind"] == "counterfeit"]
    rows.sort(key=lambda kc: (kc[1]["found"] / kc[1]["n"], kc[0]))
    for k, c in rows:
        s0 = b["classes"][k]["found"]
        o.append(f"| {k} | {'*' if k in N else ''} | {c['n']} | {s0} | {c['found']} | {c['found'] - s0:+d} |")
    o += ["", "## Innocent classes (listings alerted of n)", "", "| class | * | genuine goods | n | start | final |", "|---|:-:|:-:|---:|---:|---:|"]
    rows = [(k, c) for k, c in f["classes"].items() if c["kind"] == "innocent"]
    rows.sort(key=lambda kc: (-kc[1]["alerted"], kc[0]))
    for k, c in rows:
        o.append(f"| {k} | {'*' if k in N else ''} | {'yes' if k in G else ''} | {c['n']} | {b['classes'][k]['alerted']} | {c['alerted']} |")
    o += ["", "## Recall per language/market", "", "| market | n | start | final |", "|---|---:|---:|---:|"]
    for k, (n, x) in sorted(f["languages"].items()):
        o.append(f"| {k} | {n} | {pct(b['languages'][k][1], n)} | {pct(x, n)} |")
    o += ["", "## Innocent listings alerted per language/market", "", "| market | n | start | final |", "|---|---:|---:|---:|"]
    for k, (n, x) in sorted(f["languages_innocent"].items()):
        o.append(f"| {k} | {n} | {b['languages_innocent'][k][1]} | {x} |")
    for tag, r in (("final " + fc, f), ("start " + bc, b)):
        o += ["", f"## Missed counterfeits, {tag}", "", "| class | brand | alerted brands | title |", "|---|---|---|---|"]
        for key, v in sorted(r["listings"].items(), key=lambda kv: (kv[1]["cls"], kv[0])):
            if v["kind"] == "counterfeit" and v["brand"] not in v["got"]:
                o.append(f"| {v['cls']} | {v['brand']} | {', '.join(v['got']) or '—'} | {v['title'].replace('|', '/')} |")
        o += ["", f"## False alerts, {tag} (innocent listings alerted, and wrong brands on counterfeits)", "", "| class | labelled brand | alerted brands | title |", "|---|---|---|---|"]
        for key, v in sorted(r["listings"].items(), key=lambda kv: (kv[1]["cls"], kv[0])):
            if (v["kind"] == "innocent" and v["got"]) or (v["kind"] == "counterfeit" and any(g != v["brand"] for g in v["got"])):
                o.append(f"| {v['cls']} | {v['brand']} | {', '.join(v['got'])} | {v['title'].replace('|', '/')} |")
    gained = [k for k, v in f["listings"].items() if v["kind"] == "counterfeit" and v["brand"] in v["got"] and v["brand"] not in b["listings"][k]["got"]]
    lost = [k for k, v in f["listings"].items() if v["kind"] == "counterfeit" and v["brand"] not in v["got"] and v["brand"] in b["listings"][k]["got"]]
    newfp = [k for k, v in f["listings"].items() if v["kind"] == "innocent" and v["got"] and not b["listings"][k]["got"]]
    gone = [k for k, v in f["listings"].items() if v["kind"] == "innocent" and not v["got"] and b["listings"][k]["got"]]
    o += ["", f"Counterfeits newly found: {len(gained)}; newly missed: {len(lost)}; innocents newly alerted: {len(newfp)}; no longer alerted: {len(gone)}", ""]
    print("\n".join(o))


if __name__ == "__main__":
    main()
