#!/usr/bin/env python3
"""Score BrandSentry on outsider 19's held-out set with `brandsentry backtest`.

python score.py --tree /path/to/checkout [--set set.jsonl] [--save out.json] [--compare baseline.json] [--md out.md] [--misses]

A thin wrapper, as outsider18's: the scoring is heldout_frozen.py, a byte copy of tests/eval/heldout.py from the start
tree /tmp/final-a81d75c (md5 3cc029014c0a079ae591689b2ca19fae), kept beside this file so both runs count alike. The
backtest runs in --tree with that tree's own deploy/seed/registry.yaml.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from heldout_frozen import main  # noqa: E402

# innocent classes whose listings sell GENUINE goods by a third party (reported apart too)
GENUINE_GOODS = {"in_authorized_store19", "in_used_fair19", "in_refurb19", "in_preowned_lux19", "in_wholesale_genuine19",
                 "in_minis_samples19", "in_open_box19", "in_outlet19", "in_vintage19", "in_grey_import19", "in_pharmacy19",
                 "in_police_auction19"}

if __name__ == "__main__":
    main("Outsider 19", HERE, GENUINE_GOODS)
