#!/usr/bin/env python3
"""Score BrandSentry on outsider 22's held-out set with `brandsentry backtest`.

python score.py --tree /path/to/checkout [--set set.jsonl] [--save out.json] [--compare baseline.json] [--md out.md] [--misses]

A thin wrapper, as outsider21's: the scoring is heldout_frozen.py, a byte copy of outsider21's heldout_frozen.py
(md5 3cc029014c0a079ae591689b2ca19fae), kept beside this file so both runs count alike. The backtest runs in --tree
with that tree's own deploy/seed/registry.yaml.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from heldout_frozen import main  # noqa: E402

# innocent classes whose listings sell GENUINE goods by a third party (reported apart too)
GENUINE_GOODS = {"in_authorized_store22", "in_used_fair22", "in_refurb22", "in_preowned_lux22", "in_wholesale22", "in_outlet22",
                 "in_parallel_import_genuine22", "in_jsonld_genuine22", "in_salvage_genuine22", "in_ai_leftover_genuine22",
                 "in_registration_genuine22", "in_amenity_kits22", "in_tender_surplus_genuine22"}

if __name__ == "__main__":
    main("Outsider 22", HERE, GENUINE_GOODS)
