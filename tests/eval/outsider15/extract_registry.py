import yaml,sys
d=yaml.safe_load(open('/work/main/deploy/seed/registry.yaml'))
def v(x): return x['value'] if isinstance(x,dict) else x
for b in d['brands']:
    print(f"## {b['id']} | {b['name']} | {b['iwg']} | cats={b.get('categories')}")
    print("  marks:", [v(x) for x in b.get('marks',[])])
    print("  aliases:", b.get('aliases',[]), "local:", [v(x) for x in b.get('local_names',[])], "former:", [v(x) for x in b.get('former_names',[])])
    print("  lines:", [v(x) for x in b.get('lines',[])])
    print("  models:", [(m['value'], m.get('name',''), (m.get('price_floor') or {}).get('amount'), (m.get('price_floor') or {}).get('currency')) for m in b.get('models',[])])
    print("  floors:", [(f.get('category'), f['floor']['amount'], f['floor']['currency']) for f in b.get('price_floors',[])])
    print("  sellers:", [(s['marketplace'], s['seller_id'], s.get('name','')) for s in b.get('authorized_sellers',[])])
    print("  keys:", sorted(b.keys()))
