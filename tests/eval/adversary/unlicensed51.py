"""The adversary's classes of the house's mark on goods it never makes (kit51, issue 9; the matcher's reader is
services/matcher/core/context/unlicensed.py), and their honest twins:

- a miniature likeness of the house's goods (a keyring, a doll-size copy, a toy with the logo) at a trinket's price,
  in 8 languages: alert (evasion);
- party tableware and decorations themed with the house's mark, counted by pieces or guests: alert (evasion);
- a child's ride-on car, quad, motorbike or balance bike named by a carmaker with its badges, no licence: alert
  (evasion);
- a licensed maker's miniature or toy version (a die-cast maker's, a toy maker's, "officially licensed"): quiet (trap);
- a luxury house's own mini bag or charm at its boutique's price, with the receipt: quiet (trap);
- a licensed ride-on ("officially licensed", "licenciado", "lizenziert"): quiet (trap).

Written from general knowledge of novelty, party-supply and ride-on toy listings; no held-out listing's string (after
outsider38's c_miniature_logo38, c_party_supplies_logo38, c_ride_on_badges38, in_official_miniatures38).
"""

from __future__ import annotations

from tests.eval.adversary import context
from tests.eval.adversary.generate import BrandView, Draft, Scene

EVASIONS = {
    "unlicensed_miniature": "a keyring, doll-size or toy likeness of the house's goods with its mark, at a trinket's "
                            "price (8 languages)",
    "unlicensed_party": "party tableware and decorations themed with the house's mark, by pieces or guests",
    "unlicensed_ride_on": "a child's ride-on named by a carmaker, with its badges, no licence",
}
TRAPS = {
    "trap_miniature_licensed": "a licensed maker's miniature or toy version of the house's goods",
    "trap_miniature_own_line": "a luxury house's own mini bag or charm at its boutique's price, with the receipt",
    "trap_ride_on_licensed": "an officially licensed ride-on of a carmaker's model",
}
FEW = {"unlicensed_miniature": 1, "unlicensed_party": 1, "unlicensed_ride_on": 3, "trap_miniature_licensed": 1,
       "trap_miniature_own_line": 1, "trap_ride_on_licensed": 3}

# houses whose goods get miniature likenesses (toy makers sell their own minis; food, medicine and software seldom)
_MINI_IWGS = frozenset({"apparel-footwear", "luxury-accessories", "jewelry-watches", "consumer-electronics",
                        "home-appliances", "sports-outdoor"})
MINIATURE = [
    "mini {m} {p} keychain", "tiny {m} {p} key ring, 3D", "{m} {p} miniature for 1/6 dolls", "doll-size {m} {p}",
    "{m} logo mini {p} charm", "toy {m} {p} with logo for kids", "Llavero mini {m} {p}", "Chaveiro miniatura {m} {p}",
    "Schlüsselanhänger Mini {m} {p}", "Porte-clés mini {m} {p}", "Portachiavi mini {m} {p}", "Брелок мини {m} {p}",
    "{m} {p} 迷你钥匙扣 logo", "{m} {p} dollhouse miniature 1:12",
]
MINI_TEXT = ["Cute novelty gift, zinc alloy and PVC. Ships in 24 hours.", "Perfect for bags and keys, 5 cm.",
             "Regalo perfecto, envío rápido.", "Süßes Geschenk, schneller Versand.", "Great gift for collectors."]
PARTY = [
    "{m} logo party plates and napkins for 16 guests", "{m} themed birthday balloons, 24 pcs",
    "{m} cake topper, mirror gold acrylic", "{m} party favour bags, 12 pcs", "{m} birthday banner and backdrop",
    "{m} paper cups and plates party kit", "Globos {m} para cumpleaños, 20 piezas", "Kit festa {m} com topo de bolo",
    "Luftballons {m} Logo, Geburtstag 15 Stück", "Décoration anniversaire {m}, ballons et bannière",
    "Palloncini {m} per festa, 10 pezzi", "Воздушные шары {m} на день рождения", "{m} 派对气球套装",
    "{m} cupcake toppers, 24 pcs",
]
PARTY_TEXT = ["Everything for the party in one pack.", "Luxury theme for adults and kids.", "Envío en 24 h.",
              "Fast shipping, great for photos."]
_RIDE_IWGS = frozenset({"automotive"})
RIDE = [
    "{m} {l} ride-on car 12V with remote, {m} badges", "kids electric {m} {l} with {m} stickers",
    "{m} {l} ride on for toddlers, chrome {m} emblem", "{m} balance bike with {m} decals",
    "Carro elétrico infantil {m} {l} com emblemas", "Coche eléctrico para niños {m} {l} con logos",
    "Elektroauto für Kinder {m} {l} mit Emblem", "Voiture électrique enfant {m} {l} 12V, logos",
    "Детский электромобиль {m} {l} с эмблемой", "{m} {l} kids ATV quad 24V, logos included",
]
RIDE_TEXT = ["Battery 12V 7Ah, 2 speeds, parental remote.", "Music, lights, seat belt; up to 30 kg.",
             "Bateria 12V, controle remoto.", "Ships assembled, charger included."]
