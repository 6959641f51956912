"""Generated pictures for the image tests: logos with shapes and a word, product photos with a logo pasted in."""

from __future__ import annotations

import glob
import io
import random

from PIL import Image, ImageDraw, ImageFont, ImageOps

FONTS = sorted(glob.glob("/usr/share/fonts/truetype/*/*.ttf"))


LETTERS = "ABCDEFGHKMNPRSTUVWXZ"


def logo(seed: int) -> Image.Image:
    rng = random.Random(seed)
    img = Image.new("RGB", (240, 120), "white")
    draw = ImageDraw.Draw(img)
    _shapes(draw, rng)
    word = "".join(rng.choice(LETTERS) for _ in range(4))
    font = ImageFont.truetype(rng.choice(FONTS), 44) if FONTS else ImageFont.load_default(size=44)
    draw.text((12, 30), word, fill=tuple(rng.randrange(0, 150) for _ in range(3)), font=font)
    return img


def _shapes(draw: ImageDraw.ImageDraw, rng: random.Random) -> None:
    for _ in range(3):
        x, y = rng.randrange(0, 200), rng.randrange(0, 90)
        draw.polygon([(x, y), (x + rng.randrange(20, 60), y + rng.randrange(5, 30)),
                      (x + rng.randrange(0, 30), y + rng.randrange(20, 40))],
                     fill=tuple(rng.randrange(0, 200) for _ in range(3)))


def _lettering(seed: int) -> tuple[str, str | None]:
    """(word, font file) of `logo(seed)`: its draws, in its order."""
    rng = random.Random(seed)
    _shapes(ImageDraw.Draw(Image.new("RGB", (1, 1))), rng)
    word = "".join(rng.choice(LETTERS) for _ in range(4))
    return word, (rng.choice(FONTS) if FONTS else None)


def _card(word_of, font_file: str | None, mine: random.Random, size: int = 44, at=(12, 30)) -> Image.Image:
    """A 240 x 120 card like `logo`'s with `mine`'s shapes and colour and the word `word_of(mine)` (drawn after the
    shapes) in that font."""
    img = Image.new("RGB", (240, 120), "white")
    draw = ImageDraw.Draw(img)
    _shapes(draw, mine)
    word = word_of(mine)
    font = ImageFont.truetype(font_file, size) if font_file else ImageFont.load_default(size=size)
    draw.text(at, word, fill=tuple(mine.randrange(0, 150) for _ in range(3)), font=font)
    return img


def half_logo(seed: int, other: int, keep: str = "first") -> Image.Image:
    """Another card sharing half of `logo(seed)`: its font and the first (`keep` "first") or last ("last") two letters
    of its word, the other two letters each unlike the one it replaces, with `other`'s shapes and colours (a rival's
    mark that copies the start or the end of a registered word: "CWZR" beside a registered "CWAT")."""
    word, font_file = _lettering(seed)
    def other_half(mine: random.Random) -> str:
        if keep == "first":
            return word[:2] + "".join(mine.choice(LETTERS.replace(c, "")) for c in word[2:])
        return "".join(mine.choice(LETTERS.replace(c, "")) for c in word[:2]) + word[2:]

    return _card(other_half, font_file, random.Random(f"half:{other}"))


def letter_card(seed: int, other: int) -> Image.Image:
    """A card showing one letter of `logo(seed)`'s word in its font, 44-88 px (an initial, a monogram), with
    `other`'s shapes and colours."""
    word, font_file = _lettering(seed)
    place = random.Random(f"letter-place:{other}")
    size = place.randrange(44, 89)
    return _card(lambda mine: mine.choice(word), font_file, random.Random(f"letter:{other}"), size,
                 (place.randrange(10, 120), place.randrange(0, max(1, 100 - size))))


def anagram_card(seed: int, other: int) -> Image.Image:
    """A card with `logo(seed)`'s four letters in another order, in its font (the same typography, another word),
    with `other`'s shapes and colours."""
    word, font_file = _lettering(seed)
    def shuffled(mine: random.Random) -> str:
        letters = list(word)
        for _ in range(10):
            mine.shuffle(letters)
            if "".join(letters) != word:
                break
        return "".join(letters)

    return _card(shuffled, font_file, random.Random(f"anagram:{other}"))


