#!/usr/bin/env python3
"""Score BrandSentry on outsider 10's held-out set with `brandsentry backtest`.

python score.py --tree /path/to/checkout [--set set.jsonl] [--save out.json] [--compare baseline.json] [--md out.md] [--misses]

The scoring itself is tests/eval/heldout.py, shared by the held-out sets' score.py (the outsider's own copy of it, as of
834630d and unchanged in what it counts, was folded back into it when the set was committed).
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
from tests.eval.heldout import main  # noqa: E402

# innocent classes whose listings sell GENUINE goods by a third party (reported apart too)
GENUINE_GOODS = {"in_authorized_store", "in_retail_sale_fair", "in_retail_nonecb", "in_used_local_langs", "in_used_broken_parts",
                 "in_consignment_authenticated", "in_secondhand_bales", "in_tester_genuine_fair", "in_oem_parts_fair",
                 "in_bulk_consumables_fair", "in_pharmacy_otc_fair", "in_food_grocery_fair", "in_auction_low_start",
                 "in_official_distributor_fair", "in_free_giveaway", "in_swap_offers", "in_used_auto_parts_pulled",
                 "in_refurb_marketplace", "in_grey_import_fair", "in_used_bulk_by_weight", "in_used_games_media"}

if __name__ == "__main__":
    main("Outsider 10", HERE, GENUINE_GOODS)
