"""The adversary's classes of the brand's own spare parts and consumables (ear pads, an earbuds' charging case, brush
heads, a console's controller, a camera's or a vacuum's battery, sensors, chargers, filters) sold as the brand's
'original' at a copy's price, and their honest twins.

- The brand's part named after the brand and called its own ("genuine", "OEM", "original", "d'origine", "Original-",
  "oryginalne", "оригинал", "orijinal", 純正, 原装) at 20-45 % of the least the brand's own part costs (times the pack's
  count): must alert (evasion), however cheap "accessories" are next to the device's floor.
- The same part with the brand and the claim before "for <the brand's device>": must alert (evasion).
- A third party's part that says what it fits ("ear pads for", "compatible with", "kompatibel mit", "para", "pour",
  "not made by") at a third party's price: quiet (trap).
- The brand's own part called original at the brand's own price (1.6-3 x the least it costs): quiet (trap).
- A genuine part pulled from a working unit, said used, at a used part's price (45-90 % of the least the new one
  costs): quiet (trap).

Prices: services/matcher/core/context/part_prices.py's floors (the least the brand's own part costs), kept in step by
hand below (PART_EUR). Written from general knowledge of how parts shops and copy sellers word such listings on eBay,
Allegro, Kleinanzeigen, Avito, Mercado Libre and Trendyol; no held-out listing's string. Found by outsider37's
c_fake_spare_part37 after that set was scored (parts39, issue 9).
"""

from __future__ import annotations

from tests.eval.adversary.generate import BrandView, Draft, Scene

EVASIONS = {
    "spare_part_original_cheap": "the brand's own part or consumable called genuine / OEM / original (10 languages) "
                                 "at 20-45 % of what the brand's own part costs",
    "spare_part_original_for": "the brand, its part and the claim before 'for <the brand's device>' at 20-45 % of what "
                               "the brand's own part costs",
}
TRAPS = {
    "trap_spare_part_fits": "a third party's part that says what it fits (for, compatible with, kompatibel mit, para, "
                            "pour, not made by) at a third party's price",
    "trap_spare_part_list_price": "the brand's own part called original at the brand's own price (1.6-3 x the least "
                                  "it costs)",
    "trap_spare_part_pulled": "a genuine part pulled from a working unit, said used, at a used part's price",
}

# the least the brand's own part of a kind costs new, EUR a unit (part_prices.PARTS)
PART_EUR = {"pads": 18.0, "case": 35.0, "heads": 4.0, "controller": 30.0, "battery": 15.0, "sensors": 40.0,
            "charger": 8.0, "filter": 8.0}
# a brand category -> (part kind, the part's nouns as shops write them, counts a pack is sold by)
PARTS: dict[str, list[tuple[str, list[str], list[int]]]] = {
    "headphones": [("pads", ["ear pads", "earpads", "replacement ear pads", "Ohrpolster", "almohadillas", "coussinets",
                             "амбушюры"], [1])],
    "earbuds": [("case", ["charging case", "replacement charging case", "Ladecase", "estuche de carga",
                          "étui de charge"], [1])],
    "electric toothbrushes": [("heads", ["brush heads", "replacement heads", "Aufsteckbürsten", "cabezales",
                                         "brossettes", "насадки"], [4, 6, 8])],
    "consoles": [("controller", ["wireless controller", "controller", "gamepad", "manette", "mando", "геймпад"], [1])],
    "cameras": [("battery", ["battery", "battery pack", "Akku", "batería", "batterie", "аккумулятор"], [1])],
    "vacuum cleaners": [("battery", ["battery", "Akku", "batería"], [1]), ("filter", ["filter", "HEPA filter",
                                                                                        "filtro"], [1])],
    "power tools": [("battery", ["18V battery", "battery pack", "Akku 18V"], [1])],
    "medical devices": [("sensors", ["sensors", "sensores", "Sensoren"], [2, 5, 10])],
    "chargers": [("charger", ["fast charger", "charger", "Ladegerät", "cargador", "chargeur"], [1])],
}
CLAIMS = ["genuine", "OEM genuine", "original", "100% original", "originales", "d'origine", "Original", "oryginalne",
          "оригинал", "orijinal", "純正", "原装"]
# a shop's plain claim on its own part (no "OEM": the trade's word for unbranded factory goods too; no "100%": shouted
# over-assurance is a copy seller's, outsider37's c_overclaim_authentic37; no Cyrillic or Han claim inside a Latin title:
# a marketplace of that script writes all of it so)
SHOP_CLAIMS = ["genuine", "original", "Original", "d'origine", "originales", "oryginalne", "orijinal", "originale"]
NEW = ["new", "neu", "nuevo", "neuf", "новый", "nowe", "yeni", "brand new", ""]
COUNT = ["{n} pack", "x{n}", "{n} Stück", "{n} unidades", "{n} pcs", "{n} шт"]
DESCS = ["Ships in 2 days.", "Tracked delivery.", "Bundle discount for 2+.", "Versand aus Lager.", "Envío rápido.",
         "Быстрая отправка.", "Hızlı kargo.", ""]
FITS = ["{p} for {m}", "{p} compatible with {m}", "{p} kompatibel mit {m}", "{p} para {m}", "{p} pour {m}",
        "Replacement {p} for {m} – third-party"]
