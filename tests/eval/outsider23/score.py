#!/usr/bin/env python3
"""Score BrandSentry on outsider 23's held-out set with `brandsentry backtest`.

python score.py --tree /path/to/checkout [--set set.jsonl] [--save out.json] [--compare baseline.json] [--md out.md] [--misses]

A thin wrapper, as outsider22's: the scoring is heldout_frozen.py, a byte copy of outsider22's heldout_frozen.py
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
GENUINE_GOODS = {"in_authorized_store23", "in_used_fair23", "in_refurb23", "in_preowned_lux23", "in_outlet23", "in_wholesale_fair23",
                 "in_resale_above_retail23", "in_group_marks_genuine23", "in_new_products_genuine23", "in_repair_parts_genuine23",
                 "in_engine_code_used_genuine23", "in_collector_program_genuine23", "in_fan_slang_used_genuine23",
                 "in_hotline_genuine23", "in_setup_help_genuine23", "in_cue_tech_senses23", "in_licensed_crossovers23"}

if __name__ == "__main__":
    main("Outsider 23", HERE, GENUINE_GOODS)
