"""My extraction of the demo registry: ids, categories, marks/aliases, models with floors, category floors, sellers, key names."""
import json, yaml
r = yaml.safe_load(open('/work/main/deploy/seed/registry.yaml'))
out = {}
for b in r['brands']:
    d = {'id': b.get('id'), 'name': b.get('name'), 'keys': sorted(b.keys()), 'categories': b.get('categories'),
         'aliases': b.get('aliases'), 'made_in': b.get('made_in')}
    for k in ('marks', 'models', 'category_floors', 'price_floors', 'authorized_sellers', 'sellers'):
        if k in b: d[k] = b[k]
    out[b['id']] = d
json.dump(out, open('registry_summary.json', 'w'), ensure_ascii=False, indent=1, default=str)
print(len(out)); print(sorted({k for d in out.values() for k in d['keys']}))
