"""Writes data_brands.json: each brand's id, first mark, first alias, categories, first model (value, name, floor),
first authorised seller. Run once with the tree's venv (needs PyYAML); make_set.py reads data.py only."""
import json, yaml
d = yaml.safe_load(open('/work/main/deploy/seed/registry.yaml'))
out = []
def v(x): return x if isinstance(x, str) else x.get('value')
for b in d['brands']:
    m = (b.get('models') or [{}])[0]
    s = (b.get('authorized_sellers') or [{}])[0]
    mk = (b.get('marks') or [b['name']])[0]
    out.append(dict(id=b['id'], name=b['name'], mark=v(mk), everyday=isinstance(mk, dict) and mk.get('everyday_word', False),
                    alias=v((b.get('aliases') or [''])[0]), cats=b['categories'], model=m.get('value'), model_name=m.get('name'),
                    floor=m.get('price_floor'), seller=dict(mp=s.get('marketplace'), id=s.get('seller_id'), name=s.get('name')),
                    vocab=sorted(k for k in b if k not in ('id','name','iwg','categories','marks','aliases','models','price_floors','authorized_sellers','images'))))
print(json.dumps(out, ensure_ascii=False, indent=0))
