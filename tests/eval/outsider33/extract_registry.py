# my own few lines: ids, categories, first marks/aliases, models with floors, category floors, authorized sellers, vocab key names
import yaml, sys
r=yaml.safe_load(open('/work/main/deploy/seed/registry.yaml'))
keys=set()
for b in r['brands']:
    keys|=set(b.keys())
    ms=b.get('marks',[]); al=b.get('aliases',[])
    fm=lambda x: x if isinstance(x,str) else (x.get('value') or x.get('name') or str(x))
    models=[(m.get('value') or m.get('id') or m.get('name'), m.get('floor') or m.get('price_floor')) if isinstance(m,dict) else (m,None) for m in b.get('models',[])][:6]
    pf=b.get('price_floors',[])
    sellers=b.get('authorized_sellers',[])
    print(b['id'],'|',b['name'],'|',b.get('categories'),'| marks:',[fm(x) for x in ms[:3]],'| aliases:',[fm(x) for x in al[:3]])
    print('   models:',models)
    print('   floors:',pf[:8] if isinstance(pf,list) else pf)
    print('   sellers:',sellers[:4])
print('KEYS',sorted(keys))
