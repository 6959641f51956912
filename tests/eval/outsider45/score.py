#!/usr/bin/env python3
"""Score BrandSentry on outsider 45's held-out set with `brandsentry backtest`.

python score.py --tree /path/to/checkout [--set set.jsonl] [--save out.json] [--compare baseline.json] [--md out.md] [--misses]

A thin wrapper, as outsider44's: the scoring is heldout_frozen.py, a byte copy of outsider44's heldout_frozen.py (itself outsider43's, 42's,
41's, ... 24's) (md5 3cc029014c0a079ae591689b2ca19fae), kept beside this file so both runs count alike. The backtest runs in
--tree with that tree's own deploy/seed/registry.yaml.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from heldout_frozen import main  # noqa: E402

# innocent classes whose listings sell GENUINE goods by a third party or the brand (reported apart too)
GENUINE_GOODS = set(['in_authorised_wholesale_programme45', 'in_authorized_distributor_b2b45', 'in_carousell_ph_authentic_preloved45', 'in_closeout_liquidation_lot45', 'in_customer_return_pallet45', 'in_daraz_bd_official45', 'in_dead_stock_genuine45', 'in_digikala_original_warranty45', 'in_export_genuine_distributor45', 'in_greek_used_genuine45', 'in_hang_xach_tay_genuine45', 'in_haraj_used_genuine45', 'in_jumia_ke_bidhaa_halisi45', 'in_kaspi_official_dealer45', 'in_meesho_original_bill45', 'in_mercadolivre_loja_oficial45', 'in_official_store_b2b45', 'in_olx_ua_used_original45', 'in_pallet_by_weight45', 'in_parallel_import_b2b45', 'in_tender_genuine45', 'in_thai_thae_shop45', 'in_tokopedia_official_store45'])

if __name__ == "__main__":
    main("Outsider 45", HERE, GENUINE_GOODS)
