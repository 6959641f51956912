#!/usr/bin/env python3
"""My extraction of the demo registry: brand id, name, categories, marks, models, floors, authorized sellers."""
import sys, yaml
d = yaml.safe_load(open(sys.argv[1], encoding="utf-8"))
def v(x): return x["value"] if isinstance(x, dict) else x
for b in d["brands"]:
    print(f"## {b['id']} | {b['name']} | {b.get('categories')}")
    print("  marks:", [v(m) for m in b.get("marks", [])][:8], "aliases:", [v(m) for m in b.get("aliases", [])], "local:", b.get("local_names"))
    print("  lines:", [v(m) for m in b.get("lines", [])][:8])
    print("  models:", [(m["value"], m.get("name"), (m.get("price_floor") or {}).get("amount"), (m.get("price_floor") or {}).get("currency")) for m in b.get("models", [])])
    print("  floors:", [(f.get("category"), f["floor"]["amount"], f["floor"]["currency"]) for f in b.get("price_floors", [])])
    print("  sellers:", [(s["marketplace"], s["seller_id"]) for s in b.get("authorized_sellers", [])])
