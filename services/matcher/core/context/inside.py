"""The brand as a part inside another maker's goods: "E-scooter battery 36V – Samsung 50E cells", "Arducam camera
module – Sony IMX477 sensor", "LED grow light – Philips Lumileds chips", "Road bike on Michelin Power Cup tyres",
"E-bike with Bosch Performance motor", "Monitor 32\" – Samsung QD-OLED panel" (issue 9, genuine23; outsider20's
in_component_inside20, read for its way of writing).

A mark followed, within a few words of its model or series, by a noun of a component (cells, sensor, panel, chips,
motor, engine, tyres, movement, processor ...), after something that puts it inside the goods the title names first
(a dash or a colon after them, "with", "on", "featuring", "powered by", "using", "inside", an opening bracket), names
the maker of a part, not the goods sold. So does the noun first with "by"/"from" the mark after it ("motor by Bosch").
`in_component(title, start, end)` says whether a mention lies in such a phrase; judge.py's `_component` makes the
brand's marks inside them need corroboration as far from the brand's goods do, unless the listing claims a copy (the
cue lexicon's copy words and config.BARE_COPY_WORDS, one list with the judge's: `Judge._claims_copy`).

Source of the nouns: how makers of power banks, e-bikes, camera modules, monitors, grow lights, bikes and trailers name
the branded components they build in, on their spec sheets and marketplace titles ("with Samsung 35E cells", "Bosch
Performance Line CX motor", "Sony IMX sensor", "LG Display panel", "Cree/Lumileds/Osram LEDs", "on Michelin tyres"),
general knowledge; no held-out listing's string.
"""

from __future__ import annotations

import re

from services.matcher.core.normalise import latin_text

# the components, in English and the markets' languages (singular and plural; "tyres" and "tires")
COMPONENT_NOUNS = (
    # (not "screen", "controller", "lens", "drivers": the brand's own part bundled with its goods, "PS5 – Sony
    # controller", "EOS R50 – Canon kit lens")
    "cell", "cells", "battery cells", "sensor", "sensors", "image sensor", "panel", "panels", "display panel",
    "chip", "chips", "chipset", "leds", "diodes", "processor", "cpu", "gpu", "soc", "motor", "motors",
    "drive unit", "engine", "tyre", "tyres", "tire", "tires", "movement", "calibre", "caliber",
    "compressor", "memory chips", "nand", "camera module", "groupset", "drivetrain", "inside",
    "zellen", "akkuzellen", "sensoren", "reifen", "motoren", "cellules", "capteur", "moteur", "pneus", "dalle",
    "celdas", "sensor", "motor", "neumaticos", "llantas", "celle", "sensore", "motore", "pneumatici", "ogniwa",
    "silnik", "opony", "matryca", "элементы", "сенсор", "матрица", "двигатель", "мотор", "шины",
)
COMPONENT_WIDE = ("电芯", "传感器", "电机", "面板", "芯片", "轮胎", "机芯", "セル", "センサー", "モーター", "パネル", "タイヤ", "ムーブメント",
                  "셀", "센서", "모터", "패널", "타이어")
# the words a title needs for a component phrase (each noun's words, latin-folded as ListingText.latin_words holds them)
ANCHORS = frozenset(w for n in COMPONENT_NOUNS for w in re.findall(r"[a-z0-9]+", latin_text(n)))


def may_hold(latin_words: frozenset[str], title: str) -> bool:
    """The cheap gate: the title has a component noun's word (or, outside ASCII, a wide noun). Pure."""
    return not ANCHORS.isdisjoint(latin_words) or not title.isascii() and any(w in title for w in COMPONENT_WIDE)


# what puts the phrase inside the goods named before it
_LEAD = re.compile(r"(?:(?:^|\s)[-–—:|/]\s*|[(\[,]\s*|(?<![a-z0-9])(?:with|w/|on|featuring|feat\.?|powered by|"
                   r"using|uses|runs on|built with|inside|fitted with|equipped with|mit|avec|con|com|met|z|ze|на|с|搭载|使用)"
                   r"\s+)$", re.IGNORECASE)
_NOUNS = "|".join(sorted((re.escape(n) for n in COMPONENT_NOUNS), key=len, reverse=True))
# after the mark: up to three words of its model or series ("50E", "IMX477", "Performance Line CX", "QD-OLED"), then
# the noun as a word of its own
_AFTER = re.compile(rf"^(?:[\s-]+[^\s,;:|()\[\]–—]{{1,14}}){{0,3}}?[\s-]+(?:{_NOUNS})(?![^\W_])", re.IGNORECASE)
_AFTER_WIDE = re.compile(rf"^[^,;:|()\[\]–—\n]{{0,16}}?(?:{'|'.join(COMPONENT_WIDE)})")
# the noun first, the maker after: "motor by Bosch", "cells from Samsung", "Zellen von Panasonic", "avec capteur Sony"
_BEFORE = re.compile(rf"(?<![^\W_])(?:{_NOUNS})\s+(?:(?:by|from|von|de|du|di|od|от)\s+)?$", re.IGNORECASE)
# the first characters of the title that must name other goods before a component phrase can follow
MIN_GOODS = 3


def in_component(title: str, start: int, end: int) -> bool:
    """Whether the mark written at title[start:end] names a component inside goods the title names before it
    ("… – Samsung 50E cells", "on Michelin Power Cup tyres", "motor by Bosch"). Pure."""
    if start < MIN_GOODS:
        return False  # the title opens with the mark: the goods are the brand's ("Samsung 50E cells x20")
    before = title[max(0, start - 48):start]
    if (m := _BEFORE.search(before)) is not None:
        head = before[:m.start()]
        for _ in range(4):  # the lead right before the noun or before up to three words of its series ("Power Cup")
            if _LEAD.search(head) or head.rstrip(" ").endswith(tuple("-–—:(,")):
                return True
            head = re.sub(r"[^\s]+\s*$", "", head)
    if not _LEAD.search(before):
        return False
    after = title[end:end + 48]
    return _AFTER.match(after) is not None or (not after.isascii() and _AFTER_WIDE.match(after) is not None)
