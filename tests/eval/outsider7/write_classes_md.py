#!/usr/bin/env python3
"""Writes classes.md: one line per class (tactic), n and one example title, from set.jsonl."""
import collections, json
from pathlib import Path
HERE = Path(__file__).resolve().parent
rows = [json.loads(l) for l in open(HERE / "set.jsonl", encoding="utf-8")]
by = collections.OrderedDict()
for r in sorted(rows, key=lambda r: (r["_label"]["kind"], r["_label"]["class"])):
    by.setdefault(r["_label"]["class"], []).append(r)
out = ["# outsider7 classes", "", f"{len(rows)} listings; {sum(1 for v in by.values() if v[0]['_label']['kind'] == 'counterfeit')} counterfeit classes, "
       f"{sum(1 for v in by.values() if v[0]['_label']['kind'] == 'innocent')} innocent classes. `*` = a class I think earlier outsiders likely did not write.", ""]
NEW = set((HERE / "new_classes.txt").read_text().split())
for kind in ("counterfeit", "innocent"):
    out += [f"## {kind}", "", "| class | n | tactic | example |", "|---|---:|---|---|"]
    for k, v in by.items():
        if v[0]["_label"]["kind"] != kind:
            continue
        ex = v[0]["title"].replace("|", "/").replace("\u200b", "[ZWSP]")[:70]
        out.append(f"| {k}{' *' if k in NEW else ''} | {len(v)} | {v[0]['_label']['tactic']} | {ex} |")
    out.append("")
(HERE / "classes.md").write_text("\n".join(out), encoding="utf-8")
print("classes.md written")
