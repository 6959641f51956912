import yaml, json
d = yaml.safe_load(open('/work/main/deploy/seed/registry.yaml'))
out = {}
for b in d['brands']:
    marks = [m if isinstance(m, str) else m.get('value') for m in (b.get('marks') or [])]
    out[b['id']] = dict(name=b.get('name'), categories=b.get('categories'), marks=marks[:6], aliases=b.get('aliases'),
        models=[(m.get('value'), m.get('name'), (m.get('price_floor') or {}).get('amount')) for m in (b.get('models') or [])][:4],
        price_floors=b.get('price_floors'),
        sellers=[(s.get('marketplace'), s.get('seller_id'), s.get('name')) for s in (b.get('authorized_sellers') or [])])
json.dump(out, open('registry_summary.json', 'w'), ensure_ascii=False, indent=0, default=str)
for k, v in out.items():
    print(k, '|', v['name'], '|', v['categories'][:4], '|', v['marks'][:3], v['aliases'][:3] if v['aliases'] else '', '|', v['models'][:2], '|', str(v['price_floors'])[:160], '|', v['sellers'])
