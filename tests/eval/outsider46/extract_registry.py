"""outsider46: read the demo registry only through these lines (ids, categories, marks/aliases, models+floors, category floors, authorized sellers, vocabulary key NAMES)."""
import json, sys, yaml
d = yaml.safe_load(open("/work/main/deploy/seed/registry.yaml"))
print("top-level keys:", list(d) if isinstance(d, dict) else type(d), file=sys.stderr)
brands = d["brands"] if isinstance(d, dict) else d
out = []
keynames = set()
for b in brands:
    keynames |= set(b)
    def vals(k):
        v = b.get(k) or []
        r = []
        for x in v:
            if isinstance(x, dict):
                r.append({kk: x[kk] for kk in ("value", "number", "model", "name", "price_floor", "floor", "id", "marketplace", "seller_id", "everyday_word") if kk in x})
            else:
                r.append(x)
        return r
    out.append({"id": b.get("id"), "name": b.get("name"), "categories": b.get("categories"), "marks": vals("marks"),
                "aliases": b.get("aliases"), "models": vals("models"), "price_floors": b.get("price_floors"),
                "authorized_sellers": vals("authorized_sellers")})
json.dump({"brand_keys": sorted(keynames), "brands": out}, open("registry_summary.json", "w"), ensure_ascii=False, indent=1)
print(len(out), sorted(keynames))
