#!/usr/bin/env python3
"""Score BrandSentry on outsider 27's held-out set with `brandsentry backtest`.

python score.py --tree /path/to/checkout [--set set.jsonl] [--save out.json] [--compare baseline.json] [--md out.md] [--misses]

A thin wrapper, as outsider26's: the scoring is heldout_frozen.py, a byte copy of outsider26's heldout_frozen.py (itself outsider25's and
outsider24's) (md5 3cc029014c0a079ae591689b2ca19fae), kept beside this file so both runs count alike. The backtest runs in --tree
with that tree's own deploy/seed/registry.yaml.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from heldout_frozen import main  # noqa: E402

# innocent classes whose listings sell GENUINE goods by a third party or the brand (reported apart too)
GENUINE_GOODS = {"in_authorized_store27","in_used_fair27","in_refurb27","in_preowned_lux27","in_outlet27","in_wholesale27","in_repair_parts27","in_gift_cards27","in_short_dated27","in_grey_import27","in_genuine_negated_copy27","in_licensed_crossover27","in_zodiac_genuine27","in_meetup_genuine27","in_expat_moving_sale27","in_corporate_gift_genuine27"}

if __name__ == "__main__":
    main("Outsider 27", HERE, GENUINE_GOODS)
