"""Write tests/eval/listings.ndjson from cases.py: `python -m tests.eval.build`."""

from __future__ import annotations

import json
from pathlib import Path

from schemas import Listing
from tests.eval.cases import CASES, LOGO
from tests.eval.images import logo, phash, reupload

HERE = Path(__file__).parent
LISTINGS = HERE / "listings.ndjson"


def listing(number: int, c: dict) -> dict:
    images = []
    if c["logo"] is not None:
        brand, variant = c["logo"]
        images.append({"url": f"https://img.example/{number}.jpg", "phash": phash(reupload(logo(1000 + LOGO[brand]), variant))})
    if c["photo"] is not None:
        images.append({"url": f"https://img.example/{number}.jpg", "phash": phash(logo(5000 + c["photo"]))})
    doc = {
        "marketplace": c["marketplace"],
        "listing_id": f"eval-{number:04d}",
        "title": c["title"],
        "description": c["description"],
        "seller": {"id": c["seller"] or f"seller-{number % 37}"},
        "category": c["category"],
        "images": images,
        "observed_at": "2025-01-15T10:00:00Z",
    }
    if c["price"] is not None:
        doc["price"] = {"amount": c["price"], "currency": c["currency"]}
    return Listing.model_validate(doc).model_dump(mode="json", exclude_none=True)


def main() -> None:
    with LISTINGS.open("w", encoding="utf-8") as fh:
        for number, c in enumerate(CASES):
            fh.write(json.dumps({"kind": c["kind"], "expect": c["expect"], "listing": listing(number, c)}, ensure_ascii=False) + "\n")
    print(f"wrote {len(CASES)} labelled listings to {LISTINGS}")


if __name__ == "__main__":
    main()
