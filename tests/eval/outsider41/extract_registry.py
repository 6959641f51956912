"""My own few lines: ids, names, categories, marks+aliases, models w/ floors, category floors, authorized sellers, key names."""
import json, yaml, sys
d = yaml.safe_load(open("/work/main/deploy/seed/registry.yaml"))
brands = d["brands"] if isinstance(d, dict) and "brands" in d else d
out = {}; keys = set()
for b in brands:
    keys |= set(b.keys())
    def g(k):
        return b.get(k) or []
    out[b["id"]] = dict(name=b.get("name"), categories=b.get("categories", []), aliases=b.get("aliases", [])[:6],
        marks=[m if isinstance(m, str) else m.get("value") for m in g("marks")][:6],
        models=[(m.get("value") if isinstance(m, dict) else m, m.get("floor") if isinstance(m, dict) else None) for m in g("models")][:4],
        category_floors=b.get("category_floors") or b.get("floors"),
        sellers=g("authorized_sellers")[:4])
json.dump(dict(keys=sorted(keys), brands=out), open("registry_summary.json", "w"), ensure_ascii=False, indent=1, default=str)
print(sorted(keys)); print(len(out))
