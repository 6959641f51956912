"""My extraction of the demo registry: ids, categories, first marks/aliases, models with floors, category floors,
authorized sellers, and the NAMES of vocabulary keys."""
import json, yaml
r = yaml.safe_load(open("/work/main/deploy/seed/registry.yaml"))
out = {}
print(sorted(k for k in r if k not in ("brands",)))
for b in r["brands"]:
    d = {"name": b.get("name"), "categories": b.get("categories"), "marks": (b.get("marks") or [])[:4],
         "aliases": (b.get("aliases") or [])[:4],
         "models": [(m.get("value") if isinstance(m, dict) else m, (m.get("name") if isinstance(m, dict) else None), (m.get("price_floor") if isinstance(m, dict) else None)) for m in (b.get("models") or [])][:6],
         "floors": b.get("price_floors") or b.get("floors"),
         "sellers": b.get("authorized_sellers"),
         "keys": sorted(b.keys())}
    out[b["id"]] = d
json.dump(out, open("registry_summary.json", "w"), ensure_ascii=False, indent=1, default=str)
print(len(out))