def spliced_logo(seed: int, other: int) -> Image.Image:
    """`logo(seed)` cut in the middle of its word, its left part joined to the right part of `logo(other)` (give
    `other` from seeds never registered): a mark made of half of a registered one, shapes and all."""
    word, font_file = _lettering(seed)
    font = ImageFont.truetype(font_file, 44) if font_file else ImageFont.load_default(size=44)
    cut = 12 + round(font.getlength(word) / 2)
    img = logo(seed)
    img.paste(logo(other).crop((cut, 0, 240, 120)), (cut, 0))
    return img


def other_logo(seed: int) -> Image.Image:
    """A logo of another recipe than `logo`'s, never registered by the tests: a word of 3-7 letters and digits in
    upper and lower case, at 28-56 px, in the same fonts (so it shares glyphs with registered logos), on a card of
    another size and colour, with 0-4 ellipses, rectangles or lines (0: text only)."""
    rng = random.Random(f"other:{seed}")
    size = (rng.randrange(180, 330), rng.randrange(90, 170))
    img = Image.new("RGB", size, tuple(rng.randrange(200, 256) for _ in range(3)))
    draw = ImageDraw.Draw(img)
    for _ in range(rng.randrange(5)):
        x, y = rng.randrange(0, size[0] - 40), rng.randrange(0, size[1] - 30)
        box = (x, y, x + rng.randrange(15, 70), y + rng.randrange(10, 50))
        colour = tuple(rng.randrange(0, 200) for _ in range(3))
        getattr(draw, rng.choice(("ellipse", "rectangle")))(box, fill=colour) if rng.random() < 0.7 else draw.line(
            box, fill=colour, width=rng.randrange(2, 8))
    word = "".join(rng.choice("ABCDEFGHKMNPRSTUVWXZabcdefghkmnprstuvwxz0123456789") for _ in range(rng.randrange(3, 8)))
    font_size = rng.randrange(28, 57)
    font = ImageFont.truetype(rng.choice(FONTS), font_size) if FONTS else ImageFont.load_default(size=font_size)
    draw.text((rng.randrange(4, 30), rng.randrange(4, max(5, size[1] - font_size - 10))), word,
              fill=tuple(rng.randrange(0, 150) for _ in range(3)), font=font)
    return img


def product(seed: int, size=(800, 600)) -> Image.Image:
    """A product-photo-like background: a coloured ground with blobs."""
    rng = random.Random(seed * 7919 + 1)
    img = Image.new("RGB", size, tuple(rng.randrange(256) for _ in range(3)))
    draw = ImageDraw.Draw(img)
    for _ in range(12):
        x, y = rng.randrange(size[0]), rng.randrange(size[1])
        draw.ellipse((x, y, x + rng.randrange(40, 160), y + rng.randrange(30, 120)),
                     fill=tuple(rng.randrange(256) for _ in range(3)))
    return img


def with_logo(photo: Image.Image, mark: Image.Image, *, scale=1.0, angle=0.0, at=(100, 200), cover=0.0) -> Image.Image:
    """The photo with the logo pasted at `at`, scaled, rotated, and its right `cover` share covered."""
    mark = mark.convert("RGBA")
    if cover:
        draw = ImageDraw.Draw(mark)
        draw.rectangle((int(mark.width * (1 - cover)), 0, mark.width, mark.height), fill=(90, 90, 90, 255))
    mark = mark.resize((max(1, int(mark.width * scale)), max(1, int(mark.height * scale))))
    mark = mark.rotate(angle, expand=True, fillcolor=(0, 0, 0, 0))
    out = photo.copy()
    out.paste(mark, at, mark)
    return out


def jpeg(img: Image.Image, quality: int = 80) -> bytes:
    buffer = io.BytesIO()
    img.save(buffer, format="JPEG", quality=quality)
    return buffer.getvalue()


def png(img: Image.Image) -> bytes:
    buffer = io.BytesIO()
    img.save(buffer, format="PNG")
    return buffer.getvalue()


def mirrored(img: Image.Image) -> Image.Image:
    return ImageOps.mirror(img)
