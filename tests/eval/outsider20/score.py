#!/usr/bin/env python3
"""Score BrandSentry on outsider 20's held-out set with `brandsentry backtest`.

python score.py --tree /path/to/checkout [--set set.jsonl] [--save out.json] [--compare baseline.json] [--md out.md] [--misses]

A thin wrapper, as outsider19's: the scoring is heldout_frozen.py, a byte copy of tests/eval/heldout.py from the start
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
GENUINE_GOODS = {"in_authorized_store20", "in_used_fair20", "in_refurb20", "in_preowned_lux20", "in_wholesale20", "in_minis20",
                 "in_open_box20", "in_outlet20", "in_vintage20", "in_grey_import20", "in_pharmacy20", "in_engraved_preowned20",
                 "in_lucky_bag20", "in_bundle_leftover20"}

if __name__ == "__main__":
    main("Outsider 20", HERE, GENUINE_GOODS)
