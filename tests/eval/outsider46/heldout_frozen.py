"""The scorer behind the held-out sets' score.py (outsider4..outsider9): runs `brandsentry backtest` on a checkout
with that checkout's own registry and scores the set's labels.

    cd tests/eval/outsiderN && python score.py --tree /path/to/checkout [--set set.jsonl] [--save out.json]
        [--compare baseline.json] [--md out.md] [--misses]

Runs `<python> -m brandsentry.cli backtest --registry <tree>/deploy/seed/registry.yaml --listings <tmp>` with
cwd=<tree>, PYTHONPATH=<tree> and MATCHER_IMAGE_FETCH=false, where <python> is the tree's .venv/bin/python if it has
one, else this interpreter. A counterfeit listing is found when its expected brand is among the brands matched for it;
any match on an innocent listing, or on a brand other than the expected one (or a listed `also`) for a counterfeit
listing, is a false alert. Precision = correct alerts / all alerts. Labels: each row's `_label` (kind, class, tactic,
brand, also, lang), stripped before the backtest (the Listing schema forbids extra fields).

Written by the outsiders, each adapting the one before; gathered here unchanged in what it counts (outsider4's to
outsider6's reports gain the sections later sets added: innocents per language, brands raising false alerts, the
registry's and the set's md5).
"""
from __future__ import annotations

import argparse
import collections
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def python(tree: Path) -> str:
    """The interpreter that runs the backtest: the tree's own venv if it has one, else this one."""
    venv = tree / ".venv" / "bin" / "python"
    return str(venv) if venv.exists() else sys.executable


def run_backtest(tree: Path, rows):
    """{listing key: {brand id: score}}, the backtest's stderr and its seconds, for `rows` (labels stripped)."""
    with tempfile.NamedTemporaryFile("w", suffix=".ndjson", delete=False, encoding="utf-8") as f:
        for row in rows:
            d = {k: v for k, v in row.items() if k != "_label"}
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
        tmp = f.name
    env = dict(os.environ, PYTHONPATH=str(tree), MATCHER_IMAGE_FETCH="false")
    t0 = time.time()
    p = subprocess.run([python(tree), "-m", "brandsentry.cli", "backtest", "--registry", str(tree / "deploy/seed/registry.yaml"), "--listings", tmp],
                       cwd=tree, env=env, capture_output=True, text=True)
    os.unlink(tmp)
    if p.returncode != 0:
        sys.exit(f"backtest failed ({p.returncode}):\n{p.stderr[-3000:]}")
    hits = collections.defaultdict(dict)
    for line in p.stdout.splitlines():
        line = line.strip()
        if not line.startswith("{"):
            continue
        m = json.loads(line)
        hits[m["listing_key"]][m["brand_id"]] = round(float(m.get("score", 0)), 3)
    return hits, p.stderr, time.time() - t0


def score(rows, hits):
    tot = dict(counterfeit=0, found=0, innocent=0, innocent_alerted=0, alerts=0, correct_alerts=0, false_alerts=0, wrong_brand=0)
    per = {}
    per_lang = collections.defaultdict(lambda: [0, 0])
    per_lang_in = collections.defaultdict(lambda: [0, 0])
    fp_brand = collections.Counter()
    per_brand = collections.defaultdict(lambda: [0, 0])
    listings = {}
    for row in rows:
        lab = row["_label"]
        key = f"{row['marketplace']}:{row['listing_id']}"
        got = hits.get(key, {})
        c = per.setdefault(lab["class"], dict(kind=lab["kind"], tactic=lab["tactic"], n=0, found=0, alerted=0, false_alerts=0))
        c["n"] += 1
        tot["alerts"] += len(got)
        if lab["kind"] == "counterfeit":
            ok = {lab["brand"], *lab.get("also", [])}
            tot["counterfeit"] += 1
            f = lab["brand"] in got
            tot["found"] += f
            c["found"] += f
            wrong = [b for b in got if b not in ok]
            fp_brand.update(wrong)
            tot["wrong_brand"] += len(wrong)
            tot["false_alerts"] += len(wrong)
            c["false_alerts"] += len(wrong)
            tot["correct_alerts"] += len(got) - len(wrong)
            per_lang[lab["lang"]][0] += 1
            per_lang[lab["lang"]][1] += f
            per_brand[lab["brand"]][0] += 1
            per_brand[lab["brand"]][1] += f
        else:
            tot["innocent"] += 1
            per_lang_in[lab["lang"]][0] += 1
            per_lang_in[lab["lang"]][1] += bool(got)
            fp_brand.update(list(got))
            if got:
                tot["innocent_alerted"] += 1
                c["alerted"] += 1
            tot["false_alerts"] += len(got)
            c["false_alerts"] += len(got)
        listings[key] = dict(kind=lab["kind"], cls=lab["class"], brand=lab["brand"], got=sorted(got), title=row["title"][:120])
    tot["recall"] = tot["found"] / max(1, tot["counterfeit"])
    tot["precision"] = tot["correct_alerts"] / max(1, tot["alerts"])
    return dict(totals=tot, classes=per, languages={k: v for k, v in sorted(per_lang.items())},
                languages_innocent={k: v for k, v in sorted(per_lang_in.items())}, false_alert_brands=dict(fp_brand.most_common()),
                brands={k: v for k, v in sorted(per_brand.items())}, listings=listings)


