import json, sys
sys.path.insert(0, "/work/main")
from schemas.models import Listing
ok = bad = 0
for line in open("set.jsonl"):
    d = json.loads(line); d.pop("_label")
    try: Listing.model_validate(d); ok += 1
    except Exception as e: bad += 1; print(e)
print(ok, bad)
