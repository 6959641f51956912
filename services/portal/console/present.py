"""What the console shows of an alert, in words: highlighted spans and explained signals. Pure functions, no I/O.

`spans(text, signals, field)` cuts a field's text at every signal offset (`Signal.start`/`end`, character offsets in
the field's original text, as the matcher records them) into segments, each with the numbers of the signals that
cover it: the template wraps covered segments in `<mark>`. `explain(signal)` is one sentence per signal naming the
rule, where it matched, the registered term, the distance or price ratio and the weight.
"""

from __future__ import annotations

import base64
import io
from dataclasses import dataclass

from markupsafe import Markup, escape

from schemas import Alert, Signal

#: what each matcher rule means (schemas.models.Rule; the detectors in services/matcher/core/detectors/)
RULE_WORDS: dict[str, str] = {
    "exact": "the registered mark, written as registered",
    "confusable": "the mark written with look-alike characters from other scripts or accents",
    "fuzzy": "a misspelling of the mark",
    "alias": "one of the brand's aliases (another script or spelling)",
    "model": "a registered model number",
    "cue": "a counterfeit cue word",
    "price": "a price far below the registered floor",
    "image": "a listing image close to a registered image",
    "category": "a category the brand sells in",
    "accessory": "an accessory for the brand's products, not the product itself",
    "authorized_seller": "an authorized seller of the brand",
    "everyday_word": "the everyday sense of a word that is also the mark",
    "suppressed": "a suppression the brand set",
    "skeleton": "the mark written with look-alike letter sequences (rn for m, vv for w)",
    "intrusion": "the mark with characters put inside it or a letter masked",
    "glued": "the mark glued to other words",
    "doubled": "the mark with letters repeated inside it",
    "initialism": "the mark's initials, next to counterfeit cue words",
    "house_code": "the Chinese trade's house code (劳家, G家), next to counterfeit cue words",
    "initial_consonants": "the initial consonants of the Korean name (ㄹㄹㅅ), next to counterfeit cue words",
    "kana_abbreviation": "the katakana name cut short (ロレ, ヴィトン), next to counterfeit cue words",
    "imprint": "the imprint code of the brand's tablets (VGR100), offered without prescription or far below the floor",
    "spec": "a calibre, chip or feature only the brand's goods have (3235, H2 chip), next to counterfeit cue words",
    "street_name": "the street's short name for the brand or its goods (Carti, Pods, RLX), next to counterfeit cue words",
    "riddle": "a riddle naming the brand by its logo or origin (the fruit brand), next to counterfeit cue words",
    "clue": "a crossword clue naming the brand by its letters (5 letters, starts with R), next to counterfeit cue words",
    "components": "a Chinese alias with characters written as their components (古马也 for 古驰)",
    "spelt_model": "a registered model number spelt out in words (one two six six one zero L N)",
    "model_base": "a registered model number cut to its base (DD1391 for DD1391-100), next to counterfeit cue words",
    "item_id": "the goods named by the marketplace id of the brand's own listing (same as ASIN B0BDHWDR12), next to counterfeit cue words",
    "list_price": "the goods named by the brand's own list price quoted as an anchor (boutique RRP USD 10,250), next to counterfeit cue words",
    "ingredients": "the goods named by the ingredient or note list the brand publishes for them, next to counterfeit cue words",
    "dimensions": "the goods named by the exact size the brand publishes for them (31 x 28 x 14 cm), next to counterfeit cue words",
    "appearance": "a medicine named by its look as its label describes it (blue diamond 100 mg tablets), next to counterfeit cue words",
    "identifier": "the brand named by a register's code for it (ISIN US0378331005, Wikidata Q312, VIN prefix WBA, NDC 0069, △○✕□), next to counterfeit cue words",
    "grantee_code": "the goods named by the FCC ID printed on the brand's devices (FCC ID BCG-A3047), next to counterfeit cue words",
    "barcode": "the goods named by the barcode of the brand's genuine pack (EAN 5449000000996), next to counterfeit cue words",
    "keyboard_layout": "the mark typed with the wrong keyboard layout on (hjktrc for Ролекс, Кщдуч for Rolex)",
    "acrostic": "the mark spelt by the first letters of the description's lines",
    "puzzle": "the mark as a word puzzle's answer (2nd letters of words, a word-search grid, Roll + Ex, 'Bolex' B→R)",
    "drawn": "the mark drawn with characters (an ASCII-art banner of # or █, letters stacked one a line)",
    "decoded": "the mark in a code the buyer decodes (Braille, Morse, Romeo Oscar Lima Echo X-ray, /ˈroʊlɛks/, XLEOR)",
    "homophone": "a Chinese alias written with other characters of the same sound",
    "variant": "a Chinese alias in the other script (Traditional or Simplified)",
    "transliteration": "the mark written in another script by its sound",
    "phonetic": "the mark respelt the way it sounds",
    "vowel_drop": "the mark without its vowels",
    "scattered": "the mark's words in another order or apart",
    "translated": "the mark's words translated into another language",
    "markup": "the mark with HTML markup inside it",
    "upside_down": "the mark written upside down",
    "reversed": "the mark spelt backwards",
    "fancy_letters": "the mark in look-alike 'fancy font' characters",
    "pinyin": "a Chinese alias written in pinyin",
    "line_break": "the mark cut by a line break or between title and description",
    "negation": "a mention that the listing denies",
    "category_distance": "a category far from everything the brand sells",
    "foreign_word": "a word of another language, not a disguise of the mark",
    "subject": "a book, course or service about the brand's goods, not the goods",
    "condition": "genuine goods in a stated condition (used, refurbished, grey import, vintage, sample) and the price it explains",
    "fair_price": "the brand's goods named plainly at or above the floor with nothing of the copy trade: a retailer's listing",
    "sale_format": "an auction, giveaway, swap or wanted ad whose price field is no price of one unit, with nothing of the copy trade",
    "marked": "the brand's name with its logo or pattern on the goods sold (Nike swoosh case, Burberry check covers)",
}

