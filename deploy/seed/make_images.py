"""Draw the synthetic demo "logos" of deploy/seed/registry.yaml and compute their pHashes.

DEMO DATA: these are simple random shapes, not any brand's real logo. Only the
64-bit pHashes go into registry.yaml; the PNGs are written to
deploy/seed/images/ (ignored by git) so that they can be looked at or pushed
as listing photos in a demo.

    .venv/bin/python deploy/seed/make_images.py           # draw the PNGs, print the hashes
    .venv/bin/python deploy/seed/make_images.py --write   # also put the hashes into registry.yaml
    .venv/bin/python deploy/seed/make_images.py --check   # exit 1 if registry.yaml is out of date

Each image is marked in registry.yaml by a trailing comment
`# make_images: <brand>/<kind>`; everything is deterministic (seeded by that key).
"""

from __future__ import annotations

import argparse
import hashlib
import random
import re
import sys
from pathlib import Path

import imagehash
from PIL import Image, ImageDraw

HERE = Path(__file__).resolve().parent
REGISTRY = HERE / "registry.yaml"
OUT_DIR = HERE / "images"
SIZE = 256
MIN_SEPARATION = 24  # smallest Hamming distance allowed between two registered images

_MARKER = re.compile(r'hash: "(?P<hash>[0-9a-f]{16})"(?P<rest>[^\n]*# make_images: (?P<key>[a-z0-9-]+/[a-z]+))')


def image_keys(text: str | None = None) -> list[str]:
    """The `<brand>/<kind>` keys of registry.yaml, in file order."""
    text = REGISTRY.read_text(encoding="utf-8") if text is None else text
    return [m.group("key") for m in _MARKER.finditer(text)]


def draw(key: str, salt: int = 0) -> Image.Image:
    """A deterministic picture of simple shapes for one key (no text, no fonts: the same on every machine)."""
    rng = random.Random(hashlib.sha256(f"{key}#{salt}".encode()).digest())
    bg = tuple(rng.randrange(170, 256) for _ in range(3))
    img = Image.new("RGB", (SIZE, SIZE), bg)
    d = ImageDraw.Draw(img)
    for _ in range(rng.randint(4, 7)):
        colour = tuple(rng.randrange(0, 160) for _ in range(3))
        x0, y0 = rng.randrange(0, SIZE - 40), rng.randrange(0, SIZE - 40)
        x1, y1 = rng.randrange(x0 + 30, SIZE + 1), rng.randrange(y0 + 30, SIZE + 1)
        shape = rng.choice(("ellipse", "rectangle", "polygon", "line", "arc"))
        if shape == "ellipse":
            d.ellipse((x0, y0, x1, y1), fill=colour)
        elif shape == "rectangle":
            d.rectangle((x0, y0, x1, y1), fill=colour)
        elif shape == "polygon":
            pts = [(rng.randrange(0, SIZE), rng.randrange(0, SIZE)) for _ in range(rng.randint(3, 6))]
            d.polygon(pts, fill=colour)
        elif shape == "line":
            d.line((x0, y0, x1, y1), fill=colour, width=rng.randint(8, 24))
        else:
            d.arc((x0, y0, x1, y1), rng.randrange(0, 180), rng.randrange(180, 360), fill=colour, width=rng.randint(8, 20))
    return img


def phash(img: Image.Image) -> str:
    return str(imagehash.phash(img))


def distance(a: str, b: str) -> int:
    return bin(int(a, 16) ^ int(b, 16)).count("1")


def generate(keys: list[str]) -> dict[str, tuple[str, Image.Image]]:
    """key -> (hash, image); a key whose hash lands too close to an earlier one is redrawn with the next salt."""
    out: dict[str, tuple[str, Image.Image]] = {}
    for key in keys:
        salt = 0
        while True:
            img = draw(key, salt)
            h = phash(img)
            if all(distance(h, other) >= MIN_SEPARATION for other, _ in out.values()):
                break
            salt += 1
        out[key] = (h, img)
    return out


def hashes() -> dict[str, str]:
    """key -> pHash as registry.yaml should hold it."""
    return {k: h for k, (h, _) in generate(image_keys()).items()}


def rewrite(text: str, new: dict[str, str]) -> str:
    return _MARKER.sub(lambda m: f'hash: "{new[m.group("key")]}"{m.group("rest")}', text)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--write", action="store_true", help="write the hashes into registry.yaml")
    ap.add_argument("--check", action="store_true", help="exit 1 if registry.yaml holds other hashes")
    args = ap.parse_args(argv)

    text = REGISTRY.read_text(encoding="utf-8")
    generated = generate(image_keys(text))
    new = {k: h for k, (h, _) in generated.items()}
    updated = rewrite(text, new)
    if args.check:
        if updated != text:
            print("registry.yaml image hashes are out of date; run make_images.py --write", file=sys.stderr)
            return 1
        print(f"{len(new)} image hashes up to date")
        return 0
    OUT_DIR.mkdir(exist_ok=True)
    for key, (h, img) in generated.items():
        img.save(OUT_DIR / f"{key.replace('/', '-')}.png", optimize=False)
        print(f"{key:32s} {h}")
    if args.write and updated != text:
        REGISTRY.write_text(updated, encoding="utf-8")
        print("registry.yaml updated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
