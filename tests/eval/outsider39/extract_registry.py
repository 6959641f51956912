"""My extraction of the demo registry: ids, names, categories, marks/aliases, models+floors, category floors, sellers, key names."""
import json, yaml
r = yaml.safe_load(open("/work/main/deploy/seed/registry.yaml"))
out = {"top_keys": list(r.keys()) if isinstance(r, dict) else None, "brands": []}
brands = r.get("brands", []) if isinstance(r, dict) else r
for b in brands:
    d = {"id": b.get("id"), "name": b.get("name"), "categories": b.get("categories"), "aliases": b.get("aliases"),
         "keys": sorted(b.keys())}
    for k in ("marks", "models", "price_floors", "category_floors", "authorized_sellers", "sellers", "floors"):
        if k in b:
            d[k] = b[k]
    out["brands"].append(d)
json.dump(out, open("registry_summary.json", "w"), ensure_ascii=False, indent=1)
print(out["top_keys"], len(out["brands"]))
print(sorted({k for b in out["brands"] for k in b["keys"]}))