def novel_classes(here: Path) -> set[str]:
    """The classes the set's writer marked `*` (tactics earlier writers were unlikely to have used) in the second
    column of the class table of `here`/classes.md; none when the set has no such file."""
    p = here / "classes.md"
    out = set()
    if p.exists():
        for line in p.read_text(encoding="utf-8").splitlines():
            cells = [c.strip() for c in line.split("|")]
            if len(cells) > 3 and cells[2] == "*":
                out.add(cells[1])
    return out


def pct(x):
    return f"{100 * x:.1f} %"


def report(res, title, genuine_goods, novel=frozenset()):
    t = res["totals"]
    out = [f"# {title}", "",
           f"- listings: {t['counterfeit'] + t['innocent']} ({t['counterfeit']} counterfeit, {t['innocent']} innocent)",
           f"- **recall {pct(t['recall'])}** ({t['found']}/{t['counterfeit']})",
           f"- **precision {pct(t['precision'])}** ({t['correct_alerts']} correct of {t['alerts']} alerts)",
           f"- innocent listings alerted: {t['innocent_alerted']}/{t['innocent']}",
           f"- wrong-brand alerts on counterfeit listings: {t['wrong_brand']}",
           f"- of which: innocent listings alerted outside the genuine-goods classes ({', '.join(sorted(genuine_goods))}): "
           f"{sum(c['alerted'] for k, c in res['classes'].items() if c['kind'] == 'innocent' and k not in genuine_goods)}/"
           f"{sum(c['n'] for k, c in res['classes'].items() if c['kind'] == 'innocent' and k not in genuine_goods)}; inside them: "
           f"{sum(c['alerted'] for k, c in res['classes'].items() if k in genuine_goods)}/{sum(c['n'] for k, c in res['classes'].items() if k in genuine_goods)}",
           f"- precision without the genuine-goods classes' alerts: "
           f"{pct(t['correct_alerts'] / max(1, t['alerts'] - sum(c['false_alerts'] for k, c in res['classes'].items() if k in genuine_goods)))}",
           f"- counterfeit classes: {sum(1 for c in res['classes'].values() if c['kind'] == 'counterfeit')}, innocent classes: "
           f"{sum(1 for c in res['classes'].values() if c['kind'] == 'innocent')}; backtest {res.get('meta', {}).get('seconds', '?')} s", "",
           "## Counterfeit classes", "", "| class | * | n | found | recall | wrong-brand alerts | tactic |", "|---|:-:|---:|---:|---:|---:|---|"]
    for k, c in sorted(res["classes"].items(), key=lambda kv: (kv[1]["kind"], kv[1]["found"] / max(1, kv[1]["n"]))):
        if c["kind"] == "counterfeit":
            out.append(f"| {k} | {'*' if k in novel else ''} | {c['n']} | {c['found']} | {pct(c['found'] / c['n'])} | {c['false_alerts']} | {c['tactic']} |")
    out += ["", "## Innocent (trap) classes", "", "| class | * | genuine goods | n | alerted | false alerts | tactic |", "|---|:-:|:-:|---:|---:|---:|---|"]
    for k, c in sorted(res["classes"].items(), key=lambda kv: -kv[1]["alerted"]):
        if c["kind"] == "innocent":
            out.append(f"| {k} | {'*' if k in novel else ''} | {'yes' if k in genuine_goods else ''} | {c['n']} | {c['alerted']} | {c['false_alerts']} | {c['tactic']} |")
    out += ["", "## Recall per language", "", "| language | n | recall |", "|---|---:|---:|"]
    for k, (n, f) in res["languages"].items():
        out.append(f"| {k} | {n} | {pct(f / n)} |")
    out += ["", "## Innocent listings alerted per language", "", "| language | n | alerted |", "|---|---:|---:|"]
    for k, (n, f) in res.get("languages_innocent", {}).items():
        out.append(f"| {k} | {n} | {f} |")
    out += ["", "## Brands raising false alerts (innocent listings + wrong brand)", "", "| brand | false alerts |", "|---|---:|"]
    for k, v in res.get("false_alert_brands", {}).items():
        out.append(f"| {k} | {v} |")
    out += ["", "## Recall per brand", "", "| brand | n | recall |", "|---|---:|---:|"]
    for k, (n, f) in res["brands"].items():
        out.append(f"| {k} | {n} | {pct(f / n)} |")
    return "\n".join(out) + "\n"


