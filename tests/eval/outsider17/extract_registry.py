#!/usr/bin/env python3
"""Summarise the demo registry: python extract_registry.py /work/main/deploy/seed/registry.yaml > registry_summary.txt"""
import sys, yaml
d = yaml.safe_load(open(sys.argv[1], encoding="utf-8"))
def v(x):
    return x["value"] if isinstance(x, dict) else str(x)
for b in d["brands"]:
    print(f"== {b['id']} | {b['name']} | {b.get('iwg')} | cats={b.get('categories')}")
    for k in ("marks", "aliases", "local_names", "former_names", "lines", "nicknames", "abbreviations", "street_names"):
        if b.get(k):
            print(f"  {k}: " + "; ".join(v(x) for x in b[k]))
    if b.get("models"):
        print("  models: " + "; ".join(f"{m['value']}={m.get('name','')}@{(m.get('price_floor') or {}).get('amount','')}{(m.get('price_floor') or {}).get('currency','')}" for m in b["models"]))
    if b.get("price_floors"):
        print("  floors: " + "; ".join(f"{f.get('category')}={f['floor']['amount'] if 'floor' in f else f.get('amount')}{f['floor'].get('currency','') if 'floor' in f else ''}" for f in b["price_floors"]) if isinstance(b["price_floors"], list) else f"  floors: {b['price_floors']}")
    if b.get("authorized_sellers"):
        print("  sellers: " + "; ".join(f"{s.get('marketplace')}:{s.get('seller_id')}" for s in b["authorized_sellers"]))
