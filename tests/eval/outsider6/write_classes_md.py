#!/usr/bin/env python3
"""Write classes.md from set.jsonl: every class, what it is, how many listings, one example (invisible characters shown as \\uXXXX)."""
import collections, json, unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
rows = [json.loads(l) for l in open(HERE / "set.jsonl", encoding="utf-8")]


def show(s):
    return "".join(f"\\u{ord(c):04x}" if unicodedata.category(c) in ("Cf", "Cc", "Zs") and c != " " else c for c in s).replace("\n", "⏎").replace("|", "\\|")


by = collections.OrderedDict()
for r in sorted(rows, key=lambda r: (r["_label"]["kind"], r["_label"]["class"])):
    by.setdefault(r["_label"]["class"], []).append(r)
out = ["# outsider6 classes", "", f"{len(rows)} listings; {sum(1 for r in rows if r['_label']['kind'] == 'counterfeit')} counterfeit in "
       f"{sum(1 for v in by.values() if v[0]['_label']['kind'] == 'counterfeit')} classes, {sum(1 for r in rows if r['_label']['kind'] == 'innocent')} innocent in "
       f"{sum(1 for v in by.values() if v[0]['_label']['kind'] == 'innocent')} classes. Example = the first listing of the class in set order "
       "(title, then description after ' // ' when the class lives there; price in the listing's currency).", ""]
for kind in ("counterfeit", "innocent"):
    out += [f"## {kind}", "", "| class | n | what it is | example (brand) |", "|---|---:|---|---|"]
    for c, rs in by.items():
        if rs[0]["_label"]["kind"] != kind:
            continue
        r = rs[0]
        ex = show(r["title"])
        if any(w in c for w in ("description", "line_break", "tag_cloud", "cover_story")):
            ex += " // " + show(r["description"][:120])
        if "url" in c:
            ex += f" // url {r['url']}"
        if "shop_name" in c or "official_seller" in c:
            ex += f" // seller {r['seller']['id']} on {r['marketplace']}"
        if "attributes" in c:
            ex += f" // attributes {r['attributes']}"
        if "image" in c:
            ex += f" // image pHash {r['images'][0].get('phash')}"
        if "price" in r:
            ex += f" ({r['price']['amount']} {r['price']['currency']})"
        out.append(f"| {c} | {len(rs)} | {rs[0]['_label']['tactic']} | {ex} ({r['_label']['brand'] or 'none'}) |")
    out.append("")
(HERE / "classes.md").write_text("\n".join(out), encoding="utf-8")
print("classes.md:", len(by), "classes")
