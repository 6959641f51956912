#!/usr/bin/env python3
"""Score BrandSentry on outsider 43's held-out set with `brandsentry backtest`.

python score.py --tree /path/to/checkout [--set set.jsonl] [--save out.json] [--compare baseline.json] [--md out.md] [--misses]

A thin wrapper, as outsider42's and outsider41's: the scoring is heldout_frozen.py, a byte copy of outsider42's heldout_frozen.py (itself outsider41's, 40's, 39's, 38's, 37's, 36's,
28's, 27's, 26's, 25's and 24's) (md5 3cc029014c0a079ae591689b2ca19fae), kept beside this file so both runs count alike. The backtest runs in
--tree with that tree's own deploy/seed/registry.yaml.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from heldout_frozen import main  # noqa: E402

# innocent classes whose listings sell GENUINE goods by a third party or the brand (reported apart too)
GENUINE_GOODS = {"in_auto_reman_core_charge43", "in_bag_authenticated_preloved43", "in_loose_genuine_figure43", "in_nbr_cross_registry_lines43", "in_perfume_decant_genuine43", "in_perfume_tester_genuine43", "in_pharmacy_rx_required43", "in_pulled_genuine_parts43", "in_short_dated_genuine43", "in_sneaker_retail_receipt_genuine43", "in_watch_aftermarket_dial_bezel_genuine43", "in_watch_calibre_serviced_genuine43"}

if __name__ == "__main__":
    main("Outsider 43", HERE, GENUINE_GOODS)
