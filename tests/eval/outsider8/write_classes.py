#!/usr/bin/env python3
"""Write classes.md from make_set.py's class table and set.jsonl (one example per class)."""
import json
from pathlib import Path
import make_set

HERE = Path(__file__).resolve().parent
rows = [json.loads(l) for l in open(HERE / "set.jsonl", encoding="utf-8")]
first, n = {}, {}
for s in make_set.SPECS:  # the first listing written for the class is its example
    first.setdefault(s["cls"], s)
    n[s["cls"]] = n.get(s["cls"], 0) + 1
out = ["# outsider8: classes", "",
       f"{len(rows)} listings: {sum(1 for r in rows if r['_label']['kind'] == 'counterfeit')} counterfeit in "
       f"{sum(1 for c in make_set.CLASSES.values() if c['kind'] == 'counterfeit')} classes, "
       f"{sum(1 for r in rows if r['_label']['kind'] == 'innocent')} innocent in "
       f"{sum(1 for c in make_set.CLASSES.values() if c['kind'] == 'innocent')} classes, "
       f"{len({r['_label']['lang'] for r in rows})} language/market codes.",
       "`*` = a class I think earlier outsiders were unlikely to have written (judged from the README's summaries of their",
       "sets only; I did not read their sets). Genuine goods sold by others (reported apart by score.py): "
       + ", ".join(sorted(make_set.GENUINE_GOODS)) + ".", ""]
for kind, head in (("counterfeit", "Counterfeit"), ("innocent", "Innocent")):
    out += [f"## {head} classes", "", "| class | new | n | tactic | example (title) |", "|---|---|---:|---|---|"]
    for name, c in make_set.CLASSES.items():
        if c["kind"] != kind:
            continue
        ex = first[name]["title"].replace("|", "\\|")
        out.append(f"| {name} | {'*' if c['star'] else ''} | {n[name]} | {c['tactic'].replace('|', '/')} | {ex} ({first[name]['lang']}) |")
    out.append("")
(HERE / "classes.md").write_text("\n".join(out), encoding="utf-8")
print(sum(1 for c in make_set.CLASSES.values() if c["star"]), "starred of", len(make_set.CLASSES))
