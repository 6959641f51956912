#!/usr/bin/env python3
"""Writes classes.md from set.jsonl and classes_meta.py (python3 write_classes_md.py)."""
import collections, json
from pathlib import Path
from classes_meta import WHY
HERE = Path(__file__).resolve().parent
rows = [json.loads(l) for l in open(HERE / "set.jsonl", encoding="utf-8")]
cls = collections.OrderedDict()
for r in sorted(rows, key=lambda r: (r["_label"]["kind"], r["_label"]["class"])):
    lab = r["_label"]
    c = cls.setdefault(lab["class"], dict(kind=lab["kind"], tactic=lab["tactic"].split(" [")[0], n=0, langs=collections.Counter(), brands=set()))
    c["n"] += 1
    c["langs"][lab["lang"]] += 1
    if lab["brand"]:
        c["brands"].add(lab["brand"])
out = ["# Outsider 5: classes", "",
       "Each class: what the listing does (tactic), why a real seller writes it, and the source it is modelled on. "
       "Counts and languages are those of `set.jsonl` (seed 20261201). 'general knowledge' means the wording is modelled on how listings on the named "
       "platforms are written, not on a single document.", ""]
for kind, head in (("counterfeit", "Counterfeit classes"), ("innocent", "Innocent (trap) classes")):
    out += [f"## {head}", ""]
    for k, c in cls.items():
        if c["kind"] != kind:
            continue
        why, src = WHY.get(k, ("", ""))
        langs = ", ".join(f"{l} {n}" for l, n in c["langs"].most_common())
        out += [f"### {k} ({c['n']} listings; {langs}" + (f"; {len(c['brands'])} brands" if c["brands"] else "") + ")", "",
                f"- **tactic:** {c['tactic']}", f"- **why a seller writes it:** {why}", f"- **source:** {src}", ""]
(HERE / "classes.md").write_text("\n".join(out), encoding="utf-8")
print(f"classes.md: {len(cls)} classes")
