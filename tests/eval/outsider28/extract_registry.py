import yaml
d=yaml.safe_load(open('/work/main/deploy/seed/registry.yaml'))
def v(x): return x if isinstance(x,str) else (x.get('value') if isinstance(x,dict) else x)
for b in d['brands']:
    m=[v(x) for x in (b.get('marks') or [])][:4]
    al=[v(x) for x in (b.get('aliases') or [])][:3]
    ms=[(x.get('value'), x['floor']['amount'], x['floor']['currency']) for x in (b.get('models') or []) if isinstance(x,dict) and x.get('floor')][:4]
    fl=[(x['category'],x['floor']['amount'],x['floor']['currency']) for x in (b.get('price_floors') or [])]
    s=[v(x) if isinstance(x,str) else (x.get('name') or x.get('id')) for x in (b.get('authorized_sellers') or [])]
    print(f"{b['id']} | {b['name']} | cats {b.get('categories')} | marks {m} | aliases {al}\n   models {ms}\n   floors {fl}\n   sellers {s}")
