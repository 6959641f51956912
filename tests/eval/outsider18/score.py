#!/usr/bin/env python3
"""Score BrandSentry on outsider 18's held-out set with `brandsentry backtest`.

python score.py --tree /path/to/checkout [--set set.jsonl] [--save out.json] [--compare baseline.json] [--md out.md] [--misses]

A thin wrapper, as outsider17's: the scoring is heldout_frozen.py, a byte copy of tests/eval/heldout.py from the start
tree /tmp/final-c22f43d (md5 3cc029014c0a079ae591689b2ca19fae), kept beside this file so both runs count alike. The
backtest runs in --tree with that tree's own deploy/seed/registry.yaml.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from heldout_frozen import main  # noqa: E402

# innocent classes whose listings sell GENUINE goods by a third party (reported apart too)
GENUINE_GOODS = {"in_authorized_store18", "in_used_fair18", "in_refurb18", "in_preowned_lux18", "in_wholesale_genuine18",
                 "in_minis_decants18", "in_open_box18", "in_outlet18", "in_vintage18", "in_grey_import18", "in_pharmacy18",
                 "in_gifted_pr_fair18"}

if __name__ == "__main__":
    main("Outsider 18", HERE, GENUINE_GOODS)
