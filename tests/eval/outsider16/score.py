#!/usr/bin/env python3
"""Score BrandSentry on outsider 16's held-out set with `brandsentry backtest`.

python score.py --tree /path/to/checkout [--set set.jsonl] [--save out.json] [--compare baseline.json] [--md out.md] [--misses]

A thin wrapper, as outsider15's: the scoring is heldout_frozen.py, a byte copy of tests/eval/heldout.py from the start
tree /tmp/base-92efa59 (md5 3cc029014c0a079ae591689b2ca19fae), kept beside this file so both runs count alike. The
backtest runs in --tree with that tree's own deploy/seed/registry.yaml.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from heldout_frozen import main  # noqa: E402

# innocent classes whose listings sell GENUINE goods by a third party (reported apart too)
GENUINE_GOODS = {"in_authorized_store", "in_used_fair_world", "in_refurb_graded", "in_wholesale_invoice_genuine", "in_decants_splits",
                 "in_open_box_genuine", "in_preowned_luxury_dealer", "in_outlet_genuine", "in_vintage_collector",
                 "in_short_dated_genuine", "in_pharmacy_otc_fair", "in_minis_gwp"}

if __name__ == "__main__":
    main("Outsider 16", HERE, GENUINE_GOODS)
