#!/usr/bin/env python3
"""Score BrandSentry on outsider 34's held-out set with `brandsentry backtest`.

python score.py --tree /path/to/checkout [--set set.jsonl] [--save out.json] [--compare baseline.json] [--md out.md] [--misses]

A thin wrapper, as outsider28's: the scoring is heldout_frozen.py, a byte copy of outsider28's heldout_frozen.py (itself outsider27's, 26's, 25's and
24's) (md5 3cc029014c0a079ae591689b2ca19fae), kept beside this file so both runs count alike. The backtest runs in --tree
with that tree's own deploy/seed/registry.yaml.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from heldout_frozen import main  # noqa: E402

# innocent classes whose listings sell GENUINE goods by a third party or the brand (reported apart too)
GENUINE_GOODS = {"in_authorized_store34","in_bank_repo_auction34","in_game_dlc_licensed34","in_genuine_negated_copy34","in_gift_cards34","in_grey_import34","in_licensed_crossover34","in_open_box34","in_outlet34","in_preowned_lux34","in_refurb34","in_repair_parts34","in_used34","in_wholesale34"}

if __name__ == "__main__":
    main("Outsider 34", HERE, GENUINE_GOODS)
