#!/usr/bin/env python3
"""Score BrandSentry on outsider 37's held-out set with `brandsentry backtest`.

python score.py --tree /path/to/checkout [--set set.jsonl] [--save out.json] [--compare baseline.json] [--md out.md] [--misses]

A thin wrapper, as outsider36's: the scoring is heldout_frozen.py, a byte copy of outsider36's heldout_frozen.py (itself outsider28's,
27's, 26's, 25's and 24's) (md5 3cc029014c0a079ae591689b2ca19fae), kept beside this file so both runs count alike. The backtest runs in
--tree with that tree's own deploy/seed/registry.yaml.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from heldout_frozen import main  # noqa: E402

# innocent classes whose listings sell GENUINE goods by a third party or the brand (reported apart too)
GENUINE_GOODS = {"in_authorized_store37", "in_used37", "in_refurb37", "in_preowned_lux37", "in_outlet37", "in_gift_cards37",
                 "in_real_collab37", "in_limited_variant_real37", "in_legit_app_passed37", "in_blind_box_official37",
                 "in_live_stream_official37", "in_celebrity_same_genuine37", "in_closing_down_genuine37", "in_duty_free_genuine37",
                 "in_asian_fit_genuine37", "in_blurred_serial_genuine37", "in_margin_scheme_genuine37", "in_unboxed_from_bundle37",
                 "in_pawnshop_genuine37", "in_upgraded_official37", "in_free_gift_official37"}

if __name__ == "__main__":
    main("Outsider 37", HERE, GENUINE_GOODS)