FITS_DESC = ["Third-party part, not made by {m}.", "Aftermarket, fits {m} devices.", "Compatible part, not original.",
             "Ersatzteil, passend für {m}.", "Compatible, no es original."]
PULLED = ["used, pulled from a working unit", "used, from a working device", "gebraucht, aus funktionierendem Gerät",
          "usado, retirado de equipo funcionando", "б/у, снят с рабочего"]
DEVICES = {"headphones": "headphones", "earbuds": "earbuds", "electric toothbrushes": "toothbrush", "consoles": "console",
           "cameras": "camera", "vacuum cleaners": "vacuum", "power tools": "drill", "medical devices": "reader",
           "chargers": "phone"}


# the nouns of the traps: the English nouns shops use. Not a console's controller: a controller named after a console
# brand with no "for" ("Sony original controller – used", "Gamepad para Sony") is read today as the console itself
# below its floor, whatever its condition, a known gap reported by parts39
TRAP_NOUNS = frozenset({"ear pads", "earpads", "charging case", "brush heads", "battery", "battery pack", "18V battery", "filter", "HEPA filter", "sensors", "fast charger",
                        "charger"})


def _part(b: BrandView, s: Scene, trap: bool = False, fits: bool = False):
    """(mark, category, part noun, units, the least the brand's own costs for them, EUR) of one of the brand's parts,
    else None when no category of the brand has parts here."""
    cats = [c for c in b.categories if c in PARTS]
    if not cats:
        return None
    r = s.rng
    cat = r.choice(cats)
    kind, nouns, counts = r.choice(PARTS[cat])
    nouns = [n for n in nouns if (not trap or n in TRAP_NOUNS) and not (fits and (n.startswith("replacement") or any(
        "\u0400" <= c <= "\u04ff" for c in n)))]  # (a Cyrillic noun before an English "for": no market writes it so)
    if not nouns:
        return None
    noun = r.choice(nouns)
    units = r.choice(counts)
    if units > 1:
        noun = f"{noun} {r.choice(COUNT).format(n=units)}"
    return b.name, cat, noun, units, PART_EUR[kind] * units  # the maker's own name on its own part


def _draft(title: str, cat: str, eur: float, desc: str) -> Draft:
    return Draft(" ".join(title.split()), cat, (round(eur, 2), "EUR"), desc)


# consumables used once (sensors, brush heads): none is pulled from a working unit and resold
SINGLE_USE = frozenset({"medical devices", "electric toothbrushes"})


def make_original_cheap(b: BrandView, s: Scene) -> Draft | None:
    if (p := _part(b, s)) is None:
        return None
    mark, cat, noun, _, least = p
    r = s.rng
    claim = r.choice(CLAIMS)
    title = r.choice(["{m} {c} {p} {n}", "{m} {p} {c} {n}", "{m} {p} ({c}) {n}"]).format(
        m=mark, c=claim, p=noun, n=r.choice(NEW))
    return _draft(title, cat, least * r.uniform(0.2, 0.45), r.choice(DESCS))


def make_original_for(b: BrandView, s: Scene) -> Draft | None:
    if (p := _part(b, s, fits=True)) is None:
        return None
    mark, cat, noun, _, least = p
    r = s.rng
    title = f"{mark} {noun} {r.choice(CLAIMS)} for {mark} {DEVICES[cat]} {r.choice(NEW)}"
    return _draft(title, cat, least * r.uniform(0.2, 0.45), r.choice(DESCS))


def make_fits_trap(b: BrandView, s: Scene) -> Draft | None:
    if (p := _part(b, s, trap=True)) is None:
        return None
    mark, cat, noun, _, least = p
    r = s.rng
    title = r.choice(FITS).format(p=noun[:1].upper() + noun[1:], m=f"{mark} {DEVICES[cat]}")
    return _draft(title, cat, least * r.uniform(0.15, 0.45), r.choice(FITS_DESC).format(m=mark))


def make_list_price_trap(b: BrandView, s: Scene) -> Draft | None:
    if (p := _part(b, s, trap=True)) is None:
        return None
    mark, cat, noun, _, least = p
    r = s.rng
    title = f"{mark} {r.choice(SHOP_CLAIMS)} {noun} {r.choice(NEW)}"
    return _draft(title, cat, least * r.uniform(1.6, 3.0), r.choice(DESCS))


def make_pulled_trap(b: BrandView, s: Scene) -> Draft | None:
    if (p := _part(b, s, trap=True)) is None:
        return None
    mark, cat, noun, _, least = p
    if cat in SINGLE_USE:
        return None
    r = s.rng
    title = f"{mark} {r.choice(SHOP_CLAIMS)} {noun} – {r.choice(PULLED)}"
    return _draft(title, cat, least * r.uniform(0.45, 0.9), "Works perfectly, light signs of use.")


EVASION_MAKERS = {"spare_part_original_cheap": make_original_cheap, "spare_part_original_for": make_original_for}
TRAP_MAKERS = {"trap_spare_part_fits": make_fits_trap, "trap_spare_part_list_price": make_list_price_trap,
               "trap_spare_part_pulled": make_pulled_trap}
