import yaml, json
d = yaml.safe_load(open('/work/main/deploy/seed/registry.yaml'))
print(type(d), list(d.keys())[:10] if isinstance(d, dict) else len(d))
brands = d['brands'] if isinstance(d, dict) and 'brands' in d else d
out = []
keys = set()
for b in brands:
    keys |= set(b.keys())
    out.append(dict(id=b.get('id'), name=b.get('name'), categories=b.get('categories'),
        marks=(b.get('marks') or [])[:4], aliases=(b.get('aliases') or [])[:3],
        models=[(m if isinstance(m, str) else {k: m.get(k) for k in ('value','number','model','category','floor','name') if k in m}) for m in (b.get('models') or [])[:4]],
        floors=b.get('price_floors') or b.get('floors'), sellers=b.get('authorized_sellers')))
print(sorted(keys))
json.dump(out, open('registry_summary.json','w'), ensure_ascii=False, indent=0, default=str)
print(len(out))
