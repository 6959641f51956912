#!/usr/bin/env python3
"""Score BrandSentry on outsider 15's held-out set with `brandsentry backtest`.

python score.py --tree /path/to/checkout [--set set.jsonl] [--save out.json] [--compare baseline.json] [--md out.md] [--misses]

A thin wrapper, as outsider14's, except that the scoring is heldout_frozen.py, a copy of tests/eval/heldout.py from the
start tree kept beside this file. The backtest runs in --tree with that tree's own deploy/seed/registry.yaml.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# outsider15: the scorer is a frozen copy of tests/eval/heldout.py taken from the start tree /tmp/base-c5f66dc
# (md5 3cc029014c0a079ae591689b2ca19fae), kept beside this file, so that both runs count the same way whatever
# the session changes in the repository's copy.
sys.path.insert(0, str(HERE))
from heldout_frozen import main  # noqa: E402

# innocent classes whose listings sell (or rent) GENUINE goods by a third party (reported apart too)
GENUINE_GOODS = {"in_authorized_store", "in_used_fair_multilang", "in_refurb_fair", "in_retail_new_local", "in_duty_free_genuine", "in_vintage_genuine",
                 "in_minis_samples_genuine", "in_grey_import_fair", "in_consignment_authenticated", "in_pawnshop_appraised", "in_parts_pulled_genuine",
                 "in_bundle_console_games", "in_rental_genuine"}

if __name__ == "__main__":
    main("Outsider 15", HERE, GENUINE_GOODS)