TEXT_FIELDS = ("title", "description")


@dataclass(frozen=True)
class Segment:
    """A piece of a field's text; `signals` are the 1-based numbers of the signals covering it (empty: plain)."""

    text: str
    signals: tuple[int, ...] = ()


def spans(text: str, signals: list[Signal], field: str) -> list[Segment]:
    """`text` cut into segments at the offsets of the signals on `field`; offsets outside the text are clipped,
    empty or inverted ranges ignored. Signals are numbered from 1 in the order of `signals`."""
    ranges = []
    for number, s in enumerate(signals, start=1):
        if s.field != field or s.start is None or s.end is None:
            continue
        start, end = max(0, min(s.start, len(text))), max(0, min(s.end, len(text)))
        if start < end:
            ranges.append((start, end, number))
    cuts = sorted({0, len(text), *(r[0] for r in ranges), *(r[1] for r in ranges)})
    out = []
    for a, b in zip(cuts, cuts[1:]):
        covering = tuple(n for start, end, n in ranges if start <= a and b <= end)
        out.append(Segment(text[a:b], covering))
    return out


def explain(s: Signal) -> str:
    """One sentence: what matched where, by which rule, against which registered term, how far, with what weight."""
    where = s.field
    if s.field == "image" and s.start is not None:
        where = f"image {s.start + 1}"
    elif s.start is not None and s.end is not None:
        where = f"{s.field}, characters {s.start}–{s.end}"
    parts = [f"{RULE_WORDS.get(s.rule.value, s.rule.value)} (rule {s.rule.value})"]
    if s.text:
        parts.append(f"listing has “{s.text}”")
    if s.term:
        parts.append(f"registered term “{s.term}”")
    if s.distance is not None:
        parts.append(f"{'Hamming' if s.rule.value == 'image' else 'edit'} distance {s.distance}")
    if s.ratio is not None:
        parts.append(f"price is {s.ratio:.0%} of the floor")
    effect = "raises" if s.weight > 0 else "lowers" if s.weight < 0 else "does not change"
    sentence = f"In the {where}: " + "; ".join(parts) + f". Weight {s.weight:+.2f} {effect} the score."
    if s.detail:
        sentence += f" ({s.detail})"
    return sentence


@dataclass(frozen=True)
class ImageRow:
    number: int
    url: str | None
    phash: str | None
    registered: str | None
    distance: int | None


def image_rows(alert: Alert) -> list[ImageRow]:
    """Each listing image with the closest registered hash and its Hamming distance, where an image signal found one."""
    best: dict[int, Signal] = {}
    for s in alert.match.signals:
        if s.rule.value == "image" and s.start is not None and s.distance is not None:
            if s.start not in best or s.distance < best[s.start].distance:
                best[s.start] = s
    rows = []
    for i, image in enumerate(alert.match.listing.images):
        hit = best.get(i)
        rows.append(ImageRow(i + 1, image.url, image.phash, hit.term if hit else None, hit.distance if hit else None))
    return rows


def logo_box_svg(thumbnail: bytes, original_size: tuple[int, int], box: list[int], label: str) -> Markup:
    """The listing photo's thumbnail (JPEG bytes, as the matcher cached it) with the logo's box drawn: an inline SVG
    with a data: image (the console's CSP allows no other image source and no inline style; SVG attributes only).
    `box` is [x0, y0, x1, y1] in the original photo's pixels, `original_size` its width and height."""
    from PIL import Image

    with Image.open(io.BytesIO(thumbnail)) as img:
        tw, th = img.size
    sx, sy = tw / max(1, original_size[0]), th / max(1, original_size[1])
    x0, y0, x1, y1 = box
    data = base64.b64encode(thumbnail).decode()
    return Markup(
        f'<svg class="logo-box" role="img" viewBox="0 0 {tw} {th}" width="{tw}" height="{th}">'
        f'<title>{escape(label)}</title><image href="data:image/jpeg;base64,{data}" width="{tw}" height="{th}"/>'
        f'<rect x="{x0 * sx:.1f}" y="{y0 * sy:.1f}" width="{(x1 - x0) * sx:.1f}" height="{(y1 - y0) * sy:.1f}" '
        'fill="none" stroke="#e00" stroke-width="3"/></svg>')
