"""Images in the evaluation: logos inside generated product photos, and near-duplicates of registered photos.

    .venv/bin/python -m tests.eval.logos [--per 15] [--logos 10000]     (also printed by `python -m tests.eval`)

`--logos N` registers N generated logos (the 40 brands below and N - 40 brands with a logo only; drawing them
costs about 4 CPU-ms each) and draws the logo rows' brands from all N: candidate search among 10,000 logos. The
photo rows are left out then (registered photos are shortlisted apart from logos, so they do not change).

Everything is drawn here with Pillow (no matcher code generates anything): every brand has a logo
(shapes and a four-letter word in one of the machine's TrueType fonts) registered as a `logo`
fingerprint, and a catalogue photo registered as a `pdq` fingerprint. Listings carry one photo:
- logo rows: a brand's logo pasted onto a product-like photo (coloured ground, blobs) with one
  transformation (scale, rotation, occlusion, a small logo, JPEG quality, another unregistered logo beside it);
- photo rows: a brand's catalogue photo resized, re-compressed, cropped (1 % a side; 5, 10 and 20 % a side
  or from one side), mirrored, colour-shifted, rotated; found by its PDQ hash or, when cropped beyond what
  PDQ sees, by its ORB features (the catalogue photo's fingerprint carries them, as the portal stores them);
- negatives: product photos with no logo, or with unregistered logos (drawn by `logo` from seeds never
  registered, sharing its fonts and letters, or by `other_logo`: other words, sizes, shapes, text only); cards made
  from a registered logo's lettering (the distractor class of a logo inside a photo): its font and the first or
  the last half of its word (`half_logo`), one of its letters (`letter_card`), its letters in another order
  (`anagram_card`), its left half joined to another card (`spliced_logo`); an unregistered photo cropped;
  a registered photo's ground with other things on it (the product gone).
The matcher sees what its image fetch would give it (photos.photo_of of the JPEG bytes) and nothing of
the text (titles name no brand). Recall: the expected brand alerts with the row's rule; precision:
alerts for the expected brand over all alerts raised on the row's listings.
"""

from __future__ import annotations

import io
import random
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
from PIL import Image, ImageDraw, ImageEnhance, ImageOps
from rich.console import Console
from rich.table import Table

from brandsentry.registry import parse_registry
from schemas import Listing
from services.matcher.core import MatcherIndex
from services.matcher.core.photos import decode, features_b64, logo_features, photo_of
from tests.unit.images.pictures import anagram_card, half_logo, letter_card, logo, other_logo, product, spliced_logo  # the same generated logos and photos as the image tests

BRANDS = 40  # with a logo and a catalogue photo each; `--logos N` registers N - 40 more brands with a logo only
UNREGISTERED = 1_000_000  # logo seeds from here on are never registered (the registered are 0 .. N - 1)


