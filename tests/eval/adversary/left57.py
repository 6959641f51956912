"""The adversary's class of genuine goods whose page names the unit's own swing tag among its proofs and ends with a
search-tag line of other brands (left57, issue 9):

- genuine goods at 100-140 % of the floor, the brand named plainly in the title, whose description lists what comes
  with the unit, its own swing tag among the box, barcode, receipt or papers ("original box, hang tags and receipt",
  "con etiqueta, caja y ticket", "吊牌、条码、发票齐全"), and whose last line is the shop's search tags naming other
  brands and generic words: quiet (trap). The swing tag is the unit's (no label sold as material), the brands of the tag
  line are keyword stuffing beside the goods (no tag cloud of the goods sold): neither blocks the fair price.

Written from general knowledge of how resellers list what comes with a unit and how marketplace shops write tag lines;
the sentences are this module's own, no held-out listing's string (after outsider46's in_page_replica_jersey_fan46 and
in_page_authorized_reseller46, a set the lead named seen for this work).
"""

from __future__ import annotations

from tests.eval.adversary.generate import BrandView, Draft, Scene
from tests.eval.adversary.honest50 import _priced

EVASIONS: dict[str, str] = {}
TRAPS = {
    "trap_own_tags_tagline57": "genuine goods at 100-140 % of the floor whose description lists the unit's own swing "
                               "tag among its box, barcode, receipt or papers and ends with a search-tag line of other "
                               "brands; 12 wordings, 6 languages",
}
# two listings a brand (suite time)
FEW = dict.fromkeys(TRAPS, 2)

# what comes with the unit, its swing tag among its proofs ({g}: the goods)
PROOFS = [
    "Brand new {g}, bought at the flagship store last week. Comes with original box, hang tags and the receipt.",
    "{g}, authentic. Original packaging, swing tags attached, barcode sticker on the box.",
    "Selling my {g}, never used. Hangtags still on, receipt and warranty card included.",
    "Genuine {g} from an authorised retailer: box, hangtag, barcode and invoice all present.",
    "Unworn {g} with its original hang tag and box; proof of purchase available on request.",
    "{g}, nuevo y original. Con etiqueta, caja original y ticket de compra.",
    "{g} neuf, authentique. Étiquettes d'origine, boîte et facture fournies.",
    "{g} nuovo, originale al 100%: etichetta, scatola originale e scontrino.",
    "{g} neu und original, mit Etikett, Originalkarton und Rechnung.",
    "Новый {g}, оригинал. Бирки на месте, коробка и чек из магазина.",
    "全新{g}，专柜正品，吊牌、条码、发票齐全。",
    "Official {g}, genuine product with hangtag and barcode, bought from the maker's own store.",
]
OTHER_BRANDS = ["nike", "gucci", "rolex", "apple", "sony", "lego", "dyson", "adidas", "chanel", "puma", "prada", "canon"]
GENERIC_TAGS = ["gift", "new arrival", "best price", "free shipping", "trending", "2026", "original packaging"]
TAG_KEYS = ["TAGS", "Tags", "Keywords", "Search tags", "Schlagwörter"]


def make_own_tags_tagline(b: BrandView, s: Scene) -> Draft | None:
    if (goods := _priced(b, s, (1.0, 1.4))) is None:
        return None
    mark, cat, product, price = goods
    said = s.rng.choice(PROOFS).format(g=f"{mark} {product}")
    others = [o for o in OTHER_BRANDS if o not in b.everything and o != b.name.casefold()]
    tags = s.rng.sample(others, s.rng.randint(4, 7)) + s.rng.sample(GENERIC_TAGS, 3)
    s.rng.shuffle(tags)
    desc = f"{said}\n\nShips within 2 business days, tracked.\n\n{s.rng.choice(TAG_KEYS)}: {', '.join(tags)}"
    return Draft(f"{mark} {product}", cat, price, desc)


EVASION_MAKERS: dict = {}
TRAP_MAKERS = {"trap_own_tags_tagline57": make_own_tags_tagline}
