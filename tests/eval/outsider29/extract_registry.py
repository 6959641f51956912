import yaml,json
d=yaml.safe_load(open('/work/main/deploy/seed/registry.yaml'))
def v(x): return x if isinstance(x,str) else x.get('value')
for b in d['brands']:
    ms=[v(m) for m in b.get('marks',[])][:3]
    al=[v(a) for a in b.get('aliases',[])][:2]
    mods=[(m.get('name'),(m.get('price_floor') or {}).get('amount'),(m.get('price_floor') or {}).get('currency'),m.get('category')) for m in b.get('models',[])][:3]
    fl=[(p['category'],p['floor']['amount'],p['floor']['currency']) for p in b.get('price_floors',[])][:3]
    se=[(s['marketplace'],s['seller_id']) for s in b.get('authorized_sellers',[])][:2]
    print(json.dumps([b['id'],b['name'],b.get('categories'),ms,al,mods,fl,se],ensure_ascii=False))