# the trades whose goods toy makers make licensed versions of (toy appliances, die-cast cars, toy phones and cameras,
# mini sneakers and balls); nobody licenses a toy version of a jewel or a handbag
_TOY_VERSIONS = frozenset({"apparel-footwear", "consumer-electronics", "home-appliances", "sports-outdoor", "automotive"})
LICENSEES = ["Maisto", "Bburago", "Siku", "Majorette", "Casdon", "Welly", "Kyosho", "Rastar", "Jamara"]
LICENSED = ["{x} {m} {p} toy version, officially licensed", "{x} {m} {p} miniature, licensed by {m}",
            "{m} {p} toy (licencia oficial) by {x}", "{x}: {m} {p} Spielzeug, offiziell lizenziert"]
OWN_LINE = ["{m} mini {p} charm, pre-owned, bought at the {m} boutique, receipt included",
            "{m} micro {p} bag charm, used twice, with box and receipt", "{m} mini {p}, pre-owned, boutique purchase 2025"]
# (a licence said after the mark in another language, "Kinder Elektroauto Honda HR-V, offiziell lizenziert", is still
# read as the carmaker's goods: the licensing phrases are read before the brand they license, config.LICENSING_PHRASES)
RIDE_LICENSED = ["Officially licensed {m} {l} ride-on 12V", "{m} {l} kids electric car, licensed by {m}",
                 "Ride-on 12V, officially licensed by {m}: {m} {l}", "Kids ride on car, licensed by {m}, {m} {l} look"]


def _mark(b: BrandView) -> str | None:
    """The brand's own name written in Latin letters (three or more), else None."""
    return b.name if b.name.isascii() and len(b.name) >= 3 else None


def _noun(b: BrandView, s: Scene) -> str:
    category = s.rng.choice(b.categories)
    return context.GLUE_NOUN.get(category, category)


def _template(b: BrandView, s: Scene, templates: list[str]) -> str:
    """A template; the English ones only for a mark that is also a word (Coach, Shell, Canon): in an Italian or French
    title it reads as that language's word, and this module's classes are not about those"""
    if any(m.everyday for m in b.marks if m.value == b.name):
        templates = [t for t in templates if t.split()[0] in ("{m}", "mini", "tiny", "doll-size", "toy", "kids")
                     or t.startswith("Officially")] or templates
    return s.rng.choice(templates)


def _line(b: BrandView, s: Scene) -> str:
    lines = [m.value for m in b.declared("line") if m.value.isascii() and not m.everyday]
    return s.rng.choice(lines) if lines else s.rng.choice(("X5", "SUV", "4x4", "GT"))


def _miniature(b: BrandView, s: Scene) -> Draft | None:
    if b.iwg not in _MINI_IWGS or (m := _mark(b)) is None:
        return None
    return Draft(_template(b, s, MINIATURE).format(m=m, p=_noun(b, s)), s.rng.choice(("accessories", "toys", "keychains")),
                 (round(s.rng.uniform(1.5, 18), 2), s.rng.choice(("USD", "EUR"))), s.rng.choice(MINI_TEXT))


def _party(b: BrandView, s: Scene) -> Draft | None:
    if b.iwg in ("toys-games", "food-beverage") or (m := _mark(b)) is None:
        return None  # toy makers and drinks brands license party goods of their own characters and cans
    return Draft(_template(b, s, PARTY).format(m=m), "party supplies", (round(s.rng.uniform(3, 40), 2), "USD"),
                 s.rng.choice(PARTY_TEXT))


def _ride(b: BrandView, s: Scene) -> Draft | None:
    if b.iwg not in _RIDE_IWGS or not {"auto parts", "motorcycles"} & set(b.categories) or (m := _mark(b)) is None:
        return None
    return Draft(_template(b, s, RIDE).format(m=m, l=_line(b, s)), "toys", (round(s.rng.uniform(80, 380), 2), "USD"),
                 s.rng.choice(RIDE_TEXT))


def _licensed(b: BrandView, s: Scene) -> Draft | None:
    if b.iwg not in _TOY_VERSIONS or (m := _mark(b)) is None:
        return None
    return Draft(s.rng.choice(LICENSED).format(m=m, p=_noun(b, s), x=s.rng.choice(LICENSEES)), "toys",
                 (round(s.rng.uniform(8, 45), 2), "USD"), "New in box.")


def _own_line(b: BrandView, s: Scene) -> Draft | None:
    if b.iwg != "luxury-accessories" or (m := _mark(b)) is None:
        return None
    return Draft(s.rng.choice(OWN_LINE).format(m=m, p=_noun(b, s)), "handbags",
                 (round(s.rng.uniform(420, 1400), 2), "USD"), "Bought at the boutique; receipt and dust bag included.")


def _ride_licensed(b: BrandView, s: Scene) -> Draft | None:
    if b.iwg not in _RIDE_IWGS or not {"auto parts", "motorcycles"} & set(b.categories) or (m := _mark(b)) is None:
        return None
    return Draft(_template(b, s, RIDE_LICENSED).format(m=m, l=_line(b, s)), "toys",
                 (round(s.rng.uniform(150, 420), 2), "USD"), s.rng.choice(RIDE_TEXT))


EVASION_MAKERS = {"unlicensed_miniature": _miniature, "unlicensed_party": _party, "unlicensed_ride_on": _ride}
TRAP_MAKERS = {"trap_miniature_licensed": _licensed, "trap_miniature_own_line": _own_line,
               "trap_ride_on_licensed": _ride_licensed}
