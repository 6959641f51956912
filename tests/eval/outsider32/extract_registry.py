# my own few lines: ids, categories, first marks/aliases, models with floors, category floors, authorized sellers, NAMES of vocab keys
import yaml, json
d = yaml.safe_load(open('/work/main/deploy/seed/registry.yaml'))
vocab = set()
for b in d['brands']:
    out = dict(id=b['id'], name=b['name'], cats=b.get('categories'), marks=[m if isinstance(m,str) else m.get('value') for m in (b.get('marks') or [])][:3],
               aliases=[m if isinstance(m,str) else m.get('value') for m in (b.get('aliases') or [])][:3],
               models=b.get('models'), floors=b.get('price_floors'), sellers=b.get('authorized_sellers'))
    print(json.dumps(out, ensure_ascii=False))
    vocab |= set(b.keys())
print(sorted(vocab))