def paste(photo: Image.Image, mark: Image.Image, rng: random.Random, *, scale=1.0, angle=0.0, cover=0.0,
          half: str = "") -> Image.Image:
    """The photo with `mark` pasted at a random place (in the "left" or "right" half of the photo if `half`)."""
    mark = mark.convert("RGBA")
    if cover:
        ImageDraw.Draw(mark).rectangle((int(mark.width * (1 - cover)), 0, mark.width, mark.height), fill=(80, 80, 80, 255))
    mark = mark.resize((max(1, int(mark.width * scale)), max(1, int(mark.height * scale))))
    mark = mark.rotate(angle, expand=True, fillcolor=(0, 0, 0, 0))
    out = photo.copy()
    x0, x1 = {"": (0, out.width), "left": (0, out.width // 2), "right": (out.width // 2, out.width)}[half]
    at = (x0 + rng.randrange(0, max(1, x1 - x0 - mark.width)), rng.randrange(0, max(1, out.height - mark.height)))
    out.paste(mark, at, mark)
    return out


def jpeg(img: Image.Image, quality: int = 85) -> bytes:
    buffer = io.BytesIO()
    img.convert("RGB").save(buffer, format="JPEG", quality=quality)
    return buffer.getvalue()


SIDES = ("left", "top", "right", "bottom")


def crop(img: Image.Image, percent: int, side: str) -> Image.Image:
    """The photo with `percent` % of its width/height cut from every side ("all") or from one side."""
    dx, dy = img.width * percent // 100, img.height * percent // 100
    box = {"all": (dx, dy, img.width - dx, img.height - dy), "left": (dx, 0, img.width, img.height),
           "top": (0, dy, img.width, img.height), "right": (0, 0, img.width - dx, img.height),
           "bottom": (0, 0, img.width, img.height - dy)}[side]
    return img.crop(box)


def ground_of(brand: int, other: int) -> Image.Image:
    """The brand's catalogue photo's coloured ground with another photo's things on it."""
    colour = lambda seed: [random.Random(seed * 7919 + 1).randrange(256) for _ in range(3)]  # product()'s first draw
    pixels = np.array(product(other))
    pixels[(pixels == colour(other)).all(axis=2)] = colour(brand)
    return Image.fromarray(pixels)


Make = Callable[[int, random.Random], Image.Image]  # (brand, rng) -> photo

LOGO_ROWS: dict[str, tuple[Make, int]] = {  # name -> (photo with the brand's logo, JPEG quality)
    "logo as drawn": (lambda b, r: paste(product(1000 + b), logo(b), r), 85),
    "logo scaled 0.6": (lambda b, r: paste(product(1000 + b), logo(b), r, scale=0.6), 85),
    "logo scaled 1.8": (lambda b, r: paste(product(1000 + b), logo(b), r, scale=1.8), 85),
    "logo rotated 20°": (lambda b, r: paste(product(1000 + b), logo(b), r, angle=20), 85),
    "logo rotated 45°": (lambda b, r: paste(product(1000 + b), logo(b), r, angle=45), 85),
    "logo 25 % covered": (lambda b, r: paste(product(1000 + b), logo(b), r, cover=0.25), 85),
    "logo 45 % covered": (lambda b, r: paste(product(1000 + b), logo(b), r, cover=0.45), 85),
    "logo 0.8, 15°, 20 % covered": (lambda b, r: paste(product(1000 + b), logo(b), r, scale=0.8, angle=15, cover=0.2), 85),
    "logo, JPEG quality 40": (lambda b, r: paste(product(1000 + b), logo(b), r), 40),
    "logo beside an unregistered logo": (lambda b, r: paste(paste(product(1000 + b), logo(b), r, half="left"),
                                                            logo(UNREGISTERED + b), r, half="right"), 85),
    "logo beside another recipe's logo": (lambda b, r: paste(paste(product(1000 + b), logo(b), r, half="left"),
                                                             other_logo(r.randrange(UNREGISTERED)), r, half="right"), 85),
    "logo beside a card sharing half its word": (lambda b, r: paste(paste(product(1000 + b), logo(b), r, half="left"),
                                                                    half_logo(b, r.randrange(UNREGISTERED)), r, half="right"), 85),
}
PHOTO_ROWS: dict[str, tuple[Make, int]] = {
    "photo resized to 50 %": (lambda b, r: product(b).resize((400, 300)), 85),
    "photo JPEG quality 30": (lambda b, r: product(b), 30),
    "photo cropped 1 % a side": (lambda b, r: product(b).crop((8, 6, 792, 594)), 85),
    **{f"photo cropped {p} % a side": (lambda b, r, p=p: crop(product(b), p, "all"), 85) for p in (5, 10, 20)},
    **{f"photo cropped {p} % from one side": (lambda b, r, p=p: crop(product(b), p, r.choice(SIDES)), 85)
       for p in (5, 10, 20)},
    "photo mirrored": (lambda b, r: ImageOps.mirror(product(b)), 85),
    "photo rotated 90°": (lambda b, r: product(b).rotate(90, expand=True), 85),
    "photo colour-shifted": (lambda b, r: ImageEnhance.Color(ImageEnhance.Brightness(product(b)).enhance(1.2)).enhance(0.6), 85),
}
NEGATIVE_ROWS: dict[str, tuple[Make, int]] = {
    "no logo (negatives)": (lambda b, r: product(3000 + b), 85),
    "unregistered logo (negatives)": (lambda b, r: paste(product(3000 + b), logo(2 * UNREGISTERED + r.randrange(UNREGISTERED)),
                                                         r), 85),
    "another recipe's logo (negatives)": (lambda b, r: paste(product(3000 + b), other_logo(r.randrange(UNREGISTERED)), r), 85),
    "two unregistered logos (negatives)": (lambda b, r: paste(paste(
        product(3000 + b), logo(2 * UNREGISTERED + r.randrange(UNREGISTERED)), r, half="left"),
        other_logo(r.randrange(UNREGISTERED)), r, half="right"), 85),
    "card sharing half a registered logo's word (negatives)": (lambda b, r: paste(
        product(3000 + b), half_logo(b, r.randrange(UNREGISTERED)), r), 85),
    "card sharing the last half of its word (negatives)": (lambda b, r: paste(
        product(3000 + b), half_logo(b, r.randrange(UNREGISTERED), "last"), r), 85),
    "one letter of a registered logo, its font (negatives)": (lambda b, r: paste(
        product(3000 + b), letter_card(b, r.randrange(UNREGISTERED)), r), 85),
    "its letters in another order, its font (negatives)": (lambda b, r: paste(
        product(3000 + b), anagram_card(b, r.randrange(UNREGISTERED)), r), 85),
    "half a registered logo joined to another card (negatives)": (lambda b, r: paste(
        product(3000 + b), spliced_logo(b, UNREGISTERED + r.randrange(UNREGISTERED)), r), 85),
    "unregistered photo cropped 10 % a side (negatives)": (lambda b, r: crop(product(3000 + b), 10, "all"), 85),
    "registered photo's ground, product gone (negatives)": (lambda b, r: ground_of(b, 6000 + b), 85),
}


def registry(logos: int = BRANDS):
    brands = []
    for b in range(BRANDS, logos):  # a logo only: what makes candidate search hard is the logos' number
        brands.append({"id": f"img-brand-{b}", "name": f"Image brand {b}", "iwg": "apparel", "marks": [f"Imgbrand{b}mark"],
                       "images": [{"label": "logo", "algorithm": "logo", "hash": f"{b:064x}",
                                   "features": features_b64(logo_features(decode(jpeg(logo(b), 95))))}]})
    for b in range(BRANDS):
        brands.append({
            "id": f"img-brand-{b}", "name": f"Image brand {b}", "iwg": "apparel", "marks": [f"Imgbrand{b}mark"],
            "images": [
                {"label": "logo", "algorithm": "logo", "hash": photo_of(jpeg(logo(b), 95)).pdq,
                 "features": features_b64(logo_features(decode(jpeg(logo(b), 95))))},
                {"label": "catalogue photo", "algorithm": "pdq", "max_distance": 31, **catalogue_photo(b)},
            ]})
    return parse_registry({"working_groups": [{"id": "apparel", "name": "Apparel"}], "brands": brands})


def catalogue_photo(brand: int) -> dict[str, str]:
    """The `pdq` fingerprint's hash and features, as the portal registers an uploaded product photo."""
    from services.portal.images import hashes_of

    hash_, features = hashes_of(jpeg(product(brand), 95), "pdq")
    return {"hash": hash_, "features": features} if features else {"hash": hash_}


@dataclass
class Row:
    name: str
    rule: str | None  # None: negatives
    n: int = 0
    found: int = 0
    alerts: int = 0
    right_alerts: int = 0
    seconds: float = 0.0
    misses: list[str] = field(default_factory=list)


def listing_of(data: bytes, n: int) -> Listing:
    listing = Listing.model_validate({"marketplace": "eval", "listing_id": f"img-{n}", "title": "Handbag, new with tags",
                                      "seller": {"id": "s"}, "observed_at": "2025-01-01T00:00:00Z",
                                      "images": [{"url": f"https://img.example/{n}.jpg"}]})
    photo = photo_of(data)
    image = listing.images[0]
    image.phash, image.pdq, image._features = photo.phash, photo.pdq, photo
    return listing


def evaluate(per: int = 15, seed: int = 15, logos: int = BRANDS) -> list[Row]:
    index = MatcherIndex.build(registry(logos), version=1)
    rows = []
    for table, rule in ((LOGO_ROWS, "logo"), (PHOTO_ROWS, "pdq"), (NEGATIVE_ROWS, None)):
        if table is PHOTO_ROWS and logos > BRANDS:  # registered photos are shortlisted apart from logos: unchanged
            continue
        for name, (make, quality) in table.items():
            rng = random.Random(f"{seed}:{name}")
            row = Row(name, rule)
            for k in range(per):
                brand = rng.randrange(logos if table is LOGO_ROWS else BRANDS)
                data = jpeg(make(brand, rng), quality)
                started = time.process_time()
                matches = index.match(listing_of(data, k))
                row.seconds += time.process_time() - started
                expected = f"img-brand-{brand}" if rule else None
                row.n += 1
                row.alerts += len(matches)
                right = [m for m in matches if m.brand_id == expected]
                row.right_alerts += len(right)
                if right and any(s.rule == rule for s in right[0].signals):
                    row.found += 1
                elif rule:
                    row.misses.append(f"{name}: brand {brand} not found ({[m.brand_id for m in matches]})")
            rows.append(row)
    return rows


def table(rows: list[Row], logos: int = BRANDS) -> Table:
    t = Table(title=f"Images: logos inside photos (ORB + homography) and near-duplicate photos (PDQ), generated set, "
                    f"{logos:,} registered logos")
    for column in ("transformation", "rule", "listings", "recall", "precision", "false alerts", "match CPU ms"):
        t.add_column(column, justify="left" if column == "transformation" else "right")
    for r in rows:
        recall = f"{r.found / r.n:.2f}" if r.rule else "—"
        precision = f"{r.right_alerts / r.alerts:.2f}" if r.alerts else "—"
        t.add_row(r.name, r.rule or "—", str(r.n), recall, precision, str(r.alerts - r.right_alerts),
                  f"{1000 * r.seconds / r.n:.0f}")
    return t


def print_images(console: Console, *, misses: bool = False, per: int = 15, logos: int = BRANDS) -> None:
    started = time.perf_counter(), time.process_time()
    rows = evaluate(per, logos=logos)
    console.print(table(rows, logos))
    console.print(f"{logos:,} registered logos; the whole run {time.perf_counter() - started[0]:.0f} s wall, "
                  f"{time.process_time() - started[1]:.0f} s CPU")
    if misses:
        for r in rows:
            for m in r.misses:
                console.print(m, markup=False)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    per = int(argv[argv.index("--per") + 1]) if "--per" in argv else 15
    logos = int(argv[argv.index("--logos") + 1]) if "--logos" in argv else BRANDS
    print_images(Console() if sys.stdout.isatty() else Console(width=110), misses="--misses" in argv, per=per,
                 logos=logos)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
