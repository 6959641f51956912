#!/usr/bin/env python3
"""Score BrandSentry on outsider 17's held-out set with `brandsentry backtest`.

python score.py --tree /path/to/checkout [--set set.jsonl] [--save out.json] [--compare baseline.json] [--md out.md] [--misses]

A thin wrapper, as outsider16's: the scoring is heldout_frozen.py, a byte copy of tests/eval/heldout.py from the start
tree /tmp/base-f5556c8 (md5 3cc029014c0a079ae591689b2ca19fae), kept beside this file so both runs count alike. The
backtest runs in --tree with that tree's own deploy/seed/registry.yaml.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from heldout_frozen import main  # noqa: E402

# innocent classes whose listings sell GENUINE goods by a third party (reported apart too)
GENUINE_GOODS = {"in_authorized_store17", "in_used_fair17", "in_refurb17", "in_preowned_lux17", "in_wholesale_genuine17",
                 "in_minis_decants17", "in_open_box17", "in_outlet17", "in_vintage17", "in_grey_import17", "in_pharmacy17",
                 "in_genuine_replacement_unit17"}

if __name__ == "__main__":
    main("Outsider 17", HERE, GENUINE_GOODS)