def compare(res, base):
    t, b = res["totals"], base["totals"]
    out = ["", "## Compared with the saved run", "",
           f"- recall {pct(b['recall'])} → {pct(t['recall'])}", f"- precision {pct(b['precision'])} → {pct(t['precision'])}",
           f"- innocent alerted {b['innocent_alerted']} → {t['innocent_alerted']}", f"- wrong-brand {b['wrong_brand']} → {t['wrong_brand']}", "",
           "| class | kind | before | after |", "|---|---|---|---|"]
    for k, c in sorted(res["classes"].items()):
        o = base["classes"].get(k)
        if not o:
            continue
        if c["kind"] == "counterfeit":
            bv, av = f"{o['found']}/{o['n']}", f"{c['found']}/{c['n']}"
        else:
            bv, av = f"{o['alerted']} alerted", f"{c['alerted']} alerted"
        if bv != av:
            out.append(f"| {k} | {c['kind']} | {bv} | {av} |")
    gained = sum(1 for k, v in res["listings"].items() if v["kind"] == "counterfeit" and v["brand"] in v["got"] and k in base["listings"] and v["brand"] not in base["listings"][k]["got"])
    lost = sum(1 for k, v in res["listings"].items() if v["kind"] == "counterfeit" and v["brand"] not in v["got"] and k in base["listings"] and v["brand"] in base["listings"][k]["got"])
    out.append(f"\ncounterfeits newly found: {gained}; newly missed: {lost}")
    return "\n".join(out) + "\n"


def main(name: str, here: Path, genuine_goods: set[str]) -> None:
    """The command line of a held-out set's score.py: `name` titles the report (e.g. "Outsider 8"), `here` is the
    set's folder (its set.jsonl is the default --set), `genuine_goods` its innocent classes of genuine goods."""
    ap = argparse.ArgumentParser(description=f"Score a BrandSentry checkout on the {name} held-out set.")
    ap.add_argument("--tree", required=True, help="checkout of BrandSentry to score (its deploy/seed/registry.yaml is used)")
    ap.add_argument("--set", default=str(here / "set.jsonl"))
    ap.add_argument("--save")
    ap.add_argument("--compare")
    ap.add_argument("--md", help="write the markdown report here too")
    ap.add_argument("--misses", action="store_true", help="print missed counterfeits and false alerts (reveals listings!)")
    a = ap.parse_args()
    tree = Path(a.tree).resolve()
    rows = [json.loads(l) for l in open(a.set, encoding="utf-8") if l.strip()]
    hits, stderr, secs = run_backtest(tree, rows)
    res = score(rows, hits)
    reg = tree / "deploy/seed/registry.yaml"
    res["meta"] = dict(tree=str(tree), set=a.set, seconds=round(secs, 1), stderr_tail=stderr[-1500:], registry=str(reg),
                       registry_md5=hashlib.md5(reg.read_bytes()).hexdigest(), set_md5=hashlib.md5(open(a.set, "rb").read()).hexdigest())
    try:
        res["meta"]["commit"] = subprocess.run(["git", "-C", str(tree), "rev-parse", "HEAD"], capture_output=True, text=True).stdout.strip()
    except Exception:
        pass
    text = report(res, f"{name} held-out set on {res['meta'].get('commit', tree)[:12]}", genuine_goods,
                  novel_classes(here))
    if a.compare:
        text += compare(res, json.load(open(a.compare, encoding="utf-8")))
    print(text)
    print("backtest stderr (tail):\n" + stderr[-800:], file=sys.stderr)
    if a.misses:
        for k, v in res["listings"].items():
            if (v["kind"] == "counterfeit" and v["brand"] not in v["got"]) or (v["kind"] == "innocent" and v["got"]):
                print(k, v)
    if a.save:
        json.dump(res, open(a.save, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    if a.md:
        open(a.md, "w", encoding="utf-8").write(text)
